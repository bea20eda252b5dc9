//! The one error type of the crate; `main` prints it once as
//! `ffind: <message>` and picks the exit status.

use std::fmt;
use std::io;

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
    /// Any other failure, such as writing the output.
    Io(io::Error),
}

impl Error {
    /// Whether this is a write to a closed pipe, which ends ffind quietly.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Io(err) if err.kind() == io::ErrorKind::BrokenPipe)
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
                writeln!(
                    f,
                    "Remember that this should be a regular expression, in Rust's regex syntax."
                )?;
                write!(f, "(https://docs.rs/regex/latest/regex/#syntax)")?;
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
            Error::Io(err) => write!(f, "{err}"),
        }
    }
}

impl std::error::Error for Error {}

/// Prints a message once, as `ffind: <message>` on standard error.
pub fn report(message: &dyn fmt::Display) {
    eprintln!("ffind: {message}");
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
