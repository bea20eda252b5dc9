//! Reading one ignore file without trusting it: opened without blocking
//! (a FIFO named `.gitignore` must not hang the walk), read only when it is
//! a regular file, and only up to [`MAX_SIZE`] (a `.gitignore` linked to
//! `/dev/zero` must not exhaust memory).

use std::os::fd::AsFd;

use rustix::fs::{FileType, Mode, OFlags};
use rustix::io::Errno;

/// The largest ignore file read (16 MiB); a larger one is skipped.
pub const MAX_SIZE: u64 = 16 << 20;

/// An ignore file that exists but was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread(pub String);

/// The contents of the file `name` in the folder `dir` (a path relative to
/// it, symlinks followed), or `None` when there is none. A file that is not
/// a regular file, is larger than [`MAX_SIZE`] or cannot be read is
/// [`Unread`].
pub fn read_at(dir: impl AsFd, name: &str) -> Result<Option<Vec<u8>>, Unread> {
    let flags = OFlags::RDONLY | OFlags::NONBLOCK | OFlags::CLOEXEC | OFlags::NOCTTY;
    let fd = match rustix::fs::openat(dir, name, flags, Mode::empty()) {
        Ok(fd) => fd,
        Err(Errno::NOENT | Errno::NOTDIR) => return Ok(None),
        Err(err) => return Err(unread(err)),
    };
    let st = rustix::fs::fstat(&fd).map_err(unread)?;
    if !FileType::from_raw_mode(st.st_mode).is_file() {
        return Err(Unread("not a regular file, skipped".into()));
    }
    let too_big = || Unread(format!("larger than {} MiB, skipped", MAX_SIZE >> 20));
    let size = u64::try_from(st.st_size).unwrap_or(0);
    if size > MAX_SIZE {
        return Err(too_big());
    }
    let mut contents = vec![0; usize::try_from(size).unwrap_or(0) + 1];
    let mut len = 0;
    loop {
        if len == contents.len() {
            if len as u64 > MAX_SIZE {
                return Err(too_big());
            }
            contents.resize((len * 2).min(MAX_SIZE as usize + 1), 0);
        }
        match rustix::io::read(&fd, &mut contents[len..]) {
            Ok(0) => break,
            Ok(n) => len += n,
            Err(Errno::INTR) => {}
            Err(err) => return Err(unread(err)),
        }
    }
    contents.truncate(len);
    Ok(Some(contents))
}

/// An error opening or reading the file, as the user reads it.
fn unread(err: Errno) -> Unread {
    Unread(format!(
        "{}, skipped",
        crate::error::reason(&std::io::Error::from(err))
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(dir: &tempfile::TempDir) -> std::fs::File {
        std::fs::File::open(dir.path()).unwrap()
    }

    #[test]
    fn reads_regular_files_and_skips_the_rest() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join(".gitignore"), "*.log\n").unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.path().join(".ignore")).unwrap();
        let fifo = d.path().join("fifo");
        rustix::fs::mkfifoat(rustix::fs::CWD, &fifo, Mode::RUSR | Mode::WUSR).unwrap();
        let fd = open(&d);
        assert_eq!(read_at(&fd, ".gitignore"), Ok(Some(b"*.log\n".to_vec())));
        assert_eq!(read_at(&fd, "missing"), Ok(None));
        assert_eq!(read_at(&fd, "missing/x"), Ok(None));
        assert!(read_at(&fd, ".ignore").is_err());
        assert!(read_at(&fd, "fifo").is_err());
    }

    #[test]
    fn skips_files_over_the_cap() {
        let d = tempfile::tempdir().unwrap();
        let file = std::fs::File::create(d.path().join("big")).unwrap();
        file.set_len(MAX_SIZE + 1).unwrap();
        let fd = open(&d);
        assert_eq!(
            read_at(&fd, "big"),
            Err(Unread("larger than 16 MiB, skipped".into()))
        );
    }
}
