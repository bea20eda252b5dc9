//! Turning the user's pattern into a matcher: fuzzy expansion, smart case,
//! and the error a user sees for a pattern that does not compile.

use std::ops::Range;

use globset::{GlobBuilder, GlobMatcher};
use regex::bytes::{Regex, RegexBuilder};

use crate::error::Error;

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
    Regex(Regex),
    /// A glob; a match covers the whole subject.
    Glob(GlobMatcher),
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
            Syntax::Glob => GlobBuilder::new(pattern)
                .case_insensitive(case.ignores_case(pattern))
                .literal_separator(true)
                .build()
                .map(|glob| Matcher::Glob(glob.compile_matcher()))
                .map_err(|err| Error::Glob {
                    pattern: pattern.to_owned(),
                    reason: err.kind().to_string(),
                }),
        }
    }

    /// Compiles `pattern` as a regular expression searched anywhere in the
    /// subject. With `fuzzy`, the pattern's characters are joined by `.*?`
    /// first, as in the original.
    pub fn regex(pattern: &str, case: CaseMode, fuzzy: bool) -> Result<Matcher, Error> {
        let ignore_case = case.ignores_case(pattern);
        if fuzzy {
            return Matcher::compile(fuzzy_source(pattern), ignore_case, pattern);
        }
        let compiled = Matcher::compile(pattern.to_owned(), ignore_case, pattern)?;
        let plain_word = !pattern.is_empty() && pattern.bytes().all(|b| b.is_ascii_alphanumeric());
        match compiled {
            Matcher::Regex(regex) if plain_word => Ok(Matcher::Literal {
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

    fn compile(source: String, ignore_case: bool, original: &str) -> Result<Matcher, Error> {
        let regex = RegexBuilder::new(&source)
            .case_insensitive(ignore_case)
            .build()
            .map_err(|err| Error::Pattern {
                pattern: source.clone(),
                reason: err.to_string(),
                looks_like_glob: looks_like_glob(original),
            })?;
        Ok(Matcher::Regex(regex))
    }

    /// The byte range of the first match in `subject`, if any (for a glob,
    /// the whole subject).
    #[inline]
    pub fn find(&self, subject: &[u8]) -> Option<Range<usize>> {
        match self {
            Matcher::Regex(regex) => regex.find(subject).map(|m| m.range()),
            Matcher::Glob(glob) => glob
                .is_match(std::path::Path::new(crate::sys::os_str(subject)))
                .then_some(0..subject.len()),
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

/// Converts a pattern given as raw bytes into regex syntax: valid UTF-8 is
/// kept as it is, and every byte that is not valid UTF-8 becomes the escape
/// `(?-u:\xNN)`, so names that are not UTF-8 can still be searched for.
pub fn source_from_bytes(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        for byte in chunk.invalid() {
            out.push_str(&format!("(?-u:\\x{byte:02x})"));
        }
    }
    out
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
    fn invalid_bytes_become_escapes() {
        assert_eq!(source_from_bytes(b"a\xffb"), r"a(?-u:\xff)b");
        let m = Matcher::regex(&source_from_bytes(b"\xff"), CaseMode::Smart, false).unwrap();
        assert_eq!(m.find(b"x\xffy"), Some(1..2));
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
            let Matcher::Literal { regex, .. } = &fast else {
                unreachable!()
            };
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
