//! Working on the runs of a batch on every core, the results taken in order.
//!
//! Plain path: a loop, `for run in runs { consume(work(run))? }`. Seam: the batch loop
//! (`commands::batch`) hands the runs of a batch of `[[case]]` tables to [`ordered_runs`].
//!
//! Each core's thread takes every `threads`-th run in turn (the runs of a batch cost about the
//! same) and sends its results down a channel of its own, which holds at most [`AHEAD`] of them:
//! the calling thread takes them from each channel in turn, which is the order of the runs, and
//! no thread gets further ahead than that, so memory stays bounded however slow the consumer.

use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::OnceLock;
use std::sync::mpsc;
use std::thread;

/// Results a thread may have waiting beyond the one the consumer takes next.
const AHEAD: usize = 4;

/// The cores to work on (at most 16), asked once: the standard library reads the process's
/// control-group files each time it is asked.
pub(crate) fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| thread::available_parallelism().map_or(1, NonZeroUsize::get).min(16))
}

/// Works on the items `0..count` in runs of `run_len` on as many threads as there are cores:
/// `work` computes the items of a run (a range of `0..count`, `run_len` long but for the last),
/// and `consume` takes each run's result in the order of the runs, as the plain loop would.
/// The first error from `consume` stops the work and is returned. A panic in `work` is raised
/// again on the calling thread.
pub(crate) fn ordered_runs<R: Send, E>(
    count: usize,
    run_len: usize,
    work: impl Fn(Range<usize>) -> R + Sync,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E> {
    let run_len = run_len.max(1);
    let runs = count.div_ceil(run_len);
    let range = |run: usize| run * run_len..count.min((run + 1) * run_len);
    let threads = cores().min(runs);
    if threads < 2 {
        return (0..runs).try_for_each(|run| consume(work(range(run))));
    }
    thread::scope(|scope| {
        let lanes: Vec<mpsc::Receiver<R>> = (0..threads)
            .map(|first| {
                let (results, lane) = mpsc::sync_channel(AHEAD);
                let (work, range) = (&work, &range);
                scope.spawn(move || {
                    for run in (first..runs).step_by(threads) {
                        // Fails once the consumer has returned: no more results are wanted.
                        if results.send(work(range(run))).is_err() {
                            break;
                        }
                    }
                });
                lane
            })
            .collect();
        // Run `n` is on lane `n % threads`. A lane that ends early lost its thread to a panic,
        // which the scope raises again once the other threads have ended.
        for lane in lanes.iter().cycle().take(runs) {
            match lane.recv() {
                Ok(result) => consume(result)?,
                Err(_) => break,
            }
        }
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    /// The plain path: each run computed and consumed in turn.
    fn plain_loop<R, E>(
        count: usize,
        run_len: usize,
        work: impl Fn(Range<usize>) -> R,
        mut consume: impl FnMut(R) -> Result<(), E>,
    ) -> Result<(), E> {
        let run_len = run_len.max(1);
        (0..count.div_ceil(run_len)).try_for_each(|run| consume(work(run * run_len..count.min((run + 1) * run_len))))
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        /// Whatever the number of items, the length of the runs, the time each run takes and
        /// where the consumer fails, what is consumed and what is returned are the plain loop's.
        #[test]
        fn results_are_consumed_as_the_plain_loop_consumes_them(
            count in 0usize..600,
            run_len in 0usize..40,
            slow in proptest::collection::vec(0usize..600, 0..4),
            fails_at in proptest::option::of(0usize..30),
        ) {
            let work = |run: Range<usize>| {
                if slow.iter().any(|s| run.contains(s)) {
                    thread::sleep(std::time::Duration::from_millis(2));
                }
                run.map(|i| i * 3).collect::<Vec<_>>()
            };
            let run = |fast: bool| {
                let mut seen = Vec::new();
                let consume = |r: Vec<usize>| {
                    if fails_at == Some(seen.len()) {
                        return Err(seen.len());
                    }
                    seen.push(r);
                    Ok(())
                };
                let returned = if fast {
                    ordered_runs(count, run_len, work, consume)
                } else {
                    plain_loop(count, run_len, work, consume)
                };
                (returned, seen)
            };
            prop_assert_eq!(run(true), run(false));
        }
    }

    #[test]
    fn an_error_from_the_consumer_stops_the_work() {
        let done = AtomicUsize::new(0);
        let mut seen = 0;
        let result = ordered_runs(
            128 * 1000,
            128,
            |run| {
                done.fetch_add(1, Ordering::Relaxed);
                run.start
            },
            |start| {
                seen += 1;
                if start == 128 * 3 { Err(start) } else { Ok(()) }
            },
        );
        assert_eq!((result, seen), (Err(128 * 3), 4));
        assert!(done.into_inner() < 1000, "the work stopped early");
    }

    #[test]
    fn a_panicking_run_ends_the_call_with_its_panic() {
        for bad in [0, 300, 128 * 50] {
            let outcome = std::panic::catch_unwind(|| {
                ordered_runs(
                    128 * 100,
                    128,
                    |run| assert!(!run.contains(&bad), "item {bad}"),
                    |()| Ok::<(), ()>(()),
                )
            });
            assert!(outcome.is_err(), "item {bad}");
        }
    }

    #[test]
    fn no_thread_gets_far_ahead_of_a_slow_consumer() {
        let done = AtomicUsize::new(0);
        let (mut consumed, mut most_ahead) = (0, 0);
        ordered_runs(
            300,
            1,
            |_| done.fetch_add(1, Ordering::SeqCst),
            |_| {
                thread::sleep(std::time::Duration::from_micros(300));
                consumed += 1;
                most_ahead = most_ahead.max(done.load(Ordering::SeqCst) - consumed);
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        // Each thread: what its channel holds, and the one it is sending.
        let bound = cores() * (AHEAD + 1);
        assert!(most_ahead <= bound, "{most_ahead} computed ahead, bound {bound}");
    }
}
