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
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

use super::{CaseBytes, Failure, Renderer, SCHEMA_VERSION, append_json_line, json_line};
use crate::report::{CaseReport, LiquidationReport, Period, Status, Totals};
use crate::source::Location;

/// Writes each line as it comes; holds nothing.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct SummaryRenderer;

/// An error line: rare, so derived.
#[derive(Serialize)]
struct ErrorLine<'a> {
    schema_version: u32,
    error: &'a Failure,
}

impl CaseBytes for SummaryRenderer {
    fn typical_len(&self) -> usize {
        // A little more than an average line of the benchmark's portfolio
        // (docs/performance/2026-12-03-renderer-figures.md).
        700
    }

    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()> {
        if crate::fast::summary::append_case(report, out) {
            return Ok(());
        }
        append_json_line(&CaseLine::of(report), out)
    }
}

/// The line of a case: its figures, borrowed from the report, in the keys and order of
/// `--format json`. The plain path: `fast::summary` writes the same bytes for most lines.
#[derive(Serialize)]
struct CaseLine<'a> {
    schema_version: u32,
    title: &'a str,
    source: &'a Location,
    #[serde(serialize_with = "currency_code")]
    currency: crate::money::Currency,
    #[serde(serialize_with = "crate::dates::iso")]
    deadline: NaiveDate,
    #[serde(serialize_with = "crate::dates::iso")]
    accrual_start: NaiveDate,
    #[serde(serialize_with = "liquidation_lines")]
    liquidations: &'a [LiquidationReport],
    #[serde(serialize_with = "period_lines")]
    gaps: &'a [Period],
    accrued: PeriodLine<'a>,
    totals: &'a Totals,
}

impl<'a> CaseLine<'a> {
    fn of(r: &'a CaseReport) -> Self {
        CaseLine {
            schema_version: SCHEMA_VERSION,
            title: &r.title,
            source: &r.source,
            currency: r.currency,
            deadline: r.deadline,
            accrual_start: r.accrual_start,
            liquidations: &r.liquidations,
            gaps: &r.gaps,
            accrued: PeriodLine(&r.accrued),
            totals: &r.totals,
        }
    }
}

fn currency_code<S: Serializer>(currency: &crate::money::Currency, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(currency.code())
}

fn liquidation_lines<S: Serializer>(liquidations: &&[LiquidationReport], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(liquidations.iter().map(LiquidationLine))
}

fn period_lines<S: Serializer>(periods: &&[Period], s: S) -> Result<S::Ok, S::Error> {
    s.collect_seq(periods.iter().map(PeriodLine))
}

/// A liquidation's figures, without its segments and suspensions.
struct LiquidationLine<'a>(&'a LiquidationReport);

impl Serialize for LiquidationLine<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let l = self.0;
        let mut line = s.serialize_struct("Liquidation", 8)?;
        line.serialize_field("number", &l.number)?;
        line.serialize_field("from", &Date(l.from))?;
        line.serialize_field("through", &Date(l.through))?;
        line.serialize_field("days", &l.days)?;
        line.serialize_field("amount", &l.amount)?;
        line.serialize_field("awarded", &l.awarded)?;
        line.serialize_field::<Status>("status", &l.status)?;
        line.serialize_field("expected", &l.expected)?;
        line.end()
    }
}

/// A period outside the liquidations (the accrued period, a gap), without its segments and
/// suspensions.
struct PeriodLine<'a>(&'a Period);

impl Serialize for PeriodLine<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let p = self.0;
        let mut line = s.serialize_struct("Period", 4)?;
        line.serialize_field("from", &p.from.map(Date))?;
        line.serialize_field("through", &p.through.map(Date))?;
        line.serialize_field("days", &p.days)?;
        line.serialize_field::<Decimal>("amount", &p.amount)?;
        line.end()
    }
}

/// A date as every JSON output writes it.
struct Date(NaiveDate);

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        crate::dates::iso(&self.0, s)
    }
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
                "overall": amount(t.overall), "owed": amount(t.owed), "suppressed": amount(t.suppressed),
                "by_obligation": obligations,
            },
        });
        serde_json::to_string(&value).unwrap() + "\n"
    }

    /// The line written, after checking that the plain path writes it and that the fast one,
    /// when it takes the line, writes it too (and leaves nothing when it declines).
    fn written(r: &CaseReport) -> String {
        let line = String::from_utf8(SummaryRenderer.case_bytes(r).unwrap()).unwrap();
        let plain = json_line(&CaseLine::of(r)).unwrap();
        assert_eq!(line.as_bytes(), plain, "the plain path");
        let mut fast = b"before".to_vec();
        if crate::fast::summary::append_case(r, &mut fast) {
            assert_eq!(fast, [b"before".as_slice(), &plain].concat(), "the fast path");
        } else {
            assert_eq!(fast, b"before", "the fast path declined, and left nothing");
        }
        line
    }

    /// The fast path writes every line without a text to escape or a year of more than four
    /// digits, and leaves the others to the plain path.
    #[test]
    fn the_fast_path_takes_plain_lines_and_declines_the_others() {
        let fast = |r: &CaseReport| crate::fast::summary::append_case(r, &mut Vec::new());
        let mut r = report();
        assert!(!fast(&r), "the title has quotes");
        r.source.file = "dir/é.toml".into();
        r.title = "Société Générale — 🦀 DEL\u{7f}".into();
        r.totals.by_obligation[0].obligation = Some("plain".into());
        r.totals.by_obligation[1].obligation = None;
        assert!(fast(&r));
        assert_eq!(written(&r), expected(&r));
        for bad in ["\"", "\\", "\t", "\u{1f}"] {
            let mut named = r.clone();
            named.source.file = format!("a{bad}.toml").into();
            assert!(!fast(&named), "{bad:?}");
            assert_eq!(written(&named), expected(&named));
        }
        let mut far = r.clone();
        far.accrued.through = NaiveDate::from_ymd_opt(10_000, 1, 1);
        assert!(!fast(&far));
        assert_eq!(written(&far), expected(&far));
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
