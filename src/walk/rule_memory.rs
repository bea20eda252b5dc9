//! A bound on the memory that the ignore rules held at once may take.
//!
//! The `ignore` crate spends about a kilobyte on a rule, several on one
//! with a wildcard (each becomes part of a regular expression): a 16 MiB
//! `.gitignore` of short globs would take gigabytes. So before a file's
//! rules are built, their memory is estimated from their text ([`cost`])
//! and charged against [`MAX_HELD`], counted across every file whose rules
//! are held at that moment (the chains of the folders being walked, git's
//! global excludes); a file whose rules do not fit is not loaded. The
//! charge is given back when the rules are dropped.

use std::sync::atomic::{AtomicUsize, Ordering};

/// The most memory, as [`cost`] estimates it, that all the ignore rules
/// held at once may take: 128 MiB.
pub const MAX_HELD: usize = 128 << 20;

/// The estimated cost of any rule.
const PER_RULE: usize = 1 << 10;
/// The estimated cost of each byte of a rule.
const PER_BYTE: usize = 48;
/// The estimated cost of each wildcard (`*`, `?`, `[`, `{`, `,`): a part of
/// a regular expression.
const PER_WILDCARD: usize = 3 << 10;

/// The memory held by the rules loaded so far, against a cap.
#[derive(Debug)]
pub struct Meter {
    held: AtomicUsize,
    max: usize,
}

/// The meter of every ignore rule of the process.
pub static RULES: Meter = Meter::new(MAX_HELD);

impl Meter {
    /// A meter with nothing held, capped at `max`.
    pub const fn new(max: usize) -> Meter {
        Meter {
            held: AtomicUsize::new(0),
            max,
        }
    }

    /// Charges `cost` if it fits under the cap with what is already held;
    /// `None` when it does not.
    pub fn charge(&self, cost: usize) -> Option<Charge<'_>> {
        let mut held = self.held.load(Ordering::Relaxed);
        loop {
            let total = held.checked_add(cost).filter(|&total| total <= self.max)?;
            match self
                .held
                .compare_exchange_weak(held, total, Ordering::Relaxed, Ordering::Relaxed)
            {
                Ok(_) => return Some(Charge { meter: self, cost }),
                Err(now) => held = now,
            }
        }
    }

    /// The cap.
    pub fn max(&self) -> usize {
        self.max
    }
}

/// Memory charged to a [`Meter`], given back when dropped.
#[derive(Debug)]
pub struct Charge<'m> {
    meter: &'m Meter,
    cost: usize,
}

impl Drop for Charge<'_> {
    fn drop(&mut self) {
        self.meter.held.fetch_sub(self.cost, Ordering::Relaxed);
    }
}

/// The estimated memory of the rules in the text of an ignore file, `None`
/// when it is over `max` (the text is read only that far): blank lines and
/// comments are free, each rule costs [`PER_RULE`], plus [`PER_BYTE`] a
/// byte and [`PER_WILDCARD`] a wildcard. (Measured on the crate's rules:
/// 1.1 KiB for a short name, 5.3 KiB for an 80-byte one, 5.5 KiB for
/// `ab*c`, 25 KiB for one with 19 `*`.)
pub fn cost(text: &str, max: usize) -> Option<usize> {
    let mut total = 0usize;
    for line in text.lines() {
        let line = line.trim_end_matches([' ', '\t', '\r']).as_bytes();
        if line.is_empty() || line[0] == b'#' {
            continue;
        }
        let wildcards = line
            .iter()
            .filter(|b| matches!(b, b'*' | b'?' | b'[' | b'{' | b','))
            .count();
        total = total
            .saturating_add(PER_RULE)
            .saturating_add(line.len().saturating_mul(PER_BYTE))
            .saturating_add(wildcards.saturating_mul(PER_WILDCARD));
        if total > max {
            return None;
        }
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_and_comments_are_free() {
        assert_eq!(cost("\n# a comment\n  \n", 0), Some(0));
        assert_eq!(cost("abc\n", MAX_HELD), Some(PER_RULE + 3 * PER_BYTE));
        let wild = PER_RULE + 3 * PER_BYTE + PER_WILDCARD;
        assert_eq!(cost("a*c\r\n", MAX_HELD), Some(wild));
        assert_eq!(cost("a*c\na*c\n", 2 * wild), Some(2 * wild));
        assert_eq!(cost("a*c\na*c\n", 2 * wild - 1), None);
    }

    #[test]
    fn charges_up_to_the_cap_and_gives_back_on_drop() {
        let meter = Meter::new(100);
        let first = meter.charge(60).unwrap();
        assert!(meter.charge(50).is_none());
        let second = meter.charge(40).unwrap();
        assert!(meter.charge(1).is_none());
        drop(first);
        assert!(meter.charge(60).is_some());
        drop(second);
        assert!(meter.charge(usize::MAX).is_none());
        assert!(meter.charge(100).is_some());
    }
}
