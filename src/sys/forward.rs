//! Actions end with ffind (every Unix): SIGTERM and SIGHUP sent to ffind
//! alone reach the command an action is running, not only the shell that
//! runs it.
//!
//! While an action's line runs, a thread of ffind's listens for SIGTERM,
//! SIGHUP and SIGINT, passes the signal on, says so, waits for the action
//! to end, and then ends ffind by that same signal; a signal that comes
//! between two actions ends ffind at once, as before.
//!
//! - Standard input not a terminal: the shell leads a process group of its
//!   own, and the signal goes to that group, so every command it started
//!   gets it. Ctrl-C, which the terminal sends to ffind's group only, is
//!   passed on the same way.
//! - Standard input a terminal: the shell stays in ffind's process group,
//!   so an interactive command (`-x 'vim {}'`) keeps the terminal and gets
//!   Ctrl-C from it as before. SIGTERM and SIGHUP go to the shell and to
//!   every process descended from it ([`super::descendants`]: found
//!   through procfs on Linux; elsewhere the shell alone).
//!
//! A signal that ffind found ignored ([`super::is_ignored`]: `nohup`'s
//! SIGHUP, a background job's SIGINT) stays ignored: it is not listened
//! for, not passed on, and does not end ffind.
//!
//! `kill -9` cannot be caught: then only the parent-death signal of Linux
//! ([`super::dies_with_parent`]) reaches the shell, and the commands it
//! started live on unless the shell had replaced itself by the command
//! (`exec`).

use std::io::{self, IsTerminal};
use std::os::unix::process::CommandExt;
use std::process::{Command, ExitStatus};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Mutex, MutexGuard};

use rustix::process::{Pid, Signal};
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};

/// The action's child while it runs.
#[derive(Debug, Clone, Copy)]
struct Running {
    /// The shell's process id.
    pid: i32,
    /// Whether it leads a process group of its own.
    own_group: bool,
}

/// The action's child while it runs; held while it is started and while a
/// signal is passed on, so that a signal never goes to a process reaped
/// already.
static RUNNING: Mutex<Option<Running>> = Mutex::new(None);

/// The signal passed on to the running action, which ends ffind once the
/// action has ended (0: none).
static RECEIVED: AtomicI32 = AtomicI32::new(0);

/// Whether the listening thread runs.
static LISTENING: Mutex<bool> = Mutex::new(false);

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// Runs `command`, an action's line, to its end: it ends with ffind
/// ([`super::dies_with_parent`]), and SIGTERM, SIGHUP (and SIGINT when
/// it has a process group of its own) sent to ffind are passed on to it
/// and every command it started; ffind then ends by that signal.
pub fn run_action(command: &mut Command) -> io::Result<ExitStatus> {
    listen()?;
    let own_group = !io::stdin().is_terminal();
    if own_group {
        command.process_group(0);
    }
    let mut child = {
        let mut running = lock(&RUNNING);
        let child = super::dies_with_parent(command).spawn()?;
        *running = Some(Running {
            pid: i32::try_from(child.id()).unwrap_or(i32::MAX),
            own_group,
        });
        child
    };
    wait_unreaped(child.id());
    *lock(&RUNNING) = None;
    let status = child.wait();
    let signal = RECEIVED.swap(0, Ordering::Relaxed);
    if signal != 0 {
        end_by(signal);
    }
    status
}

/// Waits until the child `pid` has ended, without reaping it: its process
/// id stays its own while a signal may still be passed on to it.
#[cfg(not(target_os = "openbsd"))]
fn wait_unreaped(pid: u32) {
    use rustix::process::{WaitId, WaitIdOptions};
    let Some(pid) = i32::try_from(pid).ok().and_then(Pid::from_raw) else {
        return;
    };
    let options = WaitIdOptions::EXITED | WaitIdOptions::NOWAIT;
    while let Err(rustix::io::Errno::INTR) = rustix::process::waitid(WaitId::Pid(pid), options) {}
}

/// OpenBSD has no `waitid`: the child is reaped by `wait` alone.
#[cfg(target_os = "openbsd")]
fn wait_unreaped(_pid: u32) {}

/// Starts the thread that passes signals on, once, for the signals that
/// are not ignored.
fn listen() -> io::Result<()> {
    let mut listening = lock(&LISTENING);
    if !*listening {
        let caught: Vec<i32> = [SIGTERM, SIGHUP, SIGINT]
            .into_iter()
            .filter(|&signal| !super::is_ignored(signal))
            .collect();
        if !caught.is_empty() {
            let mut signals = signal_hook::iterator::Signals::new(caught)?;
            std::thread::Builder::new()
                .name("ffind-signals".into())
                .spawn(move || {
                    for signal in signals.forever() {
                        on_signal(signal);
                    }
                })?;
        }
        *listening = true;
    }
    Ok(())
}

/// Passes `signal` on to the running action, or ends ffind when none runs.
fn on_signal(signal: i32) {
    let running = lock(&RUNNING);
    let Some(child) = *running else {
        end_by(signal);
        return;
    };
    // SIGINT in ffind's own group came from the terminal's Ctrl-C, which
    // reached the action too.
    if signal != SIGINT || child.own_group {
        pass_on(child, signal);
        let name = match signal {
            SIGTERM => "SIGTERM",
            SIGHUP => "SIGHUP",
            _ => "SIGINT",
        };
        let message = format!("{name}: passed on to the running command; ffind ends with it");
        crate::error::report(&message, false);
    }
    RECEIVED.store(signal, Ordering::Relaxed);
}

/// Sends `signal` to `child` and every command it started.
fn pass_on(child: Running, signal: i32) {
    let Some(signal) = Signal::from_named_raw(signal) else {
        return;
    };
    let Some(pid) = Pid::from_raw(child.pid) else {
        return;
    };
    if child.own_group {
        let _ = rustix::process::kill_process_group(pid, signal);
        return;
    }
    let below = super::descendants(child.pid);
    let _ = rustix::process::kill_process(pid, signal);
    for pid in below.into_iter().filter_map(Pid::from_raw) {
        let _ = rustix::process::kill_process(pid, signal);
    }
}

/// Ends ffind by `signal`, as its default action would have.
fn end_by(signal: i32) {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
}
