//! `--gitignore`: the ignore files that apply to a folder, kept as a chain
//! from the folder up to the root of the search, nearest first. The
//! entry filter ([`super::filter::EntryFilter::is_ignored`]) asks them.
//!
//! In one folder `.ignore` beats `.gitignore`, which beats
//! `.git/info/exclude`; a nearer folder beats a farther one; git's global
//! excludes come last. Matching uses the `ignore` crate's gitignore rules.

use std::path::Path;
use std::sync::Arc;

use ignore::gitignore::{Gitignore, GitignoreBuilder};

use crate::sys::{self, Dir};
use crate::walk::chain::Chain;

/// The ignore rules that apply in a folder: its own, then its parents'.
pub type IgnoreChain = Chain<Gitignore>;

/// The chain that applies inside the folder `dir` (printed path, open as
/// `fd`): `parent` plus the folder's own ignore files, if it has any.
pub fn for_dir(
    dir: &[u8],
    fd: &Dir,
    parent: Option<&Arc<IgnoreChain>>,
) -> Option<Arc<IgnoreChain>> {
    let mut chain = parent.cloned();
    let root = Path::new(sys::os_str(dir));
    let has = |name: &str| sys::exists_at(fd, name);
    if has(".git/info/exclude") {
        chain = link(root, &[".git/info/exclude"], chain);
    }
    let files: Vec<&str> = [".gitignore", ".ignore"]
        .into_iter()
        .filter(|name| has(name))
        .collect();
    if !files.is_empty() {
        chain = link(root, &files, chain);
    }
    chain
}

fn link(root: &Path, files: &[&str], parent: Option<Arc<IgnoreChain>>) -> Option<Arc<IgnoreChain>> {
    let mut builder = GitignoreBuilder::new(root);
    for file in files {
        // A file that cannot be read or parsed in part keeps what it could.
        let _ = builder.add(root.join(file));
    }
    match builder.build() {
        Ok(rules) => Some(Chain::push(parent, rules)),
        Err(_) => parent,
    }
}

/// Git's global excludes (`core.excludesFile`, else
/// `$XDG_CONFIG_HOME/git/ignore`), if any.
pub fn global() -> Option<Gitignore> {
    let (rules, _) = Gitignore::global();
    (!rules.is_empty()).then_some(rules)
}
