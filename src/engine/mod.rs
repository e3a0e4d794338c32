//! The engine: from a checked case and a date to a [`CaseReport`]. Pure: no I/O, no clock;
//! "today" is the `as_of` argument.

mod accrual;
mod escalation_error;
mod judgment;
mod quantity;
mod quick;
mod rates;
mod reach;
mod schedule;
mod service_day;
mod shares;
mod start;
#[cfg(test)]
pub(crate) mod testing;
#[cfg(test)]
mod tests;
mod timeline;
mod units;
mod visits;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use smallvec::SmallVec;

use crate::case::{Case, Per};
use crate::lang::message::Fault;
use crate::lang::{Lang, Message};
use crate::money::exact::{self, Loss};
use crate::report::{
    CapScope, CaseReport, LiquidationReport, LumpSumReport, Note, ObligationTotal, PenaltyReport, Period, Reach,
    Status, Totals,
};
use crate::source::Location;
use crate::timelimit::DeadlineError;

#[cfg(test)]
pub(crate) use accrual::{Counted, any_period, count};
use accrual::{PerRun, limit_error};
pub use judgment::JudgmentError;
pub use quantity::Quantity;
pub(crate) use quick::{QuickInput, quick};
#[cfg(test)]
pub(crate) use reach::horizon;
pub(crate) use reach::{Reached, first_day_reaching};
pub(crate) use schedule::{Limit, Run};

/// Why a case could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ComputeError {
    /// The décompte could not be computed (`[interest]`, `[[payment]]`, `[[cost]]`).
    Balance {
        location: Location,
        field: String,
        /// Boxed: it is rare, and keeps every `Result<_, ComputeError>` small.
        problem: Box<crate::balance::BalanceProblem>,
    },
    /// The deadline could not be derived.
    Deadline {
        location: Location,
        field: String,
        source: DeadlineError,
    },
    /// A liquidation period that ends before its written `from` (R1). Refused when a file is
    /// read; here for a case built in code.
    Reversed {
        location: Location,
        /// `liquidation[N].through`, below the case.
        field: String,
        from: NaiveDate,
        through: NaiveDate,
    },
    /// A liquidation period that ends on or before the previous one's last day: listed out of
    /// order (R1). Refused when a file is read; here for a case built in code.
    OutOfOrder {
        location: Location,
        /// `liquidation[N].through`, below the case.
        field: String,
        through: NaiveDate,
        previous_through: NaiveDate,
    },
    /// A liquidation starts inside a period already liquidated (R1). Refused when a file is
    /// read; here for a case built in code.
    Overlap {
        location: Location,
        /// `liquidation[N].from`, below the case.
        field: String,
        from: NaiveDate,
        previous_through: NaiveDate,
    },
    /// A liquidation period that ends before the first day of delay: nothing to liquidate (R1).
    BeforeDelay {
        location: Location,
        /// `liquidation[N].through`, below the case.
        field: String,
        through: NaiveDate,
        accrual_start: NaiveDate,
    },
    /// A liquidation period that ends after the as-of date: its last days have not happened
    /// (R1). A projection asks for a later as-of date.
    AfterAsOf {
        location: Location,
        /// `liquidation[N].through`, below the case.
        field: String,
        through: NaiveDate,
        as_of: NaiveDate,
    },
    /// A figure exceeds what can be represented exactly: a [`Decimal`] holds 28 to 29 significant
    /// digits, up to 79,228,162,514,264,337,593,543,950,335. Anything below that is computed
    /// exactly (10^20 a day over 10,000 years is 3.65 × 10^26, exact); a figure or an
    /// intermediate product above it (a rate × days, a prorata share before division, a total) is
    /// this error, never a rounded or wrapped figure.
    Overflow {
        location: Location,
        /// The key concerned, such as `liquidation[2]`, when there is one.
        field: Option<String>,
        what: Quantity,
    },
    /// A figure within the range of amounts needs more digits than an amount holds (28 to 29
    /// significant digits, at most 28 after the decimal point): rust_decimal would round it
    /// silently; it is refused instead, since a figure before a court must be exact.
    Inexact {
        location: Location,
        /// The key concerned, such as `liquidation[2]` or `lump_sum`, when there is one.
        field: Option<String>,
        what: Quantity,
    },
    /// A date falls beyond what can be represented, or outside the supported dates
    /// ([`crate::dates::RANGE`]), which every output can write as `YYYY-MM-DD`.
    OutOfRange {
        location: Location,
        field: Option<String>,
        what: Quantity,
    },
    /// What a liquidation says the judge did is not what the law allows (CPCE L131-2,
    /// L131-4; CJA L911-7): see [`JudgmentError`].
    Judgment {
        location: Location,
        /// `liquidation[N].awarded_rate`, `.awarded` or `.suppression[K]`, below the case.
        field: String,
        /// Boxed: it is rare, and keeps every `Result<_, ComputeError>` small.
        source: Box<JudgmentError>,
    },
}

/// In English: the position, the key and what went wrong.
impl std::fmt::Display for ComputeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render_in(Lang::En))
    }
}

impl ComputeError {
    /// What went wrong, without where, in English: its [`Display`](std::fmt::Display) is this
    /// message after the [`location`](Self::location), for a caller that says where in its own
    /// terms (the command line, for `quick`).
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// What went wrong, in `lang`, after the key concerned (written alike in every language).
    pub fn message_in(&self, lang: Lang) -> String {
        let text = lang.say(&Message::Fault(Fault::Compute(self)));
        match self.field() {
            Some(field) => format!("`{field}`: {text}"),
            None => text,
        }
    }

    /// The position, the key and what went wrong in `lang`, as standard error shows it.
    pub fn render_in(&self, lang: Lang) -> String {
        format!("{}: {}", self.location(), self.message_in(lang))
    }

    /// Where in the input the problem lies.
    pub fn location(&self) -> &Location {
        match self {
            ComputeError::Deadline { location, .. }
            | ComputeError::Reversed { location, .. }
            | ComputeError::OutOfOrder { location, .. }
            | ComputeError::Overlap { location, .. }
            | ComputeError::BeforeDelay { location, .. }
            | ComputeError::AfterAsOf { location, .. }
            | ComputeError::Overflow { location, .. }
            | ComputeError::Inexact { location, .. }
            | ComputeError::OutOfRange { location, .. }
            | ComputeError::Balance { location, .. }
            | ComputeError::Judgment { location, .. } => location,
        }
    }

    /// The key of the case the error concerns, when known.
    pub fn field(&self) -> Option<&str> {
        match self {
            ComputeError::Deadline { field, .. }
            | ComputeError::Reversed { field, .. }
            | ComputeError::OutOfOrder { field, .. }
            | ComputeError::Overlap { field, .. }
            | ComputeError::BeforeDelay { field, .. }
            | ComputeError::AfterAsOf { field, .. }
            | ComputeError::Balance { field, .. }
            | ComputeError::Judgment { field, .. } => Some(field),
            ComputeError::Overflow { field, .. }
            | ComputeError::Inexact { field, .. }
            | ComputeError::OutOfRange { field, .. } => field.as_deref(),
        }
    }

    /// An amount (`what`) at `location` that has no exact decimal.
    fn of_loss(loss: Loss, location: &Location, what: Quantity) -> Self {
        let (location, field) = (location.clone(), None);
        match loss {
            Loss::TooLarge => ComputeError::Overflow { location, field, what },
            Loss::Inexact => ComputeError::Inexact { location, field, what },
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
            ComputeError::Inexact {
                location,
                field: None,
                what,
            } => ComputeError::Inexact {
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

/// Adds the case's décompte (`crate::balance`) to `report`, when the case has an `[interest]`
/// table: the pronounced liquidations are its sums.
fn with_balance(case: &Case, report: &mut CaseReport) -> Result<(), ComputeError> {
    let Some(decompte) = &case.balance else {
        return Ok(());
    };
    let on = decompte.as_of.map_or(report.as_of, |d| d.min(report.as_of));
    let sums: Vec<crate::balance::Sum> = report
        .liquidations
        .iter()
        .filter(|q| q.status == Status::Pronounced && q.decided.is_some_and(|d| d <= on))
        .filter_map(|q| {
            Some(crate::balance::Sum {
                liquidation: q.number,
                decided: q.decided?,
                amount: q.owed(),
                first_day: q.from,
                last_day: q.through,
            })
        })
        .filter(|s| s.amount > Decimal::ZERO)
        .collect();
    let balance = crate::balance::compute(decompte, &sums, on, case.currency.minor_units()).map_err(|e| {
        ComputeError::Balance {
            location: decompte.location.clone(),
            field: case.key(&e.key),
            problem: Box::new(e.problem),
        }
    })?;
    report.balance = Some(balance);
    Ok(())
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
    // A case has a penalty (a case file without one is refused); one built without any has its
    // first day of delay all the same: the day after the deadline.
    let accrual_start = runs.iter().map(Run::start).min().unwrap_or(start.day_after);

    let mut notes = service_day::notes(case);
    let mut liquidations = Vec::with_capacity(case.liquidations.len());
    let mut gaps = Vec::new();
    let mut per_run_liquidated = PerRun::from_elem(Decimal::ZERO, runs.len());
    let mut per_run_unliquidated = PerRun::from_elem(Decimal::ZERO, runs.len());
    // The first day not yet liquidated; `None` once the last supported day is.
    let mut next_day = Some(accrual_start);
    let mut previous_through: Option<NaiveDate> = None;
    let inexact = |what: Quantity| move |loss: Loss| ComputeError::of_loss(loss, &case.origin, what);
    let add = |sums: &mut PerRun, parts: &PerRun| -> Result<(), ComputeError> {
        for (sum, part) in sums.iter_mut().zip(parts) {
            *sum = exact::add(*sum, *part).map_err(inexact(Quantity::PenaltyTotal))?;
        }
        Ok(())
    };
    for (i, liq) in case.liquidations.iter().enumerate() {
        let number = i + 1;
        let from = liquidation_from(case, liq, number, previous_through, next_day, accrual_start, as_of)?;
        if let Some(first) = next_day
            && let Some(last) = from.pred_opt().filter(|last| *last >= first)
        {
            let counted = accrual::period(&runs, first, last, case.cap, &liq.location).map_err(|e| {
                escalation_error::blame(e, &runs, last, case).concerning(format!("liquidation[{number}]"))
            })?;
            let gap = counted.period;
            if gap.days > 0 || !gap.segments.is_empty() {
                add(&mut per_run_unliquidated, &counted.per_run)?;
                // A gap of violations alone counts no day: the note names the whole stretch.
                notes.push(Note::Gap {
                    from: gap.from.unwrap_or(first),
                    through: gap.through.unwrap_or(last),
                    after: number.checked_sub(1).filter(|n| *n > 0),
                    before: number,
                });
                gaps.push(gap);
            }
        }
        let counted = accrual::period(&runs, from, liq.through, case.cap, &liq.location).map_err(|e| {
            escalation_error::blame(e, &runs, liq.through, case).concerning(format!("liquidation[{number}]"))
        })?;
        add(&mut per_run_liquidated, &counted.per_run)?;
        let judged = judgment::judge(case, &runs, liq, number, from, &counted)?;
        let period = counted.period;
        if period.days == 0 && period.segments.is_empty() {
            notes.push(Note::NothingCounted {
                number,
                from,
                through: liq.through,
            });
        }
        if let Some(unit) = period.segments.iter().find(|s| s.from < from) {
            notes.push(Note::UnitBeforePeriod {
                number,
                per: unit.per,
                unit_from: unit.from,
                period_from: from,
            });
        }
        liquidations.push(LiquidationReport {
            number,
            decided: liq.decided,
            from,
            through: liq.through,
            days: period.days,
            amount: period.amount,
            awarded: judged.awarded,
            status: Status::of(liq.decided, as_of),
            expected: liq.expected,
            segments: period.segments,
            suspensions: period.suspensions,
            case_cap_cut: period.case_cap_cut,
            shares: Vec::new(),
            ruling: judged.ruling,
        });
        previous_through = Some(liq.through);
        next_day = liq.through.succ_opt();
    }

    let accrued = match next_day.filter(|first| *first <= as_of) {
        Some(first) => {
            let counted = accrual::period(&runs, first, as_of, case.cap, &case.origin).map_err(|e| {
                let e = escalation_error::blame(e, &runs, as_of, case);
                // Nothing liquidated names this period: the rates are what make its figures.
                e.concerning(if runs.len() == 1 { "penalty.amount" } else { "penalty" })
            })?;
            add(&mut per_run_unliquidated, &counted.per_run)?;
            counted.period
        }
        None => Period::empty(),
    };
    // Every liquidation ends by `as_of`: caps are looked for up to it.
    let horizon = as_of;

    let mut penalties = Vec::with_capacity(runs.len());
    let mut by_obligation = Vec::with_capacity(runs.len());
    for ((run, liquidated), unliquidated) in runs.iter().zip(&per_run_liquidated).zip(&per_run_unliquidated) {
        let p = run.penalty();
        let total = exact::add(*liquidated, *unliquidated).map_err(inexact(Quantity::PenaltyTotal))?;
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
        if p.cap.is_none() && case.cap.is_none() && maximum_required(case) {
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
            per: p.per,
            from: run.start(),
            complied: p.complied,
            partial: p.per.is_long().then_some(p.partial),
            cap: p.cap,
            cap_reached,
            changes: run.changes(),
            suspensions: run.all_suspensions(),
            total,
            count: p.count,
            escalation: run.escalation_report(as_of),
            reductions: run.reductions_report(),
            breaches: run.breaches_report(as_of),
            kind: p.terms.kind,
            kind_article: crate::report::Article::of_kind(p.terms.kind, case.jurisdiction),
            decided: p.terms.decided,
            through: p.terms.last_day(run.start()),
            first_day: p.first_day,
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

    let liquidated = exact::sum(liquidations.iter().map(|l| l.amount)).map_err(inexact(Quantity::LiquidationsTotal))?;
    let awarded = exact::sum(
        liquidations
            .iter()
            .filter(|l| l.status == Status::Pronounced)
            .map(LiquidationReport::owed),
    )
    .map_err(|loss| ComputeError::of_loss(loss, &case.origin, Quantity::AwardedTotal).concerning("liquidation"))?;
    let suppressed = exact::sum(
        liquidations
            .iter()
            .filter(|l| l.status == Status::Pronounced)
            .map(|l| l.ruling.suppressed),
    )
    .map_err(inexact(Quantity::SuppressedTotal))?;
    let projected = exact::sum(
        liquidations
            .iter()
            .filter(|l| l.status == Status::Projected)
            .map(|l| l.amount),
    )
    .map_err(inexact(Quantity::ProjectedTotal))?;
    let unliquidated = exact::sum(std::iter::once(accrued.amount).chain(gaps.iter().map(|g| g.amount)))
        .map_err(inexact(Quantity::UnliquidatedTotal))?;
    let lump_sums: Vec<LumpSumReport> = case
        .lump_sums
        .iter()
        .map(|l| LumpSumReport {
            date: l.date,
            amount: l.amount,
            reason: l.reason.clone(),
        })
        .collect();
    let lump_total = exact::sum(lump_sums.iter().filter(|l| l.date <= as_of).map(|l| l.amount))
        .map_err(|loss| ComputeError::of_loss(loss, &case.origin, Quantity::LumpSums).concerning("lump_sum"))?;
    // With lump sums, they are what takes the overall total past an amount: named.
    let overall_error = |loss| {
        let error = ComputeError::of_loss(loss, &case.origin, Quantity::Overall);
        if lump_total.is_zero() {
            error
        } else {
            error.concerning("lump_sum")
        }
    };
    let (liquidation_shares, shares) = shares::split(case, &liquidations)?;
    for (liquidation, split) in liquidations.iter_mut().zip(liquidation_shares) {
        liquidation.shares = split;
    }
    let sum3 = |a: Decimal, b: Decimal, c: Decimal| exact::add(a, b).and_then(|x| exact::add(x, c));
    let overall = sum3(liquidated, unliquidated, lump_total).map_err(overall_error)?;
    let owed = sum3(awarded, unliquidated, lump_total)
        .and_then(|sum| exact::add(sum, projected))
        .map_err(overall_error)?;

    let mut report = CaseReport {
        title: case.title.clone(),
        authority: case.authority.clone(),
        reference: case.reference.clone(),
        source: case.origin.clone(),
        currency: case.currency,
        rules: case.rules,
        calendar: case.calendar.id(),
        deadline: start.deadline.deadline,
        derivation: start.deadline.steps,
        accrual_start,
        penalties,
        liquidations,
        gaps,
        totals: Totals {
            liquidated,
            awarded,
            projected,
            unliquidated,
            lump_sums: lump_total,
            overall,
            owed,
            suppressed,
            by_obligation,
        },
        accrued,
        as_of,
        notes,
        cap: case.cap,
        cap_reached,
        lump_sums,
        shares,
        balance: None,
        filing: case.filing.clone(),
    };
    with_balance(case, &mut report)?;
    // The last check before any output: a date no `YYYY-MM-DD` can write is refused here.
    if let Some((key, what)) = report.date_out_of_range() {
        return Err(ComputeError::OutOfRange {
            location: case.origin.clone(),
            field: Some(case.key(&key)),
            what,
        });
    }
    Ok(report)
}

/// The first day of liquidation `number` (`liq`), its `from` or the first day not yet
/// liquidated (`next_day`, the day after `previous_through`), once its period is known to be
/// one that can be liquidated (R1): after the previous one, ending on or after the first day of
/// delay (`accrual_start`) and by the as-of date.
fn liquidation_from(
    case: &Case,
    liq: &crate::case::Liquidation,
    number: usize,
    previous_through: Option<NaiveDate>,
    next_day: Option<NaiveDate>,
    accrual_start: NaiveDate,
    as_of: NaiveDate,
) -> Result<NaiveDate, ComputeError> {
    let key = |k: &str| case.key(&format!("liquidation[{number}].{k}"));
    let through = liq.through;
    if let Some(from) = liq.from
        && from > through
    {
        return Err(ComputeError::Reversed {
            location: liq.through_location.clone(),
            field: key("through"),
            from,
            through,
        });
    }
    if let Some(previous) = previous_through {
        if through <= previous {
            return Err(ComputeError::OutOfOrder {
                location: liq.through_location.clone(),
                field: key("through"),
                through,
                previous_through: previous,
            });
        }
        if let Some(from) = liq.from.filter(|from| *from <= previous) {
            return Err(ComputeError::Overlap {
                location: liq.location.clone(),
                field: key("from"),
                from,
                previous_through: previous,
            });
        }
    }
    if through < accrual_start {
        return Err(ComputeError::BeforeDelay {
            location: liq.through_location.clone(),
            field: key("through"),
            through,
            accrual_start,
        });
    }
    if through > as_of {
        return Err(ComputeError::AfterAsOf {
            location: liq.through_location.clone(),
            field: key("through"),
            through,
            as_of,
        });
    }
    // `next_day` is `None` only after a period through the last day chrono holds, which no
    // later period can follow (refused above as out of order).
    #[allow(clippy::expect_used, reason = "a period after the last day is refused above")]
    let from = liq
        .from
        .or(next_day)
        .expect("a day follows every period a later one may follow");
    Ok(from)
}

/// Each penalty of a case as it runs. Most cases have one penalty, a few two: held inline, where
/// a vector was one allocation a case.
type Runs<'a> = SmallVec<[Run<'a>; 2]>;

/// Each penalty of `case` as it runs from its first day.
fn runs<'a>(case: &'a Case, start: &start::Start) -> Runs<'a> {
    let minor = case.currency.minor_units();
    case.penalties.iter().map(|p| Run::new(p, start.of(p), minor)).collect()
}

/// Whether the case is under Dutch law, where a maximum is mandatory (Awb 5:32b al. 2): its
/// rule set or its calendar says so.
fn maximum_required(case: &Case) -> bool {
    case.rules.requires_maximum() || case.calendar.id().requires_maximum()
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
    let what = || Quantity::CapDay(scope.clone());
    let reached = first_day_reaching(runs, None, cap)
        .map_err(|l| escalation_error::blame(limit_error(l, &case.origin, what()), runs, horizon, case))?;
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
    let reached = first_day_reaching(&runs, case.cap, target).map_err(|l| {
        let what = match l {
            Limit::Date => Quantity::TargetDay(target),
            Limit::Amount | Limit::Inexact => Quantity::AccruedByTarget(target),
        };
        escalation_error::blame(limit_error(l, &case.origin, what), &runs, reach::horizon(), case)
    })?;
    let (date, amount, never) = match reached {
        Reached::On(day, amount) => (Some(day), amount, None),
        Reached::Never(most, stop) => (None, most, Some(stop)),
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
