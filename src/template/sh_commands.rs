//! The commands that evaluate their operands — as code (`eval`, `trap`,
//! `alias`, `.`, `source`, `sh -c SCRIPT`, a shell reading a
//! here-document, `ssh`), as arithmetic (`let`, `[[ … -eq … ]]`,
//! `declare -i`, array subscripts) or as variable names (`declare -n`,
//! `printf -v`, `read`, `unset`, `test -v`, `PS4`) — so that a placeholder
//! written in one is refused.
//! Passing a value there would let it run even as a reference: bash
//! evaluates `a[$(cmd)]` when it reads such a name or number.
//!
//! [`Command`] follows the simple command being read at one nesting level
//! of a template (the top, or inside one `$( )` or backquotes), word by
//! word, as [`crate::template::sh_lexer`] hands the words over.

/// Commands whose every operand is evaluated, with how a refusal names them.
const EVALUATING: [(&str, &str); 13] = [
    ("eval", "eval"),
    ("ssh", "ssh (a remote shell runs its command)"),
    ("watch", "watch (sh -c runs its command)"),
    ("trap", "trap"),
    ("alias", "alias"),
    (".", ". (source)"),
    ("source", "source"),
    ("let", "let (arithmetic)"),
    ("unset", "unset (a variable name)"),
    ("read", "read (a variable name)"),
    ("mapfile", "mapfile (a variable name)"),
    ("readarray", "readarray (a variable name)"),
    ("getopts", "getopts (a variable name)"),
];

/// Shells, whose `-c` operand (or, without `-c`, whose standard input) is
/// a script.
const SHELLS: [&str; 11] = [
    "sh", "bash", "dash", "ksh", "zsh", "mksh", "ash", "yash", "posh", "lksh", "busybox",
];

/// Other commands whose `-c` operand is a shell command line.
const WITH_C: [&str; 4] = ["su", "runuser", "script", "flock"];

/// Builtins that declare variables: the name part of an operand
/// (`NAME=value`) is a name, and with `-n` the value is one too.
const DECLARING: [&str; 5] = ["declare", "typeset", "local", "export", "readonly"];

/// Words that come before a command's name (reserved words, and commands
/// that run the command after them), the latter taking options.
const BEFORE_NAME: [&str; 14] = [
    "!", "{", "}", "if", "then", "else", "elif", "fi", "do", "done", "while", "until", "coproc",
    "function",
];
/// Commands that run the command named after them (and their options).
const RUNNING: [&str; 9] = [
    "command", "builtin", "exec", "time", "nohup", "env", "nice", "sudo", "doas",
];

/// Variables whose value bash evaluates when it prints a prompt.
const PROMPTS: [&str; 6] = ["PS0", "PS1", "PS2", "PS3", "PS4", "PROMPT_COMMAND"];

/// What a finished word tells the lexer about `case` (whose patterns end in
/// a `)` that does not close a `$(`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Case {
    /// The word is `case`, as a command.
    Opens,
    /// The word is `esac`, as a command.
    Closes,
}

/// The simple command being read at one nesting level.
#[derive(Debug, Default)]
pub struct Command {
    /// Its name, once read (quotes removed).
    name: Option<Vec<u8>>,
    /// The current word so far, quotes removed; a placeholder is a NUL.
    word: Vec<u8>,
    /// After a command that runs the next one (`env`, `exec`): its options
    /// are not the name.
    running: bool,
    /// Every operand from here on is evaluated: how to name it.
    all: Option<&'static str>,
    /// The current (or next) word is evaluated: how to name it.
    this: Option<&'static str>,
    /// `[[ … ]]` compares numbers: its operands are arithmetic.
    arithmetic: bool,
    /// A placeholder stands in this command.
    holds_value: bool,
    /// A shell's `-c` was given (its standard input is not its script).
    script_given: bool,
}

/// Whether `word` is one of `list`.
fn is(word: &[u8], list: &[&str]) -> bool {
    list.iter().any(|w| w.as_bytes() == word)
}

/// Whether `word` is an assignment (`NAME=…`, `NAME+=…`, `NAME[…]=…`).
fn is_assignment(word: &[u8]) -> bool {
    let name = word
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count();
    name > 0
        && !word[0].is_ascii_digit()
        && matches!(word.get(name), Some(b'=' | b'+' | b'['))
        && word.contains(&b'=')
}

/// Whether a word begun as `word` has an array subscript open (`a[…`,
/// `[…` in a compound assignment) where a placeholder now stands.
fn in_subscript(word: &[u8]) -> bool {
    let name = word
        .iter()
        .take_while(|&&b| b.is_ascii_alphanumeric() || b == b'_')
        .count();
    word.get(name) == Some(&b'[') && !word[name..].contains(&b']')
}

impl Command {
    /// Adds text to the current word.
    pub fn push(&mut self, bytes: &[u8]) {
        self.word.extend_from_slice(bytes);
    }

    /// Whether a command could begin here (`((` then opens arithmetic).
    pub fn at_start(&self) -> bool {
        self.word.is_empty() && self.name.as_ref().is_none_or(|n| n == b"for")
    }

    /// The construct that reads standard input as code, if this command
    /// is one (a shell without `-c`, `.`, `source`, `eval`): a value in
    /// its here-document or here-string would run.
    pub fn stdin_is_code(&self) -> Option<&'static str> {
        let name = self.name.as_deref()?;
        if is(name, &SHELLS) && !self.script_given {
            Some("a here-document or here-string that a shell reads as its script")
        } else if is(name, &[".", "source", "eval"]) {
            Some("a here-document or here-string read as code")
        } else {
            None
        }
    }

    /// The next word is a here-string: refused if it is read as code.
    pub fn here_string(&mut self) {
        if let Some(why) = self.stdin_is_code() {
            self.this = Some(why);
        }
    }

    /// A placeholder stands in the current word (directly or inside a
    /// substitution): refused when the word is evaluated.
    pub fn value(&mut self) -> Result<(), String> {
        let refuse = |what: &str| {
            Err(format!(
                "a placeholder in {what} is refused: the shell evaluates it, so a name could run as code"
            ))
        };
        if let Some(what) = self.this.or(self.all) {
            return refuse(what);
        }
        let word = &self.word;
        if let Some(prompt) = PROMPTS.iter().find(|p| {
            word.strip_prefix(p.as_bytes())
                .is_some_and(|rest| rest.starts_with(b"=") || rest.starts_with(b"+="))
        }) {
            return refuse(prompt);
        }
        let assigning = self.name.as_deref().is_none_or(|name| is(name, &DECLARING));
        if assigning && in_subscript(word) {
            return refuse("an array subscript (arithmetic)");
        }
        let name = self.name.as_deref().unwrap_or_default();
        if is(name, &DECLARING) && !word.starts_with(b"-") && !word.contains(&b'=') {
            return refuse("the variable name of declare, local, export or readonly");
        }
        if name == b"printf" && word.starts_with(b"-v") {
            return refuse("printf -v (a variable name)");
        }
        if name == b"[[" && self.arithmetic {
            return refuse("[[ … ]] with -eq, -lt or the like (arithmetic)");
        }
        self.holds_value = true;
        self.word.push(0);
        Ok(())
    }

    /// The current word ends (at a blank or an operator).
    pub fn end_word(&mut self) -> Result<Option<Case>, String> {
        if self.word.is_empty() {
            return Ok(None);
        }
        let word = std::mem::take(&mut self.word);
        self.this = None;
        let Some(name) = &self.name else {
            return Ok(self.named(word));
        };
        let option = |letter: u8| {
            word.len() > 1 && word[0] == b'-' && word[1] != b'-' && word.contains(&letter)
        };
        if (is(name, &SHELLS) || is(name, &WITH_C)) && option(b'c') {
            self.this = Some("the script of sh -c");
            self.script_given = true;
        } else if name == b"printf" && word == b"-v" {
            self.this = Some("printf -v (a variable name)");
        } else if is(name, &["test", "[", "[["]) && is(&word, &["-v", "-R"]) {
            self.this = Some("test -v (a variable name)");
        } else if is(name, &DECLARING) && option(b'n') {
            self.all = Some("declare -n (a name reference)");
        } else if is(name, &DECLARING) && option(b'i') {
            self.all = Some("declare -i (arithmetic)");
        } else if name == b"[[" && is(&word, &["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]) {
            self.arithmetic = true;
            if self.holds_value {
                return Err(
                    "a placeholder in [[ … ]] with -eq, -lt or the like (arithmetic) is refused: \
                     the shell evaluates it, so a name could run as code"
                        .to_owned(),
                );
            }
        } else if name == b"[[" && word == b"]]" {
            self.reset();
        }
        Ok(None)
    }

    /// The first words of a command: prefixes, assignments, then its name.
    fn named(&mut self, word: Vec<u8>) -> Option<Case> {
        if self.running && word.starts_with(b"-") || is_assignment(&word) {
            return None;
        }
        if word == b"{" {
            self.reset();
            return None;
        }
        if is(&word, &BEFORE_NAME) || is(&word, &RUNNING) {
            self.running |= is(&word, &RUNNING);
            return None;
        }
        if word == b"esac" {
            return Some(Case::Closes);
        }
        self.all = EVALUATING
            .iter()
            .find(|(w, _)| w.as_bytes() == word)
            .map(|&(_, what)| what);
        let case = (word == b"case").then_some(Case::Opens);
        self.name = Some(word);
        case
    }

    /// An operator (`;`, `&`, `|`, a line break, a parenthesis) ends the
    /// command, except inside `[[ … ]]`.
    pub fn end_command(&mut self) -> Result<Option<Case>, String> {
        let case = self.end_word()?;
        if self.name.as_deref() != Some(b"[[") {
            self.reset();
        }
        Ok(case)
    }

    fn reset(&mut self) {
        *self = Command::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `words` (`{}` a placeholder) to a command; the first refusal.
    fn feed(words: &[&str]) -> Result<(), String> {
        let mut command = Command::default();
        for word in words {
            for piece in word.split_inclusive("{}") {
                match piece.strip_suffix("{}") {
                    Some(text) => {
                        command.push(text.as_bytes());
                        command.value()?;
                    }
                    None => command.push(piece.as_bytes()),
                }
            }
            command.end_word()?;
        }
        Ok(())
    }

    #[test]
    fn operands_that_are_evaluated_are_refused() {
        for words in [
            &["eval", "{}"][..],
            &["command", "eval", "x", "{}"],
            &["X=1", "eval", "{}"],
            &["trap", "{}", "EXIT"],
            &["sh", "-c", "echo {}"],
            &["bash", "-ec", "x{}"],
            &["printf", "-v", "{}", "x"],
            &["printf", "-v{}", "x"],
            &["[[", "{}", "-eq", "1", "]]"],
            &["[[", "1", "-lt", "{}", "]]"],
            &["declare", "-n", "r={}"],
            &["local", "-i", "n={}"],
            &["local", "{}"],
            &["a[{}]=1"],
            &["PS4={}"],
            &["export", "PS4=x{}"],
            &["test", "-v", "{}"],
            &["read", "{}"],
            &["unset", "{}"],
            &["let", "x={}"],
            &["ssh", "host", "cat", "{}"],
            &["su", "-c", "cat {}"],
        ] {
            assert!(feed(words).is_err(), "{words:?}");
        }
    }

    #[test]
    fn other_operands_are_values() {
        for words in [
            &["echo", "eval", "{}"][..],
            &["sh", "-c", "echo \"$1\"", "sh", "{}"],
            &["printf", "-v", "x", "%s", "{}"],
            &["[[", "{}", "==", "x", "]]"],
            &["declare", "x={}"],
            &["export", "X={}"],
            &["X={}", "cmd"],
            &["test", "-f", "{}"],
            &["{}", "arg"],
        ] {
            assert!(feed(words).is_ok(), "{words:?}");
        }
    }
}
