//! Git's configuration files, read for one setting: `core.excludesFile`,
//! the global excludes of `--gitignore`. The files themselves are read by
//! [`super::ignore_file`] like any ignore file.
//!
//! Git's syntax as far as the setting needs it: `[section]` headers (the
//! name in any case; `[core "sub"]` and `[core.sub]` are other sections),
//! and a header may be followed by a variable on its line; variable names
//! in any case; values with `"…"` quoting, the escapes `\\` `\"` `\n` `\t`
//! `\b`, a `\` at the end of a line going on to the next, `#` and `;`
//! comments outside quotes, surrounding blanks dropped. The last value
//! wins. Not followed: `[include]` and `[includeIf]` (a setting in an
//! included file is not seen), `~user/` and `%(prefix)/` in the path. A line
//! git would refuse is passed over (git refuses the whole file).

use std::path::{Path, PathBuf};

use crate::sys;

/// The last `core.excludesFile` value in the configuration `text`, `None`
/// when it sets none.
pub fn excludes_file(text: &[u8]) -> Option<Vec<u8>> {
    let mut reader = Reader { text, at: 0 };
    let mut in_core = false;
    let mut found = None;
    loop {
        reader.skip(|b| b.is_ascii_whitespace());
        match reader.peek() {
            None => return found,
            Some(b'[') => in_core = reader.section() == Some(true),
            Some(b) if b.is_ascii_alphabetic() => {
                let key = reader.take(|b| b.is_ascii_alphanumeric() || b == b'-');
                let is_setting = in_core && key.eq_ignore_ascii_case(b"excludesfile");
                if let Some(value) = reader.value()
                    && is_setting
                {
                    found = Some(value);
                }
            }
            Some(_) => reader.skip_line(),
        }
    }
}

/// A configured path as a path: `~` and `~/…` start from `home`.
pub fn expand(value: &[u8], home: Option<&Path>) -> PathBuf {
    let rest = match value {
        [b'~'] => Some(&value[1..]),
        [b'~', b'/', rest @ ..] => Some(rest),
        _ => None,
    };
    match (rest, home) {
        (Some(rest), Some(home)) => home.join(sys::os_str(rest)),
        _ => PathBuf::from(sys::os_str(value)),
    }
}

/// A cursor over a configuration file's text.
struct Reader<'t> {
    text: &'t [u8],
    at: usize,
}

impl<'t> Reader<'t> {
    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    /// The bytes from here while `keep` holds.
    fn take(&mut self, keep: impl Fn(u8) -> bool) -> &'t [u8] {
        let start = self.at;
        self.skip(keep);
        &self.text[start..self.at]
    }

    fn skip(&mut self, skip: impl Fn(u8) -> bool) {
        while self.peek().is_some_and(&skip) {
            self.at += 1;
        }
    }

    fn skip_line(&mut self) {
        self.skip(|b| b != b'\n');
    }

    /// Reads a `[section]` header: whether it is `[core]`, `None` when it
    /// is malformed (the rest of its line is passed over).
    fn section(&mut self) -> Option<bool> {
        self.at += 1;
        let name = self.take(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        self.skip(|b| b == b' ' || b == b'\t');
        let mut subsection = false;
        if self.peek() == Some(b'"') {
            subsection = true;
            self.at += 1;
            loop {
                match self.peek() {
                    Some(b'"') => break,
                    Some(b'\\') => self.at += 2,
                    Some(b'\n') | None => return None,
                    Some(_) => self.at += 1,
                }
            }
            self.at += 1;
        }
        if self.peek() != Some(b']') {
            self.skip_line();
            return None;
        }
        self.at += 1;
        Some(!subsection && name.eq_ignore_ascii_case(b"core"))
    }

    /// Reads what follows a variable's name: its value after `=`, `None`
    /// when it has none (a boolean) or the line is malformed.
    fn value(&mut self) -> Option<Vec<u8>> {
        self.skip(|b| b == b' ' || b == b'\t');
        if self.peek() != Some(b'=') {
            self.skip_line();
            return None;
        }
        self.at += 1;
        let mut value = Vec::new();
        let mut quoted = false;
        let mut blanks = 0;
        while let Some(b) = self.peek() {
            self.at += 1;
            match b {
                b'\n' => return (!quoted).then_some(value),
                b' ' | b'\t' | b'\r' if !quoted => {
                    if !value.is_empty() {
                        blanks += 1;
                    }
                    continue;
                }
                b'#' | b';' if !quoted => {
                    self.skip_line();
                    return Some(value);
                }
                _ => {}
            }
            value.extend(std::iter::repeat_n(b' ', blanks));
            blanks = 0;
            match b {
                b'"' => quoted = !quoted,
                b'\\' => {
                    let escaped = self.peek();
                    self.at += 1;
                    match escaped {
                        Some(b'\n') => {}
                        Some(b'\r') if self.peek() == Some(b'\n') => self.at += 1,
                        Some(b'n') => value.push(b'\n'),
                        Some(b't') => value.push(b'\t'),
                        Some(b'b') => value.push(8),
                        Some(c @ (b'\\' | b'"')) => value.push(c),
                        _ => {
                            self.skip_line();
                            return None;
                        }
                    }
                }
                _ => value.push(b),
            }
        }
        (!quoted).then_some(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setting(text: &str) -> Option<String> {
        excludes_file(text.as_bytes()).map(|v| String::from_utf8(v).unwrap())
    }

    #[test]
    fn finds_the_setting_in_the_core_section_in_any_case() {
        assert_eq!(setting("[core]\nexcludesFile = /a"), Some("/a".into()));
        assert_eq!(setting("[CORE]\n\tEXCLUDESFILE=/a\n"), Some("/a".into()));
        assert_eq!(setting("[core] excludesfile = /a"), Some("/a".into()));
        assert_eq!(setting("[user]\nexcludesFile = /a"), None);
        assert_eq!(setting("[core \"x\"]\nexcludesFile = /a"), None);
        assert_eq!(setting("[core.x]\nexcludesFile = /a"), None);
        assert_eq!(setting("excludesFile = /a"), None);
        assert_eq!(setting("[core]\nexcludeFile = /a"), None);
        assert_eq!(setting("[core]\nexcludesFile"), None);
    }

    #[test]
    fn the_last_value_wins() {
        let text =
            "[core]\nexcludesFile = /a\n[user]\nexcludesFile = /u\n[core]\nexcludesFile = /b\n";
        assert_eq!(setting(text), Some("/b".into()));
        assert_eq!(
            setting("[core]\nexcludesFile = /a\nexcludesFile =\n"),
            Some("".into())
        );
    }

    #[test]
    fn values_are_unquoted_and_unescaped() {
        let value = |v: &str| setting(&format!("[core]\nexcludesFile = {v}\n"));
        assert_eq!(value("  /a b  "), Some("/a b".into()));
        assert_eq!(value("\"/a b \" # comment"), Some("/a b ".into()));
        assert_eq!(value("/a;b"), Some("/a".into()));
        assert_eq!(value("\"/a;b\""), Some("/a;b".into()));
        assert_eq!(value(r#"/a\"b\\c\td"#), Some("/a\"b\\c\td".into()));
        assert_eq!(value("/a\\\nb"), Some("/ab".into()));
        assert_eq!(value("/a\r"), Some("/a".into()));
        assert_eq!(value("\"/a"), None);
        assert_eq!(value(r"/a\q"), None);
    }

    #[test]
    fn comments_and_bad_lines_are_passed_over() {
        let text = "# [core]\n; excludesFile = /x\n[core]\n%bad\nexcludesFile = /a ; why\n";
        assert_eq!(setting(text), Some("/a".into()));
        assert_eq!(setting("[core\nexcludesFile = /a"), None);
    }

    #[test]
    fn a_tilde_starts_from_home() {
        let home = Some(Path::new("/h"));
        assert_eq!(expand(b"~/x", home), Path::new("/h/x"));
        assert_eq!(expand(b"~", home), Path::new("/h"));
        assert_eq!(expand(b"~u/x", home), Path::new("~u/x"));
        assert_eq!(expand(b"~/x", None), Path::new("~/x"));
        assert_eq!(expand(b"/a/~/x", home), Path::new("/a/~/x"));
    }
}
