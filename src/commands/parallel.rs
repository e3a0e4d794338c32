//! Working on the items of a batch on every core while consuming the results in input order.
//!
//! Items are handed out in runs (one message per run, not per item; a batch renders a run's
//! output into one buffer), and no more than [`AHEAD`] runs per core are handed out beyond the
//! one being consumed, so memory stays bounded however long the batch and however slow the
//! consumer. The consuming thread computes runs too whenever the one it needs next is not
//! ready (with one thread per core and the consumer waiting apart, a core sat idle an eighth of
//! the time). Output is identical to a plain loop: only the work is spread, never the order.
//!
//! The runs may also come from a producer working alongside ([`ordered_stream`]): a big batch
//! is computed while it is still being split into cases, and its results are held until the
//! split is known to stand.

use std::collections::{BTreeMap, VecDeque};
use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Mutex, OnceLock};
use std::thread;

/// Runs handed out per core beyond the one the consumer waits for.
const AHEAD: usize = 4;

/// The cores to work on (at most 16), asked once: the standard library reads the process's
/// control-group files each time it is asked.
pub fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, NonZeroUsize::get).min(16))
}

/// Works on the items `0..count` in runs of `run_len` on as many threads as there are cores:
/// `work` computes the items of a run (a range of `0..count`, `run_len` long but for the last)
/// together, and `consume` takes each run's result in the order of the runs. A run's result
/// can share one buffer among its items. The first error from `consume` stops the work and is
/// returned.
///
/// ```
/// use astreinte::commands::ordered_runs;
/// let mut seen = Vec::new();
/// ordered_runs(1000, 64, |run| run.map(|i| i * 2).sum::<usize>(), |sum| {
///     seen.push(sum);
///     Ok::<(), ()>(())
/// })
/// .unwrap();
/// assert_eq!(seen.len(), 16);
/// assert_eq!(seen[1], (64..128).map(|i| i * 2).sum::<usize>());
/// assert_eq!(seen.iter().sum::<usize>(), (0..1000).map(|i| i * 2).sum::<usize>());
/// ```
pub fn ordered_runs<R: Send, E>(
    count: usize,
    run_len: usize,
    work: impl Fn(Range<usize>) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let run_len = run_len.max(1);
    let range = |run: usize| run * run_len..count.min((run + 1) * run_len);
    let runs = count.div_ceil(run_len);
    if cores() < 2 || runs < 2 {
        return (0..runs).try_for_each(|run| consume(work(range(run))));
    }
    // Every run is known at once: the verdict comes straight after them, nothing waits on it.
    let produce = |send: &mut dyn FnMut(Range<usize>) -> bool| (0..runs).all(|run| send(range(run)));
    ordered_stream(produce, work, Hold::unmeasured(), consume).map(|_| ())
}

/// How much of [`ordered_stream`]'s results may wait for the producer's verdict: while more
/// than `limit` (as `weight` measures each result) is held, no more is computed.
pub struct Hold<W> {
    pub weight: W,
    pub limit: usize,
}

impl<R> Hold<fn(&R) -> usize> {
    /// Nothing measured, no limit: for producers whose verdict follows their jobs at once.
    pub fn unmeasured() -> Self {
        Hold {
            weight: |_| 0,
            limit: usize::MAX,
        }
    }
}

/// Like [`ordered_runs`], for jobs found as the work goes on: `produce`, on a thread of its
/// own, hands each job to `send` as soon as it knows it (`send` says `false` once no more are
/// wanted), and returns whether the jobs it sent stand. `work` computes each on every core;
/// `consume` takes the results in the order of the jobs, but only once the producer has
/// returned `true`: until then they are held (and while more than the [`Hold`] limit is held,
/// nothing more is computed). Returns `Ok(true)` once every result is consumed, `Ok(false)`
/// (nothing consumed) if the producer withdrew its jobs, or the first error from `consume`.
///
/// ```
/// use astreinte::commands::{Hold, ordered_stream};
/// // Jobs found one by one, then withdrawn: nothing is consumed.
/// let produce = |send: &mut dyn FnMut(u32) -> bool| (1..=10).all(|j| send(j)) && false;
/// let hold = Hold { weight: |_: &u32| 1, limit: 100 };
/// let mut seen = Vec::new();
/// let stood = ordered_stream(produce, |j| j * j, hold, |r| {
///     seen.push(r);
///     Ok::<(), ()>(())
/// });
/// assert_eq!((stood, seen.len()), (Ok(false), 0));
/// ```
pub fn ordered_stream<J: Send, R: Send, E>(
    produce: impl FnOnce(&mut dyn FnMut(J) -> bool) -> bool + Send,
    work: impl Fn(J) -> R + Sync,
    hold: Hold<impl Fn(&R) -> usize>,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<bool, E> {
    if cores() < 2 {
        let mut jobs = Vec::new();
        if !produce(&mut |job| {
            jobs.push(job);
            true
        }) {
            return Ok(false);
        }
        jobs.into_iter().try_for_each(|job| consume(work(job)))?;
        return Ok(true);
    }
    // The calling thread works too (when the run it must consume next is not done, it takes
    // the next run handed out rather than wait): one helper thread fewer than cores.
    let helpers = cores() - 1;
    let window = cores() * AHEAD;
    let stop = AtomicBool::new(false);
    let (job_tx, job_rx) = mpsc::channel::<(usize, J)>();
    let job_rx = Mutex::new(job_rx);
    let (event_tx, event_rx) = mpsc::channel::<Event<J, R>>();
    thread::scope(|scope| {
        // Owned by this closure, so that returning early drops them before the others are
        // joined: a helper then finds no more jobs or no one to send to, and the producer is
        // told no more jobs are wanted.
        let (job_tx, event_rx) = (job_tx, event_rx);
        let _stop = StopOnDrop(&stop);
        let alarm = Alarm(event_tx.clone());
        scope.spawn(move || {
            let stood = produce(&mut |job| alarm.0.send(Event::Job(job)).is_ok());
            let _ = alarm.0.send(Event::Produced(stood));
        });
        for _ in 0..helpers {
            let alarm = Alarm(event_tx.clone());
            let (job_rx, work, stop) = (&job_rx, &work, &stop);
            scope.spawn(move || {
                // Ends when the jobs run out (the sender is dropped), the consumer has gone, or
                // the results are no longer wanted.
                while let Ok((run, job)) = next_job(job_rx) {
                    if stop.load(Ordering::Relaxed) || alarm.0.send(Event::Done(run, work(job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(event_tx);

        let mut queued = VecDeque::new();
        let (mut produced, mut handed_out, mut next) = (0, 0, 0);
        let mut verdict = None;
        let mut pending = BTreeMap::new();
        let (mut held, mut held_weight) = (Vec::new(), 0);
        loop {
            while handed_out < next + window {
                let Some(job) = queued.pop_front() else { break };
                // The helpers hold the receiver until the jobs are dropped: this cannot fail.
                let _ = job_tx.send((handed_out, job));
                handed_out += 1;
            }
            match verdict {
                Some(true) if next == produced => return Ok(true),
                Some(false) => return Ok(false),
                _ => {}
            }
            let waiting_for_verdict = verdict.is_none() && held_weight > hold.limit;
            if !waiting_for_verdict && let Some(result) = pending.remove(&next) {
                next += 1;
                if verdict == Some(true) {
                    consume(result)?;
                } else {
                    held_weight += (hold.weight)(&result);
                    held.push(result);
                }
                continue;
            }
            // Events already sent come first; then a run no helper has taken yet.
            let event = match event_rx.try_recv() {
                Ok(event) => Some(event),
                Err(mpsc::TryRecvError::Empty) => match (next < handed_out && !waiting_for_verdict)
                    .then(|| take_job(&job_rx))
                    .flatten()
                {
                    Some((run, job)) => Some(Event::Done(run, work(job))),
                    None => event_rx.recv().ok(),
                },
                Err(mpsc::TryRecvError::Disconnected) => None,
            };
            match event {
                Some(Event::Job(job)) => {
                    queued.push_back(job);
                    produced += 1;
                }
                Some(Event::Produced(stood)) => {
                    verdict = Some(stood);
                    if stood {
                        held.drain(..).try_for_each(&mut consume)?;
                    }
                }
                Some(Event::Done(run, result)) => {
                    pending.insert(run, result);
                }
                // A thread panicked (or every one has ended, which only a panic explains):
                // stop; the scope re-raises the panic once the others have finished.
                Some(Event::Panicked) | None => return Ok(false),
            }
        }
    })
}

/// What the producer and the helpers tell the consumer.
enum Event<J, R> {
    /// The producer's next job.
    Job(J),
    /// The producer is done: whether its jobs stand.
    Produced(bool),
    /// The result of a job, by its number.
    Done(usize, R),
    /// A thread panicked: what it owed will never come.
    Panicked,
}

/// A thread's line back to the consumer, which tells it when the thread dies of a panic (the
/// consumer would otherwise wait for that thread's result for ever).
struct Alarm<J, R>(mpsc::Sender<Event<J, R>>);

impl<J, R> Drop for Alarm<J, R> {
    fn drop(&mut self) {
        if thread::panicking() {
            let _ = self.0.send(Event::Panicked);
        }
    }
}

/// Tells the helpers, whichever way the consumer leaves, that no more results are wanted.
struct StopOnDrop<'a>(&'a AtomicBool);

impl Drop for StopOnDrop<'_> {
    fn drop(&mut self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// A job handed out and not yet taken, if there is one (never waits).
fn take_job<J>(jobs: &Mutex<mpsc::Receiver<(usize, J)>>) -> Option<(usize, J)> {
    jobs.try_lock().ok()?.try_recv().ok()
}

fn next_job<J>(jobs: &Mutex<mpsc::Receiver<(usize, J)>>) -> Result<(usize, J), mpsc::RecvError> {
    match jobs.lock() {
        Ok(rx) => rx.recv(),
        Err(_) => Err(mpsc::RecvError),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Items per run in these tests.
    const RUN: usize = 128;

    /// Item by item: each item's result, in order.
    fn ordered_map<T: Send, E>(
        count: usize,
        work: impl Fn(usize) -> T + Sync,
        mut consume: impl FnMut(T) -> Result<(), E>,
    ) -> Result<(), E> {
        ordered_runs(
            count,
            RUN,
            |run| run.map(&work).collect::<Vec<T>>(),
            |items| items.into_iter().try_for_each(&mut consume),
        )
    }

    #[test]
    fn results_come_in_order_whatever_the_work_takes() {
        let mut seen = Vec::new();
        let work = |i: usize| {
            if i.is_multiple_of(97) {
                thread::sleep(std::time::Duration::from_millis(1));
            }
            i
        };
        ordered_map(RUN * 20 + 5, work, |x| {
            seen.push(x);
            Ok::<(), ()>(())
        })
        .unwrap();
        assert_eq!(seen, (0..RUN * 20 + 5).collect::<Vec<_>>());
    }

    #[test]
    fn an_error_from_the_consumer_stops_the_run() {
        let done = std::sync::atomic::AtomicUsize::new(0);
        let mut seen = 0;
        let result = ordered_map(
            RUN * 1000,
            |i| {
                done.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                i
            },
            |x| {
                seen += 1;
                if x == RUN * 3 { Err(x) } else { Ok(()) }
            },
        );
        assert_eq!(result, Err(RUN * 3));
        assert_eq!(seen, RUN * 3 + 1);
        assert!(done.into_inner() < RUN * 1000, "the work stopped early");
    }

    #[test]
    fn a_panicking_item_ends_the_run_with_its_panic() {
        // Whichever thread computes item 300 (a helper, whose panic the scope re-raises, or the
        // consumer itself), the call ends in a panic rather than waiting for ever.
        for bad in [0, 300, RUN * 50] {
            let outcome = std::panic::catch_unwind(|| {
                ordered_map(
                    RUN * 100,
                    |i| {
                        assert!(i != bad, "item {i}");
                        i
                    },
                    |_| Ok::<(), ()>(()),
                )
            });
            assert!(outcome.is_err(), "item {bad}");
        }
    }

    /// Sends the jobs `0..count`, each by itself, then says whether they stand.
    fn numbers(count: usize, stand: bool) -> impl FnOnce(&mut dyn FnMut(usize) -> bool) -> bool + Send {
        move |send| (0..count).all(send) && stand
    }

    fn consumed<E>(
        produce: impl FnOnce(&mut dyn FnMut(usize) -> bool) -> bool + Send,
        work: impl Fn(usize) -> usize + Sync,
        limit: usize,
        consume: impl FnMut(usize) -> Result<(), E>,
    ) -> Result<bool, E> {
        let hold = Hold {
            weight: |_: &usize| 1,
            limit,
        };
        ordered_stream(produce, work, hold, consume)
    }

    #[test]
    fn streamed_jobs_are_consumed_in_order_once_they_stand() {
        let mut seen = Vec::new();
        let slow_producer = |send: &mut dyn FnMut(usize) -> bool| {
            (0..500usize).all(|j| {
                if j.is_multiple_of(50) {
                    thread::sleep(std::time::Duration::from_millis(1));
                }
                send(j)
            })
        };
        let stood = consumed(
            slow_producer,
            |j| j * 3,
            1_000,
            |r| {
                seen.push(r);
                Ok::<(), ()>(())
            },
        );
        assert_eq!(stood, Ok(true));
        assert_eq!(seen, (0..500).map(|j| j * 3).collect::<Vec<_>>());
    }

    #[test]
    fn withdrawn_jobs_are_never_consumed() {
        for count in [0, 1, 300] {
            let mut seen = 0;
            let stood = consumed(
                numbers(count, false),
                |j| j,
                10,
                |_| {
                    seen += 1;
                    Ok::<(), ()>(())
                },
            );
            assert_eq!((stood, seen), (Ok(false), 0), "{count} jobs");
        }
    }

    #[test]
    fn little_is_computed_beyond_the_hold_limit_before_the_verdict() {
        let computed = std::sync::atomic::AtomicUsize::new(0);
        let computed_before_verdict = std::sync::atomic::AtomicUsize::new(0);
        let producer = |send: &mut dyn FnMut(usize) -> bool| {
            let sent = (0..2_000).all(&mut *send);
            // Let the workers go as far as they will before the verdict.
            let mut last = usize::MAX;
            while last != computed.load(Ordering::SeqCst) {
                last = computed.load(Ordering::SeqCst);
                thread::sleep(std::time::Duration::from_millis(20));
            }
            computed_before_verdict.store(last, Ordering::SeqCst);
            sent
        };
        let mut seen = 0;
        let work = |j| {
            computed.fetch_add(1, Ordering::SeqCst);
            j
        };
        let stood = consumed(producer, work, 10, |_| {
            seen += 1;
            Ok::<(), ()>(())
        });
        assert_eq!((stood, seen), (Ok(true), 2_000));
        let before = computed_before_verdict.into_inner();
        // Held past the limit (11), waiting in order (a window), in the workers' hands.
        let bound = 11 + cores() * AHEAD + cores();
        if cores() > 1 {
            assert!(before <= bound, "{before} computed before the verdict, bound {bound}");
        }
        assert!(before >= 11, "{before}: the work went on up to the limit");
    }

    #[test]
    fn an_error_from_the_consumer_of_streamed_jobs_ends_the_call() {
        let computed = std::sync::atomic::AtomicUsize::new(0);
        let work = |j| {
            computed.fetch_add(1, Ordering::Relaxed);
            j
        };
        let mut seen = 0;
        let stood = consumed(numbers(RUN * 1000, true), work, usize::MAX, |r| {
            seen += 1;
            if r == 5 { Err(r) } else { Ok(()) }
        });
        assert_eq!((stood, seen), (Err(5), 6));
        assert!(computed.into_inner() < RUN * 1000, "the work stopped early");
    }

    #[test]
    fn a_panicking_producer_ends_the_call_with_its_panic() {
        let outcome = std::panic::catch_unwind(|| {
            let producer = |send: &mut dyn FnMut(usize) -> bool| {
                (0..100).all(&mut *send);
                panic!("the producer fails");
            };
            consumed(producer, |j| j, 10, |_| Ok::<(), ()>(()))
        });
        assert!(outcome.is_err());
    }

    #[test]
    fn small_and_empty_batches() {
        for count in [0, 1, RUN, RUN + 1] {
            let mut seen = Vec::new();
            ordered_map(
                count,
                |i| i,
                |x| {
                    seen.push(x);
                    Ok::<(), ()>(())
                },
            )
            .unwrap();
            assert_eq!(seen, (0..count).collect::<Vec<_>>());
        }
    }
}
