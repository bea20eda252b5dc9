//! Runs the cram-style transcripts in `tests/cram/*.t`, one test per file.
//!
//! A transcript is prose plus indented blocks: `  $ command` (continued by
//! `  > more`), then the expected output, each line indented by two
//! spaces. An expected line may end in `(glob)` (`*` and `?` wildcards),
//! `(re)` (a regular expression for the whole line), `(esc)` (`\xNN`, `\t`,
//! `\r`, `\\` escapes) and `(no-eol)` (the output ends without a newline);
//! `[N]` is the exit status when it is not 0.
//!
//! Each file runs in one `bash` in a fresh temporary folder, with the
//! `ffind` under test first on `PATH`, standard error merged into standard
//! output, and a scrubbed environment: no `FFIND_*`, `NO_COLOR` or
//! `LS_COLORS`, `HOME` pointing at the temporary folder. `TESTDIR` is the
//! folder of the transcripts. Run `cargo test --test cram -- NAME` for one.
//! `CRAM_FFIND_DIR=DIR` puts another `ffind` first on `PATH` instead (the
//! Python original, say, to check an expected output against it).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use libtest_mimic::{Arguments, Failed, Trial};

/// Seconds one transcript may run before it is killed.
const TIMEOUT_SECS: u32 = 600;

/// Marks the end of each command's output in the combined output.
const SALT: &str = "CRAM-SALT-7c1f09";

/// One command of a transcript with what it should print.
struct Case {
    /// 1-based line of the `$` in the transcript.
    line: usize,
    /// The shell text, continuation lines joined with newlines.
    command: String,
    /// The expected lines (without the two-space indent).
    expected: Vec<String>,
}

fn main() {
    let args = Arguments::from_args();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cram");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/cram exists")
        .map(|e| e.expect("readable entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "t"))
        .collect();
    files.sort();
    let mut trials: Vec<Trial> = files
        .into_iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let ignored = name.starts_with("slow-");
            Trial::test(format!("cram::{name}"), move || run_file(&path)).with_ignored_flag(ignored)
        })
        .collect();
    trials.push(Trial::test("cram::self_check", self_check));
    libtest_mimic::run(&args, trials).exit();
}

/// Splits a transcript into its commands.
fn parse(text: &str) -> Vec<Case> {
    let mut cases: Vec<Case> = Vec::new();
    let mut in_output = false;
    for (i, line) in text.lines().enumerate() {
        if let Some(cmd) = line.strip_prefix("  $ ") {
            cases.push(Case {
                line: i + 1,
                command: cmd.to_owned(),
                expected: Vec::new(),
            });
            in_output = true;
        } else if let (Some(more), true) = (line.strip_prefix("  > "), in_output) {
            let case = cases.last_mut().expect("in a case");
            if case.expected.is_empty() {
                case.command.push('\n');
                case.command.push_str(more);
            } else {
                case.expected.push(line[2..].to_owned());
            }
        } else if let (Some(out), true) = (line.strip_prefix("  "), in_output) {
            cases
                .last_mut()
                .expect("in a case")
                .expected
                .push(out.to_owned());
        } else if line == "  " && in_output {
            cases
                .last_mut()
                .expect("in a case")
                .expected
                .push(String::new());
        } else {
            in_output = false;
        }
    }
    cases
}

/// The bash script that runs every case and marks where each one ends.
fn script(cases: &[Case]) -> String {
    let mut s = String::from("exec 2>&1\n");
    for (i, case) in cases.iter().enumerate() {
        s.push_str(&case.command);
        s.push_str(&format!("\nprintf '{SALT} %d %d\\n' {i} $?\n"));
    }
    s
}

fn run_file(path: &Path) -> Result<(), Failed> {
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let cases = parse(&text);
    let tmp = tempfile::tempdir().map_err(|e| e.to_string())?;
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_ffind"));
    let bin_dir = match std::env::var_os("CRAM_FFIND_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => bin.parent().unwrap().to_path_buf(),
    };
    let path_var = format!(
        "{}:{}",
        bin_dir.display(),
        std::env::var("PATH").unwrap_or_else(|_| "/usr/bin:/bin".into())
    );
    let output = Command::new("timeout")
        .arg(TIMEOUT_SECS.to_string())
        .arg("bash")
        .arg("-c")
        .arg(script(&cases))
        .current_dir(tmp.path())
        .env_clear()
        .env("PATH", path_var)
        .env("HOME", tmp.path())
        .env("TMPDIR", tmp.path())
        .env("LANG", "C.UTF-8")
        .env("LC_ALL", "C.UTF-8")
        .env("TZ", "GMT")
        .env("COLUMNS", "80")
        .env("TERM", "dumb")
        .env("TESTDIR", path.parent().unwrap())
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot run bash: {e}"))?;
    let actual = split_output(&output.stdout, cases.len())?;
    let mut report = String::new();
    for (case, (out, status)) in cases.iter().zip(actual) {
        let got = render(&out, status);
        if !matches(&case.expected, &got) {
            report.push_str(&format!(
                "\n{}:{}: $ {}\n--- expected\n{}\n--- actual\n{}\n",
                path.display(),
                case.line,
                case.command,
                case.expected.join("\n"),
                got.join("\n")
            ));
        }
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report.into())
    }
}

/// Cuts the combined output at the salt lines: each case's bytes and status.
fn split_output(stdout: &[u8], count: usize) -> Result<Vec<(Vec<u8>, i32)>, Failed> {
    let mut result = Vec::new();
    let mut rest = stdout;
    for i in 0..count {
        let marker = format!("{SALT} {i} ");
        let at = find(rest, marker.as_bytes()).ok_or_else(|| {
            format!(
                "the transcript stopped before command {} finished; output so far:\n{}",
                i + 1,
                String::from_utf8_lossy(rest)
            )
        })?;
        let after = &rest[at + marker.len()..];
        let eol = after
            .iter()
            .position(|&b| b == b'\n')
            .unwrap_or(after.len());
        let status: i32 = std::str::from_utf8(&after[..eol])
            .ok()
            .and_then(|s| s.trim().parse().ok())
            .unwrap_or(-1);
        result.push((rest[..at].to_vec(), status));
        rest = &after[(eol + 1).min(after.len())..];
    }
    Ok(result)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The actual output as transcript lines: escaped where needed, with
/// `(no-eol)` and the `[N]` status line.
fn render(out: &[u8], status: i32) -> Vec<String> {
    let mut lines = Vec::new();
    if !out.is_empty() {
        let ends_with_newline = out.ends_with(b"\n");
        let body = if ends_with_newline {
            &out[..out.len() - 1]
        } else {
            out
        };
        let parts: Vec<&[u8]> = body.split(|&b| b == b'\n').collect();
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            let mut line = escape_line(part);
            if i == last && !ends_with_newline {
                line.push_str(" (no-eol)");
            }
            lines.push(line);
        }
    }
    if status != 0 {
        lines.push(format!("[{status}]"));
    }
    lines
}

/// A line as text, with `(esc)` and escapes if it has bytes that are not
/// printable UTF-8.
fn escape_line(bytes: &[u8]) -> String {
    match std::str::from_utf8(bytes) {
        Ok(s) if !s.chars().any(|c| c.is_control() && c != '\t') && !s.ends_with(' ') => {
            s.to_owned()
        }
        _ => {
            let mut out = String::new();
            for chunk in bytes.utf8_chunks() {
                for c in chunk.valid().chars() {
                    match c {
                        '\\' => out.push_str("\\\\"),
                        '\t' => out.push_str("\\t"),
                        '\r' => out.push_str("\\r"),
                        c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
                        c => out.push(c),
                    }
                }
                for b in chunk.invalid() {
                    out.push_str(&format!("\\x{b:02x}"));
                }
            }
            if out.ends_with(' ') {
                out.pop();
                out.push_str("\\x20");
            }
            out.push_str(" (esc)");
            out
        }
    }
}

/// Whether every expected line matches the actual line beside it.
fn matches(expected: &[String], actual: &[String]) -> bool {
    expected.len() == actual.len() && expected.iter().zip(actual).all(|(e, a)| line_matches(e, a))
}

fn line_matches(expected: &str, actual: &str) -> bool {
    if expected == actual {
        return true;
    }
    let (expected, actual) = match (
        expected.strip_suffix(" (no-eol)"),
        actual.strip_suffix(" (no-eol)"),
    ) {
        (Some(e), Some(a)) => (e, a),
        (None, None) => (expected, actual),
        _ => return false,
    };
    if let Some(e) = expected.strip_suffix(" (esc)") {
        return unescape(e) == unescape(actual.strip_suffix(" (esc)").unwrap_or(actual));
    }
    if let Some(e) = expected.strip_suffix(" (re)") {
        return regex::Regex::new(&format!("^(?:{e})$")).is_ok_and(|re| re.is_match(actual));
    }
    if let Some(e) = expected.strip_suffix(" (glob)") {
        return glob_regex(e).is_match(actual);
    }
    expected == actual
}

/// The bytes an `(esc)` line stands for.
fn unescape(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' && i + 1 < bytes.len() {
            match bytes[i + 1] {
                b'\\' => out.push(b'\\'),
                b't' => out.push(b'\t'),
                b'r' => out.push(b'\r'),
                b'n' => out.push(b'\n'),
                b'x' if i + 4 <= bytes.len() => {
                    let hex = std::str::from_utf8(&bytes[i + 2..i + 4]).unwrap_or("zz");
                    match u8::from_str_radix(hex, 16) {
                        Ok(b) => {
                            out.push(b);
                            i += 4;
                            continue;
                        }
                        Err(_) => out.extend_from_slice(b"\\x"),
                    }
                }
                other => {
                    out.push(b'\\');
                    out.push(other);
                }
            }
            i += 2;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    out
}

/// A cram glob as a regex: `*` any text, `?` one character, `\` escapes.
fn glob_regex(glob: &str) -> regex::Regex {
    let mut re = String::from("^");
    let mut chars = glob.chars();
    while let Some(c) = chars.next() {
        match c {
            '*' => re.push_str(".*"),
            '?' => re.push('.'),
            '\\' => match chars.next() {
                Some(n) => re.push_str(&regex::escape(&n.to_string())),
                None => re.push_str(r"\\"),
            },
            c => re.push_str(&regex::escape(&c.to_string())),
        }
    }
    re.push('$');
    regex::Regex::new(&re).expect("a glob makes a valid regex")
}

/// The runner's own rules, checked so that a broken runner cannot pass
/// every transcript.
fn self_check() -> Result<(), Failed> {
    let cases = parse("Prose\n\n  $ echo a\n  > echo b\n  a\n  b\n  [1]\nmore prose\n  $ true\n");
    let ok = cases.len() == 2
        && cases[0].command == "echo a\necho b"
        && cases[0].expected == ["a", "b", "[1]"]
        && cases[1].expected.is_empty()
        && render(b"x\ny", 3) == ["x", "y (no-eol)", "[3]"]
        && render(b"\x1b[31mred\x1b[0m\n", 0) == ["\\x1b[31mred\\x1b[0m (esc)"]
        && line_matches("a*c (glob)", "abbbc")
        && !line_matches("a*c (glob)", "abbbd")
        && line_matches("a\\*c (glob)", "a*c")
        && !line_matches("a\\*c (glob)", "abc")
        && line_matches("[0-9]+ (re)", "123")
        && !line_matches("[0-9]+ (re)", "12a")
        && line_matches("\\xff (esc)", "\\xff (esc)")
        && !line_matches("\\xfe (esc)", "\\xff (esc)")
        && !matches(&["a".into()], &["a".into(), "b".into()])
        && split_output(format!("out{SALT} 0 2\n").as_bytes(), 1)
            .is_ok_and(|v| v == [(b"out".to_vec(), 2)]);
    if ok {
        Ok(())
    } else {
        Err("the cram runner's own rules are broken".into())
    }
}
