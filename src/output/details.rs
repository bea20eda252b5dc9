//! `-l/--list-details`: the columns of an `ls -l`-like line written before
//! each printed path — the mode string, the owner and group (names, else
//! ids), the size in bytes and the modification time as `ls` shows it
//! (`Mon DD HH:MM` within the last six months, else `Mon DD  YYYY`, in
//! the local time zone). Written by ffind itself (fd runs `ls`). The link
//! count is left out: the entry's `stat` is looked up for it, but the one
//! metadata type ([`Meta`]) does not carry it. Columns are aligned within
//! each folder, not across folders, so that results still stream.

use std::collections::HashMap;
use std::time::{Duration, SystemTime};

use jiff::tz::TimeZone;

use crate::listing::{Kind, Listing, Meta};
use crate::sys::Special;

/// Half a Gregorian year, `ls`'s bound between a recent time and an old one.
const SIX_MONTHS: Duration = Duration::from_secs(31_556_952 / 2);

/// Makes the columns; caches the names of users and groups.
#[derive(Debug)]
pub struct Details {
    now: SystemTime,
    zone: TimeZone,
    users: HashMap<u32, String>,
    groups: HashMap<u32, String>,
}

impl Default for Details {
    fn default() -> Details {
        Details::new(SystemTime::now(), TimeZone::system())
    }
}

impl Details {
    /// Columns for times seen from `now` in the time zone `zone`.
    pub fn new(now: SystemTime, zone: TimeZone) -> Details {
        Details {
            now,
            zone,
            users: HashMap::new(),
            groups: HashMap::new(),
        }
    }

    /// The columns of each entry of `listing`, in order, each ending in a
    /// space, aligned within the listing. An entry whose metadata cannot be
    /// looked up (it vanished) shows `?` in each column, as `ls` does.
    pub fn columns(&mut self, listing: &Listing) -> Vec<Vec<u8>> {
        let rows: Vec<[String; 5]> = listing
            .entries()
            .map(|entry| match listing.metadata(entry.name, false) {
                Ok(meta) => self.row(&meta),
                Err(_) => [
                    "?".repeat(10),
                    "?".into(),
                    "?".into(),
                    "?".into(),
                    "?".into(),
                ],
            })
            .collect();
        let width = |i: usize| rows.iter().map(|row| row[i].len()).max().unwrap_or(0);
        let (user, group, size) = (width(1), width(2), width(3));
        rows.into_iter()
            .map(|[mode, u, g, s, time]| {
                format!("{mode} {u:<user$} {g:<group$} {s:>size$} {time} ").into_bytes()
            })
            .collect()
    }

    /// The five columns of an entry with metadata `meta`.
    fn row(&mut self, meta: &Meta) -> [String; 5] {
        let (user, group) = match meta.owner {
            Some((uid, gid)) => (
                self.users
                    .entry(uid)
                    .or_insert_with(|| name(crate::sys::user_name(uid), uid))
                    .clone(),
                self.groups
                    .entry(gid)
                    .or_insert_with(|| name(crate::sys::group_name(gid), gid))
                    .clone(),
            ),
            None => ("?".into(), "?".into()),
        };
        let time = meta
            .modified
            .map_or_else(|| "?".into(), |time| self.time(time));
        [mode_string(meta), user, group, meta.size.to_string(), time]
    }

    /// A modification time as `ls -l` shows it.
    fn time(&self, time: SystemTime) -> String {
        let Ok(stamp) = jiff::Timestamp::try_from(time) else {
            return "?".into();
        };
        let recent = time <= self.now
            && self
                .now
                .duration_since(time)
                .is_ok_and(|age| age < SIX_MONTHS);
        let format = if recent { "%b %e %H:%M" } else { "%b %e  %Y" };
        stamp
            .to_zoned(self.zone.clone())
            .strftime(format)
            .to_string()
    }
}

/// A user's or group's name, else its id.
fn name(name: Option<Vec<u8>>, id: u32) -> String {
    name.map_or_else(
        || id.to_string(),
        |n| String::from_utf8_lossy(&n).into_owned(),
    )
}

/// The mode as `ls -l` writes it: the type (`-` `d` `l` `p` `s` `b` `c`),
/// then `rwx` for user, group and others, with set-id and sticky bits as
/// `s`/`S` and `t`/`T`; `?` for bits the system does not tell (Windows).
pub fn mode_string(meta: &Meta) -> String {
    let kind = match (meta.kind, meta.special) {
        (Kind::Dir, _) => 'd',
        (Kind::Symlink { .. }, _) => 'l',
        (_, Some(Special::Fifo)) => 'p',
        (_, Some(Special::Socket)) => 's',
        (_, Some(Special::BlockDevice)) => 'b',
        (_, Some(Special::CharDevice)) => 'c',
        _ => '-',
    };
    let Some(mode) = meta.mode else {
        return format!("{kind}?????????");
    };
    let bit = |mask: u32, c: char| if mode & mask != 0 { c } else { '-' };
    let special = |exec: u32, extra: u32, set: char| match (mode & exec != 0, mode & extra != 0) {
        (true, true) => set,
        (false, true) => set.to_ascii_uppercase(),
        (true, false) => 'x',
        (false, false) => '-',
    };
    [
        kind,
        bit(0o400, 'r'),
        bit(0o200, 'w'),
        special(0o100, 0o4000, 's'),
        bit(0o040, 'r'),
        bit(0o020, 'w'),
        special(0o010, 0o2000, 's'),
        bit(0o004, 'r'),
        bit(0o002, 'w'),
        special(0o001, 0o1000, 't'),
    ]
    .iter()
    .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(kind: Kind, mode: u32) -> Meta {
        Meta {
            kind,
            special: None,
            executable: false,
            size: 0,
            modified: None,
            owner: None,
            mode: Some(mode),
            dev: 0,
        }
    }

    #[test]
    fn modes_read_as_ls_writes_them() {
        assert_eq!(mode_string(&meta(Kind::File, 0o644)), "-rw-r--r--");
        assert_eq!(mode_string(&meta(Kind::Dir, 0o1777)), "drwxrwxrwt");
        assert_eq!(mode_string(&meta(Kind::File, 0o4644)), "-rwSr--r--");
        assert_eq!(mode_string(&meta(Kind::File, 0o6755)), "-rwsr-sr-x");
        assert_eq!(
            mode_string(&meta(Kind::Symlink { to_dir: false }, 0o777)),
            "lrwxrwxrwx"
        );
        assert_eq!(mode_string(&meta(Kind::Dir, 0o1000)), "d--------T");
        let mut fifo = meta(Kind::Other, 0o600);
        fifo.special = Some(Special::Fifo);
        assert_eq!(mode_string(&fifo), "prw-------");
    }

    #[test]
    fn recent_times_show_the_hour_and_old_ones_the_year() {
        let now = SystemTime::UNIX_EPOCH + Duration::from_secs(1_780_000_000);
        let details = Details::new(now, TimeZone::UTC);
        let ago = |secs| now - Duration::from_secs(secs);
        assert_eq!(details.time(ago(3600)), "May 28 19:26");
        assert_eq!(details.time(ago(200 * 86_400)), "Nov  9  2025");
        assert_eq!(
            details.time(now + Duration::from_secs(86_400)),
            "May 29  2026"
        );
    }
}
