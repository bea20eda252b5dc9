//! Printed paths: how a folder's path and an entry's name are joined. Below
//! both the walk and the outputs, which join them the same way.

use crate::sys;

/// The prefix a folder's entries are printed under: its path plus the
/// separator (`/`; `\` on Windows), without doubling one the path already
/// ends with.
pub fn child_prefix(dir: &[u8]) -> Vec<u8> {
    let mut prefix = Vec::with_capacity(dir.len() + 64);
    push_prefix(dir, &mut prefix);
    prefix
}

/// Appends [`child_prefix`] of `dir` to `out`.
pub fn push_prefix(dir: &[u8], out: &mut Vec<u8>) {
    out.extend_from_slice(dir);
    if !sys::ends_with_separator(dir) {
        out.push(sys::SEPARATOR);
    }
}

/// The length of [`child_prefix`]: where an entry's name starts in its path.
pub fn child_prefix_len(dir: &[u8]) -> usize {
    dir.len() + usize::from(!sys::ends_with_separator(dir))
}

/// The printed path of the entry `name` of the folder printed `dir`.
pub fn join(dir: &[u8], name: &[u8]) -> Vec<u8> {
    let mut path = Vec::with_capacity(child_prefix_len(dir) + name.len());
    push_prefix(dir, &mut path);
    path.extend_from_slice(name);
    path
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn prefix_never_doubles_a_slash() {
        assert_eq!(child_prefix(b"."), b"./");
        assert_eq!(child_prefix(b"src/"), b"src/");
        assert_eq!(child_prefix(b"/"), b"/");
        assert_eq!(child_prefix(b"a//"), b"a//");
        for dir in [&b"."[..], b"src/", b"/", b"a//"] {
            assert_eq!(child_prefix_len(dir), child_prefix(dir).len());
        }
        assert_eq!(join(b".", b"a"), b"./a");
        assert_eq!(join(b"/", b"a"), b"/a");
    }
}
