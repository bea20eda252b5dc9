//! The printer: writes each folder's matches to one buffered writer, with
//! the matched span painted red when colour is on and, on a terminal, with
//! names escaped ([`crate::escape`]) so that a name cannot drive the
//! terminal or disguise itself.

use std::io::{self, BufWriter, Write};
use std::time::{Duration, Instant};

use nu_ansi_term::Color;

use crate::config::Config;
use crate::error::Error;
use crate::listing::Listing;
use crate::walk::{Consumer, Flow};

/// Bytes buffered before a write to the underlying writer.
const BUFFER: usize = 64 * 1024;

/// The longest a match waits in the buffer while the walk keeps busy (give
/// or take a batch of entries): short enough for a program reading the
/// pipe, long enough that a dense walk still writes whole buffers.
const MAX_DELAY: Duration = Duration::from_millis(20);

/// Writes matches to `W` in the order it is given them.
pub struct Printer<W: Write> {
    out: BufWriter<W>,
    last_flush: Instant,
    line_buffered: bool,
    color: bool,
    escape: bool,
    start: String,
    reset: String,
}

impl<W: Write> Printer<W> {
    /// A printer for `config` writing to `out`.
    pub fn new(out: W, config: &Config) -> Printer<W> {
        let style = Color::Red.normal();
        Printer {
            out: BufWriter::with_capacity(BUFFER, out),
            last_flush: Instant::now(),
            line_buffered: config.escape,
            color: config.color,
            escape: config.escape,
            start: style.prefix().to_string(),
            reset: style.suffix().to_string(),
        }
    }

    /// Writes out whatever is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.last_flush = Instant::now();
        self.out.flush()
    }

    fn write_listing(&mut self, listing: &Listing) -> io::Result<()> {
        if !self.color && !self.escape {
            return self.out.write_all(&listing.text);
        }
        let text = &listing.text;
        for found in &listing.found {
            self.write_name(&text[found.start..found.hl_start])?;
            if self.color {
                self.out.write_all(self.start.as_bytes())?;
            }
            self.write_name(&text[found.hl_start..found.hl_end])?;
            if self.color {
                self.out.write_all(self.reset.as_bytes())?;
            }
            self.write_name(&text[found.hl_end..found.end])?;
            self.out.write_all(&text[found.end..=found.end])?;
        }
        Ok(())
    }

    fn write_name(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.escape {
            self.out.write_all(&crate::escape::escaped(bytes))
        } else {
            self.out.write_all(bytes)
        }
    }
}

/// While colour is on, makes Ctrl-C (SIGINT) end ffind by SIGINT after
/// writing the colour reset, so that the terminal is not left red
/// when the signal lands inside a painted span. Call it on the thread that
/// writes the output, before the walk starts (see [`crate::sys::on_interrupt`]).
pub fn reset_colour_on_interrupt() -> io::Result<()> {
    crate::sys::on_interrupt(Color::Red.normal().suffix().to_string().into_bytes())
}

impl<W: Write> Consumer for Printer<W> {
    /// Writes the listing; flushes at once on a terminal, else when a
    /// match has waited [`MAX_DELAY`], so results stream even while the
    /// walk never pauses.
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        self.write_listing(listing).map_err(Error::Write)?;
        if !self.out.buffer().is_empty()
            && (self.line_buffered || self.last_flush.elapsed() >= MAX_DELAY)
        {
            self.flush().map_err(Error::Write)?;
        }
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        if !self.out.buffer().is_empty() {
            self.flush().map_err(Error::Write)?;
        }
        Ok(())
    }

    /// Flushes a match that has waited [`MAX_DELAY`] while this thread
    /// reads folders itself.
    fn tick(&mut self) -> Result<(), Error> {
        if !self.out.buffer().is_empty() && self.last_flush.elapsed() >= MAX_DELAY {
            self.flush().map_err(Error::Write)?;
        }
        Ok(())
    }
}
