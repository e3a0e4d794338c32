//! The case file as written: serde structs that mirror the TOML, before any checking.
//!
//! Every value that a later check may refuse is kept with its [`Spanned`] position so the
//! error can name its line and column. Unknown keys are refused here (`deny_unknown_fields`).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use toml::Spanned;

use super::reader_error::Refusal;

/// Text as written in the file, borrowed from it when it needs no unescaping: most values are
/// codes (`EUR`, `fr-cpc`, `2 months`) read once and dropped, and copying each cost a batch
/// an allocation per value.
pub(crate) type Text<'a> = Cow<'a, str>;

/// One case: the top level of a single-case file, or one `[[case]]` table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCase<'a> {
    #[serde(borrow)]
    pub title: Option<Spanned<Text<'a>>>,
    pub authority: Option<String>,
    pub reference: Option<String>,
    #[serde(borrow)]
    pub currency: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub calendar: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub rules: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub order: Option<Spanned<RawOrder<'a>>>,
    #[serde(borrow)]
    pub penalty: Option<Spanned<OneOrMany<RawPenalty<'a>>>>,
    #[serde(default)]
    pub liquidation: Vec<Spanned<RawLiquidation>>,
    /// The most all penalties together can come to.
    pub cap: Option<Spanned<RawAmount>>,
    #[serde(default)]
    pub lump_sum: Vec<Spanned<RawLumpSum>>,
    pub expected: Option<Spanned<RawExpected>>,
    pub calendar_adjust: Option<Spanned<RawCalendarAdjust>>,
    /// Who receives which part of each liquidated sum.
    #[serde(default)]
    pub share: Vec<Spanned<RawShare>>,
    /// `civil` or `administrative`: whose articles govern the astreinte (CPCE or CJA).
    #[serde(borrow)]
    pub jurisdiction: Option<Spanned<Text<'a>>>,
    /// The décompte's interest terms.
    pub interest: Option<Spanned<RawInterest>>,
    /// Payments received on the liquidated sums.
    #[serde(default)]
    pub payment: Vec<Spanned<RawPayment>>,
    /// Costs owed beside them.
    #[serde(default)]
    pub cost: Vec<Spanned<RawCost>>,
    /// The court seized, as the statement names it.
    pub court: Option<Spanned<String>>,
    /// The court's docket number (RG number, zaaknummer, rôle).
    pub docket: Option<Spanned<String>>,
    /// The parties: `[[party]]`.
    #[serde(default)]
    pub party: Vec<Spanned<RawParty>>,
    /// `[statement]`: who draws the statement up, where and when.
    pub statement: Option<Spanned<RawStatement>>,
}

/// `[interest]`: the regime and options of the décompte's interest.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawInterest {
    pub regime: Option<Spanned<String>>,
    pub creditor: Option<Spanned<String>>,
    /// `"decision"`, `"service"` or a date.
    pub from: Option<Spanned<RawStart>>,
    pub enforceable: Option<Spanned<RawDate>>,
    pub majoration: Option<Spanned<bool>>,
    pub capitalise: Option<Spanned<bool>>,
    pub basis: Option<Spanned<String>>,
    pub rate: Option<Spanned<RawAmount>>,
    pub allow_unconfirmed: Option<Spanned<bool>>,
    pub limitation: Option<Spanned<String>>,
    pub exclude_barred: Option<Spanned<bool>>,
    /// The day the décompte is drawn up.
    pub as_of: Option<Spanned<RawDate>>,
}

/// `interest.from`: a word (`decision`, `service`) or a bare TOML date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RawStart {
    Rule(String),
    Date(NaiveDate),
}

impl<'de> Deserialize<'de> for RawStart {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct StartVisitor;

        impl<'de> Visitor<'de> for StartVisitor {
            type Value = RawStart;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("\"decision\", \"service\" or a bare TOML date such as 2023-04-14")
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawStart, E> {
                Ok(RawStart::Rule(v.to_string()))
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<RawStart, A::Error> {
                RawDate::deserialize(de::value::MapAccessDeserializer::new(map)).map(|d| RawStart::Date(d.0))
            }
        }

        deserializer.deserialize_any(StartVisitor)
    }
}

/// One `[[payment]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPayment {
    pub date: Option<Spanned<RawDate>>,
    pub amount: Option<Spanned<RawAmount>>,
    pub note: Option<String>,
}

/// One `[[cost]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCost {
    pub date: Option<Spanned<RawDate>>,
    pub amount: Option<Spanned<RawAmount>>,
    pub label: Option<String>,
}

/// One `[[party]]`: a creditor, a debtor or a beneficiary.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawParty {
    pub role: Option<Spanned<String>>,
    pub name: Option<Spanned<String>>,
    pub represented_by: Option<Spanned<String>>,
    pub served: Option<Spanned<RawDate>>,
}

/// `[statement]`: who draws the statement up (`drawn_up_by`), where (`at`) and when (`on`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawStatement {
    pub drawn_up_by: Option<Spanned<String>>,
    pub at: Option<Spanned<String>>,
    pub on: Option<Spanned<RawDate>>,
}

/// `[expected]`: figures of the whole case for `astreinte check`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawExpected {
    pub as_of: Option<Spanned<RawDate>>,
    pub deadline: Option<Spanned<RawDate>>,
    pub accrual_start: Option<Spanned<RawDate>>,
    pub accrued: Option<Spanned<RawAmount>>,
    pub accrued_days: Option<Spanned<i64>>,
    pub unliquidated: Option<Spanned<RawAmount>>,
    pub total: Option<Spanned<RawAmount>>,
    /// `totals.awarded`: what the pronounced liquidations ordered.
    pub awarded: Option<Spanned<RawAmount>>,
    /// `totals.suppressed`: what the pronounced liquidations suppressed for a cause étrangère.
    pub suppressed: Option<Spanned<RawAmount>>,
    pub cap_reached: Option<Spanned<RawDate>>,
    /// `balance.due`: the balance due on `as_of`.
    pub balance_due: Option<Spanned<RawAmount>>,
    /// `balance.interest`: the interest accrued by `as_of`.
    pub balance_interest: Option<Spanned<RawAmount>>,
    /// One `{ amount, on }`, or several.
    pub reaches: Option<Spanned<OneOrMany<RawReach>>>,
}

/// `reaches = { amount = 1000000, on = 2025-10-19 }` in `[expected]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReach {
    pub amount: Option<Spanned<RawAmount>>,
    pub on: Option<Spanned<RawDate>>,
}

/// One `[[share]]`: who receives which part of each liquidated sum.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawShare {
    pub to: Option<Spanned<String>>,
    pub part: Option<Spanned<String>>,
    pub amount: Option<Spanned<RawAmount>>,
    pub expected: Option<Spanned<RawAmount>>,
}

/// `[calendar_adjust]`: days added to or removed from the case's holiday calendar.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCalendarAdjust {
    #[serde(default)]
    pub add: Vec<Spanned<RawAddedDay>>,
    #[serde(default)]
    pub remove: Vec<Spanned<RawDate>>,
}

/// One `{ date = 2023-07-13, name = "..." }` in `calendar_adjust.add`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAddedDay {
    pub date: Option<Spanned<RawDate>>,
    pub name: Option<Spanned<String>>,
}

/// `[order]`: when it was made and how long it gave.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOrder<'a> {
    pub decided: Option<Spanned<RawDate>>,
    pub notified: Option<Spanned<RawDate>>,
    #[serde(borrow)]
    pub comply_within: Option<Spanned<Text<'a>>>,
    pub deadline: Option<Spanned<RawDate>>,
    #[serde(borrow)]
    pub distance: Option<Spanned<Text<'a>>>,
    #[serde(borrow)]
    pub month_end: Option<Spanned<Text<'a>>>,
    /// When the order was served, where that differs from its notification (shown only).
    pub served: Option<Spanned<RawDate>>,
}

/// `[penalty]` or one `[[penalty]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPenalty<'a> {
    pub obligation: Option<String>,
    pub amount: Option<Spanned<RawAmount>>,
    #[serde(borrow)]
    pub per: Option<Spanned<Text<'a>>>,
    pub from: Option<Spanned<RawDate>>,
    pub complied: Option<Spanned<RawDate>>,
    #[serde(borrow)]
    pub partial: Option<Spanned<Text<'a>>>,
    pub cap: Option<Spanned<RawAmount>>,
    #[serde(default)]
    pub change: Vec<Spanned<RawChange>>,
    #[serde(default)]
    pub suspension: Vec<Spanned<RawSuspension>>,
    #[serde(default)]
    pub violation: Vec<Spanned<RawViolation>>,
    pub escalation: Option<Spanned<RawEscalation>>,
    #[serde(default)]
    pub reduction: Vec<Spanned<RawReduction>>,
    #[serde(default)]
    pub breach: Vec<Spanned<RawBreach>>,
    pub count: Option<Spanned<i64>>,
    #[serde(borrow)]
    pub first_day: Option<Spanned<Text<'a>>>,
    /// `provisional` (the default) or `definitive` (CPCE L131-2; CJA L911-6).
    #[serde(borrow)]
    pub kind: Option<Spanned<Text<'a>>>,
    /// The decision that ordered this astreinte, when not the case's order.
    pub decided: Option<Spanned<RawDate>>,
    /// The last day the astreinte runs, when the judge set its duration ...
    pub through: Option<Spanned<RawDate>>,
    /// ... or that duration, from its first day (`"3 months"`).
    #[serde(borrow)]
    pub duration: Option<Spanned<Text<'a>>>,
}

/// `[penalty.escalation]`: a rate that rises by rule.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawEscalation {
    pub factor: Option<Spanned<RawAmount>>,
    pub add: Option<Spanned<RawAmount>>,
    pub every: Option<Spanned<String>>,
    pub until: Option<Spanned<RawDate>>,
    pub max_rate: Option<Spanned<RawAmount>>,
}

/// One `[[penalty.reduction]]`: an item brought into compliance.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawReduction {
    pub date: Option<Spanned<RawDate>>,
    pub amount: Option<Spanned<RawAmount>>,
    pub share: Option<Spanned<String>>,
    pub item: Option<String>,
}

/// One `[[penalty.breach]]`: days of established breach.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawBreach {
    pub from: Option<Spanned<RawDate>>,
    pub through: Option<Spanned<RawDate>>,
    pub dates: Option<Spanned<Vec<Spanned<RawDate>>>>,
}

/// One `[[penalty.change]]`: a new rate from a date on.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawChange {
    pub from: Option<Spanned<RawDate>>,
    /// A stretch from the penalty's first day (`"30 days"`), instead of `from`.
    pub after: Option<Spanned<String>>,
    pub amount: Option<Spanned<RawAmount>>,
}

/// One `[[penalty.suspension]]`: days that do not count.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSuspension {
    pub from: Option<Spanned<RawDate>>,
    pub through: Option<Spanned<RawDate>>,
    pub reason: Option<String>,
}

/// One `[[penalty.violation]]`: violations found on a date.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawViolation {
    pub date: Option<Spanned<RawDate>>,
    pub count: Option<Spanned<i64>>,
    pub note: Option<String>,
}

/// One `[[lump_sum]]`: a fixed sum ordered alongside the penalties.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLumpSum {
    pub amount: Option<Spanned<RawAmount>>,
    pub date: Option<Spanned<RawDate>>,
    pub reason: Option<String>,
}

/// One `[[liquidation]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawLiquidation {
    pub decided: Option<Spanned<RawDate>>,
    pub from: Option<Spanned<RawDate>>,
    pub through: Option<Spanned<RawDate>>,
    pub until: Option<Spanned<RawDate>>,
    pub awarded: Option<Spanned<RawAmount>>,
    pub expected: Option<Spanned<RawAmount>>,
    pub expected_days: Option<Spanned<i64>>,
    pub expected_units: Option<Spanned<i64>>,
    /// The rate per unit the decision applied to the period (moderation by rate).
    pub awarded_rate: Option<Spanned<RawAmount>>,
    /// Days the decision suppressed for a cause étrangère (CPCE L131-4 al. 3).
    #[serde(default)]
    pub suppression: Vec<Spanned<RawSuppression>>,
    pub expected_awarded: Option<Spanned<RawAmount>>,
    pub expected_suppressed: Option<Spanned<RawAmount>>,
    pub expected_suppressed_days: Option<Spanned<i64>>,
    /// The day the liquidating decision was served (interest and limitation may run from it).
    pub served: Option<Spanned<RawDate>>,
}

/// One `[[liquidation.suppression]]`: days of the period the decision removed, and why.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSuppression {
    pub from: Option<Spanned<RawDate>>,
    pub through: Option<Spanned<RawDate>>,
    pub reason: Option<Spanned<String>>,
}

/// A calendar date written as a bare TOML date (`2022-10-19`).
///
/// `toml` does not hand a date to `chrono` directly (toml-rs issues 390, 542, 547): it is read
/// as a TOML datetime, then refused if it carries a time or an offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawDate(pub NaiveDate);

impl<'de> Deserialize<'de> for RawDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = toml::value::Datetime::deserialize(deserializer)
            .map_err(|e| de::Error::custom(Refusal::NotADate(e.to_string())))?;
        match (value.date, value.time, value.offset) {
            (Some(d), None, None) => {
                match NaiveDate::from_ymd_opt(i32::from(d.year), u32::from(d.month), u32::from(d.day)) {
                    Some(date) if crate::dates::supported(date) => Ok(RawDate(date)),
                    // Year 0000: a TOML date, but none astreinte can write back as `YYYY-MM-DD`.
                    Some(_) => Err(de::Error::custom(Refusal::DateOutOfRange(d.to_string()))),
                    None => Err(de::Error::custom(Refusal::NotInCalendar(d.to_string()))),
                }
            }
            _ => Err(de::Error::custom(Refusal::DateWithTime(value.to_string()))),
        }
    }
}

/// Marks the message of an integer amount beyond TOML's 64-bit integers, followed by its value
/// (see [`Refusal`]).
pub(crate) const INTEGER_TOO_LARGE: &str = "integer beyond 64 bits: ";

/// Marks the message of a refused float so the error can quote the number as written (see
/// [`Refusal`]).
pub(crate) const FLOAT_REFUSED: &str = "a TOML float has already lost digits";

/// An amount of money: a TOML integer or a decimal string, never a float.
///
/// A float is refused because the TOML reader turns `100.10` into the binary number nearest
/// to it before anyone can look: the exact figure written is gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RawAmount(pub Decimal);

impl<'de> Deserialize<'de> for RawAmount {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AmountVisitor;

        impl Visitor<'_> for AmountVisitor {
            type Value = RawAmount;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an amount: an integer such as 100000 or a decimal string such as \"100000.50\"")
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawAmount, E> {
                Ok(RawAmount(Decimal::from(v)))
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawAmount, E> {
                // The `toml` reader takes integers past TOML's 64-bit signed ones: refused
                // here, as a reader that keeps to TOML refuses them.
                match i64::try_from(v) {
                    Ok(v) => self.visit_i64(v),
                    Err(_) => Err(E::custom(Refusal::IntegerBeyond64Bits(v.to_string()))),
                }
            }

            fn visit_i128<E: de::Error>(self, v: i128) -> Result<RawAmount, E> {
                Err(E::custom(Refusal::IntegerBeyond64Bits(v.to_string())))
            }

            fn visit_u128<E: de::Error>(self, v: u128) -> Result<RawAmount, E> {
                Err(E::custom(Refusal::IntegerBeyond64Bits(v.to_string())))
            }

            fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawAmount, E> {
                Err(E::custom(Refusal::Float))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawAmount, E> {
                crate::money::parse_decimal(v)
                    .map(RawAmount)
                    .map_err(|e| E::custom(Refusal::Decimal(e)))
            }
        }

        deserializer.deserialize_any(AmountVisitor)
    }
}

/// A table written once (`[penalty]`) or as an array of tables (`[[penalty]]`).
#[derive(Debug)]
pub(crate) struct OneOrMany<T>(pub Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct OneOrManyVisitor<T>(PhantomData<T>);

        impl<'de, T: Deserialize<'de>> Visitor<'de> for OneOrManyVisitor<T> {
            type Value = OneOrMany<T>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a table, or an array of tables")
            }

            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map)).map(|t| OneOrMany(vec![t]))
            }

            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(OneOrMany(items))
            }
        }

        deserializer.deserialize_any(OneOrManyVisitor(PhantomData))
    }
}
