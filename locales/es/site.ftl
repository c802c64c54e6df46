-brand = Twelve-Factor Playground

site-name = { -brand }

content-outcome-heading = Qué acaba de romperse
