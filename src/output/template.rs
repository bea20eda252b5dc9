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

use std::borrow::Cow;

/// What a placeholder stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// `{}`: the path as printed.
    Path,
    /// `{/}`: the last component of the path.
    Basename,
    /// `{//}`: the path of the folder holding the match.
    Parent,
    /// `{.}`: the path without the name's extension.
    NoExt,
    /// `{/.}`: the name without its extension.
    BasenameNoExt,
}

impl Part {
    /// Every placeholder with its spelling, longest first where one is a
    /// prefix of another.
    pub const ALL: [(&'static str, Part); 5] = [
        ("{//}", Part::Parent),
        ("{/.}", Part::BasenameNoExt),
        ("{/}", Part::Basename),
        ("{.}", Part::NoExt),
        ("{}", Part::Path),
    ];

    /// This part of the printed path `path`.
    pub fn of<'p>(self, path: &'p [u8]) -> Cow<'p, [u8]> {
        match self {
            Part::Path => Cow::Borrowed(path),
            Part::Basename => Cow::Borrowed(basename(path)),
            Part::Parent => parent(path),
            Part::NoExt => {
                let name = basename(path);
                let cut = path.len() - name.len() + stem(name).len();
                Cow::Borrowed(&path[..cut])
            }
            Part::BasenameNoExt => Cow::Borrowed(stem(basename(path))),
        }
    }
}

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

/// One piece of a parsed template.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// Template text, copied as it is.
    Text(Vec<u8>),
    /// A placeholder and the quoting it stands in.
    Value {
        part: Part,
        layers: Vec<Layer>,
        /// Whether it begins a shell word (a value starting with `-` then
        /// gets `./`, so no command takes it for an option).
        word_start: bool,
    },
    /// A boundary between shell words (unquoted blank or operator).
    Break,
}

/// A parsed `--exec` or `--exec-batch` template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    tokens: Vec<Token>,
    /// For a batch: the tokens of the one word holding placeholders, which
    /// is repeated for each match.
    word: (usize, usize),
}

impl Template {
    /// Parses an `--exec` template (the clap value parser).
    pub fn exec(text: &str) -> Result<Template, String> {
        Template::parse(text)
    }

    /// Parses an `--exec-batch` template (the clap value parser): its
    /// placeholders must all stand in one shell word.
    pub fn batch(text: &str) -> Result<Template, String> {
        let mut template = Template::parse(text)?;
        let words: Vec<(usize, usize)> = template.words().collect();
        let mut holding = words.iter().filter(|&&(from, to)| {
            template.tokens[from..to]
                .iter()
                .any(|t| matches!(t, Token::Value { .. }))
        });
        let first = holding
            .next()
            .copied()
            .expect("a template has a placeholder");
        if holding.next().is_some() {
            return Err("with --exec-batch, placeholders must stand in one word \
                        (the word is repeated for each match)"
                .to_owned());
        }
        template.word = first;
        Ok(template)
    }

    fn parse(text: &str) -> Result<Template, String> {
        if text.trim().is_empty() {
            return Err("the command is empty".to_owned());
        }
        let mut lexer = Lexer::default();
        lexer.run(text.as_bytes())?;
        let mut tokens = lexer.tokens;
        if !tokens.iter().any(|t| matches!(t, Token::Value { .. })) {
            if lexer.comment {
                return Err("the command ends in a comment: write {} where the path goes".into());
            }
            tokens.push(Token::Text(b" ".to_vec()));
            tokens.push(Token::Break);
            tokens.push(Token::Value {
                part: Part::Path,
                layers: lexer.layers,
                word_start: true,
            });
        }
        Ok(Template {
            tokens,
            word: (0, 0),
        })
    }

    /// The spans of tokens between breaks.
    fn words(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        let mut from = 0;
        let n = self.tokens.len();
        (0..=n).filter_map(move |i| {
            if i == n || self.tokens[i] == Token::Break {
                let span = (from, i);
                from = i + 1;
                Some(span)
            } else {
                None
            }
        })
    }

    /// Appends the shell line for one match to `line`.
    pub fn render(&self, path: &[u8], line: &mut Vec<u8>) {
        render_tokens(&self.tokens, path, line);
    }

    /// For a batch whose repeated word is one placeholder alone, bare or
    /// quoted as a whole (`{}`, `'{/}'`, `"{.}"`): that placeholder, so the
    /// values can be passed as the shell's positional parameters (`"$@"`)
    /// instead of being written into the line.
    pub fn batch_lone(&self) -> Option<Part> {
        let word = &self.tokens[self.word.0..self.word.1];
        let value = |t: &Token, quoted: bool| match t {
            Token::Value { part, layers, .. } if layers.len() == usize::from(quoted) => Some(*part),
            _ => None,
        };
        let quote = |t: &Token| matches!(t, Token::Text(q) if q == b"'" || q == b"\"");
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
            out.extend_from_slice(b"./");
        }
        out.extend_from_slice(&value);
    }

    /// Appends the batch line's text before the repeated word.
    pub fn batch_head(&self, line: &mut Vec<u8>) {
        render_tokens(&self.tokens[..self.word.0], b"", line);
    }

    /// Appends the repeated word for one match.
    pub fn batch_word(&self, path: &[u8], line: &mut Vec<u8>) {
        render_tokens(&self.tokens[self.word.0..self.word.1], path, line);
    }

    /// Appends the batch line's text after the repeated word.
    pub fn batch_tail(&self, line: &mut Vec<u8>) {
        render_tokens(&self.tokens[self.word.1..], b"", line);
    }
}

fn render_tokens(tokens: &[Token], path: &[u8], line: &mut Vec<u8>) {
    for token in tokens {
        match token {
            Token::Text(text) => line.extend_from_slice(text),
            Token::Value {
                part,
                layers,
                word_start,
            } => {
                let value = part.of(path);
                if *word_start && value.starts_with(b"-") {
                    let mut dotted = b"./".to_vec();
                    dotted.extend_from_slice(&value);
                    sh_quote(&dotted, layers, line);
                } else {
                    sh_quote(&value, layers, line);
                }
            }
            Token::Break => {}
        }
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
    tokens: Vec<Token>,
    text: Vec<u8>,
    layers: Vec<Layer>,
    word_start: bool,
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
        self.word_start = true;
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
                self.flush();
                self.tokens.push(Token::Value {
                    part: *part,
                    layers: self.layers.clone(),
                    word_start: self.word_start,
                });
                self.word_start = false;
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
                self.boundary(c);
                i += 1;
                continue;
            }
            match self.layers.last().copied() {
                Some(Layer::Single) => {
                    if c == b'\'' {
                        self.layers.pop();
                    } else {
                        self.word_start = false;
                    }
                    self.text.push(c);
                }
                Some(Layer::Double) => match c {
                    b'"' => {
                        self.layers.pop();
                        self.text.push(c);
                    }
                    b'\\' => {
                        self.literal(&t[i..(i + 2).min(t.len())]);
                        i += 1;
                    }
                    b'$' if next == Some(b'(') => {
                        self.open(b"$(", Layer::Subst(0));
                        i += 1;
                    }
                    b'`' => self.open(b"`", Layer::Backquote),
                    _ => {
                        self.literal(&[c]);
                        self.dollar = c == b'$';
                    }
                },
                top => match c {
                    b'\\' => {
                        self.literal(&t[i..(i + 2).min(t.len())]);
                        i += 1;
                    }
                    b'\'' => {
                        self.layers.push(Layer::Single);
                        self.text.push(c);
                    }
                    b'"' => {
                        self.layers.push(Layer::Double);
                        self.text.push(c);
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
                                self.boundary(c);
                            }
                            _ => {
                                *depth += 1;
                                self.boundary(c);
                            }
                        }
                    }
                    b'#' if self.word_start => {
                        self.comment = true;
                        self.boundary(c);
                    }
                    b'<' if next == Some(b'<') => {
                        self.heredoc = true;
                        self.boundary(c);
                    }
                    b' ' | b'\t' | b'\n' | b';' | b'&' | b'|' | b'(' | b')' | b'<' | b'>' => {
                        self.boundary(c)
                    }
                    _ => {
                        self.literal(&[c]);
                        self.dollar = c == b'$';
                    }
                },
            }
            i += 1;
        }
        self.flush();
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
        self.literal(&t[..end]);
        Ok(end)
    }

    /// Moves the pending text into a token.
    fn flush(&mut self) {
        if !self.text.is_empty() {
            self.tokens
                .push(Token::Text(std::mem::take(&mut self.text)));
        }
    }

    /// Text that is part of the current word.
    fn literal(&mut self, bytes: &[u8]) {
        self.text.extend_from_slice(bytes);
        self.word_start = false;
    }

    /// A blank or an operator: it ends the word before and starts a new one.
    fn boundary(&mut self, c: u8) {
        self.flush();
        self.tokens.push(Token::Break);
        self.text.push(c);
        self.flush();
        self.tokens.push(Token::Break);
        self.word_start = true;
    }

    /// Opens a nested command (`$(` or a backquote): words start afresh.
    fn open(&mut self, opener: &[u8], layer: Layer) {
        self.text.extend_from_slice(opener);
        self.flush();
        self.tokens.push(Token::Break);
        self.layers.push(layer);
        self.word_start = true;
    }

    /// Closes a nested command.
    fn close(&mut self, c: u8) {
        self.flush();
        self.tokens.push(Token::Break);
        self.layers.pop();
        self.text.push(c);
        self.word_start = false;
    }
}

/// The last component of a printed path.
fn basename(path: &[u8]) -> &[u8] {
    let trimmed = trim_slashes(path);
    match trimmed.iter().rposition(|&b| b == b'/') {
        Some(at) => &trimmed[at + 1..],
        None => trimmed,
    }
}

/// The folder part of a printed path: `.` when there is none, `/` for a
/// name directly in the root folder.
fn parent(path: &[u8]) -> Cow<'_, [u8]> {
    let trimmed = trim_slashes(path);
    match trimmed.iter().rposition(|&b| b == b'/') {
        Some(at) => {
            let head = trim_slashes(&trimmed[..at]);
            if head.is_empty() {
                Cow::Borrowed(b"/")
            } else {
                Cow::Borrowed(head)
            }
        }
        None => Cow::Borrowed(b"."),
    }
}

/// `path` without trailing slashes (but `/` stays `/`).
fn trim_slashes(path: &[u8]) -> &[u8] {
    let end = path.iter().rposition(|&b| b != b'/').map_or(0, |i| i + 1);
    if end == 0 && !path.is_empty() {
        &path[..1]
    } else {
        &path[..end]
    }
}

/// A name without its extension: up to its last `.`, unless that dot is
/// the first byte (`.bashrc` has no extension).
fn stem(name: &[u8]) -> &[u8] {
    match name.iter().rposition(|&b| b == b'.') {
        Some(at) if at > 0 => &name[..at],
        _ => name,
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
