//! `--format table`: the derivation, the liquidations and the totals, for a person to audit,
//! in the language of the run, laid out from the case's sections (see [`super::sections`]).

use std::io::{self, Write};

use comfy_table::Color;

use super::grid::{Grid, Item, Narrowing};
use super::sections::periods::{self, Counted, decision};
use super::sections::{balance, derivation, orders, penalties, totals};
use super::text::{days_cell, penalty_text, steps_table};
use super::{Presentation, Renderer, RunInfo};
use crate::lang::message::Elsewhere;
use crate::lang::{self, Amount, Label, Lang, Message, rate, short_date};
use crate::money::Currency;
use crate::report::{CaseReport, LiquidationReport, Note, Segment, Status, SuspensionSpan};

/// Writes each case as it comes, separated by a blank line.
#[derive(Debug, Default)]
pub(crate) struct TableRenderer {
    written: usize,
    presentation: Presentation,
}

impl TableRenderer {
    pub(crate) fn new(presentation: Presentation) -> Self {
        TableRenderer {
            written: 0,
            presentation,
        }
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
        let layout = Layout {
            look: self.presentation,
            l: self.presentation.lang,
            currency: r.currency,
            french: orders::french(r),
        };
        layout.heading(out, r)?;
        layout.derivation(out, r)?;
        for line in penalties::lines(r) {
            writeln!(out, "{}", penalty_text(line, layout.l))?;
        }
        let periods = periods::periods(r);
        layout.liquidations(out, &periods)?;
        writeln!(out)?;
        layout.unliquidated(out, &periods, r.as_of)?;
        layout.totals(out, &totals::totals(r))?;
        layout.orders_totals(out, r)?;
        if let Some(b) = balance::balance(r) {
            layout.balance(out, &b)?;
        }
        layout.notes(out, &r.notes)
    }
}

/// How one case is laid out: the run's look and language, the case's currency.
struct Layout {
    look: Presentation,
    l: Lang,
    currency: Currency,
    /// Whether the case is French: its judge's figures cite the CPCE or the CJA.
    french: bool,
}

impl Layout {
    fn word(&self, label: Label) -> &'static str {
        self.l.word(label)
    }

    fn say(&self, message: &Message<'_>) -> String {
        self.l.say(message)
    }

    fn money(&self, amount: rust_decimal::Decimal) -> String {
        lang::money(amount, self.currency, self.l)
    }

    fn date(&self, d: chrono::NaiveDate) -> String {
        short_date(d, self.l)
    }

    fn amount(&self, value: rust_decimal::Decimal) -> Amount {
        Amount::new(value, self.currency)
    }

    fn table<const N: usize>(&self, header: [Label; N]) -> Grid {
        Grid::new(header.map(|h| self.word(h).to_string()).to_vec())
    }

    /// The note under a table narrowed to fit: the `columns` left out, and where their figures
    /// are.
    fn left_out(&self, columns: &[usize], header: &[Label], place: Elsewhere) -> Narrowing {
        let labels: Vec<Label> = columns.iter().filter_map(|&i| header.get(i).copied()).collect();
        Narrowing::LeaveOut {
            columns: columns.to_vec(),
            note: self.say(&Message::LeftOut {
                columns: &labels,
                place,
            }),
        }
    }

    /// The title, who decided and the reference, then the currency, rules, calendar and file.
    fn heading(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
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
            "{}",
            self.say(&Message::CaseLine {
                currency: r.currency,
                rules: r.rules,
                calendar: r.calendar,
                file: &r.source.file,
                line: r.source.line,
            })
        )
    }

    /// The derivation's steps, one row each.
    fn derivation(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        writeln!(out, "\n{}", self.word(Label::DeadlineAndFirstDay))?;
        let steps = derivation::steps(r);
        steps_table(steps.iter().map(|line| line.step), self.l).write(out, self.look)?;
        if let Some(caveat) = derivation::caveat(r) {
            let caveat = self.say(&Message::Caveat(caveat));
            writeln!(out, "{}", self.say(&Message::NoteText(&caveat)))?;
        }
        Ok(())
    }

    /// The liquidations' table (with a row per segment where one `days × rate` does not say
    /// all), then each one's equation and suspended days.
    fn liquidations(&self, out: &mut dyn Write, periods: &[Counted<'_>]) -> io::Result<()> {
        let liquidations: Vec<&LiquidationReport> = periods
            .iter()
            .filter_map(|p| match p {
                Counted::Liquidation(q) => Some(*q),
                _ => None,
            })
            .collect();
        if liquidations.is_empty() {
            return Ok(());
        }
        writeln!(out, "\n{}", self.word(Label::Liquidations))?;
        let header = [
            Label::Number,
            Label::Decided,
            Label::From,
            Label::Through,
            Label::Days,
            Label::Rate,
            Label::Computed,
            Label::Awarded,
            Label::Expected,
        ];
        let mut t = self.table(header);
        for q in &liquidations {
            t.row(self.liquidation_row(q));
            if !Counted::Liquidation(q).is_days_times_rate() {
                for s in &q.segments {
                    t.row([
                        Item::figure(""),
                        Item::words(s.obligation.clone().unwrap_or_default()),
                        Item::figure(self.date(s.from)),
                        Item::figure(self.date(s.through)),
                        Item::figure(days_cell(s.days, std::slice::from_ref(s), self.l)),
                        Item::words(self.say(&Message::Term {
                            segment: s,
                            currency: self.currency,
                        })),
                        Item::figure(self.money(s.amount)),
                        Item::figure(""),
                        Item::figure(""),
                    ]);
                }
            }
        }
        t.right_align(&[0, 4, 6, 7, 8]);
        // Narrowed by stacking the period's two dates, the days and the rate, the amount
        // computed and the amount awarded; then by leaving out the rate (each liquidation's
        // equation, under the table, gives it) and stacking the days under the period; then by
        // stacking the expected amount under the other two, and the number with the date of
        // the decision.
        t.narrow(Narrowing::Stack { onto: 2, below: 3 });
        t.narrow(Narrowing::Stack { onto: 4, below: 5 });
        t.narrow(Narrowing::Stack { onto: 6, below: 7 });
        t.narrow(self.left_out(&[5], &header, Elsewhere::EquationsBelow));
        t.narrow(Narrowing::Stack { onto: 2, below: 4 });
        t.narrow(Narrowing::Stack { onto: 6, below: 8 });
        t.narrow(Narrowing::Stack { onto: 0, below: 1 });
        t.write(out, self.look)?;
        for q in liquidations {
            let equation = Counted::Liquidation(q).equation(self.currency);
            writeln!(
                out,
                "{}",
                self.say(&Message::NumberedEquation {
                    number: q.number,
                    equation
                })
            )?;
            self.suspensions(out, &q.suspensions)?;
            for line in orders::ruling(q, self.currency, self.french) {
                writeln!(out, "    {}", self.say(&Message::Ruling(line)))?;
            }
        }
        Ok(())
    }

    fn liquidation_row(&self, q: &LiquidationReport) -> [Item; 9] {
        let rate_text = match q.segments.as_slice() {
            [one] if periods::days_times_rate(one) => rate(one.rate, one.per, self.currency, self.l),
            [] => "—".into(),
            _ => self.word(Label::BySegment).into(),
        };
        // Moderation by rate: the rate ordered, then the rate the decision applied.
        let rate_text = match (q.ruling.awarded_rate, q.segments.first()) {
            (Some(awarded), Some(s)) => format!("{rate_text} → {}", rate(awarded, s.per, self.currency, self.l)),
            _ => rate_text,
        };
        let decision = decision(q);
        let awarded = match (decision.status, decision.awarded) {
            (Status::Projected, _) => self.word(Label::Status(Status::Projected)).to_string(),
            (Status::Pronounced, Some(a)) => self.money(a),
            (Status::Pronounced, None) => "—".into(),
        };
        let expected = match decision.expected {
            Some((e, true)) => self.expected_cell(format!("{} ✓", self.money(e)), true),
            Some((e, false)) => self.expected_cell(format!("{} ✗", self.money(e)), false),
            None => Item::figure("—"),
        };
        [
            Item::figure(q.number.to_string()),
            Item::figure(q.decided.map_or("—".into(), |d| self.date(d))),
            Item::figure(self.date(q.from)),
            Item::figure(self.date(q.through)),
            Item::figure(days_cell(q.days, &q.segments, self.l)),
            Item::words(rate_text),
            Item::figure(self.money(q.amount)),
            Item::figure(awarded),
            expected,
        ]
    }

    /// The expected figure, marked as matching or not, in green or red when colour is on.
    fn expected_cell(&self, text: String, matches: bool) -> Item {
        Item::figure(text).in_color(Some(if matches { Color::Green } else { Color::Red }))
    }

    /// The days of delay no liquidation covers (still to be liquidated), then what accrued
    /// after the last liquidation, each with its equation.
    fn unliquidated(&self, out: &mut dyn Write, periods: &[Counted<'_>], as_of: chrono::NaiveDate) -> io::Result<()> {
        for p in periods {
            match p {
                Counted::Gap { before, .. } => {
                    let Some((from, through)) = p.span() else {
                        continue;
                    };
                    let equation = p.equation(self.currency);
                    let line = Message::GapLine {
                        before: *before,
                        from,
                        through,
                        equation,
                    };
                    writeln!(out, "{}", self.say(&line))?;
                    self.suspensions(out, p.suspensions())?;
                    self.segments(out, p)?;
                }
                Counted::Accrued(_) => {
                    let counted = p
                        .span()
                        .map(|(from, through)| (from, through, p.equation(self.currency)));
                    writeln!(out, "{}", self.say(&Message::AccruedLine { as_of, counted }))?;
                    self.segments(out, p)?;
                }
                Counted::Liquidation(_) => {}
            }
        }
        Ok(())
    }

    /// The suspended days deducted from a period, one line each.
    fn suspensions(&self, out: &mut dyn Write, spans: &[SuspensionSpan]) -> io::Result<()> {
        for s in spans {
            let line = Message::SuspensionDeducted {
                from: s.from,
                through: s.through,
                reason: s.reason.as_deref(),
                days: s.days,
            };
            writeln!(out, "    {}", self.say(&line))?;
        }
        Ok(())
    }

    /// A period's segments with their dates, units and the day each was forfeited, unless one
    /// `days × rate` says all.
    fn segments(&self, out: &mut dyn Write, p: &Counted<'_>) -> io::Result<()> {
        if p.is_days_times_rate() {
            return Ok(());
        }
        let header = [
            Label::Obligation,
            Label::From,
            Label::Through,
            Label::Days,
            Label::UnitsTimesRate,
            Label::Forfeited,
            Label::Amount,
        ];
        let mut t = self.table(header);
        for s in p.segments() {
            t.row(self.segment_row(s));
        }
        t.right_align(&[3, 6]);
        // Narrowed by stacking the period's dates and the day of forfeiture, the days and the
        // units; then by leaving out the units (the period's equation, above, gives them) and
        // stacking the days under the dates.
        t.narrow(Narrowing::Stack { onto: 1, below: 2 });
        t.narrow(Narrowing::Stack { onto: 1, below: 5 });
        t.narrow(Narrowing::Stack { onto: 3, below: 4 });
        t.narrow(self.left_out(&[4], &header, Elsewhere::EquationAbove));
        t.narrow(Narrowing::Stack { onto: 1, below: 3 });
        t.write(out, self.look)
    }

    fn segment_row(&self, s: &Segment) -> [Item; 7] {
        [
            Item::words(s.obligation.clone().unwrap_or_default()),
            Item::figure(self.date(s.from)),
            Item::figure(self.date(s.through)),
            Item::figure(days_cell(s.days, std::slice::from_ref(s), self.l)),
            Item::words(self.say(&Message::Term {
                segment: s,
                currency: self.currency,
            })),
            Item::figure(self.date(s.forfeited)),
            Item::figure(self.money(s.amount)),
        ]
    }

    /// The totals, each obligation's when there are several, and the lump sums.
    fn totals(&self, out: &mut dyn Write, t: &totals::Totals<'_>) -> io::Result<()> {
        let line = Message::TotalsLine {
            liquidated: t.liquidated,
            awarded: t.awarded,
            projected: t.projected,
            unliquidated: t.unliquidated,
        };
        writeln!(out, "{}", self.say(&line))?;
        for o in t.by_obligation {
            let line = Message::ObligationTotal {
                obligation: o.obligation.as_deref(),
                total: self.amount(o.total),
                liquidated: self.amount(o.liquidated),
                unliquidated: self.amount(o.unliquidated),
            };
            writeln!(out, "  {}", self.say(&line))?;
        }
        if let Some(lump_sums) = t.lump_sums {
            let line = Message::LumpSumsLine {
                as_of: t.as_of,
                lump_sums,
                overall: t.overall,
                owed: t.owed,
            };
            writeln!(out, "{}", self.say(&line))?;
        }
        Ok(())
    }

    /// What the decisions suppressed, each share's total and the successive totals of a
    /// history of astreintes.
    fn orders_totals(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        if let Some(suppressed) = totals::totals(r).suppressed {
            writeln!(out, "{}", self.say(&Message::SuppressedTotal(suppressed)))?;
        }
        let shares = orders::share_totals(r);
        if !shares.is_empty() {
            writeln!(out, "{}{}", self.word(Label::Shares), self.word(Label::Colon))?;
            for share in shares {
                writeln!(out, "  {}", self.say(&share))?;
            }
        }
        let successive = orders::successive(r);
        if !successive.is_empty() {
            writeln!(out, "{}{}", self.word(Label::SuccessiveTotals), self.word(Label::Colon))?;
            for total in successive {
                writeln!(out, "  {}", self.say(&total))?;
            }
        }
        Ok(())
    }

    /// The décompte: its terms, each sum with its interest periods, the costs, the payments
    /// with their imputation, the balance due, and the rules it rests on.
    fn balance(&self, out: &mut dyn Write, b: &balance::Balance<'_>) -> io::Result<()> {
        writeln!(out, "\n{}", self.word(Label::Balance))?;
        writeln!(out, "{}", self.say(&b.terms))?;
        let groups = b.sums.iter().chain(&b.payments);
        for (i, group) in groups.enumerate() {
            if i == b.sums.len() {
                for cost in &b.costs {
                    writeln!(out, "{}", self.say(cost))?;
                }
            }
            writeln!(out, "{}", self.say(&group.line))?;
            for detail in &group.details {
                writeln!(out, "  {}", self.say(&detail.line))?;
                if let Some(source) = &detail.source {
                    writeln!(out, "      {}", self.say(source))?;
                }
            }
        }
        if b.payments.is_empty() {
            for cost in &b.costs {
                writeln!(out, "{}", self.say(cost))?;
            }
        }
        writeln!(out, "{}", self.say(&b.due))?;
        if let Some(barred) = &b.barred {
            writeln!(out, "{}", self.say(barred))?;
        }
        for note in &b.notes {
            writeln!(out, "{}", self.say(note))?;
        }
        Ok(())
    }

    fn notes(&self, out: &mut dyn Write, notes: &[Note]) -> io::Result<()> {
        for note in notes {
            writeln!(out, "{}", self.say(&Message::NoteLine(note)))?;
        }
        Ok(())
    }
}
