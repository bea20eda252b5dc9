//! `--delete`: removes each match relative to the folder handle the walk
//! opened (`unlinkat`), never by resolving a path again, so a folder
//! swapped for a symlink during the search cannot redirect a removal.
//!
//! Each root's folder is the handle [`crate::walk::roots`] opened once,
//! before the walk, without following a symlink typed as the root; roots
//! given twice or nested were refused there, so a root is never inside
//! another one's walk. The deleter follows the walk's listings (depth
//! first, in order) with a stack of frames, one per folder on the route
//! from the root to the current one: a listing pushes a frame, the walk's
//! leaving its folder pops it. A frame is trusted when its folder is the
//! root, or when its parent frame is trusted and the folder's `..` is that
//! parent (same device and inode): a folder reached through a symlink
//! swapped in during the walk fails that test, and nothing is deleted in
//! it.
//!
//! A matched folder is removed after its subtree has been walked (the
//! order of find's `-delete`), so it goes when everything in it matched
//! too; one still not empty is reported and kept. A frame keeps its open
//! folder only while it has folders waiting for removal, and at most
//! [`HELD_HANDLES`] frames do (the root's always does); a frame without
//! one is reopened, one component at a time with `O_NOFOLLOW`, from the
//! nearest frame below it that holds one.

use std::io;
use std::os::fd::OwnedFd;
use std::sync::Arc;

use rustix::fs::{AtFlags, FileType, Mode, OFlags};

use crate::error::Error;
use crate::listing::Listing;
use crate::output::shared::describe_os_error;
use crate::path::child_prefix_len;

/// Frames that keep their folder open for removals still to come, besides
/// the root's.
pub const HELD_HANDLES: usize = 16;

/// How a folder is opened again: never through a symlink.
const REOPEN: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::NOFOLLOW)
    .union(OFlags::CLOEXEC);

/// A folder's identity: device and inode numbers.
type Id = crate::sys::DirId;

/// One folder on the route from the root to the folder being listed.
struct Frame {
    /// The length of its printed path (a prefix of [`Deleter::path`]).
    len: usize,
    /// Its identity when trusted; `None` when nothing may be deleted in it.
    id: Option<Id>,
    /// Its open folder, kept while removals wait (and always for a root).
    dir: Option<Arc<OwnedFd>>,
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
    held: usize,
    /// The folder of the frame popped last, while the frame below it is
    /// on top: its `..` is that frame's folder.
    below: Option<Arc<OwnedFd>>,
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
            held: 0,
            below: None,
            failed: false,
            escape_messages,
        })
    }

    /// Whether any deletion failed.
    pub fn failed(&self) -> bool {
        self.failed
    }

    /// Deletes the matches of `listing`: files and symlinks at once,
    /// folders once their subtree has been walked. The folder is inside
    /// the one of the frame on top (the walk has left every other).
    pub fn listing(&mut self, listing: &Listing) {
        if let Some(top) = self.frames.len().checked_sub(1) {
            let prefix = child_prefix_len(&self.path[..self.frames[top].len]);
            let name = &listing.path[prefix..];
            let done: Vec<Vec<u8>> = {
                let deferred = &mut self.frames[top].deferred;
                let keep = deferred.partition_point(|d| d.as_slice() < name);
                deferred.drain(..keep).collect()
            };
            let dir = self.remove_dirs(top, done);
            self.below = None;
            drop(dir);
        }
        let id = self.trust(listing);
        let is_root = self.frames.is_empty();
        let mut frame = Frame {
            len: listing.path.len(),
            id,
            dir: None,
            deferred: Vec::new(),
        };
        for entry in listing.entries() {
            let name = entry.name;
            let path = || crate::path::join(&listing.path, name);
            match (&listing.dir, id) {
                (Some(dir), Some(_)) => match remove_or_defer(dir, name) {
                    Ok(true) => frame.deferred.push(name.to_vec()),
                    Ok(false) => {}
                    Err(err) => self.report(&err, &path()),
                },
                (Some(_), None) => self.report(&replaced(), &path()),
                (None, _) => self.report(&io::Error::other("its folder is not open"), &path()),
            }
        }
        if is_root || (!frame.deferred.is_empty() && self.held < HELD_HANDLES) {
            frame.dir = listing.dir.clone();
            self.held += usize::from(!is_root && frame.dir.is_some());
        }
        self.path.clear();
        self.path.extend_from_slice(&listing.path);
        self.frames.push(frame);
        self.below = None;
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

    /// The identity of `listing`'s folder if it may be deleted in: it is a
    /// root, or its `..` is the trusted folder of the frame on top.
    fn trust(&self, listing: &Listing) -> Option<Id> {
        let dir = listing.dir.as_deref()?;
        let own = id(&rustix::fs::fstat(dir).ok()?);
        let is_root = self.frames.is_empty() || self.roots.contains(&listing.path);
        let parent = self.frames.last().and_then(|f| f.id);
        let up = rustix::fs::statat(dir, "..", AtFlags::SYMLINK_NOFOLLOW).ok();
        (is_root || (parent.is_some() && up.map(|st| id(&st)) == parent)).then_some(own)
    }

    /// Ends the top frame: its waiting folders are removed.
    fn pop(&mut self) {
        let top = self.frames.len() - 1;
        let waiting = std::mem::take(&mut self.frames[top].deferred);
        let dir = self.remove_dirs(top, waiting);
        let frame = self.frames.pop().expect("a frame to pop");
        if frame.dir.is_some() && top > 0 {
            self.held -= 1;
        }
        if let Some(below) = self.frames.last() {
            self.path.truncate(below.len);
        }
        self.below = dir.or(frame.dir);
    }

    /// Removes the subfolders `names` of the folder of frame `at` (the top
    /// one); returns that folder when it was open.
    fn remove_dirs(&mut self, at: usize, names: Vec<Vec<u8>>) -> Option<Arc<OwnedFd>> {
        if names.is_empty() {
            return None;
        }
        let dir = self.dir_of(at);
        let mut path = self.path[..self.frames[at].len].to_vec();
        let prefix = child_prefix_len(&path);
        path.resize(prefix, b'/');
        for name in names {
            path.truncate(prefix);
            path.extend_from_slice(&name);
            let removed = dir.as_ref().map_err(clone_error).and_then(|dir| {
                rustix::fs::unlinkat(dir.as_ref(), name.as_slice(), AtFlags::REMOVEDIR)
                    .map_err(io::Error::from)
            });
            if let Err(err) = removed {
                self.report(&err, &path);
            }
        }
        dir.ok()
    }

    /// The open folder of frame `at` (the top one): held, else the `..` of
    /// the folder popped just before, else reopened; checked to be the
    /// same folder (device and inode) whenever it is opened again.
    fn dir_of(&mut self, at: usize) -> io::Result<Arc<OwnedFd>> {
        if let Some(dir) = &self.frames[at].dir {
            return Ok(Arc::clone(dir));
        }
        let want = self.frames[at].id.ok_or_else(replaced)?;
        if let Some(child) = self.below.take() {
            let up = rustix::fs::openat(child.as_ref(), "..", REOPEN, Mode::empty());
            if let Ok(up) = up
                && rustix::fs::fstat(&up).is_ok_and(|st| id(&st) == want)
            {
                return Ok(Arc::new(up));
            }
        }
        self.reopen(at, want).map(Arc::new)
    }

    /// Opens the folder of frame `at` again from the nearest frame below
    /// that holds its folder, one component at a time, never following a
    /// symlink, and checks that it is the same folder.
    fn reopen(&self, at: usize, want: Id) -> io::Result<OwnedFd> {
        let (base, anchor) = self.frames[..at]
            .iter()
            .enumerate()
            .rev()
            .find_map(|(i, f)| f.dir.as_ref().map(|d| (i, d)))
            .ok_or_else(replaced)?;
        let start = child_prefix_len(&self.path[..self.frames[base].len]);
        let rest = &self.path[start..self.frames[at].len];
        let mut dir: Option<OwnedFd> = None;
        for component in rest.split(|&b| b == b'/').filter(|c| !c.is_empty()) {
            let next = match &dir {
                Some(d) => rustix::fs::openat(d, component, REOPEN, Mode::empty()),
                None => rustix::fs::openat(anchor.as_ref(), component, REOPEN, Mode::empty()),
            }?;
            dir = Some(next);
        }
        let dir = dir.ok_or_else(replaced)?;
        if id(&rustix::fs::fstat(&dir)?) == want {
            Ok(dir)
        } else {
            Err(replaced())
        }
    }

    fn report(&mut self, err: &io::Error, path: &[u8]) {
        let message = format!("cannot delete: {}", describe_os_error(err, path));
        crate::error::report_unprefixed(&message, self.escape_messages);
        self.failed = true;
    }
}

/// Removes the entry `name` of `dir` unless it is a folder (not a symlink
/// to one), which is left for later: `Ok(true)`.
fn remove_or_defer(dir: &OwnedFd, name: &[u8]) -> io::Result<bool> {
    let st = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)?;
    if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
        return Ok(true);
    }
    rustix::fs::unlinkat(dir, name, AtFlags::empty())?;
    Ok(false)
}

fn id(st: &rustix::fs::Stat) -> Id {
    crate::sys::stat_id(st)
}

/// Why nothing is deleted in a folder that is not where the walk found it.
fn replaced() -> io::Error {
    io::Error::other("the folder was replaced during the search")
}

fn clone_error(err: &io::Error) -> io::Error {
    match err.raw_os_error() {
        Some(code) => io::Error::from_raw_os_error(code),
        None => io::Error::new(err.kind(), err.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::listing::Kind;
    use std::os::unix::ffi::OsStrExt;
    use std::path::Path;

    fn open(path: &Path) -> Arc<OwnedFd> {
        Arc::new(crate::sys::open_dir(path.as_os_str().as_bytes()).unwrap())
    }

    /// A listing of the folder `dir` (its handle `fd`) matching `names`.
    fn listing(dir: &Path, fd: Arc<OwnedFd>, names: &[&str]) -> Listing {
        let mut listing = Listing::new(dir.as_os_str().as_bytes().to_vec(), 0);
        for name in names {
            listing.push(name.as_bytes(), 0..name.len(), Kind::File);
        }
        listing.dir = Some(fd);
        listing
    }

    fn setup() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let outside = tmp.path().join("outside");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::create_dir_all(&outside).unwrap();
        std::fs::write(root.join("sub/victim.tmp"), "in").unwrap();
        std::fs::write(outside.join("victim.tmp"), "out").unwrap();
        (tmp, root, outside)
    }

    fn roots(root: &Path) -> Vec<Vec<u8>> {
        vec![root.as_os_str().as_bytes().to_vec()]
    }

    #[test]
    fn a_folder_swapped_after_the_walk_opened_it_cannot_redirect_a_removal() {
        let (_tmp, root, outside) = setup();
        let roots = roots(&root);
        let mut deleter = Deleter::new(&roots, false).unwrap();
        deleter.listing(&listing(&root, open(&root), &[]));
        let sub = root.join("sub");
        let walked = open(&sub);
        std::fs::rename(&sub, root.join("moved")).unwrap();
        std::os::unix::fs::symlink(&outside, &sub).unwrap();
        deleter.listing(&listing(&sub, walked, &["victim.tmp"]));
        deleter.finish();
        assert!(outside.join("victim.tmp").exists(), "outside file deleted");
        assert!(!root.join("moved/victim.tmp").exists(), "inside file kept");
        assert!(!deleter.failed());
    }

    #[test]
    fn a_folder_swapped_before_the_walk_opened_it_is_refused() {
        let (_tmp, root, outside) = setup();
        let roots = roots(&root);
        let mut deleter = Deleter::new(&roots, false).unwrap();
        deleter.listing(&listing(&root, open(&root), &[]));
        let sub = root.join("sub");
        std::fs::rename(&sub, root.join("moved")).unwrap();
        std::os::unix::fs::symlink(&outside, &sub).unwrap();
        let walked = open(&sub);
        deleter.listing(&listing(&sub, walked, &["victim.tmp"]));
        deleter.finish();
        assert!(outside.join("victim.tmp").exists(), "outside file deleted");
        assert!(deleter.failed());
    }

    /// A chain of folders `m` deeper than the handle budget, each matched
    /// when `matched(level)` (so are all the levels below a matched one),
    /// with a matched file at the bottom.
    fn deep_chain(matched: impl Fn(usize) -> bool) {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("root");
        let depth = HELD_HANDLES + 8;
        let mut dirs = vec![root.clone()];
        for _ in 0..depth {
            let next = dirs.last().unwrap().join("m");
            dirs.push(next);
        }
        std::fs::create_dir_all(dirs.last().unwrap()).unwrap();
        std::fs::write(dirs.last().unwrap().join("m.txt"), "").unwrap();
        let roots = roots(&root);
        let mut deleter = Deleter::new(&roots, false).unwrap();
        for (i, dir) in dirs.iter().enumerate() {
            let names: &[&str] = if i == depth {
                &["m.txt"]
            } else if matched(i + 1) {
                &["m"]
            } else {
                &[]
            };
            deleter.listing(&listing(dir, open(dir), names));
        }
        assert!(
            dirs[depth].exists(),
            "removed before its subtree was walked"
        );
        deleter.finish();
        assert!(!deleter.failed());
        assert!(root.exists(), "the root is kept");
        for (i, dir) in dirs.iter().enumerate().skip(1) {
            assert_eq!(dir.exists(), !matched(i), "level {i}");
        }
        assert_eq!(deleter.held, 0);
    }

    #[test]
    fn matched_folders_go_after_their_subtree_even_past_the_handle_budget() {
        deep_chain(|_| true);
    }

    #[test]
    fn folders_reopened_past_the_budget_are_the_walked_ones() {
        deep_chain(|level| level > 4);
    }
}
