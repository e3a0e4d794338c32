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

use serde::Serialize;

use super::json_bytes::{self, JsonBytes};
use super::{CaseBytes, Failure, Renderer, SCHEMA_VERSION, json_line};
use crate::report::{CaseReport, LiquidationReport, ObligationTotal, Period, Totals};

/// Writes each line as it comes; holds nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct SummaryRenderer;

/// An error line: rare, so derived.
#[derive(Serialize)]
struct ErrorLine<'a> {
    schema_version: u32,
    error: &'a Failure,
}

/// A case line is written key by key into its bytes rather than derived through serde: it is
/// written for every case of a batch, and building and serializing structs for it took a fifth
/// of a worker's time. The keys and their order are those of `--format json`, and every value
/// is written as `serde_json` would write it (see `render::json_bytes`).
impl CaseBytes for SummaryRenderer {
    fn typical_len(&self) -> usize {
        // 620 bytes a line in the benchmark's portfolio (benches/generate.py).
        700
    }

    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()> {
        // Room for the fixed part, the names, and each liquidation and obligation.
        let capacity = 420
            + report.title.len()
            + report.source.file.len()
            + 160 * report.liquidations.len()
            + 100 * report.gaps.len()
            + 100 * report.totals.by_obligation.len();
        json_bytes::append_with(out, capacity, |room| {
            let mut line = JsonBytes::new(room);
            write_line(&mut line, report)?;
            Ok(line.written())
        })
    }
}

/// The line of a case, whole.
#[inline(always)]
fn write_line(l: &mut JsonBytes, report: &CaseReport) -> io::Result<()> {
    l.integer("{\"schema_version\":", SCHEMA_VERSION);
    l.string(",\"title\":", &report.title)?;
    l.string(",\"source\":{\"file\":", &report.source.file)?;
    l.integer(",\"line\":", report.source.line);
    l.integer(",\"column\":", report.source.column);
    l.string("},\"currency\":", report.currency.code())?;
    l.date(",\"deadline\":", report.deadline)?;
    l.date(",\"accrual_start\":", report.accrual_start)?;
    l.raw(",\"liquidations\":[");
    for (i, liquidation) in report.liquidations.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_liquidation(l, liquidation)?;
    }
    l.raw("],\"gaps\":[");
    for (i, gap) in report.gaps.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_accrued(l, gap)?;
    }
    l.raw("],\"accrued\":");
    write_accrued(l, &report.accrued)?;
    l.raw(",\"totals\":");
    write_totals(l, &report.totals)?;
    l.raw("}\n");
    Ok(())
}

#[inline(always)]
fn write_liquidation(l: &mut JsonBytes, liquidation: &LiquidationReport) -> io::Result<()> {
    l.integer("{\"number\":", liquidation.number);
    l.date(",\"from\":", liquidation.from)?;
    l.date(",\"through\":", liquidation.through)?;
    l.integer(",\"days\":", liquidation.days);
    l.amount(",\"amount\":", liquidation.amount);
    l.amount_opt(",\"awarded\":", liquidation.awarded);
    l.string(",\"status\":", liquidation.status.code())?;
    l.amount_opt(",\"expected\":", liquidation.expected);
    l.raw("}");
    Ok(())
}

/// A period outside the liquidations (the accrued period, a gap) without its segments and
/// suspensions.
#[inline(always)]
fn write_accrued(l: &mut JsonBytes, accrued: &Period) -> io::Result<()> {
    l.date_opt("{\"from\":", accrued.from)?;
    l.date_opt(",\"through\":", accrued.through)?;
    l.integer(",\"days\":", accrued.days);
    l.amount(",\"amount\":", accrued.amount);
    l.raw("}");
    Ok(())
}

/// The totals whole, as `--format json` gives them.
#[inline(always)]
fn write_totals(l: &mut JsonBytes, totals: &Totals) -> io::Result<()> {
    l.amount("{\"liquidated\":", totals.liquidated);
    l.amount(",\"awarded\":", totals.awarded);
    l.amount(",\"projected\":", totals.projected);
    l.amount(",\"unliquidated\":", totals.unliquidated);
    l.amount(",\"lump_sums\":", totals.lump_sums);
    l.amount(",\"overall\":", totals.overall);
    l.amount(",\"owed\":", totals.owed);
    l.raw(",\"by_obligation\":[");
    for (i, obligation) in totals.by_obligation.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_obligation(l, obligation)?;
    }
    l.raw("]}");
    Ok(())
}

#[inline(always)]
fn write_obligation(l: &mut JsonBytes, total: &ObligationTotal) -> io::Result<()> {
    l.string_opt("{\"obligation\":", total.obligation.as_deref())?;
    l.amount(",\"liquidated\":", total.liquidated);
    l.amount(",\"unliquidated\":", total.unliquidated);
    l.amount(",\"total\":", total.total);
    l.raw("}");
    Ok(())
}

impl Renderer for SummaryRenderer {
    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        out.write_all(&self.case_bytes(report)?)
    }

    fn failure(&mut self, out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        out.write_all(&json_line(&ErrorLine {
            schema_version: SCHEMA_VERSION,
            error: failure,
        })?)
    }

    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        Some(Box::new(*self))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;
    use proptest::prelude::*;
    use rust_decimal::Decimal;
    use serde_json::{Value, json};

    use super::*;
    use crate::case::load;
    use crate::engine::compute;
    use crate::source::Source;

    /// Three obligations (one named with quotes, a backslash and a tab, one in Japanese), two
    /// liquidations (one projected, one pronounced and awarded, with an expected figure, after
    /// a gap), two lump sums.
    const CASE: &str = r#"
title = "Tab\there, \"quotes\", back\\slash, bell\u0007, DEL\u007f — Société « Générale » 🦀\nnext line"
currency = "EUR"
rules = "fr-cpc"
[order]
decided = 2022-10-17
notified = 2022-10-19
comply_within = "2 months"
[[penalty]]
obligation = "remove \"all\" scaffolding \\ échafaudage\t(phase 1)"
amount = "125.50"
[[penalty]]
obligation = "publish the judgment — 公開"
amount = "0.01"
per = "week"
partial = "prorata"
[[penalty]]
amount = 1000
per = "month"
complied = 2023-03-01
[[lump_sum]]
amount = "200000.00"
date = 2022-11-01
[[lump_sum]]
amount = "0.5"
date = 2031-01-01
[[liquidation]]
through = 2023-01-31
awarded = "0.00"
expected = "0.00"
[[liquidation]]
decided = 2023-07-10
from = 2023-03-01
through = 2023-06-30
awarded = "150.5"
expected = "12345678901234567890.123456789"
"#;

    fn report() -> CaseReport {
        let case = load(&Source::new("dir \"q\"\\é.toml", CASE)).remove(0).unwrap();
        compute(&case, NaiveDate::from_ymd_opt(2030, 1, 1).unwrap()).unwrap()
    }

    /// The line as serde_json writes a value built here from the report, key by key (the
    /// crate's `preserve_order` keeps the keys in the order written).
    fn expected(r: &CaseReport) -> String {
        let amount = |d: Decimal| json!(d.to_string());
        let amount_opt = |d: Option<Decimal>| d.map_or(Value::Null, amount);
        let date = |d: NaiveDate| json!(d.to_string());
        let date_opt = |d: Option<NaiveDate>| d.map_or(Value::Null, date);
        let period = |p: &Period| {
            json!({
                "from": date_opt(p.from), "through": date_opt(p.through), "days": p.days, "amount": amount(p.amount),
            })
        };
        let liquidations: Vec<Value> = r
            .liquidations
            .iter()
            .map(|l| {
                json!({
                    "number": l.number, "from": date(l.from), "through": date(l.through), "days": l.days,
                    "amount": amount(l.amount), "awarded": amount_opt(l.awarded), "status": l.status.code(),
                    "expected": amount_opt(l.expected),
                })
            })
            .collect();
        let obligations: Vec<Value> = r
            .totals
            .by_obligation
            .iter()
            .map(|o| {
                json!({
                    "obligation": o.obligation, "liquidated": amount(o.liquidated),
                    "unliquidated": amount(o.unliquidated), "total": amount(o.total),
                })
            })
            .collect();
        let t = &r.totals;
        let value = json!({
            "schema_version": 1,
            "title": r.title,
            "source": {"file": r.source.file, "line": r.source.line, "column": r.source.column},
            "currency": r.currency.code(),
            "deadline": date(r.deadline),
            "accrual_start": date(r.accrual_start),
            "liquidations": liquidations,
            "gaps": r.gaps.iter().map(period).collect::<Vec<Value>>(),
            "accrued": period(&r.accrued),
            "totals": {
                "liquidated": amount(t.liquidated), "awarded": amount(t.awarded), "projected": amount(t.projected),
                "unliquidated": amount(t.unliquidated), "lump_sums": amount(t.lump_sums),
                "overall": amount(t.overall), "owed": amount(t.owed), "by_obligation": obligations,
            },
        });
        serde_json::to_string(&value).unwrap() + "\n"
    }

    fn written(r: &CaseReport) -> String {
        String::from_utf8(SummaryRenderer.case_bytes(r).unwrap()).unwrap()
    }

    #[test]
    fn a_case_with_names_to_escape_is_written_as_serde_json_writes_it() {
        let r = report();
        assert_eq!(r.totals.by_obligation.len(), 3);
        assert_eq!(r.liquidations.len(), 2);
        assert_eq!(r.gaps.len(), 1);
        assert_ne!(r.liquidations[0].status, r.liquidations[1].status);
        assert_ne!(r.totals.lump_sums, Decimal::ZERO);
        assert_eq!(written(&r), expected(&r));
    }

    #[test]
    fn amounts_and_dates_out_of_the_ordinary_are_written_as_serde_json_writes_them() {
        let mut r = report();
        r.totals.liquidated = -Decimal::new(0, 2);
        r.totals.awarded = Decimal::MIN;
        r.totals.owed = Decimal::MAX;
        r.totals.overall = Decimal::new(-5, 28);
        r.liquidations[0].amount = Decimal::new(-11_433_050, 2);
        r.liquidations[1].awarded = None;
        r.totals.by_obligation[0].obligation = None;
        r.deadline = NaiveDate::from_ymd_opt(10_000, 1, 1).unwrap();
        r.accrual_start = NaiveDate::from_ymd_opt(-1, 12, 31).unwrap();
        r.accrued.from = None;
        r.accrued.through = NaiveDate::from_ymd_opt(0, 2, 29);
        r.accrued.days = -3;
        assert_eq!(written(&r), expected(&r));
        r.gaps.push(r.accrued.clone());
        assert_eq!(written(&r), expected(&r));
        r.liquidations.clear();
        r.gaps.clear();
        r.totals.by_obligation.clear();
        assert_eq!(written(&r), expected(&r));
    }

    fn any_decimal() -> impl Strategy<Value = Decimal> {
        (
            any::<u32>(),
            any::<u32>(),
            any::<u32>(),
            any::<bool>(),
            0u32..=28,
            any::<bool>(),
        )
            .prop_map(|(lo, mid, hi, negative, scale, small)| {
                let mut d = if small {
                    Decimal::new(i64::from(lo), scale)
                } else {
                    Decimal::from_parts(lo, mid, hi, negative, scale)
                };
                d.set_sign_negative(negative);
                d
            })
    }

    fn any_date() -> impl Strategy<Value = NaiveDate> {
        (-20_000i32..4_000_000).prop_map(|days| NaiveDate::from_num_days_from_ce_opt(days).unwrap())
    }

    proptest! {
        #[test]
        fn any_names_amounts_and_dates_are_written_as_serde_json_writes_them(
            title in any::<String>(),
            file in r#"["\\\x00-\x1f a-zé🦀/.]{0,10}"#,
            obligation in proptest::option::of(r#"["\\\x00-\x1f a-zé🦀]{0,10}"#),
            amounts in proptest::collection::vec(any_decimal(), 16),
            dates in proptest::collection::vec(any_date(), 6),
            days in any::<i64>(),
        ) {
            let mut r = report();
            r.title = title;
            r.source.file = file.into();
            r.totals.by_obligation[1].obligation = obligation;
            let t = &mut r.totals;
            for (slot, value) in [
                &mut t.liquidated, &mut t.awarded, &mut t.unliquidated, &mut t.lump_sums, &mut t.overall, &mut t.owed,
                &mut t.by_obligation[2].total, &mut r.accrued.amount, &mut r.liquidations[0].amount,
            ].into_iter().zip(&amounts) {
                *slot = *value;
            }
            r.liquidations[1].awarded = Some(amounts[10]);
            r.liquidations[1].expected = Some(amounts[11]);
            r.deadline = dates[0];
            r.accrual_start = dates[1];
            r.liquidations[0].from = dates[2];
            r.liquidations[1].through = dates[3];
            r.accrued.from = Some(dates[4]);
            r.accrued.through = Some(dates[5]);
            r.accrued.days = days;
            prop_assert_eq!(written(&r), expected(&r));
        }
    }
}
