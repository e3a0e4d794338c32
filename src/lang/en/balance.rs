//! The décompte of `compute` in English (the section "Balance").

use rust_decimal::Decimal;

use super::EN;
use crate::balance::{Barred, Limitation, Start};
use crate::interest::{Creditor, Regime};
use crate::lang::message::BalanceMessage;
use crate::lang::{long_date, money_fixed, short_date};
use crate::money::Currency;

pub(super) fn message(message: BalanceMessage<'_>) -> String {
    match message {
        BalanceMessage::Terms(b) => {
            let creditor = match b.creditor {
                Some(Creditor::Individual) => ", individual creditor",
                Some(Creditor::Other) => ", other creditor",
                None => "",
            };
            let start = match b.interest_from {
                Start::Decision => "from the day after each liquidating decision".to_string(),
                Start::Service => "from the day after each decision was served".to_string(),
                Start::Date(d) => format!("from {} (or the day after a later decision)", short_date(d, EN)),
            };
            let capitalised = if b.capitalised {
                format!("capitalised each year ({})", b.regime.capitalisation_source())
            } else {
                "not capitalised".to_string()
            };
            let waived = if b.majoration_waived {
                "; CMF L313-3 majoration waived"
            } else {
                ""
            };
            format!(
                "Interest {}{creditor}, {}, {start}; {capitalised}{waived}",
                b.regime,
                b.basis.code()
            )
        }
        BalanceMessage::Sum(s) => {
            let served = s
                .served
                .map(|d| format!(", served {}", short_date(d, EN)))
                .unwrap_or_default();
            let interest = match (s.excluded, s.interest_from) {
                (true, _) => "time-barred, left out of the balance".to_string(),
                (false, Some(from)) => format!("interest from {}", short_date(from, EN)),
                (false, None) => "no day of interest by the as-of date".to_string(),
            };
            format!(
                "Liquidation no. {}, decided {}{served}: {}; {interest}",
                s.liquidation,
                short_date(s.decided, EN),
                euros(s.amount)
            )
        }
        BalanceMessage::SumOwed(s) => format!(
            "Interest {}; still owed: principal {}, interest {}",
            euros(s.interest),
            euros(s.outstanding_principal),
            euros(s.outstanding_interest)
        ),
        BalanceMessage::Limitation { limitation: l, excluded } => match l.status {
            Barred::No if l.first_barred == l.barred => {
                format!("Time-barred from {}", short_date(l.barred, EN))
            }
            Barred::No => format!(
                "Time-barred day by day: its first days from {}, all of it from {}",
                short_date(l.first_barred, EN),
                short_date(l.barred, EN)
            ),
            Barred::Partly => format!(
                "PARTLY TIME-BARRED: its first days since {}, all of it from {}",
                short_date(l.first_barred, EN),
                short_date(l.barred, EN)
            ),
            Barred::Wholly if excluded => format!(
                "TIME-BARRED since {}: left out of the balance",
                short_date(l.barred, EN)
            ),
            Barred::Wholly => format!(
                "TIME-BARRED since {}: still counted (exclude_barred = true leaves it out)",
                short_date(l.barred, EN)
            ),
        },
        BalanceMessage::Cost(c) => format!("{}: {}, {}", short_date(c.date, EN), c.label, euros(c.amount)),
        BalanceMessage::Payment { payment: p, regime } => {
            let note = p.note.as_ref().map(|n| format!(" ({n})")).unwrap_or_default();
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} to costs", euros(p.to_costs)));
            }
            parts.push(format!("{} to interest", euros(p.to_interest)));
            parts.push(format!("{} to principal", euros(p.to_principal)));
            if !p.unapplied.is_zero() {
                parts.push(format!("{} unapplied", euros(p.unapplied)));
            }
            format!(
                "{}: payment of {}{note}, applied {} ({}; {})",
                short_date(p.date, EN),
                euros(p.amount),
                parts.join(", "),
                oldest_first(regime),
                regime.imputation_source()
            )
        }
        BalanceMessage::PaymentPart(p) => format!(
            "of which liquidation no. {}: {} costs, {} interest, {} principal",
            p.liquidation,
            euros(p.to_costs),
            euros(p.to_interest),
            euros(p.to_principal)
        ),
        BalanceMessage::Due { balance: b } => format!(
            "Balance due on {}: principal {} + interest {} + costs {} = {} (sums {}, interest accrued {}, costs {}, paid {})",
            long_date(b.as_of, EN),
            euros(b.outstanding.principal),
            euros(b.outstanding.interest),
            euros(b.outstanding.costs),
            euros(b.due),
            euros(b.principal),
            euros(b.interest),
            euros(b.costs_total),
            euros(b.paid)
        ),
        BalanceMessage::Barred(b) => format!(
            "Time-barred on the as-of date: {}, of which {} left out of the balance",
            euros(b.time_barred),
            euros(b.excluded)
        ),
        BalanceMessage::Rule(r) => {
            let unconfirmed = if r.confirmed { "" } else { ", UNCONFIRMED" };
            format!(
                "Limitation ({}{unconfirmed}): {}; {}; {}",
                r.rule,
                term(r.rule),
                r.source,
                r.caveat
            )
        }
        BalanceMessage::Imputation(regime) => format!(
            "Payments go to the oldest sum first (the one whose interest started first: {}), and within it to costs, then interest, then principal ({}); a payment made before a sum's interest starts lowers the sum itself; costs are imputed with the oldest sum.",
            oldest_first(regime),
            regime.imputation_source()
        ),
        BalanceMessage::Rounding => "Interest runs from each sum's first day of interest through the day before the as-of date (the as-of date is taken as the day of payment, not counted: service-public.fr fiche F783); each period is rounded once to the cent, half up, and the interest is the sum of the rounded periods; nothing else is rounded.".to_string(),
        BalanceMessage::Unconfirmed => "A rate or a limitation rule marked UNCONFIRMED was used (allow_unconfirmed = true): check it against the published text.".to_string(),
    }
}

/// The rule that imputes a payment to the oldest of several debts.
fn oldest_first(regime: Regime) -> &'static str {
    match regime {
        Regime::NlLegal | Regime::NlCommercial => "BW 6:43 lid 2",
        Regime::BeLegal => "former C. civ. art. 1256",
        Regime::FrLegal | Regime::EuEcb | Regime::Fixed => "C. civ. 1342-10",
    }
}

fn term(rule: Limitation) -> &'static str {
    match rule {
        Limitation::FrJudgment => "ten years from the liquidating decision's service (or the decision)",
        Limitation::NlAwb => "one year after each day forfeited",
        Limitation::NlRv => "six months after each day forfeited",
        Limitation::Be => "six months from each day incurred",
    }
}

fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, EN)
}
