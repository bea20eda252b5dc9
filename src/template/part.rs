//! The placeholders of a template and the parts of a path they stand for:
//! the path, its name, its folder, each without the extension.

use std::borrow::Cow;

/// What a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `{}`: the path as printed.
    Path,
    /// `{/}`: the last component of the path.
    Basename,
    /// `{//}`: the path of the folder holding the match.
    Parent,
    /// `{.}`: the path without the name's extension.
    NoExt,
    /// `{/.}`: the name without its extension.
    BasenameNoExt,
}

impl Part {
    /// Every placeholder with its spelling, longest first where one is a
    /// prefix of another.
    pub const ALL: [(&'static str, Part); 5] = [
        ("{//}", Part::Parent),
        ("{/.}", Part::BasenameNoExt),
        ("{/}", Part::Basename),
        ("{.}", Part::NoExt),
        ("{}", Part::Path),
    ];

    /// This part of the printed path `path`.
    pub fn of<'p>(self, path: &'p [u8]) -> Cow<'p, [u8]> {
        match self {
            Part::Path => Cow::Borrowed(path),
            Part::Basename => Cow::Borrowed(basename(path)),
            Part::Parent => parent(path),
            Part::NoExt => {
                let name = basename(path);
                let cut = path.len() - name.len() + stem(name).len();
                Cow::Borrowed(&path[..cut])
            }
            Part::BasenameNoExt => Cow::Borrowed(stem(basename(path))),
        }
    }
}

/// The last component of a printed path.
fn basename(path: &[u8]) -> &[u8] {
    let trimmed = trim_slashes(path);
    match trimmed.iter().rposition(|&b| b == b'/') {
        Some(at) => &trimmed[at + 1..],
        None => trimmed,
    }
}

/// The folder part of a printed path: `.` when there is none, `/` for a
/// name directly in the root folder.
fn parent(path: &[u8]) -> Cow<'_, [u8]> {
    let trimmed = trim_slashes(path);
    match trimmed.iter().rposition(|&b| b == b'/') {
        Some(at) => {
            let head = trim_slashes(&trimmed[..at]);
            if head.is_empty() {
                Cow::Borrowed(b"/")
            } else {
                Cow::Borrowed(head)
            }
        }
        None => Cow::Borrowed(b"."),
    }
}

/// `path` without trailing slashes (but `/` stays `/`).
fn trim_slashes(path: &[u8]) -> &[u8] {
    let end = path.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
    if end == 0 && !path.is_empty() {
        &path[..1]
    } else {
        &path[..end]
    }
}

/// A name without its extension: up to its last `.`, unless that dot is
/// the first byte (`.bashrc` has no extension).
pub fn stem(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b'.') {
        Some(at) if at > 0 => &name[..at],
        _ => name,
    }
}
