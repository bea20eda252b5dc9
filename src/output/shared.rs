//! What the actions share, below them all: running an action's line to its
//! end, and telling an OS error the way the original (Python) does.

use std::fmt::Write as _;
use std::io;
use std::process::Command;

/// Runs `command` (a line for the interpreter `shell`), ending with ffind
/// ([`crate::sys::run_action`]), and waits; whether it succeeded. A run
/// that cannot start is reported and counts as failed.
pub fn run_to_end(command: &mut Command, shell: &str) -> bool {
    match crate::sys::run_action(command) {
        Ok(status) => status.success(),
        Err(err) => {
            // The message names no path of the search: nothing to escape.
            let message = format!("cannot run {shell}: {}", crate::error::reason(&err));
            crate::error::report(&message, false);
            false
        }
    }
}

/// An OS error as Python prints it: `[Errno 39] Directory not empty: 'path'`
/// (on Windows `[WinError 145] The directory is not empty: 'path'`, the
/// system's message without its final full stop).
pub fn describe_os_error(err: &io::Error, path: &[u8]) -> String {
    let reason = crate::error::reason(err);
    let label = if cfg!(windows) { "WinError" } else { "Errno" };
    match err.raw_os_error() {
        Some(code) => {
            let reason = reason.trim_end_matches(['.', ' ', '\r', '\n']);
            format!("[{label} {code}] {reason}: {}", python_repr(path))
        }
        None => format!("{reason}: {}", python_repr(path)),
    }
}

/// A path quoted the way Python's `repr` quotes a string: a byte that is
/// not UTF-8 as the surrogate Python decodes it to (`\udcff`), and the
/// characters [`crate::escape::is_unsafe`] names as Python's escapes.
pub fn python_repr(path: &[u8]) -> String {
    let quote = if path.contains(&b'\'') && !path.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(path.len() + 2);
    out.push(quote);
    for chunk in path.utf8_chunks() {
        for c in chunk.valid().chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if c == quote => {
                    out.push('\\');
                    out.push(c);
                }
                c if crate::escape::is_unsafe(c) => {
                    let code = c as u32;
                    let _ = match code {
                        ..0x100 => write!(out, "\\x{code:02x}"),
                        0x100..0x10000 => write!(out, "\\u{code:04x}"),
                        _ => write!(out, "\\U{code:08x}"),
                    };
                }
                c => out.push(c),
            }
        }
        for byte in chunk.invalid() {
            let _ = write!(out, "\\udc{byte:02x}");
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_errors_read_like_python() {
        let err = io::Error::from_raw_os_error(39);
        assert_eq!(
            describe_os_error(&err, b"./d"),
            "[Errno 39] Directory not empty: './d'"
        );
        assert_eq!(python_repr(b"it's"), "\"it's\"");
        assert_eq!(python_repr(b"a\nb"), "'a\\nb'");
        assert_eq!(python_repr(b"bad\xff"), "'bad\\udcff'");
        assert_eq!(
            python_repr("a\u{202e}b\u{2028}\u{e0001}".as_bytes()),
            "'a\\u202eb\\u2028\\U000e0001'"
        );
    }
}
