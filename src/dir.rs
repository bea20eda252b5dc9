//! Reading one folder: list its entries with `getdents64`, skip what the
//! configuration hides, classify folders (calling `stat` only for symlinks
//! and unknown types), match names, sort, and format the matches.

use std::ffi::CStr;
use std::io;
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, OwnedFd};

use rustix::fs::{AtFlags, CWD, FileType, Mode, OFlags, RawDir};

use crate::config::Config;

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
    /// each followed by a newline.
    pub text: Vec<u8>,
    /// Where each match lies in `text`.
    pub found: Vec<Found>,
    /// The printed paths of the subfolders to enter, sorted by name.
    pub subdirs: Vec<Vec<u8>>,
    /// Set when the folder could not be opened, read, or was a loop.
    pub error: Option<ReadError>,
}

/// An entry kept for matching or entering, its name stored in an arena.
struct Entry {
    name: (usize, usize),
    hl: Option<(usize, usize)>,
    is_dir: bool,
    enter: bool,
}

/// Where a folder is: its printed path, and optionally its parent's open
/// handle with the offset of its name in the path, to open it with
/// `openat` instead of resolving the whole path again.
pub struct Location<'a> {
    /// The printed path.
    pub path: Vec<u8>,
    /// The parent's handle and where the folder's own name starts in `path`.
    pub parent: Option<(&'a OwnedFd, usize)>,
}

/// A folder read: its listing, its identity and its open handle (absent
/// when it could not be opened).
pub struct Read {
    /// What the folder holds, formatted.
    pub listing: Listing,
    /// The folder's device and inode.
    pub id: Option<DirId>,
    /// The open folder, for opening its subfolders relative to it.
    pub fd: Option<OwnedFd>,
}

/// Reads the folder at `at` and returns its listing, identity and handle.
/// `is_ancestor` tells whether an identity is already on the route from the
/// root; such a folder is reported as a loop, not listed.
pub fn read(at: Location<'_>, config: &Config, is_ancestor: impl Fn(DirId) -> bool) -> Read {
    let mut listing = Listing {
        path: at.path,
        ..Listing::default()
    };
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
    let fd = match opened {
        Ok(fd) => fd,
        Err(err) => {
            listing.error = Some(ReadError::Io(err));
            return Read {
                listing,
                id: None,
                fd: None,
            };
        }
    };
    let id = match rustix::fs::fstat(&fd) {
        Ok(st) => DirId {
            dev: st.st_dev,
            ino: st.st_ino,
        },
        Err(err) => {
            listing.error = Some(ReadError::Io(err.into()));
            return Read {
                listing,
                id: None,
                fd: None,
            };
        }
    };
    if is_ancestor(id) {
        listing.error = Some(ReadError::Loop);
        return Read {
            listing,
            id: Some(id),
            fd: None,
        };
    }
    let mut arena = Vec::new();
    let mut entries = Vec::new();
    if let Err(err) = scan(&fd, &listing.path, config, &mut arena, &mut entries) {
        listing.error = Some(ReadError::Io(err));
    }
    format(&mut listing, config, &arena, &mut entries);
    Read {
        listing,
        id: Some(id),
        fd: Some(fd),
    }
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

/// Lists `fd`, keeping the entries that match or must be entered.
fn scan(
    fd: &OwnedFd,
    dir: &[u8],
    config: &Config,
    arena: &mut Vec<u8>,
    entries: &mut Vec<Entry>,
) -> io::Result<()> {
    let mut buf = Vec::with_capacity(DENTS_BUFFER);
    buf.resize(DENTS_BUFFER, MaybeUninit::<u8>::uninit());
    let mut subject = child_prefix(dir);
    let prefix_len = subject.len();
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
        let hl = if config.full_path {
            subject.truncate(prefix_len);
            subject.extend_from_slice(name);
            config.matcher.find(&subject).map(|r| (r.start, r.end))
        } else {
            config.matcher.find(name).map(|r| (r.start, r.end))
        };
        let (is_dir, is_link) = match entry.file_type() {
            FileType::Directory => (true, false),
            FileType::Symlink if hl.is_some() || config.follow_symlinks => {
                (points_to_dir(fd, cname), true)
            }
            FileType::Unknown => classify_unknown(fd, cname),
            _ => (false, false),
        };
        let enter = is_dir && (config.follow_symlinks || !is_link);
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
            listing.text.push(b'\n');
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
    fn vcs_names_are_the_union_of_both_lists() {
        assert!(is_vcs(b".git"));
        assert!(is_vcs(b".gitignore"));
        assert!(is_vcs(b"CVS"));
        assert!(!is_vcs(b"src"));
    }
}
