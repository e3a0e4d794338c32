//! An amount as plain decimal text (`114330.50`, `-0.05`, `0`), written without allocating.
//!
//! rust_decimal writes a `Decimal` by dividing its 96-bit mantissa by ten, one digit at a time;
//! a batch writes a dozen amounts per case. This gives the same text from the mantissa as one
//! `u64` (every realistic amount) or, past that, one `u128`, each turned to digits by `itoa`.

use rust_decimal::Decimal;
use serde::Serializer;

/// The longest text: a sign, 29 digits (`2^96 - 1` has 29, and a scale of 28 needs 29 with
/// its leading `0`) and a decimal point.
const CAPACITY: usize = 32;

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
    text: [u8; CAPACITY],
    len: usize,
}

impl PlainDecimal {
    /// Writes `value`.
    pub fn new(value: Decimal) -> Self {
        let mut plain = PlainDecimal {
            text: [0; CAPACITY],
            len: 0,
        };
        write(value, |bytes| plain.push(bytes));
        plain
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

    /// Appends `bytes`; the capacity holds any `Decimal` (see [`CAPACITY`]).
    fn push(&mut self, bytes: &[u8]) {
        let end = self.len + bytes.len();
        if let Some(room) = self.text.get_mut(self.len..end) {
            room.copy_from_slice(bytes);
            self.len = end;
        }
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
    write(value, |bytes| out.extend_from_slice(bytes));
}

/// The text of `value`, in pieces, to `put`.
fn write(value: Decimal, mut put: impl FnMut(&[u8])) {
    let magnitude = value.mantissa().unsigned_abs();
    let mut digits = itoa::Buffer::new();
    let digits = match u64::try_from(magnitude) {
        Ok(small) => digits.format(small),
        Err(_) => digits.format(magnitude),
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

    /// The text of `value`, after checking that both ways of writing it agree.
    fn plain(value: Decimal) -> String {
        let text = PlainDecimal::new(value).as_str().to_string();
        let mut appended = b"[".to_vec();
        write_plain(value, &mut appended);
        assert_eq!(appended, format!("[{text}").into_bytes());
        text
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
