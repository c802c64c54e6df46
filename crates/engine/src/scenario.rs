//! The twelve lesson scenarios: which switch a lesson turns, what the learner can press,
//! and which parts of the deployment the picture needs.

use crate::{Factor, Input, Practices};

/// A button a scenario offers: the input it sends and the label the learner reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Action {
    /// What pressing it does.
    pub input: Input,
    /// The button's text.
    pub label: &'static str,
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

/// A lesson's scenario: one factor's switch, its labels and its actions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Scenario {
    /// The factor this scenario teaches (its id is the factor's slug).
    pub factor: Factor,
    /// The switch's label in the twelve-factor position.
    pub compliant: &'static str,
    /// The switch's label in the violating position.
    pub violating: &'static str,
    /// The buttons; the first is the scenario's trigger.
    pub actions: &'static [Action],
    /// Which optional parts the picture shows.
    pub shows: Shows,
}

const fn act(input: Input, label: &'static str) -> Action {
    Action { input, label }
}

const NONE: Shows = Shows { workers: false, session_store: false, staging: false, laptops: false, disks: false };

/// All twelve scenarios, in factor order. The buttons come in an order where pressing each
/// once is *not* the challenge's answer: the learner has to think about which, and when.
pub const SCENARIOS: [Scenario; Factor::COUNT] = [
    Scenario {
        factor: Factor::Codebase,
        compliant: "Hotfix committed to the repo",
        violating: "Hotfix made only on the prod servers",
        actions: &[act(Input::Deploy, "Deploy from the repo")],
        shows: NONE,
    },
    Scenario {
        factor: Factor::Dependencies,
        compliant: "Dependencies declared and bundled",
        violating: "Relies on `convert` installed on the old servers",
        actions: &[
            act(Input::ScaleOut, "Add a fresh server"),
            act(Input::RetireOldServer, "Retire an old server"),
            act(Input::NewLaptop, "New developer laptop"),
        ],
        shows: Shows { laptops: true, ..NONE },
    },
    Scenario {
        factor: Factor::Config,
        compliant: "Config in environment variables",
        violating: "Database URL and password in the code",
        actions: &[
            act(Input::DeployStaging, "Deploy to staging"),
            act(Input::RotateCredential, "Revoke the old password"),
            act(Input::AddCredential, "Add a second password"),
        ],
        shows: Shows { staging: true, ..NONE },
    },
    Scenario {
        factor: Factor::BackingServices,
        compliant: "Database attached by URL",
        violating: "Database address in the code",
        actions: &[act(Input::FailDatabase, "Fail the database")],
        shows: NONE,
    },
    Scenario {
        factor: Factor::BuildReleaseRun,
        compliant: "Immutable releases",
        violating: "Edit code on the servers",
        actions: &[act(Input::ShipBadChange, "Ship a bad change"), act(Input::Rollback, "Roll back")],
        shows: NONE,
    },
    Scenario {
        factor: Factor::Processes,
        compliant: "Sessions in a shared store",
        violating: "Sessions in process memory",
        actions: &[act(Input::RestartAll, "Restart all"), act(Input::ScaleOut, "Scale out"), act(Input::ScaleIn, "Scale in")],
        shows: Shows { session_store: true, ..NONE },
    },
    Scenario {
        factor: Factor::PortBinding,
        compliant: "App binds to $PORT itself",
        violating: "App expects a web server around it",
        actions: &[act(Input::Deploy, "Move to the platform"), act(Input::ScaleOut, "Scale out")],
        shows: NONE,
    },
    Scenario {
        factor: Factor::Concurrency,
        compliant: "Separate web and worker processes",
        violating: "One process does everything",
        actions: &[act(Input::JobSpike, "Job spike"), act(Input::ScaleWorkers, "Scale workers")],
        shows: Shows { workers: true, ..NONE },
    },
    Scenario {
        factor: Factor::Disposability,
        compliant: "Fast start, graceful shutdown",
        violating: "Slow start, ignores SIGTERM",
        actions: &[act(Input::Deploy, "Deploy (rolling restart)"), act(Input::SigtermAll, "SIGTERM all")],
        shows: Shows { workers: true, ..NONE },
    },
    Scenario {
        factor: Factor::DevProdParity,
        compliant: "Postgres on laptops, as in prod",
        violating: "SQLite on laptops, Postgres in prod",
        actions: &[act(Input::Deploy, "Ship the feature"), act(Input::NewLaptop, "New developer laptop")],
        shows: Shows { laptops: true, ..NONE },
    },
    Scenario {
        factor: Factor::Logs,
        compliant: "Logs to stdout as a stream",
        violating: "Logs written to local files",
        actions: &[act(Input::FillDisk, "A noisy week"), act(Input::CrashInstance, "Crash an instance")],
        shows: Shows { disks: true, ..NONE },
    },
    Scenario {
        factor: Factor::AdminProcesses,
        compliant: "One-off processes from the release",
        violating: "Migrations from a laptop",
        actions: &[
            act(Input::RunMigration, "Migrate: add the new column"),
            act(Input::Contract, "Migrate: drop the old column"),
            act(Input::Deploy, "Deploy the code that uses the new column"),
        ],
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
