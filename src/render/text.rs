//! Wording shared by the human-readable renderers, in the language asked for.

use rust_decimal::Decimal;

use crate::case::{Partial, Per};
use crate::lang::{self, Lang, long_date, money_with_compact, rate};
use crate::money::Currency;
use crate::report::{CaseReport, Segment};

/// `52 days × €100,000 = €5,200,000 (€5.2M)`: how a total is made, term by term; `cut` is
/// what the case's cap removed from the sum of the terms.
pub fn equation(segments: &[Segment], cut: Decimal, total: Decimal, currency: Currency, language: Lang) -> String {
    let money = |a| lang::money(a, currency, language);
    if segments.is_empty() {
        let nothing = match language {
            Lang::En => "nothing forfeited",
            Lang::Fr => "rien d'encouru",
        };
        return format!("{nothing} = {}", money(total));
    }
    let mut terms: Vec<String> = segments.iter().map(|s| term(s, currency, language)).collect();
    if cut > Decimal::ZERO {
        let cap = match language {
            Lang::En => "case cap",
            Lang::Fr => "plafond de l'affaire",
        };
        terms.push(format!("− {} ({cap})", money(cut)));
    }
    format!(
        "{} = {}",
        terms.join(" + "),
        lang::money_with_compact(total, currency, language)
    )
}

/// One segment as a term: `5 weeks × €5,000,000`, `10/31 of a month × €3,100`,
/// `1 week × €5,000,000 capped at €2,000,000`.
pub fn term(s: &Segment, currency: Currency, language: Lang) -> String {
    let rate = lang::money(s.rate, currency, language);
    let text = match (s.fraction, language) {
        (Some(f), Lang::En) => format!("{}/{} of a {} × {rate}", f.days, f.of, s.per.code()),
        (Some(f), Lang::Fr) => format!("{}/{} d'{} × {rate}", f.days, f.of, unit_with_article(s.per)),
        (None, _) => format!("{} × {rate}", lang::units(s.units, s.per, language)),
    };
    if s.capped > Decimal::ZERO {
        let capped = match language {
            Lang::En => "capped at",
            Lang::Fr => "plafonné à",
        };
        format!("{text} {capped} {}", lang::money(s.amount, currency, language))
    } else {
        text
    }
}

/// The days column of a period: `—` when it holds only violations (a sum per violation
/// counts no day of delay, and `0` would read as "no delay"), the grouped count otherwise.
pub fn days_cell(days: i64, segments: &[Segment], l: Lang) -> String {
    if !segments.is_empty() && segments.iter().all(|s| s.per == Per::Violation) {
        "—".to_string()
    } else {
        lang::group(days, l)
    }
}

/// `un mois`, `une semaine`: the unit with its French indefinite article.
fn unit_with_article(per: Per) -> String {
    let name = lang::unit_name(per, 1, Lang::Fr);
    match per {
        Per::Week | Per::Violation => format!("une {name}"),
        Per::Day | Per::Month | Per::Quarter | Per::Semester | Per::Year => format!("un {name}"),
    }
}

/// `, completed weeks count` / `, seules les unités achevées comptent (semaines)`.
pub fn partial_mode(mode: Partial, per: Per, l: Lang) -> String {
    match l {
        Lang::En => format!(", {} {}s count", mode.code(), per.code()),
        Lang::Fr => {
            let how = match mode {
                Partial::Completed => "seules les unités achevées comptent",
                Partial::Started => "toute unité commencée compte",
                Partial::Prorata => "une unité entamée compte au prorata des jours",
            };
            format!(", {how} ({})", lang::unit_name(per, 2, l))
        }
    }
}

/// `, reached on Mon 28 Mar 2022: nothing accrues after it`, or nothing when not reached.
pub fn cap_reached(day: Option<chrono::NaiveDate>, l: Lang) -> String {
    day.map(|d| match l {
        Lang::En => format!(", reached on {}: nothing accrues after it", long_date(d, l)),
        Lang::Fr => format!(", atteint le {} : plus rien ne court ensuite", long_date(d, l)),
    })
    .unwrap_or_default()
}

/// The penalties as they run, one line each, with their rate changes, suspensions and caps
/// on indented lines; then the case's cap and its lump sums.
pub fn penalty_lines(r: &CaseReport, l: Lang) -> Vec<String> {
    let cur = r.currency;
    let colon = l.tr(":", " :");
    let money = |a| lang::money(a, cur, l);
    let date = |d| lang::long_date(d, l);
    let mut lines = Vec::new();
    for p in &r.penalties {
        let name = p.obligation.as_deref().map(|o| format!(" ({o})")).unwrap_or_default();
        let until = match p.complied {
            Some(c) => format!(
                "{} {}",
                l.tr(", until compliance on", ", jusqu'à l'exécution le"),
                date(c)
            ),
            None => l
                .tr(", no compliance recorded", ", aucune exécution constatée")
                .to_string(),
        };
        let partial = p.partial.map(|m| partial_mode(m, p.per, l)).unwrap_or_default();
        lines.push(format!(
            "{}{name}{colon} {} {} {}{until}{partial}",
            l.tr("Penalty", "Astreinte"),
            rate(p.rate, p.per, cur, l),
            l.tr("from", "à compter du"),
            date(p.from)
        ));
        for c in &p.changes {
            lines.push(format!(
                "  {} {}{colon} {}",
                l.tr("from", "à compter du"),
                date(c.from),
                rate(c.rate, p.per, cur, l)
            ));
        }
        for s in &p.suspensions {
            let why = s.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
            lines.push(match l {
                Lang::En => format!(
                    "  suspended {} to {}{why}: {} running days deducted",
                    s.from,
                    s.through,
                    lang::group(s.days, l)
                ),
                Lang::Fr => format!(
                    "  suspendue du {} au {}{why} : {} jours courus déduits",
                    lang::short_date(s.from, l),
                    lang::short_date(s.through, l),
                    lang::group(s.days, l)
                ),
            });
        }
        if let Some(cap) = p.cap {
            lines.push(format!(
                "  {} {}{}",
                l.tr("cap", "plafond"),
                money(cap),
                cap_reached(p.cap_reached, l)
            ));
        }
    }
    if let Some(cap) = r.cap {
        lines.push(format!(
            "{}{colon} {}{}",
            l.tr("Cap for the whole case", "Plafond pour l'ensemble de l'affaire"),
            money(cap),
            cap_reached(r.cap_reached, l)
        ));
    }
    for s in &r.lump_sums {
        let why = s.reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default();
        lines.push(format!(
            "{}{why}{colon} {} {} {}",
            l.tr("Lump sum", "Somme forfaitaire"),
            money_with_compact(s.amount, cur, l),
            l.tr("owed from", "due à compter du"),
            date(s.date)
        ));
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equation_reads_like_the_headline() {
        let eur: Currency = "EUR".parse().unwrap();
        let d = |y, m, day| chrono::NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let seg = Segment {
            obligation: None,
            from: d(2022, 12, 20),
            through: d(2023, 2, 9),
            days: 52,
            rate: Decimal::from(100_000),
            per: Per::Day,
            amount: Decimal::from(5_200_000),
            units: 52,
            fraction: None,
            forfeited: d(2023, 2, 9),
            capped: Decimal::ZERO,
        };
        let one = std::slice::from_ref(&seg);
        assert_eq!(
            equation(one, Decimal::ZERO, Decimal::from(5_200_000), eur, Lang::En),
            "52 days × €100,000 = €5,200,000 (€5.2M)"
        );
        assert_eq!(
            equation(one, Decimal::ZERO, Decimal::from(5_200_000), eur, Lang::Fr).replace(['\u{202F}', '\u{A0}'], " "),
            "52 jours × 100 000 € = 5 200 000 € (5,2 M€)"
        );
        let week = Segment {
            per: Per::Week,
            units: 1,
            days: 7,
            rate: Decimal::from(5_000_000),
            amount: Decimal::from(2_000_000),
            capped: Decimal::from(3_000_000),
            ..seg
        };
        assert_eq!(term(&week, eur, Lang::En), "1 week × €5,000,000 capped at €2,000,000");
        let month = Segment {
            per: Per::Month,
            units: 0,
            fraction: Some(crate::report::Fraction { days: 10, of: 31 }),
            capped: Decimal::ZERO,
            ..week
        };
        assert!(term(&month, eur, Lang::Fr).starts_with("10/31 d'un mois"));
        // A period of violations only has no days column; one with days keeps its count.
        let violation = Segment {
            per: Per::Violation,
            days: 0,
            ..month.clone()
        };
        assert_eq!(days_cell(0, std::slice::from_ref(&violation), Lang::En), "—");
        assert_eq!(days_cell(1384, &[violation, month], Lang::En), "1,384");
        assert_eq!(days_cell(0, &[], Lang::En), "0");
    }
}
