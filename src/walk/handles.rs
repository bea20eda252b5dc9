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

/// The most folder handles ever kept open for opening subfolders.
pub const MAX_HELD_HANDLES: usize = 256;

/// Descriptors kept free for everything but held handles: standard
/// streams, the folders being read, the actions' children and the Python
/// bridge, ignore files, the deleter's folders.
const RESERVED_DESCRIPTORS: usize = 32;

/// How many folder handles may be held open at once; shrinks to none when
/// the process runs out of descriptors.
#[derive(Debug)]
pub struct Budget {
    held: AtomicUsize,
    max: AtomicUsize,
}

impl Budget {
    /// A budget of at most `max` held handles.
    pub fn new(max: usize) -> Budget {
        Budget {
            held: AtomicUsize::new(0),
            max: AtomicUsize::new(max),
        }
    }

    /// The budget that fits the open-file limit (`RLIMIT_NOFILE`) of the
    /// process, leaving room for `readers` folders read at once and for
    /// [`RESERVED_DESCRIPTORS`] more.
    pub fn max_for_open_file_limit(readers: usize) -> usize {
        let limit = rustix::process::getrlimit(rustix::process::Resource::Nofile)
            .current
            .map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
        limit
            .saturating_sub(RESERVED_DESCRIPTORS + 2 * readers)
            .min(MAX_HELD_HANDLES)
    }

    /// Keeps no more handles from now on: the process ran out of
    /// descriptors, so those held are released as their subfolders open.
    pub fn exhausted(&self) {
        self.max.store(0, Ordering::Relaxed);
    }
}

/// An open folder shared by its subfolders' tasks until they have opened
/// themselves; counted so that only so many are held at once.
pub struct Handle<'w> {
    /// The open folder.
    pub fd: OwnedFd,
    budget: &'w Budget,
}

impl<'w> Handle<'w> {
    /// Keeps `fd` for the subfolders while the budget allows; else closes
    /// it (they are then opened by path).
    pub fn keep(fd: OwnedFd, budget: &'w Budget) -> Option<Handle<'w>> {
        if budget.held.fetch_add(1, Ordering::Relaxed) < budget.max.load(Ordering::Relaxed) {
            Some(Handle { fd, budget })
        } else {
            budget.held.fetch_sub(1, Ordering::Relaxed);
            None
        }
    }
}

impl Drop for Handle<'_> {
    fn drop(&mut self) {
        self.budget.held.fetch_sub(1, Ordering::Relaxed);
    }
}

/// Whether an error says the process or the system has no descriptor left
/// (`EMFILE`, `ENFILE`): a reason to wait and retry, not to give up.
pub fn out_of_descriptors(err: &io::Error) -> bool {
    matches!(
        err.raw_os_error(),
        Some(code) if code == rustix::io::Errno::MFILE.raw_os_error()
            || code == rustix::io::Errno::NFILE.raw_os_error()
    )
}

/// Runs `open` until it succeeds, fails for another reason than running out
/// of descriptors, or has waited about ten seconds for other readers to
/// close theirs. `exhausted` is called at the first shortage.
pub fn retry_open<T>(
    mut open: impl FnMut() -> io::Result<T>,
    exhausted: impl FnOnce(),
) -> io::Result<T> {
    let mut exhausted = Some(exhausted);
    let mut pause = std::time::Duration::from_micros(100);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match open() {
            Err(err) if out_of_descriptors(&err) && waited < RETRY_FOR => {
                if let Some(f) = exhausted.take() {
                    f();
                }
                std::thread::sleep(pause);
                waited += pause;
                pause = (pause * 2).min(std::time::Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

/// How long [`retry_open`] waits for descriptors before giving up.
const RETRY_FOR: std::time::Duration = std::time::Duration::from_secs(10);

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
