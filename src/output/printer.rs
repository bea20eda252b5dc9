//! The printer: writes each folder's matches to one buffered writer, each
//! as the folder's path, the separator, the name and the terminator (a
//! newline, or NUL with `-0`), with the matched span painted red when
//! colour is on and, on a terminal, with names escaped ([`crate::escape`])
//! so that a name cannot drive the terminal or disguise itself.

use std::io::{self, Write};

use nu_ansi_term::{Color, Style};

use crate::config::Config;
use crate::error::Error;
use crate::listing::Listing;
use crate::outcome::Outcome;
use crate::output::Action;
use crate::output::details::Details;
use crate::output::hyperlink::Links;
#[cfg(doc)]
use crate::output::stream::MAX_DELAY;
use crate::output::stream::Stream;
use crate::output::type_colors::TypeColors;
use crate::walk::{Consumer, Flow, Needs};

/// Writes matches to `W` in the order it is given them.
pub struct Printer<W: Write> {
    out: Stream<W>,
    color: bool,
    escape: bool,
    terminator: u8,
    /// How many bytes to drop from the front of each path: the `./` of the
    /// default folder under `--strip-cwd-prefix`.
    strip: usize,
    start: String,
    reset: String,
    /// The columns written before each path (`-l`).
    details: Option<Details>,
    /// The colours by file type (`--ls-colors`).
    types: Option<TypeColors>,
    /// The links to write around each path (`--hyperlink`).
    links: Option<Links>,
    /// The opening of the current link.
    link: Vec<u8>,
    /// The current folder's child prefix, then (colour or escaping) the
    /// path being written.
    path: Vec<u8>,
}

impl<W: Write> Printer<W> {
    /// A printer for `config` writing to `out`.
    pub fn new(out: W, config: &Config) -> Printer<W> {
        let style = Color::Red.normal();
        Printer {
            out: Stream::new(out, config.escape),
            color: config.color,
            escape: config.escape,
            terminator: config.terminator,
            strip: if config.strip_cwd_prefix {
                crate::path::child_prefix_len(crate::config::DEFAULT_ROOT)
            } else {
                0
            },
            start: style.prefix().to_string(),
            reset: style.suffix().to_string(),
            details: config.list_details.then(Details::default),
            types: config.type_colors.clone().map(TypeColors::new),
            links: if config.hyperlink { Links::new() } else { None },
            link: Vec::new(),
            path: Vec::new(),
        }
    }

    /// Writes out whatever is buffered.
    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }

    fn write_listing(&mut self, listing: &Listing) -> io::Result<()> {
        self.path.clear();
        crate::path::push_prefix(&listing.path, &mut self.path);
        let prefix = self.path.len();
        let strip = self.strip.min(prefix);
        let columns = match &mut self.details {
            Some(details) => details.columns(listing),
            None => Vec::new(),
        };
        if !self.color
            && !self.escape
            && self.links.is_none()
            && self.types.is_none()
            && self.details.is_none()
        {
            for entry in listing.entries() {
                self.out.write_all(&self.path[strip..])?;
                self.out.write_all(entry.name)?;
                self.out.write_all(&[self.terminator])?;
            }
            return Ok(());
        }
        // A span in the path counts the dropped `./`; one inside it is
        // clipped to the printed part.
        let shown = |at: usize| {
            if listing.span_in_path {
                at.saturating_sub(strip)
            } else {
                at + prefix - strip
            }
        };
        let mut path = std::mem::take(&mut self.path);
        for (i, entry) in listing.entries().enumerate() {
            path.truncate(prefix);
            path.extend_from_slice(entry.name);
            if let Some(columns) = columns.get(i) {
                self.out.write_all(columns)?;
            }
            if let Some(links) = &self.links {
                self.link.clear();
                links.open(&path, &mut self.link);
                self.out.write_all(&self.link)?;
            }
            let span = (shown(entry.span.0), shown(entry.span.1));
            if let Some(types) = &self.types {
                let lookup = |follow| listing.metadata(entry.name, follow);
                let styles = [types.folder(), types.entry(entry.name, entry.kind, lookup)];
                self.write_typed(&path[strip..], prefix - strip, span, styles)?;
            } else {
                self.write_painted(&path[strip..], span)?;
            }
            if self.links.is_some() {
                self.out.write_all(Links::close())?;
            }
            self.out.write_all(&[self.terminator])?;
        }
        self.path = path;
        Ok(())
    }

    /// Writes `path` (escaped on a terminal) with the part `span` painted
    /// when colour is on.
    fn write_painted(&mut self, path: &[u8], (start, end): (usize, usize)) -> io::Result<()> {
        self.write_name(&path[..start])?;
        if self.color {
            self.out.write_all(self.start.as_bytes())?;
        }
        self.write_name(&path[start..end])?;
        if self.color {
            self.out.write_all(self.reset.as_bytes())?;
        }
        self.write_name(&path[end..])
    }

    /// Writes `path` (escaped on a terminal) with its folder part (before
    /// `name_at`) in `styles[0]`, its name in `styles[1]`, and the matched
    /// `span` red over both.
    fn write_typed(
        &mut self,
        path: &[u8],
        name_at: usize,
        span: (usize, usize),
        styles: [Option<Style>; 2],
    ) -> io::Result<()> {
        let mut cuts = [0, name_at, span.0, span.1, path.len()];
        cuts.sort_unstable();
        for pair in cuts.windows(2) {
            let (start, end) = (pair[0], pair[1]);
            if start == end {
                continue;
            }
            let style = if span.0 <= start && end <= span.1 {
                Some(Color::Red.normal())
            } else {
                styles[usize::from(start >= name_at)]
            };
            match style {
                Some(style) => {
                    self.out.write_all(style.prefix().to_string().as_bytes())?;
                    self.write_name(&path[start..end])?;
                    self.out.write_all(style.suffix().to_string().as_bytes())?;
                }
                None => self.write_name(&path[start..end])?,
            }
        }
        Ok(())
    }

    fn write_name(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.escape {
            self.out.write_all(&crate::escape::escaped(bytes))
        } else {
            self.out.write_all(bytes)
        }
    }
}

/// While colour is on, makes Ctrl-C (SIGINT) end ffind by SIGINT after
/// writing the colour reset, so that the terminal is not left red
/// when the signal lands inside a painted span. Call it on the thread that
/// writes the output, before the walk starts (see [`crate::sys::on_interrupt`]).
pub fn reset_colour_on_interrupt() -> io::Result<()> {
    crate::sys::on_interrupt(Color::Red.normal().suffix().to_string().into_bytes())
}

impl<W: Write> Action for Printer<W> {
    /// Writes out whatever is buffered.
    fn finish(mut self) -> Result<Outcome, Error> {
        self.flush().map_err(Error::Write)?;
        Ok(Outcome::Success)
    }
}

impl<W: Write> Consumer for Printer<W> {
    /// The folders' handles when `-l` or a colour by type needs an entry's
    /// metadata.
    fn needs(&self) -> Needs {
        Needs {
            handles: self.details.is_some()
                || self.types.as_ref().is_some_and(TypeColors::needs_metadata),
            errors: false,
        }
    }

    /// Writes the listing; flushes at once on a terminal, else when a
    /// match has waited [`MAX_DELAY`], so results stream even while the
    /// walk never pauses.
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        self.write_listing(listing).map_err(Error::Write)?;
        self.out.folder_done().map_err(Error::Write)?;
        Ok(Flow::Continue)
    }

    fn idle(&mut self) -> Result<(), Error> {
        self.out.flush_buffered().map_err(Error::Write)
    }

    /// Flushes a match that has waited [`MAX_DELAY`] while this thread
    /// reads folders itself.
    fn tick(&mut self) -> Result<(), Error> {
        self.out.tick().map_err(Error::Write)
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::listing::Kind;

    fn config(args: &[&str]) -> Config {
        Config::for_args(args)
    }

    fn printed(listing: &Listing, args: &[&str]) -> Vec<u8> {
        let mut out = Vec::new();
        let mut printer = Printer::new(&mut out, &config(args));
        printer.listing(listing).unwrap();
        printer.flush().unwrap();
        drop(printer);
        out
    }

    #[test]
    fn each_entry_is_the_folder_the_name_and_the_terminator() {
        let mut listing = Listing::new(b"d".to_vec(), 0);
        listing.push(b"a", 0..1, Kind::File);
        listing.push(b"b", 0..1, Kind::Dir);
        assert_eq!(printed(&listing, &[]), b"d/a\nd/b\n");
        assert_eq!(printed(&listing, &["-0"]), b"d/a\0d/b\0");
        listing.path = b"d/".to_vec();
        assert_eq!(printed(&listing, &[]), b"d/a\nd/b\n");
    }

    proptest! {
        #[test]
        fn colour_wraps_exactly_the_match(
            name in proptest::collection::vec(1u8..=255, 1..40)
                .prop_filter("no newline", |p| !p.contains(&b'\n')),
            a in 0usize..44,
            b in 0usize..44,
            in_path: bool,
        ) {
            let mut path = b"dd/".to_vec();
            path.extend_from_slice(&name);
            let len = if in_path { path.len() } else { name.len() };
            let (lo, hi) = (a.min(b).min(len), a.max(b).min(len));
            let mut listing = Listing::new(b"dd".to_vec(), 0);
            listing.span_in_path = in_path;
            listing.push(&name, lo..hi, Kind::File);
            let shift = if in_path { 0 } else { 3 };
            let (lo, hi) = (lo + shift, hi + shift);
            let mut want = path[..lo].to_vec();
            want.extend_from_slice(b"\x1b[31m");
            want.extend_from_slice(&path[lo..hi]);
            want.extend_from_slice(b"\x1b[0m");
            want.extend_from_slice(&path[hi..]);
            want.push(b'\n');
            prop_assert_eq!(printed(&listing, &["--color=always"]), want);
        }
    }
}
