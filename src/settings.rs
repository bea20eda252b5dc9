//! The walk's settings: which folders, which names, which entries, how
//! many threads. Built by [`crate::config::Config::resolve`] for the
//! command line and by the library's builder ([`crate::Search`]); the walk
//! ([`crate::walk`]) reads only these, never the command line's own
//! settings (the action, the output, colours).

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use crate::criteria::owner::Owner;
use crate::criteria::size::SizeLimit;
use crate::criteria::time::TimeLimit;
use crate::error::Error;
use crate::pattern::{CaseMode, Matcher, Syntax};
use crate::sys::Special;

/// Readers in all, the cold-cache ones included, when the number of
/// threads is not given: enough folder reads in flight to keep a disk busy.
pub(crate) const COLD_READERS: usize = 16;

/// A kind of entry to keep ([`crate::Search::file_type`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Type {
    /// Regular files.
    File,
    /// Folders.
    Dir,
    /// Symbolic links.
    Symlink,
    /// Executable files.
    Executable,
    /// Empty files and folders.
    Empty,
    /// Unix sockets.
    Socket,
    /// Named pipes.
    Pipe,
    /// Block devices.
    BlockDevice,
    /// Character devices.
    CharDevice,
}

/// The entry types `--type` allows (all false: no type filter).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Types {
    /// Regular files (`f`).
    pub file: bool,
    /// Folders (`d`).
    pub dir: bool,
    /// Symbolic links (`l`).
    pub symlink: bool,
    /// Executable files (`x`).
    pub executable: bool,
    /// Empty files and folders (`e`).
    pub empty: bool,
    /// Sockets (`s`).
    pub socket: bool,
    /// Named pipes (`p`).
    pub pipe: bool,
    /// Block devices (`b`).
    pub block_device: bool,
    /// Character devices (`c`).
    pub char_device: bool,
}

impl Types {
    /// Allows entries of the kind `kind` too.
    pub fn allow(&mut self, kind: Type) {
        let allowed = match kind {
            Type::File => &mut self.file,
            Type::Dir => &mut self.dir,
            Type::Symlink => &mut self.symlink,
            Type::Executable => &mut self.executable,
            Type::Empty => &mut self.empty,
            Type::Socket => &mut self.socket,
            Type::Pipe => &mut self.pipe,
            Type::BlockDevice => &mut self.block_device,
            Type::CharDevice => &mut self.char_device,
        };
        *allowed = true;
    }

    /// Whether any type was asked for.
    pub fn any(&self) -> bool {
        self.file || self.dir || self.symlink || self.executable || self.empty || self.any_special()
    }

    /// Whether a socket, pipe or device type was asked for.
    pub fn any_special(&self) -> bool {
        self.socket || self.pipe || self.block_device || self.char_device
    }

    /// Whether entries of the kind `special` were asked for.
    pub fn special(&self, special: Special) -> bool {
        match special {
            Special::Socket => self.socket,
            Special::Fifo => self.pipe,
            Special::BlockDevice => self.block_device,
            Special::CharDevice => self.char_device,
        }
    }

    /// Whether answering needs the entry's metadata (mode or size).
    pub fn needs_metadata(&self) -> bool {
        self.executable || self.empty
    }
}

/// What the walk needs to know, decided before it starts.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The folders to search, as typed, in order (never empty).
    pub roots: Vec<Vec<u8>>,
    /// The compiled pattern.
    pub matcher: Matcher,
    /// More patterns every printed name must match too (`--and`).
    pub and: Vec<Matcher>,
    /// How the pattern was read (regex, glob, fixed).
    pub pattern_syntax: Syntax,
    /// How case was decided for the pattern.
    pub case_mode: CaseMode,
    /// Whether the pattern was made fuzzy (`-f`).
    pub fuzzy: bool,
    /// Match against the whole printed path instead of the name (`-p`).
    pub full_path: bool,
    /// Escape the messages the walk says on standard error, so that a name
    /// cannot drive the terminal (on when standard error is a terminal).
    pub escape_messages: bool,
    /// Enter folders reached through symlinks.
    pub follow_symlinks: bool,
    /// Include names that start with `.`.
    pub hidden: bool,
    /// Skip version-control files and folders.
    pub ignore_vcs: bool,
    /// Respect `.gitignore`, `.ignore`, `.git/info/exclude` and the global
    /// git excludes.
    pub gitignore: bool,
    /// The entry types to keep (none asked: all).
    pub types: Types,
    /// Extensions to keep, lowercase, without the dot (empty: all).
    pub extensions: Vec<Vec<u8>>,
    /// Where git's global excludes are looked for, when `gitignore` is on
    /// (the walk reads them).
    pub git_files: Option<crate::env::GitFiles>,
    /// Names neither printed nor entered.
    pub excludes: Option<GlobSet>,
    /// Entries deeper than this are not printed, folders at this depth not
    /// entered (depth 1 is directly inside a root).
    pub max_depth: Option<usize>,
    /// Entries shallower than this are not printed.
    pub min_depth: usize,
    /// Limits on a file's size (`--size`; files only).
    pub sizes: Vec<SizeLimit>,
    /// Limits on the modification time (`--changed-within`, `--changed-before`).
    pub times: Vec<TimeLimit>,
    /// The owner entries must have (`--owner`).
    pub owner: Option<Owner>,
    /// Do not enter folders on another device than their parent's
    /// (`--one-file-system`).
    pub one_file_system: bool,
    /// A matching folder is printed but not entered (`--prune`).
    pub prune: bool,
    /// Stop after this many results.
    pub max_results: Option<usize>,
    /// Report walk errors on standard error (and exit 1).
    pub show_errors: bool,
    /// The roots are opened for deletion (`--delete`): without following
    /// a symlink typed as a root, repeats left out, nested roots refused.
    pub delete: bool,
    /// How many threads read folders, and when they start.
    pub threads: Threads,
}

/// How many threads read folders, and when they start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Threads {
    /// How many read folders, the output's own thread included (at least
    /// 1); `None`: as many as the cores, counted when the workers start
    /// (counting them reads the process's CPU quota: files, not free).
    pub count: Option<usize>,
    /// Whether every thread starts with the walk, as when the number is
    /// given (`-j`). Else the workers start once the walk has lasted
    /// [`crate::walk::WalkLimits::workers_after`] or a read waited for the
    /// disk, so a small tree is walked by one thread, and cold-cache
    /// readers join them while reads wait for the disk.
    pub at_once: bool,
}

impl Threads {
    /// The default: as many threads as cores, started once the walk lasts,
    /// with cold-cache readers.
    pub const DEFAULT: Threads = Threads {
        count: None,
        at_once: false,
    };

    /// `count` threads (at least 1), every one started with the walk, and
    /// no cold-cache reader: the number given with `-j`.
    pub fn given(count: usize) -> Threads {
        Threads {
            count: Some(count.max(1)),
            at_once: true,
        }
    }

    /// The workers that read ahead of the output (the output's thread not
    /// counted), and the cold-cache readers: up to [`COLD_READERS`]
    /// readers in all, none when the threads start at once.
    pub fn workers(self) -> (usize, usize) {
        let count = self
            .count
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1);
        let cold = if self.at_once {
            0
        } else {
            COLD_READERS.saturating_sub(count)
        };
        (count - 1, cold)
    }
}

impl Settings {
    /// The settings of a search of `roots` for `matcher` with every
    /// default: hidden names skipped, symlinks followed, no ignore files, no
    /// filter, nothing said on standard error, as many threads as cores.
    pub fn new(roots: Vec<Vec<u8>>, matcher: Matcher) -> Settings {
        Settings {
            roots,
            matcher,
            and: Vec::new(),
            pattern_syntax: Syntax::Regex,
            case_mode: CaseMode::Smart,
            fuzzy: false,
            full_path: false,
            escape_messages: false,
            follow_symlinks: true,
            hidden: false,
            ignore_vcs: false,
            gitignore: false,
            types: Types::default(),
            extensions: Vec::new(),
            git_files: None,
            excludes: None,
            max_depth: None,
            min_depth: 0,
            sizes: Vec::new(),
            times: Vec::new(),
            owner: None,
            one_file_system: false,
            prune: false,
            max_results: None,
            show_errors: false,
            delete: false,
            threads: Threads::DEFAULT,
        }
    }

    /// Sets the number of threads that read folders (at least 1), as with
    /// `-j`: all started with the walk, no cold-cache readers.
    pub fn set_threads(&mut self, threads: usize) {
        self.threads = Threads::given(threads);
    }

    /// Compiles `source` the way the search's own pattern was compiled
    /// (syntax, case, fuzzy): for the slip hints' suggestions.
    pub fn compile_like_pattern(&self, source: &str) -> Option<Matcher> {
        Matcher::new(source, self.pattern_syntax, self.case_mode, self.fuzzy).ok()
    }

    /// Whether any filter besides the pattern decides which entries are
    /// kept (a type, an extension, a size, …).
    pub fn filters_entries(&self) -> bool {
        self.types.any()
            || !self.extensions.is_empty()
            || !self.sizes.is_empty()
            || !self.times.is_empty()
            || self.owner.is_some()
            || self.gitignore
            || self.ignore_vcs
            || self.excludes.is_some()
            || self.min_depth > 1
            || !self.and.is_empty()
    }
}

/// The `--exclude` globs as one set, matched against names (`None` when
/// there are none).
pub fn exclude_set(globs: &[String]) -> Result<Option<GlobSet>, Error> {
    if globs.is_empty() {
        return Ok(None);
    }
    let mut set = GlobSetBuilder::new();
    for glob in globs {
        let built = GlobBuilder::new(glob)
            .literal_separator(true)
            .build()
            .map_err(|err| Error::Glob {
                pattern: glob.clone(),
                reason: err.kind().to_string(),
            })?;
        set.add(built);
    }
    set.build().map(Some).map_err(|err| Error::Glob {
        pattern: globs.join(" "),
        reason: err.to_string(),
    })
}
