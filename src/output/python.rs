//! One Python interpreter for `--module` and `--command`, fed the matched
//! paths one at a time over a channel (a socket pair on Unix, two pipes on
//! Windows: `bridge`); each run is answered before the walk goes on, so the
//! actions happen in match order, as in the original.

use std::ffi::{OsStr, OsString};
use std::io::{self, Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use crate::config::Config;
use crate::error::Error;
use crate::output::bridge::{self, Channel};

/// The Python side of the bridge.
const BOOTSTRAP: &str = include_str!("bootstrap.py");

/// What the bridge says first, once it holds the channel.
const GREETING: &[u8] = b"ffind-bridge 1\n";

/// The most of an answer to `--version` that is read.
const VERSION_MAX: u64 = 4096;

/// Which of the original's Python actions to run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// `--module "name args"`.
    Module,
    /// `--command "program"`.
    Command,
}

/// How one run went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ran {
    /// It succeeded.
    Ok,
    /// It failed (an exception, or a module's non-zero exit code).
    Failed,
    /// The interpreter ended (a `SystemExit` from `--command`), with this
    /// exit status.
    Exited(i32),
}

/// The bridge's answers (`bootstrap.py`): one byte, a 4-byte big-endian
/// length and that many bytes of text.
mod answer {
    /// The run went well.
    pub const OK: u8 = b'0';
    /// The run failed; nothing to print.
    pub const FAILED: u8 = b'1';
    /// The run failed with an exception whose text (the original's
    /// `print(e)`) ffind prints on standard output.
    pub const EXCEPTION: u8 = b'2';
    /// The interpreter's standard output is a closed pipe: ffind ends
    /// quietly, as for its own closed output.
    pub const CLOSED: u8 = b'3';
    /// The bridge itself failed, for the reason in the text; it ends.
    pub const BROKEN: u8 = b'4';
}

/// A running interpreter.
pub struct Python {
    child: Child,
    chan: Channel,
    message: Vec<u8>,
    /// Escape the exceptions' text printed on standard output (a terminal).
    escape: bool,
}

impl Python {
    /// Starts `config.python` (else `python3`, else `python`, on `PATH`)
    /// for `mode` with the module invocation or program `spec`. Each
    /// candidate is first asked its version (`--version`, which runs no
    /// code), and the bridge program is handed only to one that answers
    /// Python 3; the bridge then greets ffind before anything is sent to
    /// it. The answer to `--version` and the greeting each have
    /// `config.python_time_limit`: an interpreter that stalls is ended and
    /// reported.
    pub fn start(config: &Config, mode: Mode, spec: &str) -> Result<Python, Error> {
        let interpreter = config.python.as_deref();
        let limit = config.python_time_limit;
        let candidates: Vec<OsString> = match interpreter {
            Some(name) => vec![name.to_owned()],
            None => vec!["python3".into(), "python".into()],
        };
        let named = |candidate: &OsStr, what: &str| {
            let mut text = match interpreter {
                Some(_) => b"FFIND_PYTHON=".to_vec(),
                None => Vec::new(),
            };
            text.extend_from_slice(crate::sys::os_bytes(candidate));
            text.extend_from_slice(what.as_bytes());
            Error::Python(text)
        };
        let stalled = |candidate: &OsStr, what: &str| {
            named(candidate, &format!(": {what} within {} s", limit.as_secs()))
        };
        let mut found = None;
        for candidate in &candidates {
            match is_python3(candidate, limit) {
                Ok(Some(true)) => {
                    found = Some(candidate);
                    break;
                }
                Ok(Some(false)) if interpreter.is_some() => {
                    return Err(named(candidate, ": not a Python 3 interpreter"));
                }
                Ok(Some(false)) => continue,
                Ok(None) => return Err(stalled(candidate, "no answer to --version")),
                Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
                Err(err) => return Err(python_error(candidate, &err)),
            }
        }
        let Some(candidate) = found else {
            return Err(match interpreter {
                Some(name) => {
                    let mut text = b"FFIND_PYTHON names ".to_vec();
                    text.extend_from_slice(crate::sys::os_bytes(name));
                    text.extend_from_slice(b", which was not found");
                    Error::Python(text)
                }
                None => Error::Python(
                    b"no Python 3 interpreter found for --module/--command: \
                      put python3 on PATH or set FFIND_PYTHON"
                        .to_vec(),
                ),
            });
        };
        let (ours, theirs) = bridge::pair()?;
        let mode_arg = match mode {
            Mode::Module => "module",
            Mode::Command => "command",
        };
        let mut command = Command::new(candidate);
        command
            .arg("-c")
            .arg(BOOTSTRAP)
            .arg(theirs.arg())
            .arg(mode_arg)
            .arg(spec);
        let child = crate::sys::dies_with_parent(&mut command)
            .spawn()
            .map_err(|err| python_error(candidate, &err))?;
        drop(theirs);
        let mut python = Python {
            child,
            chan: ours,
            message: Vec::new(),
            escape: config.escape,
        };
        let mut greeting = [0u8; GREETING.len()];
        let greeted = python
            .chan
            .read_exact_before(&mut greeting, Instant::now() + limit);
        if greeted.is_err() || greeting != GREETING {
            python.end();
            return Err(match greeted {
                Err(err) if err.kind() == io::ErrorKind::TimedOut => {
                    stalled(candidate, "the bridge did not start")
                }
                _ => named(candidate, ": not a Python 3 interpreter"),
            });
        }
        Ok(python)
    }

    /// Runs the action on `path` and waits for it to finish. The text of
    /// a failed run's exception is printed on standard output, escaped on
    /// a terminal. A closed standard output is [`Error::Write`] with
    /// [`io::ErrorKind::BrokenPipe`]; a failure of the bridge itself is
    /// [`Error::Python`].
    pub fn run(&mut self, path: &[u8]) -> Result<Ran, Error> {
        self.message.clear();
        self.message.extend_from_slice(path);
        self.message.push(0);
        let mut head = [0u8; 5];
        let child = &mut self.child;
        let got = self.chan.write_all(&self.message).and_then(|()| {
            self.chan
                .read_exact_while(&mut head, || Ok(child.try_wait()?.is_none()))
        });
        match got {
            Ok(()) => {}
            Err(err)
                if matches!(
                    err.kind(),
                    io::ErrorKind::BrokenPipe | io::ErrorKind::UnexpectedEof
                ) =>
            {
                return Ok(Ran::Exited(self.wait()?));
            }
            Err(err) => return Err(err.into()),
        }
        let len = u32::from_be_bytes([head[1], head[2], head[3], head[4]]);
        let mut text = vec![0; len as usize];
        self.chan.read_exact(&mut text)?;
        match head[0] {
            answer::OK => Ok(Ran::Ok),
            answer::EXCEPTION => {
                let mut out = io::stdout().lock();
                crate::escape::write_lines(&mut out, &text, self.escape)
                    .and_then(|()| out.write_all(b"\n"))
                    .and_then(|()| out.flush())
                    .map_err(Error::Write)?;
                Ok(Ran::Failed)
            }
            answer::CLOSED => {
                self.end();
                Err(Error::Write(io::ErrorKind::BrokenPipe.into()))
            }
            answer::BROKEN => {
                self.end();
                let mut message = b"the Python bridge failed: ".to_vec();
                message.extend_from_slice(&text);
                Err(Error::Python(message))
            }
            answer::FAILED => Ok(Ran::Failed),
            _ => {
                self.end();
                Err(Error::Python(
                    b"the Python bridge gave an unknown answer".to_vec(),
                ))
            }
        }
    }

    /// Ends the interpreter and returns its exit status.
    pub fn finish(mut self) -> Result<i32, Error> {
        self.chan.close_write()?;
        self.wait()
    }

    fn wait(&mut self) -> Result<i32, Error> {
        let status = self.child.wait()?;
        Ok(status.code().unwrap_or(1))
    }

    /// Stops the interpreter, which is of no more use.
    fn end(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether `candidate --version` says it is Python 3 (the one question
/// asked of a program before it is handed the bridge; it runs no code);
/// `None` when it has not answered and ended within `limit` (it is then
/// killed; a child of its own that holds the answer's pipes open is left
/// to itself, and so are the threads reading them).
fn is_python3(candidate: &OsStr, limit: Duration) -> io::Result<Option<bool>> {
    let deadline = Instant::now() + limit;
    let mut probe = Command::new(candidate);
    probe
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = crate::sys::dies_with_parent(&mut probe).spawn()?;
    let (sent, said) = mpsc::channel();
    let outputs: [Option<Box<dyn Read + Send>>; 2] = [
        child
            .stdout
            .take()
            .map(|out| Box::new(out) as Box<dyn Read + Send>),
        child
            .stderr
            .take()
            .map(|err| Box::new(err) as Box<dyn Read + Send>),
    ];
    for output in outputs.into_iter().flatten() {
        let sent = sent.clone();
        std::thread::Builder::new().spawn(move || {
            let mut text = Vec::new();
            let _ = output.take(VERSION_MAX).read_to_end(&mut text);
            let _ = sent.send(text);
        })?;
    }
    drop(sent);
    let mut answer = Vec::new();
    while let Ok(text) = said.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
        answer.push(text);
    }
    let status = match (answer.len(), exited_before(&mut child, deadline)?) {
        (2, Some(status)) => status,
        _ => {
            let _ = child.kill();
            let _ = child.wait();
            return Ok(None);
        }
    };
    let python3 = |text: &Vec<u8>| text.starts_with(b"Python 3.");
    Ok(Some(status.success() && answer.iter().any(python3)))
}

/// `child`'s exit status, if it ends before `deadline`.
fn exited_before(child: &mut Child, deadline: Instant) -> io::Result<Option<ExitStatus>> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

fn python_error(candidate: &OsStr, err: &io::Error) -> Error {
    let mut text = b"cannot run the Python interpreter ".to_vec();
    text.extend_from_slice(crate::sys::os_bytes(candidate));
    text.extend_from_slice(b": ");
    text.extend_from_slice(crate::error::reason(err).as_bytes());
    Error::Python(text)
}

#[cfg(all(test, unix))]
mod tests {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};

    use super::{BOOTSTRAP, GREETING};

    /// `bootstrap.py`'s Windows branch, run here with `os.name` set to
    /// `nt` and `msvcrt` and the handle calls stood in for (a handle is then
    /// a file descriptor): it greets on the second end of `READ,WRITE`,
    /// reads the paths from the first, and answers each.
    #[test]
    fn the_bridge_talks_over_two_pipes_on_windows() {
        let shim = "import os, sys, types\n\
                    os.name = 'nt'\n\
                    msvcrt = types.ModuleType('msvcrt')\n\
                    msvcrt.open_osfhandle = lambda handle, flags: handle\n\
                    sys.modules['msvcrt'] = msvcrt\n\
                    os.set_handle_inheritable = lambda handle, on: None\n\
                    os.O_BINARY = 0\n";
        let (their_read, mut to) = std::io::pipe().unwrap();
        let (mut from, their_write) = std::io::pipe().unwrap();
        for end in [
            rustix::fd::AsFd::as_fd(&their_read),
            rustix::fd::AsFd::as_fd(&their_write),
        ] {
            rustix::io::fcntl_setfd(end, rustix::io::FdFlags::empty()).unwrap();
        }
        let handles = format!(
            "{},{}",
            std::os::fd::AsRawFd::as_raw_fd(&their_read),
            std::os::fd::AsRawFd::as_raw_fd(&their_write)
        );
        let child = Command::new("python3")
            .arg("-c")
            .arg(format!("{shim}{BOOTSTRAP}"))
            .arg(handles)
            .arg("command")
            .arg("print(filename); assert filename != 'bad'")
            .stdout(Stdio::piped())
            .spawn()
            .expect("python3 runs the bridge");
        drop((their_read, their_write));
        let mut greeting = [0u8; GREETING.len()];
        from.read_exact(&mut greeting).unwrap();
        assert_eq!(greeting, GREETING);
        let mut answers = Vec::new();
        for path in [&b"a b"[..], b"bad", b"%PATH%"] {
            to.write_all(path).unwrap();
            to.write_all(b"\0").unwrap();
            let mut head = [0u8; 5];
            from.read_exact(&mut head).unwrap();
            answers.push(head);
        }
        drop(to);
        let out = child.wait_with_output().unwrap();
        // The failed assertion's text (empty) comes back for ffind to print.
        assert_eq!(answers, [*b"0\0\0\0\0", *b"2\0\0\0\0", *b"0\0\0\0\0"]);
        assert_eq!(String::from_utf8_lossy(&out.stdout), "a b\nbad\n%PATH%\n");
        assert!(out.status.success());
    }
}
