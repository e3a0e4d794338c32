//! The engine: from a checked case and a date to a [`CaseReport`]. Pure: no I/O, no clock;
//! "today" is the `as_of` argument.

mod accrual;
mod start;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::case::Case;
use crate::report::{CaseReport, LiquidationReport, Period, Totals};
use crate::source::Location;
use crate::timelimit::DeadlineError;

pub use accrual::{Run, amount_for_days, days_between};

/// Why a case could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComputeError {
    /// The deadline could not be derived.
    #[error("{location}: `order`: {source}")]
    Deadline { location: Location, source: DeadlineError },
    /// A liquidation starts inside a period already liquidated.
    #[error(
        "{location}: `liquidation[{number}].from`: the period starts on {from}, but days up to {previous_through} were already liquidated: liquidation periods must not overlap"
    )]
    Overlap {
        location: Location,
        number: usize,
        from: NaiveDate,
        previous_through: NaiveDate,
    },
    /// A figure exceeds what can be represented exactly.
    #[error("{location}: amount too large: {what} exceeds the largest exact amount (about 7.9 × 10^28)")]
    Overflow { location: Location, what: String },
}

impl ComputeError {
    /// Where in the input the problem lies.
    pub fn location(&self) -> &Location {
        match self {
            ComputeError::Deadline { location, .. }
            | ComputeError::Overlap { location, .. }
            | ComputeError::Overflow { location, .. } => location,
        }
    }
}

/// Computes `case` as of `as_of`: the deadline, each liquidation, and what has accrued since.
///
/// ```
/// use astreinte::case::load;
/// use astreinte::engine::compute;
/// use astreinte::source::Source;
/// use chrono::NaiveDate;
///
/// let text = r#"
/// title = "CNIL worked example"
/// currency = "EUR"
/// rules = "plain"
/// [order]
/// decided = 2023-01-02
/// deadline = 2023-03-02
/// [penalty]
/// amount = 100
/// complied = 2023-03-13   # ten days late: 3 to 12 March count
/// "#;
/// let case = load(&Source::new("cnil.toml", text)).remove(0).unwrap();
/// let report = compute(&case, NaiveDate::from_ymd_opt(2023, 6, 1).unwrap()).unwrap();
/// assert_eq!(report.accrued.days, 10);
/// assert_eq!(report.accrued.amount.to_string(), "1000");
/// ```
pub fn compute(case: &Case, as_of: NaiveDate) -> Result<CaseReport, ComputeError> {
    let start = start::derive(case)?;
    let runs: Vec<Run> = case
        .penalties
        .iter()
        .zip(&start.penalty_starts)
        .map(|(p, from)| Run::new(p, *from))
        .collect();
    let accrual_start = start
        .penalty_starts
        .iter()
        .copied()
        .min()
        .unwrap_or(start.deadline.deadline);

    let mut notes = Vec::new();
    let mut liquidations = Vec::with_capacity(case.liquidations.len());
    let mut next_day = accrual_start;
    let mut previous_through: Option<NaiveDate> = None;
    for (i, liq) in case.liquidations.iter().enumerate() {
        let number = i + 1;
        let from = liq.from.unwrap_or(next_day);
        if let Some(prev) = previous_through {
            if from <= prev {
                return Err(ComputeError::Overlap {
                    location: liq.location.clone(),
                    number,
                    from,
                    previous_through: prev,
                });
            }
            if from > next_day {
                notes.push(format!(
                    "{} to {} fall between liquidations {} and {number} and were never liquidated",
                    next_day,
                    from.pred_opt().unwrap_or(from),
                    number - 1
                ));
            }
        }
        let period = accrual::period(&runs, from, liq.through, &liq.location)?;
        if period.days == 0 {
            notes.push(format!(
                "liquidation {number} ({from} to {}) counts no day of delay",
                liq.through
            ));
        }
        liquidations.push(LiquidationReport {
            number,
            decided: liq.decided,
            from,
            through: liq.through,
            days: period.days,
            amount: period.amount,
            awarded: liq.awarded,
            expected: liq.expected,
            segments: period.segments,
        });
        previous_through = Some(liq.through);
        next_day = liq.through.succ_opt().unwrap_or(liq.through);
    }

    let accrued = if as_of >= next_day && previous_through.is_none_or(|p| p < as_of) {
        accrual::period(&runs, next_day, as_of, &case.origin)?
    } else {
        Period {
            from: None,
            through: None,
            days: 0,
            amount: Decimal::ZERO,
            segments: Vec::new(),
        }
    };

    let overflow = |what: &str| ComputeError::Overflow {
        location: case.origin.clone(),
        what: what.to_string(),
    };
    let liquidated = liquidations
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.amount))
        .ok_or_else(|| overflow("the total of the liquidations"))?;
    let awarded = liquidations
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.owed()))
        .ok_or_else(|| overflow("the total awarded"))?;

    Ok(CaseReport {
        title: case.title.clone(),
        authority: case.authority.clone(),
        reference: case.reference.clone(),
        source: case.origin.clone(),
        currency: case.currency,
        rules: case.rules.code().to_string(),
        calendar: case.calendar.id().code().to_string(),
        deadline: start.deadline.deadline,
        derivation: start.deadline.steps,
        accrual_start,
        penalties: runs.iter().map(Run::report).collect(),
        liquidations,
        totals: Totals {
            liquidated,
            awarded,
            unliquidated: accrued.amount,
        },
        accrued,
        as_of,
        notes,
    })
}
