//! The bookkeeping checks the property tests run after every step.

use super::*;

impl World {
    /// Check the bookkeeping: every request and job accounted for exactly once.
    /// Returns a description of the first violated invariant.
    pub fn check_invariants(&self) -> Result<(), String> {
        let c = &self.counters;
        if c.generated != c.served + c.failed + c.dropped + self.in_flight() {
            return Err(format!(
                "requests: generated {} != served {} + failed {} + dropped {} + in flight {}",
                c.generated,
                c.served,
                c.failed,
                c.dropped,
                self.in_flight()
            ));
        }
        let queued = u64::from(self.services.queue);
        if c.jobs_created != c.jobs_done + queued + self.jobs_in_progress() {
            return Err(format!("jobs: created {} != done {} + queued {} + in progress {}", c.jobs_created, c.jobs_done, queued, self.jobs_in_progress()));
        }
        for (slot, inst) in self.instances.iter().enumerate() {
            let busy = self.requests.iter().filter(|r| r.instance as usize == slot && r.leg == Leg::Working).count() as u16;
            let waiting = self.requests.iter().filter(|r| r.instance as usize == slot && r.leg == Leg::Queued).count() as u16;
            if busy != inst.busy || waiting != inst.waiting {
                return Err(format!("slot {slot}: busy {}/{busy} waiting {}/{waiting}", inst.busy, inst.waiting));
            }
        }
        Ok(())
    }
}
