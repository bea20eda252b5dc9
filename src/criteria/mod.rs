//! The values of fd's metadata filters, parsed from the command line and
//! asked one question per entry: `-S/--size` ([`size`]),
//! `--changed-within`/`--changed-before` ([`time`]), `-o/--owner`
//! ([`owner`]). They sit below both the configuration, which holds them,
//! and the walk's entry filter, which asks them.

pub mod owner;
pub mod size;
pub mod time;
