//! Open folder handles: the budget of handles the walk keeps open for
//! opening subfolders (opening itself is [`crate::sys`]'s).

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::sys::Dir;

/// Open folder handles kept for opening subfolders before falling back to
/// opening them by path.
pub const MAX_HELD_HANDLES: usize = 256;

/// An open folder shared by its subfolders' tasks until they have opened
/// themselves; counted so that only so many are held at once.
pub struct Handle<'w> {
    /// The open folder.
    pub fd: Dir,
    held: &'w AtomicUsize,
}

impl<'w> Handle<'w> {
    /// Keeps `fd` for the subfolders while fewer than [`MAX_HELD_HANDLES`]
    /// are held; else closes it (they are then opened by path).
    pub fn keep(fd: Dir, held: &'w AtomicUsize) -> Option<Handle<'w>> {
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
