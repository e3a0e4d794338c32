//! The derivation of the deadline: each step with the date arithmetic it performs.

use chrono::{Days, NaiveDate};

use crate::lang::message::Arithmetic;
use crate::report::CaseReport;
use crate::timelimit::{Step, StepKind, TimeLimit};

/// A step of the derivation, numbered from 1.
#[derive(Debug, Clone, Copy)]
pub(crate) struct StepLine<'a> {
    pub number: usize,
    pub step: &'a Step,
    /// The arithmetic the step performs, if it performs one.
    pub arithmetic: Option<Arithmetic>,
}

/// What the reader must know of the rule set's scope, when the case counts a time limit with
/// it: the Algemene termijnenwet does not extend a compliance period set by the order itself
/// (`nl-atw`), the Court's own holidays are not in the calendar (`eu-court`); `deadline` says
/// the same.
pub(crate) fn caveat(r: &CaseReport) -> Option<crate::timelimit::Caveat> {
    let counts_a_limit = r
        .derivation
        .iter()
        .any(|s| matches!(s.kind, crate::timelimit::StepKind::Start { .. }));
    counts_a_limit.then(|| r.rules.caveat()).flatten()
}

/// The steps of `r`'s derivation, in order.
pub(crate) fn steps(r: &CaseReport) -> Vec<StepLine<'_>> {
    let start = r.derivation.first().map_or(r.deadline, |s| s.date);
    let mut previous = start;
    r.derivation
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let line = StepLine {
                number: i + 1,
                step,
                arithmetic: arithmetic(step, start, previous),
            };
            previous = step.date;
            line
        })
        .collect()
}

/// The date arithmetic `step` performs: `start` is the day the limit runs from, `previous` the
/// date of the step before (months are added to the starting day, days to the date reached).
///
/// ```text
/// 19 Oct 2022 + 2 months = 19 Dec 2022        25 Mar 2023 → 26 Mar 2023
/// ```
fn arithmetic(step: &Step, start: NaiveDate, previous: NaiveDate) -> Option<Arithmetic> {
    let to = step.date;
    let plus = |from, span| Some(Arithmetic::Plus { from, span, to });
    match &step.kind {
        StepKind::Months { span, .. } => plus(start, *span),
        StepKind::Days { span, .. } => plus(previous, *span),
        StepKind::DistanceDays { days, .. } => plus(previous, days_limit(*days)),
        StepKind::Franc { expiry } => plus(*expiry, days_limit(1)),
        StepKind::Extended { day, .. } => Some(Arithmetic::Moved { from: *day, to }),
        StepKind::TwoWorkingDays { end, .. } => Some(Arithmetic::Moved { from: *end, to }),
        StepKind::FirstDayOfDelay if previous.checked_add_days(Days::new(1)) == Some(to) => {
            plus(previous, days_limit(1))
        }
        _ => None,
    }
}

fn days_limit(days: u32) -> TimeLimit {
    TimeLimit {
        days,
        ..TimeLimit::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Calendar, CalendarId};
    use crate::lang::{Lang, Message};
    use crate::timelimit::{RuleSet, derive_deadline};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_count_from_the_start_and_extensions_move_the_date() {
        let from = d(2022, 10, 19);
        let got = derive_deadline(
            from,
            "notification",
            "2 months".parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap();
        let months = arithmetic(&got.steps[1], from, from).unwrap();
        assert_eq!(
            Lang::En.say(&Message::Arithmetic(months)),
            "19 Oct 2022 + 2 months = 19 Dec 2022"
        );
        assert_eq!(
            Lang::Fr.say(&Message::Arithmetic(months)),
            "19 oct. 2022 + 2 mois = 19 déc. 2022"
        );
        // 15 Mar 2023 + 10 days ends on a Saturday: moved to the Sunday, then the Monday.
        let from = d(2023, 3, 15);
        let got = derive_deadline(
            from,
            "notification",
            "10 days".parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap();
        let moved = arithmetic(&got.steps[2], from, d(2023, 3, 25)).unwrap();
        assert_eq!(
            Lang::Fr.say(&Message::Arithmetic(moved)),
            "du 25 mars 2023 au 26 mars 2023"
        );
    }
}
