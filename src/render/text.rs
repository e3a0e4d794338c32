//! Wording shared by the human-readable renderers, in the language asked for.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::lang::{self, Lang};
use crate::money::Currency;
use crate::report::Segment;

/// `Mon 19 Dec 2022` / `lun. 19 déc. 2022`.
pub fn long_date(d: NaiveDate, language: Lang) -> String {
    lang::long_date(d, language)
}

/// `€100,000/day` / `100 000 €/jour`.
pub fn rate(segment_rate: Decimal, per: &str, currency: Currency, language: Lang) -> String {
    lang::rate(segment_rate, per, currency, language)
}

/// `€5,200,000 (€5.2M)`, or just the exact figure when a compact one adds nothing.
pub fn money_with_compact(amount: Decimal, currency: Currency, language: Lang) -> String {
    lang::money_with_compact(amount, currency, language)
}

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
        (Some(f), Lang::En) => format!("{}/{} of a {} × {rate}", f.days, f.of, s.per),
        (Some(f), Lang::Fr) => format!("{}/{} d'{} × {rate}", f.days, f.of, unit_with_article(&s.per)),
        (None, _) => format!("{} × {rate}", lang::units(s.units, &s.per, language)),
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

/// `1 week`, `52 days`, `9 violations` (in English; see [`lang::units`]).
pub fn units(n: i64, per: &str) -> String {
    lang::units(n, per, Lang::En)
}

/// `1,384`.
pub fn group(n: i64) -> String {
    lang::group(n, Lang::En)
}

/// `un mois`, `une semaine`: the unit with its French indefinite article.
fn unit_with_article(per: &str) -> String {
    let name = lang::unit_name(per, 1, Lang::Fr);
    if per == "week" || per == "violation" {
        format!("une {name}")
    } else {
        format!("un {name}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equation_reads_like_the_headline() {
        let eur: Currency = "EUR".parse().unwrap();
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        let seg = Segment {
            obligation: None,
            from: d(2022, 12, 20),
            through: d(2023, 2, 9),
            days: 52,
            rate: Decimal::from(100_000),
            per: "day".into(),
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
            equation(one, Decimal::ZERO, Decimal::from(5_200_000), eur, Lang::Fr)
                .replace(['\u{202F}', '\u{A0}'], " "),
            "52 jours × 100 000 € = 5 200 000 € (5,2 M€)"
        );
        let week = Segment {
            per: "week".into(),
            units: 1,
            days: 7,
            rate: Decimal::from(5_000_000),
            amount: Decimal::from(2_000_000),
            capped: Decimal::from(3_000_000),
            ..seg
        };
        assert_eq!(term(&week, eur, Lang::En), "1 week × €5,000,000 capped at €2,000,000");
        let month = Segment {
            per: "month".into(),
            units: 0,
            fraction: Some(crate::report::Fraction { days: 10, of: 31 }),
            capped: Decimal::ZERO,
            ..week
        };
        assert!(term(&month, eur, Lang::Fr).starts_with("10/31 d'un mois"));
        assert_eq!(group(1384), "1,384");
        assert_eq!(group(-1000), "-1,000");
    }
}
