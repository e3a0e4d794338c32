//! The periods counted: each liquidation, with the days of delay before it that no liquidation
//! covers (its gap), then what accrued after the last one.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::case::Per;
use crate::lang::message::{Equation, PeriodKind};
use crate::money::Currency;
use crate::report::{CaseReport, LiquidationReport, Period, Segment, Status, SuspensionSpan};

/// A period counted, with its kind.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Counted<'a> {
    /// The days before liquidation `before` that no liquidation covers.
    Gap {
        before: usize,
        period: &'a Period,
    },
    Liquidation(&'a LiquidationReport),
    /// What accrued after the last liquidation, as of the report's date.
    Accrued(&'a Period),
}

/// `r`'s periods in date order: each gap before its liquidation, the period not yet liquidated
/// last.
pub(crate) fn periods(r: &CaseReport) -> Vec<Counted<'_>> {
    let mut periods = Vec::with_capacity(r.liquidations.len() * 2 + 1);
    for q in &r.liquidations {
        if let Some(period) = r.gap_before(q.number) {
            periods.push(Counted::Gap {
                before: q.number,
                period,
            });
        }
        periods.push(Counted::Liquidation(q));
    }
    periods.push(Counted::Accrued(&r.accrued));
    periods
}

impl<'a> Counted<'a> {
    pub(crate) fn kind(&self) -> PeriodKind {
        match self {
            Counted::Gap { before, .. } => PeriodKind::Gap { before: *before },
            Counted::Liquidation(q) => PeriodKind::Liquidation { number: q.number },
            Counted::Accrued(_) => PeriodKind::Accrued,
        }
    }

    /// The first and last days counted, if any day is (a liquidation always has its own).
    pub(crate) fn span(&self) -> Option<(NaiveDate, NaiveDate)> {
        match self {
            Counted::Gap { period, .. } | Counted::Accrued(period) => period.from.zip(period.through),
            Counted::Liquidation(q) => Some((q.from, q.through)),
        }
    }

    pub(crate) fn days(&self) -> i64 {
        match self {
            Counted::Gap { period, .. } | Counted::Accrued(period) => period.days,
            Counted::Liquidation(q) => q.days,
        }
    }

    pub(crate) fn segments(&self) -> &'a [Segment] {
        match self {
            Counted::Gap { period, .. } | Counted::Accrued(period) => &period.segments,
            Counted::Liquidation(q) => &q.segments,
        }
    }

    pub(crate) fn suspensions(&self) -> &'a [SuspensionSpan] {
        match self {
            Counted::Gap { period, .. } | Counted::Accrued(period) => &period.suspensions,
            Counted::Liquidation(q) => &q.suspensions,
        }
    }

    /// How the period's amount is made.
    pub(crate) fn equation(&self, currency: Currency) -> Equation<'a> {
        let (cut, total) = match self {
            Counted::Gap { period, .. } | Counted::Accrued(period) => (period.case_cap_cut, period.amount),
            Counted::Liquidation(q) => (q.case_cap_cut, q.amount),
        };
        Equation {
            segments: self.segments(),
            cut,
            total,
            currency,
        }
    }

    /// Whether a single `days × rate` says all about the period: otherwise its segments are
    /// listed.
    pub(crate) fn is_days_times_rate(&self) -> bool {
        match self.segments() {
            [] => true,
            [one] => days_times_rate(one),
            _ => false,
        }
    }

    /// Whether the period counts violations only: it has no days of delay to show.
    pub(crate) fn violations_only(&self) -> bool {
        violations_only(self.segments())
    }
}

/// A segment that a single `days × rate` says all about.
pub(crate) fn days_times_rate(s: &Segment) -> bool {
    s.per == Per::Day && s.fraction.is_none() && s.capped.is_zero()
}

/// Whether `segments` count violations only (a sum per violation counts no day of delay).
pub(crate) fn violations_only(segments: &[Segment]) -> bool {
    !segments.is_empty() && segments.iter().all(|s| s.per == Per::Violation)
}

/// What a liquidation's decision gave, beside what was computed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub status: Status,
    /// What a pronounced decision awarded, if the file gives it (a projection has nothing
    /// awarded, whatever the file says a later decision did).
    pub awarded: Option<Decimal>,
    /// `awarded - due`, when a pronounced decision moderated the computation: `due` is the
    /// computed amount less what the decision suppressed for a cause étrangère (a suppression
    /// is not a moderation: CPCE L131-4 al. 3 beside al. 1).
    pub moderation: Option<Decimal>,
    /// The figure the case file expects, and whether the computation matches it.
    pub expected: Option<(Decimal, bool)>,
}

/// What `q`'s decision gave.
pub(crate) fn decision(q: &LiquidationReport) -> Decision {
    let awarded = q.awarded.filter(|_| q.status == Status::Pronounced);
    Decision {
        status: q.status,
        awarded,
        moderation: awarded
            .and_then(|a| a.checked_sub(q.amount.checked_sub(q.ruling.suppressed)?))
            .filter(|d| !d.is_zero()),
        expected: q.expected.map(|e| (e, e == q.amount)),
    }
}
