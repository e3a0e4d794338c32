//! When the penalty starts to run: the compliance deadline and the first day of delay.

use chrono::NaiveDate;

use super::ComputeError;
use crate::case::{Case, Due};
use crate::timelimit::{Deadline, Step, StepKind, derive_deadline};

/// The deadline with its derivation, and the first day each penalty counts.
pub(super) struct Start {
    pub deadline: Deadline,
    pub penalty_starts: Vec<NaiveDate>,
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
    let day_after = deadline.deadline.succ_opt().ok_or_else(|| {
        failed(crate::timelimit::DeadlineError::OutOfRange {
            from: deadline.deadline,
            limit: crate::timelimit::TimeLimit {
                days: 1,
                ..Default::default()
            },
        })
    })?;

    // The limit expires at the end of its last day under every rule set; cite the one applied.
    let expiry_source = match order.due {
        Due::Within(_) => case.rules.cite(crate::timelimit::Citation::Expiry),
        Due::By(_) => "the order: its deadline is the last day to comply",
    };
    let penalty_starts: Vec<NaiveDate> = case.penalties.iter().map(|p| p.from.unwrap_or(day_after)).collect();
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
                source: if case.rules == crate::timelimit::RuleSet::FrCpc {
                    "CPCE R131-1"
                } else {
                    "the order"
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
    Ok(Start {
        deadline,
        penalty_starts,
    })
}
