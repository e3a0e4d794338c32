//! Plain words for the terse messages of the TOML reader and of serde, which name Rust types
//! (`i64`, `struct RawOrder`) or guess wrong (`invalid boolean` for an unquoted word).
//!
//! Each rewrite keeps the original facts (what was found) and says what was expected in the
//! terms of the case file.

use super::reader_error::{Kind, Refusal};

/// The message to show for the reader's error of kind `kind` (whose message is `raw`), given
/// the text it points at (`written`, trimmed) and the last key of its path, if known. `None`
/// keeps `raw` as it is.
pub(super) fn explain(kind: &Kind<'_>, raw: &str, written: &str, key: Option<&str>) -> Option<String> {
    let key = key.unwrap_or("key");
    if let Some(value) = integer_beyond_64_bits(kind, written) {
        let beyond = format!(
            "`{value}` is beyond TOML's integers, which are 64-bit ({} to {})",
            i64::MIN,
            i64::MAX
        );
        return Some(if WHOLE_NUMBER_KEYS.contains(&key) {
            format!("{beyond}: expected a whole number without quotes or decimal point")
        } else {
            format!("{beyond}: write it as a decimal string: {key} = \"{value}\"")
        });
    }
    match kind {
        Kind::RecursionLimit => {
            // `written` is the key.
            let path = written;
            Some(format!(
                "this key is nested {} levels deep: the TOML reader takes at most {READER_DEPTH}, and a case file needs no more than 4 (such as `case.penalty.change.amount`)",
                path.split('.').count()
            ))
        }
        Kind::DuplicateKey => {
            let name = if written.is_empty() { key } else { written };
            Some(format!(
                "`{name}` is written twice: each key and each [table] appears once in a case"
            ))
        }
        Kind::UnquotedText if written.is_empty() => Some(format!("the value is missing after `{key} =`")),
        Kind::UnquotedText if written != "true" && written != "false" => Some(format!(
            "a text value must be in double quotes: {key} = \"{}\"",
            written.replace('"', "\\\"")
        )),
        Kind::InlineTable => Some(format!(
            "{raw} (an inline table {{ ... }} is closed by `}}` before the next line: is one missing above?)"
        )),
        Kind::NotATable { found } => Some(format!("{found}, expected a table of keys, such as [{key}]")),
        Kind::NotAnArray { found } => Some(format!(
            "{found}, expected an array: write each entry as a [[{key}]] table (double brackets), or as [ ... ]"
        )),
        Kind::NotAWholeNumber { found } => Some(format!(
            "{found}, expected a whole number without quotes or decimal point, at most {}",
            i64::MAX
        )),
        _ => None,
    }
}

/// How many keys deep the `toml` reader reads a dotted key (its recursion limit, 80, counts
/// the keys before the last).
const READER_DEPTH: usize = 80;

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
    use super::*;
    use crate::case::reader_error::classify;

    fn say(raw: &str, written: &str, key: Option<&str>) -> Option<String> {
        explain(&classify(raw), raw, written, key)
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
