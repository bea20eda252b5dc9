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
            match chars.get(i + 1) {
                Some('Z') if class_first.is_none() => both(r"\z"),
                Some(&next) => {
                    both("\\");
                    both(next.encode_utf8(&mut [0; 4]));
                }
                None => both("\\"),
            }
            i += 2;
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
            '$' => {
                plain.push_str(r"\z");
                let _ = write!(eol, r"(?:\z|(?P<{EOL_GROUP}{dollars}>)\n\z)");
                dollars += 1;
            }
            '(' if chars.get(i + 1..i + 3) == Some(&['?', '#']) => {
                let close = chars[i..].iter().position(|&ch| ch == ')');
                i += close.map_or(chars.len() - i, |at| at + 1);
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
    fn comments_go_and_named_back_references_are_refused() {
        assert_eq!(plain("a(?#note)b"), "ab");
        assert!(translate("(?P<x>a)(?P=x)").is_err());
    }
}
