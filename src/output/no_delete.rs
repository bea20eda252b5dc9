//! `--delete` on Windows: refused at run time, before the search starts.
//! A safe removal there needs what the Unix deleter has (removing through
//! the walk's folder handles, never following a link or junction out of
//! the roots), which Windows' path-based reader does not give yet.

use std::io;

use crate::error::Error;
use crate::listing::Listing;

/// Stands for the deleter of Unix; never made.
pub struct Deleter<'c> {
    _roots: &'c [Vec<u8>],
}

impl<'c> Deleter<'c> {
    /// Fails: `--delete` is not supported on Windows.
    pub fn new(_roots: &'c [Vec<u8>], _escape_messages: bool) -> Result<Deleter<'c>, Error> {
        Err(Error::Io(io::Error::new(
            io::ErrorKind::Unsupported,
            "--delete is not supported on Windows",
        )))
    }

    /// Never called (no deleter is ever made).
    pub fn failed(&self) -> bool {
        false
    }

    /// Never called (no deleter is ever made).
    pub fn listing(&mut self, _listing: &Listing) {}

    /// Never called (no deleter is ever made).
    pub fn left(&mut self) {}

    /// Never called (no deleter is ever made).
    pub fn finish(&mut self) {}
}
