//! `[calendar_adjust]`: a case's own changes to its holiday calendar, checked and applied.
//!
//! ```toml
//! [calendar_adjust]
//! add = [{ date = 2023-07-13, name = "Fermeture du greffe" }]   # non-working days added
//! remove = [2023-05-08]                                         # holidays that were worked
//! ```

use chrono::{Datelike, NaiveDate};
use toml::Spanned;

use super::error::InputError;
use super::problem::{Empty, Missing, Problem};
use super::raw::{RawCalendarAdjust, RawDate};
use super::validate::Checker;
use crate::calendar::{Calendar, FIRST_YEAR, LAST_YEAR};

impl Checker<'_> {
    /// Applies the additions and removals to `calendar` after checking each: a date in the
    /// calendars' range, a name for each added day, a removed date that is a holiday, and no date
    /// both added and removed.
    pub(super) fn calendar_adjust(
        &self,
        raw: Spanned<RawCalendarAdjust>,
        calendar: &mut Calendar,
    ) -> Result<(), InputError> {
        let table = raw.span();
        let raw = raw.into_inner();
        let mut added = Vec::with_capacity(raw.add.len());
        for (i, item) in raw.add.into_iter().enumerate() {
            let key = format!("calendar_adjust.add[{}]", i + 1);
            let span = item.span();
            let item = item.into_inner();
            let date = item
                .date
                .ok_or_else(|| self.error(span.clone(), &key, Problem::Missing(Missing::AdjustDay)))?;
            let date = self.in_range(&date, &format!("{key}.date"))?;
            let name = item
                .name
                .ok_or_else(|| self.error(span.clone(), &key, Problem::Missing(Missing::AdjustName)))?;
            if name.get_ref().trim().is_empty() {
                return Err(self.error(name.span(), format!("{key}.name"), Problem::Empty(Empty::Name)));
            }
            added.push((date, name.into_inner().trim().to_string()));
        }
        for (i, item) in raw.remove.iter().enumerate() {
            let key = format!("calendar_adjust.remove[{}]", i + 1);
            let date = self.in_range(item, &key)?;
            if added.iter().any(|(d, _)| *d == date) {
                return Err(self.error(item.span(), &key, Problem::AddedAndRemoved(date)));
            }
            let holiday = calendar
                .holiday(date)
                .map_err(|e| self.error(item.span(), &key, Problem::Holidays(e)))?;
            if holiday.is_none() {
                return Err(self.error(
                    item.span(),
                    &key,
                    Problem::NotAHoliday {
                        date,
                        calendar: calendar.id(),
                    },
                ));
            }
            calendar.remove(date);
        }
        if added.is_empty() && raw.remove.is_empty() {
            return Err(self.error(table, "calendar_adjust", Problem::AdjustNothing));
        }
        for (date, name) in added {
            calendar.add(date, name);
        }
        Ok(())
    }

    fn in_range(&self, date: &Spanned<RawDate>, key: &str) -> Result<NaiveDate, InputError> {
        let value = date.get_ref().0;
        if (FIRST_YEAR..=LAST_YEAR).contains(&value.year()) {
            Ok(value)
        } else {
            Err(self.error(date.span(), key, Problem::OutsideCalendars(value)))
        }
    }
}
