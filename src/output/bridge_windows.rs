//! The channel to the Python bridge on Windows: two anonymous pipes; the
//! bridge's ends are made inheritable, so the interpreter inherits them,
//! and their handle values are given to it (`bootstrap.py` opens them
//! with `msvcrt.open_osfhandle`). The interpreter's standard input, output
//! and error stay the user's.

use std::io::{self, PipeReader, PipeWriter, Read, Write};
use std::os::windows::io::AsRawHandle;

use windows_sys::Win32::Foundation::{HANDLE_FLAG_INHERIT, SetHandleInformation};

/// ffind's end of the channel.
pub struct Channel {
    to: Option<PipeWriter>,
    from: PipeReader,
}

/// The bridge's ends, kept open until the interpreter has started.
pub struct Theirs {
    read: PipeReader,
    write: PipeWriter,
}

/// A new channel; the bridge's ends are inheritable (the actor makes it
/// before the walk starts any thread, so no other child inherits them).
pub fn pair() -> io::Result<(Channel, Theirs)> {
    let (their_read, to) = io::pipe()?;
    let (from, their_write) = io::pipe()?;
    inheritable(&their_read)?;
    inheritable(&their_write)?;
    Ok((
        Channel { to: Some(to), from },
        Theirs {
            read: their_read,
            write: their_write,
        },
    ))
}

fn inheritable(handle: &impl AsRawHandle) -> io::Result<()> {
    // SAFETY: the handle is open (owned by a live pipe end); the call only
    // sets its inheritance flag.
    let ok = unsafe {
        SetHandleInformation(
            handle.as_raw_handle(),
            HANDLE_FLAG_INHERIT,
            HANDLE_FLAG_INHERIT,
        )
    };
    if ok == 0 {
        return Err(io::Error::last_os_error());
    }
    Ok(())
}

impl Theirs {
    /// The argument that names the bridge's ends to `bootstrap.py`: the
    /// reading and the writing handle's values, `READ,WRITE`.
    pub fn arg(&self) -> String {
        format!(
            "{},{}",
            self.read.as_raw_handle() as usize,
            self.write.as_raw_handle() as usize
        )
    }
}

impl Channel {
    /// Reads what the bridge sent (0: it closed its end).
    pub fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.from.read(buf)
    }

    /// Reads exactly `buf.len()` bytes.
    pub fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.from.read_exact(buf)
    }

    /// Sends all of `buf`.
    pub fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match &mut self.to {
            Some(to) => to.write_all(buf),
            None => Err(io::ErrorKind::BrokenPipe.into()),
        }
    }

    /// Tells the bridge there is nothing more to run.
    pub fn close_write(&mut self) -> io::Result<()> {
        self.to = None;
        Ok(())
    }
}
