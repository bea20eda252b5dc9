//! The actions on Windows: not supported yet. `--delete`, `--exec`,
//! `--exec-batch`, `--module` and `--command` end ffind with a clear
//! message before the search starts, instead of failing the build.

use std::io;

use crate::config::{Action, Config};
use crate::error::Error;
use crate::listing::Listing;
use crate::outcome::Outcome;
use crate::walk::{Consumer, Flow};

/// Stands for the actor of the other platforms; never made.
pub struct Actor {
    _never: (),
}

impl Actor {
    /// Fails: the action `config.action` is not supported here.
    pub fn new(config: &Config) -> Result<Actor, Error> {
        let flag = match config.action {
            Action::Print => "printing",
            Action::Delete => "--delete",
            Action::Exec(_) => "--exec",
            Action::ExecBatch(_) => "--exec-batch",
            Action::Module(_) => "--module",
            Action::Command(_) => "--command",
        };
        Err(Error::Io(io::Error::new(
            io::ErrorKind::Unsupported,
            format!("{flag} is not supported on Windows yet"),
        )))
    }

    /// Never called (no actor is ever made).
    pub fn finish(self) -> Result<Outcome, Error> {
        Ok(Outcome::Success)
    }
}

impl Consumer for Actor {
    fn listing(&mut self, _listing: &Listing) -> Result<Flow, Error> {
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        Ok(())
    }
}
