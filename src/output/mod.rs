//! The outputs: what happens to each folder's [`crate::listing::Listing`]
//! once the walk hands it over.
//!
//! - [`printer`]: writes the matches (colour, escaping, streaming) — where
//!   a new output format goes;
//! - [`actions`]: `--delete`, `--exec`, `--module`, `--command` — where a
//!   new action goes;
//! - [`python`]: the one Python interpreter behind `--module`/`--command`.
//!
//! Each output is a [`crate::walk::Consumer`].

pub mod actions;
pub mod printer;
pub mod python;
