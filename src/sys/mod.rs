//! Platform and signal glue: everything that talks to the operating system,
//! behind one small interface, a file per family.
//!
//! - folders ([`Dir`]): open one by path ([`open_dir`]) or relative to its
//!   parent's handle ([`open_subdir`], [`open_dir_at`]), list its entries
//!   with their [`Kind`] ([`list`]), stat an entry ([`stat_at`]), tell a
//!   folder's identity ([`identity`], for loop detection);
//! - which thread handles Ctrl-C ([`with_sigint_blocked`] in the walk's
//!   workers, [`on_interrupt`] on the thread that writes the output);
//! - children that must not outlive ffind ([`dies_with_parent`], Unix),
//!   and signals sent to ffind passed on to the action running
//!   ([`run_action`], `forward.rs`);
//! - file systems whose symlinks must not be followed ([`pseudo_fs`]);
//! - whether a thread's reads waited for the disk ([`blocks_read`], Linux);
//! - names as raw bytes ([`os_str`], [`os_bytes`], [`os_string`]).
//!
//! The families: `unix.rs` (every Unix: opening, stat, signals);
//! `linux.rs` (procfs/sysfs, the parent-death signal, `O_PATH`) or
//! `other_unix.rs` (macOS, the BSDs); the folder lister, `getdents.rs`
//! (Linux: `getdents64` into a buffer) or `portable.rs` (rustix's `Dir`:
//! macOS, the BSDs, and Linux with the `portable-reader` feature);
//! `windows.rs` (folders as handles, lookups with `std::fs` by path,
//! identity by volume serial and file index, Ctrl-C through a console
//! control handler) with `windows_at.rs` (its unsafe calls: opening and
//! removing relative to a folder's handle, listing through it).
//!
//! Not behind it, and only these (besides `std::fs` and `std::process` by
//! path): `output/delete_unix.rs` calls rustix's `openat`, `fstat`,
//! `statat` and `unlinkat` on the walk's folder handles (the removals and
//! their identity checks; on Windows the deleter uses `remove_at` and
//! `open_subdir` here); `output/exec_unix.rs` asks `sysconf(_SC_ARG_MAX)`
//! (libc); `output/bridge_unix.rs` and `output/python.rs` (its tests) clear
//! close-on-exec with rustix's `fcntl_setfd`; `output/bridge_windows.rs`
//! marks a pipe inheritable with `SetHandleInformation` (windows-sys).

#[cfg(unix)]
mod unix;
#[cfg(unix)]
pub use unix::*;

#[cfg(all(unix, feature = "cli"))]
mod forward;
#[cfg(all(unix, feature = "cli"))]
pub use forward::run_action;

#[cfg(target_os = "linux")]
mod linux;
#[cfg(target_os = "linux")]
pub use linux::*;

#[cfg(all(unix, not(target_os = "linux")))]
mod other_unix;
#[cfg(all(unix, not(target_os = "linux")))]
pub use other_unix::*;

#[cfg(all(target_os = "linux", not(feature = "portable-reader")))]
mod getdents;
#[cfg(all(target_os = "linux", not(feature = "portable-reader")))]
pub use getdents::list;

#[cfg(all(unix, any(not(target_os = "linux"), feature = "portable-reader")))]
mod portable;
#[cfg(all(unix, any(not(target_os = "linux"), feature = "portable-reader")))]
pub use portable::list;

#[cfg(windows)]
mod windows;
#[cfg(windows)]
pub use windows::*;
#[cfg(windows)]
mod windows_at;

/// What a folder entry is: the one kind type of the walk, its filters and
/// its outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// A regular file.
    File,
    /// A folder.
    Dir,
    /// A symbolic link; `to_dir` when it is known to lead (eventually) to a
    /// folder. As listed ([`list`]) and as [`stat_at`] tells it without
    /// following, a link's target is not looked at: `to_dir` is false.
    Symlink {
        /// The link leads to a folder.
        to_dir: bool,
    },
    /// Anything else: device, socket, pipe, or an entry that vanished.
    Other,
}

impl Kind {
    /// A folder, or a symlink to one.
    pub fn is_dir(self) -> bool {
        matches!(self, Kind::Dir | Kind::Symlink { to_dir: true })
    }

    /// A symbolic link.
    pub fn is_link(self) -> bool {
        matches!(self, Kind::Symlink { .. })
    }

    /// A regular file (not a symlink to one).
    pub fn is_file(self) -> bool {
        self == Kind::File
    }
}

/// The identity of a folder: its device and inode numbers (on Windows, the
/// volume serial number and the file index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DirId {
    /// Device number (volume serial number).
    pub dev: u64,
    /// Inode number (file index).
    pub ino: u64,
}

/// A file system whose symlinks lead back into the whole file system or
/// into each other, so that following them multiplies routes without end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(target_os = "linux"), allow(dead_code))]
pub enum PseudoFs {
    /// An ordinary file system.
    No,
    /// procfs (`/proc`): `/proc/*/cwd`, `/proc/*/root`, `/proc/*/fd/*`.
    Proc,
    /// sysfs (`/sys`): the cross links between devices, classes, drivers.
    Sys,
}

/// An entry's metadata, as [`stat_at`] tells it: the one metadata type of
/// the walk, its filters and its outputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// Its kind (a symlink's `to_dir` is never looked at here).
    pub kind: Kind,
    /// What kind of [`Kind::Other`] it is, if any.
    pub special: Option<Special>,
    /// Whether any execute bit is set (Unix; false on Windows).
    pub executable: bool,
    /// Its size in bytes.
    pub size: u64,
    /// When its content was last modified, when the system says.
    pub modified: Option<std::time::SystemTime>,
    /// Its owning user and group ids (Unix; `None` on Windows).
    pub owner: Option<(u32, u32)>,
    /// Its permission bits, set-id and sticky bits included (`mode & 0o7777`;
    /// Unix; `None` on Windows).
    pub mode: Option<u32>,
    /// The device it is on (the volume serial number on Windows).
    pub dev: u64,
}

/// An entry that is neither a file, a folder nor a symlink.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(not(unix), allow(dead_code))]
pub enum Special {
    /// A Unix socket.
    Socket,
    /// A named pipe (FIFO).
    Fifo,
    /// A block device.
    BlockDevice,
    /// A character device.
    CharDevice,
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// The reader in use (getdents64, or the portable one with the
    /// `portable-reader` feature) gives every entry once, with its type and
    /// its name byte for byte, and nothing for `.` and `..`.
    #[test]
    fn lists_every_entry_with_its_type() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path();
        std::fs::write(root.join(os_str(b"caf\xff")), "").unwrap();
        std::fs::create_dir(root.join("sub")).unwrap();
        std::os::unix::fs::symlink("sub", root.join("link")).unwrap();
        let dir = open_dir(os_bytes(root.as_os_str())).unwrap();
        let mut seen = Vec::new();
        list(&dir, |name, kind| {
            seen.push((name.to_vec(), kind));
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
        seen.sort();
        let expected = [
            (b"caf\xff".to_vec(), Some(Kind::File)),
            (b"link".to_vec(), Some(Kind::Symlink { to_dir: false })),
            (b"sub".to_vec(), Some(Kind::Dir)),
        ];
        assert_eq!(seen, expected);
        let sub = open_subdir(&dir, b"sub", false).unwrap();
        assert!(open_subdir(&dir, b"link", false).is_err());
        assert_eq!(
            identity(&open_subdir(&dir, b"link", true).unwrap()).unwrap(),
            identity(&sub).unwrap()
        );
        assert_eq!(stat_at(&dir, b"link", true).unwrap().kind, Kind::Dir);
    }

    /// The reader stops as soon as its callback breaks.
    #[test]
    fn listing_stops_when_told() {
        let tmp = tempfile::tempdir().unwrap();
        for name in ["a", "b", "c"] {
            std::fs::write(tmp.path().join(name), "").unwrap();
        }
        let dir = open_dir(os_bytes(tmp.path().as_os_str())).unwrap();
        let mut seen = 0;
        list(&dir, |_, _| {
            seen += 1;
            std::ops::ControlFlow::Break(())
        })
        .unwrap();
        assert_eq!(seen, 1);
    }
}
