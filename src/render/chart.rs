//! The timeline chart of a statement: the cumulative amount computed, day by day, as an
//! inline SVG, with each liquidation's end and the cap marked.
//!
//! Drawn from the report's segments alone: a daily segment accrues evenly over its days, a
//! longer unit or a violation adds its sum on the day it was forfeited. Lump sums are left
//! out (they are not accrued by delay). Coordinates are computed in `f64` for drawing only;
//! no amount shown as text passes through them.

use std::fmt::Write as _;

use chrono::{Datelike, Months, NaiveDate};
use rust_decimal::Decimal;

use super::markup::escape;
use crate::case::Per;
use crate::lang::{self, Amount, Label, Lang, Message};
use crate::money::Currency;
use crate::report::{CaseReport, Segment};

const WIDTH: f64 = 760.0;
const HEIGHT: f64 = 300.0;
const LEFT: f64 = 84.0;
const RIGHT: f64 = 24.0;
const TOP: f64 = 24.0;
const BOTTOM: f64 = 40.0;

/// The most unit steps a segment is drawn with; see [`cumulative`].
const MAX_STEPS: i64 = 256;

/// The cumulative amount at the end of each day where it changes, in date order, starting
/// at zero the day before the first day counted.
pub(crate) fn cumulative(r: &CaseReport) -> Vec<(NaiveDate, Decimal)> {
    let mut segments: Vec<&Segment> = r
        .liquidations
        .iter()
        .flat_map(|q| q.segments.iter())
        .chain(r.gaps.iter().flat_map(|g| g.segments.iter()))
        .chain(r.accrued.segments.iter())
        .collect();
    segments.sort_by_key(|s| (s.forfeited, s.from));
    let mut points: Vec<(NaiveDate, Decimal)> = Vec::new();
    let mut total = Decimal::ZERO;
    let cap = r.cap;
    let clamp = |v: Decimal| cap.map_or(v, |c| v.min(c));
    // Without a case cap the segments add up to the liquidated and unliquidated totals, which
    // the engine summed exactly; with one, a sum past the largest amount is above the cap,
    // which is what is drawn: the sum saturates, and `clamp` makes it the cap.
    let add = |total: Decimal, amount: Decimal| {
        debug_assert!(
            cap.is_some() || total.checked_add(amount).is_some(),
            "{total} + {amount}"
        );
        total.saturating_add(amount)
    };
    for s in segments {
        if points.is_empty() {
            let first = if s.per == Per::Day {
                s.from
            } else {
                s.forfeited.min(s.from)
            };
            points.push((day_before(first), Decimal::ZERO));
        }
        // Past a few hundred units a step is narrower than a pixel: the segment is drawn as
        // the straight line its steps make, so a penalty running for millennia still gives a
        // chart of a few points (a weekly one over 8,000 years gave 39 MB of SVG).
        if s.per == Per::Day || s.units > MAX_STEPS {
            points.push((day_before(s.from), clamp(total)));
            total = add(total, s.amount);
            points.push((s.through, clamp(total)));
            continue;
        }
        for (day, amount) in unit_steps(s) {
            points.push((day, clamp(total)));
            total = add(total, amount);
            points.push((day, clamp(total)));
        }
    }
    points
}

/// The day before `day`, a date of a computed report: every such date is 0001-01-01 or later
/// ([`CaseReport::date_out_of_range`] refuses the others), and has a day before it.
#[allow(clippy::expect_used, reason = "a report's dates are 0001-01-01 or later")]
fn day_before(day: NaiveDate) -> NaiveDate {
    day.pred_opt().expect("a report's dates are 0001-01-01 or later")
}

/// The days on which a segment of longer units adds to the total, and what it adds: one step
/// per unit, spread over the segment's days (a segment of five completed weeks steps weekly,
/// each unit on its last day, or on its first when the segment was forfeited on its first
/// day). The steps add up to the segment's exact amount; a violation segment is one step.
fn unit_steps(s: &Segment) -> Vec<(NaiveDate, Decimal)> {
    let units = s.units.max(1);
    if units == 1 || s.per == Per::Violation || s.days < units {
        return vec![(s.forfeited, s.amount)];
    }
    let share = (s.amount / Decimal::from(units)).trunc_with_scale(2);
    let on_first_day = s.forfeited == s.from;
    (1..=units)
        .map(|k| {
            let offset = if on_first_day {
                s.days * (k - 1) / units
            } else {
                s.days * k / units - 1
            };
            // Below `s.days`: a day of the segment, which the report holds.
            #[allow(clippy::expect_used, reason = "a day inside the segment")]
            let day = s
                .from
                .checked_add_signed(chrono::Duration::days(offset))
                .expect("an offset below the segment's days is a day of the segment");
            let amount = if k == units {
                s.amount - share * Decimal::from(units - 1)
            } else {
                share
            };
            (day, amount)
        })
        .collect()
}

/// The SVG of `r`'s cumulative amount, or `None` when nothing was counted.
pub(super) fn svg(r: &CaseReport, l: Lang) -> Option<String> {
    let plot = Plot::of(r)?;
    let mut s = String::new();
    let title = l.word(Label::ChartTitle);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" aria-label="{title}" class="chart">"#
    );
    let _ = write!(s, "<title>{title}</title>");
    plot.amount_axis(&mut s, r.currency, l);
    plot.month_ticks(&mut s, l);
    plot.axis_lines(&mut s);
    plot.cap(&mut s, r, l);
    plot.curve(&mut s);
    plot.liquidations(&mut s, r, l);
    plot.as_of(&mut s, r.as_of, l);
    s.push_str("</svg>");
    Some(s)
}

/// The cumulative amount over the days of the chart, and the scales that place them.
struct Plot {
    /// The curve's points, from the first day of the chart to its last.
    points: Vec<(NaiveDate, Decimal)>,
    first: NaiveDate,
    last: NaiveDate,
    /// The top of the amount axis: a round figure above the highest amount.
    axis_top: Decimal,
}

impl Plot {
    /// The curve of `r`, spanning the days from before the first day of delay to the statement's
    /// date or the last liquidation's end; `None` when nothing was counted.
    fn of(r: &CaseReport) -> Option<Plot> {
        let mut points = cumulative(r);
        let (&(first_change, _), &(last_change, reached)) = (points.first()?, points.last()?);
        let first = first_change.min(day_before(r.accrual_start));
        let last = r
            .liquidations
            .iter()
            .map(|q| q.through)
            .fold(last_change.max(r.as_of), NaiveDate::max);
        // Flat before the first change and after the last, so the curve spans the whole axis.
        if first < first_change {
            points.insert(0, (first, Decimal::ZERO));
        }
        if last > last_change {
            points.push((last, reached));
        }
        let top_amount = points
            .iter()
            .map(|p| p.1)
            .chain(r.cap)
            .max()
            .filter(|m| *m > Decimal::ZERO)?;
        Some(Plot {
            points,
            first,
            last,
            // Headroom above the highest figure, for the labels of the liquidations.
            axis_top: axis_top(top_amount),
        })
    }

    fn x(&self, d: NaiveDate) -> f64 {
        let span = ((self.last - self.first).num_days().max(1)) as f64;
        LEFT + (d - self.first).num_days() as f64 / span * (WIDTH - LEFT - RIGHT)
    }

    fn y(&self, v: f64) -> f64 {
        HEIGHT - BOTTOM - v / self.axis_top.as_f64() * (HEIGHT - TOP - BOTTOM)
    }

    fn yd(&self, v: Decimal) -> f64 {
        self.y(v.as_f64())
    }

    /// The horizontal grid and the amount axis, in quarters.
    fn amount_axis(&self, s: &mut String, currency: Currency, l: Lang) {
        // Each label is an amount, exact: a quarter of the axis is a decimal's quarter.
        let quarter = self.axis_top / Decimal::from(4);
        for i in 0..=4 {
            // The top itself for the last: four quarters rounded may come to one past it.
            let amount = if i == 4 {
                self.axis_top
            } else {
                quarter * Decimal::from(i)
            };
            let v = amount.as_f64();
            let label = lang::short_money(amount.round(), currency, l);
            let _ = write!(
                s,
                r##"<line x1="{LEFT}" x2="{:.1}" y1="{:.1}" y2="{:.1}" class="grid"/><text x="{:.1}" y="{:.1}" class="axis" text-anchor="end">{}</text>"##,
                WIDTH - RIGHT,
                self.y(v),
                self.y(v),
                LEFT - 6.0,
                self.y(v) + 4.0,
                escape(&label)
            );
        }
    }

    /// Month ticks on the time axis, labelled every [`month_step`] months (on months that are
    /// multiples of the step, so that a year's labels fall on the same months), so that no two
    /// labels overlap whatever the span.
    fn month_ticks(&self, s: &mut String, l: Lang) {
        let days = (self.last - self.first).num_days().max(1) as f64;
        // A month's width on the axis: the plot's width over the span, times a short month.
        let month_width = (WIDTH - LEFT - RIGHT) / days * 28.0;
        let step = month_step(month_width, LABEL_WIDTH);
        let mut tick = NaiveDate::from_ymd_opt(self.first.year(), self.first.month(), 1)
            .and_then(|d| d.checked_add_months(Months::new(1)));
        while let Some(t) = tick.filter(|t| *t <= self.last) {
            if (t.year() as u32 * 12 + t.month0()).is_multiple_of(step) {
                let _ = write!(
                    s,
                    r#"<line x1="{0:.1}" x2="{0:.1}" y1="{1:.1}" y2="{2:.1}" class="tick"/><text x="{0:.1}" y="{3:.1}" class="axis" text-anchor="middle">{4}</text>"#,
                    self.x(t),
                    HEIGHT - BOTTOM,
                    HEIGHT - BOTTOM + 5.0,
                    HEIGHT - BOTTOM + 18.0,
                    escape(&lang::month_year(t, l))
                );
            }
            tick = t.checked_add_months(Months::new(1));
        }
    }

    fn axis_lines(&self, s: &mut String) {
        let _ = write!(
            s,
            r#"<line x1="{LEFT}" x2="{LEFT}" y1="{TOP}" y2="{0:.1}" class="axis-line"/><line x1="{LEFT}" x2="{1:.1}" y1="{0:.1}" y2="{0:.1}" class="axis-line"/>"#,
            HEIGHT - BOTTOM,
            WIDTH - RIGHT
        );
    }

    /// The case's cap (or its only penalty's), and the day it was reached.
    fn cap(&self, s: &mut String, r: &CaseReport, l: Lang) {
        let Some(cap) = r.cap.or_else(|| single_penalty_cap(r)) else {
            return;
        };
        let label = l.say(&Message::ChartCap(Amount::new(cap, r.currency)));
        let _ = write!(
            s,
            r#"<line x1="{LEFT}" x2="{0:.1}" y1="{1:.1}" y2="{1:.1}" class="cap"/><text x="{0:.1}" y="{2:.1}" class="cap-label" text-anchor="end">{3}</text>"#,
            WIDTH - RIGHT,
            self.yd(cap),
            self.yd(cap) - 6.0,
            escape(&label)
        );
        let reached = r.cap_reached.or_else(|| r.penalties.iter().find_map(|p| p.cap_reached));
        if let Some(day) = reached {
            let _ = write!(
                s,
                r#"<circle cx="{:.1}" cy="{:.1}" r="5" class="cap-dot"><title>{}</title></circle>"#,
                self.x(day),
                self.yd(cap),
                escape(&l.say(&Message::ChartCapReached(day)))
            );
        }
    }

    /// The curve, and the area under it.
    fn curve(&self, s: &mut String) {
        let path: Vec<String> = self
            .points
            .iter()
            .map(|(d, v)| format!("{:.1},{:.1}", self.x(*d), self.yd(*v)))
            .collect();
        let baseline = HEIGHT - BOTTOM;
        let _ = write!(
            s,
            r#"<polygon points="{:.1},{baseline:.1} {} {:.1},{baseline:.1}" class="area"/><polyline points="{}" class="curve"/>"#,
            self.x(self.first),
            path.join(" "),
            self.points.last().map_or(LEFT, |p| self.x(p.0)),
            path.join(" ")
        );
    }

    /// Each liquidation's end, labelled with the sum liquidated so far.
    fn liquidations(&self, s: &mut String, r: &CaseReport, l: Lang) {
        let mut liquidated = Decimal::ZERO;
        for q in &r.liquidations {
            // A part of the sum of the liquidations (amounts are never negative), which the
            // engine made exactly (`totals.liquidated`).
            #[allow(clippy::expect_used, reason = "a part of a sum the engine made exactly")]
            let sum = liquidated
                .checked_add(q.amount)
                .expect("a part of the liquidated total");
            liquidated = sum;
            let label = l.say(&Message::ChartLiquidation {
                number: q.number,
                total: Amount::new(liquidated, r.currency),
            });
            // A label that would run past the plot goes on the left of its line.
            let width = label.chars().count() as f64 * 6.5;
            let x = self.x(q.through);
            let (label_x, anchor) = if x + 4.0 + width > WIDTH - RIGHT {
                (x - 4.0, "end")
            } else {
                (x + 4.0, "start")
            };
            let _ = write!(
                s,
                r#"<line x1="{0:.1}" x2="{0:.1}" y1="{TOP}" y2="{1:.1}" class="liquidation"/><text x="{label_x:.1}" y="{2:.1}" class="liquidation-label" text-anchor="{anchor}">{3}</text>"#,
                x,
                HEIGHT - BOTTOM,
                TOP + 12.0,
                escape(&label)
            );
        }
    }

    /// The date of the statement.
    fn as_of(&self, s: &mut String, as_of: NaiveDate, l: Lang) {
        let _ = write!(
            s,
            r#"<line x1="{0:.1}" x2="{0:.1}" y1="{TOP}" y2="{1:.1}" class="as-of"/><text x="{2:.1}" y="{3:.1}" class="as-of-label" text-anchor="end">{4}</text>"#,
            self.x(as_of),
            HEIGHT - BOTTOM,
            self.x(as_of) - 4.0,
            HEIGHT - BOTTOM - 8.0,
            escape(&l.say(&Message::ChartAsOf(as_of)))
        );
    }
}

/// The cap of the only penalty, when the case has one penalty and it is capped.
fn single_penalty_cap(r: &CaseReport) -> Option<Decimal> {
    match r.penalties.as_slice() {
        [one] => one.cap,
        _ => None,
    }
}

/// The widest month label of the time axis (`sept. 2024`, 10 characters of the 11 px axis font)
/// with room on each side, in the chart's units.
const LABEL_WIDTH: f64 = 72.0;

/// Every how many months the time axis is labelled: the smallest of 1, 2, 3, 4, 6, 12 months
/// (then whole years) that leaves each label `label_width` of room, given a month's width.
fn month_step(month_width: f64, label_width: f64) -> u32 {
    [1, 2, 3, 4, 6]
        .into_iter()
        .chain((1..=10_000).map(|years| years * 12))
        .find(|step| f64::from(*step) * month_width >= label_width)
        .unwrap_or(12)
}

/// The top of the amount axis, divided in quarters: the smallest round figure (1, 1.2, 1.5, 2,
/// 2.5, 3, 4, 5, 6 or 8 × 10^k, at least 1) at or above `highest` and 8% more, room for the
/// labels of the liquidations. Near the largest amount, where no round figure above it is one,
/// `highest` itself. An amount, so that every label of the axis is one, exactly.
fn axis_top(highest: Decimal) -> Decimal {
    let Some(wanted) = highest.checked_mul(Decimal::new(108, 2)) else {
        return highest;
    };
    if wanted <= Decimal::ONE {
        return Decimal::ONE;
    }
    // The largest power of ten at or below `wanted`.
    let mut magnitude = Decimal::ONE;
    while let Some(next) = magnitude.checked_mul(Decimal::TEN).filter(|next| *next <= wanted) {
        magnitude = next;
    }
    [10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100]
        .into_iter()
        .find_map(|tenths| {
            Decimal::new(tenths, 1)
                .checked_mul(magnitude)
                .filter(|round| *round >= wanted)
        })
        .unwrap_or(highest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_segment_of_many_units_is_drawn_with_a_few_points() {
        let text = "title = \"t\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[order]\ndecided = 2023-12-01\n\
                    deadline = 2023-12-31\n[penalty]\namount = 10\nper = \"week\"\n";
        let case = crate::case::load(&crate::source::Source::new("t.toml", text))
            .remove(0)
            .unwrap();
        let short = crate::engine::compute(&case, NaiveDate::from_ymd_opt(2024, 2, 4).unwrap()).unwrap();
        // Five weeks: one step each, two points a step, and the zero before them.
        assert_eq!(cumulative(&short).len(), 11);
        let long = crate::engine::compute(&case, NaiveDate::from_ymd_opt(9999, 12, 31).unwrap()).unwrap();
        assert!(long.accrued.segments.iter().any(|s| s.units > MAX_STEPS));
        assert!(cumulative(&long).len() <= 4, "{} points", cumulative(&long).len());
        assert!(svg(&long, Lang::En).unwrap().len() < 20_000);
    }

    #[test]
    fn the_axis_tops_at_a_round_figure_above_the_highest_with_room() {
        let top = |highest: Decimal| axis_top(highest);
        let n = |v: i64| Decimal::from(v);
        assert_eq!(top(n(5_000_000)), n(6_000_000));
        assert_eq!(top(n(13_000_000)), n(15_000_000));
        assert_eq!(top(n(50_000_000)), n(60_000_000));
        assert_eq!(top(n(2_222)), n(2_500));
        assert_eq!(top(Decimal::new(5, 1)), Decimal::ONE);
        // Near the largest amount no round figure above is one: the highest itself.
        let huge = Decimal::from_i128_with_scale(7 * 10i128.pow(28), 0);
        assert_eq!(top(huge), huge);
        assert_eq!(top(Decimal::MAX), Decimal::MAX);
        let six = Decimal::from_i128_with_scale(6 * 10i128.pow(28), 0);
        assert_eq!(top(six), six);
    }

    /// Every label of the amount axis is an exact amount: near the largest amount the top one
    /// read `€0` and the others carried a binary float's digits
    /// (`€19,999,999,999,999,999,166,239,473,664`).
    #[test]
    fn the_axis_labels_of_a_huge_amount_are_exact() {
        let text = "title = \"t\"\ncurrency = \"EUR\"\nrules = \"plain\"\n[order]\ndecided = 2023-01-02\n\
                    deadline = 2023-01-31\n[penalty]\namount = \"10000000000000000000000000000\"\n\
                    [[liquidation]]\nthrough = 2023-02-06\n";
        let case = crate::case::load(&crate::source::Source::new("t.toml", text))
            .remove(0)
            .unwrap();
        let report = crate::engine::compute(&case, NaiveDate::from_ymd_opt(2023, 2, 6).unwrap()).unwrap();
        let chart = svg(&report, Lang::En).unwrap();
        let labels: Vec<&str> = chart
            .split("class=\"axis\" text-anchor=\"end\">")
            .skip(1)
            .filter_map(|rest| rest.split('<').next())
            .collect();
        assert_eq!(
            labels,
            [
                "€0",
                "€15,000,000,000,000,000,000,000,000,000",
                "€30,000,000,000,000,000,000,000,000,000",
                "€45,000,000,000,000,000,000,000,000,000",
                "€60,000,000,000,000,000,000,000,000,000",
            ]
        );
    }

    fn weeks(amount: i64, forfeited: NaiveDate) -> Segment {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).unwrap();
        Segment {
            obligation: None,
            from: d(1, 17),
            through: d(2, 20),
            days: 35,
            rate: Decimal::from(5_000_000),
            per: Per::Week,
            amount: Decimal::from(amount),
            units: 5,
            fraction: None,
            forfeited,
            capped: Decimal::ZERO,
        }
    }

    #[test]
    fn completed_weeks_step_on_each_sunday_and_add_up_exactly() {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).unwrap();
        // ACM v Apple: five completed weeks from Monday 17 January 2022.
        let steps = unit_steps(&weeks(25_000_000, d(2, 20)));
        let days: Vec<NaiveDate> = steps.iter().map(|(day, _)| *day).collect();
        assert_eq!(days, [d(1, 23), d(1, 30), d(2, 6), d(2, 13), d(2, 20)]);
        assert!(steps.iter().all(|(_, a)| *a == Decimal::from(5_000_000)));
        // An amount that does not divide evenly still adds up to the last cent.
        let uneven = unit_steps(&weeks(1_000_001, d(2, 20)));
        assert_eq!(
            uneven.iter().map(|(_, a)| *a).sum::<Decimal>(),
            Decimal::from(1_000_001)
        );
    }

    #[test]
    fn started_units_step_on_their_first_day() {
        let d = |m, day| NaiveDate::from_ymd_opt(2022, m, day).unwrap();
        let steps = unit_steps(&weeks(25_000_000, d(1, 17)));
        assert_eq!(steps.first().map(|(day, _)| *day), Some(d(1, 17)));
        assert_eq!(steps.last().map(|(day, _)| *day), Some(d(2, 14)));
    }

    /// The x of each month label of the time axis from `first` to `last`.
    fn month_labels(first: NaiveDate, last: NaiveDate) -> Vec<f64> {
        let plot = Plot {
            points: Vec::new(),
            first,
            last,
            axis_top: Decimal::ONE,
        };
        let mut s = String::new();
        plot.month_ticks(&mut s, Lang::Fr);
        s.split("<text x=\"")
            .skip(1)
            .map(|t| t.split('"').next().unwrap().parse().unwrap())
            .collect()
    }

    /// Month labels never overlap, whatever the span: from a month to decades.
    #[test]
    fn month_labels_are_thinned_to_fit_any_span() {
        let first = NaiveDate::from_ymd_opt(2020, 1, 17).unwrap();
        for months in 1..=480 {
            let last = first.checked_add_months(Months::new(months)).unwrap();
            let xs = month_labels(first, last);
            assert!(!xs.is_empty() || months < 2, "{months} months: no label");
            for pair in xs.windows(2) {
                assert!(
                    pair[1] - pair[0] >= LABEL_WIDTH - 1.0,
                    "{months} months: labels {} apart",
                    pair[1] - pair[0]
                );
            }
        }
        // Fifteen months (ACM v Apple's span and more) are no longer labelled month by month.
        let last = first.checked_add_months(Months::new(15)).unwrap();
        assert!(month_labels(first, last).len() <= 8);
    }
}
