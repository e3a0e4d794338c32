//! The shapes of real orders (issue 15): `[penalty.escalation]`, `[[penalty.change]] after`,
//! `[[penalty.reduction]]`, `[[penalty.breach]]`, `count`, `first_day` and `[[share]]`, each
//! checked with the mistakes a user would make refused at their key.

use std::ops::Range;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use toml::Spanned;

use crate::case::error::InputError;
use crate::case::model::{Order, Partial, Per, RateChange};
use crate::case::orders::{
    Breach, ChangeAfter, Escalation, FirstDay, Part, PartError, Portion, Reduction, Rise, Share, Span,
};
use crate::case::problem::{Before, Both, Empty, Missing, Problem};
use crate::case::raw::{RawBreach, RawChange, RawEscalation, RawPenalty, RawReduction, RawShare};
use crate::timelimit::TimeLimit;

use super::{Checker, Key, Sign};

/// The most steps an escalation may take before it stops rising ([`Escalation::MAX_STEPS`]).
const MAX_STEPS: u64 = Escalation::MAX_STEPS as u64;

/// What a penalty's new shapes come to, once checked.
pub(super) struct Shapes {
    pub escalation: Option<Escalation>,
    pub changes_after: Vec<ChangeAfter>,
    pub reductions: Vec<Reduction>,
    pub breaches: Vec<Breach>,
    pub count: i64,
    pub first_day: Option<FirstDay>,
}

/// What [`Checker::shapes`] needs to know of the penalty already read.
pub(super) struct Known<'k> {
    pub rate: Decimal,
    pub per: Per,
    pub partial: Partial,
    pub complied: Option<NaiveDate>,
    pub changes: &'k [RateChange],
}

impl Checker<'_> {
    /// The new shapes of one penalty (`raw`, written at `table`, keyed `field`).
    pub(super) fn shapes(
        &self,
        raw: &mut RawPenalty,
        field: &Key<'_>,
        order: &Order,
        known: &Known<'_>,
    ) -> Result<Shapes, InputError> {
        let count = match &raw.count {
            None => 1,
            Some(c) if *c.get_ref() >= 1 => *c.get_ref(),
            Some(c) => {
                return Err(self.error(
                    c.span(),
                    field.child("count"),
                    Problem::CountBelowOne {
                        value: *c.get_ref(),
                        persons: true,
                    },
                ));
            }
        };
        let first_day = self.first_day(raw, field, order)?;
        let changes_after = self.changes_after(&raw.change, field)?;
        let escalation = match &raw.escalation {
            Some(e) => Some(self.escalation(e, field, order, known, raw)?),
            None => None,
        };
        let reductions = self.reductions(&mut raw.reduction, field, order, known, &changes_after)?;
        let breaches = self.breaches(&raw.breach, field, order, known)?;
        if let (Some(first), true) = (raw.breach.first(), escalation.is_some() || !changes_after.is_empty()) {
            return Err(self.error(first.span(), field.child("breach"), Problem::BreachWithEscalation));
        }
        Ok(Shapes {
            escalation,
            changes_after,
            reductions,
            breaches,
            count,
            first_day,
        })
    }

    /// `first_day = "decision" | "day after decision" | "notification" | "day after
    /// notification"`: the first day counted, resolved to a date (stored in `penalty.from`).
    fn first_day(&self, raw: &RawPenalty, field: &Key<'_>, order: &Order) -> Result<Option<FirstDay>, InputError> {
        let Some(text) = &raw.first_day else {
            return Ok(None);
        };
        let key = field.child("first_day");
        if raw.from.is_some() {
            return Err(self.error(text.span(), key, Problem::Both(Both::FromAndFirstDay)));
        }
        let first = FirstDay::parse(text.get_ref()).ok_or_else(|| {
            self.error(
                text.span(),
                key,
                Problem::UnknownFirstDay(text.get_ref().trim().to_string()),
            )
        })?;
        if self.first_day_date(first, order).is_none() {
            return Err(self.error(
                text.span(),
                key,
                Problem::NoDayAfter {
                    decision: matches!(first, FirstDay::DayAfterDecision),
                },
            ));
        }
        if matches!(first, FirstDay::Notification | FirstDay::DayAfterNotification) && order.notified.is_none() {
            return Err(self.error(text.span(), key, Problem::FirstDayNeedsNotified(first)));
        }
        Ok(Some(first))
    }

    /// The date `first_day` stands for.
    pub(super) fn first_day_date(&self, first: FirstDay, order: &Order) -> Option<NaiveDate> {
        first.date(order.decided, order.notified.unwrap_or(order.decided))
    }

    /// The `[[penalty.change]]` tables written with `after`, in the order of their stretches;
    /// a penalty writes every change with `from` or every one with `after`.
    fn changes_after(&self, raw: &[Spanned<RawChange>], field: &Key<'_>) -> Result<Vec<ChangeAfter>, InputError> {
        let mut out: Vec<ChangeAfter> = Vec::new();
        let written_with = |c: &Spanned<RawChange>| c.get_ref().after.is_some();
        let mixed = raw.iter().any(written_with) && raw.iter().any(|c| !written_with(c));
        for (i, c) in raw.iter().enumerate() {
            let key = field.item_of("change", i + 1);
            let Some(after) = &c.get_ref().after else {
                continue;
            };
            if mixed {
                return Err(self.error(after.span(), key.child("after"), Problem::MixedChanges));
            }
            let span = Span::of(self.time_limit(after, key.child("after"))?);
            // Days and months have no fixed ratio: in one kind only, the order is exact.
            let same_kind = out.first().is_none_or(|f| (f.after.months == 0) == (span.months == 0));
            if !span.is_single() || !same_kind {
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    Problem::AfterMixed(after.get_ref().trim().to_string()),
                ));
            }
            let amount = self.required(
                c.get_ref().amount.as_ref(),
                &c.span(),
                key.child("amount"),
                Missing::NewRate,
            )?;
            let rate = self.amount(amount, key.child("amount"), Sign::Positive)?;
            if let Some(previous) = out.last()
                && (previous.after.months, previous.after.days) >= (span.months, span.days)
            {
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    Problem::ChangesAfterOutOfOrder {
                        span,
                        previous: previous.after,
                    },
                ));
            }
            out.push(ChangeAfter { after: span, rate });
        }
        Ok(out)
    }

    fn time_limit(&self, raw: &Spanned<String>, key: Key<'_>) -> Result<TimeLimit, InputError> {
        raw.get_ref()
            .parse::<TimeLimit>()
            .map_err(|e| self.error(raw.span(), key, Problem::Limit(e)))
    }

    /// `[penalty.escalation]`.
    fn escalation(
        &self,
        raw: &Spanned<RawEscalation>,
        field: &Key<'_>,
        order: &Order,
        known: &Known<'_>,
        penalty: &RawPenalty,
    ) -> Result<Escalation, InputError> {
        let key = field.child("escalation");
        let span = raw.span();
        let e = raw.get_ref();
        if let Some(c) = penalty.change.first() {
            return Err(self.error(c.span(), field.child("change"), Problem::EscalationWithChange));
        }
        if let Some(r) = penalty.reduction.first() {
            return Err(self.error(r.span(), field.child("reduction"), Problem::EscalationWithReduction));
        }
        let rise = match (&e.factor, &e.add) {
            (Some(_), Some(a)) => {
                return Err(self.error(a.span(), key.child("add"), Problem::Both(Both::FactorAndAdd)));
            }
            (Some(f), None) => {
                let factor = f.get_ref().0;
                if factor <= Decimal::ONE {
                    return Err(self.error(f.span(), key.child("factor"), Problem::FactorNotAboveOne(factor)));
                }
                Rise::Factor(factor)
            }
            (None, Some(a)) => Rise::Add(self.amount(a, key.child("add"), Sign::Positive)?),
            (None, None) => {
                return Err(self.error(span, key, Problem::Missing(Missing::EscalationRise)));
            }
        };
        let every_raw = self.required(e.every.as_ref(), &span, key.child("every"), Missing::EscalationEvery)?;
        let every = Span::of(self.time_limit(every_raw, key.child("every"))?);
        if !every.is_single() {
            return Err(self.error(
                every_raw.span(),
                key.child("every"),
                Problem::EveryMixed(every_raw.get_ref().trim().to_string()),
            ));
        }
        let until = self.not_before(
            e.until.as_ref(),
            order.decided,
            key.child("until"),
            Before::EscalationUntil,
        )?;
        let max_rate = match &e.max_rate {
            Some(m) => {
                let max = self.amount(m, key.child("max_rate"), Sign::Positive)?;
                if max <= known.rate {
                    return Err(self.error(
                        m.span(),
                        key.child("max_rate"),
                        Problem::MaxRateNoRoom { rate: known.rate, max },
                    ));
                }
                Some(max)
            }
            None => None,
        };
        let escalation = Escalation {
            rise,
            every,
            until,
            max_rate,
            at: Some(self.locate(span.start)),
        };
        if let Rise::Add(add) = rise {
            self.bounded_steps(&escalation, add, order, known, &span, &key)?;
        }
        Ok(escalation)
    }

    /// An escalation by `add` never leaves the exact range for decades: it must say when it
    /// stops rising (`max_rate`, `until`, or the penalty's `complied`), within [`MAX_STEPS`].
    fn bounded_steps(
        &self,
        e: &Escalation,
        add: Decimal,
        order: &Order,
        known: &Known<'_>,
        span: &Range<usize>,
        key: &Key<'_>,
    ) -> Result<(), InputError> {
        let to_max = e.max_rate.map(|max| {
            max.checked_sub(known.rate)
                .and_then(|room| room.checked_div(add))
                .map(|steps| steps.ceil())
                .and_then(|steps| u64::try_from(steps).ok())
                .unwrap_or(u64::MAX)
        });
        let by_date = |end: NaiveDate| -> u64 {
            let days = u64::try_from((end - order.decided).num_days()).unwrap_or(0);
            if e.every.days > 0 {
                days / u64::from(e.every.days) + 1
            } else {
                // A month has at least 28 days.
                days / (28 * u64::from(e.every.months)) + 1
            }
        };
        let bounds = [to_max, e.until.map(by_date), known.complied.map(by_date)];
        let steps = bounds.into_iter().flatten().min();
        match steps {
            None => Err(self.error(span.clone(), *key, Problem::EscalationUnbounded)),
            Some(n) if n > MAX_STEPS => Err(self.error(
                span.clone(),
                *key,
                Problem::TooManySteps {
                    steps: n,
                    most: MAX_STEPS,
                },
            )),
            Some(_) => Ok(()),
        }
    }

    /// `[[penalty.reduction]]`, by date.
    fn reductions(
        &self,
        raw: &mut [Spanned<RawReduction>],
        field: &Key<'_>,
        order: &Order,
        known: &Known<'_>,
        changes_after: &[ChangeAfter],
    ) -> Result<Vec<Reduction>, InputError> {
        let Some(first) = raw.first() else {
            return Ok(Vec::new());
        };
        if known.per.is_long() && known.partial != Partial::Completed {
            return Err(self.error(
                first.span(),
                field.child("reduction"),
                Problem::ReductionsNeedCompleted(known.partial),
            ));
        }
        // The lowest rate the reductions may come off: every rate the penalty can have.
        let lowest = known
            .changes
            .iter()
            .map(|c| c.rate)
            .chain(changes_after.iter().map(|c| c.rate))
            .fold(known.rate, Decimal::min);
        let mut out: Vec<(Reduction, Range<usize>, usize)> = Vec::with_capacity(raw.len());
        for (i, r) in raw.iter_mut().enumerate() {
            let key = field.item_of("reduction", i + 1);
            let span = r.span();
            let r = r.get_mut();
            let date = self.required(r.date.as_ref(), &span, key.child("date"), Missing::ReductionDate)?;
            let day = date.get_ref().0;
            if day < order.decided {
                return Err(self.error(
                    date.span(),
                    key.child("date"),
                    Problem::ReductionBeforeDecision {
                        date: day,
                        decided: order.decided,
                    },
                ));
            }
            let (amount, share) = match (&r.amount, &r.share) {
                (Some(_), Some(s)) => {
                    return Err(self.error(s.span(), key.child("share"), Problem::Both(Both::AmountAndShare)));
                }
                (Some(a), None) => (self.amount(a, key.child("amount"), Sign::Positive)?, None),
                (None, Some(s)) => {
                    let part = self.part(s, key.child("share"))?;
                    let amount = part.of_exactly(known.rate).ok_or_else(|| {
                        self.error(
                            s.span(),
                            key.child("share"),
                            Problem::ShareNotExact { part, rate: known.rate },
                        )
                    })?;
                    (amount, Some(part))
                }
                (None, None) => {
                    return Err(self.error(span, key, Problem::Missing(Missing::ReductionAmount)));
                }
            };
            out.push((
                Reduction {
                    date: day,
                    amount,
                    share,
                    item: r.item.take(),
                },
                date.span(),
                i + 1,
            ));
        }
        out.sort_by_key(|(r, _, _)| r.date);
        let mut total = Decimal::ZERO;
        for (r, span, number) in &out {
            total = crate::money::exact::add(total, r.amount).map_err(|_| {
                self.error(
                    span.clone(),
                    field.item_of("reduction", *number).child("amount"),
                    Problem::ReductionsOverflow,
                )
            })?;
            if total > lowest {
                return Err(self.error(
                    span.clone(),
                    field.item_of("reduction", *number).child("date"),
                    Problem::ReductionsExceedRate { total, rate: lowest },
                ));
            }
        }
        Ok(out.into_iter().map(|(r, _, _)| r).collect())
    }

    /// A part written as `"1/2"` or `"50%"`.
    fn part(&self, raw: &Spanned<String>, key: Key<'_>) -> Result<Part, InputError> {
        Part::parse(raw.get_ref()).map_err(|error: PartError| {
            self.error(
                raw.span(),
                key,
                Problem::Part {
                    error,
                    written: raw.get_ref().clone(),
                },
            )
        })
    }

    /// `[[penalty.breach]]`: periods or lists of dates, sorted, none overlapping another.
    fn breaches(
        &self,
        raw: &[Spanned<RawBreach>],
        field: &Key<'_>,
        order: &Order,
        known: &Known<'_>,
    ) -> Result<Vec<Breach>, InputError> {
        let Some(first) = raw.first() else {
            return Ok(Vec::new());
        };
        if known.per != Per::Day {
            return Err(self.error(first.span(), field.child("breach"), Problem::BreachNotPerDay(known.per)));
        }
        let mut all: Vec<(Breach, Range<usize>, usize)> = Vec::new();
        for (i, b) in raw.iter().enumerate() {
            let key = field.item_of("breach", i + 1);
            let span = b.span();
            let b = b.get_ref();
            match (&b.from, &b.through, &b.dates) {
                (Some(_), _, Some(dates)) | (_, Some(_), Some(dates)) => {
                    return Err(self.error(dates.span(), key.child("dates"), Problem::Both(Both::PeriodAndDates)));
                }
                (None, None, Some(dates)) => {
                    if dates.get_ref().is_empty() {
                        return Err(self.error(dates.span(), key.child("dates"), Problem::NoBreachDate));
                    }
                    for d in dates.get_ref() {
                        let day = d.get_ref().0;
                        all.push((
                            Breach {
                                from: day,
                                through: day,
                            },
                            d.span(),
                            i + 1,
                        ));
                    }
                }
                (from, through, None) => {
                    let from = self.required(from.as_ref(), &span, key.child("from"), Missing::BreachFrom)?;
                    let through =
                        self.required(through.as_ref(), &span, key.child("through"), Missing::BreachThrough)?;
                    let (a, z) = (from.get_ref().0, through.get_ref().0);
                    if z < a {
                        return Err(self.error(
                            through.span(),
                            key.child("through"),
                            Problem::BreachReversed { from: a, through: z },
                        ));
                    }
                    all.push((Breach { from: a, through: z }, from.span(), i + 1));
                }
            }
        }
        all.sort_by_key(|(b, _, _)| b.from);
        for (b, span, number) in &all {
            let key = field.item_of("breach", *number);
            if b.from < order.decided {
                return Err(self.error(
                    span.clone(),
                    key,
                    Problem::BreachBeforeDecision {
                        from: b.from,
                        decided: order.decided,
                    },
                ));
            }
            if let Some(complied) = known.complied
                && b.through >= complied
            {
                return Err(self.error(
                    span.clone(),
                    key,
                    Problem::BreachAfterCompliance {
                        through: b.through,
                        complied,
                    },
                ));
            }
        }
        for pair in all.windows(2) {
            let [(a, _, _), (b, span, number)] = pair else { continue };
            if b.from <= a.through {
                return Err(self.error(
                    span.clone(),
                    field.item_of("breach", *number),
                    Problem::BreachesOverlap {
                        first: (a.from, a.through),
                        second: (b.from, b.through),
                    },
                ));
            }
        }
        Ok(all.into_iter().map(|(b, _, _)| b).collect())
    }

    /// The `[[share]]` tables: each names who receives it and takes a part, a fixed amount or
    /// the rest; the parts must make up the whole.
    pub(super) fn shares(&self, raw: Vec<Spanned<RawShare>>) -> Result<Vec<Share>, InputError> {
        if raw.is_empty() {
            return Ok(Vec::new());
        }
        let mut out = Vec::with_capacity(raw.len());
        let mut rest_at: Option<Range<usize>> = None;
        let mut fixed_at: Option<(Range<usize>, usize)> = None;
        let mut parts = Vec::new();
        let last_span = raw.last().map(|s| s.span()).unwrap_or_default();
        for (i, s) in raw.into_iter().enumerate() {
            let key = Key::item("share", i + 1);
            let span = s.span();
            let s = s.into_inner();
            let to = self.required(s.to, &span, key.child("to"), Missing::ShareTo)?;
            if to.get_ref().trim().is_empty() {
                return Err(self.error(to.span(), key.child("to"), Problem::Empty(Empty::Name)));
            }
            let portion = match (&s.part, &s.amount) {
                (Some(_), Some(a)) => {
                    return Err(self.error(a.span(), key.child("amount"), Problem::Both(Both::PartAndAmount)));
                }
                (Some(p), None) => {
                    let part = self.part(p, key.child("part"))?;
                    parts.push(part);
                    Portion::Part(part)
                }
                (None, Some(a)) => {
                    fixed_at.get_or_insert((a.span(), i + 1));
                    Portion::Amount(self.amount(a, key.child("amount"), Sign::Positive)?)
                }
                (None, None) => {
                    if rest_at.is_some() {
                        return Err(self.error(span, key, Problem::TwoRests));
                    }
                    rest_at = Some(span.clone());
                    Portion::Rest
                }
            };
            let expected = s
                .expected
                .map(|e| self.amount(&e, key.child("expected"), Sign::NotNegative))
                .transpose()?;
            out.push(Share {
                to: to.into_inner().trim().to_string(),
                portion,
                expected,
            });
        }
        let (n, d) =
            Part::sum(parts).ok_or_else(|| self.error(last_span.clone(), "share", Problem::PartsTooPrecise))?;
        if n > d {
            return Err(self.error(
                last_span,
                "share",
                Problem::PartsAboveWhole {
                    numerator: n,
                    denominator: d,
                },
            ));
        }
        if rest_at.is_none() {
            if let Some((span, number)) = fixed_at {
                return Err(self.error(
                    span,
                    Key::item("share", number).child("amount"),
                    Problem::FixedWithoutRest,
                ));
            }
            if n != d {
                return Err(self.error(
                    last_span,
                    "share",
                    Problem::PartsBelowWhole {
                        numerator: n,
                        denominator: d,
                    },
                ));
            }
        }
        Ok(out)
    }
}
