//! The reference model: the counting rules of the README ("How days are counted") and of
//! /work/helpers/RULES.md (R1: every day liquidated at most once, gaps kept; R3: prorata parts
//! are differences of a unit's rounded running total, caps on running totals), computed by
//! walking the calendar one day at a time. Slow on purpose: nothing here is clever, and nothing
//! is shared with the engine (no unit numbers, no segments, no blocks).
//!
//! For each penalty the walk records, for every calendar day, whether it is a day of delay and
//! the penalty's running total through that day (before its cap). Every figure of a period
//! is then a difference of running totals (capped: `min(total, cap)`), and every count of days
//! is a count of days.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::calendar::add_months;
use super::calendar::{Grid, days_from, shift};
use super::scenario::{
    Expected, GapFigures, Liquidation, LiquidationFigures, Partial, Penalty, PenaltyFigures, Per, PeriodFigures,
    Portion, Scenario, Totals,
};

/// One penalty, day by day from the model's first day.
struct Walk<'a> {
    penalty: &'a Penalty,
    /// Whether the day counts as a day of delay (never for violations).
    delay: Vec<bool>,
    /// The running total through the day, before the cap.
    total: Vec<Decimal>,
    /// How many units (days, units, violations) fall due on the day.
    events: Vec<i64>,
    /// The rate per unit of what falls due on the day (escalation, changes, reductions and
    /// `count` applied).
    rate: Vec<Decimal>,
}

impl Walk<'_> {
    fn capped(&self, i: usize) -> Decimal {
        let t = self.total[i];
        self.penalty.cap.map_or(t, |cap| t.min(cap))
    }
}

/// The figures of a whole case, as of `scenario.as_of`.
pub fn expected(s: &Scenario) -> Expected {
    Model::new(s).expected()
}

/// What all penalties together (each capped, then the case's cap) have come to through each
/// day from the first day of delay through the as-of date.
pub fn running_totals(s: &Scenario) -> Vec<(NaiveDate, Decimal)> {
    let m = Model::new(s);
    let (first, last) = (m.index(s.accrual_start()), m.index(s.as_of));
    let mut date = s.accrual_start();
    let mut out = Vec::new();
    for i in first..=last {
        out.push((date, m.case_capped(i)));
        date = shift(date, 1);
    }
    out
}

struct Model<'a> {
    s: &'a Scenario,
    /// Day 0 of every vector: the day before anything can count.
    origin: NaiveDate,
    walks: Vec<Walk<'a>>,
}

impl<'a> Model<'a> {
    fn new(s: &'a Scenario) -> Self {
        let earliest = s
            .liquidations
            .iter()
            .filter_map(|l| l.from)
            .chain([s.decided, s.accrual_start(), s.as_of])
            .min()
            .expect("a date");
        let origin = shift(earliest, -1);
        let end = s
            .liquidations
            .iter()
            .map(|l| l.through)
            .chain([s.as_of])
            .max()
            .expect("a date");
        let days = usize::try_from(days_from(origin, end) + 1).expect("the end after the origin");
        let walks = s.penalties.iter().map(|p| walk(s, p, origin, days)).collect();
        Model { s, origin, walks }
    }

    /// The index of `date` in the walks; dates before the origin read as the origin, where
    /// nothing has counted yet.
    fn index(&self, date: NaiveDate) -> usize {
        usize::try_from(days_from(self.origin, date).max(0)).expect("a date within the walk")
    }

    fn days(&self) -> usize {
        self.walks[0].total.len()
    }

    /// What all penalties together have come to through day `i`: each capped, then the case's cap.
    fn case_capped(&self, i: usize) -> Decimal {
        let sum: Decimal = self.walks.iter().map(|w| w.capped(i)).sum();
        self.s.cap.map_or(sum, |cap| sum.min(cap))
    }

    /// A period `from..=through`: its days, its amount and each penalty's share and units.
    fn period(&self, from: NaiveDate, through: NaiveDate) -> (PeriodFigures, Vec<Decimal>) {
        let units = |w: &Walk| (!w.penalty.is_prorata()).then_some(0);
        if through < from {
            let figures = PeriodFigures {
                from: None,
                through: None,
                days: 0,
                amount: Decimal::ZERO,
                units: self.walks.iter().map(units).collect(),
            };
            return (figures, vec![Decimal::ZERO; self.walks.len()]);
        }
        let (a, b) = (self.index(from), self.index(through));
        let before = a - 1;
        let mut figures = PeriodFigures {
            from: None,
            through: None,
            days: 0,
            amount: self.case_capped(b) - self.case_capped(before),
            units: self.walks.iter().map(units).collect(),
        };
        let mut date = from.max(self.origin);
        for i in a..=b {
            let delay = self.walks.iter().any(|w| w.delay[i]);
            if delay {
                figures.days += 1;
            }
            let violation = self
                .walks
                .iter()
                .any(|w| w.penalty.per == Per::Violation && w.capped(i) > w.capped(i - 1));
            if delay || violation {
                figures.from = figures.from.or(Some(date));
                figures.through = Some(date);
            }
            for (w, units) in self.walks.iter().zip(&mut figures.units) {
                if let Some(units) = units {
                    *units += counted_units(w, i);
                }
            }
            date = shift(date, 1);
        }
        let shares = self.walks.iter().map(|w| w.capped(b) - w.capped(before)).collect();
        (figures, shares)
    }

    fn expected(&self) -> Expected {
        let s = self.s;
        let accrual_start = s.accrual_start();
        let mut per_penalty_liquidated = vec![Decimal::ZERO; self.walks.len()];
        let mut per_penalty_unliquidated = vec![Decimal::ZERO; self.walks.len()];
        let mut liquidations = Vec::new();
        let mut gaps = Vec::new();
        let mut next = accrual_start;
        let (mut awarded, mut owed_liquidations, mut suppressed) = (Decimal::ZERO, Decimal::ZERO, Decimal::ZERO);
        for l in &s.liquidations {
            let from = l.from.unwrap_or(next);
            if from > next {
                let hole_through = shift(from, -1);
                let (counted, shares) = self.period(next, hole_through);
                add(&mut per_penalty_unliquidated, &shares);
                gaps.push(GapFigures {
                    hole: Some((next, hole_through)),
                    counted,
                });
            }
            let (figures, shares) = self.period(from, l.through);
            add(&mut per_penalty_liquidated, &shares);
            let pronounced = l.decided.is_some_and(|d| d <= s.as_of);
            let judged = self.judged(l, from, figures.amount);
            let owes = judged.awarded.unwrap_or(figures.amount);
            if pronounced {
                awarded += owes;
                owed_liquidations += owes;
                suppressed += judged.suppressed;
            } else {
                owed_liquidations += figures.amount;
            }
            // What the shares divide: what the decision awarded once pronounced.
            let owed = if pronounced { owes } else { figures.amount };
            liquidations.push(LiquidationFigures {
                from,
                through: l.through,
                days: figures.days,
                amount: figures.amount,
                units: figures.units,
                status: Some(if pronounced { "pronounced" } else { "projected" }.to_string()),
                shares: split(owed, &s.shares, s.minor_units()),
                awarded: judged.awarded,
                suppressed: judged.suppressed,
                suppressed_days: judged.suppressed_days,
            });
            next = shift(l.through, 1);
        }
        let (accrued, shares) = self.period(next, s.as_of);
        add(&mut per_penalty_unliquidated, &shares);

        let as_of = self.index(s.as_of).min(self.days() - 1);
        let first_reaching = |reached: &dyn Fn(usize) -> bool| -> Option<NaiveDate> {
            (0..=as_of).find(|&i| reached(i)).map(|i| shift(self.origin, i as i64))
        };
        let penalties = self
            .walks
            .iter()
            .zip(per_penalty_liquidated.iter().zip(&per_penalty_unliquidated))
            .map(|(w, (l, u))| PenaltyFigures {
                total: l + u,
                cap_reached: w.penalty.cap.and_then(|cap| first_reaching(&|i| w.total[i] >= cap)),
            })
            .collect();
        let cap_reached = s
            .cap
            .and_then(|cap| first_reaching(&|i| self.walks.iter().map(|w| w.capped(i)).sum::<Decimal>() >= cap));

        let liquidated: Decimal = liquidations.iter().map(|l| l.amount).sum();
        let unliquidated = accrued.amount + gaps.iter().map(|g| g.counted.amount).sum::<Decimal>();
        let lump_sums: Decimal = s
            .lump_sums
            .iter()
            .filter(|l| l.date.unwrap_or(s.decided) <= s.as_of)
            .map(|l| l.amount)
            .sum();
        let by_obligation = per_penalty_liquidated
            .iter()
            .zip(&per_penalty_unliquidated)
            .map(|(l, u)| (*l, *u, l + u))
            .collect();
        Expected {
            accrual_start,
            liquidations,
            accrued,
            gaps,
            penalties,
            cap_reached,
            totals: Totals {
                liquidated,
                awarded,
                unliquidated,
                lump_sums,
                overall: liquidated + unliquidated + lump_sums,
                owed: owed_liquidations + unliquidated + lump_sums,
                suppressed,
                by_obligation,
            },
        }
    }
}

/// What a liquidation's decision did to its figure, as the model works it out.
pub struct Judged {
    pub awarded: Option<Decimal>,
    pub suppressed: Decimal,
    pub suppressed_days: i64,
}

/// Why the law (as the README states it) refuses what a liquidation says the judge did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// `awarded_rate` where several astreintes count.
    SeveralAstreintes,
    /// `awarded_rate` where the ordered rate changes over the days of delay.
    SeveralRates,
    /// `awarded_rate` where a cap holds the period.
    Capped,
    /// `awarded_rate` above the ordered rate.
    AboveOrdered,
    /// A rate or a sum other than the computed one where a definitive astreinte counts.
    Definitive,
    /// `awarded` and `awarded_rate` disagree.
    Disagree,
}

impl Model<'_> {
    /// The spans of `l`'s suppressions, its period being `from..=l.through`.
    fn suppression_spans(l: &Liquidation, from: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
        l.suppressions.iter().map(|s| s.unwrap_or((from, l.through))).collect()
    }

    /// The penalties (by index) that count in `from..=through`: a day of delay in it, or a
    /// violation counted in it.
    fn counting(&self, from: NaiveDate, through: NaiveDate) -> Vec<usize> {
        let (a, b) = (self.index(from), self.index(through));
        (0..self.walks.len())
            .filter(|&n| {
                let w = &self.walks[n];
                (a..=b).any(|i| w.delay[i] || counts_a_violation(w, i))
            })
            .collect()
    }

    /// The rates in force on the days `walk` counts in `from..=through` (days of delay, or
    /// days with a violation), each once.
    fn rates(&self, n: usize, from: NaiveDate, through: NaiveDate) -> Vec<Decimal> {
        let w = &self.walks[n];
        let mut rates = Vec::new();
        let mut date = from.max(self.origin);
        for i in self.index(from)..=self.index(through) {
            // The rate for one item (`count` multiplies it), escalation and reductions applied.
            let rate = w.rate[i] / Decimal::from(w.penalty.count.unwrap_or(1));
            if (w.delay[i] || counts_a_violation(w, i)) && !rates.contains(&rate) {
                rates.push(rate);
            }
            date = shift(date, 1);
        }
        rates
    }

    /// Whether a cap holds the figures of penalty `n` by `through`: its own (its total before
    /// the cap is past it) or the case's.
    fn capped(&self, n: usize, through: NaiveDate) -> bool {
        let i = self.index(through);
        let own = self.walks[n]
            .penalty
            .cap
            .is_some_and(|cap| self.walks[n].total[i] > cap);
        let sum: Decimal = self.walks.iter().map(|w| w.capped(i)).sum();
        own || self.s.cap.is_some_and(|cap| sum > cap)
    }

    /// What penalty `n` comes to over `from..=through` at `rate` a unit throughout, without a
    /// cap: the same days and units, walked again.
    fn at_rate(&self, n: usize, rate: Decimal, from: NaiveDate, through: NaiveDate) -> Decimal {
        // The awarded rate replaces every rate of the order (changes, steps, reductions).
        let p = Penalty {
            rate,
            changes: Vec::new(),
            after_changes: Vec::new(),
            escalation: None,
            reductions: Vec::new(),
            cap: None,
            ..self.walks[n].penalty.clone()
        };
        let w = walk(self.s, &p, self.origin, self.days());
        w.total[self.index(through)] - w.total[self.index(from) - 1]
    }

    /// What liquidation `l` (its period from `from`, its computed figure `computed`) awarded
    /// and suppressed, or why the law refuses it.
    fn judge(&self, l: &Liquidation, from: NaiveDate, computed: Decimal) -> Result<Judged, Refusal> {
        let spans = Self::suppression_spans(l, from);
        let (mut suppressed, mut suppressed_days) = (Decimal::ZERO, 0);
        for &(a, b) in &spans {
            let (figures, _) = self.period(a, b);
            suppressed += figures.amount;
            suppressed_days += figures.days;
        }
        let due = computed - suppressed;
        let counting = self.counting(from, l.through);
        let definitive = counting.iter().any(|&n| self.walks[n].penalty.is_definitive());
        let at_rate = match (l.awarded_rate, counting.as_slice()) {
            (None, _) => None,
            (Some(_), []) => Some(Decimal::ZERO),
            (Some(rate), [n]) => {
                let rates = self.rates(*n, from, l.through);
                let [ordered] = rates[..] else {
                    return Err(Refusal::SeveralRates);
                };
                if definitive && rate != ordered {
                    return Err(Refusal::Definitive);
                }
                if rate > ordered {
                    return Err(Refusal::AboveOrdered);
                }
                if rate == ordered {
                    Some(due)
                } else if self.capped(*n, l.through) {
                    return Err(Refusal::Capped);
                } else if rate.is_zero() {
                    Some(Decimal::ZERO)
                } else {
                    let whole = self.at_rate(*n, rate, from, l.through);
                    let taken: Decimal = spans.iter().map(|&(a, b)| self.at_rate(*n, rate, a, b)).sum();
                    Some((whole - taken).min(due))
                }
            }
            (Some(_), _) => return Err(Refusal::SeveralAstreintes),
        };
        if let Some(awarded) = l.awarded {
            if at_rate.is_some_and(|r| r != awarded) {
                return Err(Refusal::Disagree);
            }
            if definitive && awarded != due {
                return Err(Refusal::Definitive);
            }
        }
        let awarded = l.awarded.or(at_rate).or((!spans.is_empty()).then_some(due));
        Ok(Judged {
            awarded,
            suppressed,
            suppressed_days,
        })
    }

    /// [`Model::judge`] of a case the strategies keep valid (see [`settle`]).
    fn judged(&self, l: &Liquidation, from: NaiveDate, computed: Decimal) -> Judged {
        self.judge(l, from, computed)
            .unwrap_or_else(|why| panic!("the model refuses liquidation through {}: {why:?}", l.through))
    }
}

/// Why the model refuses liquidation `n` of `s` (its `awarded`, `awarded_rate`), if it does.
pub fn refusal(s: &Scenario, n: usize) -> Option<Refusal> {
    let m = Model::new(s);
    let from = first_day(s, n);
    let (figures, _) = m.period(from, s.liquidations[n].through);
    m.judge(&s.liquidations[n], from, figures.amount).err()
}

/// The first day of liquidation `n`: its own `from`, or the day after the one before (the
/// first day of delay for the first).
fn first_day(s: &Scenario, n: usize) -> NaiveDate {
    s.liquidations[n].from.unwrap_or_else(|| match n {
        0 => s.accrual_start(),
        _ => shift(s.liquidations[n - 1].through, 1),
    })
}

/// Makes what the liquidations of `s` say of the judge something the law allows, as drawn:
/// `awarded_rate` as a share (`tenths`, 0 to 10) of the one rate ordered for the period where
/// one astreinte counts at one rate and no cap holds it (the rate ordered itself where that
/// astreinte is definitive), dropped otherwise; no `awarded` beside a rate, and where a
/// definitive astreinte counts, none but the figure due.
pub fn settle(s: &mut Scenario, tenths: &[Option<u8>]) {
    for n in 0..s.liquidations.len() {
        let m = Model::new(s);
        let from = first_day(s, n);
        let l = &s.liquidations[n];
        let counting = m.counting(from, l.through);
        let definitive = counting.iter().any(|&i| m.walks[i].penalty.is_definitive());
        let rate = match (tenths.get(n).copied().flatten(), counting.as_slice()) {
            (Some(k), [i]) if !m.capped(*i, l.through) => match m.rates(*i, from, l.through)[..] {
                [ordered] if definitive => Some(ordered),
                [ordered] => {
                    let p = m.walks[*i].penalty;
                    // Kept to the ordered rate's scale (and a prorata one to the minor unit).
                    let scale = if p.is_prorata() {
                        s.minor_units()
                    } else {
                        ordered.scale().max(s.minor_units())
                    };
                    Some((ordered * Decimal::from(k) / Decimal::from(10)).trunc_with_scale(scale))
                }
                _ => None,
            },
            _ => None,
        };
        let (figures, _) = m.period(from, l.through);
        let mut settled = l.clone();
        settled.awarded_rate = rate;
        if rate.is_some() {
            settled.awarded = None;
        }
        if definitive && settled.awarded.is_some() {
            let spans = Model::suppression_spans(&settled, from);
            let taken: Decimal = spans.iter().map(|&(a, b)| m.period(a, b).0.amount).sum();
            settled.awarded = Some(figures.amount - taken);
        }
        s.liquidations[n] = settled;
    }
}

fn add(sums: &mut [Decimal], parts: &[Decimal]) {
    for (sum, part) in sums.iter_mut().zip(parts) {
        *sum += part;
    }
}

/// The units counted on day `i`: those falling due that day, as far as the penalty's cap
/// leaves room (a unit the cap cuts counts as one; none once the cap is reached).
/// Whether day `i` of a penalty per violation counts a violation: one found that day which its
/// cap leaves room for (a violation past the cap counts in no period, as in the engine).
fn counts_a_violation(w: &Walk, i: usize) -> bool {
    w.penalty.per == Per::Violation && w.events[i] > 0 && (i == 0 || counted_units(w, i) > 0)
}

fn counted_units(w: &Walk, i: usize) -> i64 {
    let due = w.events[i];
    let Some(cap) = w.penalty.cap else { return due };
    let room = cap - w.total[i - 1].min(cap);
    if room <= Decimal::ZERO {
        return 0;
    }
    let rate = w.rate[i];
    (1..=due).find(|&u| rate * Decimal::from(u) >= room).unwrap_or(due)
}

/// Walks `p` over `days` calendar days from `origin`.
fn walk<'a>(s: &Scenario, p: &'a Penalty, origin: NaiveDate, days: usize) -> Walk<'a> {
    let start = s.start_of(p);
    let mut w = Walk {
        penalty: p,
        delay: vec![false; days],
        total: vec![Decimal::ZERO; days],
        events: vec![0; days],
        rate: vec![Decimal::ZERO; days],
    };
    let grid = (p.per != Per::Violation).then(|| Grid::new(start, p.per));
    let prorata = p.is_prorata();
    let minor = s.minor_units();
    // Running days so far, the unit holding the last one and where the next unit begins.
    let (mut running, mut unit) = (0i64, 0u32);
    let (mut unit_first, mut next_first) = grid.map_or((1, 2), |g| (g.first(0), g.first(1)));
    // Whole units and days so far; for prorata, the completed units and the rates of the days
    // run in the unit in progress.
    let (mut sum, mut unit_rates) = (Decimal::ZERO, Decimal::ZERO);
    // The days the penalty has run (for every unit, violations included), and the escalation:
    // its rate, its next step and whether it has stopped rising.
    let mut ran = 0i64;
    let mut escalated = p.rate;
    let (mut step, mut rising) = (1u32, p.escalation.is_some());
    let step_first = |k: u32| -> i64 {
        let e = p.escalation.as_ref().expect("an escalation");
        match e.every.months {
            0 => i64::from(k) * i64::from(e.every.days) + 1,
            m => days_from(start, add_months(start, k * m)) + 1,
        }
    };
    let after_first: Vec<(i64, Decimal)> = p
        .after_changes
        .iter()
        .map(|(after, rate)| {
            (
                days_from(start, add_months(start, after.months)) + i64::from(after.days) + 1,
                *rate,
            )
        })
        .collect();
    let per_day = matches!(p.per, Per::Day | Per::Violation);
    let count = Decimal::from(p.count.unwrap_or(1));
    let mut date = origin;
    for i in 0..days {
        if i > 0 {
            date = shift(date, 1);
        }
        if date >= start {
            let suspended = p.is_stopped(date);
            // Compliance, or the end of the duration the judge set, stops it.
            let obeyed = !p.runs_on(start, date);
            if !suspended {
                ran += 1;
                while rising && ran == step_first(step) {
                    let e = p.escalation.as_ref().expect("an escalation");
                    if e.until.is_some_and(|u| date > u) {
                        rising = false;
                        break;
                    }
                    escalated = e.rise(escalated);
                    step += 1;
                }
            }
            let base = if p.escalation.is_some() {
                escalated
            } else if !after_first.is_empty() {
                after_first
                    .iter()
                    .rev()
                    .find(|(first, _)| *first <= ran)
                    .map_or(p.rate, |(_, rate)| *rate)
            } else {
                p.rate_on(date)
            };
            let rate = (base - p.reduced_by(date, !per_day)) * count;
            w.rate[i] = rate;
            if let Some(g) = grid
                && !suspended
            {
                running += 1;
                while running >= next_first {
                    if prorata {
                        sum += round(unit_rates, next_first - unit_first, minor);
                        unit_rates = Decimal::ZERO;
                    }
                    unit += 1;
                    unit_first = next_first;
                    next_first = g.first(unit + 1);
                }
                if !obeyed {
                    w.delay[i] = true;
                    let due = match (p.per, p.mode()) {
                        (Per::Day, _) => true,
                        (_, Partial::Completed) => running == next_first - 1,
                        (_, Partial::Started) => running == unit_first,
                        (_, Partial::Prorata) => {
                            unit_rates += rate;
                            false
                        }
                    };
                    if due {
                        sum += rate;
                        w.events[i] = 1;
                    }
                }
            }
            if p.per == Per::Violation && !suspended && !obeyed {
                for (_, count) in p.violations.iter().filter(|(d, _)| *d == date) {
                    sum += rate * Decimal::from(*count);
                    w.events[i] += count;
                }
            }
        }
        w.total[i] = if prorata {
            sum + round(unit_rates, next_first - unit_first, minor)
        } else {
            sum
        };
    }
    w
}

/// What each share receives of `whole` (rule of `[[share]]`, README "Shares"): fixed amounts
/// first, each at most what is left; each part rounded down to `digits` decimals, at most what
/// is left; the share written without `part` or `amount` (or the first, when all have a part)
/// takes the rest.
pub fn split(whole: Decimal, shares: &[(String, Portion)], digits: u32) -> Vec<Decimal> {
    let taker = shares.iter().position(|(_, p)| *p == Portion::Rest).unwrap_or(0);
    let mut left = whole;
    let mut out = vec![Decimal::ZERO; shares.len()];
    for (i, (_, portion)) in shares.iter().enumerate() {
        if let Portion::Amount(a) = portion {
            out[i] = (*a).min(left);
            left -= out[i];
        }
    }
    for (i, (_, portion)) in shares.iter().enumerate() {
        if let Portion::Part(n, d) = portion
            && i != taker
        {
            // whole × n ÷ d, rounded down, from integers.
            let (m, scale) = (whole.mantissa(), whole.scale());
            let mut num = m * i128::from(*n);
            let mut den = i128::from(*d);
            if digits >= scale {
                num *= 10i128.pow(digits - scale);
            } else {
                den *= 10i128.pow(scale - digits);
            }
            out[i] = Decimal::from_i128_with_scale(num / den, digits).min(left);
            left -= out[i];
        }
    }
    if let Some(rest) = out.get_mut(taker) {
        *rest = left;
    }
    out
}

/// `numerator / denominator` rounded to `digits` decimals, half away from zero, from the exact
/// rational (integers only: no decimal division).
pub fn round(numerator: Decimal, denominator: i64, digits: u32) -> Decimal {
    let scale = numerator.scale();
    let mut num = numerator.mantissa();
    let mut den = i128::from(denominator);
    if digits >= scale {
        num *= 10i128.pow(digits - scale);
    } else {
        den *= 10i128.pow(scale - digits);
    }
    let (q, r) = (num / den, num % den);
    let q = if 2 * r.abs() >= den { q + num.signum() } else { q };
    Decimal::from_i128_with_scale(q, digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_half_away_from_zero_from_the_exact_fraction() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(round(d("20"), 7, 2), d("2.86"));
        assert_eq!(round(d("40"), 7, 2), d("5.71"));
        assert_eq!(round(d("10"), 7, 2), d("1.43"));
        assert_eq!(round(d("0.05"), 2, 2), d("0.03"));
        assert_eq!(round(d("0.005"), 1, 2), d("0.01"));
        assert_eq!(round(d("70"), 7, 0), d("10"));
        assert_eq!(round(d("1"), 3, 3), d("0.333"));
        assert_eq!(round(d("15"), 30, 0), d("1"));
    }
}
