//! Reading the command line as people type it: long options shortened as
//! argparse allowed, options anywhere, the last positional argument the
//! pattern.

use std::ffi::OsString;

use clap::parser::ValueSource;
use clap::{Arg, ArgMatches, FromArgMatches};

use super::{Cli, command, parsing_command};
use crate::env::Env;
use crate::env_flags::{self, OPPOSITES, Switch};

/// The long options of ffind 1.6.1, preferred when a prefix fits several of
/// ours (`--ign` meant `--ignore-vcs` there, before `--ignore-case` existed).
const ORIGINAL_LONGS: [&str; 11] = [
    "help",
    "nocolor",
    "nosymlinks",
    "hidden",
    "delete",
    "exec",
    "module",
    "command",
    "ignore-vcs",
    "return-results",
    "version",
];

/// Expands an unambiguous prefix of a long option to the option (`--hid`
/// to `--hidden`), as Python's argparse did; a prefix of several options
/// is taken for the one ffind 1.6.1 had, if exactly one, and is otherwise
/// an error naming the options it fits. Everything after `--` is left
/// alone; what fits nothing is left for clap to report.
fn expand_prefixes(
    cmd: &mut clap::Command,
    args: Vec<OsString>,
) -> Result<Vec<OsString>, clap::Error> {
    let longs: Vec<(&str, &str)> = cmd
        .get_arguments()
        .flat_map(|arg| {
            let id = arg.get_id().as_str();
            arg.get_long()
                .into_iter()
                .chain(arg.get_all_aliases().into_iter().flatten())
                .map(move |long| (long, id))
        })
        .chain([("help", "help"), ("version", "version")])
        .collect();
    let mut out = Vec::with_capacity(args.len());
    let mut rest = args.into_iter();
    for arg in rest.by_ref() {
        let Some(text) = arg.to_str().and_then(|t| t.strip_prefix("--")) else {
            out.push(arg);
            continue;
        };
        if text.is_empty() {
            out.push(arg);
            break;
        }
        let (name, value) = match text.split_once('=') {
            Some((name, value)) => (name, Some(value)),
            None => (text, None),
        };
        let fits: Vec<(&str, &str)> = longs
            .iter()
            .copied()
            .filter(|(long, _)| long.starts_with(name))
            .collect();
        let exact = fits.iter().any(|(long, _)| *long == name);
        let same_option = fits.windows(2).all(|w| w[0].1 == w[1].1);
        let original: Vec<&str> = fits
            .iter()
            .map(|(long, _)| *long)
            .filter(|long| ORIGINAL_LONGS.contains(long))
            .collect();
        let chosen = if exact || fits.is_empty() {
            None
        } else if same_option {
            Some(fits[0].0)
        } else if let [one] = original[..] {
            Some(one)
        } else {
            let names: Vec<String> = fits.iter().map(|(long, _)| format!("--{long}")).collect();
            return Err(cmd.error(
                clap::error::ErrorKind::UnknownArgument,
                format!("'--{name}' fits several options: {}", names.join(", ")),
            ));
        };
        match chosen {
            Some(long) => {
                let mut full = format!("--{long}");
                if let Some(value) = value {
                    full.push('=');
                    full.push_str(value);
                }
                out.push(full.into());
            }
            None => out.push(arg),
        }
    }
    out.extend(rest);
    Ok(out)
}

/// The arguments of `args` (the program name first, already parsed by
/// `cmd`) that are options or their values: not the folders, the pattern
/// or `--`.
fn options_of(cmd: &clap::Command, args: &[OsString]) -> Vec<OsString> {
    let takes_value = |arg: &Arg| arg.get_action().takes_values();
    let long_takes_value = |name: &str| {
        cmd.get_arguments().any(|arg| {
            takes_value(arg)
                && (arg.get_long() == Some(name)
                    || arg
                        .get_all_aliases()
                        .into_iter()
                        .flatten()
                        .any(|a| a == name))
        })
    };
    let short_takes_value = |c: char| {
        cmd.get_arguments()
            .any(|arg| arg.get_short() == Some(c) && takes_value(arg))
    };
    let mut options = Vec::new();
    let mut rest = args.iter().skip(1);
    while let Some(arg) = rest.next() {
        let text = arg.to_string_lossy();
        if text == "--" {
            break;
        }
        let value_follows = if let Some(long) = text.strip_prefix("--") {
            !long.contains('=') && long_takes_value(long)
        } else if let Some(shorts) = text.strip_prefix('-').filter(|s| !s.is_empty()) {
            // In a cluster (`-it`), the first short that takes a value takes
            // the rest of the word, or the next word when nothing is left.
            shorts
                .char_indices()
                .find(|(_, c)| short_takes_value(*c))
                .is_some_and(|(at, c)| at + c.len_utf8() == shorts.len())
        } else {
            continue;
        };
        options.push(arg.clone());
        if value_follows && let Some(value) = rest.next() {
            options.push(value.clone());
        }
    }
    options
}

/// For each switch the command line sets, what the last option that sets
/// it (its own, or one of [`OPPOSITES`]) sets it to.
fn decided(matches: &ArgMatches) -> Vec<(Switch, bool)> {
    let last_index = |id: &str| {
        (matches.value_source(id) == Some(ValueSource::CommandLine))
            .then(|| matches.indices_of(id).and_then(Iterator::max))
            .flatten()
    };
    env_flags::switches()
        .filter_map(|switch| {
            let own = last_index(switch.arg_id()).map(|at| (at, true));
            let opposites = OPPOSITES.iter().filter_map(|o| {
                let (_, on) = o.sets.iter().find(|(s, _)| *s == switch)?;
                Some((last_index(o.arg_id)?, *on))
            });
            let (_, on) = own.into_iter().chain(opposites).max_by_key(|(at, _)| *at)?;
            Some((switch, on))
        })
        .collect()
}

/// Parses `args` (the program name first) against [`command`]: options may
/// stand anywhere, `--` ends them, long options may be shortened; the last
/// argument that is not an option is the pattern (none: no pattern), those
/// before it folders.
///
/// A command line that parses is read with [`parsing_command`], which has
/// no help texts; one that does not (a usage error, `--help`, `--version`)
/// is read again with [`command`], whose help texts the error shows.
pub fn parse_from<I, T>(env: &Env, args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    parse_with(&mut parsing_command(), args.clone())
        .or_else(|_| parse_with(&mut command(env), args))
}

/// Parses `args` against `cmd`, as [`parse_from`] says.
fn parse_with(cmd: &mut clap::Command, args: Vec<OsString>) -> Result<Cli, clap::Error> {
    let args = expand_prefixes(cmd, args)?;
    let matches: ArgMatches = cmd.try_get_matches_from_mut(args.clone())?;
    let mut cli = Cli::from_arg_matches(&matches).map_err(|err| err.format(cmd))?;
    cli.return_results = matches.get_flag("return_results");
    cli.options = options_of(cmd, &args);
    cli.decided = decided(&matches);
    if !cli.search_paths.is_empty() && cli.args.len() > 1 {
        return Err(cmd.error(
            clap::error::ErrorKind::ArgumentConflict,
            "with --search-path, give the folders with it: the only other argument is the pattern",
        ));
    }
    if cfg!(windows) && cli.one_file_system {
        return Err(cmd.error(
            clap::error::ErrorKind::ArgumentConflict,
            "--one-file-system works on Unix only: Windows gives no device numbers here",
        ));
    }
    cli.pattern = cli.args.pop();
    cli.dirs = std::mem::take(&mut cli.args);
    Ok(cli)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(args: &[&str]) -> Vec<String> {
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        let cli = parse_from(&Env::default(), argv).unwrap();
        cli.options
            .iter()
            .map(|o| o.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn options_are_told_from_folders_and_pattern() {
        assert_eq!(
            options(&["-ic", "-tf", "--exec=x", "-d", "2", "src", "-e", "rs", "x"]),
            ["-ic", "-tf", "--exec=x", "-d", "2", "-e", "rs"]
        );
        assert_eq!(options(&["-d2", "src", "x"]), ["-d2"]);
        assert_eq!(options(&["--exec", "ls", "src", "x"]), ["--exec", "ls"]);
        assert_eq!(options(&["-i", "--", "-a", "-b"]), ["-i"]);
        assert_eq!(options(&["--hid", "x"]), ["--hidden"]);
    }
}
