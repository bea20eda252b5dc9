//! The parallel, ordered, streaming walk: the scheduler.
//!
//! Every folder is one [`Task`]. Worker threads take tasks from one shared
//! last-in-first-out stack, onto which a folder's subfolders are pushed
//! last first, so the workers move through the tree in nearly the order of
//! the output (depth first), just ahead of it. The calling thread consumes
//! the listings in exactly that order: it waits for a task only while a
//! worker is reading it (reading other folders ahead meanwhile), and reads a
//! folder itself when its turn comes before any worker has taken it. While
//! it reads a folder ahead, it hands over, at every batch of entries, the
//! folders whose turn came meanwhile, so no match waits for that read.
//! Workers pause while the listings read but not yet consumed pass the
//! read-ahead budget ([`WalkLimits::read_ahead`]), so memory stays bounded
//! by the work in flight, not by the number of results.
//!
//! With no workers (the actions), nothing is read ahead: each folder is
//! read only when its turn comes, after the actions on earlier matches ran,
//! exactly as the original's `os.walk` does.
//!
//! Subfolders are opened relative to their parent's open handle while the
//! handle budget ([`WalkLimits::held_handles`]) allows; beyond it, or once
//! descriptors run out, by path, so no tree can exhaust descriptors and no
//! folder is dropped for want of one. While workers read, the handle kept
//! is a path-only one and the folder's read handle is closed by the thread
//! that read it ([`crate::sys::path_handle`], `docs/system-calls.md`).
//!
//! Every way out of the walk — the end, an error, a panic on any thread —
//! finishes it: [`Finish`] wakes every waiting worker, and a task whose
//! reader panicked is handed to the consumer as failed, never waited on; a
//! worker that panicked goes on with other folders, and the walk ends in an
//! error once every listing has been handed over.
//! Threads that cannot be started are done without.
//!
//! While the page cache is cold, folder reads wait for the disk and the
//! cores sit idle; then more workers join, up to 16 readers in all
//! ([`Threads::workers`](crate::settings::Threads::workers)).
//! They are started at the first read that waited for the disk, and each
//! sleeps on a condition variable of its own until such a read starts a
//! cold spell ([`COLD_SPELL`]); the read-ahead budget grows for the spell
//! ([`COLD_BUDGETS`]). A read waited for the disk if the thread's count of
//! blocks read grew during it (Linux: a slow read on a busy machine or a
//! big folder is not mistaken for one), or else if it took over
//! [`COLD_READ`]. On a warm cache the extra workers are never started.
//!
//! Unless the number of threads was given ([`Threads::at_once`](crate::settings::Threads::at_once)),
//! the consumer walks alone at first, and starts the workers once the walk
//! has lasted [`WalkLimits::workers_after`] or a read waited for the disk: a
//! small tree is walked before a second thread would have paid for its
//! start.

use std::cell::Cell;
use std::ops::ControlFlow;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock};
use std::thread::Thread;
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::listing::{Listing, ReadError};
use crate::path::child_prefix_len;
use crate::settings::Settings;
use crate::slip::Slip;
use crate::walk::chain::Chain;
use crate::walk::filter::EntryFilter;
use crate::walk::gitignore::IgnoreChain;
use crate::walk::handles::{Budget, Handle};
use crate::walk::reader::{self, DirId, Location};
use crate::walk::roots::Root;
use crate::walk::{Consumer, Flow, Needs, ReadMode, WalkLimits, Walked};

/// A folder read this slow says that reads wait for the disk, where the
/// thread's count of blocks read is not known.
const COLD_READ: Duration = Duration::from_millis(2);

/// A folder read faster than this did not wait for the disk; a slower one
/// did if the thread's count of blocks read grew.
const MAYBE_COLD_READ: Duration = Duration::from_micros(250);

/// How long after a slow read the cold-cache workers keep reading.
const COLD_SPELL: Duration = Duration::from_millis(20);

/// How many read-ahead budgets the walk may fill during a cold spell: while
/// reads wait for the disk, a dense query spends one budget of listings
/// before enough folders are asked for to keep the disk busy. Eight keep
/// the cold peak under 25 MB by construction (16 MiB of listings); on the
/// 1M-file tree, cache dropped, medians of 5 in one run, 16, 8 and 4
/// budgets took 2.15, 2.00 and 2.12 s for every name and 2.01 and 1.95 s
/// (16, 8) for a sparse query: no cost. (An earlier machine, whose disk
/// filled the budgets, measured 2.1 s with 8 against 1.6 s with 16.)
const COLD_BUDGETS: usize = 8;

/// The folders on the route from the root (their identities), for loop
/// detection.
type Ancestors = Chain<DirId>;

/// What reading a folder needs; taken by whoever reads it.
struct Pending<'w> {
    path: Vec<u8>,
    /// The folder already open (a root opened for `--delete`).
    opened: Option<crate::sys::Dir>,
    parent_fd: Option<(Arc<Handle<'w>>, usize)>,
    depth: usize,
    ignores: Option<Arc<IgnoreChain>>,
}

/// A folder read, with its subfolders' tasks, ready to be consumed.
struct Folder<'w> {
    listing: Listing,
    children: Vec<Arc<Task<'w>>>,
    /// What it counts against the read-ahead budget.
    bytes: usize,
}

/// Where a task is.
enum State<'w> {
    /// Waiting for a reader.
    Queued(Pending<'w>),
    /// A worker or the consumer is reading it.
    Reading,
    /// Read ahead by a worker; waiting for the consumer.
    Read(Folder<'w>),
    /// Handed to the consumer; workers that still find it on the stack
    /// skip it.
    Consumed,
}

/// What the consumer finds when a task's turn comes.
enum Turn<'w> {
    /// Nobody has read it: the consumer reads it.
    Unread(Pending<'w>),
    /// A worker has read it: [`Shared::hand_over_ready`] takes it.
    Ready,
    /// A worker is reading it.
    Wait,
}

/// The consumer's next step: a folder to hand over, or the end of the
/// subtree of the last folder handed over and not yet left.
enum Step<'w> {
    /// Hand over this folder's listing.
    Enter(Arc<Task<'w>>),
    /// Tell the consumer the folder's subtree was handed over whole.
    Leave,
}

/// Where the consumer is in the order of the output.
struct Cursor<'w> {
    /// The steps still to take, the next one last.
    order: Vec<Step<'w>>,
    /// How many more matches may be handed over (`--max-results`).
    remaining: usize,
    /// Whether read errors were reported.
    reported: bool,
    /// Set when the consumer said stop or the last wanted match was
    /// handed over.
    stopped: bool,
}

/// What a thread reads folders with. Each worker has its own copy of the
/// settings, so that every compiled pattern in them (the regexes, the
/// globs of `--exclude`) has its own cache: a regex shared between threads
/// serves all but the first through a lock, which cost a dense walk a
/// tenth of its time.
struct Reading<'r> {
    config: &'r Settings,
    filter: &'r EntryFilter<'r>,
}

/// One folder to read.
struct Task<'w> {
    ancestors: Option<Arc<Ancestors>>,
    state: Mutex<State<'w>>,
}

impl<'w> Task<'w> {
    fn new(pending: Pending<'w>, ancestors: Option<Arc<Ancestors>>) -> Arc<Task<'w>> {
        Arc::new(Task {
            ancestors,
            state: Mutex::new(State::Queued(pending)),
        })
    }

    /// The consumer's turn at this task: read it (nobody has), take it
    /// (a worker read it; left in place), or wait (a worker is reading it).
    fn turn(&self) -> Turn<'w> {
        let mut state = lock(&self.state);
        match std::mem::replace(&mut *state, State::Consumed) {
            State::Queued(pending) => Turn::Unread(pending),
            other => {
                let ready = matches!(other, State::Read(_));
                *state = other;
                if ready { Turn::Ready } else { Turn::Wait }
            }
        }
    }

    /// Takes the folder if a worker has read it; else leaves the task as
    /// it is.
    fn take_read(&self) -> Option<Folder<'w>> {
        let mut state = lock(&self.state);
        match std::mem::replace(&mut *state, State::Consumed) {
            State::Read(folder) => Some(folder),
            other => {
                *state = other;
                None
            }
        }
    }

    /// Takes what reading needs, if nobody has yet.
    fn claim(&self) -> Option<Pending<'w>> {
        let mut state = lock(&self.state);
        match std::mem::replace(&mut *state, State::Reading) {
            State::Queued(pending) => Some(pending),
            other => {
                *state = other;
                None
            }
        }
    }
}

thread_local! {
    /// The thread's count of blocks read from storage at its last slow
    /// read, or when it started walking ([`note_blocks_read`]).
    static BLOCKS: Cell<u64> = const { Cell::new(0) };
}

/// Notes the calling thread's count of blocks read so far (`now`), so that
/// blocks it read before the walk are not taken for a read that waited for
/// the disk: the consumer's thread may be the one that loaded ffind itself
/// from the disk. Workers start at zero.
fn note_blocks_read(now: Option<u64>) {
    if let Some(now) = now {
        BLOCKS.set(now);
    }
}

/// Whether the thread's count of blocks read, `now`, grew since it was
/// last noted; notes it.
fn blocks_grew(now: u64) -> bool {
    BLOCKS.replace(now) < now
}

/// Whether a folder read that took `elapsed` waited for the disk: its
/// thread read blocks from storage since its last slow read (or since it
/// started walking), or, where that count is not known, the read took over
/// [`COLD_READ`].
fn waited_for_disk(elapsed: Duration) -> bool {
    if elapsed <= MAYBE_COLD_READ {
        return false;
    }
    match crate::sys::blocks_read() {
        Some(now) => blocks_grew(now),
        None => elapsed > COLD_READ,
    }
}

/// Locks a mutex, ignoring poisoning: the state behind every lock here is
/// whole at any point a panic could unwind through.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The shared stack of tasks, and how many workers wait for one.
struct Stack<'w> {
    tasks: Vec<Arc<Task<'w>>>,
    /// Workers waiting on `Shared::wake`.
    idle: usize,
    /// Cold-cache workers waiting on `Shared::wake_cold`.
    idle_cold: usize,
}

impl Stack<'_> {
    /// The count of waiting workers of one kind (cold-cache or not).
    fn idle_count(&mut self, cold: bool) -> &mut usize {
        if cold {
            &mut self.idle_cold
        } else {
            &mut self.idle
        }
    }
}

/// What the workers and the consumer share.
struct Shared<'w> {
    config: &'w Settings,
    filter: EntryFilter<'w>,
    /// The slip hint the walk tells of what it sees.
    slip: Option<&'w Slip>,
    limits: WalkLimits,
    stack: Mutex<Stack<'w>>,
    wake: Condvar,
    wake_cold: Condvar,
    /// When the walk started, the origin of `cold_until`.
    started: Instant,
    /// Nanoseconds after `started` until which the cache counts as cold.
    cold_until: AtomicU64,
    /// Set when the walk is finished.
    finished: AtomicBool,
    /// Set by another thread to stop the walk ([`Consumer::stop_signal`]).
    stopped: Arc<AtomicBool>,
    /// Whether a read has waited for the disk: the cold-cache workers are
    /// wanted.
    cold_seen: AtomicBool,
    /// Whether the cold-cache workers were started (or tried).
    cold_started: AtomicBool,
    /// How many workers read folders ahead, and how many cold-cache
    /// readers join them ([`Threads::workers`](crate::settings::Threads::workers)), once counted.
    readers: OnceLock<(usize, usize)>,
    /// Whether the workers that read ahead were started (or tried).
    workers_started: AtomicBool,
    /// Whether a thread that could not be started was reported.
    unstarted_reported: AtomicBool,
    /// A worker panicked while reading a folder.
    panicked: AtomicBool,
    buffered: AtomicUsize,
    budget: &'w Budget,
    consumer: Thread,
    read_ahead: bool,
    /// What the consumer needs from each folder.
    needs: Needs,
}

/// Finishes the walk when dropped, however the consumer leaves it.
struct Finish<'s, 'w>(&'s Shared<'w>);

impl Drop for Finish<'_, '_> {
    fn drop(&mut self) {
        self.0.finish();
    }
}

/// Hands a task to the consumer as failed if its worker panics while
/// reading it, so that the consumer never waits for it, and notes the
/// panic so that the walk ends in an error.
struct FailOnPanic<'s, 'w> {
    shared: &'s Shared<'w>,
    task: &'s Task<'w>,
    path: Vec<u8>,
    depth: usize,
}

impl Drop for FailOnPanic<'_, '_> {
    fn drop(&mut self) {
        if std::thread::panicking() {
            // Noted before the consumer can see the folder and finish.
            self.shared.panicked.store(true, Ordering::Relaxed);
            let mut listing = Listing::new(std::mem::take(&mut self.path), self.depth);
            listing.error = Some(ReadError::Io(std::io::Error::other(
                "ffind failed while reading this folder",
            )));
            let folder = Folder {
                listing,
                children: Vec::new(),
                bytes: 0,
            };
            *lock(&self.task.state) = State::Read(folder);
            self.shared.consumer.unpark();
        }
    }
}

impl<'w> Shared<'w> {
    /// Reads a folder and makes tasks of its subfolders, pushing them onto
    /// the shared stack (last first) when folders are read ahead. Every
    /// batch of entries, the read stops if the walk is finished, else calls
    /// `tick`, and stops if that breaks.
    fn process(
        &self,
        reading: &Reading<'_>,
        task: &Task<'w>,
        pending: Pending<'w>,
        tick: &mut dyn FnMut() -> ControlFlow<()>,
    ) -> Folder<'w> {
        #[cfg(test)]
        let probed = pending.path.clone();
        let mut batch = || {
            #[cfg(test)]
            tests::probe(&probed, &|| self.is_finished());
            if self.is_finished() {
                return ControlFlow::Break(());
            }
            tick()
        };
        let parent_fd = pending.parent_fd;
        let depth = pending.depth;
        let at = Location {
            path: pending.path,
            opened: pending.opened,
            parent: parent_fd.as_ref().map(|(h, start)| (&h.fd, *start)),
            depth,
            ignores: pending.ignores.as_ref(),
            budget: self.budget,
        };
        #[cfg(test)]
        tests::panic_if_asked(&at.path);
        let ancestors = task.ancestors.as_ref();
        let clock = Instant::now();
        let read = reader::read_folder(
            at,
            reading.config,
            reading.filter,
            self.slip,
            |id| ancestors.is_some_and(|a| a.iter().any(|&seen| seen == id)),
            &mut batch,
        );
        if self.limits.assume_cold || waited_for_disk(clock.elapsed()) {
            self.cold_spell();
        }
        drop(parent_fd);
        let mut listing = read.listing;
        if self.needs.handles {
            listing.dir = read
                .fd
                .as_ref()
                .and_then(|fd| fd.try_clone().ok())
                .map(Arc::new);
        }
        let me = read.id.map(|id| Chain::push(task.ancestors.clone(), id));
        let handle = read
            .fd
            .filter(|_| !read.subdirs.is_empty())
            .and_then(|fd| {
                Handle::keep(fd, self.budget, |fd| {
                    // Freed where it was read: see `sys::path_handle`.
                    if self.shares_reading() {
                        crate::sys::path_handle(fd)
                    } else {
                        fd
                    }
                })
            })
            .map(Arc::new);
        let name_start = child_prefix_len(&listing.path);
        let mut bytes = listing.bytes();
        let children: Vec<Arc<Task<'w>>> = read
            .subdirs
            .into_iter()
            .map(|path| {
                bytes += path.len() + size_of::<Task>();
                let pending = Pending {
                    path,
                    opened: None,
                    parent_fd: handle.as_ref().map(|h| (Arc::clone(h), name_start)),
                    depth: depth + 1,
                    ignores: read.ignores.clone(),
                };
                Task::new(pending, me.clone())
            })
            .collect();
        if self.read_ahead && !children.is_empty() {
            let mut stack = lock(&self.stack);
            stack.tasks.extend(children.iter().rev().cloned());
            for _ in 0..children.len().min(stack.idle) {
                self.wake.notify_one();
            }
            if stack.idle_cold > 0 && self.is_cold() {
                self.wake_cold.notify_all();
            }
        }
        Folder {
            listing,
            children,
            bytes,
        }
    }

    /// A worker: takes tasks from the stack until the walk is finished. A
    /// cold-cache worker (`cold`) takes them only during cold spells and
    /// sleeps on a condition variable of its own otherwise. `start`
    /// starts the cold-cache workers once a read waited for the disk
    /// ([`start_wanted`]), called after every folder.
    fn work(&self, cold: bool, start: &dyn Fn()) {
        let wake = if cold { &self.wake_cold } else { &self.wake };
        let config = self.config.clone();
        let filter = self.filter.over(&config);
        let reading = Reading {
            config: &config,
            filter: &filter,
        };
        loop {
            let task = {
                let mut stack = lock(&self.stack);
                loop {
                    if self.is_finished() {
                        return;
                    }
                    if (!cold || self.is_cold())
                        && let Some(task) = self.pop(&mut stack)
                    {
                        break task;
                    }
                    *stack.idle_count(cold) += 1;
                    stack = wake.wait(stack).unwrap_or_else(|e| e.into_inner());
                    *stack.idle_count(cold) -= 1;
                }
            };
            // A panic while reading is handed to the consumer as a failed
            // folder and noted (`FailOnPanic`); the walk goes on and ends
            // in an error.
            let _ = std::panic::catch_unwind(AssertUnwindSafe(|| {
                self.run_ahead(&reading, &task, &mut || ControlFlow::Continue(()))
            }));
            start();
        }
    }

    /// Nanoseconds since the walk started.
    fn now(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_nanos()).unwrap_or(u64::MAX)
    }

    /// Whether a read that waited for the disk was seen within the last
    /// [`COLD_SPELL`].
    fn is_cold(&self) -> bool {
        self.now() < self.cold_until.load(Ordering::Relaxed)
    }

    /// Starts or extends a cold spell. When it starts, wakes the cold-cache
    /// workers, and the others too: those that paused on a spent budget may
    /// go on with the spell's larger one.
    fn cold_spell(&self) {
        if !self.cold_seen.swap(true, Ordering::Relaxed) {
            self.consumer.unpark();
        }
        let was_cold = self.is_cold();
        let until = self.now().saturating_add(COLD_SPELL.as_nanos() as u64);
        self.cold_until.fetch_max(until, Ordering::Relaxed);
        if !was_cold {
            let stack = lock(&self.stack);
            if !stack.tasks.is_empty() {
                if stack.idle_cold > 0 {
                    self.wake_cold.notify_all();
                }
                if stack.idle > 0 {
                    self.wake.notify_all();
                }
            }
        }
    }

    /// The bytes of listings that may wait for the consumer: the read-ahead
    /// budget, [`COLD_BUDGETS`] of them during a cold spell.
    fn read_ahead_limit(&self) -> usize {
        let budgets = if self.is_cold() { COLD_BUDGETS } else { 1 };
        self.limits.read_ahead.saturating_mul(budgets)
    }

    /// The next task to read ahead, unless the read-ahead budget is spent.
    fn pop(&self, stack: &mut Stack<'w>) -> Option<Arc<Task<'w>>> {
        if self.buffered.load(Ordering::Relaxed) < self.read_ahead_limit() {
            stack.tasks.pop()
        } else {
            None
        }
    }

    /// Whether threads besides the consumer read folders now: then a
    /// folder kept open for its subfolders is kept as a path-only handle
    /// ([`crate::sys::path_handle`]), whose last holder may be any of them.
    /// Measured on the 1M tree with two threads: the kernel's cross-core
    /// frees (`__slab_free`) fell from 271 samples to 7, and the
    /// process's CPU time by about 3%; one thread would only pay the
    /// extra `openat`.
    fn shares_reading(&self) -> bool {
        self.read_ahead
            && self.workers_started.load(Ordering::Relaxed)
            && self.readers.get().is_some_and(|&(ahead, cold)| {
                ahead > 0 || (cold > 0 && self.cold_started.load(Ordering::Relaxed))
            })
    }

    /// Reads `task` ahead of the output, if nobody has yet, and leaves the
    /// folder for the consumer; `tick` as for [`Shared::process`].
    fn run_ahead(
        &self,
        reading: &Reading<'_>,
        task: &Task<'w>,
        tick: &mut dyn FnMut() -> ControlFlow<()>,
    ) {
        let Some(pending) = task.claim() else {
            return;
        };
        let guard = FailOnPanic {
            shared: self,
            task,
            path: pending.path.clone(),
            depth: pending.depth,
        };
        let folder = self.process(reading, task, pending, tick);
        drop(guard);
        self.buffered.fetch_add(folder.bytes, Ordering::Relaxed);
        *lock(&task.state) = State::Read(folder);
        self.consumer.unpark();
    }

    /// Counts a folder read ahead as handed to the consumer: its bytes
    /// leave the read-ahead budget, and workers paused on a spent budget
    /// wake once it is no longer spent.
    fn received(&self, folder: &Folder<'w>) {
        let before = self.buffered.fetch_sub(folder.bytes, Ordering::Relaxed);
        let limit = self.read_ahead_limit();
        if before >= limit && before - folder.bytes < limit {
            let stack = lock(&self.stack);
            if stack.idle > 0 {
                self.wake.notify_all();
            }
        }
    }

    /// Hands `folder`, the next in the order, to `consumer`: reports its
    /// read errors when asked to, keeps to `--max-results`, and queues its
    /// subfolders' turns; marks the cursor stopped when the consumer says
    /// stop or the last wanted match was handed over.
    fn hand_over(
        &self,
        cursor: &mut Cursor<'w>,
        mut folder: Folder<'w>,
        consumer: &mut impl Consumer,
    ) -> Result<(), Error> {
        if !self.needs.errors {
            cursor.reported |= report(
                folder.listing.messages(self.config.show_errors),
                || consumer.idle(),
                self.config,
            )?;
        }
        let last = folder.listing.len() >= cursor.remaining;
        if last {
            folder.listing.truncate(cursor.remaining);
        }
        cursor.remaining -= folder.listing.len();
        if consumer.listing(&folder.listing)? == Flow::Stop || last {
            cursor.stopped = true;
            return Ok(());
        }
        cursor.order.push(Step::Leave);
        cursor
            .order
            .extend(folder.children.into_iter().rev().map(Step::Enter));
        Ok(())
    }

    /// Takes the cursor's steps as long as they need no reading and no
    /// waiting: the ends of subtrees, and folders workers have read. Whether
    /// it handed anything over.
    fn hand_over_ready(
        &self,
        cursor: &mut Cursor<'w>,
        consumer: &mut impl Consumer,
    ) -> Result<bool, Error> {
        let mut handed = false;
        while !cursor.stopped && !self.is_finished() {
            match cursor.order.last() {
                None => break,
                Some(Step::Leave) => {
                    cursor.order.pop();
                    consumer.left()?;
                }
                Some(Step::Enter(task)) => {
                    let Some(folder) = task.take_read() else {
                        break;
                    };
                    cursor.order.pop();
                    self.received(&folder);
                    self.hand_over(cursor, folder, consumer)?;
                    handed = true;
                }
            }
        }
        Ok(handed)
    }

    /// The consumer: hands every listing of `roots` to `consumer` in
    /// order, and tells it when a folder's subtree is done
    /// ([`Consumer::left`]), stopping after `max_results` matches; reports
    /// walk errors when asked to. `start` starts the workers when they are
    /// wanted ([`start_wanted`]), called before every folder.
    ///
    /// A folder whose turn has come is read here if no worker has taken
    /// it, else waited for. While a worker reads it, the consumer reads
    /// ahead itself rather than sit idle, so that with N threads there are
    /// N readers: N - 1 workers and the consumer. Reading a folder itself,
    /// it hands over, at every batch of entries, the folders workers have
    /// read meanwhile whose turn has come (so a match never waits for the
    /// consumer's own read of a folder later in the order), and lets
    /// `consumer` flush ([`Consumer::tick`]); it stops at once if either
    /// fails. The walk ends when another thread stops it
    /// ([`Consumer::stop_signal`]).
    fn consume(
        &self,
        roots: Vec<Root>,
        consumer: &mut impl Consumer,
        start: &dyn Fn(),
    ) -> Result<Walked, Error> {
        note_blocks_read(crate::sys::blocks_read());
        let remaining = self.config.max_results.unwrap_or(usize::MAX);
        let roots: Vec<Arc<Task<'w>>> = roots
            .into_iter()
            .rev()
            .map(|root| {
                let pending = Pending {
                    path: root.path,
                    opened: root.dir,
                    parent_fd: None,
                    depth: 0,
                    ignores: None,
                };
                Task::new(pending, None)
            })
            .collect();
        if self.read_ahead {
            lock(&self.stack).tasks.extend(roots.iter().cloned());
            self.wake.notify_all();
        }
        let mut cursor = Cursor {
            order: roots.into_iter().map(Step::Enter).collect(),
            remaining,
            reported: false,
            stopped: remaining == 0,
        };
        let reading = Reading {
            config: self.config,
            filter: &self.filter,
        };
        let mut flushed = false;
        loop {
            if self.hand_over_ready(&mut cursor, consumer)? {
                flushed = false;
            }
            if cursor.stopped || self.is_finished() {
                break;
            }
            let Some(Step::Enter(task)) = cursor.order.last() else {
                break;
            };
            let task = Arc::clone(task);
            start();
            match task.turn() {
                Turn::Unread(pending) => {
                    cursor.order.pop();
                    let mut failed = None;
                    let folder = self.process(
                        &reading,
                        &task,
                        pending,
                        &mut ticking(consumer, &mut failed),
                    );
                    if let Some(err) = failed {
                        return Err(err);
                    }
                    if self.is_finished() {
                        break;
                    }
                    self.hand_over(&mut cursor, folder, consumer)?;
                    flushed = false;
                }
                // Read since `hand_over_ready` looked: it takes it next.
                Turn::Ready => {}
                Turn::Wait => {
                    let ahead = self.pop(&mut lock(&self.stack));
                    if let Some(other) = ahead {
                        let mut failed = None;
                        self.run_ahead(&reading, &other, &mut || {
                            let pumped = self
                                .hand_over_ready(&mut cursor, consumer)
                                .and_then(|_| consumer.tick());
                            if let Err(err) = pumped {
                                failed = Some(err);
                                return ControlFlow::Break(());
                            }
                            if cursor.stopped {
                                self.finish();
                                return ControlFlow::Break(());
                            }
                            ControlFlow::Continue(())
                        });
                        if let Some(err) = failed {
                            return Err(err);
                        }
                        consumer.tick()?;
                        flushed = false;
                    } else if flushed {
                        std::thread::park_timeout(super::IDLE_TICK);
                        consumer.tick()?;
                    } else {
                        consumer.idle()?;
                        flushed = true;
                    }
                }
            }
        }
        Ok(Walked {
            errors_reported: cursor.reported,
        })
    }

    /// Reports, once and with --show-errors, that the walk goes on with
    /// `running` of the `wanted` threads (the consumer's included).
    fn unstarted(&self, err: &std::io::Error, running: usize, wanted: usize) {
        if self.config.show_errors && !self.unstarted_reported.swap(true, Ordering::Relaxed) {
            let message = format!(
                "cannot start worker threads: {} (searching with {running} of {wanted})",
                crate::error::reason(err),
            );
            crate::error::report(&message, self.config.escape_messages);
        }
    }

    /// Whether the walk is finished, or stopped by another thread.
    fn is_finished(&self) -> bool {
        self.finished.load(Ordering::Relaxed) || self.stopped.load(Ordering::Relaxed)
    }

    /// Ends the walk: workers leave the folder they are reading at its next
    /// batch of entries, and waiting ones wake to return.
    fn finish(&self) {
        self.finished.store(true, Ordering::Relaxed);
        let _guard = lock(&self.stack);
        self.wake.notify_all();
        self.wake_cold.notify_all();
    }
}

/// A folder read's tick on the consumer's thread: lets `consumer` flush
/// ([`Consumer::tick`]); if that fails, keeps the error in `failed` and
/// stops the read.
fn ticking<'a>(
    consumer: &'a mut impl Consumer,
    failed: &'a mut Option<Error>,
) -> impl FnMut() -> ControlFlow<()> + 'a {
    move || match consumer.tick() {
        Ok(()) => ControlFlow::Continue(()),
        Err(err) => {
            *failed = Some(err);
            ControlFlow::Break(())
        }
    }
}

/// Says each of `messages` on standard error, after `idle` (the consumer
/// flushing what it wrote); whether there was any.
pub(super) fn report(
    messages: impl Iterator<Item = Vec<u8>>,
    idle: impl FnOnce() -> Result<(), Error>,
    config: &Settings,
) -> Result<bool, Error> {
    let mut messages = messages.peekable();
    if messages.peek().is_none() {
        return Ok(false);
    }
    idle()?;
    for message in messages {
        crate::error::report(&message, config.escape_messages);
    }
    Ok(true)
}

/// Runs the walk of `roots` for `config` with `filter` in `mode` within
/// `limits`, handing each listing to `consumer` (and telling `slip` what it
/// sees).
pub fn run(
    config: &Settings,
    roots: Vec<Root>,
    filter: EntryFilter<'_>,
    slip: Option<&Slip>,
    mode: ReadMode,
    limits: WalkLimits,
    consumer: &mut impl Consumer,
) -> Result<Walked, Error> {
    // Actions read on demand, with no worker at all.
    let on_demand = mode == ReadMode::OnDemand;
    let budget = Budget::new(limits.held_handles);
    let shared = Shared {
        config,
        filter,
        slip,
        limits,
        stack: Mutex::new(Stack {
            tasks: Vec::new(),
            idle: 0,
            idle_cold: 0,
        }),
        wake: Condvar::new(),
        wake_cold: Condvar::new(),
        started: Instant::now(),
        cold_until: AtomicU64::new(0),
        finished: AtomicBool::new(false),
        stopped: consumer.stop_signal().unwrap_or_default(),
        cold_seen: AtomicBool::new(limits.assume_cold),
        cold_started: AtomicBool::new(on_demand),
        readers: OnceLock::new(),
        workers_started: AtomicBool::new(on_demand),
        unstarted_reported: AtomicBool::new(false),
        panicked: AtomicBool::new(false),
        buffered: AtomicUsize::new(0),
        budget: &budget,
        consumer: std::thread::current(),
        read_ahead: mode == ReadMode::Ahead,
        needs: consumer.needs(),
    };
    std::thread::scope(|scope| {
        let finish = Finish(&shared);
        let mut walked = finish
            .0
            .consume(roots, consumer, &|| start_wanted(scope, finish.0))?;
        if finish.0.panicked.load(Ordering::Relaxed) {
            return Err(Error::Io(std::io::Error::other(
                "a walk thread failed (a bug in ffind): some folders were not searched",
            )));
        }
        walked.errors_reported |= finish.0.unstarted_reported.load(Ordering::Relaxed);
        Ok(walked)
    })
}

/// Starts `count` workers of `shared` (cold-cache ones with `cold`),
/// numbered from `first`. Threads that cannot be started are done without
/// (said once with --show-errors).
fn start_workers<'scope, 'w: 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    shared: &'scope Shared<'w>,
    first: usize,
    count: usize,
    cold: bool,
) {
    if count == 0 {
        return;
    }
    crate::sys::with_sigint_blocked(|| {
        for i in first..first + count {
            let spawned = std::thread::Builder::new()
                .name(format!("ffind-walk-{i}"))
                .spawn_scoped(scope, move || {
                    shared.work(cold, &|| start_wanted(scope, shared))
                });
            if let Err(err) = spawned {
                shared.unstarted(&err, i + 1, first + count + 1);
                return;
            }
        }
    });
}

/// Starts the workers of `shared` not started yet: the readers ahead once
/// the walk has lasted [`WalkLimits::workers_after`] (zero when the threads
/// start at once) or a read waited for the disk, and the cold-cache
/// readers then. Cheap when there is nothing to start: two loads.
fn start_wanted<'scope, 'w: 'scope>(
    scope: &'scope std::thread::Scope<'scope, '_>,
    shared: &'scope Shared<'w>,
) {
    let cold = shared.cold_seen.load(Ordering::Relaxed);
    let readers = || {
        *shared
            .readers
            .get_or_init(|| shared.config.threads.workers())
    };
    if !shared.workers_started.load(Ordering::Relaxed)
        && (cold || shared.started.elapsed() >= shared.limits.workers_after)
        && !shared.workers_started.swap(true, Ordering::Relaxed)
    {
        let (workers, _) = readers();
        shared
            .budget
            .lower_to(crate::walk::handles::Budget::max_for_open_file_limit(
                workers + 1,
            ));
        start_workers(scope, shared, 0, workers, false);
    }
    if cold
        && !shared.cold_started.load(Ordering::Relaxed)
        && !shared.cold_started.swap(true, Ordering::Relaxed)
    {
        let (workers, cold_readers) = readers();
        start_workers(scope, shared, workers, cold_readers, true);
    }
}

#[cfg(test)]
mod tests {
    use std::io::Write;
    use std::sync::mpsc;

    use super::*;
    use crate::cli::parse_from;
    use crate::config::Config;
    use crate::env::Env;
    use crate::output::printer::Printer;
    use crate::settings::Threads;

    /// What a test does at every batch of entries read from a folder: given
    /// the folder's path and whether the walk is finished.
    type Probe = Arc<dyn Fn(&[u8], &dyn Fn() -> bool) + Send + Sync>;

    /// The probes of the tests running, each for the folders under its root.
    static PROBES: Mutex<Vec<(Vec<u8>, Probe)>> = Mutex::new(Vec::new());

    /// Runs the probes of the folder `path` (see [`Shared::process`]).
    pub(super) fn probe(path: &[u8], finished: &dyn Fn() -> bool) {
        let probes: Vec<Probe> = lock(&PROBES)
            .iter()
            .filter(|(root, _)| path.starts_with(root))
            .map(|(_, probe)| Arc::clone(probe))
            .collect();
        for probe in probes {
            probe(path, finished);
        }
    }

    /// A probe in place for the folders under one root while it lives.
    struct Probing(Vec<u8>);

    impl Probing {
        fn new(
            root: &[u8],
            probe: impl Fn(&[u8], &dyn Fn() -> bool) + Send + Sync + 'static,
        ) -> Probing {
            lock(&PROBES).push((root.to_vec(), Arc::new(probe)));
            Probing(root.to_vec())
        }
    }

    impl Drop for Probing {
        fn drop(&mut self) {
            lock(&PROBES).retain(|(root, _)| *root != self.0);
        }
    }

    /// Holds the thread (a worker inside a folder) until `done` says so,
    /// or `limit` has passed.
    fn wait_until(done: impl Fn() -> bool, limit: Duration) {
        let clock = Instant::now();
        while !done() && clock.elapsed() < limit {
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    fn on_worker() -> bool {
        std::thread::current()
            .name()
            .is_some_and(|name| name.starts_with("ffind-walk"))
    }

    /// A temporary tree: `match1` at the top and folders of `files` empty
    /// files each; its canonical path. On tmpfs where there is one: making
    /// 300,000 files on a disk's file system can take minutes.
    fn tree(folders: &[(&str, usize)]) -> (tempfile::TempDir, Vec<u8>) {
        let shm = std::path::Path::new("/dev/shm");
        let tmp = if shm.is_dir() {
            tempfile::tempdir_in(shm).unwrap()
        } else {
            tempfile::tempdir().unwrap()
        };
        std::fs::write(tmp.path().join("match1"), "").unwrap();
        for &(name, files) in folders {
            let dir = tmp.path().join(name);
            std::fs::create_dir(&dir).unwrap();
            for i in 0..files {
                std::fs::File::create(dir.join(format!("f{i:06}"))).unwrap();
            }
        }
        let root = std::fs::canonicalize(tmp.path()).unwrap();
        let root = crate::sys::os_bytes(root.as_os_str()).to_vec();
        (tmp, root)
    }

    fn config(args: &[&str], root: &[u8]) -> Config {
        let env = Env::default();
        let mut argv = vec!["ffind".to_string()];
        argv.extend(args.iter().map(|a| a.to_string()));
        argv.push(String::from_utf8(root.to_vec()).unwrap());
        argv.push("match".into());
        Config::resolve(&parse_from(&env, argv).unwrap(), &env, false, false).unwrap()
    }

    /// Hands listings to `inner`, but the first one with a match only once
    /// `inside` says a worker is inside a big folder; then calls `resume`.
    struct Gate<C> {
        inner: C,
        inside: Option<mpsc::Receiver<()>>,
        resume: fn(&mut C),
    }

    impl<C: Consumer> Consumer for Gate<C> {
        fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
            if !listing.is_empty()
                && let Some(inside) = self.inside.take()
            {
                let waited = inside.recv_timeout(Duration::from_secs(30));
                assert!(waited.is_ok(), "no worker read the big folder");
                (self.resume)(&mut self.inner);
            }
            self.inner.listing(listing)
        }

        fn idle(&mut self) -> Result<(), Error> {
            self.inner.idle()
        }

        fn tick(&mut self) -> Result<(), Error> {
            self.inner.tick()
        }
    }

    /// Walks `root` (`match1` beside `big`, 300,000 entries) with a consumer
    /// that moves on only once a worker is inside `big`, where the worker
    /// then waits for the walk to finish; how many batches of `big` were
    /// read, and how the walk ended.
    fn walk_beside_big<C: Consumer>(
        root: &[u8],
        args: &[&str],
        consumer: C,
    ) -> (usize, Result<Walked, Error>) {
        let batches = Arc::new(AtomicUsize::new(0));
        let (inside, inside_seen) = mpsc::sync_channel(1);
        let count = Arc::clone(&batches);
        let _probing = Probing::new(root, move |path, finished| {
            if !path.ends_with(b"/big") {
                return;
            }
            if count.fetch_add(1, Ordering::SeqCst) == 0 {
                assert!(on_worker(), "the consumer read the big folder");
                let _ = inside.try_send(());
                while !finished() {
                    std::thread::sleep(Duration::from_millis(1));
                }
            }
        });
        let config = config(args, root).search;
        let mut gate = Gate {
            inner: consumer,
            inside: Some(inside_seen),
            resume: |_| {},
        };
        let walked = walk_ahead(&config, &mut gate);
        (batches.load(Ordering::SeqCst), walked)
    }

    /// Walks the roots of `config` with workers, handing the listings to
    /// `consumer`.
    fn walk_ahead(config: &Settings, consumer: &mut impl Consumer) -> Result<Walked, Error> {
        walk_limited(config, WalkLimits::for_config(config), consumer)
    }

    /// Walks the roots of `config` with workers and `limits`, handing the
    /// listings to `consumer`.
    fn walk_limited(
        config: &Settings,
        limits: WalkLimits,
        consumer: &mut impl Consumer,
    ) -> Result<Walked, Error> {
        let filter = EntryFilter::new(config, None);
        let roots = crate::walk::roots::Roots::as_given(config).list;
        run(
            config,
            roots,
            filter,
            None,
            ReadMode::Ahead,
            limits,
            consumer,
        )
    }

    /// Walks `root` with `-j2`, printing into `shown`; the first match
    /// waits until `inside` says a worker is inside the slow folder, and
    /// is then flushed.
    fn print_gated(root: &[u8], shown: &Shown, inside: mpsc::Receiver<()>) {
        let full = config(&["-j2"], root);
        let mut gate = Gate {
            inner: Printer::new(shown.clone(), &full),
            inside: Some(inside),
            resume: |printer| printer.flush().unwrap(),
        };
        walk_ahead(&full.search, &mut gate).unwrap();
    }

    /// Takes every listing, as `-1` needs nothing more.
    struct Take;

    impl Consumer for Take {
        fn listing(&mut self, _: &Listing) -> Result<Flow, Error> {
            Ok(Flow::Continue)
        }

        fn idle(&mut self) -> Result<(), Error> {
            Ok(())
        }
    }

    /// `-1` and a closed reader end the walk while a worker is inside a
    /// 300,000-entry folder: it reads no further batch of entries (rather
    /// than the folder's ~290 batches).
    #[test]
    fn the_end_of_the_walk_stops_a_worker_inside_a_big_folder() {
        let (_tmp, root) = tree(&[("big", 300_000)]);
        let (batches, walked) = walk_beside_big(&root, &["-j2", "-1"], Take);
        assert!(walked.is_ok());
        assert_eq!(batches, 1, "-1: batches of the big folder read");

        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let printer = Printer::new(writer, &config(&[], &root));
        let (batches, walked) = walk_beside_big(&root, &["-j2"], printer);
        assert!(matches!(walked, Err(ref err) if err.is_broken_pipe()));
        assert_eq!(batches, 1, "closed reader: batches of the big folder read");
    }

    /// Dropping the library's iterator while a thread is inside a
    /// 300,000-entry folder ends the walk: no further batch of entries is
    /// read (rather than the folder's ~290 batches), and the drop returns.
    #[test]
    fn dropping_the_iterator_stops_a_walk_inside_a_big_folder() {
        let (_tmp, root) = tree(&[("big", 300_000)]);
        let batches = Arc::new(AtomicUsize::new(0));
        let (inside, inside_seen) = mpsc::sync_channel(1);
        let count = Arc::clone(&batches);
        let _probing = Probing::new(&root, move |path, finished| {
            if path.ends_with(b"/big") && count.fetch_add(1, Ordering::SeqCst) == 0 {
                let _ = inside.try_send(());
                wait_until(finished, Duration::from_secs(10));
            }
        });
        let search = crate::Search::new(crate::sys::os_str(&root))
            .regex("match")
            .threads(2);
        let entries = search.iter().unwrap();
        let waited = inside_seen.recv_timeout(Duration::from_secs(30));
        assert!(waited.is_ok(), "no thread read the big folder");
        drop(entries);
        assert_eq!(
            batches.load(Ordering::SeqCst),
            1,
            "batches of the big folder read"
        );
    }

    /// The library's iterator streams: with one thread, which reads the
    /// big folder itself (3 ms a batch of entries), `match1` reaches the
    /// caller while that read goes on (its parcel leaves at the walk's
    /// next tick), not once the folder is read.
    #[test]
    fn the_iterator_hands_over_a_match_while_a_big_folder_is_read() {
        let (_tmp, root) = tree(&[("big", 16 * reader::TICK_ENTRIES)]);
        let batches = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&batches);
        let _probing = Probing::new(&root, move |path, _| {
            if path.ends_with(b"/big") {
                count.fetch_add(1, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(3));
            }
        });
        let search = crate::Search::new(crate::sys::os_str(&root))
            .regex("match")
            .threads(1);
        let mut entries = search.iter().unwrap();
        let first = entries.next().unwrap().unwrap();
        let read = batches.load(Ordering::SeqCst);
        assert!(first.path().ends_with("match1"), "{first:?}");
        assert!(
            read < 16,
            "match1 came after {read} of the folder's 16+ batches"
        );
        assert!(entries.next().is_none());
        assert!(batches.load(Ordering::SeqCst) >= 16);
    }

    /// Counts the consumer's ticks.
    struct Ticks(Arc<AtomicBool>);

    impl Consumer for Ticks {
        fn listing(&mut self, _: &Listing) -> Result<Flow, Error> {
            Ok(Flow::Continue)
        }

        fn tick(&mut self) -> Result<(), Error> {
            self.0.store(true, Ordering::SeqCst);
            Ok(())
        }
    }

    /// While the consumer waits for a worker, it ticks every
    /// [`super::super::IDLE_TICK`], so that what waits in it (the library's
    /// parcels) moves on: with a worker held inside `big` until the
    /// consumer has ticked (at most 5 s), the consumer ticks.
    #[test]
    fn the_consumer_ticks_while_it_waits_for_a_worker() {
        let (_tmp, root) = tree(&[("big", reader::TICK_ENTRIES)]);
        let ticked = Arc::new(AtomicBool::new(false));
        let (inside, inside_seen) = mpsc::sync_channel(1);
        let seen = Arc::clone(&ticked);
        let _probing = Probing::new(&root, move |path, _| {
            if path.ends_with(b"/big") && on_worker() {
                let _ = inside.try_send(());
                wait_until(|| seen.load(Ordering::SeqCst), Duration::from_secs(5));
            }
        });
        let config = config(&["-j2"], &root).search;
        let mut gate = Gate {
            inner: Ticks(Arc::clone(&ticked)),
            inside: Some(inside_seen),
            resume: |_| {},
        };
        walk_ahead(&config, &mut gate).unwrap();
        assert!(
            ticked.load(Ordering::SeqCst),
            "the consumer did not tick while it waited"
        );
    }

    /// The bytes written through, shared with the test.
    #[derive(Clone, Default)]
    struct Shown(Arc<Mutex<Vec<u8>>>);

    impl Shown {
        fn has(&self, text: &[u8]) -> bool {
            lock(&self.0).windows(text.len()).any(|w| w == text)
        }
    }

    impl Write for Shown {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            lock(&self.0).extend_from_slice(buf);
            Ok(buf.len())
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// With a worker held inside the big folder `a` until `match1` is
    /// readable, the consumer, whose turn is at `a`, reads `b` ahead itself,
    /// slowly (3 ms a batch): `match1` is written through while that read
    /// goes on, once it has waited the printer's delay, not after the read.
    #[test]
    fn a_match_is_written_while_the_consumer_reads_a_big_folder() {
        let (_tmp, root) = tree(&[
            ("a", 16 * reader::TICK_ENTRIES),
            ("b", 16 * reader::TICK_ENTRIES),
        ]);
        let shown = Shown::default();
        let streamed = Arc::new(AtomicBool::new(false));
        let (inside, inside_seen) = mpsc::sync_channel(1);
        let seen = Arc::clone(&streamed);
        let out = shown.clone();
        let _probing = Probing::new(&root, move |path, _| {
            if path.ends_with(b"/a") && on_worker() {
                let _ = inside.try_send(());
                wait_until(|| out.has(b"/match1\n"), Duration::from_secs(10));
            } else if path.ends_with(b"/b") && !on_worker() {
                std::thread::sleep(Duration::from_millis(3));
                if out.has(b"/match1\n") {
                    seen.store(true, Ordering::SeqCst);
                }
            }
        });
        print_gated(&root, &shown, inside_seen);
        assert!(shown.has(b"/match1\n"));
        assert!(
            streamed.load(Ordering::SeqCst),
            "match1 was held until the consumer's read ended"
        );
    }

    /// With a worker held inside `a` (which holds `match2`) until the
    /// consumer, whose turn is at `a`, reads the big `b` ahead itself
    /// (3 ms a batch): once `a` is read, `a/match2` is handed over and
    /// written while that read goes on, not after it.
    #[test]
    fn a_folder_read_during_the_consumers_read_ahead_is_handed_over_at_once() {
        let (_tmp, root) = tree(&[
            ("a", reader::TICK_ENTRIES),
            ("b", 32 * reader::TICK_ENTRIES),
        ]);
        let a = std::path::Path::new(crate::sys::os_str(&root)).join("a");
        std::fs::write(a.join("match2"), "").unwrap();
        let shown = Shown::default();
        let in_b = Arc::new(AtomicBool::new(false));
        let streamed = Arc::new(AtomicBool::new(false));
        let (inside, inside_seen) = mpsc::sync_channel(1);
        let (entered, seen, out) = (Arc::clone(&in_b), Arc::clone(&streamed), shown.clone());
        let _probing = Probing::new(&root, move |path, _| {
            if path.ends_with(b"/a") && on_worker() {
                let _ = inside.try_send(());
                wait_until(|| entered.load(Ordering::SeqCst), Duration::from_secs(10));
            } else if path.ends_with(b"/b") && !on_worker() {
                entered.store(true, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(3));
                if out.has(b"/a/match2\n") {
                    seen.store(true, Ordering::SeqCst);
                }
            }
        });
        print_gated(&root, &shown, inside_seen);
        assert!(in_b.load(Ordering::SeqCst), "the consumer did not read b");
        assert!(shown.has(b"/a/match2\n"));
        assert!(
            streamed.load(Ordering::SeqCst),
            "a/match2 was held until the consumer's read of b ended"
        );
    }

    /// Names of folders whose reading panics on a worker thread.
    static PANIC_IN: Mutex<Vec<&'static [u8]>> = Mutex::new(Vec::new());

    /// Panics when a worker reads a folder named in [`PANIC_IN`].
    pub(super) fn panic_if_asked(path: &[u8]) {
        let on_worker = std::thread::current()
            .name()
            .is_some_and(|n| n.starts_with("ffind-walk"));
        if on_worker && lock(&PANIC_IN).iter().any(|name| path.ends_with(name)) {
            PANICKED.store(true, Ordering::SeqCst);
            panic!("asked to panic reading {}", String::from_utf8_lossy(path));
        }
    }

    /// Set once a worker was made to panic.
    static PANICKED: AtomicBool = AtomicBool::new(false);

    /// Waits at the first listing until a worker has panicked (it reads
    /// ahead meanwhile), then notes each folder and whether it failed.
    #[derive(Default)]
    struct Slow(Vec<(String, bool)>);

    impl Consumer for Slow {
        fn listing(&mut self, listing: &Listing) -> Result<Flow, Error> {
            let clock = Instant::now();
            while self.0.is_empty()
                && !PANICKED.load(Ordering::SeqCst)
                && clock.elapsed() < Duration::from_secs(20)
            {
                std::thread::sleep(Duration::from_millis(5));
            }
            let path = String::from_utf8_lossy(&listing.path).into_owned();
            self.0.push((path, listing.error.is_some()));
            Ok(Flow::Continue)
        }
    }

    #[test]
    fn a_worker_that_panics_ends_the_walk_in_an_error_not_a_panic() {
        lock(&PANIC_IN).push(b"/boom-3f1a");
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().join("r");
        for dir in ["a/boom-3f1a/x", "b/c", "d"] {
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        let env = Env::default();
        let argv = ["ffind", "-j4", root.to_str().unwrap(), ""];
        let config = Config::resolve(&parse_from(&env, argv).unwrap(), &env, false, false);
        let config = config.unwrap().search;
        let mut slow = Slow::default();
        let walked = walk_ahead(&config, &mut slow);
        let err = walked.expect_err("the walk ends in an error");
        assert!(err.to_string().contains("a walk thread failed"), "{err}");
        let failed: Vec<&str> = slow.0.iter().filter(|f| f.1).map(|f| &f.0[..]).collect();
        assert_eq!(failed.len(), 1, "{:?}", slow.0);
        assert!(failed[0].ends_with("boom-3f1a"));
        assert!(
            slow.0.iter().any(|f| f.0.ends_with("b/c")),
            "the walk went on"
        );
    }

    /// A consumer that stalls on its first listing, then notes how many
    /// folders had been read by then.
    struct Stall {
        read: Arc<Mutex<std::collections::HashSet<Vec<u8>>>>,
        ahead: Option<usize>,
    }

    impl Consumer for Stall {
        fn listing(&mut self, _: &Listing) -> Result<Flow, Error> {
            if self.ahead.is_none() {
                std::thread::sleep(Duration::from_millis(500));
                self.ahead = Some(lock(&self.read).len());
            }
            Ok(Flow::Continue)
        }

        fn idle(&mut self) -> Result<(), Error> {
            Ok(())
        }
    }

    /// Workers read ahead of a stalled consumer only as far as the
    /// read-ahead budget allows: with a budget of one byte, no more than
    /// one folder per worker, however many are waiting (40 here).
    #[test]
    fn a_stalled_consumer_holds_the_read_ahead_to_its_budget() {
        let names: Vec<String> = (0..40).map(|i| format!("d{i:02}")).collect();
        let folders: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), 1100)).collect();
        let (_tmp, root) = tree(&folders);
        let read = Arc::new(Mutex::new(std::collections::HashSet::new()));
        let seen = Arc::clone(&read);
        // Each folder holds more than one batch of entries: probed once.
        let _probing = Probing::new(&root, move |path, _| {
            lock(&seen).insert(path.to_vec());
        });
        let config = config(&["-j3"], &root).search;
        let mut limits = WalkLimits::for_config(&config);
        limits.read_ahead = 1;
        let mut stall = Stall { read, ahead: None };
        walk_limited(&config, limits, &mut stall).unwrap();
        let ahead = stall.ahead.expect("the consumer was given listings");
        assert!(
            ahead <= 4,
            "{ahead} of 40 folders read ahead of a stalled consumer"
        );
        assert_eq!(
            lock(&stall.read).len(),
            40,
            "every folder is read in the end"
        );
    }

    /// Walks 20 folders with two threads started the default way (not at
    /// once), after `workers_after`, each read on the consumer's thread
    /// taking 2 ms; how many folders a worker read. Each folder holds more
    /// than one batch of entries, so it is probed.
    fn read_by_workers(workers_after: Duration, assume_cold: bool) -> usize {
        let names: Vec<String> = (0..20).map(|i| format!("d{i:02}")).collect();
        let folders: Vec<(&str, usize)> = names.iter().map(|n| (n.as_str(), 1100)).collect();
        let (_tmp, root) = tree(&folders);
        let on_workers = Arc::new(AtomicUsize::new(0));
        let count = Arc::clone(&on_workers);
        let _probing = Probing::new(&root, move |_, _| {
            if on_worker() {
                count.fetch_add(1, Ordering::SeqCst);
            } else {
                std::thread::sleep(Duration::from_millis(2));
            }
        });
        let mut config = config(&[], &root).search;
        config.threads = Threads {
            count: Some(2),
            at_once: false,
        };
        let mut limits = WalkLimits::for_config(&config);
        limits.workers_after = workers_after;
        limits.assume_cold = assume_cold;
        walk_limited(&config, limits, &mut Take).unwrap();
        on_workers.load(Ordering::SeqCst)
    }

    /// Without `-j`, a walk shorter than `workers_after` is walked by the
    /// consumer alone; a longer one starts the workers, which then read
    /// folders.
    #[test]
    fn the_workers_start_only_once_the_walk_has_lasted() {
        assert_eq!(read_by_workers(Duration::from_secs(3600), false), 0);
        assert!(read_by_workers(Duration::from_millis(1), false) > 0);
    }

    /// A read that waited for the disk starts the workers at once, however
    /// short the walk so far.
    #[test]
    fn a_cold_read_starts_the_workers_at_once() {
        assert!(read_by_workers(Duration::from_secs(3600), true) > 0);
    }

    #[test]
    fn a_fast_read_never_starts_a_cold_spell() {
        assert!(!waited_for_disk(Duration::ZERO));
        assert!(!waited_for_disk(MAYBE_COLD_READ));
    }

    /// Blocks the consumer's thread read before the walk (loading ffind
    /// itself from the disk) are not taken for a read that waited for it:
    /// only blocks read since the walk started count.
    #[test]
    fn blocks_read_before_the_walk_are_not_a_cold_read() {
        note_blocks_read(Some(7));
        assert!(!blocks_grew(7));
        assert!(blocks_grew(8));
        assert!(!blocks_grew(8));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_slow_read_that_read_no_block_is_not_taken_for_a_cold_cache() {
        let slow = COLD_READ * 10;
        waited_for_disk(slow);
        assert!(!waited_for_disk(slow));
    }
}
