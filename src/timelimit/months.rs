//! Adding months to a date, the two ways the supported laws count them.
//!
//! Both add the months in one go from the starting day (never month by month: 31 Jan + 2 months
//! is 31 Mar, while 31 Jan + 1 month + 1 month would be 28 Mar).

use chrono::{Datelike, Months, NaiveDate};

/// Where a limit of some months ends, and whether the month lacked the day it should have ended on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct MonthsEnd {
    pub date: NaiveDate,
    /// The day-number the last month lacks (31 for one month from 31 Jan), if it does.
    pub missing_day: Option<u32>,
}

/// The day of the last month with the same number as `from`, or that month's last day when it has
/// none (CPC art. 641 al. 2; Basel Convention art. 4; RP CJ art. 49(1)).
///
/// `None` only when the result leaves chrono's range of dates.
pub(crate) fn same_day_number(from: NaiveDate, months: u32) -> Option<MonthsEnd> {
    let date = from.checked_add_months(Months::new(months))?;
    Some(MonthsEnd {
        date,
        missing_day: (date.day() != from.day()).then_some(from.day()),
    })
}

/// Belgian Code judiciaire art. 54 with art. 52: the limit starts the day after `from` and runs
/// « de quantième à veille de quantième », to the day before the day with the first day's number
/// in the last month. When the last month has no such day, the limit ends on that month's last day.
pub(crate) fn quantieme_to_eve(from: NaiveDate, months: u32) -> Option<MonthsEnd> {
    let first_day = from.succ_opt()?;
    let last_month = first_day.with_day(1)?.checked_add_months(Months::new(months))?;
    match last_month.with_day(first_day.day()) {
        Some(same_number) => Some(MonthsEnd {
            date: same_number.pred_opt()?,
            missing_day: None,
        }),
        None => Some(MonthsEnd {
            date: last_month.checked_add_months(Months::new(1))?.pred_opt()?,
            missing_day: Some(first_day.day()),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn same_day_number_clamps_and_says_so() {
        assert_eq!(
            same_day_number(d(2023, 1, 31), 1),
            Some(MonthsEnd {
                date: d(2023, 2, 28),
                missing_day: Some(31)
            })
        );
        assert_eq!(same_day_number(d(2023, 1, 31), 2).unwrap().missing_day, None);
        assert_eq!(same_day_number(NaiveDate::MAX, 1), None);
    }

    #[test]
    fn belgian_months_run_to_the_eve_of_the_same_number() {
        // droitbelge.be (Lefebvre & Corbeel, 18 Feb 2020): served 23 Sep 2019 -> 23 Oct 2019.
        assert_eq!(quantieme_to_eve(d(2019, 9, 23), 1).unwrap().date, d(2019, 10, 23));
        // Served 28 Feb 2023: from 1 Mar to the eve of 1 Apr.
        assert_eq!(quantieme_to_eve(d(2023, 2, 28), 1).unwrap().date, d(2023, 3, 31));
        // Served 31 Jan: from 1 Feb to the eve of 1 Mar.
        assert_eq!(quantieme_to_eve(d(2024, 1, 31), 1).unwrap().date, d(2024, 2, 29));
        // Served 30 Jan 2023: from 31 Jan; February has no 31st.
        assert_eq!(
            quantieme_to_eve(d(2023, 1, 30), 1),
            Some(MonthsEnd {
                date: d(2023, 2, 28),
                missing_day: Some(31)
            })
        );
        // Twelve months from 29 Feb 2024 served on 28 Feb: from 29 Feb, 2025 has none.
        assert_eq!(quantieme_to_eve(d(2024, 2, 28), 12).unwrap().date, d(2025, 2, 28));
    }

    proptest! {
        #[test]
        fn both_ways_agree_except_at_month_ends(y in 1600i32..9000, m in 1u32..=12, day in 1u32..=28, n in 1u32..240) {
            // Away from month ends (day <= 27 leaves the day after within the same month), the
            // Belgian count lands on the same day as the French one.
            prop_assume!(day <= 27);
            let from = d(y, m, day);
            prop_assert_eq!(quantieme_to_eve(from, n).unwrap().date, same_day_number(from, n).unwrap().date);
        }

        #[test]
        fn the_result_is_in_the_right_month(y in 1600i32..9000, m in 1u32..=12, day in 1u32..=31, n in 0u32..240) {
            prop_assume!(NaiveDate::from_ymd_opt(y, m, day).is_some());
            let from = d(y, m, day);
            let end = same_day_number(from, n).unwrap();
            let months = (end.date.year() - y) * 12 + end.date.month() as i32 - m as i32;
            prop_assert_eq!(months, n as i32);
            prop_assert_eq!(end.missing_day.is_none(), end.date.day() == day);
        }
    }
}
