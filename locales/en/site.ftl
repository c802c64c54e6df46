# The site's frame: name, navigation, footer, notices.
-brand = Twelve-Factor Playground

site-name = { -brand }

# Lesson files: the `## ` heading that starts a lesson's outcome section ("What just broke,
# and why"). A heading that begins with this text is the outcome.
content-outcome-heading = What just broke
