//! The Netherlands: the *algemeen erkende feestdagen* of the Algemene termijnenwet (Atw), art. 3.
//!
//! Art. 3(1): Nieuwjaarsdag, the Christian *second* Easter and Whit days (Easter Monday, Whit
//! Monday), both Christmas days, Ascension Day, the day on which the King's birthday is
//! celebrated, and 5 May. Art. 3(2): Good Friday is treated as one of them.
//!
//! Easter Sunday and Whit Sunday are NOT in the Atw list (it names only the second days); they
//! are Sundays anyway. The Python `holidays` package lists them; this calendar does not.
//!
//! Not modelled: the days that the government assimilates to a holiday under art. 3(3) (a decree
//! every few years, e.g. the Friday after Ascension, or a Monday before a Tuesday holiday). They
//! are in force for time limits: add them with [`crate::calendar::Calendar::add`].
//!
//! History: the Atw came into force on 1 April 1965; its list is applied to earlier years too
//! (approximation, not researched). 5 May was added to art. 3(1) by an amendment tabled on 18 June
//! 1981; it is counted from 1982 (the exact date of entry into force, given as 5 January 1982 by
//! the Python `holidays` package, could not be confirmed). From then on it counts EVERY year: the
//! once-every-five-years rule (lustrum years) of the Python `holidays` package and of many
//! collective agreements concerns days off work, not the Atw.

use super::builder::YearList;

/// The Netherlands, Algemene termijnenwet art. 3.
pub(crate) fn netherlands(list: &mut YearList) {
    list.fixed(1, 1, "Nieuwjaarsdag", "New Year's Day");
    list.easter(-2, "Goede Vrijdag", "Good Friday");
    list.easter(1, "Tweede Paasdag", "Easter Monday");
    royal_birthday(list);
    if list.year() >= 1982 {
        list.fixed(5, 5, "Bevrijdingsdag", "Liberation Day");
    }
    list.easter(39, "Hemelvaartsdag", "Ascension Day");
    list.easter(50, "Tweede Pinksterdag", "Whit Monday");
    list.fixed(12, 25, "Eerste Kerstdag", "Christmas Day");
    list.fixed(12, 26, "Tweede Kerstdag", "Boxing Day");
}

/// The day on which the monarch's birthday is celebrated (*Koningsdag*, *Koninginnedag*).
///
/// - From 2014: 27 April, or Saturday 26 April when the 27th is a Sunday (Besluit van 30 januari
///   2013 houdende vaststelling en aanduiding van de zevenentwintigste april als Koningsdag, in
///   force 1 January 2014, "behoudens uitzonderingen in verband met zondagen"; the explanatory note
///   moves it to the Saturday before).
/// - 1949-2013: 30 April, Queen Juliana's birthday, kept by Queen Beatrix (KB van 24 april 1980,
///   nr. 11). When the 30th is a Sunday: Monday 1 May before 1980, Saturday 29 April from 1980
///   (the rule used by the Python `holidays` package; the texts before 1980 were not read).
/// - 1891-1948: 31 August, Queen Wilhelmina's birthday (Juliana was inaugurated on 6 September
///   1948), moved to Monday 1 September when a Sunday. Not confirmed by a legal text.
/// - Before 1891 (King William III): not modelled.
fn royal_birthday(list: &mut YearList) {
    let year = list.year();
    if year >= 2014 {
        list.fixed_unless_sunday(4, 27, -1, "Koningsdag", "King's Day");
    } else if year >= 1980 {
        list.fixed_unless_sunday(4, 30, -1, "Koninginnedag", "Queen's Day");
    } else if year >= 1949 {
        list.fixed_unless_sunday(4, 30, 1, "Koninginnedag", "Queen's Day");
    } else if year >= 1891 {
        list.fixed_unless_sunday(8, 31, 1, "Koninginnedag", "Queen's Day");
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::calendar::{CalendarId, holidays};

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    fn royal_day(year: i32) -> Option<NaiveDate> {
        holidays(CalendarId::Nl, year)
            .expect("supported year")
            .into_iter()
            .find(|h| h.name == "Koningsdag" || h.name == "Koninginnedag")
            .map(|h| h.date)
    }

    #[test]
    fn netherlands_2024() {
        let list = holidays(CalendarId::Nl, 2024).expect("supported year");
        let dates: Vec<String> = list.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2024-01-01",
                "2024-03-29",
                "2024-04-01",
                "2024-04-27",
                "2024-05-05",
                "2024-05-09",
                "2024-05-20",
                "2024-12-25",
                "2024-12-26"
            ]
        );
        assert_eq!(list[3].name, "Koningsdag");
        assert_eq!(list[4].name_en, "Liberation Day");
    }

    #[test]
    fn kings_day_on_sunday_moves_to_saturday() {
        assert_eq!(royal_day(2014), Some(ymd(2014, 4, 26)));
        assert_eq!(royal_day(2025), Some(ymd(2025, 4, 26)));
        assert_eq!(royal_day(2024), Some(ymd(2024, 4, 27)));
    }

    #[test]
    fn queens_day_history() {
        assert_eq!(royal_day(2013), Some(ymd(2013, 4, 30)));
        assert_eq!(royal_day(1989), Some(ymd(1989, 4, 29))); // Sunday -> Saturday
        assert_eq!(royal_day(1978), Some(ymd(1978, 5, 1))); // Sunday -> Monday
        assert_eq!(royal_day(1949), Some(ymd(1949, 4, 30)));
        assert_eq!(royal_day(1948), Some(ymd(1948, 8, 31)));
        assert_eq!(royal_day(1947), Some(ymd(1947, 9, 1))); // Sunday -> Monday
        assert_eq!(royal_day(1890), None);
    }

    #[test]
    fn liberation_day_every_year_from_1982() {
        let has_may_5 = |year| {
            holidays(CalendarId::Nl, year)
                .expect("supported year")
                .iter()
                .any(|h| h.date == ymd(year, 5, 5))
        };
        assert!(has_may_5(2023));
        assert!(has_may_5(2025));
        assert!(has_may_5(1982));
        assert!(!has_may_5(1981));
        assert!(!has_may_5(1980));
    }

    #[test]
    fn easter_and_whit_sunday_are_not_listed() {
        let list = holidays(CalendarId::Nl, 2024).expect("supported year");
        assert!(!list.iter().any(|h| h.date == ymd(2024, 3, 31)));
        assert!(!list.iter().any(|h| h.date == ymd(2024, 5, 19)));
    }
}
