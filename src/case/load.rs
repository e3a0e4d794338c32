//! Reading a source into cases: one case per file, or many as `[[case]]` tables.
//!
//! A batch written as a plain sequence of `[[case]]` tables (see [`split`]) is read one case
//! at a time: each table is parsed, checked and dropped before the next, so memory does not
//! grow with the batch. Any other document is parsed once into a spanned tree and each case
//! deserialized from it. Either way a bad case in a batch is reported with its position and
//! the others still load.

use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue, ValueDeserializer};

use super::error::{Found, InputError};
use super::model::{Case, key_path};
use super::problem::Problem;
use super::raw::RawCase;
use super::reader_error::{Kind, Refusal, classify};
use super::split::{Chunk, Open, Statement, split, statement_at};
use super::validate::validate;
use crate::fast;
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
pub(crate) fn cases(source: &Source) -> Cases<'_> {
    match split(&source.text) {
        Some(chunks) => Cases::Batch {
            batch: Batch::new(source, chunks),
            next: 0,
        },
        None => Cases::Whole(load_whole(source).into_iter()),
    }
}

/// The cases of a source, as [`cases`] gives them.
#[derive(Debug)]
pub(crate) enum Cases<'a> {
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
pub(crate) struct Batch<'a> {
    source: &'a Source,
    chunks: Vec<Chunk>,
}

impl<'a> Batch<'a> {
    /// The tables `chunks` of `source`: those the split finds, or those `fast::tables`
    /// guesses.
    pub(crate) fn new(source: &'a Source, chunks: Vec<Chunk>) -> Self {
        Batch { source, chunks }
    }

    /// Whether `other` is these same tables.
    pub(crate) fn has_tables_of(&self, other: &Batch<'_>) -> bool {
        self.chunks == other.chunks
    }

    /// How many `[[case]]` tables there are.
    pub(crate) fn len(&self) -> usize {
        self.chunks.len()
    }

    /// The case of the `index`th table (0-based) of these, parsed and checked; an error past
    /// the end.
    pub(crate) fn load(&self, index: usize) -> Result<Case, InputError> {
        match self.chunks.get(index) {
            Some(chunk) => load_chunk(self.source, chunk, index + 1),
            None => Err(InputError::at(
                &Part::whole(self.source),
                self.source.text.len()..self.source.text.len(),
                Some("case".into()),
                Problem::NoCaseNumber(index + 1),
            )),
        }
    }
}

/// The `number`th `[[case]]` table of a batch, parsed on its own by `toml` (or by
/// [`fast::reader`], which gives the same case, when the table is in its plain subset). Its spans are relative to
/// the chunk; the [`Part`] turns them into the file's lines and columns.
pub(super) fn load_chunk(source: &Source, chunk: &Chunk, number: usize) -> Result<Case, InputError> {
    let part = Part::new(source, chunk.bytes.clone(), chunk.line);
    let mut raw = fast::reader::empty_case();
    if let Some(span) = fast::reader::parse_into(part.text(), &mut raw) {
        return validate(&part, raw, span, Some(number));
    }
    let root = parse(part.text()).map_err(|(e, span)| in_case(toml_error(&part, &e, span, None, None), number))?;
    let span = root.span();
    match the_case(root) {
        Some(item) => load_one(&part, item, Some(number), || {
            DeTable::parse(part.text()).ok().and_then(the_case)
        }),
        None => Err(not_one_case(&part, span)),
    }
}

/// The one table of a `[[case]]` table's text, parsed.
fn the_case(root: Spanned<DeTable<'_>>) -> Option<Spanned<DeValue<'_>>> {
    let mut table = root.into_inner();
    // The split guarantees a single `case` key holding one table; checked all the same.
    match table.remove("case").map(Spanned::into_inner) {
        Some(DeValue::Array(items)) if items.len() == 1 && table.is_empty() => items.into_iter().next(),
        _ => None,
    }
}

/// An error of the `number`th table's text, named in the file's terms: its keys, read from
/// the table's text, begin with `case`, which is `case[number]`.
fn in_case(mut error: InputError, number: usize) -> InputError {
    let below = error.field.as_deref().map(|f| f.strip_prefix("case").unwrap_or(f));
    error.field = Some(match below {
        Some(rest) if rest.is_empty() || rest.starts_with('.') => format!("case[{number}]{rest}"),
        Some(other) => key_path(Some(number), other),
        None => format!("case[{number}]"),
    });
    error
}

fn not_one_case(part: &Part<'_>, span: std::ops::Range<usize>) -> InputError {
    InputError::at(part, span, Some("case".into()), Problem::NotOneCase)
}

/// A document that is not a plain sequence of `[[case]]` tables: parsed whole.
fn load_whole(source: &Source) -> Vec<Result<Case, InputError>> {
    let part = Part::whole(source);
    let root = match parse(&source.text) {
        Ok(root) => root,
        Err((e, span)) => return vec![Err(toml_error(&part, &e, span, None, None))],
    };
    let span = root.span();
    let mut table = root.into_inner();
    let Some((key, cases)) = table.remove_entry("case") else {
        let again = || {
            DeTable::parse(&source.text).ok().map(|root| {
                let span = root.span();
                Spanned::new(span, DeValue::Table(root.into_inner()))
            })
        };
        return vec![load_one(&part, Spanned::new(span, DeValue::Table(table)), None, again)];
    };
    if let Some((other, _)) = table.iter().next() {
        return vec![Err(InputError::at(
            &part,
            other.span(),
            Some(other.get_ref().to_string()),
            Problem::KeyBesideCases {
                key: other.get_ref().to_string(),
                line: source.locate(key.span().start).line,
            },
        ))];
    }
    let cases_span = cases.span();
    // The cases read again, for the errors of those that are refused: once for them all.
    let again: std::cell::OnceCell<std::cell::RefCell<Vec<Option<Spanned<DeValue<'_>>>>>> = std::cell::OnceCell::new();
    let case_again = |i: usize| {
        let cases = again.get_or_init(|| {
            let items = DeTable::parse(&source.text)
                .ok()
                .and_then(|root| root.into_inner().remove("case"))
                .map(Spanned::into_inner);
            std::cell::RefCell::new(match items {
                Some(DeValue::Array(items)) => items.into_iter().map(Some).collect(),
                _ => Vec::new(),
            })
        });
        cases.borrow_mut().get_mut(i).and_then(Option::take)
    };
    match cases.into_inner() {
        DeValue::Array(items) if !items.is_empty() => items
            .into_iter()
            .enumerate()
            .map(|(i, item)| load_one(&part, item, Some(i + 1), || case_again(i)))
            .collect(),
        _ => vec![Err(InputError::at(
            &part,
            cases_span,
            Some("case".into()),
            Problem::NoCases,
        ))],
    }
}

/// `text` parsed as a TOML document; or its first syntax error, and where it is. The reader
/// does not report its errors in the order of the text (strings and keys are checked after
/// the structure of the whole text), and the first line in error is the one to fix: the errors
/// below may follow from it. On that line, the reader's first is kept (the others are its
/// guesses at what was meant).
///
/// A text longer than [`RECOVERED_UP_TO`] (never a case of a batch in practice) gets the
/// reader's first error: listing every error of a long text of garbage would take memory
/// without bound.
fn parse(text: &str) -> Result<Spanned<DeTable<'_>>, (toml::de::Error, std::ops::Range<usize>)> {
    if text.len() > RECOVERED_UP_TO {
        return DeTable::parse(text).map_err(|e| {
            let span = e.span().unwrap_or_else(|| deep_key_line(text));
            (e, span)
        });
    }
    let (root, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        return Ok(root);
    }
    let line_starts: Vec<usize> = std::iter::once(0)
        .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
        .collect();
    let line_of = |offset: usize| line_starts.partition_point(|&start| start <= offset);
    let mut first: Option<((usize, usize), toml::de::Error, std::ops::Range<usize>)> = None;
    let mut placed_one = false;
    for (reported, error) in errors.into_iter().enumerate() {
        // Errors without a position come from building the tree, in the order of the text:
        // the first is the earliest, and the only one worth placing.
        let span = match error.span() {
            Some(span) => span,
            None if !placed_one => {
                placed_one = true;
                unplaced(text, error.message())
            }
            None => continue,
        };
        let rank = (line_of(span.start), reported);
        if first.as_ref().is_none_or(|(best, _, _)| rank < *best) {
            first = Some((rank, error, span));
        }
    }
    match first {
        Some((_, error, span)) => Err((error, span)),
        None => Ok(root),
    }
}

/// The longest text whose every syntax error is listed to find the first (see [`parse`]).
const RECOVERED_UP_TO: usize = 256 * 1024;

/// The first line of `text` holding a dotted key deeper than the reader takes (its only error
/// without a position: `recursion limit`), found without parsing; the start of the text if
/// none is.
fn deep_key_line(text: &str) -> std::ops::Range<usize> {
    let is_key = |c: char| c.is_alphanumeric() || "_-.".contains(c);
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line
            .split(|c: char| !is_key(c))
            .any(|run| run.matches('.').count() >= 80)
        {
            let content = line.trim();
            let indent = line.len() - line.trim_start().len();
            return start + indent..start + indent + content.len().max(1);
        }
        start += line.len();
    }
    0..0
}

/// The `number`th case of a batch (or the case of a file holding one), from its parsed table;
/// `again` reads that table once more, should the first reading be refused.
fn load_one<'a>(
    part: &Part<'a>,
    value: Spanned<DeValue<'a>>,
    number: Option<usize>,
    again: impl FnOnce() -> Option<Spanned<DeValue<'a>>>,
) -> Result<Case, InputError> {
    let span = value.span();
    let raw = deserialize_case(value).map_err(|first| reading_errors(part, first, &span, number, again))?;
    validate(part, raw, span, number)
}

/// The error of a case the deserializer refused with `first`, carrying the refusals of its
/// other keys: each key of the case's table, read `again`, is deserialized in a case of its
/// own (and, if refused below, each key of its table or each table of its array, and so on),
/// which finds the refusals of every key rather than the first. The values are checked only
/// once every key is read (see [`validate`]).
fn reading_errors<'a>(
    part: &Part<'a>,
    first: serde_path_to_error::Error<toml::de::Error>,
    span: &std::ops::Range<usize>,
    number: Option<usize>,
    again: impl FnOnce() -> Option<Spanned<DeValue<'a>>>,
) -> InputError {
    let mut refused = Refusals::new(span.clone(), first);
    if let Some(case) = again() {
        refused_keys(&case, "", &|value| value, 1, &mut refused);
    }
    let mut found = Found::default();
    for (at, keys, e) in refused.kept {
        found.push(toml_error(part, &e, at, keys, number));
    }
    // Past the listed ones, counted without being put into words (which reads the text).
    for _ in 0..refused.past {
        found.push_unlisted();
    }
    #[allow(clippy::expect_used, reason = "the first refusal at least is kept")]
    found.into_error().expect("a refused case has an error")
}

/// A refusal of the deserializer: where, the keys of its path, and the error.
type Refused = (std::ops::Range<usize>, Option<String>, toml::de::Error);

/// The refusals found by reading each key of a case alone: the first [`InputError::LISTED`] in
/// the order of the file kept, each once, the others counted (a file of a million keys refused
/// is told about twenty, in bounded memory).
struct Refusals {
    /// Where an error without a position is put: the case's table.
    case: std::ops::Range<usize>,
    /// The first refusal, which the search finds again.
    first: (std::ops::Range<usize>, Option<String>, String),
    kept: Vec<Refused>,
    past: usize,
    /// How many the search has met, the first again included.
    seen: usize,
}

impl Refusals {
    fn new(case: std::ops::Range<usize>, first: serde_path_to_error::Error<toml::de::Error>) -> Self {
        let mut refusals = Refusals {
            case,
            first: (0..0, None, String::new()),
            kept: Vec::new(),
            past: 0,
            seen: 0,
        };
        let first = refusals.refusal(first);
        refusals.first = (first.0.clone(), first.1.clone(), first.2.message().to_string());
        refusals.keep(first);
        refusals
    }

    /// The deserializer's own path names the key in error (`toml` shows its own only inside its
    /// `Display`); every value the reader hands over has a position; should an error have none,
    /// the case's.
    fn refusal(&self, error: serde_path_to_error::Error<toml::de::Error>) -> Refused {
        let keys = keys_of(error.path());
        let error = error.into_inner();
        (error.span().unwrap_or_else(|| self.case.clone()), keys, error)
    }

    fn push(&mut self, error: serde_path_to_error::Error<toml::de::Error>) {
        self.seen += 1;
        let refusal = self.refusal(error);
        let (at, keys, message) = &self.first;
        if (at, keys, message.as_str()) != (&refusal.0, &refusal.1, refusal.2.message()) {
            self.keep(refusal);
        }
    }

    fn keep(&mut self, refusal: Refused) {
        let order = |(at, keys, e): &Refused| (at.start, at.end, keys.clone(), e.message().to_string());
        let key = order(&refusal);
        match self.kept.binary_search_by(|k| order(k).cmp(&key)) {
            // Found twice (read within its table and alone): once.
            Ok(_) => {}
            Err(at) if at >= InputError::LISTED => self.past += 1,
            Err(at) => {
                self.kept.insert(at, refusal);
                if self.kept.len() > InputError::LISTED {
                    self.kept.pop();
                    self.past += 1;
                }
            }
        }
    }
}

/// How deep [`refused_keys`] goes below a case's keys (`penalty` 1, `penalty.change` 2, a key of
/// `[[penalty.change]]` 3...) to find the keys refused in a table.
const REFUSED_DEPTH: usize = 8;

/// Pushes to `out` the refusals of the keys of `value` (a table, or the tables of an array),
/// at dotted `path` in the case: each deserialized alone, put back in place in a case by
/// `wrap`. A key refused below itself is searched the same way, `depth` counting the levels.
fn refused_keys<'a>(
    value: &Spanned<DeValue<'a>>,
    path: &str,
    wrap: &dyn Fn(Spanned<DeValue<'a>>) -> Spanned<DeValue<'a>>,
    depth: usize,
    out: &mut Refusals,
) {
    let span = value.span();
    match value.get_ref() {
        DeValue::Table(table) => {
            for (key, item) in table {
                let alone = |inner: Spanned<DeValue<'a>>| {
                    let mut one = DeTable::new();
                    one.insert(key.clone(), inner);
                    wrap(Spanned::new(span.clone(), DeValue::Table(one)))
                };
                let below = if path.is_empty() {
                    key.get_ref().to_string()
                } else {
                    format!("{path}.{}", key.get_ref())
                };
                refused_key(item, &below, &alone, depth, out);
            }
        }
        DeValue::Array(items) => {
            for item in items.iter() {
                let alone = |inner: Spanned<DeValue<'a>>| {
                    wrap(Spanned::new(span.clone(), DeValue::Array(DeArray::from_iter([inner]))))
                };
                refused_key(item, path, &alone, depth, out);
            }
        }
        _ => {}
    }
}

/// The refusals of `item`, at `path`, put in a case by `wrap`: its own, or those of its keys
/// if it is refused below itself.
fn refused_key<'a>(
    item: &Spanned<DeValue<'a>>,
    path: &str,
    wrap: &dyn Fn(Spanned<DeValue<'a>>) -> Spanned<DeValue<'a>>,
    depth: usize,
    out: &mut Refusals,
) {
    let Err(error) = deserialize_case(wrap(item.clone())) else {
        return;
    };
    let below = keys_of(error.path()).is_some_and(|keys| keys.len() > path.len());
    let before = out.seen;
    if below && depth < REFUSED_DEPTH {
        refused_keys(item, path, wrap, depth + 1, out);
    }
    if out.seen == before {
        out.push(error);
    }
}

/// A case's table deserialized, or the error and the path of keys the deserializer went down
/// to reach it.
fn deserialize_case(value: Spanned<DeValue<'_>>) -> Result<RawCase<'_>, serde_path_to_error::Error<toml::de::Error>> {
    serde_path_to_error::deserialize(ValueDeserializer::from(value))
}

/// The table keys of the path to an error, dotted (array indices are read from the text by
/// [`super::index_arrays`]), without the private keys through which `toml` hands over spans
/// and datetimes; `None` for an error at the case's own level.
fn keys_of(path: &serde_path_to_error::Path) -> Option<String> {
    let keys: Vec<&str> = path
        .iter()
        .filter_map(|segment| match segment {
            serde_path_to_error::Segment::Map { key } if !key.starts_with("$__") => Some(key.as_str()),
            _ => None,
        })
        .collect();
    (!keys.is_empty()).then(|| keys.join("."))
}

/// Turns a TOML or serde error at `span` into an [`InputError`] naming the key and, for an
/// unknown key, the valid ones and the closest.
fn toml_error(
    part: &Part<'_>,
    error: &toml::de::Error,
    span: std::ops::Range<usize>,
    from_error: Option<String>,
    number: Option<usize>,
) -> InputError {
    // Read from the text only when the reader did not name the key (a syntax error: one per
    // table or file): reading up to the error costs as much as the text before it.
    let statement = match from_error {
        Some(_) => Statement::default(),
        None => statement_at(part.text(), span.start),
    };
    let raw = error.message().trim_end();
    let kind = classify(raw);
    // A multi-line string never closed is reported where the file ends: it is shown where it
    // opens, which is where it is to be fixed.
    let never_closed = match kind {
        Kind::UnclosedMultiLine { quotes } => never_closed(part.text(), quotes, &span, &statement),
        _ => None,
    };
    let span = never_closed.as_ref().map_or(span, |(at, _)| at.clone());
    let deep = (kind == Kind::RecursionLimit)
        .then(|| deepest_key(part.text(), span.clone(), &statement))
        .flatten();
    let span = deep.as_ref().map_or(span, |(at, _)| at.clone());
    let keys = from_error
        .or_else(|| deep.map(|(_, key)| key))
        .or_else(|| key_at(part.text(), &statement))
        .map(|k| {
            let text = part.text();
            let (before, after) = (
                text.get(..span.start).unwrap_or(""),
                text.get(span.start..).unwrap_or(""),
            );
            // A key read from a batch's text begins with `case`; the arrays below it are a
            // case's.
            match k.strip_prefix("case.") {
                Some(below) => format!("case.{}", super::index_arrays(below, before, after)),
                None => super::index_arrays(&k, before, after),
            }
        });
    let (field, problem) = if let Some((_, problem)) = never_closed {
        (keys, problem)
    } else if let Kind::UnknownKey { name, valid } = &kind {
        let path = match keys {
            // At the top level the path is the unknown key itself.
            Some(k) if k == *name || k.ends_with(&format!(".{name}")) => k,
            Some(k) => format!("{k}.{name}"),
            None => name.to_string(),
        };
        (Some(path), unknown_key(name, valid))
    } else if kind == Kind::Refused(Refusal::Float) {
        let written = part.get(span.clone()).unwrap_or("").trim();
        let key = keys.as_deref().and_then(|k| k.rsplit('.').next()).unwrap_or("amount");
        let problem = Problem::Float {
            key: key.to_string(),
            written: written.to_string(),
        };
        (keys, problem)
    } else if kind == Kind::DateInQuotes {
        let quoted = part.get(span.clone()).unwrap_or("").trim();
        let written = quoted.trim_matches('"');
        let key = keys.as_deref().and_then(|k| k.rsplit('.').next()).unwrap_or("date");
        // Only a date TOML reads once unquoted is told to drop the quotes: anything else would
        // then be refused as unquoted text, and the advice would go in a circle.
        let problem = if chrono::NaiveDate::parse_from_str(written, "%Y-%m-%d").is_ok() {
            Problem::DateQuoted
        } else {
            super::diagnose::date_advice(key, written)
        };
        (keys, problem)
    } else if let Some(problem) = amount_advice(part, &span) {
        (keys, problem)
    } else {
        let written = part.get(span.clone()).unwrap_or("").trim();
        let last = keys.as_deref().and_then(|k| k.rsplit('.').next());
        let mut problem =
            super::diagnose::explain(&kind, raw, written, last).unwrap_or_else(|| Problem::Reader(raw.to_string()));
        if statement.open == Some(Open::Value) && kind != Kind::InlineTable {
            problem = Problem::InsideValue {
                problem: Box::new(problem),
                line: part.locate(statement.line).line,
            };
        }
        let keys = keys.or_else(|| (kind == Kind::DuplicateKey && !written.is_empty()).then(|| written.to_string()));
        (keys, problem)
    };
    InputError::at(part, span, field.map(|f| key_path(number, short_key(&f))), problem)
}

/// For the reader's error about a multi-line string that reaches the end of `text` unclosed:
/// the span of its opening and the message to show there.
/// Advice for an amount written as people write it (`amount = 1.000,50`), which TOML stops
/// reading at its comma: the same amount as a case file writes it.
fn amount_advice(part: &Part<'_>, span: &std::ops::Range<usize>) -> Option<Problem> {
    let line = part.line_at(span.start);
    let (key, value) = line.split_once('=')?;
    let (key, written) = (key.trim(), value.split('#').next().unwrap_or("").trim());
    let amount = super::diagnose::amount_as_written(written)?;
    Some(Problem::AmountForm {
        key: key.to_string(),
        written: written.to_string(),
        amount,
    })
}

fn never_closed(
    text: &str,
    quotes: &'static str,
    span: &std::ops::Range<usize>,
    statement: &Statement,
) -> Option<(std::ops::Range<usize>, Problem)> {
    let at_end = text.get(span.start..).is_some_and(|rest| rest.trim().is_empty());
    if statement.open != Some(Open::String) || !at_end {
        return None;
    }
    let line = text.get(statement.line..)?.lines().next()?;
    let opens = statement.line + line.find(quotes)?;
    Some((opens..opens + 3, Problem::NeverClosed { quotes }))
}

/// Where in `text` the parse error `message`, which the reader gave no position for, comes
/// from: the end of the first line that gives it when the text is read up to there (the
/// reader goes front to back, so the lines before it give it or not alike), found by halving;
/// the start of the text if no line does.
fn unplaced(text: &str, message: &str) -> std::ops::Range<usize> {
    let ends: Vec<usize> = memchr::memchr_iter(b'\n', text.as_bytes())
        .map(|i| i + 1)
        .chain([text.len()])
        .collect();
    let gives = |end: usize| {
        let (_, errors) = DeTable::parse_recoverable(text.get(..end).unwrap_or(text));
        errors.iter().any(|e| e.span().is_none() && e.message() == message)
    };
    let first = ends.partition_point(|&end| !gives(end));
    let Some(&end) = ends.get(first) else {
        return 0..0;
    };
    let start = first.checked_sub(1).and_then(|i| ends.get(i)).copied().unwrap_or(0);
    let line = text.get(start..end).unwrap_or("");
    let indent = line.len() - line.trim_start().len();
    let width = line.trim().len().max(1);
    start + indent..start + indent + width
}

/// The longest dotted key written in `line` (the line a `recursion limit` error comes from) and
/// its path: under the key the line assigns to, if it is in that key's value (an inline
/// table), else under the line's table.
fn deepest_key(
    text: &str,
    line: std::ops::Range<usize>,
    statement: &Statement,
) -> Option<(std::ops::Range<usize>, String)> {
    let written = text.get(line.clone())?;
    let is_key = |c: char| c.is_alphanumeric() || "_-.".contains(c);
    let mut best: Option<(usize, &str)> = None;
    let mut at = 0;
    for run in written.split(|c: char| !is_key(c)) {
        if best.is_none_or(|(_, b)| run.matches('.').count() > b.matches('.').count()) {
            best = Some((at, run));
        }
        at += run.len() + written.get(at + run.len()..)?.chars().next().map_or(0, char::len_utf8);
    }
    let (at, run) = best.filter(|(_, run)| !run.is_empty())?;
    let in_value = written.get(..at)?.contains('=');
    let owner = if in_value {
        key_at(text, statement)
    } else {
        statement
            .table
            .filter(|&t| t < line.start)
            .and_then(|t| text.get(t..)?.lines().next())
            .map(table_name)
    };
    let path = match owner {
        Some(owner) if !owner.is_empty() => format!("{owner}.{run}"),
        _ => run.to_string(),
    };
    let start = line.start + at;
    Some((start..start + run.len(), path))
}

/// A key path fit to show: a path of more than [`SHOWN_PARTS`] keys (only a hostile file has
/// one) is shown by its first and last ones.
fn short_key(path: &str) -> String {
    let parts: Vec<&str> = path.split('.').collect();
    match (
        parts.get(..SHOWN_PARTS / 2),
        parts.len().checked_sub(SHOWN_PARTS / 2).and_then(|i| parts.get(i..)),
    ) {
        (Some(head), Some(tail)) if parts.len() > SHOWN_PARTS => format!("{}.….{}", head.join("."), tail.join(".")),
        _ => path.to_string(),
    }
}

/// The name in a table header line: `case.order` in `[case.order] # note`.
fn table_name(line: &str) -> String {
    let name = line.trim_start().trim_start_matches('[');
    name.split(']').next().unwrap_or(name).trim().to_string()
}

/// See [`short_key`].
const SHOWN_PARTS: usize = 8;

/// The key a syntax error sits in, read from the text: the `key =` of the statement's line,
/// under the nearest `[table]` header above it. Used when the parser stopped before knowing
/// the key. The statement's line is the error's own, unless that is inside a value begun
/// above (an array or a string over several lines): the key is then the one that value is of.
fn key_at(text: &str, statement: &Statement) -> Option<String> {
    let line = text.get(statement.line..)?.lines().next()?;
    if line.trim_start().starts_with('[') {
        // A table header: the table is the key.
        let name = table_name(line);
        return (!name.is_empty() && name.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c))).then_some(name);
    }
    // `key = value`, or a key whose `=` is missing.
    let key = match line.split_once('=') {
        Some((key, _)) => key.trim(),
        None => line.split_whitespace().next()?,
    };
    if key.is_empty() || !key.chars().all(|c| c.is_alphanumeric() || "_-.".contains(c)) {
        return None;
    }
    let table = statement
        .table
        .filter(|&t| t < statement.line)
        .and_then(|t| text.get(t..)?.lines().next())
        .map(table_name);
    Some(match table {
        Some(t) => format!("{t}.{key}"),
        None => key.to_string(),
    })
}

/// The unknown key `name` of a table that takes the keys `valid`, with the closest as a
/// suggestion.
fn unknown_key(name: &str, valid: &[&str]) -> Problem {
    let closest = valid
        .iter()
        .map(|v| (strsim::damerau_levenshtein(name, v), *v))
        .min()
        .filter(|(d, v)| *d <= 2 || v.contains(name) || name.contains(v));
    Problem::UnknownKey {
        name: name.to_string(),
        closest: closest.map(|(_, v)| v.to_string()),
        valid: valid.iter().map(|v| v.to_string()).collect(),
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
            // Integers beyond TOML's 64 bits, which the quick reader leaves to `toml`.
            "[[case]]\ntitle = \"x\"\n[case.penalty]\namount = 100000000000000000000\n",
            "[[case]]\ntitle = \"x\"\n[case.penalty]\namount = 9223372036854775808\n",
            "[[case]]\ntitle = \"x\"\n[[case.liquidation]]\nexpected_days = -9223372036854775809\n",
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
        assert_eq!(e.field.as_deref(), Some("case[2].currency"));
    }

    /// Where each error of `text` is, as (case number or 0 for a good case, line, field).
    fn outcomes(text: &str) -> Vec<(usize, usize, Option<String>)> {
        load(&Source::new("b.toml", text))
            .into_iter()
            .map(|r| match r {
                Ok(case) => (0, case.origin.line, None),
                Err(e) => (e.location.line, e.location.column, e.field),
            })
            .collect()
    }

    #[test]
    fn a_syntax_error_in_one_table_loses_no_other_case() {
        let one = good(1);
        let first = one.lines().count();
        let at = |line: usize| first + line;
        for (broken, line, column, field) in [
            (
                "[[case]]\ntitle = \"no end\ncurrency = \"EUR\"\n",
                2,
                16,
                "case[2].title",
            ),
            (
                "[[case]]\ntitle = \"x\"\nrules = [\"fr-cpc\",\ncurrency = \"EUR\"\n",
                4,
                10,
                "case[2].rules",
            ),
            ("[[case]]\ntitle = \"x\"\ncurrency = ]\n", 3, 12, "case[2].currency"),
            ("[[case]] x\ntitle = \"x\"\n", 1, 10, "case[2]"),
            ("[[case]]\n[case.order\ndecided = 2022-10-17\n", 2, 12, "case[2].order"),
            (
                "[[case]]\n[[case.liquidation]]\nthrough = 2023-01-01\n[[case.liquidation]]\nthrough = 2023-02-0\n",
                5,
                11,
                "case[2].liquidation[2].through",
            ),
        ] {
            let text = format!("{one}{broken}{}", good(3));
            let got = outcomes(&text);
            assert_eq!(got.len(), 3, "{text}");
            assert_eq!(got[0], (0, 1, None), "{text}");
            assert_eq!(got[1], (at(line), column, Some(field.to_string())), "{text}");
            assert_eq!(got[2].0, 0, "{text}: {got:?}");
        }
    }

    #[test]
    fn a_string_never_closed_takes_the_rest_of_the_file_and_nothing_before() {
        let text = format!(
            "{}[[case]]\ntitle = \"x\"\nauthority = \"\"\"\nCour\n{}",
            good(1),
            good(3)
        );
        let got = outcomes(&text);
        let line = good(1).lines().count() + 3;
        assert_eq!(got.len(), 2, "{got:?}");
        assert_eq!(got[0], (0, 1, None));
        assert_eq!(got[1], (line, 13, Some("case[2].authority".to_string())));
        let e = load(&Source::new("b.toml", text.as_str())).remove(1).unwrap_err();
        assert!(e.message().contains("never closed"), "{}", e.message());
        // What comes before the first case is no case's: the file is one error.
        let text = format!("title = \"no end\n{}", good(1));
        assert_eq!(outcomes(&text), vec![(1, 16, Some("title".to_string()))]);
    }

    #[test]
    fn an_error_the_reader_does_not_place_is_placed_on_its_line_and_key() {
        let deep = vec!["k"; 90].join(".");
        for (text, line, column, field) in [
            (format!("title = \"x\"\n{deep} = 1\n"), 2, 1, "k.k.k.k.….k.k.k.k"),
            (
                format!("title = \"x\"\n[order]\n{deep} = 1\n"),
                3,
                1,
                "order.k.k.k.….k.k.k.k",
            ),
            (
                format!("title = \"x\"\npenalty = {{ {deep} = 1 }}\n"),
                2,
                13,
                "penalty.k.k.k.….k.k.k.k",
            ),
            (
                format!("[[case]]\ntitle = \"x\"\n[case.order]\n{deep} = 1\n"),
                4,
                1,
                "case[1].order.k.k.….k.k.k.k",
            ),
        ] {
            let got = outcomes(&text);
            assert_eq!(got, vec![(line, column, Some(field.to_string()))], "{text}");
            let e = load(&Source::new("b.toml", text.as_str())).remove(0).unwrap_err();
            assert!(e.message().contains("nested 90 levels deep"), "{}", e.message());
        }
        // In a text too long to list every error of, found all the same.
        let comments = "# comment\n".repeat(RECOVERED_UP_TO / 10 + 1);
        let text = format!("title = \"x\"\n{comments}[order]\n{deep} = 1\n");
        let line = text.lines().count();
        assert_eq!(
            outcomes(&text),
            vec![(line, 1, Some("order.k.k.k.….k.k.k.k".to_string()))]
        );
        // A value begun above the error: the key is the one the value is of.
        let text = "title = \"x\"\nrules = [\"a\",\n\"b\"\ncurrency = \"EUR\"\n";
        assert_eq!(outcomes(text), vec![(4, 1, Some("rules".to_string()))]);
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
        assert!(e.message().contains("takes no other top-level keys"), "{}", e.message());

        let quoted = format!("{}[[\"case\"]]\n{}", good(1), &good(2)["[[case]]\n".len()..]);
        assert!(split(&quoted).is_none());
        let results = load(&Source::new("q", quoted.as_str()));
        assert_eq!(results.len(), 2);
        assert!(results.iter().all(Result::is_ok), "{results:?}");
    }

    /// The position and key of each error of each case of `text` (a good case gives none).
    fn every_error(text: &str) -> Vec<Vec<(usize, usize, String)>> {
        load(&Source::new("b.toml", text))
            .into_iter()
            .map(|r| match r {
                Ok(_) => Vec::new(),
                Err(e) => e
                    .all()
                    .map(|e| (e.location.line, e.location.column, e.field.clone().unwrap_or_default()))
                    .collect(),
            })
            .collect()
    }

    /// Refusals of the reader in several tables, and several in one table: each reported, in
    /// the order of the file, whichever way the case is read.
    #[test]
    fn every_key_the_reader_refuses_is_reported() {
        let case = "title = \"x\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\nzzz = 1\n\
                    [order]\ndecided = 2022-10-17\ncomply_whithin = \"2 months\"\n\
                    [penalty]\namount = 1.5\nper = 3\n\
                    [[liquidation]]\nthrough = 2023-01-01\n[[liquidation]]\nthrough = \"2023-02-01\"\n";
        let keys = |prefix: &str| -> Vec<String> {
            [
                "zzz",
                "order.comply_whithin",
                "penalty.amount",
                "penalty.per",
                "liquidation[2].through",
            ]
            .iter()
            .map(|k| format!("{prefix}{k}"))
            .collect()
        };
        let fields = |errors: &[(usize, usize, String)]| errors.iter().map(|e| e.2.clone()).collect::<Vec<_>>();
        // A file of one case.
        let got = every_error(case);
        assert_eq!(fields(&got[0]), keys(""), "{got:?}");
        assert_eq!(got[0].iter().map(|e| e.0).collect::<Vec<_>>(), [4, 7, 9, 10, 14]);
        // A batch read case by case: the good cases around still load.
        let batch = format!(
            "{}[[case]]\n{}{}",
            good(1),
            case.replace("[order]", "[case.order]")
                .replace("[penalty]", "[case.penalty]")
                .replace("[[liquidation]]", "[[case.liquidation]]"),
            good(3)
        );
        assert!(split(&batch).is_some());
        let got = every_error(&batch);
        assert_eq!(got.len(), 3);
        assert!(got[0].is_empty() && got[2].is_empty(), "{got:?}");
        assert_eq!(fields(&got[1]), keys("case[2]."), "{got:?}");
        // A batch read whole (a quoted header keeps it from being read case by case).
        let whole = batch.replacen("[[case]]", "[[\"case\"]]", 1);
        assert!(split(&whole).is_none());
        let got = every_error(&whole);
        assert_eq!(got.len(), 3);
        assert!(got[0].is_empty() && got[2].is_empty(), "{got:?}");
        assert_eq!(fields(&got[1]), keys("case[2]."), "{got:?}");
    }

    /// Past twenty refusals of the reader, the others are counted (once each, the first
    /// included), and the twenty listed are the first in the file.
    #[test]
    fn the_first_twenty_refusals_of_the_reader_are_listed_and_the_others_counted() {
        let mut text = String::from("title = \"x\"\n");
        for i in 0..30 {
            text.push_str(&format!("[[liquidation]]\nthrough = \"2023-01-{:02}\"\n", i + 1));
        }
        text.push_str("zzz = 1\n");
        let e = load(&Source::new("b.toml", text.as_str())).remove(0).unwrap_err();
        let lines: Vec<usize> = e.all().map(|e| e.location.line).collect();
        assert_eq!(lines, (0..20).map(|i| 3 + 2 * i).collect::<Vec<_>>());
        assert_eq!(e.field.as_deref(), Some("liquidation[1].through"));
        assert_eq!(
            e.others().last().and_then(|l| l.field.as_deref()),
            Some("liquidation[20].through")
        );
        assert_eq!(e.unlisted(), 11);
    }

    /// A refusal of the reader stops the checks of the values, which need every key read: a
    /// value refused beside it is reported once the keys are mended.
    #[test]
    fn the_values_are_checked_once_every_key_is_read() {
        let text = "title = \"x\"\ncurrency = \"EUROS\"\nrules = \"fr-cpc\"\n[order]\ndecided = 2022-10-17\ncomply_within = \"2 months\"\n[penalty]\namout = 3\n";
        let got = every_error(text);
        assert_eq!(got, vec![vec![(8, 1, "penalty.amout".to_string())]]);
        let got = every_error(&text.replace("amout", "amount"));
        assert_eq!(got, vec![vec![(2, 12, "currency".to_string())]]);
    }

    #[test]
    fn suggests_the_closest_key() {
        let say = |p: Problem| crate::lang::Lang::En.say(&crate::lang::Message::Problem(&p));
        let m = say(unknown_key("amout", &["obligation", "amount", "per"]));
        assert_eq!(
            m,
            "unknown key `amout` (did you mean `amount`?); valid keys here: `obligation`, `amount`, `per`"
        );
        let m = say(unknown_key("zzz", &["a", "b"]));
        assert_eq!(m, "unknown key `zzz`; valid keys here: `a`, `b`");
    }

    #[test]
    fn the_key_path_of_an_error_is_the_deserializer_s_own() {
        for (text, keys) in [
            ("title = \"x\"\n[penalty]\namout = 3\n", Some("penalty.amout")),
            ("title = \"x\"\n[penalty]\namount = 1.5\n", Some("penalty.amount")),
            (
                "title = \"x\"\n[[liquidation]]\nthrough = 2023-01-01\n[[liquidation]]\nthrough = \"2023-01-01\"\n",
                Some("liquidation.through"),
            ),
            ("title = \"x\"\ncurrency = 3\n", Some("currency")),
            ("titl = \"x\"\n", Some("titl")),
            ("[order]\ndecided = \"2022-01-01\"\n", Some("order.decided")),
        ] {
            let root = DeTable::parse(text).unwrap();
            let value = Spanned::new(root.span(), DeValue::Table(root.into_inner()));
            let error = deserialize_case(value).unwrap_err();
            assert_eq!(keys_of(error.path()).as_deref(), keys, "{text}");
        }
    }

    /// A table the case does not take, written as `[case.x]` in a batch, is named as the
    /// case's key `x`: the key path once came from the text, which repeated the `case`.
    #[test]
    fn an_unknown_table_of_a_batch_case_is_named_below_the_case() {
        let text = format!("{}[[case]]\ntitle = \"x\"\n[case.order2]\nx = 1\n{}", good(1), good(3));
        let got = outcomes(&text);
        assert_eq!(got.len(), 3, "{got:?}");
        let line = good(1).lines().count() + 3;
        assert_eq!(got[1], (line, 7, Some("case[2].order2".to_string())));
    }

    /// In a document read whole, each case in error is named by its own key path, the text
    /// parsed again once for them all.
    #[test]
    fn each_case_in_error_of_a_document_read_whole_has_its_own_key_path() {
        let case = |n: usize, extra: &str| {
            format!(
                "[[\"case\"]]\ntitle = \"Case {n}\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n{extra}\
                 [\"case\".order]\ndecided = 2022-10-17\ncomply_within = \"2 months\"\n\
                 [\"case\".penalty]\namount = 100\nper = \"day\"\n"
            )
        };
        let text = format!("{}{}{}", case(1, "amout = 3\n"), case(2, ""), case(3, "zzz = 1\n"));
        assert!(split(&text).is_none());
        let fields: Vec<Option<String>> = outcomes(&text).into_iter().map(|(_, _, field)| field).collect();
        assert_eq!(
            fields,
            vec![Some("case[1].amout".to_string()), None, Some("case[3].zzz".to_string())]
        );
    }
}
