//! Reading a source into cases: one case per file, or many as `[[case]]` tables.
//!
//! The document is parsed once into a spanned tree; each case is then deserialized on its
//! own, so that a bad case in a batch is reported with its position and the others still load.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::error::InputError;
use super::model::Case;
use super::raw::{FLOAT_REFUSED, RawCase};
use super::validate::validate;
use crate::source::Source;

/// Every case in `source`, each checked, in the order written. A document that is not valid
/// TOML gives a single error.
///
/// ```
/// use astreinte::case::load;
/// use astreinte::source::Source;
/// let text = r#"
/// [[case]]
/// title = "A"
/// currency = "EUR"
/// rules = "plain"
/// order = { decided = 2023-01-02, deadline = 2023-01-31 }
/// penalty = { amount = 100, per = "day" }
///
/// [[case]]
/// title = "B"
/// currency = "EUR"
/// "#;
/// let cases = load(&Source::new("two.toml", text));
/// assert_eq!(cases.len(), 2);
/// assert!(cases[0].is_ok());
/// let err = cases[1].as_ref().unwrap_err();
/// assert_eq!(err.field.as_deref(), Some("case[2].order"));
/// ```
pub fn load(source: &Source) -> Vec<Result<Case, InputError>> {
    let root = match DeTable::parse(&source.text) {
        Ok(root) => root,
        Err(e) => return vec![Err(toml_error(source, &e, ""))],
    };
    let span = root.span();
    let mut table = root.into_inner();
    let Some((key, cases)) = table.remove_entry("case") else {
        return vec![load_one(source, Spanned::new(span, DeValue::Table(table)), "")];
    };
    if let Some((other, _)) = table.iter().next() {
        return vec![Err(InputError::at(
            source,
            other.span(),
            Some(other.get_ref().to_string()),
            format!(
                "a file with [[case]] tables takes no other top-level keys: move `{}` into each [[case]] (the `case` key is at line {})",
                other.get_ref(),
                source.locate(key.span().start).line
            ),
        ))];
    }
    let cases_span = cases.span();
    match cases.into_inner() {
        DeValue::Array(items) if !items.is_empty() => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| load_one(source, item, &format!("case[{}].", i + 1)))
            .collect(),
        _ => vec![Err(InputError::at(
            source,
            cases_span,
            Some("case".into()),
            "expected one or more [[case]] tables",
        ))],
    }
}

fn load_one(source: &Source, value: Spanned<DeValue<'_>>, prefix: &str) -> Result<Case, InputError> {
    let span = value.span();
    let raw = RawCase::deserialize(ValueDeserializer::from(value)).map_err(|e| toml_error(source, &e, prefix))?;
    validate(source, raw, span, prefix)
}

/// Turns a TOML or serde error into an [`InputError`] naming the key and, for an unknown key,
/// the valid ones and the closest.
fn toml_error(source: &Source, error: &toml::de::Error, prefix: &str) -> InputError {
    let span = error.span().unwrap_or(0..0);
    let keys = error_keys(error).or_else(|| key_at(source, span.start));
    let raw = error.message().trim_end();
    let (field, message) = if let Some(rest) = raw.strip_prefix("unknown field `") {
        let name = rest.split('`').next().unwrap_or(rest);
        let path = match keys {
            // At the top level the path is the unknown key itself.
            Some(k) if k == name || k.ends_with(&format!(".{name}")) => k,
            Some(k) => format!("{k}.{name}"),
            None => name.to_string(),
        };
        (Some(path), unknown_key_message(rest))
    } else if raw.starts_with(FLOAT_REFUSED) {
        let written = source.text.get(span.clone()).unwrap_or("").trim();
        let key = keys.as_deref().and_then(|k| k.rsplit('.').next()).unwrap_or("amount");
        let message = format!(
            "{FLOAT_REFUSED} (a float cannot hold every decimal exactly); write it as a decimal string: {key} = \"{written}\""
        );
        (keys, message)
    } else if raw.contains("invalid type: string") && raw.contains("TOML datetime") {
        (
            keys,
            "expected a bare TOML date such as 2022-10-19, found a string: remove the quotes".to_string(),
        )
    } else {
        let written = source.text.get(span.clone()).unwrap_or("").trim();
        let last = keys.as_deref().and_then(|k| k.rsplit('.').next());
        let message = super::diagnose::explain(raw, written, last).unwrap_or_else(|| raw.to_string());
        let keys = keys.or_else(|| (raw == "duplicate key" && !written.is_empty()).then(|| written.to_string()));
        (keys, message)
    };
    InputError::at(source, span, field.map(|f| format!("{prefix}{f}")), message)
}

/// The key a syntax error sits in, read from the text: the `key =` of its line, under the
/// nearest `[table]` header above it. Used when the parser stopped before knowing the key.
fn key_at(source: &Source, offset: usize) -> Option<String> {
    let before = source.text.get(..offset)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = source.text.get(line_start..)?.lines().next()?;
    // `key = value`, or a key whose `=` is missing.
    let key = match line.split_once('=') {
        Some((key, _)) => key.trim(),
        None => line.split_whitespace().next()?,
    };
    if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c)) {
        return None;
    }
    let table = before
        .get(..line_start)?
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']').trim().to_string());
    Some(match table {
        Some(t) => format!("{t}.{key}"),
        None => key.to_string(),
    })
}

/// The dotted key path of a deserialization error. `toml` shows it only when it has no input
/// text to quote, so the error is rendered once without its input to read it.
fn error_keys(error: &toml::de::Error) -> Option<String> {
    let mut bare = error.clone();
    bare.set_input(None);
    let text = bare.to_string();
    let last = text.lines().last()?;
    let keys = last.strip_prefix("in `")?.strip_suffix('`')?;
    Some(keys.to_string())
}

/// Rewrites serde's "unknown field `x`, expected one of `a`, `b`" with a suggestion.
fn unknown_key_message(rest: &str) -> String {
    let (name, expected) = rest.split_once('`').unwrap_or((rest, ""));
    let valid: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let closest = valid
        .iter()
        .map(|v| (strsim::damerau_levenshtein(name, v), *v))
        .min()
        .filter(|(d, v)| *d <= 2 || v.contains(name) || name.contains(v));
    let hint = closest
        .map(|(_, v)| format!(" (did you mean `{v}`?)"))
        .unwrap_or_default();
    let list = valid.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", ");
    if list.is_empty() {
        format!("unknown key `{name}`{hint}: this table takes no keys")
    } else {
        format!("unknown key `{name}`{hint}; valid keys here: {list}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_key() {
        let m = unknown_key_message("amout`, expected one of `obligation`, `amount`, `per`");
        assert_eq!(
            m,
            "unknown key `amout` (did you mean `amount`?); valid keys here: `obligation`, `amount`, `per`"
        );
        let m = unknown_key_message("zzz`, expected `a` or `b`");
        assert_eq!(m, "unknown key `zzz`; valid keys here: `a`, `b`");
    }
}
