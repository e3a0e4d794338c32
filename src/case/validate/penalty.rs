//! `[penalty]` / `[[penalty]]`: the rate, the unit, and the schedule (changes, suspensions, violations).

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use crate::case::error::InputError;
use crate::case::model::{Order, Partial, Penalty, Per, RateChange, Suspension, Violation};
use crate::case::problem::{Before, Both, Missing, Problem};
use crate::case::raw::RawPenalty;

use super::orders::Known;
use super::{Checker, Key, Sign};

impl Checker<'_> {
    pub(super) fn penalties(
        &self,
        raw: Option<Spanned<crate::case::raw::OneOrMany<RawPenalty>>>,
        case: &Range<usize>,
        order: &Order,
        jurisdiction: crate::case::judge::Jurisdiction,
    ) -> Result<Vec<Penalty>, InputError> {
        let raw = self.required(raw, case, "penalty", Missing::Penalty)?;
        let span = raw.span();
        let items = raw.into_inner().0;
        if items.is_empty() {
            return Err(self.error(span, "penalty", Problem::NoPenalty));
        }
        let many = items.len() > 1;
        // A vector of their own, not the raw one collected in place (see the liquidations).
        let mut penalties = Vec::with_capacity(items.len());
        let mut items = items;
        let mut gather = self.gather();
        for (i, p) in items.iter_mut().enumerate() {
            let field = if many {
                Key::item("penalty", i + 1)
            } else {
                Key::root("penalty")
            };
            match self.penalty(p, &span, &field, order) {
                Ok(penalty) => penalties.push(penalty),
                Err(e) => gather.note(e),
            }
        }
        gather.finish()?;
        let key = |i: usize| {
            if many {
                format!("penalty[{}]", i + 1)
            } else {
                "penalty".to_string()
            }
        };
        self.definitive_follows(&items, &penalties, &key, order, jurisdiction)?;
        Ok(penalties)
    }

    pub(super) fn penalty(
        &self,
        raw: &mut RawPenalty,
        table: &Range<usize>,
        field: &Key<'_>,
        order: &Order,
    ) -> Result<Penalty, InputError> {
        let amount = self.required(
            raw.amount.as_ref(),
            table,
            field.child("amount"),
            Missing::PenaltyAmount,
        )?;
        let rate = self.amount(amount, field.child("amount"), Sign::Positive)?;
        let per = match &raw.per {
            None => Per::Day,
            Some(p) => Per::parse(p.get_ref()).ok_or_else(|| {
                self.error(
                    p.span(),
                    field.child("per"),
                    Problem::UnknownUnit(p.get_ref().trim().to_string()),
                )
            })?,
        };
        let partial = match &raw.partial {
            None => Partial::default(),
            Some(p) if !per.is_long() => {
                return Err(self.error(p.span(), field.child("partial"), Problem::PartialForShortUnit(per)));
            }
            Some(p) => Partial::parse(p.get_ref()).ok_or_else(|| {
                self.error(
                    p.span(),
                    field.child("partial"),
                    Problem::UnknownPartial(p.get_ref().to_string()),
                )
            })?,
        };
        let terms = self.terms(raw, table, field, order)?;
        let mut from = self.not_before(
            raw.from.as_ref(),
            terms.decided.unwrap_or(order.decided),
            field.child("from"),
            Before::PenaltyFrom,
        )?;
        let complied = self.not_before(
            raw.complied.as_ref(),
            order.decided,
            field.child("complied"),
            Before::Complied,
        )?;
        let cap = raw
            .cap
            .as_ref()
            .map(|c| self.amount(c, field.child("cap"), Sign::Positive))
            .transpose()?;
        let changes = self.changes(&raw.change, field, order)?;
        let suspensions = self.suspensions(&mut raw.suspension, field, order.decided, complied)?;
        let violations = self.violations(&mut raw.violation, field, per, table)?;
        let known = Known {
            rate,
            per,
            partial,
            complied,
            changes: &changes,
        };
        let shapes = self.shapes(raw, field, order, &known)?;
        if let Some(first) = shapes.first_day {
            from = self.first_day_date(first, order);
        }
        Ok(Penalty {
            obligation: raw.obligation.take(),
            rate,
            per,
            partial,
            from,
            complied,
            cap,
            changes,
            suspensions,
            violations,
            escalation: shapes.escalation,
            changes_after: shapes.changes_after,
            reductions: shapes.reductions,
            breaches: shapes.breaches,
            count: shapes.count,
            first_day: shapes.first_day,
            terms,
        })
    }

    pub(super) fn changes(
        &self,
        raw: &[Spanned<crate::case::raw::RawChange>],
        field: &Key<'_>,
        order: &Order,
    ) -> Result<Vec<RateChange>, InputError> {
        let mut out: Vec<RateChange> = Vec::with_capacity(raw.len());
        for (i, c) in raw.iter().enumerate() {
            let key = field.item_of("change", i + 1);
            let span = c.span();
            let c = c.get_ref();
            if let (Some(_), Some(after)) = (&c.from, &c.after) {
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    Problem::Both(Both::ChangeFromAndAfter),
                ));
            }
            if c.after.is_some() {
                // Read with the other shapes (`changes_after`).
                continue;
            }
            let from = self.required(c.from.as_ref(), &span, key.child("from"), Missing::ChangeFrom)?;
            let amount = self.required(c.amount.as_ref(), &span, key.child("amount"), Missing::NewRate)?;
            let rate = self.amount(amount, key.child("amount"), Sign::Positive)?;
            let date = from.get_ref().0;
            if date < order.decided {
                return Err(self.error(
                    from.span(),
                    key.child("from"),
                    Problem::ChangeBeforeDecision(order.decided),
                ));
            }
            if let Some(previous) = out.last()
                && previous.from >= date
            {
                return Err(self.error(
                    from.span(),
                    key.child("from"),
                    Problem::ChangesOutOfOrder {
                        date,
                        previous: previous.from,
                    },
                ));
            }
            out.push(RateChange { from: date, rate });
        }
        Ok(out)
    }

    /// The suspensions of a penalty: each within the life of the order (from the decision,
    /// before compliance), in order or not, never overlapping.
    pub(super) fn suspensions(
        &self,
        raw: &mut [Spanned<crate::case::raw::RawSuspension>],
        field: &Key<'_>,
        decided: NaiveDate,
        complied: Option<NaiveDate>,
    ) -> Result<Vec<Suspension>, InputError> {
        if raw.is_empty() {
            return Ok(Vec::new());
        }
        let mut out: Vec<(Suspension, Range<usize>, Key<'_>)> = Vec::with_capacity(raw.len());
        for (i, s) in raw.iter_mut().enumerate() {
            let key = field.item_of("suspension", i + 1);
            let span = s.span();
            let s = s.get_mut();
            let from = self.required(s.from.as_ref(), &span, key.child("from"), Missing::SuspensionFrom)?;
            let through = self.required(
                s.through.as_ref(),
                &span,
                key.child("through"),
                Missing::SuspensionThrough,
            )?;
            if through.get_ref().0 < from.get_ref().0 {
                return Err(self.error(
                    through.span(),
                    key.child("through"),
                    Problem::SuspensionReversed {
                        from: from.get_ref().0,
                        through: through.get_ref().0,
                    },
                ));
            }
            if from.get_ref().0 < decided {
                return Err(self.error(
                    from.span(),
                    key.child("from"),
                    Problem::SuspensionBeforeDecision {
                        from: from.get_ref().0,
                        decided,
                    },
                ));
            }
            if let Some(complied) = complied
                && from.get_ref().0 >= complied
            {
                return Err(self.error(
                    from.span(),
                    key.child("from"),
                    Problem::SuspensionAfterCompliance {
                        from: from.get_ref().0,
                        complied,
                    },
                ));
            }
            out.push((
                Suspension {
                    from: from.get_ref().0,
                    through: through.get_ref().0,
                    reason: s.reason.take(),
                },
                from.span(),
                key,
            ));
        }
        out.sort_by_key(|(s, _, _)| s.from);
        for pair in out.windows(2) {
            let [(a, _, _), b] = pair else { continue };
            if b.0.from <= a.through {
                return Err(self.error(
                    b.1.clone(),
                    b.2.child("from"),
                    Problem::SuspensionsOverlap {
                        first: (a.from, a.through),
                        second: (b.0.from, b.0.through),
                    },
                ));
            }
        }
        Ok(out.into_iter().map(|(s, _, _)| s).collect())
    }

    pub(super) fn violations(
        &self,
        raw: &mut [Spanned<crate::case::raw::RawViolation>],
        field: &Key<'_>,
        per: Per,
        table: &Range<usize>,
    ) -> Result<Vec<Violation>, InputError> {
        if per != Per::Violation {
            return match raw.first() {
                Some(v) => Err(self.error(
                    v.span(),
                    field.child("violation"),
                    Problem::ViolationsWithoutPerViolation,
                )),
                None => Ok(Vec::new()),
            };
        }
        if raw.is_empty() {
            return Err(self.error(
                table.clone(),
                field.child("violation"),
                Problem::Missing(Missing::Violations),
            ));
        }
        let mut out = Vec::with_capacity(raw.len());
        for (i, v) in raw.iter_mut().enumerate() {
            let key = field.item_of("violation", i + 1);
            let span = v.span();
            let v = v.get_mut();
            let date = self.required(v.date.as_ref(), &span, key.child("date"), Missing::ViolationDate)?;
            let count = match &v.count {
                None => 1,
                Some(c) if *c.get_ref() >= 1 => *c.get_ref(),
                Some(c) => {
                    return Err(self.error(
                        c.span(),
                        key.child("count"),
                        Problem::CountBelowOne {
                            value: *c.get_ref(),
                            persons: false,
                        },
                    ));
                }
            };
            out.push(Violation {
                date: date.get_ref().0,
                count,
                note: v.note.take(),
            });
        }
        out.sort_by_key(|v| v.date);
        Ok(out)
    }
}
