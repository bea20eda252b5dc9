//! The walkers ffind is compared with, as one program:
//!
//! ```text
//! walkers floor      ROOT WORD       the syscall floor on one thread
//! walkers floor-mt   ROOT WORD [N]   the syscall floor on N threads (default: cores)
//! walkers floor-u    ROOT WORD       the floor on one thread, unrestricted
//! walkers floor-mt-u ROOT WORD [N]   the floor on N threads, unrestricted
//! walkers jwalk      ROOT WORD       jwalk: sorted, parallel
//! walkers walkdir    ROOT WORD       walkdir: sorted, one thread
//! walkers rayon      ROOT WORD       ffind's order, on rayon's work stealing
//! walkers ffind      ROOT WORD       ffind's library: its iterator (ffind's order)
//! walkers ffind-visit ROOT WORD      ffind's library: its visitor (ffind's order)
//! walkers ignore     ROOT WORD       the ignore crate's parallel walker (unordered)
//! ```
//!
//! Each prints the paths whose name contains WORD (ASCII, ignoring case),
//! skipping hidden names and following symlinked folders, as `ffind ROOT
//! WORD` does. The floors do only the system calls a name search cannot
//! avoid: per folder an `openat` relative to its parent's open handle (as
//! ffind opens folders), `getdents64` and `close`; `stat` only for
//! symlinks and entries of unknown type; no order, no loop detection (the
//! benchmark trees have no loops). Read them as "how close is ffind to the
//! kernel", not as competitors. The unrestricted floors list hidden names
//! too and never follow a symlink, so they make no `stat` at all: the
//! floor of `ffind -H --no-follow` and `fd -u`. A WORD holding `/`
//! matches no name: a walk that prints nothing.

use std::io::{self, BufWriter, Write};
use std::mem::MaybeUninit;
use std::os::fd::{AsFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex};

use rayon::prelude::*;
use rustix::fs::{AtFlags, FileType, Mode, OFlags, RawDir};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let usage = "usage: walkers floor|floor-mt|floor-u|floor-mt-u|jwalk|walkdir|rayon|ffind|ffind-visit|ignore ROOT WORD [THREADS]";
    let (Some(kind), Some(root), Some(word)) = (args.get(1), args.get(2), args.get(3)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let word = word.to_ascii_lowercase().into_bytes();
    let root = PathBuf::from(root);
    let threads = || {
        args.get(4)
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
    };
    let result = match kind.as_str() {
        "floor" => floor(&root, &word, Scope::NAMED),
        "floor-u" => floor(&root, &word, Scope::UNRESTRICTED),
        "floor-mt" => floor_mt(&root, &word, Scope::NAMED, threads()),
        "floor-mt-u" => floor_mt(&root, &word, Scope::UNRESTRICTED, threads()),
        "jwalk" => with_jwalk(&root, &word),
        "walkdir" => with_walkdir(&root, &word),
        "rayon" => with_rayon(&root, &word),
        "ffind" => with_ffind(&root, &word),
        "ffind-visit" => with_ffind_visit(&root, &word),
        "ignore" => with_ignore(&root, &word),
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    match result {
        Err(err) if err.kind() != io::ErrorKind::BrokenPipe => {
            eprintln!("walkers: {err}");
            std::process::exit(1);
        }
        _ => {}
    }
}

/// Whether `name` contains `word` (lowercase ASCII), ignoring ASCII case.
fn contains(name: &[u8], word: &[u8]) -> bool {
    word.is_empty()
        || name
            .windows(word.len())
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// The raw bytes of a path.
fn bytes(path: &Path) -> &[u8] {
    use std::os::unix::ffi::OsStrExt;
    path.as_os_str().as_bytes()
}

/// Which entries a walk lists and enters.
#[derive(Clone, Copy)]
struct Scope {
    /// Whether names starting with `.` are listed and entered.
    hidden: bool,
    /// Whether symlinked folders are entered.
    follow: bool,
}

impl Scope {
    /// As `ffind ROOT WORD`: hidden names skipped, symlinks followed.
    const NAMED: Scope = Scope {
        hidden: false,
        follow: true,
    };
    /// As `ffind -H --no-follow` and `fd -u`: everything, no symlink followed.
    const UNRESTRICTED: Scope = Scope {
        hidden: true,
        follow: false,
    };

    /// The flags a subfolder is opened with: a symlink is opened only when
    /// followed.
    fn open_flags(self) -> OFlags {
        if self.follow {
            DIR_FLAGS
        } else {
            DIR_FLAGS | OFlags::NOFOLLOW
        }
    }
}

/// Whether the entry `name` of `dir` is a folder to enter (a symlink: when
/// followed, if it points at one), stat-ing only when the listing's type
/// does not tell.
fn is_dir_entry(dir: impl AsFd, name: &std::ffi::CStr, kind: FileType, follow: bool) -> bool {
    let stat = |flags| {
        rustix::fs::statat(&dir, name, flags)
            .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory)
    };
    match kind {
        FileType::Directory => true,
        FileType::Symlink | FileType::Unknown if follow => stat(AtFlags::empty()),
        FileType::Unknown => stat(AtFlags::SYMLINK_NOFOLLOW),
        _ => false,
    }
}

/// A folder to read: its open handle and its path.
struct Folder {
    fd: OwnedFd,
    path: Vec<u8>,
}

/// The flags every folder is opened with.
const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::CLOEXEC);

/// The root, opened by its path.
fn open_root(root: &Path) -> io::Result<Folder> {
    Ok(Folder {
        fd: rustix::fs::open(root, DIR_FLAGS, Mode::empty())?,
        path: bytes(root).to_vec(),
    })
}

/// Lists one folder: calls `found` with the path of each matching name and
/// whether it is a folder, and returns the subfolders to enter, each
/// already opened relative to `dir` (one that cannot be opened is left
/// out). The names' order is the file system's.
fn list(
    dir: &Folder,
    word: &[u8],
    scope: Scope,
    mut found: impl FnMut(&[u8], bool),
) -> Vec<Folder> {
    let mut buf = [MaybeUninit::<u8>::uninit(); 32 * 1024];
    let mut iter = RawDir::new(&dir.fd, &mut buf);
    let mut subdirs = Vec::new();
    let mut path = dir.path.clone();
    path.push(b'/');
    let prefix = path.len();
    let flags = scope.open_flags();
    while let Some(Ok(entry)) = iter.next() {
        let name = entry.file_name().to_bytes();
        if name == b"." || name == b".." || (!scope.hidden && name.first() == Some(&b'.')) {
            continue;
        }
        path.truncate(prefix);
        path.extend_from_slice(name);
        let is_dir = is_dir_entry(&dir.fd, entry.file_name(), entry.file_type(), scope.follow);
        if contains(name, word) {
            found(&path, is_dir);
        }
        if is_dir
            && let Ok(fd) = rustix::fs::openat(&dir.fd, entry.file_name(), flags, Mode::empty())
        {
            subdirs.push(Folder {
                fd,
                path: path.clone(),
            });
        }
    }
    subdirs
}

/// Raises the soft limit of open descriptors to the hard one: the floors
/// hold every folder waiting to be read open (as the C yardstick does).
fn raise_descriptor_limit() {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let mut limit = getrlimit(Resource::Nofile);
    limit.current = limit.maximum;
    let _ = setrlimit(Resource::Nofile, limit);
}

/// The floor on one thread: a stack of open folders, depth first, unordered.
fn floor(root: &Path, word: &[u8], scope: Scope) -> io::Result<()> {
    raise_descriptor_limit();
    let mut out = BufWriter::with_capacity(64 * 1024, io::stdout().lock());
    let mut stack = vec![open_root(root)?];
    while let Some(dir) = stack.pop() {
        let mut failed = Ok(());
        let subdirs = list(&dir, word, scope, |path, _| {
            if failed.is_ok() {
                failed = out.write_all(path).and_then(|()| out.write_all(b"\n"));
            }
        });
        failed?;
        drop(dir);
        stack.extend(subdirs);
    }
    out.flush()
}

/// The floor on `threads` threads: one shared stack of open folders, each
/// thread writing whole buffers of results, unordered.
fn floor_mt(root: &Path, word: &[u8], scope: Scope, threads: usize) -> io::Result<()> {
    struct Stack {
        dirs: Vec<Folder>,
        busy: usize,
    }
    raise_descriptor_limit();
    let stack = Mutex::new(Stack {
        dirs: vec![open_root(root)?],
        busy: 0,
    });
    let wake = Condvar::new();
    let stdout = Mutex::new(io::stdout());
    std::thread::scope(|threads_scope| {
        for _ in 0..threads.max(1) {
            threads_scope.spawn(|| {
                let mut out = Vec::with_capacity(64 * 1024);
                loop {
                    let dir = {
                        let mut s = stack.lock().unwrap();
                        loop {
                            if let Some(dir) = s.dirs.pop() {
                                s.busy += 1;
                                break Some(dir);
                            }
                            if s.busy == 0 {
                                break None;
                            }
                            s = wake.wait(s).unwrap();
                        }
                    };
                    let Some(dir) = dir else {
                        wake.notify_all();
                        break;
                    };
                    let subdirs = list(&dir, word, scope, |path, _| {
                        out.extend_from_slice(path);
                        out.push(b'\n');
                    });
                    drop(dir);
                    if out.len() >= 60 * 1024 {
                        let _ = stdout.lock().unwrap().write_all(&out);
                        out.clear();
                    }
                    let mut s = stack.lock().unwrap();
                    s.busy -= 1;
                    let wakes = subdirs.len();
                    s.dirs.extend(subdirs);
                    if wakes > 0 || s.busy == 0 {
                        wake.notify_all();
                    }
                }
                let _ = stdout.lock().unwrap().write_all(&out);
            });
        }
    });
    Ok(())
}

/// jwalk, sorted by name, parallel, hidden names skipped, links followed.
fn with_jwalk(root: &Path, word: &[u8]) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let walk = jwalk::WalkDir::new(root)
        .sort(true)
        .skip_hidden(true)
        .follow_links(true)
        .min_depth(1);
    for entry in walk.into_iter().flatten() {
        if contains(bytes(Path::new(&entry.file_name)), word) {
            out.write_all(bytes(&entry.path()))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

/// walkdir, sorted by name, one thread, hidden names skipped, links followed.
fn with_walkdir(root: &Path, word: &[u8]) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let walk = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .follow_links(true)
        .min_depth(1)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !bytes(Path::new(e.file_name())).starts_with(b"."));
    for entry in walk.flatten() {
        if contains(bytes(Path::new(entry.file_name())), word) {
            out.write_all(bytes(entry.path()))?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()
}

/// ffind's order (per folder the matching files, then the matching
/// folders, each sorted by name; then each folder in turn) on rayon: each
/// folder's subtrees are walked in parallel by work stealing and their
/// output joined in order. Nothing is printed before the whole walk ends:
/// ordered streaming is what rayon's fork-join does not give.
fn with_rayon(root: &Path, word: &[u8]) -> io::Result<()> {
    fn subtree(dir: Folder, word: &[u8]) -> Vec<u8> {
        let mut files = Vec::new();
        let mut folders = Vec::new();
        let mut subdirs = list(&dir, word, Scope::NAMED, |path, is_dir| {
            if is_dir {
                folders.push(path.to_vec());
            } else {
                files.push(path.to_vec());
            }
        });
        drop(dir);
        subdirs.sort_by(|a, b| a.path.cmp(&b.path));
        files.sort();
        folders.sort();
        let mut out = Vec::new();
        for path in files.iter().chain(&folders) {
            out.extend_from_slice(path);
            out.push(b'\n');
        }
        let below: Vec<Vec<u8>> = subdirs.into_par_iter().map(|d| subtree(d, word)).collect();
        for part in below {
            out.extend_from_slice(&part);
        }
        out
    }
    raise_descriptor_limit();
    let mut out = io::stdout().lock();
    out.write_all(&subtree(open_root(root)?, word))?;
    out.flush()
}

/// ffind's library: its iterator, in ffind's order, streamed (WORD is read
/// as ffind reads it, a regex, in smart case: ignoring case when
/// lowercase).
fn with_ffind(root: &Path, word: &[u8]) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let word = std::str::from_utf8(word).map_err(io::Error::other)?;
    let search = ffind::Search::new(root).regex(word);
    for entry in search.iter().map_err(io::Error::other)?.flatten() {
        out.write_all(bytes(entry.path()))?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

/// ffind's library: its visitor, on this thread (no hand-over between
/// threads), WORD read as for [`with_ffind`].
fn with_ffind_visit(root: &Path, word: &[u8]) -> io::Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    let word = std::str::from_utf8(word).map_err(io::Error::other)?;
    let mut failed = Ok(());
    let search = ffind::Search::new(root).regex(word);
    search
        .visit(|entry| {
            if let Ok(entry) = entry {
                failed = out
                    .write_all(bytes(entry.path()))
                    .and_then(|()| out.write_all(b"\n"));
                if failed.is_err() {
                    return std::ops::ControlFlow::Break(());
                }
            }
            std::ops::ControlFlow::Continue(())
        })
        .map_err(io::Error::other)?;
    failed?;
    out.flush()
}

/// The ignore crate's parallel walker (what fd uses), unordered: no ignore
/// files, hidden names skipped, links followed; each thread writes whole
/// buffers of results.
fn with_ignore(root: &Path, word: &[u8]) -> io::Result<()> {
    let stdout = Mutex::new(io::stdout());
    let walk = ignore::WalkBuilder::new(root)
        .standard_filters(false)
        .hidden(true)
        .follow_links(true)
        .build_parallel();
    /// One thread's results, written whole when the buffer fills and when
    /// the thread ends.
    struct Out<'a> {
        buf: Vec<u8>,
        stdout: &'a Mutex<io::Stdout>,
    }
    impl Drop for Out<'_> {
        fn drop(&mut self) {
            let _ = self.stdout.lock().unwrap().write_all(&self.buf);
        }
    }
    walk.run(|| {
        let mut out = Out {
            buf: Vec::with_capacity(64 * 1024),
            stdout: &stdout,
        };
        Box::new(move |entry| {
            if let Ok(entry) = entry
                && entry.depth() > 0
                && contains(bytes(Path::new(entry.file_name())), word)
            {
                out.buf.extend_from_slice(bytes(entry.path()));
                out.buf.push(b'\n');
                if out.buf.len() >= 60 * 1024 {
                    let _ = out.stdout.lock().unwrap().write_all(&out.buf);
                    out.buf.clear();
                }
            }
            ignore::WalkState::Continue
        })
    });
    Ok(())
}
