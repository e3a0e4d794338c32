//! `--format csv`: one row per segment (a stretch of days at one rate for one penalty), with a
//! header row, for a spreadsheet.
//!
//! Quoting follows RFC 4180: a field holding a comma, a double quote, a carriage return or a
//! line feed is put in double quotes, and a double quote inside it is doubled; rows end with
//! CRLF. Amounts and rates are exact decimal text (`5200000`, `100000.50`), never rounded,
//! dates are `YYYY-MM-DD`. A liquidation without any day of delay still gets a row (0 days),
//! so every liquidation appears; the gaps (`period` = `gap`: days of delay no liquidation
//! covers) and the not-yet-liquidated period appear only when they count days. Days a
//! liquidation's decision suppressed for a cause étrangère are repeated after its rows as
//! `period` = `suppressed`: a sum over every row double-counts them, so sum by `period`.
//! Failures are not rows: they are reported on standard error.
//!
//! A text cell (any column but those of [`VALUE_COLUMNS`]: the file's name, the title, the
//! reference, an obligation...) that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written
//! after a `'`, as OWASP advises against CSV injection: a spreadsheet would otherwise take a
//! title such as `=HYPERLINK("http://...")` for a formula and run it. Numbers and dates are
//! never changed (a negative amount stays a number).

use std::borrow::Cow;
use std::io::{self, Write};

use super::{CaseBytes, Renderer, RunInfo};
use crate::report::{CaseReport, Segment};

/// The header row, in column order.
pub(super) const COLUMNS: [&str; 21] = [
    "file",
    "line",
    "title",
    "reference",
    "currency",
    "deadline",
    "accrual_start",
    "as_of",
    "period",
    "liquidation",
    "decided",
    "obligation",
    "from",
    "through",
    "days",
    "units",
    "rate",
    "per",
    "amount",
    "forfeited",
    "capped",
];

/// The columns holding a number or a date, written as they are; every other holds text, which
/// [`neutralised`] applies to (a column added is text until it is listed here).
pub(super) const VALUE_COLUMNS: [&str; 14] = [
    "line",
    "deadline",
    "accrual_start",
    "as_of",
    "liquidation",
    "decided",
    "from",
    "through",
    "days",
    "units",
    "rate",
    "amount",
    "forfeited",
    "capped",
];

/// Writes each case's rows as it comes.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct CsvRenderer;

impl Renderer for CsvRenderer {
    fn begin(&mut self, out: &mut dyn Write, _run: &RunInfo) -> io::Result<()> {
        write_row(out, COLUMNS.iter().map(|c| c.to_string()))
    }

    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        rows(out, r)
    }

    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        Some(Box::new(*self))
    }
}

impl CaseBytes for CsvRenderer {
    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()> {
        let start = out.len();
        let written = rows(out, report);
        if written.is_err() {
            out.truncate(start);
        }
        written
    }
}

/// The rows of one case: one per segment, and one for a liquidation without any, followed by
/// the segments of the days its decision suppressed (`period` = `suppressed`: counted in the
/// liquidation's rows, not awarded); the gaps' (days no liquidation covers, not yet
/// liquidated) after the liquidations', then the accrued period's.
fn rows(out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
    let case_columns = [
        r.source.file.to_string(),
        r.source.line.to_string(),
        r.title.clone(),
        r.reference.clone().unwrap_or_default(),
        r.currency.code().to_string(),
        r.deadline.to_string(),
        r.accrual_start.to_string(),
        r.as_of.to_string(),
    ];
    for l in &r.liquidations {
        let period = [
            "liquidation".to_string(),
            l.number.to_string(),
            l.decided.map(|d| d.to_string()).unwrap_or_default(),
        ];
        if l.segments.is_empty() {
            let empty = [
                String::new(),
                l.from.to_string(),
                l.through.to_string(),
                l.days.to_string(),
                String::new(),
                String::new(),
                String::new(),
                l.amount.to_string(),
                String::new(),
                String::new(),
            ];
            write_row(out, case_columns.iter().cloned().chain(period.clone()).chain(empty))?;
        }
        for s in &l.segments {
            write_row(
                out,
                case_columns.iter().cloned().chain(period.clone()).chain(segment(s)),
            )?;
        }
        // Days the decision suppressed for a cause étrangère: already in the rows above, and
        // what they come to is not awarded.
        for s in l.ruling.suppressions.iter().flat_map(|s| &s.segments) {
            let period = [
                "suppressed".to_string(),
                l.number.to_string(),
                l.decided.map(|d| d.to_string()).unwrap_or_default(),
            ];
            write_row(out, case_columns.iter().cloned().chain(period).chain(segment(s)))?;
        }
    }
    for s in r.gaps.iter().flat_map(|g| &g.segments) {
        let period = ["gap".to_string(), String::new(), String::new()];
        write_row(out, case_columns.iter().cloned().chain(period).chain(segment(s)))?;
    }
    for s in &r.accrued.segments {
        let period = ["accrued".to_string(), String::new(), String::new()];
        write_row(out, case_columns.iter().cloned().chain(period).chain(segment(s)))?;
    }
    Ok(())
}

/// A segment's columns. `units` is the number of units forfeited (days for a daily rate,
/// completed or started weeks, months... otherwise); `forfeited` is the day the sum fell due;
/// `capped` is what a cap took off the segment.
fn segment(s: &Segment) -> [String; 10] {
    [
        s.obligation.clone().unwrap_or_default(),
        s.from.to_string(),
        s.through.to_string(),
        s.days.to_string(),
        s.units.to_string(),
        s.rate.to_string(),
        s.per.code().to_string(),
        s.amount.to_string(),
        s.forfeited.to_string(),
        s.capped.to_string(),
    ]
}

/// Writes one row (its fields in the order of [`COLUMNS`]), built whole first so that an I/O
/// error leaves no half row behind it.
fn write_row(out: &mut dyn Write, fields: impl Iterator<Item = String>) -> io::Result<()> {
    let row: Vec<String> = fields
        .enumerate()
        .map(|(i, f)| match COLUMNS.get(i) {
            Some(column) if VALUE_COLUMNS.contains(column) => quote(&f),
            _ => quote(&neutralised(&f)),
        })
        .collect();
    let mut line = row.join(",");
    line.push_str("\r\n");
    out.write_all(line.as_bytes())
}

/// A text cell a spreadsheet will not take for a formula: after a `'` when it begins with `=`,
/// `+`, `-`, `@`, a tab or a carriage return (OWASP, "CSV Injection").
pub(crate) fn neutralised(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// One field, quoted when RFC 4180 requires it.
pub(crate) fn quote(field: &str) -> String {
    if field.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_quoted_only_when_needed() {
        assert_eq!(quote(""), "");
        assert_eq!(quote("5200000"), "5200000");
        assert_eq!(quote("a\nb"), "\"a\nb\"");
        assert_eq!(quote("a\r\nb"), "\"a\r\nb\"");
        assert_eq!(quote("\""), "\"\"\"\"");
    }

    #[test]
    fn a_row_ends_with_crlf() {
        let mut out = Vec::new();
        write_row(&mut out, ["a".to_string(), "b,c".to_string()].into_iter()).unwrap();
        assert_eq!(out, b"a,\"b,c\"\r\n");
    }

    #[test]
    fn text_cells_that_begin_like_a_formula_are_neutralised() {
        for start in ['=', '+', '-', '@', '\t', '\r'] {
            let text = format!("{start}1+1");
            assert_eq!(neutralised(&text), format!("'{text}"));
        }
        for text in [
            "",
            "Acme - Paris",
            "'quoted",
            " =not first",
            "1+1",
            "#tag",
            "é=",
            "\n=x",
        ] {
            assert_eq!(neutralised(text), text);
        }
    }

    #[test]
    fn a_row_neutralises_its_text_cells_and_no_number_or_date() {
        // Every column given a value beginning with `-` (a number or a date could, if negative).
        let row: Vec<String> = COLUMNS.iter().map(|c| format!("-{c}")).collect();
        let mut out = Vec::new();
        write_row(&mut out, row.into_iter()).unwrap();
        let line = String::from_utf8(out).unwrap();
        for (cell, column) in line.trim_end().split(',').zip(COLUMNS) {
            if VALUE_COLUMNS.contains(&column) {
                assert_eq!(cell, format!("-{column}"));
            } else {
                assert_eq!(cell, format!("'-{column}"));
            }
        }
        assert_eq!(
            COLUMNS.len() - VALUE_COLUMNS.len(),
            7,
            "file, title, reference, currency, period, obligation, per"
        );
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn neutralised_example() {
        use super::neutralised;
        assert_eq!(neutralised("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")");
        assert_eq!(neutralised("Acme - Paris"), "Acme - Paris");
    }

    #[test]
    fn quote_example() {
        use super::quote;
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote("Smith, J."), "\"Smith, J.\"");
        assert_eq!(quote("the \"Clearview\" case"), "\"the \"\"Clearview\"\" case\"");
    }
}
