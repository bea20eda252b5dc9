//! A snapshot of the environment variables ffind reads (those of
//! [`crate::env_flags::VARIABLES`], and those that tell where git's
//! configuration is: [`GitFiles`]).
//!
//! The snapshot is taken once, in `main`, and handed to the help builder and
//! to [`crate::config::Config::resolve`]; nothing else reads the process
//! environment.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::env_flags::{Reading, Switch, VARIABLES, Variable};

/// The values of the variables ffind cares about, read once.
#[derive(Debug, Clone, Default)]
pub struct Env {
    set: Vec<&'static Variable>,
    values: Vec<(&'static str, OsString)>,
    size: usize,
    git: GitFiles,
}

/// Where git keeps what `--gitignore` reads for the global excludes, by
/// git's own rules from `HOME`, `XDG_CONFIG_HOME`, `GIT_CONFIG_GLOBAL`,
/// `GIT_CONFIG_SYSTEM` and `GIT_CONFIG_NOSYSTEM`. Only paths: the files are
/// read by the walk.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GitFiles {
    /// Git's configuration files in the order git reads them (a later
    /// value wins): the system's (`/etc/gitconfig`, or `GIT_CONFIG_SYSTEM`;
    /// none with `GIT_CONFIG_NOSYSTEM`), then `$XDG_CONFIG_HOME/git/config`
    /// and `~/.gitconfig` (both replaced by `GIT_CONFIG_GLOBAL`).
    pub configs: Vec<PathBuf>,
    /// The excludes file when no configuration names one:
    /// `$XDG_CONFIG_HOME/git/ignore` (`~/.config/git/ignore`).
    pub default_excludes: Option<PathBuf>,
    /// The home folder, for `~/` in a configured path.
    pub home: Option<PathBuf>,
}

impl GitFiles {
    /// The files the process's variables point at (for the library's
    /// searches, which read no other variable).
    pub fn from_process() -> GitFiles {
        GitFiles::from_lookup(|name| std::env::var_os(name))
    }

    /// The files the variables found by `lookup` point at.
    fn from_lookup(lookup: impl Fn(&str) -> Option<OsString>) -> GitFiles {
        let set = |name: &str| lookup(name).filter(|value| !value.is_empty());
        let home = set("HOME")
            .or_else(|| set("USERPROFILE"))
            .map(PathBuf::from);
        let xdg = set("XDG_CONFIG_HOME")
            .map(PathBuf::from)
            .or_else(|| home.as_ref().map(|home| home.join(".config")));
        let mut configs = Vec::new();
        if !lookup("GIT_CONFIG_NOSYSTEM").is_some_and(|value| is_truthy(&value)) {
            configs.push(
                set("GIT_CONFIG_SYSTEM").map_or_else(|| "/etc/gitconfig".into(), PathBuf::from),
            );
        }
        match lookup("GIT_CONFIG_GLOBAL") {
            Some(global) => configs.extend((!global.is_empty()).then(|| PathBuf::from(global))),
            None => {
                configs.extend(xdg.as_ref().map(|xdg| xdg.join("git/config")));
                configs.extend(home.as_ref().map(|home| home.join(".gitconfig")));
            }
        }
        GitFiles {
            configs,
            default_excludes: xdg.map(|xdg| xdg.join("git/ignore")),
            home,
        }
    }
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
        let mut env = Env {
            git: GitFiles::from_lookup(&lookup),
            ..Env::default()
        };
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

    /// Where git's configuration and global excludes are.
    pub fn git_files(&self) -> &GitFiles {
        &self.git
    }

    /// The colours `LS_COLORS` sets for `--ls-colors`, if any.
    pub fn ls_colors(&self) -> Option<&OsString> {
        self.values
            .iter()
            .find(|(name, _)| *name == "LS_COLORS")
            .map(|(_, value)| value)
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

    #[test]
    fn git_files_follow_gits_variables() {
        let files = |vars: &[(&str, &str)]| {
            GitFiles::from_lookup(|name| {
                vars.iter().find(|(k, _)| *k == name).map(|(_, v)| v.into())
            })
        };
        let paths = |list: &[&str]| list.iter().map(PathBuf::from).collect::<Vec<_>>();
        let home = files(&[("HOME", "/h")]);
        assert_eq!(
            home.configs,
            paths(&["/etc/gitconfig", "/h/.config/git/config", "/h/.gitconfig"])
        );
        assert_eq!(home.default_excludes, Some("/h/.config/git/ignore".into()));
        assert_eq!(home.home, Some("/h".into()));
        let xdg = files(&[
            ("HOME", "/h"),
            ("XDG_CONFIG_HOME", "/x"),
            ("GIT_CONFIG_NOSYSTEM", "1"),
        ]);
        assert_eq!(xdg.configs, paths(&["/x/git/config", "/h/.gitconfig"]));
        assert_eq!(xdg.default_excludes, Some("/x/git/ignore".into()));
        let global = files(&[
            ("HOME", "/h"),
            ("GIT_CONFIG_GLOBAL", "/g"),
            ("GIT_CONFIG_SYSTEM", "/s"),
        ]);
        assert_eq!(global.configs, paths(&["/s", "/g"]));
        assert_eq!(files(&[]).default_excludes, None);
    }
}
