//! Reading a source into cases: one case per file, or many as `[[case]]` tables.
//!
//! A batch written as a plain sequence of `[[case]]` tables (see [`split`]) is read one case
//! at a time: each table is parsed, checked and dropped before the next, so memory does not
//! grow with the batch. Any other document is parsed once into a spanned tree and each case
//! deserialized from it. Either way a bad case in a batch is reported with its position and
//! the others still load.

use serde::Deserialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::error::InputError;
use super::fast;
use super::model::{Case, key_path};
use super::raw::{FLOAT_REFUSED, RawCase};
use super::split::{Chunk, split};
use super::validate::validate;
use crate::source::{Part, Source};

/// Every case in `source`, each checked, in the order written. A document that is not valid
/// TOML gives a single error (in a batch of `[[case]]` tables, one per case that is not).
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
/// assert_eq!(err.location.line, 9);
/// ```
pub fn load(source: &Source) -> Vec<Result<Case, InputError>> {
    cases(source).collect()
}

/// The cases of `source` one at a time, in the order written: see [`load`]. A batch of
/// `[[case]]` tables is parsed lazily, one table per item.
pub fn cases(source: &Source) -> Cases<'_> {
    match split(&source.text) {
        Some(chunks) => Cases::Batch {
            batch: Batch { source, chunks },
            next: 0,
        },
        None => Cases::Whole(load_whole(source).into_iter()),
    }
}

/// The cases of a source, as [`cases`] gives them.
#[derive(Debug)]
pub enum Cases<'a> {
    /// A batch of `[[case]]` tables, each parsed when its turn comes.
    Batch { batch: Batch<'a>, next: usize },
    /// Any other document, parsed whole.
    Whole(std::vec::IntoIter<Result<Case, InputError>>),
}

impl Iterator for Cases<'_> {
    type Item = Result<Case, InputError>;

    fn next(&mut self) -> Option<Self::Item> {
        match self {
            Cases::Batch { batch, next } => {
                let case = (*next < batch.len()).then(|| batch.load(*next));
                *next += 1;
                case
            }
            Cases::Whole(cases) => cases.next(),
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = match self {
            Cases::Batch { batch, next } => batch.len().saturating_sub(*next),
            Cases::Whole(cases) => cases.len(),
        };
        (left, Some(left))
    }
}

/// The `[[case]]` tables of a batch, each of which can be parsed on its own, in any order and
/// on any thread.
#[derive(Debug)]
pub struct Batch<'a> {
    source: &'a Source,
    chunks: Vec<Chunk>,
}

impl Batch<'_> {
    /// How many `[[case]]` tables there are.
    pub fn len(&self) -> usize {
        self.chunks.len()
    }

    /// Whether there are none (never, for a batch [`cases`] gives).
    pub fn is_empty(&self) -> bool {
        self.chunks.is_empty()
    }

    /// The case of the `index`th table (0-based) of these, parsed and checked; an error past
    /// the end.
    pub fn load(&self, index: usize) -> Result<Case, InputError> {
        match self.chunks.get(index) {
            Some(chunk) => load_chunk(self.source, chunk, index + 1),
            None => Err(InputError::at(
                &Part::whole(self.source),
                self.source.text.len()..self.source.text.len(),
                Some("case".into()),
                format!("there is no case number {}", index + 1),
            )),
        }
    }
}

/// The `number`th `[[case]]` table of a batch, parsed on its own (by [`fast`] when it is in its
/// plain subset, else by `toml`). Its spans are relative to
/// the chunk; the [`Part`] turns them into the file's lines and columns.
pub(super) fn load_chunk(source: &Source, chunk: &Chunk, number: usize) -> Result<Case, InputError> {
    let part = Part::new(source, chunk.bytes.clone(), chunk.line);
    let mut raw = fast::empty_case();
    if let Some(span) = fast::parse_into(part.text(), &mut raw) {
        return validate(&part, raw, span, Some(number));
    }
    let root = DeTable::parse(part.text()).map_err(|e| toml_error(&part, &e, None))?;
    let span = root.span();
    let mut table = root.into_inner();
    // The split guarantees a single `case` key holding one table; checked all the same.
    match table.remove("case").map(Spanned::into_inner) {
        Some(DeValue::Array(items)) if items.len() == 1 && table.is_empty() => match items.into_iter().next() {
            Some(item) => load_one(&part, item, Some(number)),
            None => Err(not_one_case(&part, span)),
        },
        _ => Err(not_one_case(&part, span)),
    }
}

fn not_one_case(part: &Part<'_>, span: std::ops::Range<usize>) -> InputError {
    InputError::at(
        part,
        span,
        Some("case".into()),
        "expected exactly one [[case]] table here",
    )
}

/// A document that is not a plain sequence of `[[case]]` tables: parsed whole.
fn load_whole(source: &Source) -> Vec<Result<Case, InputError>> {
    let part = Part::whole(source);
    let root = match DeTable::parse(&source.text) {
        Ok(root) => root,
        Err(e) => return vec![Err(toml_error(&part, &e, None))],
    };
    let span = root.span();
    let mut table = root.into_inner();
    let Some((key, cases)) = table.remove_entry("case") else {
        return vec![load_one(&part, Spanned::new(span, DeValue::Table(table)), None)];
    };
    if let Some((other, _)) = table.iter().next() {
        return vec![Err(InputError::at(
            &part,
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
            .map(|(i, item)| load_one(&part, item, Some(i + 1)))
            .collect(),
        _ => vec![Err(InputError::at(
            &part,
            cases_span,
            Some("case".into()),
            "expected one or more [[case]] tables",
        ))],
    }
}

/// The `number`th case of a batch (or the case of a file holding one), from its parsed table.
fn load_one(part: &Part<'_>, value: Spanned<DeValue<'_>>, number: Option<usize>) -> Result<Case, InputError> {
    let span = value.span();
    let raw = RawCase::deserialize(ValueDeserializer::from(value)).map_err(|e| toml_error(part, &e, number))?;
    validate(part, raw, span, number)
}

/// Turns a TOML or serde error into an [`InputError`] naming the key and, for an unknown key,
/// the valid ones and the closest.
fn toml_error(part: &Part<'_>, error: &toml::de::Error, number: Option<usize>) -> InputError {
    let span = error.span().unwrap_or(0..0);
    let keys = error_keys(error)
        .or_else(|| key_at(part.source(), part.absolute(span.start)))
        .map(|k| {
            let text = part.text();
            let (before, after) = (
                text.get(..span.start).unwrap_or(""),
                text.get(span.start..).unwrap_or(""),
            );
            super::index_arrays(&k, before, after)
        });
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
        let written = part.get(span.clone()).unwrap_or("").trim();
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
        let written = part.get(span.clone()).unwrap_or("").trim();
        let last = keys.as_deref().and_then(|k| k.rsplit('.').next());
        let message = super::diagnose::explain(raw, written, last).unwrap_or_else(|| raw.to_string());
        let keys = keys.or_else(|| (raw == "duplicate key" && !written.is_empty()).then(|| written.to_string()));
        (keys, message)
    };
    InputError::at(part, span, field.map(|f| key_path(number, f)), message)
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

    /// A good case, with a liquidation table after its sub-tables.
    fn good(n: usize) -> String {
        format!(
            "[[case]]\ntitle = \"Case {n}\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n\
             [case.order]\ndecided = 2022-10-17\nnotified = 2022-10-19\ncomply_within = \"2 months\"\n\
             [case.penalty]\namount = \"100.50\"\nper = \"day\"\n[[case.liquidation]]\nthrough = 2023-02-09\n\n"
        )
    }

    /// The same batch through both readers: the case-by-case one, and the whole document.
    fn both(text: &str) -> (String, String) {
        let source = Source::new("batch.toml", text);
        assert!(split(text).is_some(), "not read case by case:\n{text}");
        (format!("{:#?}", load(&source)), format!("{:#?}", load_whole(&source)))
    }

    #[test]
    fn case_by_case_reads_as_the_whole_document_does() {
        // Errors of every stage: an unknown key, a float amount, a missing table, a date in
        // quotes, a refused value, a multi-line string holding a header, comments and CRLF.
        let bad = [
            "[[case]]\ntitle = \"x\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\namout = 3\n",
            "[[case]] # float\r\ntitle = \"x\"\r\ncurrency = \"EUR\"\r\n[case.penalty]\r\namount = 1.5\r\n",
            "[[case]]\ntitle = \"x\"\ncurrency = \"EUR\"\n",
            "[[case]]\ntitle = \"x\"\ncurrency = \"EUR\"\n[case.order]\ndecided = \"2022-10-17\"\n",
            "[[case]]\ntitle = \"é\"\ncurrency = \"XXX\"\n",
            "[[case]]\nauthority = \"\"\"\n[[case]]\ntitle = 'no'\n\"\"\"\n",
        ];
        let mut text = String::from("# a batch\n\n");
        for (i, b) in bad.iter().enumerate() {
            text.push_str(&good(i));
            text.push_str(b);
        }
        text.push_str(&good(99));
        let (chunked, whole) = both(&text);
        assert_eq!(chunked, whole);
        assert_eq!(load(&Source::new("b", text.as_str())).len(), 2 * bad.len() + 1);
    }

    #[test]
    fn the_example_batches_read_as_the_whole_document_does() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut seen = 0;
        for folder in ["examples", "tests/cases"] {
            for entry in std::fs::read_dir(dir.join(folder)).unwrap() {
                let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
                if text.contains("[[case]]") {
                    let (chunked, whole) = both(&text);
                    assert_eq!(chunked, whole);
                    seen += 1;
                }
            }
        }
        assert!(seen >= 2, "{seen} batches");
    }

    #[test]
    fn an_error_in_case_n_of_a_big_batch_gives_the_file_line_and_column() {
        let mut text = String::new();
        for n in 1..=3000 {
            if n == 2345 {
                text.push_str("[[case]]\ntitle = \"bad\"\ncurrency = \"EUR\"\n[case.penalty]\n  amount = \"12.5.0\"\n");
            } else {
                text.push_str(&good(n));
            }
        }
        let line = text[..text.find("12.5.0").unwrap()].lines().count();
        let results = load(&Source::new("big.toml", text.as_str()));
        assert_eq!(results.len(), 3000);
        let errors: Vec<_> = results.iter().filter_map(|r| r.as_ref().err()).collect();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!((errors[0].location.line, errors[0].location.column), (line, 12));
        assert_eq!(errors[0].field.as_deref(), Some("case[2345].penalty.amount"));
        assert_eq!(
            errors[0].excerpt.as_ref().map(|e| e.text.as_str()),
            Some("  amount = \"12.5.0\"")
        );
        let last = results[2999].as_ref().unwrap();
        assert_eq!(
            last.origin.line,
            text[..text.rfind("[[case]]").unwrap()].lines().count() + 1
        );
    }

    #[test]
    fn a_syntax_error_stops_only_its_own_case() {
        let text = format!("{}[[case]]\ntitle = \"x\"\ncurrency = EUR\n{}", good(1), good(3));
        let results = load(&Source::new("s.toml", text.as_str()));
        assert_eq!(results.len(), 3);
        assert!(results[0].is_ok() && results[2].is_ok());
        let e = results[1].as_ref().unwrap_err();
        let line = good(1).lines().count() + 3;
        assert_eq!((e.location.line, e.location.column), (line, 12), "{e:?}");
        assert_eq!(e.field.as_deref(), Some("case.currency"));
    }

    #[test]
    fn other_shapes_are_read_whole() {
        // An inline array of cases; a batch with a top-level key; tables in mixed shapes.
        let inline = "case = [{ title = \"A\", currency = \"EUR\", rules = \"plain\", order = { decided = 2023-01-02, deadline = 2023-01-31 }, penalty = { amount = 1 } }]\n";
        assert!(split(inline).is_none());
        assert!(load(&Source::new("i", inline))[0].is_ok());

        let stray = format!("{}version = 2\n[other]\nx = 1\n", good(1));
        assert!(split(&stray).is_none());
        let results = load(&Source::new("s", stray.as_str()));
        assert_eq!(results.len(), 1);
        let e = results[0].as_ref().unwrap_err();
        assert_eq!(e.field.as_deref(), Some("other"));
        assert!(e.message.contains("takes no other top-level keys"), "{}", e.message);

        let quoted = format!("{}[[\"case\"]]\n{}", good(1), &good(2)["[[case]]\n".len()..]);
        assert!(split(&quoted).is_none());
        let results = load(&Source::new("q", quoted.as_str()));
        assert_eq!(results.len(), 2);
        assert!(results.iter().all(Result::is_ok), "{results:?}");
    }

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
