//! The portable folder lister of every Unix: rustix's `Dir` (`readdir` on
//! macOS and the BSDs) over a duplicate of the folder's handle, so that the
//! handle stays free for opening subfolders relative to it. Used on Linux
//! too with the `portable-reader` feature, so that CI runs it.

use std::io;
use std::ops::ControlFlow;

use super::{Dir, Kind};

/// Calls `f` with the name and kind (`None`: not given) of every entry of
/// `dir` but `.` and `..`, in the order the file system gives them, until
/// `f` breaks.
pub fn list(
    dir: &Dir,
    mut f: impl FnMut(&[u8], Option<Kind>) -> ControlFlow<()>,
) -> io::Result<()> {
    let mut entries = rustix::fs::Dir::new(rustix::io::dup(dir)?)?;
    entries.rewind();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name().to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        if f(name, super::unix::entry_type(entry.file_type())).is_break() {
            break;
        }
    }
    Ok(())
}
