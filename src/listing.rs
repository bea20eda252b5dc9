//! The contract between the walk and the outputs: one folder's matches as
//! entries (a name, the matched span, a kind), in order, plus why the
//! folder was not (fully) listed.
//!
//! The walk ([`crate::walk`]) produces a [`Listing`] per folder in the
//! original's order; an output ([`crate::output`]) consumes them. Nothing
//! else crosses between the two: joining the folder's path and a name
//! ([`crate::path`]), the terminator, colour and escaping are the output's;
//! an entry's metadata is looked up only when an output asks for it
//! ([`Listing::metadata`]), relative to the folder's handle.

use std::io;
use std::ops::Range;
use std::sync::Arc;

pub use crate::sys::{Kind, Meta};

/// One matched entry as stored: its name in [`Listing`]'s arena.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stored {
    /// Where the name starts in the arena.
    start: usize,
    /// The name's length.
    len: u32,
    /// The matched span.
    span: (u32, u32),
    /// What the entry is.
    kind: Kind,
}

/// One matched entry of a folder, as an output reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Entry<'a> {
    /// The entry's name in its folder.
    pub name: &'a [u8],
    /// The matched span: in the name, or in the printed path (the folder's
    /// child prefix, then the name) when [`Listing::span_in_path`].
    pub span: (usize, usize),
    /// What the entry is (a symlink's `to_dir` is always known here).
    pub kind: Kind,
}

/// Why a folder's contents were not (fully) listed.
#[derive(Debug)]
pub enum ReadError {
    /// The folder could not be opened or read.
    Io(io::Error),
    /// The folder is one of its own ancestors: listed, never entered again.
    Loop,
}

impl ReadError {
    /// Whether the folder was lost to a resource limit rather than to its
    /// permissions or its shape: no descriptor left (also when a path
    /// beyond `PATH_MAX` needs one more to be opened piece by piece), no
    /// memory, a path too long to open. Said even without `--show-errors`.
    pub fn is_limit(&self) -> bool {
        match self {
            ReadError::Io(err) => {
                crate::sys::out_of_descriptors(err)
                    || matches!(
                        err.kind(),
                        io::ErrorKind::OutOfMemory | io::ErrorKind::InvalidFilename
                    )
            }
            ReadError::Loop => false,
        }
    }
}

/// A file the walk left unread, with why (an ignore file that is not a
/// regular file, say); reported under `--show-errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file's printed path.
    pub path: Vec<u8>,
    /// Why it was skipped.
    pub reason: String,
    /// Whether it was skipped for a limit of ffind's (a cap on size or
    /// memory): said even without `--show-errors`.
    pub limit: bool,
}

impl Skipped {
    /// What to say about it: `PATH: reason`, the path as bytes.
    pub fn message(&self) -> Vec<u8> {
        [&self.path[..], b": ", self.reason.as_bytes()].concat()
    }
}

/// One folder's matches, in the order they must be reported: files first,
/// then folders (and symlinks to folders), each sorted by name.
#[derive(Debug, Default)]
pub struct Listing {
    /// The folder's printed path.
    pub path: Vec<u8>,
    /// How deep the folder is (a root is 0; its entries are one deeper).
    pub depth: usize,
    /// Whether the spans are measured in the printed path (`--path`), not
    /// in the name.
    pub span_in_path: bool,
    /// The matched entries' names, one after another.
    names: Vec<u8>,
    /// The matched entries.
    entries: Vec<Stored>,
    /// Set when the folder could not be opened, read, or was a loop.
    pub error: Option<ReadError>,
    /// Files read for the folder (its ignore files) that were skipped.
    pub skipped: Vec<Skipped>,
    /// The folder as the walk opened it, for acting on its entries relative
    /// to it; given when the consumer asks for handles
    /// ([`crate::walk::Needs::handles`]).
    pub dir: Option<Arc<crate::sys::Dir>>,
}

impl Listing {
    /// What to say, as `PATH: reason` lines: each skipped file, then why
    /// the folder was not (fully) listed. Unless `all` (`--show-errors`),
    /// only what was lost to a limit. A path stays bytes, for
    /// [`crate::error::report`].
    pub fn messages(&self, all: bool) -> impl Iterator<Item = Vec<u8>> + '_ {
        self.problems()
            .filter(move |problem| all || problem.2)
            .map(|(path, reason, _)| [path, b": ", reason.as_bytes()].concat())
    }

    /// Everything lost while reading the folder, in the order said: each
    /// skipped file, then why the folder was not (fully) listed; each as
    /// its path, the reason, and whether it was lost to a limit.
    pub fn problems(&self) -> impl Iterator<Item = (&[u8], String, bool)> + '_ {
        let skipped = self
            .skipped
            .iter()
            .map(|file| (&file.path[..], file.reason.clone(), file.limit));
        let error = self.error.as_ref().map(|error| {
            let reason = match error {
                ReadError::Io(err) => crate::error::reason(err),
                ReadError::Loop => "symlink loop (the folder is its own ancestor)".to_owned(),
            };
            (&self.path[..], reason, error.is_limit())
        });
        skipped.chain(error)
    }

    /// An empty listing of the folder at `path`, `depth` below its root.
    pub fn new(path: Vec<u8>, depth: usize) -> Listing {
        Listing {
            path,
            depth,
            ..Listing::default()
        }
    }

    /// Makes room for `count` more entries whose names take `bytes`.
    pub fn reserve(&mut self, count: usize, bytes: usize) {
        self.entries.reserve_exact(count);
        self.names.reserve_exact(bytes);
    }

    /// Adds a matched entry after the others.
    pub fn push(&mut self, name: &[u8], span: Range<usize>, kind: Kind) {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        self.entries.push(Stored {
            start: self.names.len(),
            len: narrow(name.len()),
            span: (narrow(span.start), narrow(span.end)),
            kind,
        });
        self.names.extend_from_slice(name);
    }

    /// The matched entries, in order.
    pub fn entries(&self) -> impl ExactSizeIterator<Item = Entry<'_>> {
        self.entries.iter().map(|e| Entry {
            name: &self.names[e.start..e.start + e.len as usize],
            span: (e.span.0 as usize, e.span.1 as usize),
            kind: e.kind,
        })
    }

    /// How many entries matched.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether nothing matched.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The bytes the listing holds, for the walk's read-ahead budget.
    pub fn bytes(&self) -> usize {
        self.path.len() + self.names.len() + self.entries.len() * size_of::<Stored>()
    }

    /// Keeps only the first `n` matches.
    pub fn truncate(&mut self, n: usize) {
        self.entries.truncate(n);
        let end = self.entries.last().map_or(0, |e| e.start + e.len as usize);
        self.names.truncate(end);
    }

    /// The metadata of the entry `name` (with `follow`, of what a symlink
    /// points at), looked up relative to the folder's handle, so it works
    /// past `PATH_MAX`; an error when the listing holds no handle (see
    /// [`crate::walk::Needs::handles`]).
    pub fn metadata(&self, name: &[u8], follow: bool) -> io::Result<Meta> {
        let dir = self
            .dir
            .as_deref()
            .ok_or_else(|| io::Error::other("its folder is not open"))?;
        crate::sys::stat_at(dir, name, follow)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn only_resource_limits_are_limits() {
        let io = |code| ReadError::Io(io::Error::from_raw_os_error(code));
        for code in [libc::EMFILE, libc::ENFILE, libc::ENOMEM, libc::ENAMETOOLONG] {
            assert!(io(code).is_limit(), "{code}");
        }
        for code in [libc::EACCES, libc::ENOENT, libc::ENOTDIR, libc::ELOOP] {
            assert!(!io(code).is_limit(), "{code}");
        }
        assert!(!ReadError::Loop.is_limit());
    }

    #[cfg(unix)]
    #[test]
    fn without_show_errors_only_limits_are_said() {
        let mut listing = Listing::new(b"d".to_vec(), 0);
        let skipped = |name: &str, limit| Skipped {
            path: name.as_bytes().to_vec(),
            reason: "why".into(),
            limit,
        };
        listing.skipped = vec![skipped("d/a", false), skipped("d/b", true)];
        listing.error = Some(ReadError::Io(io::Error::from_raw_os_error(libc::EMFILE)));
        let said = |listing: &Listing, all| listing.messages(all).collect::<Vec<_>>();
        assert_eq!(
            said(&listing, false),
            [&b"d/b: why"[..], b"d: Too many open files"]
        );
        assert_eq!(said(&listing, true).len(), 3);
        listing.error = Some(ReadError::Io(io::Error::from_raw_os_error(libc::EACCES)));
        assert_eq!(said(&listing, false), [b"d/b: why"]);
    }

    #[test]
    fn truncate_keeps_the_first_matches_and_their_names() {
        let mut listing = Listing::new(b".".to_vec(), 0);
        listing.push(b"a", 0..1, Kind::File);
        listing.push(b"bb", 0..2, Kind::Dir);
        let names: Vec<&[u8]> = listing.entries().map(|e| e.name).collect();
        assert_eq!(names, [&b"a"[..], b"bb"]);
        listing.truncate(1);
        assert_eq!(listing.names, b"a");
        assert_eq!(listing.len(), 1);
        let entry = listing.entries().next().unwrap();
        assert_eq!((entry.span, entry.kind), ((0, 1), Kind::File));
    }
}
