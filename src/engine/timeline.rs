//! Running days: the days on which a penalty runs, numbered from its first day, with
//! suspended days taken out. A suspension stops the clock and the count resumes where it
//! stopped, as a suspended time limit does (C. civ. art. 2230: suspension halts the running
//! without erasing the time already run).
//!
//! Every mapping is arithmetic over the list of suspensions, never over days.

use chrono::{Days, NaiveDate};

use crate::dates::days_between;

/// A penalty's first day and its suspensions (sorted, disjoint, each ending on or after the
/// first day).
///
/// Every question (running days through a date, the date of a running day, the suspensions
/// within a period) is a binary search over the suspensions and a look at those it concerns:
/// a penalty with thousands of suspensions liquidated thousands of times costs a few
/// operations a period, not thousands.
#[derive(Debug, Clone)]
pub(crate) struct Timeline {
    start: NaiveDate,
    suspended: Vec<(NaiveDate, NaiveDate)>,
    /// Suspended days before each suspension, and all of them last (one more than the
    /// suspensions).
    days_before: Vec<i64>,
    /// Running days before each suspension: never decreasing.
    running_before: Vec<i64>,
}

impl Timeline {
    /// `start` and the suspensions (sorted and disjoint); those wholly before `start` are dropped
    /// and one straddling it is clipped to it.
    pub(crate) fn new(start: NaiveDate, suspensions: impl IntoIterator<Item = (NaiveDate, NaiveDate)>) -> Self {
        let suspended: Vec<(NaiveDate, NaiveDate)> = suspensions
            .into_iter()
            .filter(|(_, through)| *through >= start)
            .map(|(from, through)| (from.max(start), through))
            .collect();
        let mut days_before = Vec::with_capacity(suspended.len() + 1);
        let mut running_before = Vec::with_capacity(suspended.len());
        let mut total = 0;
        for &(from, through) in &suspended {
            days_before.push(total);
            running_before.push(days_between(start, from) - 1 - total);
            total += days_between(from, through);
        }
        days_before.push(total);
        Timeline {
            start,
            suspended,
            days_before,
            running_before,
        }
    }

    /// The index of the first suspension ending on or after `date`.
    fn first_ending_from(&self, date: NaiveDate) -> usize {
        self.suspended.partition_point(|(_, through)| *through < date)
    }

    pub(crate) fn start(&self) -> NaiveDate {
        self.start
    }

    /// The suspended stretches, clipped to the first day.
    pub(crate) fn suspended(&self) -> &[(NaiveDate, NaiveDate)] {
        &self.suspended
    }

    /// How many running days there are from the first day through `date`: 0 before the start.
    pub(crate) fn running(&self, date: NaiveDate) -> i64 {
        let n = days_between(self.start, date);
        // The last suspension starting on or before `date`: those before it are over by then.
        let started = self.suspended.partition_point(|(from, _)| *from <= date);
        let Some(last) = started.checked_sub(1) else {
            return n;
        };
        super::visits::visited(1);
        match (self.suspended.get(last), self.days_before.get(last)) {
            (Some(&(from, through)), Some(before)) => n - before - days_between(from, through.min(date)),
            _ => n,
        }
    }

    /// The running days in `from..=through`.
    #[cfg(test)]
    pub(crate) fn running_between(&self, from: NaiveDate, through: NaiveDate) -> i64 {
        match from.pred_opt() {
            Some(before) => (self.running(through) - self.running(before)).max(0),
            None => self.running(through),
        }
    }

    /// The calendar date of running day `n` (1 is the first day), or `None` past the last date.
    pub(crate) fn day(&self, n: i64) -> Option<NaiveDate> {
        let offset = u64::try_from(n.checked_sub(1)?).ok()?;
        // The suspensions that come before running day `n`: it falls after all of them.
        let passed = self.running_before.partition_point(|&before| before < n);
        super::visits::visited(1);
        let skipped = u64::try_from(*self.days_before.get(passed)?).ok()?;
        self.start.checked_add_days(Days::new(offset.checked_add(skipped)?))
    }

    /// The suspended stretches within `from..=through`, clipped to it.
    pub(crate) fn suspended_within(
        &self,
        from: NaiveDate,
        through: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, NaiveDate)> + '_ {
        let first = self.first_ending_from(from);
        self.suspended
            .iter()
            .skip(first)
            .take_while(move |(a, _)| *a <= through)
            .inspect(|_| super::visits::visited(1))
            .map(move |(a, b)| ((*a).max(from), (*b).min(through)))
    }

    /// Whether `day` falls inside a suspension.
    pub(crate) fn is_suspended(&self, day: NaiveDate) -> bool {
        self.suspended_within(day, day).next().is_some()
    }

    /// The days of `from..=through` on which the penalty runs (no suspension), as stretches in
    /// order. An iterator rather than a vector: the engine asks for them twice a case, and a
    /// vector each time was two allocations a case.
    pub(crate) fn running_spans(
        &self,
        from: NaiveDate,
        through: NaiveDate,
    ) -> impl Iterator<Item = (NaiveDate, NaiveDate)> + '_ {
        let first = from.max(self.start);
        // The first day not yet handed out; `None` once a suspension reaches the last date.
        let mut cursor = Some(first);
        // Each suspension closes the stretch before it; `None` stands for the end of the period,
        // which closes the last one.
        let ends = self.suspended_within(first, through).map(Some).chain([None]);
        ends.filter_map(move |end| {
            let start = cursor?;
            match end {
                Some((a, b)) => {
                    cursor = b.succ_opt();
                    a.pred_opt().filter(|_| a > start).map(|before| (start, before))
                }
                None => (start <= through).then_some((start, through)),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

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
            assert!(!t.is_suspended(date), "{date} is suspended");
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
            t.running_spans(d(2020, 1, 1), d(2020, 1, 12)).collect::<Vec<_>>(),
            [(d(2020, 1, 5), d(2020, 1, 7)), (d(2020, 1, 10), d(2020, 1, 12))]
        );
        assert_eq!(t.running_between(d(2020, 1, 1), d(2020, 1, 12)), 6);
    }

    proptest! {
        /// `running` and `day` (binary searches over the suspensions) give what a walk over
        /// the days gives.
        #[test]
        fn running_days_are_the_days_walked_through(
            gaps in proptest::collection::vec((0u64..40, 0u64..20), 0..6),
            probe in 0u64..400,
        ) {
            let start = d(2020, 1, 1);
            let plus = |date: NaiveDate, days| date.checked_add_days(Days::new(days)).unwrap();
            let mut at = d(2019, 12, 20);
            let suspensions: Vec<_> = gaps
                .iter()
                .map(|&(gap, len)| {
                    let a = plus(at, gap + 1);
                    at = plus(a, len);
                    (a, at)
                })
                .collect();
            let t = Timeline::new(start, suspensions.iter().copied());
            let date = plus(d(2019, 12, 1), probe);
            let suspended = |day: NaiveDate| suspensions.iter().any(|&(a, b)| a <= day && day <= b);
            let mut walked = 0;
            let mut day = start;
            while day <= date {
                if !suspended(day) {
                    walked += 1;
                    prop_assert_eq!(t.day(walked), Some(day));
                }
                day = day.succ_opt().unwrap();
            }
            prop_assert_eq!(t.running(date), walked);
        }

        /// The stretches are the running days, no more and no fewer: in order, apart, clear of
        /// every suspension, and as many days as `running_between` counts.
        #[test]
        fn running_spans_are_exactly_the_running_days(
            gaps in proptest::collection::vec((0u64..40, 0u64..20), 0..4),
            from in 0u64..200,
            length in 0u64..200,
        ) {
            let start = d(2020, 1, 1);
            let plus = |date: NaiveDate, days| date.checked_add_days(Days::new(days)).unwrap();
            // Suspensions from late 2019: some end before the start or straddle it.
            let mut at = d(2019, 12, 20);
            let suspensions: Vec<_> = gaps
                .iter()
                .map(|&(gap, len)| {
                    let a = plus(at, gap + 1);
                    at = plus(a, len);
                    (a, at)
                })
                .collect();
            let t = Timeline::new(start, suspensions.iter().copied());
            let from = plus(d(2019, 12, 1), from);
            let through = plus(from, length);
            let spans: Vec<_> = t.running_spans(from, through).collect();
            for (i, &(lo, hi)) in spans.iter().enumerate() {
                prop_assert!(lo <= hi && lo >= from.max(start) && hi <= through, "{lo}..{hi}");
                prop_assert!(!t.is_suspended(lo) && !t.is_suspended(hi), "{lo}..{hi}");
                prop_assert!(t.suspended_within(lo, hi).next().is_none(), "{lo}..{hi}");
                if let Some(&(next, _)) = spans.get(i + 1) {
                    prop_assert!(hi.succ_opt().unwrap() < next, "{hi} then {next}");
                }
            }
            let days: i64 = spans.iter().map(|&(lo, hi)| days_between(lo, hi)).sum();
            prop_assert_eq!(days, t.running_between(from, through));
        }
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn running_example() {
        use super::Timeline;
        use chrono::NaiveDate;
        let d = |m, day| NaiveDate::from_ymd_opt(2020, m, day).unwrap();
        let t = Timeline::new(d(3, 1), [(d(3, 10), d(3, 19))]);
        assert_eq!(t.running(d(3, 9)), 9);
        assert_eq!(t.running(d(3, 15)), 9); // suspended: the clock stands still
        assert_eq!(t.running(d(3, 20)), 10);
        assert_eq!(t.day(10), Some(d(3, 20)));
    }

    #[test]
    fn running_spans_example() {
        use super::Timeline;
        use chrono::NaiveDate;
        let d = |m, day| NaiveDate::from_ymd_opt(2020, m, day).unwrap();
        let t = Timeline::new(d(3, 1), [(d(3, 10), d(3, 19))]);
        let spans: Vec<_> = t.running_spans(d(2, 1), d(3, 31)).collect();
        assert_eq!(spans, [(d(3, 1), d(3, 9)), (d(3, 20), d(3, 31))]);
    }
}
