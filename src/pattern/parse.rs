//! Python's `re` grammar, read as Python 3.11's `re._parser` reads it,
//! into a tree ([`Node`]) that [`super::python`] writes out for an engine.
//! This is the one place that decides what a pattern means: what Python
//! refuses is refused here, with Python's message ("multiple repeat at
//! position 2"), and no engine's own reading of the syntax ever decides.
//!
//! The tree keeps what matching needs (Python's optimisations, such as
//! merging alternatives into a class, change nothing that matches and are
//! left out). Bytes that are not UTF-8 arrive as their stand-ins
//! ([`super::undecodable`]).

use super::undecodable::surrogate;

/// Why Python refuses a pattern: its message, with the position (in
/// characters) where Python gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused(pub String);

/// Python's `re` flags that change how a pattern reads or matches.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Flags(u8);

impl Flags {
    /// `i`: letters match regardless of case.
    pub const IGNORECASE: Flags = Flags(1);
    /// `m`: `^` and `$` also match at line ends.
    pub const MULTILINE: Flags = Flags(2);
    /// `s`: `.` also matches a newline.
    pub const DOTALL: Flags = Flags(4);
    /// `x`: whitespace and `#` comments in the pattern are ignored.
    pub const VERBOSE: Flags = Flags(8);
    /// `a`: `\w`, `\d`, `\s`, `\b` and case are ASCII-only.
    pub const ASCII: Flags = Flags(16);
    /// `u`: the default for text patterns.
    pub const UNICODE: Flags = Flags(32);
    /// `L`: refused for text patterns.
    const LOCALE: Flags = Flags(64);
    /// `t`: the global "template" flag (accepted, no effect on matching).
    const TEMPLATE: Flags = Flags(128);
    /// The flags that choose the character model (`a`, `u`, `L`).
    const TYPES: Flags = Flags(16 | 32 | 64);

    /// Whether every flag of `other` is set.
    pub fn has(self, other: Flags) -> bool {
        self.0 & other.0 == other.0
    }

    /// `self` with the flags of `add` set and those of `del` cleared; a
    /// character model in `add` (`(?u:…)` inside `(?a)`) replaces the
    /// current one, as Python's compiler combines them.
    pub fn with(self, add: Flags, del: Flags) -> Flags {
        let base = if add.any(Flags::TYPES) {
            self.0 & !Flags::TYPES.0
        } else {
            self.0
        };
        Flags((base | add.0) & !del.0)
    }

    fn any(self, other: Flags) -> bool {
        self.0 & other.0 != 0
    }

    /// The flag a letter of `(?aiLmsux)` names.
    fn of(letter: char) -> Option<Flags> {
        Some(match letter {
            'i' => Flags::IGNORECASE,
            'L' => Flags::LOCALE,
            'm' => Flags::MULTILINE,
            's' => Flags::DOTALL,
            'x' => Flags::VERBOSE,
            'a' => Flags::ASCII,
            't' => Flags::TEMPLATE,
            'u' => Flags::UNICODE,
            _ => return None,
        })
    }
}

impl std::ops::BitOr for Flags {
    type Output = Flags;
    fn bitor(self, other: Flags) -> Flags {
        Flags(self.0 | other.0)
    }
}

/// A class escape: `\d`, `\s`, `\w` and their negations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    /// `\d`
    Digit,
    /// `\D`
    NotDigit,
    /// `\s`
    Space,
    /// `\S`
    NotSpace,
    /// `\w`
    Word,
    /// `\W`
    NotWord,
}

/// A member of a character class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// One character.
    Char(char),
    /// The characters from the first to the second, both included.
    Range(char, char),
    /// A class escape.
    Category(Category),
}

/// A zero-width position.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// `^`
    Beginning,
    /// `\A`
    BeginningString,
    /// `$`
    End,
    /// `\Z`
    EndString,
    /// `\b`
    Boundary,
    /// `\B`
    NonBoundary,
}

/// How a repetition takes its characters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Greed {
    /// As many as possible, giving back on failure (`*`).
    Greedy,
    /// As few as possible (`*?`).
    Lazy,
    /// As many as possible, never giving back (`*+`).
    Possessive,
}

/// Alternatives (`a|b`), each a sequence of nodes.
pub type Alternation = Vec<Vec<Node>>;

/// One element of a parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// A character.
    Literal(char),
    /// Any character but this one (`[^a]`).
    NotLiteral(char),
    /// `.`
    Any,
    /// A character class (also `\d` and the like outside brackets).
    Class {
        /// Whether the class is negated (`[^…]`).
        negate: bool,
        /// Its members.
        items: Vec<Item>,
    },
    /// A zero-width position.
    At(At),
    /// A repetition of `body`, `max` `None` for no upper bound.
    Repeat {
        /// The fewest repetitions.
        min: u32,
        /// The most repetitions, if bounded.
        max: Option<u32>,
        /// Greedy, lazy or possessive.
        greed: Greed,
        /// What is repeated.
        body: Box<Node>,
    },
    /// A group: capturing when `index` is given, with scoped flags.
    Group {
        /// The group's number, for a capturing group.
        index: Option<u32>,
        /// Flags turned on inside (`(?i:…)`).
        add: Flags,
        /// Flags turned off inside (`(?-i:…)`).
        del: Flags,
        /// The group's alternatives.
        body: Alternation,
    },
    /// An atomic group `(?>…)`.
    Atomic(Alternation),
    /// A look-ahead or look-behind, positive or negative.
    Look {
        /// Whether it looks behind.
        behind: bool,
        /// Whether it is negative.
        negate: bool,
        /// What it looks for.
        body: Alternation,
    },
    /// A back-reference to a group (`\1`, `(?P=name)`).
    Backref(u32),
    /// `(?(group)yes|no)`.
    Conditional {
        /// The group whose match decides.
        group: u32,
        /// Matched when the group took part.
        yes: Vec<Node>,
        /// Matched otherwise (nothing when absent).
        no: Option<Vec<Node>>,
    },
}

/// A parsed pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Parsed {
    /// The pattern's alternatives.
    pub body: Alternation,
    /// The global flags (`(?i)` at the start, or given).
    pub flags: Flags,
}

/// Python's bound on repetition counts (`_sre.MAXREPEAT`).
const MAXREPEAT: u64 = u32::MAX as u64;
/// Python's cap on a width (`MAXWIDTH`).
const MAXWIDTH: u128 = 1 << 64;
/// Python's largest code unit (`MAXCODE`), the longest look-behind.
const MAXCODE: u128 = u32::MAX as u128;

/// Parses `pattern` with the global `flags` (IGNORECASE from smart case),
/// as Python 3.11 does, including the checks its compiler makes.
pub fn parse(pattern: &str, flags: Flags) -> Result<Parsed, Refused> {
    let mut source = Tokenizer::new(pattern)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![Some((0, 0))],
        lookbehind_groups: None,
        cond_refs: Vec::new(),
    };
    let verbose = flags.has(Flags::VERBOSE);
    let body = parse_sub(&mut source, &mut state, verbose, 0)?;
    if state.flags.has(Flags::LOCALE) {
        return Err(Refused("cannot use LOCALE flag with a str pattern".into()));
    }
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(group, pos) in &state.cond_refs {
        if group as usize >= state.widths.len() {
            return Err(Refused(format!(
                "invalid group reference {group} at position {pos}"
            )));
        }
    }
    check_lookbehinds(&body, &state)?;
    Ok(Parsed {
        body,
        flags: state.flags,
    })
}

/// The parser's state: flags, groups and their widths.
struct State {
    flags: Flags,
    names: Vec<(String, u32)>,
    /// Each group's width once closed (group 0 first).
    widths: Vec<Option<(u128, u128)>>,
    lookbehind_groups: Option<usize>,
    /// Conditions on group numbers, with where they were written.
    cond_refs: Vec<(u32, usize)>,
}

impl State {
    fn groups(&self) -> usize {
        self.widths.len()
    }

    fn open(&mut self, name: Option<String>) -> Result<u32, String> {
        let gid = u32::try_from(self.groups()).map_err(|_| "too many groups".to_owned())?;
        self.widths.push(None);
        if let Some(name) = name {
            if let Some((_, old)) = self.names.iter().find(|(n, _)| *n == name) {
                return Err(format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    py_repr(&name)
                ));
            }
            self.names.push((name, gid));
        }
        Ok(gid)
    }

    fn closed(&self, gid: u32) -> bool {
        matches!(self.widths.get(gid as usize), Some(Some(_)))
    }

    fn named(&self, name: &str) -> Option<u32> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }

    fn check_lookbehind_group(&self, gid: u32, source: &Tokenizer) -> Result<(), Refused> {
        if let Some(first) = self.lookbehind_groups {
            if !self.closed(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid as usize >= first {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }
}

/// Python's tokenizer: a backslash and the character after it are one
/// token.
struct Tokenizer {
    chars: Vec<char>,
    /// Where the token after `next` starts.
    index: usize,
    next: Option<Token>,
}

/// A token: one character, or an escape (a backslash and a character).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Token {
    Char(char),
    Escape(char),
}

impl Token {
    fn len(self) -> usize {
        match self {
            Token::Char(_) => 1,
            Token::Escape(_) => 2,
        }
    }
}

impl Tokenizer {
    fn new(pattern: &str) -> Result<Tokenizer, Refused> {
        let mut t = Tokenizer {
            chars: pattern.chars().collect(),
            index: 0,
            next: None,
        };
        t.advance()?;
        Ok(t)
    }

    fn advance(&mut self) -> Result<(), Refused> {
        let Some(&c) = self.chars.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' {
            let Some(&e) = self.chars.get(self.index + 1) else {
                return Err(Refused(format!(
                    "bad escape (end of pattern) at position {}",
                    self.chars.len() - 1
                )));
            };
            self.next = Some(Token::Escape(e));
            self.index += 2;
        } else {
            self.next = Some(Token::Char(c));
            self.index += 1;
        }
        Ok(())
    }

    fn get(&mut self) -> Result<Option<Token>, Refused> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    fn matches(&mut self, c: char) -> Result<bool, Refused> {
        if self.next == Some(Token::Char(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn next_is(&self, test: impl Fn(char) -> bool) -> bool {
        matches!(self.next, Some(Token::Char(c)) if test(c))
    }

    /// Up to `n` characters that pass `test`.
    fn get_while(&mut self, n: usize, test: impl Fn(char) -> bool) -> Result<String, Refused> {
        let mut out = String::new();
        for _ in 0..n {
            match self.next {
                Some(Token::Char(c)) if test(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// The text up to `terminator` (a group name).
    fn get_until(&mut self, terminator: char, what: &str) -> Result<String, Refused> {
        let mut out = String::new();
        loop {
            let c = self.get()?;
            match c {
                None if out.is_empty() => return Err(self.error(&format!("missing {what}"), 0)),
                None => {
                    return Err(self.error(
                        &format!("missing {terminator}, unterminated name"),
                        out.chars().count(),
                    ));
                }
                Some(Token::Char(c)) if c == terminator => {
                    if out.is_empty() {
                        return Err(self.error(&format!("missing {what}"), 1));
                    }
                    return Ok(out);
                }
                Some(Token::Char(c)) => out.push(c),
                Some(Token::Escape(c)) => {
                    out.push('\\');
                    out.push(c);
                }
            }
        }
    }

    fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Token::len)
    }

    fn seek(&mut self, index: usize) -> Result<(), Refused> {
        self.index = index;
        self.advance()
    }

    fn error(&self, message: &str, offset: usize) -> Refused {
        Refused(format!(
            "{message} at position {}",
            self.tell().saturating_sub(offset)
        ))
    }

    fn check_group_name(&self, name: &str, offset: usize) -> Result<(), Refused> {
        if !is_identifier(name) {
            return Err(self.error(
                &format!("bad character in group name {}", py_repr(name)),
                name.chars().count() + offset,
            ));
        }
        Ok(())
    }
}

/// Python's `str.isidentifier`, close enough: a letter or `_`, then
/// letters, digits or `_`.
fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && chars.all(|c| c == '_' || c.is_alphanumeric())
}

/// Python's `int()` of a group number in a condition (`(?(+1)…)` is
/// accepted): `None` for what `int()` refuses or a negative number.
fn python_int(text: &str) -> Option<u64> {
    let text = text.trim();
    let digits = text.strip_prefix('+').unwrap_or(text);
    let mut parts = digits.split('_');
    let valid = parts.all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_digit()));
    if !valid {
        return None;
    }
    digits.replace('_', "").parse().ok().or(Some(u64::MAX))
}

/// Python's `repr` of a short string, for messages.
fn py_repr(text: &str) -> String {
    if text.contains('\'') && !text.contains('"') {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\'', "\\'"))
    }
}

/// What an escape stands for.
enum Escaped {
    Node(Node),
    Item(Item),
}

fn parse_sub(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
) -> Result<Alternation, Refused> {
    let mut items = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.matches('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags.has(Flags::VERBOSE);
        }
    }
    Ok(items)
}

/// Python's `_parse`: a sequence, up to `|`, `)` or the end.
fn parse_seq(
    source: &mut Tokenizer,
    state: &mut State,
    mut verbose: bool,
    nested: usize,
    first: bool,
) -> Result<Vec<Node>, Refused> {
    let mut seq: Vec<Node> = Vec::new();
    while let Some(this) = source.next {
        if matches!(this, Token::Char('|' | ')')) {
            break;
        }
        source.get()?;
        if verbose && let Token::Char(c) = this {
            if " \t\n\r\u{b}\u{c}".contains(c) {
                continue;
            }
            if c == '#' {
                while !matches!(source.get()?, None | Some(Token::Char('\n'))) {}
                continue;
            }
        }
        let c = match this {
            Token::Escape(e) => {
                match escape(source, e, state)? {
                    Escaped::Node(node) => seq.push(node),
                    Escaped::Item(item) => seq.push(Node::Class {
                        negate: false,
                        items: vec![item],
                    }),
                }
                continue;
            }
            Token::Char(c) => c,
        };
        match c {
            '[' => seq.push(parse_class(source)?),
            '*' | '+' | '?' | '{' => {
                let here = source.tell();
                let (min, max) = match c {
                    '?' => (0, Some(1)),
                    '*' => (0, None),
                    '+' => (1, None),
                    _ => {
                        if source.next == Some(Token::Char('}')) {
                            seq.push(Node::Literal('{'));
                            continue;
                        }
                        let lo = source.get_while(usize::MAX, |c| c.is_ascii_digit())?;
                        let hi = if source.matches(',')? {
                            source.get_while(usize::MAX, |c| c.is_ascii_digit())?
                        } else {
                            lo.clone()
                        };
                        if !source.matches('}')? {
                            seq.push(Node::Literal('{'));
                            source.seek(here)?;
                            continue;
                        }
                        let count = |digits: &str| -> Result<Option<u32>, Refused> {
                            if digits.is_empty() {
                                return Ok(None);
                            }
                            match digits.parse::<u64>() {
                                Ok(n) if n < MAXREPEAT => Ok(Some(n as u32)),
                                _ => Err(Refused("the repetition number is too large".into())),
                            }
                        };
                        let min = count(&lo)?.unwrap_or(0);
                        let max = count(&hi)?;
                        if let Some(max) = max
                            && max < min
                        {
                            return Err(source.error(
                                "min repeat greater than max repeat",
                                source.tell() - here,
                            ));
                        }
                        (min, max)
                    }
                };
                let at = source.tell() - here + 1;
                match seq.last() {
                    None | Some(Node::At(_)) => {
                        return Err(source.error("nothing to repeat", at));
                    }
                    Some(Node::Repeat { .. }) => {
                        return Err(source.error("multiple repeat", at));
                    }
                    _ => {}
                }
                let body = Box::new(seq.pop().expect("checked above"));
                let greed = if source.matches('?')? {
                    Greed::Lazy
                } else if source.matches('+')? {
                    Greed::Possessive
                } else {
                    Greed::Greedy
                };
                seq.push(Node::Repeat {
                    min,
                    max,
                    greed,
                    body,
                });
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = source.tell() - 1;
                let global = state.flags;
                let first = first && seq.is_empty();
                if let Some(node) = parse_group(source, state, verbose, nested, first, start)? {
                    seq.push(node);
                } else if state.flags != global {
                    verbose = state.flags.has(Flags::VERBOSE);
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            c => seq.push(Node::Literal(c)),
        }
    }
    Ok(seq)
}

/// After `(`: a group, a look-around, a conditional, a back-reference, or
/// nothing (a comment, global flags).
fn parse_group(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
    start: usize,
) -> Result<Option<Node>, Refused> {
    let mut capture = true;
    let mut atomic = false;
    let mut name = None;
    let mut add = Flags::default();
    let mut del = Flags::default();
    if source.matches('?')? {
        let Some(token) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let char = match token {
            Token::Char(c) => c,
            Token::Escape(e) => {
                return Err(source.error(&format!("unknown extension ?\\{e}"), 3));
            }
        };
        match char {
            'P' => {
                if source.matches('<')? {
                    let n = source.get_until('>', "group name")?;
                    source.check_group_name(&n, 1)?;
                    name = Some(n);
                } else if source.matches('=')? {
                    let n = source.get_until(')', "group name")?;
                    source.check_group_name(&n, 1)?;
                    let len = n.chars().count() + 1;
                    let Some(gid) = state.named(&n) else {
                        return Err(
                            source.error(&format!("unknown group name {}", py_repr(&n)), len)
                        );
                    };
                    if !state.closed(gid) {
                        return Err(source.error("cannot refer to an open group", len));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    return Ok(Some(Node::Backref(gid)));
                } else {
                    return Err(match source.get()? {
                        None => source.error("unexpected end of pattern", 0),
                        Some(t) => {
                            source.error(&format!("unknown extension ?P{}", shown(t)), t.len() + 2)
                        }
                    });
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if source.next.is_none() {
                        return Err(
                            source.error("missing ), unterminated comment", source.tell() - start)
                        );
                    }
                    if source.get()? == Some(Token::Char(')')) {
                        break;
                    }
                }
                return Ok(None);
            }
            '=' | '!' | '<' => {
                let mut negate = char == '!';
                let behind = char == '<';
                let mut outer = None;
                if behind {
                    match source.get()? {
                        None => return Err(source.error("unexpected end of pattern", 0)),
                        Some(Token::Char(c @ ('=' | '!'))) => negate = c == '!',
                        Some(t) => {
                            return Err(source
                                .error(&format!("unknown extension ?<{}", shown(t)), t.len() + 2));
                        }
                    }
                    outer = Some(state.lookbehind_groups);
                    if state.lookbehind_groups.is_none() {
                        state.lookbehind_groups = Some(state.groups());
                    }
                }
                let body = parse_sub(source, state, verbose, nested + 1)?;
                if let Some(None) = outer {
                    state.lookbehind_groups = None;
                }
                if !source.matches(')')? {
                    return Err(
                        source.error("missing ), unterminated subpattern", source.tell() - start)
                    );
                }
                return Ok(Some(Node::Look {
                    behind,
                    negate,
                    body,
                }));
            }
            '(' => return parse_conditional(source, state, verbose, nested, start).map(Some),
            '>' => {
                capture = false;
                atomic = true;
            }
            c if c == '-' || Flags::of(c).is_some() => match parse_flags(source, state, c)? {
                None => {
                    if !first {
                        return Err(source.error(
                            "global flags not at the start of the expression",
                            source.tell() - start,
                        ));
                    }
                    return Ok(None);
                }
                Some((a, d)) => {
                    add = a;
                    del = d;
                    capture = false;
                }
            },
            c => return Err(source.error(&format!("unknown extension ?{c}"), 2)),
        }
    }
    let index = if capture {
        let len = name.as_ref().map_or(0, |n: &String| n.chars().count() + 1);
        Some(
            state
                .open(name)
                .map_err(|message| source.error(&message, len))?,
        )
    } else {
        None
    };
    let sub_verbose = (verbose || add.has(Flags::VERBOSE)) && !del.has(Flags::VERBOSE);
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(gid) = index {
        state.widths[gid as usize] = Some(alternation_width(&body, state));
    }
    Ok(Some(if atomic {
        Node::Atomic(body)
    } else {
        Node::Group {
            index,
            add,
            del,
            body,
        }
    }))
}

/// `(?(group)yes|no)`, after `(?(`.
fn parse_conditional(
    source: &mut Tokenizer,
    state: &mut State,
    verbose: bool,
    nested: usize,
    start: usize,
) -> Result<Node, Refused> {
    let cond = source.get_until(')', "group name")?;
    let len = cond.chars().count() + 1;
    let group = if is_identifier(&cond) {
        match state.named(&cond) {
            Some(gid) => gid,
            None => {
                return Err(source.error(&format!("unknown group name {}", py_repr(&cond)), len));
            }
        }
    } else {
        let Some(number) = python_int(&cond) else {
            return Err(source.error(
                &format!("bad character in group name {}", py_repr(&cond)),
                len,
            ));
        };
        if number == 0 {
            return Err(source.error("bad group number", len));
        }
        let number = u32::try_from(number)
            .ok()
            .filter(|n| *n < u32::MAX / 2)
            .ok_or_else(|| source.error(&format!("invalid group reference {number}"), len))?;
        if !state.cond_refs.iter().any(|(g, _)| *g == number) {
            state.cond_refs.push((number, source.tell() - len));
        }
        number
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.matches('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.next == Some(Token::Char('|')) {
            return Err(source.error("conditional backref with more than two branches", 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.matches(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    Ok(Node::Conditional { group, yes, no })
}

/// The flags of `(?aiLmsux-imsx:…)` or `(?aiLmsux)`, after `(?` and the
/// first letter `c`: `None` for global flags (set in `state`).
fn parse_flags(
    source: &mut Tokenizer,
    state: &mut State,
    mut c: char,
) -> Result<Option<(Flags, Flags)>, Refused> {
    let mut add = Flags::default();
    let mut del = Flags::default();
    if c != '-' {
        loop {
            let flag = Flags::of(c).expect("a flag letter");
            if flag == Flags::LOCALE {
                return Err(source.error(
                    "bad inline flags: cannot use 'L' flag with a str pattern",
                    0,
                ));
            }
            add = add | flag;
            if flag.any(Flags::TYPES) && Flags(add.0 & Flags::TYPES.0) != flag {
                return Err(source.error(
                    "bad inline flags: flags 'a', 'u' and 'L' are incompatible",
                    0,
                ));
            }
            c = flag_letter(source, ")-:", "missing -, : or )")?;
            if ")-:".contains(c) {
                break;
            }
        }
    }
    if c == ')' {
        state.flags = state.flags | add;
        return Ok(None);
    }
    if add.has(Flags::TEMPLATE) {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if c == '-' {
        c = flag_letter(source, "", "missing flag")?;
        loop {
            let flag = Flags::of(c).expect("a flag letter");
            if flag.any(Flags::TYPES) {
                return Err(source.error(
                    "bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                    0,
                ));
            }
            del = del | flag;
            c = flag_letter(source, ":", "missing :")?;
            if c == ':' {
                break;
            }
        }
    }
    if del.has(Flags::TEMPLATE) {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add.any(del) {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}

/// The next character of a flag group: a flag letter or one of `ends`;
/// anything else is Python's "unknown flag" (a letter) or `missing`.
fn flag_letter(source: &mut Tokenizer, ends: &str, missing: &str) -> Result<char, Refused> {
    match source.get()? {
        None => Err(source.error(missing, 0)),
        Some(Token::Char(c)) if ends.contains(c) || Flags::of(c).is_some() => Ok(c),
        Some(Token::Char(c)) if c.is_alphabetic() => Err(source.error("unknown flag", 1)),
        Some(token) => Err(source.error(missing, token.len())),
    }
}

/// A token as the pattern spells it.
fn shown(t: Token) -> String {
    match t {
        Token::Char(c) => c.to_string(),
        Token::Escape(c) => format!("\\{c}"),
    }
}

/// A character class, after its `[`.
fn parse_class(source: &mut Tokenizer) -> Result<Node, Refused> {
    let here = source.tell() - 1;
    let negate = source.matches('^')?;
    let mut items: Vec<Item> = Vec::new();
    let unterminated =
        |source: &Tokenizer| source.error("unterminated character set", source.tell() - here);
    loop {
        let Some(this) = source.get()? else {
            return Err(unterminated(source));
        };
        if this == Token::Char(']') && !items.is_empty() {
            break;
        }
        let code1 = match this {
            Token::Escape(e) => class_escape(source, e)?,
            Token::Char(c) => Item::Char(c),
        };
        if source.matches('-')? {
            let Some(that) = source.get()? else {
                return Err(unterminated(source));
            };
            if that == Token::Char(']') {
                items.push(code1);
                items.push(Item::Char('-'));
                break;
            }
            let code2 = match that {
                Token::Escape(e) => class_escape(source, e)?,
                Token::Char(c) => Item::Char(c),
            };
            let bad = || {
                let text = format!("bad character range {}-{}", shown(this), shown(that));
                source.error(&text, this.len() + 1 + that.len())
            };
            match (code1, code2) {
                (Item::Char(lo), Item::Char(hi)) if lo <= hi => items.push(Item::Range(lo, hi)),
                _ => return Err(bad()),
            }
        } else {
            items.push(code1);
        }
    }
    let mut unique: Vec<Item> = Vec::with_capacity(items.len());
    for item in items {
        if !unique.contains(&item) {
            unique.push(item);
        }
    }
    Ok(match unique[..] {
        [Item::Char(c)] if negate => Node::NotLiteral(c),
        [Item::Char(c)] => Node::Literal(c),
        _ => Node::Class {
            negate,
            items: unique,
        },
    })
}

/// The category an escape letter names, if any.
fn category(e: char) -> Option<Category> {
    Some(match e {
        'd' => Category::Digit,
        'D' => Category::NotDigit,
        's' => Category::Space,
        'S' => Category::NotSpace,
        'w' => Category::Word,
        'W' => Category::NotWord,
        _ => return None,
    })
}

/// The character of a simple escape (`\n`, `\\`, …), if `e` makes one.
fn simple_escape(e: char) -> Option<char> {
    Some(match e {
        'a' => '\u{7}',
        'b' => '\u{8}',
        'f' => '\u{c}',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\u{b}',
        '\\' => '\\',
        _ => return None,
    })
}

/// The escapes that spell one character by its code (`\x`, `\u`, `\U`,
/// `\N{…}`), shared by classes and the rest; `None` when `e` is another.
fn code_escape(source: &mut Tokenizer, e: char) -> Result<Option<char>, Refused> {
    let hex = |source: &mut Tokenizer, n: usize| -> Result<char, Refused> {
        let digits = source.get_while(n, |c| c.is_ascii_hexdigit())?;
        let text = format!("\\{e}{digits}");
        if digits.chars().count() != n {
            return Err(source.error(&format!("incomplete escape {text}"), text.chars().count()));
        }
        let value = u32::from_str_radix(&digits, 16).expect("hex digits");
        char::from_u32(value)
            .or_else(|| (0xD800..0xE000).contains(&value).then(|| surrogate(value)))
            .ok_or_else(|| source.error(&format!("bad escape {text}"), text.chars().count()))
    };
    Ok(Some(match e {
        'x' => hex(source, 2)?,
        'u' => hex(source, 4)?,
        'U' => hex(source, 8)?,
        'N' => {
            if !source.matches('{')? {
                return Err(source.error("missing {", 0));
            }
            let name = source.get_until('}', "character name")?;
            match unicode_names2::character(&name) {
                Some(c) => c,
                None => {
                    return Err(source.error(
                        &format!("undefined character name {}", py_repr(&name)),
                        name.chars().count() + 4,
                    ));
                }
            }
        }
        _ => return Ok(None),
    }))
}

/// An escape inside a class.
fn class_escape(source: &mut Tokenizer, e: char) -> Result<Item, Refused> {
    if let Some(c) = simple_escape(e) {
        return Ok(Item::Char(c));
    }
    if let Some(cat) = category(e) {
        return Ok(Item::Category(cat));
    }
    if let Some(c) = code_escape(source, e)? {
        return Ok(Item::Char(c));
    }
    if e.is_digit(8) {
        let digits = source.get_while(2, |c| c.is_digit(8))?;
        let text = format!("{e}{digits}");
        let value = u32::from_str_radix(&text, 8).expect("octal digits");
        if value > 0o377 {
            return Err(source.error(
                &format!("octal escape value \\{text} outside of range 0-0o377"),
                text.len() + 1,
            ));
        }
        return Ok(Item::Char(char::from_u32(value).expect("below 256")));
    }
    if e.is_ascii_alphanumeric() {
        return Err(source.error(&format!("bad escape \\{e}"), 2));
    }
    Ok(Item::Char(e))
}

/// An escape outside a class.
fn escape(source: &mut Tokenizer, e: char, state: &State) -> Result<Escaped, Refused> {
    let at = |a| Ok(Escaped::Node(Node::At(a)));
    match e {
        'A' => return at(At::BeginningString),
        'b' => return at(At::Boundary),
        'B' => return at(At::NonBoundary),
        'Z' => return at(At::EndString),
        _ => {}
    }
    if let Some(cat) = category(e) {
        return Ok(Escaped::Item(Item::Category(cat)));
    }
    if let Some(c) = simple_escape(e) {
        return Ok(Escaped::Node(Node::Literal(c)));
    }
    if let Some(c) = code_escape(source, e)? {
        return Ok(Escaped::Node(Node::Literal(c)));
    }
    let literal = |value: u32| {
        Ok(Escaped::Node(Node::Literal(
            char::from_u32(value).expect("below 512"),
        )))
    };
    if e == '0' {
        let digits = source.get_while(2, |c| c.is_digit(8))?;
        return literal(u32::from_str_radix(&format!("0{digits}"), 8).expect("octal"));
    }
    if let Some(d) = e.to_digit(10) {
        let mut text = e.to_string();
        if source.next_is(|c| c.is_ascii_digit()) {
            let Some(Token::Char(second)) = source.get()? else {
                unreachable!("a digit was next")
            };
            text.push(second);
            if e.is_digit(8) && second.is_digit(8) && source.next_is(|c| c.is_digit(8)) {
                let Some(Token::Char(third)) = source.get()? else {
                    unreachable!("a digit was next")
                };
                text.push(third);
                let value = u32::from_str_radix(&text, 8).expect("octal");
                if value > 0o377 {
                    return Err(source.error(
                        &format!("octal escape value \\{text} outside of range 0-0o377"),
                        text.len() + 1,
                    ));
                }
                return literal(value);
            }
        }
        let group: u32 = text.parse().unwrap_or(d);
        if (group as usize) < state.groups() {
            if !state.closed(group) {
                return Err(source.error("cannot refer to an open group", text.len() + 1));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Escaped::Node(Node::Backref(group)));
        }
        return Err(source.error(&format!("invalid group reference {group}"), text.len()));
    }
    if e.is_ascii_alphabetic() {
        return Err(source.error(&format!("bad escape \\{e}"), 2));
    }
    Ok(Escaped::Node(Node::Literal(e)))
}

/// The fewest and most characters a sequence matches (Python's
/// `getwidth`, capped at `MAXWIDTH`).
fn seq_width(seq: &[Node], state: &State) -> (u128, u128) {
    let (mut lo, mut hi) = (0u128, 0u128);
    for node in seq {
        let (l, h) = node_width(node, state);
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (lo.min(MAXWIDTH), hi.min(MAXWIDTH))
}

fn alternation_width(alt: &Alternation, state: &State) -> (u128, u128) {
    let widths = alt.iter().map(|seq| seq_width(seq, state));
    let lo = widths.clone().map(|w| w.0).min().unwrap_or(0);
    let hi = widths.map(|w| w.1).max().unwrap_or(0);
    (lo, hi)
}

fn node_width(node: &Node, state: &State) -> (u128, u128) {
    match node {
        Node::Literal(_) | Node::NotLiteral(_) | Node::Any | Node::Class { .. } => (1, 1),
        Node::At(_) | Node::Look { .. } => (0, 0),
        Node::Repeat { min, max, body, .. } => {
            let (l, h) = node_width(body, state);
            let lo = l.saturating_mul(u128::from(*min));
            let hi = match max {
                None if h > 0 => MAXWIDTH,
                None => 0,
                Some(max) => h.saturating_mul(u128::from(*max)),
            };
            (lo.min(MAXWIDTH), hi.min(MAXWIDTH))
        }
        Node::Group { body, .. } | Node::Atomic(body) => alternation_width(body, state),
        Node::Backref(g) => state.widths[*g as usize].unwrap_or((0, 0)),
        Node::Conditional { yes, no, .. } => {
            let (l, h) = seq_width(yes, state);
            match no {
                Some(no) => {
                    let (l2, h2) = seq_width(no, state);
                    (l.min(l2), h.max(h2))
                }
                None => (0, h),
            }
        }
    }
}

/// Python's compiler: a look-behind must have a fixed width.
fn check_lookbehinds(alt: &Alternation, state: &State) -> Result<(), Refused> {
    for node in alt.iter().flatten() {
        check_node(node, state)?;
    }
    Ok(())
}

fn check_node(node: &Node, state: &State) -> Result<(), Refused> {
    match node {
        Node::Look { behind, body, .. } => {
            if *behind {
                let (lo, hi) = alternation_width(body, state);
                if lo > MAXCODE {
                    return Err(Refused("looks too much behind".into()));
                }
                if lo != hi {
                    return Err(Refused("look-behind requires fixed-width pattern".into()));
                }
            }
            check_lookbehinds(body, state)
        }
        Node::Repeat { body, .. } => check_node(body, state),
        Node::Group { body, .. } | Node::Atomic(body) => check_lookbehinds(body, state),
        Node::Conditional { yes, no, .. } => {
            for n in yes.iter().chain(no.iter().flatten()) {
                check_node(n, state)?;
            }
            Ok(())
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refused(pattern: &str) -> String {
        parse(pattern, Flags::default()).unwrap_err().0
    }

    #[test]
    fn refuses_what_python_refuses() {
        assert_eq!(refused("a**"), "multiple repeat at position 2");
        assert_eq!(refused("a{2}*"), "multiple repeat at position 4");
        assert_eq!(refused(r"\A{2,}"), "nothing to repeat at position 2");
        assert_eq!(refused("[a--b]"), "bad character range a-- at position 1");
        assert_eq!(
            refused("x{2,1}"),
            "min repeat greater than max repeat at position 2"
        );
        assert_eq!(refused("*"), "nothing to repeat at position 0");
        assert_eq!(
            refused("(?<=a+)b"),
            "look-behind requires fixed-width pattern"
        );
        assert_eq!(
            refused("(a"),
            "missing ), unterminated subpattern at position 0"
        );
        assert_eq!(refused("a)"), "unbalanced parenthesis at position 1");
        assert_eq!(refused(r"(a)\2"), "invalid group reference 2 at position 4");
        assert_eq!(
            refused("a(?i)"),
            "global flags not at the start of the expression at position 1"
        );
        assert_eq!(refused(r"\q"), "bad escape \\q at position 0");
    }

    #[test]
    fn reads_python_spellings() {
        let p = parse("(?P<x>a)(?P=x)", Flags::default()).unwrap();
        assert_eq!(p.body[0][1], Node::Backref(1));
        let p = parse(r"\N{LATIN SMALL LETTER M}", Flags::default()).unwrap();
        assert_eq!(p.body[0], vec![Node::Literal('m')]);
        let p = parse("a*+", Flags::default()).unwrap();
        assert!(matches!(
            p.body[0][0],
            Node::Repeat {
                greed: Greed::Possessive,
                ..
            }
        ));
        assert!(
            parse("(?a)x{", Flags::default())
                .unwrap()
                .flags
                .has(Flags::ASCII)
        );
        assert!(parse("x{2,1}", Flags::default()).is_err());
        assert!(parse("(?<=ab|cd)x", Flags::default()).is_ok());
    }
}
