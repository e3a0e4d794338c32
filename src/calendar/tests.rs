//! Tests of the calendar-wide behaviour (each country file tests its own rules).

use chrono::{Datelike, NaiveDate};

use super::*;

#[test]
fn every_calendar_is_sorted_unique_and_in_year() {
    for &id in CalendarId::ALL {
        for year in [FIRST_YEAR, 1950, 2008, 2024, 2100, LAST_YEAR] {
            let list = holidays(id, year).expect("supported year");
            assert!(list.windows(2).all(|w| w[0].date < w[1].date), "{id} {year}");
            assert!(list.iter().all(|h| h.date.year() == year), "{id} {year}");
            assert!(
                list.iter().all(|h| !h.name.is_empty() && !h.name_en.is_empty()),
                "{id} {year}"
            );
        }
    }
}

#[test]
fn holiday_counts_2023() {
    let counts: Vec<(CalendarId, usize)> = CalendarId::ALL
        .iter()
        .map(|&id| (id, holidays(id, 2023).expect("supported year").len()))
        .collect();
    assert_eq!(
        counts,
        [
            (CalendarId::Fr, 11),
            (CalendarId::Fr57, 13),
            (CalendarId::Fr67, 13),
            (CalendarId::Fr68, 13),
            (CalendarId::Fr971, 12),
            (CalendarId::Fr972, 12),
            (CalendarId::Fr973, 12),
            (CalendarId::Fr974, 12),
            (CalendarId::Fr976, 12),
            (CalendarId::Be, 10),
            (CalendarId::Nl, 9),
            (CalendarId::Lu, 11),
            (CalendarId::None, 0),
        ]
    );
}

#[test]
fn year_out_of_range_for_every_calendar() {
    for &id in CalendarId::ALL {
        for year in [FIRST_YEAR - 1, LAST_YEAR + 1, 0, i32::MIN, i32::MAX] {
            assert_eq!(holidays(id, year), Err(CalendarError::YearOutOfRange { year }), "{id}");
        }
    }
    assert_eq!(
        CalendarError::YearOutOfRange { year: 1500 }.to_string(),
        "year 1500 is out of range: public holidays are computed for 1583 to 9999"
    );
}

#[test]
fn merge_joins_names_and_drops_duplicates() {
    let date = NaiveDate::from_ymd_opt(2008, 5, 1).expect("valid date");
    let other = NaiveDate::from_ymd_opt(2008, 5, 8).expect("valid date");
    let h = |date, name: &str, en: &str| Holiday {
        date,
        name: name.to_owned(),
        name_en: en.to_owned(),
    };
    let merged = sort_and_merge(vec![
        h(other, "B", "b"),
        h(date, "A", "a"),
        h(date, "C", "c"),
        h(date, "A", "a"),
    ]);
    assert_eq!(merged, vec![h(date, "A / C", "a / c"), h(other, "B", "b")]);
}

#[test]
fn holiday_serializes_with_iso_date() {
    let h = Holiday {
        date: NaiveDate::from_ymd_opt(2023, 4, 10).expect("valid date"),
        name: "Lundi de Pâques".to_owned(),
        name_en: "Easter Monday".to_owned(),
    };
    assert_eq!(
        serde_json::to_string(&h).expect("serializable"),
        r#"{"date":"2023-04-10","name":"Lundi de Pâques","name_en":"Easter Monday"}"#
    );
    assert_eq!(
        serde_json::to_string(&CalendarId::Fr57).expect("serializable"),
        r#""FR-57""#
    );
}
