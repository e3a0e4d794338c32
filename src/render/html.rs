//! `--format html`: one self-contained HTML document (inline CSS, inline SVG, no script, no
//! external resource) holding each case's statement (see [`super::statement`]) with a chart
//! of its cumulative amount. Printable: each case starts on a new page.

use std::io::{self, Write};
use std::path::PathBuf;

use super::markup::escape;
use super::statement::{Block, build};
use super::{Paper, Presentation, Renderer, RunInfo, chart};
use crate::lang::{Label, Lang};
use crate::report::CaseReport;

/// The style sheet, kept in the document so that the file stands alone.
const STYLE: &str = include_str!("html.css");

/// Collects nothing: writes the head first, each case as it comes, the end last.
#[derive(Debug, Default)]
pub(crate) struct HtmlRenderer {
    presentation: Presentation,
    /// How many cases were written: each is its own named page.
    written: usize,
    /// What an absolute path of a case file is shown relative to.
    cwd: Option<PathBuf>,
}

impl HtmlRenderer {
    pub(crate) fn new(presentation: Presentation) -> Self {
        HtmlRenderer {
            presentation,
            written: 0,
            cwd: std::env::current_dir().ok(),
        }
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
        writeln!(
            out,
            "<style>\n{STYLE}{}</style>\n</head>\n<body>",
            page_style(self.presentation.paper, l)
        )
    }

    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        // The case's texts with their control characters shown as escapes.
        let r = &crate::visible::report(r);
        let l = self.lang();
        let statement = build(r, l, self.cwd.as_deref());
        self.written += 1;
        // Each case is a named page, so that its pages carry its own running header.
        let page = format!("case-{}", self.written);
        writeln!(
            out,
            "<style>@page {page} {{ @top-left {{ content: {}; }} }}</style>",
            css_string(&statement.running_header)
        )?;
        writeln!(out, "<section class=\"case\" style=\"page: {page}\">")?;
        writeln!(out, "<h1>{}</h1>", escape(&statement.title))?;
        let mut in_part = false;
        for block in &statement.blocks {
            match block {
                Block::Heading(h) => {
                    // A section holds together on a page where it can (print), its title
                    // never left alone at the foot of one.
                    if in_part {
                        writeln!(out, "</div>")?;
                    }
                    in_part = true;
                    writeln!(out, "<div class=\"part\">\n<h2>{}</h2>", escape(h))?;
                }
                Block::Facts(facts) => {
                    writeln!(out, "<dl class=\"facts\">")?;
                    for (label, value) in facts {
                        writeln!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), escape(value))?;
                    }
                    writeln!(out, "</dl>")?;
                }
                Block::Table {
                    header,
                    rows,
                    numeric,
                    dates,
                } => {
                    let class = |i| class(numeric, dates, i);
                    writeln!(out, "<table>\n<thead><tr>")?;
                    for (i, h) in header.iter().enumerate() {
                        writeln!(out, "<th{}>{}</th>", class(i), escape(h))?;
                    }
                    writeln!(out, "</tr></thead>\n<tbody>")?;
                    for row in rows {
                        write!(out, "<tr>")?;
                        for (i, c) in row.iter().enumerate() {
                            write!(out, "<td{}>{}</td>", class(i), escape(c))?;
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
                Block::Paragraph(p) => {
                    if in_part {
                        writeln!(out, "</div>")?;
                        in_part = false;
                    }
                    writeln!(out, "<p>{}</p>", escape(p))?;
                }
                Block::Signature { drawn_up, signature } => writeln!(
                    out,
                    "<div class=\"signature\">\n<p>{}</p>\n<p class=\"sign\">{}{}</p>\n</div>",
                    escape(drawn_up),
                    escape(signature),
                    escape(l.word(Label::Colon))
                )?,
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
        if in_part {
            writeln!(out, "</div>")?;
        }
        writeln!(out, "</section>")
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        writeln!(out, "</body>\n</html>")
    }
}

/// The printed page: its size and margins, and the page number in its bottom margin (`page 2
/// / 5`, counted over the whole document).
fn page_style(paper: Paper, l: Lang) -> String {
    format!(
        "@page {{ size: {}; margin: 18mm 16mm 20mm; @bottom-right {{ content: {} counter(page) \" / \" counter(pages); }} }}\n",
        paper.css(),
        css_string(&format!("{} ", l.word(Label::Page)))
    )
}

/// `text` as a CSS string, quoted: every character that could end the string or the `<style>`
/// element it stands in (`"`, `\\`, `<`, `>`, `&`, a line break) written as an escape.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        if c.is_alphanumeric() && !c.is_control() || " .,;:-_/()'·".contains(c) {
            out.push(c);
        } else {
            out.push_str(&format!("\\{:x} ", u32::from(c)));
        }
    }
    out.push('"');
    out
}

fn class(numeric: &[usize], dates: &[usize], i: usize) -> &'static str {
    match (numeric.contains(&i), dates.contains(&i)) {
        (true, _) => " class=\"num\"",
        (false, true) => " class=\"date\"",
        (false, false) => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_css_string_cannot_end_itself_or_its_style_element() {
        assert_eq!(css_string("RG 24/1 · A c. B"), "\"RG 24/1 · A c. B\"");
        assert_eq!(css_string("a\"b\\c</style>"), "\"a\\22 b\\5c c\\3c /style\\3e \"");
        assert_eq!(css_string("x\ny"), "\"x\\a y\"");
    }
}
