//! `--format table`: the derivation, the liquidations and the totals, for a person to audit.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, Table};

use super::text::{equation, group, long_date, money_with_compact, rate, term};
use super::{Presentation, Renderer, RunInfo};
use crate::money::format_money;
use crate::report::{CaseReport, Segment};

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

    fn table<const N: usize>(&self, header: [&str; N]) -> Table {
        self.presentation.table(header)
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
            let partial = p
                .partial
                .as_deref()
                .map(|m| format!(", {m} {}s count", p.per))
                .unwrap_or_default();
            writeln!(
                out,
                "Penalty{name}: {} from {}{until}{partial}",
                rate(p.rate, &p.per, cur),
                long_date(p.from)
            )?;
            for c in &p.changes {
                writeln!(out, "  from {}: {}", long_date(c.from), rate(c.rate, &p.per, cur))?;
            }
            for s in &p.suspensions {
                let why = s.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
                writeln!(
                    out,
                    "  suspended {} to {}{why}: {} running days deducted",
                    s.from,
                    s.through,
                    group(s.days)
                )?;
            }
            if let Some(cap) = p.cap {
                let reached = p
                    .cap_reached
                    .map(|d| format!(", reached on {}: nothing accrues after it", long_date(d)))
                    .unwrap_or_default();
                writeln!(out, "  cap {}{reached}", format_money(cap, cur))?;
            }
        }
        if let Some(cap) = r.cap {
            let reached = r
                .cap_reached
                .map(|d| format!(", reached on {}: nothing accrues after it", long_date(d)))
                .unwrap_or_default();
            writeln!(out, "Cap for the whole case: {}{reached}", format_money(cap, cur))?;
        }
        for l in &r.lump_sums {
            let why = l.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
            writeln!(
                out,
                "Lump sum{why}: {} owed from {}",
                money_with_compact(l.amount, cur),
                long_date(l.date)
            )?;
        }

        if !r.liquidations.is_empty() {
            writeln!(out, "\nLiquidations")?;
            let mut t = self.table([
                "#", "Decided", "From", "Through", "Days", "Rate", "Computed", "Awarded", "Expected",
            ]);
            for l in &r.liquidations {
                let rate_text = match l.segments.as_slice() {
                    [one] if plain(one) => rate(one.rate, &one.per, cur),
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
                if l.segments.len() > 1 || l.segments.iter().any(|s| !plain(s)) {
                    for s in &l.segments {
                        t.add_row([
                            String::new(),
                            s.obligation.clone().unwrap_or_default(),
                            s.from.to_string(),
                            s.through.to_string(),
                            group(s.days),
                            term(s, cur),
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
                writeln!(
                    out,
                    "#{}: {}",
                    l.number,
                    equation(&l.segments, l.case_cap_cut, l.amount, cur)
                )?;
                for s in &l.suspensions {
                    let why = s.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
                    writeln!(
                        out,
                        "    {} to {} suspended{why}: {} days deducted",
                        s.from,
                        s.through,
                        group(s.days)
                    )?;
                }
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
                equation(&r.accrued.segments, r.accrued.case_cap_cut, r.accrued.amount, cur)
            )?,
            _ => writeln!(out, "Not yet liquidated as of {}: nothing", r.as_of)?,
        }
        if r.accrued.segments.len() > 1 || r.accrued.segments.iter().any(|s| !plain(s)) {
            writeln!(out, "{}", segment_table(self, &r.accrued.segments, cur))?;
        }
        writeln!(
            out,
            "Total liquidated: {} computed, {} awarded; not yet liquidated: {}",
            money_with_compact(r.totals.liquidated, cur),
            money_with_compact(r.totals.awarded, cur),
            money_with_compact(r.totals.unliquidated, cur)
        )?;
        if r.totals.by_obligation.len() > 1 {
            for o in &r.totals.by_obligation {
                writeln!(
                    out,
                    "  {}: {} ({} liquidated, {} not yet)",
                    o.obligation.as_deref().unwrap_or("penalty"),
                    money_with_compact(o.total, cur),
                    format_money(o.liquidated, cur),
                    format_money(o.unliquidated, cur)
                )?;
            }
        }
        if !r.lump_sums.is_empty() {
            writeln!(
                out,
                "Lump sums owed by {}: {}; overall {} computed, {} owed",
                r.as_of,
                money_with_compact(r.totals.lump_sums, cur),
                money_with_compact(r.totals.overall, cur),
                money_with_compact(r.totals.owed, cur)
            )?;
        }
        for note in &r.notes {
            writeln!(out, "Note: {note}")?;
        }
        Ok(())
    }
}

/// A segment that a single `days × rate` says all about.
fn plain(s: &Segment) -> bool {
    s.per == "day" && s.fraction.is_none() && s.capped.is_zero()
}

/// Segments with their dates, units and the day each was forfeited.
fn segment_table(renderer: &TableRenderer, segments: &[Segment], cur: crate::money::Currency) -> Table {
    let mut t = renderer.table([
        "Obligation",
        "From",
        "Through",
        "Days",
        "Units × rate",
        "Forfeited",
        "Amount",
    ]);
    for s in segments {
        t.add_row([
            s.obligation.clone().unwrap_or_default(),
            s.from.to_string(),
            s.through.to_string(),
            group(s.days),
            term(s, cur),
            s.forfeited.to_string(),
            format_money(s.amount, cur),
        ]);
    }
    right_align(&mut t, &[3, 6]);
    t
}

fn right_align(t: &mut Table, columns: &[usize]) {
    for &i in columns {
        if let Some(c) = t.column_mut(i) {
            c.set_cell_alignment(CellAlignment::Right);
        }
    }
}
