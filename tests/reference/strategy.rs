//! Random schedules: every penalty shape a case file can state, with dates drawn near unit
//! boundaries (±1 day), on the 28th-31st and anywhere, built from small numbers so that
//! proptest shrinks a failure to a short case file.

use chrono::{Datelike, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;

use super::calendar::{add_months, days_from, days_in_month, plus_units, shift};
use super::model::settle;
use super::scenario::{End, Liquidation, LumpSum, Partial, Penalty, Per, Scenario, Style};

/// What the schedules drawn may hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    pub prorata: Prorata,
    /// Liquidations may leave days between them (or before the first) to no liquidation, and
    /// may be undecided or decided after the as-of date (projected).
    pub gaps_and_projected: bool,
    /// Prorata rates are whole multiples of every length their unit can have (in minor units),
    /// so that every day's share is exact and no part is ever rounded.
    pub whole_cents_a_day: bool,
    /// A single penalty.
    pub one_penalty: bool,
    /// The shapes of issue 15: escalation, changes after a stretch, reductions, breach days,
    /// `count`, shares.
    pub orders: bool,
    /// The judge's hand (issue 20): astreintes ordered for a duration, later ones (definitive
    /// among them) ordered by a later decision, liquidations moderated by rate and with days
    /// suppressed.
    pub judge: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prorata {
    Never,
    Sometimes,
    /// Every penalty counted by days of a longer unit.
    Only,
}

impl Shape {
    pub const EVERYTHING: Shape = Shape {
        prorata: Prorata::Sometimes,
        gaps_and_projected: true,
        whole_cents_a_day: false,
        one_penalty: false,
        orders: true,
        judge: true,
    };

    /// Everything but the judge's hand, for properties that change a scenario after it is
    /// drawn (a rate, a reduction): what a judgment settled for the scenario drawn (a
    /// definitive astreinte's figure, an awarded rate under the ordered one) need not hold
    /// for the changed one.
    pub const WITHOUT_JUDGE: Shape = Shape {
        judge: false,
        ..Shape::EVERYTHING
    };

    /// Everything but the shapes of real orders, for the judge's properties that change a
    /// liquidation after it is drawn.
    pub const WITHOUT_ORDERS: Shape = Shape {
        orders: false,
        ..Shape::EVERYTHING
    };
}

/// The least common multiple of the lengths, in days, a unit of `per` can have on the
/// calendar (a week 7; a month 28-31; a quarter 89-92; a semester 181-184; a year 365-366).
fn lengths_multiple(per: Per) -> i64 {
    fn gcd(a: i64, b: i64) -> i64 {
        if b == 0 { a } else { gcd(b, a % b) }
    }
    let lengths = match per {
        Per::Week => 7..=7,
        Per::Month => 28..=31,
        Per::Quarter => 89..=92,
        Per::Semester => 181..=184,
        Per::Year => 365..=366,
        Per::Day | Per::Violation => 1..=1,
    };
    lengths.fold(1, |m, n| m / gcd(m, n) * n)
}

/// A date relative to an anchor.
#[derive(Debug, Clone, Copy)]
pub enum Pick {
    Days(u16),
    /// `k` units of the anchor's penalty from the anchor, then `delta` days.
    Units {
        k: u8,
        delta: i8,
    },
    /// The `day` (28-31, clamped to the month's end) of the month `months` after the anchor's.
    MonthEnd {
        months: u8,
        day: u8,
    },
}

fn pick(days: u16, units: u8, months: u8) -> impl Strategy<Value = Pick> {
    prop_oneof![
        3 => (0..days).prop_map(Pick::Days),
        3 => (0..units, -1i8..=1).prop_map(|(k, delta)| Pick::Units { k, delta }),
        2 => (0..months, 28u8..=31).prop_map(|(months, day)| Pick::MonthEnd { months, day }),
    ]
}

fn resolve(pick: Pick, anchor: NaiveDate, per: Per) -> NaiveDate {
    match pick {
        Pick::Days(n) => shift(anchor, i64::from(n)),
        Pick::Units { k, delta } => shift(plus_units(anchor, per, u32::from(k)), i64::from(delta)),
        Pick::MonthEnd { months, day } => {
            let first = NaiveDate::from_ymd_opt(anchor.year(), anchor.month(), 1).expect("a first of the month");
            let month = add_months(first, u32::from(months));
            let day = u32::from(day).min(days_in_month(month.year(), month.month()));
            NaiveDate::from_ymd_opt(month.year(), month.month(), day).expect("a day of the month")
        }
    }
}

#[derive(Debug, Clone)]
pub struct RawPenalty {
    per: Per,
    partial: u8,
    rate: (i64, u32),
    from: Option<Pick>,
    complied: Option<Pick>,
    cap: Option<(i64, i64)>,
    changes: Vec<(Pick, Option<(i64, u32)>)>,
    suspensions: Vec<(u16, u16)>,
    violations: Vec<(Pick, i64)>,
    shapes: RawShapes,
    /// `kind`: 0 not written, 1 provisional, 2 definitive (where the law allows it).
    kind: u8,
    /// Ordered by a later decision: days after the order, then days to its first day.
    later: Option<(u16, u16)>,
    /// Its duration: 0 a `through` date, 1 months, 2 days.
    end: Option<(u8, Pick, u8, u16)>,
}

/// The shapes of issue 15 a penalty may take (at most one of escalation, changes after a
/// stretch, reductions and breach days, as a case file allows), and `count`.
#[derive(Debug, Clone)]
pub struct RawShapes {
    /// 0-5 none, 6-7 escalation, 8 changes after, 9 reductions, 10-11 breach days.
    kind: u8,
    count: Option<i64>,
    /// Escalation: factor (2-3) or add, the step (kind, length), the ceiling's multiple of the
    /// rate, an `until` some days after the decision.
    factor: Option<u8>,
    add: (i64, u32),
    every: (u8, u8),
    ceiling: u8,
    until: Option<u16>,
    /// Changes after: `(months, days, rate)`.
    after: Vec<(u8, u8, (i64, u32))>,
    /// Reductions: `(date, percent of the lowest rate)`.
    reductions: Vec<(Pick, u8)>,
    /// Breach days: `(gap before, length)`.
    breaches: Vec<(u16, u16)>,
}

fn raw_shapes() -> impl Strategy<Value = RawShapes> {
    (
        0u8..12,
        proptest::option::weighted(0.15, 2i64..5),
        proptest::option::weighted(0.6, 2u8..4),
        (1i64..500, 0u32..=2),
        (0u8..3, 1u8..40),
        2u8..40,
        proptest::option::weighted(0.3, 0u16..400),
        proptest::collection::vec((0u8..3, 0u8..60, (1i64..2000, 0u32..=3)), 1..3),
        proptest::collection::vec((pick(300, 6, 12), 1u8..30), 1..4),
        proptest::collection::vec((0u16..40, 0u16..30), 1..4),
    )
        .prop_map(
            |(kind, count, factor, add, every, ceiling, until, after, reductions, breaches)| RawShapes {
                kind,
                count,
                factor,
                add,
                every,
                ceiling,
                until,
                after,
                reductions,
                breaches,
            },
        )
}

fn raw_penalty() -> impl Strategy<Value = RawPenalty> {
    let per = prop_oneof![
        3 => Just(Per::Day),
        2 => Just(Per::Week),
        2 => Just(Per::Month),
        1 => Just(Per::Quarter),
        1 => Just(Per::Semester),
        1 => Just(Per::Year),
        1 => Just(Per::Violation),
    ];
    let rate = (1i64..2000, 0u32..=3);
    (
        per,
        0u8..4,
        rate.clone(),
        proptest::option::weighted(0.4, pick(120, 3, 4)),
        proptest::option::weighted(0.3, pick(700, 12, 24)),
        proptest::option::weighted(0.4, (5i64..300, 0i64..100)),
        proptest::collection::vec((pick(400, 8, 14), proptest::option::weighted(0.7, rate)), 0..3),
        proptest::collection::vec((0u16..200, 0u16..40), 0..3),
        proptest::collection::vec((pick(300, 4, 10), 1i64..5), 1..4),
        raw_shapes(),
        (
            0u8..3,
            proptest::option::weighted(0.4, (0u16..300, 0u16..60)),
            proptest::option::weighted(0.3, (0u8..3, pick(400, 8, 14), 1u8..8, 1u16..200)),
        ),
    )
        .prop_map(
            |(
                per,
                partial,
                rate,
                from,
                complied,
                cap,
                changes,
                suspensions,
                violations,
                shapes,
                (kind, later, end),
            )| RawPenalty {
                per,
                partial,
                rate,
                from,
                complied,
                cap,
                changes,
                suspensions,
                violations,
                shapes,
                kind,
                later,
                end,
            },
        )
}

#[derive(Debug, Clone, Copy)]
enum From {
    Default,
    Contiguous,
    /// A hole of this many days before the period.
    Gap(u8),
    /// An explicit `from` this many days before the first day of delay (first liquidation).
    Early(u8),
}

#[derive(Debug, Clone)]
pub struct RawLiquidation {
    through: Pick,
    from: From,
    until: bool,
    decided: Option<u16>,
    awarded: Option<i64>,
    /// `awarded_rate` as tenths of the rate ordered (see [`settle`]).
    rate_tenths: Option<u8>,
    /// Suppressions: the whole period (if first), or days after the one before and a length.
    suppressions: Vec<(bool, u16, u16)>,
}

fn raw_liquidation() -> impl Strategy<Value = RawLiquidation> {
    let from = prop_oneof![
        4 => Just(From::Default),
        1 => Just(From::Contiguous),
        2 => (1u8..60).prop_map(From::Gap),
        1 => (1u8..10).prop_map(From::Early),
    ];
    (
        pick(500, 9, 30),
        from,
        proptest::bool::weighted(0.2),
        proptest::option::weighted(0.8, 0u16..400),
        proptest::option::weighted(0.2, 0i64..100_000),
        (
            proptest::option::weighted(0.3, 0u8..=10),
            proptest::collection::vec((proptest::bool::weighted(0.1), 0u16..40, 0u16..40), 0..3),
        ),
    )
        .prop_map(
            |(through, from, until, decided, awarded, (rate_tenths, suppressions))| RawLiquidation {
                through,
                from,
                until,
                decided,
                awarded,
                rate_tenths,
                suppressions,
            },
        )
}

#[derive(Debug, Clone)]
pub struct RawScenario {
    currency: u8,
    decided: Pick,
    deadline: Pick,
    cap: Option<(i64, i64)>,
    penalties: Vec<RawPenalty>,
    lump_sums: Vec<(i64, Option<u16>)>,
    liquidations: Vec<RawLiquidation>,
    as_of: Pick,
    batch: bool,
    /// `[[share]]`: 0-5 none, then a set of shares; a fixed amount.
    shares: (u8, i64),
}

pub fn raw_scenario() -> impl Strategy<Value = RawScenario> {
    // Mostly one penalty, sometimes two or three; drawn as a number that shrinks to one.
    let penalties = (proptest::collection::vec(raw_penalty(), 3..=3), 0u8..10).prop_map(|(mut p, n)| {
        p.truncate(match n {
            0..=5 => 1,
            6..=8 => 2,
            _ => 3,
        });
        p
    });
    (
        0u8..10,
        pick(2000, 1, 72),
        pick(90, 3, 3),
        proptest::option::weighted(0.2, (5i64..600, 0i64..100)),
        penalties,
        proptest::collection::vec((1i64..1_000_000, proptest::option::of(0u16..900)), 0..2),
        proptest::collection::vec(raw_liquidation(), 0..=3),
        pick(700, 9, 30),
        any::<bool>(),
        (0u8..11, 1i64..100_000),
    )
        .prop_map(
            |(currency, decided, deadline, cap, penalties, lump_sums, liquidations, as_of, batch, shares)| {
                RawScenario {
                    currency,
                    decided,
                    deadline,
                    cap,
                    penalties,
                    lump_sums,
                    liquidations,
                    as_of,
                    batch,
                    shares,
                }
            },
        )
}

/// Valid schedules of `shape`.
pub fn scenario(shape: Shape) -> impl Strategy<Value = Scenario> {
    raw_scenario().prop_map(move |raw| build(&raw, shape))
}

/// The shapes of issue 15 one at a time, for the properties about each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    Escalation,
    ChangesAfter,
    Reductions,
    Breaches,
    Shares,
}

/// Valid schedules of `shape` whose every penalty takes `order` (as far as its unit allows:
/// breach days need a rate per day, reductions `completed` units), or that carry shares.
pub fn scenario_with(shape: Shape, order: Order) -> impl Strategy<Value = Scenario> {
    raw_scenario().prop_map(move |mut raw| {
        let kind = match order {
            Order::Escalation => 6,
            Order::ChangesAfter => 8,
            Order::Reductions => 9,
            Order::Breaches => 10,
            Order::Shares => 0,
        };
        for p in &mut raw.penalties {
            p.shapes.kind = kind;
            if order == Order::Breaches {
                p.per = Per::Day;
            }
        }
        if order == Order::Shares {
            raw.shares.0 = 6 + raw.shares.0 % 5;
        }
        build(&raw, Shape { orders: true, ..shape })
    })
}

/// An amount `mantissa × 10^-scale`, kept above zero.
fn money(mantissa: i64, scale: u32) -> Decimal {
    Decimal::new(mantissa.max(1), scale)
}

/// The scenario `raw` describes, made valid: dates in the order the case file requires,
/// liquidations following each other, none after the as-of date.
pub fn build(raw: &RawScenario, shape: Shape) -> Scenario {
    let currency = match raw.currency {
        0 => "JPY",
        1 => "KWD",
        _ => "EUR",
    };
    let minor = match currency {
        "JPY" => 0,
        "KWD" => 3,
        _ => 2,
    };
    let origin = NaiveDate::from_ymd_opt(2019, 1, 1).expect("a date");
    let decided = resolve(raw.decided, origin, Per::Month);
    let deadline = resolve(raw.deadline, decided, Per::Month).max(decided);
    let day_after_deadline = shift(deadline, 1);
    let raw_penalties = if shape.one_penalty {
        &raw.penalties[..1]
    } else {
        &raw.penalties[..]
    };
    let many = raw_penalties.len() > 1;
    let mut penalties = Vec::new();
    for (n, rp) in raw_penalties.iter().enumerate() {
        let partial = match (rp.per.is_long(), rp.partial, shape.prorata) {
            (false, _, _) => None,
            (true, _, Prorata::Only) => Some(Partial::Prorata),
            (true, 0, _) => None,
            (true, 1, _) => Some(Partial::Completed),
            (true, 2, _) => Some(Partial::Started),
            (true, _, Prorata::Never) => Some(Partial::Completed),
            (true, _, Prorata::Sometimes) => Some(Partial::Prorata),
        };
        let per = match (rp.per, shape.prorata) {
            (Per::Day | Per::Violation, Prorata::Only) => Per::Week,
            (per, _) => per,
        };
        let prorata = per.is_long() && partial == Some(Partial::Prorata);
        // A prorata rate is kept to the currency's minor unit: a whole unit then counts its
        // rate exactly under rule R3 (a finer rate is a case RULES.md does not settle).
        let rate_of = |(mantissa, scale): (i64, u32)| {
            if prorata && shape.whole_cents_a_day {
                return money((mantissa % 20 + 1) * lengths_multiple(per), minor);
            }
            let scale = if prorata || currency == "JPY" {
                scale.min(minor)
            } else {
                scale
            };
            money(mantissa, scale)
        };
        let rate = rate_of(rp.rate);
        // A later decision (never the first penalty's) orders an astreinte from a day it fixes.
        let ordered = rp.later.filter(|_| shape.judge && n > 0).map(|(after, to_start)| {
            let on = shift(decided, 1 + i64::from(after));
            (on, shift(on, i64::from(to_start)))
        });
        let from = match ordered {
            Some((_, first)) => Some(first),
            None => rp.from.map(|p| resolve(p, decided, Per::Month).max(decided)),
        };
        let start = from.unwrap_or(day_after_deadline);
        // Definitive only where CPCE L131-2 al. 3 allows it: after the first penalty (always
        // provisional, of the case's order), by a later decision, for a duration.
        let definitive = match (shape.judge, rp.kind) {
            (false, _) | (true, 0) => None,
            (true, 1) => Some(false),
            (true, _) => Some(ordered.is_some()),
        };
        let floor = from.unwrap_or(decided);
        let end = match rp.end.filter(|_| shape.judge) {
            Some((0, through, _, _)) => Some(End::Through(resolve(through, start, per).max(floor))),
            Some((1, _, months, _)) => Some(End::Months(u32::from(months))),
            Some((_, _, _, days)) => Some(End::Days(u32::from(days))),
            None if definitive == Some(true) => Some(End::Months(2)),
            None => None,
        };
        let complied = rp.complied.map(|p| resolve(p, start, per).max(decided));
        let cap = rp
            .cap
            .map(|(tenths, cents)| rate * Decimal::new(tenths, 1) + Decimal::new(cents, minor));
        let mut changes: Vec<(NaiveDate, Option<Decimal>)> = rp
            .changes
            .iter()
            .map(|(p, r)| (resolve(*p, start, per).max(decided), r.map(rate_of)))
            .collect();
        changes.sort_by_key(|c| c.0);
        changes.dedup_by_key(|c| c.0);
        let mut in_force = rate;
        let changes = changes
            .into_iter()
            .map(|(date, r)| {
                // `None`: a change to the rate already in force.
                in_force = r.unwrap_or(in_force);
                (date, in_force)
            })
            .collect();
        let mut suspensions = Vec::new();
        let mut at = shift(start, -10);
        for (gap, length) in &rp.suspensions {
            let first = shift(at, i64::from(*gap) + 1).max(decided);
            let last = shift(first, i64::from(*length));
            if complied.is_some_and(|c| first >= c) {
                break;
            }
            suspensions.push((first, last));
            at = last;
        }
        let violations = if per == Per::Violation {
            let mut v: Vec<_> = rp
                .violations
                .iter()
                .map(|(p, count)| (resolve(*p, shift(start, -3), Per::Week).max(decided), *count))
                .collect();
            v.sort_by_key(|v| v.0);
            v
        } else {
            Vec::new()
        };
        let mut penalty = Penalty {
            obligation: many.then(|| ["A", "B", "C"][n].to_string()),
            rate,
            per,
            partial,
            from,
            complied,
            cap,
            changes,
            suspensions,
            violations,
            escalation: None,
            after_changes: Vec::new(),
            reductions: Vec::new(),
            breaches: Vec::new(),
            count: None,
            definitive,
            decided: ordered.map(|(on, _)| on),
            end,
        };
        if shape.orders {
            shapes(
                &mut penalty,
                &rp.shapes,
                start,
                decided,
                &rate_of,
                prorata && shape.whole_cents_a_day,
                minor,
            );
        }
        penalties.push(penalty);
    }
    let case_cap = raw
        .cap
        .map(|(tenths, cents)| penalties[0].rate * Decimal::new(tenths, 1) + Decimal::new(cents, minor));
    let mut scenario = Scenario {
        currency,
        decided,
        deadline,
        cap: case_cap,
        penalties,
        lump_sums: raw
            .lump_sums
            .iter()
            .map(|(amount, date)| LumpSum {
                amount: money(*amount, minor),
                date: date.map(|d| shift(decided, i64::from(d))),
            })
            .collect(),
        liquidations: Vec::new(),
        as_of: decided,
        style: if raw.batch { Style::Batch } else { Style::TopLevel },
        shares: if shape.orders {
            shares(raw.shares, minor)
        } else {
            Vec::new()
        },
    };
    let accrual_start = scenario.accrual_start();
    let grid_of = |p: &Penalty| match p.per {
        Per::Violation => Per::Week,
        per => per,
    };
    let (anchor, per) = (
        scenario.start_of(&scenario.penalties[0]),
        grid_of(&scenario.penalties[0]),
    );
    // The last day of a unit is the day before the anchor plus whole units.
    let mut throughs: Vec<NaiveDate> = raw
        .liquidations
        .iter()
        .map(|l| shift(resolve(l.through, anchor, per), -1).max(accrual_start))
        .collect();
    throughs.sort();
    throughs.dedup();
    let mut next = accrual_start;
    let mut liquidations = Vec::new();
    for (i, (l, through)) in raw.liquidations.iter().zip(throughs).enumerate() {
        let from = match l.from {
            From::Default => None,
            From::Contiguous => Some(next),
            From::Gap(g) if shape.gaps_and_projected => Some(shift(next, i64::from(g)).min(through)),
            From::Gap(_) => Some(next),
            From::Early(e) if i == 0 => Some(shift(next, -i64::from(e))),
            From::Early(_) => None,
        };
        liquidations.push((from, through, l, next));
        next = shift(through, 1);
    }
    let last = liquidations.last().map(|l| l.1);
    scenario.as_of = match last {
        Some(last) => resolve(raw.as_of, last, per).max(last),
        None => resolve(raw.as_of, shift(accrual_start, -3), per),
    };
    let as_of = scenario.as_of;
    scenario.liquidations = liquidations
        .into_iter()
        .map(|(from, through, l, first)| {
            let decided = match (shape.gaps_and_projected, l.decided) {
                (true, d) => d.map(|d| shift(through, i64::from(d))),
                (false, d) => Some(shift(through, i64::from(d.unwrap_or(0))).min(as_of)),
            };
            let pronounced = decided.is_some_and(|d| d <= as_of);
            Liquidation {
                from,
                through,
                until: l.until,
                decided,
                awarded: l.awarded.filter(|_| pronounced).map(|a| money(a, minor)),
                awarded_rate: None,
                suppressions: if shape.judge {
                    suppressions(&l.suppressions, from.unwrap_or(first), through)
                } else {
                    Vec::new()
                },
            }
        })
        .collect();
    if shape.judge {
        let tenths: Vec<Option<u8>> = raw.liquidations.iter().map(|l| l.rate_tenths).collect();
        settle(&mut scenario, &tenths);
    }
    scenario
}

/// Gives `p` the shape of issue 15 `raw` draws, kept valid: one of escalation, changes after a
/// stretch, reductions per item and breach days (the case file refuses them together), and
/// maybe a `count`. `rate_of` makes a rate of the penalty's kind; `multiples`: prorata rates
/// that must stay whole multiples of every unit length.
fn shapes(
    p: &mut Penalty,
    raw: &RawShapes,
    start: NaiveDate,
    decided: NaiveDate,
    rate_of: &dyn Fn((i64, u32)) -> Decimal,
    multiples: bool,
    minor: u32,
) {
    use super::scenario::{Escalation, Stretch};
    p.count = raw.count;
    let prorata = p.is_prorata();
    match raw.kind {
        6 | 7 => {
            p.changes.clear();
            let every = match raw.every {
                (0, n) => Stretch {
                    months: 0,
                    days: u32::from(n),
                },
                (1, n) => Stretch {
                    months: 0,
                    days: 7 * u32::from(n % 6 + 1),
                },
                (_, n) => Stretch {
                    months: u32::from(n % 4 + 1),
                    days: 0,
                },
            };
            let (factor, add) = match raw.factor {
                Some(f) => (Some(Decimal::from(f)), None),
                None => {
                    let add = if multiples {
                        rate_of(raw.add) * Decimal::from(2)
                    } else if prorata {
                        money(raw.add.0, raw.add.1.min(minor))
                    } else {
                        money(raw.add.0, raw.add.1)
                    };
                    (None, Some(add))
                }
            };
            let max_rate = match (factor, add) {
                (Some(_), _) => p.rate * Decimal::from(raw.ceiling),
                (_, Some(a)) => p.rate + a * Decimal::from(raw.ceiling),
                _ => unreachable!(),
            };
            p.escalation = Some(Escalation {
                factor,
                add,
                every,
                until: raw.until.map(|d| shift(decided, i64::from(d))),
                max_rate: Some(max_rate),
            });
        }
        8 => {
            p.changes.clear();
            // Every stretch in days, or every one in months (the file refuses a mix).
            let in_months = raw.after.first().is_some_and(|a| a.0 > 0);
            let mut at = Stretch { months: 0, days: 0 };
            for &(months, days, rate) in &raw.after {
                let next = if in_months {
                    Stretch {
                        months: at.months + u32::from(months.max(1)),
                        days: 0,
                    }
                } else {
                    Stretch {
                        months: 0,
                        days: at.days + u32::from(days) + 1,
                    }
                };
                if next <= at {
                    continue;
                }
                at = next;
                p.after_changes.push((next, rate_of(rate)));
            }
        }
        9 if !prorata && p.mode() == Partial::Completed => {
            let lowest = p.changes.iter().map(|c| c.1).fold(p.rate, Decimal::min);
            let mut left = 90u32;
            for (pick, percent) in &raw.reductions {
                let percent = u32::from(*percent).min(left);
                if percent == 0 {
                    break;
                }
                left -= percent;
                let date = resolve(*pick, start, if p.per == Per::Violation { Per::Week } else { p.per }).max(decided);
                p.reductions.push((date, lowest * Decimal::new(i64::from(percent), 2)));
            }
        }
        10 | 11 if p.per == Per::Day => {
            let mut at = shift(start, -5);
            for &(gap, length) in &raw.breaches {
                let from = shift(at, i64::from(gap)).max(decided);
                let mut through = shift(from, i64::from(length));
                if let Some(c) = p.complied {
                    through = through.min(shift(c, -1));
                }
                if through < from {
                    break;
                }
                p.breaches.push((from, through));
                at = shift(through, 1);
            }
        }
        _ => {}
    }
}

/// The `[[share]]` tables `kind` draws (none for most cases), `fixed` a fixed amount's minor
/// units.
fn shares(raw: (u8, i64), minor: u32) -> Vec<(String, super::scenario::Portion)> {
    use super::scenario::Portion;
    let fixed = Portion::Amount(money(raw.1, minor));
    let named = |parts: &[(&str, Portion)]| parts.iter().map(|(n, p)| (n.to_string(), *p)).collect();
    match raw.0 {
        6 => named(&[("A", Portion::Part(1, 2)), ("B", Portion::Part(1, 2))]),
        7 => named(&[
            ("A", Portion::Part(1, 3)),
            ("B", Portion::Part(1, 3)),
            ("C", Portion::Part(1, 3)),
        ]),
        8 => named(&[("Claimant", fixed), ("State", Portion::Rest)]),
        9 => named(&[("Claimant", Portion::Rest), ("State", Portion::Part(2, 7))]),
        10 => named(&[("A", Portion::Part(1, 6)), ("B", fixed), ("C", Portion::Rest)]),
        _ => Vec::new(),
    }
}

/// Suppressions within `from..=through` drawn from `raw`: the whole period, or stretches one
/// after the other, apart.
fn suppressions(raw: &[(bool, u16, u16)], from: NaiveDate, through: NaiveDate) -> Vec<Option<(NaiveDate, NaiveDate)>> {
    let mut out = Vec::new();
    let mut cursor = from;
    for (i, &(whole, gap, length)) in raw.iter().enumerate() {
        if whole && i == 0 {
            return vec![None];
        }
        let first = shift(cursor, i64::from(gap % 20));
        if first > through {
            break;
        }
        let last = shift(first, i64::from(length % 30)).min(through);
        out.push(Some((first, last)));
        cursor = shift(last, 1);
        if days_from(cursor, through) < 0 {
            break;
        }
    }
    out
}
