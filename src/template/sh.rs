//! `--exec` and `--exec-batch` command templates for `/bin/sh`: a
//! template is parsed once into tokens (text, placeholders, word breaks)
//! by [`crate::template::sh_lexer`], each placeholder marked with the shell
//! quoting it stands in. The line handed to the shell holds only the
//! template's own text and *references* to the values, never a value's
//! bytes: `/bin/sh -c LINE sh VALUE…`, where LINE starts with
//! [`PROLOGUE`], which copies the positional parameters into variables
//! `__ffind_1`, `__ffind_2`, … and then clears them (`set --`), so the
//! template's own `$1`, `set --`, `shift` or functions cannot change what a
//! placeholder stands for, and the template sees no parameters, as when it
//! is typed at a prompt. Each placeholder becomes a reference written for
//! where it stands ([`reference`](fn@reference)): bare `"$__ffind_1"`, inside `'…'`
//! `'"$__ffind_1"'` (the quote closed and reopened), inside `"…"` or a
//! here-document `${__ffind_1}`. The shell never parses a value: a wrong
//! guess about the quoting can at worst change the argument (split it,
//! keep its quotes), never run it. Commands that evaluate their operands
//! as code, names or arithmetic are the one way left for a value to run;
//! a placeholder written in one is refused ([`crate::template::sh_commands`]).
//!
//! The placeholders are fd's: `{}` the path, `{/}` its name, `{//}` its
//! folder, `{.}` the path without extension, `{/.}` the name without
//! extension. A template without any gets ` {}` appended.
//!
//! The tokens and their rendering are shared with `cmd.exe`'s templates
//! ([`crate::template`]); this file is `/bin/sh`'s [`Dialect`].

use std::borrow::Cow;

pub use crate::template::sh_lexer::Quoting;
use crate::template::{Dialect, Part, Token, Tokens};

/// Copies the positional parameters into `__ffind_1`, `__ffind_2`, … and
/// clears them: the values stay out of the template's reach, and out of
/// the shell's parsing (`eval` only ever sees `__ffind_N=$__ffind_v`).
pub const PROLOGUE: &[u8] = b"__ffind_n=0;for __ffind_v do __ffind_n=$((__ffind_n+1));\
eval \"__ffind_$__ffind_n=\\$__ffind_v\";done;unset __ffind_n __ffind_v;set --;";

/// Appends the reference to value number `index` (from 1) written for
/// `quoting`.
pub fn reference(index: usize, quoting: Quoting, out: &mut Vec<u8>) {
    let (before, after): (&[u8], &[u8]) = match quoting {
        Quoting::Bare => (b"\"$__ffind_", b"\""),
        Quoting::Single => (b"'\"$__ffind_", b"\"'"),
        Quoting::Ansi => (b"'\"$__ffind_", b"\"$'"),
        Quoting::Double | Quoting::HereDoc => (b"${__ffind_", b"}"),
    };
    out.extend_from_slice(before);
    out.extend_from_slice(index.to_string().as_bytes());
    out.extend_from_slice(after);
}

/// `/bin/sh`: placeholders become references, values travel as arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sh;

impl Dialect for Sh {
    type At = Quoting;
    const HERE: &'static [u8] = b"./";
    const PROLOGUE: &'static [u8] = PROLOGUE;

    fn lex(text: &str) -> Result<Vec<Token<Quoting>>, String> {
        crate::template::sh_lexer::lex(text.as_bytes())
    }

    fn part(part: Part, path: &[u8]) -> Cow<'_, [u8]> {
        part.of(path)
    }

    fn place(value: Vec<u8>, at: &Quoting, line: &mut Vec<u8>, values: &mut Vec<Vec<u8>>) {
        values.push(value);
        reference(values.len(), *at, line);
    }

    fn unrepeatable(at: &Quoting) -> Option<&'static str> {
        (*at == Quoting::HereDoc).then_some("a placeholder cannot stand in a here-document")
    }
}

/// A parsed `--exec` or `--exec-batch` template for `/bin/sh`.
pub type Template = Tokens<Sh>;

/// Writes `value` as one `'…'` word that `/bin/sh` reads back as exactly
/// its bytes (`'` written `'\''`).
pub fn sh_quote(value: &[u8], out: &mut Vec<u8>) {
    out.push(b'\'');
    for &b in value {
        if b == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(b);
        }
    }
    out.push(b'\'');
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The line for `path` without the prologue, and the values.
    fn line(template: &str, path: &[u8]) -> (String, Vec<String>) {
        let mut out = Vec::new();
        let mut values = Vec::new();
        Template::exec(template)
            .unwrap()
            .render(path, &mut out, &mut values);
        let text = out.strip_prefix(PROLOGUE).unwrap();
        let values = values
            .into_iter()
            .map(|v| String::from_utf8(v).unwrap())
            .collect();
        (String::from_utf8(text.to_vec()).unwrap(), values)
    }

    /// The line for `path` without the prologue.
    fn text(template: &str, path: &[u8]) -> String {
        line(template, path).0
    }

    #[test]
    fn each_quoting_gets_its_own_reference() {
        assert_eq!(
            line("cat {}", b"./a b"),
            (r#"cat "$__ffind_1""#.to_owned(), vec!["./a b".to_owned()])
        );
        assert_eq!(text("cat '{}'", b"x"), r#"cat ''"$__ffind_1"''"#);
        assert_eq!(text(r#"cat "<{}>""#, b"x"), r#"cat "<${__ffind_1}>""#);
        assert_eq!(text("cat {}{/}", b"x"), r#"cat "$__ffind_1""$__ffind_2""#);
        assert_eq!(text("cat", b"x"), r#"cat "$__ffind_1""#);
        assert_eq!(
            text(r#"echo "$(basename {})""#, b"x"),
            r#"echo "$(basename "$__ffind_1")""#
        );
        assert_eq!(
            text("echo `basename {}`", b"x"),
            r#"echo `basename "$__ffind_1"`"#
        );
        assert_eq!(text("echo $'<{}>'", b"x"), r#"echo $'<'"$__ffind_1"$'>'"#);
        assert_eq!(text("echo ${x:-{}}", b"x"), r#"echo ${x:-"$__ffind_1"}"#);
        assert_eq!(
            text(r#"echo "${x:-{}}""#, b"x"),
            r#"echo "${x:-${__ffind_1}}""#
        );
        assert_eq!(
            text("cat <<EOF\n<{}>\nEOF\necho {}", b"x"),
            "cat <<EOF\n<${__ffind_1}>\nEOF\necho \"$__ffind_2\""
        );
    }

    #[test]
    fn nested_and_escaped_substitutions_are_followed() {
        assert_eq!(
            text(r#"printf "[%s]\n" "`printf %s \"{}\"`""#, b"x"),
            r#"printf "[%s]\n" "`printf %s \"${__ffind_1}\"`""#
        );
        assert_eq!(
            text(r#"echo `echo "\`echo {}\`"`"#, b"x"),
            r#"echo `echo "\`echo "$__ffind_1"\`"`"#
        );
        assert_eq!(
            text("echo \"$(case a in a) printf %s '{}';; esac)\"", b"x"),
            r#"echo "$(case a in a) printf %s ''"$__ffind_1"'';; esac)""#
        );
        assert_eq!(
            text("echo $(echo \"$(echo '{}')\")", b"x"),
            r#"echo $(echo "$(echo ''"$__ffind_1"'')")"#
        );
    }

    #[test]
    fn a_leading_dash_gets_a_dot_slash_only_at_a_word_start() {
        assert_eq!(line("ls {}", b"-d/-rf").1, ["./-d/-rf"]);
        assert_eq!(line("ls '{}'", b"-d/-rf").1, ["./-d/-rf"]);
        assert_eq!(line("ls x{}", b"-d/-rf").1, ["-d/-rf"]);
        assert_eq!(line("ls {/} {//}", b"-d/-rf").1, ["./-rf", "./-d"]);
    }

    #[test]
    fn placeholders_take_their_part_of_the_path() {
        let parts = |path: &[u8]| -> Vec<String> {
            Part::ALL
                .iter()
                .map(|(_, p)| String::from_utf8(p.of(path).into_owned()).unwrap())
                .collect()
        };
        // Order of Part::ALL: {//} {/.} {/} {.} {}
        assert_eq!(
            parts(b"./src/main.rs"),
            ["./src", "main", "main.rs", "./src/main", "./src/main.rs"]
        );
        assert_eq!(
            parts(b"/x.tar.gz"),
            ["/", "x.tar", "x.tar.gz", "/x.tar", "/x.tar.gz"]
        );
        assert_eq!(
            parts(b"d/.bashrc"),
            ["d", ".bashrc", ".bashrc", "d/.bashrc", "d/.bashrc"]
        );
        assert_eq!(parts(b"a.d/b"), ["a.d", "b", "b", "a.d/b", "a.d/b"]);
        assert_eq!(parts(b"a//b"), ["a", "b", "b", "a//b", "a//b"]);
    }

    /// The refusal of `template`, which must name `construct`.
    fn refused(template: &str, construct: &str) {
        match Template::exec(template) {
            Ok(_) => panic!("{template:?} was accepted"),
            Err(why) => assert!(why.contains(construct), "{template:?}: {why}"),
        }
    }

    #[test]
    fn placeholders_where_the_shell_evaluates_them_are_refused() {
        for (template, construct) in [
            ("eval echo {}", "eval"),
            ("eval", "eval"),
            ("ev\\\nal {}", "eval"),
            ("e'v'\"al\" {}", "eval"),
            ("$'eval' {}", "eval"),
            ("echo `echo $(echo `; eval {}", "eval"),
            ("x=1; trap 'echo {}' EXIT", "trap"),
            ("alias x={}", "alias"),
            (". {}", "source"),
            ("source {}", "source"),
            ("sh -c 'echo {}'", "sh -c"),
            ("bash -ec \"x=$(echo {})\"", "sh -c"),
            ("echo $(( {/} ))", "arithmetic"),
            ("echo $((1 + $(echo {})))", "arithmetic"),
            ("(( {} > 1 ))", "arithmetic"),
            ("for (( i={}; i<2; i++ )); do :; done", "arithmetic"),
            ("echo $[{}]", "arithmetic"),
            ("let x={}", "let"),
            ("[[ {} -eq 1 ]]", "-eq"),
            ("[[ 2 -gt $(echo {}) ]]", "-eq"),
            ("a[{}]=1", "subscript"),
            ("echo ${a[{}]}", "subscript"),
            ("echo ${x:{}}", "offset"),
            ("echo ${x:1:{}}", "offset"),
            ("echo ${!{}}", "name reference"),
            ("echo ${{}}", "name of a"),
            ("echo ${}", "after `$`"),
            ("declare -n r={}", "declare -n"),
            ("local {}", "variable name"),
            ("printf -v {} %s x", "printf -v"),
            ("read {} < /dev/null", "read"),
            ("unset {}", "unset"),
            ("test -v {}", "test -v"),
            ("[ -v {} ]", "test -v"),
            ("PS4={} sh -x", "PS4"),
            ("export PS4='+{}'", "PS4"),
            ("sh <<EOF\necho {}\nEOF", "script"),
            ("bash <<< {}", "script"),
            ("cat <<'EOF'\n{}\nEOF", "quoted delimiter"),
            ("echo # {}", "comment"),
            ("echo # note", "comment"),
        ] {
            refused(template, construct);
        }
    }

    #[test]
    fn placeholders_as_plain_arguments_are_accepted() {
        for template in [
            "sh -c 'echo \"$1\"' sh {}",
            "printf -v x %s {}",
            "[[ {} == *.rs ]]",
            "export X={}",
            "X={} env",
            "echo eval {}",
            "cat <<EOF\n{}\nEOF",
            "echo $((1 + 2)) {}",
            "echo ${x:-{}} ${x#{}}",
            "f() { echo {}; }; f",
            "case {} in *) echo {};; esac",
            "echo a#{}",
        ] {
            assert!(Template::exec(template).is_ok(), "{template:?}");
        }
        assert!(Template::exec("").is_err() && Template::exec("  ").is_err());
    }

    /// The batch line for `paths`, without the prologue, and its values.
    fn batch(template: &str, paths: &[&[u8]]) -> (String, usize) {
        let t = Template::batch(template).unwrap();
        let (mut out, mut values) = (Vec::new(), Vec::new());
        t.batch_head(&mut out);
        for (i, p) in paths.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            t.batch_word(p, &mut out, &mut values);
        }
        t.batch_tail(&mut out);
        let text = out.strip_prefix(PROLOGUE).unwrap().to_vec();
        (String::from_utf8(text).unwrap(), values.len())
    }

    #[test]
    fn a_batch_repeats_the_word_holding_the_placeholders() {
        assert_eq!(
            batch("echo", &[b"a", b"b c"]),
            (r#"echo "$__ffind_1" "$__ffind_2""#.to_owned(), 2)
        );
        assert_eq!(
            batch(r#"echo "<{/}>" end"#, &[b"d/a", b"d/b"]).0,
            r#"echo "<${__ffind_1}>" "<${__ffind_2}>" end"#
        );
        assert_eq!(batch("mv {//}/{/.}", &[b"d/a.x"]).1, 2);
        assert!(Template::batch("cp {} {//}/x").is_err());
        assert!(Template::batch("cat <<EOF\n{}\nEOF").is_err());
    }
}
