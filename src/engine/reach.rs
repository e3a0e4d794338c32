//! The first day an accrued amount reaches a figure.
//!
//! The amount accrued through a day never decreases as the day moves on (units are only ever
//! added, caps only stop the growth), so the first day is found by halving the range of
//! dates: about 27 evaluations whatever the span, each one arithmetic over the rate changes
//! and suspensions. No day is ever visited one by one.

use chrono::{Days, NaiveDate};
use rust_decimal::Decimal;

use super::accrual::total_through;
use super::schedule::{Limit, Run};
use crate::money::exact::Exact;
use crate::report::Stop;

/// The latest day searched when a penalty never ends: the last supported date, beyond any
/// real case (a later day could not be written `YYYY-MM-DD`).
pub(crate) fn horizon() -> NaiveDate {
    crate::dates::LAST
}

/// The answer to "when does the amount reach X?".
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Reached {
    /// First reached on this day, the amount accrued through it.
    On(NaiveDate, Decimal),
    /// Never reached: the most the amount comes to, and why it stops.
    Never(Decimal, Stop),
}

/// The first day on which `runs` together (each capped, then capped by `case_cap`) have
/// accrued at least `target`, which must be above zero.
pub(crate) fn first_day_reaching(runs: &[Run], case_cap: Option<Decimal>, target: Decimal) -> Result<Reached, Limit> {
    let case_cap = case_cap.map(Exact::of);
    // Exact whatever its size: the cap is applied before anything is written as a decimal.
    let total = |day: NaiveDate| -> Result<Exact, Limit> {
        let t = total_through(runs, day)?;
        Ok(case_cap.map_or(t, |cap| t.min(cap)))
    };
    let written = |t: Exact| -> Result<Decimal, Limit> { Ok(t.to_decimal()?) };
    let target_exact = Exact::of(target);
    let reached = |t: &Exact| *t >= target_exact;
    let Some(first) = runs.iter().map(Run::start).min() else {
        return Ok(Reached::Never(Decimal::ZERO, Stop::End));
    };
    // The latest end, `None` if any run never ends (folded: no list of ends is kept).
    let latest_end = runs
        .iter()
        .try_fold(None, |latest: Option<NaiveDate>, r| Some(latest.max(Some(r.end()?))))
        .flatten();
    let (last, finite) = match latest_end {
        Some(end) => (end.max(first), true),
        None => (horizon(), false),
    };
    let at_last = total(last)?;
    if !reached(&at_last) {
        let capped = case_cap.is_some_and(|cap| at_last >= cap)
            || runs.iter().all(|r| {
                r.penalty()
                    .cap
                    .is_some_and(|cap| r.capped_through(last) == Ok(Exact::of(cap)))
            });
        let stop = if capped {
            Stop::Cap
        } else if finite {
            Stop::End
        } else {
            Stop::Horizon
        };
        return Ok(Reached::Never(written(at_last)?, stop));
    }
    // Invariant: total(lo) < target <= total(hi); lo may be the day before the first day.
    let (mut lo, mut hi) = (first.pred_opt().unwrap_or(first), last);
    let at_lo = total(lo)?;
    if reached(&at_lo) {
        return Ok(Reached::On(lo, written(at_lo)?));
    }
    while (hi - lo).num_days() > 1 {
        let half = u64::try_from((hi - lo).num_days() / 2).map_err(|_| Limit::Date)?;
        let mid = lo.checked_add_days(Days::new(half)).ok_or(Limit::Date)?;
        if reached(&total(mid)?) {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    Ok(Reached::On(hi, written(total(hi)?)?))
}
