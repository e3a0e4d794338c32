//! A statement (*décompte*): everything a reader needs to check a case's figures line by
//! line, as a neutral list of blocks that the `markdown` and `html` renderers write out, laid
//! out from the case's sections (`render/sections/`).
//!
//! Its order is the order of the reasoning: who and what, the derivation of the deadline with
//! each rule's source, the penalties as they run, the cumulative chart (HTML), every segment
//! counted, each liquidation computed and awarded, the totals, and the rules applied.

use std::path::Path;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::sections::periods::{self, Counted, decision};
use super::sections::{balance, derivation, orders, penalties, rules, totals};
use super::text::days_cell;
use crate::case::filing::Role;
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
    /// A table; `numeric` lists the columns to align right, `dates` those holding dates,
    /// which a printed page never wraps.
    Table {
        header: Vec<String>,
        rows: Vec<Vec<String>>,
        numeric: Vec<usize>,
        dates: Vec<usize>,
    },
    /// A list of sentences.
    List(Vec<String>),
    /// A sentence on its own.
    Paragraph(String),
    /// Where the chart of the cumulative amount goes (drawn by the HTML writer only).
    Chart,
    /// The close: who drew the statement up, where and when, and the place for a signature.
    Signature { drawn_up: String, signature: String },
}

/// A statement for one case.
#[derive(Debug, Clone)]
pub(crate) struct Statement {
    pub title: String,
    pub blocks: Vec<Block>,
    /// What a printed page repeats at its top: the docket number or reference, and the parties
    /// (or the title).
    pub running_header: String,
}

/// Builds the statement of `r` in `l`; `cwd`, the working directory, is what an absolute path
/// of the case file is shown relative to.
pub(crate) fn build(r: &CaseReport, l: Lang, cwd: Option<&Path>) -> Statement {
    let s = Writer {
        l,
        currency: r.currency,
        french: orders::french(r),
        cwd,
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
    let mut sections = vec![
        (
            Label::DeadlineAndFirstDay,
            [s.derivation(r)]
                .into_iter()
                .chain(derivation::caveat(r).map(|c| {
                    let caveat = l.say(&Message::Caveat(c));
                    Block::Paragraph(l.say(&Message::NoteText(&caveat)))
                }))
                .collect(),
        ),
        (Label::ThePenalty, vec![Block::List(penalties), Block::Chart]),
        (Label::PeriodsCounted, vec![s.periods(&periods)]),
        (Label::LiquidationsComputedAndAwarded, s.liquidations(&periods)),
        (
            Label::Totals,
            [vec![s.totals(&totals::totals(r))], s.orders_totals(r)].concat(),
        ),
        (Label::RulesApplied, vec![Block::List(rules)]),
    ];
    if let Some(b) = balance::balance(r) {
        // After the totals, before the rules applied.
        sections.insert(5, (Label::Balance, s.balance(&b)));
    }
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
    if let Some(d) = &r.filing.drawn_up {
        blocks.push(Block::Signature {
            drawn_up: l.say(&Message::DrawnUp {
                by: d.by.as_deref(),
                at: d.at.as_deref(),
                on: d.on,
            }),
            signature: l.word(Label::Signature).into(),
        });
    }
    Statement {
        title: l.say(&Message::StatementTitle {
            title: &r.title,
            rules: r.rules,
        }),
        blocks,
        running_header: running_header(r, l),
    }
}

/// The docket number (or else the reference) and the parties (the first creditor against the
/// first debtor, or else the title).
fn running_header(r: &CaseReport, l: Lang) -> String {
    let party = |role| {
        r.filing
            .parties
            .iter()
            .find(|p| p.role == role)
            .map(|p| p.name.as_str())
    };
    let sides = match (party(Role::Creditor), party(Role::Debtor)) {
        (Some(first), Some(second)) => l.say(&Message::Versus { first, second }),
        _ => r.title.clone(),
    };
    match r.filing.docket.as_ref().or(r.reference.as_ref()) {
        Some(number) => format!("{number} · {sides}"),
        None => sides,
    }
}

/// The case file as a statement names it: never a path of the machine it was computed on. A
/// relative path is shown as given; an absolute one relative to the working directory when it
/// is under it, else by its file name alone.
pub(crate) fn shown_path(file: &str, cwd: Option<&Path>) -> String {
    let path = Path::new(file);
    if !path.is_absolute() {
        return file.to_string();
    }
    if let Some(relative) = cwd.and_then(|c| path.strip_prefix(c).ok()) {
        return relative.to_string_lossy().into_owned();
    }
    path.file_name()
        .map_or_else(|| file.to_string(), |name| name.to_string_lossy().into_owned())
}

/// How one case's statement is written: the run's language, the case's currency, the working
/// directory.
struct Writer<'p> {
    l: Lang,
    currency: Currency,
    /// Whether the case is French: its judge's figures cite the CPCE or the CJA.
    french: bool,
    cwd: Option<&'p Path>,
}

impl Writer<'_> {
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
        let f = &r.filing;
        let mut facts = vec![(self.word(Label::Case), r.title.clone())];
        if let Some(court) = &f.court {
            facts.push((self.word(Label::Court), court.clone()));
        }
        if let Some(docket) = &f.docket {
            facts.push((self.word(Label::Docket), docket.clone()));
        }
        if let Some(a) = &r.authority {
            facts.push((self.word(Label::Authority), a.clone()));
        }
        if let Some(reference) = &r.reference {
            facts.push((self.word(Label::Reference), reference.clone()));
        }
        for p in &f.parties {
            let party = Message::Party {
                name: &p.name,
                represented_by: p.represented_by.as_deref(),
                served: p.served,
            };
            facts.push((self.word(Label::Role(p.role)), self.l.say(&party)));
        }
        if let Some(served) = f.served {
            facts.push((
                self.word(Label::OrderServedOn),
                lang::written(
                    Day {
                        date: served,
                        form: DateForm::Full,
                    },
                    self.l,
                ),
            ));
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
                format!("{}:{}", shown_path(&r.source.file, self.cwd), r.source.line),
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
                vec![self.word(Label::Number)],
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
            dates: vec![1],
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
            dates: vec![1, 2, 5],
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
        let rulings: Vec<String> = liquidations
            .iter()
            .flat_map(|q| {
                orders::ruling(q, self.currency, self.french)
                    .into_iter()
                    .map(|line| self.l.say(&Message::NumberedRuling { number: q.number, line }))
            })
            .collect();
        let rulings = (!rulings.is_empty()).then_some(Block::List(rulings));
        [
            Block::Table {
                header: [
                    vec![self.word(Label::Number)],
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
                dates: vec![1, 2],
            },
            Block::List(equations),
        ]
        .into_iter()
        .chain(rulings)
        .collect()
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

    /// Under the totals: each share's total, then the successive totals of a history of
    /// astreintes, each as a list when the case has any.
    fn orders_totals(&self, r: &CaseReport) -> Vec<Block> {
        let say = |messages: Vec<Message<'_>>| messages.iter().map(|m| self.l.say(m)).collect::<Vec<_>>();
        let shares = say(orders::share_totals(r));
        let successive = say(orders::successive(r));
        let titled = |label: Label, lines: Vec<String>| {
            (!lines.is_empty()).then(|| {
                vec![
                    Block::Paragraph(format!("{}{}", self.word(label), self.l.word(Label::Colon))),
                    Block::List(lines),
                ]
            })
        };
        [
            titled(Label::Shares, shares),
            titled(Label::SuccessiveTotals, successive),
        ]
        .into_iter()
        .flatten()
        .flatten()
        .collect()
    }

    /// The décompte: its terms, each sum with its interest lines ("du ... au ..., N jours,
    /// taux X %, base Y = Z"), the costs, the payments and their imputation, the balance due,
    /// and the rules it rests on.
    fn balance(&self, b: &balance::Balance<'_>) -> Vec<Block> {
        let say = |m: &Message<'_>| self.l.say(m);
        // A period and its rate's source on one line: "du ... au ..., N jours, taux X %, base
        // Y = Z (source)".
        let detail = |d: &balance::Detail<'_>| match &d.source {
            Some(source) => format!("{} ({})", say(&d.line), say(source)),
            None => say(&d.line),
        };
        let mut blocks = vec![Block::Paragraph(say(&b.terms))];
        for group in &b.sums {
            blocks.push(Block::Paragraph(say(&group.line)));
            blocks.push(Block::List(group.details.iter().map(detail).collect()));
        }
        if !b.costs.is_empty() {
            blocks.push(Block::List(b.costs.iter().map(say).collect()));
        }
        for group in &b.payments {
            blocks.push(Block::Paragraph(say(&group.line)));
            if !group.details.is_empty() {
                blocks.push(Block::List(group.details.iter().map(detail).collect()));
            }
        }
        blocks.push(Block::Paragraph(say(&b.due)));
        blocks.extend(b.barred.as_ref().map(|m| Block::Paragraph(say(m))));
        blocks.push(Block::List(b.notes.iter().map(say).collect()));
        blocks
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
        facts.extend(t.suppressed.map(|s| fact(self.word(Label::Suppressed), s)));
        facts.push(fact(self.word(Label::TotalComputed), t.overall));
        facts.push(fact(self.word(Label::TotalOwed), t.owed));
        Block::Facts(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_machine_path_is_never_shown() {
        let cwd = Path::new("/srv/dossiers");
        assert_eq!(shown_path("/srv/dossiers/2024/x.toml", Some(cwd)), "2024/x.toml");
        assert_eq!(shown_path("/home/me/secret/x.toml", Some(cwd)), "x.toml");
        assert_eq!(shown_path("/home/me/secret/x.toml", None), "x.toml");
        assert_eq!(shown_path("examples/x.toml", Some(cwd)), "examples/x.toml");
        assert_eq!(shown_path("<stdin>", Some(cwd)), "<stdin>");
    }
}
