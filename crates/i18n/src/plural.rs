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

/// English: "one" is 1 with no decimals shown; everything else "other".
pub fn english(n: Num) -> Plural {
    let (i, _) = n.parts();
    if i == 1 && n.decimals == 0 {
        Plural::One
    } else {
        Plural::Other
    }
}

/// Spanish: "one" is n = 1 (1 and 1.0 alike); "many" a whole number of millions, as in
/// "1 millón de …" (CLDR 38 and later); everything else "other".
pub fn spanish(n: Num) -> Plural {
    let (i, f) = n.parts();
    if i == 1 && f == 0 {
        Plural::One
    } else if n.decimals == 0 && i != 0 && i % 1_000_000 == 0 {
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
        let unit = 10f64.powi(i32::from(n.decimals));
        let text = format!("{:.*}", usize::from(n.decimals), n.scaled as f64 / unit);
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
        let whole = (0..2_000i64).chain([999_999, 1_000_000, 2_000_000, 1_000_001, 10_000_000]).map(|scaled| Num { scaled, decimals: 0 });
        let decimal = (0..3000i64).flat_map(|scaled| (1..=2u8).map(move |decimals| Num { scaled, decimals }));
        let negative = [Num { scaled: -1, decimals: 0 }, Num { scaled: -2, decimals: 0 }, Num { scaled: -15, decimals: 1 }];
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
                assert!(n.decimals == 0 && n.scaled % 1_000_000 == 0);
            } else {
                assert_eq!(ours, reference("es", n), "{n:?}");
            }
        }
        assert_eq!(spanish(Num { scaled: 10, decimals: 1 }), Plural::One);
        assert_eq!(spanish(Num { scaled: 3_000_000, decimals: 0 }), Plural::Many);
    }
}
