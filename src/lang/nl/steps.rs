//! The derivation's steps in Dutch, worded from their facts ([`StepKind`]) as the French ones
//! are; and the legal sources as Dutch cites them (`lid`, not `al.`).

use chrono::NaiveDate;

use super::{NL, limit};
use crate::calendar::NonWorking;
use crate::lang::message::Arithmetic;
use crate::lang::{long_date, medium_date};
use crate::timelimit::{Distance, Step, StepKind, TimeLimit};

/// What the step did: `+ 2 maanden`.
pub(super) fn action(step: &Step) -> String {
    let with = |base: &str, obligation: &Option<String>| match obligation {
        Some(o) => format!("{base} ({o})"),
        None => base.to_string(),
    };
    match &step.kind {
        StepKind::Start { event, .. } => event_noun(event),
        StepKind::DistanceMonths { distance, .. } => format!("afstand + {}", limit(months(*distance))),
        StepKind::Months { span, .. } | StepKind::Days { span, .. } => format!("+ {}", limit(*span)),
        StepKind::DistanceDays { days, .. } => format!("afstand + {days} dagen"),
        StepKind::Franc { .. } => "délai franc (volle termijn)".into(),
        StepKind::NotExtended { .. } => "niet verlengd".into(),
        StepKind::Extended { .. } | StepKind::TwoWorkingDays { .. } => "verlengd".into(),
        StepKind::Deadline | StepKind::FixedByOrder { .. } => "einde van de termijn".into(),
        StepKind::FirstDayOfDelay => "eerste dag van niet-nakoming".into(),
        StepKind::PenaltyRuns { obligation } => with("aanvang van de dwangsom", obligation),
        StepKind::Complied { obligation } => with("nakoming", obligation),
    }
}

/// Why, in words a lawyer can check.
pub(super) fn rule(step: &Step) -> String {
    let day = |d: NaiveDate| long_date(d, NL);
    match &step.kind {
        StepKind::Start {
            event: e,
            limit: l,
            franc,
        } => {
            let base = format!(
                "de termijn van {} loopt vanaf {}; die dag telt niet mee",
                limit(*l),
                event(e)
            );
            if *franc {
                format!("{base} (délai franc, waarbij noch de eerste noch de laatste dag meetelt)")
            } else {
                base
            }
        }
        StepKind::DistanceMonths {
            distance,
            span,
            event: e,
        } => format!(
            "de termijn wordt verlengd voor {} tot {} vanaf {}",
            who(*distance),
            limit(*span),
            event(e)
        ),
        StepKind::Months {
            missing_day: Some(d), ..
        } => format!("deze maand heeft geen dag {d}, dus de termijn eindigt op de laatste dag van de maand"),
        StepKind::Months {
            to_eve: true, event: e, ..
        } => format!(
            "van de dag na {} tot de dag vóór het zelfde dagnummer van de laatste maand",
            event(e)
        ),
        StepKind::Months { .. } => "de dag van de laatste maand met hetzelfde dagnummer als de begindag".into(),
        StepKind::Days { after_months: true, .. } => "de dagen worden na de maanden geteld".into(),
        StepKind::Days { .. } => "vanaf de dag na de begindag".into(),
        StepKind::DistanceDays { distance, .. } => format!(
            "één afstandstermijn voor {}, toegevoegd vóór elke verlenging wegens zaterdag, zondag of feestdag",
            who(*distance)
        ),
        StepKind::Franc { expiry } => format!(
            "de dag waarop de termijn verstrijkt ({}) telt evenmin mee, dus de termijn loopt tot de volgende dag",
            day(*expiry)
        ),
        StepKind::NotExtended { limit: l } => format!(
            "de Atw verlengt geen termijn van meer dan 3 maanden, 12 weken of 90 dagen ({})",
            limit(*l)
        ),
        StepKind::Extended { day: d, reason } => format!(
            "{} is {}, dus de termijn loopt tot de volgende dag",
            day(*d),
            non_working(reason)
        ),
        StepKind::TwoWorkingDays { first, end } => format!(
            "van {} tot en met {} telt de termijn maar één dag die geen zaterdag, zondag of feestdag is; hij moet er twee tellen (Atw art. 3) en loopt dus tot {}",
            day(*first),
            day(*end),
            day(step.date)
        ),
        StepKind::Deadline => format!(
            "laatste dag om na te komen ({}); de termijn verstrijkt om 24.00 uur",
            day(step.date)
        ),
        StepKind::FixedByOrder { decided } => format!(
            "laatste dag om na te komen, vastgesteld in de beslissing van {}",
            medium_date(*decided, NL)
        ),
        StepKind::FirstDayOfDelay => {
            "de dag na het einde van de termijn, vanaf welke de dwangsom verbeurt voor elke eenheid waarin de beslissing niet is nageleefd".into()
        }
        StepKind::PenaltyRuns { .. } => "vanaf de datum die de beslissing vaststelt".into(),
        StepKind::Complied { .. } => {
            "eerste dag waarop de beslissing is nageleefd; die dag en de volgende tellen niet".into()
        }
    }
}

/// `19 okt. 2022 + 2 maanden = 19 dec. 2022`, `van 25 mrt. 2023 naar 27 mrt. 2023`.
pub(super) fn arithmetic(a: Arithmetic) -> String {
    match a {
        Arithmetic::Plus { from, span, to } => {
            format!("{} + {} = {}", medium_date(from, NL), limit(span), medium_date(to, NL))
        }
        Arithmetic::Moved { from, to } => {
            format!("van {} naar {}", medium_date(from, NL), medium_date(to, NL))
        }
    }
}

/// A legal source as Dutch cites it: the citations kept (`lid` for `al.`), the words around
/// them translated.
pub(super) fn source(text: &str) -> String {
    const WORDS: [(&str, &str); 23] = [
        (
            "the order, whose deadline is the last day to comply",
            "de beslissing, waarvan de termijn eindigt op de laatste dag om na te komen",
        ),
        (
            "the order, the day of the decision counted",
            "de beslissing, de dag van de beslissing meegeteld",
        ),
        (
            "the order, from its notification",
            "de beslissing, vanaf haar bekendmaking",
        ),
        ("the day after the decision", "de dag na de beslissing"),
        ("first bill from 5 July 2000", "eerste rekening vanaf 5 juli 2000"),
        ("the day after notification", "de dag na de bekendmaking"),
        ("calendar arithmetic, no extension", "kalenderrekening, geen verlenging"),
        (
            "Rules of Procedure of the Court of Justice",
            "Reglement voor de procesvoering van het Hof van Justitie",
        ),
        (
            "European Convention on the Calculation of Time-limits (Basel 1972)",
            "Europees Verdrag inzake de berekening van termijnen (Bazel 1972)",
        ),
        ("the order", "de beslissing"),
        ("the case file", "het dossier"),
        ("calendar arithmetic", "kalenderrekening"),
        ("Dutch practice", "Nederlandse praktijk"),
        ("Basel Convention", "Verdrag van Bazel"),
        ("Law of 30 May 1984", "wet van 30 mei 1984"),
        ("before a court seated overseas", "voor een gerecht overzee"),
        (
            "extension before the weekend rule",
            "afstandstermijn vóór de weekendregel",
        ),
        ("same day-number as", "zelfde dagnummer als"),
        ("; order ", "; beschikking "),
        (" al. ", " lid "),
        (" Oct 2018", " okt. 2018"),
        (" Dec 2006", " dec. 2006"),
        (" Sep 2014", " sep. 2014"),
    ];
    let mut out = text.to_string();
    for (en, nl) in WORDS {
        out = out.replace(en, nl);
    }
    paragraphs(&out.replace(" and ", " en "))
}

/// `art. 1(1)` written as Dutch cites it: `art. 1 lid 1`.
fn paragraphs(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let mut rest = text;
    while let Some(open) = rest.find('(') {
        let (before, after) = rest.split_at(open);
        let number_before = before.chars().last().is_some_and(|c| c.is_ascii_digit());
        let inner = after.get(1..).and_then(|a| a.split_once(')'));
        match inner {
            Some((digits, tail))
                if number_before && !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) =>
            {
                out.push_str(before);
                out.push_str(" lid ");
                out.push_str(digits);
                rest = tail;
            }
            _ => {
                out.push_str(before);
                out.push('(');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

fn months(distance: Distance) -> TimeLimit {
    TimeLimit {
        months: distance.months(),
        ..Default::default()
    }
}

fn who(distance: Distance) -> &'static str {
    match distance {
        Distance::Overseas => "een partij die overzee woont",
        Distance::Abroad => "een partij die in het buitenland woont",
        Distance::TenDays => "elke partij, wegens de afstand",
    }
}

/// The day as a sentence says it: `een zondag`, `een feestdag, Koningsdag`.
pub(super) fn non_working(reason: &NonWorking) -> String {
    match reason {
        NonWorking::Saturday => "een zaterdag".into(),
        NonWorking::Sunday => "een zondag".into(),
        NonWorking::Holiday(h) => format!("een feestdag, {}", h.name),
        NonWorking::Added(h) => format!("een aan de kalender toegevoegde dag ({})", h.name),
    }
}

/// The triggering event in a sentence (`de bekendmaking`), as the engine names it.
fn event(e: &str) -> String {
    match e {
        "notification" => "de bekendmaking".into(),
        "decision" => "de beslissing".into(),
        "service" => "de betekening".into(),
        "judgment" => "het vonnis".into(),
        other => other.to_string(),
    }
}

/// The event as the first step's action.
fn event_noun(e: &str) -> String {
    match e {
        "notification" => "bekendmaking".into(),
        "decision" => "beslissing".into(),
        "service" => "betekening".into(),
        "judgment" => "vonnis".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_is_a_lid() {
        assert_eq!(source("Atw art. 1(1)"), "Atw art. 1 lid 1");
        assert_eq!(source("CPC art. 641 al. 1 and 3"), "CPC art. 641 lid 1 en 3");
        assert_eq!(
            source("Nederlandse praktijk (cf. Awb art. 6:8)"),
            "Nederlandse praktijk (cf. Awb art. 6:8)"
        );
        assert_eq!(source("Rv 611a(3) (x)"), "Rv 611a(3) (x)");
    }
}
