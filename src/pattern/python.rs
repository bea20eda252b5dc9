//! Python's `re` syntax, as the original read patterns, turned into Rust's
//! regex syntax where the two spell the same thing differently:
//!
//! - a `{` that does not start a repetition (`{m}`, `{m,}`, `{,n}`,
//!   `{m,n}`) is a literal brace, and so is every `}` outside one;
//! - `\Z` (the end of the name) is Rust's `\z`;
//! - `$` matches at the end of the name and before a final newline; the
//!   translation gives two sources, [`Translated::plain`] for names that do
//!   not end in a newline (where `$` is simply the end) and
//!   [`Translated::before_newline`] for those that do;
//! - inside a class, `[` and the doubled `&&`, `~~` are literal characters;
//! - escapes: `\s` also holds U+001C–U+001F, `\w` is letters, numbers and
//!   `_` (Python's `str.isalnum`), `[\b]` is a backspace, `\<` and `\>`
//!   are the characters, `\0`, `\012` and `\101` are octal, and a
//!   backslash before a character that is not ASCII is that character;
//! - with the MULTILINE flag, `$` is left alone (the same in both);
//! - a comment `(?#…)` is dropped.
//!
//! What has no translation (look-around, back-references) is left for the
//! regex compiler to refuse, except `(?P=name)`, refused here by name.

use std::fmt::Write;

/// The name of the empty group that marks where a `$` matched before a
/// final newline (numbered for each `$`).
pub const EOL_GROUP: &str = "ffind_eol";

/// A pattern in Rust's syntax.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Translated {
    /// For names that do not end in a newline: `$` is `\z`.
    pub plain: String,
    /// For names ending in a newline, when the pattern has a `$`: each `$`
    /// is `(?:\z|(?P<ffind_eolN>)\n\z)`, the group marking where Python's
    /// match ends.
    pub before_newline: Option<String>,
}

/// Why a pattern cannot be translated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslatable(pub &'static str);

/// Translates a Python `re` pattern into Rust's regex syntax.
pub fn translate(pattern: &str) -> Result<Translated, Untranslatable> {
    if pattern.contains("(?P=") {
        return Err(Untranslatable("back-references are not supported"));
    }
    let chars: Vec<char> = pattern.chars().collect();
    // With the MULTILINE flag, `$` is the same in both syntaxes.
    let multiline = has_multiline_flag(&chars);
    let mut plain = String::with_capacity(pattern.len() + 8);
    let mut eol = String::new();
    let mut dollars = 0;
    let mut i = 0;
    // Inside a class: where its first member stands (a `]` there is literal).
    let mut class_first: Option<usize> = None;
    while i < chars.len() {
        let c = chars[i];
        let mut both = |text: &str| {
            plain.push_str(text);
            eol.push_str(text);
        };
        if c == '\\' {
            let (text, len) = escape(&chars[i..], class_first.is_some());
            both(&text);
            i += len;
            continue;
        }
        if let Some(first) = class_first {
            match c {
                ']' if i > first => class_first = None,
                '[' => {
                    both(r"\[");
                    i += 1;
                    continue;
                }
                '&' | '~' if chars.get(i + 1) == Some(&c) => {
                    both(&format!("{c}\\{c}"));
                    i += 2;
                    continue;
                }
                _ => {}
            }
            both(c.encode_utf8(&mut [0; 4]));
            i += 1;
            continue;
        }
        match c {
            '[' => {
                both("[");
                i += 1;
                if chars.get(i) == Some(&'^') {
                    both("^");
                    i += 1;
                }
                class_first = Some(i);
                continue;
            }
            '{' => match repetition(&chars[i..]) {
                Some((len, rust)) => {
                    both(&rust);
                    i += len;
                    continue;
                }
                None => both(r"\{"),
            },
            '}' => both(r"\}"),
            ']' => both(r"\]"),
            '$' if multiline => both("$"),
            '$' => {
                plain.push_str(r"\z");
                let _ = write!(eol, r"(?:\z|(?P<{EOL_GROUP}{dollars}>)\n\z)");
                dollars += 1;
            }
            '(' if chars.get(i + 1..i + 3) == Some(&['?', '#']) => {
                let close = chars[i..].iter().position(|&ch| ch == ')');
                let close = close.ok_or(Untranslatable("missing ), unterminated comment"))?;
                i += close + 1;
                continue;
            }
            _ => both(c.encode_utf8(&mut [0; 4])),
        }
        i += 1;
    }
    Ok(Translated {
        plain,
        before_newline: (dollars > 0).then_some(eol),
    })
}

/// The Rust spelling of the escape at the start of `chars` (a backslash
/// and what follows), inside a class or not, and how many characters it
/// takes (see the module's list).
fn escape(chars: &[char], in_class: bool) -> (String, usize) {
    let Some(&next) = chars.get(1) else {
        return ("\\".into(), 1);
    };
    let class = |members: &str| {
        if in_class {
            members.to_owned()
        } else {
            format!("[{members}]")
        }
    };
    let octal = |from: usize, max: usize| {
        chars[from..]
            .iter()
            .take(max)
            .take_while(|c| ('0'..='7').contains(*c))
            .count()
    };
    let text = match next {
        'Z' if !in_class => r"\z".to_owned(),
        's' => class(r"\s\x1C-\x1F"),
        'S' => r"[^\s\x1C-\x1F]".to_owned(),
        'w' => class(r"\p{L}\p{N}_"),
        'W' => r"[^\p{L}\p{N}_]".to_owned(),
        'b' if in_class => r"\x08".to_owned(),
        '<' | '>' => next.to_string(),
        '0' => {
            let digits = octal(2, 2);
            let value: String = chars[2..2 + digits].iter().collect();
            let value = u32::from_str_radix(&value, 8).unwrap_or(0);
            return (format!(r"\x{{{value:X}}}"), 2 + digits);
        }
        '1'..='3' if octal(1, 3) == 3 => {
            let value: String = chars[1..4].iter().collect();
            let value = u32::from_str_radix(&value, 8).expect("octal digits");
            return (format!(r"\x{{{value:X}}}"), 4);
        }
        c if !c.is_ascii() => regex::escape(c.encode_utf8(&mut [0; 4])),
        c => format!("\\{c}"),
    };
    (text, 2)
}

/// Whether the pattern turns on Python's MULTILINE flag (`(?m)`,
/// `(?im:…)`), where `$` is the same in both syntaxes.
fn has_multiline_flag(chars: &[char]) -> bool {
    chars.windows(2).enumerate().any(|(at, w)| {
        w == ['(', '?']
            && chars[at + 2..]
                .iter()
                .take_while(|c| c.is_ascii_alphabetic() || **c == '-')
                .take_while(|c| **c != '-')
                .any(|c| *c == 'm')
    })
}

/// A Python repetition `{m}`, `{m,}`, `{,n}`, `{m,n}` (also `{,}`) at the
/// start of `chars`: its length and its Rust spelling. `None` when the
/// brace is a literal one.
fn repetition(chars: &[char]) -> Option<(usize, String)> {
    let digits = |from: usize| {
        chars[from..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let lo = digits(1);
    let mut at = 1 + lo;
    let hi = if chars.get(at) == Some(&',') {
        let hi = digits(at + 1);
        at += 1 + hi;
        Some(hi)
    } else {
        None
    };
    if chars.get(at) != Some(&'}') || (lo == 0 && hi.is_none()) {
        return None;
    }
    let text = |from: usize, len: usize| chars[from..from + len].iter().collect::<String>();
    let low = if lo == 0 { "0".to_owned() } else { text(1, lo) };
    let rust = match hi {
        None => format!("{{{low}}}"),
        Some(0) => format!("{{{low},}}"),
        Some(hi) => format!("{{{low},{}}}", text(2 + lo, hi)),
    };
    Some((at + 1, rust))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(pattern: &str) -> String {
        translate(pattern).unwrap().plain
    }

    #[test]
    fn braces_that_do_not_repeat_are_literal() {
        assert_eq!(plain("{arch}"), r"\{arch\}");
        assert_eq!(plain("x{y"), r"x\{y");
        assert_eq!(plain("{a,b}"), r"\{a,b\}");
        assert_eq!(plain("a{}"), r"a\{\}");
        assert_eq!(plain("x{ 2}"), r"x\{ 2\}");
        assert_eq!(plain("a{2}"), "a{2}");
        assert_eq!(plain("a{2,}"), "a{2,}");
        assert_eq!(plain("a{,3}"), "a{0,3}");
        assert_eq!(plain("a{2,3}?"), "a{2,3}?");
        assert_eq!(plain("a{,}"), "a{0,}");
        assert_eq!(plain(r"\{x}"), r"\{x\}");
        assert_eq!(plain("[{}]"), "[{}]");
    }

    #[test]
    fn ends_of_names() {
        assert_eq!(plain(r"py\Z"), r"py\z");
        let t = translate("py$").unwrap();
        assert_eq!(t.plain, r"py\z");
        assert_eq!(
            t.before_newline.as_deref(),
            Some(r"py(?:\z|(?P<ffind_eol0>)\n\z)")
        );
        assert_eq!(translate("[$]").unwrap().before_newline, None);
        assert_eq!(plain(r"\$"), r"\$");
    }

    #[test]
    fn classes_keep_python_literals() {
        assert_eq!(plain("[[]"), r"[\[]");
        assert_eq!(plain("[]a]"), "[]a]");
        assert_eq!(plain("[^]a]"), "[^]a]");
        assert_eq!(plain("[a&&b]"), r"[a&\&b]");
        assert_eq!(plain("[a]]"), r"[a]\]");
    }

    #[test]
    fn escapes_python_spells_differently() {
        assert_eq!(plain(r"\s"), r"[\s\x1C-\x1F]");
        assert_eq!(plain(r"[\s]"), r"[\s\x1C-\x1F]");
        assert_eq!(plain(r"\W"), r"[^\p{L}\p{N}_]");
        assert_eq!(plain(r"[\b]"), r"[\x08]");
        assert_eq!(plain(r"\<a\>"), "<a>");
        assert_eq!(plain(r"\0\012\101"), r"\x{0}\x{A}\x{41}");
        assert_eq!(plain("\\é"), "é");
        assert_eq!(plain(r"\d\."), r"\d\.");
    }

    #[test]
    fn multiline_keeps_the_dollar() {
        let t = translate("(?m)a$").unwrap();
        assert_eq!(t.plain, "(?m)a$");
        assert_eq!(t.before_newline, None);
        assert_eq!(plain("(?i)a$"), r"(?i)a\z");
    }

    #[test]
    fn comments_go_and_named_back_references_are_refused() {
        assert!(translate("a(?#note").is_err());
        assert_eq!(plain("a(?#note)b"), "ab");
        assert!(translate("(?P<x>a)(?P=x)").is_err());
    }
}
