//! The routed pages.
pub mod home;
pub mod lesson;
pub mod not_found;
