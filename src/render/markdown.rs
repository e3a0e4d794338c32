//! `--format markdown`: each case's statement (see [`super::statement`]) in Markdown,
//! for a filing, a wiki or a pull request. Cases are separated by a horizontal rule.

use std::io::{self, Write};
use std::path::PathBuf;

use super::statement::{Block, build};
use super::{Presentation, Renderer};
use crate::lang::Label;
use crate::report::CaseReport;

/// Writes each case's statement as it comes.
#[derive(Debug, Default)]
pub(crate) struct MarkdownRenderer {
    written: usize,
    presentation: Presentation,
    /// What an absolute path of a case file is shown relative to.
    cwd: Option<PathBuf>,
}

impl MarkdownRenderer {
    pub(crate) fn new(presentation: Presentation) -> Self {
        MarkdownRenderer {
            written: 0,
            presentation,
            cwd: std::env::current_dir().ok(),
        }
    }
}

impl Renderer for MarkdownRenderer {
    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        // The case's texts with their control characters shown as escapes.
        let r = &crate::visible::report(r);
        if self.written > 0 {
            writeln!(out, "\n---\n")?;
        }
        self.written += 1;
        let statement = build(r, self.presentation.lang, self.cwd.as_deref());
        let colon = self.presentation.lang.word(Label::Colon);
        writeln!(out, "# {}", inline(&statement.title))?;
        for block in &statement.blocks {
            match block {
                Block::Heading(h) => writeln!(out, "\n## {}", inline(h))?,
                Block::Facts(facts) => {
                    writeln!(out)?;
                    for (label, value) in facts {
                        writeln!(out, "- **{}**{colon} {}", inline(label), inline(value))?;
                    }
                }
                Block::Table {
                    header, rows, numeric, ..
                } => {
                    writeln!(out, "\n| {} |", cells(header))?;
                    let rule: Vec<&str> = (0..header.len())
                        .map(|i| if numeric.contains(&i) { "---:" } else { "---" })
                        .collect();
                    writeln!(out, "|{}|", rule.join("|"))?;
                    for row in rows {
                        writeln!(out, "| {} |", cells(row))?;
                    }
                }
                Block::List(items) => {
                    writeln!(out)?;
                    for item in items {
                        writeln!(out, "- {}", inline(item))?;
                    }
                }
                Block::Paragraph(p) => writeln!(out, "\n{}", inline(p))?,
                Block::Chart => {}
                Block::Signature { drawn_up, signature } => {
                    writeln!(out, "\n{}\n\n{}{colon}", inline(drawn_up), inline(signature))?;
                }
            }
        }
        Ok(())
    }
}

fn cells(row: &[String]) -> String {
    row.iter()
        .map(|c| inline(c).replace('|', "\\|"))
        .collect::<Vec<_>>()
        .join(" | ")
}

/// Text safe inside a Markdown line: the characters that would start markup are escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '\\') {
            out.push('\\');
        }
        if c == '\n' {
            out.push(' ');
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped() {
        assert_eq!(inline("a *b* [c]"), "a \\*b\\* \\[c\\]");
        assert_eq!(cells(&["x|y".to_string(), "z".to_string()]), "x\\|y | z");
    }
}
