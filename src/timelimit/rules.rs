//! Rule sets: how a given legal system counts a time limit.

use std::fmt;
use std::str::FromStr;

use super::Distance;
use crate::calendar::CalendarId;

/// How a time limit is counted, named as in case files (`rules = "fr-cpc"`).
///
/// Every rule set excludes the starting day, ends a limit in months or years on the day of the
/// last month with the same number (the last day of that month when it has none), counts months
/// before days, and expires at the end of its last day. They differ in the extension of a limit
/// ending on a non-working day, in the délai franc, in the Belgian way of counting months, and
/// in the distance extensions. Each step of a derivation cites the article it applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RuleSet {
    /// French civil procedure, Code de procédure civile art. 640-644.
    ///
    /// - art. 641 al. 1: the day of the act or notification that starts the limit does not count;
    /// - art. 641 al. 2: a limit in months or years ends on the day of the last month that bears
    ///   the same number as the starting day, or on the last day of that month when it has no
    ///   such day (31 Jan + 1 month = 28 or 29 Feb), always counted from the starting day;
    /// - art. 641 al. 3: months are counted first, then days;
    /// - art. 642: the limit expires at 24:00 on its last day; a limit that would expire on a
    ///   Saturday, Sunday, public holiday or non-working day is extended to the next working day;
    /// - art. 643-644 (option `distance`): +1 month for a party residing overseas, +2 months for
    ///   a party residing abroad. These apply to appearance, appeal, opposition, third-party
    ///   opposition, revision and cassation limits only, not to a compliance period set by an
    ///   astreinte order.
    ///
    /// ```
    /// use astreinte::timelimit::RuleSet;
    /// let rules: RuleSet = "fr-cpc".parse().unwrap();
    /// assert!(rules.extends_to_working_day());
    /// ```
    FrCpc,
    /// French administrative courts: the *délai franc* of CJA R421-1.
    ///
    /// Neither the first nor the last day counts: « leur premier jour étant le lendemain du jour
    /// de leur déclenchement et leur dernier jour étant le lendemain du jour de leur échéance »
    /// (CE 5 Oct 2018 n° 409579; CE 29 Dec 2006 n° 289818 for R421-1). A limit whose last day
    /// is a Saturday, Sunday or holiday is extended to the next working day (CE 19 Sep 2014
    /// n° 362568). Option `distance`: +1 month overseas, +2 months abroad (CJA R421-7).
    /// Worked example: notified 1 Oct 2007, two months: échéance 1 Dec, last day Sun 2 Dec,
    /// extended to Mon 3 Dec 2007.
    FrAdminFranc,
    /// Belgium, Code judiciaire art. 52-54.
    ///
    /// - art. 52: the limit runs from the day after the act that starts it and includes every
    ///   day, Saturdays, Sundays and holidays too;
    /// - art. 53: the last day (l'échéance) is included; when it is a Saturday, Sunday or legal
    ///   public holiday, it moves to the next working day;
    /// - art. 54: a limit in months or years runs « de quantième à veille de quantième »: from
    ///   the first day of the limit (the day after service) to the day before the day with the
    ///   same number in the last month. Served 23 Sep 2019, one month: the limit runs from
    ///   24 Sep and ends on 23 Oct 2019. Served 28 Feb 2023: from 1 Mar to 31 Mar 2023, not
    ///   28 Mar as in France. When the last month has no day with that number (one month
    ///   from 31 Jan), the limit ends on the last day of that month (our reading: art. 54 says
    ///   nothing of it).
    ///
    /// Per Cass. 28 Apr 1988 these rules govern procedural acts (art. 48).
    BeCj,
    /// The Netherlands, Algemene termijnenwet (Act of 25 Jul 1964, Stb. 1964, 314).
    ///
    /// - art. 1(1): a limit set by statute that ends on a Saturday, Sunday or generally
    ///   recognised holiday is extended up to and including the next day that is none of these;
    /// - art. 2: a statutory limit of at least three days is extended where needed so that it
    ///   contains at least two days that are not a Saturday, Sunday or holiday;
    /// - art. 3: the holidays (calendar `NL`); days equated by Royal Decree (the Friday after
    ///   Ascension...) must be added with `[calendar_adjust]`;
    /// - art. 4: no extension for limits longer than 3 months, 12 weeks or 90 days (as
    ///   paraphrased by secondary sources; the exact wording is not confirmed).
    ///
    /// The Atw covers limits set by statute only: **not** a compliance period (begunstigings-
    /// termijn) set in the dwangsom order itself. Count that one with `plain`.
    /// The starting day does not count, months end on the same date (Dutch practice, cf. Awb
    /// art. 6:8).
    NlAtw,
    /// Time limits before the EU courts: Rules of Procedure of the Court of Justice (2012)
    /// art. 49 and 51 (General Court RP art. 58 and 60).
    ///
    /// - art. 49(1): the day of the event does not count; a limit in weeks, months or years
    ///   ends on the same weekday or date, on the last day of the month when that date is
    ///   missing; months before days; holidays, Saturdays and Sundays are counted;
    /// - art. 49(2): a limit ending on a Saturday, Sunday or official holiday is extended to the
    ///   end of the next working day;
    /// - art. 51 (option `distance = "ten-days"`): a single extension of ten days on account of
    ///   distance; the weekend extension applies to the whole period including it (order
    ///   T-85/97 of 20 Nov 1997). Worked example (T-125/06): received 17 Jan 2006, 2 months +
    ///   10 days: 27 Mar 2006.
    ///
    /// The article numbers and wording of the 2012 Rules were not confirmed against the
    /// Official Journal; the month rule is settled case law (Misset, 152/85, 15 Jan 1987). The
    /// Court's official holidays are listed in its own decision; the default calendar is `LU`
    /// (the Court sits in Luxembourg): add the Court's extra days with `[calendar_adjust]`.
    EuCourt,
    /// Luxembourg: the European Convention on the Calculation of Time-limits (Basel, 16 May
    /// 1972, ETS 76), approved by the Law of 30 May 1984.
    ///
    /// - Convention art. 3: the limit runs from midnight of the starting day: that day does not
    ///   count;
    /// - art. 4: weeks end on the same weekday, months and years on the same date, or on the
    ///   last day of the month when there is none; months before days;
    /// - art. 5: when the last day is a Saturday, Sunday or holiday, the limit includes the next
    ///   working day (the 1984 Law treats Saturday as a holiday).
    Lu,
    /// Plain calendar arithmetic: the starting day does not count, months end on the same
    /// day-number (clamped to the month's end), and no weekend or holiday extension. For limits
    /// that no procedural rule extends, such as a compliance period fixed by the order itself
    /// where the Algemene termijnenwet does not apply.
    Plain,
}

/// Why a rule set name was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct UnknownRuleSet {
    pub given: String,
    pub closest: Option<&'static str>,
    /// Other rule sets the name may mean: a country code (`fr`) names each of its rule sets.
    pub also: Vec<&'static str>,
}

/// In English, as the catalogue words it.
impl std::fmt::Display for UnknownRuleSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::lang::english(&crate::case::Problem::RuleSet(self.clone())))
    }
}

/// What a reader must know about the scope of a rule set. Serialized as its English sentence
/// (the `notes` of `deadline --format json`), by the English catalogue (`lang/en.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caveat {
    /// The Atw (art. 1) extends limits set by statute; a compliance period the order sets
    /// itself (begunstigingstermijn) is not extended.
    AtwStatutoryLimits,
    /// The Court of Justice keeps its own list of official holidays; the LU calendar stands in
    /// for it unless another is given.
    CourtHolidays,
}

impl RuleSet {
    /// Every rule set, in the order they are documented.
    pub const ALL: &'static [RuleSet] = &[
        RuleSet::FrCpc,
        RuleSet::FrAdminFranc,
        RuleSet::BeCj,
        RuleSet::NlAtw,
        RuleSet::EuCourt,
        RuleSet::Lu,
        RuleSet::Plain,
    ];

    /// The name used in case files and on the command line.
    pub fn code(self) -> &'static str {
        match self {
            RuleSet::FrCpc => "fr-cpc",
            RuleSet::FrAdminFranc => "fr-admin-franc",
            RuleSet::BeCj => "be-cj",
            RuleSet::NlAtw => "nl-atw",
            RuleSet::EuCourt => "eu-court",
            RuleSet::Lu => "lu",
            RuleSet::Plain => "plain",
        }
    }

    /// The legal source of the rule set.
    pub fn legal_source(self) -> &'static str {
        match self {
            RuleSet::FrCpc => "Code de procédure civile art. 640-644",
            RuleSet::FrAdminFranc => {
                "CJA R421-1 and R421-7; délai franc, CE 29 Dec 2006 n° 289818, CE 5 Oct 2018 n° 409579"
            }
            RuleSet::BeCj => "Code judiciaire art. 52-54",
            RuleSet::NlAtw => "Algemene termijnenwet art. 1-4",
            RuleSet::EuCourt => "Rules of Procedure of the Court of Justice art. 49 and 51",
            RuleSet::Lu => {
                "European Convention on the Calculation of Time-limits (Basel 1972) art. 3-5; Law of 30 May 1984"
            }
            RuleSet::Plain => "calendar arithmetic, no extension",
        }
    }

    /// The holiday calendar used when a case names none.
    pub fn default_calendar(self) -> CalendarId {
        match self {
            RuleSet::FrCpc | RuleSet::FrAdminFranc => CalendarId::Fr,
            RuleSet::BeCj => CalendarId::Be,
            RuleSet::NlAtw => CalendarId::Nl,
            RuleSet::EuCourt | RuleSet::Lu => CalendarId::Lu,
            RuleSet::Plain => CalendarId::None,
        }
    }

    /// Whether a limit ending on a non-working day moves to the next working day.
    pub fn extends_to_working_day(self) -> bool {
        !matches!(self, RuleSet::Plain)
    }

    /// Whether the rule set is Dutch law's, under which a dwangsom's order must set the amount
    /// beyond which no more is forfeited (Awb 5:32b al. 2).
    pub fn requires_maximum(self) -> bool {
        matches!(self, RuleSet::NlAtw)
    }

    /// Whether the last day is not counted either (the administrative *délai franc*).
    pub fn is_franc(self) -> bool {
        matches!(self, RuleSet::FrAdminFranc)
    }

    /// The distance extensions this rule set knows.
    pub fn distances(self) -> &'static [Distance] {
        match self {
            RuleSet::FrCpc | RuleSet::FrAdminFranc => &[Distance::Overseas, Distance::Abroad],
            RuleSet::EuCourt => &[Distance::TenDays],
            RuleSet::BeCj | RuleSet::NlAtw | RuleSet::Lu | RuleSet::Plain => &[],
        }
    }

    /// What a reader must know about the scope of the rule set, shown with every derivation
    /// (worded by the catalogues: `lang::Message::Caveat`).
    pub fn caveat(self) -> Option<Caveat> {
        match self {
            RuleSet::NlAtw => Some(Caveat::AtwStatutoryLimits),
            RuleSet::EuCourt => Some(Caveat::CourtHolidays),
            RuleSet::FrCpc | RuleSet::FrAdminFranc | RuleSet::BeCj | RuleSet::Lu | RuleSet::Plain => None,
        }
    }

    /// The article cited for each kind of step of a derivation.
    pub(crate) fn cite(self, what: Citation) -> &'static str {
        use Citation as C;
        match (self, what) {
            (RuleSet::FrCpc, C::Start) => "CPC art. 641 al. 1",
            (RuleSet::FrCpc, C::Months) => "CPC art. 641 al. 2",
            (RuleSet::FrCpc, C::Days) => "CPC art. 641 al. 1 and 3",
            (RuleSet::FrCpc, C::Extension) => "CPC art. 642 al. 2",
            (RuleSet::FrCpc, C::Expiry) => "CPC art. 642 al. 1",

            (RuleSet::FrAdminFranc, C::Start | C::Franc) => "délai franc, CE 5 Oct 2018 n° 409579",
            (RuleSet::FrAdminFranc, C::Months) => "CJA R421-1; same day-number as CPC art. 641 al. 2",
            (RuleSet::FrAdminFranc, C::Days) => "délai franc, CE 5 Oct 2018 n° 409579",
            (RuleSet::FrAdminFranc, C::Extension) => "CE 19 Sep 2014 n° 362568",
            (RuleSet::FrAdminFranc, C::Expiry) => "CE 29 Dec 2006 n° 289818",

            (RuleSet::BeCj, C::Start) => "C. jud. art. 52",
            (RuleSet::BeCj, C::Months) => "C. jud. art. 54",
            (RuleSet::BeCj, C::Days) => "C. jud. art. 52 and 53 al. 1",
            (RuleSet::BeCj, C::Extension) => "C. jud. art. 53 al. 2",
            (RuleSet::BeCj, C::Expiry) => "C. jud. art. 53 al. 1",

            (RuleSet::NlAtw, C::Start | C::Months | C::Days) => "Dutch practice (cf. Awb art. 6:8)",
            (RuleSet::NlAtw, C::Extension) => "Atw art. 1(1)",
            (RuleSet::NlAtw, C::MinimumWorkingDays) => "Atw art. 2",
            (RuleSet::NlAtw, C::NotExtended) => "Atw art. 4",
            (RuleSet::NlAtw, C::Expiry) => "Atw art. 1(1)",

            (RuleSet::EuCourt, C::Start | C::Months | C::Days | C::Expiry) => "RP CJ art. 49(1)",
            (RuleSet::EuCourt, C::Extension) => "RP CJ art. 49(2)",

            (RuleSet::Lu, C::Start | C::Expiry) => "Basel Convention 1972 art. 3 (Law of 30 May 1984)",
            (RuleSet::Lu, C::Months | C::Days) => "Basel Convention 1972 art. 4 (Law of 30 May 1984)",
            (RuleSet::Lu, C::Extension) => "Basel Convention 1972 art. 5 (Law of 30 May 1984)",

            (RuleSet::Plain, _) => "calendar arithmetic",
            // Steps a rule set never takes; cite the rule set as a whole rather than panic.
            (_, _) => self.legal_source(),
        }
    }

    /// The article granting a distance extension under this rule set.
    pub(crate) fn cite_distance(self, distance: Distance) -> &'static str {
        match (self, distance) {
            (RuleSet::FrCpc, Distance::Overseas) => "CPC art. 643 1° (art. 644 before a court seated overseas)",
            (RuleSet::FrCpc, Distance::Abroad) => "CPC art. 643 2° and 644",
            (RuleSet::FrAdminFranc, _) => "CJA R421-7",
            (RuleSet::EuCourt, _) => "RP CJ art. 51; order T-85/97 (extension before the weekend rule)",
            _ => self.legal_source(),
        }
    }
}

/// The kinds of step a derivation cites a source for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Citation {
    Start,
    Months,
    Days,
    Franc,
    Extension,
    MinimumWorkingDays,
    NotExtended,
    Expiry,
}

impl FromStr for RuleSet {
    type Err = UnknownRuleSet;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        crate::fast::codes::as_written(RuleSet::ALL, RuleSet::code, s).map_or_else(|| Self::from_any_case(s), Ok)
    }
}

impl RuleSet {
    /// [`RuleSet::from_str`] for a code in any case, blanks around it (the plain path of
    /// `fast::codes`).
    pub(crate) fn from_any_case(s: &str) -> Result<Self, UnknownRuleSet> {
        // Codes are lower case.
        let given = s.trim();
        RuleSet::ALL
            .iter()
            .copied()
            .find(|r| r.code().eq_ignore_ascii_case(given))
            .ok_or_else(|| {
                let wanted = given.to_ascii_lowercase();
                // A country's code (`fr`, `nl`) or the start of a name means the rule sets it
                // begins, in the order of `ALL` (civil before administrative); otherwise the
                // nearest name by spelling.
                let by_prefix: Vec<&'static str> = RuleSet::ALL
                    .iter()
                    .map(|r| r.code())
                    .filter(|c| !wanted.is_empty() && c.starts_with(wanted.as_str()))
                    .collect();
                let (closest, also) = match by_prefix.split_first() {
                    Some((first, rest)) => (Some(*first), rest.to_vec()),
                    None => (
                        RuleSet::ALL
                            .iter()
                            .map(|r| (strsim::damerau_levenshtein(&wanted, r.code()), r.code()))
                            .min()
                            .filter(|(d, _)| *d <= 3)
                            .map(|(_, c)| c),
                        Vec::new(),
                    ),
                };
                UnknownRuleSet {
                    given: s.to_string(),
                    closest,
                    also,
                }
            })
    }
}

impl fmt::Display for RuleSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Written as its code (`fr-cpc`), as in case files and the JSON.
impl serde::Serialize for RuleSet {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code())
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
        assert!(
            msg.contains("`fr-admin-franc`, `be-cj`, `nl-atw`, `eu-court`, `lu`"),
            "{msg}"
        );
        assert_eq!("be-jc".parse::<RuleSet>().unwrap_err().closest, Some("be-cj"));
    }

    /// A country's code names its rule sets (issue 17: `rules = "fr"` used to suggest `lu`).
    #[test]
    fn a_country_code_suggests_its_rule_sets() {
        let e = "fr".parse::<RuleSet>().unwrap_err();
        assert!(
            e.to_string().contains("(did you mean `fr-cpc` or `fr-admin-franc`?)"),
            "{e}"
        );
        let e = "NL".parse::<RuleSet>().unwrap_err();
        assert!(e.to_string().contains("(did you mean `nl-atw`?)"), "{e}");
        let e = "be".parse::<RuleSet>().unwrap_err();
        assert!(e.to_string().contains("(did you mean `be-cj`?)"), "{e}");
    }

    #[test]
    fn every_rule_set_cites_a_source_for_every_step() {
        let steps = [
            Citation::Start,
            Citation::Months,
            Citation::Days,
            Citation::Extension,
            Citation::Expiry,
        ];
        for r in RuleSet::ALL {
            for c in steps {
                assert!(!r.cite(c).is_empty(), "{r} {c:?}");
            }
            assert_eq!(
                r.default_calendar() == crate::calendar::CalendarId::None,
                *r == RuleSet::Plain
            );
        }
    }
}
