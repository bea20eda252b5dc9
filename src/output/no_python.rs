//! `--module` and `--command` on Windows: not supported yet; refused at
//! run time, before the search starts.

use std::ffi::OsStr;
use std::io;

use crate::error::Error;

/// Which of the original's Python actions to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--module "name args"`.
    Module,
    /// `--command "program"`.
    Command,
}

/// How one run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// It succeeded.
    Ok,
    /// It failed.
    Failed,
    /// The interpreter ended, with this exit status.
    Exited(i32),
}

/// Stands for the interpreter of Unix; never made.
pub struct Python {
    _never: (),
}

impl Python {
    /// Fails: the Python actions are not supported on Windows yet.
    pub fn start(_interpreter: Option<&OsStr>, mode: Mode, _spec: &str) -> Result<Python, Error> {
        let flag = match mode {
            Mode::Module => "--module",
            Mode::Command => "--command",
        };
        Err(Error::Io(io::Error::new(
            io::ErrorKind::Unsupported,
            format!("{flag} is not supported on Windows yet"),
        )))
    }

    /// Never called (no interpreter is ever made).
    pub fn run(&mut self, _path: &[u8]) -> Result<Ran, Error> {
        Ok(Ran::Ok)
    }

    /// Never called (no interpreter is ever made).
    pub fn finish(self) -> Result<i32, Error> {
        Ok(0)
    }
}
