//! The actions on matches, one type each: [`Exec`] (`--exec`),
//! [`ExecBatch`] (`--exec-batch`), [`Delete`] (`--delete`) and [`Script`]
//! (`--module`, `--command`). Each is a [`crate::walk::Consumer`] that acts
//! on matches in order instead of printing them, and an [`Action`] that
//! gives the verdict at the end.
//!
//! A new action: a type here (or a file beside this one) implementing both
//! traits, a variant of [`crate::config::Action`], and its arm in
//! `lib.rs`'s `run_walk`.

use crate::config::Config;
use crate::error::Error;
use crate::listing::{Entry, Listing};
use crate::outcome::Outcome;
use crate::output::Action;
use crate::output::delete::Deleter;
use crate::output::exec::{self, Batch, Each};
use crate::output::python::{Mode, Python, Ran};
use crate::template::Template;
use crate::walk::{Consumer, Flow, Needs};

/// The verdict of actions that did or did not fail.
fn verdict(failed: bool) -> Outcome {
    if failed {
        Outcome::Failure
    } else {
        Outcome::Success
    }
}

/// `--exec`: runs the template's line once per match.
pub struct Exec<'c> {
    each: Each<'c>,
    failed: bool,
}

impl<'c> Exec<'c> {
    /// Runs `template` for each match, within the argument limits left by
    /// an environment of `environment_size` bytes.
    pub fn new(template: &'c Template, environment_size: usize) -> Exec<'c> {
        Exec {
            each: Each::new(template, exec::ArgLimits::of_system(environment_size)),
            failed: false,
        }
    }
}

impl Consumer for Exec<'_> {
    fn found(&mut self, folder: &Listing, entry: Entry<'_>) -> Result<Flow, Error> {
        self.failed |= !self.each.run(&crate::path::join(&folder.path, entry.name));
        Ok(Flow::Continue)
    }
}

impl Action for Exec<'_> {
    fn finish(self) -> Result<Outcome, Error> {
        Ok(verdict(self.failed))
    }
}

/// `--exec-batch`: runs the template's line with as many matches as the
/// system's argument limits allow, batch after batch.
pub struct ExecBatch<'c> {
    batch: Batch<'c>,
}

impl<'c> ExecBatch<'c> {
    /// Batches for `template`, within the limits left by an environment of
    /// `environment_size` bytes.
    pub fn new(template: &'c Template, environment_size: usize) -> ExecBatch<'c> {
        ExecBatch {
            batch: Batch::new(template, exec::ArgLimits::of_system(environment_size)),
        }
    }
}

impl Consumer for ExecBatch<'_> {
    fn found(&mut self, folder: &Listing, entry: Entry<'_>) -> Result<Flow, Error> {
        self.batch
            .push(&crate::path::join(&folder.path, entry.name));
        Ok(Flow::Continue)
    }
}

impl Action for ExecBatch<'_> {
    /// Runs the last batch.
    fn finish(self) -> Result<Outcome, Error> {
        Ok(verdict(self.batch.finish()))
    }
}

/// `--delete`: removes the matches relative to the walk's folder handles;
/// a matched folder once its subtree has been walked.
pub struct Delete<'c> {
    deleter: Deleter<'c>,
}

impl<'c> Delete<'c> {
    /// A deleter for a search of `roots`, its messages escaped when
    /// `escape_messages`.
    pub fn new(roots: &'c [Vec<u8>], escape_messages: bool) -> Result<Delete<'c>, Error> {
        Ok(Delete {
            deleter: Deleter::new(roots, escape_messages)?,
        })
    }
}

impl Consumer for Delete<'_> {
    fn needs(&self) -> Needs {
        Needs {
            handles: true,
            errors: false,
        }
    }

    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        self.deleter.listing(listing);
        Ok(Flow::Continue)
    }

    fn left(&mut self) -> Result<(), Error> {
        self.deleter.left();
        Ok(())
    }
}

impl Action for Delete<'_> {
    /// Removes the folders still waiting (those of a walk stopped early).
    fn finish(mut self) -> Result<Outcome, Error> {
        self.deleter.finish();
        Ok(verdict(self.deleter.failed()))
    }
}

/// `--module`, `--command`: hands each match to the one Python interpreter.
pub struct Script {
    python: Python,
    failed: bool,
    exit: Option<i32>,
}

impl Script {
    /// Starts the interpreter `config` names (else the one found) on the
    /// module or program `spec`, so that a missing interpreter is reported
    /// before the search starts.
    pub fn start(config: &Config, mode: Mode, spec: &str) -> Result<Script, Error> {
        Ok(Script {
            python: Python::start(config, mode, spec)?,
            failed: false,
            exit: None,
        })
    }
}

impl Consumer for Script {
    fn found(&mut self, folder: &Listing, entry: Entry<'_>) -> Result<Flow, Error> {
        match self
            .python
            .run(&crate::path::join(&folder.path, entry.name))?
        {
            Ran::Ok => {}
            Ran::Failed => self.failed = true,
            Ran::Exited(code) => {
                self.exit = Some(code);
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }
}

impl Action for Script {
    /// Ends the interpreter; its exit status, when the code called `exit`.
    fn finish(self) -> Result<Outcome, Error> {
        if let Some(code) = self.exit {
            return Ok(Outcome::Exit(code));
        }
        let status = self.python.finish()?;
        Ok(verdict(self.failed || status != 0))
    }
}
