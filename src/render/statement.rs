//! A statement (*décompte*): everything a reader needs to check a case's figures line by
//! line, as a neutral list of blocks that the `markdown` and `html` renderers write out, laid
//! out from the case's sections (`render/sections/`).
//!
//! Its order is the order of the reasoning: who and what, the derivation of the deadline with
//! each rule's source, the penalties as they run, the cumulative chart (HTML), every segment
//! counted, each liquidation computed and awarded, the totals, and the rules applied.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::sections::periods::{self, Counted, decision};
use super::sections::{derivation, penalties, rules, totals};
use super::text::days_cell;
use crate::lang::message::{DateForm, Day};
use crate::lang::{self, Amount, Label, Lang, Message};
use crate::money::Currency;
use crate::report::{CaseReport, LiquidationReport, Segment, Status};

/// One piece of a statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Block {
    /// A section heading.
    Heading(String),
    /// Labelled values.
    Facts(Vec<(String, String)>),
    /// A table; `numeric` lists the columns to align right.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<usize>,
    },
    /// A list of sentences.
    List(Vec<String>),
    /// A sentence on its own.
    Paragraph(String),
    /// Where the chart of the cumulative amount goes (drawn by the HTML writer only).
    Chart,
}

/// A statement for one case.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// Builds the statement of `r` in `l`.
pub(crate) fn build(r: &CaseReport, l: Lang) -> Statement {
    let s = Writer {
        l,
        currency: r.currency,
    };
    let periods = periods::periods(r);
    let penalties = penalties::lines(r)
        .into_iter()
        .map(|line| l.say(&Message::Penalty(line)))
        .collect();
    let rules = rules::applied(r)
        .into_iter()
        .map(|rule| l.say(&Message::RuleApplied(rule)))
        .collect();
    // The numbered sections, in the order of the reasoning.
    let sections = [
        (Label::DeadlineAndFirstDay, vec![s.derivation(r)]),
        (Label::ThePenalty, vec![Block::List(penalties), Block::Chart]),
        (Label::PeriodsCounted, vec![s.periods(&periods)]),
        (Label::LiquidationsComputedAndAwarded, s.liquidations(&periods)),
        (Label::Totals, vec![s.totals(&totals::totals(r))]),
        (Label::RulesApplied, vec![Block::List(rules)]),
    ];
    let mut blocks = vec![s.facts(r)];
    for (i, (title, content)) in sections.into_iter().enumerate() {
        blocks.push(Block::Heading(format!("{}. {}", i + 1, l.word(title))));
        blocks.extend(content);
    }
    if !r.notes.is_empty() {
        blocks.push(Block::Heading(l.word(Label::Notes).into()));
        blocks.push(Block::List(r.notes.iter().map(|n| l.say(&Message::Note(n))).collect()));
    }
    blocks.push(Block::Paragraph(l.word(Label::EveryAmountExact).into()));
    Statement {
        title: l.say(&Message::StatementTitle { title: &r.title }),
        blocks,
    }
}

/// How one case's statement is written: the run's language, the case's currency.
struct Writer {
    l: Lang,
    currency: Currency,
}

impl Writer {
    fn word(&self, label: Label) -> String {
        self.l.word(label).to_string()
    }

    /// An amount padded to the currency's minor unit, as a statement's columns show it.
    fn money(&self, amount: Decimal) -> String {
        lang::money_fixed(amount, self.currency, self.l)
    }

    fn date(&self, d: NaiveDate) -> String {
        lang::short_date(d, self.l)
    }

    fn header<const N: usize>(&self, labels: [Label; N]) -> Vec<String> {
        labels.map(|label| self.word(label)).to_vec()
    }

    /// Who and what: the case, its rules, calendar, currency, file and date.
    fn facts(&self, r: &CaseReport) -> Block {
        let mut facts = vec![(self.word(Label::Case), r.title.clone())];
        if let Some(a) = &r.authority {
            facts.push((self.word(Label::Authority), a.clone()));
        }
        if let Some(reference) = &r.reference {
            facts.push((self.word(Label::Reference), reference.clone()));
        }
        facts.extend([
            (
                self.word(Label::TimeLimitRules),
                self.l.say(&Message::RulesWithSource(r.rules)),
            ),
            (self.word(Label::HolidayCalendar), r.calendar.to_string()),
            (self.word(Label::Currency), r.currency.code().to_string()),
            (
                self.word(Label::CaseFile),
                format!("{}:{}", r.source.file, r.source.line),
            ),
            (
                self.word(Label::StatementAsOf),
                lang::written(
                    Day {
                        date: r.as_of,
                        form: DateForm::Full,
                    },
                    self.l,
                ),
            ),
        ]);
        Block::Facts(facts)
    }

    /// The derivation: each step with its rule, arithmetic and source.
    fn derivation(&self, r: &CaseReport) -> Block {
        let rows = derivation::steps(r)
            .into_iter()
            .map(|line| {
                vec![
                    line.number.to_string(),
                    lang::long_date(line.step.date, self.l),
                    self.l.say(&Message::StepAction(line.step)),
                    self.l.say(&Message::StepRule(line.step)),
                    line.arithmetic
                        .map(|a| self.l.say(&Message::Arithmetic(a)))
                        .unwrap_or_default(),
                    self.l.say(&Message::Source(line.step.source)),
                ]
            })
            .collect();
        Block::Table {
            header: [
                vec!["#".to_string()],
                self.header([
                    Label::Date,
                    Label::Step,
                    Label::RuleApplied,
                    Label::Computation,
                    Label::Source,
                ]),
            ]
            .concat(),
            rows,
            numeric: vec![0],
        }
    }

    /// Every segment counted, period by period.
    fn periods(&self, periods: &[Counted<'_>]) -> Block {
        let rows: Vec<Vec<String>> = periods
            .iter()
            .flat_map(|p| p.segments().iter().map(move |s| self.segment_row(p, s)))
            .collect();
        if rows.is_empty() {
            return Block::Paragraph(self.word(Label::NoDayCounted));
        }
        Block::Table {
            header: self.header([
                Label::Period,
                Label::From,
                Label::Through,
                Label::Days,
                Label::UnitsTimesRate,
                Label::ForfeitedOn,
                Label::Amount,
            ]),
            rows,
            numeric: vec![3, 6],
        }
    }

    fn segment_row(&self, p: &Counted<'_>, s: &Segment) -> Vec<String> {
        let period = Message::PeriodName {
            kind: p.kind(),
            obligation: s.obligation.as_deref(),
        };
        vec![
            self.l.say(&period),
            self.date(s.from),
            self.date(s.through),
            days_cell(s.days, std::slice::from_ref(s), self.l),
            self.l.say(&Message::Term {
                segment: s,
                currency: self.currency,
            }),
            self.date(s.forfeited),
            self.money(s.amount),
        ]
    }

    /// Each liquidation computed and awarded, then each one's equation.
    fn liquidations(&self, periods: &[Counted<'_>]) -> Vec<Block> {
        let liquidations: Vec<&LiquidationReport> = periods
            .iter()
            .filter_map(|p| match p {
                Counted::Liquidation(q) => Some(*q),
                _ => None,
            })
            .collect();
        if liquidations.is_empty() {
            return vec![Block::Paragraph(self.word(Label::NoLiquidation))];
        }
        let rows = liquidations.iter().map(|q| self.liquidation_row(q)).collect();
        let equations = liquidations
            .iter()
            .map(|q| {
                self.l.say(&Message::NumberedEquation {
                    number: q.number,
                    equation: Counted::Liquidation(q).equation(self.currency),
                })
            })
            .collect();
        vec![
            Block::Table {
                header: [
                    vec!["#".to_string()],
                    self.header([
                        Label::Decided,
                        Label::Period,
                        Label::Days,
                        Label::Computed,
                        Label::Awarded,
                        Label::Moderation,
                        Label::Expected,
                    ]),
                ]
                .concat(),
                rows,
                numeric: vec![0, 3, 4, 5, 6, 7],
            },
            Block::List(equations),
        ]
    }

    fn liquidation_row(&self, q: &LiquidationReport) -> Vec<String> {
        let decision = decision(q);
        vec![
            q.number.to_string(),
            q.decided.map_or("—".into(), |d| self.date(d)),
            self.l.say(&Message::PeriodDates {
                from: q.from,
                through: q.through,
            }),
            days_cell(q.days, &q.segments, self.l),
            self.money(q.amount),
            match decision.status {
                Status::Projected => self.word(Label::Status(Status::Projected)),
                Status::Pronounced => decision.awarded.map_or("—".into(), |a| self.money(a)),
            },
            decision.moderation.map_or("—".into(), |m| self.money(m)),
            match decision.expected {
                Some((e, true)) => format!("{} ✓", self.money(e)),
                Some((e, false)) => format!("{} ✗", self.money(e)),
                None => "—".into(),
            },
        ]
    }

    /// The totals: liquidated (computed, awarded, projected), not yet liquidated, lump sums,
    /// computed and owed.
    fn totals(&self, t: &totals::Totals<'_>) -> Block {
        let fact = |label: String, a: Amount| (label, self.money(a.value));
        let mut facts = vec![
            fact(self.word(Label::LiquidatedAsComputed), t.liquidated),
            fact(self.word(Label::LiquidatedAsAwarded), t.awarded),
        ];
        facts.extend(t.projected.map(|p| fact(self.word(Label::LiquidatedProjected), p)));
        let not_yet = self.l.say(&Message::NotYetLiquidatedAsOf(Day::short(t.as_of)));
        facts.push(fact(not_yet, t.unliquidated));
        facts.extend(t.lump_sums.map(|l| fact(self.word(Label::LumpSums), l)));
        facts.push(fact(self.word(Label::TotalComputed), t.overall));
        facts.push(fact(self.word(Label::TotalOwed), t.owed));
        Block::Facts(facts)
    }
}
