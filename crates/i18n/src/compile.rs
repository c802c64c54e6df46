//! Build time: Fluent catalogues into the compact form the app formats (see `wire` in
//! `lib.rs`). Used by `build.rs`, and tested here. The English catalogue defines the
//! messages; every other language must give each of them (a build error otherwise), may not
//! use a variable the English message does not, and is reported for keys English no longer has.
//!
//! Supported Fluent: messages, terms (`-brand`) and message references (both inlined),
//! variables, string and number literals, and select expressions on a variable (plural
//! categories, exact numbers, or words). Attributes, functions and term arguments are
//! refused with a message naming the file and line, so nothing is silently dropped.

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use std::collections::BTreeMap;

/// One message of a catalogue, compiled.
#[derive(Clone, Debug, PartialEq)]
pub struct Compiled {
    /// The message's key (`nav-factors`).
    pub key: String,
    /// Where it was defined, `file:line`.
    pub at: String,
    /// The compiled pattern (the wire form).
    pub wire: String,
    /// The variables it uses, sorted.
    pub vars: Vec<String>,
}

/// A message's or term's source before references are resolved.
struct Source<'s> {
    at: String,
    pattern: Pattern<&'s str>,
}

/// How text is written: as it is, or turned into the pseudo-locale.
#[derive(Clone, Copy, PartialEq)]
pub enum Text {
    Plain,
    Pseudo,
}

/// Parse one language's files (`(name, source)`, in order) and compile every message.
pub fn compile(files: &[(String, String)], text: Text) -> Result<Vec<Compiled>, Vec<String>> {
    let mut errors = Vec::new();
    let mut messages: Vec<(String, Source)> = Vec::new();
    let mut terms: BTreeMap<String, Source> = BTreeMap::new();
    for (name, source) in files {
        let line = |offset: usize| format!("{name}:{}", source[..offset.min(source.len())].matches('\n').count() + 1);
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                for e in errs {
                    errors.push(format!("{}: {:?}", line(e.pos.start), e.kind));
                }
                r
            }
        };
        for entry in resource.body {
            match entry {
                Entry::Message(m) => {
                    let key = m.id.name.to_string();
                    let at = line(source.find(&format!("\n{key} ")).map_or(0, |i| i + 1));
                    if !m.attributes.is_empty() {
                        errors.push(format!("{at}: {key}: attributes are not supported; give each its own message"));
                    }
                    let Some(pattern) = m.value else {
                        errors.push(format!("{at}: {key} has no value"));
                        continue;
                    };
                    if !key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                        || !key.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        errors.push(format!("{at}: {key}: keys are lower case words joined by hyphens"));
                    }
                    if messages.iter().any(|(k, _)| *k == key) {
                        errors.push(format!("{at}: {key} is defined twice"));
                    }
                    messages.push((key, Source { at, pattern }));
                }
                Entry::Term(t) => {
                    let key = t.id.name.to_string();
                    let at = line(source.find(&format!("-{key} ")).unwrap_or(0));
                    terms.insert(key, Source { at, pattern: t.value });
                }
                Entry::Junk { content } => {
                    errors.push(format!("{}: cannot read {:?}", line(source.find(content).unwrap_or(0)), content.lines().next().unwrap_or("")))
                }
                _ => {}
            }
        }
    }
    let by_key: BTreeMap<&str, &Source> = messages.iter().map(|(k, s)| (k.as_str(), s)).collect();
    let env = Env { messages: &by_key, terms: &terms, text };
    let mut out = Vec::new();
    for (key, source) in &messages {
        let mut vars = Vec::new();
        let mut wire = String::new();
        match env.pattern(&source.pattern, &mut wire, &mut vars, 0) {
            Ok(()) => {
                vars.sort();
                vars.dedup();
                if text == Text::Pseudo {
                    wire = format!("[{wire}]");
                }
                out.push(Compiled { key: key.clone(), at: source.at.clone(), wire, vars });
            }
            Err(e) => errors.push(format!("{}: {key}: {e}", source.at)),
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}

struct Env<'a, 's> {
    messages: &'a BTreeMap<&'a str, &'a Source<'s>>,
    terms: &'a BTreeMap<String, Source<'s>>,
    text: Text,
}

impl Env<'_, '_> {
    fn pattern(&self, p: &Pattern<&str>, out: &mut String, vars: &mut Vec<String>, depth: u8) -> Result<(), String> {
        if depth > 8 {
            return Err("references nest too deeply (a cycle?)".into());
        }
        for element in &p.elements {
            match element {
                PatternElement::TextElement { value } => self.text(value, out),
                PatternElement::Placeable { expression } => self.expression(expression, out, vars, depth)?,
            }
        }
        Ok(())
    }

    fn text(&self, value: &str, out: &mut String) {
        for c in value.chars() {
            match self.text {
                Text::Plain => escape(c, out),
                Text::Pseudo => {
                    escape(accent(c), out);
                    // Doubling the vowels makes text about 40 % longer, as translations often are.
                    if "aeiouAEIOU".contains(c) {
                        escape(accent(c), out);
                    }
                }
            }
        }
    }

    fn expression(&self, e: &Expression<&str>, out: &mut String, vars: &mut Vec<String>, depth: u8) -> Result<(), String> {
        match e {
            Expression::Inline(inline) => self.inline(inline, out, vars, depth),
            Expression::Select { selector, variants } => {
                let InlineExpression::VariableReference { id } = selector else {
                    return Err("a selector must be a variable".into());
                };
                vars.push(id.name.to_string());
                out.push('{');
                out.push_str(id.name);
                out.push('?');
                for (i, v) in variants.iter().enumerate() {
                    if i > 0 {
                        out.push('|');
                    }
                    if v.default {
                        out.push('*');
                    }
                    match &v.key {
                        VariantKey::Identifier { name } => out.push_str(name),
                        VariantKey::NumberLiteral { value } => out.push_str(value),
                    }
                    out.push('=');
                    self.pattern(&v.value, out, vars, depth + 1)?;
                }
                out.push('}');
                Ok(())
            }
        }
    }

    fn inline(&self, e: &InlineExpression<&str>, out: &mut String, vars: &mut Vec<String>, depth: u8) -> Result<(), String> {
        match e {
            InlineExpression::StringLiteral { value } => {
                for c in unescape(value)?.chars() {
                    escape(c, out);
                }
                Ok(())
            }
            InlineExpression::NumberLiteral { value } => {
                out.push_str(value);
                Ok(())
            }
            InlineExpression::VariableReference { id } => {
                vars.push(id.name.to_string());
                out.push('{');
                out.push_str(id.name);
                out.push('}');
                Ok(())
            }
            InlineExpression::MessageReference { id, attribute: None } => {
                let m = self.messages.get(id.name).ok_or_else(|| format!("no message {}", id.name))?;
                self.pattern(&m.pattern, out, vars, depth + 1)
            }
            InlineExpression::TermReference { id, attribute: None, arguments: None } => {
                let t = self.terms.get(id.name).ok_or_else(|| format!("no term -{}", id.name))?;
                self.pattern(&t.pattern, out, vars, depth + 1).map_err(|e| format!("{e} (in -{} at {})", id.name, t.at))
            }
            InlineExpression::Placeable { expression } => self.expression(expression, out, vars, depth),
            InlineExpression::FunctionReference { id, .. } => Err(format!("functions ({}) are not supported", id.name)),
            _ => Err("attributes and term arguments are not supported".into()),
        }
    }
}

/// A character of text in the wire form.
fn escape(c: char, out: &mut String) {
    match c {
        '\\' | '{' | '}' | '|' => {
            out.push('\\');
            out.push(c);
        }
        '\n' => out.push_str("\\n"),
        _ => out.push(c),
    }
}

/// A Fluent string literal's value (`\"`, `\\`, `\u00A0`, `\U01F600`).
fn unescape(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(c @ ('"' | '\\')) => out.push(c),
            Some(u @ ('u' | 'U')) => {
                let n = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(n).collect();
                let c = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).ok_or_else(|| format!("bad escape \\{u}{hex}"))?;
                out.push(c);
            }
            other => return Err(format!("bad escape \\{}", other.unwrap_or(' '))),
        }
    }
    Ok(out)
}

/// A letter in the pseudo-locale: an accented look-alike, so untranslated text stands out.
fn accent(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "áƀçđéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ";
    FROM.find(c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

/// The Rust name of a key: `nav-factors` is `NavFactors`.
pub fn variant(key: &str) -> String {
    key.split('-').map(|w| w[..1].to_ascii_uppercase() + &w[1..]).collect()
}

/// What a translation lacks and has too many of, against English.
#[derive(Debug, Default, PartialEq)]
pub struct Coverage {
    /// Keys English has and the translation does not.
    pub missing: Vec<String>,
    /// Keys the translation has and English no longer does.
    pub stale: Vec<String>,
    /// `file:line: key uses $x, which the English message does not give`.
    pub unknown_vars: Vec<String>,
}

/// Compare a translation with English.
pub fn coverage(english: &[Compiled], other: &[Compiled]) -> Coverage {
    let mut c = Coverage::default();
    for e in english {
        match other.iter().find(|o| o.key == e.key) {
            None => c.missing.push(e.key.clone()),
            Some(o) => {
                for v in o.vars.iter().filter(|v| !e.vars.contains(v)) {
                    c.unknown_vars.push(format!("{}: {} uses ${v}, which the English message does not give", o.at, o.key));
                }
            }
        }
    }
    c.stale = other.iter().filter(|o| !english.iter().any(|e| e.key == o.key)).map(|o| o.key.clone()).collect();
    c
}

/// A name for the message list (a fingerprint of its keys, in order): a language's text is
/// made for one list, and the app refuses one made for another.
pub fn version(english: &[Compiled]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in english.iter().flat_map(|m| m.key.bytes().chain([b'\n'])) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100_0000_01b3);
    }
    format!("{:012x}", h >> 16)
}

/// The messages of a translation in English's order, as one text of lines: the list's
/// [`version`], then one line per message.
pub fn lines(english: &[Compiled], other: &[Compiled]) -> String {
    let mut out = version(english);
    out.push('\n');
    for e in english {
        let wire = other.iter().find(|o| o.key == e.key).map_or(e.wire.as_str(), |o| o.wire.as_str());
        out.push_str(wire);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(src: &str) -> Result<Vec<Compiled>, Vec<String>> {
        compile(&[("t.ftl".into(), src.into())], Text::Plain)
    }

    #[test]
    fn text_variables_terms_references_and_selects_compile() {
        let src = "-brand = Playground\nhello = Hi { $name } at { -brand }\nagain = { hello }!\ncount = { $n ->\n    [one] one { \"{\" }thing\n   *[other] { $n } things\n}\nbraces = a {\"|\"} b\n";
        let out = one(src).unwrap();
        let get = |k: &str| out.iter().find(|c| c.key == k).unwrap().clone();
        assert_eq!(get("hello").wire, "Hi {name} at Playground");
        assert_eq!(get("hello").vars, vec!["name"]);
        assert_eq!(get("again").wire, "Hi {name} at Playground!");
        assert_eq!(get("count").wire, "{n?one=one \\{thing|*other={n} things}");
        assert_eq!(get("braces").wire, "a \\| b");
        assert_eq!(get("count").at, "t.ftl:4");
    }

    #[test]
    fn what_is_not_supported_is_an_error_with_a_line() {
        for (src, says) in [
            ("a = { NUMBER($n) }\n", "functions"),
            ("a = x\n    .title = y\n", "attributes"),
            ("a = { b }\n", "no message b"),
            ("a = { -nope }\n", "no term"),
            ("a = x\na = y\n", "twice"),
            ("Bad_Key = x\n", "lower case"),
            ("a = { b }\nb = { a }\n", "cycle"),
            ("a = {\n", "t.ftl:1"),
        ] {
            let e = one(src).unwrap_err().join("\n");
            assert!(e.contains(says), "{src:?}: {e}");
        }
    }

    #[test]
    fn the_pseudo_locale_accents_and_lengthens_text_but_not_names() {
        let out = compile(&[("t.ftl".into(), "a = Save { $count } items\n".into())], Text::Pseudo).unwrap();
        assert_eq!(out[0].wire, "[Šááṽéé {count} ííţééɱš]");
        let english = "Save  items".len() as f32;
        assert!(out[0].wire.chars().count() as f32 - "{count}".len() as f32 >= english * 1.4);
    }

    #[test]
    fn coverage_finds_missing_stale_and_unknown_variables() {
        let en = one("a = A { $x }\nb = B\n").unwrap();
        let es = one("a = A { $y }\nc = C\n").unwrap();
        let c = coverage(&en, &es);
        assert_eq!(c.missing, vec!["b"]);
        assert_eq!(c.stale, vec!["c"]);
        assert_eq!(c.unknown_vars, vec!["t.ftl:1: a uses $y, which the English message does not give"]);
        assert_eq!(lines(&en, &es), format!("{}\nA {{y}}\nB\n", version(&en)));
        assert_ne!(version(&en), version(&es));
        assert_eq!(variant("nav-factors-2"), "NavFactors2");
    }
}
