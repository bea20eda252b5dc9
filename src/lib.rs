//! ffind: find files by name.
//!
//! A Rust port of the Python `ffind` 1.6.1, as a library plus a thin
//! binary. The pipeline, one module each:
//!
//! 1. [`cli`] describes the command line; [`env`] snapshots the variables;
//!    [`config::Config::resolve`] decides every setting once;
//! 2. [`walk`] produces each folder's [`listing::Listing`] in the
//!    original's order (the scheduler, folder reading, the entry filter);
//! 3. [`output`] consumes the listings: the printer, or the actions.
//!
//! [`run`] wires them; [`sys`] holds the platform and signal glue;
//! [`error`] and [`outcome`] are the one error type, message path and
//! exit-status mapping; [`escape`] keeps names from driving a terminal.

pub mod cli;
pub mod config;
pub mod env;
pub mod error;
pub mod escape;
pub mod flags;
pub mod listing;
pub mod outcome;
pub mod output;
pub mod pattern;
pub mod slip;
pub mod sys;
pub mod walk;

use std::io::Write;

pub use config::Config;
pub use error::Error;
pub use outcome::Outcome;

use walk::ReadMode;

/// Checks that every root is a folder, so that nothing is printed for a
/// search that cannot be done.
pub fn check_roots(config: &Config) -> Result<(), Error> {
    for root in &config.roots {
        let failed = |reason: String| Error::Root {
            path: root.clone(),
            reason,
        };
        match sys::is_dir_path(root) {
            Ok(true) => {
                sys::open_dir(root).map_err(|err| failed(error::reason(&err)))?;
            }
            Ok(false) => return Err(failed("Not a directory".into())),
            Err(err) => return Err(failed(error::reason(&err))),
        }
    }
    Ok(())
}

/// Runs the search described by `config`: prints matches to `out`, or acts
/// on them in order.
pub fn run<W: Write>(config: &Config, out: W) -> Result<Outcome, Error> {
    check_roots(config)?;
    run_walk(config, out)
}

/// The walk of [`run`], into the printer or the actions; when nothing
/// matched, the probable slip ([`slip`]) is said on standard error. With
/// `--quiet` nothing is printed and the status says whether anything
/// matched.
fn run_walk<W: Write>(config: &Config, out: W) -> Result<Outcome, Error> {
    let limits = walk::WalkLimits::for_config(config);
    if config.quiet {
        let (outcome, found) = print(config, limits, std::io::sink())?;
        return Ok(outcome.or_failure(!found));
    }
    let (outcome, found) = if config.action == config::Action::Print {
        print(config, limits, out)?
    } else {
        let mut actor = FoundAny::new(output::actions::Actor::new(config)?);
        let walked = walk::walk(config, ReadMode::OnDemand, limits, &mut actor)?;
        let found = actor.found;
        (
            actor.inner.finish()?.or_failure(walked.errors_reported),
            found,
        )
    };
    if !found && let Some(said) = config.slip.as_ref().and_then(|slip| slip.said(true)) {
        error::report(&said, config.escape_messages);
    }
    Ok(outcome)
}

/// Prints the matches of the walk to `out`: how it went and whether
/// anything matched.
fn print<W: Write>(
    config: &Config,
    limits: walk::WalkLimits,
    out: W,
) -> Result<(Outcome, bool), Error> {
    if config.color {
        sys::enable_colour();
        output::printer::reset_colour_on_interrupt()?;
    }
    let mut printer = FoundAny::new(output::printer::Printer::new(out, config));
    let walked = walk::walk(config, ReadMode::Ahead, limits, &mut printer)?;
    printer.inner.flush().map_err(Error::Write)?;
    let outcome = Outcome::Success.or_failure(walked.errors_reported);
    Ok((outcome, printer.found))
}

/// A consumer that notes whether anything matched (for the slip hint).
struct FoundAny<C> {
    inner: C,
    found: bool,
}

impl<C> FoundAny<C> {
    fn new(inner: C) -> FoundAny<C> {
        FoundAny {
            inner,
            found: false,
        }
    }
}

impl<C: walk::Consumer> walk::Consumer for FoundAny<C> {
    fn listing(&mut self, listing: &listing::Listing) -> Result<walk::Flow, Error> {
        self.found |= !listing.found.is_empty();
        self.inner.listing(listing)
    }

    fn idle(&mut self) -> Result<(), Error> {
        self.inner.idle()
    }

    fn tick(&mut self) -> Result<(), Error> {
        self.inner.tick()
    }
}
