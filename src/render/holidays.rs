//! The output of `astreinte holidays`: a table for a person, or one JSON document.
//!
//! ```json
//! {"schema_version": 1, "calendar": "FR", "calendar_name": "France (metropolitan)",
//!  "source": "Code du travail art. L3133-1", "year": 2023, "from": "2023-01-01", "to": "2023-12-31",
//!  "holidays": [{"date": "2023-01-01", "weekday": "Sunday", "name": "Jour de l'an", "name_en": "New Year's Day"}]}
//! ```

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::Presentation;

use crate::calendar::Holiday;
use crate::lang::{Lang, short_date};

/// The holidays of a calendar over a year or a range, as `holidays` prints them.
#[derive(Debug, Clone, Serialize)]
pub struct HolidaysView {
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
pub struct HolidayView {
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
    pub fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        serde_json::to_writer_pretty(&mut *out, self).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// A heading, then one row per holiday, in the run's language.
    pub fn write_table(&self, out: &mut dyn Write, look: Presentation) -> io::Result<()> {
        let l = look.lang;
        let period = match (self.year, l) {
            (Some(year), _) => year.to_string(),
            (None, Lang::En) => format!("{} to {}", self.from, self.to),
            (None, Lang::Fr) => format!("du {} au {}", short_date(self.from, l), short_date(self.to, l)),
        };
        writeln!(
            out,
            "{} ({}) · {period} · {}",
            self.calendar, self.calendar_name, self.source
        )?;
        let mut table = look.table([
            "Date",
            l.tr("Weekday", "Jour"),
            l.tr("Name", "Nom"),
            l.tr("English name", "Nom anglais"),
        ]);
        for h in &self.holidays {
            let weekday = match l {
                Lang::En => h.weekday.clone(),
                Lang::Fr => weekday_fr(h.date).to_string(),
            };
            table.add_row([short_date(h.date, l), weekday, h.name.clone(), h.name_en.clone()]);
        }
        writeln!(out, "{table}")?;
        let count = self.holidays.len();
        let plural = if count == 1 { "" } else { "s" };
        match l {
            Lang::En => writeln!(out, "{count} holiday{plural}"),
            Lang::Fr => writeln!(out, "{count} jour{plural} férié{plural}"),
        }
    }
}

fn weekday_fr(d: NaiveDate) -> &'static str {
    use chrono::{Datelike, Weekday};
    match d.weekday() {
        Weekday::Mon => "lundi",
        Weekday::Tue => "mardi",
        Weekday::Wed => "mercredi",
        Weekday::Thu => "jeudi",
        Weekday::Fri => "vendredi",
        Weekday::Sat => "samedi",
        Weekday::Sun => "dimanche",
    }
}
