//! The library's builder: [`Search`] describes a search (roots, pattern,
//! filters, threads) and starts it ([`Search::iter`]), deciding the walk's
//! [`Settings`] as the command line's [`crate::config::Config::resolve`]
//! does for `ffind`.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::criteria::owner::Owner;
use crate::criteria::size::SizeLimit;
use crate::criteria::time::TimeLimit;
use crate::entry::Entry;
use crate::error::Error;
use crate::iter::Iter;
use crate::pattern::{CaseMode, Matcher, Syntax};
use crate::settings::{Settings, Type, Types, exclude_set};

/// How letter case is matched.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Case {
    /// Insensitive when the pattern has no uppercase letter, else
    /// sensitive (the default).
    #[default]
    Smart,
    /// Always sensitive.
    Sensitive,
    /// Always insensitive.
    Insensitive,
}

/// A limit on a file's size in bytes ([`Search::size`]; folders and other
/// entries do not pass a size limit).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Size {
    /// At least this many bytes.
    AtLeast(u64),
    /// At most this many bytes.
    AtMost(u64),
    /// Exactly this many bytes.
    Exactly(u64),
}

/// The pattern names are matched against.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Pattern {
    /// Every name.
    None,
    /// A Python regular expression, searched anywhere.
    Regex(String),
    /// A shell glob, matched against the whole name.
    Glob(String),
    /// A literal string, searched anywhere.
    Fixed(String),
}

/// A search: where, for what, and which entries to keep. Build it, then
/// [`Search::iter`] walks the tree on background threads and hands over
/// the matching entries in ffind's order.
///
/// ffind's order, per folder: its matching files (and other non-folders),
/// then its matching folders (and symlinks to folders), each sorted by
/// name bytes; then each subfolder's entries in turn, depth first. Roots
/// are searched one after another, in the order given.
///
/// The defaults are ffind's: every name (no pattern), smart case, hidden
/// names skipped, symlinked folders followed (loops detected), no ignore
/// files read, as many threads as cores.
#[derive(Debug, Clone)]
pub struct Search {
    roots: Vec<PathBuf>,
    pattern: Pattern,
    case: Case,
    full_path: bool,
    types: Types,
    extensions: Vec<String>,
    excludes: Vec<String>,
    min_depth: usize,
    max_depth: Option<usize>,
    sizes: Vec<SizeLimit>,
    times: Vec<TimeLimit>,
    user: Option<u32>,
    group: Option<u32>,
    hidden: bool,
    follow_links: bool,
    gitignore: bool,
    ignore_vcs: bool,
    threads: Option<usize>,
}

impl Search {
    /// A search of the folder `root`, with every default.
    pub fn new(root: impl AsRef<Path>) -> Search {
        Search {
            roots: vec![root.as_ref().to_path_buf()],
            pattern: Pattern::None,
            case: Case::Smart,
            full_path: false,
            types: Types::default(),
            extensions: Vec::new(),
            excludes: Vec::new(),
            min_depth: 0,
            max_depth: None,
            sizes: Vec::new(),
            times: Vec::new(),
            user: None,
            group: None,
            hidden: false,
            follow_links: true,
            gitignore: false,
            ignore_vcs: false,
            threads: None,
        }
    }

    /// Searches the folder `root` too, after the others.
    pub fn root(mut self, root: impl AsRef<Path>) -> Search {
        self.roots.push(root.as_ref().to_path_buf());
        self
    }

    /// Keeps the names a regular expression (Python's syntax, as the
    /// original `ffind`) finds a match in, anywhere in the name.
    pub fn regex(mut self, pattern: &str) -> Search {
        self.pattern = Pattern::Regex(pattern.to_owned());
        self
    }

    /// Keeps the names a shell glob (`*.rs`, `[ab]?`) matches as a whole.
    pub fn glob(mut self, pattern: &str) -> Search {
        self.pattern = Pattern::Glob(pattern.to_owned());
        self
    }

    /// Keeps the names that contain `text`.
    pub fn fixed(mut self, text: &str) -> Search {
        self.pattern = Pattern::Fixed(text.to_owned());
        self
    }

    /// How letter case is matched ([`Case::Smart`] by default).
    pub fn case(mut self, case: Case) -> Search {
        self.case = case;
        self
    }

    /// Matches the pattern against the entry's whole path (the root as
    /// given included) instead of its name.
    pub fn full_path(mut self, yes: bool) -> Search {
        self.full_path = yes;
        self
    }

    /// Keeps entries of the kind `kind`; given more than once, entries of
    /// any of the kinds.
    pub fn file_type(mut self, kind: Type) -> Search {
        self.types.allow(kind);
        self
    }

    /// Keeps entries whose name ends in `.EXTENSION` (any case, with or
    /// without the leading dot); given more than once, any of them.
    pub fn extension(mut self, extension: &str) -> Search {
        self.extensions.push(extension.to_owned());
        self
    }

    /// Neither keeps nor enters entries whose name matches the glob
    /// `glob`.
    pub fn exclude(mut self, glob: &str) -> Search {
        self.excludes.push(glob.to_owned());
        self
    }

    /// Keeps only entries at least `depth` deep (1: directly inside a
    /// root).
    pub fn min_depth(mut self, depth: usize) -> Search {
        self.min_depth = depth;
        self
    }

    /// Keeps only entries at most `depth` deep, and does not enter folders
    /// at that depth (1: only the roots' own entries).
    pub fn max_depth(mut self, depth: usize) -> Search {
        self.max_depth = Some(depth);
        self
    }

    /// Keeps only files within the size limit (with several limits, within
    /// all).
    pub fn size(mut self, limit: Size) -> Search {
        self.sizes.push(match limit {
            Size::AtLeast(n) => SizeLimit::AtLeast(n),
            Size::AtMost(n) => SizeLimit::AtMost(n),
            Size::Exactly(n) => SizeLimit::Exactly(n),
        });
        self
    }

    /// Keeps entries modified after `moment`.
    pub fn changed_after(mut self, moment: SystemTime) -> Search {
        self.times.push(TimeLimit::After(moment));
        self
    }

    /// Keeps entries modified within the last `span` (from now).
    pub fn changed_within(self, span: Duration) -> Search {
        let moment = SystemTime::now()
            .checked_sub(span)
            .unwrap_or(SystemTime::UNIX_EPOCH);
        self.changed_after(moment)
    }

    /// Keeps entries modified before `moment`.
    pub fn changed_before(mut self, moment: SystemTime) -> Search {
        self.times.push(TimeLimit::Before(moment));
        self
    }

    /// Keeps entries owned by the user id `uid` (Unix; on Windows no entry
    /// has an owner, and none is kept).
    pub fn user(mut self, uid: u32) -> Search {
        self.user = Some(uid);
        self
    }

    /// Keeps entries owned by the group id `gid` (Unix; as for
    /// [`Search::user`]).
    pub fn group(mut self, gid: u32) -> Search {
        self.group = Some(gid);
        self
    }

    /// Includes names that start with `.` (off by default).
    pub fn hidden(mut self, yes: bool) -> Search {
        self.hidden = yes;
        self
    }

    /// Enters folders reached through symlinks (on by default; a folder
    /// that is its own ancestor is not entered again, and is reported).
    pub fn follow_links(mut self, yes: bool) -> Search {
        self.follow_links = yes;
        self
    }

    /// Respects `.gitignore`, `.ignore`, `.git/info/exclude` and git's
    /// global excludes (off by default).
    pub fn gitignore(mut self, yes: bool) -> Search {
        self.gitignore = yes;
        self
    }

    /// Skips version-control folders and files (`.git`, `.svn`, …; off by
    /// default).
    pub fn ignore_vcs(mut self, yes: bool) -> Search {
        self.ignore_vcs = yes;
        self
    }

    /// Reads folders on `threads` threads (at least 1), all started with
    /// the walk. By default: as many as cores, the others started once the
    /// walk has lasted a few milliseconds (a small tree is read by one
    /// thread), and more while reads wait for a cold disk.
    pub fn threads(mut self, threads: usize) -> Search {
        self.threads = Some(threads);
        self
    }

    /// Starts the search: the matching entries in ffind's order, streamed
    /// as the walk finds them, on background threads whose read-ahead is
    /// bounded. Dropping the iterator stops the walk.
    ///
    /// Fails at once if the pattern or an exclude glob does not compile; a
    /// root that is not a folder, and each folder that cannot be read, come
    /// as an `Err` item in place, and the search goes on.
    pub fn iter(&self) -> Result<Iter, Error> {
        Ok(Iter::start(self.settings()?))
    }

    /// Runs the search on this thread (its workers beside it), handing
    /// `visit` each entry, and each error in place, as [`Search::iter`]
    /// yields them, until it breaks: the same walk without the hand-over
    /// between threads. Fails at once, visiting nothing, if the pattern or
    /// an exclude glob does not compile.
    pub fn visit(
        &self,
        mut visit: impl FnMut(Result<Entry, Error>) -> ControlFlow<()>,
    ) -> Result<(), Error> {
        crate::iter::visit(&self.settings()?, &mut visit);
        Ok(())
    }

    /// The walk's settings for this search.
    fn settings(&self) -> Result<Settings, Error> {
        let case = match self.case {
            Case::Smart => CaseMode::Smart,
            Case::Sensitive => CaseMode::Sensitive,
            Case::Insensitive => CaseMode::Insensitive,
        };
        let (syntax, source) = match &self.pattern {
            Pattern::None => (Syntax::Regex, ""),
            Pattern::Regex(source) => (Syntax::Regex, source.as_str()),
            Pattern::Glob(source) => (Syntax::Glob, source.as_str()),
            Pattern::Fixed(source) => (Syntax::Fixed, source.as_str()),
        };
        let roots = self
            .roots
            .iter()
            .map(|root| crate::sys::os_bytes(root.as_os_str()).to_vec())
            .collect();
        let mut settings = Settings::new(roots, Matcher::new(source, syntax, case, false)?);
        settings.pattern_syntax = syntax;
        settings.case_mode = case;
        settings.full_path = self.full_path;
        settings.hidden = self.hidden;
        settings.follow_symlinks = self.follow_links;
        settings.gitignore = self.gitignore;
        settings.git_files = self.gitignore.then(crate::env::GitFiles::from_process);
        settings.ignore_vcs = self.ignore_vcs;
        settings.types = self.types;
        settings.extensions = self
            .extensions
            .iter()
            .map(|e| e.trim_start_matches('.').to_ascii_lowercase().into_bytes())
            .collect();
        settings.excludes = exclude_set(&self.excludes)?;
        settings.min_depth = self.min_depth;
        settings.max_depth = self.max_depth;
        settings.sizes = self.sizes.clone();
        settings.times = self.times.clone();
        if self.user.is_some() || self.group.is_some() {
            settings.owner = Some(Owner::ids(self.user, self.group));
        }
        if let Some(threads) = self.threads {
            settings.set_threads(threads);
        }
        Ok(settings)
    }
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;
    use crate::entry::Kind;

    /// A tree: `b.txt`, `a.rs`, `.hidden.rs`, folders `z/` (holding
    /// `deep/c.rs` and `README`) and `m/` (holding `m.rs`).
    fn tree() -> tempfile::TempDir {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        fs::create_dir_all(root.join("z/deep")).unwrap();
        fs::create_dir_all(root.join("m")).unwrap();
        for file in [
            "b.txt",
            "a.rs",
            ".hidden.rs",
            "z/deep/c.rs",
            "z/README",
            "m/m.rs",
        ] {
            fs::write(root.join(file), "12345").unwrap();
        }
        tmp
    }

    /// The paths `search` yields, relative to `root`, errors as `ERR`.
    fn found(search: &Search, root: &Path) -> Vec<String> {
        search
            .iter()
            .unwrap()
            .map(|entry| match entry {
                Ok(entry) => {
                    let path = entry.path().strip_prefix(root).unwrap();
                    path.to_string_lossy().into_owned()
                }
                Err(err) => format!("ERR {err}"),
            })
            .collect()
    }

    #[test]
    fn entries_come_in_ffinds_order_whatever_the_threads() {
        let tmp = tree();
        let want = [
            "a.rs",
            "b.txt",
            "m",
            "z",
            "m/m.rs",
            "z/README",
            "z/deep",
            "z/deep/c.rs",
        ];
        for threads in [1, 2, 8] {
            let search = Search::new(tmp.path()).threads(threads);
            assert_eq!(found(&search, tmp.path()), want, "{threads} threads");
        }
    }

    #[test]
    fn patterns_and_filters_choose_the_entries() {
        let tmp = tree();
        let root = tmp.path();
        let search = Search::new(root);
        assert_eq!(
            found(&search.clone().glob("*.rs"), root),
            ["a.rs", "m/m.rs", "z/deep/c.rs"]
        );
        assert_eq!(
            found(&search.clone().regex("^[ab]"), root),
            ["a.rs", "b.txt"]
        );
        assert_eq!(found(&search.clone().fixed("READ"), root), ["z/README"]);
        assert_eq!(found(&search.clone().regex("readme"), root), ["z/README"]);
        let sensitive = search.clone().regex("readme").case(Case::Sensitive);
        assert!(found(&sensitive, root).is_empty());
        let hidden = search.clone().glob("*.rs").hidden(true).max_depth(1);
        assert_eq!(found(&hidden, root), [".hidden.rs", "a.rs"]);
        let dirs = search.clone().file_type(Type::Dir).min_depth(2);
        assert_eq!(found(&dirs, root), ["z/deep"]);
        let txt = search.clone().extension(".TXT").exclude("z");
        assert_eq!(found(&txt, root), ["b.txt"]);
        let sized = search
            .clone()
            .size(Size::AtLeast(5))
            .size(Size::AtMost(5))
            .exclude("z");
        assert_eq!(found(&sized, root), ["a.rs", "b.txt", "m/m.rs"]);
        let old = search
            .clone()
            .changed_before(SystemTime::UNIX_EPOCH + Duration::from_secs(1));
        assert!(found(&old, root).is_empty());
        let recent = search
            .clone()
            .changed_within(Duration::from_secs(3600))
            .max_depth(1);
        assert_eq!(found(&recent, root), ["a.rs", "b.txt", "m", "z"]);
        assert!(matches!(
            search.clone().regex("(").iter(),
            Err(Error::Pattern { .. })
        ));
        assert!(matches!(
            search.exclude("[").iter(),
            Err(Error::Glob { .. })
        ));
    }

    #[cfg(unix)]
    #[test]
    fn owners_are_user_and_group_ids() {
        let tmp = tree();
        let me = crate::sys::stat_at(
            &crate::sys::open_dir(crate::sys::os_bytes(tmp.path().as_os_str())).unwrap(),
            b"a.rs",
            false,
        )
        .unwrap()
        .owner
        .unwrap();
        let search = Search::new(tmp.path()).max_depth(1).file_type(Type::File);
        let mine = search.clone().user(me.0).group(me.1);
        assert_eq!(found(&mine, tmp.path()), ["a.rs", "b.txt"]);
        assert!(found(&search.user(me.0.wrapping_add(1)), tmp.path()).is_empty());
    }

    #[test]
    fn an_entry_tells_its_name_depth_kind_span_and_metadata() {
        let tmp = tree();
        let entries: Vec<_> = Search::new(tmp.path())
            .regex("dee")
            .iter()
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let [deep] = &entries[..] else {
            panic!("{entries:?}");
        };
        assert_eq!(deep.name(), "deep");
        assert_eq!(deep.depth(), 2);
        assert_eq!((deep.kind(), deep.is_dir()), (Kind::Dir, true));
        assert!(deep.metadata().unwrap().is_dir());
        let bytes = deep.path().as_os_str().as_encoded_bytes();
        assert_eq!(&bytes[deep.matched()], b"dee");
        let file = Search::new(tmp.path()).glob("a.rs").iter().unwrap().next();
        let file = file.unwrap().unwrap();
        assert_eq!((file.kind(), file.depth()), (Kind::File, 1));
        assert_eq!(file.metadata().unwrap().len(), 5);
        let bytes = file.path().as_os_str().as_encoded_bytes();
        assert_eq!(&bytes[file.matched()], b"a.rs");
    }

    #[test]
    fn full_path_matching_spans_the_path() {
        let tmp = tree();
        let search = Search::new(tmp.path()).regex("z/d").full_path(true);
        let entries: Vec<_> = search.iter().unwrap().map(Result::unwrap).collect();
        let names: Vec<_> = entries.iter().map(|e| e.name().to_owned()).collect();
        assert_eq!(names, ["deep", "c.rs"]);
        for entry in &entries {
            let bytes = entry.path().as_os_str().as_encoded_bytes();
            assert_eq!(&bytes[entry.matched()], b"z/d");
        }
    }

    #[test]
    fn a_root_that_is_no_folder_is_an_error_in_place() {
        let tmp = tree();
        let search = Search::new(tmp.path().join("m"))
            .root(tmp.path().join("missing"))
            .root(tmp.path().join("b.txt"))
            .root(tmp.path().join("z/deep"));
        let got = found(&search, tmp.path());
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "m/m.rs");
        assert!(
            got[1].starts_with("ERR ") && got[1].contains("missing"),
            "{got:?}"
        );
        assert!(
            got[2].starts_with("ERR ") && got[2].contains("b.txt"),
            "{got:?}"
        );
        assert_eq!(got[3], "z/deep/c.rs");
    }

    #[test]
    fn the_visitor_sees_what_the_iterator_yields_and_stops_when_told() {
        let tmp = tree();
        let search = Search::new(tmp.path()).root(tmp.path().join("missing"));
        let shown =
            |entry: Result<Entry, Error>| entry.map(Entry::into_path).map_err(|e| e.to_string());
        let mut visited = Vec::new();
        search
            .visit(|entry| {
                visited.push(shown(entry));
                ControlFlow::Continue(())
            })
            .unwrap();
        let iterated: Vec<_> = search.iter().unwrap().map(shown).collect();
        assert_eq!(visited, iterated);
        assert_eq!(visited.len(), 9, "{visited:?}");
        let mut seen = 0;
        search
            .visit(|_| {
                seen += 1;
                if seen == 3 {
                    ControlFlow::Break(())
                } else {
                    ControlFlow::Continue(())
                }
            })
            .unwrap();
        assert_eq!(seen, 3);
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_loop_is_an_error_in_place_and_the_walk_goes_on() {
        let tmp = tree();
        std::os::unix::fs::symlink("..", tmp.path().join("m/up")).unwrap();
        let got = found(&Search::new(tmp.path()).glob("[cmu]*"), tmp.path());
        let want = [
            "m",
            "m/m.rs",
            "m/up",
            &format!(
                "ERR {}: symlink loop (the folder is its own ancestor)",
                tmp.path().join("m/up").display()
            ),
            "z/deep/c.rs",
        ];
        assert_eq!(got, want);
    }
}
