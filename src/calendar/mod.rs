//! Public holidays, for the rules that extend a time limit ending on a Saturday, Sunday or
//! public holiday (CPC art. 642 in France, Algemene termijnenwet art. 1 in the Netherlands,
//! Code judiciaire art. 53 in Belgium).
//!
//! Each calendar follows the statute that lists its holidays, with the year each holiday started
//! (or stopped) applying; see the country files for the sources. A [`Calendar`] adds case-specific
//! adjustments on top of a statutory list: a court closure added, a holiday that is worked
//! removed.
//!
//! Everything is computed per year (a dozen dates); no function walks the days of a range.
//! Years are supported from 1583 (the first full year of the Gregorian calendar, as far as the
//! Easter computation goes) to 9999; outside that range every function returns
//! [`CalendarError::YearOutOfRange`].
//!
//! ```
//! use astreinte::calendar::{Calendar, CalendarId, NonWorking, holidays};
//! use chrono::NaiveDate;
//!
//! let id: CalendarId = "fr-57".parse()?;
//! assert_eq!(holidays(id, 2024)?.len(), 13);
//!
//! let mut calendar = Calendar::new(id);
//! let good_friday = NaiveDate::from_ymd_opt(2024, 3, 29).ok_or("date")?;
//! let reason = calendar.non_working(good_friday)?.map(|r| r.to_string());
//! assert_eq!(reason.as_deref(), Some("public holiday: Vendredi saint (Good Friday)"));
//!
//! calendar.remove(good_friday); // a commune without a Protestant church
//! assert!(calendar.is_working_day(good_friday)?);
//! assert!(matches!(
//!     calendar.non_working(good_friday + chrono::Days::new(1))?,
//!     Some(NonWorking::Saturday)
//! ));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod adjust;
mod be;
mod builder;
mod easter;
mod fr;
mod id;
mod lu;
mod nl;

use chrono::NaiveDate;

pub use adjust::{Calendar, NonWorking};
pub use easter::{FIRST_YEAR, LAST_YEAR, easter_sunday};
pub use id::{CalendarId, UnknownCalendar};

/// One public holiday.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct Holiday {
    /// The day it is observed (for a holiday moved by law, the day it moves to).
    pub date: NaiveDate,
    /// The name in the calendar's own language, e.g. "Lundi de Pâques".
    pub name: String,
    /// The name in English, e.g. "Easter Monday".
    pub name_en: String,
}

impl Holiday {
    /// A holiday named the same in both languages (used for case-specific additions, whose
    /// language is whatever the user wrote).
    pub fn same_name(date: NaiveDate, name: String) -> Self {
        Holiday {
            date,
            name_en: name.clone(),
            name,
        }
    }
}

/// Why a holiday list could not be computed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CalendarError {
    /// The year is outside the supported range (the Gregorian computus of Easter is defined
    /// here for 1583..=9999).
    YearOutOfRange {
        /// The year asked for.
        year: i32,
    },
}

/// In English, as the catalogue words it.
impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Holidays(self.clone())))
    }
}

/// All holidays of `id` in `year`, sorted by date. A date appears once: when two holidays fall on
/// the same day (Ascension on 1 May, as in 2008) their names are joined with " / ".
pub fn holidays(id: CalendarId, year: i32) -> Result<Vec<Holiday>, CalendarError> {
    let mut list = builder::YearList::new(year)?;
    match id {
        CalendarId::Fr => fr::metropolitan(&mut list),
        CalendarId::Fr57 | CalendarId::Fr67 | CalendarId::Fr68 => fr::alsace_moselle(&mut list),
        CalendarId::Fr971 => fr::overseas(&mut list, fr::Overseas::Guadeloupe),
        CalendarId::Fr972 => fr::overseas(&mut list, fr::Overseas::Martinique),
        CalendarId::Fr973 => fr::overseas(&mut list, fr::Overseas::Guyane),
        CalendarId::Fr974 => fr::overseas(&mut list, fr::Overseas::Reunion),
        CalendarId::Fr976 => fr::overseas(&mut list, fr::Overseas::Mayotte),
        CalendarId::Be => be::belgium(&mut list),
        CalendarId::Nl => nl::netherlands(&mut list),
        CalendarId::Lu => lu::luxembourg(&mut list),
        CalendarId::None => {}
    }
    list.finish()
}

/// Sorts `list` by date and merges holidays that share a date into one entry whose names are
/// joined with " / " (in the order given, duplicates dropped).
pub(crate) fn sort_and_merge(mut list: Vec<Holiday>) -> Vec<Holiday> {
    list.sort_by_key(|h| h.date);
    let mut merged: Vec<Holiday> = Vec::with_capacity(list.len());
    for holiday in list {
        match merged.last_mut() {
            Some(last) if last.date == holiday.date => {
                if !split_names(&last.name).any(|n| n == holiday.name) {
                    last.name.push_str(" / ");
                    last.name.push_str(&holiday.name);
                }
                if !split_names(&last.name_en).any(|n| n == holiday.name_en) {
                    last.name_en.push_str(" / ");
                    last.name_en.push_str(&holiday.name_en);
                }
            }
            _ => merged.push(holiday),
        }
    }
    merged
}

fn split_names(joined: &str) -> impl Iterator<Item = &str> {
    joined.split(" / ")
}

#[cfg(test)]
mod tests;
