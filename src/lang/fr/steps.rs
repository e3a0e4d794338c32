//! The derivation's steps in French, worded afresh from their facts ([`StepKind`]), never by
//! translating the English sentences; and the legal sources as French cites them.

use chrono::NaiveDate;

use super::{FR, limit};
use crate::calendar::NonWorking;
use crate::lang::message::Arithmetic;
use crate::lang::{long_date, medium_date};
use crate::timelimit::{Distance, Step, StepKind, TimeLimit};

/// What the step did: `+ 2 mois`.
pub(super) fn action(step: &Step) -> String {
    let with = |base: &str, obligation: &Option<String>| match obligation {
        Some(o) => format!("{base} ({o})"),
        None => base.to_string(),
    };
    match &step.kind {
        StepKind::Start { event, .. } => event_noun(event),
        StepKind::DistanceMonths { distance, .. } => format!("distance + {}", limit(months(*distance))),
        StepKind::Months { span, .. } | StepKind::Days { span, .. } => format!("+ {}", limit(*span)),
        StepKind::DistanceDays { days, .. } => format!("distance + {days} jours"),
        StepKind::Franc { .. } => "délai franc".into(),
        StepKind::NotExtended { .. } => "non prorogé".into(),
        StepKind::Extended { .. } | StepKind::TwoWorkingDays { .. } => "prorogé".into(),
        StepKind::Deadline | StepKind::FixedByOrder { .. } => "échéance".into(),
        StepKind::FirstDayOfDelay => "premier jour de retard".into(),
        StepKind::PenaltyRuns { obligation } => with("point de départ de l’astreinte", obligation),
        StepKind::Complied { obligation } => with("exécution", obligation),
    }
}

/// Why, in words a lawyer can check.
pub(super) fn rule(step: &Step) -> String {
    let day = |d: NaiveDate| long_date(d, FR);
    match &step.kind {
        StepKind::Start {
            event: e,
            limit: l,
            franc,
        } => {
            let base = format!(
                "le délai de {} court à compter de {}\u{202F}; ce jour ne compte pas",
                limit(*l),
                event(e)
            );
            if *franc {
                format!("{base} (délai franc, où ni le premier ni le dernier jour ne comptent)")
            } else {
                base
            }
        }
        StepKind::DistanceMonths {
            distance,
            span,
            event: e,
        } => format!(
            "le délai est augmenté pour {} et porté à {} à compter de {}",
            who(*distance),
            limit(*span),
            event(e)
        ),
        StepKind::Months {
            missing_day: Some(d), ..
        } => format!("ce mois n’a pas de jour {d}, le délai expire donc le dernier jour du mois"),
        StepKind::Months {
            to_eve: true, event: e, ..
        } => format!(
            "du lendemain de {} à la veille du jour de même quantième du dernier mois (de quantième à veille de quantième)",
            event(e)
        ),
        StepKind::Months { .. } => "le jour du dernier mois qui porte le même quantième que le jour de départ".into(),
        StepKind::Days { after_months: true, .. } => "les jours se comptent après les mois".into(),
        StepKind::Days { .. } => "à compter du lendemain du jour de départ".into(),
        StepKind::DistanceDays { distance, .. } => format!(
            "un délai de distance unique pour {}, ajouté avant toute prorogation pour samedi, dimanche ou jour férié",
            who(*distance)
        ),
        StepKind::Franc { expiry } => format!(
            "le jour de l’échéance ({}) ne compte pas non plus, le délai court donc jusqu’au lendemain",
            day(*expiry)
        ),
        StepKind::NotExtended { limit: l } => format!(
            "l’Atw ne proroge pas un délai de plus de 3 mois, 12 semaines ou 90 jours ({})",
            limit(*l)
        ),
        StepKind::Extended { day: d, reason } => format!(
            "le {} est {}, le délai court donc jusqu’au lendemain",
            day(*d),
            non_working(reason)
        ),
        StepKind::TwoWorkingDays { first, end } => format!(
            "du {} au {}, le délai ne compte qu’un jour qui n’est ni un samedi, ni un dimanche, ni un jour férié\u{202F}; il doit en compter deux et court donc jusqu’au {}",
            day(*first),
            day(*end),
            day(step.date)
        ),
        StepKind::Deadline => format!(
            "dernier jour pour s’exécuter ({})\u{202F}; le délai expire à vingt-quatre heures",
            day(step.date)
        ),
        StepKind::FixedByOrder { decided } => format!(
            "dernier jour pour s’exécuter, fixé par la décision du {}",
            medium_date(*decided, FR)
        ),
        StepKind::FirstDayOfDelay => {
            "le lendemain de l’échéance, à compter duquel l’astreinte court pour chaque jour où la décision n’est pas exécutée"
                .into()
        }
        StepKind::PenaltyRuns { .. } => "à compter de la date fixée par la décision".into(),
        StepKind::Complied { .. } => {
            "premier jour où la décision est exécutée\u{202F}; ni ce jour ni les suivants ne comptent".into()
        }
    }
}

/// `19 oct. 2022 + 2 mois = 19 déc. 2022`, `25 mars 2023 → 26 mars 2023`.
pub(super) fn arithmetic(a: Arithmetic) -> String {
    match a {
        Arithmetic::Plus { from, span, to } => {
            format!("{} + {} = {}", medium_date(from, FR), limit(span), medium_date(to, FR))
        }
        Arithmetic::Moved { from, to } => format!("du {} au {}", medium_date(from, FR), medium_date(to, FR)),
    }
}

/// A legal source as French cites it: the citations kept, the words around them translated.
pub(super) fn source(text: &str) -> String {
    if let Some(first_day) = super::orders::first_day_source(text) {
        return first_day;
    }
    const WORDS: [(&str, &str); 19] = [
        (
            "the order, whose deadline is the last day to comply",
            "la décision, dont l’échéance est le dernier jour pour s’exécuter",
        ),
        ("the day after the decision", "le lendemain de la décision"),
        ("the day after notification", "le lendemain de la notification"),
        (
            "calendar arithmetic, no extension",
            "calcul calendaire, sans prorogation",
        ),
        (
            "Rules of Procedure of the Court of Justice",
            "Règlement de procédure de la Cour de justice",
        ),
        (
            "European Convention on the Calculation of Time-limits (Basel 1972)",
            "Convention européenne sur la computation des délais (Bâle, 1972)",
        ),
        ("the order", "la décision"),
        ("the case file", "le dossier"),
        ("calendar arithmetic", "calcul calendaire"),
        ("Dutch practice", "pratique néerlandaise"),
        ("Basel Convention", "Convention de Bâle"),
        ("Law of 30 May 1984", "loi du 30 mai 1984"),
        (
            "before a court seated overseas",
            "devant une juridiction siégeant outre-mer",
        ),
        (
            "extension before the weekend rule",
            "délai de distance avant la prorogation du week-end",
        ),
        ("same day-number as", "même quantième que"),
        ("; order ", "\u{202F}; ordonnance "),
        (" Oct 2018", " oct. 2018"),
        (" Dec 2006", " déc. 2006"),
        (" Sep 2014", " sept. 2014"),
    ];
    let mut out = text.to_string();
    for (en, fr) in WORDS {
        out = out.replace(en, fr);
    }
    out.replace(" and ", " et ").replace("; ", "\u{202F}; ")
}

fn months(distance: Distance) -> TimeLimit {
    TimeLimit {
        months: distance.months(),
        ..Default::default()
    }
}

fn who(distance: Distance) -> &'static str {
    match distance {
        Distance::Overseas => "une partie demeurant outre-mer",
        Distance::Abroad => "une partie demeurant à l’étranger",
        Distance::TenDays => "toute partie, à raison de la distance",
    }
}

/// The day as a sentence says it: `un dimanche`, `un jour férié, Fête nationale`.
pub(super) fn non_working(reason: &NonWorking) -> String {
    match reason {
        NonWorking::Saturday => "un samedi".into(),
        NonWorking::Sunday => "un dimanche".into(),
        NonWorking::Holiday(h) => format!("un jour férié, {}", h.name),
        NonWorking::Added(h) => format!("un jour ajouté au calendrier ({})", h.name),
    }
}

/// The triggering event in a sentence (`la notification`), as the engine names it
/// (`notification`, `decision`, `service`...).
fn event(e: &str) -> String {
    match e {
        "notification" => "la notification".into(),
        "decision" => "la décision".into(),
        "service" => "la signification".into(),
        "judgment" => "le jugement".into(),
        other => other.to_string(),
    }
}

/// The event as the first step's action: `notification`, `décision`.
fn event_noun(e: &str) -> String {
    match e {
        "decision" => "décision".into(),
        "service" => "signification".into(),
        "judgment" => "jugement".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::{Calendar, CalendarId};
    use crate::timelimit::{RuleSet, derive_deadline};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn every_french_step_is_worded_in_french() {
        // 15 Mar 2023 + 10 days ends on a Saturday: extended twice.
        let got = derive_deadline(
            d(2023, 3, 15),
            "notification",
            "10 days".parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap();
        let rules: Vec<String> = got.steps.iter().map(rule).collect();
        assert!(rules[0].starts_with("le délai de 10 jours court à compter de la notification"));
        assert!(
            rules.iter().any(|r| r.contains("est un samedi, le délai court donc")),
            "{rules:#?}"
        );
        assert!(
            rules.iter().any(|r| r.contains("est un dimanche, le délai court donc")),
            "{rules:#?}"
        );
        assert!(rules.last().unwrap().contains("lun. 27 mars 2023"), "{rules:#?}");
    }

    #[test]
    fn holidays_keep_their_own_name_in_french() {
        let got = derive_deadline(
            d(2023, 6, 14),
            "notification",
            "1 month".parse().unwrap(),
            RuleSet::FrCpc,
            &Calendar::new(CalendarId::Fr),
        )
        .unwrap();
        let rules: Vec<String> = got.steps.iter().map(rule).collect();
        assert!(
            rules
                .iter()
                .any(|r| r.contains("est un jour férié, Fête nationale, le délai")),
            "{rules:#?}"
        );
    }

    #[test]
    fn sources_keep_their_citations() {
        assert_eq!(source("CPC art. 641 al. 1 and 3"), "CPC art. 641 al. 1 et 3");
        assert_eq!(source("the order"), "la décision");
    }
}
