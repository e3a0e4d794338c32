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
use crate::fast;
use crate::money::Currency;
use crate::source::{Location, Part};
use crate::timelimit::RuleSet;

mod balance;
mod filing;
mod judge;
mod key;
mod liquidation;
mod order;
mod orders;
mod penalty;

use key::Key;

/// Checks `raw`, the case at byte `span` of `part` (the `number`th of a batch, if it is in one).
pub(crate) fn validate(
    part: &Part<'_>,
    raw: RawCase,
    span: Range<usize>,
    number: Option<usize>,
) -> Result<Case, InputError> {
    let at = Checker {
        part,
        number,
        cursor: Cell::new(fast::locate::Cursor::new(part)),
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
    let trimmed_title = title.get_ref().trim();
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
    let order_served = order_raw.get_ref().served.as_ref().map(|s| (s.span(), s.get_ref().0));
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
    let shares = at.shares(raw.share)?;
    let balance = at.decompte(
        raw.interest,
        raw.payment,
        raw.cost,
        &raw.liquidation,
        &liquidations,
        currency,
    )?;
    let filing = at.filing(
        filing::RawFiling {
            court: raw.court,
            docket: raw.docket,
            party: raw.party,
            statement: raw.statement,
            served: order_served,
        },
        order.decided,
    )?;
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
        shares,
        origin,
        number,
        jurisdiction,
        balance,
        filing,
    })
}

pub(super) struct Checker<'a> {
    pub(super) part: &'a Part<'a>,
    number: Option<usize>,
    /// How far [`Checker::locate`] has counted lines: keys are mostly located from the top
    /// of the case down.
    cursor: Cell<fast::locate::Cursor>,
}

impl Checker<'_> {
    /// The file's line and column of an offset in the case (as [`Part::locate`] gives them).
    pub(super) fn locate(&self, offset: usize) -> Location {
        let mut cursor = self.cursor.get();
        let location = cursor.locate(self.part, offset);
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

#[derive(Clone, Copy, Debug)]
enum Sign {
    Positive,
    NotNegative,
}

impl Sign {
    /// Why `value` is refused, if it is.
    fn refuses(self, value: Decimal) -> Option<&'static str> {
        match self {
            Sign::Positive if value <= Decimal::ZERO => Some("expected an amount above zero"),
            Sign::NotNegative if value < Decimal::ZERO => Some("expected an amount of zero or more"),
            _ => None,
        }
    }
}
