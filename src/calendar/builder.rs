//! Collects the holidays of one year for one calendar.

use chrono::{Datelike, NaiveDate, TimeDelta, Weekday};

use super::easter::{check_year, easter_sunday};
use super::{CalendarError, Holiday, sort_and_merge};

/// The holidays of one year being assembled by a country's rules.
///
/// A date that cannot be built (which the year check makes impossible for the fixed days and
/// Easter offsets used by the rules) is recorded and turned into an error by [`finish`], never a
/// panic and never a silently missing holiday.
///
/// [`finish`]: YearList::finish
#[derive(Debug)]
pub(crate) struct YearList {
    year: i32,
    easter: NaiveDate,
    holidays: Vec<Holiday>,
    invalid: bool,
}

impl YearList {
    /// Starts an empty list for `year`, failing if the year is out of the supported range.
    pub(crate) fn new(year: i32) -> Result<Self, CalendarError> {
        check_year(year)?;
        Ok(YearList {
            year,
            easter: easter_sunday(year)?,
            holidays: Vec::with_capacity(16),
            invalid: false,
        })
    }

    /// The year being built.
    pub(crate) fn year(&self) -> i32 {
        self.year
    }

    /// The date `month`/`day` of this year, if it exists.
    pub(crate) fn date(&mut self, month: u32, day: u32) -> Option<NaiveDate> {
        let date = NaiveDate::from_ymd_opt(self.year, month, day);
        if date.is_none() {
            self.invalid = true;
        }
        date
    }

    /// Adds a holiday on a date.
    pub(crate) fn on(&mut self, date: NaiveDate, name: &str, name_en: &str) {
        self.holidays.push(Holiday {
            date,
            name: name.to_owned(),
            name_en: name_en.to_owned(),
        });
    }

    /// Adds a holiday on a fixed day of the month.
    pub(crate) fn fixed(&mut self, month: u32, day: u32, name: &str, name_en: &str) {
        if let Some(date) = self.date(month, day) {
            self.on(date, name, name_en);
        }
    }

    /// Adds a holiday `offset` days from Easter Sunday (negative: before).
    pub(crate) fn easter(&mut self, offset: i64, name: &str, name_en: &str) {
        match shift(self.easter, offset) {
            Some(date) => self.on(date, name, name_en),
            None => self.invalid = true,
        }
    }

    /// Adds a holiday on `month`/`day`, or, when that day is a Sunday, on the day `sunday_shift`
    /// days away (-1: the Saturday before, +1: the Monday after).
    pub(crate) fn fixed_unless_sunday(&mut self, month: u32, day: u32, sunday_shift: i64, name: &str, name_en: &str) {
        let Some(date) = self.date(month, day) else {
            return;
        };
        let observed = if date.weekday() == Weekday::Sun {
            shift(date, sunday_shift)
        } else {
            Some(date)
        };
        match observed {
            Some(observed) => self.on(observed, name, name_en),
            None => self.invalid = true,
        }
    }

    /// The sorted, merged list; an error if some date could not be built.
    pub(crate) fn finish(self) -> Result<Vec<Holiday>, CalendarError> {
        if self.invalid {
            return Err(CalendarError::YearOutOfRange { year: self.year });
        }
        Ok(sort_and_merge(self.holidays))
    }
}

/// `date` moved by `days` (negative: earlier), if representable.
fn shift(date: NaiveDate, days: i64) -> Option<NaiveDate> {
    date.checked_add_signed(TimeDelta::try_days(days)?)
}
