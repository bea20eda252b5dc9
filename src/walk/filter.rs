//! Which entries of a folder are kept: one filter, built once from the
//! [`Settings`], asked a few questions per entry, cheapest first.
//!
//! The reader ([`super::reader`]) asks, in this order:
//! 1. [`EntryFilter::skips_name`]: hidden names, `--ignore-vcs`, `--exclude`
//!    — the name alone, before anything else is done with the entry;
//! 2. [`EntryFilter::level`]: whether entries at this depth may be printed
//!    and folders entered (`--min-depth`, `--max-depth`);
//! 3. the pattern (not here: [`crate::pattern::Matcher`]);
//! 4. [`EntryFilter::is_ignored`]: `--gitignore` rules;
//! 5. [`EntryFilter::keeps_match`]: `--extension`, then `--type`, `--size`
//!    ([`crate::criteria::size`]), `--changed-within`/`--changed-before` ([`crate::criteria::time`]) and
//!    `--owner` ([`crate::criteria::owner`]), the only checks that may need a `stat`
//!    (through [`Metadata`], asked at most once per entry).
//!
//! A new filter goes here: a field built in [`EntryFilter::new`] and a
//! check in the step that has what it needs, cheapest step first; a filter
//! with a value to read gets its own file in [`crate::criteria`].

use std::ffi::OsStr;
use std::sync::Arc;

use globset::GlobSet;

use crate::criteria::owner::Owner;
use crate::criteria::size::SizeLimit;
use crate::criteria::time::TimeLimit;
use crate::settings::{Settings, Types};
use crate::sys::{Kind, Meta};
use crate::walk::gitignore::{self, FileRules, IgnoreChain};

/// Folders skipped by `--ignore-vcs`, from the original.
const VCS_DIRS: [&[u8]; 7] = [
    b"CVS",
    b"RCS",
    b"SCCS",
    b".git",
    b".svn",
    b".arch-ids",
    b"{arch}",
];

/// Files skipped by `--ignore-vcs`, from the original (which misspells
/// `.hgtags` as `.hgrags`; both lists are kept as they are).
const VCS_FILES: [&[u8]; 12] = [
    b"=RELEASE-ID",
    b"=meta-update",
    b"=update",
    b".bzr",
    b".bzrignore",
    b".bzrtags",
    b".hg",
    b".hgignore",
    b".hgrags",
    b"_darcs",
    b".cvsignore",
    b".gitignore",
];

/// The entry's metadata, looked up only when a check needs it.
pub trait Metadata {
    /// The entry's status; through a symlink when `follow`. `None` when it
    /// cannot be had (a broken link, a vanished entry).
    fn stat(&self, follow: bool) -> Option<Meta>;
    /// Whether the entry is a folder with nothing in it.
    fn is_empty_dir(&self) -> bool;
}

/// Whether entries at one depth may be printed and folders entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// Entries at this depth may be printed.
    pub printable: bool,
    /// Folders at this depth may be entered.
    pub enterable: bool,
}

/// The entry filter of one search.
#[derive(Debug)]
pub struct EntryFilter<'c> {
    hidden: bool,
    ignore_vcs: bool,
    excludes: Option<&'c GlobSet>,
    extensions: &'c [Vec<u8>],
    types: Types,
    follow: bool,
    min_depth: usize,
    max_depth: Option<usize>,
    gitignore: bool,
    global_ignores: Option<&'c FileRules>,
    sizes: &'c [SizeLimit],
    times: &'c [TimeLimit],
    owner: Option<Owner>,
    /// No extension, type or metadata filter: every match is kept.
    keeps_every_match: bool,
}

impl<'c> EntryFilter<'c> {
    /// The filter `config` asks for, with git's global excludes
    /// (`global_ignores`, loaded by the walk under `--gitignore`).
    pub fn new(config: &'c Settings, global_ignores: Option<&'c FileRules>) -> EntryFilter<'c> {
        EntryFilter {
            hidden: config.hidden,
            ignore_vcs: config.ignore_vcs,
            excludes: config.excludes.as_ref(),
            extensions: &config.extensions,
            types: config.types,
            follow: config.follow_symlinks,
            min_depth: config.min_depth,
            max_depth: config.max_depth,
            gitignore: config.gitignore,
            global_ignores,
            sizes: &config.sizes,
            times: &config.times,
            owner: config.owner,
            keeps_every_match: config.extensions.is_empty()
                && !config.types.any()
                && config.sizes.is_empty()
                && config.times.is_empty()
                && config.owner.is_none(),
        }
    }

    /// The same filter over `config`, a copy of the settings this one was
    /// made from (a worker's own, [`crate::walk`]'s scheduler).
    pub fn over<'d>(&self, config: &'d Settings) -> EntryFilter<'d>
    where
        'c: 'd,
    {
        EntryFilter::new(config, self.global_ignores)
    }

    /// Whether the name alone rules the entry out: neither printed nor
    /// entered (hidden, version control, `--exclude`).
    #[inline]
    pub fn skips_name(&self, name: &[u8]) -> bool {
        (!self.hidden && name.first() == Some(&b'.'))
            || (self.ignore_vcs && is_vcs(name))
            || self.excludes.is_some_and(|set| set.is_match(os_str(name)))
    }

    /// What may happen to entries `depth` levels below a root (1: directly
    /// inside it).
    pub fn level(&self, depth: usize) -> Level {
        Level {
            printable: depth >= self.min_depth && self.max_depth.is_none_or(|m| depth <= m),
            enterable: self.max_depth.is_none_or(|m| depth < m),
        }
    }

    /// Whether ignore rules apply at all (`--gitignore`).
    pub fn uses_ignore_rules(&self) -> bool {
        self.gitignore
    }

    /// Whether `path` (its printed form) is ignored by the rules of its
    /// folders, nearest first, or failing a decision there by git's global
    /// excludes. Always false without `--gitignore`.
    #[inline]
    pub fn is_ignored(&self, rules: Option<&Arc<IgnoreChain>>, path: &[u8], is_dir: bool) -> bool {
        self.gitignore && gitignore::is_ignored(rules, self.global_ignores, path, is_dir)
    }

    /// Whether a name that matched the pattern is kept: its extension, then
    /// its type, size, modification time and owner (which may need the
    /// entry's metadata).
    #[inline]
    pub fn keeps_match(&self, name: &[u8], kind: Kind, meta: &impl Metadata) -> bool {
        self.keeps_every_match || self.passes_filters(name, kind, meta)
    }

    /// Whether a match passes the extension, type and metadata filters.
    fn passes_filters(&self, name: &[u8], kind: Kind, meta: &impl Metadata) -> bool {
        has_extension(name, self.extensions)
            && self.type_matches(kind, meta)
            && self.metadata_matches(meta)
    }

    /// Whether the entry's metadata passes `--size` (files only, as fd),
    /// `--changed-within`/`--changed-before` and `--owner`; true without
    /// asking for it when none is given.
    fn metadata_matches(&self, meta: &impl Metadata) -> bool {
        if self.sizes.is_empty() && self.times.is_empty() && self.owner.is_none() {
            return true;
        }
        let Some(stat) = meta.stat(self.follow) else {
            return false;
        };
        let size_ok = self.sizes.is_empty()
            || (stat.kind.is_file() && self.sizes.iter().all(|limit| limit.allows(stat.size)));
        let time_ok = self.times.is_empty()
            || stat
                .modified
                .is_some_and(|t| self.times.iter().all(|limit| limit.allows(t)));
        let owner_ok = self
            .owner
            .is_none_or(|owner| stat.owner.is_some_and(|(uid, gid)| owner.allows(uid, gid)));
        size_ok && time_ok && owner_ok
    }

    /// Whether an entry is of one of the types `--type` asked for (none
    /// asked: any). Symlinks count as what they point to when symlinks are
    /// followed.
    fn type_matches(&self, kind: Kind, meta: &impl Metadata) -> bool {
        let types = &self.types;
        if !types.any() {
            return true;
        }
        let follow = self.follow;
        let dir_counts = kind.is_dir() && (follow || !kind.is_link());
        if (types.symlink && kind.is_link()) || (types.dir && dir_counts) {
            return true;
        }
        let needs_stat = types.needs_metadata()
            || (types.file && kind.is_link())
            || (types.any_special() && !kind.is_dir() && !kind.is_file());
        let stat = if needs_stat { meta.stat(follow) } else { None };
        let is_file = match &stat {
            Some(stat) => stat.kind.is_file(),
            None => kind.is_file() && !needs_stat,
        };
        if types.file && is_file {
            return true;
        }
        if let Some(stat) = &stat {
            if types.executable && stat.kind.is_file() && stat.executable {
                return true;
            }
            if types.empty && stat.kind.is_file() && stat.size == 0 {
                return true;
            }
            if stat.special.is_some_and(|special| types.special(special)) {
                return true;
            }
        }
        types.empty && dir_counts && meta.is_empty_dir()
    }
}

/// Whether `name` is in either of the original's VCS lists.
fn is_vcs(name: &[u8]) -> bool {
    VCS_DIRS.contains(&name) || VCS_FILES.contains(&name)
}

/// Whether `name` has one of `extensions` (lowercase, no dot; none given:
/// any name). The extension must follow a dot that is not the first byte.
fn has_extension(name: &[u8], extensions: &[Vec<u8>]) -> bool {
    extensions.is_empty()
        || extensions.iter().any(|ext| {
            name.len() > ext.len() + 1
                && name[name.len() - ext.len() - 1] == b'.'
                && name[name.len() - ext.len()..].eq_ignore_ascii_case(ext)
        })
}

/// A name's bytes as an `OsStr`, for the glob and ignore matchers.
fn os_str(bytes: &[u8]) -> &OsStr {
    crate::sys::os_str(bytes)
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use super::*;
    use crate::sys::Special;

    fn config(args: &[&str]) -> Settings {
        crate::config::Config::for_args(args).search
    }

    /// Metadata that answers from fixed values and counts the lookups.
    struct Fake {
        stat: Option<Meta>,
        empty_dir: bool,
        lookups: Cell<usize>,
    }

    impl Fake {
        fn new(stat: Option<Meta>, empty_dir: bool) -> Fake {
            Fake {
                stat,
                empty_dir,
                lookups: Cell::new(0),
            }
        }
    }

    impl Metadata for Fake {
        fn stat(&self, _follow: bool) -> Option<Meta> {
            self.lookups.set(self.lookups.get() + 1);
            self.stat
        }
        fn is_empty_dir(&self) -> bool {
            self.lookups.set(self.lookups.get() + 1);
            self.empty_dir
        }
    }

    /// Metadata with nothing set, for the tests to fill in.
    fn meta() -> Meta {
        Meta {
            kind: Kind::Other,
            special: None,
            executable: false,
            size: 0,
            modified: None,
            owner: None,
            mode: None,
            dev: 0,
        }
    }

    const FILE: Kind = Kind::File;
    const DIR: Kind = Kind::Dir;
    const LINK_TO_DIR: Kind = Kind::Symlink { to_dir: true };

    fn stat(size: u64, executable: bool) -> Option<Meta> {
        Some(Meta {
            kind: Kind::File,
            executable,
            size,
            ..meta()
        })
    }

    #[test]
    fn size_keeps_only_files_within_every_limit() {
        let c = config(&["-S", "+1k", "-S", "-2k"]);
        let filter = EntryFilter::new(&c, None);
        assert!(filter.keeps_match(b"f", FILE, &Fake::new(stat(1500, false), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(stat(999, false), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(stat(2001, false), false)));
        let folder = Some(Meta {
            size: 1500,
            ..meta()
        });
        assert!(!filter.keeps_match(b"d", DIR, &Fake::new(folder, false)));
        assert!(!filter.keeps_match(b"gone", FILE, &Fake::new(None, false)));
    }

    #[test]
    fn times_and_owner_read_the_same_stat() {
        let c = config(&["--changed-before", "@1000", "-o", "7:!8"]);
        let filter = EntryFilter::new(&c, None);
        let at = |secs: u64, owner: (u32, u32)| {
            Some(Meta {
                kind: Kind::File,
                modified: Some(std::time::UNIX_EPOCH + std::time::Duration::from_secs(secs)),
                owner: Some(owner),
                ..meta()
            })
        };
        assert!(filter.keeps_match(b"f", FILE, &Fake::new(at(999, (7, 9)), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(at(1000, (7, 9)), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(at(999, (6, 9)), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(at(999, (7, 8)), false)));
        let fake = Fake::new(at(5, (7, 9)), false);
        assert!(filter.keeps_match(b"f", FILE, &fake));
        assert_eq!(fake.lookups.get(), 1);
    }

    #[test]
    fn sockets_pipes_and_devices_need_a_stat_of_other_entries() {
        let c = config(&["-t", "p", "-t", "c"]);
        let filter = EntryFilter::new(&c, None);
        let special = |special| {
            Some(Meta {
                special: Some(special),
                ..meta()
            })
        };
        assert!(filter.keeps_match(b"p", Kind::Other, &Fake::new(special(Special::Fifo), false)));
        assert!(filter.keeps_match(
            b"c",
            Kind::Other,
            &Fake::new(special(Special::CharDevice), false)
        ));
        assert!(!filter.keeps_match(
            b"s",
            Kind::Other,
            &Fake::new(special(Special::Socket), false)
        ));
        let fake = Fake::new(None, false);
        assert!(!filter.keeps_match(b"f", FILE, &fake));
        assert!(!filter.keeps_match(b"d", DIR, &fake));
        assert_eq!(fake.lookups.get(), 0);
    }

    #[test]
    fn names_hidden_vcs_and_excluded_are_skipped() {
        let plain = config(&[]);
        let filter = EntryFilter::new(&plain, None);
        assert!(filter.skips_name(b".hidden"));
        assert!(!filter.skips_name(b"CVS"));
        assert!(!filter.skips_name(b"src"));
        let c = config(&["--hidden", "--ignore-vcs", "-E", "*.bak"]);
        let filter = EntryFilter::new(&c, None);
        assert!(!filter.skips_name(b".hidden"));
        assert!(filter.skips_name(b".git"));
        assert!(filter.skips_name(b".gitignore"));
        assert!(filter.skips_name(b"CVS"));
        assert!(filter.skips_name(b"old.bak"));
        assert!(!filter.skips_name(b"old.bak2"));
    }

    #[test]
    fn depth_limits_printing_and_entering() {
        let c = config(&["--min-depth", "2", "-d", "3"]);
        let filter = EntryFilter::new(&c, None);
        let at = |d| {
            let l = filter.level(d);
            (l.printable, l.enterable)
        };
        assert_eq!(at(1), (false, true));
        assert_eq!(at(2), (true, true));
        assert_eq!(at(3), (true, false));
        assert_eq!(at(4), (false, false));
    }

    #[test]
    fn extensions_need_a_dot_and_ignore_case() {
        let rs = vec![b"rs".to_vec()];
        assert!(has_extension(b"main.rs", &rs));
        assert!(has_extension(b"MAIN.RS", &rs));
        assert!(!has_extension(b"main.rsx", &rs));
        assert!(!has_extension(b".rs", &rs));
        assert!(!has_extension(b"rs", &rs));
        assert!(has_extension(b"anything", &[]));
        assert!(has_extension(b"a.tar.gz", &[b"tar.gz".to_vec()]));
    }

    #[test]
    fn no_type_asked_needs_no_metadata() {
        let c = config(&[]);
        let fake = Fake::new(None, false);
        assert!(EntryFilter::new(&c, None).keeps_match(b"a", FILE, &fake));
        assert_eq!(fake.lookups.get(), 0);
    }

    #[test]
    fn files_and_folders_are_known_without_a_stat() {
        let c = config(&["-t", "f"]);
        let filter = EntryFilter::new(&c, None);
        let fake = Fake::new(None, false);
        assert!(filter.keeps_match(b"a", FILE, &fake));
        assert!(!filter.keeps_match(b"d", DIR, &fake));
        assert_eq!(fake.lookups.get(), 0);
        let c = config(&["-t", "d"]);
        assert!(EntryFilter::new(&c, None).keeps_match(b"d", DIR, &fake));
        assert!(EntryFilter::new(&c, None).keeps_match(b"l", LINK_TO_DIR, &fake));
        assert_eq!(fake.lookups.get(), 0);
    }

    #[test]
    fn symlinks_count_as_their_target_unless_not_followed() {
        let c = config(&["-t", "d", "--no-follow"]);
        let fake = Fake::new(None, false);
        assert!(!EntryFilter::new(&c, None).keeps_match(b"l", LINK_TO_DIR, &fake));
        let c = config(&["-t", "l", "--no-follow"]);
        assert!(EntryFilter::new(&c, None).keeps_match(b"l", LINK_TO_DIR, &fake));
    }

    #[test]
    fn executable_and_empty_look_at_the_metadata() {
        let c = config(&["-t", "x"]);
        let filter = EntryFilter::new(&c, None);
        assert!(filter.keeps_match(b"run", FILE, &Fake::new(stat(5, true), false)));
        assert!(!filter.keeps_match(b"data", FILE, &Fake::new(stat(5, false), false)));
        let c = config(&["-t", "e"]);
        let filter = EntryFilter::new(&c, None);
        assert!(filter.keeps_match(b"e", FILE, &Fake::new(stat(0, false), false)));
        assert!(!filter.keeps_match(b"f", FILE, &Fake::new(stat(1, false), false)));
        assert!(filter.keeps_match(b"d", DIR, &Fake::new(None, true)));
        assert!(!filter.keeps_match(b"d", DIR, &Fake::new(None, false)));
    }

    #[test]
    fn extension_is_checked_before_the_type() {
        let c = config(&["-e", "rs", "-t", "x"]);
        let fake = Fake::new(stat(1, true), false);
        assert!(!EntryFilter::new(&c, None).keeps_match(b"run.sh", FILE, &fake));
        assert_eq!(fake.lookups.get(), 0);
        assert!(EntryFilter::new(&c, None).keeps_match(b"run.rs", FILE, &fake));
    }

    #[test]
    fn vcs_names_are_the_union_of_both_lists() {
        assert!(is_vcs(b".git"));
        assert!(is_vcs(b".gitignore"));
        assert!(is_vcs(b"CVS"));
        assert!(!is_vcs(b"src"));
    }
}
