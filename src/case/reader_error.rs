//! What the TOML reader (or serde, through it) refused, as a kind carrying its facts.
//!
//! `toml::de::Error` carries a message and a span, nothing typed: no kind, and the key path
//! only inside its `Display`. The span is taken as it is, the key path from the deserializer's
//! own path (`load::error_keys`), and the kind here, in this one place: every other part of
//! the crate matches on [`Kind`]. The tests below make the `toml` reader give each kind, so
//! that an upgrade that rewords a message fails them instead of silently changing what a user
//! is told.

use super::problem::Problem;
use super::raw::{FLOAT_REFUSED, INTEGER_TOO_LARGE};
use crate::lang::{Lang, Message};
use crate::money::DecimalError;

/// What this crate's own `Deserialize` impls refuse (see [`super::raw::RawAmount`] and
/// [`super::raw::RawDate`]), written into the reader's error by its `Display` and read back by
/// [`classify`]: the reader's errors carry text only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Refusal {
    /// A TOML float, which has lost the digits written before anyone can see them.
    Float,
    /// An integer past TOML's 64-bit ones, which the `toml` reader reads up to 128 bits.
    IntegerBeyond64Bits(String),
    /// Not a TOML datetime at all; the reader's account.
    NotADate(String),
    /// A date outside the supported dates, as written.
    DateOutOfRange(String),
    /// A date the calendar lacks, as written.
    NotInCalendar(String),
    /// A datetime with a time or an offset, as written.
    DateWithTime(String),
    /// An amount written as a decimal string that no amount holds exactly.
    Decimal(DecimalError),
}

impl Refusal {
    /// The problem it is, for a refusal worded by the catalogue alone (the float and the
    /// integer past 64 bits are worded with the key they are at: see `load::toml_error`).
    pub(crate) fn problem(&self) -> Option<Problem> {
        match self {
            Refusal::Float | Refusal::IntegerBeyond64Bits(_) => None,
            Refusal::NotADate(detail) => Some(Problem::NotADate { detail: detail.clone() }),
            Refusal::DateOutOfRange(date) => Some(Problem::DateOutOfRange(date.clone())),
            Refusal::NotInCalendar(date) => Some(Problem::NotInCalendar(date.clone())),
            Refusal::DateWithTime(value) => Some(Problem::DateWithTime(value.clone())),
            Refusal::Decimal(e) => Some(Problem::Decimal(e.clone())),
        }
    }
}

/// The English the catalogue gives the refusal, which [`classify`] reads back.
impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Float => write!(f, "{FLOAT_REFUSED}; write the amount as a decimal string in quotes"),
            Refusal::IntegerBeyond64Bits(value) => write!(f, "{INTEGER_TOO_LARGE}{value}"),
            other => match other.problem() {
                Some(problem) => f.write_str(&Lang::En.say(&Message::Problem(&problem))),
                None => Ok(()),
            },
        }
    }
}

/// The refusal `make` builds, if `raw` is its text for some value: the value is what stands
/// where a placeholder stands in the text of `make(placeholder)`.
fn read_back(raw: &str, make: impl Fn(String) -> Refusal) -> Option<Refusal> {
    const PLACEHOLDER: &str = "\u{0}";
    let template = make(PLACEHOLDER.to_string()).to_string();
    let (prefix, suffix) = template.split_once(PLACEHOLDER)?;
    let value = raw.strip_prefix(prefix)?.strip_suffix(suffix)?;
    Some(make(value.to_string()))
}

/// The refusal of this crate's own whose text is `raw`, if it is one (but for the float and
/// the integer past 64 bits, read by their markers).
fn own_refusal(raw: &str) -> Option<Refusal> {
    let makers: [fn(String) -> Refusal; 7] = [
        Refusal::NotADate,
        Refusal::DateOutOfRange,
        Refusal::NotInCalendar,
        Refusal::DateWithTime,
        |t| Refusal::Decimal(DecimalError::NotDecimal(t)),
        |t| Refusal::Decimal(DecimalError::TooLarge(t)),
        |t| Refusal::Decimal(DecimalError::TooPrecise(t)),
    ];
    makers.into_iter().find_map(|make| read_back(raw, make))
}

/// The kinds of error of the reader that are explained in the terms of the case file; any
/// other is shown as the reader words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind<'a> {
    /// A multi-line string never closed, with its quotes (`"""` or `'''`).
    UnclosedMultiLine { quotes: &'static str },
    /// A dotted key deeper than the reader reads (it gives no position for it).
    RecursionLimit,
    /// A key the table does not take, and the keys it takes.
    UnknownKey { name: &'a str, valid: Vec<&'a str> },
    /// One of this crate's own refusals.
    Refused(Refusal),
    /// A date written in quotes, read as a string where a TOML date was expected.
    DateInQuotes,
    /// An integer beyond even the reader's 128 bits.
    IntegerOverflowed,
    /// An integer past 64 bits where a whole number (`i64`) was expected.
    WholeNumberBeyond64Bits(&'a str),
    /// A key or table written twice.
    DuplicateKey,
    /// A date whose day its month lacks (February 30), with the month's last day (`28`).
    InvalidDay { last: &'a str },
    /// A date whose month is not 01 to 12.
    InvalidMonth,
    /// A bare word where a value was expected (the reader guesses a boolean or a string).
    UnquotedText,
    /// An error inside an inline table, which the reader words itself.
    InlineTable,
    /// Something else where a table of keys was expected; `found` is serde's account of it.
    NotATable { found: &'a str },
    /// Something else where an array was expected.
    NotAnArray { found: &'a str },
    /// Something else where a whole number was expected.
    NotAWholeNumber { found: &'a str },
    /// Anything else: shown as the reader words it.
    Other,
}

/// The kind of the reader's error whose message is `raw`.
pub(crate) fn classify(raw: &str) -> Kind<'_> {
    if raw.starts_with("invalid multi-line basic string") {
        return Kind::UnclosedMultiLine { quotes: "\"\"\"" };
    }
    if raw.starts_with("invalid multi-line literal string") {
        return Kind::UnclosedMultiLine { quotes: "'''" };
    }
    if raw == "recursion limit" {
        return Kind::RecursionLimit;
    }
    if let Some(rest) = raw.strip_prefix("unknown field `") {
        return unknown_key(rest);
    }
    if raw.starts_with(FLOAT_REFUSED) {
        return Kind::Refused(Refusal::Float);
    }
    if raw.contains("invalid type: string") && raw.contains("TOML datetime") {
        return Kind::DateInQuotes;
    }
    if let Some(value) = raw.strip_prefix(INTEGER_TOO_LARGE) {
        return Kind::Refused(Refusal::IntegerBeyond64Bits(value.to_string()));
    }
    if let Some(refusal) = own_refusal(raw) {
        return Kind::Refused(refusal);
    }
    if raw == "integer number overflowed" {
        return Kind::IntegerOverflowed;
    }
    if let Some(value) = integer_beyond_i64(raw) {
        return Kind::WholeNumberBeyond64Bits(value);
    }
    if raw == "duplicate key" {
        return Kind::DuplicateKey;
    }
    if let Some(last) = raw.strip_prefix("invalid date, expected day between 01 and ") {
        return Kind::InvalidDay { last };
    }
    if raw == "invalid date, expected month between 01 and 12" {
        return Kind::InvalidMonth;
    }
    if raw.starts_with("invalid boolean") || raw.starts_with("string values must be quoted") {
        return Kind::UnquotedText;
    }
    if raw.contains("inline table") {
        return Kind::InlineTable;
    }
    if let Some(at) = raw.find("expected struct Raw") {
        let found = raw.get(..at).unwrap_or("").trim_end_matches([',', ' ']);
        return Kind::NotATable { found };
    }
    if let Some(found) = raw.strip_suffix("expected a sequence") {
        return Kind::NotAnArray {
            found: found.trim_end_matches([',', ' ']),
        };
    }
    if let Some(found) = raw.strip_suffix("expected i64") {
        return Kind::NotAWholeNumber {
            found: found.trim_end_matches([',', ' ']),
        };
    }
    Kind::Other
}

/// serde's "unknown field `x`, expected one of `a`, `b`" (or "expected `a` or `b`", or "there
/// are no fields"), from after its opening quote.
fn unknown_key(rest: &str) -> Kind<'_> {
    let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
    let valid = expected.split('`').skip(1).step_by(2).collect();
    Kind::UnknownKey { name, valid }
}

/// The value of serde's "invalid type: integer `N` as i128, expected i64" or "invalid value:
/// integer `N`, expected i64", when `N` is past 64 bits but within the reader's 128.
fn integer_beyond_i64(raw: &str) -> Option<&str> {
    let (_, rest) = raw.split_once("integer `")?;
    let (value, _) = rest.split_once('`')?;
    (raw.ends_with("expected i64") && value.parse::<i64>().is_err() && value.parse::<i128>().is_ok()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::raw::{RawAmount, RawCase};
    use serde::Deserialize;
    use toml::de::{DeTable, ValueDeserializer};

    /// The message the `toml` reader gives for `text`, a case file in error: its first syntax
    /// error, or else the error of deserializing it as a case.
    fn reader_message(text: &str) -> String {
        let root = match DeTable::parse(text) {
            Ok(root) => root,
            Err(e) => return e.message().to_string(),
        };
        let span = root.span();
        let value = toml::Spanned::new(span, toml::de::DeValue::Table(root.into_inner()));
        match RawCase::deserialize(ValueDeserializer::from(value)) {
            Ok(_) => panic!("{text:?} is read without error"),
            Err(e) => e.message().to_string(),
        }
    }

    fn kind_of(text: &str) -> Kind<'static> {
        let message: &'static str = reader_message(text).leak();
        classify(message)
    }

    #[test]
    fn the_reader_gives_each_kind_as_classified() {
        assert_eq!(
            kind_of("authority = \"\"\"\nCour\n"),
            Kind::UnclosedMultiLine { quotes: "\"\"\"" }
        );
        assert_eq!(
            kind_of("authority = '''\nCour\n"),
            Kind::UnclosedMultiLine { quotes: "'''" }
        );
        assert_eq!(
            kind_of(&format!("{} = 1\n", vec!["k"; 90].join("."))),
            Kind::RecursionLimit
        );
        match kind_of("[penalty]\namout = 3\n") {
            Kind::UnknownKey { name, valid } => {
                assert_eq!(name, "amout");
                assert!(valid.contains(&"amount") && valid.contains(&"per"), "{valid:?}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(kind_of("[order]\ndecided = \"2022-10-17\"\n"), Kind::DateInQuotes);
        assert_eq!(
            kind_of("[penalty]\namount = 1000000000000000000000000000000000000000000\n"),
            Kind::IntegerOverflowed
        );
        assert_eq!(
            kind_of("[[liquidation]]\nexpected_days = 9223372036854775808\n"),
            Kind::WholeNumberBeyond64Bits("9223372036854775808")
        );
        assert_eq!(kind_of("title = \"a\"\ntitle = \"b\"\n"), Kind::DuplicateKey);
        assert_eq!(
            kind_of("[order]\ndecided = 2023-02-30\n"),
            Kind::InvalidDay { last: "28" }
        );
        assert_eq!(
            kind_of("[order]\ndecided = 2024-04-31\n"),
            Kind::InvalidDay { last: "30" }
        );
        assert_eq!(kind_of("[order]\ndecided = 2024-13-01\n"), Kind::InvalidMonth);
        assert_eq!(kind_of("rules = fr-cpc\n"), Kind::UnquotedText);
        assert_eq!(kind_of("rules =\n"), Kind::UnquotedText);
        assert_eq!(
            kind_of("order = { decided = 2023-01-02\n[penalty]\namount = 1\n"),
            Kind::InlineTable
        );
        assert_eq!(
            kind_of("order = [2023-01-02]\n"),
            Kind::NotATable {
                found: "invalid length 1"
            }
        );
        assert_eq!(
            kind_of("[liquidation]\nthrough = 2023-03-01\n"),
            Kind::NotAnArray {
                found: "invalid type: map"
            }
        );
        assert_eq!(
            kind_of("[[liquidation]]\nexpected_days = 52.0\n"),
            Kind::NotAWholeNumber {
                found: "invalid type: floating point `52.0`"
            }
        );
        assert_eq!(kind_of("title = \"x\nx\"\n"), Kind::Other);
    }

    /// The amounts this crate refuses itself are read back as the refusal they were.
    #[test]
    fn own_refusals_are_read_back_as_they_were_made() {
        for (text, refusal) in [
            ("1.5", Refusal::Float),
            (
                "9223372036854775808",
                Refusal::IntegerBeyond64Bits("9223372036854775808".into()),
            ),
            (
                "-9223372036854775809",
                Refusal::IntegerBeyond64Bits("-9223372036854775809".into()),
            ),
        ] {
            let value = toml::de::DeValue::parse(text).unwrap();
            let error = RawAmount::deserialize(ValueDeserializer::from(value)).unwrap_err();
            assert_eq!(classify(error.message()), Kind::Refused(refusal.clone()), "{text}");
            assert_eq!(error.message(), refusal.to_string());
        }
    }
}
