//! `--changed-within` and `--changed-before`: a limit on when an entry was
//! last modified, as fd spells it (read with the `jiff` crate).

use std::time::{Duration, SystemTime};

use jiff::civil::DateTime;
use jiff::tz::TimeZone;
use jiff::{Span, SpanRelativeTo, Timestamp, Zoned};

/// One limit on the modification time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeLimit {
    /// Modified after this moment (`--changed-within`).
    After(SystemTime),
    /// Modified before this moment (`--changed-before`).
    Before(SystemTime),
}

impl TimeLimit {
    /// `--changed-within WHEN`: modified after `WHEN`.
    pub fn within(text: &str) -> Result<TimeLimit, String> {
        moment(text, &Zoned::now()).map(TimeLimit::After)
    }

    /// `--changed-before WHEN`: modified before `WHEN`.
    pub fn before(text: &str) -> Result<TimeLimit, String> {
        moment(text, &Zoned::now()).map(TimeLimit::Before)
    }

    /// Whether an entry modified at `modified` is within the limit.
    pub fn allows(self, modified: SystemTime) -> bool {
        match self {
            TimeLimit::After(limit) => modified > limit,
            TimeLimit::Before(limit) => modified < limit,
        }
    }
}

/// The moment `text` names, `now` being the present: a duration back from
/// now (`10min`, `2h`, `3d`, `2weeks`; a day is 24 hours, as in fd), an
/// RFC 3339 time stamp, a date or a date and time in the local time zone
/// (`2026-01-31`, `2026-01-31 10:00:00`), or `@` and Unix seconds.
fn moment(text: &str, now: &Zoned) -> Result<SystemTime, String> {
    let invalid = |why: &str| {
        format!(
            "'{text}' is not a time{why}: give a duration (10min, 2h, 3d, 2weeks), a date \
             (2026-01-31), a date and time (2026-01-31 10:00:00) or @UNIX_SECONDS"
        )
    };
    if let Some(seconds) = text.strip_prefix('@') {
        let seconds: u64 = seconds.parse().map_err(|_| invalid(""))?;
        return SystemTime::UNIX_EPOCH
            .checked_add(Duration::from_secs(seconds))
            .ok_or_else(|| invalid(" (out of range)"));
    }
    if let Ok(span) = text.parse::<Span>() {
        let back = if span.get_months() != 0 || span.get_years() != 0 {
            now.checked_sub(span).map(|then| then.timestamp())
        } else {
            span.to_duration(SpanRelativeTo::days_are_24_hours())
                .and_then(|duration| now.timestamp().checked_sub(duration))
        };
        return back
            .map(SystemTime::from)
            .map_err(|_| invalid(" (out of range)"));
    }
    if let Ok(stamp) = text.parse::<Timestamp>() {
        return Ok(stamp.into());
    }
    let datetime = text.parse::<DateTime>().map_err(|_| invalid(""))?;
    TimeZone::system()
        .to_ambiguous_zoned(datetime)
        .later()
        .map(|zoned| zoned.timestamp().into())
        .map_err(|_| invalid(" (not in the local time zone)"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Zoned {
        "2026-03-29T12:00:00+02:00[Europe/Paris]".parse().unwrap()
    }

    fn secs(t: SystemTime) -> u64 {
        t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs()
    }

    #[test]
    fn durations_count_back_from_now_with_24_hour_days() {
        let now = now();
        let at = secs(now.timestamp().into());
        assert_eq!(secs(moment("10min", &now).unwrap()), at - 600);
        assert_eq!(secs(moment("2h", &now).unwrap()), at - 7200);
        // The night before was 23 hours long in Paris; a day is still 24.
        assert_eq!(secs(moment("1d", &now).unwrap()), at - 86_400);
        assert_eq!(secs(moment("2weeks", &now).unwrap()), at - 14 * 86_400);
        assert_eq!(secs(moment("1 day 2 hours", &now).unwrap()), at - 93_600);
    }

    #[test]
    fn dates_stamps_and_unix_seconds() {
        let now = now();
        assert_eq!(secs(moment("@1700000000", &now).unwrap()), 1_700_000_000);
        assert_eq!(
            secs(moment("2026-01-31T10:00:00Z", &now).unwrap()),
            1_769_853_600
        );
        assert!(moment("2026-01-31", &now).is_ok());
        assert!(moment("2026-01-31 10:00:00", &now).is_ok());
        for bad in ["", "yesterday", "@-1", "@x", "10 parsecs", "2026-13-01"] {
            assert!(moment(bad, &now).is_err(), "{bad}");
        }
    }

    #[test]
    fn limits_are_strict() {
        let t = SystemTime::UNIX_EPOCH + Duration::from_secs(100);
        assert!(TimeLimit::After(t).allows(t + Duration::from_secs(1)));
        assert!(!TimeLimit::After(t).allows(t));
        assert!(TimeLimit::Before(t).allows(t - Duration::from_secs(1)));
        assert!(!TimeLimit::Before(t).allows(t));
    }
}
