//! Open folder handles: the budget of handles the walk keeps open for
//! opening subfolders, and retrying an open when descriptors run out
//! (opening itself is [`crate::sys`]'s).
//!
//! A retry waits for other readers to close their folders, and gives up
//! when none can: after [`RETRY_FOR`], or at once (after [`GRACE`]) when no
//! other read is in progress — then every descriptor the walk holds stays
//! held, and so it is when the limit is below what one open needs (a path
//! beyond `PATH_MAX` is opened piece by piece, two descriptors at a time).
//! The folder is then lost to the limit, and said ([`crate::listing`]).

use std::io;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::sys::{self, Dir};

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
    reading: AtomicUsize,
}

impl Budget {
    /// A budget of at most `max` held handles.
    pub fn new(max: usize) -> Budget {
        Budget {
            held: AtomicUsize::new(0),
            max: AtomicUsize::new(max),
            reading: AtomicUsize::new(0),
        }
    }

    /// Counts a folder read in progress, until the guard is dropped.
    pub fn reading(&self) -> Reading<'_> {
        self.reading.fetch_add(1, Ordering::Relaxed);
        Reading(self)
    }

    /// Whether no read but the caller's is in progress: then no folder the
    /// walk holds will be closed while the caller waits.
    pub fn alone(&self) -> bool {
        self.reading.load(Ordering::Relaxed) <= 1
    }

    /// The budget that fits the open-file limit (`RLIMIT_NOFILE`) of the
    /// process, leaving room for `readers` folders read at once and for
    /// [`RESERVED_DESCRIPTORS`] more.
    pub fn max_for_open_file_limit(readers: usize) -> usize {
        sys::open_file_limit()
            .saturating_sub(RESERVED_DESCRIPTORS + 2 * readers)
            .min(MAX_HELD_HANDLES)
    }

    /// Keeps at most `max` handles from now on (those held beyond it are
    /// released as their subfolders open): more readers have started.
    pub fn lower_to(&self, max: usize) {
        self.max.fetch_min(max, Ordering::Relaxed);
    }

    /// Keeps no more handles from now on: the process ran out of
    /// descriptors, so those held are released as their subfolders open.
    pub fn exhausted(&self) {
        self.lower_to(0);
    }
}

/// A folder read in progress ([`Budget::reading`]).
pub struct Reading<'b>(&'b Budget);

impl Drop for Reading<'_> {
    fn drop(&mut self) {
        self.0.reading.fetch_sub(1, Ordering::Relaxed);
    }
}

/// An open folder shared by its subfolders' tasks until they have opened
/// themselves; counted so that only so many are held at once.
pub struct Handle<'w> {
    /// The open folder.
    pub fd: Dir,
    budget: &'w Budget,
}

impl<'w> Handle<'w> {
    /// Keeps `fd` for the subfolders while the budget allows, as `to_keep`
    /// makes it; else closes it (they are then opened by path).
    pub fn keep(
        fd: Dir,
        budget: &'w Budget,
        to_keep: impl FnOnce(Dir) -> Dir,
    ) -> Option<Handle<'w>> {
        if budget.held.fetch_add(1, Ordering::Relaxed) < budget.max.load(Ordering::Relaxed) {
            Some(Handle {
                fd: to_keep(fd),
                budget,
            })
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
    sys::out_of_descriptors(err)
}

/// Runs `open` until it succeeds, fails for another reason than running out
/// of descriptors, or has waited [`RETRY_FOR`] for other readers to close
/// theirs — [`GRACE`] only when `alone` says no other read is in progress.
/// `exhausted` is called at the first shortage.
pub fn retry_open<T>(
    mut open: impl FnMut() -> io::Result<T>,
    exhausted: impl FnOnce(),
    alone: impl Fn() -> bool,
) -> io::Result<T> {
    let mut exhausted = Some(exhausted);
    let mut pause = std::time::Duration::from_micros(100);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match open() {
            Err(err)
                if out_of_descriptors(&err)
                    && waited < RETRY_FOR
                    && (waited < GRACE || !alone()) =>
            {
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
pub const RETRY_FOR: std::time::Duration = std::time::Duration::from_secs(10);

/// How long [`retry_open`] waits when no other read is in progress (a
/// reader that has just finished may still be closing its folder).
pub const GRACE: std::time::Duration = std::time::Duration::from_millis(20);

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn open_tmp(dir: &tempfile::TempDir) -> Dir {
        crate::sys::open_dir(crate::sys::os_bytes(dir.path().as_os_str())).unwrap()
    }

    /// Lowered (more readers started), the budget keeps no new handle until
    /// those held fall below the new maximum; it is never raised.
    #[test]
    fn a_lowered_budget_keeps_no_more_than_its_new_maximum() {
        let tmp = tempfile::tempdir().unwrap();
        let budget = Budget::new(3);
        let held: Vec<Handle> = (0..3)
            .map(|_| Handle::keep(open_tmp(&tmp), &budget, |fd| fd).unwrap())
            .collect();
        budget.lower_to(1);
        budget.lower_to(5);
        assert!(Handle::keep(open_tmp(&tmp), &budget, |fd| fd).is_none());
        drop(held);
        let kept = Handle::keep(open_tmp(&tmp), &budget, |fd| fd);
        assert!(kept.is_some());
        assert!(Handle::keep(open_tmp(&tmp), &budget, |fd| fd).is_none());
    }
}
