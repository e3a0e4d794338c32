//! The one result type: what the engine found for a case, ready for any renderer.
//!
//! Amounts are exact decimals (serialized as strings), dates are dates (`YYYY-MM-DD`).

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::money::Currency;
use crate::source::Location;
use crate::timelimit::Step;

/// Everything computed for one case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseReport {
    pub title: String,
    pub authority: Option<String>,
    pub reference: Option<String>,
    /// Where the case is written.
    pub source: Location,
    #[serde(serialize_with = "code")]
    pub currency: Currency,
    /// The rule set the deadline was derived under.
    pub rules: String,
    /// The holiday calendar used.
    pub calendar: String,
    /// The last day to comply.
    pub deadline: NaiveDate,
    /// How the deadline and the first day of delay were derived, step by step.
    pub derivation: Vec<Step>,
    /// The first day any penalty counts.
    pub accrual_start: NaiveDate,
    /// Each penalty as it runs.
    pub penalties: Vec<PenaltyReport>,
    /// Each liquidation, in order.
    pub liquidations: Vec<LiquidationReport>,
    /// What has run and is not yet liquidated, as of `as_of`.
    pub accrued: Period,
    pub totals: Totals,
    /// The date the accrued amount is computed at.
    pub as_of: NaiveDate,
    /// Observations a reader should not miss (gaps between liquidations, days after compliance).
    pub notes: Vec<String>,
}

/// A penalty as the engine applied it.
#[derive(Debug, Clone, Serialize)]
pub struct PenaltyReport {
    pub obligation: Option<String>,
    pub rate: Decimal,
    pub per: String,
    /// The first day counted.
    pub from: NaiveDate,
    /// The first day the order was obeyed (not counted), if it was.
    pub complied: Option<NaiveDate>,
}

/// A liquidation: the period, the days counted in it and what they come to.
#[derive(Debug, Clone, Serialize)]
pub struct LiquidationReport {
    /// 1-based, in the order written.
    pub number: usize,
    pub decided: Option<NaiveDate>,
    pub from: NaiveDate,
    pub through: NaiveDate,
    /// Days of delay counted in the period (a day counts once however many penalties run on it).
    pub days: i64,
    /// The computed amount: the sum of the segments.
    pub amount: Decimal,
    /// What the decision ordered, if it differs from the computation (moderation).
    pub awarded: Option<Decimal>,
    /// The figure the case file expects.
    pub expected: Option<Decimal>,
    pub segments: Vec<Segment>,
}

impl LiquidationReport {
    /// What is owed under this liquidation: the awarded amount when the decision gives one,
    /// the computed amount otherwise.
    pub fn owed(&self) -> Decimal {
        self.awarded.unwrap_or(self.amount)
    }
}

/// A stretch of days at one rate for one penalty: the unit of every total.
#[derive(Debug, Clone, Serialize)]
pub struct Segment {
    pub obligation: Option<String>,
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub days: i64,
    pub rate: Decimal,
    pub per: String,
    pub amount: Decimal,
}

/// A period of accrual outside any liquidation.
#[derive(Debug, Clone, Serialize)]
pub struct Period {
    /// The first day counted, if any day is.
    pub from: Option<NaiveDate>,
    /// The last day counted, if any day is.
    pub through: Option<NaiveDate>,
    pub days: i64,
    pub amount: Decimal,
    pub segments: Vec<Segment>,
}

/// Sums over the case.
#[derive(Debug, Clone, Serialize)]
pub struct Totals {
    /// The computed amounts of all liquidations.
    pub liquidated: Decimal,
    /// What the liquidations ordered (awarded where given, computed otherwise).
    pub awarded: Decimal,
    /// Accrued and not yet liquidated, as of `as_of`.
    pub unliquidated: Decimal,
}

fn code<S: Serializer>(currency: &Currency, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(currency.code())
}
