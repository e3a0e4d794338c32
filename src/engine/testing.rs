//! Dates for the engine's tests.

use chrono::{Days, NaiveDate};

pub(crate) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// `date` moved by `days`, either way.
pub(crate) fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let by = Days::new(days.unsigned_abs());
    if days < 0 {
        date.checked_sub_days(by).unwrap()
    } else {
        date.checked_add_days(by).unwrap()
    }
}
