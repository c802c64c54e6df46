//! What happens inside one step: instances live and die, jobs run, traffic arrives and
//! requests travel, wait, work and finish.

use super::*;

/// Boot timers, database logins, disks filling, draining and killing.
pub(super) fn update_instances(w: &mut World) {
    for slot in 0..w.instances.len() {
        let inst = w.instances[slot];
        match inst.phase {
            Phase::Booting => {
                let timer = inst.timer.saturating_sub(1);
                w.instances[slot].timer = timer;
                if timer == 0 {
                    if !inst.reachable {
                        // The readiness check never saw anything on $PORT: the boot timed out.
                        // The deploy does not wait forever: the process it was to replace is
                        // retired anyway, as a platform without a preboot step does.
                        if inst.replaces > 0 {
                            let old = usize::from(inst.replaces - 1);
                            w.instances[slot].replaces = 0;
                            sigterm(w, old);
                        }
                        crash(w, slot, Reason::PortNotBound);
                        continue;
                    }
                    w.instances[slot].phase = Phase::Running;
                    login(w, slot);
                    if inst.kind == Kind::Web {
                        w.emit_from(slot, Level::Info, Msg::Listening, 5000 + u32::from(inst.number), 0);
                    }
                    if inst.replaces > 0 {
                        let old = usize::from(inst.replaces - 1);
                        w.instances[slot].replaces = 0;
                        sigterm(w, old);
                    }
                }
            }
            Phase::Crashed => {
                let timer = inst.timer.saturating_sub(1);
                w.instances[slot].timer = timer;
                if timer == 0 {
                    // The platform restarts the process: same host, same release.
                    let boot = if !inst.reachable {
                        BOOT_TIMEOUT_TICKS
                    } else if inst.ignores_sigterm {
                        SLOW_BOOT_TICKS
                    } else {
                        FAST_BOOT_TICKS
                    };
                    let i = &mut w.instances[slot];
                    i.phase = Phase::Booting;
                    i.timer = boot;
                    i.disk = 0;
                    i.disk_filling = false;
                    let release = u32::from(w.releases[i.release as usize].number);
                    w.emit_from(slot, Level::Info, Msg::Booting, release, 0);
                }
            }
            Phase::Draining => {
                if inst.ignores_sigterm {
                    let timer = inst.timer.saturating_sub(1);
                    w.instances[slot].timer = timer;
                    if timer == 0 {
                        w.emit(Source::Platform, Level::Error, Msg::Killed, u32::from(inst.number), u32::from(inst.kind == Kind::Worker));
                        kill(w, slot, Reason::KilledInFlight);
                        w.instances[slot].phase = Phase::Gone;
                    }
                } else if inst.busy == 0 && inst.waiting == 0 {
                    w.emit_from(slot, Level::Info, Msg::Stopped, inst.served, 0);
                    w.instances[slot].phase = Phase::Gone;
                    lose_memory(w, slot);
                }
            }
            Phase::Running => {
                let reconnect = inst.reconnect_in.saturating_sub(1);
                w.instances[slot].reconnect_in = reconnect;
                if reconnect == 0 {
                    // Connections are recycled now and then; each new one logs in again.
                    w.instances[slot].reconnect_in = RECONNECT_TICKS;
                    login(w, slot);
                }
                if inst.disk_filling && w.tick.is_multiple_of(4) {
                    let disk = inst.disk.saturating_add(1).min(100);
                    w.instances[slot].disk = disk;
                    if matches!(disk, 50 | 80 | 95) {
                        w.emit(Source::Platform, Level::Warn, Msg::DiskUsage, u32::from(disk), 0);
                    }
                    if disk >= 100 {
                        crash(w, slot, Reason::DiskFull);
                    }
                }
            }
            Phase::Gone => {}
        }
    }
    for l in w.laptops.iter_mut() {
        l.caught = l.caught.saturating_sub(1);
    }
    // A rollout is over once nothing is waiting to take over and nothing is draining.
    if let Some(since) = w.rollout_since {
        let busy = w.instances.iter().any(|i| (i.phase == Phase::Booting && i.replaces > 0) || i.phase == Phase::Draining);
        if !busy {
            let took = w.tick - since;
            w.rollout_since = None;
            w.counters.slowest_rollout = w.counters.slowest_rollout.max(took);
            // Whole seconds, rounded up, as the `slowest_rollout` metric counts them.
            let secs = took.div_ceil(TICK_HZ).max(1) as u32;
            let current = w.current;
            let ready = w.instances.iter().any(|i| i.release == current && i.phase == Phase::Running);
            w.emit(Source::Platform, if ready { Level::Info } else { Level::Error }, if ready { Msg::RolloutDone } else { Msg::RolloutFailed }, secs, 0);
        }
    }
}

/// Open (or reopen) an instance's database connections with the password its release has.
fn login(w: &mut World, slot: usize) {
    let password = w.releases[w.instances[slot].release as usize].password;
    let ok = w.services.accepts(password);
    if !ok && w.instances[slot].db_login_ok {
        w.emit_from(slot, Level::Error, Msg::LoginRefused, 0, 0);
    }
    w.instances[slot].db_login_ok = ok;
}

/// SIGTERM: graceful processes stop taking work, finish what they hold and return their jobs;
/// the others carry on until the grace period ends and they are killed.
pub(crate) fn sigterm(w: &mut World, slot: usize) {
    let inst = w.instances[slot];
    match inst.phase {
        Phase::Gone | Phase::Draining => return,
        Phase::Booting | Phase::Crashed => {
            w.instances[slot].phase = Phase::Gone;
            lose_memory(w, slot);
            return;
        }
        Phase::Running => {}
    }
    w.instances[slot].phase = Phase::Draining;
    if inst.ignores_sigterm {
        w.instances[slot].timer = GRACE_TICKS;
        w.emit_from(slot, Level::Warn, Msg::SigtermIgnored, 0, 0);
    } else {
        w.emit_from(slot, Level::Info, Msg::Draining, 0, 0);
        let returned = return_jobs(w, slot);
        if returned > 0 {
            w.emit_from(slot, Level::Info, Msg::JobsReturned, returned, 0);
        }
    }
}

fn return_jobs(w: &mut World, slot: usize) -> u32 {
    let n = u32::from(w.instances[slot].active_jobs());
    w.instances[slot].jobs = [0; JOB_SLOTS];
    w.services.queue += n;
    n
}

/// A sudden death: requests it holds are cut off, jobs are lost unless the app is disposable
/// (then the queue hands them out again), and the platform restarts it shortly.
pub(crate) fn crash(w: &mut World, slot: usize, reason: Reason) {
    kill(w, slot, reason);
    let i = &mut w.instances[slot];
    i.phase = Phase::Crashed;
    i.timer = CRASH_RESTART_TICKS;
    i.crash = Some(reason);
    let (number, worker) = (u32::from(i.number), u32::from(i.kind == Kind::Worker));
    w.counters.crashes += 1;
    w.note(reason);
    w.emit(Source::Platform, Level::Error, Msg::Crashed(reason), number, worker);
}

fn kill(w: &mut World, slot: usize, reason: Reason) {
    let mut i = 0;
    while i < w.requests.len() {
        let r = w.requests[i];
        if r.instance as usize == slot && matches!(r.leg, Leg::Queued | Leg::Working) {
            finish(w, i, Outcome::Dropped(reason));
        } else {
            i += 1;
        }
    }
    let inst = w.instances[slot];
    let jobs = inst.active_jobs();
    if jobs > 0 {
        // The queue hands unacknowledged jobs out again, whichever way the app is built.
        let n = return_jobs(w, slot);
        if inst.ignores_sigterm {
            // This process neither finished nor released them: they were cut off halfway,
            // after their side effects had begun, and will run again from the start.
            w.counters.jobs_twice += u64::from(n);
            w.note(Reason::JobRanTwice);
            w.emit(Source::Platform, Level::Error, Msg::JobsRedelivered, n, 0);
        }
    }
    lose_memory(w, slot);
}

/// What a process held only in itself goes with it: carts in memory, log files on its disk.
fn lose_memory(w: &mut World, slot: usize) {
    let key = slot as u16 + 1;
    let mut lost = 0;
    for u in w.users.iter_mut() {
        if u.home == key {
            u.home = 0;
            if u.cart {
                u.cart = false;
                u.lost = true;
                lost += 1;
            }
        }
    }
    if lost > 0 {
        w.counters.carts_lost += lost;
        w.note(Reason::CartLost);
        w.emit(Source::Platform, Level::Error, Msg::CartsLost, lost, 0);
    }
    let logs = w.instances[slot].local_logs;
    if logs > 0 {
        w.instances[slot].local_logs = 0;
        w.counters.logs_lost += u64::from(logs);
        w.note(Reason::LogsLost);
        w.emit(Source::Platform, Level::Error, Msg::LogFilesGone, logs, 0);
    }
}

/// Workers (and, in one-process apps, web processes) take jobs from the queue and run them.
pub(super) fn run_jobs(w: &mut World) {
    w.job_arrivals += JOB_RATE / TICK_HZ as f64 * (0.5 + w.rng.unit());
    while w.job_arrivals >= 1.0 {
        w.job_arrivals -= 1.0;
        w.services.queue += 1;
        w.counters.jobs_created += 1;
    }
    for slot in 0..w.instances.len() {
        let inst = &mut w.instances[slot];
        let working = inst.phase == Phase::Running || (inst.phase == Phase::Draining && inst.ignores_sigterm);
        if !working || !(inst.kind == Kind::Worker || inst.combined) {
            continue;
        }
        for t in inst.jobs.iter_mut() {
            if *t > 0 {
                *t -= 1;
                if *t == 0 {
                    w.counters.jobs_done += 1;
                }
            }
        }
        // A worker runs a few jobs at once; a one-process app lets jobs take every thread it has.
        let limit = if inst.kind == Kind::Worker { WORKER_SLOTS as u16 } else { WEB_SLOTS.saturating_sub(inst.busy) };
        while w.services.queue > 0 && inst.active_jobs() < limit.min(JOB_SLOTS as u16) {
            if let Some(free) = inst.jobs.iter_mut().find(|t| **t == 0) {
                *free = JOB_TICKS;
                w.services.queue -= 1;
            } else {
                break;
            }
        }
    }
}

/// New requests arrive at the router.
pub(super) fn generate_traffic(w: &mut World) {
    let spike = if w.tick < w.spike_until { 5.0 } else { 1.0 };
    w.arrivals += w.traffic_rate * spike / TICK_HZ as f64 * (0.5 + w.rng.unit());
    while w.arrivals >= 1.0 {
        w.arrivals -= 1.0;
        w.counters.generated += 1;
        let user = w.rng.below(USERS as u32) as u16;
        if w.requests.len() >= MAX_REQUESTS {
            // Counted and failed at once so conservation still holds.
            w.counters.failed += 1;
            w.status.failed(Reason::Overloaded);
            w.note(Reason::Overloaded);
            continue;
        }
        let photo = w.rng.below(100) < PHOTO_PERCENT;
        w.requests.push(Request { user, instance: 0, leg: Leg::Holding, t: 0, age: 0, photo, retried: 0 });
    }
}

/// Pick an instance: sticky to the process holding the user's cart when sessions live in
/// memory, otherwise the next running web instance in turn.
fn route(w: &mut World, user: u16) -> Option<usize> {
    let sticky = w.practices.violates(Factor::Processes);
    if sticky {
        let home = w.users[user as usize].home;
        if home > 0 && w.instances[usize::from(home - 1)].phase == Phase::Running {
            return Some(usize::from(home - 1));
        }
    }
    let n = w.instances.len();
    for k in 0..n {
        let slot = (w.rr_cursor + k) % n;
        let inst = &w.instances[slot];
        if inst.kind == Kind::Web && inst.phase == Phase::Running {
            w.rr_cursor = (slot + 1) % n;
            if sticky {
                w.users[user as usize].home = slot as u16 + 1;
            }
            return Some(slot);
        }
    }
    None
}

/// Why nothing can take a request right now.
fn no_capacity_reason(w: &World) -> Reason {
    let webs = w.instances.iter().filter(|i| i.kind == Kind::Web && i.is_live());
    let mut reason = Reason::NoInstances;
    for i in webs {
        // The router sees only that nothing answers; a failed boot it can name (the platform
        // gave up waiting for $PORT), a crash's cause it cannot.
        if let (Phase::Crashed, Some(Reason::PortNotBound)) = (i.phase, i.crash) {
            return Reason::PortNotBound;
        }
        if i.phase == Phase::Booting && !i.reachable {
            return Reason::PortNotBound;
        }
        if i.phase == Phase::Booting && i.ignores_sigterm {
            reason = Reason::SlowStart;
        }
    }
    reason
}

pub(crate) enum Outcome {
    Served,
    Failed(Reason),
    Dropped(Reason),
}

/// Account for request `i` and remove it (swap-remove: order does not matter).
pub(crate) fn finish(w: &mut World, i: usize, outcome: Outcome) {
    let r = w.requests.swap_remove(i);
    let slot = r.instance as usize;
    let at_instance = matches!(r.leg, Leg::Queued | Leg::Working);
    if at_instance {
        let inst = &mut w.instances[slot];
        match r.leg {
            Leg::Working => inst.busy -= 1,
            _ => inst.waiting -= 1,
        }
    }
    let ms = u32::from(r.age) * 1000 / TICK_HZ as u32;
    match outcome {
        Outcome::Served => {
            w.counters.served += 1;
            w.status.served(r.age);
            w.instances[slot].served += 1;
            w.emit_from(slot, Level::Info, Msg::Served, ms, u32::from(r.photo));
        }
        Outcome::Failed(reason) | Outcome::Dropped(reason) => {
            let dropped = matches!(outcome, Outcome::Dropped(_));
            if dropped {
                w.counters.dropped += 1;
            } else {
                w.counters.failed += 1;
            }
            w.status.failed(reason);
            w.note(reason);
            let msg = if dropped { Msg::Dropped(reason) } else { Msg::Failed(reason) };
            if at_instance || r.leg == Leg::Travel {
                let inst = &mut w.instances[slot];
                inst.recent_failures = FAILING_FOR_TICKS;
                inst.last_failure = Some(reason);
            }
            if at_instance && !dropped && w.instances[slot].logs_to_disk {
                // The app's own explanation is in a file; the stream only has the router's view.
                w.instances[slot].local_logs += 1;
                w.emit(Source::Router, Level::Error, Msg::RouterSaw, 500, ms);
            } else if at_instance && !dropped {
                w.emit_from(slot, Level::Error, msg, ms, u32::from(r.photo));
            } else {
                w.emit(Source::Router, Level::Error, msg, ms, u32::from(r.photo));
            }
        }
    }
}

/// Move every request along its way.
pub(super) fn advance_requests(w: &mut World) {
    let mut i = 0;
    while i < w.requests.len() {
        w.requests[i].age = w.requests[i].age.saturating_add(1);
        let r = w.requests[i];
        match r.leg {
            Leg::Holding => {
                if let Some(slot) = route(w, r.user) {
                    w.requests[i] = Request { instance: slot as u16, leg: Leg::Travel, t: TRAVEL_TICKS, ..r };
                } else if r.age >= TIMEOUT_TICKS {
                    let reason = no_capacity_reason(w);
                    finish(w, i, Outcome::Failed(reason));
                    continue;
                }
            }
            Leg::Travel => {
                let t = r.t.saturating_sub(1);
                w.requests[i].t = t;
                if t == 0 {
                    let inst = w.instances[r.instance as usize];
                    if inst.phase != Phase::Running && !(inst.phase == Phase::Draining && inst.ignores_sigterm) {
                        // It went away while the request was on the wire: the router tries again.
                        w.requests[i].leg = Leg::Holding;
                    } else {
                        w.requests[i].leg = Leg::Queued;
                        w.instances[r.instance as usize].waiting += 1;
                    }
                }
            }
            Leg::Queued => {
                let slot = r.instance as usize;
                let inst = w.instances[slot];
                if r.age >= TIMEOUT_TICKS {
                    let reason = if inst.combined && inst.active_jobs() > 0 { Reason::WebStarvedByJobs } else { Reason::Overloaded };
                    finish(w, i, Outcome::Failed(reason));
                    continue;
                }
                let used = inst.busy + if inst.combined { inst.active_jobs() } else { 0 };
                if used < WEB_SLOTS {
                    let work = 6 + w.rng.below(9) as u16;
                    w.requests[i].leg = Leg::Working;
                    w.requests[i].t = work;
                    let inst = &mut w.instances[slot];
                    inst.waiting -= 1;
                    inst.busy += 1;
                }
            }
            Leg::Working => {
                let t = r.t.saturating_sub(1);
                w.requests[i].t = t;
                if t == 0 {
                    match complete(w, i) {
                        Done::Finished => continue,
                        Done::Retrying => {}
                    }
                }
            }
        }
        i += 1;
    }
}

enum Done {
    Finished,
    Retrying,
}

/// The app's work for request `i` is done: decide its fate.
fn complete(w: &mut World, i: usize) -> Done {
    let r = w.requests[i];
    let slot = r.instance as usize;
    let inst = w.instances[slot];
    let release = w.releases[inst.release as usize];
    let fail = |w: &mut World, reason| {
        finish(w, i, Outcome::Failed(reason));
        Done::Finished
    };
    if r.photo && inst.missing_convert {
        // Only the endpoint that shells out fails; the process and its checkouts carry on.
        return fail(w, Reason::MissingBinary);
    }
    if !w.services.db_up(release.db) {
        // The app retries a query briefly, the same way in both positions.
        if r.retried < DB_RETRY_TICKS {
            w.requests[i].retried += 8;
            w.requests[i].t = 8;
            return Done::Retrying;
        }
        // Once a standby is up, only an app with the address in its code cannot reach it.
        let standby_up = w.services.primary != release.db && w.services.db_up(w.services.primary);
        let reason = if standby_up && w.practices.violates(Factor::BackingServices) { Reason::DatabaseUnreachable } else { Reason::DatabaseDown };
        return fail(w, reason);
    }
    if !inst.db_login_ok {
        let reason = if w.practices.violates(Factor::Config) { Reason::CredentialRejected } else { Reason::LoginRefused };
        return fail(w, reason);
    }
    let needs = if release.new_column { NEW_COLUMN } else { OLD_COLUMN };
    if w.services.columns & needs == 0 {
        // From a laptop's old checkout, the factor's failure; from the release's own one-off
        // process, a contract step run before the code stopped reading the column.
        return fail(w, if w.services.schema_from_laptop { Reason::SchemaMismatch } else { Reason::ColumnDropped });
    }
    if r.photo {
        // The bugs below are all in checkout.
        finish(w, i, Outcome::Served);
        return Done::Finished;
    }
    if release.hotfix_missing && !inst.hand_patched && w.rng.chance(40) {
        return fail(w, Reason::HotfixLost);
    }
    if release.prod_query_bug && w.rng.chance(55) {
        return fail(w, Reason::ProdOnlyQueryError);
    }
    if (release.bug || inst.bad_change) && w.rng.chance(30) {
        // Edited in place and a rollback already failed: the bad code stays for want of a release.
        let stuck = inst.bad_change && w.status.seen[Reason::NoReleaseToRollBack.index()].is_some();
        return fail(w, if stuck { Reason::NoReleaseToRollBack } else { Reason::BadRelease });
    }
    let user = &mut w.users[r.user as usize];
    if user.lost {
        user.lost = false;
        return fail(w, Reason::CartLost);
    }
    user.cart = true;
    finish(w, i, Outcome::Served);
    Done::Finished
}

/// Staging's test traffic, once staging exists: a few writes a second, to whichever
/// database its config (or its code) names.
pub(super) fn staging_traffic(w: &mut World) {
    let Some(staging) = w.staging else { return };
    if !w.tick.is_multiple_of(TICK_HZ / 2) {
        return;
    }
    let order = staging.writes + 1;
    if let Some(s) = w.staging.as_mut() {
        s.writes = order;
    }
    if staging.writes_to_prod {
        w.counters.staging_writes_to_prod += 1;
        w.note(Reason::WroteToProdDatabase);
        w.emit(Source::Staging, Level::Error, Msg::StagingWroteProd, 1000 + order, 0);
    } else {
        w.emit(Source::Staging, Level::Info, Msg::StagingWroteOwn, 1000 + order, 0);
    }
}
