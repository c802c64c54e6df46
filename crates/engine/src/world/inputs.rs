//! How each input changes the world, and what the on-call engineer does afterwards.
//! Each violation is a branch here: the same event, handled the twelve-factor way or not.
//! Where both ways do the same thing (the queue redelivering jobs, the app retrying a
//! query, the platform's readiness check), the code is shared, so only the factor differs.

use super::flow::{crash, sigterm};
use super::*;

/// Seconds the on-call engineer needs to notice trouble and act on it.
const NOTICE_S: u64 = 2;
/// Seconds a code change, review, build and deploy take (the violating way's only fix).
const CODE_CHANGE_S: u64 = 12;
/// Seconds to retype the old code by hand on every server.
const BY_HAND_S: u64 = 20;
/// Seconds the database team needs to have a standby ready.
const STANDBY_S: u64 = 1;
/// Seconds a developer needs to fix a query their own tests caught.
const FIX_IN_DEV_S: u64 = 3;

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
            w.counters.deploys += 1;
            if !v(Factor::DevProdParity) && !w.feature_caught {
                // The feature's new query fails the developer's tests on their own Postgres:
                // it is fixed before anything ships.
                w.feature_caught = true;
                if let Some(l) = w.laptops.first_mut() {
                    l.caught = (FIX_IN_DEV_S * TICK_HZ) as u16;
                }
                if w.focus.is_none_or(|f| f == Factor::DevProdParity) {
                    w.emit(Source::Laptop(1), Level::Warn, Msg::CaughtInDev, 0, 0);
                    w.schedule(FIX_IN_DEV_S * TICK_HZ, Op::ShipAfterFix);
                    return;
                }
            }
            if v(Factor::DevProdParity) && w.focus == Some(Factor::DevProdParity) && !w.feature_caught {
                w.feature_caught = true;
                w.emit(Source::Laptop(1), Level::Info, Msg::PassedOnSqlite, 0, 0);
            }
            deploy_from_repo(w);
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
                // Copied onto the servers' disks: every process there now runs it, and any
                // process restarted there will load it too.
                w.edited_on_disk = true;
                let mut edited = 0;
                for i in w.instances.iter_mut().filter(|i| i.kind == Kind::Web && i.is_live()) {
                    i.bad_change = true;
                    edited += 1;
                }
                w.emit(Source::Operator, Level::Warn, Msg::EditedInPlace, edited, 0);
            } else {
                let rel = build_release(w, true);
                roll_out(w, rel, true);
            }
        }
        Input::Rollback => {
            w.counters.rollbacks += 1;
            if v(Factor::BuildReleaseRun) {
                w.emit(Source::Platform, Level::Error, Msg::RollbackImpossible, 0, 0);
                if w.edited_on_disk {
                    w.note(Reason::NoReleaseToRollBack);
                    if !w.ops.iter().flatten().any(|(_, op)| *op == Op::RestoreByHand) {
                        w.schedule(BY_HAND_S * TICK_HZ, Op::RestoreByHand);
                    }
                }
            } else if let Some(prev) = w.previous {
                // A rollback is a new release that runs an earlier release's build and config:
                // the history only grows (and a second rollback goes back to what this one left).
                let old = w.releases[prev as usize];
                let number = w.next_release_number();
                let rel = Release { number, config_only: false, rollback_of: Some(prev), ..old };
                w.releases.push(rel);
                w.emit(Source::Platform, Level::Info, Msg::RolledBack, u32::from(number), u32::from(old.number));
                let idx = (w.releases.len() - 1) as u16;
                let fresh = w.on_platform;
                roll_out(w, idx, fresh);
            } else {
                let live = u32::from(w.current_release().number);
                w.emit(Source::Platform, Level::Info, Msg::NothingToRollBack, live, 0);
            }
        }
        Input::RestartAll => {
            // New processes on the same hosts: whatever is on their disks stays.
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
            let candidates = |w: &World| {
                (0..w.instances.len())
                    .filter(|&s| w.instances[s].kind == Kind::Web && matches!(w.instances[s].phase, Phase::Running | Phase::Booting))
                    .collect::<Vec<_>>()
            };
            let webs = candidates(w);
            if webs.len() > 1 {
                // The newest instance goes.
                if let Some(slot) = webs.iter().copied().max_by_key(|&s| w.instances[s].number) {
                    sigterm(w, slot);
                    w.emit(Source::Platform, Level::Info, Msg::Scaled, 0, webs.len() as u32 - 1);
                }
            }
        }
        Input::RetireOldServer => {
            let old = (0..w.instances.len())
                .filter(|&s| w.instances[s].kind == Kind::Web && w.instances[s].legacy && matches!(w.instances[s].phase, Phase::Running | Phase::Booting))
                .min_by_key(|&s| w.instances[s].number);
            let webs = w.instances.iter().filter(|i| i.kind == Kind::Web && i.replaces == 0 && matches!(i.phase, Phase::Running | Phase::Booting)).count();
            match old {
                Some(slot) if webs > 1 => {
                    sigterm(w, slot);
                    w.emit(Source::Platform, Level::Info, Msg::Scaled, 0, webs as u32 - 1);
                }
                _ => w.emit(Source::Platform, Level::Info, Msg::NoOldServer, 0, 0),
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
                let (kind, legacy) = (w.instances[slot].kind, w.instances[slot].legacy);
                sigterm(w, slot);
                if has_room(w) {
                    let new = w.spawn(kind, 0, cur, legacy);
                    w.instances[new].bad_change = kind == Kind::Web && w.edited_on_disk;
                    let n = u32::from(w.releases[cur as usize].number);
                    w.emit_from(new, Level::Info, Msg::Booting, n, 0);
                }
            }
        }
        Input::FailDatabase => {
            let address = w.current_release().db;
            if !w.services.db_up(address) {
                w.emit(Source::Platform, Level::Info, Msg::AlreadyDown, u32::from(address), 0);
            } else {
                w.counters.failovers += 1;
                w.services.db_down[usize::from(address & 1)] = true;
                w.emit(Source::Platform, Level::Error, Msg::DatabaseDown, u32::from(address), 0);
                // The database team brings up a standby at the other address in both ways;
                // what differs is how the app is pointed at it.
                w.schedule(STANDBY_S * TICK_HZ, Op::StandbyReady);
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
                w.laptops.push(Laptop { number, works, sqlite, caught: 0 });
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
                // An old checkout on a laptop, with its own config: it renames the column in
                // one step, so the release that is running loses the column it reads.
                w.services.columns = NEW_COLUMN;
                w.services.schema_from_laptop = true;
                w.emit(Source::Laptop(1), Level::Warn, Msg::MigrationFromLaptop, 0, 0);
            } else {
                // A one-off process of the current release, with its code and config: expand.
                w.services.columns |= NEW_COLUMN;
                w.services.schema_from_laptop = false;
                let n = u32::from(w.current_release().number);
                w.emit(Source::OneOff, Level::Info, Msg::MigrationExpand, 41 + w.counters.migrations, n);
            }
        }
        Input::Contract => {
            let laptop = v(Factor::AdminProcesses);
            let src = if laptop { Source::Laptop(1) } else { Source::OneOff };
            if w.services.columns != OLD_COLUMN | NEW_COLUMN {
                w.emit(src, Level::Info, Msg::NothingToContract, 0, 0);
            } else {
                w.counters.migrations += 1;
                w.services.columns = NEW_COLUMN;
                w.services.schema_from_laptop = laptop;
                let n = u32::from(w.current_release().number);
                if laptop {
                    w.emit(src, Level::Warn, Msg::LaptopContract, 0, 0);
                } else {
                    w.emit(src, Level::Info, Msg::MigrationContract, 41 + w.counters.migrations, n);
                }
            }
        }
        Input::AddCredential => {
            let next = (w.services.newest_password + 1) & 7;
            w.services.newest_password = next;
            w.services.accepted |= 1 << next;
            w.emit(Source::Operator, Level::Info, Msg::PasswordAdded, 0, 0);
            give_new_password(w, 0);
        }
        Input::RotateCredential => {
            // Revoke every password but the newest; with only one in use, that means issuing
            // a new one and revoking the old one in the same moment.
            let s = &mut w.services;
            if s.accepted == 1 << s.newest_password {
                s.newest_password = (s.newest_password + 1) & 7;
            }
            let next = s.newest_password;
            s.accepted = 1 << next;
            w.counters.revoked += 1;
            w.emit(Source::Operator, Level::Warn, Msg::PasswordRevoked, 0, 0);
            if w.current_release().password != next {
                // Someone notices the refused logins and gives the app the new password.
                give_new_password(w, NOTICE_S);
            }
        }
    }
}

/// The app gets the newest password: by a config change at once (a new release, same
/// build), or, when it is compiled in, by a code change, build and deploy that take a while.
fn give_new_password(w: &mut World, delay_s: u64) {
    if w.ops.iter().flatten().any(|(_, op)| *op == Op::UseNewPassword) {
        return;
    }
    let in_code = w.practices.violates(Factor::Config);
    let delay = if in_code { CODE_CHANGE_S } else { delay_s };
    if in_code {
        w.emit(Source::Operator, Level::Warn, Msg::CodeChangeStarted, CODE_CHANGE_S as u32, 0);
    }
    if delay == 0 {
        run_op(w, Op::UseNewPassword);
    } else {
        w.schedule(delay * TICK_HZ, Op::UseNewPassword);
    }
}

fn formation_member(i: &Instance) -> bool {
    matches!(i.phase, Phase::Running | Phase::Booting | Phase::Crashed) && i.replaces == 0
}

fn has_room(w: &World) -> bool {
    w.instances.len() < MAX_INSTANCES || w.instances.iter().any(|i| i.phase == Phase::Gone)
}

fn enqueue_jobs(w: &mut World, n: u32) {
    w.services.queue += n;
    w.counters.jobs_created += u64::from(n);
    w.emit(Source::Platform, Level::Info, Msg::JobsEnqueued, n, 0);
}

impl World {
    fn next_release_number(&self) -> u16 {
        self.releases.last().map(|r| r.number).unwrap_or(0) + 1
    }
}

/// Build a release from the repository (its newest commit) with today's practices baked in.
fn build_release(w: &mut World, bug: bool) -> u16 {
    let p = w.practices;
    let number = w.next_release_number();
    let cur = *w.current_release();
    let content = u64::from(p.violates(Factor::Codebase)) | u64::from(bug) << 1 | u64::from(p.violates(Factor::DevProdParity)) << 2;
    let rel = Release {
        number,
        build: w.releases.len() as u16,
        commit: commit_id(w.seed, number, content),
        hotfix_missing: p.violates(Factor::Codebase),
        undeclared_convert: p.violates(Factor::Dependencies),
        prod_query_bug: p.violates(Factor::DevProdParity),
        bug,
        new_column: cur.new_column || w.feature_needs_column,
        db: cur.db,
        password: cur.password,
        config_only: false,
        rollback_of: None,
    };
    w.releases.push(rel);
    w.emit(Source::Platform, Level::Info, Msg::ReleaseBuilt, u32::from(number), rel.commit);
    (w.releases.len() - 1) as u16
}

/// A new release of the current build with one config value changed: the twelve-factor way
/// to change config. Returns its index.
fn config_release(w: &mut World, change: impl FnOnce(&mut Release)) -> u16 {
    let mut rel = *w.current_release();
    rel.number = w.next_release_number();
    rel.config_only = true;
    rel.rollback_of = None;
    change(&mut rel);
    w.releases.push(rel);
    w.emit(Source::Platform, Level::Info, Msg::ConfigRelease, u32::from(rel.number), 0);
    (w.releases.len() - 1) as u16
}

/// A code change that bakes a new value in: a new build and release (the violating way).
fn code_release(w: &mut World, msg: Msg, change: impl FnOnce(&mut Release)) -> u16 {
    let idx = build_release(w, false);
    let bug = w.releases[w.current as usize].bug;
    let rel = &mut w.releases[idx as usize];
    rel.bug = bug;
    change(rel);
    // The value compiled in makes it different code: a different commit.
    rel.commit = commit_id(w.seed, rel.number, 8 | u64::from(rel.db) << 4 | u64::from(rel.password) << 8);
    let n = u32::from(rel.number);
    w.emit(Source::Operator, Level::Warn, msg, n, 0);
    w.counters.deploys += 1;
    idx
}

/// Build from the repository and roll out to fresh instances.
fn deploy_from_repo(w: &mut World) {
    let rel = build_release(w, false);
    roll_out(w, rel, true);
    // A fresh deploy replaces the servers' code with the release: in-place edits are gone.
    w.edited_on_disk = false;
    if w.practices.violates(Factor::Codebase) && !w.ops.iter().flatten().any(|(_, op)| *op == Op::ReapplyHotfix) {
        // Someone notices the bug is back and patches the servers by hand again.
        w.schedule(10 * TICK_HZ, Op::ReapplyHotfix);
    }
}

/// Replace the formation with instances of `release`: each new instance boots first and
/// the one it replaces gets SIGTERM when it is up (a rolling deploy). `fresh`: the new
/// instances run on fresh hosts built from the release (a deploy), not on the same
/// servers (a restart in place).
pub(super) fn roll_out(w: &mut World, release: u16, fresh: bool) {
    if fresh {
        w.on_platform = true;
    }
    if release != w.current {
        w.previous = Some(w.current);
        w.current = release;
    }
    // Instances still booting to take over for another release are not wanted any more.
    for slot in 0..w.instances.len() {
        let i = w.instances[slot];
        if i.phase == Phase::Booting && i.replaces > 0 && i.release != release {
            w.instances[slot].replaces = 0;
            sigterm(w, slot);
        }
    }
    let combined = w.practices.violates(Factor::Concurrency);
    let members: Vec<usize> = (0..w.instances.len()).filter(|&s| formation_member(&w.instances[s])).collect();
    let n = u32::from(w.releases[release as usize].number);
    w.emit(Source::Platform, Level::Info, Msg::Deploying, n, members.len() as u32);
    // A rollout that starts while another is under way continues it.
    w.rollout_since.get_or_insert(w.tick);
    let mut has_workers = false;
    for slot in members {
        let (kind, legacy) = (w.instances[slot].kind, w.instances[slot].legacy);
        if kind == Kind::Worker && combined {
            sigterm(w, slot);
            continue;
        }
        has_workers |= kind == Kind::Worker;
        if !has_room(w) {
            break;
        }
        let new = w.spawn(kind, slot as u16 + 1, release, legacy && !fresh);
        // Restarted in place, a process loads whatever was edited on its server's disk.
        w.instances[new].bad_change = !fresh && kind == Kind::Web && w.edited_on_disk;
        w.emit_from(new, Level::Info, Msg::Booting, n, 0);
        if w.instances[slot].phase != Phase::Running {
            // Nothing to hand over from a crashed or booting process: stop it now.
            w.instances[new].replaces = 0;
            sigterm(w, slot);
        }
    }
    if !combined && !has_workers && w.focus.map(|f| Scenario::for_factor(f).shows.workers).unwrap_or(true) {
        for _ in 0..2 {
            let new = w.spawn(Kind::Worker, 0, release, false);
            w.emit_from(new, Level::Info, Msg::Booting, n, 0);
        }
    }
}

fn scale_out(w: &mut World, kind: Kind) {
    let count = w.instances.iter().filter(|i| i.kind == kind && i.replaces == 0 && matches!(i.phase, Phase::Running | Phase::Booting)).count();
    if !has_room(w) {
        w.emit(Source::Platform, Level::Warn, Msg::ScaleLimit, 0, 0);
        return;
    }
    let cur = w.current;
    // A new instance goes on a fresh host built from the release.
    let slot = w.spawn(kind, 0, cur, false);
    let n = u32::from(w.releases[cur as usize].number);
    w.emit_from(slot, Level::Info, Msg::Booting, n, 0);
    w.emit(Source::Platform, Level::Info, Msg::Scaled, u32::from(kind == Kind::Worker), count as u32 + 1);
}

/// The on-call engineer's (and the database team's) delayed responses.
pub(super) fn run_op(w: &mut World, op: Op) {
    let practices = w.practices;
    let violating = |f| practices.violates(f);
    match op {
        Op::StandbyReady => {
            let down = w.current_release().db;
            let standby = (down + 1) & 1;
            w.services.db_down[usize::from(standby)] = false;
            w.services.primary = standby;
            w.emit(Source::Operator, Level::Info, Msg::StandbyReady, u32::from(standby), 0);
            if violating(Factor::BackingServices) {
                w.emit(Source::Operator, Level::Warn, Msg::CodeChangeStarted, CODE_CHANGE_S as u32, 0);
                w.schedule(CODE_CHANGE_S * TICK_HZ, Op::AttachStandby);
            } else {
                run_op(w, Op::AttachStandby);
            }
        }
        Op::AttachStandby => {
            let to = w.services.primary;
            if w.current_release().db == to {
                return;
            }
            let rel = if violating(Factor::BackingServices) { code_release(w, Msg::DatabaseRewired, |r| r.db = to) } else { config_release(w, |r| r.db = to) };
            let fresh = w.on_platform;
            roll_out(w, rel, fresh);
        }
        Op::RestoreByHand => {
            w.edited_on_disk = false;
            for i in w.instances.iter_mut() {
                i.bad_change = false;
            }
            w.emit(Source::Operator, Level::Warn, Msg::RestoredByHand, 0, 0);
        }
        Op::ReapplyHotfix => {
            for i in w.instances.iter_mut().filter(|i| i.is_live() && i.kind == Kind::Web) {
                i.hand_patched = true;
            }
            w.emit(Source::Operator, Level::Warn, Msg::HotfixReapplied, 0, 0);
        }
        Op::UseNewPassword => {
            let newest = w.services.newest_password;
            if w.current_release().password == newest {
                return;
            }
            let rel = if violating(Factor::Config) {
                code_release(w, Msg::CredentialPatched, |r| r.password = newest)
            } else {
                config_release(w, |r| r.password = newest)
            };
            let fresh = w.on_platform;
            roll_out(w, rel, fresh);
        }
        Op::ShipAfterFix => {
            if let Some(l) = w.laptops.first_mut() {
                l.caught = 0;
            }
            w.emit(Source::Laptop(1), Level::Info, Msg::FixedInDev, 0, 0);
            deploy_from_repo(w);
        }
    }
}
