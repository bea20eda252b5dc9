//! `--delete` on Windows: removes each match through a handle opened
//! relative to its folder's handle (`NtOpenFile` with the folder as root
//! directory, [`crate::sys::remove_at`]), never by a path, and never
//! through a reparse point: a symlink or junction is removed itself, never
//! its target, and never entered.
//!
//! Each root's folder is the handle [`crate::walk::roots`] opened once,
//! before the walk, without following a reparse point typed as the root;
//! roots given twice or nested were refused there. The deleter follows the
//! walk's listings (depth first, in order) with a stack of frames, one per
//! folder on the route from the root to the current one, as on Unix. Each
//! frame holds its own handle on its folder, opened relative to its parent
//! frame's handle without following a reparse point ([`crate::sys::open_subdir`]),
//! and is trusted only when that folder is the one the walk listed (same
//! volume and file index): a folder reached any other way (swapped for a
//! junction during the walk, say) fails that test, and nothing is deleted
//! in it. Windows processes have handles to spare, so every frame keeps
//! its own (a route is as deep as the tree).
//!
//! A matched folder is removed after its subtree has been walked (the
//! order of find's `-delete`), so it goes when everything in it matched
//! too; one still not empty is reported and kept. Messages and their order
//! are those of Unix.
//!
//! An entry the walk listed as a link that opens as something else is
//! reported and kept: Wine lists a Unix symlink to a folder as a reparse
//! point but opens its target even with `FILE_OPEN_REPARSE_POINT`, and
//! deleting that would delete the target. (A Unix symlink to a file Wine
//! shows as a plain file through every call: under Wine its deletion
//! removes the target, and no Windows program can tell.)

use std::io;
use std::sync::Arc;

use crate::error::Error;
use crate::listing::Listing;
use crate::output::shared::describe_os_error;
use crate::path::child_prefix_len;
use crate::sys::{Dir, remove_at};

/// One folder on the route from the root to the folder being listed.
struct Frame {
    /// The length of its printed path (a prefix of [`Deleter::path`]).
    len: usize,
    /// Its folder, when trusted; `None` when nothing may be deleted in it.
    dir: Option<Arc<Dir>>,
    /// The names of matched subfolders to remove once their subtree has
    /// been walked, sorted as the walk visits them.
    deferred: Vec<Vec<u8>>,
}

/// Deletes the matches of the listings it is given, in order.
pub struct Deleter<'c> {
    roots: &'c [Vec<u8>],
    frames: Vec<Frame>,
    /// The printed path of the top frame.
    path: Vec<u8>,
    failed: bool,
    /// Escape the messages (standard error is a terminal).
    escape_messages: bool,
}

impl<'c> Deleter<'c> {
    /// A deleter for a search of `roots`, its messages escaped when
    /// `escape_messages`.
    pub fn new(roots: &'c [Vec<u8>], escape_messages: bool) -> Result<Deleter<'c>, Error> {
        Ok(Deleter {
            roots,
            frames: Vec::new(),
            path: Vec::new(),
            failed: false,
            escape_messages,
        })
    }

    /// Whether any deletion failed.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Deletes the matches of `listing`: files, symlinks and junctions at
    /// once, folders once their subtree has been walked. The folder is
    /// inside the one of the frame on top (the walk has left every other).
    pub fn listing(&mut self, listing: &Listing) {
        let mut name_start = 0;
        if let Some(top) = self.frames.len().checked_sub(1) {
            name_start = child_prefix_len(&self.path[..self.frames[top].len]);
            let name = &listing.path[name_start.min(listing.path.len())..];
            let done: Vec<Vec<u8>> = {
                let deferred = &mut self.frames[top].deferred;
                let keep = deferred.partition_point(|d| d.as_slice() < name);
                deferred.drain(..keep).collect()
            };
            self.remove_dirs(top, done);
        }
        let dir = self.trust(listing, name_start);
        let mut frame = Frame {
            len: listing.path.len(),
            dir,
            deferred: Vec::new(),
        };
        for entry in listing.entries() {
            let name = entry.name;
            let path = || crate::path::join(&listing.path, name);
            match (&listing.dir, &frame.dir) {
                (Some(_), Some(dir)) => match remove_at(dir, name, false, entry.kind.is_link()) {
                    Ok(true) => frame.deferred.push(name.to_vec()),
                    Ok(false) => {}
                    Err(err) => self.report(&err, &path()),
                },
                (Some(_), None) => self.report(&replaced(), &path()),
                (None, _) => self.report(&io::Error::other("its folder is not open"), &path()),
            }
        }
        self.path.clear();
        self.path.extend_from_slice(&listing.path);
        self.frames.push(frame);
    }

    /// The walk has left the folder of the frame on top (its subtree was
    /// walked): the folders waiting in it are removed.
    pub fn left(&mut self) {
        self.pop();
    }

    /// Removes every folder still waiting: the walk is over.
    pub fn finish(&mut self) {
        while !self.frames.is_empty() {
            self.pop();
        }
    }

    /// The folder of `listing`, opened by the deleter itself, if it may be
    /// deleted in: a root's own handle, or the folder named as in the
    /// listing's path opened relative to the trusted folder of the frame
    /// on top, without following a reparse point, and found to be the
    /// folder the walk listed.
    fn trust(&self, listing: &Listing, name_start: usize) -> Option<Arc<Dir>> {
        let listed = listing.dir.as_ref()?;
        if self.frames.is_empty() || self.roots.contains(&listing.path) {
            return Some(Arc::clone(listed));
        }
        let parent = self.frames.last()?.dir.as_deref()?;
        let name = listing.path.get(name_start..)?;
        let own = crate::sys::open_subdir(parent, name, false).ok()?;
        let same = crate::sys::identity(&own).ok()? == crate::sys::identity(listed).ok()?;
        same.then(|| Arc::new(own))
    }

    /// Ends the top frame: its waiting folders are removed.
    fn pop(&mut self) {
        let top = self.frames.len() - 1;
        let waiting = std::mem::take(&mut self.frames[top].deferred);
        self.remove_dirs(top, waiting);
        self.frames.pop();
        if let Some(below) = self.frames.last() {
            self.path.truncate(below.len);
        }
    }

    /// Removes the subfolders `names` of the folder of frame `at` (the top
    /// one), relative to its handle.
    fn remove_dirs(&mut self, at: usize, names: Vec<Vec<u8>>) {
        if names.is_empty() {
            return;
        }
        let dir = self.frames[at].dir.clone();
        let mut path = self.path[..self.frames[at].len].to_vec();
        let prefix = child_prefix_len(&path);
        path.resize(prefix, crate::sys::SEPARATOR);
        for name in names {
            path.truncate(prefix);
            path.extend_from_slice(&name);
            let removed = match &dir {
                Some(dir) => remove_at(dir, &name, true, false).map(drop),
                None => Err(replaced()),
            };
            if let Err(err) = removed {
                self.report(&err, &path);
            }
        }
    }

    fn report(&mut self, err: &io::Error, path: &[u8]) {
        let message = format!("cannot delete: {}", describe_os_error(err, path));
        crate::error::report_unprefixed(&message, self.escape_messages);
        self.failed = true;
    }
}

/// Why nothing is deleted in a folder that is not where the walk found it.
fn replaced() -> io::Error {
    io::Error::other("the folder was replaced during the search")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listing::Kind;
    use std::path::{Path, PathBuf};

    fn bytes(path: &Path) -> Vec<u8> {
        crate::sys::os_bytes(path.as_os_str()).to_vec()
    }

    fn open(path: &Path) -> Arc<Dir> {
        Arc::new(crate::sys::open_dir(&bytes(path)).unwrap())
    }

    /// A listing of the folder `dir` (its handle `handle`) matching `names`.
    fn listing(dir: &Path, handle: Arc<Dir>, names: &[&str]) -> Listing {
        let mut listing = Listing::new(bytes(dir), 0);
        for name in names {
            listing.push(name.as_bytes(), 0..name.len(), Kind::File);
        }
        listing.dir = Some(handle);
        listing
    }

    fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("sub").join("victim.tmp"), "in").unwrap();
        std::fs::write(outside.join("victim.tmp"), "out").unwrap();
        (tmp, root, outside)
    }

    #[test]
    fn matches_go_through_handles_and_folders_after_their_subtree() {
        let (_tmp, root, outside) = setup();
        let roots = vec![bytes(&root)];
        let mut deleter = Deleter::new(&roots, false).unwrap();
        deleter.listing(&listing(&root, open(&root), &["sub"]));
        let sub = root.join("sub");
        deleter.listing(&listing(&sub, open(&sub), &["victim.tmp"]));
        assert!(sub.exists(), "removed before its subtree was walked");
        deleter.finish();
        assert!(!deleter.failed());
        assert!(!sub.exists(), "matched folder kept");
        assert!(root.exists(), "the root is kept");
        assert!(outside.join("victim.tmp").exists());
    }

    #[test]
    fn a_folder_swapped_for_another_is_refused() {
        let (_tmp, root, outside) = setup();
        let roots = vec![bytes(&root)];
        let mut deleter = Deleter::new(&roots, false).unwrap();
        deleter.listing(&listing(&root, open(&root), &[]));
        let sub = root.join("sub");
        let walked = open(&sub);
        std::fs::rename(&sub, root.join("moved")).unwrap();
        std::fs::rename(&outside, &sub).unwrap();
        deleter.listing(&listing(&sub, walked, &["victim.tmp"]));
        deleter.finish();
        assert!(sub.join("victim.tmp").exists(), "outside file deleted");
        assert!(root.join("moved").join("victim.tmp").exists());
        assert!(deleter.failed());
    }
}
