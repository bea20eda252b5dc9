//! The channel to the Python bridge on Windows: two anonymous pipes; the
//! bridge's ends are made inheritable, so the interpreter inherits them,
//! and their handle values are given to it (`bootstrap.py` opens them
//! with `msvcrt.open_osfhandle`). The interpreter's standard input, output
//! and error stay the user's.

use std::io::{self, PipeReader, PipeWriter, Read, Write};
use std::os::windows::io::AsRawHandle;
use std::time::{Duration, Instant};

use windows_sys::Win32::Foundation::{HANDLE_FLAG_INHERIT, SetHandleInformation};
use windows_sys::Win32::System::Pipes::PeekNamedPipe;

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
    /// Reads exactly `buf.len()` bytes.
    pub fn read_exact(&mut self, buf: &mut [u8]) -> io::Result<()> {
        self.from.read_exact(buf)
    }

    /// Reads exactly `buf.len()` bytes before `deadline`, else fails with
    /// [`io::ErrorKind::TimedOut`]. An anonymous pipe has no read time
    /// limit: it is looked at (`PeekNamedPipe`) every millisecond and read
    /// only when something waits in it (a closed pipe is then read too,
    /// and ends the wait).
    pub fn read_exact_before(&mut self, buf: &mut [u8], deadline: Instant) -> io::Result<()> {
        let mut filled = 0;
        while filled < buf.len() {
            let mut waiting = 0u32;
            // SAFETY: the handle is open (owned by `self.from`); the call
            // only writes the count of waiting bytes to `waiting`.
            let ok = unsafe {
                PeekNamedPipe(
                    self.from.as_raw_handle(),
                    std::ptr::null_mut(),
                    0,
                    std::ptr::null_mut(),
                    &mut waiting,
                    std::ptr::null_mut(),
                )
            };
            if ok == 0 || waiting > 0 {
                match self.from.read(&mut buf[filled..])? {
                    0 => return Err(io::ErrorKind::UnexpectedEof.into()),
                    n => filled += n,
                }
            } else if Instant::now() >= deadline {
                return Err(io::ErrorKind::TimedOut.into());
            } else {
                std::thread::sleep(Duration::from_millis(1));
            }
        }
        Ok(())
    }

    /// Reads exactly `buf.len()` bytes. `alive` is never asked: an
    /// anonymous pipe cannot be waited on with a time limit, and looking
    /// at it every millisecond would slow every run; the interpreter's
    /// end of the pipes is not inheritable, so only its own exit closes it.
    pub fn read_exact_while(
        &mut self,
        buf: &mut [u8],
        _alive: impl FnMut() -> io::Result<bool>,
    ) -> io::Result<()> {
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
