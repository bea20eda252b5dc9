//! Colour by file type (`--ls-colors`): each printed path painted as
//! `ls` paints it from `LS_COLORS` (through the lscolors crate) — the folder
//! part in the `di` colour, the name in its type's or extension's colour —
//! with the matched span still red on top, the original's look.

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

    /// Whether a file's colour depends on its metadata (an `ex` entry for
    /// executables; `pi`, `so`, `bd`, `cd` for what is neither a file, a
    /// folder nor a link), so that it must be looked up.
    pub fn needs_metadata(&self) -> bool {
        [
            Indicator::ExecutableFile,
            Indicator::FIFO,
            Indicator::Socket,
            Indicator::BlockDevice,
            Indicator::CharacterDevice,
        ]
        .into_iter()
        .any(|indicator| self.indicator(indicator).is_some())
    }

    /// The colour of the folders a path passes through.
    pub fn folder(&self) -> Option<Style> {
        self.indicator(Indicator::Directory)
    }

    /// The colour of the entry `name` of kind `kind`; `meta` (when
    /// [`TypeColors::needs_metadata`]) tells an executable file.
    pub fn entry(&self, name: &[u8], kind: Kind, meta: Option<&Meta>) -> Option<Style> {
        let indicator = match kind {
            Kind::Dir => Indicator::Directory,
            Kind::Symlink { .. } => Indicator::SymbolicLink,
            Kind::Other => match meta.and_then(|meta| meta.special) {
                Some(Special::Fifo) => Indicator::FIFO,
                Some(Special::Socket) => Indicator::Socket,
                Some(Special::BlockDevice) => Indicator::BlockDevice,
                Some(Special::CharDevice) => Indicator::CharacterDevice,
                None => Indicator::Normal,
            },
            Kind::File if meta.is_some_and(|meta| meta.executable) => Indicator::ExecutableFile,
            Kind::File => {
                let by_name = self
                    .colors
                    .style_for_str(&String::from_utf8_lossy(name))
                    .map(|style| style.to_nu_ansi_term_style());
                return by_name.or_else(|| self.indicator(Indicator::RegularFile));
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

    fn meta(executable: bool) -> Meta {
        Meta {
            kind: Kind::File,
            special: None,
            executable,
            size: 0,
            modified: None,
            owner: None,
            mode: None,
            dev: 0,
        }
    }

    #[test]
    fn types_then_extensions_as_ls_reads_them() {
        let colors = TypeColors::new(LsColors::from_string("di=34:ln=36:ex=32:*.rs=33"));
        let code = |style: Option<Style>| style.map(|s| s.prefix().to_string());
        assert_eq!(code(colors.folder()), Some("\x1b[34m".into()));
        assert_eq!(
            code(colors.entry(b"a.rs", Kind::File, None)),
            Some("\x1b[33m".into())
        );
        let exe = meta(true);
        assert_eq!(
            code(colors.entry(b"a.rs", Kind::File, Some(&exe))),
            Some("\x1b[32m".into())
        );
        let link = Kind::Symlink { to_dir: true };
        assert_eq!(
            code(colors.entry(b"a.rs", link, None)),
            Some("\x1b[36m".into())
        );
        assert!(colors.needs_metadata());
        assert!(!TypeColors::new(LsColors::empty()).needs_metadata());
    }
}
