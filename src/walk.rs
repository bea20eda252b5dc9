//! The parallel, ordered, streaming walk.
//!
//! Every folder is one task. Worker threads (a rayon pool) read folders as
//! soon as their parent has been read, so the walk runs ahead of the output;
//! the calling thread consumes the listings in the original's order (depth
//! first, each folder's listing before its subfolders'), waiting for a
//! task only when it is the next one due, and reading a folder itself when
//! no worker has started it. How far the workers may run ahead is bounded
//! ([`LOOKAHEAD`]), so memory stays bounded by the work in flight.
//!
//! With `eager` off (the actions), nothing is read ahead: each folder is
//! read only when its turn comes, after the actions on earlier matches ran,
//! exactly as the original's `os.walk` does.

use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::Thread;

use crate::config::Config;
use crate::dir::{self, DirId, Listing};
use crate::error::Error;

/// How many folders may be queued or read but not yet consumed before the
/// workers stop reading ahead.
const LOOKAHEAD: usize = 4096;

/// What the consumer wants after a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    /// Go on with the walk.
    Continue,
    /// Stop the walk now.
    Stop,
}

/// Receives the listings in order.
pub trait Consumer {
    /// Handles one folder's listing.
    fn listing(&mut self, listing: &Listing) -> Result<Flow, Error>;
    /// Called before the consumer waits for a worker (a good time to flush).
    fn idle(&mut self) -> Result<(), Error>;
}

/// A folder on the route from the root, for loop detection.
struct Ancestor {
    id: DirId,
    parent: Option<Arc<Ancestor>>,
}

impl Ancestor {
    fn contains(self: &Arc<Ancestor>, id: DirId) -> bool {
        let mut node = Some(self);
        while let Some(a) = node {
            if a.id == id {
                return true;
            }
            node = a.parent.as_ref();
        }
        false
    }
}

impl Drop for Ancestor {
    /// Drops a long chain iteratively: a recursive drop of a 10,000-level
    /// route would overflow the stack.
    fn drop(&mut self) {
        let mut next = self.parent.take();
        while let Some(arc) = next {
            match Arc::try_unwrap(arc) {
                Ok(mut node) => next = node.parent.take(),
                Err(_) => break,
            }
        }
    }
}

const UNSPAWNED: u8 = 0;
const QUEUED: u8 = 1;
const CLAIMED: u8 = 2;
const DONE: u8 = 3;

/// A folder read and its subfolders, ready to be consumed.
struct Done {
    listing: Listing,
    children: Vec<Arc<Task>>,
}

/// One folder to read.
struct Task {
    path: Mutex<Vec<u8>>,
    parent: Option<Arc<Ancestor>>,
    state: AtomicU8,
    result: Mutex<Option<Done>>,
}

impl Task {
    fn new(path: Vec<u8>, parent: Option<Arc<Ancestor>>) -> Arc<Task> {
        Arc::new(Task {
            path: Mutex::new(path),
            parent,
            state: AtomicU8::new(UNSPAWNED),
            result: Mutex::new(None),
        })
    }

    fn advance(&self, from: u8, to: u8) -> bool {
        self.state
            .compare_exchange(from, to, Ordering::AcqRel, Ordering::Acquire)
            .is_ok()
    }
}

/// What the workers share.
struct Shared {
    config: Config,
    eager: bool,
    outstanding: AtomicUsize,
    quit: AtomicBool,
    consumer: Thread,
}

impl Shared {
    /// Reads the task's folder and makes tasks of its subfolders, queueing
    /// them (last first, so a worker takes the first next) while the
    /// lookahead allows.
    fn process(self: &Arc<Shared>, task: &Task) -> Done {
        let path = std::mem::take(&mut *task.path.lock().unwrap_or_else(|e| e.into_inner()));
        if self.quit.load(Ordering::Relaxed) {
            return Done {
                listing: Listing::default(),
                children: Vec::new(),
            };
        }
        let parent = task.parent.as_ref();
        let (mut listing, id) = dir::read(path, &self.config, |id| {
            parent.is_some_and(|p| p.contains(id))
        });
        let me = id.map(|id| {
            Arc::new(Ancestor {
                id,
                parent: task.parent.clone(),
            })
        });
        let children: Vec<Arc<Task>> = std::mem::take(&mut listing.subdirs)
            .into_iter()
            .map(|path| Task::new(path, me.clone()))
            .collect();
        if self.eager {
            for child in children.iter().rev() {
                self.spawn_if_room(child, rayon::spawn);
            }
        }
        Done { listing, children }
    }

    /// Queues `task` through `spawn` if the lookahead has room.
    fn spawn_if_room(
        self: &Arc<Shared>,
        task: &Arc<Task>,
        spawn: impl FnOnce(Box<dyn FnOnce() + Send>),
    ) {
        if self.outstanding.load(Ordering::Relaxed) >= LOOKAHEAD || !task.advance(UNSPAWNED, QUEUED)
        {
            return;
        }
        self.outstanding.fetch_add(1, Ordering::Relaxed);
        let shared = Arc::clone(self);
        let task = Arc::clone(task);
        spawn(Box::new(move || {
            if task.advance(QUEUED, CLAIMED) {
                let done = shared.process(&task);
                *task.result.lock().unwrap_or_else(|e| e.into_inner()) = Some(done);
                task.state.store(DONE, Ordering::Release);
                shared.consumer.unpark();
            }
        }));
    }
}

/// Walks every root of `config` in order, handing each folder's listing to
/// `consumer` in the original's order. With `eager`, folders are read ahead
/// on `config.threads` threads.
pub fn walk(config: &Config, eager: bool, consumer: &mut impl Consumer) -> Result<(), Error> {
    let shared = Arc::new(Shared {
        config: config.clone(),
        eager,
        outstanding: AtomicUsize::new(0),
        quit: AtomicBool::new(false),
        consumer: std::thread::current(),
    });
    let pool = if eager {
        Some(
            rayon::ThreadPoolBuilder::new()
                .num_threads(config.threads)
                .thread_name(|i| format!("ffind-walk-{i}"))
                .build()
                .map_err(|e| Error::Io(std::io::Error::other(e)))?,
        )
    } else {
        None
    };
    let result = consume_all(&shared, pool.as_ref(), consumer);
    shared.quit.store(true, Ordering::Relaxed);
    result
}

fn consume_all(
    shared: &Arc<Shared>,
    pool: Option<&rayon::ThreadPool>,
    consumer: &mut impl Consumer,
) -> Result<(), Error> {
    let spawn_on_pool = |task: &Arc<Task>| {
        if let Some(pool) = pool {
            shared.spawn_if_room(task, |job| pool.spawn(job));
        }
    };
    let mut stack: Vec<Arc<Task>> = shared
        .config
        .roots
        .iter()
        .rev()
        .map(|root| Task::new(root.clone(), None))
        .collect();
    for root in stack.iter().rev() {
        spawn_on_pool(root);
    }
    while let Some(task) = stack.pop() {
        let done = take(shared, &task, consumer)?;
        drop(task);
        if consumer.listing(&done.listing)? == Flow::Stop {
            return Ok(());
        }
        for child in done.children.into_iter().rev() {
            spawn_on_pool(&child);
            stack.push(child);
        }
    }
    Ok(())
}

/// The result of `task`: read here if no worker has started it, else
/// waited for.
fn take(shared: &Arc<Shared>, task: &Task, consumer: &mut impl Consumer) -> Result<Done, Error> {
    let mut flushed = false;
    loop {
        match task.state.load(Ordering::Acquire) {
            from @ (UNSPAWNED | QUEUED) => {
                if task.advance(from, CLAIMED) {
                    if from == QUEUED {
                        shared.outstanding.fetch_sub(1, Ordering::Relaxed);
                    }
                    return Ok(shared.process(task));
                }
            }
            DONE => {
                shared.outstanding.fetch_sub(1, Ordering::Relaxed);
                let done = task.result.lock().unwrap_or_else(|e| e.into_inner()).take();
                return Ok(done.expect("a finished task has a result"));
            }
            _ => {
                if !flushed {
                    consumer.idle()?;
                    flushed = true;
                } else {
                    std::thread::park();
                }
            }
        }
    }
}
