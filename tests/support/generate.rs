//! The generated files (shell completions and the man page), made from the
//! clap definition. Shared by `examples/generate.rs`, which writes them,
//! and `tests/generated.rs`, which fails when a checked-in copy is stale.

use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, roman};
use ffind::env::{Env, Var};

/// The command that regenerates every file.
pub const REGENERATE: &str = "cargo run --example generate";

/// Every generated file: its path from the crate root and its contents.
pub fn files() -> Vec<(&'static str, Vec<u8>)> {
    let mut files: Vec<(&'static str, Vec<u8>)> = [
        (Shell::Bash, "completions/ffind.bash"),
        (Shell::Zsh, "completions/_ffind"),
        (Shell::Fish, "completions/ffind.fish"),
        (Shell::PowerShell, "completions/_ffind.ps1"),
        (Shell::Elvish, "completions/ffind.elv"),
    ]
    .into_iter()
    .map(|(shell, path)| {
        let mut out = Vec::new();
        let mut cmd = ffind::cli::command(&Env::default());
        clap_complete::generate(shell, &mut cmd, "ffind", &mut out);
        (path, out)
    })
    .collect();
    files.push(("man/ffind.1", man_page()));
    files
}

/// The man page: clap's sections, then the environment, the exit status
/// and examples.
fn man_page() -> Vec<u8> {
    let cmd = ffind::cli::command(&Env::default()).after_long_help(None::<&str>);
    let man = Man::new(cmd)
        .date("")
        .source(concat!("ffind ", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    man.render_synopsis_section(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();

    let mut roff = Roff::new();
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(
        "A variable counts as set when it is not empty and not 0, false, no or off \
         (in any letter case). A variable only switches its option on: a flag on the \
         command line cannot turn it off, except --regex (over FFIND_GLOB and \
         FFIND_FIXED_STRINGS) and --color=always (over FFIND_NO_COLOR and NO_COLOR). \
         ffind -h marks [SET] on each option whose variable is set.",
    )]);
    for var in Var::ALL {
        roff.control("TP", []);
        roff.text([bold(var.name())]);
        roff.text([roman(var.description())]);
    }
    roff.control("TP", []);
    roff.text([bold("FFIND_PYTHON")]);
    roff.text([roman(
        "The Python interpreter for --module and --command (default: python3, else python).",
    )]);
    roff.control("TP", []);
    roff.text([bold("NO_COLOR")]);
    roff.text([roman(
        "When not empty, never colour (see no-color.org); --color=always overrides it.",
    )]);

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        (
            "0",
            "The search ran, whether or not anything matched, and every action succeeded.",
        ),
        (
            "1",
            "An error: an invalid pattern, a folder that cannot be searched, a failed action, or (with --show-errors) a walk error.",
        ),
        ("2", "A usage error on the command line."),
    ] {
        roff.control("TP", []);
        roff.text([bold(code)]);
        roff.text([roman(meaning)]);
    }
    roff.control("PP", []);
    roff.text([roman(
        "With --command, a program that calls sys.exit(N) ends ffind with status N.",
    )]);

    roff.control("SH", ["EXAMPLES"]);
    terms(
        &mut roff,
        [
            (
                "ffind test1",
                "Names containing test1, in this folder and below.",
            ),
            ("ffind src 'py$'", "Names ending in py, under src."),
            ("ffind -g '*.rs'", "Names matching a shell glob."),
            (
                "ffind -p 'src/.*test'",
                "Whole printed paths matching a regular expression.",
            ),
            ("ffind --hidden config", "Include hidden files and folders."),
            (
                "ffind -t f -e rs -d 2 main",
                "Files ending in .rs, at most two levels deep.",
            ),
            (
                "ffind --exec 'wc -l {}' 'py$'",
                "Run a command on each match.",
            ),
            ("ffind --delete 'pyc$'", "Delete compiled Python files."),
            (
                "ffind -0 log | xargs -0 rm",
                "Pass any name safely to another program.",
            ),
            ("ffind --no-color txt > list", "Plain output for scripts."),
        ],
    );
    roff.to_writer(&mut out).unwrap();
    man.render_version_section(&mut out).unwrap();
    out
}

/// A list of terms (in bold) and their meanings, as `.TP` paragraphs.
fn terms<'a>(roff: &mut Roff, items: impl IntoIterator<Item = (&'a str, &'a str)>) {
    for (term, meaning) in items {
        roff.control("TP", []);
        roff.text([bold(term)]);
        roff.text([roman(meaning)]);
    }
}
