//! Running `--exec` and `--exec-batch` lines through `/bin/sh -c`: one run
//! per match, or runs holding as many matches as the system lets one
//! argument hold.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use crate::output::template::Template;

/// The shell every line runs through.
const SHELL: &str = "/bin/sh";

/// Runs `line` through the shell and waits; whether it succeeded. A run
/// that cannot start is reported and counts as failed.
pub fn run_line(line: &[u8]) -> bool {
    let mut shell = Command::new(SHELL);
    shell.arg("-c").arg(OsStr::from_bytes(line));
    match crate::sys::dies_with_parent(&mut shell).status() {
        Ok(status) => status.success(),
        Err(err) => {
            eprintln!("ffind: cannot run {SHELL}: {}", crate::error::reason(&err));
            false
        }
    }
}

/// `--exec-batch`: gathers the matches into lines as long as the system
/// allows, and runs each line when it is full and at the end.
pub struct Batch<'t> {
    template: &'t Template,
    line: Vec<u8>,
    word: Vec<u8>,
    tail: Vec<u8>,
    head_len: usize,
    count: usize,
    limit: usize,
    failed: bool,
}

impl<'t> Batch<'t> {
    /// An empty batch for `template`; lines stay within `limit` bytes.
    pub fn new(template: &'t Template, limit: usize) -> Batch<'t> {
        let mut line = Vec::new();
        template.batch_head(&mut line);
        let mut tail = Vec::new();
        template.batch_tail(&mut tail);
        Batch {
            template,
            head_len: line.len(),
            line,
            word: Vec::new(),
            tail,
            count: 0,
            limit,
            failed: false,
        }
    }

    /// Adds a match, first running the line gathered so far if the match
    /// would make it too long.
    pub fn push(&mut self, path: &[u8]) {
        self.word.clear();
        self.template.batch_word(path, &mut self.word);
        let sep = usize::from(self.count > 0);
        if self.count > 0 && self.line.len() + sep + self.word.len() + self.tail.len() > self.limit
        {
            self.run();
        }
        if self.count > 0 {
            self.line.push(b' ');
        }
        self.line.extend_from_slice(&self.word);
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
        self.count = 0;
    }
}

/// The longest line one `sh -c` run may take: on Linux one argument may
/// hold at most 128 KiB (`MAX_ARG_STRLEN`), and everywhere all arguments
/// plus the environment the child inherits at most `ARG_MAX`; a margin of
/// 4 KiB is kept.
pub fn max_line() -> usize {
    // SAFETY: sysconf has no preconditions and only reads a system limit.
    let arg_max = unsafe { libc::sysconf(libc::_SC_ARG_MAX) };
    let arg_max = usize::try_from(arg_max).unwrap_or(64 * 1024);
    let pointer = size_of::<usize>();
    let environment: usize = std::env::vars_os()
        .map(|(k, v)| k.len() + v.len() + 2 + pointer)
        .sum();
    let fixed = SHELL.len() + 4 + 4 * pointer + 4096;
    let room = arg_max.saturating_sub(environment + fixed);
    if cfg!(target_os = "linux") {
        room.min(32 * 4096 - 1)
    } else {
        room
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line_limit_is_the_systems() {
        let limit = max_line();
        assert!(limit > 16 * 1024 && limit < 32 * 4096, "{limit}");
    }

    #[test]
    fn a_batch_splits_only_where_the_line_would_be_too_long() {
        let tmp = tempfile::tempdir().unwrap();
        let log = tmp.path().join("log");
        let template =
            Template::batch(&format!("sh -c 'echo $# >> {}' sh", log.display())).unwrap();
        let mut head = Vec::new();
        template.batch_head(&mut head);
        let limit = head.len() + 100;
        let mut batch = Batch::new(&template, limit);
        for i in 0..40 {
            batch.push(format!("./file{i:02}").as_bytes());
        }
        assert!(!batch.finish());
        let counts: Vec<usize> = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(|l| l.parse().unwrap())
            .collect();
        assert_eq!(counts.iter().sum::<usize>(), 40);
        let line = |c: usize| head.len() + 10 * c + c - 1;
        for &c in &counts[..counts.len() - 1] {
            assert!(line(c) <= limit && line(c + 1) > limit, "{counts:?}");
        }
    }
}
