//! `astreinte holidays`: the public holidays of a calendar over a year or a range.

use chrono::{Datelike, NaiveDate};

use super::Streams;
use crate::calendar::{Calendar, CalendarId};
use crate::case::Problem;
use crate::cli::{HolidaysArgs, TableOrJson};
use crate::error::{Error, ExitStatus, Usage};
use crate::render::Presentation;
use crate::render::SCHEMA_VERSION;
use crate::render::holidays::{HolidayView, HolidaysView};

pub(super) fn run(
    args: &HolidaysArgs,
    today: &dyn Fn() -> NaiveDate,
    look: Presentation,
    io: &mut Streams<'_>,
) -> Result<ExitStatus, Error> {
    let view = list(args, today)?;
    match args.format {
        TableOrJson::Table => view.write_table(io.stdout, look)?,
        TableOrJson::Json => view.write_json(io.stdout)?,
    }
    Ok(ExitStatus::Success)
}

fn list(args: &HolidaysArgs, today: &dyn Fn() -> NaiveDate) -> Result<HolidaysView, Error> {
    let id: CalendarId = args.calendar.parse().map_err(|e| {
        Error::from(Usage::Value {
            flag: "--calendar",
            problem: Problem::Calendar(e),
        })
    })?;
    let (year, from, to) = match (args.year, args.from, args.to) {
        (_, Some(from), Some(to)) => {
            if to < from {
                return Err(Error::from(Usage::ToBeforeFrom { from, to }));
            }
            (None, from, to)
        }
        (year, _, _) => {
            let year = year.unwrap_or_else(|| today().year());
            let bounds = NaiveDate::from_ymd_opt(year, 1, 1).zip(NaiveDate::from_ymd_opt(year, 12, 31));
            let (first, last) = bounds
                .filter(|(first, last)| crate::dates::supported(*first) && crate::dates::supported(*last))
                .ok_or_else(|| out_of_range(year))?;
            (Some(year), first, last)
        }
    };
    let calendar = Calendar::new(id);
    let mut holidays = Vec::new();
    // One short list per year: the work follows the output, never the number of days.
    for y in from.year()..=to.year() {
        let in_year = calendar.holidays_in(y).map_err(|e| {
            Error::from(Usage::Value {
                flag: "--year/--from/--to",
                problem: Problem::Holidays(e),
            })
        })?;
        holidays.extend(
            in_year
                .into_iter()
                .filter(|h| (from..=to).contains(&h.date))
                .map(HolidayView::from),
        );
    }
    Ok(HolidaysView {
        schema_version: SCHEMA_VERSION,
        calendar: id.code(),
        calendar_name: id.name(),
        source: id.legal_source(),
        year,
        from,
        to,
        holidays,
    })
}

/// A year outside the supported dates (1 to 9999): no calendar, even `none`, lists it.
fn out_of_range(year: i32) -> Error {
    Error::from(Usage::YearOutOfRange(year))
}
