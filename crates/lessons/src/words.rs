//! The engine's codes in words. The simulation names what happens by code and numbers
//! (`Reason::CartLost`, a log line's `Msg::Deploying` with 2 and 3); this is the one place
//! they become sentences, in the page's language, from the catalogue (`locales/*/engine.ftl`).
//! The static pages and the app both word them here.

use i18n::{m, t, Text};
use tfp_engine::drill::Probe;
use tfp_engine::log::{LogLine, Msg as Line};
use tfp_engine::mission::{Goal, Mission};
use tfp_engine::{Input, Reason, Scenario};

/// Each reason's headline and explanation, in `Reason::ALL`'s order.
static REASONS: [(&Text, &Text); Reason::COUNT] = [
    (m!(ReasonHotfixLost), m!(ReasonHotfixLostWhy)),
    (m!(ReasonMissingBinary), m!(ReasonMissingBinaryWhy)),
    (m!(ReasonWroteToProdDatabase), m!(ReasonWroteToProdDatabaseWhy)),
    (m!(ReasonCredentialRejected), m!(ReasonCredentialRejectedWhy)),
    (m!(ReasonDatabaseUnreachable), m!(ReasonDatabaseUnreachableWhy)),
    (m!(ReasonNoReleaseToRollBack), m!(ReasonNoReleaseToRollBackWhy)),
    (m!(ReasonCartLost), m!(ReasonCartLostWhy)),
    (m!(ReasonPortNotBound), m!(ReasonPortNotBoundWhy)),
    (m!(ReasonWebStarvedByJobs), m!(ReasonWebStarvedByJobsWhy)),
    (m!(ReasonKilledInFlight), m!(ReasonKilledInFlightWhy)),
    (m!(ReasonJobRanTwice), m!(ReasonJobRanTwiceWhy)),
    (m!(ReasonSlowStart), m!(ReasonSlowStartWhy)),
    (m!(ReasonProdOnlyQueryError), m!(ReasonProdOnlyQueryErrorWhy)),
    (m!(ReasonDiskFull), m!(ReasonDiskFullWhy)),
    (m!(ReasonLogsLost), m!(ReasonLogsLostWhy)),
    (m!(ReasonSchemaMismatch), m!(ReasonSchemaMismatchWhy)),
    (m!(ReasonOverloaded), m!(ReasonOverloadedWhy)),
    (m!(ReasonInstanceCrashed), m!(ReasonInstanceCrashedWhy)),
    (m!(ReasonNoInstances), m!(ReasonNoInstancesWhy)),
    (m!(ReasonBadRelease), m!(ReasonBadReleaseWhy)),
    (m!(ReasonDatabaseDown), m!(ReasonDatabaseDownWhy)),
    (m!(ReasonColumnDropped), m!(ReasonColumnDroppedWhy)),
    (m!(ReasonLoginRefused), m!(ReasonLoginRefusedWhy)),
];

/// A reason's short headline, for a badge or a log line.
pub fn headline(r: Reason) -> String {
    REASONS[r.index()].0.get()
}

/// One sentence that explains a reason.
pub fn explanation(r: Reason) -> String {
    REASONS[r.index()].1.get()
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
    // Most lines are a message and the line's two numbers, by the names the message uses.
    let (text, name_a, name_b): (&'static Text, &str, &str) = match l.msg {
        Line::Failed(r) if b == 1 => return t!(LogFailedPhoto, ms = a, why = &headline(r)),
        Line::Failed(r) => return t!(LogFailed, ms = a, why = &headline(r)),
        Line::Dropped(r) => return t!(LogDropped, why = &headline(r)),
        Line::Killed => return t!(LogKilled, name = &instance(a, b)),
        Line::Crashed(Reason::PortNotBound) => return t!(LogBootTimedOut, name = &instance(a, b)),
        Line::Crashed(r) => return t!(LogCrashed, name = &instance(a, b), why = &headline(r)),
        Line::ReleaseBuilt => return t!(LogReleaseBuilt, release = a, commit = &format!("{b:07x}")),
        Line::Served if b == 1 => (m!(LogServedPhoto), "ms", ""),
        Line::Served => (m!(LogServed), "ms", ""),
        Line::Booting => (m!(LogBooting), "release", ""),
        Line::Listening => (m!(LogListening), "port", ""),
        Line::Draining => (m!(LogDraining), "", ""),
        Line::SigtermIgnored => (m!(LogSigtermIgnored), "", ""),
        Line::Stopped => (m!(LogStopped), "served", ""),
        Line::ConfigRelease => (m!(LogConfigRelease), "release", ""),
        Line::RolledBack => (m!(LogRolledBack), "release", "from"),
        Line::Deploying => (m!(LogDeploying), "release", "count"),
        Line::RolloutDone => (m!(LogRolloutDone), "seconds", ""),
        Line::RolloutFailed => (m!(LogRolloutFailed), "seconds", ""),
        Line::AlreadyDown => (m!(LogAlreadyDown), "host", ""),
        Line::CodeChangeStarted => (m!(LogCodeChangeStarted), "seconds", ""),
        Line::NoOldServer => (m!(LogNoOldServer), "", ""),
        Line::RollbackImpossible => (m!(LogRollbackImpossible), "", ""),
        Line::NothingToRollBack => (m!(LogNothingToRollBack), "release", ""),
        Line::EditedInPlace => (m!(LogEditedInPlace), "count", ""),
        Line::RestoredByHand => (m!(LogRestoredByHand), "", ""),
        Line::HotfixReapplied => (m!(LogHotfixReapplied), "", ""),
        Line::DatabaseDown => (m!(LogDatabaseDown), "host", ""),
        Line::StandbyReady => (m!(LogStandbyReady), "host", ""),
        Line::DatabaseRewired => (m!(LogDatabaseRewired), "release", ""),
        Line::PasswordRevoked => (m!(LogPasswordRevoked), "", ""),
        Line::PasswordAdded => (m!(LogPasswordAdded), "", ""),
        Line::CredentialPatched => (m!(LogCredentialPatched), "release", ""),
        Line::LoginRefused => (m!(LogLoginRefused), "", ""),
        Line::StagingWroteProd => (m!(LogStagingWroteProd), "order", ""),
        Line::StagingWroteOwn => (m!(LogStagingWroteOwn), "order", ""),
        Line::Scaled if a == 0 => (m!(LogScaledWeb), "", "count"),
        Line::Scaled => (m!(LogScaledWorker), "", "count"),
        Line::ScaleLimit => (m!(LogScaleLimit), "", ""),
        Line::JobsEnqueued => (m!(LogJobsEnqueued), "count", ""),
        Line::JobsReturned => (m!(LogJobsReturned), "count", ""),
        Line::JobsRedelivered => (m!(LogJobsRedelivered), "count", ""),
        Line::TrafficSpike => (m!(LogTrafficSpike), "times", ""),
        Line::DiskUsage => (m!(LogDiskUsage), "percent", ""),
        Line::LogsStreamed => (m!(LogLogsStreamed), "", ""),
        Line::LogFilesGone => (m!(LogLogFilesGone), "count", ""),
        Line::LaptopReady => (m!(LogLaptopReady), "", ""),
        Line::LaptopSqlite => (m!(LogLaptopSqlite), "", ""),
        Line::LaptopBroken => (m!(LogLaptopBroken), "", ""),
        Line::CaughtInDev => (m!(LogCaughtInDev), "", ""),
        Line::FixedInDev => (m!(LogFixedInDev), "", ""),
        Line::PassedOnSqlite => (m!(LogPassedOnSqlite), "", ""),
        Line::MigrationExpand => (m!(LogMigrationExpand), "migration", "release"),
        Line::MigrationContract => (m!(LogMigrationContract), "migration", "release"),
        Line::MigrationFromLaptop => (m!(LogMigrationFromLaptop), "", ""),
        Line::LaptopContract => (m!(LogLaptopContract), "", ""),
        Line::NothingToContract => (m!(LogNothingToContract), "", ""),
        Line::CartsLost => (m!(LogCartsLost), "count", ""),
        Line::RouterSaw => (m!(LogRouterSaw), "status", "ms"),
    };
    text.with(&[(name_a, a.into()), (name_b, b.into())])
}

/// One of the two ways a lesson's app can be built, as its switch names it.
pub fn way(s: &Scenario, violating: bool) -> String {
    use tfp_engine::Factor;
    let text: &Text = match (s.factor, violating) {
        (Factor::Codebase, false) => m!(ScenarioCodebaseCompliant),
        (Factor::Codebase, true) => m!(ScenarioCodebaseViolating),
        (Factor::Dependencies, false) => m!(ScenarioDependenciesCompliant),
        (Factor::Dependencies, true) => m!(ScenarioDependenciesViolating),
        (Factor::Config, false) => m!(ScenarioConfigCompliant),
        (Factor::Config, true) => m!(ScenarioConfigViolating),
        (Factor::BackingServices, false) => m!(ScenarioBackingServicesCompliant),
        (Factor::BackingServices, true) => m!(ScenarioBackingServicesViolating),
        (Factor::BuildReleaseRun, false) => m!(ScenarioBuildReleaseRunCompliant),
        (Factor::BuildReleaseRun, true) => m!(ScenarioBuildReleaseRunViolating),
        (Factor::Processes, false) => m!(ScenarioProcessesCompliant),
        (Factor::Processes, true) => m!(ScenarioProcessesViolating),
        (Factor::PortBinding, false) => m!(ScenarioPortBindingCompliant),
        (Factor::PortBinding, true) => m!(ScenarioPortBindingViolating),
        (Factor::Concurrency, false) => m!(ScenarioConcurrencyCompliant),
        (Factor::Concurrency, true) => m!(ScenarioConcurrencyViolating),
        (Factor::Disposability, false) => m!(ScenarioDisposabilityCompliant),
        (Factor::Disposability, true) => m!(ScenarioDisposabilityViolating),
        (Factor::DevProdParity, false) => m!(ScenarioDevProdParityCompliant),
        (Factor::DevProdParity, true) => m!(ScenarioDevProdParityViolating),
        (Factor::Logs, false) => m!(ScenarioLogsCompliant),
        (Factor::Logs, true) => m!(ScenarioLogsViolating),
        (Factor::AdminProcesses, false) => m!(ScenarioAdminProcessesCompliant),
        (Factor::AdminProcesses, true) => m!(ScenarioAdminProcessesViolating),
    };
    text.get()
}

/// The label of a lesson's `i`th button (the scenario's actions, in order).
pub fn action(s: &Scenario, i: usize) -> String {
    use tfp_engine::Factor;
    let text: &Text = match (s.factor, i) {
        (Factor::Codebase, 0) => m!(ScenarioCodebaseAction1),
        (Factor::Dependencies, 0) => m!(ScenarioDependenciesAction1),
        (Factor::Dependencies, 1) => m!(ScenarioDependenciesAction2),
        (Factor::Dependencies, 2) => m!(ScenarioDependenciesAction3),
        (Factor::Config, 0) => m!(ScenarioConfigAction1),
        (Factor::Config, 1) => m!(ScenarioConfigAction2),
        (Factor::Config, 2) => m!(ScenarioConfigAction3),
        (Factor::BackingServices, 0) => m!(ScenarioBackingServicesAction1),
        (Factor::BuildReleaseRun, 0) => m!(ScenarioBuildReleaseRunAction1),
        (Factor::BuildReleaseRun, 1) => m!(ScenarioBuildReleaseRunAction2),
        (Factor::Processes, 0) => m!(ScenarioProcessesAction1),
        (Factor::Processes, 1) => m!(ScenarioProcessesAction2),
        (Factor::Processes, 2) => m!(ScenarioProcessesAction3),
        (Factor::PortBinding, 0) => m!(ScenarioPortBindingAction1),
        (Factor::PortBinding, 1) => m!(ScenarioPortBindingAction2),
        (Factor::Concurrency, 0) => m!(ScenarioConcurrencyAction1),
        (Factor::Concurrency, 1) => m!(ScenarioConcurrencyAction2),
        (Factor::Disposability, 0) => m!(ScenarioDisposabilityAction1),
        (Factor::Disposability, 1) => m!(ScenarioDisposabilityAction2),
        (Factor::DevProdParity, 0) => m!(ScenarioDevProdParityAction1),
        (Factor::DevProdParity, 1) => m!(ScenarioDevProdParityAction2),
        (Factor::Logs, 0) => m!(ScenarioLogsAction1),
        (Factor::Logs, 1) => m!(ScenarioLogsAction2),
        (Factor::AdminProcesses, 0) => m!(ScenarioAdminProcessesAction1),
        (Factor::AdminProcesses, 1) => m!(ScenarioAdminProcessesAction2),
        (Factor::AdminProcesses, 2) => m!(ScenarioAdminProcessesAction3),
        _ => return input_code_label(s, i),
    };
    text.get()
}

/// A button the catalogue does not know (a scenario given more actions than it words):
/// its code, so it is visible and still works.
fn input_code_label(s: &Scenario, i: usize) -> String {
    s.actions.get(i).map_or_else(String::new, |a| a.input.code().to_string())
}

/// A measure of a run, as a challenge's condition names it (`failed requests`); a name the
/// catalogue does not know is shown as it is.
pub fn metric(name: &str) -> String {
    let text: &Text = match name {
        "compliant" => m!(MetricCompliant),
        "triggered" => m!(MetricTriggered),
        "served" => m!(MetricServed),
        "failed" => m!(MetricFailed),
        "dropped" => m!(MetricDropped),
        "broken" => m!(MetricBroken),
        "web" => m!(MetricWeb),
        "workers" => m!(MetricWorkers),
        "seconds" => m!(MetricSeconds),
        "deploys" => m!(MetricDeploys),
        "restarts" => m!(MetricRestarts),
        "rollbacks" => m!(MetricRollbacks),
        "migrations" => m!(MetricMigrations),
        "laptops" => m!(MetricLaptops),
        "carts_lost" => m!(MetricCartsLost),
        "jobs_twice" => m!(MetricJobsTwice),
        "jobs_done" => m!(MetricJobsDone),
        "logs_lost" => m!(MetricLogsLost),
        "staging_writes_to_prod" => m!(MetricStagingWritesToProd),
        "uncommitted" => m!(MetricUncommitted),
        "old_servers" => m!(MetricOldServers),
        "revoked" => m!(MetricRevoked),
        "failovers" => m!(MetricFailovers),
        "crashes" => m!(MetricCrashes),
        "slowest_rollout" => m!(MetricSlowestRollout),
        "releases" => m!(MetricReleases),
        other => return other.replace('_', " "),
    };
    text.get()
}

/// An event's name, as the sandbox, missions and drills show it (a lesson's buttons have
/// their own, see [`action`]).
pub fn event(input: Input) -> String {
    let text: &Text = match input {
        Input::SetPractice(..) => m!(EventSetPractice),
        Input::Deploy => m!(EventDeploy),
        Input::DeployStaging => m!(EventDeployStaging),
        Input::ShipBadChange => m!(EventShipBadChange),
        Input::Rollback => m!(EventRollback),
        Input::RestartAll => m!(EventRestartAll),
        Input::ScaleOut => m!(EventScaleOut),
        Input::ScaleIn => m!(EventScaleIn),
        Input::ScaleWorkers => m!(EventScaleWorkers),
        Input::CrashInstance => m!(EventCrashInstance),
        Input::SigtermAll => m!(EventSigtermAll),
        Input::FailDatabase => m!(EventFailDatabase),
        Input::FillDisk => m!(EventFillDisk),
        Input::TrafficSpike => m!(EventTrafficSpike),
        Input::JobSpike => m!(EventJobSpike),
        Input::NewLaptop => m!(EventNewLaptop),
        Input::RunMigration => m!(EventRunMigration),
        Input::RotateCredential => m!(EventRotateCredential),
        Input::AddCredential => m!(EventAddCredential),
        Input::Contract => m!(EventContract),
        Input::RetireOldServer => m!(EventRetireOldServer),
    };
    text.get()
}

/// A drill's probe, as its button says it.
pub fn probe(p: &Probe) -> String {
    match p.then {
        Some(_) => t!(ProbeBadChangeRollback),
        None => event(p.first),
    }
}

/// A mission's goal.
pub fn goal(g: Goal) -> String {
    let text: &Text = match g {
        Goal::NeverBroken => m!(GoalNeverBroken),
        Goal::NothingLost => m!(GoalNothingLost),
        Goal::NoFactorFailures => m!(GoalNoFactorFailures),
    };
    text.get()
}

/// Why a mission's plan cannot be run.
pub fn plan_error(e: tfp_engine::mission::PlanError) -> String {
    use tfp_engine::mission::PlanError;
    match e {
        PlanError::Locked(f) => t!(PlanLocked, factor = &crate::text::factor_name(f)),
        PlanError::OverBudget { changes, budget } => t!(PlanOverBudget, changes = changes, budget = budget),
    }
}

/// A mission's title and situation (its id, where the catalogue does not know it).
pub fn mission(m: &Mission) -> (String, String) {
    let (title, brief): (&Text, &Text) = match m.id {
        "friday-deploy" => (m!(MissionFridayDeployTitle), m!(MissionFridayDeployBrief)),
        "new-hosts" => (m!(MissionNewHostsTitle), m!(MissionNewHostsBrief)),
        "rotation-day" => (m!(MissionRotationDayTitle), m!(MissionRotationDayBrief)),
        "black-friday" => (m!(MissionBlackFridayTitle), m!(MissionBlackFridayBrief)),
        "failover" => (m!(MissionFailoverTitle), m!(MissionFailoverBrief)),
        "bad-change" => (m!(MissionBadChangeTitle), m!(MissionBadChangeBrief)),
        "disk-full" => (m!(MissionDiskFullTitle), m!(MissionDiskFullBrief)),
        "staging-mixup" => (m!(MissionStagingMixupTitle), m!(MissionStagingMixupBrief)),
        "migration-night" => (m!(MissionMigrationNightTitle), m!(MissionMigrationNightBrief)),
        "restart-storm" => (m!(MissionRestartStormTitle), m!(MissionRestartStormBrief)),
        "vendor-lock" => (m!(MissionVendorLockTitle), m!(MissionVendorLockBrief)),
        "whole-week" => (m!(MissionWholeWeekTitle), m!(MissionWholeWeekBrief)),
        other => return (other.to_string(), String::new()),
    };
    (title.get(), brief.get())
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
        assert_eq!(log_text(&line(Line::Scaled, 0, 5)), "scaled web to 5");
        assert_eq!(log_text(&line(Line::Served, 31, 1)), "POST /photos 200 in 31 ms");
        assert_eq!(log_text(&line(Line::Served, 31, 0)), "GET /checkout 200 in 31 ms");
        assert_eq!(log_text(&line(Line::Deploying, 4, 3)), "deploying release v4 to 3 instances");
        assert_eq!(log_text(&line(Line::RouterSaw, 503, 12)), "GET /checkout 503 in 12 ms (no detail: the app logs to files on its own disk)");
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
        // In the pseudo-locale, words from the catalogue are accented: every measure has some.
        i18n::install(i18n::Lang::Pseudo, i18n::Lang::Pseudo.compiled()).unwrap();
        for name in tfp_engine::World::METRICS {
            assert!(!metric(name).is_ascii(), "{name} has no words in the catalogue");
        }
        i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
        assert_eq!(metric("carts_lost"), "carts lost");
        assert_eq!(metric("staging_writes_to_prod"), "staging writes to production");
        assert_eq!(metric("no_such_thing"), "no such thing");
    }

    #[test]
    fn every_event_probe_goal_and_mission_has_words() {
        i18n::install(i18n::Lang::Pseudo, i18n::Lang::Pseudo.compiled()).unwrap();
        for i in Input::ALL_EVENTS {
            assert!(!event(i).is_ascii(), "{i:?} has words in the catalogue");
        }
        for p in tfp_engine::drill::PROBES {
            assert!(!probe(&p).is_ascii(), "{} has words", p.code);
        }
        i18n::install(i18n::Lang::En, i18n::Lang::En.compiled()).unwrap();
        assert_eq!(event(Input::FailDatabase), "Database failover");
        assert_eq!(probe(&tfp_engine::drill::PROBES[tfp_engine::drill::PROBES.len() - 1]), "Ship a bad change, then roll it back");
        for m in tfp_engine::mission::MISSIONS {
            let (title, brief) = mission(m);
            assert!(title != m.id && brief.ends_with('.'), "{}: {title} / {brief}", m.id);
            assert!(goal(m.goal).ends_with('.'));
        }
        let friday = tfp_engine::mission::Mission::by_id("friday-deploy").unwrap();
        assert_eq!(mission(friday).0, "Friday deploy");
        assert_eq!(plan_error(tfp_engine::mission::PlanError::OverBudget { changes: 3, budget: 1 }), "3 changes, and this mission allows 1");
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
