//! Money: exact decimal amounts, ISO 4217 currencies, and how they are written.
//!
//! Every amount is a [`rust_decimal::Decimal`] from the case file to the output: a penalty
//! figure that goes before a court must not pass through binary floating point.

use std::fmt;
use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

pub(crate) mod exact;

/// An ISO 4217 currency code, such as `EUR` or `USD`.
///
/// ```
/// use astreinte::money::Currency;
/// let eur: Currency = "EUR".parse().unwrap();
/// assert_eq!(eur.code(), "EUR");
/// assert_eq!(eur.minor_units(), 2);
/// assert!("euro".parse::<Currency>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Currency([u8; 3]);

/// Why a currency code was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct BadCurrency(pub String);

/// In English, as the catalogue words it.
impl std::fmt::Display for BadCurrency {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Currency(self.clone())))
    }
}

impl FromStr for Currency {
    type Err = BadCurrency;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.as_bytes() {
            // Codes are read whatever their case, as rule sets and calendars are (`eur` is
            // EUR), and written in capitals.
            [a, b, c] if [a, b, c].iter().all(|x| x.is_ascii_alphabetic()) => Ok(Currency([
                a.to_ascii_uppercase(),
                b.to_ascii_uppercase(),
                c.to_ascii_uppercase(),
            ])),
            _ => Err(BadCurrency(s.to_string())),
        }
    }
}

impl Currency {
    /// The euro: the currency of every interest regime's table.
    pub const EUR: Currency = Currency(*b"EUR");

    /// The three-letter code.
    #[allow(
        clippy::expect_used,
        reason = "the bytes were checked to be ASCII capitals when built"
    )]
    pub fn code(&self) -> &str {
        std::str::from_utf8(&self.0).expect("a currency's bytes are ASCII capitals (`from_str`)")
    }

    /// Digits after the decimal point in the currency's minor unit (ISO 4217 table A.1):
    /// 2 for most, 0 for JPY or KRW, 3 for the dinars of Bahrain, Jordan, Kuwait, Tunisia...
    pub fn minor_units(&self) -> u32 {
        // Matched on the bytes: comparing strings one by one cost more than a case's rate.
        match &self.0 {
            b"BIF" | b"CLP" | b"DJF" | b"GNF" | b"ISK" | b"JPY" | b"KMF" | b"KRW" | b"PYG" | b"RWF" | b"UGX"
            | b"UYI" | b"VND" | b"VUV" | b"XAF" | b"XOF" | b"XPF" => 0,
            b"BHD" | b"IQD" | b"JOD" | b"KWD" | b"LYD" | b"OMR" | b"TND" => 3,
            _ => 2,
        }
    }

    pub(crate) fn symbol(&self) -> Option<&'static str> {
        match self.code() {
            "EUR" => Some("€"),
            "USD" => Some("$"),
            "GBP" => Some("£"),
            _ => None,
        }
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Why an amount written as a decimal string was refused, with the text as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecimalError {
    /// Not digits with an optional sign and decimal point.
    NotDecimal(String),
    /// Beyond the largest amount a decimal holds exactly.
    TooLarge(String),
    /// More digits than a decimal holds.
    TooPrecise(String),
}

/// In English.
impl fmt::Display for DecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Decimal(self.clone())))
    }
}

impl std::error::Error for DecimalError {}

/// Parses an amount written as a decimal string: digits, an optional sign and decimal point,
/// no exponent and no thousands separators, so that what is read is exactly what was written.
pub(crate) fn parse_decimal(text: &str) -> Result<Decimal, DecimalError> {
    let t = text.trim();
    let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
    let well_formed = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.matches('.').count() <= 1
        && digits.chars().any(|c| c.is_ascii_digit());
    if !well_formed {
        return Err(DecimalError::NotDecimal(text.to_string()));
    }
    // `from_str_exact` refuses what `from_str` would round: more digits than a decimal holds.
    Decimal::from_str_exact(t).map_err(|_| match beyond_max(digits) {
        true => DecimalError::TooLarge(text.to_string()),
        false => DecimalError::TooPrecise(text.to_string()),
    })
}

/// Whether well-formed unsigned `digits` (an optional decimal point) are above the largest
/// decimal in their whole part.
fn beyond_max(digits: &str) -> bool {
    let whole = digits
        .split_once('.')
        .map_or(digits, |(whole, _)| whole)
        .trim_start_matches('0');
    let max = Decimal::MAX.to_string();
    (whole.len(), whole) > (max.len(), max.as_str())
}

/// Writes an amount with its currency, thousands grouped, every digit kept:
/// `€5,200,000`, `$9,000`, `€100,000.50`, `CHF 1,250`.
pub(crate) fn format_money(amount: Decimal, currency: Currency) -> String {
    let sign = if amount.is_sign_negative() && !amount.is_zero() {
        "-"
    } else {
        ""
    };
    let number = group_thousands(amount.abs());
    match currency.symbol() {
        Some(symbol) => format!("{sign}{symbol}{number}"),
        None => format!("{sign}{} {number}", currency.code()),
    }
}

/// From a thousand billion on, a compact figure (`€365205900000000000bn`) is no shorter to read
/// than the exact one: none is given.
pub(crate) const COMPACT_LIMIT: Decimal = Decimal::from_parts(0xA4C6_8000, 0x38D7E, 0, false, 0);

/// A rounded, compact figure for headlines: `€5.2M`, `€556.5M`, `$1.2k`. Never used in a
/// computation; the exact amount is always shown beside it.
pub(crate) fn format_compact(amount: Decimal, currency: Currency) -> Option<String> {
    let (short, magnitude) = compact_parts(amount)?;
    let suffix = match magnitude {
        Magnitude::Billions => "bn",
        Magnitude::Millions => "M",
        Magnitude::Thousands => "k",
    };
    let sign = if amount.is_sign_negative() { "-" } else { "" };
    Some(match currency.symbol() {
        Some(symbol) => format!("{sign}{symbol}{short}{suffix}"),
        None => format!("{sign}{} {short}{suffix}", currency.code()),
    })
}

/// The order of magnitude a compact figure is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Magnitude {
    Billions,
    Millions,
    Thousands,
}

/// The absolute value of `amount` in its largest magnitude, rounded to one decimal (half away
/// from zero), e.g. `(5.2, Millions)` for 5,200,000; `None` below a thousand and from
/// [`COMPACT_LIMIT`] on. Each language writes the figure and the magnitude its own way.
pub(crate) fn compact_parts(amount: Decimal) -> Option<(Decimal, Magnitude)> {
    let abs = amount.abs();
    if abs >= COMPACT_LIMIT {
        return None;
    }
    let (scale, magnitude) = [
        (Decimal::from(1_000_000_000_u64), Magnitude::Billions),
        (Decimal::from(1_000_000_u64), Magnitude::Millions),
        (Decimal::from(1_000_u64), Magnitude::Thousands),
    ]
    .into_iter()
    .find(|(scale, _)| abs >= *scale)?;
    let short = (abs / scale)
        .round_dp_with_strategy(1, RoundingStrategy::MidpointAwayFromZero)
        .normalize();
    Some((short, magnitude))
}

/// `1234567.5` as `1,234,567.5`: groups of three in the integer part, the fraction untouched.
fn group_thousands(value: Decimal) -> String {
    let text = value.to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = String::with_capacity(text.len() + int.len() / 3);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_every_third_digit() {
        assert_eq!(group_thousands(Decimal::new(1, 0)), "1");
        assert_eq!(group_thousands(Decimal::new(100, 0)), "100");
        assert_eq!(group_thousands(Decimal::new(1000, 0)), "1,000");
        assert_eq!(group_thousands(Decimal::new(123_456_789, 2)), "1,234,567.89");
    }

    #[test]
    fn refuses_what_is_not_plain_decimal() {
        for bad in ["", "-", ".", "1.2.3", "1e3", "1,000", "12a", "0x10"] {
            assert!(parse_decimal(bad).is_err(), "{bad:?} accepted");
        }
        assert_eq!(parse_decimal("0.10").map(|d| d.to_string()), Ok("0.10".to_string()));
        assert_eq!(parse_decimal("-3").map(|d| d.to_string()), Ok("-3".to_string()));
    }

    /// An amount with more digits than a decimal holds is refused, never rounded (rust_decimal's
    /// `from_str` would round it).
    #[test]
    fn amounts_are_read_exactly_or_refused() {
        for (text, words) in [
            ("1.00000000000000000000000000001", "cannot be represented exactly"),
            ("10000000000000000000000000000.1", "cannot be represented exactly"),
            ("0.12345678901234567890123456789", "cannot be represented exactly"),
            ("79228162514264337593543950335.5", "cannot be represented exactly"),
            ("79228162514264337593543950336", "amount too large"),
            ("000000079228162514264337593543950336.0", "amount too large"),
        ] {
            let refused = parse_decimal(text).expect_err(text);
            assert!(refused.to_string().contains(words), "{text}: {refused}");
        }
        let edge = "7.9228162514264337593543950335";
        assert_eq!(parse_decimal(edge).map(|d| d.to_string()), Ok(edge.to_string()));
        assert_eq!(
            parse_decimal("79228162514264337593543950335").map(|d| d.to_string()),
            Ok(Decimal::MAX.to_string())
        );
    }

    #[test]
    fn currency_codes_are_three_letters_in_any_case() {
        assert!("EUR".parse::<Currency>().is_ok());
        assert_eq!(
            "eur".parse::<Currency>().map(|c| c.code().to_string()),
            Ok("EUR".into())
        );
        assert_eq!("Usd".parse::<Currency>(), "USD".parse::<Currency>());
        for bad in ["EURO", "E1R", "€", ""] {
            assert!(bad.parse::<Currency>().is_err(), "{bad:?} accepted");
        }
        assert_eq!("JPY".parse::<Currency>().map(|c| c.minor_units()), Ok(0));
        assert_eq!("KWD".parse::<Currency>().map(|c| c.minor_units()), Ok(3));
    }

    #[test]
    fn compact_rounds_to_one_decimal() {
        let usd: Currency = "USD".parse().unwrap();
        assert_eq!(format_compact(Decimal::new(9_000, 0), usd).as_deref(), Some("$9k"));
        assert_eq!(
            format_compact(Decimal::new(1_250_000, 0), usd).as_deref(),
            Some("$1.3M")
        );
        assert_eq!(
            format_compact(Decimal::new(2_000_000_000, 0), usd).as_deref(),
            Some("$2bn")
        );
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn parse_decimal_example() {
        use crate::money::parse_decimal;
        assert_eq!(parse_decimal("100000.50").unwrap().to_string(), "100000.50");
        assert!(parse_decimal("1e5").is_err());
        assert!(parse_decimal("1 000").is_err());
    }

    #[test]
    fn format_money_example() {
        use crate::money::{Currency, format_money};
        use rust_decimal::Decimal;
        let eur: Currency = "EUR".parse().unwrap();
        assert_eq!(format_money(Decimal::new(5_200_000, 0), eur), "€5,200,000");
        assert_eq!(format_money(Decimal::new(10_000_050, 2), eur), "€100,000.50");
        assert_eq!(
            format_money(Decimal::new(-1500, 0), "CHF".parse().unwrap()),
            "-CHF 1,500"
        );
    }

    #[test]
    fn format_compact_example() {
        use crate::money::{Currency, format_compact};
        use rust_decimal::Decimal;
        let eur: Currency = "EUR".parse().unwrap();
        assert_eq!(
            format_compact(Decimal::new(5_200_000, 0), eur),
            Some("€5.2M".to_string())
        );
        assert_eq!(
            format_compact(Decimal::new(556_500_000, 0), eur),
            Some("€556.5M".to_string())
        );
        assert_eq!(format_compact(Decimal::new(999, 0), eur), None);
    }
}
