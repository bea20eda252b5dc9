//! A snapshot of the environment variables ffind reads (those of
//! [`crate::env_flags::VARIABLES`]).
//!
//! The snapshot is taken once, in `main`, and handed to the help builder and
//! to [`crate::config::Config::resolve`]; nothing else reads the process
//! environment.

use std::ffi::OsString;

use crate::env_flags::{Reading, Switch, VARIABLES, Variable};

/// The values of the variables ffind cares about, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    set: Vec<&'static Variable>,
    values: Vec<(&'static str, OsString)>,
    size: usize,
}

impl Env {
    /// Reads the process environment.
    pub fn from_process() -> Env {
        let mut env = Env::from_lookup(|name| std::env::var_os(name));
        env.size = std::env::vars_os()
            .map(|(k, v)| k.len() + v.len() + 2 + size_of::<usize>())
            .sum();
        env
    }

    /// The bytes the whole environment takes in a child's argument space
    /// (each `NAME=value`, its NUL and its pointer); 0 for a snapshot built
    /// by [`Env::from_lookup`].
    pub fn size(&self) -> usize {
        self.size
    }

    /// Builds a snapshot from any lookup function (used by tests).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> Env {
        let mut env = Env::default();
        for var in &VARIABLES {
            let Some(value) = lookup(var.name) else {
                continue;
            };
            match var.reading {
                Reading::Truthy if is_truthy(&value) => env.set.push(var),
                Reading::NotEmpty if !value.is_empty() => env.set.push(var),
                Reading::Value if !value.is_empty() => env.values.push((var.name, value)),
                _ => {}
            }
        }
        env
    }

    /// Whether a variable that switches `switch` on is set.
    pub fn is_set(&self, switch: Switch) -> bool {
        self.set.iter().any(|var| var.switch == Some(switch))
    }

    /// The Python interpreter named by `FFIND_PYTHON`, if any.
    pub fn python(&self) -> Option<&OsString> {
        self.values
            .iter()
            .find(|(name, _)| *name == "FFIND_PYTHON")
            .map(|(_, value)| value)
    }
}

/// The port's truthiness rule: a variable counts as set when it is not
/// empty and not `0`, `false`, `no` or `off` in any letter case.
pub fn is_truthy(value: &std::ffi::OsStr) -> bool {
    if value.is_empty() {
        return false;
    }
    let Some(text) = value.to_str() else {
        return true;
    };
    !["0", "false", "no", "off"]
        .iter()
        .any(|falsy| text.eq_ignore_ascii_case(falsy))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsStr;

    #[test]
    fn truthiness_follows_the_port_rule() {
        for value in ["1", "yes", "true", "on", "anything", " 0", "n"] {
            assert!(is_truthy(OsStr::new(value)), "{value:?} should be set");
        }
        for value in ["", "0", "false", "FALSE", "No", "oFF"] {
            assert!(!is_truthy(OsStr::new(value)), "{value:?} should be unset");
        }
    }

    #[test]
    fn snapshot_reads_only_truthy_variables() {
        let env = Env::from_lookup(|name| match name {
            "FFIND_SEARCH_PATH" => Some("1".into()),
            "FFIND_NO_COLOR" => Some("off".into()),
            "NO_COLOR" => Some("".into()),
            _ => None,
        });
        assert!(env.is_set(Switch::FullPath));
        assert!(!env.is_set(Switch::NoColor));
    }
}
