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
                    format!(
                        "expected a count of 1 or more (the number of persons, sites... the rate is due for), found {}",
                        c.get_ref()
                    ),
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
            return Err(self.error(
                first.span(),
                field.child("breach"),
                "breach days cannot be combined with `[penalty.escalation]` or `[[penalty.change]] after`: those count stretches of running days, which breach days leave undefined; write the new rates with `from = DATE`",
            ));
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
            return Err(self.error(
                text.span(),
                key,
                "give either `from` (a date) or `first_day` (an event), not both",
            ));
        }
        let first = FirstDay::parse(text.get_ref()).ok_or_else(|| {
            self.error(
                text.span(),
                key,
                format!(
                    "unknown `{}`: expected one of {}",
                    text.get_ref().trim(),
                    FirstDay::ALL
                        .iter()
                        .map(|f| format!("\"{}\"", f.code()))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?;
        if self.first_day_date(first, order).is_none() {
            return Err(self.error(
                text.span(),
                key,
                format!(
                    "no day follows the {}: it is the last supported date",
                    if matches!(first, FirstDay::DayAfterDecision) {
                        "decision"
                    } else {
                        "notification"
                    }
                ),
            ));
        }
        if matches!(first, FirstDay::Notification | FirstDay::DayAfterNotification) && order.notified.is_none() {
            return Err(self.error(
                text.span(),
                key,
                format!(
                    "`first_day = \"{}\"` counts from the notification: add `notified = DATE` to [order]",
                    first.code()
                ),
            ));
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
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    "write every rate change of a penalty with `from` (a date) or every one with `after` (a stretch from the first day), not some of each: their order would depend on the first day of delay",
                ));
            }
            let span = Span::of(self.time_limit(after, key.child("after"))?);
            // Days and months have no fixed ratio: in one kind only, the order is exact.
            let same_kind = out.first().is_none_or(|f| (f.after.months == 0) == (span.months == 0));
            if !span.is_single() || !same_kind {
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    format!(
                        "\"{}\": write every `after` of a penalty as a number of days (or weeks), or every one as a number of months (or years): a month has no fixed number of days, so mixing them leaves the order of the changes to the calendar",
                        after.get_ref().trim()
                    ),
                ));
            }
            let amount = self.required(
                c.get_ref().amount.as_ref(),
                &c.span(),
                key.child("amount"),
                "the new sum per unit",
            )?;
            let rate = self.amount(amount, key.child("amount"), Sign::Positive)?;
            if let Some(previous) = out.last()
                && (previous.after.months, previous.after.days) >= (span.months, span.days)
            {
                return Err(self.error(
                    after.span(),
                    key.child("after"),
                    format!(
                        "rate changes must be written in order: \"{span}\" does not come after \"{}\"",
                        previous.after
                    ),
                ));
            }
            out.push(ChangeAfter { after: span, rate });
        }
        Ok(out)
    }

    fn time_limit(&self, raw: &Spanned<String>, key: Key<'_>) -> Result<TimeLimit, InputError> {
        raw.get_ref()
            .parse::<TimeLimit>()
            .map_err(|e| self.error(raw.span(), key, e.to_string()))
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
            return Err(self.error(
                c.span(),
                field.child("change"),
                "a penalty with `[penalty.escalation]` takes no `[[penalty.change]]`: the escalation sets every rate; write the steps as changes instead, or leave the escalation out",
            ));
        }
        if let Some(r) = penalty.reduction.first() {
            return Err(self.error(
                r.span(),
                field.child("reduction"),
                "a penalty with `[penalty.escalation]` takes no `[[penalty.reduction]]`: an order lowering the amount per item fixes it from a starting amount, not from a rising one",
            ));
        }
        let rise = match (&e.factor, &e.add) {
            (Some(_), Some(a)) => {
                return Err(self.error(
                    a.span(),
                    key.child("add"),
                    "give either `factor` (the rate is multiplied at each step) or `add` (raised by a sum), not both",
                ));
            }
            (Some(f), None) => {
                let factor = f.get_ref().0;
                if factor <= Decimal::ONE {
                    return Err(self.error(
                        f.span(),
                        key.child("factor"),
                        format!("expected a factor above 1 (2 doubles the rate at each step), found {factor}"),
                    ));
                }
                Rise::Factor(factor)
            }
            (None, Some(a)) => Rise::Add(self.amount(a, key.child("add"), Sign::Positive)?),
            (None, None) => {
                return Err(self.error(
                    span,
                    key,
                    "missing: how the rate rises, `factor = 2` (doubled at each step) or `add = 1000` (raised by a sum)",
                ));
            }
        };
        let every_raw = self.required(
            e.every.as_ref(),
            &span,
            key.child("every"),
            "how often the rate rises, e.g. every = \"1 day\", \"1 week\", \"30 days\" or \"1 month\"",
        )?;
        let every = Span::of(self.time_limit(every_raw, key.child("every"))?);
        if !every.is_single() {
            return Err(self.error(
                every_raw.span(),
                key.child("every"),
                format!(
                    "\"{}\" mixes months and days: a step that repeats is a number of days (or weeks) or a number of months (or years)",
                    every_raw.get_ref().trim()
                ),
            ));
        }
        let until = self.not_before(
            e.until.as_ref(),
            order.decided,
            key.child("until"),
            "the escalation cannot stop before the decision",
        )?;
        let max_rate = match &e.max_rate {
            Some(m) => {
                let max = self.amount(m, key.child("max_rate"), Sign::Positive)?;
                if max <= known.rate {
                    return Err(self.error(
                        m.span(),
                        key.child("max_rate"),
                        format!(
                            "the rate starts at {} and rises: a maximum of {max} leaves it no room; give a max_rate above the starting rate",
                            known.rate
                        ),
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
            None => Err(self.error(
                span.clone(),
                *key,
                "an escalation by `add` must say when the rate stops rising: give `max_rate` (the highest rate) or `until` (the last day a step may begin)",
            )),
            Some(n) if n > MAX_STEPS => Err(self.error(
                span.clone(),
                *key,
                format!(
                    "the rate would rise about {n} times before it stops, more than astreinte counts ({MAX_STEPS}): give a nearer `until` or a lower `max_rate`, or a larger step"
                ),
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
                format!(
                    "reductions per item need `partial = \"completed\"` (the default): the judgments fix the amount of each period at its end, from the items still outstanding then (C-196/13, C-378/13); `{}` counts a unit before its end",
                    known.partial.code()
                ),
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
            let date = self.required(
                r.date.as_ref(),
                &span,
                key.child("date"),
                "the day the item was brought into compliance, e.g. date = 2015-03-31",
            )?;
            let day = date.get_ref().0;
            if day < order.decided {
                return Err(self.error(
                    date.span(),
                    key.child("date"),
                    format!(
                        "the reduction is dated {day}, before the decision ({}): an item brought into compliance before it is already in the amount the order fixed; if the order counts items from an earlier date (C-378/13: sites treated since 13 May 2014), date them on the day of the decision",
                        order.decided
                    ),
                ));
            }
            let (amount, share) = match (&r.amount, &r.share) {
                (Some(_), Some(s)) => {
                    return Err(self.error(
                        s.span(),
                        key.child("share"),
                        "give either `amount` (what the item takes off the rate) or `share` (a part of `amount`), not both",
                    ));
                }
                (Some(a), None) => (self.amount(a, key.child("amount"), Sign::Positive)?, None),
                (None, Some(s)) => {
                    let part = self.part(s, key.child("share"))?;
                    let amount = part.of_exactly(known.rate).ok_or_else(|| {
                        self.error(
                            s.span(),
                            key.child("share"),
                            format!(
                                "{part} of {} has no exact decimal: write the reduction as `amount` instead",
                                known.rate
                            ),
                        )
                    })?;
                    (amount, Some(part))
                }
                (None, None) => {
                    return Err(self.error(
                        span,
                        key,
                        "missing: what the item takes off the rate, `amount = 400000` or `share = \"1/214\"`",
                    ));
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
                    "the reductions add up to more than an amount holds",
                )
            })?;
            if total > lowest {
                return Err(self.error(
                    span.clone(),
                    field.item_of("reduction", *number).child("date"),
                    format!(
                        "with this one, the reductions come to {total}, more than the rate ({lowest}): once every item is in compliance the order is obeyed; write `complied = DATE` instead of the last reductions"
                    ),
                ));
            }
        }
        Ok(out.into_iter().map(|(r, _, _)| r).collect())
    }

    /// A part written as `"1/2"` or `"50%"`.
    fn part(&self, raw: &Spanned<String>, key: Key<'_>) -> Result<Part, InputError> {
        Part::parse(raw.get_ref()).map_err(|e| {
            let why = match e {
                PartError::Unreadable => "expected a fraction such as \"1/2\" or a percentage such as \"50%\"",
                PartError::Zero => "a part of zero gives nothing",
                PartError::MoreThanWhole => "a part cannot be more than the whole",
            };
            self.error(raw.span(), key, format!("{why}, found \"{}\"", raw.get_ref()))
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
            return Err(self.error(
                first.span(),
                field.child("breach"),
                format!(
                    "breach days count per day: they apply to a penalty with per = \"day\", not `{}` (a penalty per violation lists its violations instead)",
                    known.per.code()
                ),
            ));
        }
        let mut all: Vec<(Breach, Range<usize>, usize)> = Vec::new();
        for (i, b) in raw.iter().enumerate() {
            let key = field.item_of("breach", i + 1);
            let span = b.span();
            let b = b.get_ref();
            match (&b.from, &b.through, &b.dates) {
                (Some(_), _, Some(dates)) | (_, Some(_), Some(dates)) => {
                    return Err(self.error(
                        dates.span(),
                        key.child("dates"),
                        "give either `from` and `through` (a period) or `dates` (a list of days), not both",
                    ));
                }
                (None, None, Some(dates)) => {
                    if dates.get_ref().is_empty() {
                        return Err(self.error(
                            dates.span(),
                            key.child("dates"),
                            "expected at least one date, e.g. dates = [2024-02-22, 2024-02-23]",
                        ));
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
                    let from = self.required(from.as_ref(), &span, key.child("from"), "the first day of breach")?;
                    let through = self.required(
                        through.as_ref(),
                        &span,
                        key.child("through"),
                        "the last day of breach (or write a list: dates = [...])",
                    )?;
                    let (a, z) = (from.get_ref().0, through.get_ref().0);
                    if z < a {
                        return Err(self.error(
                            through.span(),
                            key.child("through"),
                            format!("the breach ends ({z}) before it starts ({a})"),
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
                    format!(
                        "a breach on {} is before the decision ({}): nothing runs before it",
                        b.from, order.decided
                    ),
                ));
            }
            if let Some(complied) = known.complied
                && b.through >= complied
            {
                return Err(self.error(
                    span.clone(),
                    key,
                    format!(
                        "a breach through {} comes after the order was obeyed ({complied}): with breach days, a relapse is a breach day; leave `complied` out and list the days of breach",
                        b.through
                    ),
                ));
            }
        }
        for pair in all.windows(2) {
            let [(a, _, _), (b, span, number)] = pair else { continue };
            if b.from <= a.through {
                return Err(self.error(
                    span.clone(),
                    field.item_of("breach", *number),
                    format!(
                        "breach days must not be given twice: {} to {} and {} to {} overlap",
                        a.from, a.through, b.from, b.through
                    ),
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
            let to = self.required(
                s.to,
                &span,
                key.child("to"),
                "who receives the share, e.g. to = \"Budget de l'État\"",
            )?;
            if to.get_ref().trim().is_empty() {
                return Err(self.error(to.span(), key.child("to"), "the name is empty"));
            }
            let portion = match (&s.part, &s.amount) {
                (Some(_), Some(a)) => {
                    return Err(self.error(
                        a.span(),
                        key.child("amount"),
                        "give either `part` (\"1/2\", \"50%\") or `amount` (a fixed sum), not both; leave both out for the share that takes the rest",
                    ));
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
                        return Err(self.error(
                            span,
                            key,
                            "only one share takes the rest (the share written without `part` or `amount`): give this one a `part` or an `amount`",
                        ));
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
        let (n, d) = Part::sum(parts).ok_or_else(|| {
            self.error(
                last_span.clone(),
                "share",
                "the parts have too many digits to be added exactly",
            )
        })?;
        let shown = if d == 1 { n.to_string() } else { format!("{n}/{d}") };
        if n > d {
            return Err(self.error(
                last_span,
                "share",
                format!("the parts add up to {shown}, more than the whole: correct them"),
            ));
        }
        if rest_at.is_none() {
            if let Some((span, number)) = fixed_at {
                return Err(self.error(
                    span,
                    Key::item("share", number).child("amount"),
                    "a fixed amount needs a share that takes the rest of each sum: add a [[share]] with `to` only",
                ));
            }
            if n != d {
                return Err(self.error(
                    last_span,
                    "share",
                    format!(
                        "the parts add up to {shown}, not the whole: correct them, or give the rest to someone with a [[share]] written without `part`"
                    ),
                ));
            }
        }
        Ok(out)
    }
}
