//! Decimal digits put straight into place, for the writers that build output bytes by hand
//! (amounts in `money::plain`, dates in `dates`, integers in `render::json_bytes`): eight
//! digits at once by arithmetic on one `u64` (no loop, no table), or two from a table.

/// `00`, `01`, ... `99`, one after the other.
const PAIRS: &[u8; 200] = b"\
00010203040506070809101112131415161718192021222324252627282930313233343536373839\
40414243444546474849505152535455565758596061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";

/// The two digits of `n % 100`.
#[inline(always)]
pub(crate) fn pair(n: u64) -> [u8; 2] {
    let at = (n % 100) as usize * 2;
    // Always in the table.
    PAIRS
        .get(at..)
        .and_then(<[u8]>::first_chunk)
        .copied()
        .unwrap_or([b'0'; 2])
}

/// The eight digits of `n` (below 10^8, zeros first), one a byte in reading order once the
/// word is stored little-endian, as numbers 0 to 9 (`0x30` added makes them ASCII).
///
/// Split in two halves of four digits (one 32-bit lane each), each lane in two of two digits
/// (16 bits each), each of those in two digits (a byte each): at each step a lane's value `x`
/// is replaced by `q | r << width`, `q` its quotient and `r` its remainder. The quotients
/// are by multiplication and shift, exact over each lane's range: `x * 10486 >> 20` is
/// `x / 100` for every `x` below 10,000 (its error stays below 0.003), `x * 103 >> 10` is
/// `x / 10` for every `x` below 100 (below 0.06); no product spills into the next lane.
#[inline(always)]
fn eight(n: u64) -> u64 {
    let x = (n / 10_000) | (n % 10_000) << 32;
    let hundreds = ((x * 10_486) >> 20) & 0x0000_007f_0000_007f;
    let y = hundreds | (x - hundreds * 100) << 16;
    let tens = ((y * 103) >> 10) & 0x000f_000f_000f_000f;
    tens | (y - tens * 10) << 8
}

/// `'0'` in each byte.
const ZEROS: u64 = u64::from_ne_bytes([b'0'; 8]);

/// Eight digits at once: the eight digits of `n` (below 10^8, zeros first) stored in `slot`.
#[inline(always)]
fn put_eight(slot: &mut [u8; 8], n: u64) {
    *slot = (eight(n) + ZEROS).to_le_bytes();
}

/// The digits of `n` (below 10^8) without the zeros ahead, at the start of `slot`; how many.
/// The eight bytes are stored whole: past the digits, zero bytes.
#[inline(always)]
fn put_leading(slot: &mut [u8; 8], n: u64) -> usize {
    let digits = eight(n);
    // The zeros ahead are the low bytes that are 0 (all eight for 0, which keeps one).
    let zeros = (digits.trailing_zeros() / 8).min(7);
    *slot = ((digits + ZEROS) >> (8 * zeros)).to_le_bytes();
    8 - zeros as usize
}

/// Writes every digit of `n` (one for `0`) at the start of `slot`; how many, `None` if they
/// would not fit. Eight digits at a time, each eight stored whole: as many as 6 zero bytes may
/// be written past 2 to 7 digits, and `slot` must have room for 8 bytes then, for all the
/// digits otherwise.
#[inline(always)]
pub(crate) fn put_at_start(slot: &mut [u8], n: u64) -> Option<usize> {
    const EIGHT: u64 = 100_000_000;
    // One digit (a zero amount, a column) costs a comparison more to others.
    if n < 10 {
        *slot.first_mut()? = b'0' + n as u8;
        return Some(1);
    }
    if n < EIGHT {
        return Some(put_leading(slot.first_chunk_mut()?, n));
    }
    let (high, low) = (n / EIGHT, n % EIGHT);
    let mut len = if high < EIGHT {
        put_leading(slot.first_chunk_mut()?, high)
    } else {
        // 10^16 and over: at most 4 digits more.
        let len = put_leading(slot.first_chunk_mut()?, high / EIGHT);
        put_eight(slot.get_mut(len..)?.first_chunk_mut()?, high % EIGHT);
        len + 8
    };
    put_eight(slot.get_mut(len..)?.first_chunk_mut()?, low);
    len += 8;
    Some(len)
}

/// Fills `slot` with the last `slot.len()` digits of `n`, zeros first when `n` has fewer
/// (`put(&mut [0; 4], 7)` gives `0007`, `put(&mut [0; 2], 1234)` gives `34`).
#[inline]
pub(crate) fn put(slot: &mut [u8], mut n: u64) {
    let (odd, pairs) = slot.as_rchunks_mut::<2>();
    for two in pairs.iter_mut().rev() {
        *two = pair(n);
        n /= 100;
    }
    if let Some(digit) = odd.first_mut() {
        *digit = b'0' + (n % 10) as u8;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether `slot` holds the digits of `n` and nothing else past them but zero bytes, as far
    /// as 7 bytes on, and nothing written past those.
    fn digits_at_start(slot: &[u8], n: u64) -> bool {
        let text = n.to_string();
        let (digits, after) = slot.split_at(text.len());
        let (over, untouched) = after.split_at(7.min(after.len()));
        digits == text.as_bytes() && over.iter().all(|&b| b == 0 || b == b'x') && untouched.iter().all(|&b| b == b'x')
    }

    #[test]
    fn puts_the_digits_of_the_powers_of_ten_and_their_neighbours() {
        let mut numbers = vec![0, 1, 9, u64::MAX];
        for digits in 1..20 {
            let power = 10u64.pow(digits);
            numbers.extend([power - 1, power, power + 1]);
        }
        for n in numbers {
            let mut slot = [b'x'; 40];
            let len = put_at_start(&mut slot, n).unwrap();
            assert_eq!(len, n.to_string().len());
            assert!(digits_at_start(&slot, n), "{n}: {}", String::from_utf8_lossy(&slot));
            // Room for 8 bytes, or for every digit when there is one or more than 8, is enough;
            // less gives `None`.
            let exact = if len == 1 { 1 } else { len.max(8) };
            assert_eq!(put_at_start(&mut slot[..exact], n), Some(len));
            assert_eq!(put_at_start(&mut slot[..exact - 1], n), None);
        }
    }

    #[test]
    fn a_pair_is_the_last_two_digits() {
        for n in (0..300).chain([u64::MAX - 1, u64::MAX]) {
            let text = format!("{:02}", n % 100);
            assert_eq!(pair(n), text.as_bytes(), "{n}");
        }
    }

    /// Each half of the eight digits is worked out on its own (one lane each), so every value
    /// of each half, the other half zero, covers every quotient and remainder taken.
    #[test]
    fn eight_digits_of_every_value_of_each_half() {
        for half in 0..10_000u64 {
            for n in [half, half * 10_000, half * 10_000 + 9_999 - half] {
                let text = (eight(n) + ZEROS).to_le_bytes();
                assert_eq!(text, *format!("{n:08}").as_bytes(), "{n}");
            }
        }
    }

    proptest! {
        #[test]
        fn puts_the_last_digits_zero_padded(n in any::<u64>(), width in 0usize..=30) {
            let mut slot = vec![b'x'; width];
            put(&mut slot, n);
            let text = format!("{n:0width$}");
            prop_assert_eq!(String::from_utf8(slot).unwrap(), &text[text.len() - width..]);
        }

        #[test]
        fn puts_every_digit(n in prop_oneof![any::<u64>(), 0u64..1000, 0u64..1_000_000_000]) {
            let mut slot = [b'x'; 40];
            let len = put_at_start(&mut slot, n).unwrap();
            prop_assert_eq!(len, n.to_string().len());
            prop_assert!(digits_at_start(&slot, n), "{}", String::from_utf8_lossy(&slot));
        }

        #[test]
        fn eight_digits_of_any_number_below_10_to_the_8(n in 0u64..100_000_000) {
            let text = (eight(n) + ZEROS).to_le_bytes().to_vec();
            prop_assert_eq!(String::from_utf8(text).unwrap(), format!("{n:08}"));
        }
    }
}
