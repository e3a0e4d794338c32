//! Counting days of delay and what they come to. Every count is arithmetic on dates, never a
//! loop over days, so a period of a thousand years costs what a period of one day costs.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use smallvec::{SmallVec, smallvec};

use super::ComputeError;
use super::schedule::{Limit, Run};
use crate::dates::days_between;
use crate::fast;
use crate::money::exact::{self, Exact};
use crate::report::{Period, SuspensionSpan};
use crate::source::Location;

/// One figure per penalty, in the order of the runs. Most cases have one penalty, a few two:
/// held inline, where vectors were three allocations a case.
pub(super) type PerRun = SmallVec<[Decimal; 2]>;

/// A period counted: the report's view, and each penalty's share (in the order of `runs`).
pub(crate) struct Counted {
    pub period: Period,
    pub per_run: PerRun,
}

/// Turns a [`Limit`] met while counting into an error at `location`.
pub(super) fn limit_error(limit: Limit, location: &Location, what: super::Quantity) -> ComputeError {
    match limit {
        Limit::Amount => ComputeError::Overflow {
            location: location.clone(),
            field: None,
            what,
        },
        Limit::Inexact => ComputeError::Inexact {
            location: location.clone(),
            field: None,
            what,
        },
        Limit::Date => ComputeError::OutOfRange {
            location: location.clone(),
            field: None,
            what,
        },
    }
}

/// Every penalty's segments within `from..=through`, each penalty's cap applied, then the
/// case's cap (`case_cap`) on their sum; the days of delay counted once however many
/// penalties run on a day.
pub(super) fn period(
    runs: &[Run],
    from: NaiveDate,
    through: NaiveDate,
    case_cap: Option<Decimal>,
    location: &Location,
) -> Result<Counted, ComputeError> {
    count(runs, from, through, case_cap)
        .map_err(|limit| limit_error(limit, location, super::Quantity::Total { from, through }))
}

/// [`period`], its limits not yet turned into errors.
pub(crate) fn count(
    runs: &[Run],
    from: NaiveDate,
    through: NaiveDate,
    case_cap: Option<Decimal>,
) -> Result<Counted, Limit> {
    if let ([run], None) = (runs, case_cap)
        && let Some(daily) = fast::daily::period(run, from, through)
    {
        let (period, amount) = daily?;
        return Ok(Counted {
            period,
            per_run: smallvec![amount],
        });
    }
    any_period(runs, from, through, case_cap)
}

/// [`period`] for any penalties and any case cap.
pub(crate) fn any_period(
    runs: &[Run],
    from: NaiveDate,
    through: NaiveDate,
    case_cap: Option<Decimal>,
) -> Result<Counted, Limit> {
    let mut segments = Vec::new();
    let mut per_run = PerRun::new();
    // Usually one stretch (one penalty, no suspension): held inline, where a vector was one
    // allocation a period.
    let mut spans: SmallVec<[(NaiveDate, NaiveDate); 2]> = SmallVec::new();
    let mut suspensions: Vec<SuspensionSpan> = Vec::new();
    for run in runs {
        let (run_segments, amount) = run.segments(from, through)?;
        per_run.push(amount);
        // Most cases have one penalty: its vectors are taken as they are, not copied.
        join(&mut segments, run_segments);
        spans.extend(run.delay_spans(from, through));
        join(&mut suspensions, run.suspensions_within(from, through));
    }
    let mut amount = exact::sum(per_run.iter().copied())?;
    let mut case_cap_cut = Decimal::ZERO;
    if let Some(cap) = case_cap {
        // The case's capped total at the end of the period less the same the day before it.
        let cap = Exact::of(cap);
        let before = match from.pred_opt() {
            Some(day) => total_through(runs, day)?,
            None => Exact::ZERO,
        };
        let room = cap.minus(before.min(cap))?;
        if Exact::of(amount) > room {
            let room = room.to_decimal()?;
            case_cap_cut = exact::sub(amount, room)?;
            amount = room;
        }
    }
    let violation_days = segments.iter().filter(|s| s.days == 0).map(|s| (s.from, s.through));
    let bounds = || spans.iter().copied().chain(violation_days.clone());
    let (first, last) = (bounds().map(|s| s.0).min(), bounds().map(|s| s.1).max());
    Ok(Counted {
        period: Period {
            from: first,
            through: last,
            days: union_days(&mut spans),
            amount,
            segments,
            suspensions,
            case_cap_cut,
        },
        per_run,
    })
}

/// Appends `more` to `all`, taking `more` whole when `all` is empty.
fn join<T>(all: &mut Vec<T>, mut more: Vec<T>) {
    if all.is_empty() {
        *all = more;
    } else {
        all.append(&mut more);
    }
}

/// What every penalty together has forfeited through `day`, each capped, before the case cap.
pub(super) fn total_through(runs: &[Run], day: NaiveDate) -> Result<Exact, Limit> {
    runs.iter()
        .try_fold(Exact::ZERO, |sum, run| Ok(sum.plus(run.capped_through(day)?)?))
}

/// Days covered by at least one stretch: overlapping penalties count a day once. Sorts `spans`.
fn union_days(spans: &mut [(NaiveDate, NaiveDate)]) -> i64 {
    // Equal stretches are indistinguishable, so an unstable sort gives the same order.
    spans.sort_unstable();
    let mut total = 0;
    let mut current: Option<(NaiveDate, NaiveDate)> = None;
    for &(lo, hi) in spans.iter() {
        current = match current {
            // Overlapping or adjoining; after the last day chrono holds, nothing is apart.
            Some((clo, chi)) if chi.succ_opt().is_none_or(|next| lo <= next) => Some((clo, chi.max(hi))),
            Some(done) => {
                total += days_between(done.0, done.1);
                Some((lo, hi))
            }
            None => Some((lo, hi)),
        };
    }
    total + current.map_or(0, |(lo, hi)| days_between(lo, hi))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Penalty, Per};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn penalty(rate: i64, complied: Option<NaiveDate>) -> Penalty {
        Penalty {
            complied,
            ..Penalty::simple(Decimal::from(rate), Per::Day)
        }
    }

    fn here() -> Location {
        Location {
            file: "t".into(),
            line: 1,
            column: 1,
        }
    }

    #[test]
    fn clearview_liquidation_is_52_days() {
        let daily = penalty(100_000, None);
        let runs = [Run::new(&daily, d(2022, 12, 20), 2)];
        let p = period(&runs, d(2022, 12, 20), d(2023, 2, 9), None, &here())
            .unwrap()
            .period;
        assert_eq!((p.days, p.amount), (52, Decimal::from(5_200_000)));
    }

    #[test]
    fn compliance_stops_the_count_and_its_day_does_not_count() {
        // CNIL example: deadline 2 Mar, complied 13 Mar: 3..=12 Mar = 10 days.
        let daily = penalty(100, Some(d(2023, 3, 13)));
        let runs = [Run::new(&daily, d(2023, 3, 3), 2)];
        let p = period(&runs, d(2023, 3, 3), d(2023, 12, 31), None, &here())
            .unwrap()
            .period;
        assert_eq!((p.days, p.amount), (10, Decimal::from(1000)));
        assert_eq!(p.through, Some(d(2023, 3, 12)));
    }

    #[test]
    fn days_before_the_start_do_not_count() {
        let daily = penalty(1, None);
        let runs = [Run::new(&daily, d(2023, 3, 3), 2)];
        let p = period(&runs, d(2023, 3, 1), d(2023, 3, 4), None, &here())
            .unwrap()
            .period;
        assert_eq!(p.days, 2);
        let none = period(&runs, d(2023, 1, 1), d(2023, 3, 2), None, &here())
            .unwrap()
            .period;
        assert_eq!((none.days, none.from), (0, None));
    }

    #[test]
    fn overlapping_penalties_count_a_day_once_but_add_their_amounts() {
        let (ten, five) = (penalty(10, None), penalty(5, None));
        let runs = [Run::new(&ten, d(2023, 1, 1), 2), Run::new(&five, d(2023, 1, 5), 2)];
        let p = period(&runs, d(2023, 1, 1), d(2023, 1, 10), None, &here())
            .unwrap()
            .period;
        assert_eq!(p.days, 10);
        assert_eq!(p.amount, Decimal::from(10 * 10 + 6 * 5));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let mut huge = penalty(1, None);
        huge.rate = Decimal::MAX;
        let runs = [Run::new(&huge, d(2000, 1, 1), 2)];
        let err = period(&runs, d(2000, 1, 1), NaiveDate::MAX, None, &here())
            .err()
            .unwrap();
        assert!(matches!(err, ComputeError::Overflow { .. }));
    }
}
