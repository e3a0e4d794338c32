//! Units and time limits in words, in each language.

use super::{Lang, group};
use crate::case::Per;
use crate::timelimit::TimeLimit;

/// The name of a penalty unit, singular for a count of 1, plural otherwise: `days` / `jours`,
/// `month` / `mois` (in English, the unit's code as case files write it).
///
/// ```
/// use astreinte::case::Per;
/// use astreinte::lang::{unit_name, Lang};
/// assert_eq!(unit_name(Per::Week, 2, Lang::Fr), "semaines");
/// assert_eq!(unit_name(Per::Month, 2, Lang::Fr), "mois");
/// assert_eq!(unit_name(Per::Day, 1, Lang::En), "day");
/// ```
pub fn unit_name(per: Per, count: i64, lang: Lang) -> String {
    let one = count == 1;
    match lang {
        Lang::En if one => per.code().to_string(),
        Lang::En => format!("{}s", per.code()),
        Lang::Fr => {
            let (singular, plural) = match per {
                Per::Day => ("jour", "jours"),
                Per::Week => ("semaine", "semaines"),
                Per::Month => ("mois", "mois"),
                Per::Quarter => ("trimestre", "trimestres"),
                Per::Semester => ("semestre", "semestres"),
                Per::Year => ("an", "ans"),
                Per::Violation => ("manquement", "manquements"),
            };
            (if one { singular } else { plural }).to_string()
        }
    }
}

/// `52 days` / `52 jours`, `1 week` / `1 semaine`.
pub fn units(n: i64, per: Per, lang: Lang) -> String {
    format!("{} {}", group(n, lang), unit_name(per, n, lang))
}

/// A time limit in words: `1 month 15 days` / `1 mois 15 jours`.
pub fn limit(l: TimeLimit, lang: Lang) -> String {
    if lang == Lang::En {
        return l.to_string();
    }
    let parts = [
        (l.years, Per::Year),
        (l.months, Per::Month),
        (l.weeks, Per::Week),
        (l.days, Per::Day),
    ];
    parts
        .into_iter()
        .filter(|(c, _)| *c > 0)
        .map(|(c, unit)| units(i64::from(c), unit, lang))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The triggering event of a limit, in French when asked (`notification`, `decision`,
/// `service`... as the engine names them).
pub(crate) fn event(e: &str, lang: Lang) -> String {
    match (lang, e) {
        (Lang::En, _) => e.to_string(),
        (Lang::Fr, "notification") => "la notification".into(),
        (Lang::Fr, "decision") => "la décision".into(),
        (Lang::Fr, "service") => "la signification".into(),
        (Lang::Fr, "judgment") => "le jugement".into(),
        (Lang::Fr, other) => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_in_french() {
        let l: TimeLimit = "1 an 2 mois 1 semaine 3 jours".parse().unwrap();
        assert_eq!(limit(l, Lang::Fr), "1 an 2 mois 1 semaine 3 jours");
        assert_eq!(limit("2 days".parse().unwrap(), Lang::Fr), "2 jours");
        assert_eq!(limit("2 days".parse().unwrap(), Lang::En), "2 days");
    }
}
