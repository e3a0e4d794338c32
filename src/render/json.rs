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
