//! How each input changes the world, and what the on-call engineer does afterwards.
//! Each violation is a branch here: the same event, handled the twelve-factor way or not.

use super::flow::{crash, sigterm};
use super::*;

pub(super) fn apply(w: &mut World, input: Input) {
    let practices = w.practices;
    let v = |f: Factor| practices.violates(f);
    if let Input::SetPractice(factor, practice) = input {
        w.practices.set(factor, practice);
        return;
    }
    w.counters.actions += 1;
    match input {
        Input::SetPractice(..) => {}
        Input::Deploy => {
            let rel = build_release(w);
            roll_out(w, rel, true);
            w.counters.deploys += 1;
            if v(Factor::Codebase) {
                // Someone notices the bug is back and patches the servers by hand again.
                w.schedule(10 * TICK_HZ, Op::ReapplyHotfix);
            }
        }
        Input::DeployStaging => {
            w.staging = Some(Staging { writes_to_prod: v(Factor::Config), writes: 0 });
            w.counters.deploys += 1;
            let n = u32::from(w.current_release().number);
            w.emit(Source::Staging, Level::Info, Msg::Booting, n, 0);
        }
        Input::ShipBadChange => {
            w.counters.deploys += 1;
            if v(Factor::BuildReleaseRun) {
                let mut edited = 0;
                for i in w.instances.iter_mut().filter(|i| i.kind == Kind::Web && i.phase == Phase::Running) {
                    i.bad_change = true;
                    edited += 1;
                }
                w.emit(Source::Operator, Level::Warn, Msg::EditedInPlace, edited, 0);
                w.schedule(2 * TICK_HZ, Op::TryRollback);
                w.schedule(20 * TICK_HZ, Op::RestoreByHand);
            } else {
                let idx = build_release(w) as usize;
                w.releases[idx].rejected = true;
                let number = u32::from(w.releases[idx].number);
                let keep = u32::from(w.current_release().number);
                w.emit(Source::Platform, Level::Warn, Msg::SmokeTestFailed, number, keep);
            }
        }
        Input::Rollback => {
            w.counters.rollbacks += 1;
            if v(Factor::BuildReleaseRun) {
                w.emit(Source::Platform, Level::Error, Msg::RollbackImpossible, 0, 0);
                if w.instances.iter().any(|i| i.bad_change && i.is_live()) {
                    w.note(Reason::NoReleaseToRollBack);
                }
            } else if let Some(prev) = w.previous {
                w.emit(Source::Platform, Level::Info, Msg::RolledBack, u32::from(w.releases[prev as usize].number), 0);
                let cur = w.current;
                roll_out(w, prev, false);
                w.previous = Some(cur);
            } else {
                let live = u32::from(w.current_release().number);
                w.emit(Source::Platform, Level::Info, Msg::NothingToRollBack, live, 0);
            }
        }
        Input::RestartAll => {
            w.counters.restarts += 1;
            let cur = w.current;
            roll_out(w, cur, false);
        }
        Input::ScaleOut | Input::ScaleWorkers if input == Input::ScaleOut || v(Factor::Concurrency) => {
            scale_out(w, Kind::Web);
        }
        Input::ScaleWorkers => scale_out(w, Kind::Worker),
        Input::ScaleOut => unreachable!("handled above"),
        Input::ScaleIn => {
            let webs = w.instances.iter().filter(|i| i.kind == Kind::Web && matches!(i.phase, Phase::Running | Phase::Booting)).count();
            if webs > 1 {
                let victim = (0..w.instances.len())
                    .filter(|&s| w.instances[s].kind == Kind::Web && matches!(w.instances[s].phase, Phase::Running | Phase::Booting))
                    .max_by_key(|&s| w.instances[s].number);
                if let Some(slot) = victim {
                    sigterm(w, slot);
                    w.emit(Source::Platform, Level::Info, Msg::Scaled, 0, webs as u32 - 1);
                }
            }
        }
        Input::CrashInstance => {
            if let Some(slot) = (0..w.instances.len()).find(|&s| w.instances[s].kind == Kind::Web && w.instances[s].phase == Phase::Running) {
                crash(w, slot, Reason::InstanceCrashed);
            }
        }
        Input::SigtermAll => {
            w.counters.restarts += 1;
            // The process manager starts the formation again at once; nothing waits for readiness.
            let cur = w.current;
            let slots: Vec<usize> = (0..w.instances.len()).filter(|&s| formation_member(&w.instances[s])).collect();
            for slot in slots {
                let (kind, number) = (w.instances[slot].kind, w.instances[slot].number);
                sigterm(w, slot);
                if w.instances.len() < MAX_INSTANCES || w.instances.iter().any(|i| i.phase == Phase::Gone) {
                    let new = w.spawn(kind, number, cur, 0);
                    let n = u32::from(w.releases[cur as usize].number);
                    w.emit_from(new, Level::Info, Msg::Booting, n, 0);
                }
            }
        }
        Input::FailDatabase => {
            if w.services.db_up {
                w.services.db_up = false;
                w.emit(Source::Platform, Level::Error, Msg::DatabaseDown, 0, 0);
                if v(Factor::BackingServices) {
                    w.schedule(15 * TICK_HZ, Op::RewireDatabase);
                } else {
                    w.schedule(TICK_HZ, Op::AttachStandby);
                }
            }
        }
        Input::FillDisk => {
            let mut any = false;
            for i in w.instances.iter_mut().filter(|i| i.phase == Phase::Running && i.logs_to_disk) {
                i.disk_filling = true;
                any = true;
            }
            if !any {
                w.emit(Source::Platform, Level::Info, Msg::LogsStreamed, 0, 0);
            }
        }
        Input::TrafficSpike => {
            w.spike_until = w.tick + 8 * TICK_HZ;
            w.emit(Source::Router, Level::Warn, Msg::TrafficSpike, 5, 0);
            // Every order also sends an email: more background jobs.
            enqueue_jobs(w, 40);
        }
        Input::JobSpike => enqueue_jobs(w, 150),
        Input::NewLaptop => {
            w.counters.laptops += 1;
            let number = w.laptops.len() as u16 + 1;
            let works = !v(Factor::Dependencies);
            let sqlite = v(Factor::DevProdParity);
            if w.laptops.len() < 8 {
                w.laptops.push(Laptop { number, works, sqlite });
            }
            let src = Source::Laptop(number);
            if !works {
                w.note(Reason::MissingBinary);
                w.emit(src, Level::Error, Msg::LaptopBroken, 0, 0);
            } else if sqlite {
                w.emit(src, Level::Warn, Msg::LaptopSqlite, 0, 0);
            } else {
                w.emit(src, Level::Info, Msg::LaptopReady, 0, 0);
            }
        }
        Input::RunMigration => {
            w.counters.migrations += 1;
            if v(Factor::AdminProcesses) {
                w.services.schema_ok = false;
                w.emit(Source::Laptop(1), Level::Warn, Msg::MigrationFromLaptop, 0, 0);
            } else {
                let n = u32::from(w.current_release().number);
                w.emit(Source::OneOff, Level::Info, Msg::MigrationApplied, 41 + w.counters.migrations, n);
            }
        }
        Input::RotateCredential => {
            w.emit(Source::Operator, Level::Info, Msg::CredentialRotated, 0, 0);
            if v(Factor::Config) {
                w.services.password_ok = false;
                w.schedule(12 * TICK_HZ, Op::PatchCredential);
            } else {
                w.emit(Source::Platform, Level::Info, Msg::ConfigUpdated, 0, 0);
                let cur = w.current;
                roll_out(w, cur, false);
            }
        }
    }
}

fn formation_member(i: &Instance) -> bool {
    matches!(i.phase, Phase::Running | Phase::Booting | Phase::Crashed) && i.replaces == 0
}

fn enqueue_jobs(w: &mut World, n: u32) {
    w.services.queue += n;
    w.counters.jobs_created += u64::from(n);
    w.emit(Source::Platform, Level::Info, Msg::JobsEnqueued, n, 0);
}

/// Build a release from the repository with today's practices baked in.
fn build_release(w: &mut World) -> u16 {
    let p = w.practices;
    let number = w.releases.last().map(|r| r.number).unwrap_or(0) + 1;
    if !p.violates(Factor::DevProdParity) && !w.feature_caught {
        w.feature_caught = true;
        // Only worth a line where parity is the subject (its lesson, or the sandbox).
        if w.focus.is_none_or(|f| f == Factor::DevProdParity) {
            w.emit(Source::Laptop(1), Level::Info, Msg::CaughtInDev, 0, 0);
        }
    }
    let rel = Release {
        number,
        hotfix_missing: p.violates(Factor::Codebase),
        undeclared_convert: p.violates(Factor::Dependencies),
        prod_query_bug: p.violates(Factor::DevProdParity),
        rejected: false,
    };
    w.releases.push(rel);
    w.emit(Source::Platform, Level::Info, Msg::ReleaseBuilt, u32::from(number), 0);
    (w.releases.len() - 1) as u16
}

/// Replace the formation with instances of `release`: each new instance boots first and
/// the one it replaces gets SIGTERM when it is up. `to_platform` moves off the old servers.
fn roll_out(w: &mut World, release: u16, to_platform: bool) {
    if to_platform {
        w.on_platform = true;
    }
    if release != w.current {
        w.previous = Some(w.current);
        w.current = release;
    }
    let combined = w.practices.violates(Factor::Concurrency);
    let members: Vec<usize> = (0..w.instances.len()).filter(|&s| formation_member(&w.instances[s])).collect();
    let webs = members.iter().filter(|&&s| w.instances[s].kind == Kind::Web).count();
    let n = u32::from(w.releases[release as usize].number);
    w.emit(Source::Platform, Level::Info, Msg::Deploying, n, members.len() as u32);
    let mut has_workers = false;
    for slot in members {
        let (kind, number) = (w.instances[slot].kind, w.instances[slot].number);
        if kind == Kind::Worker && combined {
            sigterm(w, slot);
            continue;
        }
        has_workers |= kind == Kind::Worker;
        if w.instances.len() >= MAX_INSTANCES && !w.instances.iter().any(|i| i.phase == Phase::Gone) {
            break;
        }
        let new = w.spawn(kind, number, release, slot as u16 + 1);
        w.emit_from(new, Level::Info, Msg::Booting, n, 0);
        if w.instances[slot].phase != Phase::Running {
            // Nothing to hand over from a crashed or booting process: stop it now.
            w.instances[new].replaces = 0;
            sigterm(w, slot);
        }
    }
    let _ = webs;
    if !combined && !has_workers && w.focus.map(|f| Scenario::for_factor(f).shows.workers).unwrap_or(true) {
        for number in 1..=2 {
            let new = w.spawn(Kind::Worker, number, release, 0);
            w.emit_from(new, Level::Info, Msg::Booting, n, 0);
        }
    }
}

fn scale_out(w: &mut World, kind: Kind) {
    let count = w.instances.iter().filter(|i| i.kind == kind && matches!(i.phase, Phase::Running | Phase::Booting)).count();
    let free = w.instances.len() < MAX_INSTANCES || w.instances.iter().any(|i| i.phase == Phase::Gone);
    if !free {
        w.emit(Source::Platform, Level::Warn, Msg::ScaleLimit, 0, 0);
        return;
    }
    let number = w.instances.iter().filter(|i| i.kind == kind && i.is_live()).map(|i| i.number).max().unwrap_or(0) + 1;
    let cur = w.current;
    let slot = w.spawn(kind, number, cur, 0);
    // Before the move to the platform, a new instance shares a hand-built host, port 8080 and all.
    if kind == Kind::Web && !w.on_platform && w.practices.violates(Factor::PortBinding) {
        w.instances[slot].port_clash = true;
    }
    let n = u32::from(w.releases[cur as usize].number);
    w.emit_from(slot, Level::Info, Msg::Booting, n, 0);
    w.emit(Source::Platform, Level::Info, Msg::Scaled, u32::from(kind == Kind::Worker), count as u32 + 1);
}

/// The on-call engineer's delayed responses.
pub(super) fn run_op(w: &mut World, op: Op) {
    match op {
        Op::AttachStandby => {
            w.services.db_up = true;
            w.services.on_standby = true;
            w.emit(Source::Operator, Level::Info, Msg::StandbyAttached, 0, 0);
        }
        Op::RewireDatabase => {
            w.services.db_up = true;
            w.services.on_standby = true;
            w.emit(Source::Operator, Level::Warn, Msg::DatabaseRewired, 0, 0);
        }
        Op::TryRollback => {
            w.counters.rollbacks += 1;
            w.note(Reason::NoReleaseToRollBack);
            w.emit(Source::Operator, Level::Error, Msg::RollbackImpossible, 0, 0);
        }
        Op::RestoreByHand => {
            for i in w.instances.iter_mut() {
                i.bad_change = false;
            }
            w.emit(Source::Operator, Level::Warn, Msg::RestoredByHand, 0, 0);
        }
        Op::ReapplyHotfix => {
            for i in w.instances.iter_mut().filter(|i| i.is_live()) {
                i.hand_patched = true;
            }
            w.emit(Source::Operator, Level::Warn, Msg::HotfixReapplied, 0, 0);
        }
        Op::PatchCredential => {
            w.services.password_ok = true;
            w.emit(Source::Operator, Level::Warn, Msg::CredentialPatched, 0, 0);
        }
    }
}
