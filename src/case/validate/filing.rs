//! The parties, the court, the docket, the service of the order and `[statement]`: text shown
//! as written (trimmed), dates that cannot come before the decision.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use crate::case::error::InputError;
use crate::case::filing::{DrawnUp, Filing, Party, Role};
use crate::case::problem::{Empty, Missing, Problem};
use crate::case::raw::{RawParty, RawStatement};

use super::Checker;

/// The raw keys of a case's identity, as the file wrote them.
pub(super) struct RawFiling {
    pub court: Option<Spanned<String>>,
    pub docket: Option<Spanned<String>>,
    pub party: Vec<Spanned<RawParty>>,
    pub statement: Option<Spanned<RawStatement>>,
    pub served: Option<(Range<usize>, NaiveDate)>,
}

impl Checker<'_> {
    /// The case's identity; `decided` is the order's date, before which nothing is served or
    /// drawn up.
    pub(super) fn filing(&self, raw: RawFiling, decided: NaiveDate) -> Result<Filing, InputError> {
        // Each checked even after another is refused.
        let mut gather = self.gather();
        let court = gather.take(raw.court.map(|c| self.words(c, "court")).transpose());
        let docket = gather.take(raw.docket.map(|d| self.words(d, "docket")).transpose());
        let mut parties = Vec::with_capacity(raw.party.len());
        for (i, p) in raw.party.into_iter().enumerate() {
            parties.extend(gather.take(self.party(p, i + 1, decided)));
        }
        let served = match raw.served {
            Some((span, date)) => gather.take(self.served(span, date, "order.served", decided)).map(Some),
            None => Some(None),
        };
        let drawn_up = gather.take(raw.statement.map(|s| self.drawn_up(s, decided)).transpose());
        gather.finish()?;
        let (Some(court), Some(docket), Some(served), Some(drawn_up)) = (court, docket, served, drawn_up) else {
            return Err(self.unchecked(0..0));
        };
        Ok(Filing {
            court,
            docket,
            parties,
            served,
            drawn_up,
        })
    }

    /// A text shown as written: trimmed, never empty.
    fn words(&self, raw: Spanned<String>, key: &str) -> Result<String, InputError> {
        let span = raw.span();
        let text = raw.into_inner();
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(self.error(span, key, Problem::Empty(Empty::Text)));
        }
        Ok(trimmed.to_string())
    }

    fn served(
        &self,
        span: Range<usize>,
        date: NaiveDate,
        key: &str,
        decided: NaiveDate,
    ) -> Result<NaiveDate, InputError> {
        if date < decided {
            return Err(self.error(span, key, Problem::OrderServedBeforeDecided { served: date, decided }));
        }
        Ok(date)
    }

    fn party(&self, raw: Spanned<RawParty>, number: usize, decided: NaiveDate) -> Result<Party, InputError> {
        let span = raw.span();
        let raw = raw.into_inner();
        let key = |k: &str| format!("party[{number}].{k}");
        let role = self.required(raw.role, &span, key("role"), Missing::PartyRole)?;
        let role = Role::parse(role.get_ref()).ok_or_else(|| {
            self.error(
                role.span(),
                key("role"),
                Problem::UnknownRole(role.get_ref().trim().to_string()),
            )
        })?;
        let name = self.required(raw.name, &span, key("name"), Missing::PartyName)?;
        let name = self.words(name, &key("name"))?;
        let represented_by = raw
            .represented_by
            .map(|r| self.words(r, &key("represented_by")))
            .transpose()?;
        let served = match raw.served {
            Some(s) => Some(self.served(s.span(), s.get_ref().0, &key("served"), decided)?),
            None => None,
        };
        Ok(Party {
            role,
            name,
            represented_by,
            served,
        })
    }

    fn drawn_up(&self, raw: Spanned<RawStatement>, decided: NaiveDate) -> Result<DrawnUp, InputError> {
        let raw = raw.into_inner();
        let by = raw
            .drawn_up_by
            .map(|b| self.words(b, "statement.drawn_up_by"))
            .transpose()?;
        let at = raw.at.map(|a| self.words(a, "statement.at")).transpose()?;
        let on = match raw.on {
            Some(on) if on.get_ref().0 < decided => {
                return Err(self.error(
                    on.span(),
                    "statement.on",
                    Problem::DrawnUpBeforeDecided {
                        on: on.get_ref().0,
                        decided,
                    },
                ));
            }
            on => on.map(|o| o.get_ref().0),
        };
        Ok(DrawnUp { by, at, on })
    }
}
