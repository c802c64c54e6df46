//! # Lesson content
//!
//! The typed form of the lessons in `content/`: front matter plus a list of [`Block`]s.
//! Prose is HTML rendered from our own Markdown (raw HTML escaped); the interactive parts —
//! predictions, the simulation, challenges, hints — are typed, so the UI places them itself.
//!
//! With the `parse` feature this crate also holds the Markdown pipeline ([`parse`]) and the
//! code generator ([`codegen`]) that `build.rs` uses, so the app carries no parser.

use std::borrow::Cow;

#[cfg(feature = "parse")]
pub mod catalogue;
#[cfg(feature = "parse")]
pub mod codegen;
pub mod deck;
#[cfg(feature = "parse")]
pub mod markdown;
#[cfg(feature = "parse")]
pub mod parse;
pub mod route;
pub mod session;
#[cfg(feature = "parse")]
pub mod site;
pub mod text;
#[cfg(feature = "parse")]
pub mod translation;
#[cfg(feature = "parse")]
pub mod verify;
pub mod wire;
pub mod words;

/// The id of the element in a lesson's static page that holds its blocks in the wire form,
/// for the app's islands.
pub const DATA_ID: &str = "lesson-data";

/// Text that is either baked into the binary or built at run time.
pub type Text = Cow<'static, str>;
/// A list that is either baked into the binary or built at run time.
pub type List<T> = Cow<'static, [T]>;

/// A lesson's front matter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Meta {
    /// The lesson's name (for a factor's lesson, the factor's).
    pub title: Text,
    /// Its place in the course: 0 for the introduction, then 1, 2, … without gaps.
    pub number: u8,
    /// The route slug; a factor's lesson has the factor's slug.
    pub slug: Text,
    /// One line for the home page.
    pub summary: Text,
    /// The engine scenario id, if the lesson has a simulation.
    pub scenario: Option<Text>,
    /// Estimated minutes.
    pub minutes: u8,
    /// Link to the factor's canonical text.
    pub canonical: Text,
}

impl Meta {
    /// The factor this lesson teaches, if it is a factor's lesson (its slug is the factor's).
    pub fn factor(&self) -> Option<tfp_engine::Factor> {
        tfp_engine::Factor::from_slug(&self.slug)
    }
}

/// Comparison in a challenge condition.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cmp {
    Eq,
    Ne,
    Ge,
    Le,
    Gt,
    Lt,
}

impl Cmp {
    /// Whether `left cmp right` holds.
    pub fn holds(self, left: i64, right: i64) -> bool {
        match self {
            Cmp::Eq => left == right,
            Cmp::Ne => left != right,
            Cmp::Ge => left >= right,
            Cmp::Le => left <= right,
            Cmp::Gt => left > right,
            Cmp::Lt => left < right,
        }
    }

    /// The operator as learners read it: `≥` for `>=`.
    pub fn sign(self) -> &'static str {
        match self {
            Cmp::Eq => "=",
            Cmp::Ne => "≠",
            Cmp::Ge => "≥",
            Cmp::Le => "≤",
            Cmp::Gt => ">",
            Cmp::Lt => "<",
        }
    }

    /// Every comparison, in the order a parser tries their symbols (two-character ones
    /// first, so `>=` is not read as `>`).
    pub const ALL: [Cmp; 6] = [Cmp::Ge, Cmp::Le, Cmp::Ne, Cmp::Eq, Cmp::Gt, Cmp::Lt];

    /// The comparison written as `symbol`, if any.
    pub fn from_symbol(symbol: &str) -> Option<Cmp> {
        Cmp::ALL.into_iter().find(|c| c.symbol() == symbol)
    }

    /// The operator as written.
    pub fn symbol(self) -> &'static str {
        match self {
            Cmp::Eq => "=",
            Cmp::Ne => "!=",
            Cmp::Ge => ">=",
            Cmp::Le => "<=",
            Cmp::Gt => ">",
            Cmp::Lt => "<",
        }
    }
}

/// One condition of a challenge: `metric cmp value`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Check {
    /// A metric name the engine knows.
    pub metric: Text,
    /// The comparison.
    pub cmp: Cmp,
    /// The number to compare with.
    pub value: i64,
}

impl Check {
    /// Whether the condition holds, given a way to read metrics. Unknown metrics never hold.
    pub fn holds(&self, read: impl Fn(&str) -> Option<i64>) -> bool {
        read(&self.metric).is_some_and(|v| self.cmp.holds(v, self.value))
    }
}

/// One piece of a lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    /// Prose, as HTML from Markdown.
    Prose { html: Text },
    /// The section that says what the learner will see break and why (`## What just
    /// broke…`): the app keeps it folded until the learner has run the violating way.
    Outcome { title: Text, html: Text },
    /// A question asked before the first run; `explain` is revealed after it.
    Predict { question: Text, options: List<Text>, correct: u8, explain: Text },
    /// Where the simulation goes.
    Sim { caption: Option<Text> },
    /// A goal the app checks live against the simulation. `solve` is a run of steps (event
    /// codes, optionally `code@seconds`; see `tfp_engine::plan`) that reaches the goal in the
    /// twelve-factor way; tests replay it, and the solution's "show me" replays it.
    Challenge { goal: Text, checks: List<Check>, solve: List<Text> },
    /// A graduated hint (HTML).
    Hint { html: Text },
    /// The worked solution (HTML).
    Solution { html: Text },
    /// Notes for instructors (HTML), hidden from learners.
    Facilitator { html: Text },
    /// Where the community's current revision differs (HTML).
    Sidebar { title: Text, html: Text },
    /// The lesson's idea in two or three sentences (HTML), for the printed handout and the
    /// speaker view; the lesson itself teaches it at length, so its page does not show it.
    Gist { html: Text },
}

/// A whole lesson.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lesson {
    /// Front matter.
    pub meta: Meta,
    /// The body, in reading order.
    pub blocks: List<Block>,
}

impl Lesson {
    /// The hints, in order.
    pub fn hints(&self) -> impl Iterator<Item = &Text> {
        self.blocks.iter().filter_map(|b| match b {
            Block::Hint { html } => Some(html),
            _ => None,
        })
    }

    /// Its gist (HTML), or nothing if it has none.
    pub fn gist(&self) -> &str {
        self.blocks.iter().find_map(|b| if let Block::Gist { html } = b { Some(html.as_ref()) } else { None }).unwrap_or("")
    }

    /// Its facilitator notes (HTML), all of them, in order.
    pub fn facilitator_notes(&self) -> String {
        self.blocks.iter().filter_map(|b| if let Block::Facilitator { html } = b { Some(html.as_ref()) } else { None }).collect()
    }
}
