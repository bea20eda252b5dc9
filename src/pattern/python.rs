//! Python's `re` pattern, parsed once ([`super::parse`]), written out for
//! the engine that runs it:
//!
//! - the `regex` crate for every pattern it can run (linear time);
//! - the backtracking `fancy-regex` for look-around, back-references,
//!   atomic groups, possessive quantifiers and conditionals.
//!
//! Both receive the same spelling, in which nothing is left to the
//! engine's reading: every character other than an ASCII letter or digit
//! is written `\x{…}`, classes spell out Python's members (`\w` is
//! letters, numbers and `_`; `\s` also holds U+001C–U+001F; `(?a)` makes
//! them ASCII), `^` is `\A` and `\Z` is `\z`, named groups and
//! `(?P=name)` become numbers, `a*+` is `(?>a*)`. Python's `$` matches
//! at the end and before a final newline: the backtracking engine gets a
//! look-ahead; the `regex` crate gets two spellings,
//! [`Source::Plain::plain`] for names that do not end in a newline and
//! [`Source::Plain::before_newline`] for those that do.
//!
//! Case: the engine folds case with Unicode's simple case folding, which
//! agrees with Python's `IGNORECASE` except for `I`, `i`, `İ` and `ı`,
//! all four one letter to Python: they are written out as a class.
//! Under `(?a)`, case is ASCII-only, written out too.

use std::fmt::Write;

use super::parse::{self, Alternation, At, Category, Flags, Greed, Item, Node, Refused};

/// The name of the empty group that marks where a `$` matched before a
/// final newline (numbered for each `$`).
pub const EOL_GROUP: &str = "ffind_eol";

/// The letters Python's `IGNORECASE` takes as one and the engine's case
/// folding does not.
const DOTTED_I: [char; 4] = ['I', 'i', '\u{130}', '\u{131}'];

/// A pattern written out for its engine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// For the `regex` crate.
    Plain {
        /// For names that do not end in a newline: `$` is `\z`.
        plain: String,
        /// For names ending in a newline, when the pattern has a `$`: each
        /// `$` is `(?:\z|(?P<ffind_eolN>)\n\z)`, the group marking where
        /// Python's match ends.
        before_newline: Option<String>,
        /// For names that are not ASCII, when the pattern has `\b` or
        /// `\B`: the backtracking spelling, whose boundaries use Python's
        /// word characters (the regex crate's Unicode ones differ, as for
        /// `²` or combining marks; on ASCII they agree).
        non_ascii: Option<String>,
    },
    /// For the backtracking engine.
    Backtracking(String),
}

/// Reads `pattern` as Python does (case ignored when `ignore_case`, as
/// from `re.IGNORECASE`) and writes it out for its engine.
pub fn translate(pattern: &str, ignore_case: bool) -> Result<Source, Refused> {
    let flags = if ignore_case {
        Flags::IGNORECASE
    } else {
        Flags::default()
    };
    let parsed = parse::parse(pattern, flags)?;
    let emit = |dollar| {
        let mut out = Emitter {
            out: String::with_capacity(pattern.len() * 2 + 8),
            dollar,
            dollars: 0,
        };
        if parsed.flags.has(Flags::IGNORECASE) {
            out.out.push_str("(?i)");
        }
        out.alternation(&parsed.body, parsed.flags);
        (out.out, out.dollars)
    };
    if parsed.body.iter().flatten().any(needs_backtracking)
        || dollar_inside(&parsed.body, true, parsed.flags)
    {
        return Ok(Source::Backtracking(emit(Dollar::LookAhead).0));
    }
    let (plain, dollars) = emit(Dollar::End);
    let before_newline = (dollars > 0).then(|| emit(Dollar::BeforeNewline).0);
    let boundary = parsed.body.iter().flatten().any(has_boundary);
    Ok(Source::Plain {
        plain,
        before_newline,
        non_ascii: boundary.then(|| emit(Dollar::LookAhead).0),
    })
}

/// Whether `node` needs the backtracking engine.
fn needs_backtracking(node: &Node) -> bool {
    match node {
        Node::Look { .. } | Node::Backref(_) | Node::Atomic(_) | Node::Conditional { .. } => true,
        Node::Repeat { greed, body, .. } => *greed == Greed::Possessive || needs_backtracking(body),
        Node::Group { body, .. } => body.iter().flatten().any(needs_backtracking),
        _ => false,
    }
}

/// Whether a `$` (without MULTILINE) stands anywhere but at the end of
/// the pattern (followed by nothing but anchors): the regex crate's two
/// spellings hold only there, since a `$` before the final newline must
/// not take it from what follows.
fn dollar_inside(alt: &Alternation, last: bool, flags: Flags) -> bool {
    alt.iter().any(|seq| {
        seq.iter().enumerate().any(|(i, node)| {
            let at_end = last && seq[i + 1..].iter().all(|n| matches!(n, Node::At(_)));
            match node {
                Node::At(At::End) => !at_end && !flags.has(Flags::MULTILINE),
                Node::Group { add, del, body, .. } => {
                    dollar_inside(body, at_end, flags.with(*add, *del))
                }
                Node::Repeat { body, .. } => {
                    dollar_inside(&vec![vec![(**body).clone()]], false, flags)
                }
                _ => false,
            }
        })
    })
}

/// Whether `node` holds a `\b` or `\B`.
fn has_boundary(node: &Node) -> bool {
    match node {
        Node::At(at) => matches!(at, At::Boundary | At::NonBoundary),
        Node::Group { body, .. } => body.iter().flatten().any(has_boundary),
        Node::Repeat { body, .. } => has_boundary(body),
        _ => false,
    }
}

/// Whether `node` matches only the empty string (an anchor, a look-around,
/// an empty group): the backtracking engine refuses to repeat it.
fn zero_width(node: &Node) -> bool {
    match node {
        Node::At(_) | Node::Look { .. } => true,
        Node::Group { body, .. } | Node::Atomic(body) => body.iter().flatten().all(zero_width),
        Node::Repeat { max, body, .. } => *max == Some(0) || zero_width(body),
        Node::Conditional { yes, no, .. } => yes.iter().chain(no.iter().flatten()).all(zero_width),
        _ => false,
    }
}

/// How Python's `$` (without MULTILINE) is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Dollar {
    /// The end of the name (names without a final newline).
    End,
    /// The end, or a marked group before the final newline.
    BeforeNewline,
    /// A look-ahead (the backtracking engine).
    LookAhead,
}

/// Writes a parsed pattern out.
struct Emitter {
    out: String,
    dollar: Dollar,
    dollars: usize,
}

impl Emitter {
    fn alternation(&mut self, alt: &Alternation, flags: Flags) {
        for (i, seq) in alt.iter().enumerate() {
            if i > 0 {
                self.out.push('|');
            }
            self.seq(seq, flags);
        }
    }

    fn seq(&mut self, seq: &[Node], flags: Flags) {
        for node in seq {
            self.node(node, flags);
        }
    }

    fn node(&mut self, node: &Node, flags: Flags) {
        match node {
            Node::Literal(c) => self.literal(*c, flags),
            Node::NotLiteral(c) => self.class(true, &[Item::Char(*c)], flags),
            Node::Any if flags.has(Flags::DOTALL) => self.out.push_str("(?s:.)"),
            Node::Any => self.out.push('.'),
            Node::Class { negate, items } => self.class(*negate, items, flags),
            Node::At(at) => self.at(*at, flags),
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } if zero_width(body) => {
                // Repeating what matches only the empty string: once when
                // required, else tried (greedy) or skipped first (lazy).
                self.out.push_str(if *greed == Greed::Possessive {
                    "(?>"
                } else {
                    "(?:"
                });
                if *min > 0 {
                    self.node(body, flags);
                } else if *greed == Greed::Lazy {
                    self.out.push('|');
                    self.node(body, flags);
                } else {
                    self.node(body, flags);
                    self.out.push('|');
                }
                self.out.push(')');
            }
            Node::Repeat {
                min,
                max,
                greed,
                body,
            } => {
                if *greed == Greed::Possessive {
                    self.out.push_str("(?>");
                }
                self.out.push_str("(?:");
                self.node(body, flags);
                self.out.push(')');
                let _ = match (min, max) {
                    (0, None) => write!(self.out, "*"),
                    (1, None) => write!(self.out, "+"),
                    (0, Some(1)) => write!(self.out, "?"),
                    (m, None) => write!(self.out, "{{{m},}}"),
                    (m, Some(n)) if m == n => write!(self.out, "{{{m}}}"),
                    (m, Some(n)) => write!(self.out, "{{{m},{n}}}"),
                };
                match greed {
                    Greed::Lazy => self.out.push('?'),
                    Greed::Possessive => self.out.push(')'),
                    Greed::Greedy => {}
                }
            }
            Node::Group {
                index,
                add,
                del,
                body,
            } => {
                let inner = flags.with(*add, *del);
                self.out.push_str(if index.is_some() { "(" } else { "(?:" });
                let case = inner.has(Flags::IGNORECASE);
                let changed = case != flags.has(Flags::IGNORECASE);
                if changed {
                    self.out.push_str(if case { "(?i:" } else { "(?-i:" });
                }
                self.alternation(body, inner);
                if changed {
                    self.out.push(')');
                }
                self.out.push(')');
            }
            Node::Atomic(body) => {
                self.out.push_str("(?>");
                self.alternation(body, flags);
                self.out.push(')');
            }
            Node::Look {
                behind,
                negate,
                body,
            } => {
                self.out.push_str(match (behind, negate) {
                    (false, false) => "(?=",
                    (false, true) => "(?!",
                    (true, false) => "(?<=",
                    (true, true) => "(?<!",
                });
                self.alternation(body, flags);
                self.out.push(')');
            }
            Node::Backref(group) => {
                let _ = write!(self.out, "(?:\\{group})");
            }
            Node::Conditional { group, yes, no } => {
                // Both branches written: an empty one would make the
                // engine test only whether the group matched.
                let no = no.as_deref().unwrap_or_default();
                if yes.is_empty() && no.is_empty() {
                    return;
                }
                let _ = write!(self.out, "(?({group})(?:");
                self.seq(yes, flags);
                self.out.push_str(")|(?:");
                self.seq(no, flags);
                self.out.push_str("))");
            }
        }
    }

    fn at(&mut self, at: At, flags: Flags) {
        let multiline = flags.has(Flags::MULTILINE);
        let ascii = flags.has(Flags::ASCII);
        let text = match at {
            At::Beginning if multiline => "(?m:^)",
            At::Beginning | At::BeginningString => r"\A",
            At::EndString => r"\z",
            At::End if multiline => "(?m:$)",
            At::End => {
                match self.dollar {
                    Dollar::End => self.out.push_str(r"\z"),
                    Dollar::LookAhead => self.out.push_str(r"(?=\n?\z)"),
                    Dollar::BeforeNewline => {
                        let _ = write!(self.out, r"(?:\z|(?P<{EOL_GROUP}{}>)\n\z)", self.dollars);
                    }
                }
                self.dollars += 1;
                return;
            }
            At::Boundary | At::NonBoundary if self.dollar == Dollar::LookAhead => {
                // Python's own word characters, by look-around.
                let w = if ascii {
                    "(?-i:[0-9A-Za-z_])"
                } else {
                    r"[\p{L}\p{N}_]"
                };
                let _ = if at == At::Boundary {
                    write!(self.out, "(?:(?<={w})(?!{w})|(?<!{w})(?={w}))")
                } else {
                    write!(self.out, "(?:(?<={w})(?={w})|(?<!{w})(?!{w}))")
                };
                return;
            }
            At::Boundary if ascii => r"(?-u:\b)",
            At::Boundary => r"\b",
            At::NonBoundary if ascii => r"(?-u:\B)",
            At::NonBoundary => r"\B",
        };
        self.out.push_str(text);
    }

    fn literal(&mut self, c: char, flags: Flags) {
        if flags.has(Flags::IGNORECASE) {
            if flags.has(Flags::ASCII) {
                if c.is_ascii_alphabetic() {
                    self.out.push_str("(?-i:[");
                    push_char(&mut self.out, c.to_ascii_lowercase());
                    push_char(&mut self.out, c.to_ascii_uppercase());
                    self.out.push_str("])");
                } else {
                    self.out.push_str("(?-i:");
                    push_char(&mut self.out, c);
                    self.out.push(')');
                }
                return;
            }
            if DOTTED_I.contains(&c) {
                self.class(false, &[Item::Char(c)], flags);
                return;
            }
        }
        push_char(&mut self.out, c);
    }

    fn class(&mut self, negate: bool, items: &[Item], flags: Flags) {
        let ascii = flags.has(Flags::ASCII);
        let ignore = flags.has(Flags::IGNORECASE);
        let mut members = String::new();
        for item in items {
            match *item {
                Item::Char(c) => push_char(&mut members, c),
                Item::Range(lo, hi) => {
                    push_char(&mut members, lo);
                    members.push('-');
                    push_char(&mut members, hi);
                }
                Item::Category(cat) => members.push_str(category(cat, ascii)),
            }
        }
        if ignore && ascii {
            for item in items {
                let (lo, hi) = match *item {
                    Item::Char(c) => (c, c),
                    Item::Range(lo, hi) => (lo, hi),
                    Item::Category(_) => continue,
                };
                for (from, to) in [('a', 'A'), ('A', 'a')] {
                    let start = lo.max(from);
                    let end = hi.min(char::from(from as u8 + 25));
                    if start <= end {
                        let shift = |c: char| char::from((c as u8 - from as u8) + to as u8);
                        push_char(&mut members, shift(start));
                        members.push('-');
                        push_char(&mut members, shift(end));
                    }
                }
            }
        } else if ignore {
            let touches = |c: char| {
                items.iter().any(|item| match *item {
                    Item::Char(x) => x == c,
                    Item::Range(lo, hi) => (lo..=hi).contains(&c),
                    Item::Category(_) => false,
                })
            };
            if DOTTED_I.iter().any(|&c| touches(c)) {
                DOTTED_I.iter().for_each(|&c| push_char(&mut members, c));
            }
        }
        let wrap = ignore && ascii;
        if wrap {
            self.out.push_str("(?-i:");
        }
        self.out.push('[');
        if negate {
            self.out.push('^');
        }
        self.out.push_str(&members);
        self.out.push(']');
        if wrap {
            self.out.push(')');
        }
    }
}

/// The members of a class escape, to be written inside brackets.
fn category(cat: Category, ascii: bool) -> &'static str {
    match (cat, ascii) {
        (Category::Digit, false) => r"\p{Nd}",
        (Category::Digit, true) => "0-9",
        (Category::NotDigit, false) => r"[^\p{Nd}]",
        (Category::NotDigit, true) => "[^0-9]",
        (Category::Space, false) => r"\s\x{1C}-\x{1F}",
        (Category::Space, true) => r"\x{20}\x{9}-\x{D}",
        (Category::NotSpace, false) => r"[^\s\x{1C}-\x{1F}]",
        (Category::NotSpace, true) => r"[^\x{20}\x{9}-\x{D}]",
        (Category::Word, false) => r"\p{L}\p{N}_",
        (Category::Word, true) => "0-9A-Za-z_",
        (Category::NotWord, false) => r"[^\p{L}\p{N}_]",
        (Category::NotWord, true) => "[^0-9A-Za-z_]",
    }
}

/// `c` as the engines read it literally anywhere: ASCII letters and digits
/// as they are, anything else as `\x{…}`.
fn push_char(out: &mut String, c: char) {
    if c.is_ascii_alphanumeric() {
        out.push(c);
    } else {
        let _ = write!(out, r"\x{{{:X}}}", u32::from(c));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(pattern: &str) -> String {
        match translate(pattern, false).unwrap() {
            Source::Plain { plain, .. } => plain,
            Source::Backtracking(source) => panic!("backtracking: {source}"),
        }
    }

    fn backtracking(pattern: &str) -> String {
        match translate(pattern, false).unwrap() {
            Source::Backtracking(source) => source,
            other => panic!("not backtracking: {other:?}"),
        }
    }

    #[test]
    fn braces_that_do_not_repeat_are_literal() {
        assert_eq!(plain("{a}"), r"\x{7B}a\x{7D}");
        assert_eq!(plain("a{2}"), "(?:a){2}");
        assert_eq!(plain("a{,3}"), "(?:a){0,3}");
        assert_eq!(plain("a{2,}?"), "(?:a){2,}?");
    }

    #[test]
    fn ends_of_names() {
        assert_eq!(plain(r"py\Z"), r"py\z");
        let Source::Plain {
            plain,
            before_newline,
            ..
        } = translate("py$", false).unwrap()
        else {
            panic!()
        };
        assert_eq!(plain, r"py\z");
        assert_eq!(
            before_newline.as_deref(),
            Some(r"py(?:\z|(?P<ffind_eol0>)\n\z)")
        );
        assert_eq!(backtracking("(?=p)py$"), r"(?=p)py(?=\n?\z)");
    }

    #[test]
    fn what_the_regex_crate_cannot_run_goes_to_backtracking() {
        assert_eq!(backtracking(r"(a)\1"), r"(a)(?:\1)");
        assert_eq!(backtracking("(?P<x>a)(?P=x)"), r"(a)(?:\1)");
        assert_eq!(backtracking("a*+"), "(?>(?:a)*)");
        assert_eq!(backtracking("(?>ab)"), "(?>ab)");
        assert_eq!(backtracking("(a)?(?(1)b|c)"), "(?:(a))?(?(1)(?:b)|(?:c))");
        assert_eq!(backtracking("(a)(?(1)b)"), "(a)(?(1)(?:b)|(?:))");
        assert_eq!(backtracking("(?=a)*b"), "(?:(?=a)|)b");
        assert_eq!(backtracking(r".$\W"), r".(?=\n?\z)[[^\p{L}\p{N}_]]");
        assert_eq!(
            backtracking(r"(?=a)\b"),
            r"(?=a)(?:(?<=[\p{L}\p{N}_])(?![\p{L}\p{N}_])|(?<![\p{L}\p{N}_])(?=[\p{L}\p{N}_]))"
        );
        assert_eq!(plain(r"\N{LATIN SMALL LETTER M}"), "m");
    }

    #[test]
    fn case_spelled_as_python_folds_it() {
        let Source::Plain { plain: dotted, .. } = translate("i", true).unwrap() else {
            panic!()
        };
        assert_eq!(dotted, r"(?i)[iIi\x{130}\x{131}]");
        assert_eq!(plain("(?ai)k"), "(?i)(?-i:[kK])");
        assert_eq!(plain(r"(?a)\w"), "[0-9A-Za-z_]");
    }
}
