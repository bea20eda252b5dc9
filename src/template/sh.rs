//! `--exec` and `--exec-batch` command templates: a template is parsed once
//! into tokens (text, placeholders, word breaks), each placeholder marked
//! with the shell quoting it stands in, then rendered per match into a line
//! for `/bin/sh -c` in which every value is quoted for exactly where it
//! stands: bare, inside `'…'`, inside `"…"`, inside `$( )` or backquotes.
//! The command receives the path's bytes, never code.
//!
//! The placeholders are fd's: `{}` the path, `{/}` its name, `{//}` its
//! folder, `{.}` the path without extension, `{/.}` the name without
//! extension. A template without any gets ` {}` appended.
//!
//! The tokens and their rendering are shared with `cmd.exe`'s templates
//! ([`crate::template`]); this file is `/bin/sh`'s [`Dialect`]: its
//! lexer and its quoting.

use std::borrow::Cow;

use crate::template::{Dialect, Part, Token, Tokens, Words};

/// A shell construct around a point of the template, the outermost first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layer {
    /// Inside `'…'`.
    Single,
    /// Inside `"…"`.
    Double,
    /// Inside `` `…` ``.
    Backquote,
    /// Inside `$( … )`, with the count of plain parentheses opened inside.
    Subst(usize),
}

/// `/bin/sh`: placeholders stand inside quoting layers; values are quoted
/// by [`sh_quote`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sh;

impl Dialect for Sh {
    type At = Vec<Layer>;
    const HERE: &'static [u8] = b"./";

    fn lex(text: &str) -> Result<Vec<Token<Vec<Layer>>>, String> {
        let mut lexer = Lexer::default();
        lexer.run(text.as_bytes())?;
        let end = if lexer.comment {
            Err("the command ends in a comment")
        } else {
            Ok(lexer.layers)
        };
        lexer.words.finish(end)
    }

    fn part(part: Part, path: &[u8]) -> Cow<'_, [u8]> {
        part.of(path)
    }

    fn quote(value: &[u8], at: &Vec<Layer>, out: &mut Vec<u8>) {
        sh_quote(value, at, out);
    }
}

/// A parsed `--exec` or `--exec-batch` template for `/bin/sh`.
pub type Template = Tokens<Sh>;

impl Tokens<Sh> {
    /// For a batch whose repeated word is one placeholder alone, bare or
    /// quoted as a whole (`{}`, `'{/}'`, `"{.}"`): that placeholder, so the
    /// values can be passed as the shell's positional parameters (`"$@"`)
    /// instead of being written into the line.
    pub fn batch_lone(&self) -> Option<Part> {
        let word = self.batch_tokens();
        let value = |t: &Token<Vec<Layer>>, quoted: bool| match t {
            Token::Value { part, at, .. } if at.len() == usize::from(quoted) => Some(*part),
            _ => None,
        };
        let quote = |t: &Token<Vec<Layer>>| matches!(t, Token::Text(q) if q == b"'" || q == b"\"");
        match word {
            [only] => value(only, false),
            [open, only, close] if quote(open) && open == close => value(only, true),
            _ => None,
        }
    }

    /// The value a batch passes for `path` as a positional parameter, for a
    /// lone placeholder `part` (see [`Template::batch_lone`]).
    pub fn batch_value(part: Part, path: &[u8], out: &mut Vec<u8>) {
        let value = part.of(path);
        if value.starts_with(b"-") {
            out.extend_from_slice(Sh::HERE);
        }
        out.extend_from_slice(&value);
    }
}

/// Writes `value` so that `/bin/sh` reads back exactly its bytes at a
/// point inside `layers` (outermost first): as one `'…'` word where the
/// point is unquoted, with `'` written `'\''` inside `'…'`, with `$`, `` ` ``,
/// `"` and `\` escaped inside `"…"`; each enclosing backquote level then
/// escapes `\`, `` ` `` and `$` once more. This is the one place that knows
/// the shell's quoting.
pub fn sh_quote(value: &[u8], layers: &[Layer], out: &mut Vec<u8>) {
    let mut word = Vec::with_capacity(value.len() + 2);
    match layers.last() {
        Some(Layer::Single) => single_body(value, &mut word),
        Some(Layer::Double) => {
            for &b in value {
                if matches!(b, b'$' | b'`' | b'"' | b'\\') {
                    word.push(b'\\');
                }
                word.push(b);
            }
        }
        None | Some(Layer::Backquote | Layer::Subst(_)) => {
            word.push(b'\'');
            single_body(value, &mut word);
            word.push(b'\'');
        }
    }
    for layer in layers.iter().rev() {
        if *layer == Layer::Backquote {
            let mut escaped = Vec::with_capacity(word.len() + 8);
            for &b in &word {
                if matches!(b, b'$' | b'`' | b'\\') {
                    escaped.push(b'\\');
                }
                escaped.push(b);
            }
            word = escaped;
        }
    }
    out.extend_from_slice(&word);
}

/// `value` inside single quotes: each `'` closes them, adds an escaped
/// quote and reopens them.
fn single_body(value: &[u8], out: &mut Vec<u8>) {
    for &b in value {
        if b == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(b);
        }
    }
}

/// Reads a template the way `sh` would, far enough to know the quoting
/// at each placeholder and where words end.
#[derive(Default)]
struct Lexer {
    words: Words<Vec<Layer>>,
    layers: Vec<Layer>,
    /// Inside a `#` comment (till the end of the line).
    comment: bool,
    /// After a `<<` here-document operator.
    heredoc: bool,
    /// Right after an unquoted or double-quoted `$`, which would join a
    /// value into a `$'…'` string or a `$(…)` substitution.
    dollar: bool,
}

impl Lexer {
    fn run(&mut self, t: &[u8]) -> Result<(), String> {
        let mut i = 0;
        while i < t.len() {
            if t[i] == b'{'
                && let Some((spelling, part)) = Part::ALL
                    .iter()
                    .find(|(s, _)| t[i..].starts_with(s.as_bytes()))
            {
                if self.comment {
                    return Err("a placeholder inside a shell comment".to_owned());
                }
                if self.heredoc {
                    return Err("a placeholder after a here-document (<<)".to_owned());
                }
                if self.dollar {
                    return Err("a placeholder right after `$`".to_owned());
                }
                let word_start = self.words.word_start;
                self.words.value(*part, self.layers.clone(), word_start);
                i += spelling.len();
                continue;
            }
            let c = t[i];
            let next = t.get(i + 1).copied();
            self.dollar = false;
            if c == b'$'
                && next == Some(b'{')
                && !self.comment
                && self.layers.last() != Some(&Layer::Single)
            {
                i += self.parameter(&t[i..])?;
                continue;
            }
            if self.comment {
                self.comment = c != b'\n';
                self.words.boundary(c);
                i += 1;
                continue;
            }
            match self.layers.last().copied() {
                Some(Layer::Single) => {
                    if c == b'\'' {
                        self.layers.pop();
                    } else {
                        self.words.word_start = false;
                    }
                    self.words.text.push(c);
                }
                Some(Layer::Double) => match c {
                    b'"' => {
                        self.layers.pop();
                        self.words.text.push(c);
                    }
                    b'\\' => {
                        self.words.literal(&t[i..(i + 2).min(t.len())]);
                        i += 1;
                    }
                    b'$' if next == Some(b'(') => {
                        self.open(b"$(", Layer::Subst(0));
                        i += 1;
                    }
                    b'`' => self.open(b"`", Layer::Backquote),
                    _ => {
                        self.words.literal(&[c]);
                        self.dollar = c == b'$';
                    }
                },
                top => match c {
                    b'\\' => {
                        self.words.literal(&t[i..(i + 2).min(t.len())]);
                        i += 1;
                    }
                    b'\'' => {
                        self.layers.push(Layer::Single);
                        self.words.text.push(c);
                    }
                    b'"' => {
                        self.layers.push(Layer::Double);
                        self.words.text.push(c);
                    }
                    b'$' if next == Some(b'(') => {
                        self.open(b"$(", Layer::Subst(0));
                        i += 1;
                    }
                    b'`' if top == Some(Layer::Backquote) => self.close(c),
                    b'`' => self.open(b"`", Layer::Backquote),
                    b'(' | b')' if matches!(top, Some(Layer::Subst(_))) => {
                        let Some(Layer::Subst(depth)) = self.layers.last_mut() else {
                            unreachable!("matched above")
                        };
                        match (c, *depth) {
                            (b')', 0) => self.close(c),
                            (b')', _) => {
                                *depth -= 1;
                                self.words.boundary(c);
                            }
                            _ => {
                                *depth += 1;
                                self.words.boundary(c);
                            }
                        }
                    }
                    b'#' if self.words.word_start => {
                        self.comment = true;
                        self.words.boundary(c);
                    }
                    b'<' if next == Some(b'<') => {
                        self.heredoc = true;
                        self.words.boundary(c);
                    }
                    b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(' | b')' | b'<' | b'>' => {
                        self.words.boundary(c)
                    }
                    _ => {
                        self.words.literal(&[c]);
                        self.dollar = c == b'$';
                    }
                },
            }
            i += 1;
        }
        Ok(())
    }

    /// Copies a `${…}` parameter expansion at the start of `t` as it is and
    /// returns its length; a placeholder inside one is refused (its quoting
    /// rules differ from shell to shell).
    fn parameter(&mut self, t: &[u8]) -> Result<usize, String> {
        let mut depth = 0;
        let mut end = t.len();
        for (i, &b) in t.iter().enumerate().skip(1) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        let inner = &t[1..end];
        if Part::ALL.iter().any(|(spelling, _)| {
            inner
                .windows(spelling.len())
                .any(|w| w == spelling.as_bytes())
        }) {
            return Err("a placeholder inside ${…}".to_owned());
        }
        self.words.literal(&t[..end]);
        Ok(end)
    }

    /// Opens a nested command (`$(` or a backquote): words start afresh.
    fn open(&mut self, opener: &[u8], layer: Layer) {
        self.words.text.extend_from_slice(opener);
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.layers.push(layer);
        self.words.word_start = true;
    }

    /// Closes a nested command.
    fn close(&mut self, c: u8) {
        self.words.flush();
        self.words.tokens.push(Token::Break);
        self.layers.pop();
        self.words.text.push(c);
        self.words.word_start = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(template: &str, path: &[u8]) -> String {
        let mut out = Vec::new();
        Template::exec(template).unwrap().render(path, &mut out);
        String::from_utf8(out).unwrap()
    }

    fn batch(template: &str, paths: &[&[u8]]) -> String {
        let t = Template::batch(template).unwrap();
        let mut out = Vec::new();
        t.batch_head(&mut out);
        for (i, p) in paths.iter().enumerate() {
            if i > 0 {
                out.push(b' ');
            }
            t.batch_word(p, &mut out);
        }
        t.batch_tail(&mut out);
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn each_quoting_gets_its_own_escape() {
        assert_eq!(line("cat {}", b"./a b"), "cat './a b'");
        assert_eq!(line("cat '{}'", b"./it's"), r"cat './it'\''s'");
        assert_eq!(
            line(r#"cat "{}""#, b"./$x`y`\"\\"),
            r#"cat "./\$x\`y\`\"\\""#
        );
        assert_eq!(line("cat {}{}", b"./a"), "cat './a''./a'");
        assert_eq!(line("cat", b"./a b"), "cat './a b'");
        assert_eq!(
            line("echo $(basename {})", b"./a;b"),
            "echo $(basename './a;b')"
        );
        assert_eq!(
            line(r#"echo "$(basename {})""#, b"./a;b"),
            r#"echo "$(basename './a;b')""#
        );
        assert_eq!(
            line("echo `basename {}`", b"./$a"),
            r"echo `basename './\$a'`"
        );
    }

    #[test]
    fn a_leading_dash_gets_a_dot_slash_only_at_a_word_start() {
        assert_eq!(line("ls {}", b"-d/-rf"), "ls './-d/-rf'");
        assert_eq!(line("ls '{}'", b"-d/-rf"), "ls './-d/-rf'");
        assert_eq!(line("ls x{}", b"-d/-rf"), "ls x'-d/-rf'");
        assert_eq!(line("ls {/}", b"-d/-rf"), "ls './-rf'");
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

    #[test]
    fn comments_and_heredocs_take_no_placeholder() {
        assert!(Template::exec("echo # {}").is_err());
        assert!(Template::exec("echo # note").is_err());
        assert!(Template::exec("cat <<EOF\n{}\nEOF").is_err());
        assert_eq!(line("echo a#{}", b"x"), "echo a#'x'");
    }

    #[test]
    fn a_placeholder_right_after_a_dollar_is_refused() {
        assert!(Template::exec("echo ${}").is_err());
        assert!(Template::exec(r#"echo "${/}""#).is_err());
        assert!(Template::exec("echo $({/})").is_ok());
        assert_eq!(line("echo '${}'", b"x"), "echo '$x'");
        assert_eq!(line(r"echo \${}", b"x"), r"echo \$'x'");
        assert_eq!(line("echo $ {}", b"x"), "echo $ 'x'");
        assert!(Template::exec(r#"echo "${x:-{}}""#).is_err());
        assert_eq!(line("echo ${HOME}/{/}", b"d/x"), "echo ${HOME}/'x'");
        assert_eq!(line("echo ${HOME", b"x"), "echo ${HOME 'x'");
        assert!(Template::exec("").is_err());
        assert!(Template::exec("  ").is_err());
    }

    #[test]
    fn a_batch_repeats_the_word_holding_the_placeholders() {
        assert_eq!(batch("echo", &[b"a", b"b c"]), "echo 'a' 'b c'");
        assert_eq!(
            batch("ls -l {} | wc -l", &[b"a", b"b"]),
            "ls -l 'a' 'b' | wc -l"
        );
        assert_eq!(
            batch(r#"echo "<{/}>" end"#, &[b"d/a", b"d/b"]),
            r#"echo "<a>" "<b>" end"#
        );
        assert!(Template::batch("cp {} {//}/x").is_err());
        assert!(Template::batch("mv {} {.}.bak").is_err());
        assert_eq!(batch("mv {//}/{/.}", &[b"d/a.x"]), "mv 'd'/'a'");
    }

    #[test]
    fn a_lone_placeholder_is_passed_as_parameters() {
        let lone = |text: &str| Template::batch(text).unwrap().batch_lone();
        assert_eq!(lone("ls"), Some(Part::Path));
        assert_eq!(lone("ls {} | wc"), Some(Part::Path));
        assert_eq!(lone("ls '{/}'"), Some(Part::Basename));
        assert_eq!(lone(r#"ls "{.}" x"#), Some(Part::NoExt));
        assert_eq!(lone("ls x{}"), None);
        assert_eq!(lone(r#"ls "{}'"#), None);
        assert_eq!(lone("ls {}{}"), None);
        assert_eq!(lone("echo $(ls {})"), None);
    }
}
