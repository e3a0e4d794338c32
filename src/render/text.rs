//! Wording shared by the human-readable renderers.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::money::{Currency, format_compact, format_money};
use crate::report::Segment;

/// `Mon 19 Dec 2022`.
pub fn long_date(d: NaiveDate) -> String {
    d.format("%a %-d %b %Y").to_string()
}

/// `€100,000/day`.
pub fn rate(segment_rate: Decimal, per: &str, currency: Currency) -> String {
    format!("{}/{per}", format_money(segment_rate, currency))
}

/// `€5,200,000 (€5.2M)`, or just the exact figure when a compact one adds nothing.
pub fn money_with_compact(amount: Decimal, currency: Currency) -> String {
    let exact = format_money(amount, currency);
    match format_compact(amount, currency) {
        Some(short) if amount.abs() >= Decimal::from(1_000_000) => format!("{exact} ({short})"),
        _ => exact,
    }
}

/// `52 days × €100,000 = €5,200,000 (€5.2M)`: how a total is made, term by term; `cut` is
/// what the case's cap removed from the sum of the terms.
pub fn equation(segments: &[Segment], cut: Decimal, total: Decimal, currency: Currency) -> String {
    if segments.is_empty() {
        return format!("nothing forfeited = {}", format_money(total, currency));
    }
    let mut terms: Vec<String> = segments.iter().map(|s| term(s, currency)).collect();
    if cut > Decimal::ZERO {
        terms.push(format!("− {} (case cap)", format_money(cut, currency)));
    }
    format!("{} = {}", terms.join(" + "), money_with_compact(total, currency))
}

/// One segment as a term: `5 weeks × €5,000,000`, `10/31 of a month × €3,100`,
/// `1 week × €5,000,000 capped at €2,000,000`.
pub fn term(s: &Segment, currency: Currency) -> String {
    let rate = format_money(s.rate, currency);
    let text = match s.fraction {
        Some(f) => format!("{}/{} of a {} × {rate}", f.days, f.of, s.per),
        None => format!("{} × {rate}", units(s.units, &s.per)),
    };
    if s.capped > Decimal::ZERO {
        format!("{text} capped at {}", format_money(s.amount, currency))
    } else {
        text
    }
}

/// `1 week`, `52 days`, `9 violations`.
pub fn units(n: i64, per: &str) -> String {
    if n == 1 {
        format!("1 {per}")
    } else {
        format!("{} {per}s", group(n))
    }
}

/// `1,384`.
pub fn group(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
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
        assert_eq!(
            equation(std::slice::from_ref(&seg), Decimal::ZERO, Decimal::from(5_200_000), eur),
            "52 days × €100,000 = €5,200,000 (€5.2M)"
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
        assert_eq!(term(&week, eur), "1 week × €5,000,000 capped at €2,000,000");
        assert_eq!(group(1384), "1,384");
        assert_eq!(group(-1000), "-1,000");
    }
}
