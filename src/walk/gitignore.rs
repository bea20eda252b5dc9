//! `--gitignore`, as git means it: the ignore rules that apply in a folder,
//! kept as a chain from the folder up through its parents, nearest first.
//! The entry filter ([`super::filter::EntryFilter::is_ignored`]) asks
//! [`is_ignored`].
//!
//! - A folder holding `.git` is the top of a repository. Its `.gitignore`
//!   files, from the top down, apply inside it — also above the root of the
//!   search when the search starts in a subfolder — and a nested repository
//!   starts afresh: the rules of the repository around it stop at its top.
//! - Outside any repository, `.gitignore` files are not read (as git, fd
//!   and ripgrep do).
//! - `.ignore` files apply everywhere, from the root of the file system
//!   down, across repository tops.
//! - In one folder `.ignore` beats `.gitignore`; a nearer folder beats a
//!   farther one; `.git/info/exclude` and then git's global excludes come
//!   after every `.gitignore` of their repository.
//!
//! Files are read by [`super::ignore_file`]: only regular files, up to a
//! size cap; anything else is reported as [`Skipped`]. Git's global
//! excludes are found the same way: its configuration files are read there
//! and parsed by [`super::git_config`], never by the `ignore` crate. The
//! memory of the rules is bounded by [`super::rule_memory`]: a file whose
//! rules do not fit is skipped and said (always). Matching uses the
//! `ignore` crate's gitignore rules (given line by line), on each path made
//! relative to the folder of the rules.

use std::borrow::Cow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use ignore::Match;
use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::env::GitFiles;
use crate::listing::Skipped;
use crate::path::child_prefix_len;
use crate::sys::{self, Dir};
use crate::walk::chain::Chain;
use crate::walk::git_config;
use crate::walk::ignore_file::{self, Unread};
use crate::walk::rule_memory::{self, Charge};

/// The ignore rules that apply in a folder: its own, then its parents'.
pub type IgnoreChain = Chain<Rules>;

/// The rules of one ignore file, and the memory they hold under the cap.
#[derive(Debug)]
pub struct FileRules {
    rules: Gitignore,
    _held: Charge<'static>,
}

/// The rules of one folder.
#[derive(Debug)]
pub struct Rules {
    /// Its `.ignore`.
    dot_ignore: Option<FileRules>,
    /// Its `.gitignore` (read only inside a repository).
    gitignore: Option<FileRules>,
    /// Its `.git/info/exclude` (at a repository's top).
    exclude: Option<FileRules>,
    /// Whether it holds `.git`: rules of folders above stop applying.
    repo_top: bool,
    /// Whether it is inside a repository (its own or one above).
    in_repo: bool,
    /// How many bytes of a printed path to drop to make it relative to the
    /// folder (the printed folder and its `/`)…
    strip: usize,
    /// …and what to put in front instead: for a folder above the root of
    /// the search, the way down from it to the root (`sub/`).
    prefix: Vec<u8>,
}

impl Rules {
    /// `path` (printed) made relative to this folder.
    fn relative<'p>(&self, path: &'p [u8]) -> Cow<'p, Path> {
        let rest = path.get(self.strip..).unwrap_or_default();
        if self.prefix.is_empty() {
            Cow::Borrowed(Path::new(sys::os_str(rest)))
        } else {
            let mut joined = self.prefix.clone();
            joined.extend_from_slice(rest);
            Cow::Owned(PathBuf::from(sys::os_str(&joined)))
        }
    }
}

/// Whether `path` (printed, of an entry in the folder that `chain` is for)
/// is ignored: the nearest rule that decides wins, whitelists included.
/// `global` is git's global excludes.
pub fn is_ignored(
    chain: Option<&Arc<IgnoreChain>>,
    global: Option<&FileRules>,
    path: &[u8],
    is_dir: bool,
) -> bool {
    let mut git = true;
    for rules in chain.into_iter().flat_map(|chain| chain.iter()) {
        let global = global.filter(|_| rules.repo_top);
        let git_rules = [rules.gitignore.as_ref(), rules.exclude.as_ref(), global];
        let mut applying = [rules.dot_ignore.as_ref()]
            .into_iter()
            .chain(git_rules.into_iter().filter(|_| git))
            .flatten()
            .peekable();
        // The relative path is made only when some rules are there to ask.
        let decided = applying.peek().is_some().then(|| {
            let relative = rules.relative(path);
            applying
                .map(|file| file.rules.matched(&relative, is_dir))
                .find(|m| !m.is_none())
        });
        if let Some(Some(m)) = decided {
            return matches!(m, Match::Ignore(_));
        }
        if rules.repo_top {
            git = false;
        }
    }
    false
}

/// The chain that applies inside the folder `dir` (printed path, open as
/// `fd`): `parent` plus the folder's own rules, if it has any. For a root
/// of the search (`parent` is then `None`), the rules of the folders above
/// it come first. Ignore files that exist but are not read are added to
/// `skipped`.
pub fn for_dir(
    dir: &[u8],
    fd: &Dir,
    parent: Option<&Arc<IgnoreChain>>,
    is_root: bool,
    skipped: &mut Vec<Skipped>,
) -> Option<Arc<IgnoreChain>> {
    let mut chain = parent.cloned();
    if is_root {
        chain = above_root(dir, skipped);
    }
    let in_repo_above = chain
        .as_ref()
        .and_then(|chain| chain.iter().next())
        .is_some_and(|rules| rules.in_repo);
    let place = Place {
        shown: dir,
        strip: child_prefix_len(dir),
        prefix: Vec::new(),
    };
    match rules_of(fd, &place, in_repo_above, true, skipped) {
        Some(rules) => Some(Chain::push(chain, rules)),
        None => chain,
    }
}

/// Where a folder's rules are read from and how paths are made relative.
struct Place<'a> {
    /// The folder as it is shown in messages.
    shown: &'a [u8],
    /// See [`Rules::strip`].
    strip: usize,
    /// See [`Rules::prefix`].
    prefix: Vec<u8>,
}

/// The rules of the folder open as `fd`, `None` when it has none and is no
/// repository's top. `.gitignore` is read when the folder is in a
/// repository (`in_repo_above`, or its own `.git`) and `read_git` allows.
fn rules_of(
    fd: &Dir,
    place: &Place<'_>,
    in_repo_above: bool,
    read_git: bool,
    skipped: &mut Vec<Skipped>,
) -> Option<Rules> {
    let repo_top = sys::exists_at(fd, ".git");
    let in_repo = repo_top || in_repo_above;
    let mut load = |name: &str| load(fd, place.shown, name, skipped);
    let dot_ignore = load(".ignore");
    let gitignore = if in_repo && read_git {
        load(".gitignore")
    } else {
        None
    };
    let exclude = if repo_top && read_git {
        load(".git/info/exclude")
    } else {
        None
    };
    let rules = Rules {
        dot_ignore,
        gitignore,
        exclude,
        repo_top,
        in_repo,
        strip: place.strip,
        prefix: place.prefix.clone(),
    };
    let any = rules.dot_ignore.is_some() || rules.gitignore.is_some() || rules.exclude.is_some();
    (any || repo_top).then_some(rules)
}

/// The chain of the folders above the root `dir`, from `/` down: their
/// `.ignore` files, and their `.gitignore` files from the top of the
/// repository the root is in (unless the root is a repository's top).
fn above_root(dir: &[u8], skipped: &mut Vec<Skipped>) -> Option<Arc<IgnoreChain>> {
    let root = std::fs::canonicalize(sys::os_str(dir)).ok()?;
    let root_is_top = root.join(".git").symlink_metadata().is_ok();
    let ancestors: Vec<&Path> = root.ancestors().skip(1).collect();
    // The nearest folder above that holds `.git`, when the root has none.
    let top = (!root_is_top)
        .then(|| {
            ancestors
                .iter()
                .position(|a| a.join(".git").symlink_metadata().is_ok())
        })
        .flatten();
    let strip = child_prefix_len(dir);
    let mut chain = None;
    for (i, folder) in ancestors.iter().enumerate().rev() {
        let Ok(fd) = sys::open_dir(sys::os_bytes(folder.as_os_str())) else {
            continue;
        };
        let mut prefix = root
            .strip_prefix(folder)
            .map(|p| sys::os_bytes(p.as_os_str()).to_vec())
            .unwrap_or_default();
        prefix.push(b'/');
        let place = Place {
            shown: sys::os_bytes(folder.as_os_str()),
            strip,
            prefix,
        };
        let in_repo_above = chain
            .as_ref()
            .and_then(|chain: &Arc<IgnoreChain>| chain.iter().next())
            .is_some_and(|rules| rules.in_repo);
        let read_git = top.is_some_and(|top| i <= top);
        if let Some(mut rules) = rules_of(&fd, &place, in_repo_above, read_git, skipped) {
            // A repository above the one the root is in is none of its
            // business, except for its `.ignore` files.
            if !read_git {
                rules.repo_top = false;
                rules.in_repo = false;
            }
            chain = Some(Chain::push(chain, rules));
        }
    }
    chain
}

/// The rules of the ignore file `name` in the folder `fd` (shown as
/// `shown`), if it exists and can be read.
fn load(fd: &Dir, shown: &[u8], name: &str, skipped: &mut Vec<Skipped>) -> Option<FileRules> {
    let mut path = shown.to_vec();
    if !path.ends_with(b"/") {
        path.push(b'/');
    }
    path.extend_from_slice(name.as_bytes());
    noted(
        ignore_file::read_at(fd, name).and_then(parse_read),
        path,
        skipped,
    )
}

/// Git's global excludes, if there are any: the file `core.excludesFile`
/// names in git's configuration files (`files`, read in order, the last
/// value winning), else the default one. A file that exists but is not
/// read is added to `skipped`.
pub fn global(files: &GitFiles, skipped: &mut Vec<Skipped>) -> Option<FileRules> {
    let mut configured = None;
    for config in &files.configs {
        let path = sys::os_bytes(config.as_os_str());
        let text = noted(
            ignore_file::read_path(path).map(Some),
            path.to_vec(),
            skipped,
        );
        if let Some(value) = text
            .flatten()
            .and_then(|text| git_config::excludes_file(&text))
        {
            configured = Some(value);
        }
    }
    let path = match configured {
        // An empty value names no file, and no default either.
        Some(value) if value.is_empty() => return None,
        Some(value) => git_config::expand(&value, files.home.as_deref()),
        None => files.default_excludes.clone()?,
    };
    let path = sys::os_bytes(path.as_os_str());
    noted(
        ignore_file::read_path(path).and_then(parse_read),
        path.to_vec(),
        skipped,
    )
}

/// What was read from the file at `path`; a file not read is added to
/// `skipped`.
fn noted<T>(
    read: Result<Option<T>, Unread>,
    path: Vec<u8>,
    skipped: &mut Vec<Skipped>,
) -> Option<T> {
    match read {
        Ok(read) => read,
        Err(Unread { reason, limit }) => {
            skipped.push(Skipped {
                path,
                reason,
                limit,
            });
            None
        }
    }
}

/// The rules of an ignore file read (`None`: there is no such file, or it
/// has no rules).
fn parse_read(contents: Option<Vec<u8>>) -> Result<Option<FileRules>, Unread> {
    contents.map_or(Ok(None), |contents| parse(&contents, &rule_memory::RULES))
}

/// The rules in `contents`, matched against paths relative to the file's
/// folder, their memory charged to `meter` (a file whose rules do not fit
/// is [`Unread`]). Lines that do not parse are left out, as git does.
fn parse(contents: &[u8], meter: &'static rule_memory::Meter) -> Result<Option<FileRules>, Unread> {
    let text = String::from_utf8_lossy(contents);
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    let cost = rule_memory::cost(text, meter.max());
    let held = cost
        .and_then(|cost| meter.charge(cost))
        .ok_or_else(|| Unread {
            reason: format!(
                "ignore rules over the {} MiB memory cap, skipped",
                meter.max() >> 20
            ),
            limit: true,
        })?;
    // The root "/" is never a prefix of the relative paths asked about, so
    // the crate leaves them as they are.
    let mut builder = GitignoreBuilder::new("/");
    for line in text.lines() {
        let _ = builder.add_line(None, line);
    }
    let rules = builder.build().map_err(|_| Unread {
        reason: "ignore rules too large to compile, skipped".into(),
        limit: true,
    })?;
    Ok((!rules.is_empty()).then_some(FileRules { rules, _held: held }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(text: &str, strip: usize, prefix: &str) -> Rules {
        Rules {
            dot_ignore: None,
            gitignore: parse(text.as_bytes(), &rule_memory::RULES).unwrap(),
            exclude: None,
            repo_top: false,
            in_repo: true,
            strip,
            prefix: prefix.as_bytes().to_vec(),
        }
    }

    #[test]
    fn paths_are_made_relative_to_the_rules_folder() {
        let inside = rules("/a.log\n", 4, "");
        assert_eq!(inside.relative(b"sub/a.log"), Path::new("a.log"));
        let above = rules("/sub/a.log\n", 4, "sub/");
        assert_eq!(above.relative(b"sub/a.log"), Path::new("sub/a.log"));
        let chain = Chain::push(Some(Chain::push(None, above)), rules("!b.log\n", 4, ""));
        assert!(is_ignored(Some(&chain), None, b"sub/a.log", false));
        assert!(!is_ignored(Some(&chain), None, b"sub/b.log", false));
    }

    #[test]
    fn rules_over_the_memory_cap_wait_until_others_are_dropped() {
        static METER: rule_memory::Meter = rule_memory::Meter::new(2600);
        let first = parse(b"a.log\n", &METER).unwrap();
        let second = parse(b"# free\nb.log\n", &METER).unwrap();
        let refused = parse(b"c.log\n", &METER).unwrap_err();
        assert!(refused.limit);
        assert_eq!(
            refused.reason,
            "ignore rules over the 0 MiB memory cap, skipped"
        );
        drop(first);
        assert!(parse(b"c.log\n", &METER).unwrap().is_some());
        drop(second);
        assert!(parse(b"\n# nothing\n", &METER).unwrap().is_none());
    }

    #[test]
    fn a_repository_top_ends_the_git_rules_above_it() {
        let outer = rules("*.log\n", 0, "");
        let mut inner = rules("*.tmp\n", 0, "");
        inner.repo_top = true;
        let chain = Chain::push(Some(Chain::push(None, outer)), inner);
        assert!(is_ignored(Some(&chain), None, b"a.tmp", false));
        assert!(!is_ignored(Some(&chain), None, b"a.log", false));
    }
}
