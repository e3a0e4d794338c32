//! Deriving a deadline from a starting date, a time limit and a rule set, step by step.

use std::borrow::Cow;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use super::months;
use super::rules::Citation;
use super::{Counting, Distance, MonthEnd, RuleSet, Step, StepKind, TimeLimit};
use crate::calendar::{Calendar, CalendarError};

/// A derived deadline: the last day on which the order may be obeyed in time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Deadline {
    /// The day the limit runs from (not itself counted).
    #[serde(serialize_with = "crate::dates::iso")]
    pub from: NaiveDate,
    /// The last day to comply; the limit expires at 24:00 on it.
    #[serde(serialize_with = "crate::dates::iso")]
    pub deadline: NaiveDate,
    /// Every step from `from` to `deadline`.
    pub steps: Vec<Step>,
}

/// Why a deadline could not be derived.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DeadlineError {
    /// The arithmetic left the supported range of dates ([`crate::dates::RANGE`]).
    OutOfRange { from: NaiveDate, limit: TimeLimit },
    /// The deadline is the last supported date: the first day of delay, the day after, is not.
    NoDayAfter(NaiveDate),
    /// The calendar has no data for a year the deadline reached.
    Calendar(#[from] CalendarError),
    /// No working day was found within a year of the nominal end (a calendar adjusted beyond reason).
    NoWorkingDay(NaiveDate),
    /// `month_end = "error"` and the last month lacks the day the limit should end on.
    MonthEndMissing {
        from: NaiveDate,
        limit: TimeLimit,
        day: u32,
        clamped: NaiveDate,
    },
}

/// In English, as the catalogue words it.
impl std::fmt::Display for DeadlineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Deadline(self.clone())))
    }
}

/// The longest walk over consecutive non-working days before giving up: far beyond any real
/// calendar, it only stops a calendar whose adjustments removed every working day.
const MAX_EXTENSION_DAYS: i64 = 366;

/// Derives the deadline of `limit` running from `from` (the event named `event`, e.g.
/// "notification"), counted under `counting` (a [`RuleSet`], or a [`Counting`] with a distance
/// extension and a month-end policy) with the holidays of `calendar`.
///
/// Months are added to the starting date in one go (never month by month: 31 Jan + 2 months
/// is 31 Mar, while 31 Jan + 1 month + 1 month would be 28 Mar), then days, per CPC art. 641 and
/// its equivalents; an end on a non-working day moves to the next working day where the rules
/// say so (CPC art. 642, C. jud. art. 53, Atw art. 1, RP CJ art. 49(2), Basel Convention art. 5).
/// Every step records the rule and its source.
///
/// The work does not depend on the length of the limit: the only walks over days are the
/// extension over consecutive non-working days, and (Atw art. 2) the search for the first two
/// working days of a limit.
pub(crate) fn derive_deadline(
    from: NaiveDate,
    event: impl Into<Cow<'static, str>>,
    limit: TimeLimit,
    counting: impl Into<Counting>,
    calendar: &Calendar,
) -> Result<Deadline, DeadlineError> {
    let counting = counting.into();
    let rules = counting.rules;
    let distance_months = counting.distance.map_or(0, Distance::months);
    let months = limit.total_months() + distance_months;
    let months_span = TimeLimit {
        years: limit.years,
        months: limit.months + distance_months,
        weeks: 0,
        days: 0,
    };
    let event: Cow<'static, str> = event.into();
    let out_of_range = || DeadlineError::OutOfRange { from, limit };

    // Room for the steps of a usual derivation and the engine's own (first day of delay...).
    let mut steps = Vec::with_capacity(8);
    steps.push(Step {
        date: from,
        source: rules.cite(Citation::Start),
        kind: StepKind::Start {
            event: event.clone(),
            limit,
            franc: rules == RuleSet::FrAdminFranc,
        },
    });

    if let Some(distance) = counting.distance.filter(|d| d.months() > 0) {
        steps.push(Step {
            date: from,
            source: rules.cite_distance(distance),
            kind: StepKind::DistanceMonths {
                distance,
                span: months_span,
                event: event.clone(),
            },
        });
    }

    let mut end = from;
    if months > 0 {
        let belgian = rules == RuleSet::BeCj;
        let reached = if belgian {
            months::quantieme_to_eve(from, months)
        } else {
            months::same_day_number(from, months)
        }
        .ok_or_else(out_of_range)?;
        end = reached.date;
        if let Some(day) = reached.missing_day
            && counting.month_end == MonthEnd::Error
        {
            return Err(DeadlineError::MonthEndMissing {
                from,
                limit: months_span,
                day,
                clamped: end,
            });
        }
        steps.push(Step {
            date: end,
            source: rules.cite(Citation::Months),
            kind: StepKind::Months {
                span: months_span,
                missing_day: reached.missing_day,
                to_eve: belgian,
                event: event.clone(),
            },
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
        steps.push(Step {
            date: end,
            source: rules.cite(Citation::Days),
            kind: StepKind::Days {
                span,
                after_months: months > 0,
            },
        });
    }
    if let Some(distance) = counting.distance.filter(|d| d.days() > 0) {
        end = end
            .checked_add_days(Days::new(u64::from(distance.days())))
            .ok_or_else(out_of_range)?;
        steps.push(Step {
            date: end,
            source: rules.cite_distance(distance),
            kind: StepKind::DistanceDays {
                distance,
                days: distance.days(),
            },
        });
    }

    if rules.is_franc() {
        let expiry = end;
        end = end.succ_opt().ok_or_else(out_of_range)?;
        steps.push(Step {
            date: end,
            source: rules.cite(Citation::Franc),
            kind: StepKind::Franc { expiry },
        });
    }

    // Past the last supported date, the calendars have no holidays to extend over, and the
    // deadline could not be written as `YYYY-MM-DD`.
    if end > crate::dates::LAST {
        return Err(out_of_range());
    }
    let nominal = end;
    if rules == RuleSet::NlAtw && atw_excludes(limit) {
        steps.push(Step {
            date: end,
            source: rules.cite(Citation::NotExtended),
            kind: StepKind::NotExtended { limit },
        });
    } else if rules.extends_to_working_day() {
        end = extend_past_non_working_days(end, calendar, rules, &mut steps)?;
        if rules == RuleSet::NlAtw && (nominal - from).num_days() >= 3 {
            end = atw_two_working_days(from, end, calendar, &mut steps)?;
        }
    }

    if end > crate::dates::LAST {
        return Err(out_of_range());
    }
    steps.push(Step {
        date: end,
        source: rules.cite(Citation::Expiry),
        kind: StepKind::Deadline,
    });
    Ok(Deadline {
        from,
        deadline: end,
        steps,
    })
}

/// Moves `end` past consecutive non-working days, one step per day skipped.
fn extend_past_non_working_days(
    mut end: NaiveDate,
    calendar: &Calendar,
    rules: RuleSet,
    steps: &mut Vec<Step>,
) -> Result<NaiveDate, DeadlineError> {
    let nominal = end;
    while let Some(reason) = calendar.non_working(end)? {
        let next = end.succ_opt().ok_or(DeadlineError::NoWorkingDay(nominal))?;
        if (next - nominal).num_days() > MAX_EXTENSION_DAYS {
            return Err(DeadlineError::NoWorkingDay(nominal));
        }
        steps.push(Step {
            date: next,
            source: rules.cite(Citation::Extension),
            kind: StepKind::Extended { day: end, reason },
        });
        end = next;
    }
    Ok(end)
}

/// Algemene termijnenwet art. 4, as paraphrased by the secondary sources: no extension for a
/// limit longer than three months, twelve weeks or ninety days, judged in the unit it is written in.
fn atw_excludes(limit: TimeLimit) -> bool {
    if limit.total_months() > 0 {
        limit.total_months() > 3 || (limit.total_months() == 3 && limit.total_days() > 0)
    } else if limit.days == 0 {
        limit.weeks > 12
    } else {
        limit.total_days() > 90
    }
}

/// Algemene termijnenwet art. 2: a limit of at least three days must contain at least two days
/// that are not a Saturday, Sunday or holiday; if it does not, it runs on to the second one.
///
/// Walks from the first day of the limit and stops at the second working day found, so the walk
/// is as short as the run of non-working days at the start of the limit, whatever its length.
fn atw_two_working_days(
    from: NaiveDate,
    end: NaiveDate,
    calendar: &Calendar,
    steps: &mut Vec<Step>,
) -> Result<NaiveDate, DeadlineError> {
    const WANTED: u32 = 2;
    // The limit's first day: the walk below starts on it.
    let first = from.succ_opt().ok_or(DeadlineError::NoWorkingDay(end))?;
    let mut found = 0;
    let mut day = from;
    while found < WANTED {
        day = day.succ_opt().ok_or(DeadlineError::NoWorkingDay(end))?;
        if (day - end).num_days() > MAX_EXTENSION_DAYS {
            return Err(DeadlineError::NoWorkingDay(end));
        }
        if calendar.is_working_day(day)? {
            found += 1;
        }
    }
    if day <= end {
        return Ok(end);
    }
    steps.push(Step {
        date: day,
        source: RuleSet::NlAtw.cite(Citation::MinimumWorkingDays),
        kind: StepKind::TwoWorkingDays { first, end },
    });
    Ok(day)
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
        assert!(clamped.steps[1].rule().contains("no day 31"), "{:#?}", clamped.steps);
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
        let extended: Vec<_> = got.steps.iter().filter(|s| s.action() == "extended").collect();
        assert_eq!(extended.len(), 2);
        assert!(extended[0].rule().contains("Saturday"));
        assert!(extended[1].rule().contains("Sunday"));
        assert_eq!(plain(d(2023, 3, 15), "10 days"), d(2023, 3, 25));
    }

    #[test]
    fn a_limit_ending_on_a_holiday_moves_past_it() {
        // 14 Jul 2023 (Friday, Fête nationale) -> Mon 17 Jul 2023, past the weekend too.
        let got = fr(d(2023, 6, 14), "1 month");
        assert_eq!(got.deadline, d(2023, 7, 17));
        assert!(
            got.steps.iter().any(|s| s.rule().contains("Fête nationale")),
            "{:#?}",
            got.steps
        );
        // Easter Monday 2024 is 1 Apr: 1 Mar 2024 + 1 month -> Tue 2 Apr 2024.
        assert_eq!(fr(d(2024, 3, 1), "1 month").deadline, d(2024, 4, 2));
    }

    fn under(rules: RuleSet, distance: Option<Distance>, from: NaiveDate, limit: &str) -> Deadline {
        derive_deadline(
            from,
            "notification",
            limit.parse().unwrap(),
            Counting::new(rules, distance, MonthEnd::Clamp).unwrap(),
            &Calendar::new(rules.default_calendar()),
        )
        .unwrap()
    }

    fn sources(d: &Deadline) -> Vec<&str> {
        d.steps.iter().map(|s| s.source).collect()
    }

    #[test]
    fn fr_cpc_extends_past_a_weekend_and_easter_monday() {
        // simonnetavocat.fr: served Friday 7 March, 15 days: Saturday 22 March, then Sunday and
        // Easter Monday: Tuesday 25 March (the calendar of 2008).
        let got = fr(d(2008, 3, 7), "15 days");
        assert_eq!(got.deadline, d(2008, 3, 25));
        assert_eq!(got.steps.iter().filter(|s| s.action() == "extended").count(), 3);
    }

    #[test]
    fn fr_cpc_distance_month_is_counted_before_the_days() {
        // aurelienbamde.com: référé order served 12 Feb 2017 on a party residing overseas:
        // 15 days + 1 month (CPC art. 643): 12 Mar, then + 15 days: 27 Mar 2017.
        let got = under(RuleSet::FrCpc, Some(Distance::Overseas), d(2017, 2, 12), "15 days");
        assert_eq!(got.deadline, d(2017, 3, 27));
        assert!(sources(&got).iter().any(|s| s.contains("CPC art. 643 1°")), "{got:#?}");
        // Abroad: two months, added in one go with the limit's own months.
        let got = under(RuleSet::FrCpc, Some(Distance::Abroad), d(2022, 12, 31), "1 month");
        assert_eq!(got.steps[2].date, d(2023, 3, 31), "{got:#?}");
        assert_eq!(got.deadline, d(2023, 3, 31));
    }

    #[test]
    fn fr_admin_franc_counts_neither_first_nor_last_day() {
        // consultation.avocat.fr (A. Icard): notified 1 Oct 2007, two months: falls due 1 Dec,
        // last day Sunday 2 Dec, so the application could still be filed on Monday 3 Dec 2007.
        let got = under(RuleSet::FrAdminFranc, None, d(2007, 10, 1), "2 months");
        assert_eq!(got.deadline, d(2007, 12, 3));
        let franc = got.steps.iter().find(|s| s.action() == "délai franc").unwrap();
        assert_eq!(franc.date, d(2007, 12, 2));
        assert!(franc.source.contains("409579"));
        // On a weekday the délai franc simply adds a day: 15 Mar 2023 + 2 months = 15 May,
        // last day Tuesday 16 May 2023.
        assert_eq!(
            under(RuleSet::FrAdminFranc, None, d(2023, 3, 15), "2 months").deadline,
            d(2023, 5, 16)
        );
        // CJA R421-7: two more months abroad.
        let got = under(
            RuleSet::FrAdminFranc,
            Some(Distance::Abroad),
            d(2023, 3, 15),
            "2 months",
        );
        assert_eq!(got.deadline, d(2023, 7, 17)); // 15 Jul, franc 16 Jul (Sunday) -> Mon 17 Jul
        assert!(sources(&got).contains(&"CJA R421-7"));
    }

    #[test]
    fn be_cj_counts_months_to_the_eve_of_the_same_number() {
        // droitbelge.be (18 Feb 2020): judgment served 23 Sep 2019, appeal within one month:
        // from 24 Sep to the eve of 24 Oct, i.e. Wednesday 23 Oct 2019.
        let got = under(RuleSet::BeCj, None, d(2019, 9, 23), "1 month");
        assert_eq!(got.deadline, d(2019, 10, 23));
        assert_eq!(sources(&got)[1], "C. jud. art. 54");
        // Served 28 Feb 2023: from 1 Mar to the eve of 1 Apr, Friday 31 Mar (28 Mar in France).
        assert_eq!(
            under(RuleSet::BeCj, None, d(2023, 2, 28), "1 month").deadline,
            d(2023, 3, 31)
        );
        // Served 21 Jun 2023: the eve of 22 Jul is Friday 21 Jul, the national holiday, then a
        // weekend: Monday 24 Jul 2023 (C. jud. art. 53 al. 2).
        let got = under(RuleSet::BeCj, None, d(2023, 6, 21), "1 month");
        assert_eq!(got.deadline, d(2023, 7, 24));
        assert!(
            got.steps.iter().any(|s| s.rule().contains("Fête nationale")),
            "{got:#?}"
        );
        // Days: art. 52-53, the day after to the last day included: 15 days from Mon 2 Oct 2023
        // end on Tuesday 17 Oct.
        assert_eq!(
            under(RuleSet::BeCj, None, d(2023, 10, 2), "15 days").deadline,
            d(2023, 10, 17)
        );
    }

    #[test]
    fn nl_atw_extends_statutory_limits() {
        // vdv-vh.nl: a three-day limit starting on Thursday would end on Saturday; it runs to
        // Monday, and to Tuesday when that Monday is Easter Monday. Wed 16 Apr 2025 + 3 days:
        // Sat 19 Apr, Sun 20, Easter Monday 21: Tuesday 22 Apr 2025.
        let got = under(RuleSet::NlAtw, None, d(2025, 4, 16), "3 days");
        assert_eq!(got.deadline, d(2025, 4, 22));
        assert!(sources(&got).contains(&"Atw art. 1(1)"));
        // A limit ending on Saturday 15 Jan 2022 moves to Monday 17 Jan.
        assert_eq!(
            under(RuleSet::NlAtw, None, d(2021, 11, 15), "2 months").deadline,
            d(2022, 1, 17)
        );
    }

    #[test]
    fn nl_atw_art_2_wants_two_working_days() {
        // Three days from Thursday 24 Dec 2020: Christmas, Boxing Day (Saturday), Sunday; art. 1
        // moves the end to Monday 28 Dec, the only working day in the limit; art. 2 wants two:
        // Tuesday 29 Dec 2020.
        let got = under(RuleSet::NlAtw, None, d(2020, 12, 24), "3 days");
        assert_eq!(got.deadline, d(2020, 12, 29), "{got:#?}");
        assert!(sources(&got).contains(&"Atw art. 2"));
        // Two days are below art. 2's three: only art. 1 applies (Sun 27 -> Mon 28 Dec 2020).
        let got = under(RuleSet::NlAtw, None, d(2020, 12, 25), "2 days");
        assert_eq!(got.deadline, d(2020, 12, 28));
        assert!(!sources(&got).contains(&"Atw art. 2"));
    }

    #[test]
    fn nl_atw_art_4_leaves_long_limits_alone() {
        // Six months ending on Saturday 15 Jan 2022: longer than three months, not extended.
        let got = under(RuleSet::NlAtw, None, d(2021, 7, 15), "6 months");
        assert_eq!(got.deadline, d(2022, 1, 15));
        assert!(sources(&got).contains(&"Atw art. 4"));
        assert!(atw_excludes("13 weeks".parse().unwrap()));
        assert!(!atw_excludes("12 weeks".parse().unwrap()));
        assert!(atw_excludes("91 days".parse().unwrap()));
        assert!(!atw_excludes("3 months".parse().unwrap()));
        assert!(atw_excludes("3 months 1 day".parse().unwrap()));
        assert!(atw_excludes("1 year".parse().unwrap()));
    }

    #[test]
    fn eu_court_adds_the_distance_before_the_weekend_rule() {
        // T-125/06 Centro Studi Manieri: received 17 Jan 2006, two months + ten days on account
        // of distance: Monday 27 Mar 2006.
        let got = under(RuleSet::EuCourt, Some(Distance::TenDays), d(2006, 1, 17), "2 months");
        assert_eq!(got.deadline, d(2006, 3, 27));
        assert!(sources(&got).iter().any(|s| s.contains("RP CJ art. 51")));
        // Order T-85/97: the weekend rule looks at the whole period. 18 Jan 2006 + 2 months is
        // Saturday 18 Mar, but + 10 days is Tuesday 28 Mar: no extension.
        let got = under(RuleSet::EuCourt, Some(Distance::TenDays), d(2006, 1, 18), "2 months");
        assert_eq!(got.deadline, d(2006, 3, 28));
        assert!(!got.steps.iter().any(|s| s.action() == "extended"));
        // Without distance the Saturday moves to Monday 20 Mar 2006 (RP CJ art. 49(2)).
        let got = under(RuleSet::EuCourt, None, d(2006, 1, 18), "2 months");
        assert_eq!(got.deadline, d(2006, 3, 20));
        // Weeks end on the same weekday: 2 weeks from Wednesday 3 May 2023 is Wednesday 17 May.
        assert_eq!(
            under(RuleSet::EuCourt, None, d(2023, 5, 3), "2 weeks").deadline,
            d(2023, 5, 17)
        );
    }

    #[test]
    fn lu_extends_past_the_national_day() {
        // Basel Convention art. 4-5: 23 May 2023 + 1 month = Friday 23 Jun, the national day,
        // then a weekend: Monday 26 Jun 2023.
        let got = under(RuleSet::Lu, None, d(2023, 5, 23), "1 month");
        assert_eq!(got.deadline, d(2023, 6, 26));
        assert!(sources(&got).iter().any(|s| s.contains("art. 5")));
    }

    #[test]
    fn month_end_error_refuses_a_clamped_end() {
        let strict = Counting::new(RuleSet::FrCpc, None, MonthEnd::Error).unwrap();
        let err = derive_deadline(
            d(2023, 1, 31),
            "notification",
            "1 month".parse().unwrap(),
            strict,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap_err();
        assert_eq!(
            err,
            DeadlineError::MonthEndMissing {
                from: d(2023, 1, 31),
                limit: "1 month".parse().unwrap(),
                day: 31,
                clamped: d(2023, 2, 28)
            }
        );
        let message = err.to_string();
        assert!(message.contains("February 2023 has no day 31"), "{message}");
        assert!(message.contains("month_end"), "{message}");
        // A day that exists passes.
        let fine = derive_deadline(
            d(2023, 1, 30),
            "notification",
            "2 months".parse().unwrap(),
            strict,
            &Calendar::new(CalendarId::Fr),
        );
        assert_eq!(fine.unwrap().deadline, d(2023, 3, 30));
    }

    #[test]
    fn every_rule_set_ends_with_a_deadline_step_citing_a_source() {
        for rules in RuleSet::ALL {
            let got = under(*rules, None, d(2024, 5, 10), "1 month 10 days");
            let last = got.steps.last().unwrap();
            assert_eq!(last.action(), "deadline");
            assert_eq!(last.date, got.deadline);
            assert!(got.steps.iter().all(|s| !s.source.is_empty()));
            assert!(got.deadline >= d(2024, 6, 20), "{rules}: {got:#?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn an_extended_deadline_is_a_working_day_at_or_after_the_plain_one(
            days_from_epoch in 0i64..80_000,
            months in 0u32..30,
            days in 0u32..40,
            rule in 0usize..7,
        ) {
            proptest::prop_assume!(months + days > 0);
            let from = d(1900, 1, 1) + chrono::Days::new(days_from_epoch as u64);
            let rules = RuleSet::ALL[rule];
            let limit = TimeLimit { months, days, ..TimeLimit::default() };
            let calendar = Calendar::new(rules.default_calendar());
            let got = derive_deadline(from, "notification", limit, rules, &calendar).unwrap();
            let plain = derive_deadline(from, "notification", limit, RuleSet::Plain, &calendar).unwrap();
            proptest::prop_assert!(got.deadline >= plain.deadline);
            // Extension never goes further than a short run of non-working days (plus the
            // délai franc's day and Atw art. 2's second working day).
            proptest::prop_assert!((got.deadline - plain.deadline).num_days() <= 12, "{:#?}", got.steps);
            let extended = rules.extends_to_working_day() && !(rules == RuleSet::NlAtw && atw_excludes(limit));
            if extended {
                proptest::prop_assert!(calendar.is_working_day(got.deadline).unwrap(), "{:#?}", got.steps);
            } else {
                proptest::prop_assert_eq!(got.deadline, plain.deadline);
            }
        }
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

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn derive_deadline_example() {
        use crate::calendar::{Calendar, CalendarId};
        use crate::timelimit::{RuleSet, derive_deadline};
        use chrono::NaiveDate;

        // CNIL v Clearview AI: notified 19 Oct 2022, two months to comply.
        let notified = NaiveDate::from_ymd_opt(2022, 10, 19).unwrap();
        let d = derive_deadline(
            notified,
            "notification",
            "2 months".parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap();
        assert_eq!(d.deadline, NaiveDate::from_ymd_opt(2022, 12, 19).unwrap());
    }
}
