//! Turning the user's pattern into a matcher: fuzzy expansion, smart case,
//! Python's syntax ([`python`]), bytes that are not UTF-8
//! ([`undecodable`]), and the error a user sees for a pattern that does not
//! compile.

pub mod glob;
pub mod python;
pub mod undecodable;

use std::ops::Range;

use regex::bytes::{Regex, RegexBuilder};

use crate::error::Error;
use undecodable::Decoded;

pub use undecodable::decode;

/// How letter case is treated, from the `-c`/`-i` flags and variables.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseMode {
    /// Insensitive when the pattern equals its own lowercase, else sensitive.
    Smart,
    /// Always case-sensitive (`-c`).
    Sensitive,
    /// Always case-insensitive (`-i`).
    Insensitive,
}

impl CaseMode {
    /// The mode for the given flags: `-c` beats `-i`; neither is smart case.
    pub fn from_flags(sensitive: bool, insensitive: bool) -> CaseMode {
        match (sensitive, insensitive) {
            (true, _) => CaseMode::Sensitive,
            (false, true) => CaseMode::Insensitive,
            (false, false) => CaseMode::Smart,
        }
    }

    /// Whether `pattern` is matched ignoring case under this mode. Smart
    /// case compares the pattern with its Unicode lowercase, as the original
    /// does with `str.lower()`.
    pub fn ignores_case(self, pattern: &str) -> bool {
        match self {
            CaseMode::Sensitive => false,
            CaseMode::Insensitive => true,
            CaseMode::Smart => pattern.to_lowercase() == pattern,
        }
    }
}

/// How the pattern is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Syntax {
    /// A regular expression searched anywhere (the default).
    Regex,
    /// A literal string searched anywhere (`-F`).
    Fixed,
    /// A shell glob matched against the whole subject (`-g`).
    Glob,
}

/// A compiled pattern that finds the first match in a name or path.
#[derive(Debug, Clone)]
pub enum Matcher {
    /// A regular expression (literal strings are escaped into one).
    Regex(PyRegex),
    /// A glob ([`glob`]); a match covers the whole subject.
    Glob(Regex),
    /// A plain ASCII word (letters and digits only), searched without the
    /// regex engine. `regex` answers for subjects that are not ASCII, where
    /// Unicode case folding could differ from ASCII's.
    Literal {
        /// The word, lowercase when `ignore_case`.
        needle: Vec<u8>,
        /// Whether letter case is ignored.
        ignore_case: bool,
        /// The same word compiled, for subjects that are not ASCII.
        regex: Regex,
    },
}

impl Matcher {
    /// Compiles `pattern` read with `syntax`. Smart case looks at the
    /// pattern as given. With `fuzzy`, the characters of a regex or literal
    /// pattern are joined by `.*?` first, as in the original.
    pub fn new(
        pattern: &str,
        syntax: Syntax,
        case: CaseMode,
        fuzzy: bool,
    ) -> Result<Matcher, Error> {
        match syntax {
            Syntax::Regex => Matcher::regex(pattern, case, fuzzy),
            Syntax::Fixed if fuzzy => {
                let escaped: String = pattern
                    .chars()
                    .map(|c| regex::escape(c.encode_utf8(&mut [0; 4])))
                    .collect::<Vec<_>>()
                    .join(".*?");
                Matcher::compile(escaped, case.ignores_case(pattern), pattern)
            }
            Syntax::Fixed => {
                Matcher::compile(regex::escape(pattern), case.ignores_case(pattern), pattern)
            }
            Syntax::Glob => glob::compile(pattern, case.ignores_case(pattern)).map(Matcher::Glob),
        }
    }

    /// Compiles `pattern` as a regular expression searched anywhere in the
    /// subject. With `fuzzy`, the pattern's characters are joined by `.*?`
    /// first, as in the original.
    pub fn regex(pattern: &str, case: CaseMode, fuzzy: bool) -> Result<Matcher, Error> {
        let ignore_case = case.ignores_case(pattern);
        if fuzzy {
            return Matcher::compile_python(fuzzy_source(pattern), ignore_case, pattern);
        }
        let compiled = Matcher::compile_python(pattern.to_owned(), ignore_case, pattern)?;
        let plain_word = !pattern.is_empty() && pattern.bytes().all(|b| b.is_ascii_alphanumeric());
        match compiled {
            Matcher::Regex(PyRegex { regex, .. }) if plain_word => Ok(Matcher::Literal {
                needle: if ignore_case {
                    pattern.to_ascii_lowercase().into_bytes()
                } else {
                    pattern.as_bytes().to_vec()
                },
                ignore_case,
                regex,
            }),
            other => Ok(other),
        }
    }

    /// Compiles `source`, in Rust's syntax already (an escaped literal).
    fn compile(source: String, ignore_case: bool, original: &str) -> Result<Matcher, Error> {
        let failed = |reason: String| Error::Pattern {
            pattern: undecodable::shown(&source),
            reason,
            looks_like_glob: looks_like_glob(original),
        };
        let regex = build(&source, ignore_case).map_err(failed)?;
        Ok(Matcher::Regex(PyRegex {
            regex,
            before_newline: None,
        }))
    }

    /// Compiles `source`, in Python's syntax: translated first.
    fn compile_python(source: String, ignore_case: bool, original: &str) -> Result<Matcher, Error> {
        let failed = |reason: String| Error::Pattern {
            pattern: undecodable::shown(&source),
            reason,
            looks_like_glob: looks_like_glob(original),
        };
        let translated = python::translate(&source).map_err(|err| failed(err.0.to_owned()))?;
        let regex = build(&translated.plain, ignore_case).map_err(failed)?;
        let before_newline = match &translated.before_newline {
            Some(eol) => Some(build(eol, ignore_case).map_err(failed)?),
            None => None,
        };
        Ok(Matcher::Regex(PyRegex {
            regex,
            before_newline,
        }))
    }

    /// The byte range of the first match in `subject`, if any (for a glob,
    /// the whole subject). A subject that is not UTF-8 is matched as the
    /// original did, each such byte one character ([`undecodable`]).
    #[inline]
    pub fn find(&self, subject: &[u8]) -> Option<Range<usize>> {
        match self {
            Matcher::Regex(regex) if is_utf8(subject) => regex.find(subject),
            Matcher::Regex(regex) => {
                let decoded = Decoded::new(subject);
                regex
                    .find(&decoded.text)
                    .map(|range| decoded.original(range))
            }
            Matcher::Glob(glob) => {
                let matched = if is_utf8(subject) {
                    glob.is_match(subject)
                } else {
                    glob.is_match(&Decoded::new(subject).text)
                };
                matched.then_some(0..subject.len())
            }
            Matcher::Literal {
                needle,
                ignore_case: false,
                ..
            } => memchr::memmem::find(subject, needle).map(|at| at..at + needle.len()),
            Matcher::Literal {
                needle,
                ignore_case: true,
                regex,
            } => {
                if subject.is_ascii() {
                    find_ascii_ignore_case(subject, needle).map(|at| at..at + needle.len())
                } else {
                    regex.find(subject).map(|m| m.range())
                }
            }
        }
    }
}

/// Whether `subject` is valid UTF-8, answered at once for the usual
/// all-ASCII name.
fn is_utf8(subject: &[u8]) -> bool {
    subject.is_ascii() || std::str::from_utf8(subject).is_ok()
}

/// A regular expression with Python's `$`: `before_newline`, when the
/// pattern has a `$`, answers for subjects ending in a newline.
#[derive(Debug, Clone)]
pub struct PyRegex {
    regex: Regex,
    before_newline: Option<Regex>,
}

impl PyRegex {
    /// The first match in `subject` (valid UTF-8, or decoded). Where a `$`
    /// matched before the final newline, the match ends there, as Python's
    /// did.
    fn find(&self, subject: &[u8]) -> Option<Range<usize>> {
        if let (Some(eol), Some(b'\n')) = (&self.before_newline, subject.last()) {
            let caps = eol.captures(subject)?;
            let whole = caps.get(0)?.range();
            let at_newline = eol
                .capture_names()
                .flatten()
                .filter(|name| name.starts_with(python::EOL_GROUP))
                .filter_map(|name| caps.name(name))
                .map(|m| m.start())
                .min();
            return Some(whole.start..at_newline.unwrap_or(whole.end).max(whole.start));
        }
        self.regex.find(subject).map(|m| m.range())
    }
}

/// Compiles a regular expression in Rust's syntax, the error as text.
fn build(source: &str, ignore_case: bool) -> Result<Regex, String> {
    RegexBuilder::new(source)
        .case_insensitive(ignore_case)
        .build()
        .map_err(|err| err.to_string())
}

/// The first position of `needle` (lowercase ASCII) in the ASCII `hay`,
/// ignoring case.
fn find_ascii_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let (&first, rest) = needle.split_first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    let mut from = 0;
    while from <= last_start {
        let at =
            from + memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..=last_start])?;
        if hay[at + 1..at + needle.len()].eq_ignore_ascii_case(rest) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// The original's fuzzy expansion: every character of the pattern, joined
/// by the lazy wildcard `.*?`.
pub fn fuzzy_source(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() * 4);
    for (i, ch) in pattern.chars().enumerate() {
        if i > 0 {
            out.push_str(".*?");
        }
        out.push(ch);
    }
    out
}

/// Whether a pattern that failed as a regex was probably meant as a shell
/// glob, such as `*.rs` or `*py`.
pub fn looks_like_glob(pattern: &str) -> bool {
    pattern.starts_with('*') || pattern.contains("/*") || pattern.contains("**")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smart_case_is_unicode_aware() {
        assert!(CaseMode::Smart.ignores_case("test"));
        assert!(!CaseMode::Smart.ignores_case("Test"));
        assert!(CaseMode::Smart.ignores_case("ñandú"));
        assert!(!CaseMode::Smart.ignores_case("Ñandú"));
        assert!(CaseMode::Smart.ignores_case("py$"));
        assert!(!CaseMode::Smart.ignores_case(r"\D"));
    }

    #[test]
    fn case_sensitive_beats_insensitive() {
        assert_eq!(CaseMode::from_flags(true, true), CaseMode::Sensitive);
        assert_eq!(CaseMode::from_flags(false, true), CaseMode::Insensitive);
        assert_eq!(CaseMode::from_flags(false, false), CaseMode::Smart);
    }

    #[test]
    fn fuzzy_joins_characters_lazily() {
        assert_eq!(fuzzy_source("e1"), "e.*?1");
        assert_eq!(fuzzy_source("añb"), "a.*?ñ.*?b");
        assert_eq!(fuzzy_source(""), "");
    }

    #[test]
    fn first_match_is_reported() {
        let m = Matcher::regex("st", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"stest1.py"), Some(0..2));
        assert_eq!(m.find(b"nothing"), None);
        let m = Matcher::regex("Test", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"test"), None);
    }

    #[test]
    fn invalid_bytes_match_as_one_character_each() {
        let m = Matcher::regex(&decode(b"\xff"), CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"x\xffy"), Some(1..2));
        assert_eq!(m.find(b"x\xfey"), None);
        let m = Matcher::regex(r"caf.\.txt", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"caf\xe9.txt"), Some(0..8));
        let m = Matcher::regex(r"f\W", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"caf\xe9.txt"), Some(2..4));
        let m = Matcher::regex(&decode(b"a\xe9"), CaseMode::Smart, true).unwrap();
        assert_eq!(m.find(b"xaz\xe9"), Some(1..4));
        let m = Matcher::new(&decode(b"\xe9."), Syntax::Fixed, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"caf\xe9.txt"), Some(3..5));
        let m = Matcher::new(&decode(b"caf\xe9*"), Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"caf\xe9.txt"), Some(0..8));
        let m = Matcher::new("caf?.txt", Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"caf\xe9.txt"), Some(0..8));
        assert_eq!(m.find("café.txt".as_bytes()), Some(0..9));
    }

    #[test]
    fn dollar_matches_before_a_final_newline() {
        let m = Matcher::regex("py$", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"a.py"), Some(2..4));
        assert_eq!(m.find(b"a.py\n"), Some(2..4));
        assert_eq!(m.find(b"a.py\n\n"), None);
        assert_eq!(m.find(b"a.py\nx"), None);
        let m = Matcher::regex(r"py\Z", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"a.py\n"), None);
        assert_eq!(m.find(b"a.py"), Some(2..4));
    }

    #[test]
    fn globs_match_the_whole_name_with_smart_case() {
        let m = Matcher::new("*.rs", Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"main.rs"), Some(0..7));
        assert_eq!(m.find(b"MAIN.RS"), Some(0..7));
        assert_eq!(m.find(b"main.rs.bak"), None);
        let m = Matcher::new("*.RS", Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"main.rs"), None);
        let m = Matcher::new("src/*.rs", Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"src/a/b.rs"), None);
        let m = Matcher::new("src/**/*.rs", Syntax::Glob, CaseMode::Smart, false).unwrap();
        assert!(m.find(b"src/a/b.rs").is_some());
    }

    #[test]
    fn plain_words_match_like_the_regex() {
        for (pattern, case) in [
            ("core", CaseMode::Smart),
            ("Core", CaseMode::Smart),
            ("core", CaseMode::Insensitive),
            ("CORE", CaseMode::Sensitive),
            ("e1", CaseMode::Smart),
        ] {
            let fast = Matcher::regex(pattern, case, false).unwrap();
            assert!(matches!(fast, Matcher::Literal { .. }));
            // Built here from the case rules, not taken from the matcher.
            let insensitive = match case {
                CaseMode::Insensitive => true,
                CaseMode::Sensitive => false,
                CaseMode::Smart => !pattern.chars().any(char::is_uppercase),
            };
            let regex = regex::bytes::RegexBuilder::new(&regex::escape(pattern))
                .case_insensitive(insensitive)
                .build()
                .unwrap();
            for hay in [
                &b"core"[..],
                b"xCoRe",
                b"COREcore",
                b"cor",
                b"",
                b"e1",
                b"E1x",
                b"c\xffore",
                "caf\u{e9}core".as_bytes(),
                "\u{212a}".as_bytes(),
                b"scoreboard_CORE",
            ] {
                let want = regex.find(hay).map(|m| m.range());
                assert_eq!(fast.find(hay), want, "{pattern} in {hay:?}");
            }
        }
    }

    #[test]
    fn fixed_strings_are_literal() {
        let m = Matcher::new("a.b(", Syntax::Fixed, CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"xa.b(y"), Some(1..5));
        assert_eq!(m.find(b"axb("), None);
        let m = Matcher::new(".x", Syntax::Fixed, CaseMode::Smart, true).unwrap();
        assert_eq!(m.find(b"a.bx"), Some(1..4));
    }

    #[test]
    fn glob_hint_only_for_glob_like_patterns() {
        assert!(looks_like_glob("*.rs"));
        assert!(looks_like_glob("*py"));
        assert!(!looks_like_glob("[abc"));
    }
}
