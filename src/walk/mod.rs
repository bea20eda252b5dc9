//! The walk: produces each folder's [`Listing`] in the original's order and
//! hands it to a [`Consumer`] (an output).
//!
//! - [`scheduler`]: the parallel, ordered, streaming walk (threads, the
//!   shared stack of folder tasks, the read-ahead budget);
//! - [`reader`]: reading one folder into a [`Listing`];
//! - [`filter`]: which entries are kept — where a new filter goes;
//! - [`handles`]: opening folders, and the budget of held handles;
//! - [`gitignore`]: the ignore rules of `--gitignore`, read by
//!   [`ignore_file`] (git's configuration too, parsed by [`git_config`]),
//!   their memory bounded by [`rule_memory`];
//! - [`roots`]: the folders it starts from, checked (and under `--delete`
//!   opened) before it starts;
//! - [`chain`]: the shared route from a folder up to its root (ancestors
//!   for loop detection, ignore rules).
//!
//! Why the walk is its own scheduler rather than rayon or the `ignore`
//! crate's parallel walker, with measurements: `docs/walker.md`.

pub mod chain;
pub mod filter;
pub mod git_config;
pub mod gitignore;
pub mod handles;
pub mod ignore_file;
pub mod reader;
pub mod roots;
pub mod rule_memory;
pub mod scheduler;

#[cfg(all(test, unix))]
mod order_tests;

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use crate::error::Error;
use crate::listing::{Entry, Listing, Skipped};
use crate::settings::Settings;
use crate::slip::Slip;

/// What the consumer wants after a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on with the walk.
    Continue,
    /// Stop the walk now.
    Stop,
}

/// What a consumer needs from each folder besides its matched entries.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Needs {
    /// The folder's open handle ([`Listing::dir`]), to act on its entries
    /// or look up their metadata relative to it.
    pub handles: bool,
    /// The consumer takes the walk's errors itself (each listing's
    /// [`Listing::error`] and [`Listing::skipped`]): the walk says nothing
    /// on standard error.
    pub errors: bool,
}

/// Receives the listings in order: what an output or an action implements.
/// Each method has a default, so a consumer says only what it acts on: a
/// whole folder's listing, or each match on its own ([`Consumer::found`]).
pub trait Consumer {
    /// What the consumer needs from each folder (nothing but the entries,
    /// unless it says so).
    fn needs(&self) -> Needs {
        Needs::default()
    }

    /// A flag another thread may set to end the walk (the library's
    /// iterator, dropped): workers leave the folder they are reading at its
    /// next batch of entries, and the walk returns at the consumer's next
    /// step — whoever sets it unparks the walk's thread, which may be
    /// waiting for a worker. None by default: only the walk ends itself.
    fn stop_signal(&self) -> Option<Arc<AtomicBool>> {
        None
    }

    /// Handles one folder's listing: by default each match in turn
    /// ([`Consumer::found`]), until one says stop.
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        for entry in listing.entries() {
            if self.found(listing, entry)? == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        Ok(Flow::Continue)
    }

    /// Handles one match `entry` of the folder `folder`.
    fn found(&mut self, _folder: &Listing, _entry: Entry<'_>) -> Result<Flow, Error> {
        Ok(Flow::Continue)
    }

    /// Called when the subtree of the folder handed over last and not yet
    /// left has been handed over whole (listings nest: each is left after
    /// its subfolders' listings, and before its next sibling's). Not
    /// called for the folders still open when the walk stops early.
    fn left(&mut self) -> Result<(), Error> {
        Ok(())
    }

    /// Called before the consumer waits for a worker and before an error is
    /// reported: the moment to flush what it has written.
    fn idle(&mut self) -> Result<(), Error> {
        Ok(())
    }

    /// Called now and then while the consumer's thread reads a big folder
    /// itself, and every [`IDLE_TICK`] while it waits for a worker: the
    /// moment to flush what has waited too long.
    fn tick(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// How often the consumer ticks ([`Consumer::tick`]) while it waits for a
/// worker.
pub const IDLE_TICK: std::time::Duration = std::time::Duration::from_millis(3);

/// The walk's limits on memory and descriptors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkLimits {
    /// Bytes of listings read ahead of the output before the workers pause.
    pub read_ahead: usize,
    /// Folder handles kept open for opening subfolders relative to them.
    pub held_handles: usize,
    /// Takes every folder read as one that waited for the disk: each starts
    /// or extends a cold spell, so the cold-cache readers and budgets work
    /// throughout, through the same path as on a cold cache (for callers
    /// that know, and for tests).
    pub assume_cold: bool,
    /// How long the consumer walks alone before it starts the workers
    /// (a read that waits for the disk starts them sooner): zero when the
    /// threads start at once ([`crate::settings::Threads::at_once`]).
    pub workers_after: std::time::Duration,
}

impl WalkLimits {
    /// The read-ahead budget of every search: 2 MiB (a smaller one slowed
    /// dense queries, a larger one only cost memory).
    pub const READ_AHEAD: usize = 2 << 20;

    /// How long the consumer walks alone by default: 3 ms. Starting a
    /// thread cost about 0.5 ms on a 2-core virtual machine, more than a
    /// second thread saved on a tree of 2,000 files (walked in about 2 ms);
    /// a larger walk loses the second thread's share of those first
    /// milliseconds (measured: the Linux tree's complete traversal, about
    /// 75 ms, 2% to 6% slower; the 2,000-file tree 5% to 8% faster).
    pub const WORKERS_AFTER: std::time::Duration = std::time::Duration::from_millis(3);

    /// The limits for `config`: [`Self::READ_AHEAD`], as many held handles
    /// as the process's open-file limit leaves room for beside the readers
    /// that start with the walk (the budget shrinks when more start), and
    /// the cache's state found out as the walk goes.
    pub fn for_config(config: &Settings) -> WalkLimits {
        let threads = config.threads;
        let first_readers = threads.count.filter(|_| threads.at_once).unwrap_or(1);
        WalkLimits {
            read_ahead: Self::READ_AHEAD,
            held_handles: handles::Budget::max_for_open_file_limit(first_readers),
            assume_cold: false,
            workers_after: if threads.at_once {
                std::time::Duration::ZERO
            } else {
                Self::WORKERS_AFTER
            },
        }
    }
}

/// When folders are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadMode {
    /// Ahead of the output, on the threads of `config.threads` (printing).
    Ahead,
    /// Each only when its turn comes, after the consumer has dealt with
    /// every earlier listing (the actions, as the original's `os.walk`).
    OnDemand,
}

/// How a walk went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Walked {
    /// Whether a walk error was reported: a folder or file lost to a limit
    /// always, any other (unreadable folder, loop) with `--show-errors`.
    pub errors_reported: bool,
}

/// Walks `roots` (checked by [`roots::check`]) in order within `limits`,
/// handing each folder's listing to `consumer` in the original's order.
/// Under `--gitignore`, loads git's global excludes first (a file skipped
/// there is reported under `--show-errors`).
pub fn walk(
    config: &Settings,
    roots: roots::Roots,
    slip: Option<&Slip>,
    mode: ReadMode,
    limits: WalkLimits,
    consumer: &mut impl Consumer,
) -> Result<Walked, Error> {
    let mut skipped = Vec::new();
    let global = config
        .git_files
        .as_ref()
        .and_then(|files| gitignore::global(files, &mut skipped));
    let quiet = consumer.needs().errors;
    let said = skipped
        .iter()
        .filter(|file| !quiet && (config.show_errors || file.limit));
    let reported = scheduler::report(said.map(Skipped::message), || consumer.idle(), config)?;
    let filter = filter::EntryFilter::new(config, global.as_ref());
    let mut walked = scheduler::run(config, roots.list, filter, slip, mode, limits, consumer)?;
    walked.errors_reported |= reported;
    Ok(walked)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::parse_from;
    use crate::config::Config;
    use crate::env::Env;
    use crate::listing::Kind;

    /// Records the listings and the leavings, in order.
    #[derive(Default)]
    struct Events(Vec<String>);

    impl Consumer for Events {
        fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
            let names: Vec<_> = listing
                .entries()
                .map(|e| String::from_utf8_lossy(e.name).into_owned())
                .collect();
            let path = String::from_utf8_lossy(&listing.path);
            let depth = listing.depth;
            self.0
                .push(format!("{path} ({depth}): {}", names.join(" ")));
            Ok(Flow::Continue)
        }

        fn left(&mut self) -> Result<(), Error> {
            self.0.push("left".into());
            Ok(())
        }
    }

    #[test]
    fn each_folder_is_left_after_its_subtree_and_before_its_sibling() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("r");
        for dir in ["a/deep", "b"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        std::fs::write(root.join("a/x"), "").unwrap();
        let env = Env::default();
        let root_arg = root.to_str().unwrap();
        let argv = ["ffind", "-j1", root_arg, ""];
        let config = Config::resolve(&parse_from(&env, argv).unwrap(), &env, false, false);
        let config = config.unwrap().search;
        let mut events = Events::default();
        let limits = WalkLimits::for_config(&config);
        walk(
            &config,
            roots::check(&config).unwrap(),
            None,
            ReadMode::OnDemand,
            limits,
            &mut events,
        )
        .unwrap();
        let r = root_arg;
        let want = [
            format!("{r} (0): a b"),
            format!("{r}/a (1): x deep"),
            format!("{r}/a/deep (2): "),
            "left".into(),
            "left".into(),
            format!("{r}/b (1): "),
            "left".into(),
            "left".into(),
        ];
        assert_eq!(events.0, want);
    }

    /// Asks for folder handles and looks up each match's metadata.
    #[derive(Default)]
    struct Sizes(Vec<(String, Kind, u64)>);

    impl Consumer for Sizes {
        fn needs(&self) -> Needs {
            Needs {
                handles: true,
                errors: false,
            }
        }

        fn found(&mut self, folder: &Listing, entry: Entry<'_>) -> Result<Flow, Error> {
            let meta = folder.metadata(entry.name, false).unwrap();
            assert_eq!(meta.kind, entry.kind);
            let name = String::from_utf8_lossy(entry.name).into_owned();
            self.0.push((name, entry.kind, meta.size));
            Ok(Flow::Continue)
        }
    }

    #[test]
    fn metadata_is_looked_up_relative_to_the_folder_handle_when_asked_for() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("r");
        std::fs::create_dir_all(root.join("d")).unwrap();
        std::fs::write(root.join("f"), "12345").unwrap();
        let env = Env::default();
        let argv = ["ffind", root.to_str().unwrap(), ""];
        let config = Config::resolve(&parse_from(&env, argv).unwrap(), &env, false, false);
        let config = config.unwrap().search;
        let mut sizes = Sizes::default();
        let limits = WalkLimits::for_config(&config);
        walk(
            &config,
            roots::check(&config).unwrap(),
            None,
            ReadMode::Ahead,
            limits,
            &mut sizes,
        )
        .unwrap();
        assert_eq!(sizes.0[0], ("f".to_owned(), Kind::File, 5));
        assert_eq!((&sizes.0[1].0[..], sizes.0[1].1), ("d", Kind::Dir));
        let mut listing = Listing::new(b".".to_vec(), 0);
        listing.push(b"f", 0..1, Kind::File);
        assert!(
            listing.metadata(b"f", false).is_err(),
            "no handle, no lookup"
        );
    }
}
