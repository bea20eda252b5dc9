//! The backtracking engine (`fancy-regex`), for the patterns the `regex`
//! crate cannot run: look-around, back-references, atomic groups,
//! possessive quantifiers, conditionals.
//!
//! Backtracking can take exponential time (`(a+)+b` on a long name of
//! `a`s). Python would keep trying for hours; ffind gives each name a
//! budget of [`STEPS`] backtracking steps, and the first name that exceeds
//! it ends the search: every later name is a quick non-match, and the
//! search ends with an error naming the pattern and the name
//! ([`Backtracking::gave_up`]), status 1. This is a deliberate difference
//! from Python.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

/// The backtracking steps one name may take.
pub const STEPS: usize = 1_000_000;

/// A compiled backtracking pattern and the run-wide note of a name that
/// exceeded its budget.
#[derive(Debug, Clone)]
pub struct Backtracking {
    regex: fancy_regex::Regex,
    pattern: String,
    gave_up: Arc<OnceLock<Vec<u8>>>,
}

impl Backtracking {
    /// Compiles `source`, written for this engine by [`super::python`]
    /// from the user's `pattern`.
    pub fn new(source: &str, pattern: &str) -> Result<Backtracking, String> {
        let regex = fancy_regex::RegexBuilder::new(source)
            .backtrack_limit(STEPS)
            .build()
            .map_err(|err| err.to_string())?;
        Ok(Backtracking {
            regex,
            pattern: pattern.to_owned(),
            gave_up: Arc::default(),
        })
    }

    /// The first match in `text` (the name `name`, decoded): `None` also
    /// once any name has exceeded the budget.
    pub fn find(&self, text: &[u8], name: &[u8]) -> Option<Range<usize>> {
        if self.gave_up.get().is_some() {
            return None;
        }
        let text = std::str::from_utf8(text).ok()?;
        match self.regex.find(text) {
            Ok(found) => found.map(|m| m.range()),
            Err(_) => {
                let _ = self.gave_up.set(name.to_vec());
                None
            }
        }
    }

    /// The user's pattern.
    pub fn pattern(&self) -> &str {
        &self.pattern
    }

    /// The first name that exceeded the budget, if one did.
    pub fn gave_up(&self) -> Option<&[u8]> {
        self.gave_up.get().map(Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catastrophic_name_stops_every_later_match() {
        let m = Backtracking::new(r"(?:(?=a)(?:a)+)+b", "((?=a)a+)+b").unwrap();
        assert_eq!(m.find(b"aab", b"aab"), Some(0..3));
        let long = [b'a'; 40];
        assert_eq!(m.find(&long, b"long"), None);
        assert_eq!(m.gave_up(), Some(&b"long"[..]));
        assert_eq!(m.find(b"aab", b"aab"), None);
    }

    /// Each reading thread matches with its own copy of the settings: a
    /// copy that gives up stops the original and every other copy too.
    #[test]
    fn a_copy_that_gives_up_stops_the_original() {
        let original = Backtracking::new(r"(?:(?=a)(?:a)+)+b", "((?=a)a+)+b").unwrap();
        let copy = original.clone();
        let other = original.clone();
        assert_eq!(copy.find(&[b'a'; 40], b"long"), None);
        assert_eq!(original.gave_up(), Some(&b"long"[..]));
        assert_eq!(other.find(b"aab", b"aab"), None);
    }
}
