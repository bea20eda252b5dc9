//! The fast folder lister of Linux: `getdents64` into one buffer, the
//! entry types it gives, no `stat` per entry.

use std::io;
use std::mem::MaybeUninit;
use std::ops::ControlFlow;

use rustix::fs::RawDir;

use super::{Dir, Kind};

/// Bytes of directory entries fetched per `getdents64` call.
const DENTS_BUFFER: usize = 32 * 1024;

/// Calls `f` with the name and kind (`None`: not given) of every entry of
/// `dir` but `.` and `..`, in the order the file system gives them, until
/// `f` breaks.
pub fn list(
    dir: &Dir,
    mut f: impl FnMut(&[u8], Option<Kind>) -> ControlFlow<()>,
) -> io::Result<()> {
    let mut buf = [MaybeUninit::<u8>::uninit(); DENTS_BUFFER];
    let mut iter = RawDir::new(dir, &mut buf);
    while let Some(entry) = iter.next() {
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
