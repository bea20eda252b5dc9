//! Linux only: the parent-death signal, procfs and sysfs, `O_PATH`.

use std::io;
use std::os::fd::AsFd;
use std::os::unix::process::CommandExt;
use std::process::Command;

use rustix::fs::OFlags;

use super::PseudoFs;

/// `statfs` magic of sysfs (`/sys`).
const SYSFS_MAGIC: rustix::fs::FsWord = 0x6265_6572;

/// The flags the pieces of a long path are opened with: `O_PATH`, which
/// needs only search permission.
pub(super) const STEP_FLAGS: OFlags = OFlags::PATH.union(OFlags::DIRECTORY).union(OFlags::CLOEXEC);

/// Makes the child started by `command` receive SIGTERM if ffind dies
/// first, so that no action outlives an interrupted ffind.
pub fn dies_with_parent(command: &mut Command) -> &mut Command {
    // SAFETY: the hook only makes the prctl(2) system call, which is
    // async-signal-safe, and allocates nothing.
    unsafe {
        command.pre_exec(|| {
            rustix::process::set_parent_process_death_signal(Some(rustix::process::Signal::TERM))
                .map_err(io::Error::from)
        })
    }
}

/// The processes descended from `pid` (its children, theirs, and so on),
/// found through procfs: each process's parent is in `/proc/PID/stat`.
pub fn descendants(pid: i32) -> Vec<i32> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    let parents: Vec<(i32, i32)> = entries
        .flatten()
        .filter_map(|entry| {
            let child: i32 = entry.file_name().to_str()?.parse().ok()?;
            let stat = std::fs::read_to_string(entry.path().join("stat")).ok()?;
            // `PID (NAME) STATE PPID …`, where NAME may hold anything.
            let (_, after_name) = stat.rsplit_once(')')?;
            let parent = after_name.split_whitespace().nth(1)?.parse().ok()?;
            Some((child, parent))
        })
        .collect();
    let mut found = Vec::new();
    let mut below = vec![pid];
    while let Some(parent) = below.pop() {
        for &(child, _) in parents.iter().filter(|(_, p)| *p == parent) {
            found.push(child);
            below.push(child);
        }
    }
    found
}

/// Which kind of file system the open folder `fd` is on.
pub fn pseudo_fs(fd: impl AsFd) -> PseudoFs {
    match rustix::fs::fstatfs(fd) {
        Ok(st) if st.f_type == rustix::fs::PROC_SUPER_MAGIC => PseudoFs::Proc,
        Ok(st) if st.f_type == SYSFS_MAGIC => PseudoFs::Sys,
        _ => PseudoFs::No,
    }
}

/// How many blocks the calling thread has read from storage so far
/// (`getrusage(RUSAGE_THREAD)`'s `ru_inblock`): it grows only when a read
/// missed the page cache and waited for the disk.
pub fn blocks_read() -> Option<u64> {
    let mut usage = std::mem::MaybeUninit::<libc::rusage>::uninit();
    // SAFETY: `usage` is a valid place for the kernel to write a `rusage`,
    // read only after the call succeeded.
    let usage = unsafe {
        if libc::getrusage(libc::RUSAGE_THREAD, usage.as_mut_ptr()) != 0 {
            return None;
        }
        usage.assume_init()
    };
    u64::try_from(usage.ru_inblock).ok()
}

/// A handle on the folder `dir` is open on, only for opening what lies
/// beneath it (`O_PATH`), with `dir` itself closed: the folder's read
/// state (ext4's tree of its names) is freed now, by the thread that read
/// it, while its memory is in that core's cache, rather than by whichever
/// thread closes the handle last. `dir` itself when no new handle can be
/// made (out of descriptors, say).
pub fn path_handle(dir: super::Dir) -> super::Dir {
    rustix::fs::openat(&dir, ".", STEP_FLAGS, rustix::fs::Mode::empty()).unwrap_or(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_path_handle_opens_subfolders_and_reads_nothing_itself() {
        let tmp = tempfile::tempdir().unwrap();
        std::fs::create_dir_all(tmp.path().join("sub/deeper")).unwrap();
        let dir = crate::sys::open_dir(crate::sys::os_bytes(tmp.path().as_os_str())).unwrap();
        let handle = path_handle(dir);
        let flags = rustix::fs::fcntl_getfl(&handle).unwrap();
        assert!(flags.contains(OFlags::PATH), "{flags:?}");
        let sub = crate::sys::open_subdir(&handle, b"sub", false).unwrap();
        let mut names = Vec::new();
        crate::sys::list(&sub, |name, _| {
            names.push(name.to_vec());
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(names, [b"deeper".to_vec()]);
        assert!(crate::sys::list(&handle, |_, _| std::ops::ControlFlow::Continue(())).is_err());
    }
}
