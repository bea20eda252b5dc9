//! Windows: folders opened as handles and listed through them (a
//! subfolder relative to its parent's handle when links are not followed,
//! `windows_at.rs`), entries looked up with `std::fs` by path, identity by
//! volume serial number and file index, removals relative to a folder's
//! handle, names as their `OsStr` encoding (WTF-8, UTF-8 for every valid
//! name), Ctrl-C handled by a console control handler.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io::{self, Write};
use std::mem::ManuallyDrop;
use std::ops::ControlFlow;
use std::os::windows::ffi::{OsStrExt, OsStringExt};
use std::os::windows::fs::{MetadataExt, OpenOptionsExt};
use std::os::windows::io::{AsRawHandle, FromRawHandle};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use windows_sys::Win32::Foundation::STATUS_CONTROL_C_EXIT;
use windows_sys::Win32::Storage::FileSystem::{
    FILE_ATTRIBUTE_DIRECTORY, FILE_ATTRIBUTE_REPARSE_POINT, FILE_FLAG_BACKUP_SEMANTICS,
    FILE_FLAG_OPEN_REPARSE_POINT,
};
use windows_sys::Win32::System::Console::{CTRL_BREAK_EVENT, CTRL_C_EVENT, SetConsoleCtrlHandler};
use windows_sys::Win32::System::Threading::ExitProcess;
use windows_sys::core::BOOL;

use super::windows_at;
use super::{DirId, Kind, Meta, PseudoFs};

/// An open folder: its handle (listed through, and what entries are
/// opened relative to under `--delete` or `--no-follow`) and its path
/// (for the lookups `std::fs` makes by path).
#[derive(Debug)]
pub struct Dir {
    path: PathBuf,
    file: File,
}

impl Dir {
    /// Another handle on the same folder.
    pub fn try_clone(&self) -> io::Result<Dir> {
        Ok(Dir {
            path: self.path.clone(),
            file: self.file.try_clone()?,
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

/// This machine's name, for `file://HOST/…` links: left empty on Windows,
/// where `file:///C:/…` names a local file.
pub fn hostname() -> Vec<u8> {
    Vec::new()
}

/// Turns on the console's ANSI colour codes (a no-op where they are
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

/// `dir` itself: a folder handle here keeps no listing state worth
/// freeing early.
pub fn path_handle(dir: Dir) -> Dir {
    dir
}

/// Opens the folder `name` inside `parent` for listing.
pub fn open_dir_at(parent: &Dir, name: &[u8]) -> io::Result<Dir> {
    open_subdir(parent, name, true)
}

/// Opens the subfolder `name` of `parent` for listing. With `follow`, by
/// path, links followed; else relative to `parent`'s handle, and a reparse
/// point (symlink, junction, any other) is refused, never followed.
pub fn open_subdir(parent: &Dir, name: &[u8], follow: bool) -> io::Result<Dir> {
    let path = parent.path.join(path_of(name));
    if follow {
        return open_dir_path(path, FILE_FLAG_BACKUP_SEMANTICS);
    }
    let file = windows_at::open_dir_at(&parent.file, &wide(name))?;
    refuse_reparse_point(Dir { path, file })
}

/// Opens a folder for listing (links followed).
pub fn open_dir(path: &[u8]) -> io::Result<Dir> {
    open_dir_path(path_of(path).to_path_buf(), FILE_FLAG_BACKUP_SEMANTICS)
}

/// Opens a search root for `--delete` like [`open_dir`], except that a
/// reparse point (symlink, junction) typed as the root is not followed:
/// the open fails. With a trailing separator the path names the folder a
/// link points to, and that folder is opened, as on Unix.
pub fn open_root_nofollow(path: &[u8]) -> io::Result<Dir> {
    if ends_with_separator(path) {
        return open_dir(path);
    }
    if is_symlink_path(path) {
        return Err(reparse_point());
    }
    let flags = FILE_FLAG_BACKUP_SEMANTICS | FILE_FLAG_OPEN_REPARSE_POINT;
    refuse_reparse_point(open_dir_path(path_of(path).to_path_buf(), flags)?)
}

/// Whether `path` itself, not what it points to, is a reparse point
/// (symlink, junction, any other), as its folder lists it: Wine shows a
/// Unix symlink as a reparse point there only, not through a handle.
pub fn is_symlink_path(path: &[u8]) -> bool {
    let path = path_of(path);
    let (Some(parent), Some(name)) = (path.parent(), path.file_name()) else {
        return false;
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return false;
    };
    let name = os_bytes(name);
    entries.flatten().any(|entry| {
        os_bytes(&entry.file_name()).eq_ignore_ascii_case(name)
            && entry
                .metadata()
                .is_ok_and(|meta| meta.file_attributes() & FILE_ATTRIBUTE_REPARSE_POINT != 0)
    })
}

/// The identities of the folders above `dir`, nearest first, up to the
/// root of its volume: those of its real path (links and junctions
/// resolved). The list ends early where a parent cannot be opened.
pub fn ancestors(dir: &Dir) -> io::Result<Vec<DirId>> {
    let real = std::fs::canonicalize(&dir.path)?;
    Ok(real
        .ancestors()
        .skip(1)
        .map_while(|up| open_dir_path(up.to_path_buf(), FILE_FLAG_BACKUP_SEMANTICS).ok())
        .filter_map(|up| identity(&up).ok())
        .collect())
}

/// Opens the folder at `path` for listing with the `flags` of
/// `CreateFileW`; fails unless it is a folder.
fn open_dir_path(path: PathBuf, flags: u32) -> io::Result<Dir> {
    let file = std::fs::OpenOptions::new()
        .access_mode(windows_at::LIST_ACCESS)
        .custom_flags(flags)
        .open(&path)?;
    let dir = Dir { path, file };
    if attributes(&dir)? & FILE_ATTRIBUTE_DIRECTORY == 0 {
        return Err(io::Error::from(io::ErrorKind::NotADirectory));
    }
    Ok(dir)
}

/// Fails when `dir` is a reparse point (opened itself, not followed).
fn refuse_reparse_point(dir: Dir) -> io::Result<Dir> {
    if attributes(&dir)? & FILE_ATTRIBUTE_REPARSE_POINT != 0 {
        return Err(reparse_point());
    }
    Ok(dir)
}

/// Why a reparse point is not entered.
fn reparse_point() -> io::Error {
    io::Error::new(
        io::ErrorKind::NotADirectory,
        "a symlink or junction (reparse point), not followed",
    )
}

/// The attributes of an open file or folder.
fn attributes(dir: &Dir) -> io::Result<u32> {
    Ok(winapi_util::file::information(&dir.file)?.file_attributes() as u32)
}

/// A name's bytes (see [`os_str`]) as UTF-16.
fn wide(name: &[u8]) -> Vec<u16> {
    os_str(name).encode_wide().collect()
}

/// Removes the entry `name` of `dir`, opened relative to `dir`'s handle
/// without following a reparse point (a link or junction is removed
/// itself); unless `folders_too`, a folder (not a reparse point) is left
/// alone and `Ok(true)` returned, for later. A folder goes only when
/// empty; a read-only file goes, as on Unix. An entry listed as a link
/// (`listed_link`) that the handle shows as no reparse point is left: the
/// system opened what it points to (Wine does so with a Unix symlink,
/// whose deletion would remove the target).
pub fn remove_at(dir: &Dir, name: &[u8], folders_too: bool, listed_link: bool) -> io::Result<bool> {
    let entry = windows_at::open_for_delete(&dir.file, &wide(name))?;
    let attributes = winapi_util::file::information(&entry)?.file_attributes() as u32;
    let reparse_point = attributes & FILE_ATTRIBUTE_REPARSE_POINT != 0;
    if listed_link && !reparse_point {
        return Err(io::Error::other(
            "a link the system opens as what it points to, not as itself (as Wine does a Unix symlink): not deleted",
        ));
    }
    let is_folder = attributes & FILE_ATTRIBUTE_DIRECTORY != 0 && !reparse_point;
    if is_folder && !folders_too {
        return Ok(true);
    }
    windows_at::mark_deleted(&entry)?;
    Ok(false)
}

/// Whether `path` is a folder (following links); the error says why it
/// cannot be told.
pub fn is_dir_path(path: &[u8]) -> io::Result<bool> {
    Ok(std::fs::metadata(path_of(path))?.is_dir())
}

/// The identity of `dir`: volume serial number and file index.
pub fn identity(dir: &Dir) -> io::Result<DirId> {
    let info = winapi_util::file::information(&dir.file)?;
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
/// `dir`, until `f` breaks; read through its handle.
pub fn list(
    dir: &Dir,
    mut f: impl FnMut(&[u8], Option<Kind>) -> ControlFlow<()>,
) -> io::Result<()> {
    windows_at::list(&dir.file, |name, attributes, tag| {
        let name = OsString::from_wide(name);
        f(os_bytes(&name), Some(listed_kind(attributes, tag)))
    })
}

/// The [`Kind`] of a listed entry, as `std::fs` tells it: a reparse point
/// whose tag names another place (symlink, junction) is a symlink. So is
/// one without a tag, which Windows never lists but Wine lists for a Unix
/// symlink.
fn listed_kind(attributes: u32, tag: u32) -> Kind {
    const NAME_SURROGATE: u32 = 0x2000_0000;
    if attributes & FILE_ATTRIBUTE_REPARSE_POINT != 0 && (tag & NAME_SURROGATE != 0 || tag == 0) {
        Kind::Symlink { to_dir: false }
    } else if attributes & FILE_ATTRIBUTE_DIRECTORY != 0 {
        Kind::Dir
    } else {
        Kind::File
    }
}

/// No limit on open folders that matters: a Windows process may hold
/// millions of handles.
pub fn open_file_limit() -> usize {
    usize::MAX
}

/// Never: a Windows process does not run out of handles as Unix runs out
/// of descriptors.
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
