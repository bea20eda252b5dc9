//! Running `--exec` and `--exec-batch` lines through `cmd.exe` (Windows):
//! one run per match, or runs holding as many matches as one `cmd` line
//! takes (8,191 UTF-16 units). The line is handed to `cmd` verbatim
//! (`raw_arg`), with its values quoted by [`crate::template::cmd`].

use std::os::windows::process::CommandExt;
use std::process::Command;

use crate::template::cmd::{self, CMD_LIMIT, Template};

/// The interpreter every line runs through.
const SHELL: &str = "cmd.exe";

/// Its switches before the line: no AutoRun commands (`/D`), delayed
/// expansion off whatever the registry says (`/V:OFF`, so `!` is plain
/// text), and the quotes put around the line stripped as a pair (`/S`),
/// so a line starting with a quoted program name stays as written.
const SWITCHES: &[u8] = b"/D /V:OFF /S /C \"";

/// Runs `line` through `cmd.exe` and waits; whether it succeeded. A run
/// that cannot start is reported and counts as failed.
fn run_line(line: &[u8]) -> bool {
    if cmd::has_line_break(line) {
        crate::error::report(
            &"cannot run a line holding a line break through cmd.exe: skipped",
            false,
        );
        return false;
    }
    let mut arg = Vec::with_capacity(SWITCHES.len() + line.len() + 1);
    arg.extend_from_slice(SWITCHES);
    arg.extend_from_slice(line);
    arg.push(b'"');
    let mut shell = Command::new(SHELL);
    shell.raw_arg(crate::sys::os_str(&arg));
    crate::output::shared::run_to_end(&mut shell, SHELL)
}

/// How long one run's line may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgLimits {
    /// The whole of what follows `cmd.exe` on its command line, in UTF-16
    /// units.
    pub total: usize,
}

impl ArgLimits {
    /// `cmd.exe`'s limit (the environment does not count on Windows).
    pub fn of_system(_environment: usize) -> ArgLimits {
        ArgLimits { total: CMD_LIMIT }
    }
}

/// `--exec`: one run per match.
pub struct Each<'t> {
    template: &'t Template,
    line: Vec<u8>,
}

impl<'t> Each<'t> {
    /// Runs of `template` (one `cmd` line each, whose own limit applies).
    pub fn new(template: &'t Template, _limits: ArgLimits) -> Each<'t> {
        Each {
            template,
            line: Vec::new(),
        }
    }

    /// Runs the line for `path` and waits; whether it succeeded.
    pub fn run(&mut self, path: &[u8]) -> bool {
        self.line.clear();
        self.template.render(path, &mut self.line, &mut Vec::new());
        run_line(&self.line)
    }
}

/// `--exec-batch`: gathers the matches into one line, the word holding the
/// placeholders repeated for each, and runs it when the next match would
/// make it too long for `cmd`, and at the end.
pub struct Batch<'t> {
    template: &'t Template,
    line: Vec<u8>,
    /// The line's length in UTF-16 units, with the switches and quotes.
    units: usize,
    head_len: usize,
    head_units: usize,
    tail: Vec<u8>,
    tail_units: usize,
    word: Vec<u8>,
    count: usize,
    limits: ArgLimits,
    failed: bool,
}

impl<'t> Batch<'t> {
    /// An empty batch for `template` within `limits`.
    pub fn new(template: &'t Template, limits: ArgLimits) -> Batch<'t> {
        let mut line = Vec::new();
        template.batch_head(&mut line);
        let mut tail = Vec::new();
        template.batch_tail(&mut tail);
        let head_units = SWITCHES.len() + 1 + cmd::utf16_len(&line);
        Batch {
            template,
            head_len: line.len(),
            line,
            units: head_units,
            head_units,
            tail_units: cmd::utf16_len(&tail),
            tail,
            word: Vec::new(),
            count: 0,
            limits,
            failed: false,
        }
    }

    /// Adds a match, first starting the run gathered so far if the match
    /// would make it too long.
    pub fn push(&mut self, path: &[u8]) {
        self.word.clear();
        self.template
            .batch_word(path, &mut self.word, &mut Vec::new());
        if cmd::has_line_break(&self.word) {
            let message = format!(
                "cannot pass a path holding a line break to cmd.exe: {}",
                String::from_utf8_lossy(&crate::escape::escaped(path))
            );
            crate::error::report(&message, false);
            self.failed = true;
            return;
        }
        let word_units = cmd::utf16_len(&self.word);
        if self.count > 0 && self.units + 1 + word_units + self.tail_units > self.limits.total {
            self.run();
        }
        if self.count > 0 {
            self.line.push(b' ');
            self.units += 1;
        }
        self.line.extend_from_slice(&self.word);
        self.units += word_units;
        self.count += 1;
    }

    /// Runs what is left; whether any run failed. Nothing runs when no
    /// match was added.
    pub fn finish(mut self) -> bool {
        self.run();
        self.failed
    }

    fn run(&mut self) {
        if self.count == 0 {
            return;
        }
        self.line.extend_from_slice(&self.tail);
        self.failed |= !run_line(&self.line);
        self.line.truncate(self.head_len);
        self.units = self.head_units;
        self.count = 0;
    }
}
