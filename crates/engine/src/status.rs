//! The three states every node and the whole deployment can be in.

/// Health, always shown with a word and an icon, never by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// Everything answers.
    Healthy,
    /// Something is wrong, but users are mostly served.
    Degraded,
    /// Users are failing, or something was lost for good.
    Broken,
}

impl Status {
    /// The word used in the UI and in `data-sim-status`.
    pub fn word(self) -> &'static str {
        match self {
            Status::Healthy => "healthy",
            Status::Degraded => "degraded",
            Status::Broken => "broken",
        }
    }
}
