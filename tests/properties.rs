//! Property tests for the pieces that take user input: shell quoting for
//! `--exec` (a round trip through `sh` gives back the exact bytes),
//! escaping names for a terminal, the plain-word fast path against the
//! regex engine, smart case, and highlighting.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::process::Command;

use ffind::env::Env;
use ffind::listing::{Found, Listing};
use ffind::output::actions::quote_path;
use ffind::output::printer::{Printer, write_escaped};
use ffind::pattern::{CaseMode, Matcher};
use ffind::walk::Consumer;
use ffind::{Config, cli};
use proptest::prelude::*;

fn config(args: &[&str]) -> Config {
    let env = Env::default();
    let mut argv = vec!["ffind"];
    argv.extend_from_slice(args);
    Config::resolve(&cli::parse_from(&env, argv).unwrap(), &env, false).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn quoted_paths_survive_the_shell(name in proptest::collection::vec(1u8..=255, 1..40)) {
        let quoted = quote_path(&name).unwrap();
        let mut line = b"printf %s ".to_vec();
        line.extend_from_slice(&quoted);
        let out = Command::new("/bin/sh").arg("-c").arg(OsStr::from_bytes(&line)).output().unwrap();
        let mut want = Vec::new();
        if name.starts_with(b"-") {
            want.extend_from_slice(b"./");
        }
        want.extend_from_slice(&name);
        prop_assert_eq!(out.stdout, want);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn escaped_names_cannot_drive_a_terminal(name in proptest::collection::vec(any::<u8>(), 0..60)) {
        let mut out = Vec::new();
        write_escaped(&mut out, &name).unwrap();
        let text = std::str::from_utf8(&out);
        prop_assert!(text.is_ok(), "escaped output is UTF-8");
        prop_assert!(!text.unwrap().chars().any(char::is_control));
    }

    #[test]
    fn printable_names_are_not_escaped(name in "[^\\p{Cc}]{0,40}") {
        let mut out = Vec::new();
        write_escaped(&mut out, name.as_bytes()).unwrap();
        prop_assert_eq!(out, name.as_bytes());
    }

    #[test]
    fn plain_words_match_like_the_regex_engine(
        word in "[a-zA-Z0-9]{1,6}",
        hay in proptest::collection::vec(prop_oneof![Just(b'a'), Just(b'B'), Just(b'1'), Just(0xc3), Just(0xa9), Just(b'k'), any::<u8>()], 0..30),
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
    fn lowercase_patterns_ignore_ascii_case(word in "[a-z0-9]{1,6}", hay in "[a-zA-Z0-9_.]{0,30}") {
        let m = Matcher::regex(&word, CaseMode::Smart, false).unwrap();
        prop_assert_eq!(
            m.find(hay.as_bytes()).is_some(),
            m.find(hay.to_ascii_uppercase().as_bytes()).is_some()
        );
    }

    #[test]
    fn colour_wraps_exactly_the_match(
        path in proptest::collection::vec(1u8..=255, 1..40).prop_filter("no newline", |p| !p.contains(&b'\n')),
        a in 0usize..40,
        b in 0usize..40,
    ) {
        let (lo, hi) = (a.min(b).min(path.len()), a.max(b).min(path.len()));
        let mut text = path.clone();
        text.push(b'\n');
        let listing = Listing {
            text,
            found: vec![Found { start: 0, end: path.len(), hl_start: lo, hl_end: hi }],
            ..Listing::default()
        };
        let mut out = Vec::new();
        {
            let mut printer = Printer::new(&mut out, &config(&["--color=always", "x"]));
            printer.listing(&listing).unwrap();
            printer.flush().unwrap();
        }
        let mut want = path[..lo].to_vec();
        want.extend_from_slice(b"\x1b[31m");
        want.extend_from_slice(&path[lo..hi]);
        want.extend_from_slice(b"\x1b[0m");
        want.extend_from_slice(&path[hi..]);
        want.push(b'\n');
        prop_assert_eq!(out, want);
    }
}
