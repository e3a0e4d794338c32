//! Rule sets: how a given legal system counts a time limit.

use std::fmt;
use std::str::FromStr;

use crate::calendar::CalendarId;

/// How a time limit is counted, named as in case files (`rules = "fr-cpc"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleSet {
    /// French civil procedure, Code de procédure civile art. 640-642.
    ///
    /// - art. 641 al. 1: the day of the act or notification that starts the limit does not count;
    /// - art. 641 al. 2: a limit in months or years ends on the day of the last month that bears
    ///   the same number as the starting day, or on the last day of that month when it has no
    ///   such day (31 Jan + 1 month = 28 or 29 Feb), always counted from the starting day;
    /// - art. 641 al. 3: months are counted first, then days;
    /// - art. 642: the limit expires at 24:00 on its last day; a limit that would expire on a
    ///   Saturday, Sunday, public holiday or non-working day is extended to the next working day.
    ///
    /// ```
    /// use astreinte::timelimit::RuleSet;
    /// let rules: RuleSet = "fr-cpc".parse().unwrap();
    /// assert!(rules.extends_to_working_day());
    /// ```
    FrCpc,
    /// Plain calendar arithmetic: the starting day does not count, months end on the same
    /// day-number (clamped to the month's end), and no weekend or holiday extension. For limits
    /// that no procedural rule extends, such as a compliance period fixed by the order itself
    /// where the Algemene termijnenwet does not apply.
    Plain,
}

/// Why a rule set name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule set `{given}`{}: expected one of {}", suggestion(.closest), RuleSet::codes())]
pub struct UnknownRuleSet {
    pub given: String,
    pub closest: Option<&'static str>,
}

fn suggestion(closest: &Option<&'static str>) -> String {
    closest.map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default()
}

impl RuleSet {
    /// Every rule set, in the order they are documented.
    pub const ALL: &'static [RuleSet] = &[RuleSet::FrCpc, RuleSet::Plain];

    /// The name used in case files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            RuleSet::FrCpc => "fr-cpc",
            RuleSet::Plain => "plain",
        }
    }

    /// The legal source of the rule set.
    pub fn legal_source(self) -> &'static str {
        match self {
            RuleSet::FrCpc => "Code de procédure civile art. 640-642",
            RuleSet::Plain => "calendar arithmetic, no extension",
        }
    }

    /// The holiday calendar used when a case names none.
    pub fn default_calendar(self) -> CalendarId {
        match self {
            RuleSet::FrCpc => CalendarId::Fr,
            RuleSet::Plain => CalendarId::None,
        }
    }

    /// Whether a limit ending on a non-working day moves to the next working day.
    pub fn extends_to_working_day(self) -> bool {
        match self {
            RuleSet::FrCpc => true,
            RuleSet::Plain => false,
        }
    }

    /// The article cited for each kind of step of a derivation.
    pub(crate) fn cite(self, what: Citation) -> &'static str {
        match (self, what) {
            (RuleSet::FrCpc, Citation::Start) => "CPC art. 641 al. 1",
            (RuleSet::FrCpc, Citation::Months) => "CPC art. 641 al. 2",
            (RuleSet::FrCpc, Citation::Days) => "CPC art. 641 al. 1 and 3",
            (RuleSet::FrCpc, Citation::Extension) => "CPC art. 642 al. 2",
            (RuleSet::FrCpc, Citation::Expiry) => "CPC art. 642 al. 1",
            (RuleSet::Plain, _) => "calendar arithmetic",
        }
    }

    fn codes() -> String {
        RuleSet::ALL
            .iter()
            .map(|r| format!("`{}`", r.code()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

/// The kinds of step a derivation cites a source for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Citation {
    Start,
    Months,
    Days,
    Extension,
    Expiry,
}

impl FromStr for RuleSet {
    type Err = UnknownRuleSet;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        RuleSet::ALL
            .iter()
            .copied()
            .find(|r| r.code() == wanted)
            .ok_or_else(|| UnknownRuleSet {
                given: s.to_string(),
                closest: RuleSet::ALL
                    .iter()
                    .map(|r| (strsim::damerau_levenshtein(&wanted, r.code()), r.code()))
                    .min()
                    .filter(|(d, _)| *d <= 3)
                    .map(|(_, c)| c),
            })
    }
}

impl fmt::Display for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for r in RuleSet::ALL {
            assert_eq!(r.code().parse::<RuleSet>(), Ok(*r));
        }
        assert_eq!("FR-CPC".parse::<RuleSet>(), Ok(RuleSet::FrCpc));
    }

    #[test]
    fn unknown_names_get_a_suggestion_and_the_list() {
        let e = "fr-cp".parse::<RuleSet>().unwrap_err();
        assert_eq!(e.closest, Some("fr-cpc"));
        let msg = e.to_string();
        assert!(msg.contains("did you mean `fr-cpc`"), "{msg}");
        assert!(msg.contains("`plain`"), "{msg}");
    }
}
