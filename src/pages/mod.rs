//! The routed pages.
pub mod builder;
pub mod deck_sync;
pub mod drills;
pub mod embed;
pub mod handout;
pub mod home;
pub mod islands;
pub mod kit;
pub mod missions;
pub mod not_found;
pub mod present;
pub mod progress_page;
pub mod sandbox;
pub mod speaker;
pub mod workshop;
