//! Reads an `--exec` template the way `/bin/sh` would, far enough to know
//! the quoting at each placeholder ([`Quoting`]), where words end (for a
//! batch's repeated word), and whether a placeholder stands where the shell
//! would evaluate it (refused: arithmetic, `${…}` names, subscripts and
//! offsets, quoted here-documents, a comment, and the commands of
//! [`crate::template::sh_commands`]).
//!
//! The reading only guides the choice of a reference: no value is ever in
//! the line, so a construct read wrongly can change an argument but not
//! run a value. What it must not miss is an evaluating construct; there it
//! errs towards refusing (`$((` is always arithmetic, a placeholder
//! anywhere inside `$(( ))` or `${x:…}` is refused).

use std::collections::VecDeque;

use crate::template::Part;
use crate::template::sh_commands::{Case, Command};
use crate::template::{Token, Words};

/// The quoting a placeholder stands in, as the lexer read it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quoting {
    /// Unquoted (also directly inside `$( )`, backquotes or `${x:-…}`).
    Bare,
    /// Inside `'…'`.
    Single,
    /// Inside bash's `$'…'`.
    Ansi,
    /// Inside `"…"`.
    Double,
    /// In the body of a here-document whose delimiter is unquoted.
    HereDoc,
}

/// Reads `text` into tokens, or says why a placeholder cannot stand where
/// it does.
pub fn lex(text: &[u8]) -> Result<Vec<Token<Quoting>>, String> {
    let mut lexer = Lexer {
        commands: vec![Command::default()],
        ..Lexer::default()
    };
    lexer.run(text)?;
    for command in &mut lexer.commands {
        command.end_word()?;
    }
    Ok(lexer.words.finish())
}

/// Where in a `${…}` the lexer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ParamAt {
    /// In the name, with its length so far.
    Name(usize),
    /// In an array subscript, with the count of `[` opened inside.
    Subscript(usize),
    /// In a `${x:offset:length}` (arithmetic).
    Offset,
    /// In the word of `${x:-word}`, `${x#pattern}` and the like.
    Word,
}

/// A here-document whose body is still to come, or being read.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HereDoc {
    /// Its delimiter, quotes removed.
    delimiter: Vec<u8>,
    /// The delimiter was quoted: nothing expands in the body.
    quoted: bool,
    /// `<<-`: leading tabs are stripped.
    strip_tabs: bool,
    /// The body is read as code (by a shell, `.`): how to name it.
    code: Option<&'static str>,
    /// The count of commands open when the body began.
    commands: usize,
}

/// A shell construct around a point of the template, the outermost first.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Layer {
    /// Inside `'…'`.
    Single,
    /// Inside bash's `$'…'`.
    Ansi,
    /// Inside `"…"`.
    Double,
    /// Inside `\"…\"` in backquotes that are inside `"…"` (where the
    /// backslashes go when the backquotes are read).
    InnerDouble,
    /// Inside backquotes written with this many backslashes before each.
    Backquote(usize),
    /// Inside `$( )`, with the plain parentheses and the `case`s open.
    Subst { parens: usize, cases: usize },
    /// Inside `$(( ))` or `(( ))` (or `$[ ]` when `bracket`), with the
    /// parentheses open.
    Arith { parens: usize, bracket: bool },
    /// Inside `${…}`; `indirect` for `${!…}`.
    Param { at: ParamAt, indirect: bool },
    /// In a here-document's body.
    HereDoc(HereDoc),
}

#[derive(Default)]
struct Lexer {
    words: Words<Quoting>,
    layers: Vec<Layer>,
    /// The command at each nesting level (the top, each `$( )` and
    /// backquotes).
    commands: Vec<Command>,
    /// Inside a `#` comment (till the end of the line).
    comment: bool,
    /// Here-documents announced on the current line.
    pending: VecDeque<HereDoc>,
    /// At the start of a here-document's line.
    line_start: bool,
}

/// The placeholder at the start of `t`: its length and part.
fn placeholder(t: &[u8]) -> Option<(usize, Part)> {
    Part::ALL
        .iter()
        .find(|(s, _)| t.starts_with(s.as_bytes()))
        .map(|&(s, part)| (s.len(), part))
}

impl Lexer {
    fn run(&mut self, t: &[u8]) -> Result<(), String> {
        let mut i = 0;
        while i < t.len() {
            if let Some((len, part)) = placeholder(&t[i..]) {
                self.placeholder(part)?;
                i += len;
                continue;
            }
            let c = t[i];
            if self.comment {
                self.comment = c != b'\n';
                if self.comment {
                    self.words.text.push(c);
                } else {
                    self.operator(c)?;
                }
                i += 1;
                continue;
            }
            i += match self.layers.last() {
                Some(Layer::Single) => self.single(c),
                Some(Layer::Ansi) => self.ansi(&t[i..]),
                Some(Layer::Double | Layer::InnerDouble) => self.double(&t[i..])?,
                Some(Layer::HereDoc(_)) => self.here_doc(&t[i..])?,
                Some(Layer::Param {
                    at: ParamAt::Name(_),
                    ..
                }) => self.param_name(&t[i..]),
                Some(Layer::Param { .. } | Layer::Arith { .. }) => self.inside_braces(&t[i..])?,
                _ => self.unquoted(&t[i..])?,
            };
        }
        Ok(())
    }

    /// The innermost command (the one a word belongs to).
    fn command(&mut self) -> &mut Command {
        self.commands.last_mut().expect("the top command stays")
    }

    /// Literal text of the current word; `unquoted` is what the word holds
    /// once quotes and escapes are removed.
    fn literal(&mut self, raw: &[u8], unquoted: &[u8]) {
        self.words.literal(raw);
        if !matches!(self.layers.last(), Some(Layer::HereDoc(_))) {
            self.command().push(unquoted);
        }
    }

    /// A quote character: text, with no effect on where a word starts.
    fn quote(&mut self, c: u8) {
        self.words.text.push(c);
    }

    /// A placeholder where the lexer stands.
    fn placeholder(&mut self, part: Part) -> Result<(), String> {
        if self.comment {
            return Err("a placeholder inside a shell comment".to_owned());
        }
        let mut commands = 0;
        for layer in &self.layers {
            let refused = match layer {
                Layer::Arith { .. } => "arithmetic ($(( )), (( )), $[ ])",
                Layer::Param { indirect: true, .. } => "${!…} (a name reference)",
                Layer::Param {
                    at: ParamAt::Name(_),
                    ..
                } => "the name of a ${…}",
                Layer::Param {
                    at: ParamAt::Subscript(_),
                    ..
                } => "an array subscript (arithmetic)",
                Layer::Param {
                    at: ParamAt::Offset,
                    ..
                } => "${x:offset:length} (arithmetic)",
                Layer::HereDoc(doc) if doc.quoted => {
                    return Err("a placeholder in a here-document with a quoted \
                                delimiter is refused: nothing expands there"
                        .to_owned());
                }
                Layer::HereDoc(doc) => {
                    commands = doc.commands;
                    match doc.code {
                        Some(code) => code,
                        None => continue,
                    }
                }
                _ => continue,
            };
            return Err(format!(
                "a placeholder in {refused} is refused: the shell evaluates it, \
                 so a name could run as code"
            ));
        }
        for command in &mut self.commands[commands..] {
            command.value()?;
        }
        let quoting = self.quoting();
        let word_start = self.words.word_start;
        self.words.value(part, quoting, word_start);
        Ok(())
    }

    /// The quoting at the lexer's point: the innermost quote inside the
    /// innermost command.
    fn quoting(&self) -> Quoting {
        for layer in self.layers.iter().rev() {
            return match layer {
                Layer::Single => Quoting::Single,
                Layer::Ansi => Quoting::Ansi,
                Layer::Double | Layer::InnerDouble => Quoting::Double,
                Layer::HereDoc(_) => Quoting::HereDoc,
                Layer::Param { .. } => continue,
                _ => Quoting::Bare,
            };
        }
        Quoting::Bare
    }

    fn single(&mut self, c: u8) -> usize {
        if c == b'\'' {
            self.layers.pop();
            self.quote(c);
        } else {
            self.literal(&[c], &[c]);
        }
        1
    }

    fn ansi(&mut self, t: &[u8]) -> usize {
        match t[0] {
            b'\\' => {
                let n = t.len().min(2);
                self.literal(&t[..n], &t[1..n]);
                n
            }
            b'\'' => {
                self.layers.pop();
                self.quote(b'\'');
                1
            }
            c => {
                self.literal(&[c], &[c]);
                1
            }
        }
    }

    fn double(&mut self, t: &[u8]) -> Result<usize, String> {
        if self.layers.last() == Some(&Layer::InnerDouble) && t.starts_with(b"\\\"") {
            self.layers.pop();
            self.words.text.extend_from_slice(b"\\\"");
            return Ok(2);
        }
        Ok(match t[0] {
            b'"' => {
                self.layers.pop();
                self.quote(b'"');
                1
            }
            b'\\' | b'`' => self.backslashes(t)?,
            b'$' => self.dollar(t)?,
            c => {
                self.literal(&[c], &[c]);
                1
            }
        })
    }

    /// Text outside quotes, directly in a command: words and operators.
    fn unquoted(&mut self, t: &[u8]) -> Result<usize, String> {
        let c = t[0];
        let next = t.get(1).copied();
        match c {
            b'\\' | b'`' => return self.backslashes(t),
            b'\'' => {
                self.layers.push(Layer::Single);
                self.quote(c);
            }
            b'"' => {
                self.layers.push(Layer::Double);
                self.quote(c);
            }
            b'$' => return self.dollar(t),
            b'(' if next == Some(b'(') && self.command().at_start() => {
                self.open_arith(b"((", false);
                return Ok(2);
            }
            b'(' => {
                if let Some(Layer::Subst { parens, .. }) = self.layers.last_mut() {
                    *parens += 1;
                }
                self.operator(c)?;
            }
            b')' => match self.layers.last_mut() {
                Some(Layer::Subst { parens, .. }) if *parens > 0 => {
                    *parens -= 1;
                    self.operator(c)?;
                }
                Some(Layer::Subst { cases, .. }) if *cases > 0 => self.operator(c)?,
                Some(Layer::Subst { .. }) => self.close_command(b")")?,
                _ => self.operator(c)?,
            },
            b'#' if self.words.word_start => {
                self.comment = true;
                self.words.boundary(c);
            }
            b'<' if next == Some(b'<') => return self.here(t),
            b'\n' => {
                self.operator(c)?;
                if let Some(mut doc) = self.pending.pop_front() {
                    doc.commands = self.commands.len();
                    self.layers.push(Layer::HereDoc(doc));
                    self.line_start = true;
                }
            }
            b';' | b'&' | b'|' => self.operator(c)?,
            b' ' | b'\t' | b'<' | b'>' => self.blank(c)?,
            _ => self.literal(&[c], &[c]),
        }
        Ok(1)
    }

    /// Inside `${…}` past its name, or inside arithmetic: no word breaks;
    /// quotes, substitutions and the closing brace or parentheses.
    fn inside_braces(&mut self, t: &[u8]) -> Result<usize, String> {
        let c = t[0];
        let in_double = self.layers.contains(&Layer::Double);
        let top = self.layers.last_mut().expect("inside a layer");
        match (c, top) {
            (b'\\' | b'`', _) => return self.backslashes(t),
            (b'$', _) => return self.dollar(t),
            (b'"', _) => {
                self.layers.push(Layer::Double);
                self.quote(c);
            }
            (b'\'', Layer::Param { .. }) if in_double => self.literal(&[c], &[c]),
            (b'\'', _) => {
                self.layers.push(Layer::Single);
                self.quote(c);
            }
            (b'}', Layer::Param { .. }) => {
                self.layers.pop();
                self.quote(c);
            }
            (
                b'[',
                Layer::Param {
                    at: ParamAt::Subscript(depth),
                    ..
                },
            ) => {
                *depth += 1;
                self.literal(&[c], &[c]);
            }
            (
                b']',
                Layer::Param {
                    at: at @ ParamAt::Subscript(_),
                    ..
                },
            ) => {
                *at = match *at {
                    ParamAt::Subscript(0) => ParamAt::Name(1),
                    ParamAt::Subscript(depth) => ParamAt::Subscript(depth - 1),
                    other => other,
                };
                self.literal(&[c], &[c]);
            }
            (b'(', Layer::Arith { parens, .. }) => {
                *parens += 1;
                self.literal(&[c], &[c]);
            }
            (
                b')',
                Layer::Arith {
                    parens: 0,
                    bracket: false,
                },
            ) if t.get(1) == Some(&b')') => {
                self.layers.pop();
                self.literal(b"))", b"))");
                return Ok(2);
            }
            (b')', Layer::Arith { parens, .. }) => {
                *parens = parens.saturating_sub(1);
                self.literal(&[c], &[c]);
            }
            (
                b']',
                Layer::Arith {
                    parens: 0,
                    bracket: true,
                },
            ) => {
                self.layers.pop();
                self.literal(&[c], &[c]);
            }
            _ => self.literal(&[c], &[c]),
        }
        Ok(1)
    }

    /// The name part of `${…}`: up to a subscript, an operator or `}`.
    fn param_name(&mut self, t: &[u8]) -> usize {
        let c = t[0];
        let Some(Layer::Param { at, indirect }) = self.layers.last_mut() else {
            unreachable!("called inside ${{…}}")
        };
        let ParamAt::Name(len) = *at else {
            unreachable!("called in the name")
        };
        let mut used = 1;
        match c {
            b'}' => {
                self.layers.pop();
                self.quote(c);
                return 1;
            }
            b'!' if len == 0 => *indirect = true,
            b'#' if len == 0 && t.get(1) != Some(&b'}') => {}
            b'[' => *at = ParamAt::Subscript(0),
            b':' if t.get(1).is_some_and(|b| b"-=?+".contains(b)) => {
                *at = ParamAt::Word;
                used = 2;
            }
            b':' => *at = ParamAt::Offset,
            c if c.is_ascii_alphanumeric() || c == b'_' => *at = ParamAt::Name(len + 1),
            b'@' | b'*' | b'#' | b'?' | b'-' | b'$' | b'!' if len == 0 => *at = ParamAt::Name(1),
            _ => *at = ParamAt::Word,
        }
        self.literal(&t[..used], &t[..used]);
        used
    }

    /// A body line of a here-document: its end at the delimiter, else text
    /// in which `$`, backquotes and `\` act (unless the delimiter was
    /// quoted).
    fn here_doc(&mut self, t: &[u8]) -> Result<usize, String> {
        let Some(Layer::HereDoc(doc)) = self.layers.last() else {
            unreachable!("called in a here-document")
        };
        let quoted = doc.quoted;
        if self.line_start {
            self.line_start = false;
            let tabs = if doc.strip_tabs {
                t.iter().take_while(|&&b| b == b'\t').count()
            } else {
                0
            };
            let rest = &t[tabs..];
            let end = tabs + doc.delimiter.len();
            if rest.starts_with(&doc.delimiter) && t.get(end).is_none_or(|&b| b == b'\n') {
                self.layers.pop();
                self.words.literal(&t[..end]);
                return Ok(end);
            }
        }
        let c = t[0];
        Ok(match c {
            b'\n' => {
                self.line_start = true;
                self.literal(&[c], &[c]);
                1
            }
            b'\\' | b'`' if !quoted => self.backslashes(t)?,
            b'$' if !quoted => self.dollar(t)?,
            _ => {
                self.literal(&[c], &[c]);
                1
            }
        })
    }

    /// `$` and what follows it: `$'…'`, `$((`, `$(`, `$[`, `${`, or a
    /// plain `$`.
    fn dollar(&mut self, t: &[u8]) -> Result<usize, String> {
        if placeholder(&t[1..]).is_some() {
            return Err("a placeholder right after `$`".to_owned());
        }
        let quoted = matches!(
            self.layers.last(),
            Some(Layer::Double | Layer::InnerDouble | Layer::HereDoc(_))
        );
        Ok(match t.get(1) {
            Some(b'\'') if !quoted => {
                self.literal(b"$", b"");
                self.quote(b'\'');
                self.layers.push(Layer::Ansi);
                2
            }
            Some(b'(') if t.get(2) == Some(&b'(') => {
                self.open_arith(b"$((", false);
                3
            }
            Some(b'(') => {
                self.open_command(
                    b"$(",
                    Layer::Subst {
                        parens: 0,
                        cases: 0,
                    },
                );
                2
            }
            Some(b'[') => {
                self.open_arith(b"$[", true);
                2
            }
            Some(b'{') => {
                self.literal(b"${", b"$");
                self.layers.push(Layer::Param {
                    at: ParamAt::Name(0),
                    indirect: false,
                });
                2
            }
            _ => {
                self.literal(b"$", b"$");
                1
            }
        })
    }

    /// A run of backslashes, maybe ending in a backquote: a backquote
    /// opens or closes a command substitution when its backslashes are
    /// those of a level (0 at the top, 1 inside one backquote level, 3
    /// inside two…); otherwise each backslash escapes the byte after it.
    fn backslashes(&mut self, t: &[u8]) -> Result<usize, String> {
        let n = t.iter().take_while(|&&b| b == b'\\').count();
        if t.get(n) == Some(&b'`') {
            let levels: Vec<usize> = self
                .layers
                .iter()
                .filter_map(|l| match l {
                    Layer::Backquote(level) => Some(*level),
                    _ => None,
                })
                .collect();
            if let Some(at) = self.layers.iter().rposition(|l| *l == Layer::Backquote(n)) {
                // Whatever was left open inside the substitution ends with
                // it, the commands of its own substitutions too.
                let inner = self.layers[at + 1..]
                    .iter()
                    .filter(|l| matches!(l, Layer::Subst { .. } | Layer::Backquote(_)))
                    .count();
                let commands = self.commands.len().saturating_sub(inner).max(1);
                self.commands.truncate(commands);
                self.layers.truncate(at + 1);
                self.close_command(&t[..=n])?;
                return Ok(n + 1);
            }
            let next_level = levels.last().map_or(0, |level| 2 * level + 1);
            if n == next_level {
                self.open_command(&t[..=n], Layer::Backquote(n));
                return Ok(n + 1);
            }
        }
        let inner = self.layers.len() > 1
            && self.layers[self.layers.len() - 2..] == [Layer::Double, Layer::Backquote(0)];
        if n == 1 && t.get(1) == Some(&b'"') && inner {
            self.layers.push(Layer::InnerDouble);
            self.words.text.extend_from_slice(b"\\\"");
            return Ok(2);
        }
        let len = t.len().min(2);
        // A backslash before a line break joins the lines: nothing is left
        // of either in the word (`ev\<newline>al` is `eval`).
        let kept = if t.get(1) == Some(&b'\n') {
            &[][..]
        } else {
            &t[1..len]
        };
        self.literal(&t[..len], kept);
        Ok(len)
    }

    /// Opens a nested command (`$(` or backquotes): words start afresh.
    fn open_command(&mut self, opener: &[u8], layer: Layer) {
        self.command().push(b"$");
        self.words.text.extend_from_slice(opener);
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.layers.push(layer);
        self.commands.push(Command::default());
        self.words.word_start = true;
    }

    /// Closes the innermost nested command with `closer`.
    fn close_command(&mut self, closer: &[u8]) -> Result<(), String> {
        self.command().end_command()?;
        if self.commands.len() > 1 {
            self.commands.pop();
        }
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.layers.pop();
        self.words.text.extend_from_slice(closer);
        self.words.word_start = false;
        Ok(())
    }

    /// Opens arithmetic (`$((`, `((`, `$[`).
    fn open_arith(&mut self, opener: &[u8], bracket: bool) {
        self.literal(opener, b"$");
        self.layers.push(Layer::Arith { parens: 0, bracket });
    }

    /// A blank or redirection: it ends the word.
    fn blank(&mut self, c: u8) -> Result<(), String> {
        self.end_word()?;
        self.words.boundary(c);
        Ok(())
    }

    /// `;`, `&`, `|`, `(`, `)`, a line break: they end the command.
    fn operator(&mut self, c: u8) -> Result<(), String> {
        let case = self.command().end_command()?;
        self.case(case);
        self.words.boundary(c);
        Ok(())
    }

    fn end_word(&mut self) -> Result<(), String> {
        let case = self.command().end_word()?;
        self.case(case);
        Ok(())
    }

    /// Counts the `case`s open in the innermost `$( )`: their patterns'
    /// `)` does not close it.
    fn case(&mut self, case: Option<Case>) {
        let innermost = self
            .layers
            .iter_mut()
            .rev()
            .find(|l| matches!(l, Layer::Subst { .. } | Layer::Backquote(_)));
        if let (Some(Layer::Subst { cases, .. }), Some(case)) = (innermost, case) {
            *cases = match case {
                Case::Opens => *cases + 1,
                Case::Closes => cases.saturating_sub(1),
            };
        }
    }

    /// `<<<` (a here-string) or `<<`/`<<-` and a here-document's delimiter.
    fn here(&mut self, t: &[u8]) -> Result<usize, String> {
        if t.get(2) == Some(&b'<') {
            for &c in &t[..3] {
                self.blank(c)?;
            }
            self.command().here_string();
            return Ok(3);
        }
        self.end_word()?;
        let strip_tabs = t.get(2) == Some(&b'-');
        let mut i = if strip_tabs { 3 } else { 2 };
        while matches!(t.get(i), Some(b' ' | b'\t')) {
            i += 1;
        }
        let (mut delimiter, mut quoted, mut quote) = (Vec::new(), false, None);
        while let Some(&c) = t.get(i) {
            if quote.is_none() && (b" \t\n;&|<>()".contains(&c)) {
                break;
            }
            if placeholder(&t[i..]).is_some() {
                return Err("a placeholder in a here-document's delimiter".to_owned());
            }
            match (c, quote) {
                (b'\'' | b'"', None) => {
                    quote = Some(c);
                    quoted = true;
                }
                (c, Some(q)) if c == q => quote = None,
                (b'\\', None) => {
                    quoted = true;
                    i += 1;
                    delimiter.extend(t.get(i));
                }
                _ => delimiter.push(c),
            }
            i += 1;
        }
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.words.text.extend_from_slice(&t[..i]);
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.words.word_start = true;
        let code = self.command().stdin_is_code();
        self.pending.push_back(HereDoc {
            delimiter,
            quoted,
            strip_tabs,
            code,
            commands: 0,
        });
        Ok(i)
    }
}
