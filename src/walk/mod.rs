//! The walk: produces each folder's [`Listing`] in the original's order and
//! hands it to a [`Consumer`] (an output).
//!
//! - [`scheduler`]: the parallel, ordered, streaming walk (threads, the
//!   shared stack of folder tasks, the read-ahead budget);
//! - [`read`]: reading one folder into a [`Listing`];
//! - [`filter`]: which entries are kept — where a new filter goes;
//! - [`handles`]: opening folders, and the budget of held handles;
//! - [`gitignore`]: the ignore rules of `--gitignore`, read by
//!   [`ignore_file`] (git's configuration too, parsed by [`git_config`]),
//!   their memory bounded by [`rule_memory`];
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
pub mod read;
pub mod rule_memory;
pub mod scheduler;

use crate::config::Config;
use crate::error::Error;
use crate::listing::Listing;

/// What the consumer wants after a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on with the walk.
    Continue,
    /// Stop the walk now.
    Stop,
}

/// Receives the listings in order.
pub trait Consumer {
    /// Handles one folder's listing.
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error>;
    /// Called before the consumer waits for a worker and before an error is
    /// reported: the moment to flush what it has written.
    fn idle(&mut self) -> Result<(), Error>;
    /// Called now and then while the consumer's thread reads a big folder
    /// itself: the moment to flush what has waited too long.
    fn tick(&mut self) -> Result<(), Error> {
        Ok(())
    }
}

/// The walk's limits on memory and descriptors.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WalkLimits {
    /// Bytes of listings read ahead of the output before the workers pause.
    pub read_ahead: usize,
    /// Folder handles kept open for opening subfolders relative to them.
    pub held_handles: usize,
    /// Takes the cache as cold for the whole walk, without waiting for a
    /// read to wait for the disk: the cold-cache readers and budgets work
    /// from the start (for callers that know, and for tests).
    pub assume_cold: bool,
}

impl WalkLimits {
    /// The read-ahead budget of every search: 2 MiB (a smaller one slowed
    /// dense queries, a larger one only cost memory).
    pub const READ_AHEAD: usize = 2 << 20;

    /// The limits for `config`: [`Self::READ_AHEAD`], as many held handles
    /// as the process's open-file limit leaves room for, and the cache's
    /// state found out as the walk goes.
    pub fn for_config(config: &Config) -> WalkLimits {
        WalkLimits {
            read_ahead: Self::READ_AHEAD,
            held_handles: handles::Budget::max_for_open_file_limit(config.threads),
            assume_cold: false,
        }
    }
}

/// When folders are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadMode {
    /// Ahead of the output, on `config.threads` threads (printing).
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

/// Walks every root of `config` in order within `limits`, handing each
/// folder's listing to `consumer` in the original's order.
pub fn walk(
    config: &Config,
    mode: ReadMode,
    limits: WalkLimits,
    consumer: &mut impl Consumer,
) -> Result<Walked, Error> {
    scheduler::run(config, mode, limits, consumer)
}
