//! Every Unix: folders opened with `openat` relative to their parent's
//! handle (also past `PATH_MAX`), `fstatat`, identity by device and inode,
//! names as raw bytes, Ctrl-C on the output thread.

use std::ffi::{OsStr, OsString};
use std::io;
use std::os::fd::OwnedFd;
use std::os::unix::ffi::{OsStrExt, OsStringExt};

use rustix::fs::{AtFlags, CWD, FileType, Mode, OFlags};

use super::{DirId, Kind, Meta, Special};

/// An open folder.
pub type Dir = OwnedFd;

/// Paths at least this long are opened a piece at a time, so that trees
/// deeper than `PATH_MAX` (4096 bytes) can still be searched.
const LONG_PATH: usize = 4000;

/// The flags a folder is opened with for listing.
const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC);

/// The separator put between a folder's path and an entry's name.
pub const SEPARATOR: u8 = b'/';

/// Whether `path` already ends with a separator.
pub fn ends_with_separator(path: &[u8]) -> bool {
    path.ends_with(b"/")
}

/// Prepares the terminal for colour: nothing to do on Unix.
pub fn enable_colour() {}

/// This machine's name, for `file://HOST/…` links (empty when unknown).
pub fn hostname() -> Vec<u8> {
    nix::unistd::gethostname()
        .map(|name| name.into_vec())
        .unwrap_or_default()
}

/// A name or path's raw bytes as an `OsStr`.
pub fn os_str(bytes: &[u8]) -> &OsStr {
    OsStr::from_bytes(bytes)
}

/// An `OsStr`'s raw bytes.
pub fn os_bytes(s: &OsStr) -> &[u8] {
    s.as_bytes()
}

/// Raw bytes as an `OsString`.
pub fn os_string(bytes: Vec<u8>) -> OsString {
    OsString::from_vec(bytes)
}

/// Opens the folder `name` inside the open folder `parent` for listing.
pub fn open_dir_at(parent: &Dir, name: &[u8]) -> io::Result<Dir> {
    Ok(rustix::fs::openat(parent, name, DIR_FLAGS, Mode::empty())?)
}

/// Opens the subfolder `name` of `parent` for listing; unless `follow`, a
/// symlink is not followed (the open fails), so a folder swapped for a
/// symlink during the walk is not entered.
pub fn open_subdir(parent: &Dir, name: &[u8], follow: bool) -> io::Result<Dir> {
    let flags = if follow {
        DIR_FLAGS
    } else {
        DIR_FLAGS | OFlags::NOFOLLOW
    };
    Ok(rustix::fs::openat(parent, name, flags, Mode::empty())?)
}

/// Opens a folder for listing (a long path a piece at a time, see
/// [`open_path`]).
pub fn open_dir(path: &[u8]) -> io::Result<Dir> {
    open_path(path, DIR_FLAGS)
}

/// Opens a search root for `--delete` like [`open_dir`], except that a
/// symlink typed as its last component is not followed: the open fails
/// (with a trailing `/` the path names the folder the link points to, and
/// that folder is opened, as find and bfs do).
pub fn open_root_nofollow(path: &[u8]) -> io::Result<Dir> {
    open_path(path, DIR_FLAGS | OFlags::NOFOLLOW)
}

/// Whether `path` itself, not what it points to, is a symlink.
pub fn is_symlink_path(path: &[u8]) -> bool {
    rustix::fs::lstat(path).is_ok_and(|st| FileType::from_raw_mode(st.st_mode).is_symlink())
}

/// The identities of the folders above `dir`, nearest first, up to the
/// root of the file system: found through `..`, so they are its real
/// parents whatever the spelling of the path it was opened by. The list
/// ends early where a parent cannot be opened.
pub fn ancestors(dir: &Dir) -> io::Result<Vec<DirId>> {
    let mut found = Vec::new();
    let mut id = identity(dir)?;
    let mut up = rustix::fs::openat(dir, "..", super::STEP_FLAGS, Mode::empty());
    while let Ok(parent) = up {
        let parent_id = stat_id(&rustix::fs::fstat(&parent)?);
        if parent_id == id {
            break;
        }
        found.push(parent_id);
        id = parent_id;
        up = rustix::fs::openat(&parent, "..", super::STEP_FLAGS, Mode::empty());
    }
    Ok(found)
}

/// Opens the folder at `path` with `flags`, a piece at a time when the
/// path is [`LONG_PATH`] bytes or more (each piece relative to the
/// previous one, with [`super::STEP_FLAGS`]; `flags` apply to the last).
fn open_path(path: &[u8], flags: OFlags) -> io::Result<Dir> {
    if path.len() < LONG_PATH {
        return Ok(rustix::fs::open(path, flags, Mode::empty())?);
    }
    let mut base: Option<OwnedFd> = None;
    let mut rest = path;
    while rest.len() >= LONG_PATH {
        let cut = rest[..LONG_PATH]
            .iter()
            .rposition(|&b| b == b'/')
            .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidFilename))?;
        let head: &[u8] = if cut == 0 { b"/" } else { &rest[..cut] };
        let next = match &base {
            Some(fd) => rustix::fs::openat(fd, head, super::STEP_FLAGS, Mode::empty())?,
            None => rustix::fs::openat(CWD, head, super::STEP_FLAGS, Mode::empty())?,
        };
        base = Some(next);
        rest = &rest[cut + 1..];
        while let [b'/', tail @ ..] = rest {
            rest = tail;
        }
    }
    let rest: &[u8] = if rest.is_empty() { b"." } else { rest };
    Ok(match &base {
        Some(fd) => rustix::fs::openat(fd, rest, flags, Mode::empty())?,
        None => rustix::fs::openat(CWD, rest, flags, Mode::empty())?,
    })
}

/// Whether `path` is a folder (following symlinks); the error says why it
/// cannot be told.
pub fn is_dir_path(path: &[u8]) -> io::Result<bool> {
    let st = rustix::fs::stat(path)?;
    Ok(FileType::from_raw_mode(st.st_mode).is_dir())
}

/// The identity of the open folder `dir`.
pub fn identity(dir: &Dir) -> io::Result<DirId> {
    Ok(stat_id(&rustix::fs::fstat(dir)?))
}

/// The device and inode numbers of a `stat` result.
// The field types differ by platform (`dev_t` is signed on macOS).
#[allow(clippy::unnecessary_cast)]
pub fn stat_id(st: &rustix::fs::Stat) -> DirId {
    DirId {
        dev: st.st_dev as u64,
        ino: st.st_ino as u64,
    }
}

/// The type, execute bits and size of the entry `name` of `dir`; with
/// `follow`, of what a symlink points at.
pub fn stat_at(dir: &Dir, name: &[u8], follow: bool) -> io::Result<Meta> {
    let flags = if follow {
        AtFlags::empty()
    } else {
        AtFlags::SYMLINK_NOFOLLOW
    };
    let st = rustix::fs::statat(dir, name, flags)?;
    Ok(meta(&st))
}

/// What a `stat` result says, as [`Meta`].
// The field types differ by platform.
#[allow(clippy::unnecessary_cast)]
fn meta(st: &rustix::fs::Stat) -> Meta {
    let file_type = FileType::from_raw_mode(st.st_mode);
    let seconds = st.st_mtime as i64;
    let since_epoch = std::time::Duration::new(seconds.unsigned_abs(), st.st_mtime_nsec as u32);
    let modified = if seconds >= 0 {
        std::time::SystemTime::UNIX_EPOCH.checked_add(since_epoch)
    } else {
        std::time::SystemTime::UNIX_EPOCH.checked_sub(since_epoch)
    };
    Meta {
        kind: entry_type(file_type).unwrap_or(Kind::Other),
        special: match file_type {
            FileType::Socket => Some(Special::Socket),
            FileType::Fifo => Some(Special::Fifo),
            FileType::BlockDevice => Some(Special::BlockDevice),
            FileType::CharacterDevice => Some(Special::CharDevice),
            _ => None,
        },
        executable: st.st_mode & 0o111 != 0,
        size: u64::try_from(st.st_size).unwrap_or(0),
        modified,
        owner: Some((st.st_uid as u32, st.st_gid as u32)),
        mode: Some(st.st_mode as u32 & 0o7777),
        dev: st.st_dev as u64,
    }
}

/// Opens the file `name` of `dir` (a path relative to it, symlinks
/// followed) for reading without blocking (a FIFO must not hang the walk)
/// and gives its type and size; `None` when there is no such file.
pub fn open_file_at(dir: &Dir, name: &str) -> io::Result<Option<(std::fs::File, Meta)>> {
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(rustix::io::Errno::NOENT | rustix::io::Errno::NOTDIR) => return Ok(None),
        Err(err) => return Err(err.into()),
    };
    let meta = meta(&rustix::fs::fstat(&fd)?);
    Ok(Some((std::fs::File::from(fd), meta)))
}

/// Whether the entry `name` of `dir` exists (following symlinks).
pub fn exists_at(dir: &Dir, name: &str) -> bool {
    rustix::fs::statat(dir, name, AtFlags::empty()).is_ok()
}

/// The [`Kind`] of a rustix file type; `None` when it is not known.
pub(super) fn entry_type(ft: FileType) -> Option<Kind> {
    match ft {
        FileType::Directory => Some(Kind::Dir),
        FileType::RegularFile => Some(Kind::File),
        FileType::Symlink => Some(Kind::Symlink { to_dir: false }),
        FileType::Unknown => None,
        _ => Some(Kind::Other),
    }
}

/// The open-file limit of the process (`RLIMIT_NOFILE`), `usize::MAX`
/// when unlimited.
pub fn open_file_limit() -> usize {
    rustix::process::getrlimit(rustix::process::Resource::Nofile)
        .current
        .map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX))
}

/// Whether an error says the process or the system has no descriptor left
/// (`EMFILE`, `ENFILE`).
pub fn out_of_descriptors(err: &io::Error) -> bool {
    matches!(
        err.raw_os_error(),
        Some(code) if code == rustix::io::Errno::MFILE.raw_os_error()
            || code == rustix::io::Errno::NFILE.raw_os_error()
    )
}

/// Runs `f` with SIGINT blocked on this thread, so that the threads it
/// starts inherit the block and the signal is always handled by the thread
/// that writes the output (see [`on_interrupt`]).
pub fn with_sigint_blocked<T>(f: impl FnOnce() -> T) -> T {
    // SAFETY: plain signal-mask calls on this thread, with valid pointers.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, &mut old);
        let result = f();
        libc::pthread_sigmask(libc::SIG_SETMASK, &old, std::ptr::null_mut());
        result
    }
}

/// Whether `signal` is ignored, as ffind found it: `nohup` ignores
/// SIGHUP, and a shell without job control ignores SIGINT for a command it
/// runs in the background. ffind leaves such a signal ignored rather than
/// catch it, so that it still cannot end ffind.
#[cfg(feature = "cli")]
pub fn is_ignored(signal: i32) -> bool {
    // SAFETY: a null new action only reads the disposition into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(signal, std::ptr::null(), &mut old) == 0
            && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Makes Ctrl-C (SIGINT) write `last_words` to standard output, then end
/// ffind by SIGINT itself (the default handler restored and the signal
/// raised again), so that a parent shell sees a death by signal and stops
/// a loop around ffind. Call it on the thread that writes the output,
/// before any other thread starts: the walk blocks the signal in its
/// workers ([`with_sigint_blocked`]), so the handler runs on that thread.
/// Does nothing while SIGINT is ignored ([`is_ignored`]).
#[cfg(feature = "cli")]
pub fn on_interrupt(last_words: Vec<u8>) -> io::Result<()> {
    if is_ignored(libc::SIGINT) {
        return Ok(());
    }
    let handler = move || {
        let _ = rustix::io::write(rustix::stdio::stdout(), &last_words);
        let _ = signal_hook::low_level::emulate_default_handler(signal_hook::consts::SIGINT);
    };
    // SAFETY: the handler only calls write(2), then sigaction(2),
    // sigprocmask(2), raise(3) and at worst abort(3), all async-signal-safe,
    // and allocates nothing.
    unsafe { signal_hook::low_level::register(signal_hook::consts::SIGINT, handler) }?;
    Ok(())
}

/// The name of the user `uid`, when the system knows one.
pub fn user_name(uid: u32) -> Option<Vec<u8>> {
    let user = nix::unistd::User::from_uid(nix::unistd::Uid::from_raw(uid));
    user.ok().flatten().map(|user| user.name.into_bytes())
}

/// The name of the group `gid`, when the system knows one.
pub fn group_name(gid: u32) -> Option<Vec<u8>> {
    let group = nix::unistd::Group::from_gid(nix::unistd::Gid::from_raw(gid));
    group.ok().flatten().map(|group| group.name.into_bytes())
}
