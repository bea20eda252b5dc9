//! The `ffind` binary: parses the command line, resolves the configuration
//! and runs the search, turning errors into a message and an exit status.

use std::io::IsTerminal;
use std::process::ExitCode;

use ffind::env_flags::Switch;
use ffind::outcome::{USAGE_ERROR, exit_status};
use ffind::{Config, cli, env::Env};

fn main() -> ExitCode {
    let env = Env::from_process();
    let stderr_is_tty = std::io::stderr().is_terminal();
    let cli = match cli::parse_from(&env, std::env::args_os()) {
        Ok(cli) => cli,
        Err(err) if err.use_stderr() => {
            // clap's text echoes the argument as typed.
            let command = cli::command(&env);
            let colour = !env.is_set(Switch::NoColor);
            ffind::error::report_usage(&err, command.get_styles(), colour, stderr_is_tty);
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
            ffind::error::report(&err, stderr_is_tty);
            return ExitCode::from(exit_status(&Err(err), cli.return_results));
        }
    };
    let result = ffind::run(&cli, &config, stdout.lock());
    if let Err(err) = &result
        && !err.is_broken_pipe()
    {
        ffind::error::report(err, config.escape_messages);
        // A folder that does not exist may be the pattern, typed last.
        if let ffind::Error::Root { .. } = err
            && let Some(slip) = ffind::detect_slip(&cli, &config)
            && let Some(said) = slip.said(false)
        {
            ffind::error::report(&said, config.escape_messages);
        }
    }
    ExitCode::from(exit_status(&result, cli.return_results))
}
