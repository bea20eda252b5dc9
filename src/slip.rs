//! Helpful mistakes: when a search finds nothing (or a folder to search
//! does not exist) and the command looks like a known slip, what probably
//! happened and the command that would work, for standard error. Standard
//! output and the exit status never change.
//!
//! The slips: fd's order (`ffind rs src`: the pattern is a folder, the
//! folder is not); fd's `-c WHEN` (here `-c` is `--case-sensitive`); a
//! folder taken as the pattern (`ffind src tests`, `ffind -e rs src`); a
//! `/` in the pattern without `-p` (names never hold one).
//!
//! A suggested command is one that would print something. The walk
//! decides it from what it saw anyway (no second walk): each [`Hint`]
//! carries a [`Test`] the walk asks of the entries that the filters keep
//! but the pattern does not ([`Slip::probes`], [`Slip::seen`]); a hint is
//! said only when its test passed for some entry.

use std::ffi::OsStr;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

#[cfg(feature = "cli")]
use crate::cli::Cli;
use crate::pattern::Matcher;
use crate::sys::DirId;

/// What would have printed something, asked of an entry the filters keep.
#[derive(Debug, Clone)]
pub enum Test {
    /// Nothing to ask: the hint is said whenever nothing was found (the
    /// walk may not even have run).
    Always,
    /// The entry's whole printed path matches this pattern.
    PathMatches(Matcher),
    /// The entry's name matches this pattern.
    NameMatches(Matcher),
    /// The entry lies beneath this folder.
    Beneath(DirId),
}

/// One possible slip: what to say, and when.
#[derive(Debug, Clone)]
pub struct Hint {
    /// The message, suggested command included.
    pub text: String,
    /// When it would print something.
    pub test: Test,
}

/// The hints for a command line, in order of preference, and which of
/// them the walk found true.
#[derive(Debug, Clone)]
pub struct Slip {
    hints: Vec<Hint>,
    passed: Arc<[AtomicBool]>,
    /// Whether the walk read the folder of a [`Test::Beneath`] hint.
    folder_read: Arc<AtomicBool>,
    /// Said when the walk saw nothing beneath a [`Test::Beneath`] folder
    /// (it lies outside the folders searched), if it is known to hold
    /// entries the filters keep.
    outside: Option<String>,
}

impl Slip {
    fn new(hints: Vec<Hint>) -> Option<Slip> {
        (!hints.is_empty()).then(|| Slip {
            passed: hints.iter().map(|_| AtomicBool::new(false)).collect(),
            folder_read: Arc::new(AtomicBool::new(false)),
            hints,
            outside: None,
        })
    }

    /// Whether some hint still waits for an entry that passes its test
    /// (the walk asks nothing once all have passed).
    #[inline]
    pub fn probes(&self) -> bool {
        self.hints
            .iter()
            .zip(self.passed.iter())
            .any(|(hint, passed)| {
                !matches!(hint.test, Test::Always) && !passed.load(Ordering::Relaxed)
            })
    }

    /// The folder of a [`Test::Beneath`] hint, if any.
    pub fn folder(&self) -> Option<DirId> {
        self.hints.iter().find_map(|hint| match hint.test {
            Test::Beneath(id) => Some(id),
            _ => None,
        })
    }

    /// Tells the hints that the walk reads the folder of a
    /// [`Test::Beneath`] hint.
    pub fn read_folder(&self) {
        self.folder_read.store(true, Ordering::Relaxed);
    }

    /// Tells the hints of an entry that the filters keep but the pattern
    /// does not: its `name`, its printed `path`, and whether it lies
    /// beneath [`Slip::folder`].
    pub fn seen(&self, name: &[u8], path: &[u8], beneath: bool) {
        for (hint, passed) in self.hints.iter().zip(self.passed.iter()) {
            if passed.load(Ordering::Relaxed) {
                continue;
            }
            let passes = match &hint.test {
                Test::Always => false,
                Test::PathMatches(matcher) => matcher.find(path).is_some(),
                Test::NameMatches(matcher) => matcher.find(name).is_some(),
                Test::Beneath(_) => beneath,
            };
            if passes {
                passed.store(true, Ordering::Relaxed);
            }
        }
    }

    /// What to say after a search that found nothing: the first hint whose
    /// test passed; with `walked` false (a folder to search was missing),
    /// only a hint that needs no walk.
    pub fn said(&self, walked: bool) -> Option<&str> {
        let passed = self
            .hints
            .iter()
            .zip(self.passed.iter())
            .find(|(hint, passed)| {
                matches!(hint.test, Test::Always) || (walked && passed.load(Ordering::Relaxed))
            });
        match passed {
            Some((hint, _)) => Some(&hint.text),
            None if walked && !self.folder_read.load(Ordering::Relaxed) => self.outside.as_deref(),
            None => None,
        }
    }
}

/// What probably went wrong with `cli`, if the search finds nothing:
/// `full_path` is whether `-p` is on, `acts` whether an action replaces
/// printing, `default_root` whether the search is of the current folder
/// only; `compile` reads a pattern as the pattern of the command line is
/// read; `filters_entries` whether options other than the pattern leave
/// entries out (a folder outside the walk is then not known to hold any).
#[cfg(feature = "cli")]
pub fn detect(
    cli: &Cli,
    full_path: bool,
    acts: bool,
    default_root: bool,
    compile: impl Fn(&str) -> Option<Matcher>,
    filters_entries: bool,
) -> Option<Slip> {
    let is_folder = |path: &OsStr| !path.is_empty() && std::path::Path::new(path).is_dir();
    let shown = |word: &OsStr| quote(crate::sys::os_bytes(word));
    // The command as typed, options changed, with other positionals.
    let command = |drop: &str, extra: &[&str], positional: &[&OsStr]| {
        let mut words = vec!["ffind".to_owned()];
        words.extend(cli.options.iter().filter(|o| *o != drop).map(|o| shown(o)));
        words.extend(extra.iter().map(|w| (*w).to_owned()));
        if positional
            .iter()
            .any(|p| crate::sys::os_bytes(p).starts_with(b"-"))
        {
            words.push("--".into());
        }
        words.extend(positional.iter().map(|p| shown(p)));
        words.join(" ")
    };
    if let Some(hint) = colour_word(cli, &command, &compile) {
        return Slip::new(vec![hint]);
    }
    let pattern = cli.pattern.as_deref()?;
    let pattern_is_folder = is_folder(pattern);
    if pattern_is_folder
        && let [dir] = &cli.dirs[..]
        && !is_folder(dir)
    {
        return Slip::new(vec![Hint {
            text: format!(
                "{} is a folder and {} is not: ffind takes the folders first, then the \
                 pattern ({})",
                shown(pattern),
                shown(dir),
                command("", &[], &[pattern, dir])
            ),
            test: Test::Always,
        }]);
    }
    // Not when the folder is also searched (`ffind top top` meant it), nor
    // with an action: the suggested command would act on everything.
    if pattern_is_folder && !acts && !cli.dirs.iter().any(|d| d == pattern) {
        let folders: Vec<String> = cli
            .dirs
            .iter()
            .map(|d| d.as_os_str())
            .chain([pattern])
            .map(|d| format!("--search-path {}", shown(d)))
            .collect();
        let text = format!(
            "{} is a folder, and was taken as the pattern; to list what is in it, \
             name it with --search-path ({})",
            shown(pattern),
            command("", &[&folders.join(" ")], &[])
        );
        let id = crate::sys::open_dir(crate::sys::os_bytes(pattern))
            .and_then(|dir| crate::sys::identity(&dir))
            .ok()?;
        let mut slip = Slip::new(vec![Hint {
            text: text.clone(),
            test: Test::Beneath(id),
        }])?;
        slip.outside = (!filters_entries && holds_unhidden(pattern)).then_some(text);
        return Some(slip);
    }
    let bytes = crate::sys::os_bytes(pattern);
    if !full_path && bytes.contains(&b'/') {
        let text = pattern.to_string_lossy();
        let mut hints = Vec::new();
        if let Some(matcher) = compile(&text) {
            hints.push(Hint {
                text: format!(
                    "names never contain '/': to match the pattern against the whole path, \
                     use -p ({})",
                    command("", &["-p"], &[pattern])
                ),
                test: Test::PathMatches(matcher),
            });
        }
        // The printed path of the current folder's entries starts with
        // `./`: the pattern anchored at the start of the relative path.
        let anchored = if cli.glob || text.starts_with('^') {
            Some(format!("./{}", text.trim_start_matches('^')))
        } else {
            None
        };
        if default_root && let Some(anchored) = anchored {
            let rewritten = if cli.glob {
                anchored
            } else {
                format!("^\\.{}", &anchored[1..])
            };
            if let Some(matcher) = compile(&rewritten) {
                hints.push(Hint {
                    text: format!(
                        "names never contain '/', and with -p the whole path starts with ./ \
                         ({})",
                        command("", &["-p"], &[OsStr::new(&rewritten)])
                    ),
                    test: Test::PathMatches(matcher),
                });
            }
        }
        return Slip::new(hints);
    }
    None
}

/// fd's `-c WHEN` (colour): here `-c` is `--case-sensitive`, so `WHEN`
/// became the first folder (`ffind -c never x`: a folder `never` that does
/// not exist) or the pattern (`ffind -c never`).
#[cfg(feature = "cli")]
fn colour_word(
    cli: &Cli,
    command: &impl Fn(&str, &[&str], &[&OsStr]) -> String,
    compile: &impl Fn(&str) -> Option<Matcher>,
) -> Option<Hint> {
    if !cli.options.iter().any(|o| o == "-c") {
        return None;
    }
    let is_when = |word: &OsStr| ["never", "always", "auto"].iter().any(|w| word == *w);
    let first = cli.dirs.first().or(cli.pattern.as_ref())?;
    if !is_when(first) || std::path::Path::new(first).exists() {
        return None;
    }
    let rest: Vec<&OsStr> = cli
        .dirs
        .iter()
        .skip(1)
        .chain(cli.pattern.as_ref().filter(|_| !cli.dirs.is_empty()))
        .map(|w| w.as_os_str())
        .collect();
    let when = first.to_string_lossy();
    let text = format!(
        "-c is --case-sensitive in ffind (as in the original); for fd's -c {when}, use \
         --color {when} ({})",
        command("-c", &["--color", &when], &rest)
    );
    // `ffind -c never`: without the word, no pattern: any entry the
    // filters keep would print.
    let test = if cli.dirs.is_empty() {
        Test::NameMatches(compile("")?)
    } else {
        Test::Always
    };
    Some(Hint { text, test })
}

/// Whether the folder `path` holds a name that does not start with `.`
/// (one listing of that folder alone).
#[cfg(feature = "cli")]
fn holds_unhidden(path: &OsStr) -> bool {
    std::fs::read_dir(path).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| !crate::sys::os_bytes(&e.file_name()).starts_with(b"."))
    })
}

/// `word` quoted for a shell when it needs to be; a word that is not UTF-8
/// in `$'…'` with its bytes as `\xNN`, so the suggested command names
/// exactly the bytes typed.
#[cfg(feature = "cli")]
fn quote(word: &[u8]) -> String {
    let plain = |b: &u8| b.is_ascii_alphanumeric() || b"_./,:=+@%^-".contains(b);
    let Ok(text) = std::str::from_utf8(word) else {
        let mut quoted = String::from("$'");
        for &b in word {
            match b {
                b'\'' | b'\\' => quoted.extend(['\\', char::from(b)]),
                b' '..=b'~' => quoted.push(char::from(b)),
                _ => quoted.push_str(&format!("\\x{b:02x}")),
            }
        }
        quoted.push('\'');
        return quoted;
    };
    if !word.is_empty() && word.iter().all(plain) {
        return text.to_owned();
    }
    let mut quoted = Vec::with_capacity(word.len() + 2);
    crate::template::sh::sh_quote(word, &mut quoted);
    String::from_utf8(quoted).expect("quoting UTF-8 keeps it UTF-8")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::env::Env;
    use crate::pattern::{CaseMode, Syntax};

    fn slip(args: &[&str]) -> Option<Slip> {
        let mut argv = vec!["ffind"];
        argv.extend_from_slice(args);
        let cli = crate::cli::parse_from(&Env::default(), argv).unwrap();
        let acts = cli.actions.delete;
        let compile = |p: &str| Matcher::new(p, Syntax::Regex, CaseMode::Smart, false).ok();
        detect(
            &cli,
            cli.full_path,
            acts,
            cli.dirs.is_empty(),
            compile,
            false,
        )
    }

    fn text(slip: &Slip) -> String {
        slip.hints
            .iter()
            .map(|h| h.text.as_str())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn known_slips_are_named() {
        // Unit tests run in the crate's folder, which holds src and tests.
        let (src, tests) = ("src", "tests");
        let fd_order = slip(&["rs", src]).unwrap();
        assert!(text(&fd_order).contains("folders first"));
        assert_eq!(fd_order.said(false), Some(fd_order.hints[0].text.as_str()));
        let folder = slip(&[src, tests]).unwrap();
        assert!(text(&folder).contains("taken as the pattern"));
        assert!(slip(&["-e", "rs", src]).is_some());
        let slash = slip(&["a/b"]).unwrap();
        assert!(text(&slash).contains("-p"));
        assert!(slip(&["-p", "a/b"]).is_none());
        assert!(slip(&["plain"]).is_none());
        assert!(slip(&[src, src]).is_none());
        assert!(slip(&["--delete", src, tests]).is_none());
        let colour = slip(&["-c", "never", "x"]).unwrap();
        assert!(
            text(&colour).contains("--color never x"),
            "{}",
            text(&colour)
        );
        assert!(slip(&["-c", "nevermore", "x"]).is_none());
    }

    #[test]
    fn a_hint_is_said_only_when_its_test_passed() {
        let slash = slip(&["^a/b"]).unwrap();
        assert_eq!(slash.said(true), None);
        slash.seen(b"b", b"./x/a/b", false);
        assert!(slash.probes());
        assert_eq!(slash.said(true), None);
        slash.seen(b"b", b"./a/b", false);
        assert!(slash.said(true).unwrap().contains("'^\\./a/b'"));
        assert_eq!(slash.said(false), None);
        let folder = slip(&["-e", "zz", "src"]).unwrap();
        // Outside the walk, a folder with names in it is taken to hold some.
        assert!(folder.said(true).is_some());
        folder.read_folder();
        assert_eq!(folder.said(true), None);
        folder.seen(b"x.zz", b"./src/x.zz", true);
        assert!(folder.said(true).unwrap().contains("--search-path src"));
    }

    #[test]
    fn words_keep_their_bytes() {
        assert_eq!(quote(b"plain.rs"), "plain.rs");
        assert_eq!(quote("caf\u{e9} x".as_bytes()), "'caf\u{e9} x'");
        assert_eq!(quote(b"a\xff'\\ b"), "$'a\\xff\\'\\\\ b'");
    }
}
