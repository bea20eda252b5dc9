//! ffind: find files by name.
//!
//! A Rust port of the Python `ffind` 1.6.1. The search is a library:
//! [`Config`] describes one search, [`walk::walk`] produces each folder's
//! listing in the original's order, and [`output::Printer`] writes them.
//! The `ffind` binary only wires the command line to [`run`].

pub mod action;
pub mod chain;
pub mod cli;
pub mod config;
pub mod dir;
pub mod env;
pub mod error;
pub mod gitignore;
pub mod output;
pub mod pattern;
pub mod python;
pub mod walk;

use std::io::Write;

pub use config::Config;
pub use error::Error;

pub use action::Verdict as Outcome;

/// Checks that every root is a folder, so that nothing is printed for a
/// search that cannot be done.
pub fn check_roots(config: &Config) -> Result<(), Error> {
    for root in &config.roots {
        let shown = String::from_utf8_lossy(root).into_owned();
        match rustix::fs::stat(root.as_slice()) {
            Ok(st) if rustix::fs::FileType::from_raw_mode(st.st_mode).is_dir() => {
                if let Err(err) = dir::open_dir(root) {
                    return Err(Error::Root {
                        path: shown,
                        reason: error_reason(&err),
                    });
                }
            }
            Ok(_) => {
                return Err(Error::Root {
                    path: shown,
                    reason: "Not a directory".into(),
                });
            }
            Err(err) => {
                let err: std::io::Error = err.into();
                return Err(Error::Root {
                    path: shown,
                    reason: error_reason(&err),
                });
            }
        }
    }
    Ok(())
}

/// An I/O error's message without Rust's ` (os error N)` suffix.
pub fn error_reason(err: &std::io::Error) -> String {
    let text = err.to_string();
    match text.rfind(" (os error ") {
        Some(i) => text[..i].to_owned(),
        None => text,
    }
}

/// Runs the search described by `config`: prints matches to `out`, or acts
/// on them in order.
pub fn run<W: Write>(config: &Config, out: W) -> Result<Outcome, Error> {
    check_roots(config)?;
    if config.action == config::Action::Print {
        if config.color {
            output::reset_colour_on_interrupt()?;
        }
        let mut printer = output::Printer::new(out, config);
        let errors = walk::walk(config, true, &mut printer)?;
        printer.flush()?;
        return Ok(if errors {
            Outcome::Failure
        } else {
            Outcome::Success
        });
    }
    let mut actor = action::Actor::new(config)?;
    let errors = walk::walk(config, false, &mut actor)?;
    match actor.finish()? {
        Outcome::Success if errors => Ok(Outcome::Failure),
        verdict => Ok(verdict),
    }
}
