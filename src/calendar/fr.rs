//! France: Code du travail art. L3133-1, Alsace-Moselle local law (L3134-13) and the overseas
//! departments' abolition-of-slavery day (loi n° 83-550, décret n° 83-1003).
//!
//! History encoded, with its sources (secondary sources found by search, and the Python
//! `holidays` package's references; the Journal officiel itself was not read):
//! - Ascension, Assumption, All Saints, Christmas: *arrêté du 29 germinal an X* (1802), applied to
//!   every year (earlier years are not modelled historically).
//! - 1 January: avis du Conseil d'État of 23 March 1810, so from 1811.
//! - Easter Monday and Whit Monday: loi du 8 mars 1886, so from 1886.
//! - 14 July: loi du 6 juillet 1880, so from 1880.
//! - 11 November: loi du 24 octobre 1922, so from 1922.
//! - 1 May: a public holiday from 1946 (loi n° 46-828 du 26 avril 1946 for 1946, loi n° 47-778
//!   du 30 avril 1947, made permanent and named *fête du Travail* by loi n° 48-746 du 29 avril
//!   1948). The one-off 1919 closure and the Vichy *fête du Travail et de la Concorde sociale*
//!   (1941-1944, acts annulled at the Liberation) are not modelled.
//! - 8 May: see [`victory_day`].
//! - Whit Monday in 2005-2007: loi n° 2004-626 du 30 juin 2004 made it the default *journée de
//!   solidarité* (worked, unpaid) until loi n° 2008-351 du 16 avril 2008, but never removed it
//!   from the list of public holidays (then art. L222-1, now L3133-1). It is therefore kept here,
//!   unlike in the Python `holidays` package.

use super::builder::YearList;

/// Metropolitan France, Code du travail art. L3133-1 (formerly L222-1).
pub(crate) fn metropolitan(list: &mut YearList) {
    let year = list.year();
    if year >= 1811 {
        list.fixed(1, 1, "Jour de l'an", "New Year's Day");
    }
    if year >= 1886 {
        list.easter(1, "Lundi de Pâques", "Easter Monday");
        list.easter(50, "Lundi de Pentecôte", "Whit Monday");
    }
    if year >= 1946 {
        list.fixed(5, 1, "Fête du Travail", "Labour Day");
    }
    if victory_day(year) {
        list.fixed(5, 8, "Victoire 1945", "Victory in Europe Day");
    }
    list.easter(39, "Ascension", "Ascension Day");
    if year >= 1880 {
        list.fixed(7, 14, "Fête nationale", "Bastille Day");
    }
    list.fixed(8, 15, "Assomption", "Assumption Day");
    list.fixed(11, 1, "Toussaint", "All Saints' Day");
    if year >= 1922 {
        list.fixed(11, 11, "Armistice 1918", "Armistice Day");
    }
    list.fixed(12, 25, "Noël", "Christmas Day");
}

/// Whether 8 May is a public holiday in `year`.
///
/// - Loi n° 53-225 du 20 mars 1953 made it a public holiday (from 1953).
/// - Décret n° 59-533 du 11 avril 1959 moved the commemoration to the second Sunday of May and
///   ended the holiday. 1959 itself is kept as a holiday, as in the brief and the Python
///   `holidays` package ("removed from 1960"); the decree was published in the JO of 15 April
///   1959, before 8 May, so whether 8 May 1959 was still a holiday could NOT be confirmed.
/// - 1965, 20th anniversary: made a public holiday for that year only by a decree of 1 April 1965
///   (two independent secondary sources; the decree itself was not read). It was a Saturday.
///   Not in the Python `holidays` package.
/// - Loi n° 81-893 du 2 octobre 1981 restored it and added it to the Code du travail list
///   (from 1982). Some sources date that law 23 September or 23 December 1981; the number and
///   date 81-893 / 2 October 1981 are the ones given by several sources including the oracle.
pub(crate) fn victory_day(year: i32) -> bool {
    (1953..=1959).contains(&year) || year == 1965 || year >= 1982
}

/// Alsace-Moselle (Moselle 57, Bas-Rhin 67, Haut-Rhin 68): the national list plus Good Friday and
/// 26 December, Code du travail art. L3134-13 (codifying the *Code local des professions*,
/// ordinance of 16 August 1892, kept in force by the loi du 1er juin 1924).
///
/// L3134-13 makes Good Friday a holiday only "dans les communes ayant un temple protestant ou une
/// église mixte"; this calendar applies it in the whole department, as is the common practice
/// (and as the Python `holidays` package does for both its `57` and `6AE` subdivisions, which
/// give identical dates for 1950-2100 in version 0.109). For a commune without such a church,
/// remove the date with [`crate::calendar::Calendar::remove`].
///
/// Years before 1919 (German rule 1871-1918) are computed with the same rule, not historically.
pub(crate) fn alsace_moselle(list: &mut YearList) {
    metropolitan(list);
    list.easter(-2, "Vendredi saint", "Good Friday");
    list.fixed(12, 26, "Saint-Étienne", "St Stephen's Day");
}

/// An overseas department with its own abolition-of-slavery day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Overseas {
    /// 27 May.
    Guadeloupe,
    /// 22 May.
    Martinique,
    /// 10 June.
    Guyane,
    /// 20 December.
    Reunion,
    /// 27 April.
    Mayotte,
}

impl Overseas {
    /// The commemoration date, décret n° 83-1003 du 23 novembre 1983 art. 1 (as amended by décret
    /// n° 2012-553 du 23 avril 2012, which only reordered the list and added Saint-Barthélemy
    /// and Saint-Martin).
    fn date(self) -> (u32, u32) {
        match self {
            Overseas::Guadeloupe => (5, 27),
            Overseas::Martinique => (5, 22),
            Overseas::Guyane => (6, 10),
            Overseas::Reunion => (12, 20),
            Overseas::Mayotte => (4, 27),
        }
    }
}

/// An overseas department: the national list plus the abolition-of-slavery day instituted by loi
/// n° 83-550 du 30 juin 1983 (now Code du travail art. L3422-2) on the date fixed for each
/// territory by décret n° 83-1003 du 23 novembre 1983.
///
/// First year: the decree was published on 24 November 1983, so only La Réunion (20 December)
/// had its day in 1983; the others start in 1984. Mayotte's 27 April was already in the 1983
/// decree (and in art. L222-1 of the *Code du travail applicable à Mayotte*) long before Mayotte
/// became a department in 2011, so it also starts in 1984.
///
/// Not included, though the Python `holidays` package lists them: Good Friday and Mi-Carême in
/// Guadeloupe, and Victor Schœlcher day (21 July) in Guadeloupe and Martinique. They are days
/// off by custom or collective agreement, not statutory public holidays (no text found; a
/// regional news report says 21 July "n'est pas un jour férié"). Add them case by case with
/// [`crate::calendar::Calendar::add`] where a court or office was closed.
pub(crate) fn overseas(list: &mut YearList, territory: Overseas) {
    metropolitan(list);
    let first_year = match territory {
        Overseas::Reunion => 1983,
        _ => 1984,
    };
    if list.year() >= first_year {
        let (month, day) = territory.date();
        list.fixed(month, day, "Abolition de l'esclavage", "Abolition of Slavery Day");
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::calendar::{CalendarId, holidays};

    fn dates(id: CalendarId, year: i32) -> Vec<String> {
        holidays(id, year)
            .expect("supported year")
            .iter()
            .map(|h| h.date.format("%m-%d").to_string())
            .collect()
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
    }

    #[test]
    fn metropolitan_2024() {
        assert_eq!(
            dates(CalendarId::Fr, 2024),
            [
                "01-01", "04-01", "05-01", "05-08", "05-09", "05-20", "07-14", "08-15", "11-01", "11-11", "12-25"
            ]
        );
        let list = holidays(CalendarId::Fr, 2024).expect("supported year");
        assert_eq!(list[1].name, "Lundi de Pâques");
        assert_eq!(list[1].name_en, "Easter Monday");
    }

    #[test]
    fn ascension_on_labour_day_is_merged() {
        let list = holidays(CalendarId::Fr, 2008).expect("supported year");
        assert_eq!(list.len(), 10);
        let may_first = list.iter().find(|h| h.date == ymd(2008, 5, 1)).expect("1 May 2008");
        assert_eq!(may_first.name, "Fête du Travail / Ascension");
        assert_eq!(may_first.name_en, "Labour Day / Ascension Day");
    }

    #[test]
    fn victory_day_history() {
        for (year, expected) in [
            (1952, false),
            (1953, true),
            (1959, true),
            (1960, false),
            (1965, true),
            (1975, false), // 8 May 1975 is Ascension, not Victory Day
            (1981, false),
            (1982, true),
            (2025, true),
        ] {
            let has = holidays(CalendarId::Fr, year)
                .expect("supported year")
                .iter()
                .any(|h| h.date == ymd(year, 5, 8) && h.name.contains("Victoire 1945"));
            assert_eq!(has, expected, "8 May {year}");
        }
    }

    #[test]
    fn whit_monday_kept_during_solidarity_day_years() {
        for year in 2005..=2007 {
            let list = holidays(CalendarId::Fr, year).expect("supported year");
            assert!(list.iter().any(|h| h.name == "Lundi de Pentecôte"), "{year}");
        }
        assert!(dates(CalendarId::Fr, 2005).contains(&"05-16".to_owned()));
    }

    #[test]
    fn older_history() {
        assert_eq!(dates(CalendarId::Fr, 1921).len(), 8); // no 1 May, 8 May, 11 Nov
        assert_eq!(dates(CalendarId::Fr, 1922).len(), 9);
        assert_eq!(dates(CalendarId::Fr, 1950).len(), 10); // no 8 May
        assert_eq!(dates(CalendarId::Fr, 1955).len(), 11);
        assert_eq!(dates(CalendarId::Fr, 1960).len(), 10);
        assert_eq!(dates(CalendarId::Fr, 1800).len(), 4);
    }

    #[test]
    fn alsace_moselle_adds_good_friday_and_st_stephen() {
        for id in [CalendarId::Fr57, CalendarId::Fr67, CalendarId::Fr68] {
            let list = holidays(id, 2024).expect("supported year");
            assert_eq!(list.len(), 13, "{id}");
            assert!(
                list.iter()
                    .any(|h| h.date == ymd(2024, 3, 29) && h.name == "Vendredi saint")
            );
            assert!(list.iter().any(|h| h.date == ymd(2024, 12, 26)));
        }
        assert!(dates(CalendarId::Fr67, 2025).contains(&"04-18".to_owned()));
    }

    #[test]
    fn overseas_abolition_days() {
        for (id, day) in [
            (CalendarId::Fr971, "05-27"),
            (CalendarId::Fr972, "05-22"),
            (CalendarId::Fr973, "06-10"),
            (CalendarId::Fr974, "12-20"),
            (CalendarId::Fr976, "04-27"),
        ] {
            let list = dates(id, 2024);
            assert_eq!(list.len(), 12, "{id}");
            assert!(list.contains(&day.to_owned()), "{id}");
            assert!(!dates(id, 1982).contains(&day.to_owned()), "{id} 1982");
            assert!(dates(id, 1984).contains(&day.to_owned()), "{id} 1984");
        }
        assert!(dates(CalendarId::Fr974, 1983).contains(&"12-20".to_owned()));
        assert!(!dates(CalendarId::Fr971, 1983).contains(&"05-27".to_owned()));
    }
}
