//! `--format ndjson`: one JSON object per line, written as each case is computed, so a consumer
//! can act on the first cases while the others are still being computed (the run flushes its
//! output at least every 100 ms and before reading each input, not after every line).
//!
//! ```text
//! {"schema_version":1,"case":{"title":"...","currency":"EUR","deadline":"2022-12-19",...}}
//! {"schema_version":1,"error":{"file":"bad.toml","line":3,"column":1,"field":"currency","message":"..."}}
//! ```
//! A `case` is the same object as an element of `cases` in `--format json`; an `error` the
//! same as an element of `errors`. Exactly one of the two keys is present on each line.

use std::io::{self, Write};

use serde::Serialize;

use super::{CaseBytes, Failure, Renderer, SCHEMA_VERSION, append_json_line, json_line};
use crate::report::CaseReport;

/// Writes each line as it comes; holds nothing.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct NdjsonRenderer;

#[derive(Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<&'a CaseReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a Failure>,
}

impl CaseBytes for NdjsonRenderer {
    fn typical_len(&self) -> usize {
        // 2.2 KB a line in the benchmark's portfolio (benches/generate.py).
        2500
    }

    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()> {
        let line = Line {
            schema_version: SCHEMA_VERSION,
            case: Some(report),
            error: None,
        };
        append_json_line(&line, out)
    }
}

impl Renderer for NdjsonRenderer {
    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        out.write_all(&self.case_bytes(report)?)
    }

    fn failure(&mut self, out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        out.write_all(&json_line(&Line {
            schema_version: SCHEMA_VERSION,
            case: None,
            error: Some(failure),
        })?)
    }

    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        Some(Box::new(*self))
    }
}
