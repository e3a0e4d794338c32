//! `--format table`: the derivation, the liquidations and the totals, for a person to audit.

use std::io::{self, Write};

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Cell, CellAlignment, Color, ContentArrangement, Table};

use super::text::{equation, group, long_date, money_with_compact, rate};
use super::{Presentation, Renderer, RunInfo};
use crate::money::format_money;
use crate::report::CaseReport;

/// Writes each case as it comes, separated by a blank line.
#[derive(Debug, Default)]
pub struct TableRenderer {
    written: usize,
    presentation: Presentation,
}

impl TableRenderer {
    pub fn new(presentation: Presentation) -> Self {
        TableRenderer {
            written: 0,
            presentation,
        }
    }

    /// A table with `header`, fitted to the terminal only when the output goes to one, and
    /// styled only when colour is on (comfy-table would otherwise decide from standard
    /// output alone, which `--output`, `--color` and `NO_COLOR` must be able to override).
    fn table<const N: usize>(&self, header: [&str; N]) -> Table {
        let mut t = Table::new();
        t.load_style(UTF8_FULL_CONDENSED)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_header(header);
        if !self.presentation.terminal {
            t.force_no_tty();
        }
        if self.presentation.color {
            t.enforce_styling();
        }
        t
    }

    /// The expected figure, marked as matching or not, in green or red when colour is on.
    fn expected_cell(&self, text: String, matches: bool) -> Cell {
        let cell = Cell::new(text);
        match (self.presentation.color, matches) {
            (false, _) => cell,
            (true, true) => cell.fg(Color::Green),
            (true, false) => cell.fg(Color::Red),
        }
    }
}

impl Renderer for TableRenderer {
    fn begin(&mut self, _out: &mut dyn Write, _run: &RunInfo) -> io::Result<()> {
        Ok(())
    }

    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        if self.written > 0 {
            writeln!(out)?;
        }
        self.written += 1;
        let cur = r.currency;

        writeln!(out, "{}", r.title)?;
        let context: Vec<&str> = [r.authority.as_deref(), r.reference.as_deref()]
            .into_iter()
            .flatten()
            .collect();
        if !context.is_empty() {
            writeln!(out, "{}", context.join(" · "))?;
        }
        writeln!(
            out,
            "{} · rules {} · calendar {} · {}:{}",
            cur.code(),
            r.rules,
            r.calendar,
            r.source.file,
            r.source.line
        )?;

        writeln!(out, "\nDeadline and first day of delay")?;
        let mut steps = self.table(["Date", "Step", "Rule", "Source"]);
        for s in &r.derivation {
            steps.add_row([long_date(s.date), s.action.clone(), s.rule.clone(), s.source.clone()]);
        }
        writeln!(out, "{steps}")?;

        for p in &r.penalties {
            let name = p.obligation.as_deref().map(|o| format!(" ({o})")).unwrap_or_default();
            let until = match p.complied {
                Some(c) => format!(", until compliance on {}", long_date(c)),
                None => String::from(", no compliance recorded"),
            };
            writeln!(
                out,
                "Penalty{name}: {} from {}{until}",
                rate(p.rate, &p.per, cur),
                long_date(p.from)
            )?;
        }

        if !r.liquidations.is_empty() {
            writeln!(out, "\nLiquidations")?;
            let mut t = self.table([
                "#", "Decided", "From", "Through", "Days", "Rate", "Computed", "Awarded", "Expected",
            ]);
            for l in &r.liquidations {
                let rate_text = match l.segments.as_slice() {
                    [one] => rate(one.rate, &one.per, cur),
                    [] => "—".into(),
                    _ => "by segment".into(),
                };
                let expected = match l.expected {
                    Some(e) if e == l.amount => self.expected_cell(format!("{} ✓", format_money(e, cur)), true),
                    Some(e) => self.expected_cell(format!("{} ✗", format_money(e, cur)), false),
                    None => Cell::new("—"),
                };
                t.add_row(vec![
                    Cell::new(l.number),
                    Cell::new(l.decided.map_or("—".into(), |d| d.to_string())),
                    Cell::new(l.from),
                    Cell::new(l.through),
                    Cell::new(group(l.days)),
                    Cell::new(rate_text),
                    Cell::new(format_money(l.amount, cur)),
                    Cell::new(l.awarded.map_or("—".into(), |a| format_money(a, cur))),
                    expected,
                ]);
                if l.segments.len() > 1 {
                    for s in &l.segments {
                        t.add_row([
                            String::new(),
                            s.obligation.clone().unwrap_or_default(),
                            s.from.to_string(),
                            s.through.to_string(),
                            group(s.days),
                            rate(s.rate, &s.per, cur),
                            format_money(s.amount, cur),
                            String::new(),
                            String::new(),
                        ]);
                    }
                }
            }
            right_align(&mut t, &[0, 4, 6, 7, 8]);
            writeln!(out, "{t}")?;
            for l in &r.liquidations {
                writeln!(out, "#{}: {}", l.number, equation(&l.segments, l.amount, cur))?;
            }
        }

        writeln!(out)?;
        match (r.accrued.from, r.accrued.through) {
            (Some(from), Some(through)) => writeln!(
                out,
                "Not yet liquidated as of {}: {} to {}, {}",
                r.as_of,
                from,
                through,
                equation(&r.accrued.segments, r.accrued.amount, cur)
            )?,
            _ => writeln!(out, "Not yet liquidated as of {}: nothing", r.as_of)?,
        }
        writeln!(
            out,
            "Total liquidated: {} computed, {} awarded; not yet liquidated: {}",
            money_with_compact(r.totals.liquidated, cur),
            money_with_compact(r.totals.awarded, cur),
            money_with_compact(r.totals.unliquidated, cur)
        )?;
        for note in &r.notes {
            writeln!(out, "Note: {note}")?;
        }
        Ok(())
    }
}

fn right_align(t: &mut Table, columns: &[usize]) {
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
}
