//! The `ffind` binary: the command line of the `ffind` library
//! ([`ffind::cli::main`]).

fn main() -> std::process::ExitCode {
    ffind::cli::main()
}
