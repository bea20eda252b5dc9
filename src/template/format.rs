//! The `--format` template: fd's placeholders for parts of the path
//! ([`Part`]) and metadata fields as find's `-printf` offers them
//! ([`Field`]), read once into [`Piece`]s.

use super::Part;

/// A metadata field of `--format`, written `{name}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// `{size}`: the size in bytes.
    Size,
    /// `{mtime}`: the modification time, RFC 3339 in UTC, to the second.
    Mtime,
    /// `{mode}`: the permission bits in octal (`755`; `4755` with set-id).
    Mode,
    /// `{perms}`: the type and permissions as `ls -l` writes them.
    Perms,
    /// `{user}`: the owner's name, else its id.
    User,
    /// `{group}`: the group's name, else its id.
    Group,
    /// `{uid}`: the owner's id.
    Uid,
    /// `{gid}`: the group's id.
    Gid,
    /// `{type}`: file, dir, symlink, socket, pipe, block-device,
    /// char-device or other.
    Type,
    /// `{depth}`: how deep the entry is (1 directly inside a root).
    Depth,
}

impl Field {
    /// Every field with its name.
    pub const ALL: [(&'static str, Field); 10] = [
        ("size", Field::Size),
        ("mtime", Field::Mtime),
        ("mode", Field::Mode),
        ("perms", Field::Perms),
        ("user", Field::User),
        ("group", Field::Group),
        ("uid", Field::Uid),
        ("gid", Field::Gid),
        ("type", Field::Type),
        ("depth", Field::Depth),
    ];

    /// Whether the field may need the entry's metadata (`{type}` only for
    /// entries that are not files, folders or symlinks).
    pub fn needs_metadata(self) -> bool {
        self != Field::Depth
    }
}

/// One piece of a `--format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Text written as it is (`{{` and `}}` already made single braces).
    Text(String),
    /// A part of the path.
    Part(Part),
    /// A metadata field.
    Field(Field),
}

/// A parsed `--format` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Format {
    /// The pieces, in order.
    pub pieces: Vec<Piece>,
}

impl Format {
    /// Reads `text`: `{{` and `}}` are literal braces, a lone `}` is
    /// itself; `{…}` must be a placeholder or a field, else the error
    /// names it.
    pub fn parse(text: &str) -> Result<Format, String> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let mut rest = text;
        while let Some(at) = rest.find(['{', '}']) {
            literal.push_str(&rest[..at]);
            let tail = &rest[at..];
            if tail.starts_with("{{") || tail.starts_with("}}") {
                literal.push_str(&tail[..1]);
                rest = &tail[2..];
                continue;
            }
            if let Some(after) = tail.strip_prefix('}') {
                literal.push('}');
                rest = after;
                continue;
            }
            let Some(close) = tail.find('}') else {
                return Err(format!(
                    "{tail:?} opens no placeholder: write {{{{ for a literal brace"
                ));
            };
            let spelled = &tail[..=close];
            let name = &spelled[1..close];
            let piece = if let Some((_, part)) = Part::ALL.iter().find(|(s, _)| *s == spelled) {
                Piece::Part(*part)
            } else if let Some((_, field)) = Field::ALL.iter().find(|(n, _)| *n == name) {
                Piece::Field(*field)
            } else {
                let known: Vec<_> = Field::ALL.iter().map(|(n, _)| format!("{{{n}}}")).collect();
                return Err(format!(
                    "unknown placeholder {spelled} (known: {{}} {{/}} {{//}} {{.}} {{/.}} {}; \
                     {{{{ and }}}} for literal braces)",
                    known.join(" ")
                ));
            };
            if !literal.is_empty() {
                pieces.push(Piece::Text(std::mem::take(&mut literal)));
            }
            pieces.push(piece);
            rest = &tail[close + 1..];
        }
        literal.push_str(rest);
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Ok(Format { pieces })
    }

    /// Whether a field may need the entries' metadata.
    pub fn needs_metadata(&self) -> bool {
        self.pieces
            .iter()
            .any(|p| matches!(p, Piece::Field(f) if f.needs_metadata()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Piece {
        Piece::Text(s.to_owned())
    }

    #[test]
    fn placeholders_fields_and_braces_are_read_once() {
        let format = Format::parse("{{{}}} {/.}:{size}}x{//}").unwrap();
        let want = [
            text("{"),
            Piece::Part(Part::Path),
            text("} "),
            Piece::Part(Part::BasenameNoExt),
            text(":"),
            Piece::Field(Field::Size),
            text("}x"),
            Piece::Part(Part::Parent),
        ];
        assert_eq!(format.pieces, want);
        assert!(format.needs_metadata());
        assert!(!Format::parse("{} {depth}").unwrap().needs_metadata());
        assert_eq!(Format::parse("").unwrap().pieces, []);
    }

    #[test]
    fn an_unknown_or_unclosed_placeholder_is_refused_by_name() {
        let err = Format::parse("a {sise} b").unwrap_err();
        assert!(err.starts_with("unknown placeholder {sise} "), "{err}");
        let err = Format::parse("a { b").unwrap_err();
        assert!(err.contains("\"{ b\" opens no placeholder"), "{err}");
    }
}
