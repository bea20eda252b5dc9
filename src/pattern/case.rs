//! The original's plain-word test: a pattern of ASCII letters and digits
//! is looked for in the name with Python's `in`, in `name.lower()` when
//! case is ignored, before the regex decides the match. The lowercase is
//! Python's `str.lower` (full mappings: `İ` becomes `i` and a combining
//! dot, the Kelvin sign `k`, while `ſ` and `ı` stay as they are), so
//! `s` does not find `ſ` although the regex alone would.

/// Whether the ASCII lowercase `needle` is in the lowercase of `name`
/// (decoded as the original did: each byte that is not UTF-8 a character
/// of its own, which lowercases to itself and is never ASCII).
pub fn lowercase_contains(name: &[u8], needle: &[u8]) -> bool {
    let mut lower = Vec::with_capacity(name.len() + 4);
    for chunk in name.utf8_chunks() {
        lower.extend_from_slice(chunk.valid().to_lowercase().as_bytes());
        lower.extend(chunk.invalid().iter().map(|_| 0xFF));
    }
    memchr::memmem::find(&lower, needle).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_lowercase_decides() {
        assert!(!lowercase_contains("\u{17f}3".as_bytes(), b"s"));
        assert!(lowercase_contains("\u{130}1".as_bytes(), b"i"));
        assert!(!lowercase_contains("\u{130}d".as_bytes(), b"id"));
        assert!(lowercase_contains("\u{212a}x".as_bytes(), b"kx"));
        assert!(!lowercase_contains("\u{131}".as_bytes(), b"i"));
        assert!(lowercase_contains(b"\xffAB\xfe", b"ab"));
        assert!(!lowercase_contains(b"a\xffb", b"ab"));
    }
}
