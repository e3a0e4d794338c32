//! Running days: the days on which a penalty runs, numbered from its first day, with
//! suspended days taken out. A suspension stops the clock and the count resumes where it
//! stopped, as a suspended time limit does (C. civ. art. 2230: suspension halts the running
//! without erasing the time already run).
//!
//! Every mapping is arithmetic over the list of suspensions, never over days.

use chrono::{Days, NaiveDate};

use super::accrual::days_between;

/// A penalty's first day and its suspensions (sorted, disjoint, each ending on or after the
/// first day).
#[derive(Debug, Clone)]
pub struct Timeline {
    start: NaiveDate,
    suspended: Vec<(NaiveDate, NaiveDate)>,
}

impl Timeline {
    /// `start` and the suspensions (sorted and disjoint); those wholly before `start` are dropped
    /// and one straddling it is clipped to it.
    pub fn new(start: NaiveDate, suspensions: impl IntoIterator<Item = (NaiveDate, NaiveDate)>) -> Self {
        let suspended = suspensions
            .into_iter()
            .filter(|(_, through)| *through >= start)
            .map(|(from, through)| (from.max(start), through))
            .collect();
        Timeline { start, suspended }
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The suspended stretches, clipped to the first day.
    pub fn suspended(&self) -> &[(NaiveDate, NaiveDate)] {
        &self.suspended
    }

    /// How many running days there are from the first day through `date`: 0 before the start.
    ///
    /// ```
    /// use astreinte::engine::Timeline;
    /// use chrono::NaiveDate;
    /// let d = |m, day| NaiveDate::from_ymd_opt(2020, m, day).unwrap();
    /// let t = Timeline::new(d(3, 1), [(d(3, 10), d(3, 19))]);
    /// assert_eq!(t.running(d(3, 9)), 9);
    /// assert_eq!(t.running(d(3, 15)), 9); // suspended: the clock stands still
    /// assert_eq!(t.running(d(3, 20)), 10);
    /// assert_eq!(t.day(10), Some(d(3, 20)));
    /// ```
    pub fn running(&self, date: NaiveDate) -> i64 {
        let mut n = days_between(self.start, date);
        for &(from, through) in &self.suspended {
            if from > date {
                break;
            }
            n -= days_between(from, through.min(date));
        }
        n
    }

    /// The running days in `from..=through`.
    pub fn running_between(&self, from: NaiveDate, through: NaiveDate) -> i64 {
        match from.pred_opt() {
            Some(before) => (self.running(through) - self.running(before)).max(0),
            None => self.running(through),
        }
    }

    /// The calendar date of running day `n` (1 is the first day), or `None` past the last date.
    pub fn day(&self, n: i64) -> Option<NaiveDate> {
        let offset = u64::try_from(n.checked_sub(1)?).ok()?;
        let mut date = self.start.checked_add_days(Days::new(offset))?;
        for &(from, through) in &self.suspended {
            if from > date {
                break;
            }
            let length = u64::try_from(days_between(from, through)).ok()?;
            date = date.checked_add_days(Days::new(length))?;
        }
        Some(date)
    }

    /// The suspended stretches within `from..=through`, clipped to it.
    pub fn suspended_within(&self, from: NaiveDate, through: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        self.suspended
            .iter()
            .filter(|(a, b)| *a <= through && *b >= from)
            .map(|(a, b)| ((*a).max(from), (*b).min(through)))
            .collect()
    }

    /// The days of `from..=through` on which the penalty runs (no suspension), as stretches.
    pub fn running_spans(&self, from: NaiveDate, through: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        let mut spans = Vec::with_capacity(1 + self.suspended.len());
        let mut cursor = from.max(self.start);
        for (a, b) in self.suspended_within(cursor, through) {
            if a > cursor
                && let Some(end) = a.pred_opt()
            {
                spans.push((cursor, end));
            }
            match b.succ_opt() {
                Some(next) => cursor = next,
                None => return spans,
            }
        }
        if cursor <= through {
            spans.push((cursor, through));
        }
        spans
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn day_and_running_are_inverse_on_running_days() {
        let t = Timeline::new(
            d(2020, 1, 1),
            [(d(2020, 1, 5), d(2020, 1, 6)), (d(2020, 1, 8), d(2020, 1, 8))],
        );
        for n in 1..30 {
            let date = t.day(n).unwrap();
            assert_eq!(t.running(date), n, "{date}");
            assert!(t.suspended_within(date, date).is_empty(), "{date} is suspended");
        }
        assert_eq!(t.day(5), Some(d(2020, 1, 7)));
        assert_eq!(t.day(6), Some(d(2020, 1, 9)));
    }

    #[test]
    fn spans_leave_out_suspensions_and_what_precedes_the_start() {
        let t = Timeline::new(
            d(2020, 1, 3),
            [(d(2019, 12, 30), d(2020, 1, 4)), (d(2020, 1, 8), d(2020, 1, 9))],
        );
        assert_eq!(
            t.running_spans(d(2020, 1, 1), d(2020, 1, 12)),
            vec![(d(2020, 1, 5), d(2020, 1, 7)), (d(2020, 1, 10), d(2020, 1, 12))]
        );
        assert_eq!(t.running_between(d(2020, 1, 1), d(2020, 1, 12)), 6);
    }
}
