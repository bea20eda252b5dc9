//! Running `--exec` and `--exec-batch` lines: `/bin/sh -c LINE sh VALUE…`,
//! the line holding references to the values and the values passed as
//! arguments ([`crate::template::sh`]); one run per match, or runs
//! holding as many matches as the system's argument limits allow.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use crate::template::sh::Template;

/// The shell every line runs through.
const SHELL: &str = "/bin/sh";

/// The shell's `$0`.
const NAME0: &str = "sh";

/// Runs `line` through the shell with `values` as its positional
/// parameters, and waits; whether it succeeded. A run that cannot start is
/// reported and counts as failed.
fn run_shell(line: &[u8], values: &[Vec<u8>]) -> bool {
    let mut shell = Command::new(SHELL);
    shell
        .arg("-c")
        .arg(OsStr::from_bytes(line))
        .arg(NAME0)
        .args(values.iter().map(|v| OsStr::from_bytes(v)));
    crate::output::shared::run_to_end(&mut shell, SHELL)
}

/// How long the arguments of one run may be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ArgLimits {
    /// All the arguments together, with their pointers, besides the
    /// environment the child inherits (`ARG_MAX` less the environment and
    /// a 4 KiB margin).
    pub total: usize,
    /// One argument, without its terminating NUL (`MAX_ARG_STRLEN` less
    /// one on Linux: 32 pages, 128 KiB with 4 KiB pages; else `total`).
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
            // SAFETY: as above.
            let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
            total.min(32 * usize::try_from(page).unwrap_or(4096) - 1)
        } else {
            total
        };
        ArgLimits { total, one }
    }

    /// The space `value` takes among the arguments: its bytes, its NUL and
    /// its pointer.
    fn cost(value: &[u8]) -> usize {
        value.len() + 1 + POINTER
    }

    /// Whether a run whose line is `line` bytes long and whose values take
    /// `values` ([`ArgLimits::cost`] summed) fits.
    fn fit(&self, line: usize, values: usize) -> bool {
        // The shell's path, `-c`, the line and `$0`, with their NULs, and
        // the pointers to them and the closing null pointer.
        let fixed = SHELL.len() + 1 + 3 + line + 1 + NAME0.len() + 1 + 5 * POINTER;
        line <= self.one && fixed + values <= self.total
    }
}

/// The size of one argument pointer.
const POINTER: usize = size_of::<usize>();

/// Reports a match left out because one of its values is longer than the
/// system takes for one argument; the run counts as failed.
fn too_long(path: &[u8], value: usize, limits: ArgLimits) {
    let message = format!(
        "argument too long ({value} bytes, at most {} can be passed), not run for: {}",
        limits.one,
        String::from_utf8_lossy(&crate::escape::escaped(path))
    );
    crate::error::report(&message, false);
}

/// The longest of `values`.
fn longest(values: &[Vec<u8>]) -> usize {
    values.iter().map(Vec::len).max().unwrap_or(0)
}

/// `--exec`: one run per match.
pub struct Each<'t> {
    template: &'t Template,
    limits: ArgLimits,
    line: Vec<u8>,
    values: Vec<Vec<u8>>,
}

impl<'t> Each<'t> {
    /// Runs of `template` within `limits`.
    pub fn new(template: &'t Template, limits: ArgLimits) -> Each<'t> {
        Each {
            template,
            limits,
            line: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Runs the line for `path` and waits; whether it succeeded. A value
    /// too long to pass is reported and counts as a failure.
    pub fn run(&mut self, path: &[u8]) -> bool {
        self.line.clear();
        self.values.clear();
        self.template.render(path, &mut self.line, &mut self.values);
        let longest = longest(&self.values);
        if longest > self.limits.one {
            too_long(path, longest, self.limits);
            return false;
        }
        run_shell(&self.line, &self.values)
    }
}

/// `--exec-batch`: gathers the matches into runs as long as the system
/// allows, and starts each run when it is full and at the end. The line
/// holds the repeated word once per match (with references), the values
/// follow it; a run ends before the line would pass the limit on one
/// argument or everything the limit on all of them. A match with a value
/// longer than one argument may be is reported and left out.
pub struct Batch<'t> {
    template: &'t Template,
    line: Vec<u8>,
    head_len: usize,
    tail: Vec<u8>,
    values: Vec<Vec<u8>>,
    /// The cost of `values` ([`ArgLimits::cost`] summed).
    used: usize,
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
        Batch {
            template,
            head_len: line.len(),
            line,
            tail,
            values: Vec::new(),
            used: 0,
            count: 0,
            limits,
            failed: false,
        }
    }

    /// Adds a match, first starting the run gathered so far if the match
    /// would make it too long.
    pub fn push(&mut self, path: &[u8]) {
        let (line_len, values_len) = (self.line.len(), self.values.len());
        self.add(path);
        let added = &self.values[values_len..];
        let longest = longest(added);
        if longest > self.limits.one {
            self.line.truncate(line_len);
            self.values.truncate(values_len);
            too_long(path, longest, self.limits);
            self.failed = true;
            return;
        }
        let cost: usize = added.iter().map(|v| ArgLimits::cost(v)).sum();
        let fits = self
            .limits
            .fit(self.line.len() + self.tail.len(), self.used + cost);
        if self.count > 0 && !fits {
            self.line.truncate(line_len);
            self.values.truncate(values_len);
            self.run();
            self.add(path);
        }
        self.used += cost;
        self.count += 1;
    }

    /// Appends the repeated word for `path` and its values.
    fn add(&mut self, path: &[u8]) {
        if self.count > 0 {
            self.line.push(b' ');
        }
        self.template
            .batch_word(path, &mut self.line, &mut self.values);
    }

    /// Runs what is left; whether any run failed or any match was left
    /// out. Nothing runs when no match was added.
    pub fn finish(mut self) -> bool {
        self.run();
        self.failed
    }

    fn run(&mut self) {
        if self.count == 0 {
            return;
        }
        self.line.extend_from_slice(&self.tail);
        self.failed |= !run_shell(&self.line, &self.values);
        self.line.truncate(self.head_len);
        self.values.clear();
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

    /// A count of the values of each run, logged to a file.
    struct Counting {
        _dir: tempfile::TempDir,
        log: std::path::PathBuf,
        template: Template,
    }

    impl Counting {
        fn new() -> Counting {
            let dir = tempfile::tempdir().unwrap();
            let log = dir.path().join("log");
            let text = format!("printf '%s\\n' x{{}} | wc -l >> '{}'", log.display());
            let template = Template::batch(&text).unwrap();
            Counting {
                _dir: dir,
                log,
                template,
            }
        }

        /// Pushes `paths` through a batch within `limits`: the count of each
        /// run, and whether the batch failed.
        fn runs(&self, paths: &[Vec<u8>], limits: ArgLimits) -> (Vec<usize>, bool) {
            let _ = std::fs::remove_file(&self.log);
            let mut batch = Batch::new(&self.template, limits);
            for path in paths {
                batch.push(path);
            }
            let failed = batch.finish();
            let counts = std::fs::read_to_string(&self.log)
                .unwrap_or_default()
                .lines()
                .map(|l| l.trim().parse().unwrap())
                .collect();
            (counts, failed)
        }

        /// The length of the line of a run of `n` of `files`.
        fn line_len(&self, n: usize) -> usize {
            let mut line = Vec::new();
            self.template.batch_head(&mut line);
            for (i, path) in files(n).iter().enumerate() {
                if i > 0 {
                    line.push(b' ');
                }
                self.template.batch_word(path, &mut line, &mut Vec::new());
            }
            self.template.batch_tail(&mut line);
            line.len()
        }
    }

    fn files(n: usize) -> Vec<Vec<u8>> {
        (0..n)
            .map(|i| format!("./file{i:02}").into_bytes())
            .collect()
    }

    const LARGE: ArgLimits = ArgLimits {
        total: 1 << 20,
        one: 1 << 16,
    };

    #[test]
    fn a_batch_splits_where_its_line_would_be_too_long() {
        let counting = Counting::new();
        let (counts, failed) = counting.runs(&files(40), LARGE);
        assert_eq!((counts, failed), (vec![40], false));
        let one = 50;
        assert!(counting.line_len(1) > one);
        let (counts, failed) = counting.runs(&files(40), ArgLimits { one, ..LARGE });
        assert_eq!(
            (counts, failed),
            (vec![1; 40], false),
            "a line too long runs alone"
        );
        let one = counting.line_len(7) + 3;
        let (counts, _) = counting.runs(&files(40), ArgLimits { one, ..LARGE });
        assert_eq!(counts, [7, 7, 7, 7, 7, 5]);
    }

    #[test]
    fn a_batch_splits_at_the_total_limit() {
        let counting = Counting::new();
        let system = ArgLimits::of_system(crate::env::Env::from_process().size());
        assert_eq!(counting.runs(&files(40), system).0, vec![40]);
        let (counts, _) = counting.runs(&files(40), ArgLimits { total: 0, ..LARGE });
        assert_eq!(counts, vec![1; 40]);
        let seven = 7 * ArgLimits::cost(b"./file00");
        let total = (0..1 << 20)
            .find(|&total| ArgLimits { total, ..LARGE }.fit(counting.line_len(7), seven))
            .unwrap();
        let (counts, _) = counting.runs(&files(40), ArgLimits { total, ..LARGE });
        assert_eq!(counts, [7, 7, 7, 7, 7, 5]);
    }

    #[test]
    fn a_value_too_long_for_one_argument_is_left_out_alone() {
        let counting = Counting::new();
        let mut paths = files(5);
        paths.insert(2, [b"./".as_slice(), &[b'x'; 64]].concat());
        assert_eq!(counting.runs(&paths, LARGE), (vec![6], false));
        let limits = ArgLimits { one: 60, ..LARGE };
        let (counts, failed) = counting.runs(&paths, limits);
        assert!(failed);
        assert_eq!(counts.iter().sum::<usize>(), 5, "{counts:?}");
    }
}
