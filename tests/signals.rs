//! Signals, pipes and exit statuses, which transcripts cannot drive or
//! see: Ctrl-C while colouring (death by SIGINT, seen by a parent shell), a
//! reader that goes away, --exec children when ffind is killed, and the
//! status and message of a failed write.
#![cfg(unix)]

use std::io::Read;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use assert_cmd::assert::OutputAssertExt;
use assert_cmd::cargo::cargo_bin;
use predicates::prelude::*;

/// A tree with `dirs` folders of 50 files each.
fn tree(dirs: usize) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    for d in 0..dirs {
        let dir = tmp.path().join(format!("dir{d:04}"));
        std::fs::create_dir(&dir).unwrap();
        for f in 0..50 {
            std::fs::File::create(dir.join(format!("file{f:02}.txt"))).unwrap();
        }
    }
    tmp
}

fn send(pid: u32, signal: rustix::process::Signal) {
    let pid = rustix::process::Pid::from_raw(pid as i32).unwrap();
    rustix::process::kill_process(pid, signal).unwrap();
}

#[test]
fn ctrl_c_while_colouring_resets_the_colour_and_dies_by_sigint() {
    let tmp = tree(200);
    let mut child = Command::new(cargo_bin("ffind"))
        .args(["--color=always", "-j1"])
        .arg(tmp.path())
        .arg("file")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    // Read a little, then stop reading: ffind blocks on the full pipe,
    // somewhere inside its output, and gets Ctrl-C there.
    let mut first = vec![0u8; 1000];
    out.read_exact(&mut first).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    send(child.id(), rustix::process::Signal::INT);
    let mut rest = Vec::new();
    out.read_to_end(&mut rest).unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
    first.extend_from_slice(&rest);
    assert!(
        first.ends_with(b"\x1b[0m"),
        "output must end with the reset: {:?}",
        String::from_utf8_lossy(&first[first.len().saturating_sub(40)..])
    );
}

#[test]
fn ctrl_c_stops_a_shell_loop_around_ffind() {
    let tmp = tree(200);
    // The loop runs ffind three times, saying so after each run; Ctrl-C
    // reaches the whole process group, as from a terminal.
    let mut shell = Command::new("bash")
        .arg("-c")
        .arg(r#"for i in 1 2 3; do "$0" --color=always -j1 "$1" file; echo "after $i" >&2; done"#)
        .arg(cargo_bin("ffind"))
        .arg(tmp.path())
        .process_group(0)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = shell.stdout.take().unwrap();
    let mut first = vec![0u8; 1000];
    out.read_exact(&mut first).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let group = rustix::process::Pid::from_raw(shell.id() as i32).unwrap();
    rustix::process::kill_process_group(group, rustix::process::Signal::INT).unwrap();
    let mut rest = Vec::new();
    out.read_to_end(&mut rest).unwrap();
    let output = shell.wait_with_output().unwrap();
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(!said.contains("after"), "the loop went on: {said}");
    assert_eq!(
        output.status.signal(),
        Some(libc::SIGINT),
        "{:?}",
        output.status
    );
}

#[test]
fn a_failed_write_says_what_failed_and_exits_1() {
    let tmp = tree(1);
    Command::new(cargo_bin("ffind"))
        .arg(tmp.path())
        .arg("file")
        .stdout(std::fs::File::create("/dev/full").unwrap())
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::eq(
            "ffind: writing results: No space left on device\n",
        ));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let tmp = tree(100);
    let mut child = Command::new(cargo_bin("ffind"))
        .arg(tmp.path())
        .arg("")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut first = [0u8; 10];
    out.read_exact(&mut first).unwrap();
    drop(out);
    child
        .wait_with_output()
        .unwrap()
        .assert()
        .success()
        .stderr(predicate::str::is_empty());
}

fn alive(pid: i32) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
        && !std::fs::read_to_string(format!("/proc/{pid}/stat"))
            .is_ok_and(|stat| stat.split(' ').nth(2) == Some("Z"))
}

#[test]
fn exec_children_die_with_ffind() {
    let tmp = tree(1);
    let pid_file = tmp.path().join("child.pid");
    let mut child = Command::new(cargo_bin("ffind"))
        .arg("--exec")
        .arg(format!(
            "echo $$ > {}; exec sleep 60; : {{}}",
            pid_file.display()
        ))
        .arg(tmp.path())
        .arg("file00")
        .spawn()
        .unwrap();
    let started = Instant::now();
    let grandchild: i32 = loop {
        if let Ok(text) = std::fs::read_to_string(&pid_file)
            && let Ok(pid) = text.trim().parse()
        {
            break pid;
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the command never started"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(alive(grandchild));
    send(child.id(), rustix::process::Signal::KILL);
    child.wait().unwrap();
    let killed = Instant::now();
    while alive(grandchild) {
        assert!(
            killed.elapsed() < Duration::from_secs(10),
            "the --exec child outlived ffind"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
