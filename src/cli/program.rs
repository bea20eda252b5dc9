//! The `ffind` program: parses the command line, resolves the
//! configuration and runs the search, turning errors into a message and an
//! exit status.

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::cli;
use crate::config::Config;
use crate::env::Env;
use crate::env_flags::Switch;
use crate::error::{self, Error};
use crate::outcome::{USAGE_ERROR, exit_status};
use crate::run;

/// Runs `ffind` with the process's arguments and environment, as the
/// binary does: prints the matches or acts on them, says what went wrong on
/// standard error, and returns the exit status (0 ok, 1 an error or a
/// failed action, 2 a usage error).
pub fn main() -> ExitCode {
    let env = Env::from_process();
    let stderr_is_tty = std::io::stderr().is_terminal();
    let cli = match cli::parse_from(&env, std::env::args_os()) {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() => {
            // clap's text echoes the argument as typed.
            let command = cli::command(&env);
            let colour = !env.is_set(Switch::NoColor);
            error::report_usage(&err, command.get_styles(), colour, stderr_is_tty);
            return ExitCode::from(USAGE_ERROR);
        }
        Err(help) => {
            let _ = help.print();
            return ExitCode::SUCCESS;
        }
    };
    let stdout = std::io::stdout();
    let config = match Config::resolve(&cli, &env, stdout.is_terminal(), stderr_is_tty) {
        Ok(config) => config,
        Err(err) => {
            error::report(&err, stderr_is_tty);
            return ExitCode::from(exit_status(&Err(err), cli.return_results));
        }
    };
    let result = run::run(&cli, &config, stdout.lock());
    if let Err(err) = &result
        && !err.is_broken_pipe()
    {
        error::report(err, config.escape_messages);
        // A folder that does not exist may be the pattern, typed last.
        if let Error::Root { .. } = err
            && let Some(slip) = run::detect_slip(&cli, &config)
            && let Some(said) = slip.said(false)
        {
            error::report(&said, config.escape_messages);
        }
    }
    ExitCode::from(exit_status(&result, cli.return_results))
}
