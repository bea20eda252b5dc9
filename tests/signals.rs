//! Signals, pipes and exit statuses, which transcripts cannot drive or
//! see: Ctrl-C while colouring (death by SIGINT, seen by a parent shell), a
//! reader that goes away, --exec children when ffind is killed, SIGTERM
//! and SIGHUP passed on to the command an action runs (with and without a
//! terminal), and the status and message of a failed write.
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

/// Starts `command` with `signal` at its default action (`ignored`:
/// ignored), whatever the test process inherited: a test run in the
/// background by a shell without job control inherits SIGINT ignored.
fn with_disposition(command: &mut Command, signal: i32, ignored: bool) -> &mut Command {
    let action = if ignored {
        libc::SIG_IGN
    } else {
        libc::SIG_DFL
    };
    // SAFETY: signal(2) is async-signal-safe, and allocates nothing.
    unsafe {
        command.pre_exec(move || {
            libc::signal(signal, action);
            Ok(())
        })
    }
}

fn send(pid: u32, signal: rustix::process::Signal) {
    let pid = rustix::process::Pid::from_raw(pid as i32).unwrap();
    rustix::process::kill_process(pid, signal).unwrap();
}

/// Runs a colouring `ffind -j1` over 10,000 matches with SIGINT ignored
/// or at its default, and sends it SIGINT once it is blocked on the full
/// pipe, somewhere inside its output (having read a little, the test stops
/// reading); then reads the rest. How it ended, and all it wrote.
fn interrupt_while_colouring(ignored: bool) -> (std::process::ExitStatus, Vec<u8>) {
    let tmp = tree(200);
    let mut child = with_disposition(&mut Command::new(cargo_bin("ffind")), libc::SIGINT, ignored)
        .args(["--color=always", "-j1"])
        .arg(tmp.path())
        .arg("file")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut out = child.stdout.take().unwrap();
    let mut written = vec![0u8; 1000];
    out.read_exact(&mut written).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    send(child.id(), rustix::process::Signal::INT);
    out.read_to_end(&mut written).unwrap();
    (child.wait().unwrap(), written)
}

#[test]
fn ctrl_c_while_colouring_resets_the_colour_and_dies_by_sigint() {
    let (status, written) = interrupt_while_colouring(false);
    assert_eq!(status.signal(), Some(libc::SIGINT), "{status:?}");
    assert!(
        written.ends_with(b"\x1b[0m"),
        "output must end with the reset: {:?}",
        String::from_utf8_lossy(&written[written.len().saturating_sub(40)..])
    );
}

#[test]
fn ctrl_c_stops_a_shell_loop_around_ffind() {
    let tmp = tree(200);
    // The loop runs ffind three times, saying so after each run; Ctrl-C
    // reaches the whole process group, as from a terminal.
    let mut shell = with_disposition(&mut Command::new("bash"), libc::SIGINT, false)
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

/// A command run in the background by a shell without job control finds
/// SIGINT ignored, so that Ctrl-C meant for the foreground leaves it
/// alone: ffind keeps it ignored even while colouring, and runs to its end.
#[test]
fn an_ignored_sigint_is_left_ignored() {
    let (status, written) = interrupt_while_colouring(true);
    assert!(status.success(), "{status:?}");
    let lines = written
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    assert_eq!(lines, 200 * 50, "every match printed");
}

/// Under `nohup` (SIGHUP ignored), a hang-up sent to ffind while an action
/// runs is neither passed on nor the end of ffind: the action finishes and
/// ffind exits 0.
#[test]
fn under_nohup_a_hangup_leaves_the_action_running() {
    let tmp = tree(1);
    let started = tmp.path().join("started");
    let ffind = with_disposition(&mut Command::new(cargo_bin("ffind")), libc::SIGHUP, true)
        .arg("--exec")
        .arg(format!(
            "touch {}; sleep 1; echo finished {{}}",
            started.display()
        ))
        .arg(tmp.path())
        .arg("file00")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let clock = Instant::now();
    while !started.exists() {
        assert!(clock.elapsed() < Duration::from_secs(20), "no action ran");
        std::thread::sleep(Duration::from_millis(20));
    }
    send(ffind.id(), rustix::process::Signal::HUP);
    let output = ffind.wait_with_output().unwrap();
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("finished"),
        "the action did not finish"
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

/// The process group of the process `pid`.
fn group_of(pid: i32) -> i32 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let (_, after_name) = stat.rsplit_once(')').unwrap();
    after_name
        .split_whitespace()
        .nth(2)
        .unwrap()
        .parse()
        .unwrap()
}

/// Runs an action whose shell starts `sleep` and waits for it (so the
/// sleep is the action's own child, not its shell), with `stdin` as
/// ffind's standard input; sends `signal` to ffind alone, and checks that
/// the sleep is gone soon after and that ffind ended by the same signal.
/// Gives whether the shell had ffind's process group.
fn action_ends_with_ffind(signal: rustix::process::Signal, stdin: Stdio) -> bool {
    let tmp = tree(1);
    let pids = tmp.path().join("pids");
    let mut ffind = with_disposition(
        &mut Command::new(cargo_bin("ffind")),
        signal.as_raw(),
        false,
    )
    .arg("--exec")
    .arg(format!(
        "sleep 1000 & echo $$ $! > {}; wait; : {{}}",
        pids.display()
    ))
    .arg(tmp.path())
    .arg("file00")
    .stdin(stdin)
    // A file, not a pipe: a command that outlives ffind would hold a
    // pipe open, and reading it to its end would never end.
    .stderr(std::fs::File::create(tmp.path().join("stderr")).unwrap())
    .spawn()
    .unwrap();
    let started = Instant::now();
    let (shell, sleep) = loop {
        if let Ok(text) = std::fs::read_to_string(&pids)
            && let [a, b] = text.split_whitespace().collect::<Vec<_>>()[..]
            && let (Ok(a), Ok(b)) = (a.parse::<i32>(), b.parse::<i32>())
        {
            break (a, b);
        }
        assert!(started.elapsed() < Duration::from_secs(20), "no action ran");
        std::thread::sleep(Duration::from_millis(20));
    };
    let same_group = group_of(shell) == group_of(ffind.id() as i32);
    assert!(alive(sleep));
    send(ffind.id(), signal);
    let status = ffind.wait().unwrap();
    let ended = Instant::now();
    while alive(sleep) {
        if ended.elapsed() > Duration::from_secs(10) {
            send(sleep as u32, rustix::process::Signal::KILL);
            panic!("the action's own child outlived ffind");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(status.signal(), Some(signal.as_raw()), "{status:?}");
    let said = std::fs::read_to_string(tmp.path().join("stderr")).unwrap();
    assert!(said.contains("passed on to the running command"), "{said}");
    same_group
}

/// A terminal: the controller and the device side of a new pseudo-terminal.
fn terminal() -> (std::fs::File, std::fs::File) {
    let (mut controller, mut device) = (0, 0);
    // SAFETY: openpty writes two descriptors, which are then owned here;
    // the name, settings and size pointers may be null.
    let made = unsafe {
        libc::openpty(
            &mut controller,
            &mut device,
            std::ptr::null_mut(),
            // Mutable on macOS and the BSDs, const on Linux: a null
            // mutable pointer serves both.
            std::ptr::null_mut::<libc::termios>(),
            std::ptr::null_mut::<libc::winsize>(),
        )
    };
    assert_eq!(made, 0, "openpty");
    // SAFETY: both descriptors were just opened and are owned by nobody else.
    unsafe {
        use std::os::fd::FromRawFd;
        (
            std::fs::File::from_raw_fd(controller),
            std::fs::File::from_raw_fd(device),
        )
    }
}

#[test]
fn sigterm_to_ffind_alone_ends_the_actions_own_child() {
    let own_group = !action_ends_with_ffind(rustix::process::Signal::TERM, Stdio::null());
    assert!(
        own_group,
        "not a terminal: the action leads a group of its own"
    );
}

#[test]
fn sighup_to_ffind_alone_ends_the_actions_own_child() {
    action_ends_with_ffind(rustix::process::Signal::HUP, Stdio::null());
}

/// With a terminal as standard input the action stays in ffind's process
/// group (so `-x 'vim {}'` keeps the terminal); the signal still reaches
/// the command the shell started.
#[test]
fn with_a_terminal_the_action_keeps_ffinds_group_and_still_ends_with_it() {
    for signal in [rustix::process::Signal::TERM, rustix::process::Signal::HUP] {
        let (_controller, device) = terminal();
        let same_group = action_ends_with_ffind(signal, Stdio::from(device));
        assert!(same_group, "a terminal: the action shares ffind's group");
    }
}
