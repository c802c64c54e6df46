//! The twelve lesson scenarios: which switch a lesson turns, what the learner can press,
//! and which parts of the deployment the picture needs.

use crate::{Factor, Input, Practices};

/// A button a scenario offers: the input it sends. Its words, and the switch's, are in the
/// site's catalogues (`lessons::words::action` and `way`), by the scenario's factor and the
/// button's place.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Action {
    /// What pressing it does.
    pub input: Input,
}

/// Optional parts of the picture a scenario needs besides router, web instances and database.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Shows {
    pub workers: bool,
    pub session_store: bool,
    pub staging: bool,
    pub laptops: bool,
    pub disks: bool,
}

/// A lesson's scenario: one factor's switch and its actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The factor this scenario teaches (its id is the factor's slug).
    pub factor: Factor,
    /// The buttons; the first is the scenario's trigger.
    pub actions: &'static [Action],
    /// Which optional parts the picture shows.
    pub shows: Shows,
}

const fn act(input: Input) -> Action {
    Action { input }
}

const NONE: Shows = Shows { workers: false, session_store: false, staging: false, laptops: false, disks: false };

/// All twelve scenarios, in factor order. The buttons come in an order where pressing each
/// once is *not* the challenge's answer: the learner has to think about which, and when.
pub const SCENARIOS: [Scenario; Factor::COUNT] = [
    Scenario { factor: Factor::Codebase, actions: &[act(Input::Deploy)], shows: NONE },
    Scenario {
        factor: Factor::Dependencies,
        actions: &[act(Input::ScaleOut), act(Input::RetireOldServer), act(Input::NewLaptop)],
        shows: Shows { laptops: true, ..NONE },
    },
    Scenario {
        factor: Factor::Config,
        actions: &[act(Input::DeployStaging), act(Input::RotateCredential), act(Input::AddCredential)],
        shows: Shows { staging: true, ..NONE },
    },
    Scenario { factor: Factor::BackingServices, actions: &[act(Input::FailDatabase)], shows: NONE },
    Scenario { factor: Factor::BuildReleaseRun, actions: &[act(Input::ShipBadChange), act(Input::Rollback)], shows: NONE },
    Scenario {
        factor: Factor::Processes,
        actions: &[act(Input::RestartAll), act(Input::ScaleOut), act(Input::ScaleIn)],
        shows: Shows { session_store: true, ..NONE },
    },
    Scenario { factor: Factor::PortBinding, actions: &[act(Input::Deploy), act(Input::ScaleOut)], shows: NONE },
    Scenario { factor: Factor::Concurrency, actions: &[act(Input::JobSpike), act(Input::ScaleWorkers)], shows: Shows { workers: true, ..NONE } },
    Scenario { factor: Factor::Disposability, actions: &[act(Input::Deploy), act(Input::SigtermAll)], shows: Shows { workers: true, ..NONE } },
    Scenario { factor: Factor::DevProdParity, actions: &[act(Input::Deploy), act(Input::NewLaptop)], shows: Shows { laptops: true, ..NONE } },
    Scenario { factor: Factor::Logs, actions: &[act(Input::FillDisk), act(Input::CrashInstance)], shows: Shows { disks: true, ..NONE } },
    Scenario {
        factor: Factor::AdminProcesses,
        actions: &[act(Input::RunMigration), act(Input::Contract), act(Input::Deploy)],
        shows: Shows { laptops: true, ..NONE },
    },
];

impl Scenario {
    /// The scenario whose id (the factor's slug) is `id`.
    pub fn by_id(id: &str) -> Option<&'static Scenario> {
        SCENARIOS.iter().find(|s| s.factor.slug() == id)
    }

    /// The scenario for a factor.
    pub fn for_factor(factor: Factor) -> &'static Scenario {
        &SCENARIOS[factor.index()]
    }

    /// The scenario id, the same as its factor's slug.
    pub fn id(&self) -> &'static str {
        self.factor.slug()
    }

    /// The trigger: the first action.
    pub fn trigger(&self) -> Input {
        self.actions[0].input
    }

    /// The practices of this lesson's app: everything compliant except, when `violating`,
    /// the lesson's own factor.
    pub fn practices(&self, violating: bool) -> Practices {
        let mut p = Practices::all_compliant();
        if violating {
            p.set(self.factor, crate::Practice::Violating);
        }
        p
    }
}

/// The sandbox's "legacy app" preset: several shortcuts a real older app often has.
pub fn legacy_preset() -> Practices {
    let mut p = Practices::all_compliant();
    for f in [Factor::Config, Factor::Processes, Factor::Disposability, Factor::Logs, Factor::AdminProcesses] {
        p.set(f, crate::Practice::Violating);
    }
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_scenario_per_factor_in_order() {
        for (s, f) in SCENARIOS.iter().zip(Factor::ALL) {
            assert_eq!(s.factor, f);
            assert!(!s.actions.is_empty());
            assert_eq!(Scenario::by_id(f.slug()).map(|s| s.factor), Some(f));
        }
        assert!(Scenario::by_id("sandbox").is_none());
    }
}
