//! The routed pages.
pub mod embed;
pub mod home;
pub mod lesson;
pub mod not_found;
pub mod sandbox;
