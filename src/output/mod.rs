//! The outputs: what happens to each folder's [`crate::listing::Listing`]
//! once the walk hands it over.
//!
//! - [`printer`]: writes the matches (colour, escaping, streaming) — where
//!   a new output format goes;
//! - [`actions`]: `--delete`, `--exec`, `--exec-batch`, `--module`,
//!   `--command` — where a new action goes;
//! - [`template`]: `--exec` templates, parsed once, quoted per match;
//! - [`exec`]: running the lines, one per match or in batches;
//! - [`delete`]: removals relative to the walk's folder handles;
//! - [`python`]: the one Python interpreter behind `--module`/`--command`.
//!
//! Each output is a [`crate::walk::Consumer`]. The actions run on Unix
//! only: on Windows `actions` is `no_actions.rs`, which refuses them at
//! run time.

#[cfg(unix)]
pub mod actions;
#[cfg(windows)]
#[path = "no_actions.rs"]
pub mod actions;
#[cfg(unix)]
pub mod delete;
#[cfg(unix)]
pub mod exec;
pub mod printer;
#[cfg(unix)]
pub mod python;
pub mod template;
