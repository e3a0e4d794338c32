//! The output of `astreinte deadline`: a table for a person, or one JSON document.
//!
//! ```json
//! {"schema_version": 1, "from": "2022-10-19", "within": "2 months", "rules": "fr-cpc",
//!  "rules_source": "...", "calendar": "FR", "distance": null, "month_end": "clamp",
//!  "deadline": "2022-12-19", "first_day_of_delay": "2022-12-20",
//!  "steps": [{"date": "2022-10-19", "action": "notification", "rule": "...", "source": "CPC art. 641 al. 1"}],
//!  "notes": []}
//! ```

use std::io::{self, Write};

use chrono::NaiveDate;
use serde::Serialize;

use super::Presentation;

use super::SCHEMA_VERSION;
use super::text::steps_table;
use crate::lang::Message;
use crate::timelimit::{Caveat, Step};

/// A derived deadline with what it was derived from, as `deadline` prints it.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct DeadlineView {
    pub schema_version: u32,
    /// The day the limit runs from (not counted).
    pub from: NaiveDate,
    /// The time limit, normalised ("1 month 15 days").
    pub within: String,
    pub rules: &'static str,
    /// The legal source of the rule set.
    pub rules_source: &'static str,
    pub calendar: &'static str,
    pub distance: Option<&'static str>,
    pub month_end: &'static str,
    /// The last day to comply (the limit expires at the end of it).
    pub deadline: NaiveDate,
    /// The day after the deadline: the first day a penalty for delay can count.
    pub first_day_of_delay: NaiveDate,
    pub steps: Vec<Step>,
    /// What a reader must know about the scope of the rule set (JSON: English sentences).
    pub notes: Vec<Caveat>,
}

impl DeadlineView {
    /// The JSON document, on one line per key as `serde_json` pretty-prints it.
    pub(crate) fn write_json(&self, out: &mut dyn Write) -> io::Result<()> {
        debug_assert_eq!(self.schema_version, SCHEMA_VERSION);
        serde_json::to_writer_pretty(&mut *out, self).map_err(io::Error::from)?;
        writeln!(out)
    }

    /// The deadline, then the steps in a table, then the notes, in the run's language.
    pub(crate) fn write_table(&self, out: &mut dyn Write, look: Presentation) -> io::Result<()> {
        let l = look.lang;
        let within = self
            .within
            .parse::<crate::timelimit::TimeLimit>()
            .map(|w| l.say(&Message::Limit(w)))
            .unwrap_or_else(|_| self.within.clone());
        writeln!(out, "{}", l.say(&Message::DeadlineIs(self.deadline)))?;
        let basis = Message::DeadlineBasis {
            within: &within,
            from: self.from,
            rules: self.rules,
            source: self.rules_source,
            calendar: self.calendar,
            distance: self.distance,
        };
        writeln!(out, "{}", l.say(&basis))?;
        steps_table(&self.steps, l).write(out, look)?;
        writeln!(out, "{}", l.say(&Message::FirstDayOfDelay(self.first_day_of_delay)))?;
        for caveat in &self.notes {
            let caveat = l.say(&Message::Caveat(*caveat));
            writeln!(out, "{}", l.say(&Message::NoteText(&caveat)))?;
        }
        Ok(())
    }
}
