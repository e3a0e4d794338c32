//! The totals of a case.

use chrono::NaiveDate;

use crate::lang::Amount;
use crate::report::{CaseReport, ObligationTotal};

/// The sums over a case, with what a reader needs to know about each.
#[derive(Debug, Clone)]
pub(crate) struct Totals<'a> {
    /// The computed amounts of all liquidations.
    pub liquidated: Amount,
    /// What the pronounced liquidations ordered.
    pub awarded: Amount,
    /// The projected liquidations' computed amounts, when there is one.
    pub projected: Option<Amount>,
    /// Accrued and not yet liquidated as of `as_of`.
    pub unliquidated: Amount,
    /// What the pronounced liquidations suppressed, when they suppressed anything.
    pub suppressed: Option<Amount>,
    /// The lump sums owed by `as_of`, when the case orders any.
    pub lump_sums: Option<Amount>,
    pub overall: Amount,
    pub owed: Amount,
    /// Each obligation's total, when the case has several.
    pub by_obligation: &'a [ObligationTotal],
    pub as_of: NaiveDate,
}

/// `r`'s totals.
pub(crate) fn totals(r: &CaseReport) -> Totals<'_> {
    let t = &r.totals;
    let amount = |value| Amount::new(value, r.currency);
    Totals {
        liquidated: amount(t.liquidated),
        awarded: amount(t.awarded),
        projected: r.has_projections().then(|| amount(t.projected)),
        unliquidated: amount(t.unliquidated),
        suppressed: (!t.suppressed.is_zero()).then(|| amount(t.suppressed)),
        lump_sums: (!r.lump_sums.is_empty()).then(|| amount(t.lump_sums)),
        overall: amount(t.overall),
        owed: amount(t.owed),
        by_obligation: if t.by_obligation.len() > 1 {
            &t.by_obligation
        } else {
            &[]
        },
        as_of: r.as_of,
    }
}
