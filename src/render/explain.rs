//! `astreinte explain`: every date and figure of a case in the order it is derived, each
//! step with the rule applied and its legal source, then each liquidation's arithmetic,
//! what accrued since, the caps and the totals. Plain text, in the language of the run, laid
//! out from the case's sections (see [`super::sections`]).

use std::io::{self, Write};

use super::sections::periods::{self, Counted, decision};
use super::sections::{derivation, orders, penalties, totals};
use super::text::penalty_text;
use super::{Presentation, Renderer};
use crate::lang::message::{Day, RuleApplied, RulingLine};
use crate::lang::{Amount, Label, Lang, Message, long_date};
use crate::money::Currency;
use crate::report::{CaseReport, LiquidationReport, Status, SuspensionSpan};

/// Writes each case's explanation as it comes, separated by a blank line.
#[derive(Debug, Default)]
pub(crate) struct ExplainRenderer {
    written: usize,
    presentation: Presentation,
}

impl ExplainRenderer {
    pub(crate) fn new(presentation: Presentation) -> Self {
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
        let x = Explanation {
            l: self.presentation.lang,
            currency: r.currency,
            french: orders::french(r),
        };
        x.heading(out, r)?;
        x.deadline(out, r)?;
        x.penalties(out, r)?;
        let last = x.periods(out, r)?;
        x.totals(out, last + 1, &totals::totals(r))?;
        x.orders_totals(out, r)?;
        for note in &r.notes {
            writeln!(out, "  {}", x.l.say(&Message::NoteLine(note)))?;
        }
        x.rules(out, last + 2, r)
    }
}

/// How one case is explained: the run's language, the case's currency.
struct Explanation {
    l: Lang,
    currency: Currency,
    /// Whether the case is French: its judge's figures cite the CPCE or the CJA.
    french: bool,
}

impl Explanation {
    fn say(&self, message: &Message<'_>) -> String {
        self.l.say(message)
    }

    fn amount(&self, value: rust_decimal::Decimal) -> Amount {
        Amount::new(value, self.currency)
    }

    /// The title, then who decided, the reference and the file.
    fn heading(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        writeln!(out, "{}", r.title)?;
        let mut context: Vec<String> = [r.authority.clone(), r.reference.clone()]
            .into_iter()
            .flatten()
            .collect();
        context.push(format!("{}:{}", r.source.file, r.source.line));
        writeln!(out, "{}", context.join(" · "))
    }

    /// Section 2: the penalties as they run.
    fn penalties(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        writeln!(out, "\n2. {}", self.l.word(Label::ThePenalty))?;
        for line in penalties::lines(r) {
            writeln!(out, "  {}", penalty_text(line, self.l))?;
        }
        Ok(())
    }

    /// One section per period, numbered from 3: each gap, each liquidation, what accrued
    /// after the last. Returns the last section's number.
    fn periods(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<usize> {
        let mut section = 2;
        for p in periods::periods(r) {
            section += 1;
            match p {
                Counted::Gap { .. } => {
                    let title = Message::PeriodName {
                        kind: p.kind(),
                        obligation: None,
                    };
                    self.period(out, section, &p, title)?
                }
                Counted::Liquidation(q) => self.liquidation(out, section, q, r)?,
                Counted::Accrued(_) => {
                    let title = Message::NotYetLiquidatedAsOf(Day::medium(r.as_of));
                    self.period(out, section, &p, title)?
                }
            }
        }
        Ok(section)
    }

    /// Section 1: each step of the derivation with its source, rule and arithmetic, then the
    /// deadline and the first day of delay.
    fn deadline(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        let title = Message::ExplainDeadlineTitle {
            rules: r.rules,
            calendar: r.calendar,
        };
        writeln!(out, "\n1. {}", self.say(&title))?;
        for line in derivation::steps(r) {
            writeln!(
                out,
                "  {}. {} · {}",
                line.number,
                long_date(line.step.date, self.l),
                self.say(&Message::StepAction(line.step))
            )?;
            let explained = Message::StepExplained {
                step: line.step,
                arithmetic: line.arithmetic,
            };
            writeln!(out, "     {}", self.say(&explained))?;
        }
        let deadline = Message::ExplainDeadline {
            deadline: r.deadline,
            accrual_start: r.accrual_start,
        };
        writeln!(out, "  {}", self.say(&deadline))?;
        if let Some(caveat) = derivation::caveat(r) {
            let caveat = self.say(&Message::Caveat(caveat));
            writeln!(out, "  {}", self.say(&Message::NoteText(&caveat)))?;
        }
        Ok(())
    }

    /// A liquidation: its days, suspended days, equation, status, what was awarded and what
    /// the case file expects.
    fn liquidation(
        &self,
        out: &mut dyn Write,
        section: usize,
        q: &LiquidationReport,
        r: &CaseReport,
    ) -> io::Result<()> {
        let title = Message::ExplainLiquidationTitle {
            number: q.number,
            decided: q.decided,
            from: q.from,
            through: q.through,
        };
        writeln!(out, "\n{section}. {}", self.say(&title))?;
        let period = Counted::Liquidation(q);
        if !period.violations_only() {
            writeln!(out, "  {}", self.say(&Message::DaysOfDelay { days: q.days }))?;
        }
        self.suspensions(out, &q.suspensions)?;
        writeln!(
            out,
            "  {}",
            self.say(&Message::Equation(period.equation(self.currency)))
        )?;
        let decision = decision(q);
        if decision.status == Status::Projected {
            let why = Message::ProjectedBecause {
                decided: q.decided,
                as_of: r.as_of,
            };
            writeln!(out, "  {}", self.say(&why))?;
        }
        let ruling = orders::ruling(q, self.currency, self.french);
        for line in &ruling {
            writeln!(out, "  {}", self.say(&Message::Ruling(*line)))?;
        }
        // A moderation by sum already says what was awarded, with its article.
        let said = ruling.iter().any(|l| matches!(l, RulingLine::Moderated { .. }));
        if let Some(awarded) = decision.awarded.filter(|_| !said) {
            let awarded = Message::Awarded {
                awarded: self.amount(awarded),
                moderated_by: decision.moderation.map(|m| self.amount(-m)),
            };
            writeln!(out, "  {}", self.say(&awarded))?;
        }
        if let Some((expected, matches)) = decision.expected {
            let verdict = Message::ExpectedVerdict {
                expected: self.amount(expected),
                matches,
            };
            writeln!(out, "  {}", self.say(&verdict))?;
        }
        Ok(())
    }

    /// What the decisions suppressed, each share's total and the successive totals of a
    /// history of astreintes, under the totals.
    fn orders_totals(&self, out: &mut dyn Write, r: &CaseReport) -> io::Result<()> {
        if let Some(suppressed) = totals::totals(r).suppressed {
            writeln!(out, "  {}", self.say(&Message::SuppressedTotal(suppressed)))?;
        }
        let shares = orders::share_totals(r);
        if !shares.is_empty() {
            writeln!(out, "  {}{}", self.l.word(Label::Shares), self.l.word(Label::Colon))?;
            for share in shares {
                writeln!(out, "    {}", self.say(&share))?;
            }
        }
        let successive = orders::successive(r);
        if !successive.is_empty() {
            let title = self.l.word(Label::SuccessiveTotals);
            writeln!(out, "  {title}{}", self.l.word(Label::Colon))?;
            for total in successive {
                writeln!(out, "    {}", self.say(&total))?;
            }
        }
        Ok(())
    }

    /// The last section, when the case has any: the rules of its real orders and of the
    /// judge's hand, each worded with its source.
    fn rules(&self, out: &mut dyn Write, section: usize, r: &CaseReport) -> io::Result<()> {
        let rules = orders::rules(r);
        if rules.is_empty() {
            return Ok(());
        }
        writeln!(out, "\n{section}. {}", self.l.word(Label::RulesApplied))?;
        for rule in rules {
            writeln!(out, "  - {}", self.say(&Message::RuleApplied(RuleApplied::Order(rule))))?;
        }
        Ok(())
    }

    /// A period outside any liquidation (a gap, or what accrued after the last one) under its
    /// title: its days, the suspended days deducted and its equation, or `nothing`.
    fn period(&self, out: &mut dyn Write, section: usize, p: &Counted<'_>, title: Message<'_>) -> io::Result<()> {
        writeln!(out, "\n{section}. {}", self.say(&title))?;
        let Some((from, through)) = p.span() else {
            return writeln!(out, "  {}", self.l.word(Label::Nothing));
        };
        let days = Message::ExplainPeriod {
            from,
            through,
            days: p.days(),
        };
        writeln!(out, "  {}", self.say(&days))?;
        self.suspensions(out, p.suspensions())?;
        writeln!(out, "  {}", self.say(&Message::Equation(p.equation(self.currency))))
    }

    /// The suspended days deducted from a period, one line each.
    fn suspensions(&self, out: &mut dyn Write, spans: &[SuspensionSpan]) -> io::Result<()> {
        for s in spans {
            let line = Message::SuspensionExplained {
                from: s.from,
                through: s.through,
                days: s.days,
            };
            writeln!(out, "  {}", self.say(&line))?;
        }
        Ok(())
    }

    /// The last section: the total and how it is made, what is projected, what is owed.
    fn totals(&self, out: &mut dyn Write, section: usize, t: &totals::Totals<'_>) -> io::Result<()> {
        writeln!(out, "\n{section}. {}", self.l.word(Label::Totals))?;
        let total = Message::ExplainTotal {
            liquidated: t.liquidated,
            unliquidated: t.unliquidated,
            lump_sums: t.lump_sums,
            overall: t.overall,
        };
        writeln!(out, "  {}", self.say(&total))?;
        if let Some(projected) = t.projected {
            writeln!(out, "  {}", self.say(&Message::OfWhichProjected(projected)))?;
        }
        if t.owed != t.overall {
            writeln!(out, "  {}", self.say(&Message::OwedAfterModeration(t.owed)))?;
        }
        Ok(())
    }
}
