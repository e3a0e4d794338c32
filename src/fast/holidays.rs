//! A year's holidays, computed once per thread and kept: deciding whether a day is worked asks
//! for its whole year's list, and a batch asks for the same few years again and again.
//!
//! Plain path: [`holidays`]`(id, year)`, computed on each call, and the holidays of the list on
//! the day. Seam: [`Calendar::holiday`](crate::calendar::Calendar::holiday) asks
//! [`statutory_on`].
//!
//! Per thread, so that no lock is taken. A table of slots, each holding one calendar's year
//! and a bit for each day of it that is a holiday, the slot found by arithmetic on the year: no
//! hashing (a hash map's random seed would cost a one-case run a system call) and no search (a
//! B-tree's walk and a scan of the year's list were most of what deciding that a weekday is
//! worked cost). Bounded: a year takes the slot of the one it displaces, so a batch spread over
//! many centuries does not grow the table. It changes only how often a list is computed, never
//! the list.

use std::cell::RefCell;

use chrono::{Datelike, NaiveDate};

use crate::calendar::{CalendarError, CalendarId, Holiday, holidays};

/// The statutory holidays of calendar `id` on `date`, as [`holidays`] lists them (one at most:
/// the list has one entry a date). Most days hold none, and are answered by one bit.
pub(crate) fn statutory_on(id: CalendarId, date: NaiveDate) -> Result<Vec<Holiday>, CalendarError> {
    with_year(id, date.year(), |year| match year.falls_on(date) {
        true => year.holidays.iter().filter(|h| h.date == date).cloned().collect(),
        false => Vec::new(),
    })
}

/// Slots per thread. A calendar's years fall in distinct slots over any run of this many
/// consecutive years; two calendars' years share a slot only when the years differ by
/// [`CALENDAR_STRIDE`] times the calendars' distance in [`CalendarId`]'s order (mod [`SLOTS`]),
/// and then each computes its list again when the other has taken the slot.
const SLOTS: usize = 256;

/// How far apart two calendars' slots for the same year are.
const CALENDAR_STRIDE: usize = 97;

/// One calendar's holidays of one year, and the days of the year they fall on.
#[derive(Debug)]
struct YearTable {
    holidays: Vec<Holiday>,
    /// Bit `n` is set when a holiday falls on day `n` of the year (from 0).
    days: [u64; 6],
}

impl YearTable {
    fn new(holidays: Vec<Holiday>) -> Self {
        let mut days = [0u64; 6];
        for h in &holidays {
            let n = h.date.ordinal0() as usize;
            if let Some(word) = days.get_mut(n / 64) {
                *word |= 1 << (n % 64);
            }
        }
        YearTable { holidays, days }
    }

    /// Whether a holiday of the list falls on `date`, a day of the table's year.
    fn falls_on(&self, date: NaiveDate) -> bool {
        let n = date.ordinal0() as usize;
        self.days.get(n / 64).is_some_and(|word| word >> (n % 64) & 1 == 1)
    }
}

/// A slot: the calendar and year it holds, and their table. Boxed: an empty slot is a null
/// pointer, so that a thread's first look-up sets up 2 KiB of them, not 20.
type Slot = Option<Box<(CalendarId, i32, YearTable)>>;

thread_local! {
    static YEARS: RefCell<Vec<Slot>> = const { RefCell::new(Vec::new()) };
}

fn slot(id: CalendarId, year: i32) -> usize {
    // `rem_euclid` keeps a year before 1 (never asked: years are checked first) in range.
    let year = year.rem_euclid(SLOTS as i32) as usize;
    (year + CALENDAR_STRIDE * id as usize) % SLOTS
}

/// `f` of the table of [`holidays`]`(id, year)`, computed on this thread's first call for it.
/// `f` must not ask for another year (the table is borrowed while it runs).
fn with_year<R>(id: CalendarId, year: i32, f: impl FnOnce(&YearTable) -> R) -> Result<R, CalendarError> {
    YEARS.with_borrow_mut(|slots| {
        if slots.is_empty() {
            slots.resize_with(SLOTS, || None);
        }
        // Held here only if the slot could not be had (never: a slot number is below the
        // table's length).
        let uncached;
        let table = match slots.get_mut(slot(id, year)) {
            Some(Some(held)) if held.0 == id && held.1 == year => &held.2,
            Some(slot) => &slot.insert(Box::new((id, year, YearTable::new(holidays(id, year)?)))).2,
            None => {
                uncached = YearTable::new(holidays(id, year)?);
                &uncached
            }
        };
        Ok(f(table))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_computed_list_and_survives_being_full() {
        for y in 1600..1600 + 2 * SLOTS as i32 {
            let list = holidays(CalendarId::Fr, y).unwrap();
            assert_eq!(with_year(CalendarId::Fr, y, |t| t.holidays.clone()).unwrap(), list);
        }
        // Calendars sharing a slot take it in turn and each still gets its own list.
        let (be, lu) = (CalendarId::Be, CalendarId::Lu);
        let lu_year = 2024 - (CALENDAR_STRIDE * (lu as usize - be as usize)) as i32 + SLOTS as i32;
        assert_eq!(slot(be, 2024), slot(lu, lu_year));
        for _ in 0..2 {
            for (id, year) in [(be, 2024), (lu, lu_year)] {
                let list = holidays(id, year).unwrap();
                assert_eq!(with_year(id, year, |t| t.holidays.clone()).unwrap(), list);
            }
        }
        assert!(with_year(CalendarId::Fr, 12_000, |_| ()).is_err());
    }

    proptest::proptest! {
        /// The holidays on a day are those of the year's list on that day, in any order of
        /// calendars and years asked (so that slots are taken and given back).
        #[test]
        fn a_days_holidays_are_the_lists(
            asked in proptest::collection::vec(
                (proptest::sample::select(CalendarId::ALL), crate::calendar::FIRST_YEAR..=crate::calendar::LAST_YEAR, 0u32..366),
                1..40,
            ),
        ) {
            for (id, year, ordinal) in asked {
                let date = NaiveDate::from_yo_opt(year, ordinal % 365 + 1).unwrap();
                let plain: Vec<Holiday> = holidays(id, year).unwrap().into_iter().filter(|h| h.date == date).collect();
                proptest::prop_assert_eq!(statutory_on(id, date).unwrap(), plain, "{} {}", id, date);
            }
        }
    }

    #[test]
    fn a_day_is_marked_exactly_when_a_holiday_falls_on_it() {
        for &id in CalendarId::ALL {
            for year in [
                crate::calendar::FIRST_YEAR,
                1900,
                2000,
                2008,
                2024,
                2025,
                2100,
                crate::calendar::LAST_YEAR,
            ] {
                with_year(id, year, |t| {
                    let mut day = NaiveDate::from_yo_opt(year, 1).unwrap();
                    while day.year() == year {
                        let listed = t.holidays.iter().any(|h| h.date == day);
                        assert_eq!(t.falls_on(day), listed, "{id} {day}");
                        day = day.succ_opt().unwrap();
                    }
                })
                .unwrap();
            }
        }
    }
}
