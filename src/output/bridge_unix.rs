//! The channel to the Python bridge on Unix: one socket pair; the
//! bridge's end is inherited by the interpreter as a file descriptor whose
//! number it is given.

use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::unix::net::UnixStream;

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
    /// Reads what the bridge sent (0: it closed its end).
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.stream.read(buf)
    }

    /// Reads exactly `buf.len()` bytes.
    pub fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.stream.read_exact(buf)
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
