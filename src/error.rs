//! The one error type of the crate, and the one path by which every error
//! and warning reaches the user: [`report`], `ffind: <message>` on standard
//! error, escaped when standard error is a terminal and the raw bytes in a
//! pipe. A message carries the names in it as bytes ([`Message`]), so a
//! name that is not UTF-8 is shown as `\xNN` on a terminal and as itself
//! in a pipe. `main` reports a search's error once; the exit status comes
//! from [`crate::outcome`].

use std::borrow::Cow;
use std::fmt;
use std::io::{self, Write};

/// Everything that can stop a search before or while it runs, and the
/// errors the library's iterator hands over in place ([`Error::Walk`],
/// [`Error::Root`]) while the search goes on.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// The pattern does not compile.
    Pattern {
        /// The pattern as it was compiled (after fuzzy expansion).
        pattern: String,
        /// The compiler's explanation.
        reason: String,
        /// Whether the pattern looks like a shell glob, for a `--glob` hint.
        looks_like_glob: bool,
    },
    /// The glob (`-g`) or an exclude glob (`-E`) does not compile.
    Glob {
        /// The glob as given.
        pattern: String,
        /// Why it does not compile.
        reason: String,
    },
    /// A folder to search does not exist or is not a folder.
    Root {
        /// The folder as the user typed it.
        path: Vec<u8>,
        /// Why it cannot be searched.
        reason: String,
    },
    /// A folder the walk could not read (fully), or did not enter again
    /// (a symlink loop), or a file it left unread (an ignore file that is
    /// not a regular file, or over a size cap): the search goes on without
    /// it.
    Walk {
        /// The folder's or file's path, as found (bytes: a name need not be
        /// UTF-8).
        path: Vec<u8>,
        /// What went wrong.
        reason: String,
    },
    /// The command line asks for something that cannot be done, found
    /// after parsing (roots nested under `--delete`): exit status 2. The
    /// message names folders, as bytes.
    Usage(Vec<u8>),
    /// The Python interpreter for `--module`/`--command` cannot be run, or
    /// the bridge to it failed (the message may name the interpreter, as
    /// bytes).
    Python(Vec<u8>),
    /// Writing the results to standard output failed.
    Write(io::Error),
    /// Any other failure of the system.
    Io(io::Error),
    /// The backtracking engine gave up on a name (a pattern that would
    /// backtrack for hours: see `pattern::backtrack`).
    GaveUp {
        /// The pattern as it was compiled.
        pattern: String,
        /// The name it gave up on.
        name: String,
    },
}

impl Error {
    /// Whether this is a write to a closed pipe, which ends ffind quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Write(err) | Error::Io(err) if err.kind() == io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Pattern {
                pattern,
                reason,
                looks_like_glob,
            } => {
                writeln!(f, "Sorry, the expression {pattern} is incorrect.")?;
                writeln!(f, "Remember that this should be a regular expression.")?;
                write!(f, "(https://docs.python.org/howto/regex.html)")?;
                if *looks_like_glob {
                    write!(
                        f,
                        "\nIt looks like a shell glob: to match names against a glob, use --glob \
                         (e.g. ffind --glob '*.py'), or use just \"py\" or \"py$\" as a regex."
                    )?;
                }
                write!(f, "\n{}", reason.trim_end())
            }
            Error::Glob { pattern, reason } => {
                write!(f, "the glob {pattern} is incorrect: {reason}")
            }
            Error::Root { path, reason } | Error::Walk { path, reason } => {
                write!(f, "{}: {reason}", String::from_utf8_lossy(path))
            }
            Error::Usage(message) | Error::Python(message) => {
                write!(f, "{}", String::from_utf8_lossy(message))
            }
            Error::GaveUp { pattern, name } => write!(
                f,
                "the expression {pattern} backtracked more than {} steps on {name}; \
                 stopped rather than run for hours (simplify the pattern)",
                crate::pattern::backtrack::STEPS
            ),
            Error::Write(err) => write!(f, "writing results: {}", reason(err)),
            Error::Io(err) => write!(f, "{}", reason(err)),
        }
    }
}

impl std::error::Error for Error {}

/// Something to say to the user, as bytes: ffind's own words, and the
/// names in them as they are (never through a lossy conversion), so that
/// the one writer ([`report`]) can escape them on a terminal and pass them
/// raw to a pipe.
pub trait Message {
    /// The message's text: lines of ffind's wording, the names as bytes.
    fn text(&self) -> Cow<'_, [u8]>;
}

impl<M: Message + ?Sized> Message for &M {
    fn text(&self) -> Cow<'_, [u8]> {
        (**self).text()
    }
}

impl Message for str {
    fn text(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self.as_bytes())
    }
}

impl Message for String {
    fn text(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self.as_bytes())
    }
}

impl Message for [u8] {
    fn text(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self)
    }
}

impl Message for Vec<u8> {
    fn text(&self) -> Cow<'_, [u8]> {
        Cow::Borrowed(self)
    }
}

impl Message for fmt::Arguments<'_> {
    fn text(&self) -> Cow<'_, [u8]> {
        Cow::Owned(self.to_string().into_bytes())
    }
}

impl Message for Error {
    fn text(&self) -> Cow<'_, [u8]> {
        match self {
            Error::Root { path, reason } | Error::Walk { path, reason } => {
                let mut text = path.clone();
                text.extend_from_slice(b": ");
                text.extend_from_slice(reason.as_bytes());
                Cow::Owned(text)
            }
            Error::Usage(message) | Error::Python(message) => Cow::Borrowed(message),
            other => Cow::Owned(other.to_string().into_bytes()),
        }
    }
}

/// Writes `ffind: <message>` on standard error: the one way an error or a
/// warning reaches the user. With `escape` (standard error is a terminal,
/// [`crate::config::Config::escape_messages`]) every line of the message is escaped
/// ([`crate::escape::write_lines`]), so a name in it cannot drive the
/// terminal; without, its bytes are written as they are.
pub fn report<M: Message + ?Sized>(message: &M, escape: bool) {
    say(b"ffind: ", &message.text(), escape);
}

/// Like [`report`], for the lines whose wording is the original's or
/// clap's and has no `ffind: ` prefix (`cannot delete: …`, usage errors).
pub fn report_unprefixed<M: Message + ?Sized>(message: &M, escape: bool) {
    say(b"", &message.text(), escape);
}

/// Writes clap's usage error `err` through the same path: its text holds
/// the offending argument as typed. On a terminal (`escape`) the argument
/// is escaped and clap's own colours (the sequences of `styles`) are kept,
/// unless `colour` is off; in a pipe clap's colours are dropped and the
/// argument's bytes are written as they are.
#[cfg(feature = "cli")]
pub fn report_usage(err: &clap::Error, styles: &clap::builder::Styles, colour: bool, escape: bool) {
    let rendered = err.render().ansi().to_string();
    let rendered = rendered.strip_suffix('\n').unwrap_or(&rendered);
    let ours = clap_sequences(styles);
    let mut text = Vec::with_capacity(rendered.len());
    let mut plain_from = 0;
    let mut at = 0;
    while at < rendered.len() {
        let rest = &rendered.as_bytes()[at..];
        let Some(sequence) = ours.iter().find(|s| rest.starts_with(s.as_bytes())) else {
            at += 1;
            continue;
        };
        crate::escape::write_lines(&mut text, &rendered.as_bytes()[plain_from..at], escape)
            .expect("writing to a Vec cannot fail");
        if escape && colour {
            text.extend_from_slice(sequence.as_bytes());
        }
        at += sequence.len();
        plain_from = at;
    }
    crate::escape::write_lines(&mut text, &rendered.as_bytes()[plain_from..], escape)
        .expect("writing to a Vec cannot fail");
    say(b"", &text, false);
}

/// Every escape sequence clap writes for `styles`: each style's own
/// sequences and the reset.
#[cfg(feature = "cli")]
fn clap_sequences(styles: &clap::builder::Styles) -> Vec<String> {
    let all = [
        styles.get_header(),
        styles.get_error(),
        styles.get_usage(),
        styles.get_literal(),
        styles.get_placeholder(),
        styles.get_valid(),
        styles.get_invalid(),
        styles.get_context(),
        styles.get_context_value(),
    ];
    let mut sequences: Vec<String> = all
        .iter()
        .flat_map(|style| [style.render().to_string(), style.render_reset().to_string()])
        .flat_map(|rendered| {
            rendered
                .split_inclusive('m')
                .map(str::to_owned)
                .collect::<Vec<_>>()
        })
        .filter(|sequence| sequence.starts_with("\x1b["))
        .collect();
    sequences.sort();
    sequences.dedup();
    sequences
}

fn say(prefix: &[u8], text: &[u8], escape: bool) {
    let mut line = prefix.to_vec();
    crate::escape::write_lines(&mut line, text, escape).expect("writing to a Vec cannot fail");
    line.push(b'\n');
    let _ = io::stderr().lock().write_all(&line);
}

/// An I/O error's message without Rust's ` (os error N)` suffix.
pub fn reason(err: &io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

impl From<io::Error> for Error {
    fn from(err: io::Error) -> Error {
        Error::Io(err)
    }
}
