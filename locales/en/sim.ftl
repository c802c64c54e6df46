# The simulation panel: its controls, the picture's boxes and words, the status line, the
# incident banner, the counters, the log and the table.

sim-how-built = How the app is built
sim-picture-label = The deployment for { $factor }: users, router, instances and backing services; the same in words in the table below.
sim-playback = Playback
sim-play = ▶ Play
sim-pause = ❚❚ Pause
sim-step = Step ¼ s
sim-step-title = Pause and move on a quarter of a simulated second
sim-next-event = Next event
sim-next-event-title = Pause and run on until something other than ordinary traffic happens
sim-reset = ↺ Reset
sim-events = Events
sim-speed = Speed
sim-why-label = Why it broke
sim-reasons-label = Why parts of the picture failed
sim-log-title = Log stream
sim-log-show = Show
sim-log-lines-label = Log lines, newest first
sim-log-every-source = every source
sim-table-summary = The deployment as a table
sim-table-part = Part
sim-table-status = Status
sim-table-doing = Doing
sim-table-problem = Problem

status-healthy = healthy
status-degraded = degraded
status-broken = broken
status-running = running
status-paused-off-screen = paused while off screen
status-paused-start = paused: press an event or Play
status-paused = paused
announce-healthy = Status: healthy.
announce-degraded = Status: degraded; some requests are failing or slow.
announce-broken = Status: broken.

incident-none = No incident in this run.
incident-broken = Broken: { $what }
incident-at = at t = { $seconds } s
incident-blind = {" "}· Which factor? That is yours to find.
incident-factor = {" "}· Violated factor: { $factor } · { $link }
incident-how-to-fix = How to fix it
incident-no-factor = {" "}· No factor to blame: this can happen to any app.
why-symptoms = Symptoms seen:
why-no-failures = No failures seen yet.
why-waiting = When something breaks, why it broke appears here.
why-label = Why:
why-also = Also seen in this run: { $reasons }

counter-served = Served
counter-failed = Failed
counter-dropped = Dropped
counter-in-flight = In flight
counter-latency = Latency p50 / p95
counter-latency-value = { $p50 } / { $p95 } ms
counter-carts-lost = Carts lost
counter-jobs-twice = Jobs run twice
counter-logs-lost = Log lines lost

node-users = users
node-router = router
node-database = database
node-session-store = session store
node-job-queue = job queue
node-log-sink = log sink
node-staging = staging
node-laptops = laptops
phase-waiting-for-port = waiting for $PORT
phase-booting = booting
phase-running = running
phase-failed = failed
phase-draining = draining
phase-crashed = crashed
phase-gone = gone
detail-carts-lost = { $count } carts lost
detail-shopping = shopping
detail-in-flight = { $count } in flight
detail-no-commit = {" "}· no commit
detail-edited = {" "}· edited
detail-old-server = {" "}· old server
detail-fresh-host = {" "}· fresh host
detail-threads = {" "}· { $busy }/8 threads
detail-disk = {" "}· disk { $percent }%
detail-db-down = db-{ $db } DOWN
detail-db-standby = {" "}· db-{ $db } ready
detail-unused-carts = unused: carts in memory
detail-holds-carts = holds every cart
detail-jobs-waiting = { $count } jobs waiting
detail-sink-nothing = gets nothing · { $count } lost
detail-sink-lines = { $count } lines
detail-not-deployed = not deployed yet
detail-wrote-prod = wrote { $count } orders to PROD
detail-wrote-own = { $count } orders to its own db
detail-no-laptops = none set up yet
detail-photos-fail = photos fail
detail-test-failed = test failed: fixing
detail-runs-sqlite = runs · SQLite
detail-runs-postgres = runs · postgres

share-copy = Copy link to this run
share-made = Link made. Copying it…
share-copied = Link copied. Anyone who opens it sees this exact run.
share-copy-by-hand = Copy the link below; this browser did not allow copying it automatically.
share-link-label = Link to this run
share-embed = </> Embed
share-embed-help = Paste this into a blog post or page. The script is optional: it makes the frame fit its content.
share-embed-title = { -brand }: { $number }. { $title }

# The id of a lesson's "How to fix it" section (its heading in this language, as a link
# fragment: lower case, words joined by hyphens), which the incident banner links to.
section-fix-id = how-to-fix-it
