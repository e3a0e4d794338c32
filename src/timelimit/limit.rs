//! A time limit as written in an order: a number of years, months, weeks and days.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

/// A time limit such as "2 months" or "1 month 15 days".
///
/// Units may be written in English or French, singular or plural (`day`, `jours`, `week`,
/// `semaines`, `month`, `mois`, `year`, `ans`), separated by spaces, commas, `and` or `et`.
/// Each unit may appear once. CPC art. 641 al. 3 counts months before days; [`TimeLimit`]
/// keeps them apart so the rule set can do so.
///
/// ```
/// use astreinte::timelimit::TimeLimit;
/// let limit: TimeLimit = "1 month and 15 days".parse().unwrap();
/// assert_eq!((limit.months, limit.days), (1, 15));
/// assert_eq!(limit.to_string(), "1 month 15 days");
/// assert_eq!("2 mois".parse::<TimeLimit>().unwrap().to_string(), "2 months");
/// assert!("2 monhts".parse::<TimeLimit>().is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct TimeLimit {
    pub years: u32,
    pub months: u32,
    pub weeks: u32,
    pub days: u32,
}

/// Why a time limit could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot read the time limit `{text}`: {problem}; accepted forms: \"15 days\", \"2 weeks\", \"2 months\", \"1 year\", \"1 month 15 days\" (or in French: \"15 jours\", \"2 mois\", \"1 an\")"
)]
pub struct LimitError {
    pub text: String,
    pub problem: String,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Unit {
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
    ("month", Unit::Month),
    ("months", Unit::Month),
    ("mois", Unit::Month),
    ("week", Unit::Week),
    ("weeks", Unit::Week),
    ("semaine", Unit::Week),
    ("semaines", Unit::Week),
    ("day", Unit::Day),
    ("days", Unit::Day),
    ("jour", Unit::Day),
    ("jours", Unit::Day),
];

/// The largest count accepted for one unit: far beyond any real order, small enough that
/// no date arithmetic on it can overflow before the range check catches it.
const MAX_COUNT: u32 = 1_000_000;

impl FromStr for TimeLimit {
    type Err = LimitError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if let Some(limit) = plain(text) {
            return Ok(limit);
        }
        general(text)
    }
}

/// The limit of a text in the plainest form, `N unit` pairs one space apart (`3 months`,
/// `2 months 10 days`), or `None` for anything else, valid or not. Such texts are nearly all
/// of those written, and reading them byte by byte spares most of the work of [`general`]
/// (splitting into words, lower-casing, looking each word up in a table), which gives the same
/// limit for each (a property test holds them to it), reads every other text and explains
/// every refusal.
fn plain(text: &str) -> Option<TimeLimit> {
    let mut limit = TimeLimit::default();
    let mut rest = text.as_bytes();
    loop {
        let mut count: u32 = 0;
        let mut digits = 0;
        while let [digit @ b'0'..=b'9', after @ ..] = rest {
            // Seven digits at most: the count cannot overflow.
            if digits == 7 {
                return None;
            }
            count = count * 10 + u32::from(digit - b'0');
            digits += 1;
            rest = after;
        }
        let [b' ', after @ ..] = rest else {
            return None;
        };
        let length = after.iter().position(|&b| b == b' ').unwrap_or(after.len());
        let (word, after) = after.split_at(length);
        let slot = match word {
            b"year" | b"years" | b"an" | b"ans" => &mut limit.years,
            b"month" | b"months" | b"mois" => &mut limit.months,
            b"week" | b"weeks" | b"semaine" | b"semaines" => &mut limit.weeks,
            b"day" | b"days" | b"jour" | b"jours" => &mut limit.days,
            _ => return None,
        };
        // A unit given twice, a count of zero (or no digits) or above the largest: left to
        // `general` (which refuses all but a unit of zero, accepted but rare).
        if *slot != 0 || count == 0 || count > MAX_COUNT {
            return None;
        }
        *slot = count;
        match after {
            [b' ', next @ ..] => rest = next,
            _ => return Some(limit),
        }
    }
}

/// Reads any time limit, or says what is wrong with it. Kept out of line (`cold`): inlined,
/// its set-up was paid by every plain limit too.
#[cold]
fn general(text: &str) -> Result<TimeLimit, LimitError> {
    let fail = |problem: String| LimitError {
        text: text.to_string(),
        problem,
    };
    // Lower-cased only when needed: limits are usually written in lower case already.
    let mut words = text
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty() && *w != "and" && *w != "et")
        .map(|w| {
            if w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()) {
                Cow::Borrowed(w)
            } else {
                Cow::Owned(w.to_lowercase())
            }
        })
        .peekable();
    if words.peek().is_none() {
        return Err(fail("it is empty".into()));
    }
    let mut limit = TimeLimit::default();
    // The units given so far (at most the four), in a fixed array: no allocation.
    let mut seen = [None; 4];
    while let Some(number) = words.next() {
        let count: u32 = number.parse().map_err(|_| {
            fail(if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) {
                format!("{number} is too large (at most {MAX_COUNT})")
            } else {
                format!("`{number}` is not a whole number")
            })
        })?;
        if count > MAX_COUNT {
            return Err(fail(format!("{count} is too large (at most {MAX_COUNT})")));
        }
        let word = words
            .next()
            .ok_or_else(|| fail(format!("the number {count} has no unit")))?;
        let unit = UNIT_WORDS
            .iter()
            .find(|(w, _)| *w == word.as_ref())
            .map(|(_, u)| *u)
            .ok_or_else(|| fail(unknown_unit(&word)))?;
        if seen.contains(&Some(unit)) {
            return Err(fail(format!("the unit `{word}` appears twice")));
        }
        if let Some(slot) = seen.iter_mut().find(|s| s.is_none()) {
            *slot = Some(unit);
        }
        match unit {
            Unit::Year => limit.years = count,
            Unit::Month => limit.months = count,
            Unit::Week => limit.weeks = count,
            Unit::Day => limit.days = count,
        }
    }
    if limit == TimeLimit::default() {
        return Err(fail("a time limit of zero gives no time to comply".into()));
    }
    Ok(limit)
}

fn unknown_unit(word: &str) -> String {
    let closest = UNIT_WORDS
        .iter()
        .map(|(w, _)| (strsim::damerau_levenshtein(word, w), *w))
        .min()
        .filter(|(distance, _)| *distance <= 2);
    match closest {
        Some((_, w)) => format!("unknown unit `{word}` (did you mean `{w}`?)"),
        None => format!("unknown unit `{word}`"),
    }
}

impl TimeLimit {
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
    use proptest::prelude::*;

    /// A unit word as a limit may write it: every word known, in any case, and a few that
    /// are close to one.
    fn unit_word() -> impl Strategy<Value = String> {
        let mut words: Vec<String> = UNIT_WORDS.iter().map(|(w, _)| w.to_string()).collect();
        words.extend(["Months", "DAYS", "monhts", "and", "et", "dayss", "mois,", ""].map(String::from));
        prop::sample::select(words)
    }

    /// A count as written: small, at and around the largest accepted, with leading zeros, too
    /// large for a `u32`, or not a number.
    fn count() -> impl Strategy<Value = String> {
        prop_oneof![
            (0u32..40).prop_map(|n| n.to_string()),
            (MAX_COUNT - 2..MAX_COUNT + 2).prop_map(|n| n.to_string()),
            (0u32..100).prop_map(|n| format!("00{n}")),
            Just("99999999999".to_string()),
            Just("+3".to_string()),
            Just("two".to_string()),
            Just(String::new()),
        ]
    }

    /// What may come between words.
    fn gap() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            " ", " ", " ", "  ", ",", ", ", " and ", " et ", "\t", "\u{a0}", "",
        ])
    }

    /// Texts near the form of a limit: up to four `count unit` pairs with any gaps.
    fn limit_text() -> impl Strategy<Value = String> {
        (gap(), prop::collection::vec((count(), gap(), unit_word(), gap()), 0..5)).prop_map(|(lead, pairs)| {
            let mut text = lead.to_string();
            for (count, gap, unit, after) in pairs {
                text.push_str(&count);
                text.push_str(gap);
                text.push_str(&unit);
                text.push_str(after);
            }
            text
        })
    }

    /// Texts in or next to the plain form: `count unit` pairs one space apart, with counts of
    /// zero, around the largest and of eight digits, units repeated, and an ending that may
    /// not belong.
    fn near_plain_text() -> impl Strategy<Value = String> {
        let count = prop_oneof![
            0u32..3,
            1u32..40,
            MAX_COUNT - 2..MAX_COUNT + 2,
            9_999_998u32..10_000_001,
        ];
        let word = prop::sample::select(
            UNIT_WORDS
                .iter()
                .map(|(w, _)| *w)
                .chain(["Days", "dais"])
                .collect::<Vec<_>>(),
        );
        (
            prop::collection::vec((count, word), 1..5),
            prop::sample::select(vec!["", "", "", " ", ",", "x"]),
        )
            .prop_map(|(pairs, end)| {
                let pairs: Vec<String> = pairs.iter().map(|(n, w)| format!("{n} {w}")).collect();
                format!("{}{end}", pairs.join(" "))
            })
    }

    /// A limit in the plain form: distinct units, counts from 1 to the largest, one space apart.
    fn plain_text() -> impl Strategy<Value = String> {
        let pairs = (
            prop::sample::subsequence(vec![0usize, 1, 2, 3], 1..=4),
            prop::collection::vec((1..=MAX_COUNT, 0usize..8), 4),
        );
        (pairs, any::<prop::sample::Index>()).prop_map(|((units, picks), shuffle)| {
            let mut units = units;
            let turn = shuffle.index(units.len());
            units.rotate_left(turn);
            let words: [&[&str]; 4] = [
                &["year", "years", "an", "ans"],
                &["month", "months", "mois"],
                &["week", "weeks", "semaine", "semaines"],
                &["day", "days", "jour", "jours"],
            ];
            units
                .iter()
                .zip(picks)
                .map(|(&u, (n, w))| format!("{n} {}", words[u][w % words[u].len()]))
                .collect::<Vec<_>>()
                .join(" ")
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// The quick reading changes nothing: the same limit, or the same refusal, as the
        /// general reader's.
        #[test]
        fn reading_plain_forms_first_gives_what_the_general_reader_gives(
            text in prop_oneof![limit_text(), near_plain_text()]
        ) {
            prop_assert_eq!(text.parse::<TimeLimit>(), general(&text), "{:?}", text);
            if let Some(limit) = plain(&text) {
                prop_assert_eq!(Ok(limit), general(&text), "{:?}", text);
            }
        }

        /// ... and it does read the plain forms (else it would save nothing).
        #[test]
        fn plain_forms_are_read_quickly(text in plain_text()) {
            let quick = plain(&text);
            prop_assert!(quick.is_some(), "{:?}", text);
            prop_assert_eq!(quick.ok_or(()), general(&text).map_err(|_| ()), "{:?}", text);
        }
    }

    #[test]
    fn reads_composite_limits_in_both_languages() {
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
        assert!(
            "two months"
                .parse::<TimeLimit>()
                .unwrap_err()
                .problem
                .contains("whole number")
        );
        assert!("2".parse::<TimeLimit>().unwrap_err().problem.contains("no unit"));
        assert!(
            "2 days 3 days"
                .parse::<TimeLimit>()
                .unwrap_err()
                .problem
                .contains("twice")
        );
        assert!("0 days".parse::<TimeLimit>().unwrap_err().problem.contains("zero"));
        assert!("".parse::<TimeLimit>().is_err());
        assert!(
            "99999999 days"
                .parse::<TimeLimit>()
                .unwrap_err()
                .problem
                .contains("too large")
        );
    }
}
