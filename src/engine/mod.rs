//! The engine: from a checked case and a date to a [`CaseReport`]. Pure: no I/O, no clock;
//! "today" is the `as_of` argument.

mod accrual;
mod quick;
mod reach;
mod schedule;
mod start;
#[cfg(test)]
mod testing;
mod timeline;
mod units;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use smallvec::SmallVec;

use crate::case::{Case, Per};
use crate::money::format_money;
use crate::report::{
    CapScope, CaseReport, LiquidationReport, LumpSumReport, Note, ObligationTotal, PenaltyReport, Period, Reach, Totals,
};
use crate::source::Location;
use crate::timelimit::DeadlineError;

use accrual::{PerRun, limit_error};
pub use accrual::{amount_for_days, days_between};
pub use quick::{QuickInput, quick};
pub use reach::{Reached, Stop, first_day_reaching, horizon};
pub use schedule::{Limit, Run};
pub use timeline::Timeline;
pub use units::Clock;

/// Why a case could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComputeError {
    /// The deadline could not be derived.
    #[error("{location}: `{field}`: {source}")]
    Deadline {
        location: Location,
        field: String,
        source: DeadlineError,
    },
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
    /// A figure exceeds what can be represented exactly: a [`Decimal`] holds 28 to 29 significant
    /// digits, up to 79,228,162,514,264,337,593,543,950,335. Anything below that is computed
    /// exactly (10^20 a day over 10,000 years is 3.65 × 10^26, exact); a figure or an
    /// intermediate product above it (a rate × days, a prorata share before division, a total) is
    /// this error, never a rounded or wrapped figure.
    #[error(
        "{location}: {}amount too large: {what} exceeds the largest amount held exactly ({}, about 7.9 × 10^28)",
        key_prefix(field),
        Decimal::MAX
    )]
    Overflow {
        location: Location,
        /// The key concerned, such as `liquidation[2]`, when there is one.
        field: Option<String>,
        what: String,
    },
    /// A date falls beyond what can be represented, or outside the supported dates
    /// ([`crate::dates::RANGE`]), which every output can write as `YYYY-MM-DD`.
    #[error(
        "{location}: {}{what} reaches beyond the supported dates, {}",
        key_prefix(field),
        crate::dates::RANGE
    )]
    OutOfRange {
        location: Location,
        field: Option<String>,
        what: String,
    },
}

fn key_prefix(field: &Option<String>) -> String {
    field.as_ref().map(|f| format!("`{f}`: ")).unwrap_or_default()
}

impl ComputeError {
    /// Where in the input the problem lies.
    pub fn location(&self) -> &Location {
        match self {
            ComputeError::Deadline { location, .. }
            | ComputeError::Overlap { location, .. }
            | ComputeError::Overflow { location, .. }
            | ComputeError::OutOfRange { location, .. } => location,
        }
    }

    /// The key of the case the error concerns, when known.
    pub fn field(&self) -> Option<&str> {
        match self {
            ComputeError::Deadline { field, .. } => Some(field),
            ComputeError::Overlap { .. } => Some("liquidation"),
            ComputeError::Overflow { field, .. } | ComputeError::OutOfRange { field, .. } => field.as_deref(),
        }
    }

    /// The same error, concerning `key` (such as `liquidation[2]`) when it named none.
    fn concerning(self, key: impl Into<String>) -> Self {
        match self {
            ComputeError::Overflow {
                location,
                field: None,
                what,
            } => ComputeError::Overflow {
                location,
                field: Some(key.into()),
                what,
            },
            ComputeError::OutOfRange {
                location,
                field: None,
                what,
            } => ComputeError::OutOfRange {
                location,
                field: Some(key.into()),
                what,
            },
            other => other,
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
    let runs = runs(case, &start);
    let accrual_start = runs.iter().map(Run::start).min().unwrap_or(start.deadline.deadline);

    let mut notes = Vec::new();
    let mut liquidations = Vec::with_capacity(case.liquidations.len());
    let mut per_run_liquidated = PerRun::from_elem(Decimal::ZERO, runs.len());
    let mut next_day = accrual_start;
    let mut previous_through: Option<NaiveDate> = None;
    let overflow = |what: &str| ComputeError::Overflow {
        location: case.origin.clone(),
        field: None,
        what: what.to_string(),
    };
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
                notes.push(Note::Gap {
                    from: next_day,
                    through: from.pred_opt().unwrap_or(from),
                    after: number - 1,
                    before: number,
                });
            }
        }
        let counted = accrual::period(&runs, from, liq.through, case.cap, &liq.location)
            .map_err(|e| e.concerning(format!("liquidation[{number}]")))?;
        for (sum, part) in per_run_liquidated.iter_mut().zip(&counted.per_run) {
            *sum = sum.checked_add(*part).ok_or_else(|| overflow("a penalty's total"))?;
        }
        let period = counted.period;
        if period.days == 0 && period.segments.is_empty() {
            notes.push(Note::NothingCounted {
                number,
                from,
                through: liq.through,
            });
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
            suspensions: period.suspensions,
            case_cap_cut: period.case_cap_cut,
        });
        previous_through = Some(liq.through);
        next_day = liq.through.succ_opt().unwrap_or(liq.through);
    }

    let (accrued, per_run_accrued) = if as_of >= next_day && previous_through.is_none_or(|p| p < as_of) {
        let counted = accrual::period(&runs, next_day, as_of, case.cap, &case.origin)?;
        (counted.period, counted.per_run)
    } else {
        (Period::empty(), PerRun::from_elem(Decimal::ZERO, runs.len()))
    };
    let horizon = previous_through.map_or(as_of, |p| p.max(as_of));

    let mut penalties = Vec::with_capacity(runs.len());
    let mut by_obligation = Vec::with_capacity(runs.len());
    for ((run, liquidated), unliquidated) in runs.iter().zip(&per_run_liquidated).zip(&per_run_accrued) {
        let p = run.penalty();
        let total = liquidated
            .checked_add(*unliquidated)
            .ok_or_else(|| overflow("a penalty's total"))?;
        let cap_reached = match p.cap {
            Some(cap) => cap_day(
                std::slice::from_ref(run),
                cap,
                horizon,
                case,
                CapScope::Penalty(p.obligation.clone()),
                &mut notes,
            )?,
            None => None,
        };
        if p.cap.is_none() && case.cap.is_none() && dutch(case) {
            notes.push(Note::NoMaximum {
                obligation: p.obligation.clone(),
            });
        }
        if p.per == Per::Violation {
            // Summed wide: each count may be as large as an i64 holds.
            let early: i128 = p
                .violations
                .iter()
                .filter(|v| v.date < run.start())
                .map(|v| i128::from(v.count))
                .sum();
            if early > 0 {
                notes.push(Note::EarlyViolations {
                    obligation: p.obligation.clone(),
                    count: early,
                    first_day: run.start(),
                });
            }
        }
        penalties.push(PenaltyReport {
            obligation: p.obligation.clone(),
            rate: p.rate,
            per: p.per.code(),
            from: run.start(),
            complied: p.complied,
            partial: p.per.is_long().then(|| p.partial.code().to_string()),
            cap: p.cap,
            cap_reached,
            changes: run.changes(),
            suspensions: run.all_suspensions(),
            total,
        });
        by_obligation.push(ObligationTotal {
            obligation: p.obligation.clone(),
            liquidated: *liquidated,
            unliquidated: *unliquidated,
            total,
        });
    }
    let cap_reached = match case.cap {
        Some(cap) => cap_day(&runs, cap, horizon, case, CapScope::Case, &mut notes)?,
        None => None,
    };

    let liquidated = liquidations
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.amount))
        .ok_or_else(|| overflow("the total of the liquidations"))?;
    let awarded = liquidations
        .iter()
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.owed()))
        .ok_or_else(|| overflow("the total awarded"))?;
    let lump_sums: Vec<LumpSumReport> = case
        .lump_sums
        .iter()
        .map(|l| LumpSumReport {
            date: l.date,
            amount: l.amount,
            reason: l.reason.clone(),
        })
        .collect();
    let lump_total = lump_sums
        .iter()
        .filter(|l| l.date <= as_of)
        .try_fold(Decimal::ZERO, |sum, l| sum.checked_add(l.amount))
        .ok_or_else(|| overflow("the sum of the lump sums").concerning("lump_sum"))?;
    let sum3 = |a: Decimal, b: Decimal, c: Decimal| a.checked_add(b).and_then(|x| x.checked_add(c));
    let overall = sum3(liquidated, accrued.amount, lump_total).ok_or_else(|| overflow("the overall total"))?;
    let owed = sum3(awarded, accrued.amount, lump_total).ok_or_else(|| overflow("the overall total"))?;

    let report = CaseReport {
        title: case.title.clone(),
        authority: case.authority.clone(),
        reference: case.reference.clone(),
        source: case.origin.clone(),
        currency: case.currency,
        rules: case.rules.code(),
        calendar: case.calendar.id().code(),
        deadline: start.deadline.deadline,
        derivation: start.deadline.steps,
        accrual_start,
        penalties,
        liquidations,
        totals: Totals {
            liquidated,
            awarded,
            unliquidated: accrued.amount,
            lump_sums: lump_total,
            overall,
            owed,
            by_obligation,
        },
        accrued,
        as_of,
        notes,
        cap: case.cap,
        cap_reached,
        lump_sums,
    };
    // The last check before any output: a date no `YYYY-MM-DD` can write is refused here.
    if let Some((key, what)) = report.date_out_of_range() {
        return Err(ComputeError::OutOfRange {
            location: case.origin.clone(),
            field: Some(case.key(&key)),
            what: what.into(),
        });
    }
    Ok(report)
}

/// Each penalty of a case as it runs. Most cases have one penalty, a few two: held inline, where
/// a vector was one allocation a case.
type Runs<'a> = SmallVec<[Run<'a>; 2]>;

/// Each penalty of `case` as it runs from its first day.
fn runs<'a>(case: &'a Case, start: &start::Start) -> Runs<'a> {
    let minor = case.currency.minor_units();
    case.penalties.iter().map(|p| Run::new(p, start.of(p), minor)).collect()
}

/// Whether the case is under Dutch law, where a maximum is mandatory (Awb 5:32b al. 2).
fn dutch(case: &Case) -> bool {
    case.rules.code().starts_with("nl") || case.calendar.id().code() == "NL"
}

/// The day `runs` reach `cap`, if by `horizon`; a note says so, or when it would be reached.
fn cap_day(
    runs: &[Run],
    cap: Decimal,
    horizon: NaiveDate,
    case: &Case,
    scope: CapScope,
    notes: &mut Vec<Note>,
) -> Result<Option<NaiveDate>, ComputeError> {
    // Worded only for an error: a string for every cap was an allocation for nothing.
    let what = || match &scope {
        CapScope::Penalty(Some(o)) => format!("the day the cap ({o}) is reached"),
        CapScope::Penalty(None) => "the day the cap is reached".to_string(),
        CapScope::Case => "the day the cap of the case is reached".to_string(),
    };
    let reached = first_day_reaching(runs, None, cap).map_err(|l| limit_error(l, &case.origin, what()))?;
    let currency = case.currency;
    Ok(match reached {
        Reached::On(on, _) if on <= horizon => {
            notes.push(Note::CapReached {
                scope,
                cap,
                currency,
                on,
            });
            Some(on)
        }
        Reached::On(on, _) => {
            notes.push(Note::CapAhead {
                scope,
                cap,
                currency,
                on,
            });
            None
        }
        Reached::Never(..) => None,
    })
}

/// The first day on which `case` has accrued at least `target` in all (liquidated or not,
/// before moderation, without lump sums).
pub fn when(case: &Case, target: Decimal) -> Result<Reach, ComputeError> {
    let start = start::derive(case)?;
    let runs = runs(case, &start);
    let reached = first_day_reaching(&runs, case.cap, target)
        .map_err(|l| limit_error(l, &case.origin, format!("the day {target} is reached")))?;
    let (date, amount, never) = match reached {
        Reached::On(day, amount) => (Some(day), amount, None),
        Reached::Never(most, stop) => {
            let most_text = format_money(most, case.currency);
            let why = match stop {
                Stop::Cap => format!("the cap holds the total at {most_text}"),
                Stop::End => format!("the penalties end (compliance or the last violation) at {most_text}"),
                Stop::Horizon => format!("not before {}: the total is then {most_text}", horizon()),
            };
            (None, most, Some(why))
        }
    };
    Ok(Reach {
        title: case.title.clone(),
        currency: case.currency,
        reaches: target,
        date,
        amount,
        never,
    })
}
