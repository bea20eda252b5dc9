//! Bytes that are not UTF-8, as the original saw them: Python decoded names
//! and patterns with `surrogateescape`, so each such byte was one character
//! of its own (U+DC80 + byte − 0x80), matched by `.`, `\W` or `[^a]`, and
//! equal only to the same byte.
//!
//! Rust strings cannot hold surrogates, so each such byte becomes a
//! character of the last private-use plane instead, U+10FF00 + byte (a
//! name holding those rare characters themselves is the one place the two
//! could meet). A pattern is decoded once; a name only when it is not
//! valid UTF-8, with a map back to its bytes for the highlight.

use std::cmp::Ordering;
use std::ops::Range;

/// The character standing for the byte 0.
const BASE: u32 = 0x10_FF00;

/// The character standing for `byte`.
fn stand_in(byte: u8) -> char {
    char::from_u32(BASE + u32::from(byte)).expect("U+10FF00..U+10FFFF are characters")
}

/// What a pattern's escape of the surrogate `value` (`\udcff`) stands
/// for: U+DC80–U+DCFF are the bytes 0x80–0xFF of a name that is not UTF-8,
/// as in Python; any other surrogate, a character no name holds.
pub fn surrogate(value: u32) -> char {
    match u8::try_from(value.wrapping_sub(0xDC00)) {
        Ok(byte) if byte >= 0x80 => stand_in(byte),
        _ => stand_in(0),
    }
}

/// `bytes` as text: valid UTF-8 as it is, each other byte as its stand-in.
pub fn decode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len());
    for chunk in bytes.utf8_chunks() {
        out.push_str(chunk.valid());
        out.extend(chunk.invalid().iter().copied().map(stand_in));
    }
    out
}

/// `text` for a message: each stand-in shown as the byte it stands for,
/// `\xNN`.
pub fn shown(text: &str) -> String {
    text.chars()
        .map(|c| match u32::from(c).checked_sub(BASE) {
            Some(byte) if byte >= 0x80 => format!("\\x{byte:02x}"),
            _ => c.to_string(),
        })
        .collect()
}

/// A name that is not valid UTF-8, decoded, with where each of its bytes
/// came from.
#[derive(Debug)]
pub struct Decoded {
    /// The decoded text, as UTF-8 bytes.
    pub text: Vec<u8>,
    /// For each byte offset of `text` (and its end), the offset in the
    /// original bytes.
    origin: Vec<usize>,
}

impl Decoded {
    /// Decodes `bytes`.
    pub fn new(bytes: &[u8]) -> Decoded {
        let mut text = Vec::with_capacity(bytes.len() + 8);
        let mut origin = Vec::with_capacity(bytes.len() + 9);
        let mut at = 0;
        for chunk in bytes.utf8_chunks() {
            let valid = chunk.valid().as_bytes();
            text.extend_from_slice(valid);
            origin.extend(at..at + valid.len());
            at += valid.len();
            for &byte in chunk.invalid() {
                let mut buf = [0; 4];
                let encoded = stand_in(byte).encode_utf8(&mut buf).as_bytes();
                text.extend_from_slice(encoded);
                origin.extend(std::iter::repeat_n(at, encoded.len()));
                at += 1;
            }
        }
        origin.push(at);
        Decoded { text, origin }
    }

    /// The range of the original bytes that `range` of the text covers.
    pub fn original(&self, range: Range<usize>) -> Range<usize> {
        self.origin[range.start]..self.origin[range.end]
    }
}

/// The order of two names as the original's `sorted()` put them: by code
/// point, each byte that is not UTF-8 being the surrogate U+DC80 + byte −
/// 0x80 (so `\xff` sorts after U+D7FF and before U+E000). For valid
/// UTF-8 this is the order of the bytes, which decides at once unless the
/// names first differ at a byte that is not ASCII.
#[inline]
pub fn name_order(a: &[u8], b: &[u8]) -> Ordering {
    let same = common_prefix(a, b);
    match (a.get(same), b.get(same)) {
        (Some(x), Some(y)) if x.is_ascii() && y.is_ascii() => x.cmp(y),
        (None, None) => Ordering::Equal,
        (None, Some(y)) if y.is_ascii() => Ordering::Less,
        (Some(x), None) if x.is_ascii() => Ordering::Greater,
        _ if std::str::from_utf8(a).is_ok() && std::str::from_utf8(b).is_ok() => a.cmp(b),
        _ => code_points(a).cmp(code_points(b)),
    }
}

/// The first eight bytes of `name`, big-endian, zeros after its end. For
/// names that are valid UTF-8 (and hold no NUL byte, as no file name
/// does), [`name_order`] is the order of these keys where they differ,
/// else the order of the bytes: sorting a folder compares two numbers,
/// not two names, almost every time.
#[inline]
pub fn sort_key(name: &[u8]) -> u64 {
    let mut key = [0; 8];
    let n = name.len().min(8);
    key[..n].copy_from_slice(&name[..n]);
    u64::from_be_bytes(key)
}

/// The length of the bytes `a` and `b` start with in common, compared
/// eight at a time (sorting a folder's names spends most of its time here).
#[inline]
fn common_prefix(a: &[u8], b: &[u8]) -> usize {
    let n = a.len().min(b.len());
    let mut same = 0;
    for (x, y) in a[..n].chunks_exact(8).zip(b[..n].chunks_exact(8)) {
        let x = u64::from_le_bytes(x.try_into().expect("eight bytes"));
        let y = u64::from_le_bytes(y.try_into().expect("eight bytes"));
        if x != y {
            // Little-endian: the first differing byte is the lowest one.
            return same + (x ^ y).trailing_zeros() as usize / 8;
        }
        same += 8;
    }
    same + a[same..n]
        .iter()
        .zip(&b[same..n])
        .take_while(|(x, y)| x == y)
        .count()
}

/// The code points Python decoded `bytes` into, with `surrogateescape`.
fn code_points(bytes: &[u8]) -> impl Iterator<Item = u32> + '_ {
    bytes.utf8_chunks().flat_map(|chunk| {
        let valid = chunk.valid().chars().map(u32::from);
        let invalid = chunk.invalid().iter().map(|&b| 0xDC00 + u32::from(b));
        valid.chain(invalid)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_prefix_is_found_across_and_within_words() {
        for (a, b, same) in [
            (&b""[..], &b""[..], 0),
            (b"abc", b"abd", 2),
            (b"abcdefgh", b"abcdefgh", 8),
            (b"abcdefghij", b"abcdefghiX", 9),
            (b"abcdefgXij", b"abcdefghij", 7),
            (b"Xbcdefghijklmnopq", b"abcdefghijklmnopq", 0),
            (b"abcdefghijklmnop", b"abcdefghijklmnopqrs", 16),
            (b"abcdefghijklmnopq", b"abcdefghijkXmnopq", 11),
        ] {
            assert_eq!(common_prefix(a, b), same, "{a:?} {b:?}");
            assert_eq!(common_prefix(b, a), same, "{b:?} {a:?}");
        }
    }

    proptest::proptest! {
        /// The fast order is the original's: code points, each byte that
        /// is not UTF-8 one surrogate (names sharing long prefixes, so the
        /// word-at-a-time compare is exercised).
        #[test]
        fn names_sort_by_python_code_points(
            prefix in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..20),
            a in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..12),
            b in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..12),
        ) {
            let a = [&prefix[..], &a[..]].concat();
            let b = [&prefix[..], &b[..]].concat();
            proptest::prop_assert_eq!(name_order(&a, &b), code_points(&a).cmp(code_points(&b)));
        }
    }

    #[test]
    fn each_invalid_byte_is_one_character() {
        assert_eq!(decode(b"caf\xe9").chars().count(), 4);
        assert_eq!(decode("café".as_bytes()), "café");
        assert_ne!(decode(b"\xe9"), decode(b"\xea"));
    }

    #[test]
    fn surrogate_escapes_are_the_bytes() {
        assert_eq!(surrogate(0xDCFF).to_string(), decode(b"\xff"));
        assert_ne!(surrogate(0xD800).to_string(), decode(b"\xff"));
        assert!(!decode(b"\x00\xff\xc3").contains(surrogate(0xD800)));
    }

    #[test]
    fn stand_ins_are_shown_as_bytes() {
        assert_eq!(shown(&decode(b"caf\xe9(")), r"caf\xe9(");
    }

    #[test]
    fn names_sort_as_python_sorted_them() {
        let mut names: Vec<&[u8]> = vec![
            "a/\u{e000}.txt".as_bytes(),
            b"a/\xff.txt",
            "a/\u{d7ff}.txt".as_bytes(),
            b"a/b.txt",
            b"a/\xe2\x82",
            "a/\u{20ac}".as_bytes(),
            b"a/",
            b"a/\xc3",
        ];
        names.sort_by(|a, b| name_order(a, b));
        let want: Vec<&[u8]> = vec![
            b"a/",
            b"a/b.txt",
            "a/\u{20ac}".as_bytes(),
            "a/\u{d7ff}.txt".as_bytes(),
            b"a/\xc3",
            b"a/\xe2\x82",
            b"a/\xff.txt",
            "a/\u{e000}.txt".as_bytes(),
        ];
        assert_eq!(names, want);
        assert_eq!(name_order(b"ab", b"ab"), Ordering::Equal);
        assert_eq!(name_order(b"ab", b"abc"), Ordering::Less);
    }

    #[test]
    fn ranges_map_back_to_the_bytes() {
        let d = Decoded::new(b"a\xffb\xc3\xa9");
        let text = std::str::from_utf8(&d.text).unwrap();
        assert_eq!(text.chars().count(), 4);
        let b = text.find('b').unwrap();
        assert_eq!(d.original(b..b + 1), 2..3);
        assert_eq!(d.original(1..b), 1..2);
        assert_eq!(d.original(0..d.text.len()), 0..5);
    }
}
