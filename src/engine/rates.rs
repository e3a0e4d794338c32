//! The rates a penalty runs at, on its running days: the rate written, its changes from a date
//! or after a stretch, the steps of an escalation, the reductions per item brought into
//! compliance, all multiplied by `count`. Built once per run, as a short list of
//! `(first running day, rate, date)`: an escalation takes at most a few hundred steps before it
//! stops rising or leaves the exact range (an escalation by `add` is bounded when the case is
//! read), so no rate is ever worked out day by day.
//!
//! Each kind of event takes effect on a running day:
//! - a change `from = DATE`: on that date (the next running day if suspended);
//! - a change `after = "30 days"`: on the first day plus the stretch, on the running days;
//! - escalation step `k`: on the first day plus `k × every`, on the running days;
//! - a reduction: for a penalty per unit of time, on its date, so that the unit ending on or
//!   after it is counted lowered (its amount is fixed at its end from the items outstanding
//!   then: C-196/13 and C-378/13, operative parts); for a penalty per day or per violation, on
//!   the day after its date.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use smallvec::{SmallVec, smallvec};

use super::schedule::Limit;
use super::timeline::Timeline;
use super::units::Clock;
use crate::case::{Penalty, Per, Span};
use crate::money::exact;

/// The most steps an escalation takes: past it, a day is refused rather than counted (never
/// reached: an escalation by `add` that would take more is refused when read).
const MAX_STEPS: u32 = crate::case::Escalation::MAX_STEPS;

/// `(first running day, rate, calendar date it takes effect)`, the first from running day 1,
/// each rate differing from the one before.
pub(super) type RateList = SmallVec<[(i64, Decimal, NaiveDate); 2]>;

/// The rates of a run, and what the report says of them.
#[derive(Debug, Clone)]
pub(super) struct Rates {
    pub list: RateList,
    /// From this running day on, the rate has no exact decimal (an escalation leaving the
    /// range): counting such a day is refused with this limit.
    pub broken: Option<(i64, Limit)>,
    /// The escalation's steps: `(date, rate per unit before count, step number)`.
    pub steps: Vec<(NaiveDate, Decimal, u32)>,
    /// The date each `[[penalty.change]] after` takes effect (`None`: after the last date).
    pub after_dates: Vec<Option<NaiveDate>>,
}

/// What happens on a running day.
#[derive(Debug, Clone, Copy)]
enum Event {
    /// The rate per unit becomes this (before reductions and count).
    Base(Decimal),
    /// An item takes this off the rate.
    Reduce(Decimal),
}

/// The running day a stretch from the first day (`start`) ends on: the day before the next
/// rate.
fn stretch_days(span: Span, start: NaiveDate) -> Option<i64> {
    let months = match span.months {
        0 => 0,
        m => Clock::Months { start, months: m }.first(1)? - 1,
    };
    months.checked_add(i64::from(span.days))
}

/// The running day of a date-dated event that takes effect on `date`.
fn running_day_of(timeline: &Timeline, date: NaiveDate) -> i64 {
    match date.pred_opt() {
        Some(before) => timeline.running(before) + 1,
        None => 1,
    }
}

/// Builds the rates of `penalty` running from `start` on `timeline`.
pub(super) fn build(penalty: &Penalty, timeline: &Timeline, start: NaiveDate) -> Rates {
    let mut events: Vec<(i64, NaiveDate, Event)> = Vec::new();
    for change in &penalty.changes {
        events.push((
            running_day_of(timeline, change.from),
            change.from,
            Event::Base(change.rate),
        ));
    }
    let mut after_dates = Vec::with_capacity(penalty.changes_after.len());
    for change in &penalty.changes_after {
        let first = stretch_days(change.after, start).and_then(|d| d.checked_add(1));
        let date = first
            .and_then(|n| timeline.day(n))
            .filter(|d| crate::dates::supported(*d));
        after_dates.push(date);
        if let (Some(first), Some(date)) = (first, date) {
            events.push((first, date, Event::Base(change.rate)));
        }
    }
    let per_day = matches!(penalty.per, Per::Day | Per::Violation);
    for r in &penalty.reductions {
        let (first, date) = if per_day {
            match r.date.succ_opt() {
                Some(next) => (timeline.running(r.date) + 1, next),
                None => continue,
            }
        } else {
            (running_day_of(timeline, r.date), r.date)
        };
        events.push((first, date, Event::Reduce(r.amount)));
    }
    let mut broken = None;
    let mut steps = Vec::new();
    if let Some(e) = &penalty.escalation {
        let clock = match e.every {
            Span { months: 0, days } => Clock::Fixed(i64::from(days.max(1))),
            Span { months, .. } => Clock::Months { start, months },
        };
        let end = penalty.complied;
        let mut rate = penalty.rate;
        for k in 1..=MAX_STEPS {
            let Some(first) = clock.first(i64::from(k)) else { break };
            let Some(date) = timeline.day(first).filter(|d| crate::dates::supported(*d)) else {
                break;
            };
            if e.until.is_some_and(|u| date > u) || end.is_some_and(|c| date >= c) {
                break;
            }
            match e.rise.apply(rate) {
                Ok(next) => rate = e.max_rate.map_or(next, |max| next.min(max)),
                Err(loss) => {
                    broken = Some((first, Limit::from(loss)));
                    break;
                }
            }
            steps.push((date, rate, k));
            events.push((first, date, Event::Base(rate)));
            if e.max_rate == Some(rate) {
                break;
            }
            if k == MAX_STEPS {
                // Never reached: an escalation is bounded when the case is read.
                broken = clock.first(i64::from(k) + 1).map(|next| (next, Limit::Inexact));
            }
        }
    }
    // Stable: events of one day apply in the order written (changes, reductions, steps).
    events.sort_by_key(|(first, _, _)| *first);

    let count = penalty.count;
    let effective =
        |base: Decimal, off: Decimal| -> Result<Decimal, Limit> { Ok(exact::times(exact::sub(base, off)?, count)?) };
    let mut list: RateList = smallvec![];
    match effective(penalty.rate, Decimal::ZERO) {
        Ok(rate) => list.push((1, rate, start)),
        Err(limit) => {
            return Rates {
                list: smallvec![(1, Decimal::ZERO, start)],
                broken: Some((1, limit)),
                steps,
                after_dates,
            };
        }
    }
    let (mut base, mut off) = (penalty.rate, Decimal::ZERO);
    let mut i = 0;
    while let Some(&(first, _, _)) = events.get(i) {
        // Every event of the same running day, then one rate for the day.
        let mut date = start;
        while let Some(&(_, d, event)) = events.get(i).filter(|e| e.0 == first) {
            match event {
                Event::Base(rate) => base = rate,
                // The reductions together were checked to fit (and not to pass the rate).
                Event::Reduce(amount) => off = exact::add(off, amount).unwrap_or(off),
            }
            date = date.max(d);
            i += 1;
        }
        let rate = match effective(base, off) {
            Ok(rate) => rate,
            Err(limit) => {
                broken = Some((first.max(1), limit));
                break;
            }
        };
        if first <= 1 {
            list = smallvec![(1, rate, date)];
            continue;
        }
        // Events on the running day of the last rate (all in one suspension): that rate
        // never applied to a day.
        if list.last().is_some_and(|r| r.0 == first) {
            list.pop();
        }
        // A change to the rate already in force is dropped: it must not cut a unit.
        if list.last().is_some_and(|r| r.1 == rate) {
            continue;
        }
        list.push((first, rate, date));
    }
    if list.is_empty() {
        list.push((1, Decimal::ZERO, start));
    }
    Rates {
        list,
        broken,
        steps,
        after_dates,
    }
}
