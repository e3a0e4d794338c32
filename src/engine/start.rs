//! When the penalty starts to run: the compliance deadline and the first day of delay.

use chrono::NaiveDate;

use super::ComputeError;
use crate::case::{Case, Due, Penalty};
use crate::timelimit::{Deadline, Step, StepKind, derive_deadline};

/// The deadline with its derivation, and the first day of delay.
pub(super) struct Start {
    pub deadline: Deadline,
    /// The day after the deadline: the first day a penalty counts unless its own `from` says
    /// otherwise. Asked of each penalty ([`Start::of`]) rather than listed, since a list was
    /// one allocation a case.
    pub day_after: NaiveDate,
}

impl Start {
    /// The first day `penalty` counts.
    pub(super) fn of(&self, penalty: &Penalty) -> NaiveDate {
        penalty.from.unwrap_or(self.day_after)
    }
}

/// Derives the deadline, then the first day of delay: the day after the deadline, since a
/// time limit expires at 24:00 on its last day (CPC art. 642 al. 1), unless the order fixes
/// the day the penalty runs from (CPCE R131-1: the date fixed by the judge).
pub(super) fn derive(case: &Case) -> Result<Start, ComputeError> {
    let order = &case.order;
    let failed = |source| {
        let (location, key) = order.due_at.clone().unwrap_or_else(|| (case.origin.clone(), "order"));
        ComputeError::Deadline {
            location,
            field: case.key(key),
            source,
        }
    };
    let mut deadline = match order.due {
        Due::Within(limit) => {
            let (from, event) = order.trigger();
            derive_deadline(from, event, limit, order.counting(case.rules), &case.calendar).map_err(failed)?
        }
        Due::By(date) => Deadline {
            from: order.decided,
            deadline: date,
            steps: vec![Step {
                date,
                source: "the order",
                kind: StepKind::FixedByOrder { decided: order.decided },
            }],
        },
    };
    let day_after = deadline
        .deadline
        .succ_opt()
        .filter(|d| crate::dates::supported(*d))
        .ok_or_else(|| failed(crate::timelimit::DeadlineError::NoDayAfter(deadline.deadline)));
    // Only a penalty without its own first day needs it.
    let day_after = match day_after {
        Ok(day) => day,
        Err(_) if case.penalties.iter().all(|p| p.from.is_some()) => deadline.deadline,
        Err(e) => return Err(e),
    };

    // The limit expires at the end of its last day under every rule set; cite the one applied.
    let expiry_source = match order.due {
        Due::Within(_) => case.rules.cite(crate::timelimit::Citation::Expiry),
        Due::By(_) => "the order, whose deadline is the last day to comply",
    };
    if case.penalties.iter().any(|p| p.from.is_none()) {
        deadline.steps.push(Step {
            date: day_after,
            source: expiry_source,
            kind: StepKind::FirstDayOfDelay,
        });
    }
    for p in &case.penalties {
        if let Some(from) = p.from {
            deadline.steps.push(Step {
                date: from,
                source: match p.first_day {
                    Some(first) => first.source(),
                    None if case.rules == crate::timelimit::RuleSet::FrCpc => "CPCE R131-1",
                    None => "the order",
                },
                kind: StepKind::PenaltyRuns {
                    obligation: p.obligation.clone(),
                },
            });
        }
        if let Some(complied) = p.complied {
            deadline.steps.push(Step {
                date: complied,
                source: "the case file",
                kind: StepKind::Complied {
                    obligation: p.obligation.clone(),
                },
            });
        }
    }
    Ok(Start { deadline, day_after })
}
