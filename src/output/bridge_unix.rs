//! The channel to the Python bridge on Unix: one socket pair; the
//! bridge's end is inherited by the interpreter as a file descriptor whose
//! number it is given.

use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::time::{Duration, Instant};

use rustix::event::{PollFd, PollFlags, Timespec};

/// How often a wait for an answer checks that the interpreter still runs.
pub const ALIVE_EVERY: Duration = Duration::from_millis(100);

/// ffind's end of the channel.
pub struct Channel {
    stream: UnixStream,
}

/// The bridge's end, kept open until the interpreter has started.
pub struct Theirs {
    stream: UnixStream,
}

/// A new channel; the bridge's end is left open across `exec`.
pub fn pair() -> io::Result<(Channel, Theirs)> {
    let (ours, theirs) = UnixStream::pair()?;
    rustix::io::fcntl_setfd(&theirs, rustix::io::FdFlags::empty()).map_err(io::Error::from)?;
    Ok((Channel { stream: ours }, Theirs { stream: theirs }))
}

impl Theirs {
    /// The argument that names the bridge's end to `bootstrap.py`: the
    /// descriptor's number.
    pub fn arg(&self) -> String {
        self.stream.as_raw_fd().to_string()
    }
}

impl Channel {
    /// Reads exactly `buf.len()` bytes.
    pub fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.stream.read_exact(buf)
    }

    /// Reads exactly `buf.len()` bytes before `deadline`, else fails with
    /// [`io::ErrorKind::TimedOut`].
    pub fn read_exact_before(&mut self, buf: &mut [u8], deadline: Instant) -> io::Result<()> {
        let mut filled = 0;
        while filled < buf.len() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || !self.wait_readable(left)? {
                return Err(io::ErrorKind::TimedOut.into());
            }
            filled += self.read_some(&mut buf[filled..])?;
        }
        Ok(())
    }

    /// Reads exactly `buf.len()` bytes, asking `alive` every
    /// [`ALIVE_EVERY`] while nothing comes: when it says no (the
    /// interpreter ended, though a process it left holds the bridge's end
    /// open), fails with [`io::ErrorKind::UnexpectedEof`].
    pub fn read_exact_while(
        &mut self,
        buf: &mut [u8],
        mut alive: impl FnMut() -> io::Result<bool>,
    ) -> io::Result<()> {
        let mut filled = 0;
        while filled < buf.len() {
            if self.wait_readable(ALIVE_EVERY)? {
                filled += self.read_some(&mut buf[filled..])?;
            } else if !alive()? {
                return Err(io::ErrorKind::UnexpectedEof.into());
            }
        }
        Ok(())
    }

    /// Whether something can be read (or the bridge's end closed) within
    /// `within`.
    fn wait_readable(&self, within: Duration) -> io::Result<bool> {
        let timeout = Timespec::try_from(within).map_err(io::Error::other)?;
        let mut fds = [PollFd::new(&self.stream, PollFlags::IN)];
        match rustix::event::poll(&mut fds, Some(&timeout)) {
            Ok(ready) => Ok(ready > 0),
            Err(rustix::io::Errno::INTR) => Ok(false),
            Err(err) => Err(err.into()),
        }
    }

    /// One read, which must bring something (0: the bridge closed its end).
    fn read_some(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self.stream.read(buf)? {
            0 => Err(io::ErrorKind::UnexpectedEof.into()),
            n => Ok(n),
        }
    }

    /// Sends all of `buf`.
    pub fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        self.stream.write_all(buf)
    }

    /// Tells the bridge there is nothing more to run.
    pub fn close_write(&mut self) -> io::Result<()> {
        self.stream.shutdown(std::net::Shutdown::Write)
    }
}
