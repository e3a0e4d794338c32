//! Renderers: one module per output format behind the [`Renderer`] trait.
//!
//! A run calls [`Renderer::begin`] once, [`Renderer::case`] for each computed case and
//! [`Renderer::failure`] for each case or input that could not be computed, in input order,
//! then [`Renderer::finish`]. Formats that can stream write as they go; the others collect.

mod chart;
mod color;
mod csv;
pub(crate) mod deadline;
mod explain;
pub(crate) mod fill;
mod grid;
pub(crate) mod holidays;
mod html;
pub(crate) mod interest;
mod json;
mod markdown;
mod markup;
mod ndjson;
mod pdf;
pub(crate) mod quick;
mod sections;
pub(crate) mod statement;
mod summary;
mod table;
pub(crate) mod text;
pub(crate) mod when;

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use crate::lang::Lang;
use crate::report::CaseReport;

pub(crate) use color::Paint;
pub use color::{ColorChoice, Terminal};
pub(crate) use csv::CsvRenderer;
pub(crate) use explain::ExplainRenderer;
pub(crate) use html::HtmlRenderer;
pub(crate) use json::JsonRenderer;
pub(crate) use markdown::MarkdownRenderer;
pub(crate) use ndjson::NdjsonRenderer;
pub use pdf::PrintError;
pub(crate) use summary::SummaryRenderer;
pub(crate) use table::TableRenderer;

/// The version of the JSON documents' shape (every JSON output, and the schemas in `schema/`).
/// Keys may be added without changing it; a key renamed, removed, or changed in type or
/// meaning changes it.
pub const SCHEMA_VERSION: u32 = 1;

/// How output for a person may look, decided once per run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Presentation {
    /// Whether to colour (see [`ColorChoice::enabled`]).
    pub color: bool,
    /// The most columns a line for a person may take (`--width`, else the terminal's width or
    /// `COLUMNS`, read by the binary); `None`: no limit. Tables narrow to fit it and other lines
    /// break between words; a figure is never broken (see `grid` and `fill`).
    pub width: Option<usize>,
    /// `--quiet`: only data and errors, no passing or progress lines.
    pub quiet: bool,
    /// The language of tables, statements and explanations (`--lang`).
    pub lang: Lang,
    /// The paper a printed statement is laid out for (`--paper`).
    pub paper: Paper,
}

/// The paper size of a printed statement (`@page { size }` in HTML and PDF).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 by 297 mm: the paper of courts and offices outside North America.
    #[default]
    A4,
    /// US Letter, 8.5 by 11 inches.
    Letter,
}

impl Paper {
    /// The CSS `size` keyword.
    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// What every renderer is told about the run.
#[derive(Debug, Clone)]
pub struct RunInfo {
    /// The date accrued amounts are computed at.
    pub as_of: NaiveDate,
}

/// A case or an input that could not be computed, as reported in machine-readable output: its
/// first error in the file, and, when one run found several, all of them.
#[derive(Debug, Clone, Serialize)]
pub struct Failure {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub field: Option<String>,
    pub message: String,
    /// Every error listed, the first (the one above) included, in the order of the file;
    /// empty (and not written) for a single error. Each has no `errors` of its own.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<Failure>,
    /// How many errors were found past those listed ([`crate::case::InputError::LISTED`]);
    /// not written when none were.
    #[serde(skip_serializing_if = "is_zero")]
    pub unlisted_errors: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// An output format.
pub trait Renderer {
    /// Called once before any case.
    fn begin(&mut self, _out: &mut dyn Write, _run: &RunInfo) -> io::Result<()> {
        Ok(())
    }

    /// Called for each computed case, in input order.
    fn case(&mut self, out: &mut dyn Write, report: &CaseReport) -> io::Result<()>;

    /// Called for each computed case rendered by [`Renderer::standalone`]'s renderer, in input
    /// order, with its bytes.
    fn rendered(&mut self, out: &mut dyn Write, bytes: &[u8]) -> io::Result<()> {
        out.write_all(bytes)
    }

    /// Called for each case or input that failed; the message itself goes to standard error.
    fn failure(&mut self, _out: &mut dyn Write, _failure: &Failure) -> io::Result<()> {
        Ok(())
    }

    /// Called once at the end.
    fn finish(&mut self, _out: &mut dyn Write) -> io::Result<()> {
        Ok(())
    }

    /// For a format whose output for a case depends on that case alone: something that renders
    /// a case on any thread, so that rendering is spread over the cores with the computing.
    /// What it gives, handed to [`Renderer::rendered`], must write exactly what
    /// [`Renderer::case`] writes.
    fn standalone(&self) -> Option<Box<dyn CaseBytes>> {
        None
    }
}

/// Appends `value` to `out` as one line of JSON; on an error `out` is left as it was, so that a
/// line is never written in part (and an I/O error keeps its kind: a closed pipe must stay
/// recognisable).
pub(crate) fn append_json_line(value: &impl serde::Serialize, out: &mut Vec<u8>) -> io::Result<()> {
    let start = out.len();
    match serde_json::to_writer(&mut *out, value) {
        Ok(()) => {
            out.push(b'\n');
            Ok(())
        }
        Err(e) => {
            out.truncate(start);
            Err(io::Error::other(e))
        }
    }
}

/// [`append_json_line`] on its own.
pub(crate) fn json_line(value: &impl serde::Serialize) -> io::Result<Vec<u8>> {
    let mut line = Vec::with_capacity(512);
    append_json_line(value, &mut line)?;
    Ok(line)
}

/// Renders one case to bytes, on any thread (see [`Renderer::standalone`]).
pub trait CaseBytes: Send + Sync {
    /// Appends the case's bytes to `out` (which may hold other cases' bytes: a batch renders a
    /// run of cases into one buffer); on an error `out` is left as it was.
    fn append_case(&self, report: &CaseReport, out: &mut Vec<u8>) -> io::Result<()>;

    /// About how many bytes a case takes, to size a run's buffer once.
    fn typical_len(&self) -> usize {
        1024
    }

    /// The case's bytes on their own.
    fn case_bytes(&self, report: &CaseReport) -> io::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.append_case(report, &mut bytes)?;
        Ok(bytes)
    }
}

/// The output formats of `compute`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Tables for a terminal.
    Table,
    /// One JSON document for the whole run.
    Json,
    /// One JSON object per line, per case or failure, written as each is computed.
    Ndjson,
    /// One short JSON object per line, per case or failure: only the figures (dates, days,
    /// amounts, totals), without the derivation, penalties and segments of `ndjson`.
    Summary,
    /// One row per segment of days at one rate, with a header, for a spreadsheet.
    Csv,
    /// A printable statement per case (parties, derivation, segments, totals, rules), in Markdown.
    Markdown,
    /// The same statement as one self-contained HTML page, with a chart of the cumulative amount.
    Html,
    /// The HTML statement printed to PDF by headless Chromium (write it with `-o FILE.pdf`).
    Pdf,
}

impl Format {
    /// A fresh renderer for this format.
    pub fn renderer(self, presentation: Presentation) -> Box<dyn Renderer> {
        match self {
            Format::Table => Box::new(TableRenderer::new(presentation)),
            Format::Json => Box::new(JsonRenderer::default()),
            Format::Ndjson => Box::new(NdjsonRenderer),
            Format::Summary => Box::new(SummaryRenderer),
            Format::Csv => Box::new(CsvRenderer),
            Format::Markdown => Box::new(MarkdownRenderer::new(presentation)),
            Format::Html => Box::new(HtmlRenderer::new(presentation)),
            Format::Pdf => Box::new(pdf::PdfRenderer::new(presentation)),
        }
    }
}
