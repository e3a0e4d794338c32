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

/// `52 days × €100,000 = €5,200,000 (€5.2M)`: how a total is made, term by term.
pub fn equation(segments: &[Segment], total: Decimal, currency: Currency) -> String {
    if segments.is_empty() {
        return format!("no day of delay = {}", format_money(total, currency));
    }
    let terms: Vec<String> = segments
        .iter()
        .map(|s| {
            let unit = if s.days == 1 {
                s.per.clone()
            } else {
                format!("{}s", s.per)
            };
            format!("{} {unit} × {}", group(s.days), format_money(s.rate, currency))
        })
        .collect();
    format!("{} = {}", terms.join(" + "), money_with_compact(total, currency))
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
        };
        assert_eq!(
            equation(&[seg], Decimal::from(5_200_000), eur),
            "52 days × €100,000 = €5,200,000 (€5.2M)"
        );
        assert_eq!(group(1384), "1,384");
        assert_eq!(group(-1000), "-1,000");
    }
}
