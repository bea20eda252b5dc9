//! `-S/--size`: a limit on a file's size, as fd spells it.

/// One size limit: `+N` at least, `-N` at most, `N` exactly, in bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SizeLimit {
    /// At least this many bytes (`+N`).
    AtLeast(u64),
    /// At most this many bytes (`-N`).
    AtMost(u64),
    /// Exactly this many bytes (`N`).
    Exactly(u64),
}

impl SizeLimit {
    /// Reads `+N`, `-N` or `N` followed by a unit: `b`, the decimal `k`,
    /// `m`, `g`, `t` (powers of 1000) or the binary `ki`, `mi`, `gi`, `ti`
    /// (powers of 1024), any case, a trailing `b` allowed (`kb`, `kib`),
    /// as fd reads them.
    pub fn parse(text: &str) -> Result<SizeLimit, String> {
        let invalid = || {
            format!(
                "'{text}' is not a size: +N (at least), -N (at most) or N (exactly), \
                 then a unit: b, k, m, g, t (powers of 1000) or ki, mi, gi, ti (of 1024)"
            )
        };
        let (make, rest): (fn(u64) -> SizeLimit, &str) = match text.as_bytes().first() {
            Some(b'+') => (SizeLimit::AtLeast, &text[1..]),
            Some(b'-') => (SizeLimit::AtMost, &text[1..]),
            _ => (SizeLimit::Exactly, text),
        };
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let (number, unit) = rest.split_at(digits);
        let number: u64 = number.parse().map_err(|_| invalid())?;
        let unit = unit.to_ascii_lowercase();
        // `b` alone is bytes; after a prefix it changes nothing (`kb`).
        let prefix = match unit.as_str() {
            "b" => "",
            other => other.strip_suffix('b').unwrap_or(other),
        };
        let multiplier: u64 = match prefix {
            "" if unit == "b" => 1,
            "k" => 1000,
            "m" => 1000u64.pow(2),
            "g" => 1000u64.pow(3),
            "t" => 1000u64.pow(4),
            "ki" => 1 << 10,
            "mi" => 1 << 20,
            "gi" => 1 << 30,
            "ti" => 1 << 40,
            _ => return Err(invalid()),
        };
        let bytes = number.checked_mul(multiplier).ok_or_else(invalid)?;
        Ok(make(bytes))
    }

    /// Whether a file of `size` bytes is within the limit.
    pub fn allows(self, size: u64) -> bool {
        match self {
            SizeLimit::AtLeast(limit) => size >= limit,
            SizeLimit::AtMost(limit) => size <= limit,
            SizeLimit::Exactly(limit) => size == limit,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_fds_spellings() {
        assert_eq!(SizeLimit::parse("+1k"), Ok(SizeLimit::AtLeast(1000)));
        assert_eq!(SizeLimit::parse("-2Ki"), Ok(SizeLimit::AtMost(2048)));
        assert_eq!(SizeLimit::parse("10b"), Ok(SizeLimit::Exactly(10)));
        assert_eq!(SizeLimit::parse("1MB"), Ok(SizeLimit::Exactly(1_000_000)));
        assert_eq!(SizeLimit::parse("1mib"), Ok(SizeLimit::Exactly(1 << 20)));
        assert_eq!(
            SizeLimit::parse("+3g"),
            Ok(SizeLimit::AtLeast(3_000_000_000))
        );
        assert_eq!(SizeLimit::parse("1ti"), Ok(SizeLimit::Exactly(1 << 40)));
        for bad in [
            "",
            "+",
            "1",
            "k",
            "1x",
            "1kbb",
            "1 k",
            "++1k",
            "99999999999t",
        ] {
            assert!(SizeLimit::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn limits_include_their_bound() {
        assert!(SizeLimit::AtLeast(5).allows(5) && !SizeLimit::AtLeast(5).allows(4));
        assert!(SizeLimit::AtMost(5).allows(5) && !SizeLimit::AtMost(5).allows(6));
        assert!(SizeLimit::Exactly(5).allows(5) && !SizeLimit::Exactly(5).allows(6));
    }
}
