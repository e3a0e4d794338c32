//! An amount as plain decimal text (`114330.50`, `-0.05`, `0`), written without allocating.
//!
//! rust_decimal writes a `Decimal` by dividing its 96-bit mantissa by ten, one digit at a time;
//! a batch writes a dozen amounts per case. This gives the same text from the mantissa as one
//! `u64` (every realistic amount), its digits put straight in place two at a time, or, past
//! that, as one `u128` turned to digits by `itoa`.

use rust_decimal::Decimal;
use serde::Serializer;

use crate::digits;

/// The longest text: a sign, 29 digits (`2^96 - 1` has 29, and a scale of 28 needs 29 with
/// its leading `0`) and a decimal point.
const CAPACITY: usize = 32;

/// The room an amount is written in: the longest text, and the 7 bytes past it that the
/// digits of a 64-bit mantissa may be written over with (see `digits::put_at_start`).
pub(crate) const ROOM: usize = CAPACITY + 8;

/// The text of an amount exactly as `Decimal`'s `Display` writes it: every digit of the
/// mantissa, the scale kept (trailing zeros included), a leading `0` before a point, and a
/// `-` whenever the sign is negative, a negative zero included (`-0.00`, as rust_decimal
/// writes it).
///
/// ```
/// use astreinte::money::PlainDecimal;
/// use rust_decimal::Decimal;
/// assert_eq!(PlainDecimal::new(Decimal::new(11_433_050, 2)).as_str(), "114330.50");
/// assert_eq!(PlainDecimal::new(Decimal::new(-5, 3)).as_str(), "-0.005");
/// assert_eq!(PlainDecimal::new(Decimal::new(0, 2)).as_str(), "0.00");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct PlainDecimal {
    text: [u8; ROOM],
    len: usize,
}

impl PlainDecimal {
    /// Writes `value`.
    pub fn new(value: Decimal) -> Self {
        let mut text = [0; ROOM];
        let len = write_into(value, &mut text);
        PlainDecimal { text, len }
    }

    /// The text, as bytes.
    pub fn as_bytes(&self) -> &[u8] {
        self.text.get(..self.len).unwrap_or(&[])
    }

    /// The text.
    pub fn as_str(&self) -> &str {
        // Only ASCII digits, `-` and `.` were written.
        std::str::from_utf8(self.as_bytes()).unwrap_or("")
    }
}

/// Appends the text [`PlainDecimal`] holds to `out`, for a writer that builds its bytes itself.
///
/// ```
/// let mut line = b"amount=".to_vec();
/// astreinte::money::write_plain(rust_decimal::Decimal::new(-1050, 2), &mut line);
/// assert_eq!(line, b"amount=-10.50");
/// ```
pub fn write_plain(value: Decimal, out: &mut Vec<u8>) {
    out.extend_from_slice(PlainDecimal::new(value).as_bytes());
}

/// Writes the text of `value` at the start of `room`, for a writer that has room for it in
/// place; returns its length. What follows the text in `room` may be written over.
#[inline(always)]
pub(crate) fn write_into(value: Decimal, room: &mut [u8; ROOM]) -> usize {
    match write_small(value, room) {
        Some(len) => len,
        None => write_large(value, room),
    }
}

/// [`write_into`] for any mantissa (up to 96 bits).
#[cold]
#[inline(never)]
fn write_large(value: Decimal, room: &mut [u8; ROOM]) -> usize {
    let mut len = 0;
    write(value, |bytes| {
        let end = len + bytes.len();
        if let Some(slot) = room.get_mut(len..end) {
            slot.copy_from_slice(bytes);
            len = end;
        }
    });
    len
}

/// The text of `value` when its mantissa fits a `u64` (every realistic amount), written in
/// place left to right: the sign, the whole part (see `digits::put_at_start`), the point and
/// the fraction, padded with zeros ahead to the scale; `None` past 64 bits.
#[inline(always)]
fn write_small(value: Decimal, room: &mut [u8; ROOM]) -> Option<usize> {
    let magnitude = u64::try_from(value.mantissa().unsigned_abs()).ok()?;
    // Written whatever the sign; the first digit goes over it when there is none. A negative
    // zero keeps its sign, as in `Display` (its mantissa is 0, its sign flag set).
    room[0] = b'-';
    let sign = usize::from(value.is_sign_negative());
    let text = room.get_mut(sign..)?;
    let len = match value.scale() {
        // Whole amounts and cents, each on its own path: their divisions are by constants.
        0 => digits::put_at_start(text, magnitude)?,
        2 => {
            let point = digits::put_at_start(text, magnitude / 100)?;
            let [tens, units] = digits::pair(magnitude);
            *text.get_mut(point..)?.first_chunk_mut()? = [b'.', tens, units];
            point + 3
        }
        scale => write_scaled(text, magnitude, scale)?,
    };
    Some(sign + len)
}

/// The digits of `magnitude`, the last `scale` of them (zeros ahead as needed) after a point,
/// at the start of `text`; how many bytes.
#[inline(never)]
fn write_scaled(text: &mut [u8], magnitude: u64, scale: u32) -> Option<usize> {
    // Past 10^19 the whole part of a u64 is 0.
    let (whole, fraction) = 10u64
        .checked_pow(scale)
        .map_or((0, magnitude), |unit| (magnitude / unit, magnitude % unit));
    let point = digits::put_at_start(text, whole)?;
    let end = point + 1 + scale as usize;
    let [dot, places @ ..] = text.get_mut(point..end)? else {
        return None;
    };
    *dot = b'.';
    digits::put(places, fraction);
    Some(end)
}

/// The text of `value`, in pieces, to `put`, for any mantissa (up to 96 bits).
fn write(value: Decimal, mut put: impl FnMut(&[u8])) {
    let magnitude = value.mantissa().unsigned_abs();
    let mut buffer = itoa::Buffer::new();
    let digits = match u64::try_from(magnitude) {
        Ok(small) => buffer.format(small),
        Err(_) => buffer.format(magnitude),
    };
    // `mantissa()` of a negative zero is 0: the sign comes from the flag, as in Display.
    if value.is_sign_negative() {
        put(b"-");
    }
    let scale = value.scale() as usize;
    let digits = digits.as_bytes();
    if scale == 0 {
        put(digits);
    } else if digits.len() > scale {
        let (whole, fraction) = digits.split_at(digits.len() - scale);
        put(whole);
        put(b".");
        put(fraction);
    } else {
        put(b"0.");
        for _ in digits.len()..scale {
            put(b"0");
        }
        put(digits);
    }
}

/// Serializes an amount as a string of its plain text, as rust_decimal's `serde-str` does,
/// for `#[serde(serialize_with)]`.
///
/// ```
/// use rust_decimal::Decimal;
/// #[derive(serde::Serialize)]
/// struct Sum(#[serde(serialize_with = "astreinte::money::plain_str")] Decimal);
/// assert_eq!(serde_json::to_string(&Sum(Decimal::new(1050, 2))).unwrap(), "\"10.50\"");
/// ```
pub fn plain_str<S: Serializer>(value: &Decimal, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(PlainDecimal::new(*value).as_str())
}

/// [`plain_str`] for an optional amount (`null` when absent).
pub fn plain_str_opt<S: Serializer>(value: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
    match value {
        Some(v) => plain_str(v, s),
        None => s.serialize_none(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The text of `value` by the path for mantissas of 64 bits alone, if it takes it.
    fn small(value: Decimal) -> Option<String> {
        let mut text = [b'x'; ROOM];
        let len = write_small(value, &mut text)?;
        Some(String::from_utf8(text[..len].to_vec()).unwrap())
    }

    /// The text of `value` by the path for any mantissa alone.
    fn any_size(value: Decimal) -> String {
        let mut text = Vec::new();
        write(value, |bytes| text.extend_from_slice(bytes));
        String::from_utf8(text).unwrap()
    }

    /// The text of `value`, after checking that every way of writing it agrees.
    fn plain(value: Decimal) -> String {
        let text = PlainDecimal::new(value).as_str().to_string();
        let mut appended = b"[".to_vec();
        write_plain(value, &mut appended);
        assert_eq!(appended, format!("[{text}").into_bytes());
        assert_eq!(any_size(value), text);
        if let Some(small) = small(value) {
            assert_eq!(small, text);
        }
        text
    }

    /// Every scale, both signs, and mantissas at the edges of each number of digits and of
    /// `u64`: the path for 64 bits takes each and writes what `Display` writes.
    #[test]
    fn every_scale_and_sign_of_edge_mantissas_takes_the_64_bit_path() {
        let mut mantissas = vec![0, 1, 2, 9, 99, 101, u64::MAX - 1, u64::MAX];
        for digits in 1..20 {
            let power = 10u64.pow(digits);
            mantissas.extend([power - 1, power, power + 1, power / 2 * 3]);
        }
        for scale in 0..=28 {
            for &mantissa in &mantissas {
                for negative in [false, true] {
                    let mut value = Decimal::from_i128_with_scale(i128::from(mantissa), scale);
                    // Set after building, so that a zero keeps a negative sign.
                    value.set_sign_negative(negative);
                    assert_eq!(value.is_sign_negative(), negative);
                    assert_eq!(
                        small(value),
                        Some(value.to_string()),
                        "{mantissa}e-{scale} ({negative})"
                    );
                    assert_eq!(plain(value), value.to_string());
                }
            }
            // One past u64 is left to the path for any mantissa.
            let past = Decimal::from_i128_with_scale(i128::from(u64::MAX) + 1, scale);
            assert_eq!(small(past), None);
            assert_eq!(plain(past), past.to_string());
            assert_eq!(plain(-past), (-past).to_string());
        }
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
        for (mantissa, scale, text) in cases {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            assert_eq!(plain(value), text, "{mantissa}e-{scale}");
            assert_eq!(
                value.to_string(),
                text,
                "the table itself is wrong for {mantissa}e-{scale}"
            );
        }
    }

    #[test]
    fn a_negative_zero_keeps_its_sign() {
        for scale in 0..=28 {
            // `from_parts` clears the sign of a zero; negation (or `trunc`) keeps it.
            let zero = -Decimal::new(0, scale);
            assert!(zero.is_sign_negative());
            assert!(plain(zero).starts_with('-'), "{}", plain(zero));
            assert_eq!(plain(zero), zero.to_string());
        }
    }

    #[test]
    fn serializes_as_rust_decimal_does() {
        #[derive(serde::Serialize)]
        struct Both {
            #[serde(serialize_with = "plain_str")]
            ours: Decimal,
            theirs: Decimal,
            #[serde(serialize_with = "plain_str_opt")]
            ours_opt: Option<Decimal>,
            theirs_opt: Option<Decimal>,
        }
        for (value, opt) in [
            (Decimal::new(-1050, 2), Some(Decimal::new(3, 0))),
            (-Decimal::new(0, 2), None),
        ] {
            let both = serde_json::to_value(Both {
                ours: value,
                theirs: value,
                ours_opt: opt,
                theirs_opt: opt,
            })
            .unwrap();
            assert_eq!(both["ours"], both["theirs"]);
            assert_eq!(both["ours_opt"], both["theirs_opt"]);
        }
    }

    /// Mantissas of every size: small ones (the u64 path), ones near its limit, any up to 96 bits.
    fn mantissa() -> impl Strategy<Value = i128> {
        let max = (1i128 << 96) - 1;
        prop_oneof![
            -1_000_000_000i128..1_000_000_000,
            (u64::MAX as i128 - 1000)..(u64::MAX as i128 + 1000),
            -(u64::MAX as i128 + 1000)..-(u64::MAX as i128 - 1000),
            -max..=max,
            Just(max),
            Just(-max),
            Just(0),
        ]
    }

    proptest! {
        #[test]
        fn the_64_bit_path_writes_what_display_writes(
            mantissa in prop_oneof![any::<u64>(), 0u64..100_000_000], negative in any::<bool>(), scale in 0u32..=28,
        ) {
            let mut value = Decimal::from_i128_with_scale(i128::from(mantissa), scale);
            value.set_sign_negative(negative);
            prop_assert_eq!(small(value), Some(value.to_string()));
        }

        #[test]
        fn writes_what_display_writes(mantissa in mantissa(), scale in 0u32..=28) {
            let value = Decimal::from_i128_with_scale(mantissa, scale);
            prop_assert_eq!(plain(value), value.to_string());
        }

        #[test]
        fn writes_what_display_writes_from_raw_parts(
            lo in any::<u32>(), mid in any::<u32>(), hi in any::<u32>(), negative in any::<bool>(), scale in 0u32..=28,
        ) {
            let value = Decimal::from_parts(lo, mid, hi, negative, scale);
            prop_assert_eq!(plain(value), value.to_string());
            // The same sign on a zero of the same scale, which `from_parts` would have cleared.
            let mut zero = Decimal::new(0, scale);
            zero.set_sign_negative(negative);
            prop_assert_eq!(plain(zero), zero.to_string());
        }
    }
}
