//! `--format TEMPLATE`: each match written as the template says, fd's
//! placeholders for parts of the path and metadata fields as find's
//! `-printf` offers them ([`crate::template::format`]), each record ended
//! by the terminator (a newline, or NUL with `-0`). Values from names are
//! written as bytes, escaped on a terminal as the printer escapes them; a
//! field whose value cannot be known (an entry that vanished, an owner on
//! Windows) is written `?`.

use std::borrow::Cow;
use std::collections::HashMap;

use crate::config::Config;
use crate::output::records::{Facts, Render};
use crate::template::format::{Field, Format, Piece};

/// Renders the records of a `--format` template.
pub struct Formatter {
    format: Format,
    escape: bool,
    terminator: u8,
    users: HashMap<u32, Vec<u8>>,
    groups: HashMap<u32, Vec<u8>>,
}

impl Formatter {
    /// Records of `format`, escaped and ended as `config` says.
    pub fn new(format: Format, config: &Config) -> Formatter {
        Formatter {
            format,
            escape: config.escape,
            terminator: config.terminator,
            users: HashMap::new(),
            groups: HashMap::new(),
        }
    }

    /// The value of `field` for `facts`, if known.
    fn field(&mut self, field: Field, facts: &Facts<'_>) -> Option<Cow<'static, [u8]>> {
        let text = |s: String| Some(Cow::Owned(s.into_bytes()));
        match field {
            Field::Size => text(facts.meta()?.size.to_string()),
            Field::Mtime => text(facts.modified()?),
            Field::Mode => text(format!("{:o}", facts.meta()?.mode?)),
            Field::Perms => text(perms(facts.type_name(), facts.meta()?.mode?)),
            Field::User => {
                let uid = facts.meta()?.owner?.0;
                let name = self.users.entry(uid).or_insert_with(|| {
                    crate::sys::user_name(uid).unwrap_or_else(|| uid.to_string().into_bytes())
                });
                Some(Cow::Owned(name.clone()))
            }
            Field::Group => {
                let gid = facts.meta()?.owner?.1;
                let name = self.groups.entry(gid).or_insert_with(|| {
                    crate::sys::group_name(gid).unwrap_or_else(|| gid.to_string().into_bytes())
                });
                Some(Cow::Owned(name.clone()))
            }
            Field::Uid => text(facts.meta()?.owner?.0.to_string()),
            Field::Gid => text(facts.meta()?.owner?.1.to_string()),
            Field::Type => Some(Cow::Borrowed(facts.type_name().as_bytes())),
            Field::Depth => text(facts.depth().to_string()),
        }
    }

    /// Appends `value`, escaped on a terminal.
    fn push(&self, value: &[u8], out: &mut Vec<u8>) {
        if self.escape {
            out.extend_from_slice(&crate::escape::escaped(value));
        } else {
            out.extend_from_slice(value);
        }
    }
}

impl Render for Formatter {
    fn needs_metadata(&self) -> bool {
        self.format.needs_metadata()
    }

    fn render(&mut self, facts: &Facts<'_>, out: &mut Vec<u8>) {
        for at in 0..self.format.pieces.len() {
            match &self.format.pieces[at] {
                Piece::Text(text) => out.extend_from_slice(text.as_bytes()),
                Piece::Part(part) => self.push(&part.of(facts.path), out),
                &Piece::Field(field) => {
                    let value = self.field(field, facts);
                    self.push(value.as_deref().unwrap_or(b"?"), out);
                }
            }
        }
        out.push(self.terminator);
    }
}

/// The type and permissions of an entry of type `type_name` with the
/// permission bits `mode`, as `ls -l` writes them (`drwxr-sr-t`).
pub fn perms(type_name: &str, mode: u32) -> String {
    let kind = match type_name {
        "file" => '-',
        "dir" => 'd',
        "symlink" => 'l',
        "socket" => 's',
        "pipe" => 'p',
        "block-device" => 'b',
        "char-device" => 'c',
        _ => '?',
    };
    let mut out = String::from(kind);
    // Each class: its read, write and execute bits, and the special bit
    // shown in its execute place (set-user-id, set-group-id, sticky).
    for (shift, special, letter) in [(6, 0o4000, 's'), (3, 0o2000, 's'), (0, 0o1000, 't')] {
        let bits = mode >> shift;
        out.push(if bits & 4 != 0 { 'r' } else { '-' });
        out.push(if bits & 2 != 0 { 'w' } else { '-' });
        out.push(match (bits & 1 != 0, mode & special != 0) {
            (true, true) => letter,
            (false, true) => letter.to_ascii_uppercase(),
            (true, false) => 'x',
            (false, false) => '-',
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::perms;

    #[test]
    fn perms_are_written_as_ls_writes_them() {
        assert_eq!(perms("file", 0o644), "-rw-r--r--");
        assert_eq!(perms("dir", 0o755), "drwxr-xr-x");
        assert_eq!(perms("file", 0o4755), "-rwsr-xr-x");
        assert_eq!(perms("dir", 0o3750), "drwxr-s--T");
        assert_eq!(perms("symlink", 0o777), "lrwxrwxrwx");
        assert_eq!(perms("pipe", 0o2600), "prw---S---");
    }
}
