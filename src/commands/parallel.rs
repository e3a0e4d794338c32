//! Working on the items of a batch on every core while consuming the results in input order.
//!
//! Items are handed out in runs (one message per run, not per item; a batch renders a run's
//! output into one buffer), and no more than [`AHEAD`] runs per core are handed out beyond the
//! one being consumed, so memory stays
//! bounded however long the batch and however slow the consumer. The consuming thread computes
//! runs too whenever the one it needs next is not ready (with one thread per core and the
//! consumer waiting apart, a core sat idle an eighth of the time). Output is identical to a
//! plain loop: only the work is spread, never the order.

use std::collections::BTreeMap;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::Mutex;
use std::sync::mpsc;
use std::thread;

/// Runs handed out per core beyond the one the consumer waits for.
const AHEAD: usize = 4;

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
    let cores = thread::available_parallelism().map_or(1, NonZeroUsize::get).min(16);
    let runs = count.div_ceil(run_len);
    if cores < 2 || runs < 2 {
        return (0..runs).try_for_each(|run| consume(work(range(run))));
    }
    // The calling thread works too (when the run it must consume next is not done, it takes the
    // next run handed out rather than wait): one helper thread fewer than cores.
    let helpers = cores - 1;
    let window = cores * AHEAD;
    let compute = |run: usize| work(range(run));
    let (job_tx, job_rx) = mpsc::channel::<usize>();
    let job_rx = Mutex::new(job_rx);
    let (done_tx, done_rx) = mpsc::channel::<Done<R>>();
    thread::scope(|scope| {
        // Owned by this closure, so that returning early drops them before the helpers are
        // joined: a helper then finds no more jobs, or no one to send to, and ends.
        let (job_tx, done_rx) = (job_tx, done_rx);
        for _ in 0..helpers {
            let alarm = Alarm(done_tx.clone());
            let (job_rx, compute) = (&job_rx, &compute);
            scope.spawn(move || {
                // Ends when the jobs run out (the sender is dropped) or the consumer has gone.
                while let Ok(run) = next_job(job_rx) {
                    if alarm.0.send(Done::Run(run, compute(run))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(done_tx);

        let mut handed_out = 0;
        let mut pending = BTreeMap::new();
        for next in 0..runs {
            while handed_out < runs && handed_out < next + window {
                // The helpers hold the receiver until the jobs are dropped: this cannot fail.
                let _ = job_tx.send(handed_out);
                handed_out += 1;
            }
            let result = loop {
                if let Some(result) = pending.remove(&next) {
                    break result;
                }
                // Results already sent come first; then a run no helper has taken yet.
                let done = match done_rx.try_recv() {
                    Ok(done) => Ok(done),
                    Err(mpsc::TryRecvError::Empty) => match take_job(&job_rx) {
                        Some(run) => Ok(Done::Run(run, compute(run))),
                        None => done_rx.recv().map_err(|_| ()),
                    },
                    Err(mpsc::TryRecvError::Disconnected) => Err(()),
                };
                match done {
                    Ok(Done::Run(run, result)) => {
                        pending.insert(run, result);
                    }
                    // A helper panicked: stop handing out work; the scope re-raises the panic
                    // once the others have finished.
                    Ok(Done::Panicked) | Err(()) => return Ok(()),
                }
            };
            consume(result)?;
        }
        Ok(())
    })
}

/// What a worker sends back.
enum Done<R> {
    /// The result of a run of items.
    Run(usize, R),
    /// The worker panicked: its run will never come.
    Panicked,
}

/// A worker's line back to the consumer, which tells it when the worker dies of a panic (the
/// consumer would otherwise wait for that worker's run for ever).
struct Alarm<T>(mpsc::Sender<Done<T>>);

impl<T> Drop for Alarm<T> {
    fn drop(&mut self) {
        if thread::panicking() {
            let _ = self.0.send(Done::Panicked);
        }
    }
}

/// A job handed out and not yet taken, if there is one (never waits).
fn take_job(jobs: &Mutex<mpsc::Receiver<usize>>) -> Option<usize> {
    jobs.try_lock().ok()?.try_recv().ok()
}

fn next_job(jobs: &Mutex<mpsc::Receiver<usize>>) -> Result<usize, mpsc::RecvError> {
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
