//! `--format ndjson`: one JSON object per line, written and flushed as each case is computed,
//! so a consumer can act on the first case while the others are still being computed.
//!
//! ```text
//! {"schema_version":1,"case":{"title":"...","currency":"EUR","deadline":"2022-12-19",...}}
//! {"schema_version":1,"error":{"file":"bad.toml","line":3,"column":1,"field":"currency","message":"..."}}
//! ```
//! A `case` is the same object as an element of `cases` in `--format json`; an `error` the
//! same as an element of `errors`. Exactly one of the two keys is present on each line.

use std::io::{self, Write};

use serde::Serialize;

use super::{Failure, Renderer, SCHEMA_VERSION};
use crate::report::CaseReport;

/// Writes each line as it comes; holds nothing.
#[derive(Debug, Default, Clone, Copy)]
pub struct NdjsonRenderer;

#[derive(Serialize)]
struct Line<'a> {
    schema_version: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    case: Option<&'a CaseReport>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'a Failure>,
}

impl NdjsonRenderer {
    fn line(out: &mut dyn Write, line: &Line<'_>) -> io::Result<()> {
        // Serialized whole before writing, so an I/O error keeps its kind (a closed pipe must
        // stay recognisable) and a line is never written in part.
        let mut text = serde_json::to_vec(line).map_err(io::Error::other)?;
        text.push(b'\n');
        out.write_all(&text)?;
        // Streaming is the point of the format: do not let the line wait in a buffer.
        out.flush()
    }
}

impl Renderer for NdjsonRenderer {
    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()> {
        Self::line(
            out,
            &Line {
                schema_version: SCHEMA_VERSION,
                case: Some(report),
                error: None,
            },
        )
    }

    fn failure(&mut self, out: &mut dyn Write, failure: &Failure) -> io::Result<()> {
        Self::line(
            out,
            &Line {
                schema_version: SCHEMA_VERSION,
                case: None,
                error: Some(failure),
            },
        )
    }
}
