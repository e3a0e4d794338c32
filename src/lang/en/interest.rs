//! `astreinte interest` in English: its lines, and the conventions its figures rest on (the
//! JSON `notes`).

use rust_decimal::Decimal;

use super::EN;
use crate::interest::{Basis, Creditor, Period, Regime};
use crate::lang::message::{InterestMessage, InterestNote};
use crate::lang::{group, long_date, money_fixed, short_date};
use crate::money::Currency;

pub(super) fn message(message: InterestMessage<'_>) -> String {
    match message {
        InterestMessage::Heading {
            regime,
            creditor,
            principal,
            from,
            through,
            basis,
        } => {
            let creditor = creditor.map(|c| format!(", {}", creditor_words(c))).unwrap_or_default();
            format!(
                "Interest {regime}{creditor} on {} from {} through {} ({} days), {}",
                euros(principal),
                long_date(from, EN),
                long_date(through, EN),
                group((through - from).num_days() + 1, EN),
                basis.code(),
            )
        }
        InterestMessage::Capitalised {
            capitalisation: c,
            source,
        } => format!(
            "{}: {} of interest capitalised, principal now {} ({source})",
            short_date(c.date, EN),
            euros(c.amount),
            euros(c.principal)
        ),
        InterestMessage::Payment { payment: p, source } => {
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} to costs", euros(p.to_costs)));
            }
            parts.push(format!("{} to interest", euros(p.to_interest)));
            parts.push(format!("{} to principal", euros(p.to_principal)));
            if !p.unapplied.is_zero() {
                parts.push(format!("{} in excess", euros(p.unapplied)));
            }
            format!(
                "{}: payment of {}, {} ({source})",
                short_date(p.date, EN),
                euros(p.amount),
                parts.join(", ")
            )
        }
        InterestMessage::Period { period: p, basis } => format!(
            "{} to {}, {} days{}, rate {}, base {} = {}{}",
            short_date(p.from, EN),
            short_date(p.through, EN),
            group(p.days, EN),
            year(p, basis),
            percent(p.rate),
            euros(p.base),
            euros(p.amount),
            unconfirmed(p)
        ),
        InterestMessage::Sources(p) => {
            let rate = format!("{}: {}", percent(p.base_rate), p.rate_source);
            match p.points_source {
                Some(points) => format!("{rate}; + {} points: {points}", p.points.normalize()),
                None => rate,
            }
        }
        InterestMessage::Total(report) => {
            let total = euros(report.total);
            match report.periods.len() {
                0 => format!("Interest: {total}"),
                1..=12 => {
                    let parts: Vec<String> = report.periods.iter().map(|p| p.amount.to_string()).collect();
                    format!("Interest: {} = {total}", parts.join(" + "))
                }
                n => format!("Interest: {total} (the sum of the {n} periods, each rounded to the cent)"),
            }
        }
        InterestMessage::Owed {
            on,
            principal,
            interest,
            costs,
            total,
        } => {
            let costs = if costs.is_zero() {
                String::new()
            } else {
                format!(" + costs {}", euros(costs))
            };
            format!(
                "Owed on {}: principal {} + interest {}{costs} = {}",
                long_date(on, EN),
                euros(principal),
                euros(interest),
                total.map(euros).unwrap_or_default()
            )
        }
        InterestMessage::Note(note) => self::note(note),
    }
}

/// An amount in euros: `€2,000.00`.
fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, EN)
}

/// `4.29%`.
fn percent(rate: Decimal) -> String {
    format!("{}%", rate.normalize())
}

/// The days of the year a period's rate is divided by, when the basis counts them.
fn year(p: &Period, basis: Basis) -> String {
    match basis {
        Basis::Act365 => String::new(),
        Basis::ActAct => format!("/{}", p.year_days),
    }
}

fn unconfirmed(p: &Period) -> &'static str {
    if p.confirmed { "" } else { " [UNCONFIRMED]" }
}

fn creditor_words(c: Creditor) -> &'static str {
    match c {
        Creditor::Individual => "individual creditor (a natural person not acting for professional needs)",
        Creditor::Other => "other creditor",
    }
}

fn note(note: InterestNote<'_>) -> String {
    match note {
        InterestNote::DaysCounted => "days counted from the first day of interest through the last, both included (given a day of payment with --until, that day is not counted: service-public.fr fiche F783).".into(),
        InterestNote::Basis(Basis::Act365) => "each period: base × days × rate / 36,500, with 365 days even in a leap year (service-public.fr fiches F783 and F20688); rounded once to the cent, half up; the total is the sum of the rounded periods.".into(),
        InterestNote::Basis(Basis::ActAct) => "each period: base × days × rate / (100 × the days of its calendar year: 366 in a leap year) (act/act; service-public.fr uses 365); rounded once to the cent, half up; the total is the sum of the rounded periods.".into(),
        InterestNote::Majoration {
            enforceable: Some(enforceable),
            from: Some(from),
            ..
        } => format!(
            "CMF L313-3: the rate is majorated by 5 points from {from}, the day after the two months that followed {enforceable}, the day the decision became enforceable (CPC 641: the same day-number, or the month's last day)."
        ),
        InterestNote::Majoration { waived: true, .. } => {
            "CMF L313-3: the majoration was waived by the judge (--no-majoration).".into()
        }
        InterestNote::Majoration { .. } => {
            "CMF L313-3: no majoration, no day of enforceability was given (--enforceable).".into()
        }
        InterestNote::ReferenceDay { date, rule } => {
            format!("the ECB rate of {date} is fixed for the whole period ({rule}).")
        }
        InterestNote::Capitalisation {
            anchor: Some(anchor),
            regime,
        } => format!(
            "interest not paid is capitalised on each anniversary of {anchor} (29 February: 28 February in other years) ({}).",
            regime.capitalisation_source()
        ),
        InterestNote::Capitalisation {
            anchor: None,
            regime: Regime::FrLegal,
        } => "no capitalisation: C. civ. 1343-2 capitalises only when the contract or a decision says so (--capitalise).".into(),
        InterestNote::Capitalisation { anchor: None, regime } => {
            format!("simple interest: {}.", regime.capitalisation_source())
        }
        InterestNote::Imputation(regime) => format!(
            "payments go to costs, then interest, then principal, which they lower from their own day ({}).",
            regime.imputation_source()
        ),
        InterestNote::Unconfirmed => "UNCONFIRMED rates were used (--allow-unconfirmed): the periods marked so rest on a rate not found in a published text.".into(),
    }
}
