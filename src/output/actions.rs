//! The actions on matches: `--delete`, `--exec`, `--exec-batch`,
//! `--module`, `--command`. Each match is acted on in order, instead of
//! being printed.

use std::fmt::Write as _;
use std::io;
use std::process::Command;

use crate::config::{Action, Config};
use crate::error::Error;
use crate::listing::Listing;
use crate::outcome::Outcome;
use crate::output::delete::Deleter;
use crate::output::exec::{self, Batch, Each};
use crate::output::python::{Mode, Python, Ran};
use crate::walk::{Consumer, Flow};

/// Acts on every match it is given.
pub struct Actor<'c> {
    action: &'c Action,
    python: Option<Python>,
    deleter: Option<Deleter<'c>>,
    batch: Option<Batch<'c>>,
    each: Option<Each<'c>>,
    failed: bool,
    exit: Option<i32>,
}

impl<'c> Actor<'c> {
    /// An actor for `config.action`; starts the Python interpreter when the
    /// action needs one, so a missing interpreter is reported before the
    /// search starts.
    pub fn new(config: &'c Config) -> Result<Actor<'c>, Error> {
        let python = match &config.action {
            Action::Module(spec) => Some((Mode::Module, spec)),
            Action::Command(program) => Some((Mode::Command, program)),
            _ => None,
        }
        .map(|(mode, spec)| Python::start(config, mode, spec))
        .transpose()?;
        let limits = exec::ArgLimits::of_system(config.environment_size);
        Ok(Actor {
            action: &config.action,
            python,
            deleter: (config.action == Action::Delete)
                .then(|| Deleter::new(&config.roots, config.escape_messages))
                .transpose()?,
            batch: match &config.action {
                Action::ExecBatch(template) => Some(Batch::new(template, limits)),
                _ => None,
            },
            each: match &config.action {
                Action::Exec(template) => Some(Each::new(template, limits)),
                _ => None,
            },
            failed: false,
            exit: None,
        })
    }

    /// Ends the actions (the folders waiting for removal, the last batch,
    /// the interpreter) and gives the verdict.
    pub fn finish(mut self) -> Result<Outcome, Error> {
        if let Some(code) = self.exit {
            return Ok(Outcome::Exit(code));
        }
        if let Some(deleter) = &mut self.deleter {
            deleter.finish();
            self.failed |= deleter.failed();
        }
        if let Some(batch) = self.batch.take() {
            self.failed |= batch.finish();
        }
        let status = match self.python {
            Some(python) => python.finish()?,
            None => 0,
        };
        Ok(if self.failed || status != 0 {
            Outcome::Failure
        } else {
            Outcome::Success
        })
    }

    fn act(&mut self, path: &[u8]) -> Result<Flow, Error> {
        match self.action {
            Action::Print | Action::Delete => {}
            Action::Exec(_) => {
                if let Some(each) = &mut self.each {
                    self.failed |= !each.run(path);
                }
            }
            Action::ExecBatch(_) => {
                if let Some(batch) = &mut self.batch {
                    batch.push(path);
                }
            }
            Action::Module(_) | Action::Command(_) => {
                let python = self.python.as_mut().expect("started with the actor");
                match python.run(path)? {
                    Ran::Ok => {}
                    Ran::Failed => self.failed = true,
                    Ran::Exited(code) => {
                        self.exit = Some(code);
                        return Ok(Flow::Stop);
                    }
                }
            }
        }
        Ok(Flow::Continue)
    }
}

impl Consumer for Actor<'_> {
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        if let Some(deleter) = &mut self.deleter {
            deleter.listing(listing);
            return Ok(Flow::Continue);
        }
        for path in listing.paths() {
            if self.act(path)? == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// Runs `command` (a line for the interpreter `shell`), ending with ffind
/// ([`crate::sys::dies_with_parent`]), and waits; whether it succeeded. A
/// run that cannot start is reported and counts as failed.
pub fn run_to_end(command: &mut Command, shell: &str) -> bool {
    match crate::sys::dies_with_parent(command).status() {
        Ok(status) => status.success(),
        Err(err) => {
            // The message names no path of the search: nothing to escape.
            let message = format!("cannot run {shell}: {}", crate::error::reason(&err));
            crate::error::report(&message, false);
            false
        }
    }
}

/// An OS error as Python prints it: `[Errno 39] Directory not empty: 'path'`.
pub fn describe_os_error(err: &io::Error, path: &[u8]) -> String {
    let reason = crate::error::reason(err);
    match err.raw_os_error() {
        Some(code) => format!("[Errno {code}] {reason}: {}", python_repr(path)),
        None => format!("{reason}: {}", python_repr(path)),
    }
}

/// A path quoted the way Python's `repr` quotes a string: a byte that is
/// not UTF-8 as the surrogate Python decodes it to (`\udcff`), and the
/// characters [`crate::escape::is_unsafe`] names as Python's escapes.
pub fn python_repr(path: &[u8]) -> String {
    let quote = if path.contains(&b'\'') && !path.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(path.len() + 2);
    out.push(quote);
    for chunk in path.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if crate::escape::is_unsafe(c) => {
                    let code = c as u32;
                    let _ = match code {
                        ..0x100 => write!(out, "\\x{code:02x}"),
                        0x100..0x10000 => write!(out, "\\u{code:04x}"),
                        _ => write!(out, "\\U{code:08x}"),
                    };
                }
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            let _ = write!(out, "\\udc{byte:02x}");
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_like_python() {
        let err = io::Error::from_raw_os_error(39);
        assert_eq!(
            describe_os_error(&err, b"./d"),
            "[Errno 39] Directory not empty: './d'"
        );
        assert_eq!(python_repr(b"it's"), "\"it's\"");
        assert_eq!(python_repr(b"a\nb"), "'a\\nb'");
        assert_eq!(python_repr(b"bad\xff"), "'bad\\udcff'");
        assert_eq!(
            python_repr("a\u{202e}b\u{2028}\u{e0001}".as_bytes()),
            "'a\\u202eb\\u2028\\U000e0001'"
        );
    }
}
