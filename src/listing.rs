//! The contract between the walk and the outputs: one folder's matches,
//! formatted and in order, plus why the folder was not (fully) listed.
//!
//! The walk ([`crate::walk`]) produces a [`Listing`] per folder in the
//! original's order; an output ([`crate::output`]) consumes them. Nothing
//! else crosses between the two.

use std::io;
use std::sync::Arc;

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

/// One folder's matches, in the order they must be reported.
#[derive(Debug, Default)]
pub struct Listing {
    /// The folder's printed path.
    pub path: Vec<u8>,
    /// The matched paths, files first then folders, each sorted by name,
    /// each followed by the terminator (a newline, or NUL with `-0`).
    pub text: Vec<u8>,
    /// Where each match lies in `text`.
    pub found: Vec<Found>,
    /// Set when the folder could not be opened, read, or was a loop.
    pub error: Option<ReadError>,
    /// Files read for the folder (its ignore files) that were skipped.
    pub skipped: Vec<Skipped>,
    /// The folder as the walk opened it, for acting on its entries relative
    /// to it (given with `--delete` only).
    pub dir: Option<Arc<crate::sys::Dir>>,
}

impl Listing {
    /// What to say, as `PATH: reason` lines: each skipped file, then why
    /// the folder was not (fully) listed. Unless `all` (`--show-errors`),
    /// only what was lost to a limit. A path stays bytes, for
    /// [`crate::error::report`].
    pub fn messages(&self, all: bool) -> impl Iterator<Item = Vec<u8>> + '_ {
        let skipped = self
            .skipped
            .iter()
            .filter(move |file| all || file.limit)
            .map(Skipped::message);
        let error = self.error.as_ref().filter(|error| all || error.is_limit());
        let error = error.map(|error| {
            let reason = match error {
                ReadError::Io(err) => crate::error::reason(err),
                ReadError::Loop => "symlink loop (the folder is its own ancestor)".to_owned(),
            };
            [&self.path[..], b": ", reason.as_bytes()].concat()
        });
        skipped.chain(error)
    }

    /// An empty listing of the folder at `path`.
    pub fn new(path: Vec<u8>) -> Listing {
        Listing {
            path,
            ..Listing::default()
        }
    }

    /// The printed path of each match, in order.
    pub fn paths(&self) -> impl Iterator<Item = &[u8]> {
        self.found.iter().map(|f| &self.text[f.start..f.end])
    }

    /// Keeps only the first `n` matches.
    pub fn truncate(&mut self, n: usize) {
        self.found.truncate(n);
        let end = self.found.last().map_or(0, |f| f.end + 1);
        self.text.truncate(end);
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
        let mut listing = Listing::new(b"d".to_vec());
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
    fn truncate_keeps_the_first_matches_and_their_text() {
        let mut listing = Listing::new(b".".to_vec());
        listing.text = b"./a\n./bb\n".to_vec();
        listing.found = vec![
            Found {
                start: 0,
                end: 3,
                hl_start: 2,
                hl_end: 3,
            },
            Found {
                start: 4,
                end: 8,
                hl_start: 6,
                hl_end: 8,
            },
        ];
        assert_eq!(listing.paths().collect::<Vec<_>>(), [&b"./a"[..], b"./bb"]);
        listing.truncate(1);
        assert_eq!(listing.text, b"./a\n");
        assert_eq!(listing.paths().count(), 1);
    }
}
