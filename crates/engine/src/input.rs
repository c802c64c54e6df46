//! The input alphabet: everything a learner, a chaos monkey or a test can do to a world.

use crate::{Factor, Practice};

/// One thing that happens to the deployment. The UI only ever sends these.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// Choose how the app treats a factor. Takes effect at the next event that depends on it.
    SetPractice(Factor, Practice),
    /// Build a new release from the repository and roll it out to fresh instances.
    Deploy,
    /// Deploy the same code to the staging environment.
    DeployStaging,
    /// Ship a change with a bug in it: as a release, or by editing code on the servers.
    ShipBadChange,
    /// Go back to the previous release.
    Rollback,
    /// Restart every instance.
    RestartAll,
    /// Add a web instance.
    ScaleOut,
    /// Remove a web instance.
    ScaleIn,
    /// Add a worker instance.
    ScaleWorkers,
    /// Crash one running web instance.
    CrashInstance,
    /// Send SIGTERM to every instance at once.
    SigtermAll,
    /// The database host dies; a standby is available.
    FailDatabase,
    /// A noisy week of logging: anything written to local disk fills it.
    FillDisk,
    /// Five times the usual traffic for a while.
    TrafficSpike,
    /// A pile of background jobs arrives at once.
    JobSpike,
    /// A new developer sets up a laptop from the repository.
    NewLaptop,
    /// Run the pending database migration.
    RunMigration,
    /// Rotate the database password: issue a new one and revoke the old one at once.
    RotateCredential,
    /// Add a second database password beside the current one (the first step of a
    /// zero-downtime rotation); the app is given it by a config change (or a code change).
    AddCredential,
    /// Drop the old column (the contract step of an expand/contract migration).
    Contract,
    /// Stop one of the old hand-built servers (moving the app onto fresh ones).
    RetireOldServer,
}

impl Input {
    /// The events that are steps of a procedure rather than trouble (see [`Input::EVENTS`]).
    pub const PROCEDURE_STEPS: [Input; 3] = [Input::AddCredential, Input::Contract, Input::RetireOldServer];

    /// Every event input (everything but [`Input::SetPractice`]): the chaos events, then the
    /// procedure steps, each listed once above.
    pub const ALL_EVENTS: [Input; Input::EVENTS.len() + Input::PROCEDURE_STEPS.len()] = {
        let mut all = [Input::Deploy; Input::EVENTS.len() + Input::PROCEDURE_STEPS.len()];
        let mut i = 0;
        while i < Input::EVENTS.len() {
            all[i] = Input::EVENTS[i];
            i += 1;
        }
        while i < all.len() {
            all[i] = Input::PROCEDURE_STEPS[i - Input::EVENTS.len()];
            i += 1;
        }
        all
    };

    /// The chaos events: trouble the sandbox and its monkey throw at an app. The rest of
    /// [`Input::ALL_EVENTS`] are steps of a procedure (the second half of a rotation, the
    /// contract half of a migration) that only make sense after their first half, so the
    /// lessons offer them and the monkey does not.
    pub const EVENTS: [Input; 17] = [
        Input::Deploy,
        Input::DeployStaging,
        Input::ShipBadChange,
        Input::Rollback,
        Input::RestartAll,
        Input::ScaleOut,
        Input::ScaleIn,
        Input::ScaleWorkers,
        Input::CrashInstance,
        Input::SigtermAll,
        Input::FailDatabase,
        Input::FillDisk,
        Input::TrafficSpike,
        Input::JobSpike,
        Input::NewLaptop,
        Input::RunMigration,
        Input::RotateCredential,
    ];

    /// A stable short name, used in URLs and event histories.
    pub const fn code(self) -> &'static str {
        match self {
            Input::SetPractice(..) => "set",
            Input::Deploy => "deploy",
            Input::DeployStaging => "staging",
            Input::ShipBadChange => "bad-change",
            Input::Rollback => "rollback",
            Input::RestartAll => "restart",
            Input::ScaleOut => "scale-out",
            Input::ScaleIn => "scale-in",
            Input::ScaleWorkers => "scale-workers",
            Input::CrashInstance => "crash",
            Input::SigtermAll => "sigterm",
            Input::FailDatabase => "fail-db",
            Input::FillDisk => "fill-disk",
            Input::TrafficSpike => "spike",
            Input::JobSpike => "job-spike",
            Input::NewLaptop => "laptop",
            Input::RunMigration => "migrate",
            Input::RotateCredential => "rotate",
            Input::AddCredential => "add-password",
            Input::Contract => "contract",
            Input::RetireOldServer => "retire",
        }
    }

    /// The event with this [`Input::code`].
    pub fn from_code(code: &str) -> Option<Input> {
        Input::ALL_EVENTS.into_iter().find(|i| i.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new variant must be an event the sandbox may throw or a procedure step: this reads
    /// the variants from this file's own `enum Input` and finds each in one of the two lists.
    #[test]
    fn every_variant_is_listed_as_an_event_exactly_once() {
        let src = include_str!("input.rs");
        let body = &src[src.find("pub enum Input {").unwrap() + "pub enum Input {".len()..];
        let body = &body[..body.find("\n}\n").unwrap()];
        let variants: Vec<&str> = body
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("//"))
            .map(|l| l.trim_end_matches(',').split('(').next().unwrap())
            .filter(|v| *v != "SetPractice")
            .collect();
        assert!(variants.len() >= 20 && variants.contains(&"Deploy") && variants.contains(&"RetireOldServer"), "{variants:?}");
        let listed: Vec<String> = Input::ALL_EVENTS.iter().map(|i| format!("{i:?}")).collect();
        for v in &variants {
            assert_eq!(listed.iter().filter(|l| l == v).count(), 1, "{v} must be in Input::EVENTS or Input::PROCEDURE_STEPS, once");
        }
        assert_eq!(listed.len(), variants.len());
    }

    #[test]
    fn codes_round_trip() {
        for i in Input::ALL_EVENTS {
            assert_eq!(Input::from_code(i.code()), Some(i));
        }
        for i in Input::EVENTS.iter().chain(&Input::PROCEDURE_STEPS) {
            assert!(Input::ALL_EVENTS.contains(i));
        }
        let mut codes: Vec<&str> = Input::ALL_EVENTS.iter().map(|i| i.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Input::ALL_EVENTS.len(), "every event once");
        assert_eq!(Input::from_code("set"), None);
        assert_eq!(Input::from_code("<script>"), None);
    }
}
