//! What the actions share, below them all: running an action's line to its
//! end, and telling an OS error the way the original (Python) does.

use std::io;
use std::process::Command;

/// Runs `command` (a line for the interpreter `shell`), ending with ffind
/// ([`crate::sys::dies_with_parent`]), and waits; whether it succeeded. A
/// run that cannot start is reported and counts as failed.
pub fn run_to_end(command: &mut Command, shell: &str) -> bool {
    match crate::sys::dies_with_parent(command).status() {
        Ok(status) => status.success(),
        Err(err) => {
            // The message names no path of the search: nothing to escape.
            let message = format!("cannot run {shell}: {}", crate::error::reason(&err));
            crate::error::report(&message, false);
            false
        }
    }
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
