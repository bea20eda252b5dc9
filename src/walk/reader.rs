//! Reading one folder: list its entries ([`crate::sys::list`]), ask the
//! [`EntryFilter`] about each, classify folders (calling `stat` only for
//! symlinks and unknown types), match names, sort, and hand the matches
//! over as a [`Listing`] of entries.

use std::cell::Cell;
use std::io;
use std::ops::ControlFlow;
use std::sync::Arc;

use crate::listing::{Listing, ReadError, Skipped};
use crate::path::{child_prefix, join};
use crate::settings::Settings;
use crate::slip::Slip;
pub use crate::sys::DirId;
use crate::sys::{self, Dir, Kind, Meta, PseudoFs, open_dir, open_dir_at, open_subdir};
use crate::walk::filter::{EntryFilter, Level, Metadata};
use crate::walk::gitignore::{self, IgnoreChain};
use crate::walk::handles::{Budget, out_of_descriptors, retry_open};

/// How many entries of a folder are read between two calls of [`read_folder`]'s
/// `tick` (about one `getdents64` buffer's worth).
pub const TICK_ENTRIES: usize = 1024;

/// Where a folder is and what applies inside it.
pub struct Location<'a> {
    /// The printed path.
    pub path: Vec<u8>,
    /// The folder already open, read through this handle rather than
    /// opened again (a root under `--delete`).
    pub opened: Option<Dir>,
    /// The parent's open handle and where the folder's own name starts in
    /// `path`, to open it with `openat` instead of resolving the whole path.
    pub parent: Option<(&'a Dir, usize)>,
    /// How deep the folder is (a root is 0).
    pub depth: usize,
    /// The ignore rules of its parents (`--gitignore`).
    pub ignores: Option<&'a Arc<IgnoreChain>>,
    /// The held-handle budget, told when descriptors run out.
    pub budget: &'a Budget,
}

/// What reading a folder gave: its listing, its subfolders, its identity,
/// its open handle (absent when it could not be opened) and the ignore
/// rules that apply inside it.
pub struct Contents {
    /// What the folder holds.
    pub listing: Listing,
    /// The printed paths of the subfolders to enter, sorted by name.
    pub subdirs: Vec<Vec<u8>>,
    /// The folder's device and inode.
    pub id: Option<DirId>,
    /// The open folder, for opening its subfolders relative to it.
    pub fd: Option<Dir>,
    /// The ignore rules for its subfolders.
    pub ignores: Option<Arc<IgnoreChain>>,
}

/// What one folder's entries are read with.
struct Scope<'a> {
    config: &'a Settings,
    filter: &'a EntryFilter<'a>,
    level: Level,
    ignores: Option<&'a Arc<IgnoreChain>>,
    /// Whether the folder is a search root.
    is_root: bool,
    /// The device the folder is on (for `--one-file-system`).
    dev: Option<u64>,
    /// The slip hint told of the entries the pattern rejects.
    slip: Option<&'a Slip>,
    /// Whether the folder is, or lies beneath, the folder of a slip hint
    /// ([`crate::slip`]).
    beneath_slip_folder: bool,
}

/// An entry kept for matching or entering, its name stored in an arena.
struct Entry {
    name: (usize, usize),
    /// The name's [`crate::pattern::sort_key`].
    key: u64,
    hl: Option<(usize, usize)>,
    kind: Kind,
    enter: bool,
}

/// Reads the folder at `at` and returns its listing, subfolders, identity
/// and handle. `is_ancestor` tells whether an identity is already on the
/// route from the root; such a folder is reported as a loop, not listed.
/// `tick` is called every [`TICK_ENTRIES`] entries of a big folder (the
/// consumer flushes its output there when a match has waited too long);
/// when it breaks, the folder is left unread from there on (the walk is
/// over) and the listing holds what was read so far.
pub fn read_folder(
    at: Location<'_>,
    config: &Settings,
    filter: &EntryFilter<'_>,
    slip: Option<&Slip>,
    is_ancestor: impl Fn(DirId) -> bool,
    tick: &mut dyn FnMut() -> ControlFlow<()>,
) -> Contents {
    let mut read = Contents {
        listing: Listing::new(at.path, at.depth),
        subdirs: Vec::new(),
        id: None,
        fd: None,
        ignores: None,
    };
    let listing = &mut read.listing;
    // Out of descriptors, a folder is opened by path once others have
    // closed theirs, never dropped.
    let _reading = at.budget.reading();
    let by_path = |path: &[u8]| {
        retry_open(
            || open_dir(path),
            || at.budget.exhausted(),
            || at.budget.alone(),
        )
    };
    let opened = match (at.opened, at.parent) {
        (Some(dir), _) => Ok(dir),
        (None, Some((parent, name_start))) => {
            match open_subdir(parent, &listing.path[name_start..], config.follow_symlinks) {
                Err(err) if out_of_descriptors(&err) => by_path(&listing.path),
                opened => opened,
            }
        }
        (None, None) => by_path(&listing.path),
    };
    let fd = match opened.and_then(|fd| Ok((sys::identity(&fd)?, fd))) {
        Ok((id, fd)) => {
            read.id = Some(id);
            fd
        }
        Err(err) => {
            listing.error = Some(ReadError::Io(err));
            return read;
        }
    };
    if read.id.is_some_and(&is_ancestor) {
        listing.error = Some(ReadError::Loop);
        return read;
    }
    if filter.uses_ignore_rules() {
        read.ignores = gitignore::for_dir(
            &listing.path,
            &fd,
            at.ignores,
            at.depth == 0,
            &mut listing.skipped,
        );
    }
    let Scratch {
        mut arena,
        mut entries,
    } = SCRATCH.take();
    let scope = Scope {
        config,
        filter,
        level: filter.level(at.depth + 1),
        ignores: read.ignores.as_ref(),
        is_root: at.depth == 0,
        dev: read.id.map(|id| id.dev),
        slip,
        beneath_slip_folder: match slip.and_then(|s| s.folder()) {
            Some(folder) if read.id == Some(folder) => {
                if let Some(slip) = slip {
                    slip.read_folder();
                }
                true
            }
            Some(folder) => is_ancestor(folder),
            None => false,
        },
    };
    if let Err(err) = scan(
        &fd,
        &listing.path,
        &scope,
        &mut arena,
        &mut entries,
        &mut listing.skipped,
        tick,
    ) {
        listing.error = Some(ReadError::Io(err));
    }
    listing.span_in_path = config.full_path;
    read.subdirs = hand_over(listing, &arena, &mut entries);
    read.fd = Some(fd);
    SCRATCH.set(Scratch::recycled(arena, entries));
    read
}

/// The entry buffers of a folder read, kept by each thread between its
/// reads so that a walk does not grow them from nothing for every folder.
#[derive(Default)]
struct Scratch {
    /// The kept entries' names, one after another.
    arena: Vec<u8>,
    /// The kept entries.
    entries: Vec<Entry>,
}

impl Scratch {
    /// The most bytes a thread keeps in either buffer between reads: a
    /// huge folder's buffers are let go.
    const KEPT: usize = 1 << 20;

    /// The buffers emptied for the next read, or fresh ones in place of
    /// buffers grown past [`Scratch::KEPT`].
    fn recycled(mut arena: Vec<u8>, mut entries: Vec<Entry>) -> Scratch {
        if arena.capacity() > Self::KEPT || entries.capacity() * size_of::<Entry>() > Self::KEPT {
            return Scratch::default();
        }
        arena.clear();
        entries.clear();
        Scratch { arena, entries }
    }
}

thread_local! {
    /// This thread's [`Scratch`], taken for a read and put back after it.
    static SCRATCH: Cell<Scratch> = Cell::new(Scratch::default());
}

/// Lists `fd`, keeping the entries that match or must be entered. The
/// cheap tests come first: the name, then the pattern, and only then
/// anything that needs a `stat`.
fn scan(
    fd: &Dir,
    dir: &[u8],
    scope: &Scope<'_>,
    arena: &mut Vec<u8>,
    entries: &mut Vec<Entry>,
    skipped: &mut Vec<Skipped>,
    tick: &mut dyn FnMut() -> ControlFlow<()>,
) -> io::Result<()> {
    let config = scope.config;
    let filter = scope.filter;
    let Level {
        printable,
        enterable,
    } = scope.level;
    let needs_path = config.full_path || filter.uses_ignore_rules();
    // The entry's path, built only when the pattern or the ignore rules
    // look at it.
    let mut subject = if needs_path {
        child_prefix(dir)
    } else {
        Vec::new()
    };
    let prefix_len = subject.len();
    let mut pseudo_fs: Option<PseudoFs> = None;
    let mut seen = 0usize;
    // Asked once, not of each name (a listing of every name has many).
    let every_name = printable && config.matcher.matches_everything();
    let searches = printable && !every_name;
    sys::list(fd, |name, file_type| {
        seen += 1;
        if seen.is_multiple_of(TICK_ENTRIES) {
            tick()?;
        }
        if filter.skips_name(name) {
            return ControlFlow::Continue(());
        }
        if needs_path {
            subject.truncate(prefix_len);
            subject.extend_from_slice(name);
        }
        let matched_subject: &[u8] = if config.full_path { &subject } else { name };
        let mut hl = if searches {
            config
                .matcher
                .find(matched_subject)
                .map(|r| (r.start, r.end))
        } else if every_name {
            Some((0, 0))
        } else {
            None
        };
        if hl.is_some() && !config.and.iter().all(|m| m.find(matched_subject).is_some()) {
            hl = None;
        }
        let kind = match file_type {
            Some(Kind::Symlink { .. }) if hl.is_some() || (config.follow_symlinks && enterable) => {
                Kind::Symlink {
                    to_dir: points_to_dir(fd, name),
                }
            }
            Some(kind) => kind,
            None => classify(fd, name),
        };
        let mut enter = enterable
            && kind.is_dir()
            && (!kind.is_link()
                || (config.follow_symlinks
                    && follows_links(
                        *pseudo_fs.get_or_insert_with(|| sys::pseudo_fs(fd)),
                        scope.is_root,
                        || {
                            skipped.push(Skipped {
                                path: join(dir, name),
                                reason: "symlink on procfs or sysfs not followed".into(),
                                limit: false,
                            });
                        },
                    )));
        if hl.is_none()
            && printable
            && let Some(slip) = scope.slip.filter(|s| s.probes())
        {
            probe(slip, scope, dir, name, kind, fd);
        }
        if hl.is_none() && !enter {
            return ControlFlow::Continue(());
        }
        if filter.is_ignored(scope.ignores, &subject, kind.is_dir()) {
            return ControlFlow::Continue(());
        }
        let entry = AtEntry::new(fd, name);
        if hl.is_some() && !filter.keeps_match(name, kind, &entry) {
            hl = None;
        }
        // `--prune`: a folder that is printed is not entered.
        enter &= !(config.prune && hl.is_some());
        if enter && config.one_file_system {
            enter = scope.dev.is_some_and(|dev| {
                entry
                    .stat(config.follow_symlinks)
                    .is_some_and(|stat| stat.dev == dev)
            });
        }
        if hl.is_some() || enter {
            let start = arena.len();
            arena.extend_from_slice(name);
            entries.push(Entry {
                name: (start, name.len()),
                key: crate::pattern::sort_key(name),
                hl,
                kind,
                enter,
            });
        }
        ControlFlow::Continue(())
    })
}

/// Tells `slip` of an entry the pattern did not match, if the filters keep
/// it (a slip hint's suggestion would print it).
fn probe(slip: &Slip, scope: &Scope<'_>, dir: &[u8], name: &[u8], kind: Kind, fd: &Dir) {
    let mut path = child_prefix(dir);
    path.extend_from_slice(name);
    let filter = scope.filter;
    if !filter.is_ignored(scope.ignores, &path, kind.is_dir())
        && filter.keeps_match(name, kind, &AtEntry::new(fd, name))
    {
        slip.seen(name, &path, scope.beneath_slip_folder);
    }
}

/// Whether symlinked folders are entered on this file system: never on
/// procfs, on sysfs only directly in a search root (`/sys/class/net/eth0`;
/// deeper, its cross links multiply routes without end), always elsewhere.
/// `skip` is called for a link that is not entered.
fn follows_links(fs: PseudoFs, in_root: bool, skip: impl FnOnce()) -> bool {
    let follows = match fs {
        PseudoFs::No => true,
        PseudoFs::Sys => in_root,
        PseudoFs::Proc => false,
    };
    if !follows {
        skip();
    }
    follows
}

/// An entry of an open folder, whose metadata the filter may ask for
/// (looked up once, however many checks need it).
struct AtEntry<'a> {
    dir: &'a Dir,
    name: &'a [u8],
    stat: std::cell::OnceCell<(bool, Option<Meta>)>,
}

impl<'a> AtEntry<'a> {
    fn new(dir: &'a Dir, name: &'a [u8]) -> AtEntry<'a> {
        AtEntry {
            dir,
            name,
            stat: std::cell::OnceCell::new(),
        }
    }
}

impl Metadata for AtEntry<'_> {
    fn stat(&self, follow: bool) -> Option<Meta> {
        let (asked, stat) = *self
            .stat
            .get_or_init(|| (follow, sys::stat_at(self.dir, self.name, follow).ok()));
        debug_assert_eq!(asked, follow, "one entry is looked at one way");
        stat
    }

    fn is_empty_dir(&self) -> bool {
        let Ok(fd) = retry_open(|| open_dir_at(self.dir, self.name), || {}, || false) else {
            return false;
        };
        let mut empty = true;
        sys::list(&fd, |_, _| {
            empty = false;
            ControlFlow::Break(())
        })
        .is_ok()
            && empty
    }
}

/// Sorts the kept entries, hands the matches (files first, then folders)
/// to `listing`, and returns the paths of the subfolders to enter.
fn hand_over(listing: &mut Listing, arena: &[u8], entries: &mut [Entry]) -> Vec<Vec<u8>> {
    let name = |e: &Entry| &arena[e.name.0..e.name.0 + e.name.1];
    if arena.is_ascii() || entries.iter().all(|e| std::str::from_utf8(name(e)).is_ok()) {
        entries.sort_unstable_by(|a, b| a.key.cmp(&b.key).then_with(|| name(a).cmp(name(b))));
    } else {
        entries.sort_unstable_by(|a, b| crate::pattern::name_order(name(a), name(b)));
    }
    // Sized once: a million matches would otherwise cost a chain of
    // reallocations per folder.
    let matched = || entries.iter().filter(|e| e.hl.is_some());
    listing.reserve(matched().count(), matched().map(|e| e.name.1).sum());
    for want_dir in [false, true] {
        for entry in entries.iter().filter(|e| e.kind.is_dir() == want_dir) {
            if let Some((start, end)) = entry.hl {
                listing.push(name(entry), start..end, entry.kind);
            }
        }
    }
    entries
        .iter()
        .filter(|e| e.enter)
        .map(|e| join(&listing.path, name(e)))
        .collect()
}

/// Whether the symlink `name` in `dir` points (eventually) at a folder.
fn points_to_dir(dir: &Dir, name: &[u8]) -> bool {
    sys::stat_at(dir, name, true).is_ok_and(|meta| meta.kind == Kind::Dir)
}

/// The kind of an entry whose type the listing did not give.
fn classify(dir: &Dir, name: &[u8]) -> Kind {
    match sys::stat_at(dir, name, false).map(|meta| meta.kind) {
        Ok(Kind::Symlink { .. }) => Kind::Symlink {
            to_dir: points_to_dir(dir, name),
        },
        Ok(kind) => kind,
        Err(_) => Kind::Other,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_looked_at_once() {
        let tmp = tempfile::tempdir().unwrap();
        let file = tmp.path().join("f");
        std::fs::write(&file, "12").unwrap();
        let dir = open_dir(sys::os_bytes(tmp.path().as_os_str())).unwrap();
        let entry = AtEntry::new(&dir, b"f");
        assert_eq!(entry.stat(true).unwrap().size, 2);
        std::fs::write(&file, "1234").unwrap();
        assert_eq!(entry.stat(true).unwrap().size, 2);
        assert_eq!(AtEntry::new(&dir, b"f").stat(true).unwrap().size, 4);
    }
}
