//! The entries the library hands over ([`Entry`]): owned, cheap to move
//! (a shared reference to its folder's batch of matches and an index), and
//! the batch itself ([`Batch`]), built from one folder's listing on the
//! walk's thread.

use std::ffi::OsStr;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::listing::Listing;
use crate::path::{child_prefix_len, push_prefix};

/// What an entry is, as its folder's listing says (a symlink is not
/// followed to tell).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// A regular file.
    File,
    /// A folder.
    Dir,
    /// A symbolic link (to a folder or not: see [`Entry::is_dir`]).
    Symlink,
    /// Anything else: a socket, a pipe, a device, or an entry that
    /// vanished while its folder was read.
    Other,
}

impl Kind {
    /// The public kind of the walk's kind.
    fn of(kind: crate::sys::Kind) -> Kind {
        match kind {
            crate::sys::Kind::File => Kind::File,
            crate::sys::Kind::Dir => Kind::Dir,
            crate::sys::Kind::Symlink { .. } => Kind::Symlink,
            crate::sys::Kind::Other => Kind::Other,
        }
    }
}

/// One matched entry of a batch: where its path lies in the batch's bytes.
#[derive(Debug, Clone, Copy)]
struct Item {
    /// Where its path starts.
    start: usize,
    /// Where its path ends.
    end: usize,
    /// The matched span, in the path.
    span: (u32, u32),
    /// What it is.
    kind: crate::sys::Kind,
}

/// One folder's matches, owned: their paths one after another.
#[derive(Debug)]
pub(crate) struct Batch {
    /// The entries' paths, one after another.
    paths: Vec<u8>,
    /// The entries, in order.
    items: Vec<Item>,
    /// Where a name starts in each path (the folder's path and separator).
    name_start: usize,
    /// How deep the entries are (1: directly inside a root).
    depth: usize,
}

impl Batch {
    /// The matches of `listing`, each with its whole path.
    pub(crate) fn of(listing: &Listing) -> Batch {
        let name_start = child_prefix_len(&listing.path);
        let mut paths = Vec::with_capacity(listing.bytes() + listing.len() * name_start);
        let mut items = Vec::with_capacity(listing.len());
        for entry in listing.entries() {
            let start = paths.len();
            push_prefix(&listing.path, &mut paths);
            paths.extend_from_slice(entry.name);
            let shift = if listing.span_in_path { 0 } else { name_start };
            let at = |offset: usize| u32::try_from(offset + shift).unwrap_or(u32::MAX);
            items.push(Item {
                start,
                end: paths.len(),
                span: (at(entry.span.0), at(entry.span.1)),
                kind: entry.kind,
            });
        }
        Batch {
            paths,
            items,
            name_start,
            depth: listing.depth + 1,
        }
    }

    /// How many entries it holds.
    pub(crate) fn len(&self) -> usize {
        self.items.len()
    }
}

/// One entry the search found: its path, name, depth, kind and the part
/// of it the pattern matched; its metadata on demand.
///
/// Cheap to clone and to move between threads: it shares its folder's
/// batch of matches with its siblings.
#[derive(Clone)]
pub struct Entry {
    batch: Arc<Batch>,
    index: usize,
}

impl Entry {
    /// The entry `index` of `batch`.
    pub(crate) fn new(batch: Arc<Batch>, index: usize) -> Entry {
        Entry { batch, index }
    }

    fn item(&self) -> &Item {
        &self.batch.items[self.index]
    }

    fn bytes(&self) -> &[u8] {
        let item = self.item();
        &self.batch.paths[item.start..item.end]
    }

    /// The entry's path: the root as given, then the folders down to it
    /// (`src/walk/mod.rs` in a search of `src`).
    pub fn path(&self) -> &Path {
        Path::new(crate::sys::os_str(self.bytes()))
    }

    /// The entry's path, owned.
    pub fn into_path(self) -> PathBuf {
        self.path().to_path_buf()
    }

    /// The entry's name in its folder (the last part of its path).
    pub fn name(&self) -> &OsStr {
        crate::sys::os_str(&self.bytes()[self.batch.name_start..])
    }

    /// How deep the entry is: 1 directly inside a root, 2 inside one of
    /// its folders, and so on (a root itself is never an entry).
    pub fn depth(&self) -> usize {
        self.batch.depth
    }

    /// What the entry is (a symlink not followed).
    pub fn kind(&self) -> Kind {
        Kind::of(self.item().kind)
    }

    /// Whether the entry is a folder, or a symlink to one.
    pub fn is_dir(&self) -> bool {
        self.item().kind.is_dir()
    }

    /// The part of the path the pattern matched, as a range of bytes of
    /// the path's encoded bytes ([`OsStr::as_encoded_bytes`]): within the
    /// name, or anywhere in the path when matching on the full path
    /// ([`crate::Search::full_path`]). Empty without a pattern.
    pub fn matched(&self) -> Range<usize> {
        let (start, end) = self.item().span;
        start as usize..end as usize
    }

    /// The entry's metadata, looked up now by its path, without following
    /// a symlink ([`std::fs::symlink_metadata`]).
    pub fn metadata(&self) -> std::io::Result<std::fs::Metadata> {
        std::fs::symlink_metadata(self.path())
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("path", &self.path())
            .field("depth", &self.depth())
            .field("kind", &self.kind())
            .field("matched", &self.matched())
            .finish()
    }
}
