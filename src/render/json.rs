//! `--format json`: one document for the whole run.
//!
//! ```json
//! {"schema_version": 1, "as_of": "2026-11-24", "cases": [...], "errors": [...]}
//! ```
//! Each case is a serialized [`CaseReport`]; amounts are decimal strings, dates `YYYY-MM-DD`.
//!
//! The document is written as each case is computed (see [`Document`]), byte for byte as
//! `serde_json` writes the whole document pretty-printed: a batch's document once took 190
//! bytes of memory per byte of input when it was built whole before being written.

use std::fs::File;
use std::io::{self, BufWriter, Seek, SeekFrom, Write};

use serde::Serialize;
use serde_json::Value;

use super::{CaseBytes, Failure, Renderer, RunInfo, SCHEMA_VERSION};
use crate::report::CaseReport;

/// Writes the document's head first, each case as it comes, and the errors (which the
/// document puts after every case) at the end.
#[derive(Debug)]
pub(crate) struct JsonRenderer {
    doc: Document,
}

impl Default for JsonRenderer {
    fn default() -> Self {
        JsonRenderer {
            doc: Self::document(Value::Null),
        }
    }
}

impl JsonRenderer {
    fn document(as_of: Value) -> Document {
        Document::new(
            vec![("schema_version", Value::from(SCHEMA_VERSION)), ("as_of", as_of)],
            "cases",
            "errors",
        )
    }
}

impl Renderer for JsonRenderer {
    fn begin(&mut self, _out: &mut dyn Write, run: &RunInfo) -> io::Result<()> {
        self.doc = Self::document(Value::String(run.as_of.to_string()));
        Ok(())
    }

    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        self.doc.element(out, report)
    }

    fn rendered(&mut self, out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        self.doc.rendered_element(out, bytes)
    }

    fn failure(&mut self, _out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        self.doc.hold(failure)
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.doc.finish(out)
    }

    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        Some(Box::new(JsonCase))
    }
}

/// A case as an element of the document's `cases`, on any thread (the separator before it is
/// written by [`JsonRenderer::rendered`], which alone knows whether a case came before).
#[derive(Debug, Clone, Copy)]
struct JsonCase;

impl CaseBytes for JsonCase {
    fn typical_len(&self) -> usize {
        // 3.6 KB a case in the benchmark's portfolio (benches/generate.py).
        4096
    }

    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()> {
        append_element(report, out)
    }
}

/// How far the elements of the document's arrays are indented.
const ELEMENT_INDENT: &[u8] = b"    ";

/// Bytes of held elements kept in memory; beyond, they go to a temporary file (a batch of
/// failing cases would otherwise hold its errors' messages, many times its own size).
const HELD_IN_MEMORY: usize = 1 << 20;

/// A JSON object written piece by piece as `serde_json::to_vec_pretty` writes it whole (keys
/// in the order given, two spaces of indent), followed by a line feed: scalar fields, then an
/// array whose elements are written as they come, then an array whose elements come
/// in between but belong after it (held until [`Document::finish`]).
#[derive(Debug)]
pub(crate) struct Document {
    /// The fields before the arrays, until they are written.
    head: Option<Vec<(&'static str, Value)>>,
    streamed_key: &'static str,
    /// Elements written to the streamed array.
    streamed: usize,
    held_key: &'static str,
    held: Held,
}

impl Document {
    pub(crate) fn new(head: Vec<(&'static str, Value)>, streamed_key: &'static str, held_key: &'static str) -> Self {
        Document {
            head: Some(head),
            streamed_key,
            streamed: 0,
            held_key,
            held: Held::new(HELD_IN_MEMORY),
        }
    }

    /// Writes `value` as the streamed array's next element.
    pub(crate) fn element(&mut self, out: &mut dyn Write, value: &impl Serialize) -> io::Result<()> {
        let mut bytes = Vec::with_capacity(4096);
        append_element(value, &mut bytes)?;
        self.rendered_element(out, &bytes)
    }

    /// Writes an element made by [`append_element`] as the streamed array's next element.
    pub(crate) fn rendered_element(&mut self, out: &mut dyn Write, element: &[u8]) -> io::Result<()> {
        self.write_head(out)?;
        out.write_all(separator(self.streamed))?;
        self.streamed += 1;
        out.write_all(element)
    }

    /// Keeps `value` as the held array's next element.
    pub(crate) fn hold(&mut self, value: &impl Serialize) -> io::Result<()> {
        self.held.push(value)
    }

    /// Closes the streamed array, writes the held one and closes the document.
    pub(crate) fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        self.write_head(out)?;
        out.write_all(if self.streamed == 0 { b"]" } else { b"\n  ]" })?;
        out.write_all(b",\n  ")?;
        out.write_all(&key(self.held_key)?)?;
        out.write_all(b": ")?;
        self.held.write_array(out)?;
        out.write_all(b"\n}\n")
    }

    /// `{`, the scalar fields and the streamed array's opening, once.
    fn write_head(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let Some(fields) = self.head.take() else {
            return Ok(());
        };
        let mut bytes = b"{".to_vec();
        for (key_text, value) in &fields {
            bytes.extend_from_slice(b"\n  ");
            bytes.extend_from_slice(&key(key_text)?);
            bytes.extend_from_slice(b": ");
            serde_json::to_writer_pretty(Indented::new(&mut bytes, b"  "), value).map_err(io::Error::other)?;
            bytes.push(b',');
        }
        bytes.extend_from_slice(b"\n  ");
        bytes.extend_from_slice(&key(self.streamed_key)?);
        bytes.extend_from_slice(b": [");
        out.write_all(&bytes)
    }
}

/// What comes before the element after `written` others in an array of the document.
fn separator(written: usize) -> &'static [u8] {
    if written == 0 { b"\n    " } else { b",\n    " }
}

/// A key, quoted and escaped.
fn key(text: &str) -> io::Result<Vec<u8>> {
    serde_json::to_vec(text).map_err(io::Error::other)
}

/// Appends `value` to `out` as an element of one of the document's arrays, pretty-printed and
/// indented as in the whole document (without the separator before it); on an error `out` is
/// left as it was.
pub(crate) fn append_element(value: &impl Serialize, out: &mut Vec<u8>) -> io::Result<()> {
    let start = out.len();
    let written = serde_json::to_writer_pretty(Indented::new(out, ELEMENT_INDENT), value);
    written.map_err(|e| {
        out.truncate(start);
        io::Error::other(e)
    })
}

/// Writes into a buffer, indenting every line after the first: JSON text holds no line feed
/// but those the pretty printer puts between its tokens (one in a string is escaped).
struct Indented<'a> {
    out: &'a mut Vec<u8>,
    indent: &'static [u8],
}

impl<'a> Indented<'a> {
    fn new(out: &'a mut Vec<u8>, indent: &'static [u8]) -> Self {
        Indented { out, indent }
    }
}

impl Write for Indented<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(at) = memchr::memchr(b'\n', rest) {
            let (line, after) = rest.split_at(at + 1);
            self.out.extend_from_slice(line);
            self.out.extend_from_slice(self.indent);
            rest = after;
        }
        self.out.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// The elements of the held array, each with the separator before it: in memory up to a
/// limit, then in an unnamed temporary file (removed by the system when closed), or still in
/// memory if no such file can be made.
#[derive(Debug)]
struct Held {
    count: usize,
    memory: Vec<u8>,
    limit: usize,
    file: Option<BufWriter<File>>,
    no_file: bool,
}

impl Held {
    fn new(limit: usize) -> Self {
        Held {
            count: 0,
            memory: Vec::new(),
            limit,
            file: None,
            no_file: false,
        }
    }

    fn push(&mut self, value: &impl Serialize) -> io::Result<()> {
        let mut bytes = separator(self.count).to_vec();
        append_element(value, &mut bytes)?;
        self.count += 1;
        if let Some(file) = &mut self.file {
            return file.write_all(&bytes);
        }
        self.memory.extend_from_slice(&bytes);
        if self.memory.len() > self.limit && !self.no_file {
            self.spill()?;
        }
        Ok(())
    }

    /// Moves what memory holds to a temporary file, from which the next elements go.
    fn spill(&mut self) -> io::Result<()> {
        let Ok(file) = tempfile::tempfile() else {
            self.no_file = true;
            return Ok(());
        };
        let mut file = BufWriter::new(file);
        file.write_all(&std::mem::take(&mut self.memory))?;
        self.file = Some(file);
        Ok(())
    }

    /// The array, `[]` when empty.
    fn write_array(&mut self, out: &mut dyn Write) -> io::Result<()> {
        if self.count == 0 {
            return out.write_all(b"[]");
        }
        out.write_all(b"[")?;
        out.write_all(&self.memory)?;
        if let Some(file) = self.file.take() {
            let mut file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
            file.seek(SeekFrom::Start(0))?;
            io::copy(&mut file, out)?;
        }
        out.write_all(b"\n  ]")
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

    /// The reports of the example cases, with control characters and quotes in their texts.
    fn reports(count: usize) -> Vec<CaseReport> {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/examples/fr-civil-two-liquidations.toml"
        ))
        .unwrap();
        let case = load(&Source::new("a \"b\".toml", text)).remove(0).unwrap();
        let as_of = NaiveDate::from_ymd_opt(2024, 10, 31).unwrap();
        (0..count)
            .map(|i| {
                let mut report = compute(&case, as_of).unwrap();
                report.title = format!("case {i} \u{1b}[31m \"quoted\"\n");
                report
            })
            .collect()
    }

    fn failures(count: usize) -> Vec<Failure> {
        (0..count)
            .map(|i| Failure {
                file: format!("bad{i}.toml"),
                line: i,
                column: 1,
                field: (i % 2 == 0).then(|| "penalty.amount".to_string()),
                message: format!("message {i} \u{7}"),
                errors: Vec::new(),
                unlisted_errors: 0,
            })
            .collect()
    }

    /// The document as it was written before it was streamed: built whole, then serialized.
    fn whole(as_of: &str, cases: &[CaseReport], errors: &[Failure]) -> Vec<u8> {
        let doc = serde_json::json!({
            "schema_version": SCHEMA_VERSION,
            "as_of": as_of,
            "cases": cases.iter().map(|c| serde_json::to_value(c).unwrap()).collect::<Vec<_>>(),
            "errors": errors.iter().map(|e| serde_json::to_value(e).unwrap()).collect::<Vec<_>>(),
        });
        let mut text = serde_json::to_vec_pretty(&doc).unwrap();
        text.push(b'\n');
        text
    }

    /// Renders `cases` and `errors` (the errors coming between the cases, as in a batch), each
    /// case through [`Renderer::case`] or, every other one, through the standalone renderer;
    /// errors beyond `in_memory` bytes go to a temporary file.
    fn streamed(cases: &[CaseReport], errors: &[Failure], in_memory: usize) -> Vec<u8> {
        let mut renderer = JsonRenderer::default();
        let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        let standalone = renderer.standalone().unwrap();
        let mut out = Vec::new();
        renderer.begin(&mut out, &RunInfo { as_of }).unwrap();
        renderer.doc.held = Held::new(in_memory);
        let mut errors = errors.iter();
        for (i, case) in cases.iter().enumerate() {
            if let Some(e) = errors.next() {
                renderer.failure(&mut out, e).unwrap();
            }
            if i % 2 == 0 {
                renderer.case(&mut out, case).unwrap();
            } else {
                let bytes = standalone.case_bytes(case).unwrap();
                renderer.rendered(&mut out, &bytes).unwrap();
            }
        }
        for e in errors {
            renderer.failure(&mut out, e).unwrap();
        }
        renderer.finish(&mut out).unwrap();
        out
    }

    #[test]
    fn the_streamed_document_is_byte_for_byte_the_whole_one() {
        for (cases, errors) in [(0, 0), (1, 0), (0, 1), (1, 1), (3, 0), (0, 3), (3, 2), (2, 5)] {
            let (cases, errors) = (reports(cases), failures(errors));
            let expected = String::from_utf8(whole("2024-06-30", &cases, &errors)).unwrap();
            // Errors held in memory; in a temporary file from the first, or from the second on.
            for in_memory in [HELD_IN_MEMORY, 0, 100] {
                let out = streamed(&cases, &errors, in_memory);
                assert_eq!(String::from_utf8(out).unwrap(), expected, "{in_memory}");
            }
        }
    }

    #[test]
    fn each_case_is_written_before_the_next_is_given() {
        let cases = reports(2);
        let whole = whole("2024-06-30", &cases, &[]);
        let mut renderer = JsonRenderer::default();
        let mut out = Vec::new();
        let as_of = NaiveDate::from_ymd_opt(2024, 6, 30).unwrap();
        renderer.begin(&mut out, &RunInfo { as_of }).unwrap();
        renderer.case(&mut out, &cases[0]).unwrap();
        // Everything of the first case is out: the document up to the end of its object.
        let first = serde_json::to_vec_pretty(&cases[0]).unwrap();
        let last_line = b"\n    }";
        assert!(out.ends_with(last_line), "{}", String::from_utf8_lossy(&out));
        assert!(whole.starts_with(&out));
        assert!(out.len() > first.len(), "{} bytes out", out.len());
        renderer.case(&mut out, &cases[1]).unwrap();
        renderer.finish(&mut out).unwrap();
        assert_eq!(out, whole);
    }

    #[test]
    fn a_document_without_begin_has_a_null_as_of_as_before() {
        let cases = reports(1);
        let mut renderer = JsonRenderer::default();
        let mut out = Vec::new();
        renderer.case(&mut out, &cases[0]).unwrap();
        renderer.finish(&mut out).unwrap();
        let doc: Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(doc["as_of"], Value::Null);
        assert_eq!(doc["cases"].as_array().map(Vec::len), Some(1));
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
