//! A time limit as written in an order: a number of years, months, weeks and days.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A time limit such as "2 months" or "1 month 15 days".
///
/// Units may be written in English, French or Dutch, singular or plural (`day`, `jours`,
/// `dagen`, `week`, `semaines`, `weken`, `month`, `mois`, `maanden`, `year`, `ans`, `jaar`),
/// separated by spaces, commas, `and`, `et` or `en`.
/// Each unit may appear once. CPC art. 641 al. 3 counts months before days; [`TimeLimit`]
/// keeps them apart so the rule set can do so.
///
/// ```
/// use astreinte::timelimit::TimeLimit;
/// let limit: TimeLimit = "1 month and 15 days".parse().unwrap();
/// assert_eq!((limit.months, limit.days), (1, 15));
/// assert_eq!(limit.to_string(), "1 month 15 days");
/// assert_eq!("2 mois".parse::<TimeLimit>().unwrap().to_string(), "2 months");
/// assert_eq!("6 maanden".parse::<TimeLimit>().unwrap().to_string(), "6 months");
/// assert!("2 monhts".parse::<TimeLimit>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeLimit {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
}

/// Why a time limit could not be read: the text as written, and what is wrong with it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LimitError {
    pub text: String,
    pub problem: LimitProblem,
}

/// In English, as the catalogue words it.
impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Limit(self.clone())))
    }
}

/// What is wrong with a time limit as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LimitProblem {
    Empty,
    /// A count above [`MAX_COUNT`], as written.
    TooLarge(String),
    /// A word where a count was expected.
    NotWhole(String),
    /// A count without its unit.
    NoUnit(u32),
    /// A unit not known, and the closest known one.
    UnknownUnit {
        word: String,
        closest: Option<&'static str>,
    },
    /// A unit given twice.
    Twice(String),
    /// Nothing at all to count.
    Zero,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Unit {
    Year,
    Month,
    Week,
    Day,
}

const UNIT_WORDS: &[(&str, Unit)] = &[
    ("year", Unit::Year),
    ("years", Unit::Year),
    ("an", Unit::Year),
    ("ans", Unit::Year),
    ("année", Unit::Year),
    ("années", Unit::Year),
    ("jaar", Unit::Year),
    ("jaren", Unit::Year),
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("mois", Unit::Month),
    ("maand", Unit::Month),
    ("maanden", Unit::Month),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("semaine", Unit::Week),
    ("semaines", Unit::Week),
    ("weken", Unit::Week),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("jour", Unit::Day),
    ("jours", Unit::Day),
    ("dag", Unit::Day),
    ("dagen", Unit::Day),
];

/// The largest count accepted for one unit: far beyond any real order, small enough that
/// no date arithmetic on it can overflow before the range check catches it.
pub(crate) const MAX_COUNT: u32 = 1_000_000;

impl FromStr for TimeLimit {
    type Err = LimitError;

    /// Reads a time limit, or says what is wrong with it.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        crate::fast::limit::plain(text).map_or_else(|| read(text), Ok)
    }
}

/// [`TimeLimit::from_str`] for any text (the plain path of `fast::limit`).
pub(crate) fn read(text: &str) -> Result<TimeLimit, LimitError> {
    let fail = |problem: LimitProblem| LimitError {
        text: text.to_string(),
        problem,
    };
    // Lower-cased only when needed: limits are usually written in lower case already.
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && !matches!(*w, "and" | "et" | "en"))
        .map(
            |w| match w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
                true => Cow::Borrowed(w),
                false => Cow::Owned(w.to_lowercase()),
            },
        )
        .peekable();
    if words.peek().is_none() {
        return Err(fail(LimitProblem::Empty));
    }
    let mut limit = TimeLimit::default();
    // The units given so far (at most the four), in a fixed array: no allocation.
    let mut seen = [None; 4];
    while let Some(number) = words.next() {
        let count: u32 = number.parse().map_err(|_| {
            fail(if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
                LimitProblem::TooLarge(number.to_string())
            } else {
                LimitProblem::NotWhole(number.to_string())
            })
        })?;
        if count > MAX_COUNT {
            return Err(fail(LimitProblem::TooLarge(count.to_string())));
        }
        let word = words.next().ok_or_else(|| fail(LimitProblem::NoUnit(count)))?;
        let unit = unit_named(&word).ok_or_else(|| fail(unknown_unit(&word)))?;
        if seen.contains(&Some(unit)) {
            return Err(fail(LimitProblem::Twice(word.to_string())));
        }
        if let Some(slot) = seen.iter_mut().find(|s| s.is_none()) {
            *slot = Some(unit);
        }
        *limit.count_of(unit) = count;
    }
    if limit == TimeLimit::default() {
        return Err(fail(LimitProblem::Zero));
    }
    Ok(limit)
}

/// The unit a word names (lower case, as [`UNIT_WORDS`] writes it).
pub(crate) fn unit_named(word: &str) -> Option<Unit> {
    UNIT_WORDS.iter().find(|(w, _)| *w == word).map(|(_, u)| *u)
}

fn unknown_unit(word: &str) -> LimitProblem {
    let closest = UNIT_WORDS
        .iter()
        .map(|(w, _)| (strsim::damerau_levenshtein(word, w), *w))
        .min()
        .filter(|(distance, _)| *distance <= 2);
    LimitProblem::UnknownUnit {
        word: word.to_string(),
        closest: closest.map(|(_, w)| w),
    }
}

impl TimeLimit {
    /// The count of `unit` in the limit.
    pub(crate) fn count_of(&mut self, unit: Unit) -> &mut u32 {
        match unit {
            Unit::Year => &mut self.years,
            Unit::Month => &mut self.months,
            Unit::Week => &mut self.weeks,
            Unit::Day => &mut self.days,
        }
    }

    /// Months in the limit, years included (a year is twelve months under CPC art. 641).
    pub fn total_months(&self) -> u32 {
        // Saturating: a limit built in code may hold any u32; one read from text is at most
        // a million of each unit.
        self.years.saturating_mul(12).saturating_add(self.months)
    }

    /// Days in the limit once months are counted, weeks included (a week is seven days).
    pub fn total_days(&self) -> u32 {
        self.weeks.saturating_mul(7).saturating_add(self.days)
    }
}

impl fmt::Display for TimeLimit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts = [
            (self.years, "year"),
            (self.months, "month"),
            (self.weeks, "week"),
            (self.days, "day"),
        ];
        let mut first = true;
        for (count, unit) in parts.into_iter().filter(|(c, _)| *c > 0) {
            if !first {
                f.write_str(" ")?;
            }
            first = false;
            let plural = if count == 1 { "" } else { "s" };
            write!(f, "{count} {unit}{plural}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_composite_limits_in_both_languages() {
        let nl: TimeLimit = "1 jaar, 6 maanden, 2 weken en 30 dagen".parse().unwrap();
        assert_eq!((nl.years, nl.months, nl.weeks, nl.days), (1, 6, 2, 30));
        for (text, months, weeks, days) in [("1 maand", 1, 0, 0), ("1 week", 0, 1, 0), ("1 dag", 0, 0, 1)] {
            let l: TimeLimit = text.parse().unwrap();
            assert_eq!((l.months, l.weeks, l.days), (months, weeks, days), "{text}");
        }
        let l: TimeLimit = "1 an, 2 mois et 3 jours".parse().unwrap();
        assert_eq!(
            l,
            TimeLimit {
                years: 1,
                months: 2,
                weeks: 0,
                days: 3
            }
        );
        let l: TimeLimit = "2 Weeks".parse().unwrap();
        assert_eq!(l.total_days(), 14);
        assert_eq!("3 years 1 month".parse::<TimeLimit>().unwrap().total_months(), 37);
    }

    #[test]
    fn explains_what_is_wrong() {
        let e = "2 monhts".parse::<TimeLimit>().unwrap_err();
        assert!(e.to_string().contains("did you mean `months`"), "{e}");
        let problem = |text: &str| text.parse::<TimeLimit>().unwrap_err().problem;
        assert_eq!(problem("two months"), LimitProblem::NotWhole("two".into()));
        assert_eq!(problem("2"), LimitProblem::NoUnit(2));
        assert_eq!(problem("2 days 3 days"), LimitProblem::Twice("days".into()));
        assert_eq!(problem("0 days"), LimitProblem::Zero);
        assert_eq!(problem(""), LimitProblem::Empty);
        assert_eq!(problem("99999999 days"), LimitProblem::TooLarge("99999999".into()));
        assert!(
            "99999999 days"
                .parse::<TimeLimit>()
                .unwrap_err()
                .to_string()
                .contains("too large")
        );
    }
}
