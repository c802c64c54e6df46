//! The engine's codes in words. The simulation names what happens by code and numbers
//! (`Reason::CartLost`, a log line's `Msg::Deploying` with 2 and 3); this is the one place
//! they become sentences, in the page's language, from the catalogue (`locales/*/engine.ftl`).
//! The static pages and the app both word them here.

use i18n::{t, Msg};
use tfp_engine::log::{LogLine, Msg as Line};
use tfp_engine::{Reason, Scenario};

/// A reason's short headline, for a badge or a log line.
pub fn headline(r: Reason) -> String {
    i18n::t(reason_msgs(r).0)
}

/// One sentence that explains a reason.
pub fn explanation(r: Reason) -> String {
    i18n::t(reason_msgs(r).1)
}

fn reason_msgs(r: Reason) -> (Msg, Msg) {
    use Reason::*;
    match r {
        HotfixLost => (Msg::ReasonHotfixLost, Msg::ReasonHotfixLostWhy),
        MissingBinary => (Msg::ReasonMissingBinary, Msg::ReasonMissingBinaryWhy),
        WroteToProdDatabase => (Msg::ReasonWroteToProdDatabase, Msg::ReasonWroteToProdDatabaseWhy),
        CredentialRejected => (Msg::ReasonCredentialRejected, Msg::ReasonCredentialRejectedWhy),
        DatabaseUnreachable => (Msg::ReasonDatabaseUnreachable, Msg::ReasonDatabaseUnreachableWhy),
        NoReleaseToRollBack => (Msg::ReasonNoReleaseToRollBack, Msg::ReasonNoReleaseToRollBackWhy),
        CartLost => (Msg::ReasonCartLost, Msg::ReasonCartLostWhy),
        PortNotBound => (Msg::ReasonPortNotBound, Msg::ReasonPortNotBoundWhy),
        WebStarvedByJobs => (Msg::ReasonWebStarvedByJobs, Msg::ReasonWebStarvedByJobsWhy),
        KilledInFlight => (Msg::ReasonKilledInFlight, Msg::ReasonKilledInFlightWhy),
        JobRanTwice => (Msg::ReasonJobRanTwice, Msg::ReasonJobRanTwiceWhy),
        SlowStart => (Msg::ReasonSlowStart, Msg::ReasonSlowStartWhy),
        ProdOnlyQueryError => (Msg::ReasonProdOnlyQueryError, Msg::ReasonProdOnlyQueryErrorWhy),
        DiskFull => (Msg::ReasonDiskFull, Msg::ReasonDiskFullWhy),
        LogsLost => (Msg::ReasonLogsLost, Msg::ReasonLogsLostWhy),
        SchemaMismatch => (Msg::ReasonSchemaMismatch, Msg::ReasonSchemaMismatchWhy),
        Overloaded => (Msg::ReasonOverloaded, Msg::ReasonOverloadedWhy),
        InstanceCrashed => (Msg::ReasonInstanceCrashed, Msg::ReasonInstanceCrashedWhy),
        NoInstances => (Msg::ReasonNoInstances, Msg::ReasonNoInstancesWhy),
        BadRelease => (Msg::ReasonBadRelease, Msg::ReasonBadReleaseWhy),
        DatabaseDown => (Msg::ReasonDatabaseDown, Msg::ReasonDatabaseDownWhy),
        ColumnDropped => (Msg::ReasonColumnDropped, Msg::ReasonColumnDroppedWhy),
        LoginRefused => (Msg::ReasonLoginRefused, Msg::ReasonLoginRefusedWhy),
    }
}

/// An instance's name from a line's numbers: `web.{a}`, or `worker.{a}` when `b` is 1.
fn instance(a: u32, b: u32) -> String {
    if b == 1 {
        format!("worker.{a}")
    } else {
        format!("web.{a}")
    }
}

/// What a log line says (without its time, source and level).
pub fn log_text(l: &LogLine) -> String {
    let (a, b) = (l.a, l.b);
    match l.msg {
        Line::Served if b == 1 => t!(LogServedPhoto, ms = a),
        Line::Served => t!(LogServed, ms = a),
        Line::Failed(r) if b == 1 => t!(LogFailedPhoto, ms = a, why = &headline(r)),
        Line::Failed(r) => t!(LogFailed, ms = a, why = &headline(r)),
        Line::Dropped(r) => t!(LogDropped, why = &headline(r)),
        Line::Booting => t!(LogBooting, release = a),
        Line::Listening => t!(LogListening, port = a),
        Line::Draining => t!(LogDraining),
        Line::SigtermIgnored => t!(LogSigtermIgnored),
        Line::Stopped => t!(LogStopped, served = a),
        Line::Killed => t!(LogKilled, name = &instance(a, b)),
        Line::Crashed(Reason::PortNotBound) => t!(LogBootTimedOut, name = &instance(a, b)),
        Line::Crashed(r) => t!(LogCrashed, name = &instance(a, b), why = &headline(r)),
        Line::ReleaseBuilt => t!(LogReleaseBuilt, release = a, commit = &format!("{b:07x}")),
        Line::ConfigRelease => t!(LogConfigRelease, release = a),
        Line::RolledBack => t!(LogRolledBack, release = a, from = b),
        Line::Deploying => t!(LogDeploying, release = a, count = b),
        Line::RolloutDone => t!(LogRolloutDone, seconds = a),
        Line::RolloutFailed => t!(LogRolloutFailed, seconds = a),
        Line::AlreadyDown => t!(LogAlreadyDown, host = a),
        Line::CodeChangeStarted => t!(LogCodeChangeStarted, seconds = a),
        Line::NoOldServer => t!(LogNoOldServer),
        Line::RollbackImpossible => t!(LogRollbackImpossible),
        Line::NothingToRollBack => t!(LogNothingToRollBack, release = a),
        Line::EditedInPlace => t!(LogEditedInPlace, count = a),
        Line::RestoredByHand => t!(LogRestoredByHand),
        Line::HotfixReapplied => t!(LogHotfixReapplied),
        Line::DatabaseDown => t!(LogDatabaseDown, host = a),
        Line::StandbyReady => t!(LogStandbyReady, host = a),
        Line::DatabaseRewired => t!(LogDatabaseRewired, release = a),
        Line::PasswordRevoked => t!(LogPasswordRevoked),
        Line::PasswordAdded => t!(LogPasswordAdded),
        Line::CredentialPatched => t!(LogCredentialPatched, release = a),
        Line::LoginRefused => t!(LogLoginRefused),
        Line::StagingWroteProd => t!(LogStagingWroteProd, order = a),
        Line::StagingWroteOwn => t!(LogStagingWroteOwn, order = a),
        Line::Scaled if a == 0 => t!(LogScaledWeb, count = b),
        Line::Scaled => t!(LogScaledWorker, count = b),
        Line::ScaleLimit => t!(LogScaleLimit),
        Line::JobsEnqueued => t!(LogJobsEnqueued, count = a),
        Line::JobsReturned => t!(LogJobsReturned, count = a),
        Line::JobsRedelivered => t!(LogJobsRedelivered, count = a),
        Line::TrafficSpike => t!(LogTrafficSpike, times = a),
        Line::DiskUsage => t!(LogDiskUsage, percent = a),
        Line::LogsStreamed => t!(LogLogsStreamed),
        Line::LogFilesGone => t!(LogLogFilesGone, count = a),
        Line::LaptopReady => t!(LogLaptopReady),
        Line::LaptopSqlite => t!(LogLaptopSqlite),
        Line::LaptopBroken => t!(LogLaptopBroken),
        Line::CaughtInDev => t!(LogCaughtInDev),
        Line::FixedInDev => t!(LogFixedInDev),
        Line::PassedOnSqlite => t!(LogPassedOnSqlite),
        Line::MigrationExpand => t!(LogMigrationExpand, migration = a, release = b),
        Line::MigrationContract => t!(LogMigrationContract, migration = a, release = b),
        Line::MigrationFromLaptop => t!(LogMigrationFromLaptop),
        Line::LaptopContract => t!(LogLaptopContract),
        Line::NothingToContract => t!(LogNothingToContract),
        Line::CartsLost => t!(LogCartsLost, count = a),
        Line::RouterSaw => t!(LogRouterSaw, status = a, ms = b),
    }
}

/// One of the two ways a lesson's app can be built, as its switch names it.
pub fn way(s: &Scenario, violating: bool) -> String {
    use tfp_engine::Factor;
    i18n::t(match (s.factor, violating) {
        (Factor::Codebase, false) => Msg::ScenarioCodebaseCompliant,
        (Factor::Codebase, true) => Msg::ScenarioCodebaseViolating,
        (Factor::Dependencies, false) => Msg::ScenarioDependenciesCompliant,
        (Factor::Dependencies, true) => Msg::ScenarioDependenciesViolating,
        (Factor::Config, false) => Msg::ScenarioConfigCompliant,
        (Factor::Config, true) => Msg::ScenarioConfigViolating,
        (Factor::BackingServices, false) => Msg::ScenarioBackingServicesCompliant,
        (Factor::BackingServices, true) => Msg::ScenarioBackingServicesViolating,
        (Factor::BuildReleaseRun, false) => Msg::ScenarioBuildReleaseRunCompliant,
        (Factor::BuildReleaseRun, true) => Msg::ScenarioBuildReleaseRunViolating,
        (Factor::Processes, false) => Msg::ScenarioProcessesCompliant,
        (Factor::Processes, true) => Msg::ScenarioProcessesViolating,
        (Factor::PortBinding, false) => Msg::ScenarioPortBindingCompliant,
        (Factor::PortBinding, true) => Msg::ScenarioPortBindingViolating,
        (Factor::Concurrency, false) => Msg::ScenarioConcurrencyCompliant,
        (Factor::Concurrency, true) => Msg::ScenarioConcurrencyViolating,
        (Factor::Disposability, false) => Msg::ScenarioDisposabilityCompliant,
        (Factor::Disposability, true) => Msg::ScenarioDisposabilityViolating,
        (Factor::DevProdParity, false) => Msg::ScenarioDevProdParityCompliant,
        (Factor::DevProdParity, true) => Msg::ScenarioDevProdParityViolating,
        (Factor::Logs, false) => Msg::ScenarioLogsCompliant,
        (Factor::Logs, true) => Msg::ScenarioLogsViolating,
        (Factor::AdminProcesses, false) => Msg::ScenarioAdminProcessesCompliant,
        (Factor::AdminProcesses, true) => Msg::ScenarioAdminProcessesViolating,
    })
}

/// The label of a lesson's `i`th button (the scenario's actions, in order).
pub fn action(s: &Scenario, i: usize) -> String {
    use tfp_engine::Factor;
    let msg = match (s.factor, i) {
        (Factor::Codebase, 0) => Msg::ScenarioCodebaseAction1,
        (Factor::Dependencies, 0) => Msg::ScenarioDependenciesAction1,
        (Factor::Dependencies, 1) => Msg::ScenarioDependenciesAction2,
        (Factor::Dependencies, 2) => Msg::ScenarioDependenciesAction3,
        (Factor::Config, 0) => Msg::ScenarioConfigAction1,
        (Factor::Config, 1) => Msg::ScenarioConfigAction2,
        (Factor::Config, 2) => Msg::ScenarioConfigAction3,
        (Factor::BackingServices, 0) => Msg::ScenarioBackingServicesAction1,
        (Factor::BuildReleaseRun, 0) => Msg::ScenarioBuildReleaseRunAction1,
        (Factor::BuildReleaseRun, 1) => Msg::ScenarioBuildReleaseRunAction2,
        (Factor::Processes, 0) => Msg::ScenarioProcessesAction1,
        (Factor::Processes, 1) => Msg::ScenarioProcessesAction2,
        (Factor::Processes, 2) => Msg::ScenarioProcessesAction3,
        (Factor::PortBinding, 0) => Msg::ScenarioPortBindingAction1,
        (Factor::PortBinding, 1) => Msg::ScenarioPortBindingAction2,
        (Factor::Concurrency, 0) => Msg::ScenarioConcurrencyAction1,
        (Factor::Concurrency, 1) => Msg::ScenarioConcurrencyAction2,
        (Factor::Disposability, 0) => Msg::ScenarioDisposabilityAction1,
        (Factor::Disposability, 1) => Msg::ScenarioDisposabilityAction2,
        (Factor::DevProdParity, 0) => Msg::ScenarioDevProdParityAction1,
        (Factor::DevProdParity, 1) => Msg::ScenarioDevProdParityAction2,
        (Factor::Logs, 0) => Msg::ScenarioLogsAction1,
        (Factor::Logs, 1) => Msg::ScenarioLogsAction2,
        (Factor::AdminProcesses, 0) => Msg::ScenarioAdminProcessesAction1,
        (Factor::AdminProcesses, 1) => Msg::ScenarioAdminProcessesAction2,
        (Factor::AdminProcesses, 2) => Msg::ScenarioAdminProcessesAction3,
        _ => return input_code_label(s, i),
    };
    i18n::t(msg)
}

/// A button the catalogue does not know (a scenario given more actions than it words):
/// its code, so it is visible and still works.
fn input_code_label(s: &Scenario, i: usize) -> String {
    s.actions.get(i).map_or_else(String::new, |a| a.input.code().to_string())
}

/// A measure of a run, as a challenge's condition names it (`failed requests`); a name the
/// catalogue does not know is shown as it is.
pub fn metric(name: &str) -> String {
    let msg = match name {
        "compliant" => Msg::MetricCompliant,
        "triggered" => Msg::MetricTriggered,
        "served" => Msg::MetricServed,
        "failed" => Msg::MetricFailed,
        "dropped" => Msg::MetricDropped,
        "broken" => Msg::MetricBroken,
        "web" => Msg::MetricWeb,
        "workers" => Msg::MetricWorkers,
        "seconds" => Msg::MetricSeconds,
        "deploys" => Msg::MetricDeploys,
        "restarts" => Msg::MetricRestarts,
        "rollbacks" => Msg::MetricRollbacks,
        "migrations" => Msg::MetricMigrations,
        "laptops" => Msg::MetricLaptops,
        "carts_lost" => Msg::MetricCartsLost,
        "jobs_twice" => Msg::MetricJobsTwice,
        "jobs_done" => Msg::MetricJobsDone,
        "logs_lost" => Msg::MetricLogsLost,
        "staging_writes_to_prod" => Msg::MetricStagingWritesToProd,
        "uncommitted" => Msg::MetricUncommitted,
        "old_servers" => Msg::MetricOldServers,
        "revoked" => Msg::MetricRevoked,
        "failovers" => Msg::MetricFailovers,
        "crashes" => Msg::MetricCrashes,
        "slowest_rollout" => Msg::MetricSlowestRollout,
        "releases" => Msg::MetricReleases,
        other => return other.replace('_', " "),
    };
    i18n::t(msg)
}

#[cfg(test)]
mod tests {
    use super::*;
    use tfp_engine::log::{Level, Source};

    fn line(msg: Line, a: u32, b: u32) -> LogLine {
        LogLine { tick: 0, source: Source::Router, level: Level::Info, msg, a, b }
    }

    #[test]
    fn log_lines_read_like_the_logs_they_stand_for() {
        assert_eq!(log_text(&line(Line::Failed(Reason::CartLost), 12, 0)), "GET /checkout 500 in 12 ms: Shopping carts lost");
        assert_eq!(log_text(&line(Line::Stopped, 0, 0)), "stopped cleanly");
        assert_eq!(log_text(&line(Line::Stopped, 40, 0)), "stopped cleanly (40 requests served in its life)");
        assert_eq!(log_text(&line(Line::ReleaseBuilt, 3, 0xabc)), "built release v3 from commit 0000abc");
        assert_eq!(log_text(&line(Line::Crashed(Reason::PortNotBound), 2, 0)), "web.2 failed: boot timed out, nothing listening on $PORT");
        assert_eq!(log_text(&line(Line::Killed, 1, 1)), "worker.1 killed with SIGKILL after the grace period");
        assert_eq!(log_text(&line(Line::Scaled, 1, 4)), "scaled worker to 4");
    }

    #[test]
    fn every_reason_has_a_headline_and_a_sentence_in_every_language() {
        for lang in i18n::Lang::ALL {
            i18n::install(lang, lang.compiled()).unwrap();
            for r in Reason::ALL {
                let (h, e) = (headline(r), explanation(r));
                assert!(!h.is_empty() && e.trim_end_matches(']').ends_with('.'), "{lang:?} {r:?}: {h} / {e}");
            }
        }
        i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
        assert_eq!(headline(Reason::WroteToProdDatabase), "Staging wrote to the production database");
    }

    #[test]
    fn every_measure_has_words_and_they_are_the_engine_s_in_english() {
        for (name, words) in tfp_engine::World::METRICS {
            assert_eq!(metric(name), words, "{name}");
        }
        assert_eq!(metric("no_such_thing"), "no such thing");
    }

    #[test]
    fn every_scenario_names_its_ways_and_every_button() {
        for s in &tfp_engine::SCENARIOS {
            assert!(!way(s, false).is_empty() && way(s, false) != way(s, true), "{:?}", s.factor);
            for i in 0..s.actions.len() {
                assert_ne!(action(s, i), s.actions[i].input.code(), "{:?} button {i} has words", s.factor);
            }
        }
        let config = Scenario::by_id("config").unwrap();
        assert_eq!((way(config, false).as_str(), action(config, 1).as_str()), ("Config in environment variables", "Revoke the old password"));
    }
}
