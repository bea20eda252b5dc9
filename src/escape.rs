//! Terminal safety: names shown on a terminal (standard output, and the
//! messages on standard error) have every character that could drive the
//! terminal or disguise the name escaped, like fd's sanitizing.
//!
//! Escaped: control characters (C0, DEL, C1), as `\n`, `\t`, `\r`,
//! `\xNN` or `\u{NNNN}`; invisible format characters (Unicode general
//! category Cf: the bidirectional controls U+202A–U+202E, U+2066–U+2069,
//! U+200E, U+200F and U+061C, the zero-width U+200B–U+200D, U+2060–U+2064,
//! U+FEFF, the soft hyphen U+00AD, the tags U+E0000–U+E007F and the rest)
//! and the line and paragraph separators U+2028 and U+2029, as
//! `\u{NNNN}`; bytes that are not UTF-8, as `\xNN`. Everything else is
//! shown as it is, and a name with nothing to escape is borrowed as it is.
//! [`is_unsafe`] is the one predicate naming every character that must
//! never reach a terminal raw.
//!
//! Every message ffind writes goes through [`write_lines`] (see
//! [`crate::error::report`]): escaped on a terminal, the raw bytes in a
//! pipe.

use std::borrow::Cow;
use std::io::{self, Write};

use unicode_properties::{GeneralCategory, UnicodeGeneralCategory};

/// The Tags block, escaped whole: its unassigned code points too, which a
/// later Unicode may make format characters.
const TAGS: std::ops::RangeInclusive<char> = '\u{e0000}'..='\u{e007f}';

/// Whether `c` is shown escaped on a terminal.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c.general_category(),
            GeneralCategory::Format
                | GeneralCategory::LineSeparator
                | GeneralCategory::ParagraphSeparator
        )
        || TAGS.contains(&c)
}

/// `bytes` as shown on a terminal: borrowed when nothing needs escaping.
pub fn escaped(bytes: &[u8]) -> Cow<'_, [u8]> {
    let safe = bytes
        .utf8_chunks()
        .all(|chunk| chunk.invalid().is_empty() && !chunk.valid().chars().any(is_unsafe));
    if safe {
        return Cow::Borrowed(bytes);
    }
    let mut out = Vec::with_capacity(bytes.len() + 8);
    write_escaped(&mut out, bytes).expect("writing to a Vec cannot fail");
    Cow::Owned(out)
}

/// Writes `bytes` to `out` as shown on a terminal (see the module docs).
pub fn write_escaped(out: &mut impl Write, bytes: &[u8]) -> io::Result<()> {
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        let mut plain_from = 0;
        for (at, c) in valid.char_indices() {
            if !is_unsafe(c) {
                continue;
            }
            out.write_all(&valid.as_bytes()[plain_from..at])?;
            match c {
                '\n' => out.write_all(b"\\n")?,
                '\t' => out.write_all(b"\\t")?,
                '\r' => out.write_all(b"\\r")?,
                c if (c as u32) < 0x80 => write!(out, "\\x{:02x}", c as u32)?,
                c => write!(out, "\\u{{{:04x}}}", c as u32)?,
            }
            plain_from = at + c.len_utf8();
        }
        out.write_all(&valid.as_bytes()[plain_from..])?;
        for byte in chunk.invalid() {
            write!(out, "\\x{byte:02x}")?;
        }
    }
    Ok(())
}

/// Writes `text`, lines of ffind's own wording, to `out`: with `escape`
/// (the stream is a terminal) each line escaped and the line breaks kept,
/// else the raw bytes.
pub fn write_lines(out: &mut impl Write, text: &[u8], escape: bool) -> io::Result<()> {
    if !escape {
        return out.write_all(text);
    }
    for (i, line) in text.split(|&b| b == b'\n').enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        write_escaped(out, line)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(bytes: &[u8]) -> String {
        String::from_utf8(escaped(bytes).into_owned()).unwrap()
    }

    #[test]
    fn control_characters_and_bad_bytes_are_escaped() {
        assert_eq!(shown(b"plain caf\xc3\xa9"), "plain café");
        assert_eq!(shown(b"a\x1b[31mred"), "a\\x1b[31mred");
        assert_eq!(shown(b"new\nline\ttab\rret"), "new\\nline\\ttab\\rret");
        assert_eq!(shown(b"\xc2\x9b2J"), "\\u{009b}2J");
        assert_eq!(shown(b"bad\xff\x7f"), "bad\\xff\\x7f");
    }

    #[test]
    fn invisible_format_characters_are_escaped() {
        assert_eq!(
            shown("invoice\u{202e}fdp.exe".as_bytes()),
            "invoice\\u{202e}fdp.exe"
        );
        for c in [
            '\u{200b}',
            '\u{200c}',
            '\u{200d}',
            '\u{200e}',
            '\u{200f}',
            '\u{061c}',
            '\u{00ad}',
            '\u{2060}',
            '\u{2064}',
            '\u{2066}',
            '\u{2069}',
            '\u{202a}',
            '\u{feff}',
            '\u{e0000}',
            '\u{e0001}',
            '\u{e007f}',
        ] {
            assert!(is_unsafe(c), "{c:?}");
        }
        assert_eq!(shown("été 日本 🦀".as_bytes()), "été 日本 🦀");
    }

    #[test]
    fn line_and_paragraph_separators_are_escaped() {
        assert_eq!(
            shown("a\u{2028}b\u{2029}c".as_bytes()),
            "a\\u{2028}b\\u{2029}c"
        );
    }

    #[test]
    fn lines_keep_their_breaks_on_a_terminal_and_everything_in_a_pipe() {
        let text = b"one \x1b[2J\ntwo \xff";
        let mut terminal = Vec::new();
        write_lines(&mut terminal, text, true).unwrap();
        assert_eq!(terminal, b"one \\x1b[2J\ntwo \\xff");
        let mut pipe = Vec::new();
        write_lines(&mut pipe, text, false).unwrap();
        assert_eq!(pipe, text);
    }

    #[test]
    fn safe_names_are_borrowed() {
        assert!(matches!(escaped("café/x.txt".as_bytes()), Cow::Borrowed(_)));
        assert!(matches!(escaped(b"a\x1b"), Cow::Owned(_)));
    }
}
