//! The outputs: what happens to each folder's [`crate::listing::Listing`]
//! once the walk hands it over.
//!
//! - [`stream`]: the buffered output and when it is flushed, shared by the
//!   printer and the records;
//! - [`printer`]: writes the matches (colour, escaping) — a new
//!   output format goes in a file beside it, a type implementing
//!   [`crate::walk::Consumer`] and [`Action`];
//! - [`hyperlink`]: the printer's OSC 8 `file://` links (`--hyperlink`);
//! - [`type_colors`]: the printer's colours by file type (`LS_COLORS`);
//! - [`details`]: the printer's `ls -l`-like columns (`-l`);
//! - [`format`](mod@format) (`--format`) and [`json`] (`--json`): one record per
//!   match, written by [`records`] as the printer writes lines;
//! - [`actions`]: `--delete`, `--exec`, `--exec-batch`, `--module`,
//!   `--command`, one type each — where a new action goes;
//! - [`shared`]: what the actions share (running a line, OS errors told
//!   as Python tells them);
//! - [`exec`]: running the lines, one per match or in batches;
//! - [`delete`]: removals relative to the walk's folder handles;
//! - [`python`]: the one Python interpreter behind `--module`/`--command`;
//!
//! Each output is a [`crate::walk::Consumer`] and an [`Action`]. On Windows the lines run
//! through `cmd.exe` (`exec_windows.rs`), `--delete` removes through
//! handles opened relative to the folders' own (`delete_windows.rs`), and
//! the Python bridge talks over two pipes (`bridge_windows.rs`) instead of
//! a socket pair (`bridge_unix.rs`).

pub mod actions;
#[cfg(unix)]
#[path = "bridge_unix.rs"]
mod bridge;
#[cfg(windows)]
#[path = "bridge_windows.rs"]
mod bridge;
#[cfg(unix)]
#[path = "delete_unix.rs"]
pub mod delete;
#[cfg(windows)]
#[path = "delete_windows.rs"]
pub mod delete;
pub mod details;
#[cfg(unix)]
#[path = "exec_unix.rs"]
pub mod exec;
#[cfg(windows)]
#[path = "exec_windows.rs"]
pub mod exec;
pub mod format;
pub mod hyperlink;
pub mod json;
pub mod printer;
pub mod python;
pub mod records;
pub mod shared;
pub mod stream;
pub mod type_colors;

use crate::error::Error;
use crate::outcome::Outcome;

/// What a search does with its matches: print them or act on them. The walk
/// hands them over ([`crate::walk::Consumer`]); `finish` ends the work and
/// gives the verdict.
pub trait Action: crate::walk::Consumer {
    /// Ends what is still pending (output to flush, a last batch, folders
    /// to remove, the interpreter) and gives the verdict.
    fn finish(self) -> Result<Outcome, Error>;
}
