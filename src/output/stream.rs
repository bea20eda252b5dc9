//! The buffered standard output the printer and the record outputs write
//! to, and when it is flushed: at once after each folder on a terminal,
//! else once a match has waited [`MAX_DELAY`], and whenever the walk
//! waits. One place decides how results stream.

use std::io::{self, BufWriter, Write};
use std::time::{Duration, Instant};

/// Bytes buffered before a write to the underlying writer.
pub const BUFFER: usize = 64 * 1024;

/// The longest a match waits in the buffer while the walk keeps busy (give
/// or take a batch of entries): short enough for a program reading the
/// pipe, long enough that a dense walk still writes whole buffers.
pub const MAX_DELAY: Duration = Duration::from_millis(20);

/// A buffered writer that streams: see the module's doc.
pub struct Stream<W: Write> {
    out: BufWriter<W>,
    last_flush: Instant,
    line_buffered: bool,
}

impl<W: Write> Stream<W> {
    /// Buffers `out`; with `line_buffered` (a terminal), each folder's
    /// matches are written as soon as they are.
    pub fn new(out: W, line_buffered: bool) -> Stream<W> {
        Stream {
            out: BufWriter::with_capacity(BUFFER, out),
            last_flush: Instant::now(),
            line_buffered,
        }
    }

    /// Writes out whatever is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.last_flush = Instant::now();
        self.out.flush()
    }

    /// After a folder's matches: flushes on a terminal, or when a match
    /// has waited [`MAX_DELAY`].
    pub fn folder_done(&mut self) -> io::Result<()> {
        if self.line_buffered {
            self.flush_buffered()
        } else {
            self.tick()
        }
    }

    /// While the walk keeps busy: flushes a match that has waited
    /// [`MAX_DELAY`].
    pub fn tick(&mut self) -> io::Result<()> {
        if !self.out.buffer().is_empty() && self.last_flush.elapsed() >= MAX_DELAY {
            self.flush()?;
        }
        Ok(())
    }

    /// Before the walk waits: flushes whatever is buffered.
    pub fn flush_buffered(&mut self) -> io::Result<()> {
        if !self.out.buffer().is_empty() {
            self.flush()?;
        }
        Ok(())
    }
}

impl<W: Write> Write for Stream<W> {
    #[inline]
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf)
    }

    #[inline]
    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.out.write_all(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        Stream::flush(self)
    }
}
