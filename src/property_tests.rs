//! Property tests for the pieces that take user input: `--exec` templates
//! (hostile names in every quoting context — bare, '…', "…", and `$( )` or
//! backquotes inside "…" — and every placeholder, through `sh`, give back
//! the exact bytes and run nothing),
//! escaping names for a terminal, the plain-word fast path against the
//! regex engine, and smart case (highlighting: the printer's own unit tests). Unix only (`sh`).
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use crate::escape::{write_escaped, write_lines};
use crate::pattern::{CaseMode, Matcher, name_order, sort_key};
use crate::template::sh::Template;
use proptest::prelude::*;

#[path = "../tests/support/hostile_names.rs"]
mod hostile_names;
use hostile_names::hostile_name;

/// A template (every placeholder in one quoting context), whether its
/// placeholders start a shell word, and what the command adds after each.
const TEMPLATES: [(&str, bool, &str); 8] = [
    ("printf '%s\\0' {} {/} {//} {.} {/.}", true, ""),
    ("printf '%s\\0' '{}' '{/}' '{//}' '{.}' '{/.}'", true, ""),
    (
        "printf '%s\\0' \"{}\" \"{/}\" \"{//}\" \"{.}\" \"{/.}\"",
        true,
        "",
    ),
    ("printf '%s\\0' x{} x{/} x{//} x{.} x{/.}", false, ""),
    (
        "printf '%s\\0' 'x{}' 'x{/}' 'x{//}' 'x{.}' 'x{/.}'",
        false,
        "",
    ),
    (
        "printf '%s\\0' \"x{}\" \"x{/}\" \"x{//}\" \"x{.}\" \"x{/.}\"",
        false,
        "",
    ),
    (
        "printf '%s\\0' \"$(printf %s. {})\" \"$(printf %s. {/})\" \"$(printf %s. {//})\" \"$(printf %s. {.})\" \"$(printf %s. {/.})\"",
        true,
        ".",
    ),
    (
        "printf '%s\\0' \"`printf %s. {}`\" \"`printf %s. {/}`\" \"`printf %s. {//}`\" \"`printf %s. {.}`\" \"`printf %s. {/.}`\"",
        true,
        ".",
    ),
];

/// The values of `{}`, `{/}`, `{//}`, `{.}` and `{/.}` for the path
/// `root/name` (`name` holds no `/`), worked out here from fd's meaning of
/// each, not with ffind's own code.
fn placeholder_values(root: &[u8], name: &[u8]) -> [Vec<u8>; 5] {
    let stem = match name.iter().rposition(|&b| b == b'.') {
        Some(at) if at > 0 => &name[..at],
        _ => name,
    };
    let parent = if root.is_empty() { &b"/"[..] } else { root };
    [
        [root, b"/", name].concat(),
        name.to_vec(),
        parent.to_vec(),
        [root, b"/", stem].concat(),
        stem.to_vec(),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn exec_templates_pass_exact_bytes_and_run_nothing(
        root in prop_oneof![Just(&b"."[..]), Just(&b"-d"[..]), Just(&b"a b/c"[..]), Just(&b""[..])],
        name in hostile_name(),
    ) {
        let mut path = root.to_vec();
        path.push(b'/');
        path.extend_from_slice(&name);
        let cwd = tempfile::tempdir().unwrap();
        for (text, word_start, suffix) in TEMPLATES {
            let template = Template::exec(text).unwrap();
            let (mut line, mut values) = (Vec::new(), Vec::new());
            template.render(&path, &mut line, &mut values);
            let out = Command::new("/bin/sh")
                .arg("-c")
                .arg(OsStr::from_bytes(&line))
                .arg("sh")
                .args(values.iter().map(|v| OsStr::from_bytes(v)))
                .current_dir(cwd.path())
                .output()
                .unwrap();
            let mut want = Vec::new();
            for value in placeholder_values(root, &name) {
                if !word_start {
                    want.push(b'x');
                } else if value.starts_with(b"-") {
                    want.extend_from_slice(b"./");
                }
                want.extend_from_slice(&value);
                want.extend_from_slice(suffix.as_bytes());
                want.push(0);
            }
            prop_assert_eq!(&out.stdout, &want, "template {}", text);
            prop_assert!(out.status.success(), "template {}: {:?}", text, out);
            prop_assert!(out.stderr.is_empty(), "template {}: {:?}", text, out);
            prop_assert_eq!(std::fs::read_dir(cwd.path()).unwrap().count(), 0, "something ran");
        }
    }
}

/// Characters that disguise a name on a terminal, listed independently of
/// the escaping code: bidirectional controls, invisible format characters
/// and the line and paragraph separators.
const HIDDEN: &[char] = &[
    '\u{2028}',
    '\u{2029}',
    '\u{202a}',
    '\u{202b}',
    '\u{202c}',
    '\u{202d}',
    '\u{202e}',
    '\u{2066}',
    '\u{2067}',
    '\u{2068}',
    '\u{2069}',
    '\u{200e}',
    '\u{200f}',
    '\u{061c}',
    '\u{200b}',
    '\u{200c}',
    '\u{200d}',
    '\u{2060}',
    '\u{2061}',
    '\u{2062}',
    '\u{2063}',
    '\u{2064}',
    '\u{feff}',
    '\u{00ad}',
    '\u{e0000}',
    '\u{e0001}',
    '\u{e0020}',
    '\u{e007f}',
];

/// Whether `c` is a control character (C0, DEL, C1), a bidirectional
/// control or an invisible format character (tags included).
fn drives_or_hides(c: char) -> bool {
    c.is_control() || HIDDEN.contains(&c) || ('\u{e0000}'..='\u{e007f}').contains(&c)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn escaped_names_cannot_drive_a_terminal(
        pieces in proptest::collection::vec(prop_oneof![
            any::<u8>().prop_map(|b| vec![b]),
            any::<char>().prop_map(|c| c.to_string().into_bytes()),
            proptest::sample::select(HIDDEN.to_vec()).prop_map(|c| c.to_string().into_bytes()),
        ], 0..30)
    ) {
        let name = pieces.concat();
        let mut out = Vec::new();
        write_escaped(&mut out, &name).unwrap();
        let text = std::str::from_utf8(&out);
        prop_assert!(text.is_ok(), "escaped output is UTF-8");
        prop_assert!(!text.unwrap().chars().any(drives_or_hides), "{:?}", text);
    }

    #[test]
    fn printable_names_are_not_escaped(
        name in "[^\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\\x{e0000}-\\x{e007f}]{0,40}",
    ) {
        let mut out = Vec::new();
        write_escaped(&mut out, name.as_bytes()).unwrap();
        prop_assert_eq!(out, name.as_bytes());
    }

    #[test]
    fn printable_ascii_messages_are_unchanged(text in "[ -~\n]{0,80}") {
        let mut out = Vec::new();
        write_lines(&mut out, text.as_bytes(), true).unwrap();
        prop_assert_eq!(out, text.as_bytes());
    }

    #[test]
    fn escaped_messages_cannot_drive_a_terminal(
        text in proptest::collection::vec(any::<u8>(), 0..60),
        hidden in proptest::sample::select(HIDDEN.to_vec()),
    ) {
        let mut message = text.clone();
        message.extend_from_slice(hidden.to_string().as_bytes());
        message.extend_from_slice(&text);
        let mut out = Vec::new();
        write_lines(&mut out, &message, true).unwrap();
        let shown = std::str::from_utf8(&out);
        prop_assert!(shown.is_ok(), "escaped output is UTF-8");
        prop_assert!(
            !shown.unwrap().chars().filter(|&c| c != '\n').any(drives_or_hides),
            "{:?}",
            shown
        );
    }

    #[test]
    fn plain_words_match_like_the_regex_engine(
        word in "[a-zA-Z0-9]{1,6}",
        hay in proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'B'), Just(b'1'), Just(0xc3), Just(0xa9), Just(b'k'), any::<u8>()], 0..100),
        case in prop_oneof![Just(CaseMode::Smart), Just(CaseMode::Sensitive), Just(CaseMode::Insensitive)],
    ) {
        let fast = Matcher::regex(&word, case, false).unwrap();
        let slow = regex::bytes::RegexBuilder::new(&word)
            .case_insensitive(case.ignores_case(&word))
            .build()
            .unwrap();
        prop_assert_eq!(fast.find(&hay), slow.find(&hay).map(|m| m.range()));
    }

    #[test]
    fn plain_words_match_ascii_names_like_the_regex_engine(
        (word, hay) in "[a-zA-Z0-9]{1,6}".prop_flat_map(|word| {
            // The word's bytes in either case, each with its lowest bit
            // flipped (a near miss the eight-byte compare must not take
            // for the word), and any ASCII byte.
            let bytes: Vec<u8> = word
                .bytes()
                .flat_map(|b| [b.to_ascii_lowercase(), b.to_ascii_uppercase(), b ^ 1])
                .collect();
            let byte = prop_oneof![3 => proptest::sample::select(bytes), 1 => 0u8..0x80];
            (Just(word), proptest::collection::vec(byte, 0..90))
        }),
    ) {
        // ASCII names of every length around the eight-byte words and
        // the short-name limit.
        let fast = Matcher::regex(&word.to_ascii_lowercase(), CaseMode::Smart, false).unwrap();
        let slow = regex::bytes::RegexBuilder::new(&word)
            .case_insensitive(true)
            .build()
            .unwrap();
        prop_assert_eq!(fast.find(&hay), slow.find(&hay).map(|m| m.range()));
    }

    #[test]
    fn sort_keys_order_utf8_names_as_the_original(
        a in "[^\\x00]{0,12}",
        b in "[^\\x00]{0,12}",
        shared in "[a-z\u{e9}\u{17f}]{0,10}",
    ) {
        // Often with a common start, so that keys tie and bytes decide.
        for (a, b) in [(a.clone(), b.clone()), (format!("{shared}{a}"), format!("{shared}{b}"))] {
            let (a, b) = (a.as_bytes(), b.as_bytes());
            let by_key = sort_key(a).cmp(&sort_key(b)).then_with(|| a.cmp(b));
            prop_assert_eq!(by_key, name_order(a, b), "{:?} {:?}", a, b);
        }
    }

    #[test]
    fn lowercase_patterns_ignore_ascii_case(word in "[a-z0-9]{1,6}", hay in "[a-zA-Z0-9_.]{0,30}") {
        let m = Matcher::regex(&word, CaseMode::Smart, false).unwrap();
        prop_assert_eq!(
            m.find(hay.as_bytes()).is_some(),
            m.find(hay.to_ascii_uppercase().as_bytes()).is_some()
        );
    }
}
