//! A quick reader for the plainest `[[case]]` tables: the shape a generated portfolio or a
//! script writes, one `key = value` per line.
//!
//! Plain path: `toml`'s reader and `RawCase`'s `Deserialize` (`case::load`, `load_chunk`), which
//! reads every table this one leaves. Seam: `load_chunk` tries this reader first.
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
//!
//! It reads the bytes once, front to back: each line is read up to and including its newline
//! by whatever it starts with (a per-line search for the newline, then for a string's closing
//! quote, cost more on lines of twenty bytes than the reading itself); a key is compared only
//! with those of its table that start with its first letter, and its value read as the type
//! that key takes.

use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use crate::case::raw::{OneOrMany, RawAmount, RawCase, RawDate, RawLiquidation, RawOrder, RawPenalty, Text};

/// Reads the case of a `[[case]]` table (its text from the header on) into `raw`, which must
/// start empty ([`empty_case`]), and gives the case's span (its header); or `None` if the table
/// is not in the subset this reader knows, `raw` then left part-filled. Filling the caller's
/// case spares copying the whole struct (hundreds of bytes) out of the reader.
pub(crate) fn parse_into<'a>(text: &'a str, raw: &mut RawCase<'a>) -> Option<Range<usize>> {
    let mut reader = Reader {
        text,
        table: Table::None,
        case: None,
        raw,
    };
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        at = match bytes.get(at) {
            None => break,
            Some(b' ' | b'\t') => skip_blanks(bytes, at + 1),
            Some(b'\n') => at + 1,
            Some(b'#') => comment_end(bytes, at + 1)?,
            Some(b'[') => reader.header(at)?,
            Some(_) => reader.key_value(at)?,
        };
    }
    reader.case
}

/// A case with no key set, as [`parse_into`] takes it.
pub(crate) fn empty_case<'a>() -> RawCase<'a> {
    RawCase {
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
        share: Vec::new(),
        jurisdiction: None,
        interest: None,
        payment: Vec::new(),
        cost: Vec::new(),
        court: None,
        docket: None,
        party: Vec::new(),
        statement: None,
    }
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

/// The reading of one table: its text, where it is, and the case being filled (its sub-tables
/// are put in it as their headers come, so that nothing is moved at the end).
struct Reader<'a, 'r> {
    text: &'a str,
    table: Table,
    case: Option<Range<usize>>,
    raw: &'r mut RawCase<'a>,
}

impl<'a> Reader<'a, '_> {
    /// The header at `at` (a `[`): where its line ends.
    fn header(&mut self, at: usize) -> Option<usize> {
        let rest = self.text.as_bytes().get(at..)?;
        let (len, table) = if rest.starts_with(b"[[case]]") {
            (8, Table::Case)
        } else if rest.starts_with(b"[case.order]") {
            (12, Table::Order)
        } else if rest.starts_with(b"[case.penalty]") {
            (14, Table::Penalty)
        } else if rest.starts_with(b"[[case.liquidation]]") {
            (20, Table::Liquidation)
        } else {
            return None;
        };
        let end = line_end(self.text.as_bytes(), at + len)?;
        let span = at..at + len;
        match (table, self.table) {
            (Table::Case, Table::None) => self.case = Some(span),
            (_, Table::None) | (Table::Case, _) => return None,
            (Table::Order, _) if self.raw.order.is_none() => {
                self.raw.order = Some(Spanned::new(span, empty_order()));
            }
            (Table::Penalty, _) if self.raw.penalty.is_none() => {
                self.raw.penalty = Some(Spanned::new(span, OneOrMany(vec![empty_penalty()])));
            }
            (Table::Liquidation, _) => self.raw.liquidation.push(Spanned::new(span, empty_liquidation())),
            _ => return None,
        }
        self.table = table;
        Some(end)
    }

    /// The `key = value` line at `at` (not blank, not `#` or `[`): where it ends.
    fn key_value(&mut self, at: usize) -> Option<usize> {
        let key = Key { text: self.text, at };
        let end = match self.table {
            Table::None => None,
            Table::Case => case_key(self.raw, key),
            Table::Order => order_key(self.raw.order.as_mut()?.get_mut(), key),
            Table::Penalty => penalty_key(self.raw.penalty.as_mut()?.get_mut().0.first_mut()?, key),
            Table::Liquidation => liquidation_key(self.raw.liquidation.last_mut()?.get_mut(), key),
        }?;
        line_end(self.text.as_bytes(), end)
    }
}

// Each table's keys, by their first letter: the line's key is compared with those only.

fn case_key<'a>(raw: &mut RawCase<'a>, key: Key<'a>) -> Option<usize> {
    match key.first()? {
        b't' => key.is(b"title")?.text(&mut raw.title),
        b'c' => match key.is(b"currency") {
            Some(value) => value.text(&mut raw.currency),
            None => key.is(b"calendar")?.text(&mut raw.calendar),
        },
        b'r' => match key.is(b"rules") {
            Some(value) => value.text(&mut raw.rules),
            None => key.is(b"reference")?.owned_string(&mut raw.reference),
        },
        b'a' => key.is(b"authority")?.owned_string(&mut raw.authority),
        _ => None,
    }
}

fn order_key<'a>(order: &mut RawOrder<'a>, key: Key<'a>) -> Option<usize> {
    match key.first()? {
        b'd' => {
            if let Some(value) = key.is(b"decided") {
                value.date(&mut order.decided)
            } else if let Some(value) = key.is(b"deadline") {
                value.date(&mut order.deadline)
            } else {
                key.is(b"distance")?.text(&mut order.distance)
            }
        }
        b'n' => key.is(b"notified")?.date(&mut order.notified),
        b'c' => key.is(b"comply_within")?.text(&mut order.comply_within),
        b'm' => key.is(b"month_end")?.text(&mut order.month_end),
        _ => None,
    }
}

fn penalty_key<'a>(penalty: &mut RawPenalty<'a>, key: Key<'a>) -> Option<usize> {
    match key.first()? {
        b'a' => key.is(b"amount")?.amount(&mut penalty.amount),
        b'p' => match key.is(b"per") {
            Some(value) => value.text(&mut penalty.per),
            None => key.is(b"partial")?.text(&mut penalty.partial),
        },
        b'c' => match key.is(b"complied") {
            Some(value) => value.date(&mut penalty.complied),
            None => key.is(b"cap")?.amount(&mut penalty.cap),
        },
        b'f' => key.is(b"from")?.date(&mut penalty.from),
        b'o' => key.is(b"obligation")?.owned_string(&mut penalty.obligation),
        _ => None,
    }
}

fn liquidation_key(liquidation: &mut RawLiquidation, key: Key<'_>) -> Option<usize> {
    match key.first()? {
        b't' => key.is(b"through")?.date(&mut liquidation.through),
        b'e' => match key.is(b"expected_days") {
            Some(value) => value.integer(&mut liquidation.expected_days),
            None => key.is(b"expected")?.amount(&mut liquidation.expected),
        },
        b'd' => key.is(b"decided")?.date(&mut liquidation.decided),
        b'f' => key.is(b"from")?.date(&mut liquidation.from),
        b'u' => key.is(b"until")?.date(&mut liquidation.until),
        b'a' => key.is(b"awarded")?.amount(&mut liquidation.awarded),
        _ => None,
    }
}

/// Where a `key = value` line starts.
#[derive(Clone, Copy)]
struct Key<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Key<'a> {
    fn first(self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// The line's value if its key is `name`, then `=`, with blanks around. Inlined so that `name`'s length is known
    /// where it is compared: a call to `memcmp` cost more than the key.
    #[inline(always)]
    fn is(self, name: &[u8]) -> Option<Value<'a>> {
        let bytes = self.text.as_bytes();
        let key_end = self.at + name.len();
        // Only blanks or `=` may follow: a longer key (`expected_days` after `expected`) fails.
        if bytes.get(self.at..key_end) != Some(name) {
            return None;
        }
        // Mostly ` = `: one comparison where skipping blanks byte by byte took four.
        let after_equals = if bytes.get(key_end..key_end + 3) == Some(b" = ") {
            key_end + 3
        } else {
            let equals = skip_blanks(bytes, key_end);
            if bytes.get(equals) != Some(&b'=') {
                return None;
            }
            equals + 1
        };
        Some(Value {
            text: self.text,
            at: skip_blanks(bytes, after_equals),
        })
    }
}

/// Where a value starts. Each reading below takes it as one type, sets its key's slot (once: a
/// key written twice is left to `toml`, which refuses it) and gives where the value ends, or
/// `None` if the value is not one of that type this reader knows.
#[derive(Clone, Copy)]
struct Value<'a> {
    text: &'a str,
    at: usize,
}

impl<'a> Value<'a> {
    /// A basic string, borrowed from the file.
    fn text(self, slot: &mut Option<Spanned<Text<'a>>>) -> Option<usize> {
        let end = self.string_end()?;
        let content = self.text.get(self.at + 1..end - 1)?;
        set(slot, self.at..end, Text::Borrowed(content))
    }

    /// A basic string kept owned and without its span (`authority`, `obligation`...).
    fn owned_string(self, slot: &mut Option<String>) -> Option<usize> {
        if slot.is_some() {
            return None;
        }
        let end = self.string_end()?;
        *slot = Some(self.text.get(self.at + 1..end - 1)?.to_string());
        Some(end)
    }

    /// A bare date `YYYY-MM-DD`, in the calendar and in the supported range (year 0000 is left
    /// to `toml`, whose reading refuses it).
    fn date(self, slot: &mut Option<Spanned<RawDate>>) -> Option<usize> {
        let end = self.at + 10;
        let date = calendar_date(self.text.as_bytes().get(self.at..end)?.try_into().ok()?)
            .filter(|d| crate::dates::supported(*d))?;
        set(slot, self.at..end, RawDate(date))
    }

    /// An amount as [`RawAmount`] reads it: an integer, or a decimal string it accepts.
    fn amount(self, slot: &mut Option<Spanned<RawAmount>>) -> Option<usize> {
        let (amount, end) = if self.text.as_bytes().get(self.at) == Some(&b'"') {
            let end = self.string_end()?;
            let written = self.text.get(self.at + 1..end - 1)?;
            let amount = plain_decimal(written).or_else(|| crate::money::parse_decimal(written).ok())?;
            (amount, end)
        } else {
            let (i, end) = self.int()?;
            (Decimal::from(i), end)
        };
        set(slot, self.at..end, RawAmount(amount))
    }

    fn integer(self, slot: &mut Option<Spanned<i64>>) -> Option<usize> {
        let (i, end) = self.int()?;
        set(slot, self.at..end, i)
    }

    /// A decimal integer: an optional `-`, then digits without a leading zero (unless alone).
    /// What follows it is left to [`line_end`], which takes no digit, `-`, `.` or `_`.
    fn int(self) -> Option<(i64, usize)> {
        let bytes = self.text.as_bytes();
        let first = self.at + usize::from(bytes.get(self.at) == Some(&b'-'));
        let mut end = first;
        while bytes.get(end).is_some_and(u8::is_ascii_digit) {
            end += 1;
        }
        let digits = end - first;
        if digits == 0 || (digits > 1 && bytes.get(first) == Some(&b'0')) {
            return None;
        }
        // `str::parse` for its overflow check (integers are rare: amounts are mostly strings).
        Some((self.text.get(self.at..end)?.parse().ok()?, end))
    }

    /// Where the basic string at `at` ends (past its closing quote), if it holds no escape and
    /// no control character but tab: one pass over its bytes, which are its characters' UTF-8.
    fn string_end(self) -> Option<usize> {
        let bytes = self.text.as_bytes();
        if bytes.get(self.at) != Some(&b'"') {
            return None;
        }
        // A multi-line string (`"""`) reads as `""` followed by a quote, which `line_end`
        // refuses: it is left to `toml`.
        let mut i = self.at + 1;
        loop {
            let b = *bytes.get(i)?;
            if is(b, STRING_STOP) {
                match b {
                    b'"' => return Some(i + 1),
                    // U+0080..U+00BF: the C1 controls U+0080..U+009F are refused.
                    0xC2 if bytes.get(i + 1).is_some_and(|&next| next >= 0xA0) => i += 1,
                    _ => return None,
                }
            }
            i += 1;
        }
    }
}

/// Sets `slot` once, with the value's span; gives where the value ends.
fn set<T>(slot: &mut Option<Spanned<T>>, span: Range<usize>, value: T) -> Option<usize> {
    if slot.is_some() {
        return None;
    }
    let end = span.end;
    *slot = Some(Spanned::new(span, value));
    Some(end)
}

fn empty_order<'a>() -> RawOrder<'a> {
    RawOrder {
        decided: None,
        notified: None,
        comply_within: None,
        deadline: None,
        distance: None,
        month_end: None,
        served: None,
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
        escalation: None,
        reduction: Vec::new(),
        breach: Vec::new(),
        count: None,
        first_day: None,
        kind: None,
        decided: None,
        through: None,
        duration: None,
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
        expected_units: None,
        awarded_rate: None,
        suppression: Vec::new(),
        expected_awarded: None,
        expected_suppressed: None,
        expected_suppressed_days: None,
        served: None,
    }
}

/// A byte a basic string's plain run stops at: its closing quote; what is left to `toml` (a
/// backslash, the controls U+0000..U+001F and U+007F but tab); and 0xC2, which leads
/// U+0080..U+00BF, whose first 32 are controls too (`char::is_control`).
const STRING_STOP: u8 = 1;
/// A byte refused in a comment: TOML allows any character there but the controls (tab
/// excepted); bytes of other characters are all 0x80 or more.
const COMMENT_STOP: u8 = 2;

/// The classes of each byte.
static CLASS: [u8; 256] = classes();

const fn classes() -> [u8; 256] {
    let mut table = [0; 256];
    let mut rest: &mut [u8] = &mut table;
    let mut b: u8 = 0;
    while let [slot, tail @ ..] = rest {
        *slot = class_of(b);
        rest = tail;
        b = b.wrapping_add(1);
    }
    table
}

const fn class_of(b: u8) -> u8 {
    let mut class = 0;
    if b.is_ascii_control() && b != b'\t' {
        class |= STRING_STOP | COMMENT_STOP;
    }
    if b == b'"' || b == b'\\' || b == 0xC2 {
        class |= STRING_STOP;
    }
    class
}

fn is(b: u8, class: u8) -> bool {
    CLASS.get(usize::from(b)).is_some_and(|c| c & class != 0)
}

/// `at` moved past the spaces and tabs there.
fn skip_blanks(bytes: &[u8], mut at: usize) -> usize {
    while let Some(b' ' | b'\t') = bytes.get(at) {
        at += 1;
    }
    at
}

/// Where the line ends (past its newline) if nothing but blanks is left on it from `at`.
fn line_end(bytes: &[u8], at: usize) -> Option<usize> {
    let at = skip_blanks(bytes, at);
    match bytes.get(at) {
        None => Some(at),
        Some(b'\n') => Some(at + 1),
        Some(_) => None,
    }
}

/// Where the comment whose text starts at `at` ends (past its newline), if it holds no
/// character TOML refuses there.
fn comment_end(bytes: &[u8], mut at: usize) -> Option<usize> {
    loop {
        match bytes.get(at) {
            None => return Some(at),
            Some(b'\n') => return Some(at + 1),
            Some(&b) if is(b, COMMENT_STOP) => return None,
            Some(_) => at += 1,
        }
    }
}

/// `YYYY-MM-DD`, in the calendar.
fn calendar_date(written: [u8; 10]) -> Option<NaiveDate> {
    let [y0, y1, y2, y3, dash1, m0, m1, dash2, d0, d1] = written.map(|b| b.wrapping_sub(b'0'));
    const DASH: u8 = b'-'.wrapping_sub(b'0');
    if dash1 != DASH || dash2 != DASH || [y0, y1, y2, y3, m0, m1, d0, d1].iter().any(|&d| d > 9) {
        return None;
    }
    let pair = |tens: u8, units: u8| u32::from(tens * 10 + units);
    let year = i32::try_from(pair(y0, y1) * 100 + pair(y2, y3)).ok()?;
    NaiveDate::from_ymd_opt(year, pair(m0, m1), pair(d0, d1))
}

/// The value of a text of digits with at most one decimal point and at most 19 digits (so the
/// digits fit a `u64`: `125.50`, `100000`), with as many decimals as written (`125.50` keeps
/// two), as `money::parse_decimal` reads it; `None` for anything else (a sign, blanks, more
/// digits), left to it. A string amount read here cost some 450 fewer instructions
/// (docs/performance/2026-12-03-summary-speed.md).
fn plain_decimal(text: &str) -> Option<Decimal> {
    let mut mantissa: u64 = 0;
    let mut digits = 0;
    let mut point = None;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        match b {
            b'0'..=b'9' if digits < 19 => {
                mantissa = mantissa * 10 + u64::from(b - b'0');
                digits += 1;
            }
            b'.' if point.is_none() => point = Some(i),
            _ => return None,
        }
    }
    if digits == 0 {
        return None;
    }
    // Digits after the point: at most 19, within the 28 a `Decimal` allows.
    let scale = u32::try_from(point.map_or(0, |p| text.len() - p - 1)).ok()?;
    Decimal::try_from_i128_with_scale(i128::from(mantissa), scale).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::split;
    use crate::case::validate;
    use crate::source::{Part, Source};
    use serde::Deserialize;
    use std::path::Path;
    use toml::de::{DeTable, DeValue, ValueDeserializer};

    /// Texts of digits and points of every length up to 30 (past the 19 digits read here and
    /// the 28 decimals a `Decimal` holds), sometimes signed or with blanks.
    fn decimal_text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let body = prop_oneof![
            // Digits with a point at any place, or none.
            (
                prop::collection::vec(0u8..10, 0..30),
                any::<prop::sample::Index>(),
                any::<bool>()
            )
                .prop_map(|(digits, at, pointed)| {
                    let mut text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
                    if pointed {
                        text.insert(at.index(text.len() + 1), '.');
                    }
                    text
                }),
            // Two points.
            ("[0-9]{0,4}", "[0-9]{0,4}", "[0-9]{0,4}").prop_map(|(a, b, c)| format!("{a}.{b}.{c}")),
            // Runs of nines and zeros, the edges of a `u64` and of 96 bits.
            (1usize..30, 0usize..30).prop_map(|(nines, zeros)| format!("{}.{}", "9".repeat(nines), "0".repeat(zeros))),
            Just("18446744073709551615".to_string()),
            Just("18446744073709551616".to_string()),
            Just("1844674407370955161.5".to_string()),
            "[0-9. +-eE_,]{0,24}",
        ];
        (
            prop::sample::select(vec!["", "", "", "-", "+", " "]),
            body,
            prop::sample::select(vec!["", "", "", " "]),
        )
            .prop_map(|(lead, body, tail)| format!("{lead}{body}{tail}"))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]

        /// An amount read here has the value, scale and sign (compared as the 16 bytes of the
        /// `Decimal`, since `1.50 == 1.5`) that `money::parse_decimal` reads.
        #[test]
        fn plain_decimals_are_read_as_the_plain_path_reads_them(text in decimal_text()) {
            if let Some(value) = plain_decimal(&text) {
                let plain = crate::money::parse_decimal(&text).map(|d| d.serialize());
                proptest::prop_assert_eq!(Ok(value.serialize()), plain, "{:?}", text);
            }
        }

        /// ... and the plain form is read here.
        #[test]
        fn plain_decimals_are_read_here(whole in 0u64..10_000_000_000, decimals in "[0-9]{0,9}") {
            let text = if decimals.is_empty() { whole.to_string() } else { format!("{whole}.{decimals}") };
            proptest::prop_assert!(plain_decimal(&text).is_some(), "{:?}", text);
        }
    }

    /// The case of a chunk as the quick reader gives it, and its span.
    fn parse(text: &str) -> Option<(RawCase<'_>, Range<usize>)> {
        let mut raw = empty_case();
        let span = parse_into(text, &mut raw)?;
        Some((raw, span))
    }

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
                // A key of the same length and first letter as the one written.
                let key = body[..eq].trim_end();
                if key.len() > 1 && key.is_ascii() {
                    let last = key.len() - 1;
                    out.push(format!("{before}{}x{}{after}", &line[..last], &line[last + 1..]));
                }
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
                    "\"", "\\", " ", "#", "\r", ".", "T", "0", "[", "=", "'", "_", "+", "\t", "\u{7f}", "x", "-",
                    "\u{85}", "\u{a0}",
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

    /// Strings and comments are read byte by byte: every character is taken or left there as
    /// TOML says (strings refuse Unicode's controls, U+0080..U+009F among them; comments only
    /// the ASCII ones), and what is taken reads as `toml` reads it.
    #[test]
    fn takes_in_strings_and_comments_the_characters_toml_does() {
        let mut checked = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let string = format!("[[case]]\ntitle = \"a{c}b\"\n");
            let comment = format!("[[case]]\n# a{c}b\ntitle = \"a\"\n");
            let in_string = c == '\t' || !(c == '\\' || c == '"' || c.is_control());
            let in_comment = c == '\t' || !c.is_ascii_control();
            assert_eq!(parse(&string).is_some(), in_string, "{:?} in a string", c);
            assert_eq!(parse(&comment).is_some(), in_comment, "{:?} in a comment", c);
            if u32::from(c) < 0x800 || u32::from(c) % 1009 == 0 {
                assert_eq!(same(&string), in_string, "{:?}", c);
                assert_eq!(same(&comment), in_comment, "{:?}", c);
                checked += 1;
            }
        }
        assert!(checked > 3000, "{checked}");
    }

    #[test]
    fn reads_integers_and_dates_at_their_edges_as_toml_does() {
        let taken = [
            "amount = 0",
            "amount = -0",
            "amount = 9223372036854775807",
            "amount = -9223372036854775808",
            "amount = 7\t",
            "from = 2024-02-29",
            "from = 0001-01-01",
            "from = 9999-12-31",
        ];
        let left = [
            "amount = 9223372036854775808",
            "amount = 01",
            "amount = -01",
            "amount = --1",
            "amount = -",
            "amount = 1-2",
            "amount = 1.",
            "amount = 2024-01-01",
            "from = 0000-01-01",
            "from = 0000-12-31",
            "from = 2023-02-29",
            "from = 2023-13-01",
            "from = 2023-00-10",
            "from = 2023-01-32",
            "from = 2023-1-01",
            "from = 2023-01-011",
            "from = 20230-01-01",
            "from = 2023/01/01",
            "from = 2023-01001",
            "from = 2023-01.01",
            "from = 2023.01-01",
            "from = +2023-01-01",
            "from = 12",
            "from = \"2023-01-01\"",
        ];
        for (line, take) in taken.iter().map(|l| (l, true)).chain(left.iter().map(|l| (l, false))) {
            let chunk = format!("[[case]]\n[case.penalty]\n{line}\n");
            assert_eq!(same(&chunk), take, "{chunk}");
        }
    }

    #[test]
    fn takes_every_key_of_its_tables() {
        let chunk = "[[case]]\ntitle = \"T\"\nauthority = \"A\"\nreference = \"R\"\ncurrency = \"EUR\"\n\
                     calendar = \"FR\"\nrules = \"fr-cpc\"\n\
                     [case.order]\ndecided = 2022-10-17\nnotified = 2022-10-19\ndeadline = 2022-12-19\n\
                     comply_within = \"2 months\"\ndistance = \"none\"\nmonth_end = \"last\"\n\
                     [case.penalty]\nobligation = \"O\"\namount = \"100.50\"\nper = \"day\"\nfrom = 2023-01-01\n\
                     complied = 2023-03-01\npartial = \"no\"\ncap = 5000\n\
                     [[case.liquidation]]\ndecided = 2023-04-01\nfrom = 2023-01-01\nthrough = 2023-02-01\n\
                     until = 2023-02-01\nawarded = 100\nexpected = \"3200\"\nexpected_days = 32\n";
        assert!(same(chunk), "{chunk}");
        // Written again at the end, in the last table, each key is left: as a key written
        // twice, or as one that table does not take.
        for line in chunk.lines().filter(|l| l.contains('=')) {
            assert!(!same(&format!("{chunk}{line}\n")), "{line} twice");
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
            "[[case]]\ntitle : \"A\"\n",
            "[[case]]\ntitle x\"A\"\n",
            "[[case]]\ntitle\n",
            "[[case]]\ntitle",
            "[[case]]\n[case.penalty]\nexpected_days = 12\n",
            "[[case]]\n[[case.liquidation]]\nexpected_day = 12\n",
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
