//! What the UI may read from a world: time, switches, parts, counters and status.

use super::*;

impl World {
    /// Steps taken since the start.
    pub fn tick(&self) -> u64 {
        self.tick
    }

    /// Simulated seconds since the start.
    pub fn seconds(&self) -> f64 {
        self.tick as f64 / TICK_HZ as f64
    }

    /// The seed this world started from.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The twelve switches.
    pub fn practices(&self) -> Practices {
        self.practices
    }

    /// The factor a lesson world is about, if any.
    pub fn focus(&self) -> Option<Factor> {
        self.focus
    }

    /// All instance slots (including gone ones; filter with [`Instance::is_live`]).
    pub fn instances(&self) -> &[Instance] {
        &self.instances
    }

    /// Requests in flight.
    pub fn requests(&self) -> &[Request] {
        &self.requests
    }

    /// Every release built so far, oldest first.
    pub fn releases(&self) -> &[Release] {
        &self.releases
    }

    /// The release the formation is meant to run.
    pub fn current_release(&self) -> &Release {
        &self.releases[self.current as usize]
    }

    /// The backing services.
    pub fn services(&self) -> &Services {
        &self.services
    }

    /// Developer laptops set up so far.
    pub fn laptops(&self) -> &[Laptop] {
        &self.laptops
    }

    /// The staging environment, if deployed.
    pub fn staging(&self) -> Option<&Staging> {
        self.staging.as_ref()
    }

    /// The log stream (what the platform's combined stream shows).
    pub fn log(&self) -> &LogRing {
        &self.log
    }

    /// Running totals.
    pub fn counters(&self) -> &Counters {
        &self.counters
    }

    /// Requests currently in flight.
    pub fn in_flight(&self) -> u64 {
        self.requests.len() as u64
    }

    /// Jobs being worked on right now.
    pub fn jobs_in_progress(&self) -> u64 {
        self.instances.iter().filter(|i| i.is_live()).map(|i| u64::from(i.active_jobs())).sum()
    }

    /// Live instances of a kind that are running.
    pub fn running(&self, kind: Kind) -> usize {
        self.instances.iter().filter(|i| i.kind == kind && i.phase == Phase::Running).count()
    }

    /// Overall status: broken once anything broke since the start (until [`World::reset`]),
    /// otherwise healthy or degraded as of now.
    pub fn status(&self) -> Status {
        self.status.overall()
    }

    /// Status as of now, ignoring an earlier break (the sandbox's live view).
    pub fn status_now(&self) -> Status {
        self.status.now
    }

    /// What broke the deployment, once it broke.
    pub fn incident(&self) -> Option<Diagnosis> {
        self.status.broken_by
    }

    /// Every failure reason seen so far with its first tick and count, in reason order.
    pub fn diagnoses(&self) -> impl Iterator<Item = (Diagnosis, u32)> + '_ {
        Reason::ALL.iter().filter_map(|r| self.status.seen[r.index()].map(|(tick, n)| (Diagnosis { reason: *r, tick }, n)))
    }

    /// Served, failed and dropped over the last simulated second.
    pub fn recent(&self) -> (u32, u32) {
        self.status.window_totals()
    }

    /// Median and 95th-percentile latency (ms) of the most recent served requests.
    pub fn latency_ms(&self) -> (u32, u32) {
        self.status.latency_ms()
    }
}
