//! The folders the walk starts from, checked before anything is printed
//! or done: each must be a folder.
//!
//! Under `--delete` each root is also opened here, once, and that handle
//! is the one the walk reads and every removal in the root is relative to,
//! so swapping the root for a symlink later changes nothing. A root typed
//! as a symlink (no trailing `/`) is not opened through it: it is skipped
//! with a message, and the search fails (status 1). A root given twice (by
//! device and inode, however spelled) is searched once, and a root inside
//! another one is a usage error: its folder could be deleted by the walk
//! of the outer one, and a searched folder is never deleted.
//!
//! Without `--delete` the roots are searched as given, each time it is
//! given, as the original does.

use crate::error::{self, Error};
use crate::settings::Settings;
use crate::sys::{self, Dir};

/// A folder the walk starts from.
#[derive(Debug)]
pub struct Root {
    /// The folder as typed.
    pub path: Vec<u8>,
    /// The folder opened once for the walk (under `--delete`); `None`
    /// when the walk opens it itself.
    pub dir: Option<Dir>,
}

/// The roots to walk, in order.
#[derive(Debug, Default)]
pub struct Roots {
    /// The roots to walk.
    pub list: Vec<Root>,
    /// Whether a root was left out (a symlink under `--delete`): the
    /// search fails.
    pub refused: bool,
}

impl Roots {
    /// The roots of `config` as typed, each opened by the walk: for the
    /// printer, and for tests that drive the walk directly.
    pub fn as_given(config: &Settings) -> Roots {
        Roots {
            list: config
                .roots
                .iter()
                .map(|path| Root {
                    path: path.clone(),
                    dir: None,
                })
                .collect(),
            refused: false,
        }
    }
}

/// Checks that every root of `config` is a folder, so that nothing is
/// printed or done for a search that cannot be done; under `--delete`
/// opens them, leaving out symlinks and repeats and refusing nested roots.
pub fn check(config: &Settings) -> Result<Roots, Error> {
    for root in &config.roots {
        check_folder(root)?;
    }
    if config.delete {
        for_delete(config)
    } else {
        Ok(Roots::as_given(config))
    }
}

/// The root `path` once checked to be a folder ([`Error::Root`] if not),
/// for a walk that opens it itself.
pub fn check_one(path: &[u8]) -> Result<Root, Error> {
    check_folder(path)?;
    Ok(Root {
        path: path.to_vec(),
        dir: None,
    })
}

/// Fails with [`Error::Root`] unless `root` is a folder that can be opened.
fn check_folder(root: &[u8]) -> Result<(), Error> {
    let failed = |reason: String| Error::Root {
        path: root.to_vec(),
        reason,
    };
    match sys::is_dir_path(root) {
        Ok(true) => sys::open_dir(root)
            .map(drop)
            .map_err(|err| failed(error::reason(&err))),
        Ok(false) => Err(failed("Not a directory".into())),
        Err(err) => Err(failed(error::reason(&err))),
    }
}

/// The roots of a `--delete`, each opened once without following a symlink
/// typed as the root; repeats left out, nested roots refused (exit 2),
/// symlinks (and on Windows junctions) left out with a message.
fn for_delete(config: &Settings) -> Result<Roots, Error> {
    let mut roots = Roots::default();
    let mut ids = Vec::new();
    let mut symlinks = Vec::new();
    for path in &config.roots {
        let dir = match sys::open_root_nofollow(path) {
            Ok(dir) => dir,
            Err(_) if sys::is_symlink_path(path) => {
                symlinks.push(path);
                continue;
            }
            Err(err) => {
                return Err(Error::Root {
                    path: path.clone(),
                    reason: error::reason(&err),
                });
            }
        };
        let id = sys::identity(&dir).map_err(Error::Io)?;
        if !ids.contains(&id) {
            ids.push(id);
            roots.list.push(Root {
                path: path.clone(),
                dir: Some(dir),
            });
        }
    }
    for root in &roots.list {
        let dir = root.dir.as_ref().expect("opened above");
        let above = sys::ancestors(dir).map_err(Error::Io)?;
        if let Some(outer) = roots
            .list
            .iter()
            .zip(&ids)
            .find(|(_, id)| above.contains(id))
        {
            let (inner, outer) = (&root.path, &outer.0.path);
            let message = [
                b"--delete: ".as_slice(),
                inner,
                b" is inside ",
                outer,
                b", also searched (a searched folder is never deleted): give only ",
                outer,
            ]
            .concat();
            return Err(Error::Usage(message));
        }
    }
    for path in symlinks {
        let message = [
            path.as_slice(),
            b": a symlink: --delete does not enter it (give ",
            path,
            &[sys::SEPARATOR],
            b" to delete in the folder it points to)",
        ]
        .concat();
        error::report(&message, config.escape_messages);
        roots.refused = true;
    }
    Ok(roots)
}
