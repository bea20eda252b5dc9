//! Property test: `--exec` and `--exec-batch` templates drawn from sh's
//! grammar (backquotes, nested and escaped; `$( )`, `$(( ))`, `case`,
//! here-documents, `$'…'`, `${x:-…}`, quotes inside substitutions) run over
//! hostile names under dash and under bash as `/bin/sh`, and no name ever
//! runs as code: no marker file appears (a refused template counts as
//! safe). Where the placeholder is a whole word the command receives the
//! exact bytes (`./` before a leading `-`). Templates whose commands
//! evaluate their operands are checked for refusal, not drawn.
//!
//! bash is bound over `/bin/sh` in a private mount namespace (`unshare -m`,
//! as root); where that is impossible the bash half is skipped with a
//! message on standard error. Linux only.
#![cfg(target_os = "linux")]

use std::ffi::OsStr;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::path::Path;
use std::process::{Command, Output};
use std::sync::OnceLock;

use proptest::prelude::*;

#[path = "support/hostile_names.rs"]
mod hostile_names;
use hostile_names::hostile_name;

const FFIND: &str = env!("CARGO_BIN_EXE_ffind");

/// The file a name that ran as code creates.
const MARKER: &str = "PWNED";

/// Binds bash over `/bin/sh` for the command it starts.
const AS_BASH: &str = "mount --make-rprivate / && mount --bind /bin/bash /bin/sh && exec \"$@\"";

/// Whether bash can be bound over `/bin/sh` here (said once on standard
/// error when it cannot).
fn bash_available() -> bool {
    static AVAILABLE: OnceLock<bool> = OnceLock::new();
    *AVAILABLE.get_or_init(|| {
        let probe = Command::new("unshare")
            .args(["-m", "sh", "-c", AS_BASH, "sh"])
            .args(["/bin/sh", "-c", "test -n \"$BASH_VERSION\""])
            .output();
        let ok = probe.as_ref().is_ok_and(|o| o.status.success());
        if !ok {
            // Straight to the descriptor: the test harness shows what the
            // print macros write only when a test fails.
            let _ = writeln!(
                std::io::stderr(),
                "SKIPPED: the bash half of exec_grammar (bash bound over /bin/sh needs \
                 `unshare -m` and mount, as root): {probe:?}"
            );
        }
        ok
    })
}

/// Runs ffind with `args` in `cwd`, with bash as `/bin/sh` if `bash`.
fn ffind(bash: bool, args: &[&[u8]], cwd: &Path) -> Output {
    let mut command = if bash {
        let mut c = Command::new("unshare");
        c.args(["-m", "sh", "-c", AS_BASH, "sh", FFIND]);
        c
    } else {
        Command::new(FFIND)
    };
    command
        .args(args.iter().map(|a| OsStr::from_bytes(a)))
        .current_dir(cwd)
        .output()
        .unwrap()
}

/// A piece of a template, rendered for where it stands.
#[derive(Debug, Clone)]
enum Frag {
    /// A placeholder.
    Ph(&'static str),
    /// Plain text.
    Lit(&'static str),
    /// Pieces side by side.
    Cat(Vec<Frag>),
    /// `'…'` around text and placeholders.
    Single(Vec<Frag>),
    /// `"…"`.
    Double(Vec<Frag>),
    /// `$(printf %s …)`.
    Subst(Box<Frag>),
    /// `` `printf %s …` ``, escaped for where it stands.
    Back(Box<Frag>),
    /// `$(case a in a) printf %s …;; esac)`.
    Case(Box<Frag>),
    /// `$((1 + …))`: refused when it holds a placeholder.
    Arith(Box<Frag>),
    /// `$(cat <<EOF` … `EOF` `)`, the delimiter quoted or not.
    HereDoc(Box<Frag>, bool),
    /// bash's `$'…'`.
    Ansi(Vec<Frag>),
    /// `${x:-…}`.
    Default(Box<Frag>),
}

/// Where a fragment is rendered.
#[derive(Debug, Clone, Copy)]
struct At {
    /// Inside `"…"` (or a here-document body).
    double: bool,
    /// Inside quotes where only text goes (`'…'`, `$'…'`).
    text_only: bool,
}

const TOP: At = At {
    double: false,
    text_only: false,
};

impl Frag {
    fn render(&self, at: At, out: &mut String) {
        if at.text_only {
            match self {
                Frag::Ph(p) => out.push_str(p),
                Frag::Lit(l) => out.push_str(l),
                Frag::Cat(parts) => parts.iter().for_each(|p| p.render(at, out)),
                _ => out.push('x'),
            }
            return;
        }
        match self {
            Frag::Ph(p) => out.push_str(p),
            Frag::Lit(l) => out.push_str(l),
            Frag::Cat(parts) => parts.iter().for_each(|p| p.render(at, out)),
            Frag::Single(parts) | Frag::Ansi(parts) => {
                if matches!(self, Frag::Ansi(_)) && !at.double {
                    out.push('$');
                }
                out.push('\'');
                let inner = At {
                    text_only: true,
                    ..at
                };
                parts.iter().for_each(|p| p.render(inner, out));
                out.push('\'');
            }
            Frag::Double(parts) => {
                if !at.double {
                    out.push('"');
                }
                let inner = At { double: true, ..at };
                parts.iter().for_each(|p| p.render(inner, out));
                if !at.double {
                    out.push('"');
                }
            }
            Frag::Subst(inner) => {
                out.push_str("$(printf %s ");
                inner.render(TOP, out);
                out.push(')');
            }
            Frag::Back(inner) => {
                let mut command = "printf %s ".to_owned();
                inner.render(TOP, &mut command);
                out.push('`');
                for c in command.chars() {
                    if c == '\\' || c == '`' || (at.double && c == '"') {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out.push('`');
            }
            Frag::Case(inner) => {
                out.push_str("$(case a in a) printf %s ");
                inner.render(TOP, out);
                out.push_str(";; esac)");
            }
            Frag::Arith(inner) => {
                out.push_str("$((1 + ");
                inner.render(TOP, out);
                out.push_str("))");
            }
            Frag::HereDoc(inner, quoted) => {
                out.push_str(if *quoted {
                    "$(cat <<'EOF'\n"
                } else {
                    "$(cat <<EOF\n"
                });
                inner.render(
                    At {
                        double: true,
                        text_only: false,
                    },
                    out,
                );
                out.push_str("\nEOF\n)");
            }
            Frag::Default(inner) => {
                out.push_str("${x:-");
                inner.render(at, out);
                out.push('}');
            }
        }
    }
}

fn placeholder() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec!["{}", "{/}", "{//}", "{.}", "{/.}"])
}

fn frag() -> impl Strategy<Value = Frag> {
    let leaf = prop_oneof![
        3 => placeholder().prop_map(Frag::Ph),
        1 => prop::sample::select(vec!["x", "-", "a b", "\\\\", "'", "\"", "$x", "#", ")", "("])
            .prop_map(Frag::Lit),
    ];
    leaf.prop_recursive(4, 24, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 1..3).prop_map(Frag::Cat),
            prop::collection::vec(inner.clone(), 1..3).prop_map(Frag::Single),
            prop::collection::vec(inner.clone(), 1..3).prop_map(Frag::Double),
            inner.clone().prop_map(|f| Frag::Subst(Box::new(f))),
            inner.clone().prop_map(|f| Frag::Back(Box::new(f))),
            inner.clone().prop_map(|f| Frag::Case(Box::new(f))),
            inner.clone().prop_map(|f| Frag::Arith(Box::new(f))),
            (inner.clone(), any::<bool>()).prop_map(|(f, q)| Frag::HereDoc(Box::new(f), q)),
            prop::collection::vec(inner.clone(), 1..3).prop_map(Frag::Ansi),
            inner.prop_map(|f| Frag::Default(Box::new(f))),
        ]
    })
}

/// Names present in every case: each runs as code when pasted into some
/// context (bare, quoted, arithmetic, backquotes).
const ALWAYS: [&[u8]; 4] = [
    b"a[$(touch PWNED)]",
    b"$(touch PWNED)",
    b"x'`touch PWNED`'",
    b"y\";touch PWNED;\"",
];

/// A hostile file name, starting with `-` or not.
fn name() -> impl Strategy<Value = Vec<u8>> {
    (any::<bool>(), hostile_name())
        .prop_map(|(dash, name)| [if dash { &b"-"[..] } else { b"n" }, &name].concat())
}

/// The word under test: a whole-word placeholder (bare, `'…'` or `"…"`),
/// or a fragment of the grammar.
#[derive(Debug, Clone)]
enum Word {
    Whole(&'static str, u8),
    Grammar(Frag),
}

fn word() -> impl Strategy<Value = Word> {
    prop_oneof![
        1 => (placeholder(), prop::sample::select(vec![b' ', b'\'', b'"']))
            .prop_map(|(p, q)| Word::Whole(p, q)),
        3 => frag().prop_map(Word::Grammar),
    ]
}

/// What `printf '%s\0'` receives for a whole-word placeholder `spelling`
/// and the match `path` (`DIR/NAME`), as fd documents the placeholders:
/// the path, the name, the folder, each without the name's extension (a
/// leading dot starts no extension); `./` before a leading `-`.
fn expected(spelling: &str, path: &[u8]) -> Vec<u8> {
    let at = path.iter().rposition(|&b| b == b'/').unwrap();
    let (folder, name) = (&path[..at], &path[at + 1..]);
    let stem = match name.iter().rposition(|&b| b == b'.') {
        Some(dot) if dot > 0 => &name[..dot],
        _ => name,
    };
    let value = match spelling {
        "{}" => path.to_vec(),
        "{/}" => name.to_vec(),
        "{//}" => folder.to_vec(),
        "{.}" => [folder, b"/", stem].concat(),
        "{/.}" => stem.to_vec(),
        other => panic!("no placeholder {other}"),
    };
    let mut out = if value.starts_with(b"-") {
        b"./".to_vec()
    } else {
        Vec::new()
    };
    out.extend_from_slice(&value);
    out
}

/// The NUL-ended records of `out`, sorted.
fn records(out: &[u8]) -> Vec<Vec<u8>> {
    let mut records: Vec<Vec<u8>> = out.split(|&b| b == 0).map(<[u8]>::to_vec).collect();
    records.pop();
    records.sort();
    records
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    #[test]
    fn no_name_runs_as_code_whatever_the_syntax(
        word in word(),
        names in prop::collection::btree_set(name(), 1..4),
    ) {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path().join("n");
        std::fs::create_dir(&dir).unwrap();
        let mut names = names;
        names.extend(ALWAYS.iter().map(|n| n.to_vec()));
        for name in &names {
            std::fs::write(dir.join(OsStr::from_bytes(name)), b"").unwrap();
        }
        let mut text = "printf '%s\\0' ".to_owned();
        match &word {
            Word::Whole(p, b' ') => text.push_str(p),
            Word::Whole(p, q) => {
                let q = char::from(*q);
                text.extend([q]);
                text.push_str(p);
                text.extend([q]);
            }
            Word::Grammar(frag) => frag.render(TOP, &mut text),
        }
        let shells: &[bool] = if bash_available() { &[false, true] } else { &[false] };
        for &bash in shells {
            for mode in ["-x", "-X"] {
                let out = ffind(bash, &[mode.as_bytes(), text.as_bytes(), b"--hidden", b"n", b""], tmp.path());
                let marker = tmp.path().join(MARKER).exists() || dir.join(MARKER).exists();
                prop_assert!(!marker, "ran as code: {} {:?} (bash: {}): {:?}", mode, text, bash, out);
                if out.status.code() == Some(2) {
                    let refused = String::from_utf8_lossy(&out.stderr).into_owned();
                    let expected = ["arithmetic", "quoted delimiter", "comment"]
                        .iter()
                        .chain(if mode == "-X" { &["one word", "here-document"][..] } else { &[] })
                        .any(|why| refused.contains(why));
                    prop_assert!(expected, "refused: {:?}: {}", text, refused);
                    continue;
                }
                if let Word::Whole(spelling, _) = word {
                    let mut want: Vec<Vec<u8>> = names
                        .iter()
                        .map(|n| expected(spelling, &[b"n/", n.as_slice()].concat()))
                        .collect();
                    want.sort();
                    prop_assert_eq!(records(&out.stdout), want, "{} {:?} (bash: {})", mode, text, bash);
                    prop_assert!(out.status.success(), "{:?}", out);
                }
            }
        }
    }
}

/// Templates whose commands evaluate their operands: refused (status 2,
/// naming the construct), under either shell, before anything runs.
#[test]
fn placeholders_in_evaluating_constructs_are_refused() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("n");
    std::fs::create_dir(&dir).unwrap();
    std::fs::write(dir.join("a[$(touch PWNED)]"), b"").unwrap();
    for (template, construct) in [
        ("eval echo {}", "eval"),
        ("trap 'echo {}' EXIT", "trap"),
        ("alias x={}", "alias"),
        (". {}", "source"),
        ("source {}", "source"),
        ("sh -c \"echo {}\"", "sh -c"),
        ("echo $(( {} ))", "arithmetic"),
        ("(( {} ))", "arithmetic"),
        ("let x={}", "let"),
        ("[[ {} -eq 0 ]]", "-eq"),
        ("a[{}]=1", "subscript"),
        ("echo ${x:{}}", "offset"),
        ("echo ${!{}}", "name reference"),
        ("declare -n r={}", "declare -n"),
        ("printf -v {} x", "printf -v"),
        ("read {}", "read"),
        ("unset {}", "unset"),
        ("test -v {}", "test -v"),
        ("PS4={} sh -x", "PS4"),
    ] {
        for mode in ["-x", "-X"] {
            let out = ffind(
                false,
                &[mode.as_bytes(), template.as_bytes(), b"n", b""],
                tmp.path(),
            );
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(2), "{template}: {out:?}");
            assert!(stderr.contains(construct), "{template}: {stderr}");
        }
    }
    assert!(!dir.join(MARKER).exists() && !tmp.path().join(MARKER).exists());
}
