//! The judge's keys (issue 20): `jurisdiction`; a penalty's `kind`, `decided`, `through` and
//! `duration`; a liquidation's `awarded_rate` and `[[liquidation.suppression]]`. What can be
//! refused from the file alone is refused here; what needs the count (a rate above the one
//! ordered, a sum a definitive astreinte does not allow) is the engine's.

use std::ops::Range;

use chrono::NaiveDate;
use toml::Spanned;

use crate::case::error::InputError;
use crate::case::judge::{End, Judgment, Jurisdiction, Kind, Suppression, Terms};
use crate::case::model::{Order, Penalty};
use crate::case::problem::{Before, Both, Empty, Missing, Problem};
use crate::case::raw::{RawDate, RawLiquidation, RawPenalty, RawSuppression, Text};
use crate::timelimit::{RuleSet, TimeLimit};

use super::{Checker, Key, Sign};

impl Checker<'_> {
    /// `jurisdiction`, or the default under `rules` ([`Jurisdiction::default_for`]).
    pub(super) fn jurisdiction(
        &self,
        raw: Option<&Spanned<Text<'_>>>,
        rules: RuleSet,
    ) -> Result<Jurisdiction, InputError> {
        let Some(raw) = raw else {
            return Ok(Jurisdiction::default_for(rules));
        };
        Jurisdiction::parse(raw.get_ref()).ok_or_else(|| {
            self.error(
                raw.span(),
                "jurisdiction",
                Problem::UnknownJurisdiction(raw.get_ref().trim().to_string()),
            )
        })
    }

    /// A penalty's `kind`, `decided`, and its duration (`through` or `duration`). `from` is the
    /// penalty's own first day, if written.
    pub(super) fn terms(
        &self,
        raw: &RawPenalty,
        table: &Range<usize>,
        field: &Key<'_>,
        order: &Order,
    ) -> Result<Terms, InputError> {
        let kind = match &raw.kind {
            None => Kind::default(),
            Some(k) => Kind::parse(k.get_ref()).ok_or_else(|| {
                self.error(
                    k.span(),
                    field.child("kind"),
                    Problem::UnknownKind(k.get_ref().trim().to_string()),
                )
            })?,
        };
        let decided = self.not_before(
            raw.decided.as_ref(),
            order.decided,
            field.child("decided"),
            Before::AstreinteDecided,
        )?;
        // A later decision fixes the day its astreinte runs from (CPCE R131-1): the case's
        // deadline is not its own.
        if let Some(d) = &raw.decided
            && d.get_ref().0 > order.decided
            && raw.from.is_none()
        {
            return Err(self.error(
                table.clone(),
                field.child("from"),
                Problem::Missing(Missing::AstreinteFrom { decided: d.get_ref().0 }),
            ));
        }
        let end = match (&raw.through, &raw.duration) {
            (Some(_), Some(d)) => {
                return Err(self.error(
                    d.span(),
                    field.child("duration"),
                    Problem::Both(Both::ThroughAndDuration),
                ));
            }
            (Some(t), None) => Some(End::Through(self.astreinte_through(t, raw, field, order)?)),
            (None, Some(d)) => Some(End::For(self.duration(d, field)?)),
            (None, None) => None,
        };
        Ok(Terms {
            kind,
            decided: decided.filter(|d| *d > order.decided),
            end,
        })
    }

    /// A penalty's `through`: not before its first day or the decision that ordered it.
    fn astreinte_through(
        &self,
        through: &Spanned<RawDate>,
        raw: &RawPenalty,
        field: &Key<'_>,
        order: &Order,
    ) -> Result<NaiveDate, InputError> {
        let date = through.get_ref().0;
        let (floor, from_first_day) = match (&raw.from, &raw.decided) {
            (Some(f), _) => (f.get_ref().0, true),
            (None, Some(d)) => (d.get_ref().0, false),
            (None, None) => (order.decided, false),
        };
        if date < floor {
            return Err(self.error(
                through.span(),
                field.child("through"),
                Problem::AstreinteThroughBefore {
                    date,
                    floor,
                    from_first_day,
                },
            ));
        }
        Ok(date)
    }

    /// A penalty's `duration`: a time limit of at least a day.
    fn duration(&self, raw: &Spanned<Text<'_>>, field: &Key<'_>) -> Result<TimeLimit, InputError> {
        let limit: TimeLimit = raw.get_ref().parse().map_err(|e: crate::timelimit::LimitError| {
            self.error(raw.span(), field.child("duration"), Problem::Limit(e))
        })?;
        if limit.total_months() == 0 && limit.total_days() == 0 {
            return Err(self.error(raw.span(), field.child("duration"), Problem::DurationOfNothing));
        }
        Ok(limit)
    }

    /// Refuses, before civil courts, a definitive astreinte that was not ordered after a
    /// provisional one, or without a duration (CPCE L131-2 al. 3). The administrative courts'
    /// code sets neither condition (CJA L911-6).
    pub(super) fn definitive_follows(
        &self,
        raw: &[RawPenalty],
        penalties: &[Penalty],
        key: &dyn Fn(usize) -> String,
        order: &Order,
        jurisdiction: Jurisdiction,
    ) -> Result<(), InputError> {
        if jurisdiction != Jurisdiction::Civil {
            return Ok(());
        }
        for (i, (p, r)) in penalties.iter().zip(raw).enumerate() {
            if p.terms.kind != Kind::Definitive {
                continue;
            }
            let Some(kind) = &r.kind else { continue };
            let field = format!("{}.kind", key(i));
            let decided = p.terms.decided.unwrap_or(order.decided);
            let earlier = penalties
                .iter()
                .take(i)
                .filter(|q| q.terms.kind == Kind::Provisional)
                .map(|q| q.terms.decided.unwrap_or(order.decided))
                .min();
            match earlier {
                None => {
                    return Err(self.error(kind.span(), field, Problem::DefinitiveFirst));
                }
                Some(first) if first >= decided => {
                    return Err(self.error(
                        kind.span(),
                        field,
                        Problem::DefinitiveNotLater {
                            provisional: first,
                            definitive: decided,
                        },
                    ));
                }
                Some(_) => {}
            }
            if p.terms.end.is_none() {
                return Err(self.error(
                    kind.span(),
                    field,
                    Problem::DefinitiveWithoutDuration {
                        through: p.from.unwrap_or(decided),
                    },
                ));
            }
        }
        Ok(())
    }

    /// A liquidation's `awarded_rate`, suppressions and the figures `check` expects of them.
    /// `from` is the period's written first day, if any; `through` its last.
    pub(super) fn judgment(
        &self,
        raw: &RawLiquidation,
        field: &Key<'_>,
        from: Option<NaiveDate>,
        through: NaiveDate,
    ) -> Result<Judgment, InputError> {
        // Each key and each suppression checked even after another is refused; whether the
        // suppressions share a day, once each is read.
        let mut gather = self.gather();
        let awarded_rate = gather.take(
            raw.awarded_rate
                .as_ref()
                .map(|a| self.amount(a, field.child("awarded_rate"), Sign::NotNegative))
                .transpose(),
        );
        let mut suppressions = Vec::with_capacity(raw.suppression.len());
        for (i, s) in raw.suppression.iter().enumerate() {
            suppressions.extend(gather.take(self.suppression(s, field, i + 1, from, through)));
        }
        if suppressions.len() == raw.suppression.len() {
            gather.take(self.suppressions_apart(&raw.suppression, &suppressions, field));
        }
        let expected = |a: &Option<Spanned<crate::case::raw::RawAmount>>, name| {
            a.as_ref()
                .map(|a| self.amount(a, field.child(name), Sign::NotNegative))
                .transpose()
        };
        let expected_awarded = gather.take(expected(&raw.expected_awarded, "expected_awarded"));
        let expected_suppressed = gather.take(expected(&raw.expected_suppressed, "expected_suppressed"));
        let expected_suppressed_days = gather.take(
            raw.expected_suppressed_days
                .as_ref()
                .map(|d| self.days(d, field.child("expected_suppressed_days")))
                .transpose(),
        );
        gather.finish()?;
        let (Some(awarded_rate), Some(expected_awarded), Some(expected_suppressed), Some(expected_suppressed_days)) = (
            awarded_rate,
            expected_awarded,
            expected_suppressed,
            expected_suppressed_days,
        ) else {
            return Err(self.unchecked(raw.suppression.first().map_or(0..0, Spanned::span)));
        };
        Ok(Judgment {
            awarded_rate,
            expected_awarded,
            expected_suppressed,
            expected_suppressed_days,
            awarded_at: raw.awarded.as_ref().map(|a| self.locate(a.span().start)),
            awarded_rate_at: raw.awarded_rate.as_ref().map(|a| self.locate(a.span().start)),
            suppressions,
        })
    }

    /// One `[[liquidation.suppression]]`: a reason, and both ends or neither, within the
    /// period as far as the file says it (a defaulted `from` is the engine's to check).
    fn suppression(
        &self,
        raw: &Spanned<RawSuppression>,
        liquidation: &Key<'_>,
        number: usize,
        from: Option<NaiveDate>,
        through: NaiveDate,
    ) -> Result<Suppression, InputError> {
        let span = raw.span();
        let key = liquidation.item_of("suppression", number);
        let s = raw.get_ref();
        let reason = match &s.reason {
            Some(r) if !r.get_ref().trim().is_empty() => r.get_ref().trim().to_string(),
            Some(r) => return Err(self.error(r.span(), key.child("reason"), Problem::Empty(Empty::Reason))),
            None => {
                return Err(self.error(span, key.child("reason"), Problem::Missing(Missing::SuppressionReason)));
            }
        };
        let (first, last) = match (&s.from, &s.through) {
            (Some(f), Some(t)) => (Some(f), Some(t)),
            (None, None) => (None, None),
            (Some(f), None) => {
                return Err(self.error(
                    f.span(),
                    key.child("through"),
                    Problem::Missing(Missing::SuppressionThrough),
                ));
            }
            (None, Some(t)) => {
                return Err(self.error(t.span(), key.child("from"), Problem::Missing(Missing::SuppressionFrom)));
            }
        };
        if let (Some(f), Some(t)) = (first, last)
            && t.get_ref().0 < f.get_ref().0
        {
            return Err(self.error(
                t.span(),
                key.child("through"),
                Problem::SuppressionEndsFirst {
                    from: f.get_ref().0,
                    through: t.get_ref().0,
                },
            ));
        }
        let outside = |date: NaiveDate| Problem::SuppressionOutside { date, from, through };
        if let Some(t) = last
            && t.get_ref().0 > through
        {
            return Err(self.error(t.span(), key.child("through"), outside(t.get_ref().0)));
        }
        if let (Some(f), Some(start)) = (first, from)
            && f.get_ref().0 < start
        {
            return Err(self.error(f.span(), key.child("from"), outside(f.get_ref().0)));
        }
        Ok(Suppression {
            from: first.map(|f| f.get_ref().0),
            through: last.map(|t| t.get_ref().0),
            reason,
            location: self.locate(span.start),
        })
    }

    /// Refuses suppressions that share a day: a day is suppressed once.
    fn suppressions_apart(
        &self,
        raw: &[Spanned<RawSuppression>],
        checked: &[Suppression],
        liquidation: &Key<'_>,
    ) -> Result<(), InputError> {
        if checked.len() < 2 {
            return Ok(());
        }
        if checked.iter().any(|s| s.from.is_none()) {
            let whole = checked.iter().position(|s| s.from.is_none()).unwrap_or(0);
            let other = usize::from(whole == 0);
            let span = raw.get(other).map_or(0..0, Spanned::span);
            return Err(self.error(
                span,
                liquidation.item_of("suppression", other + 1),
                Problem::WholePeriodSuppressed { whole: whole + 1 },
            ));
        }
        let mut order: Vec<usize> = (0..checked.len()).collect();
        order.sort_by_key(|&i| checked.get(i).and_then(|s| s.from));
        for pair in order.windows(2) {
            let [a, b] = pair else { continue };
            let (Some(x), Some(y)) = (checked.get(*a), checked.get(*b)) else {
                continue;
            };
            if let (Some(x_through), Some(y_from)) = (x.through, y.from)
                && y_from <= x_through
            {
                let span = raw
                    .get(*b)
                    .and_then(|s| s.get_ref().from.as_ref())
                    .map_or(0..0, Spanned::span);
                return Err(self.error(
                    span,
                    liquidation.item_of("suppression", b + 1).child("from"),
                    Problem::SuppressionsShareDay {
                        first: (x.from, x_through),
                        second: (y_from, y.through),
                    },
                ));
            }
        }
        Ok(())
    }
}
