//! Units of a penalty on its running days: unit `k` (from 0) and the running days it covers.
//!
//! Days and weeks are fixed lengths. Months, quarters, semesters and years are calendar months
//! counted from the first day of accrual: unit `k` begins on the start date plus `k × m`
//! months, clamped to the month's end when the day-number does not exist, and always added to
//! the start date itself, never step by step (CPC art. 641 al. 2; Reg. 1182/71 art. 3(2)(c)).
//! Running days are laid on a calendar that has no suspended day, so a suspension pushes the
//! remaining units back by its length.

use chrono::{Datelike, Months, NaiveDate};

use crate::case::Per;

/// The unit grid of a penalty.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Clock {
    /// Units of this many running days.
    Fixed(i64),
    /// Units of this many calendar months from `start`.
    Months { start: NaiveDate, months: u32 },
}

impl Clock {
    /// The grid of `per` for a penalty whose first day is `start`. `None` for violations,
    /// which are not counted on a grid.
    pub(crate) fn new(per: Per, start: NaiveDate) -> Option<Clock> {
        let months = |months| Some(Clock::Months { start, months });
        match per {
            Per::Day => Some(Clock::Fixed(1)),
            Per::Week => Some(Clock::Fixed(7)),
            Per::Month => months(1),
            Per::Quarter => months(3),
            Per::Semester => months(6),
            Per::Year => months(12),
            Per::Violation => None,
        }
    }

    /// The first running day of unit `k` (running days count from 1).
    pub(crate) fn first(&self, k: i64) -> Option<i64> {
        match *self {
            Clock::Fixed(len) => k.checked_mul(len)?.checked_add(1),
            Clock::Months { start, months } => {
                let total = u32::try_from(k).ok()?.checked_mul(months)?;
                let begins = start.checked_add_months(Months::new(total))?;
                Some((begins - start).num_days() + 1)
            }
        }
    }

    /// The last running day of unit `k`.
    pub(crate) fn last(&self, k: i64) -> Option<i64> {
        Some(self.first(k.checked_add(1)?)? - 1)
    }

    /// The length of unit `k` in running days.
    #[cfg(test)]
    pub(crate) fn length(&self, k: i64) -> Option<i64> {
        Some(self.last(k)? - self.first(k)? + 1)
    }

    /// The unit holding running day `n` (n ≥ 1).
    pub(crate) fn unit_of(&self, n: i64) -> Option<i64> {
        match *self {
            Clock::Fixed(len) => Some((n - 1).div_euclid(len)),
            Clock::Months { start, months } => {
                let date = start.checked_add_signed(chrono::TimeDelta::try_days(n - 1)?)?;
                let elapsed = (i64::from(date.year_ce().1) - i64::from(start.year_ce().1)) * 12
                    + i64::from(date.month0())
                    - i64::from(start.month0());
                let mut k = elapsed.max(0) / i64::from(months);
                // The estimate is off by at most one unit where a month end was clamped.
                while k > 0 && self.first(k)? > n {
                    k -= 1;
                }
                while self.first(k + 1)? <= n {
                    k += 1;
                }
                Some(k)
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_are_added_to_the_start_date_never_step_by_step() {
        let c = Clock::new(Per::Month, d(2023, 1, 31)).unwrap();
        // Unit 1 begins 28 Feb (clamped), unit 2 on 31 Mar (31 Jan + 2 months), not 28 Mar.
        assert_eq!(c.first(1), Some(29));
        assert_eq!(c.first(2), Some(60));
        assert_eq!(c.length(0), Some(28));
        assert_eq!(c.length(1), Some(31));
        assert_eq!(c.unit_of(28), Some(0));
        assert_eq!(c.unit_of(29), Some(1));
        assert_eq!(c.unit_of(60), Some(2));
    }

    #[test]
    fn unit_of_agrees_with_first_over_a_long_range() {
        for per in [Per::Week, Per::Month, Per::Quarter, Per::Semester, Per::Year] {
            for start in [d(2020, 1, 31), d(2021, 8, 29), d(2023, 3, 1)] {
                let c = Clock::new(per, start).unwrap();
                for k in 0..40 {
                    let (first, last) = (c.first(k).unwrap(), c.last(k).unwrap());
                    assert_eq!(c.unit_of(first), Some(k), "{per:?} {start} unit {k}");
                    assert_eq!(c.unit_of(last), Some(k), "{per:?} {start} unit {k}");
                }
            }
        }
    }

    #[test]
    fn semesters_of_the_conseil_d_etat_case() {
        // From 11 Jan 2021: the first semester runs to 10 Jul 2021.
        let c = Clock::new(Per::Semester, d(2021, 1, 11)).unwrap();
        assert_eq!(c.last(0), Some((d(2021, 7, 10) - d(2021, 1, 11)).num_days() + 1));
    }
}
