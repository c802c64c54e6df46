# The simulation's words: factors, and (as the engine moves to codes) its events, incidents,
# diagnoses and log lines.

factor-codebase = Codebase
factor-dependencies = Dependencies
factor-config = Config
factor-backing-services = Backing services
factor-build-release-run = Build, release, run
factor-processes = Processes
factor-port-binding = Port binding
factor-concurrency = Concurrency
factor-disposability = Disposability
factor-dev-prod-parity = Dev/prod parity
factor-logs = Logs
factor-admin-processes = Admin processes
