//! The output of `astreinte holidays`: a table for a person, or one JSON document.
//!
//! ```json
//! {"schema_version": 1, "calendar": "FR", "calendar_name": "France (metropolitan)",
//!  "source": "Code du travail art. L3133-1", "year": 2023, "from": "2023-01-01", "to": "2023-12-31",
//!  "holidays": [{"date": "2023-01-01", "weekday": "Sunday", "name": "Jour de l'an", "name_en": "New Year's Day"}]}
//! ```

use std::io::{self, Write};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use super::Presentation;
use super::grid::{Grid, Item, Narrowing};

use crate::calendar::Holiday;
use crate::lang::{Label, Message, short_date};

/// The holidays of a calendar over a year or a range, as `holidays` prints them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HolidaysView {
    pub schema_version: u32,
    pub calendar: &'static str,
    pub calendar_name: &'static str,
    /// The legal text that lists the holidays.
    pub source: &'static str,
    /// The year listed, when a whole year was asked for.
    pub year: Option<i32>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub holidays: Vec<HolidayView>,
}

/// One holiday.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct HolidayView {
    pub date: NaiveDate,
    /// The day of the week, in English ("Monday").
    pub weekday: String,
    /// The name in the calendar's own language.
    pub name: String,
    /// The name in English.
    pub name_en: String,
}

impl From<Holiday> for HolidayView {
    fn from(h: Holiday) -> Self {
        HolidayView {
            date: h.date,
            weekday: h.date.format("%A").to_string(),
            name: h.name,
            name_en: h.name_en,
        }
    }
}

impl HolidaysView {
    /// The JSON document.
    pub(crate) fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// A heading, then one row per holiday, in the run's language.
    pub(crate) fn write_table(&self, out: &mut dyn Write, look: Presentation) -> io::Result<()> {
        let l = look.lang;
        let period = match self.year {
            Some(year) => year.to_string(),
            None => l.say(&Message::HolidayRange {
                from: self.from,
                to: self.to,
            }),
        };
        writeln!(
            out,
            "{} ({}) · {period} · {}",
            self.calendar, self.calendar_name, self.source
        )?;
        let header = [Label::Date, Label::Weekday, Label::Name, Label::EnglishName].map(|h| l.word(h).to_string());
        let mut table = Grid::new(header.to_vec());
        for h in &self.holidays {
            table.row([
                Item::figure(short_date(h.date, l)),
                Item::figure(l.word(Label::DayName(h.date.weekday()))),
                Item::words(h.name.clone()),
                Item::words(h.name_en.clone()),
            ]);
        }
        // Narrowed by writing the English name under the name, then the weekday under the date.
        table.narrow(Narrowing::Stack { onto: 2, below: 3 });
        table.narrow(Narrowing::Stack { onto: 0, below: 1 });
        table.write(out, look)?;
        writeln!(out, "{}", l.say(&Message::HolidayCount(self.holidays.len())))
    }
}
