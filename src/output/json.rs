//! `--json`: each match as one JSON object on its own line (JSON Lines),
//! written with serde_json: `path` (a string when the path is valid UTF-8,
//! else `{"bytes": BASE64}` as ripgrep writes it, standard alphabet with
//! padding), `type`, `size` and `modified` (RFC 3339, UTC; `null` when the
//! entry cannot be looked at), `depth`, and `match`: the matched span's
//! byte offsets (`{"start": S, "end": E}`) into the name, or into the path
//! under `--full-path`; `null` when there is no pattern.

use base64::Engine;
use serde::Serialize;

use crate::output::records::{Facts, Render};

/// A path as JSON holds it.
#[derive(Serialize)]
#[serde(untagged)]
enum JsonPath<'a> {
    /// Valid UTF-8: a string.
    Text(&'a str),
    /// Anything else: its bytes in base64.
    Bytes {
        /// The path's bytes, base64-encoded.
        bytes: String,
    },
}

/// A matched span.
#[derive(Serialize)]
struct Span {
    start: usize,
    end: usize,
}

/// One record.
#[derive(Serialize)]
struct Record<'a> {
    path: JsonPath<'a>,
    #[serde(rename = "type")]
    kind: &'static str,
    size: Option<u64>,
    modified: Option<String>,
    depth: usize,
    #[serde(rename = "match")]
    span: Option<Span>,
}

/// Renders each match as a JSON line.
pub struct Json {
    /// Whether a pattern was given (else `match` is `null`).
    with_match: bool,
}

impl Json {
    /// JSON lines, with the matched span when `with_match`.
    pub fn new(with_match: bool) -> Json {
        Json { with_match }
    }
}

impl Render for Json {
    fn needs_metadata(&self) -> bool {
        true
    }

    fn render(&mut self, facts: &Facts<'_>, out: &mut Vec<u8>) {
        let path = match std::str::from_utf8(facts.path) {
            Ok(text) => JsonPath::Text(text),
            Err(_) => JsonPath::Bytes {
                bytes: base64::engine::general_purpose::STANDARD.encode(facts.path),
            },
        };
        let (start, end) = facts.entry.span;
        let record = Record {
            path,
            kind: facts.type_name(),
            size: facts.meta().map(|meta| meta.size),
            modified: facts.modified(),
            depth: facts.depth(),
            span: self.with_match.then_some(Span { start, end }),
        };
        serde_json::to_writer(&mut *out, &record).expect("writing JSON to memory cannot fail");
        out.push(b'\n');
    }
}
