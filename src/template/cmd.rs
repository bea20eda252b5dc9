//! `--exec` and `--exec-batch` templates for `cmd.exe` (Windows): the
//! template is parsed once, the way `cmd` reads a line, and each
//! placeholder value is quoted so that `cmd /V:OFF /S /C` passes it through
//! untouched and the program's command-line parser (`CommandLineToArgvW`,
//! the MSVC C runtime) reads back exactly the value as one argument.
//!
//! Pure code, built on every platform so that its tests run everywhere;
//! only Windows runs the lines (`exec_windows.rs`).
//!
//! How a value is written ([`quote`]): inside double quotes for the
//! program's parser, with the backslashes before a `"` (and at the end)
//! doubled and a `"` written `\"`; and for `cmd`, every quote and every
//! metacharacter (`^ & | < > ( ) %`) escaped with `^`, so that `cmd` never
//! sees a quote open and takes nothing in the value for an operator.
//!
//! `%` is expanded by `cmd` before carets are read (by Windows' `cmd`;
//! Wine's ignores carets in the name), but only as `%NAME%` with NAME a
//! defined variable: each `%` of a value stands outside the program's
//! quotes, which are closed before it and reopened after it (`"…"%"…"`),
//! so any NAME that a value could form holds a quote, which no environment
//! variable's name holds in practice. (`cmd` pairs the percent signs across
//! the line, so a value's `%` can keep a `%VAR%` that the template has
//! after it from expanding.)
//!
//! `!` is left as it is: the lines run with delayed expansion off
//! (`/V:OFF`, also `cmd`'s default), where `!` is plain text. A line break
//! cannot be carried through `cmd` at all (it ends the command): Windows
//! file names cannot hold one, and a line holding one is refused
//! ([`has_line_break`]).
//!
//! Placeholders inside the user's own `"…"`: `cmd` expands `%` there and
//! the program's parser reads `\` before `"` differently, so a value cannot
//! be made safe inside them in general. A placeholder that is a whole
//! quoted word (`"{}"`) is taken as if it were bare (ffind's own quotes
//! replace the user's); any other placeholder inside `"…"`, or right after
//! an unquoted `^`, is refused as a usage error.

use std::borrow::Cow;

use crate::template::part::stem;
use crate::template::{Dialect, Part, Token, Tokens, Words};

/// The longest line `cmd.exe` runs, in UTF-16 units (8,191 characters,
/// its own limit, tighter than `CreateProcess`'s 32,767).
pub const CMD_LIMIT: usize = 8191;

/// The characters `cmd` acts on outside quotes; each is escaped with `^`.
fn is_cmd_special(b: u8) -> bool {
    matches!(
        b,
        b'^' | b'&' | b'|' | b'<' | b'>' | b'(' | b')' | b'%' | b'"'
    )
}

/// Appends `value` written so that `cmd /V:OFF /S /C` leaves it as one
/// double-quoted argument that `CommandLineToArgvW` and the MSVC runtime
/// read back as exactly `value` (see the module doc). The result must stand
/// where `cmd` is outside quotes.
pub fn quote(value: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(b"^\"");
    let mut backslashes = 0;
    for &b in value {
        match b {
            b'\\' => {
                backslashes += 1;
                out.push(b);
                continue;
            }
            b'"' => {
                // 2n+1 backslashes and a quote: n backslashes and a `"`.
                out.extend(std::iter::repeat_n(b'\\', backslashes + 1));
                out.extend_from_slice(b"^\"");
            }
            b'%' => {
                // The quote closed (its backslashes doubled), `%` outside
                // it, the quote reopened.
                out.extend(std::iter::repeat_n(b'\\', backslashes));
                out.extend_from_slice(b"^\"^%^\"");
            }
            b if is_cmd_special(b) => out.extend_from_slice(&[b'^', b]),
            b => out.push(b),
        }
        backslashes = 0;
    }
    // The closing quote: the backslashes before it are doubled.
    out.extend(std::iter::repeat_n(b'\\', backslashes));
    out.extend_from_slice(b"^\"");
}

/// Whether `line` holds a line break (or a NUL), which `cmd` cannot be
/// given inside a command.
pub fn has_line_break(line: &[u8]) -> bool {
    line.iter().any(|&b| matches!(b, b'\n' | b'\r' | 0))
}

/// The length of `text` (WTF-8, as Windows names are held) in UTF-16
/// units: one per character, two for one past U+FFFF.
pub fn utf16_len(text: &[u8]) -> usize {
    text.iter()
        .map(|&b| match b {
            0x80..=0xBF => 0,
            0xF0..=0xFF => 2,
            _ => 1,
        })
        .sum()
}

/// `cmd.exe`: every placeholder stands outside quotes (the lexer refuses
/// the others), so where it stands needs no record; values are quoted by
/// [`quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cmd;

impl Dialect for Cmd {
    type At = ();
    const HERE: &'static [u8] = b".\\";
    const PROLOGUE: &'static [u8] = b"";

    fn lex(text: &str) -> Result<Vec<Token<()>>, String> {
        if has_line_break(text.as_bytes()) {
            return Err("cmd.exe runs one line: the command holds a line break".to_owned());
        }
        let mut lexer = Lexer::default();
        lexer.run(text.as_bytes())?;
        Ok(lexer.words.finish())
    }

    fn part(part: Part, path: &[u8]) -> Cow<'_, [u8]> {
        part_of(part, path)
    }

    fn place(value: Vec<u8>, _at: &(), line: &mut Vec<u8>, _values: &mut Vec<Vec<u8>>) {
        quote(&value, line);
    }
}

/// A parsed `--exec` or `--exec-batch` template for `cmd.exe`.
pub type Template = Tokens<Cmd>;

/// Reads a template the way `cmd` reads a line, far enough to know where
/// words end and which placeholders stand inside quotes.
#[derive(Default)]
struct Lexer {
    words: Words<()>,
    /// Inside `"…"`.
    quoted: bool,
}

impl Lexer {
    fn run(&mut self, t: &[u8]) -> Result<(), String> {
        let mut i = 0;
        while i < t.len() {
            if let Some((len, part)) = placeholder(&t[i..]) {
                if self.quoted {
                    // Only `"{}"`, a whole quoted word, is accepted: the
                    // user's quotes give way to ffind's.
                    let whole = self.words.text.last() == Some(&b'"')
                        && self.word_start_before_quote()
                        && t.get(i + len) == Some(&b'"')
                        && t.get(i + len + 1).is_none_or(|&b| is_boundary(b));
                    if !whole {
                        return Err("on Windows a placeholder inside \"…\" must be the \
                                    whole quoted word (\"{}\"), or stand bare: \
                                    ffind quotes it for cmd.exe"
                            .to_owned());
                    }
                    self.words.text.pop();
                    self.quoted = false;
                    self.words.value(part, (), true);
                    i += len + 1;
                    continue;
                }
                let word_start = self.words.word_start;
                self.words.value(part, (), word_start);
                i += len;
                continue;
            }
            let c = t[i];
            if self.quoted {
                self.quoted = c != b'"';
                self.words.literal(&[c]);
            } else {
                match c {
                    b'^' => {
                        let next = &t[i + 1..];
                        if placeholder(next).is_some() {
                            return Err("a placeholder right after ^".to_owned());
                        }
                        self.words.literal(&t[i..(i + 2).min(t.len())]);
                        i += 1;
                    }
                    b'"' => {
                        self.quoted = true;
                        self.words.text.push(c);
                    }
                    c if is_boundary(c) => self.words.boundary(c),
                    _ => self.words.literal(&[c]),
                }
            }
            i += 1;
        }
        Ok(())
    }

    /// Whether the `"` just pushed opened a word (nothing of the word
    /// before it).
    fn word_start_before_quote(&self) -> bool {
        self.words.word_start && self.words.text.len() == 1
    }
}

/// An unquoted blank or operator of `cmd`.
fn is_boundary(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'&' | b'|' | b'<' | b'>' | b'(' | b')')
}

/// The placeholder at the start of `t`: its length and part.
fn placeholder(t: &[u8]) -> Option<(usize, Part)> {
    Part::ALL
        .iter()
        .find(|(s, _)| t.starts_with(s.as_bytes()))
        .map(|&(s, part)| (s.len(), part))
}

/// This part of a Windows path: components split at `\` or `/`, a drive
/// (`C:`) kept with its root separator.
pub fn part_of(part: Part, path: &[u8]) -> Cow<'_, [u8]> {
    match part {
        Part::Path => Cow::Borrowed(path),
        Part::Basename => Cow::Borrowed(basename(path)),
        Part::Parent => Cow::Borrowed(parent(path)),
        Part::NoExt => {
            let name = basename(path);
            let start = name.as_ptr() as usize - path.as_ptr() as usize;
            Cow::Borrowed(&path[..start + stem(name).len()])
        }
        Part::BasenameNoExt => Cow::Borrowed(stem(basename(path))),
    }
}

fn is_sep(b: u8) -> bool {
    b == b'\\' || b == b'/'
}

/// The length of the drive prefix (`C:`) of `path`, 0 when none.
fn drive_len(path: &[u8]) -> usize {
    match path {
        [letter, b':', ..] if letter.is_ascii_alphabetic() => 2,
        _ => 0,
    }
}

/// `path` without trailing separators, but a root (`\`, `C:\`) stays.
fn trim_seps(path: &[u8]) -> &[u8] {
    let drive = drive_len(path);
    let end = path.iter().rposition(|&b| !is_sep(b)).map_or(0, |i| i + 1);
    if end <= drive && path.len() > drive {
        &path[..drive + 1]
    } else {
        &path[..end.max(drive)]
    }
}

/// The last component of a printed path.
fn basename(path: &[u8]) -> &[u8] {
    let trimmed = trim_seps(path);
    let drive = drive_len(trimmed);
    match trimmed[drive..].iter().rposition(|&b| is_sep(b)) {
        Some(at) => &trimmed[drive + at + 1..],
        None => &trimmed[drive..],
    }
}

/// The folder part of a printed path: `.` when there is none, the root
/// (`\`, `C:\`) for a name directly in it.
fn parent(path: &[u8]) -> &[u8] {
    let trimmed = trim_seps(path);
    let drive = drive_len(trimmed);
    match trimmed[drive..].iter().rposition(|&b| is_sep(b)) {
        Some(at) => {
            let head = trim_seps(&trimmed[..drive + at]);
            if head.len() <= drive {
                &trimmed[..drive + at + 1]
            } else {
                head
            }
        }
        None if drive > 0 => &trimmed[..drive],
        None => b".",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What `cmd /V:OFF /S /C` makes of a line (the parts that matter
    /// here): `%NAME%` replaced when NAME is in `env` (with `wine`, NAME's
    /// carets ignored, as Wine's `cmd` does), then carets and quotes read;
    /// the line as the program receives it, and whether an operator
    /// (`& | < > ( )`) acted.
    fn cmd(line: &[u8], env: &[(&str, &str)], wine: bool) -> (Vec<u8>, bool) {
        let mut expanded = Vec::new();
        let mut i = 0;
        while i < line.len() {
            if line[i] == b'%'
                && let Some(len) = line[i + 1..].iter().position(|&b| b == b'%')
            {
                let mut name = line[i + 1..i + 1 + len].to_vec();
                if wine {
                    name.retain(|&b| b != b'^');
                }
                if let Some((_, value)) = env.iter().find(|(n, _)| n.as_bytes() == name) {
                    expanded.extend_from_slice(value.as_bytes());
                    i += len + 2;
                    continue;
                }
            }
            expanded.push(line[i]);
            i += 1;
        }
        let (mut out, mut quoted, mut acted) = (Vec::new(), false, false);
        let mut i = 0;
        while i < expanded.len() {
            let c = expanded[i];
            match c {
                b'"' => {
                    quoted = !quoted;
                    out.push(c);
                }
                b'^' if !quoted => {
                    i += 1;
                    if let Some(&next) = expanded.get(i) {
                        out.push(next);
                    }
                }
                b'&' | b'|' | b'<' | b'>' | b'(' | b')' if !quoted => {
                    acted = true;
                    out.push(c);
                }
                _ => out.push(c),
            }
            i += 1;
        }
        (out, acted)
    }

    /// The arguments the MSVC runtime (2008 and later) reads from a
    /// command line.
    fn argv(line: &[u8]) -> Vec<Vec<u8>> {
        let (mut args, mut arg, mut quoted, mut any) = (Vec::new(), Vec::new(), false, false);
        let mut i = 0;
        while i < line.len() {
            let c = line[i];
            if c == b'\\' {
                let n = line[i..].iter().take_while(|&&b| b == b'\\').count();
                if line.get(i + n) == Some(&b'"') {
                    arg.extend(std::iter::repeat_n(b'\\', n / 2));
                    if n % 2 == 1 {
                        arg.push(b'"');
                        i += n + 1;
                    } else {
                        i += n;
                    }
                } else {
                    arg.extend(std::iter::repeat_n(b'\\', n));
                    i += n;
                }
                any = true;
                continue;
            }
            match c {
                b'"' if quoted && line.get(i + 1) == Some(&b'"') => {
                    arg.push(b'"');
                    i += 1;
                }
                b'"' => {
                    quoted = !quoted;
                    any = true;
                }
                b' ' | b'\t' if !quoted => {
                    if any {
                        args.push(std::mem::take(&mut arg));
                    }
                    any = false;
                }
                _ => {
                    arg.push(c);
                    any = true;
                }
            }
            i += 1;
        }
        if any {
            args.push(arg);
        }
        args
    }

    const ENV: &[(&str, &str)] = &[("PATH", "C:\\Windows"), ("X", "boom")];

    /// `value`, quoted, is read back as one argument, unchanged, with no
    /// operator acting.
    fn round_trip(value: &[u8]) {
        let mut line = b"prog ".to_vec();
        quote(value, &mut line);
        line.extend_from_slice(b" end");
        for wine in [false, true] {
            let (passed, acted) = cmd(&line, ENV, wine);
            assert!(!acted, "{}", String::from_utf8_lossy(&line));
            assert_eq!(
                argv(&passed),
                [b"prog".to_vec(), value.to_vec(), b"end".to_vec()],
                "{}",
                String::from_utf8_lossy(&line)
            );
        }
    }

    #[test]
    fn hostile_values_reach_the_program_unchanged() {
        for value in [
            &b"plain"[..],
            b"",
            b"a b",
            b"%PATH%",
            b"%X%%X%",
            b"100%",
            b"%",
            b"%%",
            b"\\%X\\%\\",
            b"a&b",
            b"x^y",
            b"(p)",
            b"!x!",
            b"a|b<c>d",
            b"C:\\dir\\",
            b"C:\\dir\\\\",
            b"\\\\server\\share\\",
            b"say \"hi\"",
            b"back\\\"slash",
            b"\"",
            b"caf\xc3\xa9 \xf0\x9f\x98\x80",
        ] {
            round_trip(value);
        }
    }

    #[test]
    fn quoting_is_what_the_module_doc_says() {
        let q = |v: &[u8]| {
            let mut out = Vec::new();
            quote(v, &mut out);
            String::from_utf8(out).unwrap()
        };
        assert_eq!(q(b".\\a&b"), r#"^".\a^&b^""#);
        assert_eq!(q(b"%PATH%"), r#"^"^"^%^"PATH^"^%^"^""#);
        assert_eq!(q(b"a\\%"), r#"^"a\\^"^%^"^""#);
        assert_eq!(q(b"C:\\d\\"), r#"^"C:\d\\^""#);
        assert_eq!(q(b"a\\\"b"), r#"^"a\\\^"b^""#);
        assert_eq!(q(b"!x!"), r#"^"!x!^""#);
    }

    #[test]
    fn lengths_are_counted_in_utf16_units() {
        assert_eq!(utf16_len(b"abc"), 3);
        assert_eq!(utf16_len("é".as_bytes()), 1);
        assert_eq!(utf16_len("😀".as_bytes()), 2);
        assert!(has_line_break(b"a\nb") && has_line_break(b"a\rb"));
        assert!(!has_line_break(b"a b"));
    }

    fn line(template: &str, path: &[u8]) -> String {
        let mut out = Vec::new();
        Template::exec(template)
            .unwrap()
            .render(path, &mut out, &mut Vec::new());
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn templates_are_read_as_cmd_reads_them() {
        assert_eq!(line("type {}", b".\\a b"), r#"type ^".\a b^""#);
        assert_eq!(line("type", b".\\a"), r#"type ^".\a^""#);
        assert_eq!(line(r#"type "{}""#, b".\\a&b"), r#"type ^".\a^&b^""#);
        assert_eq!(line(r#"type "{}"&echo"#, b"a"), r#"type ^"a^"&echo"#);
        assert_eq!(line("type x{}", b"a"), r#"type x^"a^""#);
        assert_eq!(line(r#"echo "100%" {/}"#, b"d\\a"), r#"echo "100%" ^"a^""#);
        assert_eq!(line("echo ^&{}", b"a"), r#"echo ^&^"a^""#);
        assert!(Template::exec(r#"echo "<{}>""#).is_err());
        assert!(Template::exec(r#"echo x"{}""#).is_err());
        assert!(Template::exec(r#"echo "{}"x"#).is_err());
        assert!(Template::exec(r#"echo "{} {}""#).is_err());
        assert!(Template::exec("echo ^{}").is_err());
        assert!(Template::exec("echo \"unclosed").is_err());
        assert!(Template::exec("echo {}\nrd /s /q C:\\").is_err());
        assert!(Template::exec(" ").is_err());
    }

    #[test]
    fn a_leading_dash_gets_a_dot_backslash_at_a_word_start() {
        assert_eq!(line("dir {}", b"-d\\-rf"), r#"dir ^".\-d\-rf^""#);
        assert_eq!(line("dir {/}", b"-d\\-rf"), r#"dir ^".\-rf^""#);
        assert_eq!(line("dir x{/}", b"-d\\-rf"), r#"dir x^"-rf^""#);
    }

    #[test]
    fn a_batch_repeats_the_word_holding_the_placeholders() {
        let t = Template::batch("echo x{/} | sort").unwrap();
        let mut out = Vec::new();
        t.batch_head(&mut out);
        t.batch_word(b"d\\a", &mut out, &mut Vec::new());
        out.push(b' ');
        t.batch_word(b"d\\b", &mut out, &mut Vec::new());
        t.batch_tail(&mut out);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"echo x^"a^" x^"b^" | sort"#
        );
        assert!(Template::batch("copy {} {//}").is_err());
    }

    #[test]
    fn placeholders_take_their_part_of_a_windows_path() {
        let parts = |path: &[u8]| -> Vec<String> {
            Part::ALL
                .iter()
                .map(|&(_, p)| String::from_utf8(part_of(p, path).into_owned()).unwrap())
                .collect()
        };
        // Order of Part::ALL: {//} {/.} {/} {.} {}
        assert_eq!(
            parts(b".\\src\\main.rs"),
            [
                ".\\src",
                "main",
                "main.rs",
                ".\\src\\main",
                ".\\src\\main.rs"
            ]
        );
        assert_eq!(
            parts(b"C:\\x.tar.gz"),
            ["C:\\", "x.tar", "x.tar.gz", "C:\\x.tar", "C:\\x.tar.gz"]
        );
        assert_eq!(
            parts(b"C:\\d\\\\e"),
            ["C:\\d", "e", "e", "C:\\d\\\\e", "C:\\d\\\\e"]
        );
        assert_eq!(
            parts(b"d/.bashrc"),
            ["d", ".bashrc", ".bashrc", "d/.bashrc", "d/.bashrc"]
        );
        assert_eq!(parts(b"\\x"), ["\\", "x", "x", "\\x", "\\x"]);
        assert_eq!(parts(b"a.d\\b"), ["a.d", "b", "b", "a.d\\b", "a.d\\b"]);
    }
}
