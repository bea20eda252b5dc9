//! ffind reads patterns as the original did, with Python's `re`: a table of
//! patterns and names, each searched by Python 3 (`python3`, required) and
//! by ffind's matcher with smart case, must give the same match span (in
//! bytes of the name) or both refuse nothing. Names and patterns that are
//! not UTF-8 are decoded by Python with `surrogateescape`, as the original's
//! command line and `os.walk` did. The few documented differences are
//! checked to differ, so that the documentation stays true. A plain word
//! is first looked for in the name (in `name.lower()` when case is
//! ignored), as the original's `create_comparison` did.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::pattern::{CaseMode, Matcher, Syntax, decode};

/// A pattern (bytes), whether fuzzy, and the names it is searched in.
type Row = (&'static [u8], bool, &'static [&'static [u8]]);

/// The agreement table.
const TABLE: &[Row] = &[
    // Braces that do not start a repetition are literal.
    (b"{arch}", false, &[b"{arch}", b"arch", b"x{arch}y"]),
    (b"x{y", false, &[b"x{y", b"xy"]),
    (b"{a,b}", false, &[b"{a,b}", b"a", b"b"]),
    (b"a{}", false, &[b"a{}", b"a"]),
    (b"x{ 2}", false, &[b"x{ 2}", b"xx"]),
    (b"a}", false, &[b"a}", b"a"]),
    (b"x{1,2", false, &[b"x{1,2", b"x"]),
    // Repetitions.
    (b"a{2}", false, &[b"aa", b"a", b"baaa"]),
    (b"a{,2}b", false, &[b"b", b"aab", b"xaaab"]),
    (b"a{2,}", false, &[b"aaa", b"a"]),
    (b"a{1,2}?", false, &[b"aaa"]),
    (b"xa{,}", false, &[b"x", b"xaaa"]),
    // Ends of names: \Z, and $ also before a final newline.
    (b"py\\Z", false, &[b"a.py", b"a.py\n", b"py"]),
    (
        b"py$",
        false,
        &[b"a.py", b"a.py\n", b"a.py\n\n", b"a.pyc", b"py\nx"],
    ),
    (b"^a.*$", false, &[b"abc\n", b"abc", b"ab\nc"]),
    (b"$", false, &[b"", b"a", b"a\n"]),
    (b"y$|^a", false, &[b"ay\n", b"xy\n"]),
    (b"[$]", false, &[b"a$", b"a"]),
    // Classes.
    (b"[[]", false, &[b"[", b"a"]),
    (b"[]a]", false, &[b"]", b"a", b"b"]),
    (b"[^]a]", false, &[b"]", b"b"]),
    (b"[a&&b]", false, &[b"&", b"a", b"c"]),
    (b"[a~~b]", false, &[b"~", b"c"]),
    (b"[{}]", false, &[b"}", b"a"]),
    // Escapes, flags and groups, some spelled differently by the two.
    (b"a\\sb", false, &[b"a\x1cb", b"a b", b"a\xc2\x85b"]),
    (b"a\\Sb", false, &[b"a\x1cb"]),
    (
        b"\\d",
        false,
        &["\u{664}".as_bytes(), "\u{ff11}".as_bytes()],
    ),
    (
        b"\\w",
        false,
        &["\u{2160}".as_bytes(), b"_", "\u{b2}".as_bytes()],
    ),
    (b"(?m)a$", false, &[b"a\nb", b"a"]),
    (b"(?s).", false, &[b"\n"]),
    (b".", false, &[b"\n", b"\r"]),
    (b"\\0", false, &[b"\0"]),
    (b"[\\b]", false, &[b"\x08"]),
    (b"a++", false, &[b"aa"]),
    (b"a*+a", false, &[b"aaa"]),
    (b"(?=a)a", false, &[b"a", b"b"]),
    (b"(a)\\1", false, &[b"aa", b"ab"]),
    (b"(?P<x>a)(?P=x)", false, &[b"aa"]),
    (b"(?>ma)in", false, &[b"main"]),
    (b"(m)?(?(1)ain|x)", false, &[b"main", b"x"]),
    (b"(?a)\\w", false, &["\u{e9}a".as_bytes()]),
    (b"\\N{LATIN SMALL LETTER M}", false, &[b"m"]),
    (b"a**", false, &[b"a"]),
    (b"a{2}*", false, &[b"aa"]),
    (b"\\A{2,}", false, &[b"a"]),
    (b"[a--b]", false, &[b"a"]),
    (b"(?<n>a)", false, &[b"a"]),
    (b"^*", false, &[b"a"]),
    (b"s", false, &["\u{17f}3".as_bytes()]),
    (b"^s", false, &["\u{17f}3".as_bytes()]),
    (b"i", false, &["\u{130}1".as_bytes(), "\u{131}".as_bytes()]),
    (b"^i", false, &["\u{130}1".as_bytes(), "\u{131}".as_bytes()]),
    (b"(?i:A)b", false, &[b"ab"]),
    (b"(?x) a b ", false, &[b"ab"]),
    (b"\\u0041", false, &[b"A"]),
    (b"\\x41", false, &[b"A"]),
    (b"(?P<n>a)", false, &[b"a"]),
    (b"a|", false, &[b"b"]),
    (b"()", false, &[b"b"]),
    (b"[a-]", false, &[b"-"]),
    (b"[\\w-]", false, &[b"-"]),
    (b"\\-", false, &[b"-"]),
    (b"\\/", false, &[b"/"]),
    (b"\\#", false, &[b"#"]),
    (b"\\ ", false, &[b" "]),
    (b"\\%", false, &[b"%"]),
    (b"\\@", false, &[b"@"]),
    (b"\\'", false, &[b"'"]),
    (b"\\\"", false, &[b"\""]),
    (b"\\!", false, &[b"!"]),
    (b"\\,", false, &[b","]),
    (b"\\<", false, &[b"<"]),
    (b"\\=", false, &[b"="]),
    (b"\\`", false, &[b"`"]),
    (b"\\:", false, &[b":"]),
    (b"\\;", false, &[b";"]),
    (b"\\_", false, &[b"_"]),
    (b"\\\xc3\xa9", false, &[b"\xc3\xa9"]),
    (b"\\a", false, &[b"\x07"]),
    (b"\\Z$", false, &[b"a"]),
    (b"x*?", false, &[b"xx"]),
    // Comments (an unterminated one is refused by both).
    (b"(?#", false, &[b"x"]),
    (b"a(?#note)b", false, &[b"ab", b"a(?#note)b"]),
    // Everyday patterns.
    (b"test1", false, &[b"test1.py", b"stest1.py", b"Test1"]),
    (b"Test", false, &[b"test", b"Test", b"xTest"]),
    (
        b"^s[a-z]+[0-9]\\.(sh|py)$",
        false,
        &[b"stest1.py", b"stest1.sh", b"test1.py"],
    ),
    (b"\\d+\\.txt", false, &[b"a12.txt", b"a.txt"]),
    (b"\\w+\\s\\w", false, &[b"a b", b"ab"]),
    (b"\\bword\\b", false, &[b"a word.", b"swords"]),
    // Smart case with Unicode.
    ("ñandú".as_bytes(), false, &["ÑANDÚ".as_bytes(), b"nandu"]),
    ("Ñ".as_bytes(), false, &["ñ".as_bytes(), "Ñ".as_bytes()]),
    ("ß".as_bytes(), false, &["ẞ".as_bytes(), b"ss"]),
    (b"k", false, &["\u{212a}".as_bytes(), b"K"]),
    (b"s", false, &["\u{17f}".as_bytes(), b"S"]),
    ("\u{17f}".as_bytes(), false, &[b"s", b"S"]),
    ("\u{212a}".as_bytes(), false, &[b"k", b"K"]),
    ("ẞ".as_bytes(), false, &["ß".as_bytes()]),
    (b"i", false, &[b"I"]),
    ("\u{130}".as_bytes(), false, &[b"i", "\u{130}".as_bytes()]),
    (
        "\u{3c3}".as_bytes(),
        false,
        &["\u{3a3}".as_bytes(), "\u{3c2}".as_bytes()],
    ),
    (
        "\u{3c2}".as_bytes(),
        false,
        &["\u{3a3}".as_bytes(), "\u{3c3}".as_bytes()],
    ),
    ("ǆ".as_bytes(), false, &["ǅ".as_bytes(), "Ǆ".as_bytes()]),
    // Bytes that are not UTF-8: one character each.
    (
        b"caf.\\.txt",
        false,
        &[b"caf\xe9.txt", "café.txt".as_bytes()],
    ),
    (b"caf\\W", false, &[b"caf\xe9.txt"]),
    (
        b"caf\xe9",
        false,
        &[b"caf\xe9.txt", "café.txt".as_bytes(), b"caf\xea"],
    ),
    (b".", false, &[b"\xff", b"\xc3"]),
    (b"[^a]$", false, &[b"a\xff", b"aa"]),
    (b"x.y", false, &[b"x\xff\xfey", b"x\xffy"]),
    (b"\xff+", false, &[b"a\xff\xffb"]),
    (b"\\udcff", false, &[b"a\xff", "\u{fffd}".as_bytes()]),
    (b"[\\udc80-\\udcff]", false, &[b"a\xe9", b"e"]),
    // Fuzzy: the characters joined by `.*?`.
    (b"e1", true, &[b"test1.py", b"tst1"]),
    (b"{a", true, &[b"{xa", b"a"]),
    (b"c\xe9t", true, &[b"c\xe9xt", b"cet"]),
    (b"p$", true, &[b"p.py\n", b"p.pyc"]),
];

/// Where Python and ffind are known to differ: (pattern, name, why). Each
/// is checked to differ still; the README lists them.
const DIFFERENCES: &[(&[u8], &[u8], &str)] = &[
    (
        b"(?a:\\W)",
        "\u{e9}".as_bytes(),
        "CPython 3.11 checks a match's first character against the pattern's first class \
         compiled with the global character model, not the group's (a bug ffind does not copy)",
    ),
    (
        "\u{264}".as_bytes(),
        "\u{a7cb}".as_bytes(),
        "case pairs added after Unicode 14 (Python 3.11's version) fold in ffind",
    ),
];

/// What a search gave: a byte span, no match, or a refused pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Outcome {
    Span(usize, usize),
    NoMatch,
    Refused,
}

const PYTHON: &str = r#"
import re, sys, warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    p, n, fuzzy = line.split()
    raw = lambda h: b"" if h == "-" else bytes.fromhex(h)
    pat = raw(p).decode("utf-8", "surrogateescape")
    name = raw(n).decode("utf-8", "surrogateescape")
    ignore = pat == pat.lower()
    plain = fuzzy != "1" and re.search(r"[^a-zA-Z0-9]", pat) is None
    if fuzzy == "1":
        pat = ".*?".join(pat)
    try:
        rx = re.compile(pat, re.IGNORECASE if ignore else 0)
    except re.error:
        print("refused")
        continue
    if plain and (pat.lower() not in name.lower() if ignore else pat not in name):
        print("none")
        continue
    m = rx.search(name)
    if m is None:
        print("none")
    else:
        size = lambda s: len(s.encode("utf-8", "surrogateescape"))
        print(size(name[:m.start()]), size(name[:m.end()]))
"#;

/// Python's answers for each (pattern, name, fuzzy).
fn python(cases: &[(&[u8], &[u8], bool)]) -> Vec<Outcome> {
    let mut child = Command::new("python3")
        .args(["-c", PYTHON])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("python3 runs (the agreement table needs it)");
    let mut input = String::new();
    for (pattern, name, fuzzy) in cases {
        input.push_str(&format!(
            "{} {} {}\n",
            hex(pattern),
            hex(name),
            u8::from(*fuzzy)
        ));
    }
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "python3 failed");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|line| match line {
            "refused" => Outcome::Refused,
            "none" => Outcome::NoMatch,
            span => {
                let (a, b) = span.split_once(' ').unwrap();
                Outcome::Span(a.parse().unwrap(), b.parse().unwrap())
            }
        })
        .collect()
}

/// Hex digits of `bytes`, `-` for none (a field Python can split).
fn hex(bytes: &[u8]) -> String {
    if bytes.is_empty() {
        return "-".into();
    }
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// ffind's answer.
fn ffind(pattern: &[u8], name: &[u8], fuzzy: bool) -> Outcome {
    match Matcher::new(&decode(pattern), Syntax::Regex, CaseMode::Smart, fuzzy) {
        Err(_) => Outcome::Refused,
        Ok(matcher) => match matcher.find(name) {
            Some(range) => Outcome::Span(range.start, range.end),
            None => Outcome::NoMatch,
        },
    }
}

#[test]
fn ffind_reads_patterns_as_python_re() {
    let cases: Vec<(&[u8], &[u8], bool)> = TABLE
        .iter()
        .flat_map(|(pattern, fuzzy, names)| names.iter().map(move |name| (*pattern, *name, *fuzzy)))
        .collect();
    let want = python(&cases);
    let mismatches: Vec<String> = cases
        .iter()
        .zip(&want)
        .filter(|((pattern, name, fuzzy), want)| ffind(pattern, name, *fuzzy) != **want)
        .map(|((pattern, name, fuzzy), want)| {
            format!(
                "{:?} in {:?} (fuzzy {fuzzy}): python {want:?}, ffind {:?}",
                String::from_utf8_lossy(pattern),
                String::from_utf8_lossy(name),
                ffind(pattern, name, *fuzzy)
            )
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "{} of {} differ:\n{}",
        mismatches.len(),
        cases.len(),
        mismatches.join("\n")
    );
}

#[test]
fn documented_differences_still_differ() {
    let cases: Vec<(&[u8], &[u8], bool)> = DIFFERENCES
        .iter()
        .map(|(pattern, name, _)| (*pattern, *name, false))
        .collect();
    let want = python(&cases);
    for ((pattern, name, why), want) in DIFFERENCES.iter().zip(want) {
        assert_ne!(
            ffind(pattern, name, false),
            want,
            "no longer differs: {why}"
        );
    }
}
