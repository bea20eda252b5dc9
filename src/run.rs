//! Runs a search for the command line: the walk ([`crate::walk`]) into the
//! printer or an action ([`crate::output`]), the slip hint when nothing
//! matched, the verdict ([`crate::outcome`]).

use std::io::Write;

use crate::cli;
use crate::config::{self, Config};
use crate::error::{self, Error};
use crate::listing;
use crate::outcome::Outcome;
use crate::output;
use crate::slip;
use crate::sys;
use crate::walk::roots::Roots;
use crate::walk::{self, ReadMode};

/// Runs the search described by `config` (resolved from `cli`): prints
/// matches to `out`, or acts on them in order.
pub fn run<W: Write>(cli: &cli::Cli, config: &Config, out: W) -> Result<Outcome, Error> {
    let roots = walk::roots::check(&config.search)?;
    let refused = roots.refused;
    let slip = detect_slip(cli, config);
    run_walk(config, roots, slip.as_ref(), out).map(|outcome| outcome.or_failure(refused))
}

/// What probably went wrong with `cli` (see [`slip`]): found before the
/// walk, which tells it what it sees, and said only when nothing matched or
/// a root does not exist.
pub fn detect_slip(cli: &cli::Cli, config: &Config) -> Option<slip::Slip> {
    let default_root = cli.dirs.is_empty() && cli.search_paths.is_empty();
    slip::detect(
        cli,
        config.search.full_path,
        config.action != config::Action::Print,
        default_root,
        |source| config.search.compile_like_pattern(source),
        config.search.filters_entries(),
    )
}

/// The walk of [`run`], into the printer or the action; when nothing
/// matched, the probable slip ([`slip`]) is said on standard error. With
/// `--quiet` nothing is printed and the status says whether anything
/// matched.
fn run_walk<W: Write>(
    config: &Config,
    roots: Roots,
    slip: Option<&slip::Slip>,
    out: W,
) -> Result<Outcome, Error> {
    use output::actions::{Delete, Exec, ExecBatch, Script};
    use output::format::Formatter;
    use output::json::Json;
    use output::python::Mode;
    use output::records::Records;
    let on_demand = ReadMode::OnDemand;
    let (outcome, found) = match &config.action {
        config::Action::Print if config.quiet => {
            let printer = output::printer::Printer::new(std::io::sink(), config);
            let (outcome, found) = run_action(config, roots, slip, ReadMode::Ahead, printer)?;
            return Ok(outcome.or_failure(!found));
        }
        config::Action::Print => {
            if config.color {
                sys::enable_colour();
                output::printer::reset_colour_on_interrupt()?;
            }
            match &config.output {
                config::Output::Plain => {
                    let printer = output::printer::Printer::new(out, config);
                    run_action(config, roots, slip, ReadMode::Ahead, printer)?
                }
                config::Output::Format(format) => {
                    let formatter = Formatter::new(format.clone(), config);
                    let records = Records::new(out, config, formatter);
                    run_action(config, roots, slip, ReadMode::Ahead, records)?
                }
                &config::Output::Json { with_match } => {
                    let records = Records::new(out, config, Json::new(with_match));
                    run_action(config, roots, slip, ReadMode::Ahead, records)?
                }
            }
        }
        config::Action::Exec(template) => {
            let exec = Exec::new(template, config.environment_size);
            run_action(config, roots, slip, on_demand, exec)?
        }
        config::Action::ExecBatch(template) => {
            let batch = ExecBatch::new(template, config.environment_size);
            run_action(config, roots, slip, on_demand, batch)?
        }
        config::Action::Delete => {
            let delete = Delete::new(&config.search.roots, config.escape_messages)?;
            run_action(config, roots, slip, on_demand, delete)?
        }
        config::Action::Module(spec) => {
            let script = Script::start(config, Mode::Module, spec)?;
            run_action(config, roots, slip, on_demand, script)?
        }
        config::Action::Command(program) => {
            let script = Script::start(config, Mode::Command, program)?;
            run_action(config, roots, slip, on_demand, script)?
        }
    };
    if !found && let Some(said) = slip.and_then(|slip| slip.said(true)) {
        error::report(&said, config.escape_messages);
    }
    Ok(outcome)
}

/// Walks `roots` in `mode` into `action` (telling `slip` what
/// the walk sees), then finishes it; the verdict, and whether anything
/// matched.
fn run_action<A: output::Action>(
    config: &Config,
    roots: Roots,
    slip: Option<&slip::Slip>,
    mode: ReadMode,
    action: A,
) -> Result<(Outcome, bool), Error> {
    let limits = walk::WalkLimits::for_config(&config.search);
    let mut action = FoundAny::new(action, config);
    let walked = walk::walk(&config.search, roots, slip, mode, limits, &mut action)?;
    let outcome = action.inner.finish()?;
    if let Some(err) = config.search.matcher.gave_up() {
        return Err(err);
    }
    Ok((outcome.or_failure(walked.errors_reported), action.found))
}

/// A consumer that notes whether anything matched (for the slip hint),
/// and ends the search once the pattern's engine gave up on a name.
struct FoundAny<'c, C> {
    inner: C,
    found: bool,
    config: &'c Config,
}

impl<'c, C> FoundAny<'c, C> {
    fn new(inner: C, config: &'c Config) -> FoundAny<'c, C> {
        FoundAny {
            inner,
            found: false,
            config,
        }
    }
}

impl<C: walk::Consumer> walk::Consumer for FoundAny<'_, C> {
    fn listing(&mut self, listing: &listing::Listing) -> Result<walk::Flow, Error> {
        if let Some(err) = self.config.search.matcher.gave_up() {
            return Err(err);
        }
        self.found |= !listing.is_empty();
        self.inner.listing(listing)
    }

    fn idle(&mut self) -> Result<(), Error> {
        self.inner.idle()
    }

    fn tick(&mut self) -> Result<(), Error> {
        self.inner.tick()
    }

    fn left(&mut self) -> Result<(), Error> {
        self.inner.left()
    }

    fn needs(&self) -> walk::Needs {
        self.inner.needs()
    }
}
