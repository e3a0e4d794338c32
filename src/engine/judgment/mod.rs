//! The judge's hand at liquidation (issue 20): from the computed figure of a period to what
//! the decision awarded, under the rules that bind the judge.
//!
//! - Days suppressed for a cause étrangère (CPCE L131-4 al. 3) are counted as any period is
//!   (the figure they come to is a difference of running totals, like every figure), and
//!   removed from what is awarded: a suppressed day never counts in `awarded`.
//! - Moderation by rate (CPCE L131-4 al. 1; CJA L911-7 al. 3): the awarded rate applied to the
//!   same days and units, that is the period counted again with the astreinte's rate replaced
//!   by the awarded one, less its suppressed days counted the same way. A figure so worked out
//!   is never above the computed figure less the suppressed part (a prorata part rounded from
//!   a lower rate could otherwise come to a cent more): moderation only lowers.
//! - A definitive astreinte's rate is never changed at liquidation (CPCE L131-4 al. 2; CJA
//!   L911-7 al. 2): whatever is awarded for a period it counts in is the computed figure less
//!   the suppressed part.
//!
//! Nothing here walks the days: each figure is a period of the general count.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use smallvec::SmallVec;

use super::accrual::{self, Counted, limit_error};
use super::schedule::{Limit, Run};
use super::{ComputeError, Quantity};
use crate::case::{Case, Kind, Liquidation, Penalty, Per};
use crate::money::exact::{self, Exact};
use crate::report::{Article, Ground, Rule, Ruling, SuppressionReport};
use crate::source::Location;

/// Why what a liquidation says the judge did cannot stand, and what the law allows instead.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum JudgmentError {
    /// An awarded rate above the rate the order set for the period.
    AboveOrdered {
        awarded_rate: Decimal,
        ordered_rate: Decimal,
        article: Article,
    },
    /// `awarded` and `awarded_rate` both given, and not the same figure.
    Disagree {
        awarded: Decimal,
        awarded_rate: Decimal,
        /// The unit of the astreinte counted, if one counts.
        per: Option<Per>,
        at_rate: Decimal,
    },
    /// A sum awarded for a period a definitive astreinte counts in that is not its figure.
    DefinitiveAwarded {
        awarded: Decimal,
        due: Decimal,
        suppressed: bool,
        article: Article,
        suppression: Article,
    },
    /// An awarded rate other than the ordered one for a definitive astreinte.
    DefinitiveRate {
        awarded_rate: Decimal,
        ordered_rate: Decimal,
        article: Article,
        suppression: Article,
    },
    /// An awarded rate for a period in which several astreintes count (their numbers, from 1).
    SeveralAstreintes { penalties: Vec<usize> },
    /// An awarded rate for a period over which the ordered rate changes: the first rates, and
    /// whether more follow.
    SeveralRates { rates: Vec<Decimal>, more: bool },
    /// An awarded rate for a period a cap holds.
    Capped,
    /// A suppression reaching outside the period liquidated.
    SuppressionOutside {
        from: NaiveDate,
        through: NaiveDate,
        period_from: NaiveDate,
        period_through: NaiveDate,
        article: Article,
    },
}

/// In English.
impl std::fmt::Display for JudgmentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::lang::{Lang, Message, message::Fault};
        f.write_str(&Lang::En.say(&Message::Fault(Fault::Judgment(self))))
    }
}

/// What a liquidation's decision awarded, and the report of how.
pub(super) struct Judged {
    /// What the decision ordered, when it differs from the computation or the file gives it:
    /// the sum given, the figure at the awarded rate, or the computed figure less the
    /// suppressed days.
    pub awarded: Option<Decimal>,
    pub ruling: Ruling,
}

/// Works out what liquidation `number` (`liq`, its period `from..=liq.through`, counted as
/// `counted`) awarded, refusing what the law does not allow.
pub(super) fn judge(
    case: &Case,
    runs: &[Run],
    liq: &Liquidation,
    number: usize,
    from: NaiveDate,
    counted: &Counted,
) -> Result<Judged, ComputeError> {
    let through = liq.through;
    let judgment = &liq.judgment;
    let key = |k: &str| case.key(&format!("liquidation[{number}].{k}"));
    let refuse = |location: &Option<Location>, k: &str, source: JudgmentError| ComputeError::Judgment {
        location: location.clone().unwrap_or_else(|| liq.location.clone()),
        field: key(k),
        source: Box::new(source),
    };
    let limit =
        |l: Limit| limit_error(l, &liq.location, Quantity::Judgment { from, through }).concerning(key("awarded"));
    let involved = involved(runs, from, through).map_err(&limit)?;
    let counted_kinds = || {
        involved
            .iter()
            .filter_map(|&i| runs.get(i))
            .map(|r| r.penalty().terms.kind)
    };
    let definitive = counted_kinds().any(|k| k == Kind::Definitive);
    let kind = counted_kinds()
        .next()
        .filter(|first| counted_kinds().all(|k| k == *first));
    let rates = match involved.as_slice() {
        [i] => match runs.get(*i) {
            Some(run) => ordered_rates(run, from, through).map_err(&limit)?,
            None => SmallVec::new(),
        },
        _ => SmallVec::new(),
    };
    let ordered_rate = match rates.as_slice() {
        [rate] => Some(*rate),
        _ => None,
    };
    let computed = counted.period.amount;
    let inexact = |what: Quantity| {
        let at = liq.location.clone();
        move |loss| ComputeError::of_loss(loss, &at, what).concerning(key("awarded"))
    };

    let mut ruling = Ruling {
        kind,
        ordered_rate,
        awarded_rate: judgment.awarded_rate,
        ..Ruling::default()
    };
    for (i, s) in judgment.suppressions.iter().enumerate() {
        let (first, last) = (s.from.unwrap_or(from), s.through.unwrap_or(through));
        let field = format!("suppression[{}]", i + 1);
        if first < from || last > through {
            return Err(refuse(
                &Some(s.location.clone()),
                &field,
                JudgmentError::SuppressionOutside {
                    from: first,
                    through: last,
                    period_from: from,
                    period_through: through,
                    article: Article::suppression(case.jurisdiction, definitive),
                },
            ));
        }
        let part = accrual::period(runs, first, last, case.cap, &s.location).map_err(|e| e.concerning(key(&field)))?;
        ruling.suppressed = exact::add(ruling.suppressed, part.period.amount).map_err(inexact(Quantity::Suppressed))?;
        ruling.suppressed_days += part.period.days;
        ruling.suppressions.push(SuppressionReport {
            from: first,
            through: last,
            days: part.period.days,
            amount: part.period.amount,
            reason: s.reason.clone(),
            segments: part.period.segments,
        });
    }
    // What the decision may award at most: every day counted, but the suppressed ones.
    let due = exact::sub(computed, ruling.suppressed).map_err(inexact(Quantity::ComputedLessSuppressed))?;

    let at_rate = match judgment.awarded_rate {
        None => None,
        Some(awarded_rate) => {
            let at = &judgment.awarded_rate_at;
            let run = match involved.as_slice() {
                [] => None,
                [i] => runs.get(*i),
                several => {
                    let penalties = several.iter().map(|i| i + 1).collect();
                    return Err(refuse(
                        at,
                        "awarded_rate",
                        JudgmentError::SeveralAstreintes { penalties },
                    ));
                }
            };
            match (run, ordered_rate) {
                // No astreinte counts in the period: the rate applies to nothing.
                (None, _) => Some(Decimal::ZERO),
                (Some(_), None) => {
                    let more = rates.len() == SHOWN_RATES;
                    let rates = rates.to_vec();
                    return Err(refuse(at, "awarded_rate", JudgmentError::SeveralRates { rates, more }));
                }
                (Some(_), Some(ordered)) if definitive && awarded_rate != ordered => {
                    return Err(refuse(
                        at,
                        "awarded_rate",
                        JudgmentError::DefinitiveRate {
                            awarded_rate,
                            ordered_rate: ordered,
                            article: Article::definitive_rate(case.jurisdiction),
                            suppression: Article::suppression(case.jurisdiction, true),
                        },
                    ));
                }
                (Some(_), Some(ordered)) if awarded_rate > ordered => {
                    return Err(refuse(
                        at,
                        "awarded_rate",
                        JudgmentError::AboveOrdered {
                            awarded_rate,
                            ordered_rate: ordered,
                            article: Article::moderation(case.jurisdiction),
                        },
                    ));
                }
                // The ordered rate itself: nothing is moderated.
                (Some(_), Some(ordered)) if awarded_rate == ordered => Some(due),
                (Some(run), Some(_)) => {
                    if capped_by(case, runs, run, through).map_err(&limit)? {
                        return Err(refuse(at, "awarded_rate", JudgmentError::Capped));
                    }
                    let moderated = at_awarded_rate(
                        run,
                        awarded_rate,
                        case.currency.minor_units(),
                        from,
                        through,
                        &ruling.suppressions,
                    )
                    .map_err(&limit)?;
                    Some(moderated.min(due))
                }
            }
        }
    };

    if let Some(awarded) = liq.awarded {
        if let (Some(awarded_rate), Some(at_rate)) = (judgment.awarded_rate, at_rate)
            && awarded != at_rate
        {
            return Err(refuse(
                &judgment.awarded_at,
                "awarded",
                JudgmentError::Disagree {
                    awarded,
                    awarded_rate,
                    per: involved
                        .first()
                        .and_then(|i| runs.get(*i))
                        .or(runs.first())
                        .map(|r| r.penalty().per),
                    at_rate,
                },
            ));
        }
        if definitive && awarded != due {
            return Err(refuse(
                &judgment.awarded_at,
                "awarded",
                JudgmentError::DefinitiveAwarded {
                    awarded,
                    due,
                    suppressed: !ruling.suppressions.is_empty(),
                    article: Article::definitive_rate(case.jurisdiction),
                    suppression: Article::suppression(case.jurisdiction, true),
                },
            ));
        }
    }
    let awarded = liq
        .awarded
        .or(at_rate)
        .or_else(|| (!ruling.suppressions.is_empty()).then_some(due));
    ruling.moderated = awarded.is_some_and(|a| a < due);
    if !ruling.suppressions.is_empty() {
        ruling.grounds.push(Ground {
            rule: Rule::Suppression,
            article: Article::suppression(case.jurisdiction, definitive),
        });
    }
    if ruling.moderated {
        ruling.grounds.push(Ground {
            rule: Rule::Moderation,
            article: Article::moderation(case.jurisdiction),
        });
    }
    if definitive {
        ruling.grounds.push(Ground {
            rule: Rule::DefinitiveRate,
            article: Article::definitive_rate(case.jurisdiction),
        });
    }
    Ok(Judged { awarded, ruling })
}

/// Whether a cap holds `run`'s figures by `through`: its own (its total before the cap is
/// past it) or the case's (the penalties' capped totals together are past it). Units after a
/// cap count nothing, so the awarded rate would have nothing to apply to.
fn capped_by(case: &Case, runs: &[Run], run: &Run, through: NaiveDate) -> Result<bool, Limit> {
    if let Some(cap) = run.penalty().cap
        && run.uncapped_through(through)? > Exact::of(cap)
    {
        return Ok(true);
    }
    Ok(match case.cap {
        Some(cap) => accrual::total_through(runs, through)? > Exact::of(cap),
        None => false,
    })
}

/// The runs (by index) that count in `from..=through`: those with a day of delay in it, and
/// for a penalty per violation, those with a violation counted in it.
fn involved(runs: &[Run], from: NaiveDate, through: NaiveDate) -> Result<SmallVec<[usize; 2]>, Limit> {
    let mut out = SmallVec::new();
    for (i, run) in runs.iter().enumerate() {
        let counts = match run.penalty().per {
            Per::Violation => !run.segments(from, through)?.0.is_empty(),
            _ => run.delay_spans(from, through).next().is_some(),
        };
        if counts {
            out.push(i);
        }
    }
    Ok(out)
}

/// How many rates the order set for a period [`ordered_rates`] finds at most.
const SHOWN_RATES: usize = 3;

/// The rates the order set for the days of delay of `run` in `from..=through` (for a penalty
/// per violation, for the violations counted there), each once, in the order they apply, the
/// first [`SHOWN_RATES`] of them.
fn ordered_rates(run: &Run, from: NaiveDate, through: NaiveDate) -> Result<SmallVec<[Decimal; 2]>, Limit> {
    let count = Decimal::from(run.penalty().count);
    // The run's rates are for all the items `count` names; the order's is for one.
    let one_item = |rate: Decimal| rate.checked_div(count).unwrap_or(rate);
    if run.penalty().per == Per::Violation {
        return Ok(first_rates(
            run.segments(from, through)?.0.into_iter().map(|s| one_item(s.rate)),
        ));
    }
    let mut spans = run.delay_spans(from, through);
    let Some((first, mut last)) = spans.next() else {
        return Ok(SmallVec::new());
    };
    if let Some((_, end)) = spans.last() {
        last = end;
    }
    // Every rate in force on a running day of delay: changes by date or after a stretch,
    // escalation steps and reductions alike.
    let timeline = run.timeline();
    Ok(first_rates(
        run.rates_within(timeline.running(first), timeline.running(last))
            .map(|(_, _, rate)| one_item(rate)),
    ))
}

/// The first [`SHOWN_RATES`] different rates of `in_force`, in order. Three are enough to tell
/// one rate from several and to name them in a refusal; an escalation over centuries holds
/// thousands, never looked at here.
fn first_rates(in_force: impl Iterator<Item = Decimal>) -> SmallVec<[Decimal; 2]> {
    let mut rates: SmallVec<[Decimal; 2]> = SmallVec::new();
    for rate in in_force {
        if !rates.contains(&rate) {
            rates.push(rate);
        }
        if rates.len() == SHOWN_RATES {
            break;
        }
    }
    rates
}

/// What `run` comes to over `from..=through` less `suppressed` at `rate` a unit instead of the
/// ordered rates: the same penalty, its first day, units, suspensions and end, counted at
/// `rate` throughout, without a cap (a period a cap cut is refused before: [`capped_by`]).
fn at_awarded_rate(
    run: &Run,
    rate: Decimal,
    minor_units: u32,
    from: NaiveDate,
    through: NaiveDate,
    suppressed: &[SuppressionReport],
) -> Result<Decimal, Limit> {
    if rate.is_zero() {
        return Ok(Decimal::ZERO);
    }
    // The awarded rate replaces every rate of the order over the period (its changes, steps
    // and reductions); the same days and units, and as many items (`count`), are counted.
    let penalty = Penalty {
        rate,
        changes: Vec::new(),
        changes_after: Vec::new(),
        escalation: None,
        reductions: Vec::new(),
        cap: None,
        ..run.penalty().clone()
    };
    let at_rate = Run::new(&penalty, run.start(), minor_units);
    let mut total = at_rate.segments(from, through)?.1;
    for s in suppressed {
        total = exact::sub(total, at_rate.segments(s.from, s.through)?.1)?;
    }
    Ok(total)
}

#[cfg(test)]
mod tests;
