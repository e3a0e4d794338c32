//! `--format table`: the derivation, the liquidations and the totals, for a person to audit,
//! in the language of the run.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, Table};

use super::text::{days_cell, equation, penalty_lines, term};
use super::{Presentation, Renderer, RunInfo};
use crate::case::Per;
use crate::lang::{self, Lang, group, long_date, money_with_compact, rate, short_date, source, step_action, step_rule};
use crate::money::Currency;
use crate::report::{CaseReport, Period, Segment, Status, SuspensionSpan};

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

    fn lang(&self) -> Lang {
        self.presentation.lang
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

    fn money(&self, amount: rust_decimal::Decimal, cur: Currency) -> String {
        lang::money(amount, cur, self.lang())
    }

    fn date(&self, d: chrono::NaiveDate) -> String {
        short_date(d, self.lang())
    }
}

impl Renderer for TableRenderer {
    fn begin(&mut self, _out: &mut dyn Write, _run: &RunInfo) -> io::Result<()> {
        Ok(())
    }

    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        // The case's texts with their control characters shown as escapes.
        let r = &crate::visible::report(r);
        if self.written > 0 {
            writeln!(out)?;
        }
        self.written += 1;
        let cur = r.currency;
        let l = self.lang();
        let colon = l.tr(":", " :");

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
            "{} · {} {} · {} {} · {}:{}",
            cur.code(),
            l.tr("rules", "règles"),
            r.rules,
            l.tr("calendar", "calendrier"),
            r.calendar,
            r.source.file,
            r.source.line
        )?;

        writeln!(
            out,
            "\n{}",
            l.tr("Deadline and first day of delay", "Échéance et premier jour de retard")
        )?;
        let mut steps = self.table(["Date", l.tr("Step", "Étape"), l.tr("Rule", "Règle"), "Source"]);
        for s in &r.derivation {
            steps.add_row([
                long_date(s.date, l),
                step_action(s, l),
                step_rule(s, l),
                source(s.source, l),
            ]);
        }
        writeln!(out, "{steps}")?;

        for line in penalty_lines(r, l) {
            writeln!(out, "{line}")?;
        }

        if !r.liquidations.is_empty() {
            writeln!(out, "\nLiquidations")?;
            let mut t = self.table([
                "#",
                l.tr("Decided", "Décidée"),
                l.tr("From", "Du"),
                l.tr("Through", "Au"),
                l.tr("Days", "Jours"),
                l.tr("Rate", "Taux"),
                l.tr("Computed", "Calculé"),
                l.tr("Awarded", "Prononcé"),
                l.tr("Expected", "Attendu"),
            ]);
            for q in &r.liquidations {
                let rate_text = match q.segments.as_slice() {
                    [one] if plain(one) => rate(one.rate, one.per, cur, l),
                    [] => "—".into(),
                    _ => l.tr("by segment", "par segment").into(),
                };
                let expected = match q.expected {
                    Some(e) if e == q.amount => self.expected_cell(format!("{} ✓", self.money(e, cur)), true),
                    Some(e) => self.expected_cell(format!("{} ✗", self.money(e, cur)), false),
                    None => Cell::new("—"),
                };
                t.add_row(vec![
                    Cell::new(q.number),
                    Cell::new(q.decided.map_or("—".into(), |d| self.date(d))),
                    Cell::new(self.date(q.from)),
                    Cell::new(self.date(q.through)),
                    Cell::new(days_cell(q.days, &q.segments, l)),
                    Cell::new(rate_text),
                    Cell::new(self.money(q.amount, cur)),
                    Cell::new(match (q.status, q.awarded) {
                        (Status::Projected, _) => lang::status_word(q.status, l).to_string(),
                        (Status::Pronounced, Some(a)) => self.money(a, cur),
                        (Status::Pronounced, None) => "—".into(),
                    }),
                    expected,
                ]);
                if q.segments.len() > 1 || q.segments.iter().any(|s| !plain(s)) {
                    for s in &q.segments {
                        t.add_row([
                            String::new(),
                            s.obligation.clone().unwrap_or_default(),
                            self.date(s.from),
                            self.date(s.through),
                            days_cell(s.days, std::slice::from_ref(s), l),
                            term(s, cur, l),
                            self.money(s.amount, cur),
                            String::new(),
                            String::new(),
                        ]);
                    }
                }
            }
            right_align(&mut t, &[0, 4, 6, 7, 8]);
            writeln!(out, "{t}")?;
            for q in &r.liquidations {
                writeln!(
                    out,
                    "#{}{colon} {}",
                    q.number,
                    equation(&q.segments, q.case_cap_cut, q.amount, cur, l)
                )?;
                self.suspensions(out, &q.suspensions)?;
            }
        }

        writeln!(out)?;
        for q in &r.liquidations {
            if let Some(gap) = r.gap_before(q.number) {
                self.gap(out, gap, q.number, cur)?;
            }
        }
        let not_yet = l.tr("Not yet liquidated as of", "Non encore liquidé au");
        match (r.accrued.from, r.accrued.through) {
            (Some(from), Some(through)) => {
                let span = match l {
                    Lang::En => format!("{} to {}", self.date(from), self.date(through)),
                    Lang::Fr => format!("du {} au {}", self.date(from), self.date(through)),
                };
                writeln!(
                    out,
                    "{not_yet} {}{colon} {span}, {}",
                    self.date(r.as_of),
                    equation(&r.accrued.segments, r.accrued.case_cap_cut, r.accrued.amount, cur, l)
                )?
            }
            _ => writeln!(
                out,
                "{not_yet} {}{colon} {}",
                self.date(r.as_of),
                l.tr("nothing", "rien")
            )?,
        }
        if r.accrued.segments.len() > 1 || r.accrued.segments.iter().any(|s| !plain(s)) {
            writeln!(out, "{}", segment_table(self, &r.accrued.segments, cur))?;
        }
        let total = |a| money_with_compact(a, cur, l);
        // A projection is never counted as awarded: its sum is shown apart.
        let projected = if r.has_projections() {
            format!(", {} {}", total(r.totals.projected), lang::projected_total(l))
        } else {
            String::new()
        };
        match l {
            Lang::En => writeln!(
                out,
                "Total liquidated: {} computed, {} awarded{projected}; not yet liquidated: {}",
                total(r.totals.liquidated),
                total(r.totals.awarded),
                total(r.totals.unliquidated)
            )?,
            Lang::Fr => writeln!(
                out,
                "Total liquidé : {} calculé, {} prononcé{projected} ; non encore liquidé : {}",
                total(r.totals.liquidated),
                total(r.totals.awarded),
                total(r.totals.unliquidated)
            )?,
        }
        if r.totals.by_obligation.len() > 1 {
            for o in &r.totals.by_obligation {
                writeln!(
                    out,
                    "  {}{colon} {} ({} {}, {} {})",
                    o.obligation.as_deref().unwrap_or(l.tr("penalty", "astreinte")),
                    total(o.total),
                    self.money(o.liquidated, cur),
                    l.tr("liquidated", "liquidé"),
                    self.money(o.unliquidated, cur),
                    l.tr("not yet", "non encore liquidé"),
                )?;
            }
        }
        if !r.lump_sums.is_empty() {
            match l {
                Lang::En => writeln!(
                    out,
                    "Lump sums owed by {}: {}; overall {} computed, {} owed",
                    r.as_of,
                    total(r.totals.lump_sums),
                    total(r.totals.overall),
                    total(r.totals.owed)
                )?,
                Lang::Fr => writeln!(
                    out,
                    "Sommes forfaitaires dues au {} : {} ; au total {} calculé, {} dû",
                    self.date(r.as_of),
                    total(r.totals.lump_sums),
                    total(r.totals.overall),
                    total(r.totals.owed)
                )?,
            }
        }
        for note in &r.notes {
            writeln!(out, "{}{colon} {}", l.tr("Note", "Remarque"), lang::note(note, l))?;
        }
        Ok(())
    }
}

impl TableRenderer {
    /// The days of delay before liquidation `before` that no liquidation covers: still to be
    /// liquidated, counted as not yet liquidated.
    fn gap(&self, out: &mut dyn Write, gap: &Period, before: usize, cur: Currency) -> io::Result<()> {
        let l = self.lang();
        let (Some(from), Some(through)) = (gap.from, gap.through) else {
            return Ok(());
        };
        let span = match l {
            Lang::En => format!("{} to {}", self.date(from), self.date(through)),
            Lang::Fr => format!("du {} au {}", self.date(from), self.date(through)),
        };
        writeln!(
            out,
            "{}{} {span}, {}",
            lang::gap_label(before, l),
            l.tr(":", " :"),
            equation(&gap.segments, gap.case_cap_cut, gap.amount, cur, l)
        )?;
        self.suspensions(out, &gap.suspensions)?;
        if gap.segments.len() > 1 || gap.segments.iter().any(|s| !plain(s)) {
            writeln!(out, "{}", segment_table(self, &gap.segments, cur))?;
        }
        Ok(())
    }

    /// The suspended days deducted from a period, one line each.
    fn suspensions(&self, out: &mut dyn Write, spans: &[SuspensionSpan]) -> io::Result<()> {
        let l = self.lang();
        for s in spans {
            let why = s.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
            match l {
                Lang::En => writeln!(
                    out,
                    "    {} to {} suspended{why}: {} days deducted",
                    s.from,
                    s.through,
                    group(s.days, l)
                )?,
                Lang::Fr => writeln!(
                    out,
                    "    du {} au {}, suspendue{why} : {} jours déduits",
                    self.date(s.from),
                    self.date(s.through),
                    group(s.days, l)
                )?,
            }
        }
        Ok(())
    }
}

/// A segment that a single `days × rate` says all about.
pub(crate) fn plain(s: &Segment) -> bool {
    s.per == Per::Day && s.fraction.is_none() && s.capped.is_zero()
}

/// Segments with their dates, units and the day each was forfeited.
fn segment_table(renderer: &TableRenderer, segments: &[Segment], cur: Currency) -> Table {
    let l = renderer.lang();
    let mut t = renderer.table([
        "Obligation",
        l.tr("From", "Du"),
        l.tr("Through", "Au"),
        l.tr("Days", "Jours"),
        l.tr("Units × rate", "Unités × taux"),
        l.tr("Forfeited", "Encouru le"),
        l.tr("Amount", "Montant"),
    ]);
    for s in segments {
        t.add_row([
            s.obligation.clone().unwrap_or_default(),
            renderer.date(s.from),
            renderer.date(s.through),
            days_cell(s.days, std::slice::from_ref(s), l),
            term(s, cur, l),
            renderer.date(s.forfeited),
            renderer.money(s.amount, cur),
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
