//! One Python interpreter for `--module` and `--command`, fed the matched
//! paths one at a time over a channel (a socket pair on Unix, two pipes on
//! Windows: `bridge`); each run is answered before the walk goes on, so the
//! actions happen in match order, as in the original.

use std::ffi::{OsStr, OsString};
use std::io;
use std::process::{Child, Command, Stdio};

use crate::error::Error;
use crate::output::bridge::{self, Channel};

/// The Python side of the bridge.
const BOOTSTRAP: &str = include_str!("bootstrap.py");

/// What the bridge says first, once it holds the channel.
const GREETING: &[u8] = b"ffind-bridge 1\n";

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

/// A running interpreter.
pub struct Python {
    child: Child,
    chan: Channel,
    message: Vec<u8>,
}

impl Python {
    /// Starts `interpreter` (else `python3`, else `python`, on `PATH`) for
    /// `mode` with the module invocation or program `spec`. Each candidate
    /// is first asked its version (`--version`, which runs no code), and
    /// the bridge program is handed only to one that answers Python 3; the
    /// bridge then greets ffind before anything is sent to it.
    pub fn start(interpreter: Option<&OsStr>, mode: Mode, spec: &str) -> Result<Python, Error> {
        let candidates: Vec<OsString> = match interpreter {
            Some(name) => vec![name.to_owned()],
            None => vec!["python3".into(), "python".into()],
        };
        let not_python = |candidate: &OsStr| {
            Error::Python(match interpreter {
                Some(_) => format!(
                    "FFIND_PYTHON={}: not a Python 3 interpreter",
                    candidate.to_string_lossy()
                ),
                None => format!(
                    "{}: not a Python 3 interpreter",
                    candidate.to_string_lossy()
                ),
            })
        };
        let mut found = None;
        for candidate in &candidates {
            match is_python3(candidate) {
                Ok(true) => {
                    found = Some(candidate);
                    break;
                }
                Ok(false) if interpreter.is_some() => return Err(not_python(candidate)),
                Ok(false) => continue,
                Err(err) if err.kind() == io::ErrorKind::NotFound => continue,
                Err(err) => return Err(Error::Python(python_error(candidate, &err))),
            }
        }
        let Some(candidate) = found else {
            return Err(Error::Python(match interpreter {
                Some(name) => format!(
                    "FFIND_PYTHON names {}, which was not found",
                    name.to_string_lossy()
                ),
                None => "no Python 3 interpreter found for --module/--command: \
                         put python3 on PATH or set FFIND_PYTHON"
                    .to_owned(),
            }));
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
            .map_err(|err| Error::Python(python_error(candidate, &err)))?;
        drop(theirs);
        let mut python = Python {
            child,
            chan: ours,
            message: Vec::new(),
        };
        let mut greeting = [0u8; GREETING.len()];
        if python.chan.read_exact(&mut greeting).is_err() || greeting != GREETING {
            let _ = python.child.kill();
            let _ = python.child.wait();
            return Err(not_python(candidate));
        }
        Ok(python)
    }

    /// Runs the action on `path` and waits for it to finish.
    pub fn run(&mut self, path: &[u8]) -> Result<Ran, Error> {
        self.message.clear();
        self.message.extend_from_slice(path);
        self.message.push(0);
        let sent = self.chan.write_all(&self.message);
        let mut answer = [0u8; 1];
        let got = sent.and_then(|()| self.chan.read(&mut answer));
        match got {
            Ok(1) if answer[0] == b'0' => Ok(Ran::Ok),
            Ok(1) => Ok(Ran::Failed),
            Ok(_) => Ok(Ran::Exited(self.wait()?)),
            Err(err) if err.kind() == io::ErrorKind::BrokenPipe => Ok(Ran::Exited(self.wait()?)),
            Err(err) => Err(err.into()),
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
}

/// Whether `candidate --version` says it is Python 3 (the one question
/// asked of a program before it is handed the bridge; it runs no code).
fn is_python3(candidate: &OsStr) -> io::Result<bool> {
    let mut probe = Command::new(candidate);
    probe
        .arg("--version")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let out = crate::sys::dies_with_parent(&mut probe).output()?;
    let said = |text: &[u8]| text.starts_with(b"Python 3.");
    Ok(out.status.success() && (said(&out.stdout) || said(&out.stderr)))
}

fn python_error(candidate: &OsStr, err: &io::Error) -> String {
    format!(
        "cannot run the Python interpreter {}: {}",
        candidate.to_string_lossy(),
        crate::error::reason(err)
    )
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
            let mut answer = [0u8];
            from.read_exact(&mut answer).unwrap();
            answers.push(answer[0]);
        }
        drop(to);
        let out = child.wait_with_output().unwrap();
        assert_eq!(answers, b"010");
        assert_eq!(String::from_utf8_lossy(&out.stdout), "a b\nbad\n\n%PATH%\n");
        assert!(out.status.success());
    }
}
