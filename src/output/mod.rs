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
//! Each output is a [`crate::walk::Consumer`].

pub mod actions;
pub mod delete;
pub mod exec;
pub mod printer;
pub mod python;
pub mod template;
