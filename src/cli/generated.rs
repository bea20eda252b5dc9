//! The generated files (shell completions and the man page), made from the
//! clap definition: a test fails when a checked-in copy is stale, and an
//! ignored one writes them ([`REGENERATE`]).

use crate::cli;
use crate::env::Env;
use crate::env_flags::VARIABLES;
use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

/// The command that regenerates every file.
const REGENERATE: &str = "cargo test --lib regenerate_the_generated_files -- --ignored";

/// Every generated file: its path from the crate root and its contents.
fn files() -> Vec<(&'static str, Vec<u8>)> {
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
        let mut cmd = cli::visible_command(&Env::default());
        clap_complete::generate(shell, &mut cmd, "ffind", &mut out);
        (path, out)
    })
    .collect();
    files.push(("man/ffind.1", man_page()));
    files
}

/// The man page: clap's sections (with the synopsis and arguments as ffind
/// reads them), then the environment from [`VARIABLES`], the exit status
/// and examples.
fn man_page() -> Vec<u8> {
    let cmd = cli::command(&Env::default())
        .after_long_help(None::<&str>)
        .mut_arg("args", |arg| arg.hide(true));
    let man = Man::new(cmd.clone())
        .date("")
        .source(concat!("ffind ", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    let mut synopsis = Roff::new();
    synopsis.control("SH", ["SYNOPSIS"]);
    synopsis.text([
        bold("ffind"),
        roman(" [OPTIONS] ["),
        italic("DIR"),
        roman("]... ["),
        italic("PATTERN"),
        roman("]"),
    ]);
    synopsis.to_writer(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    let mut arguments = Roff::new();
    arguments.control("SH", ["ARGUMENTS"]);
    terms(&mut arguments, cli::ARGUMENTS);
    arguments.to_writer(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();

    let mut roff = Roff::new();
    roff.control("SH", ["ENVIRONMENT"]);
    roff.text([roman(format!(
        "{} A variable sets a default: its option's opposite undoes it, and for \
         a switch and its opposite the last on the command line wins. \
         ffind -h marks [SET] on each option whose variable is set.",
        cli::TRUTHINESS
    ))]);
    for var in &VARIABLES {
        roff.control("TP", []);
        roff.text([bold(var.name)]);
        roff.text([roman(cli::variable_description(var))]);
    }

    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        (
            "0",
            "The search ran, whether or not anything matched (with --quiet: something matched), and every action succeeded.",
        ),
        (
            "1",
            "An error: an invalid pattern, a folder that cannot be searched, a failed action, (with --show-errors) a walk error, or (with --quiet) no match.",
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
    terms(&mut roff, cli::EXAMPLES);
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

#[test]
fn generated_files_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let stale: Vec<&str> = files()
        .into_iter()
        .filter(|(path, contents)| std::fs::read(root.join(path)).ok().as_ref() != Some(contents))
        .map(|(path, _)| path)
        .collect();
    assert!(
        stale.is_empty(),
        "stale generated files: {}\nregenerate them with: {REGENERATE}",
        stale.join(", "),
    );
}

/// Writes the generated files ([`REGENERATE`]).
#[test]
#[ignore = "writes the generated files: run it after a change to the options"]
fn regenerate_the_generated_files() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (path, contents) in files() {
        std::fs::write(root.join(path), contents).unwrap();
    }
}
