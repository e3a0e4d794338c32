//! The output of `astreinte quick`: one penalty over one period, as lines for a person or as
//! one JSON document.
//!
//! ```json
//! {"schema_version": 1, "currency": "EUR", "from": "2022-01-17", "through": "2022-02-21",
//!  "days": 36, "units": 5, "amount": "25000000", "rate": "5000000", "per": "week",
//!  "partial": "completed", "cap": "50000000", "cap_reached": null, "segments": [...]}
//! ```

use std::io::{self, Write};

use rust_decimal::Decimal;
use serde::Serialize;

use super::SCHEMA_VERSION;
use super::text::{equation, partial_mode, term};
use crate::case::Per;
use crate::lang::{self, Lang, long_date, money_with_compact, rate, short_date};
use crate::report::QuickReport;

/// The JSON document: the schema's version, then the report's keys.
#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    #[serde(flatten)]
    report: &'a QuickReport,
}

/// The JSON document, pretty-printed, and a line feed.
pub fn write_json(out: &mut dyn Write, report: &QuickReport) -> io::Result<()> {
    let document = Document {
        schema_version: SCHEMA_VERSION,
        report,
    };
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    writeln!(out)
}

/// The period and its rule, a line per segment, the total, and the cap.
pub fn write_table(out: &mut dyn Write, report: &QuickReport, l: Lang) -> io::Result<()> {
    let cur = report.currency;
    let money = |a| lang::money(a, cur, l);
    let mode = report
        .partial
        .map(|m| partial_mode(m, report.per, l))
        .unwrap_or_default();
    let days = lang::units(report.days, Per::Day, l);
    let (rate, from, through) = (
        rate(report.rate, report.per, cur, l),
        long_date(report.from, l),
        long_date(report.through, l),
    );
    match l {
        Lang::En => writeln!(out, "{rate} from {from} through {through} ({days}){mode}")?,
        Lang::Fr => writeln!(out, "{rate} du {from} au {through} inclus ({days}){mode}")?,
    }
    for s in &report.segments {
        let (from, through, forfeited) = (
            short_date(s.from, l),
            short_date(s.through, l),
            short_date(s.forfeited, l),
        );
        let term = term(s, cur, l);
        let amount = money(s.amount);
        match l {
            Lang::En => writeln!(out, "  {from} to {through}: {term} = {amount} (forfeited {forfeited})")?,
            Lang::Fr => writeln!(
                out,
                "  du {from} au {through} : {term} = {amount} (encouru le {forfeited})"
            )?,
        }
    }
    writeln!(
        out,
        "{}",
        equation(&report.segments, Decimal::ZERO, report.amount, cur, l)
    )?;
    if let Some(cap) = report.cap {
        let cap_text = money_with_compact(cap, cur, l);
        match (report.cap_reached, l) {
            (Some(day), Lang::En) => writeln!(
                out,
                "Cap {cap_text} reached on {}: nothing accrues after it",
                long_date(day, l)
            )?,
            (Some(day), Lang::Fr) => writeln!(
                out,
                "Plafond de {cap_text} atteint le {} : plus rien ne court ensuite",
                long_date(day, l)
            )?,
            (None, Lang::En) => writeln!(out, "Cap {cap_text} not reached")?,
            (None, Lang::Fr) => writeln!(out, "Plafond de {cap_text} non atteint")?,
        }
    }
    Ok(())
}
