//! Plain words for the terse messages of the TOML reader and of serde, which name Rust types
//! (`i64`, `struct RawOrder`) or guess wrong (`invalid boolean` for an unquoted word).
//!
//! Each rewrite keeps the original facts (what was found) and says what was expected in the
//! terms of the case file.

/// The message to show for `raw` (the reader's message), given the text it points at
/// (`written`, trimmed) and the last key of its path, if known. `None` keeps `raw` as it is.
pub(super) fn explain(raw: &str, written: &str, key: Option<&str>) -> Option<String> {
    let key = key.unwrap_or("key");
    if let Some(value) = integer_beyond_64_bits(raw, written) {
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
    if raw == "recursion limit" {
        // `written` is the key.
        let path = written;
        return Some(format!(
            "this key is nested {} levels deep: the TOML reader takes at most {READER_DEPTH}, and a case file needs no more than 4 (such as `case.penalty.change.amount`)",
            path.split('.').count()
        ));
    }
    if raw == "duplicate key" {
        let name = if written.is_empty() { key } else { written };
        return Some(format!(
            "`{name}` is written twice: each key and each [table] appears once in a case"
        ));
    }
    if raw.starts_with("invalid boolean") || raw.starts_with("string values must be quoted") {
        if written.is_empty() {
            return Some(format!("the value is missing after `{key} =`"));
        }
        if written != "true" && written != "false" {
            return Some(format!(
                "a text value must be in double quotes: {key} = \"{}\"",
                written.replace('"', "\\\"")
            ));
        }
    }
    if raw.contains("inline table") {
        return Some(format!(
            "{raw} (an inline table {{ ... }} is closed by `}}` before the next line: is one missing above?)"
        ));
    }
    if let Some(at) = raw.find("expected struct Raw") {
        let found = raw.get(..at).unwrap_or("").trim_end_matches([',', ' ']);
        return Some(format!("{found}, expected a table of keys, such as [{key}]"));
    }
    if raw.ends_with("expected a sequence") {
        let found = raw.trim_end_matches("expected a sequence").trim_end_matches([',', ' ']);
        return Some(format!(
            "{found}, expected an array: write each entry as a [[{key}]] table (double brackets), or as [ ... ]"
        ));
    }
    if raw.ends_with("expected i64") {
        let found = raw.trim_end_matches("expected i64").trim_end_matches([',', ' ']);
        return Some(format!(
            "{found}, expected a whole number without quotes or decimal point, at most {}",
            i64::MAX
        ));
    }
    None
}

/// How many keys deep the `toml` reader reads a dotted key (its recursion limit, 80, counts
/// the keys before the last).
const READER_DEPTH: usize = 80;

/// The keys that take a whole number (a count of days or of violations), not an amount.
const WHOLE_NUMBER_KEYS: &[&str] = &["count", "expected_days", "accrued_days"];

/// The value, in decimal digits, of an integer the reader refused for being beyond TOML's
/// 64-bit integers (the `toml` reader reads up to 128 bits, and names the Rust type it read it
/// as), if `raw` says that; `written` is the integer as written.
fn integer_beyond_64_bits(raw: &str, written: &str) -> Option<String> {
    if let Some(value) = raw.strip_prefix(super::raw::INTEGER_TOO_LARGE) {
        return Some(value.to_string());
    }
    if raw == "integer number overflowed" {
        // Beyond 128 bits: shown as written, without `_` separators or a `+` sign.
        let digits: String = written.trim_start_matches('+').chars().filter(|&c| c != '_').collect();
        return Some(digits);
    }
    // serde's "invalid type: integer `N` as i128, expected i64" or "invalid value: integer
    // `N`, expected i64".
    let (_, rest) = raw.split_once("integer `")?;
    let (value, _) = rest.split_once('`')?;
    (raw.ends_with("expected i64") && value.parse::<i64>().is_err() && value.parse::<i128>().is_ok())
        .then(|| value.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewrites_say_what_was_expected_in_case_file_terms() {
        assert_eq!(
            explain("invalid boolean, expected `false`", "fr-cpc", Some("rules")).as_deref(),
            Some("a text value must be in double quotes: rules = \"fr-cpc\"")
        );
        assert_eq!(
            explain(
                "string values must be quoted, expected literal string",
                "",
                Some("amount")
            )
            .as_deref(),
            Some("the value is missing after `amount =`")
        );
        assert_eq!(
            explain(
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
            explain(
                "invalid length 1, expected struct RawOrder with 6 elements",
                "",
                Some("order")
            )
            .as_deref(),
            Some("invalid length 1, expected a table of keys, such as [order]")
        );
        assert!(explain("duplicate key", "order", None).is_some_and(|m| m.starts_with("`order` is written twice")));
        assert_eq!(explain("invalid basic string", "x", None), None);
    }
}
