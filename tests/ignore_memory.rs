//! A hostile `.gitignore` costs seconds, never gigabytes: the peak memory
//! (the child's own `ru_maxrss`, from `wait4`) of `ffind --gitignore` on a
//! 16 MiB `.gitignore` of short globs stays far below a gigabyte (before the
//! memory cap it was 6.8 GB). The child runs under a 2 GiB address-space
//! limit, so that a broken build fails the test instead of the machine.
#![cfg(target_os = "linux")]

use std::io::Read;
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The most resident memory the search may take (KiB).
const MAX_RSS_KIB: i64 = 256 << 10;

#[test]
// The child is reaped by `wait4`, which gives its own peak memory.
#[allow(clippy::zombie_processes)]
fn a_huge_gitignore_is_refused_within_bounded_memory() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("r");
    std::fs::create_dir_all(root.join(".git")).unwrap();
    std::fs::write(root.join("a.log"), "").unwrap();
    let mut rules = String::new();
    let mut i = 0u64;
    while rules.len() < (16 << 20) - 16 {
        rules.push_str(&format!("{i:x}*\n"));
        i += 1;
    }
    std::fs::write(root.join(".gitignore"), rules).unwrap();

    let mut command = Command::new(env!("CARGO_BIN_EXE_ffind"));
    command
        .arg("--gitignore")
        .arg(&root)
        .arg("a.log")
        .env("HOME", dir.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    // SAFETY: only setrlimit, async-signal-safe, between fork and exec.
    unsafe {
        command.pre_exec(|| {
            let limit = libc::rlimit {
                rlim_cur: 2 << 30,
                rlim_max: 2 << 30,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let started = Instant::now();
    let mut child = command.spawn().unwrap();
    let (mut out, mut err) = (String::new(), String::new());
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: waits for our own child, with valid pointers.
    assert_eq!(unsafe { libc::wait4(pid, &mut status, 0, &mut usage) }, pid);
    let elapsed = started.elapsed();

    assert!(libc::WIFEXITED(status), "ffind died: {status:#x}, {err}");
    assert_eq!(libc::WEXITSTATUS(status), 1, "stderr: {err}");
    assert!(
        err.contains(".gitignore: ignore rules over the 128 MiB memory cap, skipped"),
        "stderr: {err}"
    );
    assert!(out.ends_with("/r/a.log\n"), "stdout: {out}");
    assert!(
        usage.ru_maxrss < MAX_RSS_KIB,
        "peak RSS {} KiB, more than {MAX_RSS_KIB} KiB",
        usage.ru_maxrss
    );
    assert!(elapsed < Duration::from_secs(60), "took {elapsed:?}");
}
