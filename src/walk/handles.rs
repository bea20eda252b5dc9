//! Open folder handles: opening a folder by path (also past `PATH_MAX`) or
//! relative to its parent's handle, and the budget of handles the walk
//! keeps open for opening subfolders.

use std::io;
use std::os::fd::OwnedFd;
use std::sync::atomic::{AtomicUsize, Ordering};

use rustix::fs::{CWD, Mode, OFlags};

/// Paths at least this long are opened a piece at a time, so that trees
/// deeper than `PATH_MAX` (4096 bytes) can still be searched.
const LONG_PATH: usize = 4000;

/// The flags a folder is opened with for listing.
const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC);

/// Open folder handles kept for opening subfolders before falling back to
/// opening them by path.
pub const MAX_HELD_HANDLES: usize = 256;

/// An open folder shared by its subfolders' tasks until they have opened
/// themselves; counted so that only so many are held at once.
pub struct Handle<'w> {
    /// The open folder.
    pub fd: OwnedFd,
    held: &'w AtomicUsize,
}

impl<'w> Handle<'w> {
    /// Keeps `fd` for the subfolders while fewer than [`MAX_HELD_HANDLES`]
    /// are held; else closes it (they are then opened by path).
    pub fn keep(fd: OwnedFd, held: &'w AtomicUsize) -> Option<Handle<'w>> {
        if held.fetch_add(1, Ordering::Relaxed) < MAX_HELD_HANDLES {
            Some(Handle { fd, held })
        } else {
            held.fetch_sub(1, Ordering::Relaxed);
            None
        }
    }
}

impl Drop for Handle<'_> {
    fn drop(&mut self) {
        self.held.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Opens the folder `name` inside the open folder `parent` for listing.
pub fn open_dir_at(parent: &OwnedFd, name: &[u8]) -> io::Result<OwnedFd> {
    Ok(rustix::fs::openat(parent, name, DIR_FLAGS, Mode::empty())?)
}

/// Opens the subfolder `name` of `parent` for listing; unless `follow`, a
/// symlink is not followed (the open fails), so a folder swapped for a
/// symlink during the walk is not entered.
pub fn open_subdir(parent: &OwnedFd, name: &[u8], follow: bool) -> io::Result<OwnedFd> {
    let flags = if follow {
        DIR_FLAGS
    } else {
        DIR_FLAGS | OFlags::NOFOLLOW
    };
    Ok(rustix::fs::openat(parent, name, flags, Mode::empty())?)
}

/// Opens a folder for listing. A path of `LONG_PATH` bytes or more is
/// opened a piece at a time, each piece relative to the previous one.
pub fn open_dir(path: &[u8]) -> io::Result<OwnedFd> {
    if path.len() < LONG_PATH {
        return Ok(rustix::fs::open(path, DIR_FLAGS, Mode::empty())?);
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
        Some(fd) => rustix::fs::openat(fd, rest, DIR_FLAGS, Mode::empty())?,
        None => rustix::fs::openat(CWD, rest, DIR_FLAGS, Mode::empty())?,
    })
}
