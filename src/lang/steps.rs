//! The derivation's steps worded in each language.
//!
//! A [`Step`] carries its facts as data (its [`StepKind`]) and words them in English itself
//! (what JSON shows); French output words the kind afresh, so that a translation never
//! depends on parsing English sentences. The legal sources are short citations; [`source`]
//! gives their French form.

use chrono::{Days, NaiveDate};

use super::dates::medium_date;
use super::words::{event, limit};
use super::{Lang, long_date};
use crate::calendar::NonWorking;
use crate::timelimit::{Distance, Step, StepKind};

/// What the step did: `+ 2 months` / `+ 2 mois`.
pub fn step_action(step: &Step, lang: Lang) -> String {
    if lang == Lang::En {
        return step.action().into_owned();
    }
    let with = |base: &str, obligation: &Option<String>| match obligation {
        Some(o) => format!("{base} ({o})"),
        None => base.to_string(),
    };
    match &step.kind {
        StepKind::Start { event: e, .. } => e_fr_noun(e),
        StepKind::DistanceMonths { distance, .. } => format!("distance + {}", limit(months(*distance), lang)),
        StepKind::Months { span, .. } | StepKind::Days { span, .. } => format!("+ {}", limit(*span, lang)),
        StepKind::DistanceDays { days, .. } => format!("distance + {days} jours"),
        StepKind::Franc { .. } => "délai franc".into(),
        StepKind::NotExtended { .. } => "non prorogé".into(),
        StepKind::Extended { .. } | StepKind::TwoWorkingDays { .. } => "prorogé".into(),
        StepKind::Deadline | StepKind::FixedByOrder { .. } => "échéance".into(),
        StepKind::FirstDayOfDelay => "premier jour de retard".into(),
        StepKind::PenaltyRuns { obligation } => with("point de départ de l'astreinte", obligation),
        StepKind::Complied { obligation } => with("exécution", obligation),
    }
}

/// Why, in words a lawyer can check.
pub fn step_rule(step: &Step, lang: Lang) -> String {
    if lang == Lang::En {
        return step.rule().into_owned();
    }
    let day = |d: NaiveDate| long_date(d, lang);
    match &step.kind {
        StepKind::Start {
            event: e,
            limit: l,
            franc,
        } => {
            let base = format!(
                "le délai de {} court à compter de {} ; ce jour ne compte pas",
                limit(*l, lang),
                event(e, lang)
            );
            if *franc {
                format!("{base} (délai franc : ni le premier ni le dernier jour ne comptent)")
            } else {
                base
            }
        }
        StepKind::DistanceMonths {
            distance,
            span,
            event: e,
        } => format!(
            "le délai est augmenté pour {} : {} à compter de {}",
            who(*distance),
            limit(*span, lang),
            event(e, lang)
        ),
        StepKind::Months {
            missing_day: Some(d), ..
        } => format!("ce mois n'a pas de jour {d} : le délai expire le dernier jour du mois"),
        StepKind::Months {
            to_eve: true, event: e, ..
        } => format!(
            "du lendemain de {} à la veille du jour de même quantième du dernier mois (de quantième à veille de quantième)",
            event(e, lang)
        ),
        StepKind::Months { .. } => "le jour du dernier mois qui porte le même quantième que le jour de départ".into(),
        StepKind::Days { after_months: true, .. } => "les jours se comptent après les mois".into(),
        StepKind::Days { .. } => "à compter du lendemain du jour de départ".into(),
        StepKind::DistanceDays { distance, .. } => format!(
            "un délai de distance unique pour {}, ajouté avant toute prorogation pour samedi, dimanche ou jour férié",
            who(*distance)
        ),
        StepKind::Franc { expiry } => format!(
            "le jour de l'échéance ({}) ne compte pas non plus : le délai court jusqu'au lendemain",
            day(*expiry)
        ),
        StepKind::NotExtended { limit: l } => format!(
            "l'Atw ne proroge pas un délai de plus de 3 mois, 12 semaines ou 90 jours ({})",
            limit(*l, lang)
        ),
        StepKind::Extended { day: d, reason } => format!(
            "le {} est un jour non ouvré ({}) : le délai court jusqu'au lendemain",
            day(*d),
            non_working(reason)
        ),
        StepKind::TwoWorkingDays { first, end } => format!(
            "du {} au {}, le délai ne compte qu'un jour qui n'est ni un samedi, ni un dimanche, ni un jour férié ; il doit en compter deux : il court jusqu'au {}",
            day(*first),
            day(*end),
            day(step.date)
        ),
        StepKind::Deadline => format!(
            "dernier jour pour s'exécuter ({}) ; le délai expire à vingt-quatre heures",
            day(step.date)
        ),
        StepKind::FixedByOrder { decided } => format!(
            "fixée par la décision du {} : dernier jour pour s'exécuter",
            medium_date(*decided, lang)
        ),
        StepKind::FirstDayOfDelay => {
            "le lendemain de l'échéance : l'astreinte court pour chaque jour où la décision n'est pas exécutée".into()
        }
        StepKind::PenaltyRuns { .. } => "à compter de la date fixée par la décision".into(),
        StepKind::Complied { .. } => {
            "premier jour où la décision est exécutée : ni ce jour ni les suivants ne comptent".into()
        }
    }
}

/// The date arithmetic a step performs, when it performs one: `19 Oct 2022 + 2 months =
/// 19 Dec 2022`. `start` is the day the limit runs from, `previous` the date of the step before.
///
/// ```
/// use astreinte::calendar::{Calendar, CalendarId};
/// use astreinte::lang::{arithmetic, Lang};
/// use astreinte::timelimit::{derive_deadline, RuleSet};
/// let from = chrono::NaiveDate::from_ymd_opt(2022, 10, 19).unwrap();
/// let d = derive_deadline(from, "notification", "2 months".parse().unwrap(),
///                         RuleSet::FrCpc, &Calendar::new(CalendarId::Fr)).unwrap();
/// assert_eq!(arithmetic(&d.steps[1], from, from, Lang::En).as_deref(),
///            Some("19 Oct 2022 + 2 months = 19 Dec 2022"));
/// assert_eq!(arithmetic(&d.steps[1], from, from, Lang::Fr).as_deref(),
///            Some("19 oct. 2022 + 2 mois = 19 déc. 2022"));
/// ```
pub fn arithmetic(step: &Step, start: NaiveDate, previous: NaiveDate, lang: Lang) -> Option<String> {
    let d = |x: NaiveDate| medium_date(x, lang);
    let one_day = limit_days(1, lang);
    let to = d(step.date);
    match &step.kind {
        StepKind::Months { span, .. } => Some(format!("{} + {} = {to}", d(start), limit(*span, lang))),
        StepKind::Days { span, .. } => Some(format!("{} + {} = {to}", d(previous), limit(*span, lang))),
        StepKind::DistanceDays { days, .. } => Some(format!("{} + {} = {to}", d(previous), limit_days(*days, lang))),
        StepKind::Franc { expiry } => Some(format!("{} + {one_day} = {to}", d(*expiry))),
        StepKind::Extended { day, .. } => Some(format!("{} → {to}", d(*day))),
        StepKind::TwoWorkingDays { end, .. } => Some(format!("{} → {to}", d(*end))),
        StepKind::FirstDayOfDelay if previous.checked_add_days(Days::new(1)) == Some(step.date) => {
            Some(format!("{} + {one_day} = {to}", d(previous)))
        }
        _ => None,
    }
}

/// A legal source in the language asked for: citations are kept as they are cited, the
/// words around them translated.
///
/// ```
/// use astreinte::lang::{source, Lang};
/// assert_eq!(source("CPC art. 641 al. 1 and 3", Lang::Fr), "CPC art. 641 al. 1 et 3");
/// assert_eq!(source("the order", Lang::Fr), "la décision");
/// assert_eq!(source("the order", Lang::En), "the order");
/// ```
pub fn source(text: &str, lang: Lang) -> String {
    if lang == Lang::En {
        return text.to_string();
    }
    const WORDS: [(&str, &str); 17] = [
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
        ("; order ", " ; ordonnance "),
        ("délai franc: ", "délai franc : "),
        (" Oct 2018", " oct. 2018"),
        (" Dec 2006", " déc. 2006"),
        (" Sep 2014", " sept. 2014"),
    ];
    let mut out = text.to_string();
    for (en, fr) in WORDS {
        out = out.replace(en, fr);
    }
    out.replace(" and ", " et ").replace("; ", " ; ")
}

fn months(distance: Distance) -> crate::timelimit::TimeLimit {
    crate::timelimit::TimeLimit {
        months: distance.months(),
        ..Default::default()
    }
}

fn limit_days(days: u32, lang: Lang) -> String {
    limit(
        crate::timelimit::TimeLimit {
            days,
            ..Default::default()
        },
        lang,
    )
}

fn who(distance: Distance) -> &'static str {
    match distance {
        Distance::Overseas => "une partie demeurant outre-mer",
        Distance::Abroad => "une partie demeurant à l'étranger",
        Distance::TenDays => "toute partie, à raison de la distance",
    }
}

fn non_working(reason: &NonWorking) -> String {
    match reason {
        NonWorking::Saturday => "samedi".into(),
        NonWorking::Sunday => "dimanche".into(),
        NonWorking::Holiday(h) => format!("jour férié : {}", h.name),
    }
}

/// The event as the first step's action: `notification`, `décision`.
fn e_fr_noun(e: &str) -> String {
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
        let rules: Vec<String> = got.steps.iter().map(|s| step_rule(s, Lang::Fr)).collect();
        assert!(rules[0].starts_with("le délai de 10 jours court à compter de la notification"));
        assert!(rules.iter().any(|r| r.contains("(samedi)")), "{rules:#?}");
        assert!(rules.iter().any(|r| r.contains("(dimanche)")), "{rules:#?}");
        assert!(rules.last().unwrap().contains("lun. 27 mars 2023"), "{rules:#?}");
        let english: Vec<String> = got.steps.iter().map(|s| step_rule(s, Lang::En)).collect();
        assert_eq!(
            english,
            got.steps.iter().map(|s| s.rule().into_owned()).collect::<Vec<_>>()
        );
        let sat = &got.steps[2];
        assert_eq!(
            arithmetic(sat, d(2023, 3, 15), d(2023, 3, 25), Lang::Fr).as_deref(),
            Some("25 mars 2023 → 26 mars 2023")
        );
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
        let rules: Vec<String> = got.steps.iter().map(|s| step_rule(s, Lang::Fr)).collect();
        assert!(
            rules.iter().any(|r| r.contains("jour férié : Fête nationale")),
            "{rules:#?}"
        );
    }
}
