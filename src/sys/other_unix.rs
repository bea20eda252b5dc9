//! Unixes other than Linux (macOS, the BSDs): no parent-death signal, no
//! procfs/sysfs special case, no `O_PATH`.

use std::os::fd::AsFd;
use std::process::Command;

use rustix::fs::OFlags;

use super::PseudoFs;

/// The flags the pieces of a long path are opened with: without `O_PATH`,
/// a plain read-only open, which needs read permission on each piece.
pub(super) const STEP_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC);

/// Leaves `command` as it is: there is no parent-death signal here. An
/// action started by ffind still ends with it on Ctrl-C in a terminal (the
/// whole foreground process group receives SIGINT), but may outlive ffind
/// if ffind alone is killed.
pub fn dies_with_parent(command: &mut Command) -> &mut Command {
    command
}

/// Unknown here (no procfs): the processes descended from a process are
/// not told, so signals reach an action's shell alone.
pub fn descendants(_pid: i32) -> Vec<i32> {
    Vec::new()
}

/// Always [`PseudoFs::No`]: procfs and sysfs, whose symlinks loop, are
/// special cases of Linux only.
pub fn pseudo_fs(_fd: impl AsFd) -> PseudoFs {
    PseudoFs::No
}

/// Unknown here: a cold cache is told by slow reads alone.
pub fn blocks_read() -> Option<u64> {
    None
}

/// `dir` itself: there is no `O_PATH` here, and a second handle opened for
/// reading would keep no less state.
pub fn path_handle(dir: super::Dir) -> super::Dir {
    dir
}
