//! The library's iterator ([`Iter`]): the walk runs on a thread of its own
//! (its workers beside it), and its consumer packs the folders' matches
//! (one owned batch per folder) into parcels sent over a bounded channel —
//! a parcel leaves when it holds [`PARCEL_ENTRIES`], when its first match
//! has waited [`PARCEL_WAIT`], and, while the walk waits or ticks, once
//! that match has waited [`PARCEL_IDLE`], so results stream without a
//! wake-up per folder or per wait; the iterator hands them
//! out one [`Entry`] at a time. Dropping it stops the walk: the workers leave
//! the folder they are reading at its next batch of entries, and the
//! iterator's drop returns once every thread of the walk has ended.

use std::ops::ControlFlow;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, sync_channel};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::entry::{Batch, Entry};
use crate::error::Error;
use crate::listing::Listing;
use crate::pattern::Matcher;
use crate::settings::Settings;
use crate::walk::{self, Consumer, Flow, Needs, ReadMode, WalkLimits, roots};

/// How many parcels may wait in the channel for the iterator, on top of
/// the walk's own read-ahead budget ([`WalkLimits::READ_AHEAD`]).
const WAITING_PARCELS: usize = 4;

/// A parcel leaves once it holds this many entries.
const PARCEL_ENTRIES: usize = 4096;

/// A parcel leaves once its first match has waited this long while the
/// walk kept busy (as the printer's output does).
const PARCEL_WAIT: Duration = Duration::from_millis(20);

/// While the walk waits, a parcel leaves once its first match has waited
/// this long: sent at every wait, parcels of a few matches woke the caller
/// thousands of times a second (on the 1M tree, ten times the visitor's
/// futex calls). The walk ticks every [`walk::IDLE_TICK`] while it waits.
const PARCEL_IDLE: Duration = Duration::from_millis(2);

/// A folder's matches, or an error in place.
pub(crate) type Message = Result<Arc<Batch>, Error>;

/// What the walk hands over.
pub(crate) enum Handed {
    /// A folder's matches, or an error in place.
    Message(Message),
    /// The walk is waiting: what was handed over should reach the caller
    /// once it has waited [`PARCEL_IDLE`].
    Idle,
    /// The walk has ended: what was handed over reaches the caller now.
    Flush,
}

/// The matching entries of a [`crate::Search`], in ffind's order, streamed.
///
/// An `Err` item stands where the walk lost something — a root that is not
/// a folder ([`Error::Root`]), a folder it could not read or a symlink loop
/// it did not enter again ([`Error::Walk`]) — and the search goes on; an
/// error that ends the search (a pattern that backtracked past its limit,
/// a failed walk thread) is the last item.
///
/// Dropping the iterator stops the search promptly, even while a thread
/// is inside a large folder, and returns once its threads have ended.
#[derive(Debug)]
pub struct Iter {
    /// The walk's parcels; `None` once dropped.
    messages: Option<Receiver<Vec<Message>>>,
    /// The rest of the parcel being handed out.
    parcel: std::vec::IntoIter<Message>,
    /// The batch being handed out, and the index of its next entry.
    current: Option<(Arc<Batch>, usize)>,
    /// Set to stop the walk.
    stop: Arc<AtomicBool>,
    /// The walk's thread.
    thread: Option<JoinHandle<()>>,
}

impl Iter {
    /// Starts the walk of `settings` on a thread of its own.
    pub(crate) fn start(settings: Settings) -> Iter {
        let (sender, messages) = sync_channel(WAITING_PARCELS);
        let stop = Arc::new(AtomicBool::new(false));
        let signal = Arc::clone(&stop);
        let spawned = std::thread::Builder::new()
            .name("ffind-search".into())
            .spawn(move || {
                let mut parcel = Parcel::default();
                walk_roots(
                    &settings,
                    Some(signal),
                    &mut |handed| match parcel.add(handed) {
                        Some(full) => match sender.send(full) {
                            Ok(()) => Flow::Continue,
                            Err(_) => Flow::Stop,
                        },
                        None => Flow::Continue,
                    },
                );
            });
        let (thread, messages) = match spawned {
            Ok(thread) => (Some(thread), messages),
            Err(err) => {
                let (sender, messages) = sync_channel(1);
                let _ = sender.send(vec![Err(Error::Io(err))]);
                (None, messages)
            }
        };
        Iter {
            messages: Some(messages),
            parcel: Vec::new().into_iter(),
            current: None,
            stop,
            thread,
        }
    }

    /// Stops the walk and waits for its threads.
    fn stop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        self.messages = None;
        if let Some(thread) = self.thread.take() {
            thread.thread().unpark();
            let _ = thread.join();
        }
    }
}

impl Iterator for Iter {
    type Item = Result<Entry, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some((batch, index)) = &mut self.current {
                if *index < batch.len() {
                    *index += 1;
                    return Some(Ok(Entry::new(Arc::clone(batch), *index - 1)));
                }
                self.current = None;
            }
            match self.parcel.next() {
                Some(Ok(batch)) => {
                    self.current = Some((batch, 0));
                    continue;
                }
                Some(Err(err)) => return Some(Err(err)),
                None => {}
            }
            match self.messages.as_ref()?.recv() {
                Ok(parcel) => self.parcel = parcel.into_iter(),
                Err(_) => {
                    self.messages = None;
                    let panicked = self.thread.take().is_some_and(|t| t.join().is_err());
                    return panicked.then(|| {
                        Err(Error::Io(std::io::Error::other(
                            "the search's thread failed (a bug in ffind)",
                        )))
                    });
                }
            }
        }
    }
}

/// The messages packed for one send.
#[derive(Default)]
struct Parcel {
    messages: Vec<Message>,
    entries: usize,
    since: Option<Instant>,
}

impl Parcel {
    /// Packs `handed`; the parcel to send, once it is due.
    fn add(&mut self, handed: Handed) -> Option<Vec<Message>> {
        match handed {
            Handed::Message(message) => {
                self.entries += message.as_ref().map_or(1, |batch| batch.len());
                let since = *self.since.get_or_insert_with(Instant::now);
                self.messages.push(message);
                if self.entries < PARCEL_ENTRIES && since.elapsed() < PARCEL_WAIT {
                    return None;
                }
            }
            Handed::Idle if self.since.is_none_or(|s| s.elapsed() < PARCEL_IDLE) => return None,
            Handed::Flush if self.messages.is_empty() => return None,
            Handed::Idle | Handed::Flush => {}
        }
        self.entries = 0;
        self.since = None;
        Some(std::mem::take(&mut self.messages))
    }
}

impl std::iter::FusedIterator for Iter {}

impl Drop for Iter {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Walks each root of `settings` in turn on this thread (its workers
/// beside it), handing `take` each folder's problems, then its matches as
/// one batch, until `take` says stop; a root that is not a folder, and an
/// error that ends a walk, are handed over in place; [`Handed::Idle`]
/// whenever the walk waits or ticks, [`Handed::Flush`] at its end. `stop`,
/// when set by another thread, ends the walk.
pub(crate) fn walk_roots(
    settings: &Settings,
    stop: Option<Arc<AtomicBool>>,
    take: &mut dyn FnMut(Handed) -> Flow,
) {
    walk_each_root(settings, stop, take);
    take(Handed::Flush);
}

fn walk_each_root(
    settings: &Settings,
    stop: Option<Arc<AtomicBool>>,
    take: &mut dyn FnMut(Handed) -> Flow,
) {
    let mut consumer = Handover {
        take,
        stop,
        matcher: settings.matcher.clone(),
        stopped: false,
    };
    for path in &settings.roots {
        let ended = match roots::check_one(path) {
            Ok(root) => {
                let roots = roots::Roots {
                    list: vec![root],
                    refused: false,
                };
                let limits = WalkLimits::for_config(settings);
                let walked = walk::walk(
                    settings,
                    roots,
                    None,
                    ReadMode::Ahead,
                    limits,
                    &mut consumer,
                );
                walked.err().or_else(|| settings.matcher.gave_up())
            }
            Err(err) => Some(err),
        };
        let last = settings.matcher.gave_up().is_some();
        if let Some(err) = ended {
            consumer.hand(Err(err));
        }
        let stopped = consumer
            .stop
            .as_ref()
            .is_some_and(|s| s.load(Ordering::Relaxed));
        if last || consumer.stopped || stopped {
            return;
        }
    }
}

/// The walk's consumer: hands over each folder's problems, then its
/// matches; ends the walk once the pattern's engine gave up on a name.
struct Handover<'t> {
    take: &'t mut dyn FnMut(Handed) -> Flow,
    stop: Option<Arc<AtomicBool>>,
    matcher: Matcher,
    /// Whether `take` said stop.
    stopped: bool,
}

impl Handover<'_> {
    /// Hands `message` over; whether to go on.
    fn hand(&mut self, message: Message) -> Flow {
        let flow = (self.take)(Handed::Message(message));
        self.stopped |= flow == Flow::Stop;
        flow
    }
}

impl Consumer for Handover<'_> {
    fn needs(&self) -> Needs {
        Needs {
            handles: false,
            errors: true,
        }
    }

    fn stop_signal(&self) -> Option<Arc<AtomicBool>> {
        self.stop.clone()
    }

    /// What was handed over reaches the caller while the walk waits, once
    /// it has waited [`PARCEL_IDLE`].
    fn idle(&mut self) -> Result<(), Error> {
        (self.take)(Handed::Idle);
        Ok(())
    }

    /// While this thread reads a big folder itself or waits, what was
    /// handed over reaches the caller once it has waited [`PARCEL_IDLE`].
    fn tick(&mut self) -> Result<(), Error> {
        (self.take)(Handed::Idle);
        Ok(())
    }

    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
        if let Some(err) = self.matcher.gave_up() {
            return Err(err);
        }
        let problems = listing.problems().map(|(path, reason, _)| Error::Walk {
            path: path.to_vec(),
            reason,
        });
        for problem in problems {
            if self.hand(Err(problem)) == Flow::Stop {
                return Ok(Flow::Stop);
            }
        }
        if listing.is_empty() {
            return Ok(Flow::Continue);
        }
        Ok(self.hand(Ok(Arc::new(Batch::of(listing)))))
    }
}

/// Hands each entry of `settings`' search, and each error in place, to
/// `visit` on this thread, until it breaks.
pub(crate) fn visit(
    settings: &Settings,
    visit: &mut dyn FnMut(Result<Entry, Error>) -> ControlFlow<()>,
) {
    walk_roots(settings, None, &mut |handed| {
        let flow = match handed {
            Handed::Message(Ok(batch)) => (0..batch.len())
                .try_for_each(|index| visit(Ok(Entry::new(Arc::clone(&batch), index)))),
            Handed::Message(Err(err)) => visit(Err(err)),
            Handed::Idle | Handed::Flush => ControlFlow::Continue(()),
        };
        match flow {
            ControlFlow::Continue(()) => Flow::Continue,
            ControlFlow::Break(()) => Flow::Stop,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// While the walk waits, a parcel leaves only once its first match has
    /// waited [`PARCEL_IDLE`]; at the walk's end it leaves at once.
    #[test]
    fn a_parcel_leaves_a_waiting_walk_once_it_has_waited() {
        let mut parcel = Parcel::default();
        assert!(parcel.add(Handed::Idle).is_none(), "an empty parcel");
        assert!(
            parcel
                .add(Handed::Message(Err(Error::Io(std::io::Error::other("x")))))
                .is_none()
        );
        assert!(parcel.add(Handed::Idle).is_none(), "sent before it waited");
        std::thread::sleep(PARCEL_IDLE);
        assert_eq!(parcel.add(Handed::Idle).map(|sent| sent.len()), Some(1));
        assert!(
            parcel
                .add(Handed::Message(Err(Error::Io(std::io::Error::other("y")))))
                .is_none()
        );
        assert_eq!(parcel.add(Handed::Flush).map(|sent| sent.len()), Some(1));
        assert!(parcel.add(Handed::Flush).is_none(), "an empty parcel");
    }
}
