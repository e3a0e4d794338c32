//! Deriving a deadline from a starting date, a time limit and a rule set, step by step.

use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;

use super::rules::Citation;
use super::{RuleSet, TimeLimit};
use crate::calendar::{Calendar, CalendarError};

/// One step of a derivation: the date reached, what was done, and the rule that says so.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Step {
    /// The date this step arrives at.
    pub date: NaiveDate,
    /// What was done, e.g. "+ 2 months" or "extended".
    pub action: String,
    /// Why, in words a lawyer can check.
    pub rule: String,
    /// The legal source, e.g. "CPC art. 641 al. 2".
    pub source: String,
}

/// A derived deadline: the last day on which the order may be obeyed in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// The day the limit runs from (not itself counted).
    pub from: NaiveDate,
    /// The last day to comply; the limit expires at 24:00 on it.
    pub deadline: NaiveDate,
    /// Every step from `from` to `deadline`.
    pub steps: Vec<Step>,
}

/// Why a deadline could not be derived.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// The arithmetic left the supported range of dates.
    #[error("{from} + {limit} falls outside the supported range of dates")]
    OutOfRange { from: NaiveDate, limit: TimeLimit },
    /// The calendar has no data for a year the deadline reached.
    #[error(transparent)]
    Calendar(#[from] CalendarError),
    /// No working day was found within a year of the nominal end (a calendar adjusted beyond reason).
    #[error("no working day within a year after {0}: check the calendar adjustments")]
    NoWorkingDay(NaiveDate),
}

/// Derives the deadline of `limit` running from `from` (the event named `event`, e.g.
/// "notification"), under `rules` with the holidays of `calendar`.
///
/// Months are added to the starting date in one go (never month by month: 31 Jan + 2 months
/// is 31 Mar, while 31 Jan + 1 month + 1 month would be 28 Mar), then days, per CPC art. 641;
/// an end on a non-working day moves to the next working day where the rules say so (CPC art. 642).
///
/// ```
/// use astreinte::calendar::{Calendar, CalendarId};
/// use astreinte::timelimit::{derive_deadline, RuleSet};
/// use chrono::NaiveDate;
///
/// // CNIL v Clearview AI: notified 19 Oct 2022, two months to comply.
/// let notified = NaiveDate::from_ymd_opt(2022, 10, 19).unwrap();
/// let d = derive_deadline(notified, "notification", "2 months".parse().unwrap(),
///                         RuleSet::FrCpc, &Calendar::new(CalendarId::Fr)).unwrap();
/// assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2022, 12, 19).unwrap());
/// ```
pub fn derive_deadline(
    from: NaiveDate,
    event: &str,
    limit: TimeLimit,
    rules: RuleSet,
    calendar: &Calendar,
) -> Result<Deadline, DeadlineError> {
    let out_of_range = || DeadlineError::OutOfRange { from, limit };
    let mut steps = vec![Step {
        date: from,
        action: event.to_string(),
        rule: format!("the limit of {limit} runs from the {event}; that day does not count"),
        source: rules.cite(Citation::Start).to_string(),
    }];

    let mut end = from;
    if limit.total_months() > 0 {
        let months = limit.total_months();
        end = from.checked_add_months(Months::new(months)).ok_or_else(out_of_range)?;
        let span = TimeLimit {
            years: limit.years,
            months: limit.months,
            weeks: 0,
            days: 0,
        };
        let rule = if end.day() == from.day() {
            "the day of the last month with the same number as the starting day".to_string()
        } else {
            format!(
                "that month has no day {}: the limit ends on its last day",
                from.format("%-d")
            )
        };
        steps.push(Step {
            date: end,
            action: format!("+ {span}"),
            rule,
            source: rules.cite(Citation::Months).to_string(),
        });
    }
    if limit.total_days() > 0 {
        let span = TimeLimit {
            years: 0,
            months: 0,
            weeks: limit.weeks,
            days: limit.days,
        };
        end = end
            .checked_add_days(Days::new(u64::from(limit.total_days())))
            .ok_or_else(out_of_range)?;
        let rule = if limit.total_months() > 0 {
            "days are counted after the months".to_string()
        } else {
            "counted from the day after the starting day".to_string()
        };
        steps.push(Step {
            date: end,
            action: format!("+ {span}"),
            rule,
            source: rules.cite(Citation::Days).to_string(),
        });
    }

    if rules.extends_to_working_day() {
        let nominal = end;
        while let Some(reason) = calendar.non_working(end)? {
            let next = end.succ_opt().ok_or_else(out_of_range)?;
            if (next - nominal).num_days() > 366 {
                return Err(DeadlineError::NoWorkingDay(nominal));
            }
            steps.push(Step {
                date: next,
                action: "extended".to_string(),
                rule: format!(
                    "{} is a non-working day ({reason}): the limit runs to the next day",
                    end.format("%a %-d %b %Y")
                ),
                source: rules.cite(Citation::Extension).to_string(),
            });
            end = next;
        }
    }

    steps.push(Step {
        date: end,
        action: "deadline".to_string(),
        rule: format!(
            "last day to comply ({}), the limit expires at 24:00",
            end.format("%a %-d %b %Y")
        ),
        source: rules.cite(Citation::Expiry).to_string(),
    });
    Ok(Deadline {
        from,
        deadline: end,
        steps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarId;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn fr(from: NaiveDate, limit: &str) -> Deadline {
        derive_deadline(
            from,
            "notification",
            limit.parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap()
    }

    fn plain(from: NaiveDate, limit: &str) -> NaiveDate {
        derive_deadline(
            from,
            "notification",
            limit.parse().unwrap(),
            RuleSet::Plain,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap()
        .deadline
    }

    #[test]
    fn clearview_two_months_from_notification() {
        let got = fr(d(2022, 10, 19), "2 months");
        assert_eq!(got.deadline, d(2022, 12, 19));
        assert_eq!(got.steps.len(), 3, "{:#?}", got.steps);
    }

    #[test]
    fn month_ends_are_clamped_from_the_starting_day() {
        // CPC 641 al. 2: 31 Jan 2023 + 1 month = 28 Feb 2023 (a Tuesday: no extension).
        assert_eq!(plain(d(2023, 1, 31), "1 month"), d(2023, 2, 28));
        // Leap year: 31 Jan 2024 + 1 month = 29 Feb 2024.
        assert_eq!(plain(d(2024, 1, 31), "1 month"), d(2024, 2, 29));
        // Added in one go: 31 Jan + 2 months = 31 Mar, not 28 Mar.
        assert_eq!(plain(d(2023, 1, 31), "2 months"), d(2023, 3, 31));
        // 29 Feb 2024 + 1 year = 28 Feb 2025.
        assert_eq!(plain(d(2024, 2, 29), "1 year"), d(2025, 2, 28));
        let clamped = fr(d(2023, 1, 31), "1 month");
        assert!(clamped.steps[1].rule.contains("no day 31"), "{:#?}", clamped.steps);
    }

    #[test]
    fn months_are_counted_before_days() {
        // 31 Jan 2023 + 1 month = 28 Feb, + 15 days = 15 Mar (Wednesday).
        assert_eq!(plain(d(2023, 1, 31), "1 month 15 days"), d(2023, 3, 15));
    }

    #[test]
    fn a_limit_ending_on_a_weekend_moves_to_monday() {
        // 15 Mar 2023 + 10 days = Sat 25 Mar 2023 -> Mon 27 Mar 2023.
        let got = fr(d(2023, 3, 15), "10 days");
        assert_eq!(got.deadline, d(2023, 3, 27));
        let extended: Vec<_> = got.steps.iter().filter(|s| s.action == "extended").collect();
        assert_eq!(extended.len(), 2);
        assert!(extended[0].rule.contains("Saturday"));
        assert!(extended[1].rule.contains("Sunday"));
        assert_eq!(plain(d(2023, 3, 15), "10 days"), d(2023, 3, 25));
    }

    #[test]
    fn a_limit_ending_on_a_holiday_moves_past_it() {
        // 14 Jul 2023 (Friday, Fête nationale) -> Mon 17 Jul 2023, past the weekend too.
        let got = fr(d(2023, 6, 14), "1 month");
        assert_eq!(got.deadline, d(2023, 7, 17));
        assert!(
            got.steps.iter().any(|s| s.rule.contains("Fête nationale")),
            "{:#?}",
            got.steps
        );
        // Easter Monday 2024 is 1 Apr: 1 Mar 2024 + 1 month -> Tue 2 Apr 2024.
        assert_eq!(fr(d(2024, 3, 1), "1 month").deadline, d(2024, 4, 2));
    }

    #[test]
    fn out_of_range_is_an_error() {
        let err = derive_deadline(
            NaiveDate::MAX,
            "notification",
            "1 day".parse().unwrap(),
            RuleSet::Plain,
            &Calendar::new(CalendarId::None),
        );
        assert!(matches!(err, Err(DeadlineError::OutOfRange { .. })));
    }
}
