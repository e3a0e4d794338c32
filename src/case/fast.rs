//! A quick reader for the plainest `[[case]]` tables: the shape a generated portfolio or a
//! script writes, one `key = value` per line.
//!
//! It gives exactly the [`RawCase`] the `toml` reader gives (the same values, the same spans:
//! a string's span includes its quotes, a table's is its header), or `None` as soon as
//! anything falls outside the subset it knows, valid or not. `None` is never an error: the
//! caller then reads the case with `toml`, so every message and position about a bad case
//! comes from the one reader. What it accepts:
//!
//! - a first header `[[case]]`, then at most one `[case.order]` and one `[case.penalty]`, and
//!   any number of `[[case.liquidation]]`, each header alone on its line;
//! - `key = value` lines with a bare key this table takes, each key once, and a value of the
//!   type the key takes: a basic string without escapes, a decimal integer without sign `+`,
//!   underscores or leading zeros, or a bare date `YYYY-MM-DD` that is in the calendar;
//! - blank lines and whole-line comments; spaces and tabs around.
//!
//! Everything else (other tables, inline tables, arrays, escapes, literal or multi-line
//! strings, trailing comments, carriage returns, a date with a time, a decimal string that is
//! not an amount, an unknown or repeated key) gives `None`. The differential tests below hold
//! the two readers to the same result on every case file of the repository and on mutations of
//! them.

use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use super::raw::{OneOrMany, RawAmount, RawCase, RawDate, RawLiquidation, RawOrder, RawPenalty, Text};

/// The case of a `[[case]]` table (its text from the header on) and the case's span (its
/// header), or `None` if the table is not in the subset this reader knows.
pub fn parse(text: &str) -> Option<(RawCase<'_>, Range<usize>)> {
    let mut reader = Reader::default();
    let mut offset = 0;
    while let Some(rest) = text.get(offset..).filter(|rest| !rest.is_empty()) {
        // A byte search: `split_inclusive('\n')` cost more per (short) line than the line.
        let line = rest.get(..memchr::memchr(b'\n', rest.as_bytes()).map_or(rest.len(), |i| i + 1))?;
        let start = offset;
        offset += line.len();
        let body = line.strip_suffix('\n').unwrap_or(line);
        let content = skip_blanks(body);
        let at = start + (body.len() - content.len());
        if content.is_empty() {
            continue;
        }
        if content.starts_with('#') {
            if !content.chars().all(allowed_in_comment) {
                return None;
            }
            continue;
        }
        if content.starts_with('[') {
            reader.header(content.trim_end_matches([' ', '\t']), at)?;
            continue;
        }
        reader.key_value(content, at)?;
    }
    reader.finish()
}

/// The table the next `key = value` lines go into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Table {
    /// Before `[[case]]`: no key may come yet.
    None,
    Case,
    Order,
    Penalty,
    Liquidation,
}

#[derive(Debug)]
struct Reader<'a> {
    table: Table,
    case: Option<Range<usize>>,
    raw: RawCase<'a>,
    order: Option<(Range<usize>, RawOrder<'a>)>,
    penalty: Option<(Range<usize>, RawPenalty<'a>)>,
    liquidations: Vec<(Range<usize>, RawLiquidation)>,
}

impl Default for Reader<'_> {
    fn default() -> Self {
        Reader {
            table: Table::None,
            case: None,
            raw: RawCase {
                title: None,
                authority: None,
                reference: None,
                currency: None,
                calendar: None,
                rules: None,
                order: None,
                penalty: None,
                liquidation: Vec::new(),
                cap: None,
                lump_sum: Vec::new(),
                expected: None,
                calendar_adjust: None,
            },
            order: None,
            penalty: None,
            liquidations: Vec::new(),
        }
    }
}

/// A value as written, with its span.
#[derive(Debug)]
enum Value<'a> {
    /// A basic string's content (no escapes: the file's own bytes).
    Str(&'a str),
    Int(i64),
    Date(NaiveDate),
}

impl<'a> Reader<'a> {
    fn header(&mut self, header: &str, at: usize) -> Option<()> {
        let span = at..at + header.len();
        match (header, self.table) {
            ("[[case]]", Table::None) => {
                self.case = Some(span);
                self.table = Table::Case;
            }
            (_, Table::None) => return None,
            ("[case.order]", _) if self.order.is_none() => {
                self.order = Some((span, empty_order()));
                self.table = Table::Order;
            }
            ("[case.penalty]", _) if self.penalty.is_none() => {
                self.penalty = Some((span, empty_penalty()));
                self.table = Table::Penalty;
            }
            ("[[case.liquidation]]", _) => {
                self.liquidations.push((span, empty_liquidation()));
                self.table = Table::Liquidation;
            }
            _ => return None,
        }
        Some(())
    }

    fn key_value(&mut self, content: &'a str, at: usize) -> Option<()> {
        let key_len = content
            .bytes()
            .position(|b| !(b.is_ascii_alphanumeric() || b == b'_' || b == b'-'))?;
        let (key, rest) = content.split_at(key_len);
        let after_key = skip_blanks(rest);
        let after_equals = after_key.strip_prefix('=')?;
        let value_text = skip_blanks(after_equals);
        let value_at = at + (content.len() - value_text.len());
        let (value, len) = value(value_text)?;
        if !value_text.get(len..)?.bytes().all(|b| b == b' ' || b == b'\t') {
            return None;
        }
        let span = value_at..value_at + len;
        match self.table {
            Table::None => None,
            Table::Case => case_key(&mut self.raw, key, value, span),
            Table::Order => order_key(&mut self.order.as_mut()?.1, key, value, span),
            Table::Penalty => penalty_key(&mut self.penalty.as_mut()?.1, key, value, span),
            Table::Liquidation => liquidation_key(&mut self.liquidations.last_mut()?.1, key, value, span),
        }
    }

    fn finish(self) -> Option<(RawCase<'a>, Range<usize>)> {
        let span = self.case?;
        let mut raw = self.raw;
        raw.order = self.order.map(|(span, order)| Spanned::new(span, order));
        raw.penalty = self
            .penalty
            .map(|(span, penalty)| Spanned::new(span, OneOrMany(vec![penalty])));
        raw.liquidation = self
            .liquidations
            .into_iter()
            .map(|(span, liquidation)| Spanned::new(span, liquidation))
            .collect();
        Some((raw, span))
    }
}

/// Sets `slot` once: a key written twice is left to `toml` (which refuses it).
fn set<T>(slot: &mut Option<Spanned<T>>, value: Option<T>, span: Range<usize>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(Spanned::new(span, value?));
    Some(())
}

/// A string value, borrowed from the file.
fn text(value: Value<'_>) -> Option<Text<'_>> {
    match value {
        Value::Str(s) => Some(Text::Borrowed(s)),
        _ => None,
    }
}

/// A string value of a key kept as an owned string (`authority`, `obligation`...).
fn string(value: Value<'_>) -> Option<String> {
    match value {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    }
}

fn date(value: Value<'_>) -> Option<RawDate> {
    match value {
        Value::Date(d) => Some(RawDate(d)),
        _ => None,
    }
}

/// An amount as [`RawAmount`] reads it: an integer, or a decimal string it accepts.
fn amount(value: Value<'_>) -> Option<RawAmount> {
    match value {
        Value::Int(i) => Some(RawAmount(Decimal::from(i))),
        Value::Str(s) => crate::money::parse_decimal(s).ok().map(RawAmount),
        Value::Date(_) => None,
    }
}

fn integer(value: Value<'_>) -> Option<i64> {
    match value {
        Value::Int(i) => Some(i),
        _ => None,
    }
}

/// A key of the case itself whose value is not spanned (`authority`, `reference`).
fn set_plain(slot: &mut Option<String>, value: Value<'_>) -> Option<()> {
    if slot.is_some() {
        return None;
    }
    *slot = Some(string(value)?);
    Some(())
}

fn case_key<'a>(raw: &mut RawCase<'a>, key: &str, value: Value<'a>, span: Range<usize>) -> Option<()> {
    match key {
        "title" => set(&mut raw.title, text(value), span),
        "authority" => set_plain(&mut raw.authority, value),
        "reference" => set_plain(&mut raw.reference, value),
        "currency" => set(&mut raw.currency, text(value), span),
        "calendar" => set(&mut raw.calendar, text(value), span),
        "rules" => set(&mut raw.rules, text(value), span),
        _ => None,
    }
}

fn order_key<'a>(order: &mut RawOrder<'a>, key: &str, value: Value<'a>, span: Range<usize>) -> Option<()> {
    match key {
        "decided" => set(&mut order.decided, date(value), span),
        "notified" => set(&mut order.notified, date(value), span),
        "deadline" => set(&mut order.deadline, date(value), span),
        "comply_within" => set(&mut order.comply_within, text(value), span),
        "distance" => set(&mut order.distance, text(value), span),
        "month_end" => set(&mut order.month_end, text(value), span),
        _ => None,
    }
}

fn penalty_key<'a>(penalty: &mut RawPenalty<'a>, key: &str, value: Value<'a>, span: Range<usize>) -> Option<()> {
    match key {
        "obligation" => set_plain(&mut penalty.obligation, value),
        "amount" => set(&mut penalty.amount, amount(value), span),
        "per" => set(&mut penalty.per, text(value), span),
        "from" => set(&mut penalty.from, date(value), span),
        "complied" => set(&mut penalty.complied, date(value), span),
        "partial" => set(&mut penalty.partial, text(value), span),
        "cap" => set(&mut penalty.cap, amount(value), span),
        _ => None,
    }
}

fn liquidation_key(liquidation: &mut RawLiquidation, key: &str, value: Value<'_>, span: Range<usize>) -> Option<()> {
    match key {
        "decided" => set(&mut liquidation.decided, date(value), span),
        "from" => set(&mut liquidation.from, date(value), span),
        "through" => set(&mut liquidation.through, date(value), span),
        "until" => set(&mut liquidation.until, date(value), span),
        "awarded" => set(&mut liquidation.awarded, amount(value), span),
        "expected" => set(&mut liquidation.expected, amount(value), span),
        "expected_days" => set(&mut liquidation.expected_days, integer(value), span),
        _ => None,
    }
}

fn empty_order<'a>() -> RawOrder<'a> {
    RawOrder {
        decided: None,
        notified: None,
        comply_within: None,
        deadline: None,
        distance: None,
        month_end: None,
    }
}

fn empty_penalty<'a>() -> RawPenalty<'a> {
    RawPenalty {
        obligation: None,
        amount: None,
        per: None,
        from: None,
        complied: None,
        partial: None,
        cap: None,
        change: Vec::new(),
        suspension: Vec::new(),
        violation: Vec::new(),
    }
}

fn empty_liquidation() -> RawLiquidation {
    RawLiquidation {
        decided: None,
        from: None,
        through: None,
        until: None,
        awarded: None,
        expected: None,
        expected_days: None,
    }
}

/// `text` without the spaces and tabs it starts with (bytes: a `char` pattern decodes each).
fn skip_blanks(text: &str) -> &str {
    let blanks = text.bytes().take_while(|&b| b == b' ' || b == b'\t').count();
    text.get(blanks..).unwrap_or("")
}

/// TOML allows in a comment any character but the control ones (tab excepted).
fn allowed_in_comment(c: char) -> bool {
    c == '\t' || !(c.is_ascii_control())
}

/// The value at the start of `text` and its length in bytes, if it is one this reader knows.
fn value(text: &str) -> Option<(Value<'_>, usize)> {
    let bytes = text.as_bytes();
    match bytes.first()? {
        b'"' => {
            let body = text.get(1..)?;
            let end = memchr::memchr(b'"', body.as_bytes())?;
            let s = body.get(..end)?;
            // `""` may open a multi-line string (`"""`): left to `toml`.
            if end == 0 && body.starts_with("\"\"") {
                return None;
            }
            // Escapes and control characters (tab excepted) are left to `toml`. Bytes suffice
            // for ASCII text (most titles); Unicode's other controls need the characters.
            let refused = |c: char| c == '\\' || (c != '\t' && c.is_control());
            let plain = if s.is_ascii() {
                !s.bytes().any(|b| refused(char::from(b)))
            } else {
                !s.chars().any(refused)
            };
            if !plain {
                return None;
            }
            Some((Value::Str(s), end + 2))
        }
        b'0'..=b'9' | b'-' => {
            let len = bytes
                .iter()
                .position(|b| !(b.is_ascii_digit() || *b == b'-'))
                .unwrap_or(bytes.len());
            let token = text.get(..len)?;
            if len == 10 && bytes.get(4) == Some(&b'-') {
                return calendar_date(token).map(|d| (Value::Date(d), len));
            }
            let digits = token.strip_prefix('-').unwrap_or(token);
            let plain = !digits.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit())
                && (digits.len() == 1 || !digits.starts_with('0'));
            if !plain {
                return None;
            }
            token.parse().ok().map(|i| (Value::Int(i), len))
        }
        _ => None,
    }
}

/// `YYYY-MM-DD`, in the calendar.
fn calendar_date(token: &str) -> Option<NaiveDate> {
    let b = token.as_bytes();
    let shape = b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        });
    if !shape {
        return None;
    }
    // The shape is checked: every other byte is an ASCII digit.
    let number = |range: std::ops::Range<usize>| {
        b.get(range)
            .map(|digits| digits.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::split;
    use crate::case::validate::validate;
    use crate::source::{Part, Source};
    use serde::Deserialize;
    use std::path::Path;
    use toml::de::{DeTable, DeValue, ValueDeserializer};

    /// The case of a chunk as the `toml` reader gives it (as `load_chunk` reads it).
    fn by_toml(text: &str) -> Option<(RawCase<'_>, Range<usize>)> {
        let mut table = DeTable::parse(text).ok()?.into_inner();
        let Some(DeValue::Array(items)) = table.remove("case").map(Spanned::into_inner) else {
            return None;
        };
        if items.len() != 1 || !table.is_empty() {
            return None;
        }
        let item = items.into_iter().next()?;
        let span = item.span();
        RawCase::deserialize(ValueDeserializer::from(item))
            .ok()
            .map(|raw| (raw, span))
    }

    /// Holds the two readers to the same result on `chunk`; true if the quick one took it.
    fn same(chunk: &str) -> bool {
        let Some((fast_raw, fast_span)) = parse(chunk) else {
            return false;
        };
        let Some((toml_raw, toml_span)) = by_toml(chunk) else {
            panic!("the quick reader took a case toml refuses:\n{chunk}");
        };
        assert_eq!(fast_span, toml_span, "{chunk}");
        assert_eq!(format!("{fast_raw:#?}"), format!("{toml_raw:#?}"), "{chunk}");
        let source = Source::new("c.toml", chunk);
        let part = Part::whole(&source);
        let a = validate(&part, fast_raw, fast_span, Some(1));
        let b = validate(&part, toml_raw, toml_span, Some(1));
        assert_eq!(format!("{a:#?}"), format!("{b:#?}"), "{chunk}");
        true
    }

    fn files_under(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                files_under(&path, out);
            } else {
                out.push(path);
            }
        }
    }

    /// A single-case file written as one `[[case]]` table.
    fn as_chunk(text: &str) -> String {
        let mut out = String::from("[[case]]\n");
        for line in text.split_inclusive('\n') {
            let content = line.trim_start();
            if let Some(rest) = content.strip_prefix("[[") {
                out.push_str("[[case.");
                out.push_str(rest);
            } else if let Some(rest) = content.strip_prefix('[') {
                out.push_str("[case.");
                out.push_str(rest);
            } else {
                out.push_str(line);
            }
        }
        out
    }

    /// The chunks of every case file of the repository: the tables of each batch, and each
    /// single-case file rewritten as a table.
    fn repository_chunks() -> Vec<String> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut files = Vec::new();
        for dir in [
            "examples",
            "tests/cases",
            "tests/malformed",
            "fuzz/seeds",
            "fuzz/regressions",
        ] {
            files_under(&root.join(dir), &mut files);
        }
        assert!(files.len() > 400, "{} files", files.len());
        let mut chunks = Vec::new();
        for file in files {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            match split(&text) {
                Some(parts) => chunks.extend(parts.into_iter().map(|c| text[c.bytes].to_string())),
                None => chunks.push(as_chunk(&text)),
            }
        }
        chunks
    }

    /// A portfolio like benches/generate.py's, from a fixed seed.
    fn portfolio(n: usize) -> Vec<String> {
        let mut seed: u64 = 20221219;
        let mut next = move |m: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            (seed >> 33) % m
        };
        let limits = [
            "15 days",
            "1 month",
            "2 months",
            "3 months",
            "1 month 15 days",
            "10 days",
        ];
        let rates = ["100", "150", "1000", "\"125.50\"", "\"99.99\"", "100000", "\"-3\"", "0"];
        let day = |d: u64| NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + chrono::Days::new(d);
        (0..n)
            .map(|i| {
                let decided = next(30 * 365);
                let notified = decided + next(20);
                let mut s = format!(
                    "[[case]]\ntitle = \"Case {i:06}\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\ncalendar = \"FR\"\n\
                     [case.order]\ndecided = {}\nnotified = {}\ncomply_within = \"{}\"\n\
                     [case.penalty]\namount = {}\nper = \"day\"\n",
                    day(decided),
                    day(notified),
                    limits[next(6) as usize],
                    rates[next(8) as usize]
                );
                if next(3) == 0 {
                    s.push_str(&format!("complied = {}\n", day(notified + 150 + next(900))));
                }
                let mut through = notified + 120;
                for _ in 0..next(3) {
                    through += 30 + next(400);
                    s.push_str(&format!("[[case.liquidation]]\nthrough = {}\n", day(through)));
                    if next(2) == 0 {
                        s.push_str("expected_days = 12\n");
                    }
                }
                s.push('\n');
                s
            })
            .collect()
    }

    /// Small edits of a chunk, line by line: each line dropped, repeated, and characters
    /// that change its meaning put at a few places in it.
    fn mutations(chunk: &str) -> Vec<String> {
        let lines: Vec<&str> = chunk.split_inclusive('\n').collect();
        let mut out = Vec::new();
        for (i, line) in lines.iter().enumerate() {
            let before: String = lines[..i].concat();
            let after: String = lines[i + 1..].concat();
            out.push(format!("{before}{after}"));
            out.push(format!("{before}{line}{line}{after}"));
            let body = line.trim_end_matches('\n');
            let mut places: Vec<usize> = vec![0, body.len()];
            if let Some(eq) = body.find('=') {
                places.extend([eq, eq + 1, (eq + 2).min(body.len()), (eq + 3).min(body.len())]);
            }
            places.extend([
                body.len().saturating_sub(1),
                body.len().saturating_sub(2),
                body.len() / 2,
            ]);
            for at in places {
                if !body.is_char_boundary(at) {
                    continue;
                }
                for insert in [
                    "\"", "\\", " ", "#", "\r", ".", "T", "0", "[", "=", "'", "_", "+", "\t", "\u{7f}", "x",
                ] {
                    let edited = format!("{}{insert}{}", &body[..at], &body[at..]);
                    out.push(format!("{before}{edited}{}{after}", &line[body.len()..]));
                }
            }
        }
        out
    }

    #[test]
    fn reads_every_case_file_of_the_repository_as_toml_does() {
        let chunks = repository_chunks();
        let taken = chunks.iter().filter(|c| same(c)).count();
        // Most of the corpus lies outside the subset; enough of it must lie inside.
        assert!(taken >= 20, "{taken} of {} chunks taken", chunks.len());
    }

    #[test]
    fn reads_a_generated_portfolio_as_toml_does() {
        let chunks = portfolio(2000);
        assert!(chunks.iter().all(|c| same(c)));
    }

    #[test]
    fn reads_small_edits_of_taken_cases_as_toml_does_or_leaves_them() {
        let mut taken: Vec<String> = repository_chunks().into_iter().filter(|c| parse(c).is_some()).collect();
        taken.extend(portfolio(30));
        let (mut seen, mut kept) = (0, 0);
        for chunk in taken.iter().step_by(3) {
            for variant in mutations(chunk) {
                seen += 1;
                kept += usize::from(same(&variant));
            }
        }
        assert!(kept > 100 && kept < seen, "{kept} of {seen} variants taken");
    }

    #[test]
    fn reads_spacing_comments_and_empty_values_as_toml_does() {
        for text in [
            "  [[case]]  \n\ttitle=\"A\"\t\n  [case.order]\n    decided  =   2022-10-17   \n",
            "# before\n[[case]]\n# é, \u{1F600}\ttab\ntitle = \"\"\n\n\n[case.order]\n[case.penalty]\namount = \"-0.50\"\n",
            "[[case]]\n[[case.liquidation]]\n[case.penalty]\namount = -0\ncap = 0\n[[case.liquidation]]\nexpected_days = -3\n",
            "[[case]]\n[case.order]\ndeadline = 0001-01-01\n[[case.liquidation]]\nthrough = 9999-12-31\nawarded = \"7\"",
            "[[case]]\ntitle = \"tab\there, quote ' and é\"\nauthority = \"x\"\nreference = \"y\"\n[case.penalty]\nobligation = \"o\"\n",
        ] {
            assert!(same(text), "not taken:\n{text}");
        }
    }

    #[test]
    fn leaves_what_it_does_not_know() {
        let good = "[[case]]\ntitle = \"A\"\n[case.order]\ndecided = 2022-10-17\n";
        assert!(parse(good).is_some());
        for bad in [
            "[[case]]\ntitle = \"A\" # note\n",
            "[[case]]\ntitle = \"A\\u00e9\"\n",
            "[[case]]\ntitle = 'A'\n",
            "[[case]]\ntitle = \"\"\"A\"\"\"\n",
            "[[case]]\r\ntitle = \"A\"\r\n",
            "[[case]]\ntitle = \"A\"\ntitle = \"B\"\n",
            "[[case]]\n[case.order]\ndecided = 2022-10-17 10:00:00\n",
            "[[case]]\n[case.order]\ndecided = 2022-02-30\n",
            "[[case]]\n[case.penalty]\namount = 1_000\n",
            "[[case]]\n[case.penalty]\namount = 1.5\n",
            "[[case]]\n[case.order]\n[case.order]\n",
            "[[case]]\norder = { decided = 2022-10-17 }\n",
            "title = \"A\"\n[[case]]\n",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
    }
}
