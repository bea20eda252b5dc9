//! Running `--exec` and `--exec-batch` lines through `/bin/sh -c`: one run
//! per match, or runs holding as many matches as the system's argument
//! limits allow.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use crate::template::{Part, sh::Template};

/// The shell every line runs through.
const SHELL: &str = "/bin/sh";

/// Runs `line` through the shell and waits; whether it succeeded. A run
/// that cannot start is reported and counts as failed.
pub fn run_line(line: &[u8]) -> bool {
    run_shell(line, std::iter::empty())
}

/// Runs `line` through the shell with `args` as its positional
/// parameters (`$1`…), and waits; whether it succeeded.
fn run_shell<'a>(line: &[u8], args: impl Iterator<Item = &'a OsStr>) -> bool {
    let mut shell = Command::new(SHELL);
    shell.arg("-c").arg(OsStr::from_bytes(line));
    let mut args = args.peekable();
    if args.peek().is_some() {
        shell.arg("sh").args(args);
    }
    crate::output::shared::run_to_end(&mut shell, SHELL)
}

/// How long the arguments of one run may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgLimits {
    /// All the arguments together, with their pointers, besides the
    /// environment the child inherits (`ARG_MAX` less the environment and
    /// a 4 KiB margin).
    pub total: usize,
    /// One argument (`MAX_ARG_STRLEN`, 128 KiB, on Linux; else `total`).
    pub one: usize,
}

impl ArgLimits {
    /// The system's limits for a child of this process, whose environment
    /// takes `environment` bytes ([`crate::env::Env::size`]).
    pub fn of_system(environment: usize) -> ArgLimits {
        // SAFETY: sysconf has no preconditions and only reads a system limit.
        let arg_max = unsafe { libc::sysconf(libc::_SC_ARG_MAX) };
        let arg_max = usize::try_from(arg_max).unwrap_or(64 * 1024);
        let total = arg_max.saturating_sub(environment + 4096);
        let one = if cfg!(target_os = "linux") {
            total.min(32 * 4096 - 1)
        } else {
            total
        };
        ArgLimits { total, one }
    }
}

/// The size of one argument pointer.
const POINTER: usize = size_of::<usize>();

/// `--exec-batch`: gathers the matches into runs as long as the system
/// allows, and starts each run when it is full and at the end. When the
/// repeated word is one placeholder alone, the line holds `"$@"` there and
/// the values go as the shell's positional parameters (bounded by
/// `ARG_MAX`); otherwise the word is repeated in the line itself (bounded
/// by the limit on one argument).
pub struct Batch<'t> {
    template: &'t Template,
    lone: Option<Part>,
    line: Vec<u8>,
    tail: Vec<u8>,
    head_len: usize,
    args: Vec<Vec<u8>>,
    word: Vec<u8>,
    used: usize,
    count: usize,
    limits: ArgLimits,
    failed: bool,
}

impl<'t> Batch<'t> {
    /// An empty batch for `template` within `limits`.
    pub fn new(template: &'t Template, limits: ArgLimits) -> Batch<'t> {
        let lone = template.batch_lone();
        let mut line = Vec::new();
        template.batch_head(&mut line);
        let mut tail = Vec::new();
        template.batch_tail(&mut tail);
        if lone.is_some() {
            line.extend_from_slice(b"\"$@\"");
            line.append(&mut tail);
        }
        Batch {
            template,
            lone,
            head_len: line.len(),
            line,
            tail,
            args: Vec::new(),
            word: Vec::new(),
            used: 0,
            count: 0,
            limits,
            failed: false,
        }
    }

    /// Adds a match, first starting the run gathered so far if the match
    /// would make it too long.
    pub fn push(&mut self, path: &[u8]) {
        self.word.clear();
        let fits = match self.lone {
            Some(part) => {
                Template::batch_value(part, path, &mut self.word);
                let fixed = SHELL.len() + self.line.len() + 8 + 4 * POINTER;
                fixed + self.used + self.word.len() + 1 + POINTER <= self.limits.total
            }
            None => {
                self.template.batch_word(path, &mut self.word);
                let limit = self.limits.one.min(self.limits.total);
                self.line.len() + 1 + self.word.len() + self.tail.len() <= limit
            }
        };
        if self.count > 0 && !fits {
            self.run();
        }
        match self.lone {
            Some(_) => {
                self.used += self.word.len() + 1 + POINTER;
                self.args.push(std::mem::take(&mut self.word));
            }
            None => {
                if self.count > 0 {
                    self.line.push(b' ');
                }
                self.line.extend_from_slice(&self.word);
            }
        }
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
        let ok = if self.lone.is_some() {
            let args = self.args.iter().map(|a| OsStr::from_bytes(a));
            run_shell(&self.line, args)
        } else {
            self.line.extend_from_slice(&self.tail);
            run_shell(&self.line, std::iter::empty())
        };
        self.failed |= !ok;
        self.line.truncate(self.head_len);
        self.args.clear();
        self.used = 0;
        self.count = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limits_are_the_systems() {
        let limits = ArgLimits::of_system(crate::env::Env::from_process().size());
        assert!(
            limits.one > 16 * 1024 && limits.one <= limits.total,
            "{limits:?}"
        );
    }

    /// Pushes 40 paths through a batch of `template` (which logs `$#` for
    /// each run to `log`) within `limits`; the count of each run.
    fn runs(template: &str, limits: ArgLimits) -> (Vec<usize>, usize) {
        let tmp = tempfile::tempdir().unwrap();
        let log = tmp.path().join("log");
        let template =
            Template::batch(&template.replace("LOG", &log.display().to_string())).unwrap();
        let mut batch = Batch::new(&template, limits);
        let fixed = batch.line.len();
        for i in 0..40 {
            batch.push(format!("./file{i:02}").as_bytes());
        }
        assert!(!batch.finish());
        let counts = std::fs::read_to_string(&log)
            .unwrap()
            .lines()
            .map(|l| l.parse().unwrap())
            .collect();
        (counts, fixed)
    }

    #[test]
    fn a_batch_line_splits_only_where_it_would_be_too_long() {
        let limits = |n| ArgLimits {
            total: 1 << 20,
            one: n,
        };
        let (counts, head) = runs("sh -c 'echo $# >> LOG' sh x{}", limits(0));
        assert_eq!(counts, vec![1; 40], "a word too long still runs, alone");
        let limit = head + 100;
        let (counts, _) = runs("sh -c 'echo $# >> LOG' sh x{}", limits(limit));
        assert_eq!(counts.iter().sum::<usize>(), 40);
        let line = |c: usize| head + 11 * c + c - 1;
        for &c in &counts[..counts.len() - 1] {
            assert!(line(c) <= limit && line(c + 1) > limit, "{counts:?}");
        }
    }

    #[test]
    fn a_lone_placeholder_batch_splits_at_the_total_limit() {
        let (counts, _) = runs(
            "echo $# >> LOG; true",
            ArgLimits::of_system(crate::env::Env::from_process().size()),
        );
        assert_eq!(counts, vec![40]);
        let (counts, fixed) = runs("echo $# >> LOG; true", ArgLimits { total: 0, one: 0 });
        assert_eq!(counts, vec![1; 40]);
        let per = "./file00".len() + 1 + POINTER;
        let base = SHELL.len() + fixed + 8 + 4 * POINTER;
        let total = base + 10 * per;
        let (counts, _) = runs("echo $# >> LOG; true", ArgLimits { total, one: 0 });
        assert_eq!(counts, vec![10; 4]);
    }
}
