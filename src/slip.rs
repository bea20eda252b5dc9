//! Helpful mistakes: when a search finds nothing (or a folder to search
//! does not exist) and the command looks like a known slip, what probably
//! happened and the command that would work, for standard error. Standard
//! output and the exit status never change.
//!
//! The slips: fd's order (`ffind rs src`: the pattern is a folder, the
//! folder is not); a folder taken as the pattern (`ffind src tests`,
//! `ffind -e rs src`); a `/` in the pattern without `-p` (names never hold
//! one).

use std::ffi::OsStr;

use crate::cli::Cli;

/// What probably went wrong with `cli`, if the search finds nothing;
/// `full_path` is whether `-p` is on, `acts` whether an action replaces
/// printing.
pub fn detect(cli: &Cli, full_path: bool, acts: bool) -> Option<String> {
    let pattern = cli.pattern.as_os_str();
    let is_folder = |path: &OsStr| !path.is_empty() && std::path::Path::new(path).is_dir();
    let pattern_is_folder = is_folder(pattern);
    let shown = |word: &OsStr| quote(crate::sys::os_bytes(word));
    // The command as typed, with other folders and pattern.
    let command = |extra: Option<&str>, positional: &[&OsStr]| {
        let mut words = vec!["ffind".to_owned()];
        words.extend(cli.options.iter().map(|o| shown(o)));
        words.extend(extra.map(str::to_owned));
        if positional
            .iter()
            .any(|p| crate::sys::os_bytes(p).starts_with(b"-"))
        {
            words.push("--".into());
        }
        words.extend(positional.iter().map(|p| shown(p)));
        words.join(" ")
    };
    if pattern_is_folder
        && let [dir] = &cli.dirs[..]
        && !is_folder(dir)
    {
        return Some(format!(
            "{} is a folder and {} is not: ffind takes the folders first, then the \
             pattern ({})",
            shown(pattern),
            shown(dir),
            command(None, &[pattern, dir])
        ));
    }
    // Not when the folder is also searched (`ffind top top` meant it), nor
    // with an action: the suggested empty pattern would act on everything.
    if pattern_is_folder && !acts && !cli.dirs.iter().any(|d| d == pattern) {
        let mut positional: Vec<&OsStr> = cli.dirs.iter().map(|d| d.as_os_str()).collect();
        positional.extend([pattern, OsStr::new("")]);
        return Some(format!(
            "{} is a folder, and was taken as the pattern; to search in it, give a \
             pattern after it ({})",
            shown(pattern),
            command(None, &positional)
        ));
    }
    if !full_path && crate::sys::os_bytes(pattern).contains(&b'/') {
        return Some(format!(
            "names never contain '/': to match the pattern against the whole path, \
             use -p ({})",
            command(Some("-p"), &[pattern])
        ));
    }
    None
}

/// `word` quoted for a shell when it needs to be.
fn quote(word: &[u8]) -> String {
    let plain = |b: &u8| b.is_ascii_alphanumeric() || b"_./,:=+@%^-".contains(b);
    if !word.is_empty() && word.iter().all(plain) {
        return String::from_utf8_lossy(word).into_owned();
    }
    let mut quoted = Vec::with_capacity(word.len() + 2);
    crate::output::template::sh_quote(word, &mut quoted);
    String::from_utf8_lossy(&quoted).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::Env;

    fn slip(args: &[&str]) -> Option<String> {
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        let cli = crate::cli::parse_from(&Env::default(), argv).unwrap();
        let acts = cli.actions.delete;
        detect(&cli, cli.full_path, acts)
    }

    #[test]
    fn known_slips_are_named() {
        // Unit tests run in the crate's folder, which holds src and tests.
        let (src, tests) = ("src", "tests");
        let fd_order = slip(&["rs", src]).unwrap();
        assert!(fd_order.contains("folders first"), "{fd_order}");
        let folder = slip(&[src, tests]).unwrap();
        assert!(folder.contains("taken as the pattern"), "{folder}");
        assert!(slip(&["-e", "rs", src]).is_some());
        let slash = slip(&["a/b"]).unwrap();
        assert!(slash.contains("-p"), "{slash}");
        assert_eq!(slip(&["-p", "a/b"]), None);
        assert_eq!(slip(&["plain"]), None);
        assert_eq!(slip(&[src, src]), None);
        assert_eq!(slip(&["--delete", src, tests]), None);
    }
}
