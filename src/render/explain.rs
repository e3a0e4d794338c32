//! `astreinte explain`: every date and figure of a case in the order it is derived, each
//! step with the rule applied and its legal source, then each liquidation's arithmetic,
//! what accrued since, the caps and the totals. Plain text, in the language of the run.

use std::io::{self, Write};

use rust_decimal::Decimal;

use super::text::{equation, penalty_lines};
use super::{Presentation, Renderer};
use crate::case::Per;
use crate::lang::{self, arithmetic, source, step_action, step_rule};
use crate::report::{CaseReport, Period, Status, SuspensionSpan};

/// Writes each case's explanation as it comes, separated by a blank line.
#[derive(Debug, Default)]
pub struct ExplainRenderer {
    written: usize,
    presentation: Presentation,
}

impl ExplainRenderer {
    pub fn new(presentation: Presentation) -> Self {
        ExplainRenderer {
            written: 0,
            presentation,
        }
    }
}

impl Renderer for ExplainRenderer {
    fn case(&mut self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        // The case's texts with their control characters shown as escapes.
        let r = &crate::visible::report(r);
        if self.written > 0 {
            writeln!(out)?;
        }
        self.written += 1;
        let l = self.presentation.lang;
        let cur = r.currency;
        let colon = l.tr(":", " :");
        let money = |a: Decimal| lang::money(a, cur, l);
        let date = |d| lang::medium_date(d, l);

        writeln!(out, "{}", r.title)?;
        let mut context: Vec<String> = [r.authority.clone(), r.reference.clone()]
            .into_iter()
            .flatten()
            .collect();
        context.push(format!("{}:{}", r.source.file, r.source.line));
        writeln!(out, "{}", context.join(" · "))?;

        let rules_source = source(r.rules.legal_source(), l);
        writeln!(
            out,
            "\n{} ({} {}{colon} {rules_source}{} {} {})",
            l.tr("1. The deadline", "1. L'échéance"),
            l.tr("rules", "règles"),
            r.rules,
            l.tr(";", " ;"),
            l.tr("calendar", "calendrier"),
            r.calendar
        )?;
        let start = r.derivation.first().map_or(r.deadline, |s| s.date);
        let mut previous = start;
        for (i, s) in r.derivation.iter().enumerate() {
            writeln!(
                out,
                "  {}. {} · {}",
                i + 1,
                lang::long_date(s.date, l),
                step_action(s, l)
            )?;
            let computed = arithmetic(s, start, previous, l)
                .map(|a| format!(" — {a}"))
                .unwrap_or_default();
            writeln!(out, "     {}{colon} {}{computed}", source(s.source, l), step_rule(s, l))?;
            previous = s.date;
        }
        writeln!(
            out,
            "  {} {}{} {} {}",
            l.tr("Deadline:", "Échéance :"),
            date(r.deadline),
            l.tr(";", " ;"),
            l.tr("first day any penalty counts:", "premier jour décompté :"),
            date(r.accrual_start)
        )?;

        writeln!(out, "\n{}", l.tr("2. The penalty", "2. L'astreinte"))?;
        for line in penalty_lines(r, l) {
            writeln!(out, "  {line}")?;
        }

        let mut section = 3;
        for q in &r.liquidations {
            if let Some(gap) = r.gap_before(q.number) {
                writeln!(out, "\n{section}. {}", lang::gap_label(q.number, l))?;
                section += 1;
                period(out, gap, r, l)?;
            }
            let decided = q
                .decided
                .map(|d| format!(" ({} {})", l.tr("decided", "décidée le"), date(d)))
                .unwrap_or_default();
            writeln!(
                out,
                "\n{section}. Liquidation #{}{decided}{colon} {} {} {} {}",
                q.number,
                l.tr("from", "du"),
                date(q.from),
                l.tr("through", "au"),
                date(q.through)
            )?;
            section += 1;
            // A sum per violation counts violations, not days of delay.
            if q.segments.is_empty() || q.segments.iter().any(|s| s.per != Per::Violation) {
                writeln!(
                    out,
                    "  {} {}",
                    lang::units(q.days, Per::Day, l),
                    l.tr(
                        "of delay, first and last day included",
                        "de retard, premier et dernier jour inclus"
                    )
                )?;
            }
            suspensions(out, &q.suspensions, l)?;
            writeln!(out, "  {}", equation(&q.segments, q.case_cap_cut, q.amount, cur, l))?;
            if q.status == Status::Projected {
                writeln!(out, "  {}", lang::projected_because(q.decided, r.as_of, l))?;
            }
            match q.awarded.filter(|_| q.status == Status::Pronounced) {
                Some(a) if a != q.amount => writeln!(
                    out,
                    "  {} {} ({} {})",
                    l.tr("awarded:", "prononcé :"),
                    money(a),
                    l.tr("moderated by", "modéré de"),
                    money(q.amount - a)
                )?,
                Some(a) => writeln!(out, "  {} {}", l.tr("awarded:", "prononcé :"), money(a))?,
                None => {}
            }
            if let Some(e) = q.expected {
                let verdict = if e == q.amount {
                    l.tr("matches ✓", "concorde ✓")
                } else {
                    l.tr("differs ✗", "diffère ✗")
                };
                writeln!(out, "  {} {}{colon} {verdict}", l.tr("expected", "attendu"), money(e))?;
            }
        }

        writeln!(
            out,
            "\n{section}. {} {}",
            l.tr("Not yet liquidated as of", "Non encore liquidé au"),
            date(r.as_of)
        )?;
        period(out, &r.accrued, r, l)?;

        writeln!(out, "\n{}. {}", section + 1, l.tr("Totals", "Totaux"))?;
        let mut terms = vec![
            format!("{} {}", money(r.totals.liquidated), l.tr("liquidated", "liquidé")),
            format!(
                "{} {}",
                money(r.totals.unliquidated),
                l.tr("not yet liquidated", "non encore liquidé")
            ),
        ];
        if !r.lump_sums.is_empty() {
            terms.push(format!(
                "{} {}",
                money(r.totals.lump_sums),
                l.tr("lump sums", "sommes forfaitaires")
            ));
        }
        writeln!(
            out,
            "  {} = {} {}",
            terms.join(" + "),
            lang::money_with_compact(r.totals.overall, cur, l),
            l.tr("computed", "calculé")
        )?;
        if r.has_projections() {
            writeln!(
                out,
                "  {} {}{colon} {}",
                l.tr("of which", "dont"),
                lang::projected_total(l),
                lang::money_with_compact(r.totals.projected, cur, l)
            )?;
        }
        if r.totals.owed != r.totals.overall {
            writeln!(
                out,
                "  {} {}",
                l.tr("owed after moderation:", "dû après modération :"),
                lang::money_with_compact(r.totals.owed, cur, l)
            )?;
        }
        for note in &r.notes {
            writeln!(out, "  {}{colon} {}", l.tr("Note", "Remarque"), lang::note(note, l))?;
        }
        Ok(())
    }
}

/// The suspended days deducted from a period, one line each.
fn suspensions(out: &mut dyn Write, spans: &[SuspensionSpan], l: lang::Lang) -> io::Result<()> {
    for s in spans {
        writeln!(
            out,
            "  − {} {} → {}{}",
            lang::units(s.days, Per::Day, l),
            lang::medium_date(s.from, l),
            lang::medium_date(s.through, l),
            l.tr(" suspended", " de suspension")
        )?;
    }
    Ok(())
}

/// A period outside any liquidation (a gap, or what accrued after the last one): its days,
/// the suspended days deducted and its equation, or `nothing`.
fn period(out: &mut dyn Write, p: &Period, r: &CaseReport, l: lang::Lang) -> io::Result<()> {
    let colon = l.tr(":", " :");
    match (p.from, p.through) {
        (Some(from), Some(through)) => {
            writeln!(
                out,
                "  {} {} {} {}{colon} {}",
                l.tr("from", "du"),
                lang::medium_date(from, l),
                l.tr("through", "au"),
                lang::medium_date(through, l),
                lang::units(p.days, Per::Day, l)
            )?;
            suspensions(out, &p.suspensions, l)?;
            writeln!(
                out,
                "  {}",
                equation(&p.segments, p.case_cap_cut, p.amount, r.currency, l)
            )
        }
        _ => writeln!(out, "  {}", l.tr("nothing", "rien")),
    }
}
