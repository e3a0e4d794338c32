//! `astreinte interest` in Dutch: its lines, and the conventions its figures rest on.

use rust_decimal::Decimal;

use super::NL;
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
                "Rente {regime}{creditor} over {} van {} tot en met {} ({} dagen), {}",
                euros(principal),
                long_date(from, NL),
                long_date(through, NL),
                group((through - from).num_days() + 1, NL),
                basis.code(),
            )
        }
        InterestMessage::Capitalised {
            capitalisation: c,
            source,
        } => format!(
            "{}: {} rente gekapitaliseerd, hoofdsom nu {} ({source})",
            short_date(c.date, NL),
            euros(c.amount),
            euros(c.principal)
        ),
        InterestMessage::Payment { payment: p, source } => {
            let mut parts = Vec::new();
            if !p.to_costs.is_zero() {
                parts.push(format!("{} op de kosten", euros(p.to_costs)));
            }
            parts.push(format!("{} op de rente", euros(p.to_interest)));
            parts.push(format!("{} op de hoofdsom", euros(p.to_principal)));
            if !p.unapplied.is_zero() {
                parts.push(format!("{} te veel", euros(p.unapplied)));
            }
            format!(
                "{}: betaling van {}, {} ({source})",
                short_date(p.date, NL),
                euros(p.amount),
                parts.join(", ")
            )
        }
        InterestMessage::Period { period: p, basis } => format!(
            "{} tot en met {}, {} dagen{}, rente {}, grondslag {} = {}{}",
            short_date(p.from, NL),
            short_date(p.through, NL),
            group(p.days, NL),
            year(p, basis),
            percent(p.rate),
            euros(p.base),
            euros(p.amount),
            unconfirmed(p)
        ),
        InterestMessage::Sources(p) => {
            let rate = format!("{}: {}", percent(p.base_rate), p.rate_source);
            match p.points_source {
                Some(points) => format!("{rate}; + {} procentpunt: {points}", figure(p.points.normalize())),
                None => rate,
            }
        }
        InterestMessage::Total(report) => {
            let total = euros(report.total);
            match report.periods.len() {
                0 => format!("Rente: {total}"),
                1..=12 => {
                    let parts: Vec<String> = report.periods.iter().map(|p| figure(p.amount)).collect();
                    format!("Rente: {} = {total}", parts.join(" + "))
                }
                n => format!("Rente: {total} (de som van de {n} perioden, elk afgerond op de cent)"),
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
                format!(" + kosten {}", euros(costs))
            };
            format!(
                "Verschuldigd op {}: hoofdsom {} + rente {}{costs} = {}",
                long_date(on, NL),
                euros(principal),
                euros(interest),
                total.map(euros).unwrap_or_default()
            )
        }
        InterestMessage::Note(note) => self::note(note),
    }
}

/// An amount in euros: `€ 2.000,00`.
fn euros(amount: Decimal) -> String {
    money_fixed(amount, Currency::EUR, NL)
}

/// A figure with a decimal comma: `4,29`.
fn figure(value: Decimal) -> String {
    value.to_string().replace('.', ",")
}

/// `4,29%`.
fn percent(rate: Decimal) -> String {
    format!("{}%", figure(rate.normalize()))
}

/// The days of the year a period's rate is divided by, when the basis counts them.
fn year(p: &Period, basis: Basis) -> String {
    match basis {
        Basis::Act365 => String::new(),
        Basis::ActAct => format!("/{}", p.year_days),
    }
}

fn unconfirmed(p: &Period) -> &'static str {
    if p.confirmed { "" } else { " [NIET BEVESTIGD]" }
}

fn creditor_words(c: Creditor) -> &'static str {
    match c {
        Creditor::Individual => "schuldeiser natuurlijke persoon die niet handelt voor beroepsdoeleinden",
        Creditor::Other => "andere schuldeiser",
    }
}

fn note(note: InterestNote<'_>) -> String {
    match note {
        InterestNote::DaysCounted => "dagen geteld van de eerste tot en met de laatste dag van rente (met --until telt de dag van betaling niet mee: service-public.fr, fiche F783).".into(),
        InterestNote::Basis(Basis::Act365) => "elke periode: grondslag × dagen × rente / 36.500, 365 dagen ook in een schrikkeljaar (service-public.fr, fiches F783 en F20688); één keer afgerond op de cent, de helft naar boven; het totaal is de som van de afgeronde perioden.".into(),
        InterestNote::Basis(Basis::ActAct) => "elke periode: grondslag × dagen × rente / (100 × de dagen van haar kalenderjaar: 366 in een schrikkeljaar) (act/act; service-public.fr rekent met 365); één keer afgerond op de cent, de helft naar boven; het totaal is de som van de afgeronde perioden.".into(),
        InterestNote::Majoration {
            enforceable: Some(enforceable),
            from: Some(from),
            ..
        } => format!(
            "CMF L313-3: de rente wordt met 5 procentpunt verhoogd vanaf {}, de dag na de twee maanden die volgden op {}, de dag waarop de beslissing uitvoerbaar werd (CPC art. 641: hetzelfde dagnummer, of de laatste dag van de maand).",
            short_date(from, NL),
            short_date(enforceable, NL)
        ),
        InterestNote::Majoration { waived: true, .. } => {
            "CMF L313-3: de rechter heeft de schuldenaar van de verhoging vrijgesteld (--no-majoration).".into()
        }
        InterestNote::Majoration { .. } => {
            "CMF L313-3: geen verhoging, want er is geen dag van uitvoerbaarheid opgegeven (--enforceable).".into()
        }
        InterestNote::ReferenceDay { date, rule } => {
            format!("de ECB-rente van {} geldt voor de hele periode ({rule}).", short_date(date, NL))
        }
        InterestNote::Capitalisation {
            anchor: Some(anchor),
            regime,
        } => format!(
            "onbetaalde rente wordt gekapitaliseerd op elke verjaardag van {} (29 februari: 28 februari in andere jaren) ({}).",
            short_date(anchor, NL),
            regime.capitalisation_source()
        ),
        InterestNote::Capitalisation {
            anchor: None,
            regime: Regime::FrLegal,
        } => "geen kapitalisatie: C. civ. 1343-2 kapitaliseert alleen als de overeenkomst of een beslissing dat bepaalt (--capitalise).".into(),
        InterestNote::Capitalisation { anchor: None, regime } => {
            format!("enkelvoudige rente: {}.", regime.capitalisation_source())
        }
        InterestNote::Imputation(regime) => format!(
            "betalingen gaan eerst naar de kosten, dan naar de rente, dan naar de hoofdsom, die ze vanaf hun eigen dag verlagen ({}).",
            regime.imputation_source()
        ),
        InterestNote::Unconfirmed => "er zijn NIET BEVESTIGDE rentes gebruikt (--allow-unconfirmed): de zo gemarkeerde perioden berusten op een rente die niet in een gepubliceerde tekst is gevonden.".into(),
    }
}
