//! The library's public API, used as another crate uses it (only `ffind::`
//! public items): `cargo test` compiles this program, so a change that
//! breaks the public API fails the tests. Run it as
//! `cargo run --example library -- [DIR] [GLOB]`: the entries of DIR
//! (default: the current folder) whose name matches GLOB (default: every
//! name), in ffind's order, each with its kind, depth, size and the part
//! the glob matched; then how many there were (and checks that the
//! visitor form sees as many).

use std::ops::ControlFlow;
use std::time::{Duration, SystemTime};

use ffind::{Case, Entry, Error, Iter, Kind, Search, Size, Type};

fn main() -> Result<(), Error> {
    let mut args = std::env::args().skip(1);
    let root = args.next().unwrap_or_else(|| ".".to_owned());
    let glob = args.next().unwrap_or_else(|| "*".to_owned());
    let search = Search::new(&root).glob(&glob);
    let entries: Iter = search.iter()?;
    let mut count = 0;
    for entry in entries {
        match entry {
            Ok(entry) => {
                count += 1;
                println!("{}", describe(&entry));
            }
            Err(Error::Walk { path, reason }) => {
                eprintln!(
                    "library: skipped {}: {reason}",
                    String::from_utf8_lossy(&path)
                );
            }
            Err(err) => eprintln!("library: {err}"),
        }
    }
    println!("{count} entries");
    let mut visited = 0;
    search.visit(|entry| {
        visited += usize::from(entry.is_ok());
        ControlFlow::Continue(())
    })?;
    assert_eq!(visited, count, "the visitor sees what the iterator yields");
    Ok(())
}

/// One entry: its path, kind, depth, size and matched part.
fn describe(entry: &Entry) -> String {
    let kind = match entry.kind() {
        Kind::File => "file",
        Kind::Dir => "folder",
        Kind::Symlink if entry.is_dir() => "link to a folder",
        Kind::Symlink => "link",
        Kind::Other => "other",
        _ => "unknown",
    };
    let size = entry.metadata().map_or(0, |meta| meta.len());
    let bytes = entry.path().as_os_str().as_encoded_bytes();
    let matched = String::from_utf8_lossy(&bytes[entry.matched()]);
    let name = entry.name().to_string_lossy();
    format!(
        "{} ({kind} {name:?}, depth {}, {size} bytes, matched {matched:?})",
        entry.clone().into_path().display(),
        entry.depth(),
    )
}

/// Every builder method (never run: compiled, so that a change to any of
/// them fails the tests).
#[allow(dead_code)]
fn every_option(root: &str) -> Search {
    let day = Duration::from_secs(86_400);
    Search::new(root)
        .root(root)
        .regex("^ma")
        .fixed("main")
        .glob("*.rs")
        .case(Case::Insensitive)
        .case(Case::Sensitive)
        .case(Case::Smart)
        .full_path(true)
        .file_type(Type::File)
        .file_type(Type::Dir)
        .file_type(Type::Symlink)
        .file_type(Type::Executable)
        .file_type(Type::Empty)
        .file_type(Type::Socket)
        .file_type(Type::Pipe)
        .file_type(Type::BlockDevice)
        .file_type(Type::CharDevice)
        .extension("rs")
        .exclude("target")
        .min_depth(1)
        .max_depth(8)
        .size(Size::AtLeast(1))
        .size(Size::AtMost(1 << 20))
        .size(Size::Exactly(10))
        .changed_within(day)
        .changed_after(SystemTime::UNIX_EPOCH)
        .changed_before(SystemTime::now() + day)
        .user(0)
        .group(0)
        .hidden(true)
        .follow_links(false)
        .gitignore(true)
        .ignore_vcs(true)
        .threads(2)
}
