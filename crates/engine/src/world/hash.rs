//! Fingerprints: of a run's observable state (equal traces mean equal runs) and of a
//! build's content (its commit id).

use super::*;

impl World {
    /// A fingerprint of the observable state; equal traces mean equal runs.
    pub fn trace_hash(&self) -> u64 {
        let mut h = Fnv::default();
        let c = &self.counters;
        for v in [
            self.tick,
            c.generated,
            c.served,
            c.failed,
            c.dropped,
            c.jobs_done,
            c.jobs_twice,
            c.jobs_created,
            c.logs_lost,
            self.services.queue as u64,
            self.log.total(),
        ] {
            h.write(v);
        }
        for i in self.instances.iter() {
            h.write(i.phase as u64 | (i.busy as u64) << 8 | (i.waiting as u64) << 24 | (i.number as u64) << 40);
        }
        for r in &self.requests {
            h.write(r.instance as u64 | (r.t as u64) << 16 | (r.age as u64) << 32 | (r.leg as u64) << 48);
        }
        h.write(self.rng.clone().next_u64());
        h.0
    }
}

/// A commit id for build `n` of a world with this content: seven hex digits, stable for a seed.
/// Different code (a fix left out, a value compiled in) is a different commit.
pub(crate) fn commit_id(seed: u64, n: u16, content: u64) -> u32 {
    let mut h = Fnv::default();
    h.write(seed);
    h.write(u64::from(n));
    h.write(content);
    (h.0 >> 20) as u32 & 0x0fff_ffff
}

/// FNV-1a over 64-bit words.
struct Fnv(u64);
impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}
impl Fnv {
    fn write(&mut self, v: u64) {
        for b in v.to_le_bytes() {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x100_0000_01b3);
        }
    }
}
