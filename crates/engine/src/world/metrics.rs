//! The metric registry: named figures that challenges check, each with the words the
//! checklist shows.

use super::*;

impl World {
    /// A named figure for challenge checks, or `None` if there is no such metric.
    pub fn metric(&self, name: &str) -> Option<i64> {
        let c = &self.counters;
        let live = || self.instances.iter().filter(|i| i.is_live());
        Some(match name {
            "compliant" => i64::from(self.focus.map(|f| !self.practices.violates(f)).unwrap_or(true)),
            "triggered" => i64::from(c.actions),
            "served" => c.served as i64,
            "failed" => c.failed as i64,
            "dropped" => c.dropped as i64,
            "broken" => i64::from(self.status.broken_by.is_some()),
            "web" => self.running(Kind::Web) as i64,
            "workers" => self.running(Kind::Worker) as i64,
            "seconds" => (self.tick / TICK_HZ) as i64,
            "deploys" => i64::from(c.deploys),
            "restarts" => i64::from(c.restarts),
            "rollbacks" => i64::from(c.rollbacks),
            "migrations" => i64::from(c.migrations),
            "laptops" => i64::from(c.laptops),
            "carts_lost" => i64::from(c.carts_lost),
            "jobs_twice" => c.jobs_twice as i64,
            "jobs_done" => c.jobs_done as i64,
            "logs_lost" => c.logs_lost as i64,
            "staging_writes_to_prod" => i64::from(c.staging_writes_to_prod),
            "uncommitted" => live().filter(|i| i.hand_patched).count() as i64,
            "old_servers" => live().filter(|i| i.legacy && i.kind == Kind::Web).count() as i64,
            "revoked" => i64::from(c.revoked),
            "failovers" => i64::from(c.failovers),
            "crashes" => i64::from(c.crashes),
            // A rollout still under way counts with the time it has taken so far.
            "slowest_rollout" => c.slowest_rollout.max(self.rollout_since.map_or(0, |t| self.tick - t)).div_ceil(TICK_HZ) as i64,
            "releases" => self.releases.len() as i64,
            _ => return None,
        })
    }

    /// The names [`World::metric`] knows (a challenge's conditions use them; their words are in
    /// the catalogues, `lessons::words::metric`).
    pub const METRICS: [&'static str; 26] = [
        "compliant",
        "triggered",
        "served",
        "failed",
        "dropped",
        "broken",
        "web",
        "workers",
        "seconds",
        "deploys",
        "restarts",
        "rollbacks",
        "migrations",
        "laptops",
        "carts_lost",
        "jobs_twice",
        "jobs_done",
        "logs_lost",
        "staging_writes_to_prod",
        "uncommitted",
        "old_servers",
        "revoked",
        "failovers",
        "crashes",
        "slowest_rollout",
        "releases",
    ];

    /// Whether [`World::metric`] knows `name`.
    pub fn knows_metric(name: &str) -> bool {
        Self::METRICS.contains(&name)
    }
}
