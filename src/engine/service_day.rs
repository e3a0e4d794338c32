//! Services dated on a day no service may be made without the judge's leave.
//!
//! CPC art. 664: no service (*signification*) may be made before 6:00 or after 21:00, nor on a
//! Sunday or a public holiday or closed day (*jour férié ou chômé*), save by leave of the judge
//! in case of necessity. A service dated on such a day is not void by itself (leave may have
//! been given), but a décompte built on it must not hide it: the engine notes it, and the
//! reader checks the leave. Saturdays are not named by art. 664. Only the French civil rule set
//! (`fr-cpc`) carries the rule; the other regimes' notifications (by registered letter, by the
//! registry, by the Commission) are not services by a bailiff.

use chrono::NaiveDate;

use crate::calendar::{Calendar, NonWorking};
use crate::case::Case;
use crate::report::{Note, Served};
use crate::timelimit::RuleSet;

/// The notes for every service of `case` dated on a Sunday, a public holiday or a day its
/// calendar closes, in the order the case file gives them: the notification, the order's
/// service, each party's, each liquidation's.
///
/// ```text
/// rules = "fr-cpc", order.notified = 2024-06-02 (a Sunday)
///   -> Note::ServedOnRestDay { served: Notification, date: 2024-06-02, day: Sunday }
/// ```
pub(super) fn notes(case: &Case) -> Vec<Note> {
    if case.rules != RuleSet::FrCpc {
        return Vec::new();
    }
    let parties = case
        .filing
        .parties
        .iter()
        .filter_map(|p| Some((Served::Party(p.name.clone()), p.served?)));
    let liquidations =
        (case.liquidations.iter().enumerate()).filter_map(|(i, l)| Some((Served::Liquidation(i + 1), l.served?)));
    let services = [
        case.order.notified.map(|d| (Served::Notification, d)),
        case.filing.served.map(|d| (Served::Order, d)),
    ];
    services
        .into_iter()
        .flatten()
        .chain(parties)
        .chain(liquidations)
        .filter_map(|(served, date)| {
            rest_day(&case.calendar, date).map(|day| Note::ServedOnRestDay { served, date, day })
        })
        .collect()
}

/// Why art. 664 forbids a service on `date` without leave: a Sunday, a public holiday (one
/// falling on a Saturday too) or a day the case's calendar closes; `None` on any other day,
/// and on a date beyond the calendar's years (which other checks report).
fn rest_day(calendar: &Calendar, date: NaiveDate) -> Option<NonWorking> {
    match calendar.non_working(date).ok()?? {
        NonWorking::Saturday => {
            let holiday = calendar.holiday(date).ok()??;
            let added = calendar
                .added()
                .iter()
                .any(|a| a.date == date && a.name == holiday.name);
            Some(if added {
                NonWorking::Added(holiday)
            } else {
                NonWorking::Holiday(holiday)
            })
        }
        day => Some(day),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarId;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn sundays_and_holidays_are_rest_days_and_a_plain_saturday_is_not() {
        let fr = Calendar::new(CalendarId::Fr);
        assert_eq!(rest_day(&fr, day("2024-06-02")), Some(NonWorking::Sunday));
        assert!(
            matches!(rest_day(&fr, day("2024-05-01")), Some(NonWorking::Holiday(h)) if h.name == "Fête du Travail")
        );
        assert_eq!(rest_day(&fr, day("2024-06-01")), None, "a Saturday");
        assert_eq!(rest_day(&fr, day("2024-06-03")), None, "a Monday");
        // 1 May 2021 was a Saturday: a holiday all the same.
        assert!(matches!(rest_day(&fr, day("2021-05-01")), Some(NonWorking::Holiday(_))));
    }

    #[test]
    fn a_day_the_case_closes_is_a_rest_day_even_on_a_saturday() {
        let mut fr = Calendar::new(CalendarId::Fr);
        fr.add(day("2024-06-01"), "grève".into());
        fr.add(day("2024-06-04"), "grève".into());
        assert!(matches!(rest_day(&fr, day("2024-06-01")), Some(NonWorking::Added(_))));
        assert!(matches!(rest_day(&fr, day("2024-06-04")), Some(NonWorking::Added(_))));
    }
}
