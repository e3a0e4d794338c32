//! The décompte of a case (issue 16): the liquidated sums owed, the interest on each by period
//! and rate, the costs, the payments and how each was imputed, the balance due on the as-of
//! date, and the limitation of each sum. JSON: the case's `balance` object.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::balance::{Barred, Limitation, Start};
use crate::interest::{Basis, Capitalisation, Creditor, Period, Regime};

/// The balance of a case on its as-of date.
#[derive(Debug, Clone, Serialize)]
pub struct BalanceReport {
    /// The day of the balance: the case's `interest.as_of`, or the run's as-of date when that
    /// is earlier or none is given.
    #[serde(serialize_with = "crate::dates::iso")]
    pub as_of: NaiveDate,
    #[serde(serialize_with = "regime")]
    pub regime: Regime,
    #[serde(serialize_with = "creditor")]
    pub creditor: Option<Creditor>,
    #[serde(serialize_with = "basis")]
    pub basis: Basis,
    /// Where each sum's interest starts (`decision`, `service`, `date`).
    #[serde(serialize_with = "start")]
    pub interest_from: Start,
    /// Whether the CMF L313-3 majoration was waived (fr-legal).
    pub majoration_waived: bool,
    /// Whether unpaid interest is capitalised each year.
    pub capitalised: bool,
    /// The pronounced liquidations, oldest interest first: the order payments are imputed in.
    pub sums: Vec<SumBalance>,
    pub costs: Vec<CostLine>,
    /// The payments made by the as-of date, in date order, with their imputation.
    pub payments: Vec<PaymentLine>,
    /// The limitation rule applied, if the case names one.
    pub limitation: Option<LimitationRule>,
    /// The liquidated sums counted in the balance (excluded ones left out).
    pub principal: Decimal,
    /// All interest accrued on them up to the day before the as-of date: the sum of the
    /// periods, each rounded once to the cent.
    pub interest: Decimal,
    /// The costs incurred by the as-of date.
    pub costs_total: Decimal,
    /// The payments made by the as-of date.
    pub paid: Decimal,
    /// What the payments exceeded of everything owed when they were made.
    pub unapplied: Decimal,
    pub outstanding: BalanceOutstanding,
    /// What is due on the as-of date: outstanding principal, interest and costs.
    pub due: Decimal,
    /// The sums wholly time-barred on the as-of date (shown, and counted in `due` unless
    /// excluded).
    pub time_barred: Decimal,
    /// The sums left out of the balance because they are time-barred (`exclude_barred`).
    pub excluded: Decimal,
    /// Whether a rate or a limitation row marked unconfirmed was used (allowed by the case).
    pub unconfirmed: bool,
}

/// What is still owed on the as-of date.
#[derive(Debug, Clone, Serialize)]
pub struct BalanceOutstanding {
    pub principal: Decimal,
    pub interest: Decimal,
    pub costs: Decimal,
}

/// One liquidated sum and its interest.
#[derive(Debug, Clone, Serialize)]
pub struct SumBalance {
    /// The liquidation's number (1-based), as in `liquidations`.
    pub liquidation: usize,
    #[serde(serialize_with = "crate::dates::iso")]
    pub decided: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub served: Option<NaiveDate>,
    /// What is owed under it: the awarded amount, else the computed one.
    pub amount: Decimal,
    /// Its first day of interest; `null` when no day of interest has run by the as-of date.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub interest_from: Option<NaiveDate>,
    /// fr-legal: the day the decision became enforceable, from which CMF L313-3 counts.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub enforceable: Option<NaiveDate>,
    /// fr-legal: the first day of the majorated rate.
    #[serde(serialize_with = "crate::dates::iso_opt")]
    pub majoration_from: Option<NaiveDate>,
    #[serde(serialize_with = "periods")]
    pub periods: Vec<Period>,
    #[serde(serialize_with = "capitalisations")]
    pub capitalisations: Vec<Capitalisation>,
    /// The interest of its periods.
    pub interest: Decimal,
    pub outstanding_principal: Decimal,
    pub outstanding_interest: Decimal,
    pub limitation: Option<SumLimitation>,
    /// Left out of the balance: wholly time-barred, and the case excludes such sums.
    pub excluded: bool,
}

/// A sum's limitation dates on the as-of date.
#[derive(Debug, Clone, Serialize)]
pub struct SumLimitation {
    /// The first day any part of it is time-barred.
    #[serde(serialize_with = "crate::dates::iso")]
    pub first_barred: NaiveDate,
    /// The first day all of it is.
    #[serde(serialize_with = "crate::dates::iso")]
    pub barred: NaiveDate,
    pub status: Barred,
}

/// The limitation rule of the case.
#[derive(Debug, Clone, Serialize)]
pub struct LimitationRule {
    #[serde(serialize_with = "limitation")]
    pub rule: Limitation,
    pub months: u32,
    pub source: &'static str,
    pub confirmed: bool,
    pub caveat: &'static str,
}

/// A cost (`[[cost]]`).
#[derive(Debug, Clone, Serialize)]
pub struct CostLine {
    #[serde(serialize_with = "crate::dates::iso")]
    pub date: NaiveDate,
    pub amount: Decimal,
    pub label: String,
}

/// A payment (`[[payment]]`) and what it paid.
#[derive(Debug, Clone, Serialize)]
pub struct PaymentLine {
    #[serde(serialize_with = "crate::dates::iso")]
    pub date: NaiveDate,
    pub amount: Decimal,
    pub note: Option<String>,
    pub to_costs: Decimal,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
    pub unapplied: Decimal,
    /// Per sum, what it paid of that sum's costs, interest and principal.
    pub parts: Vec<PaymentPart>,
}

/// What a payment paid of one sum.
#[derive(Debug, Clone, Serialize)]
pub struct PaymentPart {
    pub liquidation: usize,
    pub to_costs: Decimal,
    pub to_interest: Decimal,
    pub to_principal: Decimal,
}

fn regime<S: Serializer>(r: &Regime, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(r.code())
}

fn creditor<S: Serializer>(c: &Option<Creditor>, s: S) -> Result<S::Ok, S::Error> {
    match c {
        Some(c) => s.serialize_str(c.code()),
        None => s.serialize_none(),
    }
}

fn basis<S: Serializer>(b: &Basis, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(b.code())
}

fn start<S: Serializer>(rule: &Start, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(rule.code())
}

fn limitation<S: Serializer>(l: &Limitation, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(l.code())
}

#[derive(Serialize)]
struct JsonPeriod {
    #[serde(serialize_with = "crate::dates::iso")]
    from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    through: NaiveDate,
    days: i64,
    base: Decimal,
    rate: Decimal,
    year_days: i64,
    amount: Decimal,
    source: String,
    confirmed: bool,
}

fn periods<S: Serializer>(periods: &[Period], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(periods.iter().map(|p| JsonPeriod {
        from: p.from,
        through: p.through,
        days: p.days,
        base: p.base,
        rate: p.rate,
        year_days: p.year_days,
        amount: p.amount,
        source: p.source(),
        confirmed: p.confirmed,
    }))
}

#[derive(Serialize)]
struct JsonCapitalisation {
    #[serde(serialize_with = "crate::dates::iso")]
    date: NaiveDate,
    amount: Decimal,
    principal: Decimal,
}

fn capitalisations<S: Serializer>(all: &[Capitalisation], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(all.iter().map(|c| JsonCapitalisation {
        date: c.date,
        amount: c.amount,
        principal: c.principal,
    }))
}
