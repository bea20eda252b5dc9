//! What the record outputs (`--format`, `--json`) share: each match
//! becomes one record, made by a [`Render`] from the entry's [`Facts`]
//! (its metadata looked up once, and only when a record asks), written in
//! order to a buffered writer flushed as the printer flushes, so that
//! records stream the same way.

use std::cell::OnceCell;
use std::io::Write;

use crate::config::Config;
use crate::error::Error;
use crate::listing::{Entry, Kind, Listing, Meta};
use crate::outcome::Outcome;
use crate::output::Action;
#[cfg(doc)]
use crate::output::stream::MAX_DELAY;
use crate::output::stream::Stream;
use crate::sys::Special;
use crate::walk::{Consumer, Flow, Needs};

/// What a record can tell of one match.
pub struct Facts<'a> {
    /// The folder holding the match.
    pub folder: &'a Listing,
    /// The match.
    pub entry: Entry<'a>,
    /// Its printed path.
    pub path: &'a [u8],
    meta: OnceCell<Option<Meta>>,
}

impl Facts<'_> {
    /// The entry's own metadata (a symlink's, not its target's), looked up
    /// relative to its folder's handle on first use; `None` when it
    /// vanished or cannot be read.
    pub fn meta(&self) -> Option<&Meta> {
        self.meta
            .get_or_init(|| self.folder.metadata(self.entry.name, false).ok())
            .as_ref()
    }

    /// How deep the entry is: 1 directly inside a root.
    pub fn depth(&self) -> usize {
        self.folder.depth + 1
    }

    /// What the entry is: file, dir, symlink, socket, pipe, block-device,
    /// char-device or other (the metadata is looked up only for the last
    /// five).
    pub fn type_name(&self) -> &'static str {
        match self.entry.kind {
            Kind::File => "file",
            Kind::Dir => "dir",
            Kind::Symlink { .. } => "symlink",
            Kind::Other => match self.meta().and_then(|meta| meta.special) {
                Some(Special::Socket) => "socket",
                Some(Special::Fifo) => "pipe",
                Some(Special::BlockDevice) => "block-device",
                Some(Special::CharDevice) => "char-device",
                None => "other",
            },
        }
    }

    /// When the entry was last modified, RFC 3339 in UTC to the second
    /// (`2026-01-31T10:00:00Z`).
    pub fn modified(&self) -> Option<String> {
        let time = jiff::Timestamp::try_from(self.meta()?.modified?).ok()?;
        let second = jiff::Timestamp::from_second(time.as_second()).ok()?;
        Some(second.to_string())
    }
}

/// Makes one record from a match's facts.
pub trait Render {
    /// Whether records may need the entries' metadata (then the walk hands
    /// over each folder's handle).
    fn needs_metadata(&self) -> bool;

    /// Appends the record of `facts` to `out`, its terminator included.
    fn render(&mut self, facts: &Facts<'_>, out: &mut Vec<u8>);
}

/// Writes one record per match to `W`, in the order it is given them.
pub struct Records<W: Write, R> {
    out: Stream<W>,
    render: R,
    path: Vec<u8>,
    record: Vec<u8>,
}

impl<W: Write, R: Render> Records<W, R> {
    /// Records made by `render`, written to `out` (flushed at each folder
    /// on a terminal, as the printer does).
    pub fn new(out: W, config: &Config, render: R) -> Records<W, R> {
        Records {
            out: Stream::new(out, config.escape),
            render,
            path: Vec::new(),
            record: Vec::new(),
        }
    }
}

impl<W: Write, R: Render> Consumer for Records<W, R> {
    fn needs(&self) -> Needs {
        Needs {
            handles: self.render.needs_metadata(),
            errors: false,
        }
    }

    /// Writes the listing's records; flushes at once on a terminal, else
    /// when a record has waited [`MAX_DELAY`].
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        self.path.clear();
        crate::path::push_prefix(&listing.path, &mut self.path);
        let prefix = self.path.len();
        for entry in listing.entries() {
            self.path.truncate(prefix);
            self.path.extend_from_slice(entry.name);
            let facts = Facts {
                folder: listing,
                entry,
                path: &self.path,
                meta: OnceCell::new(),
            };
            self.record.clear();
            self.render.render(&facts, &mut self.record);
            self.out.write_all(&self.record).map_err(Error::Write)?;
        }
        self.out.folder_done().map_err(Error::Write)?;
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        self.out.flush_buffered().map_err(Error::Write)
    }

    fn tick(&mut self) -> Result<(), Error> {
        self.out.tick().map_err(Error::Write)
    }
}

impl<W: Write, R: Render> Action for Records<W, R> {
    /// Writes out whatever is buffered.
    fn finish(mut self) -> Result<Outcome, Error> {
        self.out.flush().map_err(Error::Write)?;
        Ok(Outcome::Success)
    }
}
