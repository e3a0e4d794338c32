//! Codes matched as the tables write them (`day`, `FR`, `fr-cpc`) before they are normalised.
//!
//! Plain path: `Per::from_words` (trimmed and lower-cased, then looked up among the English,
//! French and plural words), `CalendarId::from_normalized` (separators dropped, upper-cased)
//! and `RuleSet::from_any_case` (trimmed, any case). Seam: `Per::parse`,
//! `CalendarId::from_str` and `RuleSet::from_str` ask [`as_written`] first. A case
//! file nearly always writes the code itself, which is then found by comparing bytes: the
//! normalising (a `String` for `Per::parse`) was most of what reading a code cost.

/// The item of `all` whose code is `text` exactly, if one is.
pub(crate) fn as_written<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, text: &str) -> Option<T> {
    all.iter().copied().find(|&item| code(item) == text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::calendar::CalendarId;
    use crate::case::Per;
    use crate::timelimit::RuleSet;
    use proptest::prelude::*;

    /// Every code, changed a little (case, separators, blanks, a letter more or less) or not.
    fn near_code() -> impl Strategy<Value = String> {
        let codes: Vec<&'static str> = Per::ALL
            .iter()
            .map(|p| p.code())
            .chain(CalendarId::ALL.iter().map(|c| c.code()))
            .chain(RuleSet::ALL.iter().map(|r| r.code()))
            .collect();
        (
            prop::sample::select(codes),
            prop::sample::select(vec!["", "", " ", "-", "s", "\u{212a}", "é"]),
            prop::sample::select(vec![0u8, 0, 1, 2, 3]),
        )
            .prop_map(|(code, extra, change)| match change {
                1 => code.to_uppercase(),
                2 => code.to_lowercase() + extra,
                3 => format!("{extra}{code}"),
                _ => code.to_string(),
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]

        /// A code found as written is what the plain path reads from the same text, and
        /// every code as its table writes it is found.
        #[test]
        fn codes_as_written_are_what_the_plain_path_reads(text in prop_oneof![near_code(), "\\PC{0,12}"]) {
            if let Some(per) = as_written(&Per::ALL, Per::code, &text) {
                prop_assert_eq!(Per::from_words(&text), Some(per));
            }
            if let Some(id) = as_written(CalendarId::ALL, CalendarId::code, &text) {
                prop_assert_eq!(CalendarId::from_normalized(&text).ok(), Some(id));
            }
            if let Some(rules) = as_written(RuleSet::ALL, RuleSet::code, &text) {
                prop_assert_eq!(RuleSet::from_any_case(&text).ok(), Some(rules));
            }
        }
    }
}
