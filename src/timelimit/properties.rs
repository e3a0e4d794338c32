//! Properties of deadlines that hold under every rule set, calendar and counting option, over
//! the whole supported range of years: the invariants a court figure depends on.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;

use super::{Counting, Distance, MonthEnd, RuleSet, TimeLimit, derive_deadline};
use crate::calendar::{Calendar, CalendarId, FIRST_YEAR, LAST_YEAR};

fn first_supported() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap()
}

/// A date from 1583 to 9999 (4,000 days short of the end, so most limits stay in range).
fn date() -> impl Strategy<Value = NaiveDate> {
    let span = (NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap() - first_supported()).num_days() as u64;
    (0..span).prop_map(|n| first_supported() + Days::new(n))
}

fn limit() -> impl Strategy<Value = TimeLimit> {
    (0u32..3, 0u32..30, 0u32..20, 0u32..100)
        .prop_filter("a limit of zero is refused", |(y, m, w, d)| y + m + w + d > 0)
        .prop_map(|(years, months, weeks, days)| TimeLimit {
            years,
            months,
            weeks,
            days,
        })
}

/// Any rule set with any distance it grants and either month-end policy.
fn counting() -> impl Strategy<Value = Counting> {
    (0..RuleSet::ALL.len(), 0usize..4, any::<bool>()).prop_map(|(r, d, strict)| {
        let rules = RuleSet::ALL[r];
        let distance = [
            None,
            Some(Distance::Overseas),
            Some(Distance::Abroad),
            Some(Distance::TenDays),
        ][d];
        let month_end = if strict { MonthEnd::Error } else { MonthEnd::Clamp };
        Counting::new(rules, distance, month_end).unwrap_or(Counting::from(rules))
    })
}

fn calendar() -> impl Strategy<Value = Calendar> {
    (0..CalendarId::ALL.len()).prop_map(|i| Calendar::new(CalendarId::ALL[i]))
}

/// Algemene termijnenwet art. 4: long limits are not extended (see `deadline::atw_excludes`).
fn atw_long(limit: TimeLimit) -> bool {
    if limit.total_months() > 0 {
        limit.total_months() > 3 || (limit.total_months() == 3 && limit.total_days() > 0)
    } else if limit.days == 0 {
        limit.weeks > 12
    } else {
        limit.total_days() > 90
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Under a rule set that extends a limit ending on a non-working day, the deadline is a
    /// working day of the case's calendar, whichever calendar it is; or the derivation is
    /// refused with an error (a year without a calendar), never a panic.
    #[test]
    fn an_extended_deadline_is_never_a_non_working_day(
        from in date(), limit in limit(), counting in counting(), calendar in calendar(),
    ) {
        let Ok(got) = derive_deadline(from, "notification", limit, counting, &calendar) else {
            return Ok(());
        };
        let extends = counting.rules.extends_to_working_day()
            && !(counting.rules == RuleSet::NlAtw && atw_long(limit));
        if extends {
            prop_assert_eq!(calendar.is_working_day(got.deadline), Ok(true), "{:#?}", got.steps);
        }
        prop_assert!(got.deadline > from);
    }

    /// A later start never gives an earlier deadline.
    #[test]
    fn a_deadline_is_monotone_in_its_start_date(
        from in date(), later_by in 0u64..400, limit in limit(), counting in counting(), calendar in calendar(),
    ) {
        let later = from + Days::new(later_by);
        let (Ok(a), Ok(b)) = (
            derive_deadline(from, "notification", limit, counting, &calendar),
            derive_deadline(later, "notification", limit, counting, &calendar),
        ) else {
            return Ok(());
        };
        prop_assert!(a.deadline <= b.deadline, "{from} gives {}, {later} gives {}", a.deadline, b.deadline);
    }

    /// Dates at the edges of what chrono holds, and limits at the parser's maximum, end in a
    /// deadline or an error.
    #[test]
    fn extreme_dates_end_in_a_result_or_an_error(
        near_end in any::<bool>(), offset in 0u64..2_000, big in 0u32..=1_000_000, counting in counting(), calendar in calendar(),
    ) {
        let from = if near_end {
            NaiveDate::MAX.checked_sub_days(Days::new(offset)).unwrap()
        } else {
            NaiveDate::MIN + Days::new(offset)
        };
        for limit in [TimeLimit { years: big, ..TimeLimit::default() }, TimeLimit { days: big.max(1), ..TimeLimit::default() }] {
            let _ = derive_deadline(from, "notification", limit, counting, &calendar);
        }
    }
}
