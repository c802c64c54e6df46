# The instructor's and learner's tools: the session builder, presenter mode and the speaker
# view, the printable handout, the progress page, embeds, shared links, the crash panel.
# Messages that go into HTML are escaped by the code; a link is given as a variable.

## The session builder (/workshop/)

builder-heading = Plan a workshop
builder-title = Plan a workshop · { -brand }
builder-lede = Pick the lessons, put them in order and say how long you have. The links at the bottom carry the plan: presenter mode, the speaker view and the handout all follow it.
builder-budget = Time budget, in minutes{" "}
builder-session-heading = This session
builder-session-label = Lessons in this session
builder-more-heading = More lessons
builder-links-heading = Your links
builder-links-none = Choose at least one lesson to get the links.
builder-link-present = Presenter mode
builder-link-present-note = {" "}— project this window.
builder-link-speaker-note = {" "}— on your own screen; it steers presenter mode.
builder-link-handout = Handout
builder-link-handout-note = {" "}— one printed page per lesson, the answers at the end.
builder-copy = Copy the link to this plan
builder-copied = {" "}Copied.
# A lesson in the plan: its own estimate, its share of the budget, and a mark when the share
# is less than the estimate.
builder-row-time = about { $minutes } min
builder-row-planned = {" "}· planned { $minutes } min
builder-row-short = {" "}(short)
builder-move-earlier = Move { $lesson } earlier
builder-move-later = Move { $lesson } later
builder-remove-label = Remove { $lesson }
builder-remove = Remove
builder-add-label = Add { $lesson }
builder-add = + Add
builder-summary-empty = No lessons chosen yet: add some below.
# The number of lessons chosen, at the start of a sentence; it is $lessons below.
builder-lessons = { $count ->
    [0] No lessons
    [1] One lesson
    [2] Two lessons
    [3] Three lessons
    [4] Four lessons
    [5] Five lessons
    [6] Six lessons
    [7] Seven lessons
    [8] Eight lessons
    [9] Nine lessons
    [10] Ten lessons
    [11] Eleven lessons
    [12] Twelve lessons
   *[other] { $count } lessons
}
# $total: the lessons' own estimates added up; $budget: the time the instructor has.
builder-summary-open = { $lessons }, about { $total } at their own pace. Set a time budget to share it out.
builder-summary-over = { $lessons } take about { $total } at their own pace: { $over } more than the { $budget } you have, so each gets less than its estimate. Remove a lesson or raise the budget.
builder-summary-fits = { $lessons }, about { $total } at their own pace, shared out over { $budget }.

## Presenter mode and the speaker view

deck-session-position = Lesson { $number } of { $count } in this session
deck-toolbar = Presentation
deck-back = ← Back
deck-next = Next →
deck-notes = Notes
deck-speaker-view = Speaker view

present-title = Presenting { $number }. { $title } · { -brand }
present-missing-title = No such lesson to present
# The keys work whatever the language: →, ←, Space, R, F, N.
present-keys = → next · ← back · Space play/pause · R reset · F full screen · N notes
present-next-lesson = Next lesson →
present-full-screen = Full screen
present-leave = Leave presenter mode

speaker-title = Speaker view: { $number }. { $title } · { -brand }
speaker-heading = Speaker view: { $number }. { $title }
speaker-missing-title = No such lesson
speaker-missing-text = The speaker view follows a lesson; this address names none.
speaker-in-short = In short
speaker-sim = The simulation.
speaker-sim-text = {" "}Play it the twelve-factor way, then break it.
speaker-prediction = Prediction:{" "}
speaker-challenge = Challenge:{" "}
speaker-option = Option { $n }:{" "}
speaker-hints = Hints, in order:
speaker-solution = Solution:
# The clock: where this lesson sits in the session's plan ($budget: the whole session's time).
speaker-planned = Planned: minute { $from } to { $to }
speaker-planned-budget = Planned: minute { $from } to { $to } of { $budget }
speaker-behind = { $time } behind
speaker-ahead = { $time } ahead
speaker-on-time = On time
speaker-lesson-minutes = This lesson takes about { $minutes } minutes
speaker-next-lesson = Next lesson:{" "}
speaker-end = The end of the lesson.
speaker-asks-nothing = This screen asks nothing.
speaker-elapsed = Elapsed time
speaker-restart-clock = Restart clock
speaker-linked = ✓ The projected window follows.
speaker-unlinked = No presenter window has answered yet.
speaker-open-present = Open presenter mode
speaker-now-label = On screen now
speaker-now = Now
speaker-next-label = Next screen
speaker-next = Next
speaker-answer = Answer
speaker-no-notes = No notes for this lesson.

## The printable handout

handout-title = Printable handout · { -brand }
# The number of lessons, inside a sentence; it is $lessons below.
handout-lessons = { $count ->
    [0] no lessons
    [1] one lesson
    [2] two lessons
    [3] three lessons
    [4] four lessons
    [5] five lessons
    [6] six lessons
    [7] seven lessons
    [8] eight lessons
    [9] nine lessons
    [10] ten lessons
    [11] eleven lessons
    [12] twelve lessons
   *[other] { $count } lessons
}
handout-session = This handout follows your session: { $lessons }.
handout-session-timed = This handout follows your session: { $lessons } in { $time }.
handout-all = This handout has all { $lessons }.
handout-print = 🖨 Print or save as PDF
handout-with-notes = {" "}Add facilitator notes to the answer key
handout-choose = Choose the lessons
handout-loopback = The links and QR codes point at { $host }, which only this computer can open. For a room, start the workshop server with HOST=0.0.0.0 and open this page at the address it prints.
handout-load-failed = The handout could not load every lesson ({ $why }). Check the connection and reload.
handout-loading = Loading the lessons…
handout-heading = The Twelve-Factor App: a handout
handout-lede = From { -brand }, where you learn each factor by breaking a simulated deployment and seeing why it fails.
handout-contents = In this handout
handout-how-heading = How to use it
handout-how = Each lesson has a page: the idea, the picture of the simulation when the factor is broken, a question to predict before you run it, and a challenge. Scan the code or open the link to try the simulation. The answers are at the back: think first, then look.
handout-key = Answer key
handout-qr = QR code for { $link }
handout-predict = Predict
handout-challenge = Challenge
# Under the picture; the picture's own caption may follow after a colon.
handout-figure = With the factor violated
# Followed by the lesson's link.
handout-try = Try it:{" "}
handout-key-predict = Predict:{" "}
# Followed by the right option's text.
handout-key-answer = Answer: option { $n }.
handout-key-solution = Challenge, a solution:

## The progress page (/progress/)

progress-page-title = Your progress · { -brand }
progress-page-heading = Your progress
progress-page-lede = { $done } of { $total } lessons complete. Progress is saved in this browser only.
progress-page-imported = Imported. Lessons complete: { $before } before, { $after } now (imported progress is added to what was here; nothing is removed).
# $why: one of the progress-decode- messages.
progress-page-import-failed = That code could not be imported: { $why }. Nothing was changed.
progress-page-saved = Saved as { $file }. Open it on the other device and paste its contents below.
progress-page-copied = Progress code copied.
progress-page-copy-failed = Select the code and copy it; this browser did not allow copying automatically.
progress-page-reset-done = All progress on this device was reset.
progress-page-export-heading = Take it to another device
progress-page-code = Your progress code
progress-page-copy = Copy the code
progress-page-save = Save it as a file
progress-page-import-heading = Bring it here
progress-page-paste = Paste a progress code (or a saved file's contents)
progress-page-import = Import
progress-page-reset-heading = Start over
progress-page-confirm = Erase all progress on this device? This cannot be undone (copy your code above first if you may want it back).
progress-page-erase = Erase my progress
progress-page-keep = Keep it
progress-page-reset = Reset all progress…
progress-page-aside-heading = Unreadable data kept aside
progress-page-aside = Earlier saved data could not be read, so it was kept here rather than thrown away:
# Why a progress code or the saved progress could not be read: the end of a sentence.
progress-decode-too-large = it is too large to be ours
progress-decode-malformed = it is not in a format this app writes
progress-decode-version = it was written in format version { $found }, and this app reads version { $reads }

## Embeds (/embed/<lesson>/)

embed-title = { $title } · { -brand } (embed)
embed-no-lesson = This embed does not name a lesson of this course.
embed-open = Open { -brand }
embed-reading = This lesson is for reading: it has no simulation to run here.{" "}
embed-read-link = Read it on { -brand }
embed-load = ▶ Load the interactive simulation
embed-full-lesson = Full lesson ↗

## The page-not-found page's title

not-found-page-title = Page not found · { -brand }

## Shared links: what was ignored in one ($value: the ignored text, shortened)

share-too-long = This link is too long to be one of ours, so its settings were ignored.
share-bad-seed = Ignored the seed “{ $value }”: it is not a whole number.
# twelve-factor and violating are the values the link may carry, as they are.
share-bad-way = Ignored the way “{ $value }”: it must be twelve-factor or violating.
share-bad-switches = Ignored the switches “{ $value }”: they must be three hexadecimal digits.
share-time-too-late = Ignored the time “{ $value }”: links may go up to { $minutes } simulated minutes.
share-bad-time = Ignored the time “{ $value }”: it is not a whole number.
share-too-many-events = Ignored events after “{ $value }”: a link holds at most { $max } events.
share-bad-event = Ignored the event “{ $value }”: it is not a known event at a valid time.
share-unknown-setting = Ignored the setting “{ $value }”: this page does not use it.

## The crash panel

crash-title = Sorry, the playground stopped working
crash-text = Something went wrong inside the app. Your saved progress is safe. Reloading this lesson starts it fresh.
crash-reset = Reset this lesson
crash-report = To report it, copy the details below and send them to whoever runs this site, with what you did just before.
crash-details = Error details
