//! `--format json`: one document for the whole run.
//!
//! ```json
//! {"schema_version": 1, "as_of": "2026-11-24", "cases": [...], "errors": [...]}
//! ```
//! Each case is a serialized [`CaseReport`]; amounts are decimal strings, dates `YYYY-MM-DD`.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{Failure, Renderer, RunInfo, SCHEMA_VERSION};
use crate::report::CaseReport;

/// Collects every case and writes the document at the end.
#[derive(Debug, Default)]
pub struct JsonRenderer {
    as_of: Option<String>,
    cases: Vec<Value>,
    errors: Vec<Value>,
}

impl Renderer for JsonRenderer {
    fn begin(&mut self, _out: &mut dyn Write, run: &RunInfo) -> io::Result<()> {
        self.as_of = Some(run.as_of.to_string());
        Ok(())
    }

    fn case(&mut self, _out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        self.cases.push(serde_json::to_value(report).map_err(io::Error::other)?);
        Ok(())
    }

    fn failure(&mut self, _out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        self.errors
            .push(serde_json::to_value(failure).map_err(io::Error::other)?);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let doc = json!({
            "schema_version": SCHEMA_VERSION,
            "as_of": self.as_of,
            "cases": std::mem::take(&mut self.cases),
            "errors": std::mem::take(&mut self.errors),
        });
        // Serialized whole before writing, so an I/O error keeps its kind (a closed pipe).
        let mut text = serde_json::to_vec_pretty(&doc).map_err(io::Error::other)?;
        text.push(b'\n');
        out.write_all(&text)
    }
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use chrono::NaiveDate;
    use proptest::prelude::*;
    use rust_decimal::Decimal;

    use super::*;
    use crate::case::load;
    use crate::engine::compute;
    use crate::source::Source;

    /// The JSON document for a one-liquidation case at `rate` a day over `days` days.
    fn rendered(rate: Decimal, days: u32) -> Value {
        let through = NaiveDate::from_ymd_opt(2023, 1, 31).unwrap() + chrono::Days::new(u64::from(days));
        let text = format!(
            "title = \"t\"\ncurrency = \"EUR\"\n[order]\ndecided = 2023-01-02\ndeadline = 2023-01-31\n\
             [penalty]\namount = \"{rate}\"\n[[liquidation]]\nthrough = {through}\n"
        );
        let case = load(&Source::new("t.toml", text)).remove(0).unwrap();
        // Computed as of the last day liquidated: nothing accrues after it.
        let as_of = through;
        let report = compute(&case, as_of).unwrap();
        let mut renderer = JsonRenderer::default();
        let mut out = Vec::new();
        renderer.begin(&mut out, &RunInfo { as_of }).unwrap();
        renderer.case(&mut out, &report).unwrap();
        renderer.finish(&mut out).unwrap();
        serde_json::from_slice(&out).unwrap()
    }

    fn decimal_at<'a>(doc: &'a Value, pointer: &str) -> &'a str {
        doc.pointer(pointer)
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("{pointer} is not a string"))
    }

    proptest! {
        /// An amount written by the JSON renderer reads back as the very same decimal: same
        /// value, same digits after the point (a string, never a binary float).
        #[test]
        fn a_json_amount_parses_back_to_the_exact_decimal(
            mantissa in 1i64..=i64::MAX, scale in 0u32..=18, days in 1u32..5_000,
        ) {
            let rate = Decimal::new(mantissa, scale);
            let expected = rate.checked_mul(Decimal::from(days)).unwrap();
            let doc = rendered(rate, days);
            let written_rate = Decimal::from_str_exact(decimal_at(&doc, "/cases/0/penalties/0/rate")).unwrap();
            prop_assert_eq!(written_rate, rate);
            prop_assert_eq!(written_rate.scale(), rate.scale());
            for pointer in ["/cases/0/liquidations/0/amount", "/cases/0/totals/liquidated", "/cases/0/totals/overall"] {
                let text = decimal_at(&doc, pointer);
                let back = Decimal::from_str(text).unwrap();
                prop_assert_eq!(back, expected, "{} = {}", pointer, text);
                prop_assert_eq!(back.to_string(), expected.to_string());
            }
        }
    }
}
