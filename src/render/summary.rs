//! `--format summary`: one short JSON object per line, only the figures of each case, for a
//! script that needs the amounts and not how they were reached (about a tenth of the bytes of
//! `ndjson`, which also carries the derivation, the penalties and every segment).
//!
//! ```text
//! {"schema_version":1,"title":"...","source":{...},"currency":"EUR","deadline":"2022-12-19","accrual_start":"2022-12-20","liquidations":[...],"accrued":{...},"totals":{...}}
//! {"schema_version":1,"error":{"file":"bad.toml","line":3,"column":1,"field":"currency","message":"..."}}
//! ```
//! A line has `error` exactly when the case could not be computed; the keys of a case line
//! mean what the same keys mean in `--format json`. Written as each case is computed, like
//! `ndjson`.

use std::io::{self, Write};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::{CaseBytes, Failure, Renderer, SCHEMA_VERSION};
use crate::report::{CaseReport, LiquidationReport, Period, Totals};
use crate::source::Location;

/// Writes each line as it comes; holds nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct SummaryRenderer;

#[derive(Serialize)]
struct CaseLine<'a> {
    schema_version: u32,
    title: &'a str,
    source: &'a Location,
    currency: &'a str,
    #[serde(serialize_with = "crate::dates::iso")]
    deadline: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    accrual_start: NaiveDate,
    liquidations: Vec<LiquidationLine>,
    accrued: AccruedLine,
    totals: &'a Totals,
}

#[derive(Serialize)]
struct LiquidationLine {
    number: usize,
    #[serde(serialize_with = "crate::dates::iso")]
    from: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    through: NaiveDate,
    days: i64,
    amount: Decimal,
    awarded: Option<Decimal>,
    expected: Option<Decimal>,
}

#[derive(Serialize)]
struct AccruedLine {
    #[serde(serialize_with = "crate::dates::iso_opt")]
    from: Option<NaiveDate>,
    #[serde(serialize_with = "crate::dates::iso_opt")]
    through: Option<NaiveDate>,
    days: i64,
    amount: Decimal,
}

#[derive(Serialize)]
struct ErrorLine<'a> {
    schema_version: u32,
    error: &'a Failure,
}

impl From<&LiquidationReport> for LiquidationLine {
    fn from(l: &LiquidationReport) -> Self {
        LiquidationLine {
            number: l.number,
            from: l.from,
            through: l.through,
            days: l.days,
            amount: l.amount,
            awarded: l.awarded,
            expected: l.expected,
        }
    }
}

impl From<&Period> for AccruedLine {
    fn from(p: &Period) -> Self {
        AccruedLine {
            from: p.from,
            through: p.through,
            days: p.days,
            amount: p.amount,
        }
    }
}

/// A line serialized whole before it is written (as `ndjson` does: never a line in part).
fn line(value: &impl Serialize) -> io::Result<Vec<u8>> {
    let mut text = Vec::with_capacity(512);
    serde_json::to_writer(&mut text, value).map_err(io::Error::other)?;
    text.push(b'\n');
    Ok(text)
}

impl CaseBytes for SummaryRenderer {
    fn case_bytes(&self, report: &CaseReport) -> io::Result<Vec<u8>> {
        line(&CaseLine {
            schema_version: SCHEMA_VERSION,
            title: &report.title,
            source: &report.source,
            currency: report.currency.code(),
            deadline: report.deadline,
            accrual_start: report.accrual_start,
            liquidations: report.liquidations.iter().map(LiquidationLine::from).collect(),
            accrued: AccruedLine::from(&report.accrued),
            totals: &report.totals,
        })
    }
}

impl Renderer for SummaryRenderer {
    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        out.write_all(&self.case_bytes(report)?)
    }

    fn failure(&mut self, out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        out.write_all(&line(&ErrorLine {
            schema_version: SCHEMA_VERSION,
            error: failure,
        })?)
    }

    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        Some(Box::new(*self))
    }
}
