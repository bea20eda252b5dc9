//! The `ffind` binary: parses the command line, resolves the configuration
//! and runs the search, turning errors into a message and an exit status.

use std::io::IsTerminal;
use std::process::ExitCode;

use ffind::{Config, Error, Outcome, cli, env::Env};

fn main() -> ExitCode {
    let env = Env::from_process();
    let cli = match cli::parse_from(&env, std::env::args_os()) {
        Ok(cli) => cli,
        Err(err) => {
            let _ = err.print();
            return ExitCode::from(if err.use_stderr() { 2 } else { 0 });
        }
    };
    let stdout = std::io::stdout();
    let result = Config::resolve(&cli, &env, stdout.is_terminal())
        .and_then(|config| ffind::run(&config, stdout.lock()));
    match result {
        Ok(_) if cli.return_results => ExitCode::SUCCESS,
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::FAILURE,
        Ok(Outcome::Exit(code)) => ExitCode::from(u8::try_from(code).unwrap_or(1)),
        Err(err) if err.is_broken_pipe() => ExitCode::SUCCESS,
        Err(err) => {
            report(&err);
            ExitCode::FAILURE
        }
    }
}

/// Prints an error once, as `ffind: <message>`.
fn report(err: &Error) {
    eprintln!("ffind: {err}");
}
