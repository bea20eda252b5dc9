//! Find files by name, in a deterministic order, fast: the library behind
//! the `ffind` command (a Rust port of the Python `ffind`).
//!
//! A [`Search`] describes what to look for — roots, a pattern (a regular
//! expression in Python's syntax, a shell glob, a fixed string, or none),
//! filters (kinds, extensions, excludes, depth, size, modification time,
//! owner), hidden names, symlinks, ignore files, threads — and
//! [`Search::iter`] walks the tree on parallel threads, handing over the
//! matching entries ([`Entry`]) in ffind's order, as they are found:
//!
//! - per folder, its matching files (and other non-folders), then its
//!   matching folders (and symlinks to folders), each sorted by name bytes;
//! - then each of its folders in turn, depth first; roots one after
//!   another.
//!
//! The order does not depend on the threads. Memory stays bounded by the
//! work in flight (a 2 MiB read-ahead budget and a few folders' matches
//! waiting for the iterator), not by the number of results, and dropping
//! the iterator stops the walk at once.
//!
//! ```
//! use ffind::{Kind, Search};
//!
//! # fn main() -> Result<(), ffind::Error> {
//! let tmp = tempfile::tempdir().unwrap();
//! let root = tmp.path();
//! std::fs::create_dir_all(root.join("src/walk")).unwrap();
//! for file in ["src/main.rs", "src/walk/mod.rs", "src/notes.txt", "build.rs"] {
//!     std::fs::write(root.join(file), "").unwrap();
//! }
//!
//! // Every name ending in `.rs`, in ffind's order.
//! let found = Search::new(root)
//!     .glob("*.rs")
//!     .iter()?
//!     .map(|entry| entry.map(|entry| entry.into_path()))
//!     .collect::<Result<Vec<_>, _>>()?;
//! let expected = ["build.rs", "src/main.rs", "src/walk/mod.rs"].map(|p| root.join(p));
//! assert_eq!(found, expected);
//!
//! // Folders whose name contains "walk", with what matched.
//! for entry in Search::new(root).regex("walk").iter()? {
//!     let entry = entry?;
//!     assert_eq!(entry.kind(), Kind::Dir);
//!     assert_eq!(entry.name(), "walk");
//!     assert_eq!(entry.depth(), 2);
//!     let path = entry.path().as_os_str().as_encoded_bytes();
//!     assert_eq!(&path[entry.matched()], b"walk");
//! }
//! # Ok(())
//! # }
//! ```
//!
//! Errors: [`Search::iter`] fails at once when the pattern or an exclude
//! glob does not compile. While the search runs, a root that is not a
//! folder ([`Error::Root`]) and a folder that cannot be read or a symlink
//! loop ([`Error::Walk`]) come as an `Err` item in place, and the search
//! goes on; skip them with `.filter_map(Result::ok)` (or `.flatten()`) if
//! they do not matter:
//!
//! ```
//! # fn main() -> Result<(), ffind::Error> {
//! let tmp = tempfile::tempdir().unwrap();
//! std::fs::write(tmp.path().join("a.txt"), "").unwrap();
//! let missing = tmp.path().join("missing");
//! let mut entries = ffind::Search::new(&missing).root(tmp.path()).iter()?;
//! assert!(matches!(entries.next(), Some(Err(ffind::Error::Root { .. }))));
//! let first = entries.next().unwrap()?;
//! assert_eq!(first.name(), "a.txt");
//! # Ok(())
//! # }
//! ```
//!
//! Stopping early costs nothing: the walk stops when the iterator is
//! dropped, even while its threads are inside a large folder.
//!
//! ```
//! # fn main() -> Result<(), ffind::Error> {
//! let tmp = tempfile::tempdir().unwrap();
//! for name in ["a", "b", "c", "d"] {
//!     std::fs::write(tmp.path().join(name), "").unwrap();
//! }
//! let first_two: Vec<_> = ffind::Search::new(tmp.path()).iter()?.flatten().take(2).collect();
//! assert_eq!(first_two[1].name(), "b");
//! # Ok(())
//! # }
//! ```
//!
//! The same search also runs on the calling thread, handing each entry
//! (and each error in place) to a closure until it breaks
//! ([`Search::visit`]): no hand-over between threads.
//!
//! ```
//! use std::ops::ControlFlow;
//!
//! # fn main() -> Result<(), ffind::Error> {
//! let tmp = tempfile::tempdir().unwrap();
//! std::fs::write(tmp.path().join("a.txt"), "").unwrap();
//! let mut names = Vec::new();
//! ffind::Search::new(tmp.path()).visit(|entry| {
//!     match entry {
//!         Ok(entry) => names.push(entry.name().to_owned()),
//!         Err(err) => eprintln!("{err}"),
//!     }
//!     ControlFlow::Continue(())
//! })?;
//! assert_eq!(names, ["a.txt"]);
//! # Ok(())
//! # }
//! ```
//!
//! # Stability
//!
//! The items documented here (and their methods) follow semantic
//! versioning. The module [`cli`] (with the default feature `cli`) is the
//! `ffind` command line, for the binary: it is outside that promise.
//!
//! # Features
//!
//! - `cli` (default): the command line ([`cli`]) and the binary, with their
//!   dependencies (clap, terminal colours, JSON). A library user can turn
//!   it off: `default-features = false`.
//! - `portable-reader`: read folders with the portable Unix reader instead
//!   of Linux's `getdents64` loop (for testing it).

#![deny(missing_docs)]
// Without the command line, the helpers only it uses (messages on standard
// error, the variables' table, the slip hints' detection) go unused.
#![cfg_attr(not(feature = "cli"), allow(dead_code, unused_imports))]

// The pipeline, one module each: `cli` describes the command line, `env`
// snapshots the variables, `config::Config::resolve` decides every setting
// once (the walk's `settings`, built by `search` for the library); `walk`
// produces each folder's `listing::Listing` in the original's order; the
// library hands them out (`iter`, `entry`), the command line's `output`
// prints or acts on them (`run`). `sys` holds the platform and signal glue;
// `error` and `outcome` are the one error type, message path and
// exit-status mapping; `escape` keeps names from driving a terminal.

#[cfg(feature = "cli")]
pub mod cli;
#[cfg(feature = "cli")]
mod config;
mod criteria;
mod entry;
mod env;
mod env_flags;
mod error;
mod escape;
mod iter;
mod listing;
mod outcome;
#[cfg(feature = "cli")]
mod output;
mod path;
mod pattern;
#[cfg(feature = "cli")]
mod run;
mod search;
mod settings;
mod slip;
mod sys;
#[cfg(feature = "cli")]
mod template;
mod walk;

#[cfg(all(test, unix))]
mod property_tests;

pub use entry::{Entry, Kind};
pub use error::Error;
pub use iter::Iter;
pub use search::{Case, Search, Size};
pub use settings::Type;
