//! `-o/--owner`: the entry's owning user and group, as fd spells it
//! (`user`, `:group`, `user:group`, names or numeric ids, `!` to negate).

/// One side of an owner check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Check {
    /// Any id.
    Any,
    /// This id.
    Is(u32),
    /// Any id but this one.
    IsNot(u32),
}

impl Check {
    fn allows(self, id: u32) -> bool {
        match self {
            Check::Any => true,
            Check::Is(want) => id == want,
            Check::IsNot(unwanted) => id != unwanted,
        }
    }
}

/// The owner an entry must have.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    user: Check,
    group: Check,
}

impl Owner {
    /// Reads `user`, `:group` or `user:group`: names or numeric ids, each
    /// may start with `!` to mean any other.
    pub fn parse(text: &str) -> Result<Owner, String> {
        if cfg!(not(unix)) {
            return Err(
                "--owner works on Unix only: Windows files have no user and group ids".into(),
            );
        }
        let (user, group) = text.split_once(':').unwrap_or((text, ""));
        if group.contains(':') {
            return Err(format!("'{text}' holds more than one ':': give user:group"));
        }
        let owner = Owner {
            user: check(user, lookup_user)?,
            group: check(group, lookup_group)?,
        };
        if owner.user == Check::Any && owner.group == Check::Any {
            return Err(format!("'{text}' names no user and no group"));
        }
        Ok(owner)
    }

    /// The owner with the user id `user` and the group id `group` (`None`:
    /// any).
    pub fn ids(user: Option<u32>, group: Option<u32>) -> Owner {
        let check = |id: Option<u32>| id.map_or(Check::Any, Check::Is);
        Owner {
            user: check(user),
            group: check(group),
        }
    }

    /// Whether an entry owned by `uid` and `gid` is kept.
    pub fn allows(self, uid: u32, gid: u32) -> bool {
        self.user.allows(uid) && self.group.allows(gid)
    }
}

/// One side read: empty for any, else a name or an id, `!` before it to
/// negate.
fn check(text: &str, lookup: fn(&str) -> Result<u32, String>) -> Result<Check, String> {
    let (negated, name) = match text.strip_prefix('!') {
        Some(name) => (true, name),
        None => (false, text),
    };
    if name.is_empty() {
        return if negated {
            Err("'!' must be followed by a name or an id".into())
        } else {
            Ok(Check::Any)
        };
    }
    let id = match name.parse::<u32>() {
        Ok(id) => id,
        Err(_) => lookup(name)?,
    };
    Ok(if negated {
        Check::IsNot(id)
    } else {
        Check::Is(id)
    })
}

/// The id of the user `name`.
#[cfg(unix)]
fn lookup_user(name: &str) -> Result<u32, String> {
    match nix::unistd::User::from_name(name) {
        Ok(Some(user)) => Ok(user.uid.as_raw()),
        Ok(None) => Err(format!("'{name}' is not a user name")),
        Err(err) => Err(format!("cannot look up the user '{name}': {err}")),
    }
}

/// The id of the group `name`.
#[cfg(unix)]
fn lookup_group(name: &str) -> Result<u32, String> {
    match nix::unistd::Group::from_name(name) {
        Ok(Some(group)) => Ok(group.gid.as_raw()),
        Ok(None) => Err(format!("'{name}' is not a group name")),
        Err(err) => Err(format!("cannot look up the group '{name}': {err}")),
    }
}

/// Owners by name do not exist on Windows ([`Owner`] is refused there).
#[cfg(not(unix))]
fn lookup_user(name: &str) -> Result<u32, String> {
    Err(format!("'{name}': --owner works on Unix only"))
}

/// Owners by name do not exist on Windows ([`Owner`] is refused there).
#[cfg(not(unix))]
fn lookup_group(name: &str) -> Result<u32, String> {
    Err(format!("'{name}': --owner works on Unix only"))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn reads_users_groups_ids_and_negations() {
        let root = Owner::parse("root").unwrap();
        assert!(root.allows(0, 5) && !root.allows(1, 0));
        let group = Owner::parse(":0").unwrap();
        assert!(group.allows(7, 0) && !group.allows(0, 7));
        let both = Owner::parse("0:!root").unwrap();
        assert!(both.allows(0, 1) && !both.allows(0, 0));
        assert!(Owner::parse("!0").unwrap().allows(1, 0));
        for bad in [
            "",
            ":",
            "a:b:c",
            "!",
            "no-such-user-here",
            ":no-such-group-here",
        ] {
            assert!(Owner::parse(bad).is_err(), "{bad}");
        }
    }
}
