//! Windows: folders read with `std::fs` by path, identity by volume serial
//! number and file index, names as their `OsStr` encoding (WTF-8, UTF-8
//! for every valid name), Ctrl-C handled by a console control handler.

use std::ffi::{OsStr, OsString};
use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::ops::ControlFlow;
use std::os::windows::io::{AsRawHandle, FromRawHandle};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use windows_sys::Win32::Foundation::STATUS_CONTROL_C_EXIT;
use windows_sys::Win32::System::Console::{CTRL_BREAK_EVENT, CTRL_C_EVENT, SetConsoleCtrlHandler};
use windows_sys::Win32::System::Threading::ExitProcess;
use windows_sys::core::BOOL;

use super::{DirId, Kind, Meta, PseudoFs};

/// An open folder: on Windows, its path (`std::fs` reads by path).
#[derive(Debug)]
pub struct Dir {
    path: PathBuf,
}

impl Dir {
    /// Another handle on the same folder.
    pub fn try_clone(&self) -> io::Result<Dir> {
        Ok(Dir {
            path: self.path.clone(),
        })
    }
}

/// The separator put between a folder's path and an entry's name: the
/// root is printed as typed, the rest joined with `\\`, as Windows tools
/// (and Python's `os.path.join`) do.
pub const SEPARATOR: u8 = b'\\';

/// Whether `path` already ends with a separator (`\\` or `/`).
pub fn ends_with_separator(path: &[u8]) -> bool {
    path.ends_with(b"\\") || path.ends_with(b"/")
}

/// Turns on the console's ANSI colour codes (a no-op where they are
/// This machine's name, for `file://HOST/…` links: left empty on Windows,
/// where `file:///C:/…` names a local file.
pub fn hostname() -> Vec<u8> {
    Vec::new()
}

/// already on; where they cannot be, the codes are printed as they are).
#[cfg(feature = "cli")]
pub fn enable_colour() {
    let _ = nu_ansi_term::enable_ansi_support();
}

/// A name or path's bytes (as given by [`os_bytes`], or such bytes joined
/// with ASCII separators) as an `OsStr`.
pub fn os_str(bytes: &[u8]) -> &OsStr {
    match std::str::from_utf8(bytes) {
        Ok(text) => OsStr::new(text),
        // SAFETY: every byte string ffind builds is made of the encoded
        // bytes of `OsStr`s (`os_bytes`: command line, folder listings)
        // joined at ASCII separators, which `from_encoded_bytes_unchecked`
        // accepts.
        Err(_) => unsafe { OsStr::from_encoded_bytes_unchecked(bytes) },
    }
}

/// An `OsStr`'s encoded bytes (WTF-8: UTF-8 for every valid name).
pub fn os_bytes(s: &OsStr) -> &[u8] {
    s.as_encoded_bytes()
}

/// Encoded bytes as an `OsString` (see [`os_str`]).
pub fn os_string(bytes: Vec<u8>) -> OsString {
    os_str(&bytes).to_os_string()
}

fn path_of(bytes: &[u8]) -> &Path {
    Path::new(os_str(bytes))
}

/// Opens the folder `name` inside `parent` for listing.
pub fn open_dir_at(parent: &Dir, name: &[u8]) -> io::Result<Dir> {
    open_subdir(parent, name, true)
}

/// Opens the subfolder `name` of `parent` for listing; unless `follow`, a
/// symlink (or junction) is not followed.
pub fn open_subdir(parent: &Dir, name: &[u8], follow: bool) -> io::Result<Dir> {
    let path = parent.path.join(path_of(name));
    let meta = if follow {
        std::fs::metadata(&path)?
    } else {
        std::fs::symlink_metadata(&path)?
    };
    if !meta.is_dir() {
        return Err(io::Error::from(io::ErrorKind::NotADirectory));
    }
    Ok(Dir { path })
}

/// Opens a folder for listing.
pub fn open_dir(path: &[u8]) -> io::Result<Dir> {
    let path = path_of(path).to_path_buf();
    std::fs::read_dir(&path)?;
    Ok(Dir { path })
}

/// Whether `path` is a folder (following links); the error says why it
/// cannot be told.
pub fn is_dir_path(path: &[u8]) -> io::Result<bool> {
    Ok(std::fs::metadata(path_of(path))?.is_dir())
}

/// The identity of `dir`: volume serial number and file index.
pub fn identity(dir: &Dir) -> io::Result<DirId> {
    let handle = winapi_util::Handle::from_path_any(&dir.path)?;
    let info = winapi_util::file::information(&handle)?;
    Ok(DirId {
        dev: info.volume_serial_number(),
        ino: info.file_index(),
    })
}

/// The type and size of the entry `name` of `dir`; with `follow`, of what
/// a link points at. Nothing is executable by mode on Windows.
pub fn stat_at(dir: &Dir, name: &[u8], follow: bool) -> io::Result<Meta> {
    let path = dir.path.join(path_of(name));
    let meta = if follow {
        std::fs::metadata(&path)?
    } else {
        std::fs::symlink_metadata(&path)?
    };
    Ok(windows_meta(&meta))
}

/// Opens the file `name` of `dir` (a path relative to it, links followed)
/// for reading and gives its type and size; `None` when there is no such
/// file.
pub fn open_file_at(dir: &Dir, name: &str) -> io::Result<Option<(std::fs::File, Meta)>> {
    let file = match std::fs::File::open(dir.path.join(name)) {
        Ok(file) => file,
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(err) => return Err(err),
    };
    let meta = windows_meta(&file.metadata()?);
    Ok(Some((file, meta)))
}

/// Whether the entry `name` of `dir` exists (following links).
pub fn exists_at(dir: &Dir, name: &str) -> bool {
    dir.path.join(name).exists()
}

/// What `std::fs` says of an entry, as [`Meta`]: no execute bits, owners or
/// devices on Windows.
fn windows_meta(meta: &std::fs::Metadata) -> Meta {
    Meta {
        kind: entry_type(meta.file_type()),
        special: None,
        executable: false,
        size: meta.len(),
        modified: meta.modified().ok(),
        owner: None,
        mode: None,
        dev: 0,
    }
}

/// The [`Kind`] of a `std::fs` file type.
fn entry_type(ft: std::fs::FileType) -> Kind {
    if ft.is_symlink() {
        Kind::Symlink { to_dir: false }
    } else if ft.is_dir() {
        Kind::Dir
    } else if ft.is_file() {
        Kind::File
    } else {
        Kind::Other
    }
}

/// Calls `f` with the name and kind (always given here) of every entry of
/// `dir`, until `f` breaks.
pub fn list(
    dir: &Dir,
    mut f: impl FnMut(&[u8], Option<Kind>) -> ControlFlow<()>,
) -> io::Result<()> {
    for entry in std::fs::read_dir(&dir.path)? {
        let entry = entry?;
        let name = entry.file_name();
        if f(os_bytes(&name), Some(entry_type(entry.file_type()?))).is_break() {
            break;
        }
    }
    Ok(())
}

/// No limit on open folders: a Windows [`Dir`] holds no handle.
pub fn open_file_limit() -> usize {
    usize::MAX
}

/// Never: a Windows [`Dir`] holds no handle to run out of.
pub fn out_of_descriptors(_err: &io::Error) -> bool {
    false
}

/// Always [`PseudoFs::No`]: procfs and sysfs are Linux's.
pub fn pseudo_fs(_dir: &Dir) -> PseudoFs {
    PseudoFs::No
}

/// Unknown here: a cold cache is told by slow reads alone.
pub fn blocks_read() -> Option<u64> {
    None
}

/// Leaves `command` as it is: a child sharing ffind's console gets the
/// same Ctrl-C.
pub fn dies_with_parent(command: &mut Command) -> &mut Command {
    command
}

/// Runs `command`, an action's line, to its end: a child sharing ffind's
/// console gets the same Ctrl-C.
pub fn run_action(command: &mut Command) -> io::Result<std::process::ExitStatus> {
    command.status()
}

/// Runs `f`: there is no signal mask on Windows.
pub fn with_sigint_blocked<T>(f: impl FnOnce() -> T) -> T {
    f()
}

/// What Ctrl-C writes to standard output before ffind ends.
static LAST_WORDS: OnceLock<Vec<u8>> = OnceLock::new();

/// Makes Ctrl-C (and Ctrl-Break) write `last_words` to standard output,
/// then end ffind with the status Windows gives a process ended by Ctrl-C
/// (`STATUS_CONTROL_C_EXIT`, 0xC000013A), as the default handler does. The
/// handler runs on a thread of its own, so any thread may call this.
pub fn on_interrupt(last_words: Vec<u8>) -> io::Result<()> {
    let _ = LAST_WORDS.set(last_words);
    // SAFETY: `on_ctrl` has the signature of a handler routine and lives as
    // long as the program.
    if unsafe { SetConsoleCtrlHandler(Some(on_ctrl), 1) } == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

/// The console control handler of [`on_interrupt`].
unsafe extern "system" fn on_ctrl(kind: u32) -> BOOL {
    if kind != CTRL_C_EVENT && kind != CTRL_BREAK_EVENT {
        return 0;
    }
    if let Some(words) = LAST_WORDS.get() {
        // Written to the handle itself, not through `Stdout`, whose lock
        // the output thread may hold.
        let handle = io::stdout().as_raw_handle();
        if !handle.is_null() {
            // SAFETY: the standard output handle stays open; `ManuallyDrop`
            // keeps this `File` from closing it.
            let out = ManuallyDrop::new(unsafe { std::fs::File::from_raw_handle(handle) });
            let _ = (&*out).write_all(words);
        }
    }
    // SAFETY: ends the process; nothing runs after it.
    unsafe { ExitProcess(STATUS_CONTROL_C_EXIT as u32) }
}

/// The name of the user `uid`: none on Windows (files have no user ids).
pub fn user_name(_uid: u32) -> Option<Vec<u8>> {
    None
}

/// The name of the group `gid`: none on Windows (files have no group ids).
pub fn group_name(_gid: u32) -> Option<Vec<u8>> {
    None
}
