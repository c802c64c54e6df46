//! Missions: a small app with some factors violated, a forecast of what production will throw
//! at it, and a budget of switch changes. The learner plans which factors to fix before the
//! run starts; the run then plays the forecast exactly (fixed seed, fixed schedule), so every
//! attempt with the same plan is the same run, and a link replays it.
//!
//! A mission is won when its goal holds at the end of the run within the budget. Stars: one for
//! winning, two for winning with no more changes than the reference plan, three for also
//! failing no more requests than the reference plan did.

use crate::chaos::ChaosRun;
use crate::{Diagnosis, Factor, Input, Practice, Practices, TICK_HZ};
use Factor::*;
use Input::*;

/// What a mission asks for, judged at the end of its run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Goal {
    /// The deployment never broke.
    NeverBroken,
    /// It never broke, and no cart, job or log line was lost.
    NothingLost,
    /// It never broke, and no request failed for a reason a factor would have prevented.
    NoFactorFailures,
}

/// One mission.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mission {
    /// Stable id, used in the address (`/missions/<id>/`).
    pub id: &'static str,
    /// The factors violated at the start.
    pub violated: &'static [Factor],
    /// Switches that cannot be changed in this mission (and why, in the brief).
    pub locked: &'static [Factor],
    /// The seed of its world.
    pub seed: u64,
    /// What production will throw at it: (simulated second, event).
    pub forecast: &'static [(u64, Input)],
    /// How long the run lasts, in simulated seconds.
    pub length_s: u64,
    /// The most switch changes allowed.
    pub budget: usize,
    /// What must hold.
    pub goal: Goal,
    /// The reference plan: the switches it changes.
    pub reference: &'static [Factor],
}

/// How an attempt went.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The goal held within the budget.
    pub won: bool,
    /// 0 (lost) to 3.
    pub stars: u8,
    /// Switch changes in the plan.
    pub changes: usize,
    /// Requests that failed during the run.
    pub failed: u64,
    /// What broke the deployment, if it broke.
    pub broke: Option<Diagnosis>,
    /// Carts, jobs and log lines lost.
    pub lost: u64,
    /// When won: failed requests in the reference plan's run, the bar for three stars.
    pub reference_failed: Option<u64>,
}

/// The switches a plan changes, each once, in factor order.
fn flips(changes: &[Factor]) -> Vec<Factor> {
    let mut flips = changes.to_vec();
    flips.sort_by_key(|f| f.index());
    flips.dedup();
    flips
}

/// Carts, jobs and log lines lost in a run.
fn lost(run: &ChaosRun) -> u64 {
    let c = run.world().counters();
    u64::from(c.carts_lost) + c.jobs_twice + c.logs_lost
}

/// Why a plan cannot be run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// It changes a locked switch.
    Locked(Factor),
    /// It changes more switches than the budget allows.
    OverBudget { changes: usize, budget: usize },
}

impl Mission {
    /// The mission with this id.
    pub fn by_id(id: &str) -> Option<&'static Mission> {
        MISSIONS.iter().find(|m| m.id == id)
    }

    /// The switches at the start.
    pub fn start(&self) -> Practices {
        let mut p = Practices::all_compliant();
        for &f in self.violated {
            p.set(f, Practice::Violating);
        }
        p
    }

    /// The switches after changing `changes` (each flips one switch), if the plan is allowed.
    pub fn plan(&self, changes: &[Factor]) -> Result<Practices, PlanError> {
        let flips = flips(changes);
        if let Some(&f) = flips.iter().find(|f| self.locked.contains(f)) {
            return Err(PlanError::Locked(f));
        }
        if flips.len() > self.budget {
            return Err(PlanError::OverBudget { changes: flips.len(), budget: self.budget });
        }
        let mut p = self.start();
        for f in flips {
            p.set(f, if p.violates(f) { Practice::Compliant } else { Practice::Violating });
        }
        Ok(p)
    }

    /// The forecast as (tick, event).
    pub fn events(&self) -> Vec<(u64, Input)> {
        self.forecast.iter().map(|&(s, i)| (s * TICK_HZ, i)).collect()
    }

    /// The last tick of the run.
    pub fn end_tick(&self) -> u64 {
        self.length_s * TICK_HZ
    }

    /// The whole run for these switches.
    pub fn run(&self, practices: Practices) -> ChaosRun {
        ChaosRun::replay(self.seed, practices, &self.events(), self.end_tick())
    }

    /// Judge a finished (or partial) run of this mission with `changes` switch changes.
    pub fn judge(&self, run: &ChaosRun, changes: usize) -> Outcome {
        let w = run.world();
        let failed = w.counters().failed;
        let won = !self.lost_already(run) && changes <= self.budget && w.tick() >= self.end_tick();
        let reference_failed = won.then(|| self.reference_failed());
        let stars = match reference_failed {
            None => 0,
            Some(_) if changes > self.reference.len() => 1,
            Some(r) if failed > r => 2,
            Some(_) => 3,
        };
        Outcome { won, stars, changes, failed, broke: w.incident(), lost: lost(run), reference_failed }
    }

    /// Whether the run can no longer meet the goal (it is lost before its end).
    pub fn lost_already(&self, run: &ChaosRun) -> bool {
        let w = run.world();
        w.incident().is_some()
            || (self.goal == Goal::NothingLost && lost(run) > 0)
            || (self.goal == Goal::NoFactorFailures && w.diagnoses().any(|(d, _)| d.reason.factor().is_some()))
    }

    /// Failed requests in the reference plan's run (the bar for three stars).
    pub fn reference_failed(&self) -> u64 {
        let p = self.plan(self.reference).expect("the reference plan is allowed");
        self.run(p).world().counters().failed
    }

    /// Play a plan to the end and judge it.
    pub fn attempt(&self, changes: &[Factor]) -> Result<Outcome, PlanError> {
        let p = self.plan(changes)?;
        Ok(self.judge(&self.run(p), flips(changes).len()))
    }
}

/// The missions, from one factor up to several at once.
pub const MISSIONS: &[Mission] = &[
    Mission {
        id: "friday-deploy",
        violated: &[Codebase, Config],
        locked: &[],
        seed: 11,
        forecast: &[(8, Deploy)],
        length_s: 40,
        budget: 1,
        goal: Goal::NeverBroken,
        reference: &[Codebase],
    },
    Mission {
        id: "new-hosts",
        violated: &[Dependencies, PortBinding, Logs, AdminProcesses],
        locked: &[],
        seed: 12,
        forecast: &[(6, ScaleOut), (20, ScaleOut)],
        length_s: 45,
        budget: 3,
        goal: Goal::NoFactorFailures,
        reference: &[Dependencies, PortBinding],
    },
    Mission {
        id: "rotation-day",
        violated: &[Config, Concurrency, AdminProcesses],
        locked: &[],
        seed: 13,
        forecast: &[(10, RotateCredential)],
        length_s: 45,
        budget: 1,
        goal: Goal::NeverBroken,
        reference: &[Config],
    },
    Mission {
        id: "black-friday",
        violated: &[Concurrency, Processes, Codebase],
        locked: &[],
        seed: 14,
        forecast: &[(5, TrafficSpike), (15, JobSpike)],
        length_s: 45,
        budget: 1,
        goal: Goal::NeverBroken,
        reference: &[Concurrency],
    },
    Mission {
        id: "failover",
        violated: &[BackingServices, Logs, DevProdParity],
        locked: &[],
        seed: 15,
        forecast: &[(10, FailDatabase)],
        length_s: 50,
        budget: 2,
        goal: Goal::NothingLost,
        reference: &[BackingServices, Logs],
    },
    Mission {
        id: "bad-change",
        violated: &[BuildReleaseRun, Config, Concurrency],
        locked: &[],
        seed: 16,
        forecast: &[(8, ShipBadChange), (14, Rollback)],
        length_s: 45,
        budget: 1,
        goal: Goal::NeverBroken,
        reference: &[BuildReleaseRun],
    },
    Mission {
        id: "disk-full",
        violated: &[Logs, Concurrency],
        locked: &[],
        seed: 17,
        forecast: &[(6, FillDisk), (14, CrashInstance)],
        length_s: 45,
        budget: 1,
        goal: Goal::NothingLost,
        reference: &[Logs],
    },
    Mission {
        id: "staging-mixup",
        violated: &[Config, BackingServices, BuildReleaseRun],
        locked: &[],
        seed: 18,
        forecast: &[(6, DeployStaging), (14, Deploy)],
        length_s: 40,
        budget: 1,
        goal: Goal::NeverBroken,
        reference: &[Config],
    },
    Mission {
        id: "migration-night",
        violated: &[AdminProcesses, DevProdParity, Concurrency],
        locked: &[],
        seed: 19,
        forecast: &[(8, RunMigration), (16, Deploy)],
        length_s: 45,
        budget: 2,
        goal: Goal::NeverBroken,
        reference: &[DevProdParity, AdminProcesses],
    },
    Mission {
        id: "restart-storm",
        violated: &[Processes, Disposability, Logs, Config],
        locked: &[],
        seed: 20,
        forecast: &[(8, RestartAll), (20, SigtermAll)],
        length_s: 50,
        budget: 3,
        goal: Goal::NothingLost,
        reference: &[Processes, Disposability, Logs],
    },
    Mission {
        id: "vendor-lock",
        violated: &[Config, Processes, Disposability, Logs, AdminProcesses],
        locked: &[Config],
        seed: 21,
        forecast: &[(8, ScaleIn), (16, Deploy)],
        length_s: 45,
        budget: 3,
        goal: Goal::NeverBroken,
        reference: &[Processes, Disposability, Logs],
    },
    Mission {
        id: "whole-week",
        violated: &[Codebase, Config, BackingServices, BuildReleaseRun, Processes, Logs, AdminProcesses],
        locked: &[],
        seed: 22,
        forecast: &[(6, Deploy), (14, RestartAll), (22, FailDatabase), (30, RotateCredential), (38, TrafficSpike)],
        length_s: 60,
        budget: 5,
        goal: Goal::NeverBroken,
        reference: &[Codebase, Config, BackingServices, Processes, Logs],
    },
];
