//! The printer: writes each folder's matches to one buffered writer, with
//! the matched span painted red when colour is on.

use std::io::{self, BufWriter, Write};

use nu_ansi_term::Color;

use crate::config::Config;
use crate::dir::Listing;
use crate::error::Error;
use crate::walk::{Consumer, Flow};

/// Bytes buffered before a write to the underlying writer.
const BUFFER: usize = 64 * 1024;

/// Writes matches to `W` in the order it is given them.
pub struct Printer<W: Write> {
    out: BufWriter<W>,
    color: bool,
    start: String,
    reset: String,
}

impl<W: Write> Printer<W> {
    /// A printer for `config` writing to `out`.
    pub fn new(out: W, config: &Config) -> Printer<W> {
        let style = Color::Red.normal();
        Printer {
            out: BufWriter::with_capacity(BUFFER, out),
            color: config.color,
            start: style.prefix().to_string(),
            reset: style.suffix().to_string(),
        }
    }

    /// Writes out whatever is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn write_listing(&mut self, listing: &Listing) -> io::Result<()> {
        if !self.color {
            return self.out.write_all(&listing.text);
        }
        let text = &listing.text;
        for found in &listing.found {
            self.out.write_all(&text[found.start..found.hl_start])?;
            self.out.write_all(self.start.as_bytes())?;
            self.out.write_all(&text[found.hl_start..found.hl_end])?;
            self.out.write_all(self.reset.as_bytes())?;
            self.out.write_all(&text[found.hl_end..=found.end])?;
        }
        Ok(())
    }
}

impl<W: Write> Consumer for Printer<W> {
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        self.write_listing(listing)?;
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        if !self.out.buffer().is_empty() {
            self.out.flush()?;
        }
        Ok(())
    }
}
