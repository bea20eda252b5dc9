//! Reading one ignore file — or one of git's configuration files — without
//! trusting it: opened without blocking (a FIFO named `.gitignore` or
//! `~/.gitconfig` must not hang the walk), read only when it is a regular
//! file, and only up to [`MAX_SIZE`] (a `.gitignore` linked to `/dev/zero`
//! must not exhaust memory). Every file `--gitignore` reads comes through
//! here.

use std::io::{self, Read};

use crate::sys::{self, Dir, Kind};

/// The largest ignore file read (16 MiB); a larger one is skipped.
pub const MAX_SIZE: u64 = 16 << 20;

/// An ignore file that exists but was not read, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unread {
    /// Why, as the user reads it.
    pub reason: String,
    /// Whether a cap of ffind's was the reason (said even without
    /// `--show-errors`).
    pub limit: bool,
}

impl Unread {
    /// Unread for a reason that is no cap of ffind's.
    fn quiet(reason: String) -> Unread {
        Unread {
            reason,
            limit: false,
        }
    }
}

/// The contents of the file `name` in the folder `dir` (a path relative to
/// it, symlinks followed), or `None` when there is none. A file that is not
/// a regular file, is larger than [`MAX_SIZE`] or cannot be read is
/// [`Unread`].
pub fn read_at(dir: &Dir, name: &str) -> Result<Option<Vec<u8>>, Unread> {
    let Some((mut file, meta)) = sys::open_file_at(dir, name).map_err(unread)? else {
        return Ok(None);
    };
    if meta.kind != Kind::File {
        return Err(Unread::quiet("not a regular file, skipped".into()));
    }
    let too_big = || Unread {
        reason: format!("larger than {} MiB, skipped", MAX_SIZE >> 20),
        limit: true,
    };
    if meta.size > MAX_SIZE {
        return Err(too_big());
    }
    let mut contents = Vec::with_capacity(usize::try_from(meta.size).unwrap_or(0) + 1);
    let read = (&mut file)
        .take(MAX_SIZE + 1)
        .read_to_end(&mut contents)
        .map_err(unread)?;
    if read as u64 > MAX_SIZE {
        return Err(too_big());
    }
    Ok(Some(contents))
}

/// The contents of the file at `path` (symlinks followed), read as
/// [`read_at`] reads; `None` when there is none.
pub fn read_path(path: &[u8]) -> Result<Option<Vec<u8>>, Unread> {
    let separator = |b: &u8| *b == b'/' || (cfg!(windows) && *b == b'\\');
    let (folder, name) = match path.iter().rposition(separator) {
        Some(0) => (&b"/"[..], &path[1..]),
        Some(at) => (&path[..at], &path[at + 1..]),
        None => (&b"."[..], path),
    };
    let Ok(name) = std::str::from_utf8(name) else {
        return Err(Unread::quiet("name not valid UTF-8, skipped".into()));
    };
    match sys::open_dir(folder) {
        Ok(dir) => read_at(&dir, name),
        Err(err)
            if matches!(
                err.kind(),
                io::ErrorKind::NotFound | io::ErrorKind::NotADirectory
            ) =>
        {
            Ok(None)
        }
        Err(err) => Err(unread(err)),
    }
}

/// An error opening or reading the file, as the user reads it.
fn unread(err: io::Error) -> Unread {
    Unread::quiet(format!("{}, skipped", crate::error::reason(&err)))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn open(dir: &tempfile::TempDir) -> Dir {
        sys::open_dir(sys::os_bytes(dir.path().as_os_str())).unwrap()
    }

    #[test]
    fn reads_regular_files_and_skips_the_rest() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join(".gitignore"), "*.log\n").unwrap();
        std::os::unix::fs::symlink("/dev/zero", d.path().join(".ignore")).unwrap();
        let fifo = d.path().join("fifo");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
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
            Err(Unread {
                reason: "larger than 16 MiB, skipped".into(),
                limit: true
            })
        );
    }

    #[test]
    fn reads_by_path() {
        let d = tempfile::tempdir().unwrap();
        std::fs::write(d.path().join("config"), "x").unwrap();
        let path = |name: &str| d.path().join(name).into_os_string().into_encoded_bytes();
        assert_eq!(read_path(&path("config")), Ok(Some(b"x".to_vec())));
        assert_eq!(read_path(&path("missing")), Ok(None));
        assert_eq!(read_path(&path("missing/config")), Ok(None));
        assert_eq!(read_path(&path("config/x")), Ok(None));
    }
}
