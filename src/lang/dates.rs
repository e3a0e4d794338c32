//! Dates for a person to read, in each language.

use chrono::{Datelike, NaiveDate, Weekday};

use super::Lang;
use super::message::{DateForm, Day};

const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// French abbreviations as the Imprimerie nationale's usage gives them (`juin`, `mai`,
/// `août` are not shortened).
const MONTHS_FR_SHORT: [&str; 12] = [
    "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.",
];

/// Dutch month names (CLDR nl), in full and abbreviated.
const MONTHS_NL: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];
const MONTHS_NL_SHORT: [&str; 12] = [
    "jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec.",
];

/// The month of `d` from a table of twelve names.
fn month_of(names: &'static [&'static str; 12], d: NaiveDate) -> &'static str {
    names.get(d.month0() as usize).copied().unwrap_or_default()
}

fn weekday_nl(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "ma",
        Weekday::Tue => "di",
        Weekday::Wed => "wo",
        Weekday::Thu => "do",
        Weekday::Fri => "vr",
        Weekday::Sat => "za",
        Weekday::Sun => "zo",
    }
}

/// `déc.`: the month of `d`, abbreviated in French.
#[allow(clippy::expect_used, reason = "a month's number from 0 is below 12")]
fn month_short_fr(d: NaiveDate) -> &'static str {
    MONTHS_FR_SHORT
        .get(d.month0() as usize)
        .copied()
        .expect("a month's number from 0 is below 12")
}

fn weekday_fr(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "lun.",
        Weekday::Tue => "mar.",
        Weekday::Wed => "mer.",
        Weekday::Thu => "jeu.",
        Weekday::Fri => "ven.",
        Weekday::Sat => "sam.",
        Weekday::Sun => "dim.",
    }
}

/// `Mon 19 Dec 2022` / `lun. 19 déc. 2022`.
pub(crate) fn long_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => crate::dates::long(d).to_string(),
        Lang::Fr => format!(
            "{} {} {} {}",
            weekday_fr(d.weekday()),
            day_fr(d),
            month_short_fr(d),
            d.year()
        ),
        Lang::Nl => format!(
            "{} {} {} {}",
            weekday_nl(d.weekday()),
            d.day(),
            month_of(&MONTHS_NL_SHORT, d),
            d.year()
        ),
    }
}

/// `19 Dec 2022` / `19 déc. 2022`: for arithmetic in prose.
pub(crate) fn medium_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %b %Y").to_string(),
        Lang::Fr => format!("{} {} {}", day_fr(d), month_short_fr(d), d.year()),
        Lang::Nl => format!("{} {} {}", d.day(), month_of(&MONTHS_NL_SHORT, d), d.year()),
    }
}

/// `2022-12-19` / `19/12/2022` / `19-12-2022`: for table columns.
pub(crate) fn short_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.to_string(),
        Lang::Fr => d.format("%d/%m/%Y").to_string(),
        Lang::Nl => d.format("%d-%m-%Y").to_string(),
    }
}

/// `Dec 2022` / `déc. 2022`: for chart axes.
pub(crate) fn month_year(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%b %Y").to_string(),
        Lang::Fr => format!("{} {}", month_short_fr(d), d.year()),
        Lang::Nl => format!("{} {}", month_of(&MONTHS_NL_SHORT, d), d.year()),
    }
}

/// `December 2022` / `décembre 2022` / `december 2022`: a month in prose.
pub(crate) fn month_in_words(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%B %Y").to_string(),
        Lang::Fr => format!("{} {}", month_of(&MONTHS_FR, d), d.year()),
        Lang::Nl => format!("{} {}", month_of(&MONTHS_NL, d), d.year()),
    }
}

/// The full month name, for prose: `décembre`.
#[allow(clippy::expect_used, reason = "a month's number from 0 is below 12")]
pub(crate) fn month_name_fr(d: NaiveDate) -> &'static str {
    MONTHS_FR
        .get(d.month0() as usize)
        .copied()
        .expect("a month's number from 0 is below 12")
}

/// `1er` for the first of the month, as French writes it; the number otherwise.
fn day_fr(d: NaiveDate) -> String {
    if d.day() == 1 {
        "1er".into()
    } else {
        d.day().to_string()
    }
}

/// `19 décembre 2022` / `19 December 2022`.
pub(crate) fn full_date(d: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => d.format("%-d %B %Y").to_string(),
        Lang::Fr => format!("{} {} {}", day_fr(d), month_name_fr(d), d.year()),
        Lang::Nl => format!("{} {} {}", d.day(), month_of(&MONTHS_NL, d), d.year()),
    }
}

/// A date in the form the layout chose for it.
pub(crate) fn written(day: Day, lang: Lang) -> String {
    match day.form {
        DateForm::Short => short_date(day.date, lang),
        DateForm::Medium => medium_date(day.date, lang),
        DateForm::Long => long_date(day.date, lang),
        DateForm::Full => full_date(day.date, lang),
    }
}

/// Whether `word` names a month or a day of the week as the dates of any language are written
/// (`Oct`, `oct.`, `octobre`, `okt.`, `Wed`, `mer.`, `wo`): a date written in words must not be
/// broken across lines (see `render::fill`).
pub(crate) fn is_date_word(word: &str) -> bool {
    const MONTHS_EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let months = MONTHS_EN
        .iter()
        .flat_map(|m| [*m, m.get(..3).unwrap_or(m)])
        .chain(MONTHS_FR.iter().chain(&MONTHS_FR_SHORT).copied())
        .chain(MONTHS_NL.iter().chain(&MONTHS_NL_SHORT).copied());
    let weekdays = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ]
    .into_iter()
    .flat_map(|w| [weekday_en(w), weekday_fr(w), weekday_nl(w)]);
    months.chain(weekdays).any(|name| name == word)
}

fn weekday_en(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Mon",
        Weekday::Tue => "Tue",
        Weekday::Wed => "Wed",
        Weekday::Thu => "Thu",
        Weekday::Fri => "Fri",
        Weekday::Sat => "Sat",
        Weekday::Sun => "Sun",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_dates() {
        let d = NaiveDate::from_ymd_opt(2023, 5, 1).unwrap();
        assert_eq!(long_date(d, Lang::Fr), "lun. 1er mai 2023");
        assert_eq!(short_date(d, Lang::Fr), "01/05/2023");
        assert_eq!(full_date(d, Lang::Fr), "1er mai 2023");
        assert_eq!(month_year(d, Lang::Fr), "mai 2023");
        assert_eq!(full_date(d, Lang::En), "1 May 2023");
    }

    #[test]
    fn dutch_dates() {
        let d = NaiveDate::from_ymd_opt(2022, 3, 27).unwrap();
        assert_eq!(long_date(d, Lang::Nl), "zo 27 mrt. 2022");
        assert_eq!(medium_date(d, Lang::Nl), "27 mrt. 2022");
        assert_eq!(short_date(d, Lang::Nl), "27-03-2022");
        assert_eq!(full_date(d, Lang::Nl), "27 maart 2022");
        assert_eq!(month_year(d, Lang::Nl), "mrt. 2022");
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn long_date_example() {
        use crate::lang::{Lang, long_date};
        let d = chrono::NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
        assert_eq!(long_date(d, Lang::En), "Mon 19 Dec 2022");
        assert_eq!(long_date(d, Lang::Fr), "lun. 19 déc. 2022");
    }

    #[test]
    fn medium_date_example() {
        use crate::lang::{Lang, medium_date};
        let d = chrono::NaiveDate::from_ymd_opt(2022, 10, 19).unwrap();
        assert_eq!(medium_date(d, Lang::En), "19 Oct 2022");
        assert_eq!(medium_date(d, Lang::Fr), "19 oct. 2022");
    }
}
