//! The décompte of a case (`CaseReport::balance`): its lines as facts in display order, each
//! with the lines that detail it, for the table and the statements.

use crate::lang::Message;
use crate::lang::message::{BalanceMessage, InterestMessage};
use crate::report::{BalanceReport, CaseReport};

/// A line and the lines under it.
pub(crate) struct Group<'a> {
    pub line: Message<'a>,
    pub details: Vec<Detail<'a>>,
}

/// A line under another, with the source of its figure when it has one (an interest
/// period's rate).
pub(crate) struct Detail<'a> {
    pub line: Message<'a>,
    pub source: Option<Message<'a>>,
}

impl<'a> From<Message<'a>> for Detail<'a> {
    fn from(line: Message<'a>) -> Self {
        Detail { line, source: None }
    }
}

/// The décompte in display order.
pub(crate) struct Balance<'a> {
    pub terms: Message<'a>,
    /// Each sum: its line, then its interest periods (with their sources), capitalisations,
    /// what is still owed of it and its limitation.
    pub sums: Vec<Group<'a>>,
    pub costs: Vec<Message<'a>>,
    /// Each payment: its imputation, then what it paid of each sum when it paid several.
    pub payments: Vec<Group<'a>>,
    pub due: Message<'a>,
    /// What is time-barred, when anything is.
    pub barred: Option<Message<'a>>,
    /// The rules the figures rest on.
    pub notes: Vec<Message<'a>>,
}

/// `r`'s décompte, when the case has one.
pub(crate) fn balance(r: &CaseReport) -> Option<Balance<'_>> {
    let b = r.balance.as_ref()?;
    let say = Message::Balance;
    let sums = b
        .sums
        .iter()
        .map(|s| {
            let mut details = Vec::new();
            let mut capitalisations = s.capitalisations.iter().peekable();
            let capitalised = |capitalisation| {
                Message::Interest(InterestMessage::Capitalised {
                    capitalisation,
                    source: b.regime.capitalisation_source(),
                })
            };
            for period in &s.periods {
                // A capitalisation shows where it happens: before the period it starts.
                while let Some(c) = capitalisations.next_if(|c| c.date <= period.from) {
                    details.push(capitalised(c).into());
                }
                details.push(Detail {
                    line: Message::Interest(InterestMessage::Period { period, basis: b.basis }),
                    source: Some(Message::Interest(InterestMessage::Sources(period))),
                });
            }
            details.extend(capitalisations.map(|c| capitalised(c).into()));
            if !s.excluded {
                details.push(say(BalanceMessage::SumOwed(s)).into());
            }
            if let Some(limitation) = &s.limitation {
                details.push(
                    say(BalanceMessage::Limitation {
                        limitation,
                        excluded: s.excluded,
                    })
                    .into(),
                );
            }
            Group {
                line: say(BalanceMessage::Sum(s)),
                details,
            }
        })
        .collect();
    let payments = b
        .payments
        .iter()
        .map(|p| Group {
            line: say(BalanceMessage::Payment {
                payment: p,
                regime: b.regime,
            }),
            details: if p.parts.len() > 1 {
                p.parts
                    .iter()
                    .map(|part| say(BalanceMessage::PaymentPart(part)).into())
                    .collect()
            } else {
                Vec::new()
            },
        })
        .collect();
    Some(Balance {
        terms: say(BalanceMessage::Terms(b)),
        sums,
        costs: b.costs.iter().map(|c| say(BalanceMessage::Cost(c))).collect(),
        payments,
        due: say(BalanceMessage::Due { balance: b }),
        barred: (!b.time_barred.is_zero()).then(|| say(BalanceMessage::Barred(b))),
        notes: notes(b),
    })
}

fn notes(b: &BalanceReport) -> Vec<Message<'_>> {
    let mut notes = vec![
        Message::Balance(BalanceMessage::Rounding),
        Message::Balance(BalanceMessage::Imputation(b.regime)),
    ];
    notes.extend(b.limitation.as_ref().map(|r| Message::Balance(BalanceMessage::Rule(r))));
    if b.unconfirmed {
        notes.push(Message::Balance(BalanceMessage::Unconfirmed));
    }
    notes
}
