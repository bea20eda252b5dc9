//! How a search ended, and the one mapping from that to an exit status.

use crate::error::Error;

/// How a search that ran went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Everything went well (with or without matches).
    Success,
    /// A walk error was reported or an action failed.
    Failure,
    /// A `--command` program called `sys.exit` with this status.
    Exit(i32),
}

impl Outcome {
    /// `self`, made a failure when `failed` (an `Exit` stays as it is).
    pub fn or_failure(self, failed: bool) -> Outcome {
        match self {
            Outcome::Success if failed => Outcome::Failure,
            other => other,
        }
    }
}

/// The exit status for a search's result: 0 ok, 1 error or failed action,
/// 2 a usage error, a `sys.exit` status as given, 0 for a closed pipe. With
/// `return_results` (the original's testing aid) a search that ran is 0.
pub fn exit_status(result: &Result<Outcome, Error>, return_results: bool) -> u8 {
    match result {
        Ok(_) if return_results => 0,
        Ok(Outcome::Success) => 0,
        Ok(Outcome::Failure) => 1,
        Ok(Outcome::Exit(code)) => u8::try_from(*code).unwrap_or(1),
        Err(err) if err.is_broken_pipe() => 0,
        Err(Error::Usage(_)) => USAGE_ERROR,
        Err(_) => 1,
    }
}

/// The exit status of a command line that could not be parsed (2), or of
/// `--help`/`--version` (0).
pub const USAGE_ERROR: u8 = 2;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_documented_mapping() {
        let pipe = Error::Io(std::io::ErrorKind::BrokenPipe.into());
        let other = Error::Io(std::io::ErrorKind::NotFound.into());
        assert_eq!(exit_status(&Ok(Outcome::Success), false), 0);
        assert_eq!(exit_status(&Ok(Outcome::Failure), false), 1);
        assert_eq!(exit_status(&Ok(Outcome::Failure), true), 0);
        assert_eq!(exit_status(&Ok(Outcome::Exit(3)), false), 3);
        assert_eq!(exit_status(&Ok(Outcome::Exit(-1)), false), 1);
        assert_eq!(exit_status(&Err(pipe), false), 0);
        assert_eq!(exit_status(&Err(other), true), 1);
        assert_eq!(exit_status(&Err(Error::Usage(Vec::new())), false), 2);
        assert_eq!(Outcome::Success.or_failure(true), Outcome::Failure);
        assert_eq!(Outcome::Exit(4).or_failure(true), Outcome::Exit(4));
    }
}
