//! The twelve factors, and the two ways an app can treat each one.

/// One of the twelve factors. The order is the canonical order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Factor {
    Codebase,
    Dependencies,
    Config,
    BackingServices,
    BuildReleaseRun,
    Processes,
    PortBinding,
    Concurrency,
    Disposability,
    DevProdParity,
    Logs,
    AdminProcesses,
}

impl Factor {
    /// How many factors there are: every per-factor array is this long.
    pub const COUNT: usize = 12;

    /// All twelve, in canonical order.
    pub const ALL: [Factor; Factor::COUNT] = [
        Factor::Codebase,
        Factor::Dependencies,
        Factor::Config,
        Factor::BackingServices,
        Factor::BuildReleaseRun,
        Factor::Processes,
        Factor::PortBinding,
        Factor::Concurrency,
        Factor::Disposability,
        Factor::DevProdParity,
        Factor::Logs,
        Factor::AdminProcesses,
    ];

    /// Position in the canonical list, 0-based (also the index into per-factor arrays).
    pub fn index(self) -> usize {
        self as usize
    }

    /// The factor's number as people say it: 1 to 12.
    pub fn number(self) -> u8 {
        self as u8 + 1
    }

    /// The URL slug of the factor's lesson, e.g. `backing-services`.
    pub fn slug(self) -> &'static str {
        match self {
            Factor::Codebase => "codebase",
            Factor::Dependencies => "dependencies",
            Factor::Config => "config",
            Factor::BackingServices => "backing-services",
            Factor::BuildReleaseRun => "build-release-run",
            Factor::Processes => "processes",
            Factor::PortBinding => "port-binding",
            Factor::Concurrency => "concurrency",
            Factor::Disposability => "disposability",
            Factor::DevProdParity => "dev-prod-parity",
            Factor::Logs => "logs",
            Factor::AdminProcesses => "admin-processes",
        }
    }

    /// The factor whose lesson has this slug.
    pub fn from_slug(slug: &str) -> Option<Factor> {
        Factor::ALL.into_iter().find(|f| f.slug() == slug)
    }
}

/// How the simulated app treats one factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Practice {
    /// The twelve-factor way.
    #[default]
    Compliant,
    /// The shortcut that works until something changes.
    Violating,
}

/// The twelve switches of one app: one practice per factor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Practices(pub [Practice; Factor::COUNT]);

impl Practices {
    /// Every factor honoured.
    pub fn all_compliant() -> Self {
        Self([Practice::Compliant; Factor::COUNT])
    }

    /// The practice chosen for `factor`.
    pub fn get(&self, factor: Factor) -> Practice {
        self.0[factor.index()]
    }

    /// True when `factor` is violated.
    pub fn violates(&self, factor: Factor) -> bool {
        self.get(factor) == Practice::Violating
    }

    /// Choose the practice for `factor`.
    pub fn set(&mut self, factor: Factor, practice: Practice) {
        self.0[factor.index()] = practice;
    }

    /// The switches as twelve bits, bit `i` set when factor `i` is violated (for URLs).
    pub fn to_bits(&self) -> u16 {
        Factor::ALL.iter().filter(|f| self.violates(**f)).fold(0, |bits, f| bits | 1 << f.index())
    }

    /// The inverse of [`Practices::to_bits`]; bits above the twelfth are ignored.
    pub fn from_bits(bits: u16) -> Self {
        let mut p = Self::all_compliant();
        for f in Factor::ALL {
            if bits & (1 << f.index()) != 0 {
                p.set(f, Practice::Violating);
            }
        }
        p
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip_and_are_unique() {
        for f in Factor::ALL {
            assert_eq!(Factor::from_slug(f.slug()), Some(f));
        }
        let mut slugs: Vec<_> = Factor::ALL.iter().map(|f| f.slug()).collect();
        slugs.dedup();
        assert_eq!(slugs.len(), Factor::COUNT);
        assert_eq!(Factor::from_slug("nope"), None);
    }

    #[test]
    fn practice_bits_round_trip() {
        for bits in [0u16, 1, 0b1010_1010_1010, 0xFFF] {
            assert_eq!(Practices::from_bits(bits).to_bits(), bits);
        }
        assert_eq!(Practices::from_bits(0xF000).to_bits(), 0);
    }
}
