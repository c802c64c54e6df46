# The site's frame and its static pages: name, navigation, footer, the home page, a lesson
# page's parts, the not-found page. Words in a message are a translator's to reorder.

-brand = Twelve-Factor Playground

site-name = { -brand }
site-skip = Skip to content
site-nav-label = Site
nav-factors = Factors
nav-sandbox = Sandbox
nav-missions = Missions
nav-drills = Drills
facilitator-show = Facilitator notes
facilitator-hide = Hide facilitator notes
notice-dismiss = Dismiss
footer-about = { -brand } runs entirely in your browser; progress is saved on this device only. The methodology is described at { $link }.
footer-teach = Teaching it? { $link }: presenter mode, a speaker view and a printed handout.
footer-workshop-link = Plan a workshop
# The language switcher: a link to this page in another language.
language-label = Language
language-switch = { $name }
# Offered to a reader whose browser prefers this language, on a page in another one (so it is
# written in this language): the same page in it, or "no".
language-suggest = This page is also in English.
language-suggest-go = Read it in English
language-suggest-no = No thanks

home-title = { -brand }: learn the twelve factors by breaking them
home-description = Learn the Twelve-Factor App methodology by breaking a simulated deployment in your browser: an interactive lesson for each factor, with a router, instances, backing services and a live log stream.
home-lede = Learn the Twelve-Factor App by breaking a simulated deployment. Flip a factor the wrong way, throw a deploy, a restart or a traffic spike at it, and watch what fails and why.
home-progress = { $done } of { $total } lessons complete
home-progress-label = Lessons complete
home-lessons-heading = The lessons
home-sandbox-link = Then put all twelve together in the chaos sandbox →
home-sandbox-more = One app, twelve switches, every kind of trouble, and a scorecard.
home-missions-link = Play the missions →
home-missions-more = { $count ->
    [one] One app, a forecast, and only a few changes: fix the factors the forecast will hit.
   *[other] { $count } apps, a forecast each, and only a few changes: fix the factors the forecast will hit.
}
home-drills-link = Then be the one on call: incident drills →
home-drills-more = A sick deployment, the switches hidden: find which factors are broken.
home-workshop = Running a workshop? { $handout } · every lesson has a presenter mode · { $progress }
home-handout-link = Printable handout
home-progress-link = Your progress: export, import, reset
home-intro-label = About the Twelve-Factor App
card-minutes = { $minutes } min
card-not-started = ○ not started
card-challenged = ◐ challenge met
card-done = ✓ complete

lesson-page-title = { $number }. { $title } · { -brand }
lesson-kicker-factor = Factor { $number } of { $count }
lesson-kicker-lesson = Lesson { $number } of { $count }
lesson-minutes = about { $minutes } minutes
lesson-canonical-factor = Read the original factor text
lesson-canonical-other = Read the original text
lesson-complete = Mark this lesson complete
lesson-completed = ✓ Completed (undo)
lesson-nav-label = Lessons
lesson-nav-all = All lessons
lesson-nav-present = Present this lesson
lesson-image-alt = { $number }. { $title }: the lesson's simulated deployment, broken the violating way
lesson-untranslated = This lesson is not translated yet, so it is shown in English.
# For machines and other sites: the page's structured data (what the lesson is, and the
# original text it is about), its link preview image and its oEmbed answer.
lesson-resource-type = interactive simulation
lesson-about = The Twelve-Factor App: { $title }
preview-tagline = Break it, and see why it fails: an interactive lesson.
oembed-title = { $number }. { $title }: an interactive Twelve-Factor lesson
# The installed app's description (its web app manifest).
manifest-description = Learn the Twelve-Factor App by breaking a simulated deployment.
# The pages the app draws, until it gives them their own title.
bundle-tools-title = Workshop tools · { -brand }
bundle-embed-title = { -brand } (embedded lesson)
bundle-presenter-title = Presenter mode · { -brand }
bundle-presenter-description = Presenter mode: a { -brand } lesson, one step per screen, for a workshop.
# What a page the app draws shows until the app has started, and without scripts.
shell-loading = Loading…
shell-loading-presenter = Loading presenter mode…
shell-loading-embed = Loading an interactive Twelve-Factor lesson…
shell-noscript = The playground is an interactive simulation and needs JavaScript and WebAssembly. Please enable JavaScript, or read the methodology itself at { $link }.
shell-noscript-embed = This interactive lesson needs JavaScript and WebAssembly.

not-found-title = Page not found
not-found-text = There is no page at this address. It may be mistyped, or a lesson may have moved.
not-found-home = Go to the lessons

# Lesson files: the `## ` heading that starts a lesson's outcome section ("What just broke,
# and why"). A heading that begins with this text is the outcome.
content-outcome-heading = What just broke
