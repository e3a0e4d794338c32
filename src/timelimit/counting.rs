//! The options of a count beyond the rule set: a distance extension and the month-end policy.

use std::fmt;
use std::str::FromStr;

use super::RuleSet;

/// Everything that decides how a time limit is counted: the rule set and its options.
///
/// ```
/// use astreinte::timelimit::{Counting, Distance, MonthEnd, RuleSet};
/// let counting = Counting::new(RuleSet::FrCpc, Some(Distance::Abroad), MonthEnd::Clamp).unwrap();
/// assert_eq!(counting.rules, RuleSet::FrCpc);
/// // The 10-day distance extension belongs to the EU courts, not to the CPC.
/// assert!(Counting::new(RuleSet::FrCpc, Some(Distance::TenDays), MonthEnd::Clamp).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counting {
    pub rules: RuleSet,
    /// The distance extension, if the party benefits from one.
    pub distance: Option<Distance>,
    /// What to do when a limit in months ends on a day the month does not have.
    pub month_end: MonthEnd,
}

impl Counting {
    /// Checks that the rule set knows the distance extension asked for.
    pub fn new(rules: RuleSet, distance: Option<Distance>, month_end: MonthEnd) -> Result<Self, OptionError> {
        if let Some(d) = distance
            && !rules.distances().contains(&d)
        {
            return Err(OptionError::DistanceNotApplicable { rules, distance: d });
        }
        Ok(Counting {
            rules,
            distance,
            month_end,
        })
    }
}

impl From<RuleSet> for Counting {
    /// The rule set with no distance extension, month ends clamped as the rules say.
    fn from(rules: RuleSet) -> Self {
        Counting {
            rules,
            distance: None,
            month_end: MonthEnd::Clamp,
        }
    }
}

/// A distance extension (délai de distance): extra time for a party who lives far away.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Distance {
    /// One more month for a party residing in an overseas territory (CPC art. 643 1° before a
    /// court in metropolitan France, art. 644 before a court seated overseas for a party not
    /// residing there; CJA R421-7 for the administrative courts).
    Overseas,
    /// Two more months for a party residing abroad (CPC art. 643 2° and 644; CJA R421-7).
    Abroad,
    /// A single period of ten days on account of distance, before the EU Court of Justice
    /// (Rules of Procedure of the Court of Justice art. 51; General Court RP art. 60).
    TenDays,
}

impl Distance {
    /// Every distance extension, in the order they are documented.
    pub const ALL: &'static [Distance] = &[Distance::Overseas, Distance::Abroad, Distance::TenDays];

    /// The name used in case files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Distance::Overseas => "overseas",
            Distance::Abroad => "abroad",
            Distance::TenDays => "ten-days",
        }
    }

    /// Months added to the limit (counted with its months, in one go from the starting day).
    pub(crate) fn months(self) -> u32 {
        match self {
            Distance::Overseas => 1,
            Distance::Abroad => 2,
            Distance::TenDays => 0,
        }
    }

    /// Days added after the limit, before any weekend or holiday extension.
    pub(crate) fn days(self) -> u32 {
        match self {
            Distance::TenDays => 10,
            Distance::Overseas | Distance::Abroad => 0,
        }
    }

    /// Who benefits, in words.
    pub(crate) fn who(self) -> &'static str {
        match self {
            Distance::Overseas => "a party residing overseas",
            Distance::Abroad => "a party residing abroad",
            Distance::TenDays => "every party, on account of distance",
        }
    }
}

impl fmt::Display for Distance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Distance {
    type Err = OptionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        Distance::ALL
            .iter()
            .copied()
            .find(|d| d.code() == wanted)
            .ok_or_else(|| OptionError::UnknownDistance {
                given: s.to_string(),
                closest: closest(&wanted, Distance::ALL.iter().map(|d| d.code())),
            })
    }
}

/// What to do when a limit in months or years would end on a day its last month lacks
/// (31 January + 1 month).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum MonthEnd {
    /// End on the last day of that month, as every supported rule set says (CPC art. 641 al. 2,
    /// Basel Convention art. 4, RP CJ art. 49).
    #[default]
    Clamp,
    /// Refuse the limit: for a lawyer who wants such a case looked at rather than computed.
    Error,
}

impl MonthEnd {
    /// Both policies.
    pub const ALL: &'static [MonthEnd] = &[MonthEnd::Clamp, MonthEnd::Error];

    /// The name used in case files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            MonthEnd::Clamp => "clamp",
            MonthEnd::Error => "error",
        }
    }
}

impl fmt::Display for MonthEnd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for MonthEnd {
    type Err = OptionError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase();
        MonthEnd::ALL
            .iter()
            .copied()
            .find(|m| m.code() == wanted)
            .ok_or_else(|| OptionError::UnknownMonthEnd {
                given: s.to_string(),
                closest: closest(&wanted, MonthEnd::ALL.iter().map(|m| m.code())),
            })
    }
}

/// Why a counting option was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OptionError {
    UnknownDistance {
        given: String,
        closest: Option<&'static str>,
    },
    UnknownMonthEnd {
        given: String,
        closest: Option<&'static str>,
    },
    DistanceNotApplicable {
        rules: RuleSet,
        distance: Distance,
    },
}

/// In English, as the catalogue words it.
impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Option(self.clone())))
    }
}

fn closest(wanted: &str, codes: impl Iterator<Item = &'static str>) -> Option<&'static str> {
    codes
        .map(|c| (strsim::damerau_levenshtein(wanted, c), c))
        .min()
        .filter(|(d, _)| *d <= 3)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for d in Distance::ALL {
            assert_eq!(d.code().parse::<Distance>(), Ok(*d));
        }
        for m in MonthEnd::ALL {
            assert_eq!(m.code().parse::<MonthEnd>(), Ok(*m));
        }
    }

    #[test]
    fn bad_names_list_the_valid_ones() {
        let e = "abraod".parse::<Distance>().unwrap_err().to_string();
        assert!(e.contains("did you mean `abroad`"), "{e}");
        assert!(e.contains("`overseas`, `abroad`, `ten-days`"), "{e}");
        let e = "clip".parse::<MonthEnd>().unwrap_err().to_string();
        assert!(e.contains("`clamp`, `error`"), "{e}");
    }

    #[test]
    fn distance_must_belong_to_the_rule_set() {
        let e = Counting::new(RuleSet::BeCj, Some(Distance::Abroad), MonthEnd::Clamp).unwrap_err();
        assert!(e.to_string().contains("has no distance extension"), "{e}");
        let e = Counting::new(RuleSet::EuCourt, Some(Distance::Abroad), MonthEnd::Clamp).unwrap_err();
        assert!(e.to_string().contains("expected one of `ten-days`"), "{e}");
        assert!(Counting::new(RuleSet::FrAdminFranc, Some(Distance::Overseas), MonthEnd::Error).is_ok());
    }
}
