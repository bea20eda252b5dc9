//! The one error type of the crate, and the one path by which every error
//! and warning reaches the user: [`report`], `ffind: <message>` on standard
//! error, escaped when standard error is a terminal. `main` reports a
//! search's error once; the exit status comes from [`crate::outcome`].

use std::fmt;
use std::io::{self, Write};

/// Everything that can stop a search before or while it runs.
#[derive(Debug)]
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
        path: String,
        /// Why it cannot be searched.
        reason: String,
    },
    /// The Python interpreter for `--module`/`--command` cannot be run.
    Python(String),
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
            Error::Root { path, reason } => write!(f, "{path}: {reason}"),
            Error::Python(message) => write!(f, "{message}"),
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

/// Writes `ffind: <message>` on standard error: the one way an error or a
/// warning reaches the user. With `escape` (standard error is a terminal,
/// [`crate::Config::escape_messages`]) every line of the message is escaped
/// ([`crate::escape`]), so a name in it cannot drive the terminal.
pub fn report(message: &dyn fmt::Display, escape: bool) {
    say(b"ffind: ", message, escape);
}

/// Like [`report`], for the lines whose wording is the original's and has
/// no `ffind: ` prefix (`cannot delete: …`).
pub fn report_unprefixed(message: &dyn fmt::Display, escape: bool) {
    say(b"", message, escape);
}

fn say(prefix: &[u8], message: &dyn fmt::Display, escape: bool) {
    let text = message.to_string();
    let mut line = prefix.to_vec();
    if escape {
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                line.push(b'\n');
            }
            line.extend_from_slice(&crate::escape::escaped(part.as_bytes()));
        }
    } else {
        line.extend_from_slice(text.as_bytes());
    }
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
