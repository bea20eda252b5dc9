//! `--glob`: a shell glob parsed by `globset`, matched character by
//! character.
//!
//! `globset` matches bytes: its `?` and `[^…]` take one byte, so `caf?.txt`
//! misses `café.txt` and `[é]` is two one-byte choices. Its regular
//! expression is turned back into a Unicode one here (the `\xNN` escapes of
//! each character decoded to the character), so that `?` is one character
//! — including each byte that is not UTF-8 ([`super::undecodable`]) — and
//! case folding is Unicode's, as for regular expressions.

use globset::GlobBuilder;
use regex::bytes::{Regex, RegexBuilder};

use crate::error::Error;

/// Compiles `pattern` (decoded, see [`super::decode`]) into a regular
/// expression that matches a whole name or path.
pub fn compile(pattern: &str, ignore_case: bool) -> Result<Regex, Error> {
    let failed = |reason: String| Error::Glob {
        pattern: pattern.to_owned(),
        reason,
    };
    let glob = GlobBuilder::new(pattern)
        .case_insensitive(ignore_case)
        .literal_separator(true)
        .build()
        .map_err(|err| failed(err.kind().to_string()))?;
    RegexBuilder::new(&unicode(glob.regex()))
        .dot_matches_new_line(true)
        .build()
        .map_err(|err| failed(err.to_string()))
}

/// `globset`'s byte-oriented expression made Unicode: without the leading
/// `(?-u)`, each run of `\xNN` escapes of bytes ≥ 0x80 decoded to the
/// characters they spell.
fn unicode(bytes_regex: &str) -> String {
    let source = bytes_regex.strip_prefix("(?-u)").unwrap_or(bytes_regex);
    let mut out = String::with_capacity(source.len());
    let mut run = Vec::new();
    let mut rest = source;
    while !rest.is_empty() {
        if let Some(byte) = high_byte_escape(rest) {
            run.push(byte);
            rest = &rest[4..];
            continue;
        }
        flush(&mut run, &mut out);
        let mut chars = rest.chars();
        let c = chars.next().expect("not empty");
        out.push(c);
        if c == '\\'
            && let Some(next) = chars.next()
        {
            out.push(next);
        }
        rest = chars.as_str();
    }
    flush(&mut run, &mut out);
    out
}

/// The byte of a `\xNN` escape at the start of `text`, when it is ≥ 0x80.
fn high_byte_escape(text: &str) -> Option<u8> {
    let hex = text.strip_prefix("\\x")?.get(..2)?;
    u8::from_str_radix(hex, 16).ok().filter(|b| *b >= 0x80)
}

/// Appends the characters the escaped bytes in `run` spell, and empties it.
fn flush(run: &mut Vec<u8>, out: &mut String) {
    if !run.is_empty() {
        out.push_str(&regex::escape(&super::decode(run)));
        run.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_characters() {
        assert_eq!(unicode(r"(?-u)^[\xc3\xa9]\xc3\xa9\.x$"), r"^[é]é\.x$");
        assert_eq!(unicode(r"(?-u)^a\\xc3$"), r"^a\\xc3$");
        assert_eq!(unicode(r"(?-u)^\x41$"), r"^\x41$");
    }

    #[test]
    fn question_mark_is_one_character() {
        let re = compile("caf?.txt", false).unwrap();
        assert!(re.is_match("café.txt".as_bytes()));
        assert!(!re.is_match(b"caf/.txt"));
        let re = compile("[é]*", false).unwrap();
        assert!(re.is_match("éa".as_bytes()));
        let re = compile("É*", true).unwrap();
        assert!(re.is_match("éa".as_bytes()));
    }
}
