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
use crate::lang::message::{Equation, Rate};
use crate::lang::{Amount, Lang, Message};
use crate::report::QuickReport;

/// The JSON document: the schema's version, then the report's keys.
#[derive(Serialize)]
struct Document<'a> {
    schema_version: u32,
    #[serde(flatten)]
    report: &'a QuickReport,
}

/// The JSON document, pretty-printed, and a line feed.
pub(crate) fn write_json(out: &mut dyn Write, report: &QuickReport) -> io::Result<()> {
    let document = Document {
        schema_version: SCHEMA_VERSION,
        report,
    };
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    writeln!(out)
}

/// The period and its rule, a line per segment, the total, and the cap.
pub(crate) fn write_table(out: &mut dyn Write, report: &QuickReport, l: Lang) -> io::Result<()> {
    let currency = report.currency;
    let period = Message::QuickPeriod {
        rate: Rate {
            value: report.rate,
            per: report.per,
            currency,
        },
        from: report.from,
        through: report.through,
        days: report.days,
        partial: report.partial,
    };
    writeln!(out, "{}", l.say(&period))?;
    for segment in &report.segments {
        writeln!(out, "  {}", l.say(&Message::QuickSegment { segment, currency }))?;
    }
    let equation = Equation {
        segments: &report.segments,
        cut: Decimal::ZERO,
        total: report.amount,
        currency,
    };
    writeln!(out, "{}", l.say(&Message::Equation(equation)))?;
    if let Some(cap) = report.cap {
        let cap = Message::QuickCap {
            cap: Amount::new(cap, currency),
            reached: report.cap_reached,
        };
        writeln!(out, "{}", l.say(&cap))?;
    }
    Ok(())
}
