//! The output of `astreinte interest`: lines for a person (in the run's language), or one JSON
//! document.
//!
//! ```json
//! {"schema_version": 1, "regime": "fr-legal", "creditor": "individual", "basis": "act/365",
//!  "currency": "EUR", "from": "2015-09-18", "through": "2016-04-09", "principal": "2000.00",
//!  "periods": [{"from": "2015-09-18", "through": "2015-11-17", "days": 61, "base": "2000.00",
//!               "rate": "4.29", "amount": "14.34", "source": "Arrêté du 24 juin 2015 ..."}],
//!  "capitalisations": [], "payments": [], "total": "89.01",
//!  "outstanding": {"principal": "2000.00", "interest": "89.01"}, "notes": ["..."]}
//! ```

use std::io::{self, Write};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use super::SCHEMA_VERSION;
use crate::interest::{Creditor, InterestReport, Regime};
use crate::lang::message::{InterestMessage, InterestNote};
use crate::lang::{Lang, Message};

/// The JSON document.
#[derive(Debug, Serialize)]
struct Document {
    schema_version: u32,
    regime: &'static str,
    regime_source: &'static str,
    creditor: Option<&'static str>,
    basis: &'static str,
    currency: &'static str,
    from: NaiveDate,
    through: NaiveDate,
    principal: Decimal,
    enforceable: Option<NaiveDate>,
    majoration_from: Option<NaiveDate>,
    capitalisation_anchor: Option<NaiveDate>,
    rate_reference: Option<Reference>,
    periods: Vec<JsonPeriod>,
    capitalisations: Vec<JsonCapitalisation>,
    payments: Vec<JsonPayment>,
    total: Decimal,
    outstanding: Owed,
    unconfirmed: bool,
    notes: Vec<String>,
}

#[derive(Debug, Serialize)]
struct Reference {
    date: NaiveDate,
    rule: &'static str,
}

#[derive(Debug, Serialize)]
struct JsonPeriod {
    from: NaiveDate,
    through: NaiveDate,
    days: i64,
    base: Decimal,
    rate: Decimal,
    amount: Decimal,
    source: String,
    base_rate: Decimal,
    points: Decimal,
    year_days: i64,
    confirmed: bool,
}

#[derive(Debug, Serialize)]
struct JsonCapitalisation {
    date: NaiveDate,
    amount: Decimal,
    principal: Decimal,
}

#[derive(Debug, Serialize)]
struct JsonPayment {
    date: NaiveDate,
    amount: Decimal,
    #[serde(skip_serializing_if = "Decimal::is_zero")]
    to_costs: Decimal,
    to_interest: Decimal,
    to_principal: Decimal,
    unapplied: Decimal,
}

#[derive(Debug, Serialize)]
struct Owed {
    principal: Decimal,
    interest: Decimal,
    #[serde(skip_serializing_if = "Decimal::is_zero")]
    costs: Decimal,
}

/// `report` as one JSON document, `serde_json`'s pretty form.
pub(crate) fn write_json(report: &InterestReport, out: &mut dyn Write) -> io::Result<()> {
    let document = Document {
        schema_version: SCHEMA_VERSION,
        regime: report.regime.code(),
        regime_source: report.regime.source(),
        creditor: report.creditor.map(Creditor::code),
        basis: report.basis.code(),
        currency: "EUR",
        from: report.from,
        through: report.through,
        principal: report.principal,
        enforceable: report.enforceable,
        majoration_from: report.majoration_from,
        capitalisation_anchor: report.capitalisation_anchor,
        rate_reference: report.reference_day.map(|r| Reference {
            date: r.date,
            rule: r.rule,
        }),
        periods: report
            .periods
            .iter()
            .map(|p| JsonPeriod {
                from: p.from,
                through: p.through,
                days: p.days,
                base: p.base,
                rate: p.rate,
                amount: p.amount,
                source: p.source(),
                base_rate: p.base_rate,
                points: p.points.normalize(),
                year_days: p.year_days,
                confirmed: p.confirmed,
            })
            .collect(),
        capitalisations: report
            .capitalisations
            .iter()
            .map(|c| JsonCapitalisation {
                date: c.date,
                amount: c.amount,
                principal: c.principal,
            })
            .collect(),
        payments: report
            .payments
            .iter()
            .map(|p| JsonPayment {
                date: p.date,
                amount: p.amount,
                to_costs: p.to_costs,
                to_interest: p.to_interest,
                to_principal: p.to_principal,
                unapplied: p.unapplied,
            })
            .collect(),
        total: report.total,
        outstanding: Owed {
            principal: report.outstanding.principal,
            interest: report.outstanding.interest,
            costs: report.outstanding.costs,
        },
        unconfirmed: report.unconfirmed,
        notes: notes(report, Lang::En),
    };
    serde_json::to_writer_pretty(&mut *out, &document).map_err(io::Error::from)?;
    writeln!(out)
}

/// The lines for a person: what is computed, each period with its arithmetic and source, the
/// capitalisations and payments in their place, the total, the balance, the conventions.
pub(crate) fn write_table(report: &InterestReport, out: &mut dyn Write, l: Lang) -> io::Result<()> {
    let say = |m| l.say(&Message::Interest(m));
    let heading = InterestMessage::Heading {
        regime: report.regime,
        creditor: report.creditor,
        principal: report.principal,
        from: report.from,
        through: report.through,
        basis: report.basis,
    };
    writeln!(out, "{}", say(heading))?;
    let mut capitalisations = report.capitalisations.iter().peekable();
    let mut payments = report.payments.iter().peekable();
    // The capitalisations and payments up to `day` (all that are left, for `None`).
    let mut events_until = |out: &mut dyn Write, day: Option<NaiveDate>| -> io::Result<()> {
        let due = |d: NaiveDate| day.is_none_or(|day| d <= day);
        while let Some(capitalisation) = capitalisations.next_if(|c| due(c.date)) {
            let source = report.regime.capitalisation_source();
            writeln!(
                out,
                "  {}",
                say(InterestMessage::Capitalised { capitalisation, source })
            )?;
        }
        while let Some(payment) = payments.next_if(|p| due(p.date)) {
            let source = report.regime.imputation_source();
            writeln!(out, "  {}", say(InterestMessage::Payment { payment, source }))?;
        }
        Ok(())
    };
    for period in &report.periods {
        events_until(out, Some(period.from))?;
        let basis = report.basis;
        writeln!(out, "  {}", say(InterestMessage::Period { period, basis }))?;
        writeln!(out, "      {}", say(InterestMessage::Sources(period)))?;
    }
    events_until(out, None)?;
    writeln!(out, "{}", say(InterestMessage::Total(report)))?;
    let owed = &report.outstanding;
    let total = crate::money::exact::add(owed.principal, owed.interest)
        .and_then(|sum| crate::money::exact::add(sum, owed.costs))
        .ok();
    let owed = InterestMessage::Owed {
        on: report.through.succ_opt().unwrap_or(report.through),
        principal: owed.principal,
        interest: owed.interest,
        costs: owed.costs,
        total,
    };
    writeln!(out, "{}", say(owed))?;
    for note in notes(report, l) {
        writeln!(out, "{}", l.say(&Message::NoteText(&note)))?;
    }
    Ok(())
}

/// The conventions the figures rest on, each with its source, in the run's language (JSON:
/// English).
pub(crate) fn notes(report: &InterestReport, l: Lang) -> Vec<String> {
    conventions(report)
        .into_iter()
        .map(|note| l.say(&Message::Interest(InterestMessage::Note(note))))
        .collect()
}

/// The conventions `report` rests on, in the order they are noted.
fn conventions(report: &InterestReport) -> Vec<InterestNote<'_>> {
    let mut notes = vec![InterestNote::DaysCounted, InterestNote::Basis(report.basis)];
    if report.regime == Regime::FrLegal {
        notes.push(InterestNote::Majoration {
            enforceable: report.enforceable,
            from: report.majoration_from,
            waived: report.majoration_waived,
        });
    }
    if let Some(reference) = report.reference_day {
        notes.push(InterestNote::ReferenceDay {
            date: reference.date,
            rule: reference.rule,
        });
    }
    notes.push(InterestNote::Capitalisation {
        anchor: report.capitalisation_anchor,
        regime: report.regime,
    });
    notes.push(InterestNote::Imputation(report.regime));
    if report.unconfirmed {
        notes.push(InterestNote::Unconfirmed);
    }
    notes
}
