//! The playground's words in every language.
//!
//! Translators write Fluent files (`locales/<lang>/*.ftl`). `build.rs` parses them at build
//! time (see [`compile`]) into:
//! - [`Msg`], one variant per English message (`nav-factors` is `Msg::NavFactors`), so code
//!   names a message the compiler checks;
//! - each language's messages in a compact text, one line per message in `Msg` order. English
//!   is compiled into the app; the build writes the others as data files (`i18n/<lang>.txt`)
//!   that a page in that language fetches before it starts;
//! - the pseudo-locale, made from English (accented, about 40 % longer, in brackets), which
//!   the end-to-end tests use to find text that was never translated or does not fit.
//!
//! A shipped language missing a message, or using a variable its English message does not
//! give, fails the build. [`t!`] formats a message in the page's language: placeholders by
//! name, numbers with the language's decimal sign, and plural forms by hand-written rules
//! (tested against the CLDR rules in `intl_pluralrules`).

#[cfg(test)]
mod compile;
mod plural;

pub use plural::Plural;
use std::cell::RefCell;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A language the site is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    /// English: the source language, at the site's root.
    En,
    /// Spanish, under `/es/`.
    Es,
    /// The pseudo-locale (`en-XA`), made from English for the tests; never offered.
    Pseudo,
}

impl Lang {
    /// Every language the build writes pages in.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Es, Lang::Pseudo];
    /// The languages a learner is offered (in the switcher, `hreflang`, the sitemap).
    pub const OFFERED: [Lang; 2] = [Lang::En, Lang::Es];

    /// Its BCP 47 tag, as `<html lang>` and `?lang=` write it.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
            Lang::Pseudo => "en-XA",
        }
    }

    /// Its name in itself, as the language switcher shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
            Lang::Pseudo => "Ƥšéúđó",
        }
    }

    /// The folder its pages are under (`""` for English at the root, `"/es"`).
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Es => "/es",
            Lang::Pseudo => "/en-xa",
        }
    }

    /// The language of a path under the site's base, and the path without its folder:
    /// `/es/factors/config` is Spanish `/factors/config`, `/es` is Spanish `/`.
    pub fn split(path: &str) -> (Lang, &str) {
        for lang in Lang::ALL.into_iter().filter(|l| !l.prefix().is_empty()) {
            if let Some(rest) = path.strip_prefix(lang.prefix()) {
                if rest.is_empty() {
                    return (lang, "/");
                }
                if rest.starts_with('/') {
                    return (lang, rest);
                }
            }
        }
        (Lang::En, path)
    }

    /// Its compiled messages, one line per [`Msg`]. The app carries only English's (the
    /// others are the data files the build writes from this).
    pub fn compiled(self) -> &'static str {
        match self {
            Lang::En => EN,
            Lang::Es => ES,
            Lang::Pseudo => PSEUDO,
        }
    }

    /// The plural category of a number in this language.
    pub fn plural(self, n: Num) -> Plural {
        match self {
            Lang::En | Lang::Pseudo => plural::english(n),
            Lang::Es => plural::spanish(n),
        }
    }

    /// The decimal sign.
    fn decimal(self) -> char {
        match self {
            Lang::Es => ',',
            _ => '.',
        }
    }
}

/// A number as shown: `scaled` is its value times 10^`decimals` (2.5 shown with one decimal
/// is `Num { scaled: 25, decimals: 1 }`). Integers throughout: float formatting would add
/// kilobytes to the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Num {
    pub scaled: i64,
    pub decimals: u8,
}

impl Num {
    /// 10^decimals.
    fn unit(self) -> i64 {
        10i64.saturating_pow(u32::from(self.decimals))
    }

    /// Its integer digits, and its fraction digits as shown (CLDR's `i` and `f`).
    pub fn parts(self) -> (u64, u64) {
        let abs = self.scaled.unsigned_abs();
        let unit = self.unit().unsigned_abs();
        (abs / unit, abs % unit)
    }
}

/// A value given to a message's placeholder.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Arg<'a> {
    Str(&'a str),
    Num(Num),
}

impl Arg<'_> {
    /// A number shown with `decimals` decimals, given times 10^decimals: `Arg::fixed(25, 1)`
    /// is "2.5" (or "2,5").
    pub fn fixed(scaled: i64, decimals: u8) -> Arg<'static> {
        Arg::Num(Num { scaled, decimals })
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Str(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Str(s)
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg<'static> {
            fn from(n: $t) -> Self {
                Arg::Num(Num { scaled: n as i64, decimals: 0 })
            }
        }
    )*};
}
from_int!(u8, u16, u32, u64, usize, i8, i16, i32, i64);

thread_local! {
    /// The page's language and its messages (English until [`install`] says otherwise).
    static NOW: RefCell<Option<(Lang, Vec<&'static str>)>> = const { RefCell::new(None) };
}

/// Use `lang`'s messages from now on. `data` is its compiled text: a first line naming the
/// message list it was made for ([`VERSION`]), then one line per message; it may go on with
/// more (a language's file also carries its lessons' index), and that rest is returned. A
/// text made for another version of the site, or cut short, is refused, and the language
/// stays as it was.
pub fn install(lang: Lang, data: &'static str) -> Result<&'static str, String> {
    let mismatch = || format!("the {} messages are not this version's", lang.code());
    let rest = data.strip_prefix(VERSION).and_then(|r| r.strip_prefix('\n')).ok_or_else(mismatch)?;
    let mut lines = Vec::with_capacity(Msg::COUNT);
    let mut rest = rest;
    while lines.len() < Msg::COUNT {
        let (line, after) = rest.split_once('\n').ok_or_else(mismatch)?;
        lines.push(line);
        rest = after;
    }
    NOW.with(|n| *n.borrow_mut() = Some((lang, lines)));
    Ok(rest)
}

/// The language messages are in now.
pub fn lang() -> Lang {
    NOW.with(|n| n.borrow().as_ref().map_or(Lang::En, |(l, _)| *l))
}

/// A message without placeholders, in the current language. The app names messages with
/// [`t!`] instead: this carries every English message along, where `t!` carries one.
pub fn t(m: Msg) -> String {
    f(m, &[])
}

/// A message with its placeholders' values (by name), in the current language. A value not
/// given shows as `{name}`, so a slip is visible rather than silent. As [`t`], for the build
/// and tests; the app uses [`t!`].
pub fn f(m: Msg, args: &[(&str, Arg)]) -> String {
    NOW.with(|n| {
        // Never a second borrow: a message asked for while one is being written (as a panic
        // hook might) is written in English.
        let Ok(mut now) = n.try_borrow_mut() else {
            let mut out = String::new();
            format(EN.split('\n').nth(m as usize + 1).unwrap_or(""), Lang::En, args, &mut out);
            return out;
        };
        let (lang, lines) = now.get_or_insert_with(|| (Lang::En, EN.split('\n').skip(1).take(Msg::COUNT).collect()));
        let mut out = String::new();
        format(lines[m as usize], *lang, args, &mut out);
        out
    })
}

/// A message in a given language, whatever the page's (the build writes every language's
/// pages; the app formats in the page's language with [`t`] and [`f`]).
pub fn f_in(lang: Lang, m: Msg, args: &[(&str, Arg)]) -> String {
    let line = lang.compiled().split('\n').nth(m as usize + 1).unwrap_or("");
    let mut out = String::new();
    format(line, lang, args, &mut out);
    out
}

/// A message named at compile time: its English text (compiled into the app) and its place in
/// the list (for another language's file). `en::NavFactors` is one; [`m!`] names one for code
/// that picks a message before it has the values, and tables of them word engine codes.
#[derive(Debug)]
pub struct Text(pub &'static str, pub Msg);

impl Text {
    /// The message in the current language.
    #[inline(never)]
    pub fn get(&'static self) -> String {
        self.with(&[])
    }

    /// The message with these values, in the current language.
    #[inline(never)]
    pub fn with(&'static self, args: &[(&str, Arg)]) -> String {
        f_with(self.0, self.1, args)
    }
}

/// A message in the current language, given its English text and its place in the list.
pub fn f_with(english: &'static str, m: Msg, args: &[(&str, Arg)]) -> String {
    NOW.with(|n| {
        let mut out = String::new();
        // A message asked for while one is being written (as a panic hook might) is English.
        match n.try_borrow().ok().as_deref().and_then(Option::as_ref) {
            Some((lang, lines)) if *lang != Lang::En => format(lines.get(m as usize).copied().unwrap_or(english), *lang, args, &mut out),
            _ => format(english, Lang::En, args, &mut out),
        }
        out
    })
}

/// A number as the current language writes it (its decimal sign).
pub fn number(n: Num) -> String {
    let mut out = String::new();
    self::number_in(n, lang(), &mut out);
    out
}

/// A message in the current language: `t!(NavFactors)`, `t!(LessonsDone, done = 3, of = 12)`.
/// Only the English of the messages a bundle names is compiled into it.
#[macro_export]
macro_rules! t {
    ($m:ident) => {
        $crate::en::$m.get()
    };
    ($m:ident, $($k:ident = $v:expr),+ $(,)?) => {
        $crate::en::$m.with(&[$((stringify!($k), $crate::Arg::from($v))),+])
    };
}

/// A message named now and worded later with its values ([`Text::with`]): `m!(ShareBadSeed)`.
#[macro_export]
macro_rules! m {
    ($m:ident) => {
        &$crate::en::$m
    };
}

/// Write a compiled pattern with these values.
fn format(p: &str, lang: Lang, args: &[(&str, Arg)], out: &mut String) {
    let mut rest = p;
    while let Some(c) = rest.chars().next() {
        rest = &rest[c.len_utf8()..];
        match c {
            '\\' => {
                let Some(e) = rest.chars().next() else { break };
                rest = &rest[e.len_utf8()..];
                out.push(if e == 'n' { '\n' } else { e });
            }
            '{' => {
                let end = rest.find(['}', '?']).unwrap_or(rest.len());
                let (name, after) = rest.split_at(end);
                let value = args.iter().find(|(k, _)| *k == name).map(|(_, v)| *v);
                if let Some(select) = after.strip_prefix('?') {
                    let (variants, tail) = split_at_close(select);
                    format(choose(variants, value, lang), lang, args, out);
                    rest = tail;
                } else {
                    match value {
                        Some(Arg::Str(s)) => out.push_str(s),
                        Some(Arg::Num(n)) => number_in(n, lang, out),
                        None => {
                            out.push('{');
                            out.push_str(name);
                            out.push('}');
                        }
                    }
                    rest = after.get(1..).unwrap_or("");
                }
            }
            _ => out.push(c),
        }
    }
}

/// A number in the language's way: `2.5` or `2,5`, `-3`.
fn number_in(n: Num, lang: Lang, out: &mut String) {
    let (whole, fraction) = n.parts();
    if n.scaled < 0 {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if n.decimals > 0 {
        out.push(lang.decimal());
        let digits = fraction.to_string();
        for _ in digits.len()..usize::from(n.decimals) {
            out.push('0');
        }
        out.push_str(&digits);
    }
}

/// Split `variants}rest` at the `}` that closes the select (skipping escapes and nested ones).
fn split_at_close(s: &str) -> (&str, &str) {
    let mut depth = 0usize;
    let mut escaped = false;
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' if depth == 0 => return (&s[..i], &s[i + 1..]),
            '}' => depth -= 1,
            _ => {}
        }
    }
    (s, "")
}

/// The variant for this value: an exact number or word first, then the plural category,
/// then the default (`*`).
fn choose<'p>(variants: &'p str, value: Option<Arg>, lang: Lang) -> &'p str {
    let mut default = "";
    let mut by_category = None;
    let category = match value {
        Some(Arg::Num(n)) => Some(lang.plural(n).name()),
        _ => None,
    };
    for v in split_variants(variants) {
        let (key, pattern) = v.split_once('=').unwrap_or((v, ""));
        let is_default = key.starts_with('*');
        let key = key.trim_start_matches('*');
        if is_default {
            default = pattern;
        }
        let exact = match value {
            Some(Arg::Str(s)) => s == key,
            Some(Arg::Num(n)) => key.parse::<i64>().is_ok_and(|k| k.checked_mul(n.unit()) == Some(n.scaled)),
            None => false,
        };
        if exact {
            return pattern;
        }
        if category == Some(key) && by_category.is_none() {
            by_category = Some(pattern);
        }
    }
    by_category.unwrap_or(default)
}

/// The `|`-separated variants of a select, at its own level.
fn split_variants(s: &str) -> impl Iterator<Item = &str> {
    let mut parts = Vec::new();
    let (mut depth, mut escaped, mut start) = (0usize, false, 0);
    for (i, c) in s.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(p: &str, lang: Lang, args: &[(&str, Arg)]) -> String {
        let mut out = String::new();
        format(p, lang, args, &mut out);
        out
    }

    #[test]
    fn placeholders_numbers_and_escapes() {
        assert_eq!(fmt("Hi {name}, \\{x\\} \\| a\\nb", Lang::En, &[("name", "Ana".into())]), "Hi Ana, {x} | a\nb");
        assert_eq!(fmt("{t} s", Lang::En, &[("t", Arg::fixed(25, 1))]), "2.5 s");
        assert_eq!(fmt("{t} s", Lang::Es, &[("t", Arg::fixed(25, 1))]), "2,5 s");
        assert_eq!(fmt("{t}", Lang::En, &[("t", Arg::fixed(-1205, 3))]), "-1.205");
        assert_eq!(fmt("{t}", Lang::En, &[("t", Arg::fixed(7, 2))]), "0.07");
        assert_eq!(fmt("{n}", Lang::Es, &[("n", (-3i32).into())]), "-3");
        assert_eq!(fmt("a {missing} b", Lang::En, &[]), "a {missing} b");
    }

    #[test]
    fn selects_take_exact_values_then_the_plural_category_then_the_default() {
        let p = "{n?0=none|one={n} instance|*other={n} instances} up";
        assert_eq!(fmt(p, Lang::En, &[("n", 0u32.into())]), "none up");
        assert_eq!(fmt(p, Lang::En, &[("n", 1u32.into())]), "1 instance up");
        assert_eq!(fmt(p, Lang::En, &[("n", 7u32.into())]), "7 instances up");
        assert_eq!(fmt(p, Lang::En, &[("n", Arg::fixed(10, 1))]), "1.0 instances up");
        assert_eq!(fmt(p, Lang::Es, &[("n", Arg::fixed(10, 1))]), "1,0 instance up");
        assert_eq!(fmt(p, Lang::En, &[("n", Arg::fixed(0, 1))]), "none up", "0.0 is the number 0");
        let words = "{who?web=the web \\{1\\}|*other=a {who}}";
        assert_eq!(fmt(words, Lang::En, &[("who", "web".into())]), "the web {1}");
        assert_eq!(fmt(words, Lang::En, &[("who", "worker".into())]), "a worker");
        assert_eq!(fmt(words, Lang::En, &[]), "a {who}");
        let nested = "{a?x={b?one=one|*other=many}|*other=z}!";
        assert_eq!(fmt(nested, Lang::En, &[("a", "x".into()), ("b", 2u8.into())]), "many!");
        // Hand-edited or truncated text formats without a panic.
        for broken in ["{", "{n?", "{n?one", "\\", "{n?one=a|", "}{|", "{n?=|=}"] {
            fmt(broken, Lang::En, &[("n", 1u8.into())]);
        }
    }

    #[test]
    fn languages_by_path() {
        assert_eq!(Lang::split("/es/factors/config"), (Lang::Es, "/factors/config"));
        assert_eq!(Lang::split("/es"), (Lang::Es, "/"));
        assert_eq!(Lang::split("/es/"), (Lang::Es, "/"));
        assert_eq!(Lang::split("/essay"), (Lang::En, "/essay"));
        assert_eq!(Lang::split("/en-xa/sandbox/"), (Lang::Pseudo, "/sandbox/"));
        assert_eq!(Lang::split("/factors/config"), (Lang::En, "/factors/config"));
        for l in Lang::ALL {
            assert_eq!(Lang::split(&format!("{}/x", l.prefix())), (l, "/x"));
        }
    }

    #[test]
    fn every_language_has_every_message_and_installs() {
        for l in Lang::ALL {
            let data = l.compiled();
            assert_eq!(data.lines().count(), Msg::COUNT + 1, "{}", l.code());
            assert_eq!(install(l, data).unwrap(), "");
            assert_eq!(lang(), l);
            for m in Msg::ALL {
                assert!(!t(m).trim().is_empty(), "{} {}", l.code(), m.key());
            }
        }
        let short: &'static str = Box::leak(format!("{VERSION}\n{}", "x\n".repeat(Msg::COUNT - 1)).into_boxed_str());
        assert!(install(Lang::Es, short).unwrap_err().contains("not this version's"));
        let other: &'static str = Box::leak(Lang::Es.compiled().replacen(VERSION, "0123456789ab", 1).into_boxed_str());
        assert!(install(Lang::Es, other).unwrap_err().contains("not this version's"));
        assert_eq!(lang(), Lang::Pseudo, "a refused file changes nothing");
        let with_more: &'static str = Box::leak(format!("{}more\n", Lang::Es.compiled()).into_boxed_str());
        assert_eq!(install(Lang::Es, with_more).unwrap(), "more\n");
        install(Lang::En, EN).unwrap();
        assert_eq!(t!(SiteName), "Twelve-Factor Playground");
    }

    #[test]
    fn the_catalogues_compile_as_the_build_compiled_them() {
        // The source files parse with the compiler's own tests' expectations: every English
        // key has a variant, in order.
        for (i, m) in Msg::ALL.iter().enumerate() {
            assert_eq!(*m as usize, i);
            assert_eq!(compile::variant(m.key()), format!("{m:?}"));
        }
    }
}
