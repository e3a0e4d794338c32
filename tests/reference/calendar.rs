//! The model's own calendar arithmetic: month lengths, adding months to a date and the grid of
//! units a penalty runs on. Written from the README ("How days are counted") and the Code de
//! procédure civile art. 641 al. 2, without the engine's or chrono's month arithmetic: chrono is
//! used only to hold a date and to step one day.

use chrono::{Datelike, NaiveDate};

use super::scenario::Per;

/// Gregorian leap years: every fourth year, except centuries not divisible by 400.
pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => panic!("month {month}"),
    }
}

/// `date` plus `months`, on the same day-number, or the month's last day when it has no such
/// day (31 Jan + 1 month = 28/29 Feb; 31 Jan + 2 months = 31 Mar).
pub fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    let index = date.year() * 12 + date.month0() as i32 + months as i32;
    let (year, month) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let day = date.day().min(days_in_month(year, month));
    NaiveDate::from_ymd_opt(year, month, day).expect("a day of the month")
}

/// `date` moved by `days` (negative: back), one day at a time.
pub fn shift(date: NaiveDate, days: i64) -> NaiveDate {
    let mut d = date;
    for _ in 0..days.unsigned_abs() {
        d = if days > 0 { d.succ_opt() } else { d.pred_opt() }.expect("a supported date");
    }
    d
}

/// Calendar days from `a` to `b` (`b - a`), counted one by one.
pub fn days_from(a: NaiveDate, b: NaiveDate) -> i64 {
    let (mut d, mut n) = (a.min(b), 0);
    while d < a.max(b) {
        d = d.succ_opt().expect("a supported date");
        n += 1;
    }
    if b >= a { n } else { -n }
}

/// The grid of units of a penalty whose first day is `start`, laid on its running days
/// (days without suspension, numbered from 1): unit `k` (from 0) begins on running day
/// [`Grid::first`]`(k)`. Months, quarters, semesters and years are counted on a calendar with
/// no suspended day, always added to the start date itself.
#[derive(Debug, Clone, Copy)]
pub struct Grid {
    start: NaiveDate,
    per: Per,
}

impl Grid {
    pub fn new(start: NaiveDate, per: Per) -> Self {
        Grid { start, per }
    }

    /// The running day (1-based) on which unit `k` begins.
    pub fn first(&self, k: u32) -> i64 {
        match self.per {
            Per::Day => i64::from(k) + 1,
            Per::Week => 7 * i64::from(k) + 1,
            Per::Violation => panic!("violations have no grid"),
            long => days_from(self.start, add_months(self.start, k * long.months())) + 1,
        }
    }

    /// The number of running days of unit `k`.
    pub fn length(&self, k: u32) -> i64 {
        self.first(k + 1) - self.first(k)
    }
}

/// `anchor` plus `k` units of `per` (months added to the anchor itself).
pub fn plus_units(anchor: NaiveDate, per: Per, k: u32) -> NaiveDate {
    match per {
        Per::Day | Per::Violation => shift(anchor, i64::from(k)),
        Per::Week => shift(anchor, 7 * i64::from(k)),
        long => add_months(anchor, k * long.months()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn months_are_added_to_the_start_date_and_clamped() {
        assert_eq!(add_months(d(2023, 1, 31), 1), d(2023, 2, 28));
        assert_eq!(add_months(d(2024, 1, 31), 1), d(2024, 2, 29));
        assert_eq!(add_months(d(2023, 1, 31), 2), d(2023, 3, 31));
        assert_eq!(add_months(d(2023, 1, 31), 3), d(2023, 4, 30));
        assert_eq!(add_months(d(2023, 11, 30), 3), d(2024, 2, 29));
        assert_eq!(add_months(d(2100, 1, 29), 1), d(2100, 2, 28));
        assert_eq!(add_months(d(2000, 1, 29), 1), d(2000, 2, 29));
        assert_eq!(add_months(d(2021, 1, 11), 6), d(2021, 7, 11));
    }

    #[test]
    fn months_from_31_january_end_27_february_then_30_march() {
        // README: a month ends the day before the start plus one, two... months (clamped):
        // from 31 Jan 2023 the units begin 28 Feb, 31 Mar, 30 Apr, and end 27 Feb, 30 Mar...
        let g = Grid::new(d(2023, 1, 31), Per::Month);
        assert_eq!((g.first(0), g.length(0)), (1, 28));
        assert_eq!(g.first(1), 29); // 28 Feb
        assert_eq!(g.length(1), 31); // 28 Feb to 30 Mar
        assert_eq!(g.first(2), 60); // 31 Mar
    }

    #[test]
    fn semesters_of_the_conseil_d_etat_case() {
        let g = Grid::new(d(2021, 1, 11), Per::Semester);
        assert_eq!(shift(d(2021, 1, 11), g.first(1) - 2), d(2021, 7, 10));
        assert_eq!(shift(d(2021, 1, 11), g.first(2) - 2), d(2022, 1, 10));
    }

    #[test]
    fn shift_and_days_from_are_inverse() {
        for n in [-400, -31, -1, 0, 1, 59, 366, 1000] {
            assert_eq!(days_from(d(2024, 2, 29), shift(d(2024, 2, 29), n)), n);
        }
    }
}
