//! The `--exec` templates: what those of `/bin/sh` ([`sh`], read by
//! [`sh_lexer`] with the commands of [`sh_commands`]) and of `cmd.exe`
//! ([`cmd`]) share once each dialect's
//! lexer has read them: the tokens (text, placeholders, word breaks), the
//! one repeated word of a batch, and the rendering of a line for a match.
//! A [`Dialect`] says how a value is taken from the path and how it is put
//! where a placeholder stands: `sh` writes a reference there and passes the
//! value as a separate argument, `cmd` writes it quoted.
//!
//! [`format`](mod@format) reads the `--format` template: the same path parts
//! ([`part`]) plus metadata fields, written by `output::format`.

use std::borrow::Cow;
use std::fmt::Debug;

// Each platform's form of `--exec` is unit-tested on every platform.
#[cfg_attr(not(windows), allow(dead_code))]
pub mod cmd;
pub mod format;
pub mod part;
#[cfg_attr(not(unix), allow(dead_code))]
pub mod sh;
#[cfg_attr(not(unix), allow(dead_code))]
pub mod sh_commands;
#[cfg_attr(not(unix), allow(dead_code))]
pub mod sh_lexer;

pub use part::Part;

/// The `--exec` template of this platform: read as `/bin/sh` reads it on
/// Unix, as `cmd.exe` does on Windows.
#[cfg(windows)]
pub use cmd::Template;
/// The `--exec` template of this platform: read as `/bin/sh` reads it on
/// Unix, as `cmd.exe` does on Windows.
#[cfg(unix)]
pub use sh::Template;

/// How one command interpreter's templates are read and written.
pub trait Dialect {
    /// Where a placeholder stands, as the lexer found it (the shell's
    /// quoting around it; nothing for `cmd`).
    type At: Debug + Clone + PartialEq + Eq;

    /// What a value starting with `-` gets in front when it begins a word,
    /// so that no command takes it for an option (`./`, `.\`).
    const HERE: &'static [u8];

    /// The text every line starts with, before the template's own.
    const PROLOGUE: &'static [u8];

    /// Reads `text` into tokens.
    fn lex(text: &str) -> Result<Vec<Token<Self::At>>, String>;

    /// This part of the printed path `path`.
    fn part(part: Part, path: &[u8]) -> Cow<'_, [u8]>;

    /// Puts `value` where a placeholder stands (`at`): appends to `line`
    /// what stands for it, and to `values` what travels beside the line.
    fn place(value: Vec<u8>, at: &Self::At, line: &mut Vec<u8>, values: &mut Vec<Vec<u8>>);

    /// Why a placeholder standing `at` cannot be in a batch's repeated
    /// word, if it cannot.
    fn unrepeatable(_at: &Self::At) -> Option<&'static str> {
        None
    }
}

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Token<A> {
    /// Template text, copied as it is.
    Text(Vec<u8>),
    /// A placeholder, where it stands, and whether it begins a word.
    Value {
        /// What it stands for.
        part: Part,
        /// Where it stands (its quoting).
        at: A,
        /// Whether it begins a word (a value starting with `-` then gets
        /// [`Dialect::HERE`]).
        word_start: bool,
    },
    /// A boundary between words (an unquoted blank or operator).
    Break,
}

/// A parsed `--exec` or `--exec-batch` template in dialect `D`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tokens<D: Dialect> {
    tokens: Vec<Token<D::At>>,
    /// For a batch: the tokens of the one word holding placeholders, which
    /// is repeated for each match.
    word: (usize, usize),
}

impl<D: Dialect> Tokens<D> {
    /// Parses an `--exec` template (the clap value parser). A template
    /// without any placeholder is read with ` {}` appended; when that is
    /// refused, so is the template.
    pub fn exec(text: &str) -> Result<Tokens<D>, String> {
        if text.trim().is_empty() {
            return Err("the command is empty".to_owned());
        }
        let mut tokens = D::lex(text)?;
        if !tokens.iter().any(|t| matches!(t, Token::Value { .. })) {
            tokens = D::lex(&format!("{text} {{}}")).map_err(|why| {
                format!("{{}} cannot be appended to this command ({why}): write {{}} where the path goes")
            })?;
        }
        Ok(Tokens {
            tokens,
            word: (0, 0),
        })
    }

    /// Parses an `--exec-batch` template (the clap value parser): its
    /// placeholders must all stand in one word.
    pub fn batch(text: &str) -> Result<Tokens<D>, String> {
        let mut template = Tokens::exec(text)?;
        let holding: Vec<(usize, usize)> = template
            .words()
            .filter(|&(from, to)| {
                template.tokens[from..to]
                    .iter()
                    .any(|t| matches!(t, Token::Value { .. }))
            })
            .collect();
        if holding.len() > 1 {
            return Err("with --exec-batch, placeholders must stand in one word \
                        (the word is repeated for each match)"
                .to_owned());
        }
        template.word = holding[0];
        for token in template.batch_tokens() {
            if let Token::Value { at, .. } = token
                && let Some(why) = D::unrepeatable(at)
            {
                return Err(format!("with --exec-batch, {why}"));
            }
        }
        Ok(template)
    }

    /// The spans of tokens between breaks.
    fn words(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut from = 0;
        let n = self.tokens.len();
        (0..=n).filter_map(move |i| {
            if i == n || self.tokens[i] == Token::Break {
                let span = (from, i);
                from = i + 1;
                Some(span)
            } else {
                None
            }
        })
    }

    /// The tokens of a batch's repeated word.
    pub(super) fn batch_tokens(&self) -> &[Token<D::At>] {
        &self.tokens[self.word.0..self.word.1]
    }

    /// Appends the line for one match to `line`, and the values that go
    /// beside it to `values`.
    pub fn render(&self, path: &[u8], line: &mut Vec<u8>, values: &mut Vec<Vec<u8>>) {
        line.extend_from_slice(D::PROLOGUE);
        render::<D>(&self.tokens, path, line, values);
    }

    /// Appends the batch line's text before the repeated word.
    pub fn batch_head(&self, line: &mut Vec<u8>) {
        line.extend_from_slice(D::PROLOGUE);
        render::<D>(&self.tokens[..self.word.0], b"", line, &mut Vec::new());
    }

    /// Appends the repeated word for one match to `line`, and its values to
    /// `values` (after those of the matches before it in the batch).
    pub fn batch_word(&self, path: &[u8], line: &mut Vec<u8>, values: &mut Vec<Vec<u8>>) {
        render::<D>(self.batch_tokens(), path, line, values);
    }

    /// Appends the batch line's text after the repeated word.
    pub fn batch_tail(&self, line: &mut Vec<u8>) {
        render::<D>(&self.tokens[self.word.1..], b"", line, &mut Vec::new());
    }
}

/// Appends `tokens` rendered for the match `path` to `line` and `values`.
fn render<D: Dialect>(
    tokens: &[Token<D::At>],
    path: &[u8],
    line: &mut Vec<u8>,
    values: &mut Vec<Vec<u8>>,
) {
    for token in tokens {
        match token {
            Token::Text(text) => line.extend_from_slice(text),
            Token::Value {
                part,
                at,
                word_start,
            } => {
                let value = D::part(*part, path);
                let value = if *word_start && value.starts_with(b"-") {
                    [D::HERE, &value].concat()
                } else {
                    value.into_owned()
                };
                D::place(value, at, line, values);
            }
            Token::Break => {}
        }
    }
}

/// The tokens a lexer has read so far, and the word it is in.
#[derive(Debug)]
pub struct Words<A> {
    /// The tokens read.
    pub tokens: Vec<Token<A>>,
    /// Text read and not yet made a token.
    pub text: Vec<u8>,
    /// Whether the next byte begins a word.
    pub word_start: bool,
}

impl<A> Default for Words<A> {
    fn default() -> Words<A> {
        Words {
            tokens: Vec::new(),
            text: Vec::new(),
            word_start: true,
        }
    }
}

impl<A> Words<A> {
    /// Moves the pending text into a token.
    pub fn flush(&mut self) {
        if !self.text.is_empty() {
            self.tokens
                .push(Token::Text(std::mem::take(&mut self.text)));
        }
    }

    /// Text that is part of the current word.
    pub fn literal(&mut self, bytes: &[u8]) {
        self.text.extend_from_slice(bytes);
        self.word_start = false;
    }

    /// A blank or an operator: it ends the word before and starts a new one.
    pub fn boundary(&mut self, c: u8) {
        self.flush();
        self.tokens.push(Token::Break);
        self.text.push(c);
        self.flush();
        self.tokens.push(Token::Break);
        self.word_start = true;
    }

    /// A placeholder standing `at`, beginning a word if `word_start`.
    pub fn value(&mut self, part: Part, at: A, word_start: bool) {
        self.flush();
        self.tokens.push(Token::Value {
            part,
            at,
            word_start,
        });
        self.word_start = false;
    }

    /// The tokens, the pending text flushed.
    pub fn finish(mut self) -> Vec<Token<A>> {
        self.flush();
        self.tokens
    }
}
