//! Checking a raw case and turning it into domain types, one key at a time, so that each
//! refusal names the key, its position and what was expected.

use std::cell::Cell;
use std::fmt;
use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use super::error::InputError;
use super::model::{Case, key_path};
use super::raw::{RawAmount, RawCase, RawDate};
use crate::calendar::{Calendar, CalendarId};
use crate::money::Currency;
use crate::source::{Cursor, Location, Part};
use crate::timelimit::RuleSet;

mod judge;
mod key;
mod liquidation;
mod order;
mod penalty;

use key::Key;

/// Checks `raw`, the case at byte `span` of `part` (the `number`th of a batch, if it is in one).
pub fn validate(part: &Part<'_>, raw: RawCase, span: Range<usize>, number: Option<usize>) -> Result<Case, InputError> {
    let at = Checker {
        part,
        number,
        cursor: Cell::new(part.cursor()),
    };
    // Located first: the keys below come after the case's header.
    let origin = at.locate(span.start);
    let case_start = span.start..span.start;

    let title = at.required(
        raw.title,
        &case_start,
        "title",
        "every case needs a title, e.g. title = \"CNIL v Clearview AI\"",
    )?;
    let trimmed_title = trim(title.get_ref());
    if trimmed_title.is_empty() {
        return Err(at.error(title.span(), "title", "the title is empty"));
    }
    let currency = at.required(
        raw.currency,
        &case_start,
        "currency",
        "every case needs an ISO 4217 currency, e.g. currency = \"EUR\"",
    )?;
    let currency: Currency = currency
        .get_ref()
        .parse()
        .map_err(|e: crate::money::BadCurrency| at.error(currency.span(), "currency", e.to_string()))?;

    let order_raw = at.required(
        raw.order,
        &case_start,
        "order",
        "every case needs an [order] table with `decided` and `comply_within` or `deadline`",
    )?;
    let uses_time_limit = order_raw.get_ref().comply_within.is_some();
    let rules = match raw.rules {
        Some(r) => r
            .get_ref()
            .parse::<RuleSet>()
            .map_err(|e| at.error(r.span(), "rules", e.to_string()))?,
        None if uses_time_limit => {
            return Err(at.error(
                case_start,
                "rules",
                format!(
                    "missing: a time limit (`order.comply_within`) is counted under a rule set; add e.g. rules = \"fr-cpc\" (one of {})",
                    RuleSet::ALL.iter().map(|r| format!("`{}`", r.code())).collect::<Vec<_>>().join(", ")
                ),
            ));
        }
        None => RuleSet::Plain,
    };
    let calendar_id = match raw.calendar {
        Some(c) => c
            .get_ref()
            .parse::<CalendarId>()
            .map_err(|e| at.error(c.span(), "calendar", e.to_string()))?,
        None => rules.default_calendar(),
    };

    let order = at.order(&order_raw, rules)?;
    let mut calendar = Calendar::new(calendar_id);
    if let Some(adjust) = raw.calendar_adjust {
        at.calendar_adjust(adjust, &mut calendar)?;
    }
    let jurisdiction = at.jurisdiction(raw.jurisdiction.as_ref(), rules)?;
    let penalties = at.penalties(raw.penalty, &case_start, &order, jurisdiction)?;
    // Pushed into vectors of their own: collected in place into the raw tables' vector, they
    // left it to be shrunk by `realloc`, which cost more than a new vector (and collecting
    // none cost more than a loop over none).
    let mut liquidations = Vec::with_capacity(raw.liquidation.len());
    let mut previous = None;
    for (i, l) in raw.liquidation.iter().enumerate() {
        let liquidation = at.liquidation(l, i + 1, previous)?;
        previous = Some(liquidation.through);
        liquidations.push(liquidation);
    }
    let cap = raw.cap.map(|c| at.amount(&c, "cap", Sign::Positive)).transpose()?;
    let mut lump_sums = Vec::with_capacity(raw.lump_sum.len());
    for (i, l) in raw.lump_sum.into_iter().enumerate() {
        lump_sums.push(at.lump_sum(l, i + 1, &order)?);
    }
    let expected = raw
        .expected
        .map(|e| at.expectations(e))
        .transpose()?
        .unwrap_or_default();

    Ok(Case {
        title: trimmed_title.to_string(),
        authority: raw.authority,
        reference: raw.reference,
        currency,
        rules,
        calendar,
        order,
        penalties,
        liquidations,
        cap,
        lump_sums,
        expected,
        origin,
        number,
        jurisdiction,
    })
}

pub(super) struct Checker<'a> {
    pub(super) part: &'a Part<'a>,
    number: Option<usize>,
    /// Where the last key located is: keys are mostly located from the top of the case down,
    /// each counting lines from the one before.
    cursor: Cell<Cursor>,
}

impl Checker<'_> {
    /// The file's line and column of an offset in the case (as [`Part::locate`] gives them).
    pub(super) fn locate(&self, offset: usize) -> Location {
        let mut cursor = self.cursor.get();
        let location = self.part.locate_from(&mut cursor, offset);
        self.cursor.set(cursor);
        location
    }

    pub(super) fn error(&self, span: Range<usize>, field: impl fmt::Display, message: impl Into<String>) -> InputError {
        InputError::at(self.part, span, Some(key_path(self.number, field)), message)
    }

    fn required<T>(
        &self,
        value: Option<T>,
        parent: &Range<usize>,
        field: impl fmt::Display,
        why: &str,
    ) -> Result<T, InputError> {
        value.ok_or_else(|| self.error(parent.clone(), field, format!("missing: {why}")))
    }

    fn days(&self, raw: &Spanned<i64>, field: impl fmt::Display) -> Result<i64, InputError> {
        let days = *raw.get_ref();
        if days < 0 {
            return Err(self.error(
                raw.span(),
                field,
                format!("expected a number of days of zero or more, found {days}"),
            ));
        }
        Ok(days)
    }

    fn amount(&self, raw: &Spanned<RawAmount>, field: impl fmt::Display, sign: Sign) -> Result<Decimal, InputError> {
        let value = raw.get_ref().0;
        match sign.refuses(value) {
            Some(why) => Err(self.error(raw.span(), field, format!("{why}, found {value}"))),
            None => Ok(value),
        }
    }

    fn not_before(
        &self,
        date: Option<&Spanned<RawDate>>,
        floor: NaiveDate,
        field: impl fmt::Display,
        why: &str,
    ) -> Result<Option<NaiveDate>, InputError> {
        match date {
            Some(d) if d.get_ref().0 < floor => {
                Err(self.error(d.span(), field, format!("{why}: {} is before {floor}", d.get_ref().0)))
            }
            d => Ok(d.map(|d| d.get_ref().0)),
        }
    }
}

/// `text.trim()`, seen at once when the text starts and ends with a visible ASCII character
/// (`Case 000001`), as titles do: no whitespace, ASCII or not, can then be trimmed.
fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

#[derive(Clone, Copy, Debug)]
enum Sign {
    Positive,
    NotNegative,
}

impl Sign {
    /// Why `value` is refused, if it is. Read from the sign and the digits (a zero of any sign
    /// or scale is zero) rather than by comparing two decimals, which cost more.
    fn refuses(self, value: Decimal) -> Option<&'static str> {
        match self {
            Sign::Positive if value.is_zero() || value.is_sign_negative() => Some("expected an amount above zero"),
            Sign::NotNegative if value.is_sign_negative() && !value.is_zero() => {
                Some("expected an amount of zero or more")
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn titles_are_trimmed_as_str_trim_trims_them(
            text in prop::collection::vec(
                prop::sample::select(vec!["a", "Z", "~", "!", " ", "\t", "\n", "\u{a0}", "\u{3000}", "é", "\u{85}", "\u{7f}", "\u{1}"]),
                0..6,
            ).prop_map(|pieces| pieces.concat())
        ) {
            prop_assert_eq!(trim(&text), text.trim(), "{:?}", text);
        }

        /// The same refusals as comparing with zero, for every sign, scale and size, negative
        /// zero included.
        #[test]
        fn amounts_are_refused_as_comparing_with_zero_refuses_them(
            mantissa in prop_oneof![Just(0i128), -3i128..3, any::<i64>().prop_map(i128::from)],
            negative_zero in any::<bool>(),
            scale in 0u32..=28,
        ) {
            let mut value = Decimal::from_i128_with_scale(mantissa, scale);
            if mantissa == 0 && negative_zero {
                value.set_sign_negative(true);
            }
            let compared = |sign| match sign {
                Sign::Positive if value <= Decimal::ZERO => Some("expected an amount above zero"),
                Sign::NotNegative if value < Decimal::ZERO => Some("expected an amount of zero or more"),
                _ => None,
            };
            for sign in [Sign::Positive, Sign::NotNegative] {
                prop_assert_eq!(sign.refuses(value), compared(sign), "{:?} {:?}", sign, value);
            }
        }
    }
}
