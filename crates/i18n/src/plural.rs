//! Cardinal plural rules of the shipped languages, by hand (a CLDR rule set would be most of
//! a Fluent runtime's size). A language added to the site adds its rule here, from
//! <https://www.unicode.org/cldr/charts/latest/supplemental/language_plural_rules.html>, and a
//! test against `intl_pluralrules` below.

use crate::Num;

/// A plural category, as a select's variants name them (`[one]`, `[other]`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Plural {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Plural {
    /// As Fluent writes it.
    pub fn name(self) -> &'static str {
        match self {
            Plural::Zero => "zero",
            Plural::One => "one",
            Plural::Two => "two",
            Plural::Few => "few",
            Plural::Many => "many",
            Plural::Other => "other",
        }
    }
}

/// CLDR's operands: `n` the absolute value, `i` its integer digits, `v` the number of visible
/// fraction digits.
fn operands(n: Num) -> (f64, u64, u8) {
    let abs = n.value.abs();
    // As shown: 2.50 with two decimals is 2.50, so v = 2; a value is rounded as displayed.
    let shown = format!("{:.*}", usize::from(n.decimals), abs);
    let i = shown.split('.').next().and_then(|d| d.parse::<u64>().ok()).unwrap_or(0);
    (shown.parse::<f64>().unwrap_or(abs), i, n.decimals)
}

/// English: "one" is 1 with no decimals shown; everything else "other".
pub fn english(n: Num) -> Plural {
    let (_, i, v) = operands(n);
    if i == 1 && v == 0 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Spanish: "one" is n = 1 (1 and 1.0 alike); "many" a whole number of millions, as in
/// "1 millón de …" (CLDR 38 and later); everything else "other".
pub fn spanish(n: Num) -> Plural {
    let (n, i, v) = operands(n);
    if n == 1.0 {
        Plural::One
    } else if v == 0 && i != 0 && i % 1_000_000 == 0 {
        Plural::Many
    } else {
        Plural::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

    fn reference(lang: &str, n: Num) -> Plural {
        let rules = PluralRules::create(lang.parse::<unic_langid::LanguageIdentifier>().unwrap(), PluralRuleType::CARDINAL).unwrap();
        let text = format!("{:.*}", usize::from(n.decimals), n.value);
        match rules.select(text.as_str()).unwrap() {
            PluralCategory::ZERO => Plural::Zero,
            PluralCategory::ONE => Plural::One,
            PluralCategory::TWO => Plural::Two,
            PluralCategory::FEW => Plural::Few,
            PluralCategory::MANY => Plural::Many,
            PluralCategory::OTHER => Plural::Other,
        }
    }

    fn numbers() -> impl Iterator<Item = Num> {
        let whole = (0..2_000u32).chain([999_999, 1_000_000, 2_000_000, 1_000_001, 10_000_000]).map(|v| Num { value: f64::from(v), decimals: 0 });
        let decimal = (0..300u32).flat_map(|v| (1..=2u8).map(move |d| Num { value: f64::from(v) / 10.0, decimals: d }));
        let negative = [-1.0, -2.0, -1.5].map(|value| Num { value, decimals: if value.fract() == 0.0 { 0 } else { 1 } });
        whole.chain(decimal).chain(negative)
    }

    #[test]
    fn english_agrees_with_cldr() {
        for n in numbers() {
            assert_eq!(english(n), reference("en", n), "{n:?}");
        }
    }

    #[test]
    fn spanish_agrees_with_cldr() {
        // intl_pluralrules carries CLDR 37, from before Spanish had "many" (whole millions);
        // everywhere else the two must agree.
        for n in numbers() {
            let ours = spanish(n);
            if ours == Plural::Many {
                assert_eq!(reference("es", n), Plural::Other, "{n:?}");
                assert!(n.decimals == 0 && n.value % 1_000_000.0 == 0.0);
            } else {
                assert_eq!(ours, reference("es", n), "{n:?}");
            }
        }
        assert_eq!(spanish(Num { value: 1.0, decimals: 1 }), Plural::One);
        assert_eq!(spanish(Num { value: 3_000_000.0, decimals: 0 }), Plural::Many);
    }
}
