//! `[[liquidation]]`, `[[lump_sum]]` and `[expected]`: what was decided and what a check expects.

use chrono::NaiveDate;
use toml::Spanned;

use crate::case::error::InputError;
use crate::case::model::{Expectations, Liquidation, LumpSum, Order};
use crate::case::problem::{Before, Both, Missing, Problem};
use crate::case::raw::{OneOrMany, RawDate, RawExpected, RawLiquidation, RawLumpSum, RawReach};
use rust_decimal::Decimal;

use super::{Checker, Key, Sign};

impl Checker<'_> {
    pub(super) fn lump_sum(
        &self,
        raw: Spanned<RawLumpSum>,
        number: usize,
        order: &Order,
    ) -> Result<LumpSum, InputError> {
        let span = raw.span();
        let field = Key::item("lump_sum", number);
        let raw = raw.into_inner();
        let amount = self.required(raw.amount, &span, field.child("amount"), Missing::LumpSumAmount)?;
        let amount = self.amount(&amount, field.child("amount"), Sign::Positive)?;
        let date = self
            .not_before(raw.date.as_ref(), order.decided, field.child("date"), Before::LumpSum)?
            .unwrap_or(order.decided);
        Ok(LumpSum {
            amount,
            date,
            reason: raw.reason,
        })
    }

    /// One `[[liquidation]]`, read in place: moving each table out of the case's vector cost
    /// more than the checks.
    ///
    /// `previous` is the last day of the liquidation before it, if any: periods follow each
    /// other in the file's order (see [`Checker::period_follows`]).
    pub(super) fn liquidation(
        &self,
        raw: &Spanned<RawLiquidation>,
        number: usize,
        previous: Option<NaiveDate>,
    ) -> Result<Liquidation, InputError> {
        let span = raw.span();
        let field = Key::item("liquidation", number);
        let raw = raw.get_ref();
        let through = match (&raw.through, &raw.until) {
            (Some(_), Some(u)) => {
                return Err(self.error(u.span(), field.child("until"), Problem::Both(Both::ThroughAndUntil)));
            }
            (Some(t), None) => t.clone(),
            (None, Some(u)) => {
                let day_before = u
                    .get_ref()
                    .0
                    .pred_opt()
                    .ok_or_else(|| self.error(u.span(), field.child("until"), Problem::UntilOnFirstDate))?;
                Spanned::new(u.span(), RawDate(day_before))
            }
            (None, None) => {
                return Err(self.error(span, field, Problem::Missing(Missing::LiquidationEnd)));
            }
        };
        self.period_follows(raw.from.as_ref(), &through, number, previous)?;
        if let Some(decided) = &raw.decided
            && decided.get_ref().0 < through.get_ref().0
        {
            return Err(self.error(
                decided.span(),
                field.child("decided"),
                Problem::DecidedBeforeThrough {
                    decided: decided.get_ref().0,
                    through: through.get_ref().0,
                },
            ));
        }
        // The figures of the period, each checked even after another is refused.
        let mut gather = self.gather();
        let awarded = gather.take(
            raw.awarded
                .as_ref()
                .map(|a| self.amount(a, field.child("awarded"), Sign::NotNegative))
                .transpose(),
        );
        let expected = gather.take(
            raw.expected
                .as_ref()
                .map(|a| self.amount(a, field.child("expected"), Sign::NotNegative))
                .transpose(),
        );
        let expected_days = gather.take(
            raw.expected_days
                .as_ref()
                .map(|d| self.days(d, field.child("expected_days")))
                .transpose(),
        );
        let expected_units = gather.take(
            raw.expected_units
                .as_ref()
                .map(|d| self.units(d, field.child("expected_units")))
                .transpose(),
        );
        let figures = gather.finish();
        // Kept as it comes until the end: taken out of its `Result` earlier, it was copied.
        let judgment = self.judgment(
            raw,
            &field,
            raw.from.as_ref().map(|d| d.get_ref().0),
            through.get_ref().0,
        );
        if let Err(first) = figures {
            if let Err(e) = judgment {
                self.note(e);
            }
            return Err(first);
        }
        let (Some(awarded), Some(expected), Some(expected_days), Some(expected_units)) =
            (awarded, expected, expected_days, expected_units)
        else {
            return Err(self.unchecked(span));
        };
        let judgment = judgment?;
        Ok(Liquidation {
            decided: raw.decided.as_ref().map(|d| d.get_ref().0),
            served: raw.served.as_ref().map(|d| d.get_ref().0),
            from: raw.from.as_ref().map(|d| d.get_ref().0),
            through: through.get_ref().0,
            awarded,
            expected,
            expected_days,
            expected_units,
            location: self.locate(span.start),
            through_location: self.locate(through.span().start),
            judgment,
        })
    }

    /// Refuses a period that cannot follow the one before it (R1: each day is liquidated at
    /// most once): one that ends before it starts, whether `from` is written or defaulted to
    /// the day after `previous` (how a liquidation listed out of order shows), and one whose
    /// `from` is on or before `previous` (an overlap). Checks needing the first day of delay
    /// or the as-of date are the engine's.
    fn period_follows(
        &self,
        from: Option<&Spanned<RawDate>>,
        through: &Spanned<RawDate>,
        number: usize,
        previous: Option<NaiveDate>,
    ) -> Result<(), InputError> {
        let field = Key::item("liquidation", number);
        let end = through.get_ref().0;
        if let Some(from) = from
            && from.get_ref().0 > end
        {
            let start = from.get_ref().0;
            return Err(self.error(
                through.span(),
                field.child("through"),
                Problem::PeriodReversed { end, start },
            ));
        }
        let Some(previous) = previous else {
            return Ok(());
        };
        let before = number - 1;
        if end <= previous {
            return Err(self.error(
                through.span(),
                field.child("through"),
                Problem::PeriodOutOfOrder { end, before, previous },
            ));
        }
        if let Some(from) = from
            && from.get_ref().0 <= previous
        {
            // `from` is on or before `previous`, and a later period ends after it: a day follows.
            #[allow(clippy::expect_used, reason = "a later period ends after `previous`")]
            let next = previous.succ_opt().expect("a day follows a period another one follows");
            return Err(self.error(
                from.span(),
                field.child("from"),
                Problem::PeriodOverlap {
                    start: from.get_ref().0,
                    before,
                    previous,
                    next,
                },
            ));
        }
        Ok(())
    }

    /// The `[expected]` table. Accrued figures change with the date they are computed at, so
    /// expecting one requires `as_of`: otherwise the check would pass today and fail tomorrow.
    pub(super) fn expectations(&self, raw: Spanned<RawExpected>) -> Result<Expectations, InputError> {
        let span = raw.span();
        let raw = raw.into_inner();
        if raw.as_of.is_none() {
            let accrued_key = [
                ("accrued", raw.accrued.is_some()),
                ("accrued_days", raw.accrued_days.is_some()),
                ("unliquidated", raw.unliquidated.is_some()),
                ("total", raw.total.is_some()),
                ("awarded", raw.awarded.is_some()),
                ("suppressed", raw.suppressed.is_some()),
                ("balance_due", raw.balance_due.is_some()),
                ("balance_interest", raw.balance_interest.is_some()),
            ]
            .into_iter()
            .find_map(|(key, given)| given.then_some(key));
            if let Some(key) = accrued_key {
                return Err(self.error(span, "expected.as_of", Problem::Missing(Missing::ExpectedAsOf { key })));
            }
        }
        Ok(Expectations {
            as_of: raw.as_of.map(|d| d.get_ref().0),
            deadline: raw.deadline.map(|d| d.get_ref().0),
            accrual_start: raw.accrual_start.map(|d| d.get_ref().0),
            accrued: raw
                .accrued
                .map(|a| self.amount(&a, "expected.accrued", Sign::NotNegative))
                .transpose()?,
            accrued_days: raw
                .accrued_days
                .map(|d| self.days(&d, "expected.accrued_days"))
                .transpose()?,
            unliquidated: raw
                .unliquidated
                .map(|a| self.amount(&a, "expected.unliquidated", Sign::NotNegative))
                .transpose()?,
            total: raw
                .total
                .map(|a| self.amount(&a, "expected.total", Sign::NotNegative))
                .transpose()?,
            cap_reached: raw.cap_reached.map(|d| d.get_ref().0),
            reaches: match raw.reaches {
                Some(r) => self.reaches(r)?,
                None => Vec::new(),
            },
            awarded: raw
                .awarded
                .map(|a| self.amount(&a, "expected.awarded", Sign::NotNegative))
                .transpose()?,
            suppressed: raw
                .suppressed
                .map(|a| self.amount(&a, "expected.suppressed", Sign::NotNegative))
                .transpose()?,
            balance_due: raw
                .balance_due
                .map(|a| self.amount(&a, "expected.balance_due", Sign::NotNegative))
                .transpose()?,
            balance_interest: raw
                .balance_interest
                .map(|a| self.amount(&a, "expected.balance_interest", Sign::NotNegative))
                .transpose()?,
        })
    }

    /// `reaches = { amount, on }` (or a list of them): each an amount above zero and a day.
    fn reaches(&self, raw: Spanned<OneOrMany<RawReach>>) -> Result<Vec<(Decimal, NaiveDate)>, InputError> {
        let span = raw.span();
        let items = raw.into_inner().0;
        let many = items.len() > 1;
        let mut out = Vec::with_capacity(items.len());
        let expected = Key::root("expected");
        for (i, r) in items.into_iter().enumerate() {
            let key = if many {
                expected.item_of("reaches", i + 1)
            } else {
                expected.child("reaches")
            };
            let amount = self.required(r.amount, &span, key.child("amount"), Missing::ReachesAmount)?;
            let amount = self.amount(&amount, key.child("amount"), Sign::Positive)?;
            let on = self.required(r.on, &span, key.child("on"), Missing::ReachesOn)?;
            out.push((amount, on.get_ref().0));
        }
        Ok(out)
    }

    fn units(&self, raw: &Spanned<i64>, field: impl std::fmt::Display) -> Result<i64, InputError> {
        let units = *raw.get_ref();
        if units < 0 {
            return Err(self.error(raw.span(), field, Problem::NegativeUnits(units)));
        }
        Ok(units)
    }
}
