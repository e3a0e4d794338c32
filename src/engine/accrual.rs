//! Counting days of delay and what they come to. Every count is arithmetic on dates, never a
//! loop over days, so a period of a thousand years costs what a period of one day costs.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::ComputeError;
use crate::case::Penalty;
use crate::report::{PenaltyReport, Period, Segment};
use crate::source::Location;

/// A penalty as it runs: from its first day to the day before compliance.
#[derive(Debug, Clone)]
pub struct Run {
    penalty: Penalty,
    from: NaiveDate,
    /// The last day of delay: the day before compliance, if the order was obeyed.
    last: Option<NaiveDate>,
}

impl Run {
    /// `penalty` running from `from`.
    pub fn new(penalty: &Penalty, from: NaiveDate) -> Self {
        Run {
            penalty: penalty.clone(),
            from,
            last: penalty.complied.and_then(|c| c.pred_opt()),
        }
    }

    /// The days of `from..=through` on which this penalty runs, if any.
    fn overlap(&self, from: NaiveDate, through: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
        let lo = from.max(self.from);
        let hi = self.last.map_or(through, |last| through.min(last));
        (lo <= hi).then_some((lo, hi))
    }

    pub(super) fn report(&self) -> PenaltyReport {
        PenaltyReport {
            obligation: self.penalty.obligation.clone(),
            rate: self.penalty.rate,
            per: self.penalty.per.code().to_string(),
            from: self.from,
            complied: self.penalty.complied,
        }
    }
}

/// Days from `from` to `through`, both counted; zero when `through` is before `from`.
///
/// The CJEU counts both ends: C-204/21 R, 3 Nov 2021 to 10 Jan 2022 is 69 days.
///
/// ```
/// use astreinte::engine::days_between;
/// use chrono::NaiveDate;
/// let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
/// assert_eq!(days_between(d(2021, 11, 3), d(2022, 1, 10)), 69);
/// assert_eq!(days_between(d(2022, 12, 20), d(2023, 2, 9)), 52);
/// assert_eq!(days_between(d(2023, 1, 2), d(2023, 1, 1)), 0);
/// ```
pub fn days_between(from: NaiveDate, through: NaiveDate) -> i64 {
    ((through - from).num_days() + 1).max(0)
}

/// `rate × days`, exactly, or `None` when it exceeds what a decimal can hold.
///
/// ```
/// use astreinte::engine::amount_for_days;
/// use rust_decimal::Decimal;
/// assert_eq!(amount_for_days(Decimal::new(100_000, 0), 52), Some(Decimal::new(5_200_000, 0)));
/// assert_eq!(amount_for_days(Decimal::MAX, 2), None);
/// ```
pub fn amount_for_days(rate: Decimal, days: i64) -> Option<Decimal> {
    rate.checked_mul(Decimal::from(days))
}

/// Every penalty's days of delay within `from..=through`, as segments, with their union.
pub(super) fn period(
    runs: &[Run],
    from: NaiveDate,
    through: NaiveDate,
    location: &Location,
) -> Result<Period, ComputeError> {
    let mut segments = Vec::with_capacity(runs.len());
    for run in runs {
        let Some((lo, hi)) = run.overlap(from, through) else {
            continue;
        };
        let days = days_between(lo, hi);
        let amount = amount_for_days(run.penalty.rate, days).ok_or_else(|| ComputeError::Overflow {
            location: location.clone(),
            what: format!("{days} days × {}", run.penalty.rate),
        })?;
        segments.push(Segment {
            obligation: run.penalty.obligation.clone(),
            from: lo,
            through: hi,
            days,
            rate: run.penalty.rate,
            per: run.penalty.per.code().to_string(),
            amount,
        });
    }
    let amount = segments
        .iter()
        .try_fold(Decimal::ZERO, |sum, s| sum.checked_add(s.amount))
        .ok_or_else(|| ComputeError::Overflow {
            location: location.clone(),
            what: format!("the total from {from} to {through}"),
        })?;
    Ok(Period {
        from: segments.iter().map(|s| s.from).min(),
        through: segments.iter().map(|s| s.through).max(),
        days: union_days(&segments),
        amount,
        segments,
    })
}

/// Days covered by at least one segment: overlapping penalties count a day once.
fn union_days(segments: &[Segment]) -> i64 {
    let mut spans: Vec<(NaiveDate, NaiveDate)> = segments.iter().map(|s| (s.from, s.through)).collect();
    spans.sort();
    let mut total = 0;
    let mut current: Option<(NaiveDate, NaiveDate)> = None;
    for (lo, hi) in spans {
        current = match current {
            Some((clo, chi)) if lo <= chi.succ_opt().unwrap_or(chi) => Some((clo, chi.max(hi))),
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
    use crate::case::Per;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn penalty(rate: i64, complied: Option<NaiveDate>) -> Penalty {
        Penalty {
            obligation: None,
            rate: Decimal::from(rate),
            per: Per::Day,
            from: None,
            complied,
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
        let runs = [Run::new(&penalty(100_000, None), d(2022, 12, 20))];
        let p = period(&runs, d(2022, 12, 20), d(2023, 2, 9), &here()).unwrap();
        assert_eq!((p.days, p.amount), (52, Decimal::from(5_200_000)));
    }

    #[test]
    fn compliance_stops_the_count_and_its_day_does_not_count() {
        // CNIL example: deadline 2 Mar, complied 13 Mar: 3..=12 Mar = 10 days.
        let runs = [Run::new(&penalty(100, Some(d(2023, 3, 13))), d(2023, 3, 3))];
        let p = period(&runs, d(2023, 3, 3), d(2023, 12, 31), &here()).unwrap();
        assert_eq!((p.days, p.amount), (10, Decimal::from(1000)));
        assert_eq!(p.through, Some(d(2023, 3, 12)));
    }

    #[test]
    fn days_before_the_start_do_not_count() {
        let runs = [Run::new(&penalty(1, None), d(2023, 3, 3))];
        let p = period(&runs, d(2023, 3, 1), d(2023, 3, 4), &here()).unwrap();
        assert_eq!(p.days, 2);
        let none = period(&runs, d(2023, 1, 1), d(2023, 3, 2), &here()).unwrap();
        assert_eq!((none.days, none.from), (0, None));
    }

    #[test]
    fn overlapping_penalties_count_a_day_once_but_add_their_amounts() {
        let runs = [
            Run::new(&penalty(10, None), d(2023, 1, 1)),
            Run::new(&penalty(5, None), d(2023, 1, 5)),
        ];
        let p = period(&runs, d(2023, 1, 1), d(2023, 1, 10), &here()).unwrap();
        assert_eq!(p.days, 10);
        assert_eq!(p.amount, Decimal::from(10 * 10 + 6 * 5));
    }

    #[test]
    fn overflow_is_an_error_not_a_panic() {
        let mut huge = penalty(1, None);
        huge.rate = Decimal::MAX;
        let runs = [Run::new(&huge, d(2000, 1, 1))];
        let err = period(&runs, d(2000, 1, 1), NaiveDate::MAX, &here()).unwrap_err();
        assert!(matches!(err, ComputeError::Overflow { .. }));
    }
}
