//! Luxembourg: the legal public holidays of the Code du travail, art. L.232-2.
//!
//! Names are in French (a legislative language of Luxembourg), with English.
//!
//! History encoded:
//! - Europe Day (9 May): added by the law voted in March 2019, from 2019.
//! - National Day: 23 June from 1962 (grand-ducal decree of 23 December 1961 fixing the official
//!   celebration of the sovereign's birthday on 23 June); from 1919 to 1961, 23 January, Grand
//!   Duchess Charlotte's birthday (several secondary sources; the legal status of 23 January as a
//!   public holiday in the 1950s was not checked in a legal text). The Python `holidays` package
//!   puts 23 June in every year. Before 1919: not modelled.
//!
//! The other days are applied to every year (their history was not researched). Not modelled:
//! the compensatory day off an employee gets when a holiday falls on a Sunday (a leave right,
//! not a public holiday).

use super::builder::YearList;

/// Luxembourg, Code du travail art. L.232-2.
pub(crate) fn luxembourg(list: &mut YearList) {
    let year = list.year();
    list.fixed(1, 1, "Jour de l'an", "New Year's Day");
    if (1919..=1961).contains(&year) {
        list.fixed(1, 23, "Fête nationale", "National Day");
    }
    list.easter(1, "Lundi de Pâques", "Easter Monday");
    list.fixed(5, 1, "Fête du Travail", "Labour Day");
    if year >= 2019 {
        list.fixed(5, 9, "Journée de l'Europe", "Europe Day");
    }
    list.easter(39, "Ascension", "Ascension Day");
    list.easter(50, "Lundi de Pentecôte", "Whit Monday");
    if year >= 1962 {
        list.fixed(6, 23, "Fête nationale", "National Day");
    }
    list.fixed(8, 15, "Assomption", "Assumption Day");
    list.fixed(11, 1, "Toussaint", "All Saints' Day");
    list.fixed(12, 25, "Noël", "Christmas Day");
    list.fixed(12, 26, "Deuxième jour de Noël", "St Stephen's Day");
}

#[cfg(test)]
mod tests {
    use crate::calendar::{CalendarId, holidays};

    fn dates(year: i32) -> Vec<String> {
        holidays(CalendarId::Lu, year)
            .expect("supported year")
            .iter()
            .map(|h| h.date.format("%m-%d").to_string())
            .collect()
    }

    #[test]
    fn luxembourg_2024() {
        assert_eq!(
            dates(2024),
            [
                "01-01", "04-01", "05-01", "05-09", "05-20", "06-23", "08-15", "11-01", "12-25", "12-26"
            ]
        );
        // Europe Day and Ascension fall on the same day in 2024.
        let list = holidays(CalendarId::Lu, 2024).expect("supported year");
        assert_eq!(list[3].name, "Journée de l'Europe / Ascension");
    }

    #[test]
    fn luxembourg_2023_has_eleven_days() {
        assert_eq!(dates(2023).len(), 11);
        assert!(dates(2023).contains(&"05-09".to_owned()));
    }

    #[test]
    fn history() {
        assert!(!dates(2018).contains(&"05-09".to_owned()));
        assert!(dates(1961).contains(&"01-23".to_owned()));
        assert!(!dates(1961).contains(&"06-23".to_owned()));
        assert!(dates(1962).contains(&"06-23".to_owned()));
        assert!(!dates(1962).contains(&"01-23".to_owned()));
    }
}
