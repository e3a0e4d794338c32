//! A statutory calendar with case-specific adjustments, and working-day tests.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use super::easter::check_year;
use super::{CalendarError, CalendarId, Holiday, holidays, sort_and_merge};
use crate::fast;

/// A calendar with case-specific adjustments (a court closure added, a holiday removed).
///
/// Adjustments apply in call order: `add` after `remove` on the same date makes the date a
/// non-working day again (with the added name only), and `remove` after `add` undoes the addition
/// as well as any statutory holiday on that date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Calendar {
    id: CalendarId,
    added: Vec<Holiday>,
    removed: Vec<NaiveDate>,
}

/// Why a date is not a working day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NonWorking {
    /// A Saturday.
    Saturday,
    /// A Sunday.
    Sunday,
    /// A weekday that is a public holiday.
    Holiday(Holiday),
    /// A weekday the case's `[calendar_adjust]` adds as non-working (a court closure, a day
    /// assimilated to a holiday by decree): no public holiday, and not called one.
    Added(Holiday),
}

impl NonWorking {
    /// The day as a sentence says it: `a Sunday`, `a public holiday, Fête nationale (Bastille
    /// Day)`, `a day added to the calendar (strike)`.
    pub fn described(&self) -> String {
        match self {
            NonWorking::Saturday => "a Saturday".into(),
            NonWorking::Sunday => "a Sunday".into(),
            NonWorking::Holiday(h) if h.name == h.name_en => format!("a public holiday, {}", h.name),
            NonWorking::Holiday(h) => format!("a public holiday, {} ({})", h.name, h.name_en),
            NonWorking::Added(h) => format!("a day added to the calendar ({})", h.name),
        }
    }
}

impl fmt::Display for NonWorking {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NonWorking::Saturday => f.write_str("Saturday"),
            NonWorking::Sunday => f.write_str("Sunday"),
            NonWorking::Holiday(h) if h.name == h.name_en => {
                write!(f, "public holiday: {}", h.name)
            }
            NonWorking::Holiday(h) => write!(f, "public holiday: {} ({})", h.name, h.name_en),
            NonWorking::Added(h) => write!(f, "added to the calendar: {}", h.name),
        }
    }
}

impl Calendar {
    /// The statutory calendar `id`, without adjustments.
    pub fn new(id: CalendarId) -> Self {
        Calendar {
            id,
            added: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// The statutory calendar this one adjusts.
    pub fn id(&self) -> CalendarId {
        self.id
    }

    /// Adds an extra non-working day (a court closure, a day assimilated to a holiday by decree).
    /// The name is used in both languages.
    pub fn add(&mut self, date: NaiveDate, name: String) {
        self.removed.retain(|&d| d != date);
        if !self.added.iter().any(|h| h.date == date && h.name == name) {
            self.added.push(Holiday::same_name(date, name));
        }
    }

    /// Makes `date` a working day even though it is a holiday (a holiday that is worked this
    /// time, Good Friday in an Alsatian commune without a Protestant church...). Weekends stay
    /// non-working.
    pub fn remove(&mut self, date: NaiveDate) {
        self.added.retain(|h| h.date != date);
        if !self.removed.contains(&date) {
            self.removed.push(date);
        }
    }

    /// The days added with [`Calendar::add`], in call order.
    pub fn added(&self) -> &[Holiday] {
        &self.added
    }

    /// The days removed with [`Calendar::remove`], in call order.
    pub fn removed(&self) -> &[NaiveDate] {
        &self.removed
    }

    /// The holiday on `date`, if any (after adjustments).
    pub fn holiday(&self, date: NaiveDate) -> Result<Option<Holiday>, CalendarError> {
        check_year(date.year())?;
        if self.removed.contains(&date) {
            return Ok(None);
        }
        let mut on_date = fast::holidays::statutory_on(self.id, date)?;
        on_date.extend(self.added.iter().filter(|h| h.date == date).cloned());
        if on_date.len() <= 1 {
            return Ok(on_date.pop());
        }
        Ok(sort_and_merge(on_date).into_iter().next())
    }

    /// Why `date` is not a working day, `None` if it is one. A Saturday or Sunday is reported as
    /// such even when it is also a holiday.
    pub fn non_working(&self, date: NaiveDate) -> Result<Option<NonWorking>, CalendarError> {
        check_year(date.year())?;
        match date.weekday() {
            Weekday::Sat => Ok(Some(NonWorking::Saturday)),
            Weekday::Sun => Ok(Some(NonWorking::Sunday)),
            _ => Ok(self.holiday(date)?.map(|h| {
                // A statutory holiday stays one when the case also adds the day.
                let statutory = !self.added.iter().any(|a| a.date == date && a.name == h.name);
                if statutory {
                    NonWorking::Holiday(h)
                } else {
                    NonWorking::Added(h)
                }
            })),
        }
    }

    /// Whether `date` is a working day: not a Saturday, Sunday or holiday (after adjustments).
    pub fn is_working_day(&self, date: NaiveDate) -> Result<bool, CalendarError> {
        Ok(self.non_working(date)?.is_none())
    }

    /// Holidays of a year after adjustments, sorted, one entry per date.
    pub fn holidays_in(&self, year: i32) -> Result<Vec<Holiday>, CalendarError> {
        let list = holidays(self.id, year)?
            .into_iter()
            .filter(|h| !self.removed.contains(&h.date))
            .chain(self.added.iter().filter(|h| h.date.year() == year).cloned())
            .collect();
        Ok(sort_and_merge(list))
    }
}

impl From<CalendarId> for Calendar {
    fn from(id: CalendarId) -> Self {
        Calendar::new(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn weekdays_weekends_and_holidays() {
        let cal = Calendar::new(CalendarId::Fr);
        assert_eq!(cal.id(), CalendarId::Fr);
        assert_eq!(cal.non_working(ymd(2023, 4, 8)), Ok(Some(NonWorking::Saturday)));
        assert_eq!(cal.non_working(ymd(2023, 4, 9)), Ok(Some(NonWorking::Sunday)));
        assert_eq!(cal.non_working(ymd(2023, 4, 11)), Ok(None));
        assert_eq!(cal.is_working_day(ymd(2023, 4, 11)), Ok(true));
        assert_eq!(cal.is_working_day(ymd(2023, 4, 10)), Ok(false));
        let Ok(Some(NonWorking::Holiday(h))) = cal.non_working(ymd(2023, 4, 10)) else {
            panic!("Easter Monday 2023 is a holiday");
        };
        assert_eq!(h.name, "Lundi de Pâques");
        // A holiday on a Sunday is reported as a Sunday, but holiday() still finds it.
        assert_eq!(cal.non_working(ymd(2022, 12, 25)), Ok(Some(NonWorking::Sunday)));
        assert!(cal.holiday(ymd(2022, 12, 25)).expect("in range").is_some());
    }

    #[test]
    fn none_calendar_has_weekends_only() {
        let cal = Calendar::new(CalendarId::None);
        assert_eq!(cal.holidays_in(2024), Ok(vec![]));
        assert_eq!(cal.is_working_day(ymd(2024, 12, 25)), Ok(true));
        assert_eq!(cal.is_working_day(ymd(2024, 12, 28)), Ok(false));
    }

    #[test]
    fn add_and_remove() {
        let mut cal = Calendar::new(CalendarId::Fr67);
        let closure = ymd(2024, 6, 14);
        cal.add(closure, "Fermeture du greffe".to_owned());
        assert_eq!(cal.is_working_day(closure), Ok(false));
        assert_eq!(
            cal.non_working(closure).expect("in range").map(|n| n.to_string()),
            Some("added to the calendar: Fermeture du greffe".to_owned())
        );
        // Issue 17: a closure the case adds is no public holiday; a statutory one stays one.
        assert!(matches!(cal.non_working(closure), Ok(Some(NonWorking::Added(_)))));
        assert!(matches!(
            Calendar::new(CalendarId::Fr).non_working(ymd(2025, 7, 14)),
            Ok(Some(NonWorking::Holiday(_)))
        ));

        let good_friday = ymd(2024, 3, 29);
        assert_eq!(cal.is_working_day(good_friday), Ok(false));
        cal.remove(good_friday);
        assert_eq!(cal.is_working_day(good_friday), Ok(true));
        assert_eq!(cal.holiday(good_friday), Ok(None));

        let list = cal.holidays_in(2024).expect("in range");
        assert_eq!(list.len(), 13); // 13 statutory - Good Friday + closure
        assert!(list.iter().any(|h| h.date == closure));
        assert!(!list.iter().any(|h| h.date == good_friday));
        assert!(list.windows(2).all(|w| w[0].date < w[1].date));
        assert_eq!(cal.holidays_in(2025).expect("in range").len(), 13);

        // Later calls win.
        cal.remove(closure);
        assert_eq!(cal.is_working_day(closure), Ok(true));
        cal.add(good_friday, "Vendredi saint".to_owned());
        assert_eq!(cal.is_working_day(good_friday), Ok(false));
        assert_eq!(cal.added().len(), 1);
        assert!(cal.removed().contains(&closure));
    }

    #[test]
    fn addition_on_a_holiday_joins_names() {
        let mut cal = Calendar::new(CalendarId::Fr);
        let christmas = ymd(2024, 12, 25);
        cal.add(christmas, "Fermeture".to_owned());
        cal.add(christmas, "Fermeture".to_owned());
        let h = cal.holiday(christmas).expect("in range").expect("a holiday");
        assert_eq!(h.name, "Noël / Fermeture");
        assert_eq!(h.name_en, "Christmas Day / Fermeture");
        let list = cal.holidays_in(2024).expect("in range");
        assert_eq!(list.len(), 11);
    }

    #[test]
    fn non_working_display() {
        assert_eq!(NonWorking::Saturday.to_string(), "Saturday");
        assert_eq!(NonWorking::Sunday.to_string(), "Sunday");
        let h = Holiday {
            date: ymd(2023, 4, 10),
            name: "Lundi de Pâques".to_owned(),
            name_en: "Easter Monday".to_owned(),
        };
        assert_eq!(
            NonWorking::Holiday(h).to_string(),
            "public holiday: Lundi de Pâques (Easter Monday)"
        );
    }

    #[test]
    fn year_out_of_range() {
        let mut cal = Calendar::new(CalendarId::None);
        let too_early = ymd(1500, 1, 6); // whatever its weekday, an error
        cal.add(too_early, "x".to_owned());
        let err = CalendarError::YearOutOfRange { year: 1500 };
        assert_eq!(cal.non_working(too_early), Err(err.clone()));
        assert_eq!(cal.is_working_day(too_early), Err(err.clone()));
        assert_eq!(cal.holiday(too_early), Err(err.clone()));
        assert_eq!(cal.holidays_in(1500), Err(err));
        assert_eq!(
            Calendar::new(CalendarId::Fr).holidays_in(10_000),
            Err(CalendarError::YearOutOfRange { year: 10_000 })
        );
    }

    proptest::proptest! {
        /// A day's holiday, as the quick look-up finds it, is the one the year's adjusted list
        /// holds, whatever days were added (on holidays or not, twice) and removed.
        #[test]
        fn a_days_holiday_is_the_adjusted_lists(
            id in proptest::sample::select(CalendarId::ALL),
            year in 1583i32..10_000,
            changes in proptest::collection::vec((proptest::bool::ANY, 0u32..366, 0usize..3), 0..8),
        ) {
            let day = |ordinal: u32| NaiveDate::from_yo_opt(year, ordinal % 365 + 1).expect("in the year");
            // Half the days changed are among the year's first four holidays.
            let listed: Vec<u32> = holidays(id, year).expect("in range").iter().map(|h| h.date.ordinal0()).collect();
            let mut cal = Calendar::new(id);
            for (add, ordinal, name) in changes {
                let ordinal = listed.get(ordinal as usize % 4).copied().filter(|_| ordinal % 2 == 0).unwrap_or(ordinal);
                if add {
                    cal.add(day(ordinal), ["Fermeture", "Grève", "Fermeture"][name].to_owned());
                } else {
                    cal.remove(day(ordinal));
                }
            }
            let list = cal.holidays_in(year).expect("in range");
            let mut date = NaiveDate::from_yo_opt(year, 1).expect("in range");
            while date.year() == year {
                let expected = list.iter().find(|h| h.date == date).cloned();
                proptest::prop_assert_eq!(cal.holiday(date).expect("in range"), expected, "{}", date);
                date = date.succ_opt().expect("in range");
            }
        }
    }
}
