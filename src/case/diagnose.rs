//! Plain words for the terse messages of the TOML reader and of serde, which name Rust types
//! (`i64`, `struct RawOrder`) or guess wrong (`invalid boolean` for an unquoted word).
//!
//! Each rewrite keeps the original facts (what was found) and says what was expected in the
//! terms of the case file.

use super::problem::Problem;
use super::reader_error::{Kind, Refusal};
use crate::money::DecimalError;

/// The problem to show for the reader's error of kind `kind` (whose message is `raw`), given
/// the text it points at (`written`, trimmed) and the last key of its path, if known. `None`
/// keeps `raw` as it is.
pub(super) fn explain(kind: &Kind<'_>, raw: &str, written: &str, key: Option<&str>) -> Option<Problem> {
    let key = key.unwrap_or("key");
    if let Some(value) = integer_beyond_64_bits(kind, written) {
        return Some(Problem::BeyondIntegers {
            value,
            whole: WHOLE_NUMBER_KEYS.contains(&key),
            key: key.to_string(),
        });
    }
    match kind {
        Kind::RecursionLimit => {
            // `written` is the key.
            let path = written;
            Some(Problem::TooDeep {
                depth: path.split('.').count(),
            })
        }
        Kind::DuplicateKey => {
            let name = if written.is_empty() { key } else { written };
            Some(Problem::Duplicate { name: name.to_string() })
        }
        Kind::UnquotedText if written.is_empty() => Some(Problem::ValueMissing { key: key.to_string() }),
        Kind::UnquotedText if looks_like_a_date(written) => Some(date_advice(key, written)),
        Kind::UnquotedText if written != "true" && written != "false" => Some(Problem::Unquoted {
            key: key.to_string(),
            written: written.to_string(),
        }),
        Kind::InlineTable => Some(Problem::InlineTable {
            detail: raw.to_string(),
        }),
        Kind::InvalidDay { last } => Some(Problem::InvalidDay { last: last.to_string() }),
        Kind::InvalidMonth => Some(Problem::InvalidMonth),
        Kind::NotATable { found } => Some(Problem::NotATable {
            found: found.to_string(),
            key: key.to_string(),
        }),
        Kind::NotAnArray { found } => Some(Problem::NotAnArray {
            found: found.to_string(),
            key: key.to_string(),
        }),
        Kind::NotAWholeNumber { found } => Some(Problem::NotAWholeNumber {
            found: found.to_string(),
        }),
        // A decimal string written as people write it (`amount = "1.000,50"`) is told the
        // case file's form, as the same amount written without quotes is.
        Kind::Refused(Refusal::Decimal(DecimalError::NotDecimal(text))) => match amount_as_written(text) {
            Some(amount) => Some(Problem::AmountForm {
                key: key.to_string(),
                written: format!("\"{text}\""),
                amount,
            }),
            None => Some(Problem::Decimal(DecimalError::NotDecimal(text.clone()))),
        },
        Kind::Refused(refusal) => refusal.problem(),
        _ => None,
    }
}

/// Whether `written` is a date in a form other than TOML's, such as `03/03/2024` or
/// `3.3.2024`: digits in three groups joined by `/`, `.` or `-`.
fn looks_like_a_date(written: &str) -> bool {
    let groups: Vec<&str> = written.split(['/', '.', '-']).collect();
    groups.len() == 3
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.len() <= 4 && g.bytes().all(|b| b.is_ascii_digit()))
}

/// What to write for a date written `written` (day first, as courts write them): the same
/// date as TOML writes it, bare, when it is one, else the form to use. Never "add quotes":
/// a quoted date is refused in turn.
pub(super) fn date_advice(key: &str, written: &str) -> Problem {
    let groups: Vec<u32> = written.split(['/', '.', '-']).filter_map(|g| g.parse().ok()).collect();
    let day_first = match groups[..] {
        [day, month, year] if year >= 1000 => chrono::NaiveDate::from_ymd_opt(year as i32, month, day),
        _ => None,
    };
    Problem::DateForm {
        key: key.to_string(),
        written: written.to_string(),
        date: day_first,
    }
}

/// `1.000,50` (a point for thousands, a comma for decimals), `1000,50` or `1,000.50`: an
/// amount as people write it, which TOML cannot read; the same amount as a case file writes
/// it, if `written` is one.
pub(super) fn amount_as_written(written: &str) -> Option<String> {
    let digits_and_marks = written
        .bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'\'' | b' '));
    if !digits_and_marks || !written.contains(',') || !written.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let last = written.rfind(['.', ','])?;
    let after = written.len() - last - 1;
    let decimal_comma = written.as_bytes().get(last) == Some(&b',') && after != 3;
    let plain: String = written
        .chars()
        .filter_map(|c| match c {
            ',' if decimal_comma => Some('.'),
            ',' | '\'' | ' ' => None,
            '.' if decimal_comma => None,
            c => Some(c),
        })
        .collect();
    plain.parse::<rust_decimal::Decimal>().ok().map(|_| plain)
}

/// How many keys deep the `toml` reader reads a dotted key (its recursion limit, 80, counts
/// the keys before the last).
pub(crate) const READER_DEPTH: usize = 80;

/// The keys that take a whole number (a count of days or of violations), not an amount.
const WHOLE_NUMBER_KEYS: &[&str] = &["count", "expected_days", "accrued_days"];

/// The value, in decimal digits, of an integer refused for being beyond TOML's 64-bit
/// integers (the `toml` reader reads up to 128 bits), if `kind` is that; `written` is the
/// integer as written.
fn integer_beyond_64_bits(kind: &Kind<'_>, written: &str) -> Option<String> {
    match kind {
        Kind::Refused(Refusal::IntegerBeyond64Bits(value)) => Some(value.clone()),
        Kind::WholeNumberBeyond64Bits(value) => Some((*value).to_string()),
        // Beyond 128 bits: shown as written, without `_` separators or a `+` sign.
        Kind::IntegerOverflowed => Some(written.trim_start_matches('+').chars().filter(|&c| c != '_').collect()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {

    /// Issue 17: advice never goes in a circle; a day-first date is given in TOML's form, an
    /// amount with a decimal comma as a decimal string.
    #[test]
    fn dates_and_amounts_as_people_write_them_get_the_case_file_s_form() {
        assert!(looks_like_a_date("03/03/2024") && looks_like_a_date("3.3.2024") && !looks_like_a_date("fr-cpc"));
        let say = |p: Problem| crate::lang::Lang::En.say(&crate::lang::Message::Problem(&p));
        assert!(say(date_advice("decided", "03/04/2024")).ends_with("decided = 2024-04-03"));
        assert!(say(date_advice("decided", "31/02/2024")).ends_with("such as decided = 2022-10-19"));
        assert_eq!(amount_as_written("1.000,50").as_deref(), Some("1000.50"));
        assert_eq!(amount_as_written("1 000,5").as_deref(), Some("1000.5"));
        assert_eq!(amount_as_written("1,000.50").as_deref(), Some("1000.50"));
        assert_eq!(amount_as_written("1,000").as_deref(), Some("1000"));
        assert_eq!(amount_as_written("250,5").as_deref(), Some("250.5"));
        assert_eq!(amount_as_written("[1, 2]"), None);
        assert_eq!(amount_as_written("1000"), None);
    }

    use super::*;
    use crate::case::reader_error::classify;

    fn say(raw: &str, written: &str, key: Option<&str>) -> Option<String> {
        explain(&classify(raw), raw, written, key)
            .map(|p| crate::lang::Lang::En.say(&crate::lang::Message::Problem(&p)))
    }

    #[test]
    fn rewrites_say_what_was_expected_in_case_file_terms() {
        assert_eq!(
            say("invalid boolean, expected `false`", "fr-cpc", Some("rules")).as_deref(),
            Some("a text value must be in double quotes: rules = \"fr-cpc\"")
        );
        assert_eq!(
            say(
                "string values must be quoted, expected literal string",
                "",
                Some("amount")
            )
            .as_deref(),
            Some("the value is missing after `amount =`")
        );
        assert_eq!(
            say(
                "invalid type: floating point `52.0`, expected i64",
                "52.0",
                Some("count")
            )
            .as_deref(),
            Some(
                "invalid type: floating point `52.0`, expected a whole number without quotes or decimal point, at most 9223372036854775807"
            )
        );
        assert_eq!(
            say(
                "invalid length 1, expected struct RawOrder with 6 elements",
                "",
                Some("order")
            )
            .as_deref(),
            Some("invalid length 1, expected a table of keys, such as [order]")
        );
        assert!(say("duplicate key", "order", None).is_some_and(|m| m.starts_with("`order` is written twice")));
        assert_eq!(say("invalid basic string", "x", None), None);
    }
}
