//! One test per row of `FAITHFULNESS.md`: each factor's violation fails for the reason the
//! canonical text gives, and the picture's facts (what each node reports) agree with the log.

use tfp_engine::log::{Msg, Source};
use tfp_engine::{plan, Factor, Input, Kind, Phase, Reason, Scenario, Status, World, NEW_COLUMN, OLD_COLUMN, TICK_HZ};

fn lesson(f: Factor, violating: bool, seed: u64) -> World {
    World::for_scenario(Scenario::for_factor(f), violating, seed)
}

fn run(w: &mut World, seconds: f64) {
    for _ in 0..(seconds * TICK_HZ as f64) as u64 {
        w.step();
        w.check_invariants().unwrap();
    }
}

fn seen(w: &World, r: Reason) -> u32 {
    w.diagnoses().find(|(d, _)| d.reason == r).map_or(0, |(_, n)| n)
}

fn live(w: &World, kind: Kind) -> impl Iterator<Item = &tfp_engine::Instance> {
    w.instances().iter().filter(move |i| i.is_live() && i.kind == kind)
}

fn logged(w: &World, f: impl Fn(&Msg) -> bool) -> bool {
    w.log().iter().any(|l| f(&l.msg))
}

/// I. A deploy runs code that is in no commit; the next deploy from the repo brings the bug back.
#[test]
fn codebase_hand_patched_code_is_in_no_commit_and_a_deploy_undoes_it() {
    let mut w = lesson(Factor::Codebase, true, 1);
    run(&mut w, 2.0);
    assert_eq!(w.metric("uncommitted"), Some(3), "the hand-patched servers run code in no commit");
    w.apply(Input::Deploy);
    run(&mut w, 4.0);
    assert_eq!(w.metric("uncommitted"), Some(0));
    assert!(seen(&w, Reason::HotfixLost) > 0, "the deploy from the repo brought the bug back");
    run(&mut w, 10.0);
    assert_eq!(w.metric("uncommitted"), Some(3), "patched by hand again, still in no commit");
    let mut ok = lesson(Factor::Codebase, false, 1);
    ok.apply(Input::Deploy);
    run(&mut ok, 15.0);
    assert_eq!((ok.metric("uncommitted"), ok.counters().failed), (Some(0), 0));
    assert_ne!(ok.releases()[0].commit, ok.releases()[1].commit, "each release names its commit");
}

/// II. An undeclared tool missing on a fresh server fails the requests that need it, not the process.
#[test]
fn dependencies_missing_tool_fails_only_its_endpoint_on_fresh_servers() {
    let mut w = lesson(Factor::Dependencies, true, 2);
    w.apply(Input::ScaleOut);
    run(&mut w, 12.0);
    let fresh = live(&w, Kind::Web).find(|i| !i.legacy).expect("a fresh server");
    assert_eq!(fresh.phase, Phase::Running, "the process stays up");
    assert!(fresh.served > 0, "its checkouts still work");
    assert_eq!(fresh.last_failure, Some(Reason::MissingBinary));
    assert!(live(&w, Kind::Web).filter(|i| i.legacy).all(|i| i.last_failure.is_none()), "the old servers, which have the tool, keep working");
    assert_eq!(w.counters().crashes, 0);
    assert!(w.log().iter().all(|l| !matches!(l.msg, Msg::Failed(Reason::MissingBinary)) || l.b == 1), "only photo uploads fail");
    let mut ok = lesson(Factor::Dependencies, false, 2);
    ok.apply(Input::ScaleOut);
    run(&mut ok, 12.0);
    assert_eq!(ok.counters().failed, 0);
}

/// III. A config change is a new release of the same build; a two-credential rotation loses
/// nothing; a hard-coded one breaks new connections while open ones keep working.
#[test]
fn config_change_is_a_release_and_rotation_breaks_only_new_connections() {
    let mut w = lesson(Factor::Config, false, 3);
    w.apply(Input::AddCredential);
    let v2 = w.releases().last().copied().unwrap();
    assert_eq!((v2.number, v2.build, v2.config_only), (2, 0, true), "same build, new config, new number");
    run(&mut w, 4.0);
    w.apply(Input::RotateCredential);
    run(&mut w, 15.0);
    assert_eq!((w.counters().failed, w.counters().revoked), (0, 1), "add, roll, retire: nothing fails");

    let mut bad = lesson(Factor::Config, true, 3);
    run(&mut bad, 1.0);
    bad.apply(Input::RotateCredential);
    run(&mut bad, 0.5);
    assert_eq!(bad.counters().failed, 0, "connections already open keep working");
    assert!(live(&bad, Kind::Web).all(|i| i.db_login_ok));
    run(&mut bad, 6.0);
    assert!(seen(&bad, Reason::CredentialRejected) > 0, "new connections are refused");
    assert!(live(&bad, Kind::Web).all(|i| !i.db_login_ok), "every instance, once it reconnects");
    run(&mut bad, 10.0);
    assert!(bad.releases().iter().any(|r| !r.config_only && r.build > 0), "the fix was a code change and a new build");
}

/// IV. Swapping the database is a config change: a new release and a rolling restart. Retries
/// are the same both ways, so the runs are identical until the standby is ready.
#[test]
fn backing_service_swap_is_a_config_release_and_retries_do_not_differ() {
    let (mut a, mut b) = (lesson(Factor::BackingServices, false, 4), lesson(Factor::BackingServices, true, 4));
    run(&mut a, 2.0);
    run(&mut b, 2.0);
    a.apply(Input::FailDatabase);
    b.apply(Input::FailDatabase);
    for _ in 0..TICK_HZ - 1 {
        a.step();
        b.step();
        assert_eq!(a.trace_hash(), b.trace_hash(), "only the factor differs, and only once the standby is ready");
    }
    run(&mut a, 3.0);
    let swap = a.current_release();
    assert!(swap.config_only && swap.db == 1, "DATABASE_URL changed: a new release of the same build");
    assert!(live(&a, Kind::Web).all(|i| i.release as usize == a.releases().len() - 1), "every process restarted to read it");
    run(&mut b, 20.0);
    assert!(seen(&b, Reason::DatabaseUnreachable) > 10 * seen(&a, Reason::DatabaseDown).max(1) / 10);
    assert_eq!(seen(&a, Reason::DatabaseUnreachable), 0);
    assert!(b.counters().failed > 4 * a.counters().failed, "{} vs {}", b.counters().failed, a.counters().failed);
}

/// V. Both ways pass the same readiness check; a rollback is a new release of the old build and
/// stops the failures in about a second; in place, no rollback exists, a restart keeps the edit.
#[test]
fn build_release_run_rollback_is_fast_and_edits_in_place_survive_restarts() {
    let mut w = lesson(Factor::BuildReleaseRun, false, 5);
    w.apply(Input::ShipBadChange);
    run(&mut w, 2.0);
    assert!(live(&w, Kind::Web).all(|i| i.phase == Phase::Running && i.release == 1), "the bad v2 passed readiness and went live");
    assert!(seen(&w, Reason::BadRelease) > 0 && seen(&w, Reason::NoReleaseToRollBack) == 0, "no factor is blamed for a bug");
    w.apply(Input::Rollback);
    let v3 = *w.current_release();
    assert_eq!((v3.number, v3.build, v3.rollback_of), (3, 0, Some(0)), "a new release running v1's build");
    run(&mut w, 1.5);
    let failed = w.counters().failed;
    run(&mut w, 5.0);
    assert_eq!(w.counters().failed, failed, "no failure after the rollback has rolled");

    let mut bad = lesson(Factor::BuildReleaseRun, true, 5);
    bad.apply(Input::ShipBadChange);
    run(&mut bad, 2.0);
    assert!(!logged(&bad, |m| matches!(m, Msg::RollbackImpossible)), "nothing is labelled before anyone tried");
    assert_eq!(seen(&bad, Reason::NoReleaseToRollBack), 0);
    bad.apply(Input::RestartAll);
    run(&mut bad, 3.0);
    assert!(live(&bad, Kind::Web).all(|i| i.bad_change), "a restart loads the edited file again");
    bad.apply(Input::Rollback);
    run(&mut bad, 5.0);
    assert!(seen(&bad, Reason::NoReleaseToRollBack) > 0);
    run(&mut bad, 16.0);
    assert!(logged(&bad, |m| matches!(m, Msg::RestoredByHand)), "repaired by hand about 20 s later");
}

/// VI. Carts in process memory die with the process; new processes get new names.
#[test]
fn processes_lose_memory_state_and_new_instances_have_new_names() {
    let mut w = lesson(Factor::Processes, true, 6);
    run(&mut w, 3.0);
    w.apply(Input::RestartAll);
    for _ in 0..4 * TICK_HZ {
        w.step();
        let mut names: Vec<_> = w.instances().iter().filter(|i| i.is_live()).map(|i| (i.kind == Kind::Worker, i.number)).collect();
        let n = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), n, "two live boxes with one name at tick {}", w.tick());
    }
    assert!(w.counters().carts_lost > 0);
    let mut ok = lesson(Factor::Processes, false, 6);
    run(&mut ok, 3.0);
    ok.apply(Input::RestartAll);
    run(&mut ok, 4.0);
    assert_eq!(ok.counters().carts_lost, 0);
}

/// VII. An app that relies on an injected web server has nothing listening on $PORT on a
/// platform that injects none: the boot times out and the instance is marked failed.
#[test]
fn port_binding_boot_times_out_with_nothing_on_port() {
    let mut w = lesson(Factor::PortBinding, true, 7);
    w.apply(Input::Deploy);
    run(&mut w, 5.0);
    let fresh: Vec<_> = live(&w, Kind::Web).filter(|i| !i.legacy).collect();
    assert!(!fresh.is_empty() && fresh.iter().all(|i| i.phase == Phase::Booting && !i.reachable), "waiting for $PORT");
    run(&mut w, 6.0);
    assert!(
        live(&w, Kind::Web).filter(|i| !i.legacy).all(|i| i.phase == Phase::Crashed && i.crash == Some(Reason::PortNotBound)),
        "marked failed with its reason"
    );
    assert!(w.log().iter().all(|l| !(matches!(l.msg, Msg::Listening) && l.tick > 0)), "no instance claims to listen");
    run(&mut w, 10.0);
    assert_eq!(w.incident().map(|d| d.reason), Some(Reason::PortNotBound));
    let mut ok = lesson(Factor::PortBinding, false, 7);
    ok.apply(Input::Deploy);
    run(&mut ok, 15.0);
    assert_eq!((ok.counters().failed, ok.running(Kind::Web)), (0, 3));
}

/// VIII. In one process type, jobs take the threads web requests need.
#[test]
fn concurrency_jobs_and_requests_contend_for_one_process_threads() {
    let mut w = lesson(Factor::Concurrency, true, 8);
    assert_eq!(w.running(Kind::Worker), 0, "one process type");
    w.apply(Input::JobSpike);
    run(&mut w, 1.0);
    assert!(live(&w, Kind::Web).any(|i| i.active_jobs() > 0), "web processes run jobs in their threads");
    run(&mut w, 8.0);
    assert!(seen(&w, Reason::WebStarvedByJobs) > 0);
    let mut ok = lesson(Factor::Concurrency, false, 8);
    ok.apply(Input::JobSpike);
    run(&mut ok, 9.0);
    assert!(live(&ok, Kind::Web).all(|i| i.active_jobs() == 0) && ok.counters().failed == 0);
}

/// IX. Ignoring SIGTERM: killed mid-job after the grace period, the queue hands the job out again
/// and it runs twice; every deploy waits out the grace period.
#[test]
fn disposability_kill_runs_jobs_twice_and_deploys_wait() {
    let mut w = lesson(Factor::Disposability, true, 9);
    w.apply(Input::JobSpike);
    run(&mut w, 1.0);
    w.apply(Input::Deploy);
    run(&mut w, 24.0);
    assert!(logged(&w, |m| matches!(m, Msg::Killed)));
    assert!(w.counters().jobs_twice > 0, "half-done jobs handed out again");
    assert!(w.metric("slowest_rollout").unwrap() >= 20, "slow boot plus the whole grace period");
    let mut ok = lesson(Factor::Disposability, false, 9);
    ok.apply(Input::JobSpike);
    run(&mut ok, 1.0);
    ok.apply(Input::Deploy);
    run(&mut ok, 2.5);
    assert!(logged(&ok, |m| matches!(m, Msg::JobsReturned)), "on SIGTERM the worker hands its jobs back");
    run(&mut ok, 20.0);
    assert_eq!(ok.counters().jobs_twice, 0);
    assert!(ok.metric("slowest_rollout").unwrap() <= 3);
}

/// X. With the same backing service in dev, the failing query is caught on the laptop, visibly.
#[test]
fn parity_catches_the_query_in_dev_on_the_laptop() {
    let mut w = lesson(Factor::DevProdParity, false, 10);
    assert!(!w.laptops()[0].sqlite);
    w.apply(Input::Deploy);
    run(&mut w, 1.0);
    assert!(w.laptops()[0].caught > 0, "the laptop shows the failed test");
    run(&mut w, 10.0);
    assert!(!w.current_release().prod_query_bug && w.counters().failed == 0 && w.counters().deploys == 1);
    let mut bad = lesson(Factor::DevProdParity, true, 10);
    assert!(bad.laptops()[0].sqlite);
    bad.apply(Input::Deploy);
    run(&mut bad, 10.0);
    assert!(seen(&bad, Reason::ProdOnlyQueryError) > 0);
}

/// XI. A crashed instance is shown crashed at the moment the log says so, long enough to see.
#[test]
fn logs_crash_is_in_the_picture_when_the_log_says_so() {
    let mut w = lesson(Factor::Logs, true, 11);
    run(&mut w, 1.0);
    w.apply(Input::CrashInstance);
    let line = w.log().iter().last().copied().unwrap();
    assert!(matches!(line.msg, Msg::Crashed(Reason::InstanceCrashed)) && line.source == Source::Platform);
    let crashed = w.instances().iter().find(|i| i.phase == Phase::Crashed).expect("drawn crashed at once");
    assert_eq!(crashed.status(), Status::Broken);
    run(&mut w, 1.5);
    assert!(w.instances().iter().any(|i| i.phase == Phase::Crashed), "still crashed 1.5 s later");
    assert!(w.counters().logs_lost > 0, "its log files went with it");
}

/// XII. Migrations run as one-off processes from the release; expand/contract keeps old and new
/// code working; from a laptop, an old checkout breaks the running release.
#[test]
fn admin_processes_expand_contract_from_the_release() {
    let mut w = lesson(Factor::AdminProcesses, false, 12);
    w.apply(Input::RunMigration);
    let line = w.log().iter().last().copied().unwrap();
    assert_eq!((line.source, line.msg, line.b), (Source::OneOff, Msg::MigrationExpand, 1), "a one-off process of release v1");
    assert_eq!(w.services().columns, OLD_COLUMN | NEW_COLUMN, "expand keeps the old column");
    run(&mut w, 3.0);
    w.apply(Input::Deploy);
    run(&mut w, 4.0);
    w.apply(Input::Contract);
    run(&mut w, 5.0);
    assert_eq!((w.services().columns, w.counters().failed), (NEW_COLUMN, 0));

    let mut early = lesson(Factor::AdminProcesses, false, 12);
    early.apply(Input::RunMigration);
    early.apply(Input::Contract);
    run(&mut early, 3.0);
    assert!(seen(&early, Reason::ColumnDropped) > 0 && seen(&early, Reason::SchemaMismatch) == 0, "an ordering mistake, not the factor");

    let mut bad = lesson(Factor::AdminProcesses, true, 12);
    bad.apply(Input::RunMigration);
    run(&mut bad, 3.0);
    assert!(seen(&bad, Reason::SchemaMismatch) > 0);
}

/// Engine-wide: no failure is labelled before its cause exists, every crash records its
/// reason, and a node that returns errors is not shown healthy.
#[test]
fn every_crash_has_a_reason_and_failing_nodes_are_not_healthy() {
    for f in Factor::ALL {
        let s = Scenario::for_factor(f);
        let mut w = World::for_scenario(s, true, 13);
        for (at, input) in plan::each_once(s.actions.iter().map(|a| a.input)) {
            while w.tick() < at {
                w.step();
            }
            w.apply(input);
        }
        for _ in 0..20 * TICK_HZ {
            w.step();
            for i in w.instances().iter().filter(|i| i.is_live()) {
                if i.phase == Phase::Crashed {
                    assert!(i.crash.is_some(), "{f:?}: a crash without a reason");
                }
                if i.recent_failures > 0 && i.phase == Phase::Running {
                    assert_ne!(i.status(), Status::Healthy, "{f:?}: failing but drawn healthy");
                }
            }
        }
    }
}
