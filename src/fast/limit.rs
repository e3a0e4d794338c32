//! Time limits in their plainest form, `N unit` pairs one space apart (`3 months`, `2 months
//! 10 days`), read byte by byte.
//!
//! Plain path: `timelimit::limit::read`, which splits the text into words, lower-cases them, looks
//! each up and explains every refusal. Seam: `TimeLimit::from_str` asks [`plain`] first. Such
//! texts are nearly all of those written; [`plain`] gives `None` for anything else, valid or
//! not (another separator, a capital, a count of zero, a unit twice), which the plain path
//! then reads.

use crate::timelimit::{MAX_COUNT, TimeLimit, unit_named};

/// The limit of `text` when it is in the plainest form; `None` otherwise.
pub(crate) fn plain(text: &str) -> Option<TimeLimit> {
    let mut limit = TimeLimit::default();
    let mut rest = text;
    loop {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        // Seven digits at most: the count cannot overflow.
        if digits == 0 || digits > 7 {
            return None;
        }
        let (number, after) = rest.split_at(digits);
        let count = number.bytes().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
        let after = after.strip_prefix(' ')?;
        let (word, next) = after.split_once(' ').unwrap_or((after, ""));
        let slot = limit.count_of(unit_named(word)?);
        // A unit given twice, a count of zero or above the largest: left to the plain path
        // (which refuses all but a unit of zero, accepted but rare).
        if *slot != 0 || count == 0 || count > MAX_COUNT {
            return None;
        }
        *slot = count;
        if next.is_empty() {
            return (word.len() == after.len()).then_some(limit);
        }
        rest = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts in or next to the plain form: `count unit` pairs one space apart, with counts of
    /// zero, around the largest and of eight digits, units repeated, words of any language
    /// and case or misspelt, and an ending that may not belong.
    fn near_plain_text() -> impl Strategy<Value = String> {
        let count = prop_oneof![
            Just("0".to_string()),
            (1u32..40).prop_map(|n| n.to_string()),
            (MAX_COUNT - 2..MAX_COUNT + 2).prop_map(|n| n.to_string()),
            (9_999_998u32..10_000_001).prop_map(|n| n.to_string()),
            (0u32..100).prop_map(|n| format!("00{n}")),
            Just(String::new()),
            Just("+3".to_string()),
        ];
        let word = prop::sample::select(vec![
            "year", "years", "an", "ans", "année", "années", "jaar", "jaren", "month", "months", "mois", "maand",
            "maanden", "week", "weeks", "semaine", "semaines", "weken", "day", "days", "jour", "jours", "dag", "dagen",
            "Days", "dais", "and", "et", "en", "",
        ]);
        let gap = prop::sample::select(vec![" ", " ", " ", "  ", ", ", " and ", "\t", "\u{a0}", ""]);
        (
            prop::collection::vec((count, gap.clone(), word), 1..5),
            gap,
            prop::sample::select(vec!["", "", "", " ", ",", "x"]),
        )
            .prop_map(|(pairs, between, end)| {
                let pairs: Vec<String> = pairs.iter().map(|(n, gap, w)| format!("{n}{gap}{w}")).collect();
                format!("{}{end}", pairs.join(between))
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// A limit read in the plain form is the one the plain path reads.
        #[test]
        fn plain_limits_are_read_as_the_plain_path_reads_them(text in prop_oneof![near_plain_text(), "\\PC{0,16}"]) {
            if let Some(limit) = plain(&text) {
                prop_assert_eq!(crate::timelimit::read_limit(&text), Ok(limit), "{:?}", text);
            }
        }

        /// ... and the plain form does take this way.
        #[test]
        fn plain_texts_are_read_here(
            counts in prop::collection::vec(1u32..=MAX_COUNT, 4),
            units in prop::sample::subsequence(vec![("year", 0), ("mois", 1), ("weken", 2), ("days", 3)], 1..=4),
        ) {
            let text = units.iter().map(|(w, i)| format!("{} {w}", counts[*i])).collect::<Vec<_>>().join(" ");
            prop_assert!(plain(&text).is_some(), "{:?}", text);
        }
    }
}
