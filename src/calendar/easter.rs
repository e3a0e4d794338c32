//! Easter Sunday by the Gregorian computus, and the supported range of years.

use chrono::NaiveDate;

use super::CalendarError;

/// The first supported year: 1583 is the first full year of the Gregorian calendar, and the
/// first year the computus crate accepts.
pub const FIRST_YEAR: i32 = 1583;
/// The last supported year (four-digit years; the computus crate stops there).
pub const LAST_YEAR: i32 = 9999;

/// Returns an error unless `year` is within [`FIRST_YEAR`]..=[`LAST_YEAR`].
pub(crate) fn check_year(year: i32) -> Result<(), CalendarError> {
    if (FIRST_YEAR..=LAST_YEAR).contains(&year) {
        Ok(())
    } else {
        Err(CalendarError::YearOutOfRange { year })
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (Western churches), from which Good Friday
/// (-2), Easter Monday (+1), Ascension (+39), Whit Sunday (+49) and Whit Monday (+50) follow.
///
/// Uses `computus::gregorian` (the anonymous Gregorian algorithm, Meeus/Jones/Butcher); the unit
/// tests check it against an independent epact computation for every supported year.
pub fn easter_sunday(year: i32) -> Result<NaiveDate, CalendarError> {
    check_year(year)?;
    let out_of_range = CalendarError::YearOutOfRange { year };
    let date = computus::gregorian(year).map_err(|_| out_of_range.clone())?;
    NaiveDate::from_ymd_opt(date.year, date.month, date.day).ok_or(out_of_range)
}

#[cfg(test)]
mod tests {
    use chrono::Datelike;

    use super::*;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn known_easter_dates() {
        assert_eq!(easter_sunday(2023), Ok(ymd(2023, 4, 9)));
        assert_eq!(easter_sunday(2024), Ok(ymd(2024, 3, 31)));
        assert_eq!(easter_sunday(2025), Ok(ymd(2025, 4, 20)));
        assert_eq!(easter_sunday(2038), Ok(ymd(2038, 4, 25)));
        assert_eq!(easter_sunday(1818), Ok(ymd(1818, 3, 22)));
        assert_eq!(easter_sunday(1583), Ok(ymd(1583, 4, 10)));
        assert_eq!(easter_sunday(2285), Ok(ymd(2285, 3, 22)));
        assert_eq!(easter_sunday(9999), Ok(ymd(9999, 3, 28)));
    }

    #[test]
    fn out_of_range_years_are_errors() {
        for year in [i32::MIN, -1, 0, 1582, 10_000, i32::MAX] {
            assert_eq!(easter_sunday(year), Err(CalendarError::YearOutOfRange { year }));
        }
        assert!(easter_sunday(FIRST_YEAR).is_ok());
        assert!(easter_sunday(LAST_YEAR).is_ok());
    }

    /// Easter by the epact method (Knuth, TAOCP vol. 1, 1.3.2 exercise 14), written
    /// independently of the computus crate's algorithm.
    fn easter_by_epact(year: i32) -> (u32, u32) {
        let golden = year % 19 + 1;
        let century = year / 100 + 1;
        let skipped_leap = 3 * century / 4 - 12;
        let moon_correction = (8 * century + 5) / 25 - 5;
        let sunday = 5 * year / 4 - skipped_leap - 10;
        let mut epact = (11 * golden + 20 + moon_correction - skipped_leap).rem_euclid(30);
        if (epact == 25 && golden > 11) || epact == 24 {
            epact += 1;
        }
        let mut full_moon = 44 - epact;
        if full_moon < 21 {
            full_moon += 30;
        }
        let day = full_moon + 7 - (sunday + full_moon) % 7;
        if day > 31 {
            (4, (day - 31) as u32)
        } else {
            (3, day as u32)
        }
    }

    #[test]
    fn agrees_with_epact_method_for_every_supported_year() {
        for year in FIRST_YEAR..=LAST_YEAR {
            let easter = easter_sunday(year).expect("supported year");
            assert_eq!((easter.month(), easter.day()), easter_by_epact(year), "year {year}");
            assert_eq!(easter.weekday(), chrono::Weekday::Sun, "year {year}");
        }
    }
}
