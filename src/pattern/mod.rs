//! Turning the user's pattern into a matcher: fuzzy expansion, smart case,
//! Python's syntax ([`parse`], written out for an engine by [`python`]),
//! the backtracking engine ([`backtrack`]), bytes that are not UTF-8
//! ([`undecodable`], also the order of names), and the error a user sees
//! for a pattern that does not compile.

pub mod backtrack;
mod case;
pub mod glob;
pub mod parse;
pub mod python;
#[cfg(test)]
mod python_differential_tests;
#[cfg(test)]
mod python_re_tests;
pub mod undecodable;

use std::ops::Range;
use std::sync::OnceLock;

use regex::bytes::{Regex, RegexBuilder};

use crate::error::Error;
use backtrack::Backtracking;
use python::Source;
use undecodable::Decoded;

pub use undecodable::{decode, name_order, sort_key};

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
    /// A pattern that matches every subject with nothing at its start:
    /// the empty pattern (no pattern given) and `^`, found without the
    /// regex engine (a fifth of the instructions of a search that prints
    /// every name).
    Start,
    /// A regular expression (literal strings are escaped into one).
    Regex(PyRegex),
    /// A glob ([`glob`]); a match covers the whole subject.
    Glob(Regex),
    /// A plain ASCII word (letters and digits only), searched as the
    /// original did: the word must be in the name (in the name's
    /// lowercase when case is ignored, Python's `in name.lower()`), and
    /// then the regex gives the match. On an ASCII name the two agree and
    /// the word is searched without the regex engine.
    Literal {
        /// The word, lowercase when `ignore_case`.
        needle: Vec<u8>,
        /// Whether letter case is ignored.
        ignore_case: bool,
        /// The word compiled, for subjects that are not ASCII when case is
        /// ignored (from `needle`: ignoring case, the lowercase word is the
        /// same pattern): made the first time one holds the word (building
        /// a regex is an eighth of a small search's instructions).
        regex: OnceLock<PyRegex>,
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
        if !fuzzy && matches!(pattern, "" | "^") {
            return Ok(Matcher::Start);
        }
        let ignore_case = case.ignores_case(pattern);
        if fuzzy {
            return Matcher::compile_python(fuzzy_source(pattern), ignore_case, pattern);
        }
        let plain_word = !pattern.is_empty() && pattern.bytes().all(|b| b.is_ascii_alphanumeric());
        if !plain_word {
            return Matcher::compile_python(pattern.to_owned(), ignore_case, pattern);
        }
        Ok(Matcher::Literal {
            needle: if ignore_case {
                pattern.to_ascii_lowercase().into_bytes()
            } else {
                pattern.as_bytes().to_vec()
            },
            ignore_case,
            regex: OnceLock::new(),
        })
    }

    /// A plain word (ASCII letters and digits) compiled as Python reads it,
    /// ignoring case.
    fn word_regex(word: &[u8]) -> PyRegex {
        let word = std::str::from_utf8(word).unwrap_or_default();
        match Matcher::compile_python(word.to_owned(), true, word) {
            Ok(Matcher::Regex(regex)) => regex,
            _ => unreachable!("a word of ASCII letters and digits is a regex"),
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
        Ok(Matcher::Regex(PyRegex::Plain {
            regex,
            before_newline: None,
            non_ascii: None,
        }))
    }

    /// Compiles `source`, in Python's syntax: parsed as Python does, then
    /// written out for its engine.
    fn compile_python(source: String, ignore_case: bool, original: &str) -> Result<Matcher, Error> {
        let failed = |reason: String| Error::Pattern {
            pattern: undecodable::shown(&source),
            reason,
            looks_like_glob: looks_like_glob(original),
        };
        let translated = python::translate(&source, ignore_case).map_err(|err| failed(err.0))?;
        let original_source = source.clone();
        let regex = match translated {
            Source::Plain {
                plain,
                before_newline,
                non_ascii,
            } => PyRegex::Plain {
                regex: build(&plain, false).map_err(failed)?,
                before_newline: match before_newline {
                    Some(eol) => Some(build(&eol, false).map_err(failed)?),
                    None => None,
                },
                non_ascii: match non_ascii {
                    Some(exact) => Some(Backtracking::new(&exact, &source).map_err(failed)?),
                    None => None,
                },
            },
            Source::Backtracking(source) => {
                PyRegex::Backtracking(Backtracking::new(&source, &original_source).map_err(failed)?)
            }
        };
        Ok(Matcher::Regex(regex))
    }

    /// The error that ends the search once the backtracking engine gave
    /// up on a name ([`backtrack`]).
    pub fn gave_up(&self) -> Option<Error> {
        let b = match self {
            Matcher::Regex(PyRegex::Backtracking(b))
            | Matcher::Regex(PyRegex::Plain {
                non_ascii: Some(b), ..
            }) => b,
            _ => return None,
        };
        b.gave_up().map(|name| Error::GaveUp {
            pattern: undecodable::shown(b.pattern()),
            name: undecodable::shown(&decode(name)),
        })
    }

    /// Whether every subject matches, with an empty match at its start
    /// (the empty pattern, and `^`).
    pub fn matches_everything(&self) -> bool {
        matches!(self, Matcher::Start)
    }

    /// The byte range of the first match in `subject`, if any (for a glob,
    /// the whole subject). A subject that is not UTF-8 is matched as the
    /// original did, each such byte one character ([`undecodable`]).
    #[inline]
    pub fn find(&self, subject: &[u8]) -> Option<Range<usize>> {
        match self {
            Matcher::Start => Some(0..0),
            Matcher::Regex(regex) => regex.find_any(subject),
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
                } else if case::lowercase_contains(subject, needle) {
                    regex
                        .get_or_init(|| Matcher::word_regex(needle))
                        .find_any(subject)
                } else {
                    None
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

/// A pattern read as Python's `re` reads it, compiled for its engine.
#[derive(Debug, Clone)]
pub enum PyRegex {
    /// For the `regex` crate, with Python's `$`: `before_newline`, when
    /// the pattern has a `$`, answers for subjects ending in a newline.
    Plain {
        /// For subjects that do not end in a newline.
        regex: Regex,
        /// For subjects ending in a newline, when the pattern has a `$`.
        before_newline: Option<Regex>,
        /// For subjects that are not ASCII, when the pattern has `\b` or
        /// `\B` (see [`python::Source::Plain::non_ascii`]).
        non_ascii: Option<Backtracking>,
    },
    /// For the backtracking engine.
    Backtracking(Backtracking),
}

impl PyRegex {
    /// The first match in `subject`, which may be any bytes: a subject
    /// that is not UTF-8 is matched as the original did, each such byte
    /// one character ([`undecodable`]).
    fn find_any(&self, subject: &[u8]) -> Option<Range<usize>> {
        if is_utf8(subject) {
            return self.find(subject, subject);
        }
        let decoded = Decoded::new(subject);
        self.find(&decoded.text, subject)
            .map(|range| decoded.original(range))
    }

    /// The first match in `text` (valid UTF-8: the name `name`, or its
    /// decoding). Where a `$` matched before the final newline, the match
    /// ends there, as Python's did.
    fn find(&self, text: &[u8], name: &[u8]) -> Option<Range<usize>> {
        let (regex, before_newline) = match self {
            PyRegex::Backtracking(b) => return b.find(text, name),
            PyRegex::Plain {
                non_ascii: Some(b), ..
            } if !text.is_ascii() => return b.find(text, name),
            PyRegex::Plain {
                regex,
                before_newline,
                ..
            } => (regex, before_newline),
        };
        if let (Some(eol), Some(b'\n')) = (before_newline, text.last()) {
            let caps = eol.captures(text)?;
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
        regex.find(text).map(|m| m.range())
    }
}

/// Compiles a regular expression in Rust's syntax, the error as text.
fn build(source: &str, ignore_case: bool) -> Result<Regex, String> {
    RegexBuilder::new(source)
        .case_insensitive(ignore_case)
        .build()
        .map_err(|err| err.to_string())
}

/// Below this length a name is searched eight bytes at a time: a
/// vectorised search costs more to start than it saves on a short name.
const SHORT_HAY: usize = 64;

/// The first position of `needle` (lowercase ASCII) in the ASCII `hay`,
/// ignoring case.
fn find_ascii_ignore_case(hay: &[u8], needle: &[u8]) -> Option<usize> {
    let first = *needle.first()?;
    let last_start = hay.len().checked_sub(needle.len())?;
    if hay.len() < SHORT_HAY {
        return find_in_words(hay, needle, last_start + 1);
    }
    let mut from = 0;
    while from <= last_start {
        let at =
            from + memchr::memchr2(first, first.to_ascii_uppercase(), &hay[from..=last_start])?;
        if hay[at..at + needle.len()].eq_ignore_ascii_case(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// [`find_ascii_ignore_case`] for a short `hay` and the non-empty
/// `needle`, which may start at `starts` places in it, eight bytes at a
/// time: the bytes of a word of
/// `hay` are compared with the needle's first at once, as one `u64`. A
/// letter's two cases differ only in bit `0x20`, so OR-ing it in makes
/// both equal to the lowercase letter, and a byte equal to `first` is a
/// zero byte once the word is XOR-ed with `first` in every byte.
fn find_in_words(hay: &[u8], needle: &[u8], starts: usize) -> Option<usize> {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let first = needle[0];
    let fold_byte = if first.is_ascii_lowercase() { 0x20 } else { 0 };
    let matches_at = |at: usize| {
        hay[at] | fold_byte == first
            && hay[at + 1..at + needle.len()].eq_ignore_ascii_case(&needle[1..])
    };
    if hay.len() < 8 {
        return (0..starts).find(|&at| matches_at(at));
    }
    let fold = u64::from(fold_byte) * ONES;
    let wanted = u64::from(first) * ONES;
    // Positions below `checked` are done; the last word may overlap the
    // one before it rather than read past the end.
    let mut checked = 0;
    while checked < starts {
        let base = checked.min(hay.len() - 8);
        let word = u64::from_le_bytes(hay[base..base + 8].try_into().expect("eight bytes"));
        let x = (word | fold) ^ wanted;
        // The high bit of every byte that is zero in `x`, and maybe of a
        // byte just above one (a borrow): `matches_at` checks each.
        let mut found = x.wrapping_sub(ONES) & !x & HIGHS;
        while found != 0 {
            let at = base + found.trailing_zeros() as usize / 8;
            if at >= starts {
                return None;
            }
            if at >= checked && matches_at(at) {
                return Some(at);
            }
            found &= found - 1;
        }
        checked = base + 8;
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
    fn the_empty_pattern_and_a_caret_match_every_name_at_its_start() {
        for pattern in ["", "^"] {
            let fast = Matcher::regex(pattern, CaseMode::Smart, false).unwrap();
            assert!(matches!(fast, Matcher::Start));
            let engine = Matcher::compile_python(pattern.into(), false, pattern).unwrap();
            for name in [
                &b"a"[..],
                b"",
                b"\n",
                b"x\n",
                b"\xff\xfe",
                "\u{17f}".as_bytes(),
            ] {
                assert_eq!(fast.find(name), engine.find(name), "{pattern:?} {name:?}");
            }
        }
        let caret_dollar = Matcher::regex("^$", CaseMode::Smart, false).unwrap();
        assert!(matches!(caret_dollar, Matcher::Regex(_)));
    }

    #[test]
    fn plain_words_match_as_the_original() {
        let find = |pattern: &str, hay: &[u8]| {
            let m = Matcher::regex(pattern, CaseMode::Smart, false).unwrap();
            assert!(matches!(m, Matcher::Literal { .. }));
            m.find(hay)
        };
        assert_eq!(find("core", b"xCoRe"), Some(1..5));
        assert_eq!(find("core", b"cor"), None);
        assert_eq!(find("core", b"c\xffore"), None);
        assert_eq!(find("core", "caf\u{e9}core".as_bytes()), Some(5..9));
        assert_eq!(find("Core", b"core"), None);
        assert_eq!(find("Core", b"xCore"), Some(1..5));
        // Python: `"s" in "ſ3".lower()` is false, though `re` would match.
        assert_eq!(find("s", "\u{17f}3".as_bytes()), None);
        // The word is in the name ("s3"); the regex's match comes first.
        assert_eq!(find("s3", "a\u{17f}3s3".as_bytes()), Some(1..4));
        // `"i" in "İ1".lower()` ("i̇1") is true, and `re` matches İ.
        assert_eq!(find("i", "\u{130}1".as_bytes()), Some(0..2));
        assert_eq!(find("k", "\u{212a}".as_bytes()), Some(0..3));
        assert_eq!(find("i", "\u{131}".as_bytes()), None);
        let m = Matcher::regex("^s", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find("\u{17f}3".as_bytes()), Some(0..2));
        let m = Matcher::regex("^i", CaseMode::Smart, false).unwrap();
        assert_eq!(m.find("\u{130}1".as_bytes()), Some(0..2));
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
