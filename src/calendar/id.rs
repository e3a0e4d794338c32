//! Calendar identifiers as written in case files and on the command line.

use std::fmt;
use std::str::FromStr;

/// A holiday calendar identifier as written in case files and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CalendarId {
    /// Metropolitan France.
    Fr,
    /// Moselle (Alsace-Moselle local law).
    Fr57,
    /// Bas-Rhin (Alsace-Moselle local law).
    Fr67,
    /// Haut-Rhin (Alsace-Moselle local law).
    Fr68,
    /// Guadeloupe.
    Fr971,
    /// Martinique.
    Fr972,
    /// Guyane (French Guiana).
    Fr973,
    /// La Réunion.
    Fr974,
    /// Mayotte.
    Fr976,
    /// Belgium.
    Be,
    /// The Netherlands.
    Nl,
    /// Luxembourg.
    Lu,
    /// No public holidays: only Saturdays and Sundays are non-working days.
    None,
}

impl CalendarId {
    /// Every calendar, in the order they are listed to users.
    pub const ALL: &'static [CalendarId] = &[
        CalendarId::Fr,
        CalendarId::Fr57,
        CalendarId::Fr67,
        CalendarId::Fr68,
        CalendarId::Fr971,
        CalendarId::Fr972,
        CalendarId::Fr973,
        CalendarId::Fr974,
        CalendarId::Fr976,
        CalendarId::Be,
        CalendarId::Nl,
        CalendarId::Lu,
        CalendarId::None,
    ];

    /// The code written in case files and on the command line: "FR", "FR-57", ..., "none".
    pub fn code(self) -> &'static str {
        match self {
            CalendarId::Fr => "FR",
            CalendarId::Fr57 => "FR-57",
            CalendarId::Fr67 => "FR-67",
            CalendarId::Fr68 => "FR-68",
            CalendarId::Fr971 => "FR-971",
            CalendarId::Fr972 => "FR-972",
            CalendarId::Fr973 => "FR-973",
            CalendarId::Fr974 => "FR-974",
            CalendarId::Fr976 => "FR-976",
            CalendarId::Be => "BE",
            CalendarId::Nl => "NL",
            CalendarId::Lu => "LU",
            CalendarId::None => "none",
        }
    }

    /// A human-readable name, in English.
    pub fn name(self) -> &'static str {
        match self {
            CalendarId::Fr => "France (metropolitan)",
            CalendarId::Fr57 => "Alsace-Moselle: Moselle (57)",
            CalendarId::Fr67 => "Alsace-Moselle: Bas-Rhin (67)",
            CalendarId::Fr68 => "Alsace-Moselle: Haut-Rhin (68)",
            CalendarId::Fr971 => "France: Guadeloupe (971)",
            CalendarId::Fr972 => "France: Martinique (972)",
            CalendarId::Fr973 => "France: Guyane (973)",
            CalendarId::Fr974 => "France: La Réunion (974)",
            CalendarId::Fr976 => "France: Mayotte (976)",
            CalendarId::Be => "Belgium",
            CalendarId::Nl => "Netherlands",
            CalendarId::Lu => "Luxembourg",
            CalendarId::None => "No public holidays (weekends only)",
        }
    }

    /// The legal text that lists this calendar's holidays.
    pub fn legal_source(self) -> &'static str {
        match self {
            CalendarId::Fr => "Code du travail art. L3133-1",
            CalendarId::Fr57 | CalendarId::Fr67 | CalendarId::Fr68 => {
                "Code du travail art. L3133-1 and L3134-13 (Alsace-Moselle local law)"
            }
            CalendarId::Fr971 | CalendarId::Fr972 | CalendarId::Fr973 | CalendarId::Fr974 | CalendarId::Fr976 => {
                "Code du travail art. L3133-1; loi n° 83-550 du 30 juin 1983; \
                 décret n° 83-1003 du 23 novembre 1983"
            }
            CalendarId::Be => "Loi du 4 janvier 1974 relative aux jours fériés; arrêté royal du 18 avril 1974 art. 1",
            CalendarId::Nl => "Algemene termijnenwet art. 3",
            CalendarId::Lu => "Code du travail (Luxembourg) art. L.232-2",
            CalendarId::None => "none: Saturdays and Sundays only",
        }
    }

    /// Whether the calendar is the Netherlands', where a dwangsom's order must set a maximum
    /// (Awb 5:32b al. 2): a case counted on Dutch holidays is taken to be under Dutch law.
    pub fn requires_maximum(self) -> bool {
        matches!(self, CalendarId::Nl)
    }

    /// The code with separators dropped and letters upper-cased, for lenient matching.
    fn normalized_code(self) -> String {
        normalize(self.code())
    }
}

impl fmt::Display for CalendarId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl serde::Serialize for CalendarId {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl FromStr for CalendarId {
    type Err = UnknownCalendar;

    /// Parses a code case-insensitively; "-", "_" and spaces are ignored, so "fr-57", "FR57"
    /// and "fr 57" all give [`CalendarId::Fr57`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::fast::codes::as_written(CalendarId::ALL, CalendarId::code, s)
            .map_or_else(|| Self::from_normalized(s), Ok)
    }
}

impl CalendarId {
    /// [`CalendarId::from_str`] by the normalised code (the plain path of `fast::codes`).
    pub(crate) fn from_normalized(s: &str) -> Result<Self, UnknownCalendar> {
        CalendarId::ALL
            .iter()
            .copied()
            .find(|id| normalized(id.code()).eq(normalized(s)))
            .ok_or_else(|| UnknownCalendar::new(s))
    }
}

/// The characters of `s` with separators dropped and letters upper-cased.
fn normalized(s: &str) -> impl Iterator<Item = char> + '_ {
    s.chars()
        .filter(|c| !matches!(c, '-' | '_' | ' ' | '\t'))
        .flat_map(char::to_uppercase)
}

fn normalize(s: &str) -> String {
    normalized(s).collect()
}

/// A calendar code that matches none of [`CalendarId::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownCalendar {
    /// What was written.
    pub given: String,
    /// The closest valid code, when one is close enough to be a likely typo.
    pub closest: Option<&'static str>,
}

impl UnknownCalendar {
    /// The error for `given`, with the closest valid code if one is near.
    pub fn new(given: &str) -> Self {
        UnknownCalendar {
            given: given.to_owned(),
            closest: closest_code(given),
        }
    }

    /// The valid codes, comma-separated.
    pub fn valid(&self) -> String {
        valid_codes()
    }
}

fn valid_codes() -> String {
    CalendarId::ALL
        .iter()
        .map(|id| id.code())
        .collect::<Vec<_>>()
        .join(", ")
}

/// In English, as the catalogue words it.
impl std::fmt::Display for UnknownCalendar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::Calendar(self.clone())))
    }
}

/// The valid code nearest to `given` by Damerau-Levenshtein distance on the normalized forms,
/// if it is at most 2 edits away and shorter than the code itself (so that "x" does not suggest
/// "FR"). Ties go to the first code in [`CalendarId::ALL`].
fn closest_code(given: &str) -> Option<&'static str> {
    let given = normalize(given);
    if given.is_empty() {
        return None;
    }
    CalendarId::ALL
        .iter()
        .map(|id| {
            let code = id.normalized_code();
            let distance = strsim::damerau_levenshtein(&given, &code);
            (distance, code.chars().count(), id.code())
        })
        .filter(|&(distance, len, _)| distance <= 2 && distance < len)
        .min_by_key(|&(distance, _, _)| distance)
        .map(|(_, _, code)| code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for &id in CalendarId::ALL {
            assert_eq!(id.code().parse::<CalendarId>(), Ok(id));
            assert_eq!(id.to_string(), id.code());
            assert!(!id.name().is_empty());
            assert!(!id.legal_source().is_empty());
        }
        assert_eq!(CalendarId::ALL.len(), 13);
    }

    #[test]
    fn parsing_is_lenient() {
        assert_eq!("fr-57".parse(), Ok(CalendarId::Fr57));
        assert_eq!("FR57".parse(), Ok(CalendarId::Fr57));
        assert_eq!(" fr_971 ".parse(), Ok(CalendarId::Fr971));
        assert_eq!("Nl".parse(), Ok(CalendarId::Nl));
        assert_eq!("NONE".parse(), Ok(CalendarId::None));
        assert_eq!("fr".parse(), Ok(CalendarId::Fr));
    }

    #[test]
    fn unknown_calendar_suggests_closest() {
        let err = "FR-75".parse::<CalendarId>().unwrap_err();
        assert_eq!(err.given, "FR-75");
        assert_eq!(err.closest, Some("FR-57"));
        assert_eq!(
            err.to_string(),
            "unknown calendar `FR-75`: expected one of FR, FR-57, FR-67, FR-68, FR-971, \
             FR-972, FR-973, FR-974, FR-976, BE, NL, LU, none; did you mean `FR-57`?"
        );
        assert_eq!("BEL".parse::<CalendarId>().unwrap_err().closest, Some("BE"));
        assert_eq!("lux".parse::<CalendarId>().unwrap_err().closest, Some("LU"));
        assert_eq!("nonee".parse::<CalendarId>().unwrap_err().closest, Some("none"));
    }

    #[test]
    fn unknown_calendar_without_close_match() {
        for given in ["", "x", "germany", "123456"] {
            let err = given.parse::<CalendarId>().unwrap_err();
            assert_eq!(err.closest, None, "{given:?}");
            let message = err.to_string();
            assert!(message.contains("expected one of FR, FR-57"), "{message}");
            assert!(!message.contains("did you mean"), "{message}");
        }
    }
}
