//! Reading one folder: list its entries with `getdents64`, skip what the
//! configuration hides, classify folders (calling `stat` only for symlinks
//! and unknown types), match names, sort, and format the matches.

use std::ffi::CStr;
use std::ffi::OsStr;
use std::io;
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::sync::Arc;

use rustix::fs::{AtFlags, CWD, FileType, Mode, OFlags, RawDir};

use crate::config::Config;
use crate::gitignore::{self, IgnoreChain};

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

/// Paths at least this long are opened a piece at a time, so that trees
/// deeper than `PATH_MAX` (4096 bytes) can still be searched.
const LONG_PATH: usize = 4000;

/// `statfs` magic of sysfs (`/sys`).
const SYSFS_MAGIC: rustix::fs::FsWord = 0x6265_6572;

/// Bytes of directory entries fetched per `getdents64` call.
const DENTS_BUFFER: usize = 32 * 1024;

/// The identity of a folder: its device and inode numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirId {
    /// Device number.
    pub dev: u64,
    /// Inode number.
    pub ino: u64,
}

/// One matched entry of a folder; the offsets point into [`Listing::text`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Found {
    /// Where the printed path starts.
    pub start: usize,
    /// Where the printed path ends (its terminator follows).
    pub end: usize,
    /// Where the highlighted (matched) span starts.
    pub hl_start: usize,
    /// Where the highlighted span ends.
    pub hl_end: usize,
    /// Whether the entry is a folder (or a symlink to one).
    pub is_dir: bool,
}

/// Why a folder's contents were not (fully) listed.
#[derive(Debug)]
pub enum ReadError {
    /// The folder could not be opened or read.
    Io(io::Error),
    /// The folder is one of its own ancestors: listed, never entered again.
    Loop,
}

/// The outcome of reading one folder, in the order it must be reported.
#[derive(Debug, Default)]
pub struct Listing {
    /// The folder's printed path.
    pub path: Vec<u8>,
    /// The matched paths, files first then folders, each sorted by name,
    /// each followed by the terminator (a newline, or NUL with `-0`).
    pub text: Vec<u8>,
    /// Where each match lies in `text`.
    pub found: Vec<Found>,
    /// The printed paths of the subfolders to enter, sorted by name.
    pub subdirs: Vec<Vec<u8>>,
    /// Set when the folder could not be opened, read, or was a loop.
    pub error: Option<ReadError>,
}

impl Listing {
    /// Keeps only the first `n` matches.
    pub fn truncate(&mut self, n: usize) {
        self.found.truncate(n);
        let end = self.found.last().map_or(0, |f| f.end + 1);
        self.text.truncate(end);
    }
}

/// An entry kept for matching or entering, its name stored in an arena.
struct Entry {
    name: (usize, usize),
    hl: Option<(usize, usize)>,
    is_dir: bool,
    enter: bool,
}

/// Where a folder is and what applies inside it.
pub struct Location<'a> {
    /// The printed path.
    pub path: Vec<u8>,
    /// The parent's open handle and where the folder's own name starts in
    /// `path`, to open it with `openat` instead of resolving the whole path.
    pub parent: Option<(&'a OwnedFd, usize)>,
    /// How deep the folder is (a root is 0).
    pub depth: usize,
    /// The ignore rules of its parents (`--gitignore`).
    pub ignores: Option<&'a Arc<IgnoreChain>>,
}

/// A folder read: its listing, its identity, its open handle (absent when
/// it could not be opened) and the ignore rules that apply inside it.
pub struct Read {
    /// What the folder holds, formatted.
    pub listing: Listing,
    /// The folder's device and inode.
    pub id: Option<DirId>,
    /// The open folder, for opening its subfolders relative to it.
    pub fd: Option<OwnedFd>,
    /// The ignore rules for its subfolders.
    pub ignores: Option<Arc<IgnoreChain>>,
}

/// Reads the folder at `at` and returns its listing, identity and handle.
/// `is_ancestor` tells whether an identity is already on the route from the
/// root; such a folder is reported as a loop, not listed.
pub fn read(at: Location<'_>, config: &Config, is_ancestor: impl Fn(DirId) -> bool) -> Read {
    let mut read = Read {
        listing: Listing {
            path: at.path,
            ..Listing::default()
        },
        id: None,
        fd: None,
        ignores: None,
    };
    let listing = &mut read.listing;
    let opened = match at.parent {
        Some((parent, name_start)) => rustix::fs::openat(
            parent,
            &listing.path[name_start..],
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(io::Error::from),
        None => open_dir(&listing.path),
    };
    let fd = match opened.and_then(|fd| Ok((rustix::fs::fstat(&fd)?, fd))) {
        Ok((st, fd)) => {
            read.id = Some(DirId {
                dev: st.st_dev,
                ino: st.st_ino,
            });
            fd
        }
        Err(err) => {
            listing.error = Some(ReadError::Io(err));
            return read;
        }
    };
    if read.id.is_some_and(is_ancestor) {
        listing.error = Some(ReadError::Loop);
        return read;
    }
    if config.gitignore {
        read.ignores = gitignore::for_dir(&listing.path, &fd, at.ignores);
    }
    let mut arena = Vec::new();
    let mut entries = Vec::new();
    let scope = Scope {
        config,
        depth: at.depth + 1,
        ignores: read.ignores.as_ref(),
    };
    if let Err(err) = scan(&fd, &listing.path, &scope, &mut arena, &mut entries) {
        listing.error = Some(ReadError::Io(err));
    }
    format(listing, config, &arena, &mut entries);
    read.fd = Some(fd);
    read
}

/// The prefix a folder's entries are printed under: its path plus `/`,
/// without doubling a slash the path already ends with.
pub fn child_prefix(dir: &[u8]) -> Vec<u8> {
    let mut prefix = Vec::with_capacity(dir.len() + 64);
    prefix.extend_from_slice(dir);
    if !prefix.ends_with(b"/") {
        prefix.push(b'/');
    }
    prefix
}

/// The length of [`child_prefix`]: where an entry's name starts in its path.
pub fn child_prefix_len(dir: &[u8]) -> usize {
    dir.len() + usize::from(!dir.ends_with(b"/"))
}

/// What applies to the entries of one folder.
struct Scope<'a> {
    config: &'a Config,
    /// The depth of the entries (1 for those directly inside a root).
    depth: usize,
    ignores: Option<&'a Arc<IgnoreChain>>,
}

impl Scope<'_> {
    /// Whether entries at this depth may be printed.
    fn printable(&self) -> bool {
        self.depth >= self.config.min_depth && self.config.max_depth.is_none_or(|m| self.depth <= m)
    }

    /// Whether folders at this depth may be entered.
    fn enterable(&self) -> bool {
        self.config.max_depth.is_none_or(|m| self.depth < m)
    }
}

/// Lists `fd`, keeping the entries that match or must be entered. The
/// cheap tests come first: names, then the pattern, and only then anything
/// that needs a `stat`.
fn scan(
    fd: &OwnedFd,
    dir: &[u8],
    scope: &Scope<'_>,
    arena: &mut Vec<u8>,
    entries: &mut Vec<Entry>,
) -> io::Result<()> {
    let config = scope.config;
    let printable = scope.printable();
    let enterable = scope.enterable();
    let mut buf = Vec::with_capacity(DENTS_BUFFER);
    buf.resize(DENTS_BUFFER, MaybeUninit::<u8>::uninit());
    let mut subject = child_prefix(dir);
    let prefix_len = subject.len();
    let needs_path = config.full_path || config.gitignore;
    let mut pseudo_fs: Option<bool> = None;
    let mut iter = RawDir::new(fd, &mut buf);
    while let Some(entry) = iter.next() {
        let entry = entry?;
        let cname = entry.file_name();
        let name = cname.to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        if !config.hidden && name[0] == b'.' {
            continue;
        }
        if config.ignore_vcs && is_vcs(name) {
            continue;
        }
        if config
            .excludes
            .as_ref()
            .is_some_and(|set| set.is_match(OsStr::from_bytes(name)))
        {
            continue;
        }
        if needs_path {
            subject.truncate(prefix_len);
            subject.extend_from_slice(name);
        }
        let mut hl = if !printable {
            None
        } else if config.full_path {
            config.matcher.find(&subject).map(|r| (r.start, r.end))
        } else {
            config.matcher.find(name).map(|r| (r.start, r.end))
        };
        let d_type = entry.file_type();
        let (is_dir, is_link) = match d_type {
            FileType::Directory => (true, false),
            FileType::Symlink if hl.is_some() || (config.follow_symlinks && enterable) => {
                (points_to_dir(fd, cname), true)
            }
            FileType::Symlink => (false, true),
            FileType::Unknown => classify_unknown(fd, cname),
            _ => (false, false),
        };
        let enter = enterable
            && is_dir
            && (!is_link
                || (config.follow_symlinks && !*pseudo_fs.get_or_insert_with(|| is_pseudo_fs(fd))));
        if hl.is_none() && !enter {
            continue;
        }
        if config.gitignore
            && gitignore::is_ignored(
                scope.ignores,
                config.global_ignores.as_ref(),
                &subject,
                is_dir,
            )
        {
            continue;
        }
        if hl.is_some()
            && !(has_extension(name, &config.extensions)
                && type_matches(config, fd, cname, d_type, is_dir, is_link))
        {
            hl = None;
        }
        if hl.is_some() || enter {
            let start = arena.len();
            arena.extend_from_slice(name);
            entries.push(Entry {
                name: (start, name.len()),
                hl,
                is_dir,
                enter,
            });
        }
    }
    Ok(())
}

/// Whether `fd` is on procfs or sysfs, whose symlinks (`/proc/*/cwd`,
/// `/proc/*/root`, `/proc/*/fd/*`, the cross links of `/sys`) lead back
/// into the whole file system or into each other: they are listed there,
/// never followed.
fn is_pseudo_fs(fd: &OwnedFd) -> bool {
    rustix::fs::fstatfs(fd)
        .is_ok_and(|st| st.f_type == rustix::fs::PROC_SUPER_MAGIC || st.f_type == SYSFS_MAGIC)
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

/// Whether an entry is of one of the types `--type` asked for (none asked:
/// any). Symlinks count as what they point to when symlinks are followed.
fn type_matches(
    config: &Config,
    dir: &OwnedFd,
    name: &CStr,
    d_type: FileType,
    is_dir: bool,
    is_link: bool,
) -> bool {
    let types = &config.types;
    if !types.any() {
        return true;
    }
    let follow = config.follow_symlinks;
    if (types.symlink && is_link) || (types.dir && is_dir && (follow || !is_link)) {
        return true;
    }
    let needs_stat =
        types.needs_metadata() || (types.file && is_link) || d_type == FileType::Unknown;
    let flags = if follow {
        AtFlags::empty()
    } else {
        AtFlags::SYMLINK_NOFOLLOW
    };
    let st = needs_stat
        .then(|| rustix::fs::statat(dir, name, flags).ok())
        .flatten();
    let is_file = match &st {
        Some(st) => FileType::from_raw_mode(st.st_mode) == FileType::RegularFile,
        None => d_type == FileType::RegularFile && !needs_stat,
    };
    if types.file && is_file {
        return true;
    }
    if let Some(st) = &st {
        if types.executable && is_file && st.st_mode & 0o111 != 0 {
            return true;
        }
        if types.empty && is_file && st.st_size == 0 {
            return true;
        }
    }
    types.empty && is_dir && (follow || !is_link) && dir_is_empty(dir, name)
}

/// Whether the folder `name` in `dir` has no entries.
fn dir_is_empty(dir: &OwnedFd, name: &CStr) -> bool {
    let Ok(fd) = rustix::fs::openat(
        dir,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
        Mode::empty(),
    ) else {
        return false;
    };
    let mut buf = [MaybeUninit::<u8>::uninit(); 1024];
    let mut iter = RawDir::new(&fd, &mut buf);
    while let Some(Ok(entry)) = iter.next() {
        let n = entry.file_name().to_bytes();
        if n != b"." && n != b".." {
            return false;
        }
    }
    true
}

/// Sorts the kept entries and writes the matches and subfolders.
fn format(listing: &mut Listing, config: &Config, arena: &[u8], entries: &mut [Entry]) {
    let name = |e: &Entry| &arena[e.name.0..e.name.0 + e.name.1];
    entries.sort_unstable_by(|a, b| name(a).cmp(name(b)));
    let prefix = child_prefix(&listing.path);
    for want_dir in [false, true] {
        for entry in entries.iter().filter(|e| e.is_dir == want_dir) {
            let Some((hl_start, hl_end)) = entry.hl else {
                continue;
            };
            let start = listing.text.len();
            listing.text.extend_from_slice(&prefix);
            listing.text.extend_from_slice(name(entry));
            let end = listing.text.len();
            let base = if config.full_path {
                start
            } else {
                start + prefix.len()
            };
            listing.found.push(Found {
                start,
                end,
                hl_start: base + hl_start,
                hl_end: base + hl_end,
                is_dir: entry.is_dir,
            });
            listing.text.push(config.terminator);
        }
    }
    listing.subdirs = entries
        .iter()
        .filter(|e| e.enter)
        .map(|e| {
            let mut path = prefix.clone();
            path.extend_from_slice(name(e));
            path
        })
        .collect();
}

/// Whether `name` is in either of the original's VCS lists.
fn is_vcs(name: &[u8]) -> bool {
    VCS_DIRS.contains(&name) || VCS_FILES.contains(&name)
}

/// Whether the symlink `name` in `dir` points (eventually) at a folder.
fn points_to_dir(dir: impl AsFd, name: &CStr) -> bool {
    rustix::fs::statat(dir, name, AtFlags::empty())
        .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory)
}

/// `(is_dir, is_link)` for an entry whose type `getdents64` did not give.
fn classify_unknown(dir: impl AsFd, name: &CStr) -> (bool, bool) {
    let dir = dir.as_fd();
    match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => match FileType::from_raw_mode(st.st_mode) {
            FileType::Directory => (true, false),
            FileType::Symlink => (points_to_dir(dir, name), true),
            _ => (false, false),
        },
        Err(_) => (false, false),
    }
}

/// Opens a folder for listing. A path of `LONG_PATH` bytes or more is
/// opened a piece at a time, each piece relative to the previous one.
pub fn open_dir(path: &[u8]) -> io::Result<OwnedFd> {
    let flags = OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC;
    if path.len() < LONG_PATH {
        return Ok(rustix::fs::open(path, flags, Mode::empty())?);
    }
    let mut base: Option<OwnedFd> = None;
    let mut rest = path;
    while rest.len() >= LONG_PATH {
        let cut = rest[..LONG_PATH]
            .iter()
            .rposition(|&b| b == b'/')
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidFilename))?;
        let head: &[u8] = if cut == 0 { b"/" } else { &rest[..cut] };
        let step = OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC;
        let next = match &base {
            Some(fd) => rustix::fs::openat(fd, head, step, Mode::empty())?,
            None => rustix::fs::openat(CWD, head, step, Mode::empty())?,
        };
        base = Some(next);
        rest = &rest[cut + 1..];
        while let [b'/', tail @ ..] = rest {
            rest = tail;
        }
    }
    let rest: &[u8] = if rest.is_empty() { b"." } else { rest };
    Ok(match &base {
        Some(fd) => rustix::fs::openat(fd, rest, flags, Mode::empty())?,
        None => rustix::fs::openat(CWD, rest, flags, Mode::empty())?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefix_never_doubles_a_slash() {
        assert_eq!(child_prefix(b"."), b"./");
        assert_eq!(child_prefix(b"src/"), b"src/");
        assert_eq!(child_prefix(b"/"), b"/");
        assert_eq!(child_prefix(b"a//"), b"a//");
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
    fn vcs_names_are_the_union_of_both_lists() {
        assert!(is_vcs(b".git"));
        assert!(is_vcs(b".gitignore"));
        assert!(is_vcs(b"CVS"));
        assert!(!is_vcs(b"src"));
    }
}
