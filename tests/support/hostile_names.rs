//! File names built to run as code wherever a shell might paste them:
//! quotes, substitutions, separators, backslashes, line breaks, `{}`
//! itself. Shared by `src/property_tests.rs` and `tests/exec_grammar.rs`.

use proptest::prelude::*;

/// Bytes of a file name (never `/` or NUL), biased towards what shells
/// treat specially; every marker it holds creates a file named `PWNED`.
pub fn hostile_name() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"'".to_vec()),
        Just(b"\"".to_vec()),
        Just(b"$(touch PWNED)".to_vec()),
        Just(b"`touch PWNED`".to_vec()),
        Just(b";touch PWNED;".to_vec()),
        Just(b"a[$(touch PWNED)]".to_vec()),
        Just(b"\n".to_vec()),
        Just(b"-".to_vec()),
        Just(b"\\".to_vec()),
        Just(b"\\`".to_vec()),
        Just(b"\\\"".to_vec()),
        Just(b"$".to_vec()),
        Just(b" ".to_vec()),
        Just(b".".to_vec()),
        Just(b"{}".to_vec()),
        Just(b"'\\''".to_vec()),
        proptest::collection::vec((1u8..=255).prop_filter("no slash", |b| *b != b'/'), 1..4),
    ];
    proptest::collection::vec(piece, 1..8).prop_map(|pieces| pieces.concat())
}
