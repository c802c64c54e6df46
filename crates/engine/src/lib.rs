//! # The Twelve-Factor Playground engine
//!
//! A pure, deterministic simulation of a deployed web app: a router, web and worker
//! instances, releases, backing services, developer laptops, traffic and a log stream.
//! Twelve switches choose, factor by factor, whether the app is built the twelve-factor
//! way; events (deploys, restarts, failures, spikes…) then show which choices survive.
//!
//! It has no browser or UI dependencies. The UI sends [`Input`]s, calls [`World::step`]
//! at [`TICK_HZ`], and renders what the accessors return. Same seed and inputs, same run.

pub mod chaos;
pub mod clock;
mod diagnosis;
pub mod drill;
mod factor;
mod input;
pub mod log;
pub mod mission;
pub mod plan;
mod rng;
mod scenario;
mod status;
mod world;

pub use diagnosis::{Diagnosis, Reason};
pub use factor::{Factor, Practice, Practices};
pub use input::Input;
pub use log::{LogLine, LogRing};
pub use rng::Rng;
pub use scenario::{legacy_preset, Action, Scenario, Shows, SCENARIOS};
pub use status::Status;
pub use world::{Counters, Instance, Kind, Laptop, Leg, Phase, Release, Request, Services, Staging, World, MAX_INSTANCES, NEW_COLUMN, OLD_COLUMN, TICK_HZ};
