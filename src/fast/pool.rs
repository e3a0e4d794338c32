//! Working on the runs of a batch on every core, the results taken in order.
//!
//! Plain path: a loop, `for run in runs { consume(work(run))? }`. Seam: the batch loop
//! (`commands::batch`) hands the runs of a batch of `[[case]]` tables to [`ordered_runs`], or
//! to [`ordered_runs_checked`] while the file is split (see `fast::lines::guessed_tables`).
//!
//! Each core's thread takes the next run not yet taken, so that a thread slowed by other work
//! on its core (the check of [`ordered_runs_checked`], the consumer, another program) holds no
//! other back, and sends its result down one channel with the run's number; the calling thread
//! puts them back in the order of the runs. No run is taken more than [`AHEAD`] runs a thread
//! beyond the one the consumer takes next, so memory stays bounded however slow the consumer.

use std::collections::VecDeque;
use std::num::NonZeroUsize;
use std::ops::Range;
use std::sync::{Arc, Condvar, Mutex, MutexGuard, OnceLock, PoisonError, mpsc};
use std::thread;

/// Runs a thread may have computed or be computing beyond the one the consumer takes next,
/// besides the one it is working on.
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
        let mut ordered = spawn_workers(scope, threads, runs, &work, &range);
        // A run missing lost its thread to a panic, which the scope raises again once the
        // other threads have ended.
        for _ in 0..runs {
            match ordered.next() {
                Some(result) => consume(result)?,
                None => break,
            }
        }
        Ok(())
    })
}

/// `threads` threads, each taking the next run not yet taken (within the window the consumer
/// allows) and sending its result with its number; their results in the order of the runs.
fn spawn_workers<'scope, R: Send + 'scope>(
    scope: &'scope thread::Scope<'scope, '_>,
    threads: usize,
    runs: usize,
    work: &'scope (impl Fn(Range<usize>) -> R + Sync),
    range: &'scope (impl Fn(usize) -> Range<usize> + Sync),
) -> Ordered<R> {
    let window = Arc::new(Window {
        state: Mutex::new(Taken {
            next: 0,
            consumed: 0,
            stopped: false,
        }),
        turn: Condvar::new(),
        size: threads * (AHEAD + 1),
        runs,
    });
    let (results, received) = mpsc::channel();
    for _ in 0..threads {
        let results = results.clone();
        let window = Arc::clone(&window);
        scope.spawn(move || {
            // However the thread ends (its runs done, the consumer gone, a panic), no thread
            // waits for a turn any more.
            let _stop = Stop(&window);
            while let Some(run) = window.take() {
                // Fails once the consumer has returned: no more results are wanted.
                if results.send((run, work(range(run)))).is_err() {
                    break;
                }
            }
        });
    }
    Ordered {
        received,
        window,
        waiting: VecDeque::new(),
        next: 0,
    }
}

/// Which runs have been taken and consumed, shared by the threads and the consumer.
struct Window {
    state: Mutex<Taken>,
    /// Told when a run is consumed or the work stops.
    turn: Condvar,
    /// How many runs may be taken beyond the one the consumer takes next.
    size: usize,
    runs: usize,
}

struct Taken {
    /// The next run to take.
    next: usize,
    /// How many runs the consumer has taken.
    consumed: usize,
    stopped: bool,
}

impl Window {
    fn lock(&self) -> MutexGuard<'_, Taken> {
        // A thread that panicked holding the lock left the numbers whole (each is set in one
        // step): the panic itself is raised by the scope.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The next run to work on, once it is within the window; `None` when every run is taken
    /// or the work has stopped.
    fn take(&self) -> Option<usize> {
        let mut taken = self.lock();
        loop {
            if taken.stopped || taken.next >= self.runs {
                return None;
            }
            if taken.next < taken.consumed + self.size {
                taken.next += 1;
                return Some(taken.next - 1);
            }
            taken = self.turn.wait(taken).unwrap_or_else(PoisonError::into_inner);
        }
    }

    fn consumed(&self, consumed: usize) {
        self.lock().consumed = consumed;
        self.turn.notify_all();
    }

    fn stop(&self) {
        self.lock().stopped = true;
        self.turn.notify_all();
    }
}

/// Stops the work when dropped.
struct Stop<'a>(&'a Window);

impl Drop for Stop<'_> {
    fn drop(&mut self) {
        self.0.stop();
    }
}

/// The results of the threads, put back in the order of the runs. Dropped (the consumer done,
/// or returning early), it stops the work.
struct Ordered<R> {
    received: mpsc::Receiver<(usize, R)>,
    window: Arc<Window>,
    /// The results come ahead of their turn, from run `next` on.
    waiting: VecDeque<Option<R>>,
    /// The run whose result is given next.
    next: usize,
}

impl<R> Ordered<R> {
    /// The result of the next run; `None` if it will never come (its thread panicked).
    fn next(&mut self) -> Option<R> {
        loop {
            if let Some(result) = self.waiting.front_mut().and_then(Option::take) {
                self.waiting.pop_front();
                self.next += 1;
                self.window.consumed(self.next);
                return Some(result);
            }
            let (run, result) = self.received.recv().ok()?;
            let at = run - self.next;
            if self.waiting.len() <= at {
                self.waiting.resize_with(at + 1, || None);
            }
            if let Some(slot) = self.waiting.get_mut(at) {
                *slot = Some(result);
            }
        }
    }
}

impl<R> Drop for Ordered<R> {
    fn drop(&mut self) {
        self.window.stop();
    }
}

/// [`ordered_runs`] on items whose count was guessed before it is known: `check` runs on a
/// thread of its own beside the work and gives its verdict, which `right` reads. No result is
/// consumed before the verdict: they are held until it comes (not bounded by [`AHEAD`] then:
/// the consumer takes each as it comes, so that the work goes on beside the check). A right
/// verdict: every result is consumed as [`ordered_runs`] consumes them, and `Ok(None)` is
/// returned (or the first error from `consume`); any other: nothing is consumed, the work is
/// stopped, and the verdict is returned as `Ok(Some(verdict))`.
///
/// Plain path: `check()` first, then [`ordered_runs`] if it is right.
pub(crate) fn ordered_runs_checked<R: Send, E, V: Send>(
    count: usize,
    run_len: usize,
    work: impl Fn(Range<usize>) -> R + Sync,
    check: impl FnOnce() -> V + Send,
    right: impl Fn(&V) -> bool,
    mut consume: impl FnMut(R) -> Result<(), E>,
) -> Result<Option<V>, E> {
    let run_len = run_len.max(1);
    let runs = count.div_ceil(run_len);
    let range = |run: usize| run * run_len..count.min((run + 1) * run_len);
    let threads = cores().min(runs);
    if threads < 2 {
        let verdict = check();
        if !right(&verdict) {
            return Ok(Some(verdict));
        }
        return ordered_runs(count, run_len, work, consume).map(|()| None);
    }
    thread::scope(|scope| {
        let checking = scope.spawn(check);
        let mut ordered = spawn_workers(scope, threads, runs, &work, &range);
        let mut checking = Some(checking);
        let mut held = Vec::new();
        for _ in 0..runs {
            let Some(result) = ordered.next() else {
                break;
            };
            match checking.take_if(|c| c.is_finished()) {
                Some(finished) => {
                    let verdict = joined(finished);
                    if !right(&verdict) {
                        return Ok(Some(verdict));
                    }
                    held.drain(..).try_for_each(&mut consume)?;
                }
                None if checking.is_some() => {
                    held.push(result);
                    continue;
                }
                None => {}
            }
            consume(result)?;
        }
        // Every result came before the verdict (or a thread panicked: the scope raises it).
        if let Some(unfinished) = checking {
            let verdict = joined(unfinished);
            if !right(&verdict) {
                return Ok(Some(verdict));
            }
            held.into_iter().try_for_each(consume)?;
        }
        Ok(None)
    })
}

/// What a scoped thread returned; its panic raised again on this thread.
fn joined<T>(handle: thread::ScopedJoinHandle<'_, T>) -> T {
    handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))
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

    /// Calls `call` with a consumer that keeps each result, and fails (with how many it kept)
    /// once it has kept `fails_at`: what the call returned, and the results kept.
    fn kept<R, T>(
        fails_at: Option<usize>,
        call: impl FnOnce(&mut dyn FnMut(R) -> Result<(), usize>) -> T,
    ) -> (T, Vec<R>) {
        let mut seen = Vec::new();
        let returned = call(&mut |r| {
            if fails_at == Some(seen.len()) {
                return Err(seen.len());
            }
            seen.push(r);
            Ok(())
        });
        (returned, seen)
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
                kept(fails_at, |consume| {
                    if fast {
                        ordered_runs(count, run_len, work, consume)
                    } else {
                        plain_loop(count, run_len, work, consume)
                    }
                })
            };
            prop_assert_eq!(run(true), run(false));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]
        /// Checked: with a right verdict, what is consumed and returned is the plain loop's,
        /// however long the check takes beside the work; with any other, nothing is consumed
        /// and the verdict is returned.
        #[test]
        fn checked_results_are_consumed_only_after_a_right_verdict(
            count in 0usize..2000,
            run_len in 1usize..40,
            check_ms in 0u64..30,
            right in any::<bool>(),
            fails_at in proptest::option::of(0usize..30),
        ) {
            let work = |run: Range<usize>| run.map(|i| i * 3).collect::<Vec<_>>();
            let check = || {
                thread::sleep(std::time::Duration::from_millis(check_ms));
                right
            };
            let run = |checked: bool| {
                kept(fails_at, |consume| {
                    if checked {
                        ordered_runs_checked(count, run_len, work, check, |v| *v, consume)
                    } else if check() {
                        plain_loop(count, run_len, work, consume).map(|()| None)
                    } else {
                        Ok(Some(false))
                    }
                })
            };
            prop_assert_eq!(run(true), run(false));
        }
    }

    #[test]
    fn a_wrong_verdict_stops_the_work() {
        let done = AtomicUsize::new(0);
        let result = ordered_runs_checked(
            128 * 1000,
            128,
            |run| {
                done.fetch_add(1, Ordering::Relaxed);
                run.start
            },
            || "not these",
            |verdict| verdict.is_empty(),
            |_| Ok::<(), ()>(()),
        );
        assert_eq!(result, Ok(Some("not these")));
        assert!(done.into_inner() < 1000, "the work stopped early");
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
        // Each thread: the runs it may take ahead, and the one it is working on.
        let bound = cores() * (AHEAD + 1);
        assert!(most_ahead <= bound, "{most_ahead} computed ahead, bound {bound}");
    }
}
