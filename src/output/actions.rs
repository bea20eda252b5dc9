//! The actions on matches: `--delete`, `--exec`, `--module`, `--command`.
//! Each match is acted on in order, instead of being printed.

use std::ffi::OsStr;
use std::io;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use rustix::fs::{AtFlags, FileType};

use crate::config::{Action, Config};
use crate::error::Error;
use crate::listing::Listing;
use crate::outcome::Outcome;
use crate::output::python::{Mode, Python, Ran};
use crate::walk::{Consumer, Flow};

/// Acts on every match it is given.
pub struct Actor<'c> {
    action: &'c Action,
    python: Option<Python>,
    failed: bool,
    exit: Option<i32>,
}

impl<'c> Actor<'c> {
    /// An actor for `config.action`; starts the Python interpreter when the
    /// action needs one, so a missing interpreter is reported before the
    /// search starts.
    pub fn new(config: &'c Config) -> Result<Actor<'c>, Error> {
        let python = match &config.action {
            Action::Module(spec) => Some((Mode::Module, spec)),
            Action::Command(program) => Some((Mode::Command, program)),
            _ => None,
        }
        .map(|(mode, spec)| Python::start(config.python.as_deref(), mode, spec))
        .transpose()?;
        Ok(Actor {
            action: &config.action,
            python,
            failed: false,
            exit: None,
        })
    }

    /// Ends the actions (and the interpreter) and gives the verdict.
    pub fn finish(self) -> Result<Outcome, Error> {
        if let Some(code) = self.exit {
            return Ok(Outcome::Exit(code));
        }
        let status = match self.python {
            Some(python) => python.finish()?,
            None => 0,
        };
        Ok(if self.failed || status != 0 {
            Outcome::Failure
        } else {
            Outcome::Success
        })
    }

    fn act(&mut self, path: &[u8]) -> Result<Flow, Error> {
        match self.action {
            Action::Print => {}
            Action::Delete => {
                if let Err(err) = delete(path) {
                    eprintln!("cannot delete: {}", describe_os_error(&err, path));
                    self.failed = true;
                }
            }
            Action::Exec(template) => {
                let line = exec_line(template, path)?;
                let mut shell = Command::new("/bin/sh");
                shell.arg("-c").arg(OsStr::from_bytes(&line));
                let status = crate::sys::dies_with_parent(&mut shell).status()?;
                self.failed |= !status.success();
            }
            Action::Module(_) | Action::Command(_) => {
                let python = self.python.as_mut().expect("started with the actor");
                match python.run(path)? {
                    Ran::Ok => {}
                    Ran::Failed => self.failed = true,
                    Ran::Exited(code) => {
                        self.exit = Some(code);
                        return Ok(Flow::Stop);
                    }
                }
            }
        }
        Ok(Flow::Continue)
    }
}

impl Consumer for Actor<'_> {
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        for path in listing.paths() {
            if self.act(path)? == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// Deletes `path`: a folder (not a symlink to one) with `rmdir`, so only
/// when empty; anything else, symlinks included, with `unlink`. The entry
/// is removed relative to its opened parent, so paths longer than
/// `PATH_MAX` can be deleted too.
pub fn delete(path: &[u8]) -> io::Result<()> {
    let (parent, name): (&[u8], &[u8]) = match path.iter().rposition(|&b| b == b'/') {
        Some(0) => (b"/", &path[1..]),
        Some(at) => (&path[..at], &path[at + 1..]),
        None => (b".", path),
    };
    let dir = crate::walk::handles::open_dir(parent)?;
    let st = rustix::fs::statat(&dir, name, AtFlags::SYMLINK_NOFOLLOW)?;
    let flags = if FileType::from_raw_mode(st.st_mode) == FileType::Directory {
        AtFlags::REMOVEDIR
    } else {
        AtFlags::empty()
    };
    Ok(rustix::fs::unlinkat(&dir, name, flags)?)
}

/// The shell line for `--exec`: each `{}` replaced by the quoted path, or
/// the quoted path appended after a space when there is no `{}`.
pub fn exec_line(template: &str, path: &[u8]) -> Result<Vec<u8>, Error> {
    let quoted = quote_path(path)?;
    let template = template.as_bytes();
    let mut line = Vec::with_capacity(template.len() + quoted.len() + 1);
    let mut rest = template;
    let mut replaced = false;
    while let Some(at) = rest.windows(2).position(|w| w == b"{}") {
        line.extend_from_slice(&rest[..at]);
        line.extend_from_slice(&quoted);
        rest = &rest[at + 2..];
        replaced = true;
    }
    line.extend_from_slice(rest);
    if !replaced {
        line.push(b' ');
        line.extend_from_slice(&quoted);
    }
    Ok(line)
}

/// A path as one shell word that the shell gives back byte for byte; a path
/// starting with `-` gets `./` first, so no command takes it for an option.
pub fn quote_path(path: &[u8]) -> Result<Vec<u8>, Error> {
    let mut word = Vec::with_capacity(path.len() + 2);
    if path.starts_with(b"-") {
        word.extend_from_slice(b"./");
    }
    word.extend_from_slice(path);
    shlex::bytes::try_quote(&word)
        .map(|quoted| quoted.into_owned())
        .map_err(|err| Error::Io(io::Error::other(err.to_string())))
}

/// An OS error as Python prints it: `[Errno 39] Directory not empty: 'path'`.
pub fn describe_os_error(err: &io::Error, path: &[u8]) -> String {
    let reason = crate::error::reason(err);
    match err.raw_os_error() {
        Some(code) => format!("[Errno {code}] {reason}: {}", python_repr(path)),
        None => format!("{reason}: {}", python_repr(path)),
    }
}

/// A path quoted the way Python's `repr` quotes a string.
pub fn python_repr(path: &[u8]) -> String {
    let text = String::from_utf8_lossy(path);
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shell_echo(word: &[u8]) -> Vec<u8> {
        let mut line = b"printf %s ".to_vec();
        line.extend_from_slice(word);
        Command::new("/bin/sh")
            .arg("-c")
            .arg(OsStr::from_bytes(&line))
            .output()
            .unwrap()
            .stdout
    }

    #[test]
    fn quoting_round_trips_through_sh() {
        let names: [&[u8]; 9] = [
            b"./plain.txt",
            b"./with space",
            b"./x;echo PWNED",
            b"./$(reboot)",
            b"./`id`",
            b"./it's \"quoted\"",
            b"./new\nline",
            b"./bad\xff\xfebytes",
            b"./tab\tand*glob?[x]{a,b}~",
        ];
        for name in names {
            assert_eq!(shell_echo(&quote_path(name).unwrap()), name, "{name:?}");
        }
    }

    #[test]
    fn leading_dash_gets_a_dot_slash() {
        assert_eq!(shell_echo(&quote_path(b"-rf").unwrap()), b"./-rf");
    }

    #[test]
    fn exec_line_replaces_every_placeholder_or_appends() {
        assert_eq!(exec_line("cat", b"./a b").unwrap(), b"cat './a b'");
        assert_eq!(exec_line("cat {}{}", b"./a").unwrap(), b"cat ./a./a");
        assert_eq!(
            exec_line("echo {} {}", b"./x;y").unwrap(),
            b"echo './x;y' './x;y'"
        );
    }

    #[test]
    fn os_errors_read_like_python() {
        let err = io::Error::from_raw_os_error(39);
        assert_eq!(
            describe_os_error(&err, b"./d"),
            "[Errno 39] Directory not empty: './d'"
        );
        assert_eq!(python_repr(b"it's"), "\"it's\"");
        assert_eq!(python_repr(b"a\nb"), "'a\\nb'");
    }
}
