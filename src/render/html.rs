//! `--format html`: one self-contained HTML document (inline CSS, inline SVG, no script, no
//! external resource) holding each case's statement (see [`super::statement`]) with a chart
//! of its cumulative amount. Printable: each case starts on a new page.

use std::io::{self, Write};

use super::markup::escape;
use super::statement::{Block, build};
use super::{Presentation, Renderer, RunInfo, chart};
use crate::lang::{Label, Lang};
use crate::report::CaseReport;

/// The style sheet, kept in the document so that the file stands alone.
const STYLE: &str = include_str!("html.css");

/// Collects nothing: writes the head first, each case as it comes, the end last.
#[derive(Debug, Default)]
pub(crate) struct HtmlRenderer {
    presentation: Presentation,
}

impl HtmlRenderer {
    pub(crate) fn new(presentation: Presentation) -> Self {
        HtmlRenderer { presentation }
    }

    fn lang(&self) -> Lang {
        self.presentation.lang
    }
}

impl Renderer for HtmlRenderer {
    fn begin(&mut self, out: &mut dyn Write, _run: &RunInfo) -> io::Result<()> {
        let l = self.lang();
        writeln!(out, "<!DOCTYPE html>")?;
        writeln!(out, "<html lang=\"{}\">", l.code())?;
        writeln!(out, "<head>\n<meta charset=\"utf-8\">")?;
        writeln!(
            out,
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        )?;
        writeln!(out, "<title>{}</title>", l.word(Label::PenaltyStatement))?;
        writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>")
    }

    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        // The case's texts with their control characters shown as escapes.
        let r = &crate::visible::report(r);
        let l = self.lang();
        let statement = build(r, l);
        writeln!(out, "<section class=\"case\">")?;
        writeln!(out, "<h1>{}</h1>", escape(&statement.title))?;
        for block in &statement.blocks {
            match block {
                Block::Heading(h) => writeln!(out, "<h2>{}</h2>", escape(h))?,
                Block::Facts(facts) => {
                    writeln!(out, "<dl class=\"facts\">")?;
                    for (label, value) in facts {
                        writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value))?;
                    }
                    writeln!(out, "</dl>")?;
                }
                Block::Table { header, rows, numeric } => {
                    writeln!(out, "<table>\n<thead><tr>")?;
                    for (i, h) in header.iter().enumerate() {
                        writeln!(out, "<th{}>{}</th>", class(numeric, i), escape(h))?;
                    }
                    writeln!(out, "</tr></thead>\n<tbody>")?;
                    for row in rows {
                        write!(out, "<tr>")?;
                        for (i, c) in row.iter().enumerate() {
                            write!(out, "<td{}>{}</td>", class(numeric, i), escape(c))?;
                        }
                        writeln!(out, "</tr>")?;
                    }
                    writeln!(out, "</tbody>\n</table>")?;
                }
                Block::List(items) => {
                    writeln!(out, "<ul>")?;
                    for item in items {
                        writeln!(out, "<li>{}</li>", escape(item))?;
                    }
                    writeln!(out, "</ul>")?;
                }
                Block::Paragraph(p) => writeln!(out, "<p>{}</p>", escape(p))?,
                Block::Chart => {
                    if let Some(svg) = chart::svg(r, l) {
                        writeln!(out, "<figure>\n{svg}")?;
                        writeln!(
                            out,
                            "<figcaption>{}</figcaption>\n</figure>",
                            escape(l.word(Label::ChartCaption))
                        )?;
                    }
                }
            }
        }
        writeln!(out, "</section>")
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "</body>\n</html>")
    }
}

fn class(numeric: &[usize], i: usize) -> &'static str {
    if numeric.contains(&i) { " class=\"num\"" } else { "" }
}
