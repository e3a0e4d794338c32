//! Penalties for the property tests that hold a fast path to the general count.

use chrono::{Days, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use crate::case::{Penalty, Per, RateChange, Suspension};

pub fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// `date` moved by `days`, either way.
pub fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let by = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(by).unwrap()
    } else {
        date.checked_add_days(by).unwrap()
    }
}

/// A rate: mostly an ordinary one of 0 to 3 decimals (trailing zeros kept, as "125.50" is
/// written), sometimes one so large that a few days of it exceed what a decimal holds.
fn any_rate() -> impl Strategy<Value = Decimal> {
    prop_oneof![
        8 => (1i64..10_000_000, 0u32..4).prop_map(|(units, scale)| Decimal::new(units, scale)),
        1 => (1i128..7_900).prop_map(|k| Decimal::from_i128_with_scale(k * 10i128.pow(25), 0)),
    ]
}

/// A penalty per day and its first day: rate changes (some on or before the first day),
/// often no suspension and no cap (the shape the fast paths take), otherwise suspensions
/// before, across and after the first day, and a cap; sometimes complied with.
pub fn any_daily_penalty() -> impl Strategy<Value = (Penalty, NaiveDate)> {
    (
        0i64..20_000,
        any_rate(),
        proptest::collection::vec((1i64..400, any_rate()), 0..3),
        prop_oneof![
            2 => Just(Vec::new()),
            1 => proptest::collection::vec((0i64..200, 0i64..40), 1..4),
        ],
        proptest::option::weighted(0.2, (1i64..100_000_000, 0u32..3)),
        proptest::option::weighted(0.4, -50i64..3000),
    )
        .prop_map(|(offset, rate, changes, suspensions, cap, complied)| {
            let start = shift(d(1990, 1, 1), offset);
            let mut at = shift(start, -300);
            let changes = changes
                .into_iter()
                .map(|(gap, rate)| {
                    at = shift(at, gap);
                    RateChange { from: at, rate }
                })
                .collect();
            let mut at = shift(start, -30);
            let suspensions = suspensions
                .into_iter()
                .map(|(gap, length)| {
                    let from = shift(at, gap + 1);
                    at = shift(from, length);
                    Suspension {
                        from,
                        through: at,
                        reason: None,
                    }
                })
                .collect();
            let penalty = Penalty {
                changes,
                suspensions,
                cap: cap.map(|(units, scale)| Decimal::new(units, scale)),
                complied: complied.map(|days| shift(start, days)),
                ..Penalty::simple(rate, Per::Day)
            };
            (penalty, start)
        })
}
