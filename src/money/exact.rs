//! Exact arithmetic on money: every result is exact, or an error says why there is none.
//!
//! A [`Decimal`] holds a 96-bit mantissa and at most 28 decimals. Where a product or a sum needs
//! more, rust_decimal's `checked_mul` and `checked_add` do not fail: they round (a rate of
//! 7.9228162514264337593543950335 × 3 gives 23.768448754279301278063185100, its last digit
//! lost; 10^28 + 0.1 gives 10^28). A figure that goes before a court must be exact or refused,
//! so every operation on money goes through here: a result that kept every digit is taken as
//! rust_decimal gives it, any other is worked out again on 256-bit integers ([`Exact`]) and
//! is either written exactly or refused with a [`Loss`].

use std::cmp::Ordering;

use rust_decimal::Decimal;

/// Why an amount has no exact [`Decimal`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Loss {
    /// Beyond the largest amount a decimal holds (79,228,162,514,264,337,593,543,950,335).
    TooLarge,
    /// Within that range, but it needs more digits than a decimal holds (28 to 29 significant
    /// digits, at most 28 after the decimal point).
    Inexact,
}

/// `a × b`, exactly.
pub(crate) fn mul(a: Decimal, b: Decimal) -> Result<Decimal, Loss> {
    match a.checked_mul(b) {
        // rust_decimal rounds only by giving up decimals: a product at the full scale is exact.
        Some(product) if product.scale() == a.scale() + b.scale() => Ok(product),
        _ => Exact::of(a).product(Exact::of(b))?.to_decimal(),
    }
}

/// `a × n`, exactly.
pub(crate) fn times(a: Decimal, n: i64) -> Result<Decimal, Loss> {
    mul(a, Decimal::from(n))
}

/// `a + b`, exactly.
pub(crate) fn add(a: Decimal, b: Decimal) -> Result<Decimal, Loss> {
    match a.checked_add(b) {
        // A sum at the scale of the finer term gave up no decimal: it is exact.
        Some(sum) if sum.scale() == a.scale().max(b.scale()) => Ok(sum),
        _ => Exact::of(a).plus(Exact::of(b))?.to_decimal(),
    }
}

/// `a - b`, exactly.
pub(crate) fn sub(a: Decimal, b: Decimal) -> Result<Decimal, Loss> {
    add(a, -b)
}

/// The sum of `amounts`, exactly.
pub(crate) fn sum(amounts: impl IntoIterator<Item = Decimal>) -> Result<Decimal, Loss> {
    amounts.into_iter().try_fold(Decimal::ZERO, add)
}

/// An exact amount of any size a count can reach (a 256-bit mantissa: any decimal times any
/// count, and sums of those): what a penalty comes to before it is capped
/// and written as a [`Decimal`]. A cap is applied to it before anything is written, so a total
/// that the cap holds is exact however far beyond a decimal the uncapped one goes.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Exact {
    negative: bool,
    mantissa: Wide,
    scale: u32,
}

impl Exact {
    pub(crate) const ZERO: Exact = Exact {
        negative: false,
        mantissa: Wide::ZERO,
        scale: 0,
    };

    /// `value`, every digit and its scale kept.
    pub(crate) fn of(value: Decimal) -> Exact {
        Exact::new(
            value.is_sign_negative(),
            Wide::from_u128(value.mantissa().unsigned_abs()),
            value.scale(),
        )
    }

    fn new(negative: bool, mantissa: Wide, scale: u32) -> Exact {
        Exact {
            negative: negative && !mantissa.is_zero(),
            mantissa,
            scale,
        }
    }

    pub(crate) fn is_zero(&self) -> bool {
        self.mantissa.is_zero()
    }

    /// Above zero.
    pub(crate) fn is_positive(&self) -> bool {
        !self.negative && !self.is_zero()
    }

    /// The value as a [`Decimal`]: at its own scale, or fewer decimals where they are zeros
    /// that do not fit (as rust_decimal itself gives up zeros); otherwise a [`Loss`].
    pub(crate) fn to_decimal(self) -> Result<Decimal, Loss> {
        let (mut mantissa, mut scale) = (self.mantissa, self.scale);
        while scale > 0 && (scale > MAX_SCALE || mantissa > Wide::MAX_MANTISSA) {
            let (quotient, rest) = mantissa.divrem_small(10);
            if rest != 0 {
                break;
            }
            mantissa = quotient;
            scale -= 1;
        }
        match mantissa.to_u128() {
            Some(m) if mantissa <= Wide::MAX_MANTISSA && scale <= MAX_SCALE => {
                let magnitude = i128::try_from(m).map_err(|_| Loss::TooLarge)?;
                let mut value = Decimal::try_from_i128_with_scale(magnitude, scale).map_err(|_| Loss::TooLarge)?;
                value.set_sign_negative(self.negative);
                Ok(value)
            }
            _ if self.beyond_max() => Err(Loss::TooLarge),
            _ => Err(Loss::Inexact),
        }
    }

    /// Whether the magnitude exceeds the largest decimal.
    fn beyond_max(&self) -> bool {
        // Beyond 256 bits the limit is larger than any mantissa held here.
        match Wide::pow10(self.scale).and_then(|p| Wide::MAX_MANTISSA.checked_mul(p)) {
            Some(limit) => self.mantissa > limit,
            None => false,
        }
    }

    /// The two mantissas at the finer of the two scales, and that scale.
    fn aligned(&self, other: &Exact) -> Result<(Wide, Wide, u32), Loss> {
        let scale = self.scale.max(other.scale);
        let at = |e: &Exact| {
            Wide::pow10(scale - e.scale)
                .and_then(|p| e.mantissa.checked_mul(p))
                .ok_or(Loss::TooLarge)
        };
        Ok((at(self)?, at(other)?, scale))
    }

    pub(crate) fn plus(self, other: Exact) -> Result<Exact, Loss> {
        let (a, b, scale) = self.aligned(&other)?;
        Ok(if self.negative == other.negative {
            Exact::new(self.negative, a.checked_add(b).ok_or(Loss::TooLarge)?, scale)
        } else if a >= b {
            Exact::new(self.negative, a.wrapping_sub(b), scale)
        } else {
            Exact::new(other.negative, b.wrapping_sub(a), scale)
        })
    }

    pub(crate) fn minus(self, other: Exact) -> Result<Exact, Loss> {
        self.plus(Exact {
            negative: !other.negative && !other.is_zero(),
            ..other
        })
    }

    pub(crate) fn product(self, other: Exact) -> Result<Exact, Loss> {
        let mantissa = self.mantissa.checked_mul(other.mantissa).ok_or(Loss::TooLarge)?;
        Ok(Exact::new(
            self.negative != other.negative,
            mantissa,
            self.scale + other.scale,
        ))
    }

    /// `self × n`.
    pub(crate) fn times(self, n: i64) -> Result<Exact, Loss> {
        let mantissa = self
            .mantissa
            .checked_mul_small(n.unsigned_abs())
            .ok_or(Loss::TooLarge)?;
        Ok(Exact::new(self.negative != (n < 0), mantissa, self.scale))
    }

    /// `self ÷ of`, rounded to `digits` decimals, half away from zero, from the exact quotient
    /// (one rounding, never two). An exact quotient keeps no more decimals than `self` has
    /// (`28 ÷ 7` is `4`, `28.00 ÷ 7` is `4.00`), as rust_decimal's division gives it; a rounded
    /// one has `digits` decimals (`20 ÷ 7` is `2.86`, `20.299 ÷ 7` is `2.90`). `of` must be above
    /// zero.
    pub(crate) fn share(self, of: i64, digits: u32) -> Result<Exact, Loss> {
        let divisor = Wide::from_u128(u128::from(of.unsigned_abs().max(1)));
        let (numerator, denominator) = if digits >= self.scale {
            let up = Wide::pow10(digits - self.scale).ok_or(Loss::TooLarge)?;
            (self.mantissa.checked_mul(up).ok_or(Loss::TooLarge)?, divisor)
        } else {
            let down = Wide::pow10(self.scale - digits).ok_or(Loss::TooLarge)?;
            (self.mantissa, divisor.checked_mul(down).ok_or(Loss::TooLarge)?)
        };
        let (mut quotient, rest) = numerator.divrem(denominator).ok_or(Loss::TooLarge)?;
        if !rest.is_zero() && rest >= denominator.wrapping_sub(rest) {
            quotient = quotient.checked_add(Wide::ONE).ok_or(Loss::TooLarge)?;
        }
        let mut scale = digits;
        if rest.is_zero() {
            while scale > self.scale.min(digits) {
                let (q, r) = quotient.divrem_small(10);
                if r != 0 {
                    break;
                }
                quotient = q;
                scale -= 1;
            }
        }
        Ok(Exact::new(self.negative != (of < 0), quotient, scale))
    }

    /// How many whole times `unit` goes into `self`, both above zero: `None` when `unit` is
    /// zero, `i64::MAX` when more than that.
    pub(crate) fn whole_times(self, unit: Exact) -> Option<i64> {
        let Ok((a, b, _)) = self.aligned(&unit) else {
            // One is beyond 2^256 at the other's scale: far apart either way.
            return Some(if self < unit { 0 } else { i64::MAX });
        };
        let (quotient, _) = a.divrem(b)?;
        Some(
            quotient
                .to_u128()
                .and_then(|q| i64::try_from(q).ok())
                .unwrap_or(i64::MAX),
        )
    }

    pub(crate) fn min(self, other: Exact) -> Exact {
        if self <= other { self } else { other }
    }
}

impl From<Decimal> for Exact {
    fn from(value: Decimal) -> Exact {
        Exact::of(value)
    }
}

impl PartialEq for Exact {
    fn eq(&self, other: &Exact) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Exact {}

impl PartialOrd for Exact {
    fn partial_cmp(&self, other: &Exact) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Exact {
    /// By value: `1.50 == 1.5`.
    fn cmp(&self, other: &Exact) -> Ordering {
        let magnitude = match self.aligned(other) {
            Ok((a, b, _)) => a.cmp(&b),
            // Only the finer one can be brought to the other's scale: the other is larger.
            Err(_) => other.scale.cmp(&self.scale),
        };
        match (self.negative, other.negative) {
            (false, false) => magnitude,
            (true, true) => magnitude.reverse(),
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
        }
    }
}

/// The most decimals a [`Decimal`] holds.
const MAX_SCALE: u32 = 28;

/// An unsigned 256-bit integer, four 64-bit limbs, the lowest first. Wide enough for any
/// product of two mantissas (192 bits) and any total a count reaches at 28 decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Wide([u64; 4]);

impl Wide {
    const ZERO: Wide = Wide([0; 4]);
    const ONE: Wide = Wide([1, 0, 0, 0]);
    /// 2^96 - 1, the largest mantissa of a [`Decimal`].
    const MAX_MANTISSA: Wide = Wide([u64::MAX, u32::MAX as u64, 0, 0]);

    fn from_u128(value: u128) -> Wide {
        Wide([value as u64, (value >> 64) as u64, 0, 0])
    }

    fn to_u128(self) -> Option<u128> {
        let [a, b, c, d] = self.0;
        (c == 0 && d == 0).then_some(u128::from(a) | (u128::from(b) << 64))
    }

    fn is_zero(&self) -> bool {
        self.0 == [0; 4]
    }

    /// `10^n`, if within 256 bits.
    fn pow10(n: u32) -> Option<Wide> {
        const STEP: u32 = 19;
        let mut power = Wide::ONE;
        let mut left = n;
        while left >= STEP {
            power = power.checked_mul_small(10u64.pow(STEP))?;
            left -= STEP;
        }
        power.checked_mul_small(10u64.pow(left))
    }

    fn checked_add(self, other: Wide) -> Option<Wide> {
        let mut out = [0u64; 4];
        let mut carry = false;
        for ((slot, a), b) in out.iter_mut().zip(self.0).zip(other.0) {
            let (sum, over) = a.overflowing_add(b);
            let (sum, over_again) = sum.overflowing_add(u64::from(carry));
            *slot = sum;
            carry = over || over_again;
        }
        (!carry).then_some(Wide(out))
    }

    /// `self - other`, modulo 2^256 (exact when `other <= self`).
    fn wrapping_sub(self, other: Wide) -> Wide {
        let mut out = [0u64; 4];
        let mut borrow = false;
        for ((slot, a), b) in out.iter_mut().zip(self.0).zip(other.0) {
            let (diff, under) = a.overflowing_sub(b);
            let (diff, under_again) = diff.overflowing_sub(u64::from(borrow));
            *slot = diff;
            borrow = under || under_again;
        }
        Wide(out)
    }

    fn checked_mul_small(self, factor: u64) -> Option<Wide> {
        let mut out = [0u64; 4];
        let mut carry: u128 = 0;
        for (slot, a) in out.iter_mut().zip(self.0) {
            let product = u128::from(a) * u128::from(factor) + carry;
            *slot = product as u64;
            carry = product >> 64;
        }
        (carry == 0).then_some(Wide(out))
    }

    fn checked_mul(self, other: Wide) -> Option<Wide> {
        let mut out = [0u64; 8];
        for (i, a) in self.0.iter().enumerate() {
            let mut carry: u128 = 0;
            for (j, b) in other.0.iter().enumerate() {
                let slot = out.get_mut(i + j)?;
                // At most (2^64 - 1)^2 + 2 (2^64 - 1) = 2^128 - 1: no overflow.
                let t = u128::from(*a) * u128::from(*b) + u128::from(*slot) + carry;
                *slot = t as u64;
                carry = t >> 64;
            }
            *out.get_mut(i + 4)? = carry as u64;
        }
        let [a, b, c, d, e, f, g, h] = out;
        (e | f | g | h == 0).then_some(Wide([a, b, c, d]))
    }

    /// The quotient and remainder by `divisor` (taken as 1 if zero).
    fn divrem_small(self, divisor: u64) -> (Wide, u64) {
        let divisor = u128::from(divisor.max(1));
        let mut quotient = [0u64; 4];
        let mut rest: u128 = 0;
        for (slot, a) in quotient.iter_mut().rev().zip(self.0.iter().rev()) {
            let current = (rest << 64) | u128::from(*a);
            *slot = (current / divisor) as u64;
            rest = current % divisor;
        }
        (Wide(quotient), rest as u64)
    }

    /// The quotient and remainder by `divisor`; `None` if it is zero.
    fn divrem(self, divisor: Wide) -> Option<(Wide, Wide)> {
        if divisor.is_zero() {
            return None;
        }
        if let (Some(a), Some(b)) = (self.to_u128(), divisor.to_u128()) {
            return Some((Wide::from_u128(a / b), Wide::from_u128(a % b)));
        }
        // Long division, one bit at a time: rare (only for amounts past 128 bits).
        let mut quotient = Wide::ZERO;
        let mut rest = Wide::ZERO;
        for bit in (0..256).rev() {
            let top = rest.bit(255);
            rest = rest.shifted_left_with(self.bit(bit));
            // With its top bit shifted out, `rest` is at least 2^256 > divisor.
            if top || rest >= divisor {
                rest = rest.wrapping_sub(divisor);
                quotient.set_bit(bit);
            }
        }
        Some((quotient, rest))
    }

    /// Bit `n`, below 256.
    #[allow(clippy::expect_used, reason = "the bits of a Wide are 0 to 255")]
    fn bit(&self, n: u32) -> bool {
        let limb = self.0.get((n / 64) as usize).expect("a bit below 256");
        (limb >> (n % 64)) & 1 == 1
    }

    /// Sets bit `n`, below 256.
    #[allow(clippy::expect_used, reason = "the bits of a Wide are 0 to 255")]
    fn set_bit(&mut self, n: u32) {
        let limb = self.0.get_mut((n / 64) as usize).expect("a bit below 256");
        *limb |= 1 << (n % 64);
    }

    /// `self × 2 + low`, modulo 2^256.
    fn shifted_left_with(self, low: bool) -> Wide {
        let mut out = [0u64; 4];
        let mut carry = u64::from(low);
        for (slot, a) in out.iter_mut().zip(self.0) {
            *slot = (a << 1) | carry;
            carry = a >> 63;
        }
        Wide(out)
    }
}

impl PartialOrd for Wide {
    fn partial_cmp(&self, other: &Wide) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Wide {
    fn cmp(&self, other: &Wide) -> Ordering {
        self.0.iter().rev().cmp(other.0.iter().rev())
    }
}

#[cfg(test)]
mod tests {
    use num_bigint::BigInt;
    use proptest::prelude::*;

    use super::*;

    /// A decimal's value as `mantissa / 10^scale`, in big integers.
    fn big(d: Decimal) -> (BigInt, u32) {
        (BigInt::from(d.mantissa()), d.scale())
    }

    fn pow10(n: u32) -> BigInt {
        BigInt::from(10u8).pow(n)
    }

    /// The largest decimal, as a big integer.
    fn max_mantissa() -> BigInt {
        (BigInt::from(1u8) << 96u32) - 1
    }

    /// `Ok(value)` where `value` is exactly `numerator / 10^scale`; `TooLarge` where that
    /// exceeds the largest decimal; `Inexact` where no decimal (a 96-bit mantissa, at most
    /// 28 decimals) is equal to it. Worked out apart from the code under test.
    fn check(result: Result<Decimal, Loss>, numerator: &BigInt, scale: u32) -> Result<(), TestCaseError> {
        match result {
            Ok(value) => {
                let (m, s) = big(value);
                prop_assert_eq!(
                    &m * pow10(scale),
                    numerator * pow10(s),
                    "{} vs {}/10^{}",
                    value,
                    numerator,
                    scale
                );
            }
            Err(Loss::TooLarge) => {
                prop_assert!(numerator.magnitude() > (max_mantissa() * pow10(scale)).magnitude());
            }
            Err(Loss::Inexact) => {
                prop_assert!(numerator.magnitude() <= (max_mantissa() * pow10(scale)).magnitude());
                // The fewest decimals that say it exactly, if 28 or fewer, still leave a
                // mantissa past 96 bits.
                let (mut m, mut s) = (numerator.clone(), scale);
                while s > 0 && (&m % 10u8) == BigInt::from(0u8) {
                    m /= 10u8;
                    s -= 1;
                }
                prop_assert!(
                    s > MAX_SCALE || m.magnitude() > max_mantissa().magnitude(),
                    "{}/10^{}",
                    numerator,
                    scale
                );
            }
        }
        Ok(())
    }

    /// `n / 10^scale` as an [`Exact`].
    fn exact(n: &BigInt, scale: u32) -> Exact {
        let mut limbs = [0u64; 4];
        for (limb, digit) in limbs.iter_mut().zip(n.magnitude().to_u64_digits()) {
            *limb = digit;
        }
        Exact::new(n.sign() == num_bigint::Sign::Minus, Wide(limbs), scale)
    }

    /// Decimals of every size and scale, the edges often.
    fn any_decimal() -> impl Strategy<Value = Decimal> {
        let mantissa = prop_oneof![
            3 => -1_000_000i128..1_000_000,
            3 => any::<i64>().prop_map(i128::from),
            2 => (-(1i128 << 96) + 1)..(1i128 << 96),
            1 => prop::sample::select(vec![0i128, 1, -1, (1i128 << 96) - 1, -(1i128 << 96) + 1, 10i128.pow(28)]),
        ];
        (mantissa, 0u32..=28).prop_map(|(m, s)| Decimal::from_i128_with_scale(m, s))
    }

    #[test]
    fn the_issue_examples_are_refused() {
        let rate: Decimal = "7.9228162514264337593543950335".parse().unwrap();
        assert_eq!(times(rate, 3), Err(Loss::Inexact));
        let lump: Decimal = "10000000000000000000000000000".parse().unwrap();
        assert_eq!(add(lump, Decimal::new(1, 1)), Err(Loss::Inexact));
        assert_eq!(add(Decimal::MAX, Decimal::ONE), Err(Loss::TooLarge));
        // Exact results keep rust_decimal's scale.
        assert_eq!(times(Decimal::new(150, 2), 3).map(|d| d.to_string()), Ok("4.50".into()));
    }

    #[test]
    fn shares_round_half_away_from_zero_once() {
        let share = |amount: i64, scale: u32, of: i64| {
            Exact::of(Decimal::new(amount, scale))
                .share(of, 2)
                .and_then(Exact::to_decimal)
                .map(|d| d.to_string())
        };
        assert_eq!(share(20, 0, 7), Ok("2.86".into()));
        assert_eq!(share(40, 0, 7), Ok("5.71".into()));
        assert_eq!(share(28, 0, 7), Ok("4".into()));
        assert_eq!(share(2800, 2, 7), Ok("4.00".into()));
        assert_eq!(share(20299, 3, 7), Ok("2.90".into()));
        assert_eq!(share(1, 2, 2), Ok("0.01".into()));
        assert_eq!(share(-1, 2, 2), Ok("-0.01".into()));
        // 0.004999... is not half a cent: a double rounding would give 0.01.
        assert_eq!(share(4999, 6, 1), Ok("0.00".into()));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn products_are_exact_or_refused(a in any_decimal(), b in any_decimal()) {
            let (ma, sa) = big(a);
            let (mb, sb) = big(b);
            check(mul(a, b), &(ma * mb), sa + sb)?;
        }

        #[test]
        fn sums_and_differences_are_exact_or_refused(a in any_decimal(), b in any_decimal()) {
            let (ma, sa) = big(a);
            let (mb, sb) = big(b);
            let s = sa.max(sb);
            let (wa, wb) = (ma * pow10(s - sa), mb * pow10(s - sb));
            check(add(a, b), &(&wa + &wb), s)?;
            check(sub(a, b), &(&wa - &wb), s)?;
        }

        #[test]
        fn wide_products_and_sums_are_exact_or_refused(
            a in any_decimal(), b in any_decimal(), n in any::<i64>(), m in any::<i64>(),
        ) {
            // a × n + b × m, in 256 bits throughout, written once at the end.
            let value = Exact::of(a).times(n).and_then(|x| x.plus(Exact::of(b).times(m)?));
            let (ma, sa) = big(a);
            let (mb, sb) = big(b);
            let s = sa.max(sb);
            let numerator = ma * BigInt::from(n) * pow10(s - sa) + mb * BigInt::from(m) * pow10(s - sb);
            check(value.and_then(Exact::to_decimal), &numerator, s)?;
        }

        #[test]
        fn comparisons_are_by_value(a in any_decimal(), b in any_decimal(), n in 1i64..1_000_000) {
            prop_assert_eq!(Exact::of(a).cmp(&Exact::of(b)), a.cmp(&b));
            // Past what a decimal holds too.
            let (x, y) = (Exact::of(a).times(n).unwrap(), Exact::of(b).times(n).unwrap());
            prop_assert_eq!(x.cmp(&y), a.cmp(&b));
        }

        #[test]
        fn shares_are_the_exact_quotient_rounded_once(
            a in any_decimal().prop_map(|a| a.abs()), n in 1i64..1_000_000, of in 1i64..400, digits in 0u32..=4,
        ) {
            let total = Exact::of(a).times(n).unwrap();
            let Ok(share) = total.share(of, digits) else { return Ok(()) };
            let (ma, sa) = big(a);
            // share × 10^digits is the integer nearest to a × n × 10^digits / (10^sa × of),
            // a half going up.
            let numerator = ma * BigInt::from(n) * pow10(digits) * 2 + pow10(sa) * BigInt::from(of);
            let expected = numerator / (pow10(sa) * BigInt::from(of) * 2);
            prop_assert_eq!(share, exact(&expected, digits));
            prop_assert!(share.scale <= digits);
        }

        #[test]
        fn whole_times_is_the_floor_of_the_quotient(
            a in any_decimal().prop_map(|a| a.abs()),
            b in any_decimal().prop_map(|b| b.abs()).prop_filter("a unit", |b| !b.is_zero()),
        ) {
            let (ma, sa) = big(a);
            let (mb, sb) = big(b);
            let floor = (ma * pow10(sb)) / (mb * pow10(sa));
            let expected = i64::try_from(floor).unwrap_or(i64::MAX);
            prop_assert_eq!(Exact::of(a).whole_times(Exact::of(b)), Some(expected));
        }
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn mul_example() {
        use crate::money::exact::{Loss, mul};
        use rust_decimal::Decimal;
        let rate: Decimal = "7.9228162514264337593543950335".parse().unwrap();
        assert_eq!(mul(Decimal::new(150, 2), Decimal::from(3)), Ok(Decimal::new(450, 2)));
        assert_eq!(mul(rate, Decimal::from(3)), Err(Loss::Inexact));
        assert_eq!(mul(Decimal::MAX, Decimal::from(2)), Err(Loss::TooLarge));
    }

    #[test]
    fn add_example() {
        use crate::money::exact::{Loss, add};
        use rust_decimal::Decimal;
        let big: Decimal = "10000000000000000000000000000".parse().unwrap();
        assert_eq!(add(Decimal::new(1, 1), Decimal::new(2, 0)), Ok(Decimal::new(21, 1)));
        assert_eq!(add(big, Decimal::new(1, 1)), Err(Loss::Inexact));
    }
}
