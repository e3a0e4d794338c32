//! How many suspensions, rates and violations the engine looks at, counted in tests only: the
//! tests that hold the work of a period to what the period itself holds (a binary search, then
//! what falls inside), never to every suspension or rate change of the case (issue 13: 16,000
//! liquidations and 16,000 suspensions took 7 s, each liquidation scanning every suspension).

#[cfg(test)]
thread_local! {
    static VISITS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// Counts `n` items looked at (nothing outside tests).
#[inline]
pub(super) fn visited(n: usize) {
    #[cfg(test)]
    VISITS.with(|v| v.set(v.get() + n as u64));
    #[cfg(not(test))]
    let _ = n;
}

/// The items looked at on this thread since the last call.
#[cfg(test)]
pub(super) fn take() -> u64 {
    VISITS.with(|v| v.replace(0))
}
