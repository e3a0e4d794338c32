//! Dates: the range supported, and `YYYY-MM-DD` in JSON, written directly.
//!
//! Every date astreinte reads, derives or writes lies in [`FIRST`]..=[`LAST`], years of four
//! digits: the `YYYY-MM-DD` the published JSON schema promises (chrono writes a year past 9999
//! with a sign, `+10000-01-01`) and that TOML dates are written in. A date outside is refused
//! where it enters (a case file's year 0000, a command-line date) or where it is derived (a
//! deadline, the first day of delay, the day a cap is reached), with a located error.
//!
//! chrono serializes a date through its `Debug` formatting, a dozen formatter calls each
//! escaped on its way into the JSON; a batch writes over a million dates. This writes the same
//! text in one piece. Years outside 0..=9999 (written with a sign) go through chrono.

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// The first date supported: 1 January of year 1.
pub(crate) const FIRST: NaiveDate = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(date) => date,
    None => NaiveDate::MIN,
};

/// The last date supported: 31 December 9999, the last with a four-digit year.
pub(crate) const LAST: NaiveDate = match NaiveDate::from_ymd_opt(9999, 12, 31) {
    Some(date) => date,
    None => NaiveDate::MAX,
};

/// The supported range as written in messages.
pub(crate) const RANGE: &str = "0001-01-01 to 9999-12-31";

/// Whether `date` is in [`FIRST`]..=[`LAST`].
pub(crate) fn supported(date: NaiveDate) -> bool {
    (FIRST..=LAST).contains(&date)
}

/// Days from `from` to `through`, both counted; zero when `through` is before `from`: the
/// one day count every part of the engine uses.
///
/// The CJEU counts both ends: C-204/21 R, 3 Nov 2021 to 10 Jan 2022 is 69 days.
pub(crate) fn days_between(from: NaiveDate, through: NaiveDate) -> i64 {
    ((through - from).num_days() + 1).max(0)
}

/// Serializes a date as chrono does (`2022-12-19`), for `#[serde(serialize_with)]`.
pub(crate) fn iso<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    match iso_bytes(*date).as_ref().map(|text| std::str::from_utf8(text)) {
        Some(Ok(text)) => s.serialize_str(text),
        _ => date.serialize(s),
    }
}

/// The text [`iso`] writes, as bytes, for a writer that puts them in place itself; `None` for
/// a year outside 0..=9999, which chrono writes with a sign.
#[inline]
pub(crate) fn iso_bytes(date: NaiveDate) -> Option<[u8; 10]> {
    let year = u64::try_from(date.year()).ok().filter(|year| *year <= 9999)?;
    let digit = |n: u64| b'0' + (n % 10) as u8;
    let (month, day) = (u64::from(date.month()), u64::from(date.day()));
    Some([
        digit(year / 1000),
        digit(year / 100),
        digit(year / 10),
        digit(year),
        b'-',
        digit(month / 10),
        digit(month),
        b'-',
        digit(day / 10),
        digit(day),
    ])
}

/// [`iso`] for an optional date (`null` when absent).
pub(crate) fn iso_opt<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
    match date {
        Some(d) => iso(d, s),
        None => s.serialize_none(),
    }
}

/// A date as chrono writes it with `%a %-d %b %Y` (`Tue 5 Oct 2010`), without parsing the
/// format string each time: the deadline's derivation writes a few per case.
pub(crate) fn long(date: NaiveDate) -> Long {
    Long(date)
}

/// See [`long`].
#[derive(Debug, Clone, Copy)]
pub(crate) struct Long(NaiveDate);

impl std::fmt::Display for Long {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        let d = self.0;
        let weekday = WEEKDAYS.get(d.weekday().num_days_from_monday() as usize);
        let month = MONTHS.get(d.month0() as usize);
        match (weekday, month) {
            (Some(w), Some(m)) if (0..=9999).contains(&d.year()) => {
                write!(f, "{w} {} {m} {:04}", d.day(), d.year())
            }
            _ => write!(f, "{}", d.format("%a %-d %b %Y")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Serialize)]
    struct Both {
        #[serde(serialize_with = "iso")]
        ours: NaiveDate,
        theirs: NaiveDate,
        #[serde(serialize_with = "iso_opt")]
        ours_opt: Option<NaiveDate>,
        theirs_opt: Option<NaiveDate>,
    }

    /// The text chrono writes, or `None` where it writes a sign.
    fn chrono_text(date: NaiveDate) -> Option<Vec<u8>> {
        let text = date.to_string();
        (!text.starts_with(['+', '-'])).then(|| text.into_bytes())
    }

    #[test]
    fn every_year_and_every_day_of_two_years_are_written_as_chrono_writes_them() {
        for year in -2..=10_001 {
            for (month, day) in [(1, 1), (2, 28), (12, 31)] {
                let date = NaiveDate::from_ymd_opt(year, month, day).unwrap();
                assert_eq!(iso_bytes(date).map(Vec::from), chrono_text(date), "{date}");
            }
        }
        for year in [2023, 2024] {
            let mut date = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
            while date.year() == year {
                assert_eq!(iso_bytes(date).map(Vec::from), chrono_text(date), "{date}");
                date = date.succ_opt().unwrap();
            }
        }
    }

    proptest! {
        #[test]
        fn writes_what_chrono_writes(days in -300_000i64..4_000_000, some in any::<bool>()) {
            let date = NaiveDate::from_num_days_from_ce_opt(days as i32).unwrap();
            let opt = some.then_some(date);
            let both = serde_json::to_value(Both { ours: date, theirs: date, ours_opt: opt, theirs_opt: opt }).unwrap();
            prop_assert_eq!(&both["ours"], &both["theirs"]);
            prop_assert_eq!(&both["ours_opt"], &both["theirs_opt"]);
        }
    }
}

#[cfg(test)]
mod long_tests {
    use super::*;

    #[test]
    fn long_writes_what_chrono_writes() {
        let mut d = NaiveDate::from_ymd_opt(-3, 1, 1).unwrap();
        let end = NaiveDate::from_ymd_opt(10_003, 1, 1).unwrap();
        while d < end {
            assert_eq!(long(d).to_string(), d.format("%a %-d %b %Y").to_string());
            d = d + chrono::Days::new(97);
        }
        for (y, m, day) in [(2024, 2, 29), (0, 1, 1), (9999, 12, 31), (10000, 1, 1), (-1, 12, 31)] {
            let d = NaiveDate::from_ymd_opt(y, m, day).unwrap();
            assert_eq!(long(d).to_string(), d.format("%a %-d %b %Y").to_string());
        }
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn supported_example() {
        use crate::dates::{LAST, supported};
        assert!(supported(LAST));
        assert!(!supported(LAST.succ_opt().unwrap()));
    }

    #[test]
    fn days_between_example() {
        use crate::dates::days_between;
        use chrono::NaiveDate;
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(days_between(d(2021, 11, 3), d(2022, 1, 10)), 69);
        assert_eq!(days_between(d(2022, 12, 20), d(2023, 2, 9)), 52);
        assert_eq!(days_between(d(2023, 1, 2), d(2023, 1, 1)), 0);
    }

    #[test]
    fn iso_example() {
        use chrono::NaiveDate;
        #[derive(serde::Serialize)]
        struct Day(#[serde(serialize_with = "crate::dates::iso")] NaiveDate);
        let day = NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
        assert_eq!(serde_json::to_string(&Day(day)).unwrap(), "\"2022-12-19\"");
    }

    #[test]
    fn iso_bytes_example() {
        let day = chrono::NaiveDate::from_ymd_opt(2022, 12, 19).unwrap();
        assert_eq!(crate::dates::iso_bytes(day), Some(*b"2022-12-19"));
    }

    #[test]
    fn long_example() {
        let d = chrono::NaiveDate::from_ymd_opt(2010, 10, 5).unwrap();
        assert_eq!(crate::dates::long(d).to_string(), "Tue 5 Oct 2010");
    }
}
