//! The channel to the Python bridge on Unix: one socket pair; the
//! bridge's end is inherited by the interpreter as a file descriptor whose
//! number it is given.

use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;
use std::time::Instant;

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
        let read = loop {
            if filled == buf.len() {
                break Ok(());
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break Err(io::ErrorKind::TimedOut.into());
            }
            self.stream.set_read_timeout(Some(left))?;
            match self.stream.read(&mut buf[filled..]) {
                Ok(0) => break Err(io::ErrorKind::UnexpectedEof.into()),
                Ok(n) => filled += n,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => {}
                Err(err) if err.kind() == io::ErrorKind::WouldBlock => {
                    break Err(io::ErrorKind::TimedOut.into());
                }
                Err(err) => break Err(err),
            }
        };
        self.stream.set_read_timeout(None)?;
        read
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
