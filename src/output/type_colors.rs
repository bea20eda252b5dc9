//! Colour by file type (`--ls-colors`): each printed path painted as
//! `ls` paints it from `LS_COLORS` (through the lscolors crate) — the folder
//! part in the `di` colour, the name in its type's or extension's colour —
//! with the matched span still red on top, the original's look.

use std::io;

use lscolors::{Indicator, LsColors};
use nu_ansi_term::Style;

use crate::listing::{Kind, Meta};
use crate::sys::Special;

/// The colours of one search.
#[derive(Debug, Clone)]
pub struct TypeColors {
    colors: LsColors,
}

impl TypeColors {
    /// Colours read from `LS_COLORS` (`colors`).
    pub fn new(colors: LsColors) -> TypeColors {
        TypeColors { colors }
    }

    /// Whether an entry's colour may depend on its metadata (an `ex`, `su`
    /// or `sg` entry for files; `tw`, `ow`, `st` for folders; `or` for
    /// links; `pi`, `so`, `bd`, `cd` for what is neither a file, a folder
    /// nor a link), so that the walk must keep the folders open.
    pub fn needs_metadata(&self) -> bool {
        [
            Indicator::ExecutableFile,
            Indicator::Setuid,
            Indicator::Setgid,
            Indicator::StickyAndOtherWritable,
            Indicator::OtherWritable,
            Indicator::Sticky,
            Indicator::OrphanedSymbolicLink,
            Indicator::FIFO,
            Indicator::Socket,
            Indicator::BlockDevice,
            Indicator::CharacterDevice,
        ]
        .into_iter()
        .any(|indicator| self.colors.has_explicit_style_for(indicator))
    }

    /// The colour of the folders a path passes through.
    pub fn folder(&self) -> Option<Style> {
        self.indicator(Indicator::Directory)
    }

    /// The colour of the entry `name` of kind `kind`, chosen as GNU `ls`
    /// chooses: a file's `su`, `sg`, then `ex`, then its extension's, then
    /// `fi`; a folder's `tw`, `ow`, `st`, then `di`; a link's `or` when
    /// what it points at does not exist, else `ln`. `lookup(follow)` gives
    /// the entry's metadata (with `follow`, its target's); it is asked only
    /// when a colour set in `LS_COLORS` depends on it.
    pub fn entry(
        &self,
        name: &[u8],
        kind: Kind,
        lookup: impl FnOnce(bool) -> io::Result<Meta>,
    ) -> Option<Style> {
        let set = |indicator| self.colors.has_explicit_style_for(indicator);
        let specials = [
            Indicator::FIFO,
            Indicator::Socket,
            Indicator::BlockDevice,
            Indicator::CharacterDevice,
        ];
        let mode = |meta: &Meta| meta.mode.unwrap_or(0);
        let indicator = match kind {
            Kind::Dir
                if set(Indicator::StickyAndOtherWritable)
                    || set(Indicator::OtherWritable)
                    || set(Indicator::Sticky) =>
            {
                let mode = lookup(false).map_or(0, |meta| mode(&meta));
                let (sticky, other_writable) = (mode & 0o1000 != 0, mode & 0o002 != 0);
                if sticky && other_writable && set(Indicator::StickyAndOtherWritable) {
                    Indicator::StickyAndOtherWritable
                } else if other_writable && set(Indicator::OtherWritable) {
                    Indicator::OtherWritable
                } else if sticky && set(Indicator::Sticky) {
                    Indicator::Sticky
                } else {
                    Indicator::Directory
                }
            }
            Kind::Dir => Indicator::Directory,
            Kind::Symlink { .. } if set(Indicator::OrphanedSymbolicLink) => match lookup(true) {
                Err(err) if err.kind() == io::ErrorKind::NotFound => {
                    Indicator::OrphanedSymbolicLink
                }
                _ => Indicator::SymbolicLink,
            },
            Kind::Symlink { .. } => Indicator::SymbolicLink,
            Kind::Other if !specials.into_iter().any(set) => Indicator::Normal,
            Kind::Other => match lookup(false).ok().and_then(|meta| meta.special) {
                Some(Special::Fifo) => Indicator::FIFO,
                Some(Special::Socket) => Indicator::Socket,
                Some(Special::BlockDevice) => Indicator::BlockDevice,
                Some(Special::CharDevice) => Indicator::CharacterDevice,
                None => Indicator::Normal,
            },
            Kind::File => {
                let by_meta = [
                    Indicator::Setuid,
                    Indicator::Setgid,
                    Indicator::ExecutableFile,
                ];
                let meta = by_meta
                    .into_iter()
                    .any(set)
                    .then(|| lookup(false).ok())
                    .flatten();
                let mode = meta.as_ref().map_or(0, mode);
                let executable = meta.as_ref().is_some_and(|meta| meta.executable);
                if mode & 0o4000 != 0 && set(Indicator::Setuid) {
                    Indicator::Setuid
                } else if mode & 0o2000 != 0 && set(Indicator::Setgid) {
                    Indicator::Setgid
                } else if executable && set(Indicator::ExecutableFile) {
                    Indicator::ExecutableFile
                } else {
                    let by_name = self
                        .colors
                        .style_for_str(&String::from_utf8_lossy(name))
                        .map(|style| style.to_nu_ansi_term_style());
                    return by_name.or_else(|| self.indicator(Indicator::RegularFile));
                }
            }
        };
        self.indicator(indicator)
    }

    fn indicator(&self, indicator: Indicator) -> Option<Style> {
        self.colors
            .style_for_indicator(indicator)
            .map(|style| style.to_nu_ansi_term_style())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(kind: Kind, executable: bool, mode: u32) -> Meta {
        Meta {
            kind,
            special: None,
            executable,
            size: 0,
            modified: None,
            owner: None,
            mode: Some(mode),
            dev: 0,
        }
    }

    fn code(style: Option<Style>) -> Option<String> {
        style.map(|s| s.prefix().to_string())
    }

    /// A lookup that must not happen.
    fn unasked(_: bool) -> io::Result<Meta> {
        panic!("metadata looked up for nothing")
    }

    #[test]
    fn types_then_extensions_as_ls_reads_them() {
        let colors = TypeColors::new(LsColors::from_string("di=34:ln=36:ex=32:*.rs=33"));
        assert_eq!(code(colors.folder()), Some("\x1b[34m".into()));
        let plain = |_| Ok(meta(Kind::File, false, 0o644));
        assert_eq!(
            code(colors.entry(b"a.rs", Kind::File, plain)),
            Some("\x1b[33m".into())
        );
        let exe = |_| Ok(meta(Kind::File, true, 0o755));
        assert_eq!(
            code(colors.entry(b"a.rs", Kind::File, exe)),
            Some("\x1b[32m".into())
        );
        let link = Kind::Symlink { to_dir: true };
        assert_eq!(
            code(colors.entry(b"a.rs", link, unasked)),
            Some("\x1b[36m".into())
        );
        let folder = |_| Ok(meta(Kind::Dir, true, 0o755));
        assert_eq!(
            code(colors.entry(b"d", Kind::Dir, folder)),
            Some("\x1b[34m".into())
        );
        assert!(colors.needs_metadata());
        assert!(!TypeColors::new(LsColors::empty()).needs_metadata());
    }

    #[test]
    fn set_id_bits_come_before_executable_and_extension() {
        let colors = TypeColors::new(LsColors::from_string("su=31:sg=35:ex=32:*.rs=33"));
        let with = |mode| move |_| Ok(meta(Kind::File, mode & 0o111 != 0, mode));
        let entry = |mode| code(colors.entry(b"a.rs", Kind::File, with(mode)));
        assert_eq!(entry(0o6755), Some("\x1b[31m".into()));
        assert_eq!(entry(0o2755), Some("\x1b[35m".into()));
        assert_eq!(entry(0o755), Some("\x1b[32m".into()));
        assert_eq!(entry(0o644), Some("\x1b[33m".into()));
    }

    #[test]
    fn folders_sticky_and_other_writable_as_ls() {
        // lscolors starts from `ls`'s defaults, tw, ow and st among them.
        let colors = TypeColors::new(LsColors::from_string("di=34:tw=32:ow=33:st=35"));
        let with = |mode| {
            move |follow: bool| {
                assert!(!follow, "a folder's own mode");
                Ok(meta(Kind::Dir, true, mode))
            }
        };
        let entry = |mode| code(colors.entry(b"d", Kind::Dir, with(mode)));
        assert_eq!(entry(0o1777), Some("\x1b[32m".into()));
        assert_eq!(entry(0o777), Some("\x1b[33m".into()));
        assert_eq!(entry(0o1755), Some("\x1b[35m".into()));
        assert_eq!(entry(0o755), Some("\x1b[34m".into()));
    }

    #[test]
    fn a_link_to_nothing_is_an_orphan() {
        let colors = TypeColors::new(LsColors::from_string("ln=36:or=31"));
        let link = Kind::Symlink { to_dir: false };
        let gone = |follow: bool| {
            assert!(follow, "the target is what is looked up");
            Err(io::ErrorKind::NotFound.into())
        };
        assert_eq!(
            code(colors.entry(b"l", link, gone)),
            Some("\x1b[31m".into())
        );
        let there = |_| Ok(meta(Kind::File, false, 0o644));
        assert_eq!(
            code(colors.entry(b"l", link, there)),
            Some("\x1b[36m".into())
        );
        let only_ln = TypeColors::new(LsColors::from_string("ln=36"));
        assert_eq!(
            code(only_ln.entry(b"l", link, unasked)),
            Some("\x1b[36m".into())
        );
    }
}
