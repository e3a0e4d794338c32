//! An amount refused because an escalating rate left the exact range is named at the
//! escalation that made it (`penalty.escalation`), with the step and its day: the figure the
//! user can change is the factor, `max_rate`, `until` or the cap, not the liquidation.

use chrono::NaiveDate;

use super::ComputeError;
use super::schedule::Run;
use crate::case::Case;

/// `error`, named at the escalation of the first of `runs` whose rate has no exact decimal by
/// `through`, when it is an amount refused and such a run exists.
pub(super) fn blame(error: ComputeError, runs: &[Run], through: NaiveDate, case: &Case) -> ComputeError {
    let Some((i, run, day)) = runs
        .iter()
        .enumerate()
        .find_map(|(i, r)| r.broken_by(through).map(|day| (i, r, day)))
    else {
        return error;
    };
    let penalty = if runs.len() > 1 {
        format!("penalty[{}].escalation", i + 1)
    } else {
        "penalty.escalation".to_string()
    };
    let location = run
        .penalty()
        .escalation
        .as_ref()
        .and_then(|e| e.at.clone())
        .unwrap_or_else(|| case.origin.clone());
    let what = super::Quantity::EscalatingRate(day);
    let field = Some(case.key(&penalty));
    match error {
        ComputeError::Overflow { .. } => ComputeError::Overflow { location, field, what },
        ComputeError::Inexact { .. } => ComputeError::Inexact { location, field, what },
        other => other,
    }
}
