//! Platform and signal glue: everything that talks to the operating system
//! beyond reading folders, in one place.
//!
//! - which thread handles Ctrl-C ([`with_sigint_blocked`] in the walk's
//!   workers, [`on_interrupt`] on the thread that writes the output);
//! - children that must not outlive ffind ([`dies_with_parent`]);
//! - file systems whose symlinks must not be followed ([`pseudo_fs`]);
//! - names as raw bytes ([`os_str`]).

use std::ffi::OsStr;
use std::io;
use std::os::fd::AsFd;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::process::Command;

/// `statfs` magic of sysfs (`/sys`).
const SYSFS_MAGIC: rustix::fs::FsWord = 0x6265_6572;

/// A name or path's raw bytes as an `OsStr`.
pub fn os_str(bytes: &[u8]) -> &OsStr {
    OsStr::from_bytes(bytes)
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

/// Makes Ctrl-C (SIGINT) write `last_words` to standard output, then end
/// ffind by SIGINT itself (the default handler restored and the signal
/// raised again), so that a parent shell sees a death by signal and stops
/// a loop around ffind. Call it on the thread that writes the output,
/// before any other thread starts: the walk blocks the signal in its
/// workers ([`with_sigint_blocked`]), so the handler runs on that thread.
pub fn on_interrupt(last_words: Vec<u8>) -> io::Result<()> {
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

/// A file system whose symlinks lead back into the whole file system or
/// into each other, so that following them multiplies routes without end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PseudoFs {
    /// An ordinary file system.
    No,
    /// procfs (`/proc`): `/proc/*/cwd`, `/proc/*/root`, `/proc/*/fd/*`.
    Proc,
    /// sysfs (`/sys`): the cross links between devices, classes, drivers.
    Sys,
}

/// Which kind of file system the open folder `fd` is on.
pub fn pseudo_fs(fd: impl AsFd) -> PseudoFs {
    match rustix::fs::fstatfs(fd) {
        Ok(st) if st.f_type == rustix::fs::PROC_SUPER_MAGIC => PseudoFs::Proc,
        Ok(st) if st.f_type == SYSFS_MAGIC => PseudoFs::Sys,
        _ => PseudoFs::No,
    }
}
