# The practice pages: the chaos sandbox, the missions and the incident drills. Their static
# introductions and the parts the app makes live take the same words from here. Event,
# incident and probe names, and mission titles and goals, come from the simulation's words.

## Shared by the practice pages

# A factor's switch.
practice-switch-compliant = ✓ twelve-factor way
practice-switch-violated = ✕ violated
# Simulated time on a timeline, in seconds with one decimal: t = 12.5 s.
practice-time = t = { $seconds } s

## The chaos sandbox

sandbox-kicker = After the twelve lessons
sandbox-title = Chaos sandbox
sandbox-lede = One app, all twelve switches. It starts as a typical legacy app with five shortcuts. Throw trouble at it, watch what breaks, and fix it one factor at a time until it survives everything.
sandbox-starting = Starting the sandbox…
sandbox-noscript = The sandbox runs in your browser and needs JavaScript and WebAssembly; this introduction reads without them.
# Before the list of events, on the page as it reads without scripts.
sandbox-trouble-intro = The trouble you can throw at it:{" "}
sandbox-sim-title = The app and its platform
sandbox-presets = Presets
sandbox-preset-good = All good
sandbox-preset-legacy = Legacy app
sandbox-preset-random = Random
sandbox-switches = Twelve switches (checked: the twelve-factor way). Changing one starts a fresh run.
# The group of event buttons.
sandbox-trouble = Trouble
sandbox-monkey-start = 🐒 Unleash the chaos monkey
sandbox-monkey-stop = 🐒 Stop the chaos monkey
sandbox-deployment = The sandbox deployment: users, router, web and worker instances, backing services, staging and laptops; the same in words in the table below.

# The scorecard: per factor, what the run's events did.
sandbox-scorecard = Scorecard
sandbox-scorecard-table = Scorecard table
sandbox-score-none = No trouble yet. Press an event button, or unleash the chaos monkey.
sandbox-score-survived = The app survived all { $events } events so far.
# $factors: the broken factors' names, joined by commas.
sandbox-score-broke = { $breaking } of { $events } events so far broke something. Broken: { $factors }.
sandbox-col-factor = Factor
sandbox-col-run = This run
sandbox-col-survived = Events survived
sandbox-col-broken-by = Broken by
# How the factor's switch stood in this run.
sandbox-way-compliant = ✓ twelve-factor
sandbox-events-survived = { $survived } of { $events }
sandbox-broke-nothing = nothing

# The incident timeline: events, by the learner or the monkey, and what failed after them.
sandbox-timeline = Incident timeline
sandbox-timeline-label = Events and failures, newest first
sandbox-timeline-you = You:
sandbox-timeline-failure = ✕ after “{ $event }”: { $reason }, { $count }×
# $factor: the factor with its number, "3. Config".
sandbox-timeline-failure-factor = ✕ after “{ $event }”: { $reason } ({ $factor }), { $count }×

## Missions

mission-list-kicker = After the lessons
mission-list-title = Missions
mission-list-lede = Each mission is an app with shortcuts and a forecast of what production will throw at it. You may fix only a few switches before the run starts: choose the ones the forecast will hit. The same plan always gives the same run.
# A mission's card: how many factors it violates, how many switches may be changed.
mission-meta = { $violated } violated · { $budget ->
    [one] { $budget } change allowed
   *[other] { $budget } changes allowed
}
# What a screen reader hears for the stars (★★☆).
mission-stars-label = best: { $stars } of 3 stars
mission-plan-heading = Your plan
mission-goal = Goal:{" "}
mission-forecast = Forecast:{" "}
# One line of the forecast: when, in simulated seconds, and the event.
mission-forecast-line = at { $seconds } s: { $event }
mission-starting = Starting the mission…
mission-noscript = The mission runs in your browser and needs JavaScript and WebAssembly; this introduction reads without them.
# Shown where the simulation would be.
mission-missing = this version of the app has no such mission; reload the page
mission-plan-unknown-factor = The plan in this link names a factor that does not exist, so the mission starts with no changes.
# $why: what the mission allows, in the simulation's words.
mission-plan-refused = The plan in this link cannot be played ({ $why }), so the mission starts with no changes.
mission-switches = Switches (checked: the twelve-factor way). Changes: { $changes } of { $budget }.
mission-switch-locked = 🔒 locked: violated
mission-run-title = The run
mission-start = Start the run
mission-start-again = Start again
mission-rewind = Rewind to the last event
mission-clock = Run length: { $length } s · t = { $seconds } s
mission-deployment = The mission's deployment: users, router, web and worker instances, backing services; the same in words in the table below.
mission-restart = Restart the attempt

# The outcome, won: after the stars (★★☆).
mission-complete = {" "}Mission complete: { $stars } of 3 stars.
mission-won-detail = { $changes ->
    [one] { $changes } change
   *[other] { $changes } changes
} (the reference plan needs { $reference }), { $failed } failed requests (the reference plan: { $reference_failed }).
mission-link = Link to this attempt
mission-all = All missions
# The outcome, lost: this, then what broke.
mission-not-this-time = ✕ Not this time.{" "}
mission-broke-at = It broke at t = { $seconds } s: { $reason }.
mission-lost-items = { $lost } carts, jobs or log lines were lost.
mission-failed-other = Something failed for a reason a factor would have prevented; see the log.
# $link: a link to the factor's lesson, named "3. Config".
mission-which-factor = Which factor? { $link } explains it.
mission-try-again = Change the plan and try again; the forecast will be the same.

## Incident drills

drill-kicker = Practise being on call
drill-title = Incident drills
drill-lede = Something is wrong with a deployment: one, two or three of the twelve factors are violated, and the switches are hidden. Look at the picture, the counters and the log; run a few probes, each of which replays the incident from the moment you arrived, on a copy, with one event thrown at it. Then name the factors.
drill-opening = Opening an incident…
drill-starting = Starting the drill…
drill-noscript = The drill runs in your browser and needs JavaScript and WebAssembly; this introduction reads without them.
drill-sim-label = The incident
# $level: what the link said, as it was written.
drill-bad-level = The level in this link ({ $level }) is not 1, 2 or 3, so this is a level 1 drill.
drill-bad-seed = The incident number in this link is not a number, so this is a new incident.
# $count: how many factors are violated (1 to 3); $probes: how many probes may be run.
drill-brief = In this incident { $count ->
    [1] one of the twelve factors is
    [2] two of the twelve factors are
    [3] three of the twelve factors are
   *[other] { $count } of the twelve factors are
} violated, and you may run { $probes } probes. Then name the { $count ->
    [one] factor
   *[other] factors
}.
drill-record-none = No drills answered yet.
drill-record = { $right } of { $answered } drills answered right · streak { $streak } (best { $best })
drill-levels-label = Drill levels
drill-level = Level { $level }: { $level ->
    [1] one factor
    [2] two factors
    [3] three factors
   *[other] { $level } factors
} hidden
drill-sim-title = Incident { $seed } (level { $level })
drill-viewing-incident = You are looking at the incident as you found it.
drill-viewing-probe = You are looking at a copy of the incident after “{ $probe }”.
drill-probes-label = Probes
# After a probe already run.
drill-probe-run = {" "}(run)
drill-probes-left = Probes left: { $left } of { $max }
drill-back = Back to the incident
drill-deployment = The sick deployment: users, router, web and worker instances, backing services; the same in words in the table below.
drill-diagnosis = Your diagnosis
drill-which = Which { $count ->
    [one] factor is
   *[other] factors are
} violated? Name { $count }.
drill-submit = Submit the diagnosis
drill-name-exactly = Name exactly { $count ->
    [one] { $count } factor
   *[other] { $count } factors
} (you have named { $named }).
drill-next = Next incident

# The grade: right or not, then the hidden factors ($factors: their names, in bold).
drill-right = ✓ Right.
drill-wrong = ✕ Not quite.
drill-violated = The violated { $count ->
    [one] factor was
   *[other] factors were
}: { $factors }.
# Per factor named or hidden: the verdict, then what pointed to it.
drill-named-right = ✓ You named it, rightly.
drill-missed = ✕ Missed.
drill-named-wrong = ✕ Honoured here: nothing pointed to it.
drill-no-evidence = {" "}None of the views you opened showed its symptom; a different probe would have.
# $evidence: the symptoms seen, joined by semicolons.
drill-evidence = {" "}Pointing to it: { $evidence }.
drill-evidence-incident = “{ $reason }” in the incident itself
drill-evidence-probe = “{ $reason }” after “{ $probe }”
