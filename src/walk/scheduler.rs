//! The parallel, ordered, streaming walk: the scheduler.
//!
//! Every folder is one task. Worker threads take tasks from one shared
//! last-in-first-out stack, onto which a folder's subfolders are pushed
//! last first, so the workers move through the tree in nearly the order of
//! the output (depth first), just ahead of it. The calling thread consumes
//! the listings in exactly that order: it waits for a task only while a
//! worker is reading it, and reads a folder itself when its turn comes
//! before any worker has taken it. Workers pause while the listings read
//! but not yet consumed pass [`MAX_BUFFERED`] bytes, so memory stays
//! bounded by the work in flight, not by the number of results.
//!
//! With no workers (the actions), nothing is read ahead: each folder is
//! read only when its turn comes, after the actions on earlier matches ran,
//! exactly as the original's `os.walk` does.
//!
//! Subfolders are opened relative to their parent's open handle while
//! fewer than [`crate::walk::handles::MAX_HELD_HANDLES`] handles are held; beyond that (a very
//! wide or deep frontier) by path, so no tree can exhaust descriptors.

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::Thread;

use crate::config::{Action, Config};
use crate::error::Error;
use crate::listing::Listing;
use crate::walk::chain::Chain;
use crate::walk::filter::EntryFilter;
use crate::walk::gitignore::IgnoreChain;
use crate::walk::handles::Handle;
use crate::walk::read::{self, DirId, Location};
use crate::walk::{Consumer, Flow, ReadMode, Walked};

/// Bytes of listings read ahead of the output before the workers pause.
const MAX_BUFFERED: usize = 2 << 20;

/// The folders on the route from the root (their identities), for loop
/// detection.
type Ancestors = Chain<DirId>;

const QUEUED: u8 = 0;
const CLAIMED: u8 = 1;
const DONE: u8 = 2;

/// A folder read and its subfolders, ready to be consumed.
struct Done<'w> {
    listing: Listing,
    children: Vec<Arc<Task<'w>>>,
    bytes: usize,
}

/// What a task needs to be read; taken by whoever reads it.
struct Pending<'w> {
    path: Vec<u8>,
    parent_fd: Option<(Arc<Handle<'w>>, usize)>,
    depth: usize,
    ignores: Option<Arc<IgnoreChain>>,
}

/// One folder to read.
struct Task<'w> {
    pending: Mutex<Option<Pending<'w>>>,
    ancestors: Option<Arc<Ancestors>>,
    state: AtomicU8,
    result: Mutex<Option<Done<'w>>>,
}

impl<'w> Task<'w> {
    fn new(pending: Pending<'w>, ancestors: Option<Arc<Ancestors>>) -> Arc<Task<'w>> {
        Arc::new(Task {
            pending: Mutex::new(Some(pending)),
            ancestors,
            state: AtomicU8::new(QUEUED),
            result: Mutex::new(None),
        })
    }

    fn claim(&self) -> bool {
        self.state
            .compare_exchange(QUEUED, CLAIMED, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

/// Locks a mutex, ignoring poisoning (no code here panics while holding one).
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|e| e.into_inner())
}

/// The shared stack of tasks, and how many workers wait for one.
struct Queue<'w> {
    tasks: Vec<Arc<Task<'w>>>,
    idle: usize,
}

/// What the workers and the consumer share.
struct Shared<'w> {
    config: &'w Config,
    filter: EntryFilter<'w>,
    stack: Mutex<Queue<'w>>,
    wake: Condvar,
    finished: AtomicBool,
    buffered: AtomicUsize,
    held: &'w AtomicUsize,
    consumer: Thread,
    workers: usize,
}

impl<'w> Shared<'w> {
    /// Reads the task's folder and makes tasks of its subfolders, pushing
    /// them onto the shared stack (last first) when there are workers.
    fn process(&self, task: &Task<'w>) -> Done<'w> {
        let Some(pending) = lock(&task.pending).take() else {
            return Done {
                listing: Listing::default(),
                children: Vec::new(),
                bytes: 0,
            };
        };
        let parent_fd = pending.parent_fd;
        let depth = pending.depth;
        let at = Location {
            path: pending.path,
            parent: parent_fd.as_ref().map(|(h, start)| (&h.fd, *start)),
            depth,
            ignores: pending.ignores.as_ref(),
        };
        let ancestors = task.ancestors.as_ref();
        let read = read::read(at, self.config, &self.filter, |id| {
            ancestors.is_some_and(|a| a.iter().any(|&seen| seen == id))
        });
        drop(parent_fd);
        let mut listing = read.listing;
        if self.config.action == Action::Delete {
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
            .and_then(|fd| Handle::keep(fd, self.held))
            .map(Arc::new);
        let name_start = read::child_prefix_len(&listing.path);
        let mut bytes =
            listing.text.len() + listing.found.len() * size_of::<crate::listing::Found>();
        let children: Vec<Arc<Task<'w>>> = read
            .subdirs
            .into_iter()
            .map(|path| {
                bytes += path.len() + size_of::<Task>();
                let pending = Pending {
                    path,
                    parent_fd: handle.as_ref().map(|h| (Arc::clone(h), name_start)),
                    depth: depth + 1,
                    ignores: read.ignores.clone(),
                };
                Task::new(pending, me.clone())
            })
            .collect();
        if self.workers > 0 && !children.is_empty() {
            let mut queue = lock(&self.stack);
            queue.tasks.extend(children.iter().rev().cloned());
            for _ in 0..children.len().min(queue.idle) {
                self.wake.notify_one();
            }
        }
        Done {
            listing,
            children,
            bytes,
        }
    }

    /// A worker: takes tasks from the stack until the walk is finished.
    fn work(&self) {
        loop {
            let task = {
                let mut queue = lock(&self.stack);
                loop {
                    if self.finished.load(Ordering::Relaxed) {
                        return;
                    }
                    if let Some(task) = self.pop(&mut queue) {
                        break task;
                    }
                    queue.idle += 1;
                    queue = self.wake.wait(queue).unwrap_or_else(|e| e.into_inner());
                    queue.idle -= 1;
                }
            };
            self.run_ahead(&task);
        }
    }

    /// The next task to read ahead, unless the read-ahead budget is spent.
    fn pop(&self, queue: &mut Queue<'w>) -> Option<Arc<Task<'w>>> {
        if self.buffered.load(Ordering::Relaxed) < MAX_BUFFERED {
            queue.tasks.pop()
        } else {
            None
        }
    }

    /// Reads `task` ahead of the output, if nobody has yet, and leaves the
    /// result for the consumer.
    fn run_ahead(&self, task: &Task<'w>) {
        if !task.claim() {
            return;
        }
        let done = self.process(task);
        self.buffered.fetch_add(done.bytes, Ordering::Relaxed);
        *lock(&task.result) = Some(done);
        task.state.store(DONE, Ordering::Release);
        self.consumer.unpark();
    }

    /// The result of `task`: read here if no worker has taken it, else
    /// waited for. While a worker reads it, the consumer reads ahead
    /// itself rather than sit idle, so that with N threads there are N
    /// readers: N - 1 workers and the consumer.
    fn take(&self, task: &Task<'w>, consumer: &mut impl Consumer) -> Result<Done<'w>, Error> {
        let mut flushed = false;
        loop {
            match task.state.load(Ordering::Acquire) {
                QUEUED => {
                    if task.claim() {
                        return Ok(self.process(task));
                    }
                }
                DONE => {
                    let done = lock(&task.result).take().expect("a done task has a result");
                    let before = self.buffered.fetch_sub(done.bytes, Ordering::Relaxed);
                    if before >= MAX_BUFFERED && before - done.bytes < MAX_BUFFERED {
                        let queue = lock(&self.stack);
                        if queue.idle > 0 {
                            self.wake.notify_all();
                        }
                    }
                    return Ok(done);
                }
                _ => {
                    let ahead = self.pop(&mut lock(&self.stack));
                    if let Some(other) = ahead {
                        self.run_ahead(&other);
                    } else if flushed {
                        std::thread::park();
                    } else {
                        consumer.idle()?;
                        flushed = true;
                    }
                }
            }
        }
    }

    /// The consumer: hands every listing to `consumer` in order, stopping
    /// after `max_results` matches; reports walk errors when asked to.
    fn consume(&self, consumer: &mut impl Consumer) -> Result<Walked, Error> {
        let mut remaining = self.config.max_results.unwrap_or(usize::MAX);
        let mut reported = false;
        let mut order: Vec<Arc<Task<'w>>> = self
            .config
            .roots
            .iter()
            .rev()
            .map(|root| {
                let pending = Pending {
                    path: root.clone(),
                    parent_fd: None,
                    depth: 0,
                    ignores: None,
                };
                Task::new(pending, None)
            })
            .collect();
        if self.workers > 0 {
            lock(&self.stack).tasks.extend(order.iter().cloned());
            self.wake.notify_all();
        }
        while remaining > 0
            && let Some(task) = order.pop()
        {
            let mut done = self.take(&task, consumer)?;
            if self.config.show_errors && done.listing.error.is_some() {
                reported = true;
                consumer.idle()?;
                if let Some(message) = done.listing.error_message() {
                    crate::error::report(&message, self.config.escape_messages);
                }
            }
            let last = done.listing.found.len() >= remaining;
            if last {
                done.listing.truncate(remaining);
            }
            remaining -= done.listing.found.len();
            if consumer.listing(&done.listing)? == Flow::Stop || last {
                break;
            }
            order.extend(done.children.into_iter().rev());
        }
        Ok(Walked {
            errors_reported: reported,
        })
    }

    /// Ends the walk: workers stop after the folder they are reading.
    fn finish(&self) {
        self.finished.store(true, Ordering::Relaxed);
        let _guard = lock(&self.stack);
        self.wake.notify_all();
    }
}

/// Runs the walk of `config` in `mode`, handing each listing to `consumer`.
pub fn run(config: &Config, mode: ReadMode, consumer: &mut impl Consumer) -> Result<Walked, Error> {
    let workers = match mode {
        ReadMode::Ahead => config.threads - 1,
        ReadMode::OnDemand => 0,
    };
    let held = AtomicUsize::new(0);
    let shared = Shared {
        config,
        filter: EntryFilter::new(config),
        stack: Mutex::new(Queue {
            tasks: Vec::new(),
            idle: 0,
        }),
        wake: Condvar::new(),
        finished: AtomicBool::new(false),
        buffered: AtomicUsize::new(0),
        held: &held,
        consumer: std::thread::current(),
        workers,
    };
    std::thread::scope(|scope| {
        crate::sys::with_sigint_blocked(|| {
            (0..workers).try_for_each(|i| {
                std::thread::Builder::new()
                    .name(format!("ffind-walk-{i}"))
                    .spawn_scoped(scope, || shared.work())
                    .map(drop)
            })
        })
        .map_err(Error::Threads)?;
        let result = shared.consume(consumer);
        shared.finish();
        result
    })
}
