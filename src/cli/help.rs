//! The help texts made from the definition and the flag table: the
//! `[env: …]` and `[SET]` marks, the arguments, examples, environment and
//! exit-status sections; shared with the man page generator.

use clap::{Arg, ArgAction, CommandFactory};

use super::Cli;
use crate::env::Env;
use crate::env_flags::{self as flags, Switch, VARIABLES};

/// The examples of the long help (and the man page): a command and what it
/// does.
pub const EXAMPLES: [(&str, &str); 11] = [
    ("ffind test1", "names containing test1, here and below"),
    ("ffind src 'py$'", "names ending in py, under src"),
    ("ffind -g '*.rs'", "names matching a shell glob"),
    (
        "ffind -p 'src/.*test'",
        "whole printed paths matching a regex",
    ),
    ("ffind --hidden config", "include hidden files and folders"),
    (
        "ffind -t f -e rs -d 2 main",
        "files ending in .rs, at most 2 levels deep",
    ),
    (
        "ffind --exec 'wc -l {}' 'py$'",
        "run a command on each match",
    ),
    ("ffind -X 'wc -l' 'py$'", "run it once with all the matches"),
    ("ffind --delete 'pyc$'", "delete compiled Python files"),
    (
        "ffind -0 log | xargs -0 -r rm",
        "pipe any name safely (-r: nothing to do when nothing matched)",
    ),
    ("ffind --no-color txt > list", "plain output for scripts"),
];

/// The positional arguments, as the help lists them (one positional in
/// clap, split by [`super::parse_from`]).
pub const ARGUMENTS: [(&str, &str); 2] = [
    (
        "[DIR]...",
        "The folders to search, in order (default: the current one)",
    ),
    (
        "[PATTERN]",
        "The pattern searched for in each name (a regex unless -g or -F; none: every name)",
    ),
];

/// The truthiness rule, as the help and the man page state it.
pub const TRUTHINESS: &str =
    "A variable counts as set when it is not empty and not 0, false, no or off (any case).";

/// The exit statuses, as the help states them.
const EXIT_STATUS: &str = "\
Exit status: 0 when the search ran (with or without matches; with -q only
when something matched), 1 on an error, a failed action or (with -q) no
match, 2 on a usage error.";

/// The names of `switch`'s option as the documentation writes them
/// (`-p, --full-path`), from the clap definition.
pub fn switch_names(cmd: &clap::Command, switch: Switch) -> String {
    arg_names(cmd, switch.arg_id())
}

/// The options that undo `switch`, as the documentation writes them
/// (`--no-hidden, -I, --no-ignore`), from the flag table and the clap
/// definition.
pub fn opposite_names(cmd: &clap::Command, switch: Switch) -> String {
    switch
        .undone_by()
        .map(|o| arg_names(cmd, o.arg_id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The names of the argument `id` as the documentation writes them.
fn arg_names(cmd: &clap::Command, id: &str) -> String {
    let arg = cmd
        .get_arguments()
        .find(|arg| arg.get_id() == id)
        .expect("every switch and opposite is an argument");
    let mut names: Vec<String> = arg
        .get_short()
        .map(|s| format!("-{s}"))
        .into_iter()
        .collect();
    names.extend(
        arg.get_visible_short_aliases()
            .into_iter()
            .flatten()
            .map(|s| format!("-{s}")),
    );
    names.extend(arg.get_long().map(|l| format!("--{l}")));
    names.extend(
        arg.get_visible_aliases()
            .into_iter()
            .flatten()
            .map(|a| format!("--{a}")),
    );
    names.join(", ")
}

/// What one variable does, for the help and the man page: the option it
/// switches on, then its note.
pub fn variable_meaning(cmd: &clap::Command, var: &flags::Variable) -> String {
    let Some(switch) = var.switch else {
        return var.note.to_owned();
    };
    let mut text = format!("as {}", switch_names(cmd, switch));
    let undo = opposite_names(cmd, switch);
    if !undo.is_empty() {
        text.push_str(&format!("; undone by {undo}"));
    }
    if !var.note.is_empty() {
        text.push_str(&format!(" ({})", var.note));
    }
    text
}

/// What one variable does, in a sentence for the man page: the option it
/// switches on and that option's help, then its note.
#[cfg(test)]
pub fn variable_description(var: &flags::Variable) -> String {
    let cmd = Cli::command();
    let Some(switch) = var.switch else {
        return sentence(var.note);
    };
    let help = cmd
        .get_arguments()
        .find(|arg| arg.get_id() == switch.arg_id())
        .and_then(|arg| arg.get_help())
        .map(|help| help.to_string())
        .unwrap_or_default();
    let mut text = format!("Sets {} by default: {help}", switch_names(&cmd, switch));
    let undo = opposite_names(&cmd, switch);
    if !undo.is_empty() {
        text.push_str(&format!("; {undo} undoes it"));
    }
    if !var.note.is_empty() {
        text.push_str("; ");
        text.push_str(var.note);
    }
    sentence(&text)
}

/// `text` with a capital first letter and a full stop.
#[cfg(test)]
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}

/// The long help's closing text: examples, the variables, exit status.
fn after_long_help(cmd: &clap::Command) -> String {
    let mut text = String::from("Examples:\n");
    for (command, meaning) in EXAMPLES {
        text.push_str(&format!("  {command:<31} {meaning}\n"));
    }
    text.push_str(&format!(
        "\nEnvironment (each sets a default; an option whose variable is set shows [SET]):\n  \
         {TRUTHINESS}\n"
    ));
    for var in &VARIABLES {
        text.push_str(&term(var.name, &variable_meaning(cmd, var)));
    }
    text.push('\n');
    text.push_str(EXIT_STATUS);
    text
}

/// A term and its meaning as one entry of a list, the meaning wrapped to
/// fit 80 columns beside the term.
fn term(term: &str, meaning: &str) -> String {
    const INDENT: usize = 26;
    let mut out = format!("  {term:<23} ");
    let mut column = INDENT;
    for (i, word) in meaning.split(' ').enumerate() {
        if i > 0 && column + 1 + word.len() > 79 {
            out.push('\n');
            out.push_str(&" ".repeat(INDENT));
            column = INDENT;
        } else if i > 0 {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += word.len();
    }
    out.push('\n');
    out
}

/// The "Arguments:" section of the help.
fn arguments_help() -> String {
    let mut text = String::from("Arguments:");
    for (name, meaning) in ARGUMENTS {
        text.push_str(&format!("\n  {name:<10} {meaning}"));
    }
    text
}

/// The clap command without the hidden `--return-results` (for the
/// completions, which would offer it): the options, the `[env: …]` mark of
/// each switch, and `[SET]` on each switch whose variable is set in `env`.
pub fn visible_command(env: &Env) -> clap::Command {
    let cmd = flags::switches().fold(Cli::command(), |cmd, switch| {
        let names: Vec<&str> = switch.variables().map(|var| var.name).collect();
        let mut mark = format!("[env: {}]", names.join(", "));
        if env.is_set(switch) {
            mark.push_str(" [SET]");
        }
        cmd.mut_arg(switch.arg_id(), |arg| append_to_help(arg, &mark))
    });
    let long_help = after_long_help(&cmd);
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{{usage-heading}} {{usage}}\n\n{}\n\n{{all-args}}{{after-help}}",
        arguments_help()
    );
    cmd.after_long_help(long_help).help_template(template)
}

/// The clap command ffind speaks with, to show its help or a usage error:
/// [`visible_command`] plus the hidden `--return-results`.
pub fn command(env: &Env) -> clap::Command {
    with_return_results(visible_command(env))
}

/// The clap command a command line that parses needs: the definition plus
/// the hidden `--return-results`, without [`command`]'s help texts, whose
/// making is a fifth of a small search's instructions.
pub fn parsing_command() -> clap::Command {
    with_return_results(Cli::command())
}

/// `cmd` with the hidden `--return-results`.
fn with_return_results(cmd: clap::Command) -> clap::Command {
    cmd.arg(
        Arg::new("return_results")
            .long("return-results")
            .action(ArgAction::SetTrue)
            .hide(true)
            .help("For testing: print as usual and exit with status 0"),
    )
}

/// `arg` with ` MARK` after the first line of its short and long help.
fn append_to_help(arg: Arg, mark: &str) -> Arg {
    let short = arg.get_help().map(|h| h.to_string()).unwrap_or_default();
    let long = arg
        .get_long_help()
        .map(|h| h.to_string())
        .unwrap_or_else(|| short.clone());
    let marked = format!("{short} {mark}");
    let long = match long.strip_prefix(&short) {
        Some(rest) => format!("{marked}{rest}"),
        None => format!("{long} {mark}"),
    };
    arg.help(marked).long_help(long)
}
