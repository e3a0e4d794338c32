//! A penalty per day counted from its dates.
//!
//! Plain path: the general count, through unit numbers and blocks ([`Run::unit_segments`] for a
//! penalty's segments, `engine::accrual::any_period` for a period). Seam: `Run::segments` asks
//! [`segments`] and `engine::accrual::period` asks [`period`] first; both answer only for a
//! penalty per day with no cap and no suspension on or after its first day, and [`period`] only
//! for such a penalty alone in its case, with no case cap: nearly every penalty and case.
//!
//! Such a penalty's running days are its calendar days from the first, and a day is a unit of
//! its own, forfeited on itself: each stretch between rate changes is one segment of
//! `days × rate`, its ends the period's own or a change's first day, found with no unit
//! numbers, blocks or running-day-to-date conversions; and the period's days are its one
//! stretch.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::case::Per;
use crate::dates::days_between;
use crate::engine::{Limit, Run};
use crate::money::exact;
use crate::report::{Period, Segment};

/// [`Run::segments`] of `run` within `from..=through`, if `run` is a penalty per day with no
/// cap and no suspension.
pub(crate) fn segments(
    run: &Run,
    from: NaiveDate,
    through: NaiveDate,
) -> Option<Result<(Vec<Segment>, Decimal), Limit>> {
    applies(run).then(|| daily_segments(run, from, through))
}

/// The period `from..=through` of `run`, the only penalty of a case without a case cap, and
/// its amount, if `run` is a penalty per day with no cap and no suspension.
pub(crate) fn period(run: &Run, from: NaiveDate, through: NaiveDate) -> Option<Result<(Period, Decimal), Limit>> {
    if !applies(run) {
        return None;
    }
    Some(daily_segments(run, from, through).map(|(segments, amount)| {
        let span = span(run, from, through);
        let period = Period {
            from: span.map(|s| s.0),
            through: span.map(|s| s.1),
            days: span.map_or(0, |(lo, hi)| days_between(lo, hi)),
            amount,
            segments,
            suspensions: Vec::new(),
            case_cap_cut: Decimal::ZERO,
        };
        (period, amount)
    }))
}

/// Whether `run` is a penalty per day with no cap and no suspension on or after its first day:
/// its running days are then its calendar days from the first.
fn applies(run: &Run) -> bool {
    let penalty = run.penalty();
    penalty.per == Per::Day && penalty.cap.is_none() && run.timeline().suspended().is_empty()
}

/// The days of delay within `from..=through`: one stretch, or none.
fn span(run: &Run, from: NaiveDate, through: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let from = from.max(run.start());
    let through = run.last().map_or(through, |l| through.min(l));
    (from <= through).then_some((from, through))
}

/// The segments of the stretch within `from..=through`, one per rate in force, and their sum.
fn daily_segments(run: &Run, from: NaiveDate, through: NaiveDate) -> Result<(Vec<Segment>, Decimal), Limit> {
    let through = run.countable_through(through)?;
    let Some((from, through)) = span(run, from, through) else {
        return Ok((Vec::new(), Decimal::ZERO));
    };
    let amount = |rate: Decimal, days: i64| Ok::<_, Limit>(exact::times(rate, days)?);
    let segment = |from: NaiveDate, through: NaiveDate, days: i64, rate: Decimal, amount: Decimal| Segment {
        obligation: run.penalty().obligation.clone(),
        from,
        through,
        days,
        rate,
        per: Per::Day,
        amount,
        units: days,
        fraction: None,
        forfeited: through,
        capped: Decimal::ZERO,
    };
    if let [(_, rate, _)] = run.rates() {
        let days = days_between(from, through);
        let sum = amount(*rate, days)?;
        return Ok((vec![segment(from, through, days, *rate, sum)], sum));
    }
    // Running day numbers of the ends: the first day is day 1.
    let start = run.start();
    let (lo, hi) = (days_between(start, from), days_between(start, through));
    let mut segments = Vec::new();
    let mut sum = Decimal::ZERO;
    for (a, b, rate) in run.rates_within(lo, hi) {
        let day = |n: i64, known: i64, date: NaiveDate| match n == known {
            true => Ok(date),
            false => run.timeline().day(n).ok_or(Limit::Date),
        };
        let (first, last) = (day(a, lo, from)?, day(b, hi, through)?);
        let part = amount(rate, b - a + 1)?;
        sum = exact::add(sum, part)?;
        segments.push(segment(first, last, b - a + 1, rate, part));
    }
    Ok((segments, sum))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::{Penalty, RateChange, Suspension};
    use crate::engine::testing::{d, shift};
    use crate::engine::{Counted, any_period, count};
    use proptest::prelude::*;

    /// A rate: mostly an ordinary one of 0 to 3 decimals (trailing zeros kept, as "125.50" is
    /// written), sometimes one so large that a few days of it exceed what a decimal holds.
    fn any_rate() -> impl Strategy<Value = Decimal> {
        prop_oneof![
            8 => (1i64..10_000_000, 0u32..4).prop_map(|(units, scale)| Decimal::new(units, scale)),
            1 => (1i128..7_900).prop_map(|k| Decimal::from_i128_with_scale(k * 10i128.pow(25), 0)),
        ]
    }

    /// A penalty per day and its first day: rate changes (some on or before the first day),
    /// often no suspension and no cap (the shape counted here), otherwise suspensions before,
    /// across and after the first day, and a cap; sometimes complied with.
    fn any_daily_penalty() -> impl Strategy<Value = (Penalty, NaiveDate)> {
        (
            0i64..20_000,
            any_rate(),
            proptest::collection::vec((1i64..400, any_rate()), 0..3),
            prop_oneof![
                2 => Just(Vec::new()),
                1 => proptest::collection::vec((0i64..200, 0i64..40), 1..4),
            ],
            proptest::option::weighted(0.2, (1i64..100_000_000, 0u32..3)),
            proptest::option::weighted(0.4, -50i64..3000),
        )
            .prop_map(|(offset, rate, changes, suspensions, cap, complied)| {
                let start = shift(d(1990, 1, 1), offset);
                let mut at = shift(start, -300);
                let changes = changes
                    .into_iter()
                    .map(|(gap, rate)| {
                        at = shift(at, gap);
                        RateChange { from: at, rate }
                    })
                    .collect();
                let mut at = shift(start, -30);
                let suspensions = suspensions
                    .into_iter()
                    .map(|(gap, length)| {
                        let from = shift(at, gap + 1);
                        at = shift(from, length);
                        Suspension {
                            from,
                            through: at,
                            reason: None,
                        }
                    })
                    .collect();
                let penalty = Penalty {
                    changes,
                    suspensions,
                    cap: cap.map(|(units, scale)| Decimal::new(units, scale)),
                    complied: complied.map(|days| shift(start, days)),
                    ..Penalty::simple(rate, Per::Day)
                };
                (penalty, start)
            })
    }

    proptest! {
        /// A penalty's segments are the general count's: the same dates, days, rates and
        /// amounts (to the last digit of their scale), the same sum, the same overflow.
        #[test]
        fn segments_are_the_general_counts(
            (penalty, start) in any_daily_penalty(),
            from in -400i64..3000, length in -5i64..3000,
        ) {
            let run = Run::new(&penalty, start, 2);
            let from = shift(start, from);
            let through = shift(from, length);
            let general = run.unit_segments(from, through);
            prop_assert_eq!(format!("{:?}", run.segments(from, through)), format!("{general:?}"));
            if let Some(fast) = segments(&run, from, through) {
                prop_assert_eq!(format!("{fast:?}"), format!("{general:?}"));
            }
        }

        /// Whatever a period holds (one penalty or two, a case cap or none), it is counted as
        /// the general count counts it: the days, bounds, segments, suspensions and amounts,
        /// each penalty's share, the same overflow.
        #[test]
        fn a_period_is_the_general_counts(
            penalties in proptest::collection::vec(any_daily_penalty(), 1..3),
            case_cap in proptest::option::weighted(0.2, 1i64..100_000_000),
            from in -400i64..3000, length in -5i64..3000,
        ) {
            let runs: Vec<Run> = penalties.iter().map(|(p, start)| Run::new(p, *start, 2)).collect();
            let case_cap = case_cap.map(|c| Decimal::new(c, 2));
            let from = shift(penalties[0].1, from);
            let through = shift(from, length);
            let shown = |c: Result<Counted, Limit>| c.map(|c| format!("{:?} {:?}", c.period, c.per_run));
            prop_assert_eq!(
                shown(count(&runs, from, through, case_cap)),
                shown(any_period(&runs, from, through, case_cap))
            );
        }
    }

    #[test]
    fn most_penalties_per_day_are_counted_here() {
        let penalty = Penalty::simple(Decimal::from(100), Per::Day);
        let run = Run::new(&penalty, d(2023, 1, 2), 2);
        assert!(segments(&run, d(2023, 1, 1), d(2023, 2, 1)).is_some());
        let weekly = Penalty::simple(Decimal::from(100), Per::Week);
        assert!(segments(&Run::new(&weekly, d(2023, 1, 2), 2), d(2023, 1, 1), d(2023, 2, 1)).is_none());
    }
}
