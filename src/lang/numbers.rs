//! Numbers and amounts for a person to read, in each language.
//!
//! English writes `€5,200,000.50`: symbol first, commas between thousands, a point before the
//! decimals. French writes `5 200 000,50 €` as the CLDR `fr` locale does: a narrow no-break
//! space (U+202F) between thousands, a comma before the decimals, and a no-break space
//! (U+00A0) before the symbol, so that neither a figure nor its currency is ever split across
//! lines. Every digit the exact amount carries is written and none is added: `5 200 000 €`
//! for a whole amount, `100 000,50 €` for one with cents; [`money_fixed`] pads to the
//! currency's minor unit for a statement's columns.

use crate::money::Magnitude;
use rust_decimal::Decimal;

use super::Lang;
use super::message::{Message, Rate};
use crate::case::Per;
use crate::money::Currency;

/// Between groups of thousands in French: NARROW NO-BREAK SPACE.
pub(crate) const FR_GROUP: char = '\u{202F}';
/// Between a French figure and its currency: NO-BREAK SPACE.
pub(crate) const FR_BEFORE_UNIT: char = '\u{A0}';

/// An amount with its currency, every digit kept.
///
/// ```
/// use astreinte::lang::{money, Lang};
/// use rust_decimal::Decimal;
/// let eur = "EUR".parse().unwrap();
/// assert_eq!(money(Decimal::new(5_200_000, 0), eur, Lang::En), "€5,200,000");
/// assert_eq!(money(Decimal::new(5_200_000, 0), eur, Lang::Fr), "5\u{202F}200\u{202F}000\u{A0}€");
/// assert_eq!(money(Decimal::new(10_000_050, 2), eur, Lang::Fr), "100\u{202F}000,50\u{A0}€");
/// ```
pub fn money(amount: Decimal, currency: Currency, lang: Lang) -> String {
    with_currency(&number(amount.abs(), lang), negative(amount), currency, lang)
}

/// An amount padded to the currency's minor unit (never rounded): `€5,200,000.00`,
/// `5 200 000,00 €`, `¥1,000`.
pub(crate) fn money_fixed(amount: Decimal, currency: Currency, lang: Lang) -> String {
    let mut padded = amount.abs();
    if padded.scale() < currency.minor_units() {
        padded.rescale(currency.minor_units());
    }
    with_currency(&number(padded, lang), negative(amount), currency, lang)
}

/// A rounded headline figure (`€5.2M`, `5,2 M€`), or `None` below a thousand. Never used
/// in a computation; the exact amount is always shown beside it.
pub(crate) fn compact(amount: Decimal, currency: Currency, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return crate::money::format_compact(amount, currency);
    }
    let (short, magnitude) = crate::money::compact_parts(amount)?;
    let short = short.to_string().replace('.', ",");
    let sign = if negative(amount) { "-" } else { "" };
    if lang == Lang::Nl {
        // CLDR nl's short forms: `5,2 mln.`, `2 mld.`, `1,5K`.
        let suffix = match magnitude {
            Magnitude::Billions => "\u{A0}mld.",
            Magnitude::Millions => "\u{A0}mln.",
            Magnitude::Thousands => "K",
        };
        let unit = currency.symbol().unwrap_or(currency.code());
        return Some(format!("{unit}{FR_BEFORE_UNIT}{sign}{short}{suffix}"));
    }
    let suffix = match magnitude {
        Magnitude::Billions => "Md",
        Magnitude::Millions => "M",
        Magnitude::Thousands => "k",
    };
    Some(match currency.symbol() {
        Some(symbol) => format!("{sign}{short}{FR_BEFORE_UNIT}{suffix}{symbol}"),
        None => format!(
            "{sign}{short}{FR_BEFORE_UNIT}{suffix}{FR_BEFORE_UNIT}{}",
            currency.code()
        ),
    })
}

/// `€5,200,000 (€5.2M)`, or just the exact figure below a million.
pub(crate) fn money_with_compact(amount: Decimal, currency: Currency, lang: Lang) -> String {
    let exact = money(amount, currency, lang);
    match compact(amount, currency, lang) {
        Some(short) if amount.abs() >= Decimal::from(1_000_000) => format!("{exact} ({short})"),
        _ => exact,
    }
}

/// The rounded figure where there is one (`€5.2M`), the exact one otherwise: for a chart's
/// labels.
pub(crate) fn short_money(amount: Decimal, currency: Currency, lang: Lang) -> String {
    compact(amount, currency, lang).unwrap_or_else(|| money(amount, currency, lang))
}

/// `€100,000/day` / `100 000 €/jour` (the unit's name is the catalogue's).
pub(crate) fn rate(amount: Decimal, per: Per, currency: Currency, lang: Lang) -> String {
    lang.say(&Message::Rate(Rate {
        value: amount,
        per,
        currency,
    }))
}

/// A count with its thousands grouped: `1,384` / `1 384`.
pub(crate) fn group(n: i64, lang: Lang) -> String {
    let text = group_digits(&n.unsigned_abs().to_string(), lang);
    if n < 0 { format!("-{text}") } else { text }
}

fn negative(amount: Decimal) -> bool {
    amount.is_sign_negative() && !amount.is_zero()
}

/// A non-negative decimal with its thousands grouped and the language's decimal mark.
fn number(value: Decimal, lang: Lang) -> String {
    let text = value.to_string();
    let (int, frac) = match text.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (text.as_str(), None),
    };
    let mut out = group_digits(int, lang);
    if let Some(frac) = frac {
        out.push(match lang {
            Lang::Fr | Lang::Nl => ',',
            Lang::En => '.',
        });
        out.push_str(frac);
    }
    out
}

fn group_digits(int: &str, lang: Lang) -> String {
    let sep = match lang {
        Lang::Fr => FR_GROUP,
        Lang::En => ',',
        Lang::Nl => '.',
    };
    let mut out = String::with_capacity(int.len() * 2);
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn with_currency(number: &str, negative: bool, currency: Currency, lang: Lang) -> String {
    let sign = if negative { "-" } else { "" };
    match (lang, currency.symbol()) {
        (Lang::En, Some(symbol)) => format!("{sign}{symbol}{number}"),
        (Lang::En, None) => format!("{sign}{} {number}", currency.code()),
        (Lang::Fr, Some(symbol)) => format!("{sign}{number}{FR_BEFORE_UNIT}{symbol}"),
        (Lang::Fr, None) => format!("{sign}{number}{FR_BEFORE_UNIT}{}", currency.code()),
        // CLDR nl: `€ 5.200.000,00`, `€ -1.500`, `CHF 1.500`; a no-break space after the unit.
        (Lang::Nl, Some(symbol)) => format!("{symbol}{FR_BEFORE_UNIT}{sign}{number}"),
        (Lang::Nl, None) => format!("{}{FR_BEFORE_UNIT}{sign}{number}", currency.code()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eur() -> Currency {
        "EUR".parse().unwrap()
    }

    #[test]
    fn english_matches_the_historical_format() {
        for (units, scale) in [(5_200_000_i64, 0), (10_000_050, 2), (-1500, 0), (0, 0), (999, 0)] {
            let d = Decimal::new(units, scale);
            assert_eq!(money(d, eur(), Lang::En), crate::money::format_money(d, eur()));
            let chf = "CHF".parse().unwrap();
            assert_eq!(money(d, chf, Lang::En), crate::money::format_money(d, chf));
        }
    }

    #[test]
    fn french_groups_with_narrow_spaces_and_a_comma() {
        let fr = |d| {
            money(d, eur(), Lang::Fr)
                .replace(FR_GROUP, " ")
                .replace(FR_BEFORE_UNIT, "_")
        };
        assert_eq!(fr(Decimal::new(5_200_000, 0)), "5 200 000_€");
        assert_eq!(fr(Decimal::new(-123_456_789, 2)), "-1 234 567,89_€");
        assert_eq!(fr(Decimal::new(100, 0)), "100_€");
        let usd = "USD".parse().unwrap();
        assert_eq!(money_fixed(Decimal::new(9000, 0), usd, Lang::En), "$9,000.00");
        assert_eq!(
            money_fixed(Decimal::new(1_0005, 4), eur(), Lang::En),
            "€1.0005",
            "never rounded"
        );
        assert_eq!(group(1384, Lang::Fr), "1\u{202F}384");
        assert_eq!(group(-1384, Lang::En), "-1,384");
        assert_eq!(
            compact(Decimal::new(556_500_000, 0), eur(), Lang::Fr).as_deref(),
            Some("556,5\u{A0}M€")
        );
        assert_eq!(rate(Decimal::new(100, 0), Per::Day, eur(), Lang::Fr), "100\u{A0}€/jour");
    }

    /// CLDR nl: the symbol first, points between thousands, a comma before the decimals.
    #[test]
    fn dutch_writes_the_symbol_first_and_groups_with_points() {
        let nl = |d| money_fixed(d, eur(), Lang::Nl).replace(FR_BEFORE_UNIT, " ");
        assert_eq!(nl(Decimal::new(5_200_000, 0)), "€ 5.200.000,00");
        assert_eq!(nl(Decimal::new(-150_050, 2)), "€ -1.500,50");
        assert_eq!(group(1384, Lang::Nl), "1.384");
        assert_eq!(
            compact(Decimal::new(5_200_000, 0), eur(), Lang::Nl).as_deref(),
            Some("€\u{A0}5,2\u{A0}mln.")
        );
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn money_fixed_example() {
        use crate::lang::Lang;
        use crate::lang::money_fixed;
        use rust_decimal::Decimal;
        let eur = "EUR".parse().unwrap();
        assert_eq!(money_fixed(Decimal::new(5_200_000, 0), eur, Lang::En), "€5,200,000.00");
        assert_eq!(
            money_fixed(Decimal::new(5_200_000, 0), eur, Lang::Fr),
            "5\u{202F}200\u{202F}000,00\u{A0}€"
        );
    }

    #[test]
    fn compact_example() {
        use super::compact;
        use crate::lang::Lang;
        use rust_decimal::Decimal;
        let eur = "EUR".parse().unwrap();
        assert_eq!(
            compact(Decimal::new(5_200_000, 0), eur, Lang::En).as_deref(),
            Some("€5.2M")
        );
        assert_eq!(
            compact(Decimal::new(5_200_000, 0), eur, Lang::Fr).as_deref(),
            Some("5,2\u{A0}M€")
        );
        assert_eq!(
            compact(Decimal::new(2_000_000_000, 0), eur, Lang::Fr).as_deref(),
            Some("2\u{A0}Md€")
        );
    }
}
