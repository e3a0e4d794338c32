//! The output of `astreinte interest`: lines for a person (English or French), or one JSON
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
use crate::interest::{Basis, Creditor, InterestReport, Period, Regime};
use crate::lang::{Lang, group, long_date, money_fixed, short_date};
use crate::money::Currency;

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
pub fn write_json(report: &InterestReport, out: &mut dyn Write) -> io::Result<()> {
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

/// `4.29%` / `4,29 %`.
fn percent(rate: Decimal, l: Lang) -> String {
    let text = rate.normalize().to_string();
    match l {
        Lang::En => format!("{text}%"),
        Lang::Fr => format!("{}\u{A0}%", text.replace('.', ",")),
    }
}

/// An amount in euros, the currency of every regime's table: `€2,000.00` / `2 000,00 €`.
fn money(amount: Decimal, l: Lang) -> String {
    match "EUR".parse::<Currency>() {
        Ok(eur) => money_fixed(amount, eur, l),
        Err(_) => amount.to_string(),
    }
}

/// An amount without its currency, as the parts of a sum are written: `14.34` / `14,34`.
fn figure(amount: Decimal, l: Lang) -> String {
    let text = amount.to_string();
    match l {
        Lang::En => text,
        Lang::Fr => text.replace('.', ","),
    }
}

fn creditor_words(c: Creditor, l: Lang) -> &'static str {
    match c {
        Creditor::Individual => l.tr(
            "individual creditor (a natural person not acting for professional needs)",
            "créancier personne physique n'agissant pas pour des besoins professionnels",
        ),
        Creditor::Other => l.tr("other creditor", "autre créancier"),
    }
}

/// The lines for a person: what is computed, each period with its arithmetic and source, the
/// capitalisations and payments in their place, the total, the balance, the conventions.
pub fn write_table(report: &InterestReport, out: &mut dyn Write, l: Lang) -> io::Result<()> {
    let days = (report.through - report.from).num_days() + 1;
    let creditor = report
        .creditor
        .map(|c| format!(", {}", creditor_words(c, l)))
        .unwrap_or_default();
    match l {
        Lang::En => writeln!(
            out,
            "Interest {}{creditor} on {} from {} through {} ({} days), {}",
            report.regime,
            money(report.principal, l),
            long_date(report.from, l),
            long_date(report.through, l),
            group(days, l),
            report.basis.code(),
        )?,
        Lang::Fr => writeln!(
            out,
            "Intérêts {}{creditor} sur {} du {} au {} inclus ({} jours), {}",
            report.regime,
            money(report.principal, l),
            long_date(report.from, l),
            long_date(report.through, l),
            group(days, l),
            report.basis.code(),
        )?,
    }
    let mut capitalisations = report.capitalisations.iter().peekable();
    let mut payments = report.payments.iter().peekable();
    let mut events_until = |out: &mut dyn Write, day: Option<NaiveDate>| -> io::Result<()> {
        let due = |d: NaiveDate| day.is_none_or(|day| d <= day);
        while let Some(c) = capitalisations.next_if(|c| due(c.date)) {
            let source = report.regime.capitalisation_source();
            match l {
                Lang::En => writeln!(
                    out,
                    "  {}: {} of interest capitalised, principal now {} ({source})",
                    short_date(c.date, l),
                    money(c.amount, l),
                    money(c.principal, l)
                )?,
                Lang::Fr => writeln!(
                    out,
                    "  {} : {} d'intérêts capitalisés, principal porté à {} ({source})",
                    short_date(c.date, l),
                    money(c.amount, l),
                    money(c.principal, l)
                )?,
            }
        }
        while let Some(p) = payments.next_if(|p| due(p.date)) {
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} {}", money(p.to_costs, l), l.tr("to costs", "aux frais")));
            }
            parts.push(format!(
                "{} {}",
                money(p.to_interest, l),
                l.tr("to interest", "aux intérêts")
            ));
            parts.push(format!(
                "{} {}",
                money(p.to_principal, l),
                l.tr("to principal", "au principal")
            ));
            if !p.unapplied.is_zero() {
                parts.push(format!(
                    "{} {}",
                    money(p.unapplied, l),
                    l.tr("in excess", "en excédent")
                ));
            }
            let label = l.tr("payment of", "paiement de");
            let sep = l.tr(": ", " : ");
            writeln!(
                out,
                "  {}{sep}{label} {}, {} ({})",
                short_date(p.date, l),
                money(p.amount, l),
                parts.join(", "),
                report.regime.imputation_source()
            )?;
        }
        Ok(())
    };
    for p in &report.periods {
        events_until(out, Some(p.from))?;
        writeln!(out, "  {}", period_line(p, report.basis, l))?;
        writeln!(out, "      {}", source_line(p, l))?;
    }
    events_until(out, None)?;
    writeln!(out, "{}", total_line(report, l))?;
    let end = report.through.succ_opt().unwrap_or(report.through);
    let owed = crate::money::exact::add(report.outstanding.principal, report.outstanding.interest)
        .and_then(|sum| crate::money::exact::add(sum, report.outstanding.costs));
    let total = owed.map(|t| money(t, l)).unwrap_or_default();
    let costs = if report.outstanding.costs.is_zero() {
        String::new()
    } else {
        format!(" + {} {}", l.tr("costs", "frais"), money(report.outstanding.costs, l))
    };
    match l {
        Lang::En => writeln!(
            out,
            "Owed on {}: principal {} + interest {}{costs} = {total}",
            long_date(end, l),
            money(report.outstanding.principal, l),
            money(report.outstanding.interest, l),
        )?,
        Lang::Fr => writeln!(
            out,
            "Restant dû le {} : principal {} + intérêts {}{costs} = {total}",
            long_date(end, l),
            money(report.outstanding.principal, l),
            money(report.outstanding.interest, l),
        )?,
    }
    for note in notes(report, l) {
        writeln!(out, "{} {note}", l.tr("Note:", "Remarque :"))?;
    }
    Ok(())
}

/// `2015-09-18 to 2015-11-17, 61 days, rate 4.29%, base €2,000.00 = €14.34`, or the French
/// "du ... au ..., N jours, taux X %, base Y = Z".
fn period_line(p: &Period, basis: Basis, l: Lang) -> String {
    let year = match basis {
        Basis::Act365 => String::new(),
        Basis::ActAct => format!("/{}", p.year_days),
    };
    let mark = if p.confirmed { "" } else { " [UNCONFIRMED]" };
    match l {
        Lang::En => format!(
            "{} to {}, {} days{year}, rate {}, base {} = {}{mark}",
            short_date(p.from, l),
            short_date(p.through, l),
            group(p.days, l),
            percent(p.rate, l),
            money(p.base, l),
            money(p.amount, l)
        ),
        Lang::Fr => format!(
            "du {} au {}, {} jours{year}, taux {}, base {} = {}{mark}",
            short_date(p.from, l),
            short_date(p.through, l),
            group(p.days, l),
            percent(p.rate, l),
            money(p.base, l),
            money(p.amount, l)
        ),
    }
}

/// The rate's source, and the points added with theirs: `4.29%: Arrêté du 24 juin 2015; + 5
/// points: CMF L313-3`.
fn source_line(p: &Period, l: Lang) -> String {
    let colon = l.tr(": ", " : ");
    let rate = format!("{}{colon}{}", percent(p.base_rate, l), p.rate_source);
    match p.points_source {
        Some(points) => format!(
            "{rate}{}+ {} points{colon}{points}",
            l.tr("; ", " ; "),
            figure(p.points.normalize(), l)
        ),
        None => rate,
    }
}

/// `Interest: 14.34 + 22.40 + 52.27 = €89.01`; past a dozen parts, their number only.
fn total_line(report: &InterestReport, l: Lang) -> String {
    let label = l.tr("Interest:", "Intérêts :");
    let total = money(report.total, l);
    match report.periods.len() {
        0 => format!("{label} {total}"),
        1..=12 => {
            let parts: Vec<_> = report.periods.iter().map(|p| figure(p.amount, l)).collect();
            format!("{label} {} = {total}", parts.join(" + "))
        }
        n => match l {
            Lang::En => format!("{label} {total} (the sum of the {n} periods, each rounded to the cent)"),
            Lang::Fr => format!("{label} {total} (somme des {n} périodes, chacune arrondie au centime)"),
        },
    }
}

/// The conventions the figures rest on, each with its source, in the run's language (JSON:
/// English).
pub fn notes(report: &InterestReport, l: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    notes.push(
        l.tr(
            "days counted from the first day of interest through the last, both included (given a day of payment with --until, that day is not counted: service-public.fr fiche F783).",
            "jours comptés du premier jour d'intérêts au dernier, tous deux inclus (avec --until, le jour du paiement n'est pas compté : service-public.fr, fiche F783).",
        )
        .to_string(),
    );
    notes.push(match report.basis {
        Basis::Act365 => l
            .tr(
                "each period: base × days × rate / 36,500, with 365 days even in a leap year (service-public.fr fiches F783 and F20688); rounded once to the cent, half up; the total is the sum of the rounded periods.",
                "chaque période : base × jours × taux / 36 500, 365 jours même en année bissextile (service-public.fr, fiches F783 et F20688) ; arrondie une fois au centime le plus proche, la moitié vers le haut ; le total est la somme des périodes arrondies.",
            )
            .to_string(),
        Basis::ActAct => l
            .tr(
                "each period: base × days × rate / (100 × the days of its calendar year: 366 in a leap year) (act/act; service-public.fr uses 365); rounded once to the cent, half up; the total is the sum of the rounded periods.",
                "chaque période : base × jours × taux / (100 × jours de son année civile : 366 en année bissextile) (exact/exact ; service-public.fr retient 365) ; arrondie une fois au centime, la moitié vers le haut ; le total est la somme des périodes arrondies.",
            )
            .to_string(),
    });
    if report.regime == Regime::FrLegal {
        notes.push(majoration_note(report, l));
    }
    if let Some(reference) = report.reference_day {
        notes.push(match l {
            Lang::En => format!(
                "the ECB rate of {} is fixed for the whole period ({}).",
                reference.date, reference.rule
            ),
            Lang::Fr => format!(
                "le taux de la BCE du {} vaut pour toute la période ({}).",
                short_date(reference.date, l),
                reference.rule
            ),
        });
    }
    notes.push(match (report.capitalisation_anchor, l) {
        (Some(anchor), Lang::En) => format!(
            "interest not paid is capitalised on each anniversary of {anchor} (29 February: 28 February in other years) ({}).",
            report.regime.capitalisation_source()
        ),
        (Some(anchor), Lang::Fr) => format!(
            "les intérêts non payés sont capitalisés à chaque anniversaire du {} (29 février : 28 février les autres années) ({}).",
            short_date(anchor, l),
            report.regime.capitalisation_source()
        ),
        (None, _) => match report.regime {
            Regime::FrLegal => l
                .tr(
                    "no capitalisation: C. civ. 1343-2 capitalises only when the contract or a decision says so (--capitalise).",
                    "pas de capitalisation : C. civ. 1343-2 ne capitalise que si le contrat ou une décision le prévoit (--capitalise).",
                )
                .to_string(),
            _ => format!("{} {}.", l.tr("simple interest:", "intérêts simples :"), report.regime.capitalisation_source()),
        },
    });
    notes.push(match l {
        Lang::En => format!(
            "payments go to costs, then interest, then principal, which they lower from their own day ({}).",
            report.regime.imputation_source()
        ),
        Lang::Fr => format!(
            "les paiements s'imputent sur les frais, puis les intérêts, puis le principal, qu'ils réduisent dès leur date ({}).",
            report.regime.imputation_source()
        ),
    });
    if report.unconfirmed {
        notes.push(
            l.tr(
                "UNCONFIRMED rates were used (--allow-unconfirmed): the periods marked so rest on a rate not found in a published text.",
                "des taux NON CONFIRMÉS ont été utilisés (--allow-unconfirmed) : les périodes ainsi marquées reposent sur un taux introuvable dans un texte publié.",
            )
            .to_string(),
        );
    }
    notes
}

fn majoration_note(report: &InterestReport, l: Lang) -> String {
    match (report.enforceable, report.majoration_from, report.majoration_waived, l) {
        (Some(enforceable), Some(from), _, Lang::En) => format!(
            "CMF L313-3: the rate is majorated by 5 points from {from}, the day after the two months that followed {enforceable}, the day the decision became enforceable (CPC 641: the same day-number, or the month's last day)."
        ),
        (Some(enforceable), Some(from), _, Lang::Fr) => format!(
            "CMF L313-3 : taux majoré de 5 points à compter du {}, lendemain de l'expiration des deux mois suivant le {}, jour où la décision est devenue exécutoire (CPC art. 641 : même quantième, ou dernier jour du mois).",
            short_date(from, l),
            short_date(enforceable, l)
        ),
        (_, _, true, _) => l
            .tr(
                "CMF L313-3: the majoration was waived by the judge (--no-majoration).",
                "CMF L313-3 : le juge a exonéré le débiteur de la majoration (--no-majoration).",
            )
            .to_string(),
        _ => l
            .tr(
                "CMF L313-3: no majoration, no day of enforceability was given (--enforceable).",
                "CMF L313-3 : pas de majoration, faute de date à laquelle la décision est devenue exécutoire (--enforceable).",
            )
            .to_string(),
    }
}
