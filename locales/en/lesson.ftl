# A lesson's interactive parts: the prediction, the challenge, hints, the solution, the
# outcome section, notes for instructors, and what a page says while it loads.

facilitator-notes = Facilitator notes
sidebar-kicker = Since then:{" "}
outcome-note = {" "}(opens once you have run the violating way; open it now if you like)

predict-heading = Predict first
predict-mark = {" "}✓ the answer
predict-hint = Pick an answer, then run the simulation below; the answer appears once you have run the violating way.{" "}
predict-show = Just show me the answer
predict-right = You predicted it.{" "}
predict-wrong = Not what you predicted.{" "}
predict-why = The answer is marked above; read why
predict-noscript = The answer, without the simulation

challenge-heading = Your challenge
challenge-note = Checked live against the simulation above, on the current run (flipping the switch or resetting starts a new run). The goal is met once every condition has held for { $seconds } simulated seconds.
challenge-met = ✓ Challenge met in this run: lesson complete. Well done.
challenge-holding = { $seconds ->
    [one] Every condition holds: keep it that way for { $seconds } more simulated second.
   *[other] Every condition holds: keep it that way for { $seconds } more simulated seconds.
}
challenge-met-before = ✓ You met this challenge before. Try it again any time.
challenge-not-met = Not met yet.
condition-holds = {" "}(holds)
condition-not-yet = {" "}(not yet)

hints-label = Hints
hint-number = Hint { $n } of { $total }
hint-first = Show a hint (1 of { $total })
hint-next = Show the next hint ({ $n } of { $total })

solution-show = Show the solution
solution-replay = ▶ Replay the solution in the simulation

sim-heading = Simulation: { $factor }
sim-compliant = The twelve-factor way:{" "}
sim-violating = The violating way:{" "}
sim-starting = Starting the simulation…
sim-noscript = The simulation runs in your browser and needs JavaScript and WebAssembly; everything else on this page reads without them.
sim-failed = The simulation could not start: { $why }.

lesson-load-failed = This lesson could not be loaded: { $why }.
lesson-retry = Try again
lesson-shared-run = This is a shared run, rebuilt exactly as it was at t = { $seconds } s. Press play to continue it, or reset to start fresh.

progress-unreadable = Your saved progress could not be read ({ $why }), so the playground started fresh. The old data is kept in this browser's storage under “{ $key }”.
progress-unsaved = Your progress could not be saved: this browser's storage is full or disabled.

load-offline = could not reach the site; check the connection and try again
load-status = the server answered { $status } for { $url }
load-damaged = the lesson file is damaged ({ $why })

session-bad-budget = The time budget “{ $value }” is not a number of minutes from 1 to { $max }, so the session has none.
session-unknown = { $more ->
    [0] The session link names lessons this site does not have ({ $names }); they were left out.
   *[other] The session link names lessons this site does not have ({ $names } and { $more } more); they were left out.
}
session-none = The session link names no lesson this site has, so there is no session.
