//! One step of a derivation: the date it reaches, what it does (as data) and its legal source.
//!
//! The English wording of a step is written from its [`StepKind`] only when something asks for
//! it (JSON, a table, a statement): a batch that prints figures alone derives every deadline
//! but words none of its steps.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::{Serialize, Serializer};

use super::{Distance, TimeLimit};
use crate::calendar::NonWorking;
use crate::dates::long;

/// One step of a derivation: the date reached, what was done, and the rule that says so.
///
/// `kind` holds the facts; [`Step::action`] and [`Step::rule`] word them in English (what JSON
/// carries), and a renderer can word the same facts in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    /// The date this step arrives at.
    pub date: NaiveDate,
    /// The legal source, e.g. "CPC art. 641 al. 2".
    pub source: &'static str,
    /// What the step does, as data.
    pub kind: StepKind,
}

/// What a derivation step does, with the facts its wording needs.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StepKind {
    /// The triggering event: the limit runs from it, that day not counted (`franc`: a délai
    /// franc, whose last day does not count either).
    Start {
        event: Cow<'static, str>,
        limit: TimeLimit,
        franc: bool,
    },
    /// A distance extension in months, added to the limit (`span`: the months now counted).
    DistanceMonths {
        distance: Distance,
        span: TimeLimit,
        event: Cow<'static, str>,
    },
    /// Months (and years) added to the starting date in one go.
    Months {
        span: TimeLimit,
        /// The day number the last month lacks, when the end was clamped to its last day.
        missing_day: Option<u32>,
        /// Belgian counting: to the eve of the day with the same number.
        to_eve: bool,
        event: Cow<'static, str>,
    },
    /// Weeks and days added (after the months, if any).
    Days { span: TimeLimit, after_months: bool },
    /// A distance extension in days.
    DistanceDays { distance: Distance, days: u32 },
    /// A délai franc: the day the limit falls due does not count.
    Franc { expiry: NaiveDate },
    /// The Atw does not extend this limit.
    NotExtended { limit: TimeLimit },
    /// `day` is not a working day: the limit runs to the next.
    Extended { day: NaiveDate, reason: NonWorking },
    /// Atw art. 2: the limit from `first` to `end` holds fewer than two working days.
    TwoWorkingDays { first: NaiveDate, end: NaiveDate },
    /// The last day to comply.
    #[default]
    Deadline,
    /// The deadline is the date the order fixes.
    FixedByOrder { decided: NaiveDate },
    /// The day after the deadline: the first day of delay.
    FirstDayOfDelay,
    /// The penalty runs from a date fixed by the order.
    PenaltyRuns { obligation: Option<String> },
    /// The first day the order was obeyed.
    Complied { obligation: Option<String> },
}

impl Step {
    /// What was done, in English, e.g. "+ 2 months" or "extended".
    pub fn action(&self) -> Cow<'_, str> {
        let named = |base: &'static str, obligation: &Option<String>| match obligation {
            Some(o) => Cow::Owned(format!("{base} ({o})")),
            None => Cow::Borrowed(base),
        };
        match &self.kind {
            StepKind::Start { event, .. } => Cow::Borrowed(event),
            StepKind::DistanceMonths { distance, .. } => format!("distance + {}", in_months(*distance)).into(),
            StepKind::Months { span, .. } | StepKind::Days { span, .. } => format!("+ {span}").into(),
            StepKind::DistanceDays { days, .. } => format!("distance + {days} days").into(),
            StepKind::Franc { .. } => "délai franc".into(),
            StepKind::NotExtended { .. } => "not extended".into(),
            StepKind::Extended { .. } | StepKind::TwoWorkingDays { .. } => "extended".into(),
            StepKind::Deadline | StepKind::FixedByOrder { .. } => "deadline".into(),
            StepKind::FirstDayOfDelay => "first day of delay".into(),
            StepKind::PenaltyRuns { obligation } => named("penalty runs", obligation),
            StepKind::Complied { obligation } => named("complied", obligation),
        }
    }

    /// Why, in English words a lawyer can check.
    pub fn rule(&self) -> Cow<'static, str> {
        match &self.kind {
            StepKind::Start {
                event,
                limit,
                franc: true,
            } => format!(
                "the limit of {limit} runs from the {event}; that day does not count (délai franc, where neither the first nor the last day counts)"
            )
            .into(),
            StepKind::Start { event, limit, .. } => {
                format!("the limit of {limit} runs from the {event}; that day does not count").into()
            }
            StepKind::DistanceMonths { distance, span, event } => format!(
                "the limit is increased for {}, to {span} counted from the {event}",
                distance.who()
            )
            .into(),
            StepKind::Months {
                missing_day: Some(day), ..
            } => format!("that month has no day {day}, so the limit ends on its last day").into(),
            // C. jud. art. 54: « de quantième à veille de quantième ».
            StepKind::Months { to_eve: true, event, .. } => format!(
                "from the day after the {event} to the eve of the day with the same number in the last month (de quantième à veille de quantième)"
            )
            .into(),
            StepKind::Months { .. } => "the day of the last month with the same number as the starting day".into(),
            StepKind::Days {
                after_months: true, ..
            } => "days are counted after the months".into(),
            StepKind::Days { .. } => "counted from the day after the starting day".into(),
            StepKind::DistanceDays { distance, .. } => format!(
                "a single extension for {}, added before any weekend or holiday extension",
                distance.who()
            )
            .into(),
            StepKind::Franc { expiry } => format!(
                "the day the limit falls due ({}) does not count either, so the limit runs to the next day",
                long(*expiry)
            )
            .into(),
            StepKind::NotExtended { limit } => {
                format!("the Atw does not extend a limit longer than 3 months, 12 weeks or 90 days ({limit})").into()
            }
            StepKind::Extended { day, reason } => format!(
                "{} is {}, so the limit runs to the next day",
                long(*day),
                reason.described()
            )
            .into(),
            StepKind::TwoWorkingDays { first, end } => format!(
                "from {} to {} the limit holds only one day that is not a Saturday, Sunday or holiday; it must hold two, so it runs to {}",
                long(*first),
                long(*end),
                long(self.date)
            )
            .into(),
            StepKind::Deadline => format!(
                "last day to comply ({}), the limit expires at 24:00",
                long(self.date)
            )
            .into(),
            StepKind::FixedByOrder { decided } => {
                format!("the last day to comply, fixed by the order of {decided}").into()
            }
            StepKind::FirstDayOfDelay => {
                "the day after the deadline, from which the penalty counts each day the order is not obeyed".into()
            }
            StepKind::PenaltyRuns { .. } => "from the date fixed by the order".into(),
            StepKind::Complied { .. } => {
                "the first day the order was obeyed; neither it nor the days after it count".into()
            }
        }
    }
}

/// The months a distance extension adds, as a limit ("1 month", "2 months").
fn in_months(distance: Distance) -> TimeLimit {
    TimeLimit {
        months: distance.months(),
        ..TimeLimit::default()
    }
}

/// A step as JSON carries it: its date, its English wording and its source, in that order.
#[derive(Serialize)]
struct Worded<'a> {
    #[serde(serialize_with = "crate::dates::iso")]
    date: NaiveDate,
    action: Cow<'a, str>,
    rule: Cow<'static, str>,
    source: &'static str,
}

impl Serialize for Step {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        Worded {
            date: self.date,
            action: self.action(),
            rule: self.rule(),
            source: self.source,
        }
        .serialize(serializer)
    }
}
