//! `--format summary` lines written key by key straight into bytes, beside the plain path
//! (`render::summary`, serde_json over borrowed views of the report), which writes the same
//! bytes.
//!
//! Written for every case of a batch, the line through serde_json took three times the
//! instructions of this writer (serde_json scans every key and value for bytes to escape, one
//! byte at a time): with this writer a batch of 100,000 cases meets its target (50 times the
//! Python peer), through serde_json it would not (measured in
//! docs/performance/2026-12-03-output-seam.md). It declines a
//! line that has a text to escape (a quote, a backslash, a control character) or a date whose
//! year chrono writes with a sign: the plain path writes those.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::dates::iso_bytes;
use crate::render::SCHEMA_VERSION;
use crate::report::{CaseReport, LiquidationReport, ObligationTotal, Period, Totals};

/// Appends the line of `report` to `out` and says so; `false`, with `out` as it was, when the
/// line holds something only the plain path writes.
pub(crate) fn append_case(report: &CaseReport, out: &mut Vec<u8>) -> bool {
    let start = out.len();
    // Room for the fixed part, the names, and each liquidation, gap and obligation.
    out.reserve(
        420 + report.title.len()
            + report.source.file.len()
            + 160 * report.liquidations.len()
            + 100 * report.gaps.len()
            + 100 * report.totals.by_obligation.len(),
    );
    let mut line = Line { out, whole: true };
    write_line(&mut line, report);
    let whole = line.whole;
    if !whole {
        out.truncate(start);
    }
    whole
}

/// A line being written; `whole` until something is met that this writer leaves to serde_json.
struct Line<'a> {
    out: &'a mut Vec<u8>,
    whole: bool,
}

/// The line of a case, whole: the keys and their order are those of the plain path.
fn write_line(l: &mut Line, report: &CaseReport) {
    l.integer("{\"schema_version\":", SCHEMA_VERSION);
    l.string(",\"title\":", &report.title);
    l.string(",\"source\":{\"file\":", &report.source.file);
    l.integer(",\"line\":", report.source.line);
    l.integer(",\"column\":", report.source.column);
    l.string("},\"currency\":", report.currency.code());
    l.date(",\"deadline\":", report.deadline);
    l.date(",\"accrual_start\":", report.accrual_start);
    l.raw(",\"liquidations\":[");
    for (i, liquidation) in report.liquidations.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_liquidation(l, liquidation);
    }
    l.raw("],\"gaps\":[");
    for (i, gap) in report.gaps.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_period(l, gap);
    }
    l.raw("],\"accrued\":");
    write_period(l, &report.accrued);
    l.raw(",\"totals\":");
    write_totals(l, &report.totals);
    l.raw("}\n");
}

fn write_liquidation(l: &mut Line, liquidation: &LiquidationReport) {
    l.integer("{\"number\":", liquidation.number);
    l.date(",\"from\":", liquidation.from);
    l.date(",\"through\":", liquidation.through);
    l.integer(",\"days\":", liquidation.days);
    l.amount(",\"amount\":", liquidation.amount);
    l.amount_opt(",\"awarded\":", liquidation.awarded);
    l.string(",\"status\":", liquidation.status.code());
    l.amount_opt(",\"expected\":", liquidation.expected);
    l.raw("}");
}

/// A period outside the liquidations (the accrued period, a gap) without its segments and
/// suspensions.
fn write_period(l: &mut Line, period: &Period) {
    l.date_opt("{\"from\":", period.from);
    l.date_opt(",\"through\":", period.through);
    l.integer(",\"days\":", period.days);
    l.amount(",\"amount\":", period.amount);
    l.raw("}");
}

/// The totals whole, as `--format json` gives them.
fn write_totals(l: &mut Line, totals: &Totals) {
    l.amount("{\"liquidated\":", totals.liquidated);
    l.amount(",\"awarded\":", totals.awarded);
    l.amount(",\"projected\":", totals.projected);
    l.amount(",\"unliquidated\":", totals.unliquidated);
    l.amount(",\"lump_sums\":", totals.lump_sums);
    l.amount(",\"overall\":", totals.overall);
    l.amount(",\"owed\":", totals.owed);
    l.amount(",\"suppressed\":", totals.suppressed);
    l.raw(",\"by_obligation\":[");
    for (i, obligation) in totals.by_obligation.iter().enumerate() {
        if i > 0 {
            l.raw(",");
        }
        write_obligation(l, obligation);
    }
    l.raw("]}");
}

fn write_obligation(l: &mut Line, total: &ObligationTotal) {
    l.string_opt("{\"obligation\":", total.obligation.as_deref());
    l.amount(",\"liquidated\":", total.liquidated);
    l.amount(",\"unliquidated\":", total.unliquidated);
    l.amount(",\"total\":", total.total);
    l.raw("}");
}

impl Line<'_> {
    /// Punctuation and keys, written as given: `,"title":`. Inlined, as are the writers of
    /// values below, at each call, where the key is a constant: it is then copied without a
    /// call to `memcpy` (such calls, one per key, were a fifth of writing a line).
    #[inline(always)]
    fn raw(&mut self, json: &str) {
        self.out.extend_from_slice(json.as_bytes());
    }

    /// `key`, then a string, quoted; left to the plain path when a byte needs escaping.
    #[inline(always)]
    fn string(&mut self, key: &str, text: &str) {
        if needs_escape(text.as_bytes()) {
            self.whole = false;
            return;
        }
        self.raw(key);
        self.out.push(b'"');
        self.out.extend_from_slice(text.as_bytes());
        self.out.push(b'"');
    }

    /// `key`, then an optional string, `null` when absent.
    #[inline(always)]
    fn string_opt(&mut self, key: &str, text: Option<&str>) {
        match text {
            Some(t) => self.string(key, t),
            None => self.null(key),
        }
    }

    /// `key`, then `null`.
    #[inline(always)]
    fn null(&mut self, key: &str) {
        self.raw(key);
        self.raw("null");
    }

    /// `key`, then a whole number.
    #[inline(always)]
    fn integer(&mut self, key: &str, n: impl itoa::Integer) {
        self.raw(key);
        self.out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }

    /// `key`, then an amount, as a string of its exact decimal text (`"114330.50"`).
    #[inline(always)]
    fn amount(&mut self, key: &str, value: Decimal) {
        self.raw(key);
        self.out.push(b'"');
        decimal_text(value, self.out);
        self.out.push(b'"');
    }

    /// `key`, then an optional amount, `null` when absent.
    #[inline(always)]
    fn amount_opt(&mut self, key: &str, value: Option<Decimal>) {
        match value {
            Some(v) => self.amount(key, v),
            None => self.null(key),
        }
    }

    /// `key`, then a date, as a `YYYY-MM-DD` string; left to the plain path for a year chrono
    /// writes with a sign.
    #[inline(always)]
    fn date(&mut self, key: &str, date: NaiveDate) {
        let Some(text) = iso_bytes(date) else {
            self.whole = false;
            return;
        };
        self.raw(key);
        self.out.push(b'"');
        self.out.extend_from_slice(&text);
        self.out.push(b'"');
    }

    /// `key`, then an optional date, `null` when absent.
    #[inline(always)]
    fn date_opt(&mut self, key: &str, date: Option<NaiveDate>) {
        match date {
            Some(d) => self.date(key, d),
            None => self.null(key),
        }
    }
}

/// Whether `text` has a byte JSON escapes: a control character, a quote or a backslash.
fn needs_escape(text: &[u8]) -> bool {
    text.iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

/// Appends the text of `value` exactly as rust_decimal's `Display` writes it (every digit of the
/// mantissa, the scale kept, a `0` before a point, a `-` whenever the sign is negative, a
/// negative zero included), its digits by `itoa` from the mantissa rather than by
/// rust_decimal's division of 96 bits by ten, digit by digit.
#[inline(never)]
fn decimal_text(value: Decimal, out: &mut Vec<u8>) {
    // Most totals of a line are a plain zero (nothing awarded, projected, suppressed...).
    if value.is_zero() && value.scale() == 0 && !value.is_sign_negative() {
        out.push(b'0');
        return;
    }
    let magnitude = value.mantissa().unsigned_abs();
    let mut buffer = itoa::Buffer::new();
    let digits = match u64::try_from(magnitude) {
        Ok(small) => buffer.format(small),
        Err(_) => buffer.format(magnitude),
    }
    .as_bytes();
    // `mantissa()` of a negative zero is 0: the sign comes from the flag, as in `Display`.
    if value.is_sign_negative() {
        out.push(b'-');
    }
    let scale = value.scale() as usize;
    let whole = digits.len().saturating_sub(scale);
    match digits.split_at_checked(whole) {
        Some((_, _)) if scale == 0 => out.extend_from_slice(digits),
        Some((whole, fraction)) if !whole.is_empty() => {
            out.extend_from_slice(whole);
            out.push(b'.');
            out.extend_from_slice(fraction);
        }
        // No digit before the point: `0.`, then zeros up to the scale.
        _ => {
            out.extend_from_slice(b"0.");
            out.resize(out.len() + (scale - digits.len()), b'0');
            out.extend_from_slice(digits);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn text(value: Decimal) -> String {
        let mut out = b"[".to_vec();
        decimal_text(value, &mut out);
        String::from_utf8(out).unwrap().split_off(1)
    }

    #[test]
    fn writes_the_scale_and_the_sign_as_display_does() {
        let cases: [(i128, u32, &str); 12] = [
            (0, 0, "0"),
            (0, 2, "0.00"),
            (11_433_050, 2, "114330.50"),
            (-11_433_050, 2, "-114330.50"),
            (5, 3, "0.005"),
            (-5, 1, "-0.5"),
            (100, 2, "1.00"),
            (7, 0, "7"),
            (1, 28, "0.0000000000000000000000000001"),
            (
                79_228_162_514_264_337_593_543_950_335,
                0,
                "79228162514264337593543950335",
            ),
            (
                -79_228_162_514_264_337_593_543_950_335,
                28,
                "-7.9228162514264337593543950335",
            ),
            (18_446_744_073_709_551_616, 3, "18446744073709551.616"),
        ];
        for (mantissa, scale, expected) in cases {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            assert_eq!(text(value), expected, "{mantissa}e-{scale}");
            assert_eq!(
                value.to_string(),
                expected,
                "the table itself is wrong for {mantissa}e-{scale}"
            );
        }
    }

    /// Every scale, both signs (a zero's too), mantissas at the edges of each number of digits
    /// and of `u64`.
    #[test]
    fn every_scale_and_sign_of_edge_mantissas_as_display_writes_them() {
        let mut mantissas = vec![0, 1, 2, 9, 99, 101, u128::from(u64::MAX) - 1, u128::from(u64::MAX) + 1];
        for digits in 1..29 {
            let power = 10u128.pow(digits);
            mantissas.extend([power - 1, power, power + 1]);
        }
        for scale in 0..=28 {
            for &mantissa in &mantissas {
                for negative in [false, true] {
                    let Ok(signed) = i128::try_from(mantissa) else { continue };
                    let Ok(mut value) = Decimal::try_from_i128_with_scale(signed, scale) else {
                        continue;
                    };
                    // Set after building, so that a zero keeps a negative sign.
                    value.set_sign_negative(negative);
                    assert_eq!(text(value), value.to_string(), "{mantissa}e-{scale} ({negative})");
                }
            }
        }
    }

    #[test]
    fn only_quotes_backslashes_and_control_characters_need_escaping() {
        for byte in 0..=255u8 {
            let escaped = serde_json::to_string(&char::from(byte).to_string()).unwrap();
            let plain = escaped.len() == char::from(byte).len_utf8() + 2;
            assert_eq!(needs_escape(&[byte]), !plain && byte < 0x80, "{byte:#x}");
        }
        assert!(!needs_escape("Société Générale — 🦀 \u{7f} \u{2028}".as_bytes()));
    }

    proptest! {
        #[test]
        fn writes_what_display_writes_from_raw_parts(
            lo in any::<u32>(), mid in any::<u32>(), hi in any::<u32>(), negative in any::<bool>(), scale in 0u32..=28,
        ) {
            let value = Decimal::from_parts(lo, mid, hi, negative, scale);
            prop_assert_eq!(text(value), value.to_string());
            let mut zero = Decimal::new(0, scale);
            zero.set_sign_negative(negative);
            prop_assert_eq!(text(zero), zero.to_string());
        }

        #[test]
        fn writes_what_display_writes_for_amounts_of_64_bits(
            mantissa in prop_oneof![any::<u64>(), 0u64..100_000_000], negative in any::<bool>(), scale in 0u32..=28,
        ) {
            let mut value = Decimal::from_i128_with_scale(i128::from(mantissa), scale);
            value.set_sign_negative(negative);
            prop_assert_eq!(text(value), value.to_string());
        }
    }
}
