//! A case as the reference model sees it, written out as case-file text (TOML) for the real
//! library, and read back from such text (the minimal cases kept in `found/`).

use std::fmt::Write;

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::calendar::{add_months, shift};

/// The unit of a penalty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Per {
    Day,
    Week,
    Month,
    Quarter,
    Semester,
    Year,
    Violation,
}

impl Per {
    pub const ALL: [Per; 7] = [
        Per::Day,
        Per::Week,
        Per::Month,
        Per::Quarter,
        Per::Semester,
        Per::Year,
        Per::Violation,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Per::Day => "day",
            Per::Week => "week",
            Per::Month => "month",
            Per::Quarter => "quarter",
            Per::Semester => "semester",
            Per::Year => "year",
            Per::Violation => "violation",
        }
    }

    /// Units longer than a day, which take `partial`.
    pub fn is_long(self) -> bool {
        !matches!(self, Per::Day | Per::Violation)
    }

    /// Calendar months in one unit (month, quarter, semester, year).
    pub fn months(self) -> u32 {
        match self {
            Per::Month => 1,
            Per::Quarter => 3,
            Per::Semester => 6,
            Per::Year => 12,
            other => panic!("{other:?} is not counted in months"),
        }
    }
}

/// How a unit longer than a day counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Partial {
    Completed,
    Started,
    Prorata,
}

impl Partial {
    pub fn code(self) -> &'static str {
        match self {
            Partial::Completed => "completed",
            Partial::Started => "started",
            Partial::Prorata => "prorata",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Penalty {
    pub obligation: Option<String>,
    pub rate: Decimal,
    pub per: Per,
    /// `None`: not written (the default, `completed`, for long units).
    pub partial: Option<Partial>,
    pub from: Option<NaiveDate>,
    pub complied: Option<NaiveDate>,
    pub cap: Option<Decimal>,
    /// `(from, rate)`, in strictly increasing date order.
    pub changes: Vec<(NaiveDate, Decimal)>,
    /// `(from, through)`, both counted, disjoint, in order.
    pub suspensions: Vec<(NaiveDate, NaiveDate)>,
    /// `(date, count)`.
    pub violations: Vec<(NaiveDate, i64)>,
    /// `[penalty.escalation]` (issue 15).
    pub escalation: Option<Escalation>,
    /// `[[penalty.change]] after`: `(stretch, rate)`, stretches increasing; never beside
    /// `changes`.
    pub after_changes: Vec<(Stretch, Decimal)>,
    /// `[[penalty.reduction]]`: `(date, amount)`.
    pub reductions: Vec<(NaiveDate, Decimal)>,
    /// `[[penalty.breach]]`: `(from, through)`, disjoint, in order; a one-day period is written
    /// in a `dates` list.
    pub breaches: Vec<(NaiveDate, NaiveDate)>,
    /// `count`, when written.
    pub count: Option<i64>,
    /// `kind = "definitive"` when true; `kind` is written when `Some`.
    pub definitive: Option<bool>,
    /// `decided`: the later decision that ordered it (then `from` is written too).
    pub decided: Option<NaiveDate>,
    /// Its end: `through` or `duration`.
    pub end: Option<End>,
}

/// How long an astreinte runs, as the judge set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// `through = DATE`: the last day it runs.
    Through(NaiveDate),
    /// `duration = "N months"`.
    Months(u32),
    /// `duration = "N days"`.
    Days(u32),
}

/// A stretch of time: months, then days (`"1 month"`, `"30 days"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Stretch {
    pub months: u32,
    pub days: u32,
}

impl Stretch {
    pub fn text(self) -> String {
        match (self.months, self.days) {
            (0, d) => format!("{d} days"),
            (m, 0) => format!("{m} months"),
            (m, d) => format!("{m} months {d} days"),
        }
    }

    fn parse(text: &str) -> Result<Stretch, String> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut out = Stretch { months: 0, days: 0 };
        for pair in words.chunks(2) {
            let n: u32 = pair[0].parse().map_err(|_| format!("stretch {text:?}"))?;
            match pair.get(1).copied() {
                Some("month" | "months") => out.months = n,
                Some("day" | "days") => out.days = n,
                Some("week" | "weeks") => out.days = 7 * n,
                _ => return Err(format!("stretch {text:?}")),
            }
        }
        Ok(out)
    }
}

/// `[penalty.escalation]`: `factor` or `add`, every `every`, until a day or a maximum rate.
#[derive(Debug, Clone, PartialEq)]
pub struct Escalation {
    pub factor: Option<Decimal>,
    pub add: Option<Decimal>,
    /// Days only or months only.
    pub every: Stretch,
    pub until: Option<NaiveDate>,
    pub max_rate: Option<Decimal>,
}

impl Escalation {
    /// The rate one step after `rate`.
    pub fn rise(&self, rate: Decimal) -> Decimal {
        let next = match (self.factor, self.add) {
            (Some(f), _) => rate * f,
            (None, Some(a)) => rate + a,
            (None, None) => panic!("an escalation rises"),
        };
        self.max_rate.map_or(next, |m| next.min(m))
    }
}

/// What a `[[share]]` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Portion {
    /// `(numerator, denominator)`.
    Part(i64, i64),
    Amount(Decimal),
    Rest,
}

impl Penalty {
    /// The mode that applies: `completed` unless written otherwise; a day is its own unit.
    pub fn mode(&self) -> Partial {
        self.partial.unwrap_or(Partial::Completed)
    }

    /// Whether its prorata parts are rounded (rule R3): prorata on a unit longer than a day.
    pub fn is_prorata(&self) -> bool {
        self.per.is_long() && self.mode() == Partial::Prorata
    }

    /// The rate in force on `date`: that of the latest change dated on or before it.
    pub fn rate_on(&self, date: NaiveDate) -> Decimal {
        self.changes
            .iter()
            .rfind(|(from, _)| *from <= date)
            .map_or(self.rate, |(_, rate)| *rate)
    }

    pub fn is_suspended(&self, date: NaiveDate) -> bool {
        self.suspensions.iter().any(|(a, b)| *a <= date && date <= *b)
    }

    /// Whether `date` does not run: suspended, or, when the penalty lists days of breach, not
    /// one of them.
    pub fn is_stopped(&self, date: NaiveDate) -> bool {
        self.is_suspended(date)
            || (!self.breaches.is_empty() && !self.breaches.iter().any(|(a, b)| *a <= date && date <= *b))
    }

    /// What the reductions dated before `date` (or on it, when `inclusive`) take off.
    pub fn reduced_by(&self, date: NaiveDate, inclusive: bool) -> Decimal {
        self.reductions
            .iter()
            .filter(|(d, _)| *d < date || (inclusive && *d == date))
            .map(|(_, a)| *a)
            .sum()
    }

    pub fn is_definitive(&self) -> bool {
        self.definitive == Some(true)
    }

    /// The last day it runs, for a first day `start`, when the judge set its duration: months
    /// added to the first day itself, then days, and the day before.
    pub fn last_day(&self, start: NaiveDate) -> Option<NaiveDate> {
        match self.end? {
            End::Through(date) => Some(date),
            End::Months(n) => Some(shift(add_months(start, n), -1)),
            End::Days(n) => Some(shift(start, i64::from(n) - 1)),
        }
    }

    /// Whether a day on or after its first day `start` is one it runs on: before compliance
    /// and within its duration.
    pub fn runs_on(&self, start: NaiveDate, date: NaiveDate) -> bool {
        date >= start && self.complied.is_none_or(|c| date < c) && self.last_day(start).is_none_or(|l| date <= l)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct LumpSum {
    pub amount: Decimal,
    pub date: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Liquidation {
    pub from: Option<NaiveDate>,
    pub through: NaiveDate,
    /// Written as `until` (the day after `through`) rather than `through`.
    pub until: bool,
    pub decided: Option<NaiveDate>,
    pub awarded: Option<Decimal>,
    /// `awarded_rate`: the rate the decision applied to the period.
    pub awarded_rate: Option<Decimal>,
    /// `[[liquidation.suppression]]`: `None` for the whole period (both ends left out), or
    /// `(from, through)`; in date order, apart.
    pub suppressions: Vec<Option<(NaiveDate, NaiveDate)>>,
}

impl Liquidation {
    /// Whether the file says more of the decision than a sum: figures `check` then expects.
    pub fn is_judged(&self) -> bool {
        self.awarded_rate.is_some() || !self.suppressions.is_empty()
    }
}

/// How the case file is laid out: a single case at top level, read by the `toml` reader, or a
/// `[[case]]` table, which the quick reader takes when its shape is plain enough.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    TopLevel,
    Batch,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    pub currency: &'static str,
    pub decided: NaiveDate,
    pub deadline: NaiveDate,
    pub cap: Option<Decimal>,
    pub penalties: Vec<Penalty>,
    pub lump_sums: Vec<LumpSum>,
    pub liquidations: Vec<Liquidation>,
    /// The date computed at (`compute --as-of`; `expected.as_of` in a written file).
    pub as_of: NaiveDate,
    pub style: Style,
    /// `[[share]]`: `(to, portion)`.
    pub shares: Vec<(String, Portion)>,
}

impl Scenario {
    /// Digits of the currency's minor unit (EUR 2, JPY 0, KWD 3).
    pub fn minor_units(&self) -> u32 {
        match self.currency {
            "JPY" => 0,
            "KWD" => 3,
            _ => 2,
        }
    }

    /// The first day each penalty counts: its own `from`, else the day after the deadline.
    pub fn start_of(&self, p: &Penalty) -> NaiveDate {
        p.from
            .unwrap_or_else(|| self.deadline.succ_opt().expect("a supported date"))
    }

    /// The first day any penalty counts.
    pub fn accrual_start(&self) -> NaiveDate {
        self.penalties
            .iter()
            .map(|p| self.start_of(p))
            .min()
            .expect("a penalty")
    }

    /// The case file, with the figures `check` can verify when `expected` is given.
    pub fn to_toml(&self, expected: Option<&Expected>) -> String {
        let mut out = String::new();
        let table = match self.style {
            Style::TopLevel => "",
            Style::Batch => {
                out.push_str("[[case]]\n");
                "case."
            }
        };
        out.push_str("title = \"reference model\"\n");
        let _ = writeln!(out, "currency = \"{}\"", self.currency);
        out.push_str("rules = \"plain\"\n");
        if let Some(cap) = self.cap {
            let _ = writeln!(out, "cap = {}", amount(cap));
        }
        let _ = writeln!(
            out,
            "[{table}order]\ndecided = {}\ndeadline = {}",
            self.decided, self.deadline
        );
        let many = self.penalties.len() > 1;
        for p in &self.penalties {
            if many {
                let _ = writeln!(out, "[[{table}penalty]]");
            } else {
                let _ = writeln!(out, "[{table}penalty]");
            }
            if let Some(o) = &p.obligation {
                let _ = writeln!(out, "obligation = \"{o}\"");
            }
            let _ = writeln!(out, "amount = {}", amount(p.rate));
            let _ = writeln!(out, "per = \"{}\"", p.per.code());
            if let Some(partial) = p.partial {
                let _ = writeln!(out, "partial = \"{}\"", partial.code());
            }
            if let Some(from) = p.from {
                let _ = writeln!(out, "from = {from}");
            }
            if let Some(complied) = p.complied {
                let _ = writeln!(out, "complied = {complied}");
            }
            if let Some(cap) = p.cap {
                let _ = writeln!(out, "cap = {}", amount(cap));
            }
            if let Some(count) = p.count {
                let _ = writeln!(out, "count = {count}");
            }
            if let Some(definitive) = p.definitive {
                let kind = if definitive { "definitive" } else { "provisional" };
                let _ = writeln!(out, "kind = \"{kind}\"");
            }
            if let Some(decided) = p.decided {
                let _ = writeln!(out, "decided = {decided}");
            }
            match p.end {
                Some(End::Through(date)) => {
                    let _ = writeln!(out, "through = {date}");
                }
                Some(End::Months(n)) => {
                    let _ = writeln!(out, "duration = \"{n} months\"");
                }
                Some(End::Days(n)) => {
                    let _ = writeln!(out, "duration = \"{n} days\"");
                }
                None => {}
            }
            for (from, rate) in &p.changes {
                let _ = writeln!(
                    out,
                    "[[{table}penalty.change]]\nfrom = {from}\namount = {}",
                    amount(*rate)
                );
            }
            for (from, through) in &p.suspensions {
                let _ = writeln!(out, "[[{table}penalty.suspension]]\nfrom = {from}\nthrough = {through}");
            }
            for (date, count) in &p.violations {
                let _ = writeln!(out, "[[{table}penalty.violation]]\ndate = {date}\ncount = {count}");
            }
            for (after, rate) in &p.after_changes {
                let _ = writeln!(
                    out,
                    "[[{table}penalty.change]]\nafter = \"{}\"\namount = {}",
                    after.text(),
                    amount(*rate)
                );
            }
            for (date, cut) in &p.reductions {
                let _ = writeln!(
                    out,
                    "[[{table}penalty.reduction]]\ndate = {date}\namount = {}",
                    amount(*cut)
                );
            }
            for (from, through) in &p.breaches {
                if from == through {
                    let _ = writeln!(out, "[[{table}penalty.breach]]\ndates = [{from}]");
                } else {
                    let _ = writeln!(out, "[[{table}penalty.breach]]\nfrom = {from}\nthrough = {through}");
                }
            }
            if let Some(e) = &p.escalation {
                let _ = writeln!(out, "[{table}penalty.escalation]");
                if let Some(f) = e.factor {
                    let _ = writeln!(out, "factor = {}", amount(f));
                }
                if let Some(a) = e.add {
                    let _ = writeln!(out, "add = {}", amount(a));
                }
                let _ = writeln!(out, "every = \"{}\"", e.every.text());
                if let Some(u) = e.until {
                    let _ = writeln!(out, "until = {u}");
                }
                if let Some(m) = e.max_rate {
                    let _ = writeln!(out, "max_rate = {}", amount(m));
                }
            }
        }
        for l in &self.lump_sums {
            let _ = writeln!(out, "[[{table}lump_sum]]\namount = {}", amount(l.amount));
            if let Some(date) = l.date {
                let _ = writeln!(out, "date = {date}");
            }
        }
        for (i, l) in self.liquidations.iter().enumerate() {
            let _ = writeln!(out, "[[{table}liquidation]]");
            if let Some(decided) = l.decided {
                let _ = writeln!(out, "decided = {decided}");
            }
            if let Some(from) = l.from {
                let _ = writeln!(out, "from = {from}");
            }
            if l.until {
                let _ = writeln!(out, "until = {}", l.through.succ_opt().expect("a supported date"));
            } else {
                let _ = writeln!(out, "through = {}", l.through);
            }
            if let Some(awarded) = l.awarded {
                let _ = writeln!(out, "awarded = {}", amount(awarded));
            }
            if let Some(rate) = l.awarded_rate {
                let _ = writeln!(out, "awarded_rate = {}", amount(rate));
            }
            if let Some(e) = expected {
                let figures = &e.liquidations[i];
                let _ = writeln!(out, "expected = {}", amount(figures.amount));
                let _ = writeln!(out, "expected_days = {}", figures.days);
                if l.is_judged() {
                    let awarded = figures.awarded.unwrap_or(figures.amount);
                    let _ = writeln!(out, "expected_awarded = {}", amount(awarded));
                    let _ = writeln!(out, "expected_suppressed = {}", amount(figures.suppressed));
                    let _ = writeln!(out, "expected_suppressed_days = {}", figures.suppressed_days);
                }
            }
            for suppression in &l.suppressions {
                let _ = writeln!(out, "[[{table}liquidation.suppression]]");
                if let Some((from, through)) = suppression {
                    let _ = writeln!(out, "from = {from}\nthrough = {through}");
                }
                out.push_str("reason = \"cause étrangère\"\n");
            }
        }
        for (to, portion) in &self.shares {
            let _ = writeln!(out, "[[{table}share]]\nto = \"{to}\"");
            match portion {
                Portion::Part(n, d) => {
                    let _ = writeln!(out, "part = \"{n}/{d}\"");
                }
                Portion::Amount(a) => {
                    let _ = writeln!(out, "amount = {}", amount(*a));
                }
                Portion::Rest => {}
            }
        }
        // Only a file kept for `check` says when it is computed: `compute` ignores the table,
        // and the quick reader does not take it.
        if let Some(e) = expected {
            let _ = writeln!(out, "[{table}expected]\nas_of = {}", self.as_of);
            let _ = writeln!(
                out,
                "accrued = {}\naccrued_days = {}",
                amount(e.accrued.amount),
                e.accrued.days
            );
        }
        out
    }

    /// Reads back a case file written by [`Scenario::to_toml`] (or by hand in the same
    /// subset): top-level keys, `rules = "plain"`, `order.deadline`, `expected.as_of`.
    pub fn from_toml(text: &str) -> Result<Scenario, String> {
        let doc: toml::Table = text.parse().map_err(|e| format!("{e}"))?;
        let (root, style) = match doc.get("case") {
            Some(toml::Value::Array(cases)) if cases.len() == 1 => {
                (cases[0].as_table().ok_or("[[case]] is a table")?.clone(), Style::Batch)
            }
            Some(_) => return Err("one [[case]] only".into()),
            None => (doc, Style::TopLevel),
        };
        let currency = match root.get("currency").and_then(|v| v.as_str()) {
            Some("EUR") => "EUR",
            Some("JPY") => "JPY",
            Some("KWD") => "KWD",
            other => return Err(format!("currency {other:?}: EUR, JPY or KWD")),
        };
        let order = table(&root, "order")?.ok_or("[order]")?;
        let penalties = match root.get("penalty") {
            Some(toml::Value::Table(t)) => vec![penalty(t)?],
            Some(toml::Value::Array(items)) => items
                .iter()
                .map(|v| penalty(v.as_table().ok_or("[[penalty]]")?))
                .collect::<Result<_, _>>()?,
            _ => return Err("[penalty]".into()),
        };
        let lump_sums = array(&root, "lump_sum")?
            .iter()
            .map(|t| {
                Ok(LumpSum {
                    amount: money(t, "amount")?.ok_or("lump_sum.amount")?,
                    date: date(t, "date")?,
                })
            })
            .collect::<Result<_, String>>()?;
        let liquidations = array(&root, "liquidation")?
            .iter()
            .map(|t| {
                let (through, until) = match (date(t, "through")?, date(t, "until")?) {
                    (Some(d), None) => (d, false),
                    (None, Some(u)) => (u.pred_opt().ok_or("until")?, true),
                    _ => return Err("liquidation: through or until".to_string()),
                };
                let suppressions = array(t, "suppression")?
                    .iter()
                    .map(|s| match (date(s, "from")?, date(s, "through")?) {
                        (Some(a), Some(b)) => Ok(Some((a, b))),
                        (None, None) => Ok(None),
                        _ => Err("suppression: both ends or neither".to_string()),
                    })
                    .collect::<Result<_, String>>()?;
                Ok(Liquidation {
                    from: date(t, "from")?,
                    through,
                    until,
                    decided: date(t, "decided")?,
                    awarded: money(t, "awarded")?,
                    awarded_rate: money(t, "awarded_rate")?,
                    suppressions,
                })
            })
            .collect::<Result<_, String>>()?;
        let expected = table(&root, "expected")?.ok_or("[expected] with as_of")?;
        let shares = array(&root, "share")?
            .iter()
            .map(|t| {
                let to = t.get("to").and_then(|v| v.as_str()).ok_or("share.to")?.to_string();
                let portion = match (t.get("part").and_then(|v| v.as_str()), money(t, "amount")?) {
                    (Some(part), None) => {
                        let (n, d) = part.split_once('/').ok_or("share.part: n/d")?;
                        Portion::Part(
                            n.parse().map_err(|_| "share.part")?,
                            d.parse().map_err(|_| "share.part")?,
                        )
                    }
                    (None, Some(a)) => Portion::Amount(a),
                    (None, None) => Portion::Rest,
                    _ => return Err("share: part or amount".to_string()),
                };
                Ok((to, portion))
            })
            .collect::<Result<_, String>>()?;
        Ok(Scenario {
            currency,
            decided: date(order, "decided")?.ok_or("order.decided")?,
            deadline: date(order, "deadline")?.ok_or("order.deadline")?,
            cap: money(&root, "cap")?,
            penalties,
            lump_sums,
            liquidations,
            as_of: date(expected, "as_of")?.ok_or("expected.as_of")?,
            style,
            shares,
        })
    }
}

/// The figures of a whole case, as the model computes them or as read from the engine's JSON.
#[derive(Debug, Clone, PartialEq)]
pub struct Expected {
    pub accrual_start: NaiveDate,
    pub liquidations: Vec<LiquidationFigures>,
    pub accrued: PeriodFigures,
    pub gaps: Vec<GapFigures>,
    pub penalties: Vec<PenaltyFigures>,
    pub cap_reached: Option<NaiveDate>,
    pub totals: Totals,
}

/// Days, amounts and units of a stretch of days.
#[derive(Debug, Clone, PartialEq)]
pub struct PeriodFigures {
    /// The first and last day counted (a day of delay, or a violation that counted).
    pub from: Option<NaiveDate>,
    pub through: Option<NaiveDate>,
    pub days: i64,
    pub amount: Decimal,
    /// Whole units counted per penalty (days, units, violations; a unit the cap cuts counts
    /// as one); `None` for prorata penalties, whose parts are not units.
    pub units: Vec<Option<i64>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LiquidationFigures {
    pub from: NaiveDate,
    pub through: NaiveDate,
    pub days: i64,
    pub amount: Decimal,
    pub units: Vec<Option<i64>>,
    /// `pronounced` or `projected` (rule R1); `None` when the engine does not say.
    pub status: Option<String>,
    /// What each `[[share]]` receives of the liquidation (empty without shares).
    pub shares: Vec<Decimal>,
    /// What the decision awarded, when the file gives it or it follows from the rate awarded
    /// or the days suppressed; `None`: the computed amount.
    pub awarded: Option<Decimal>,
    /// What the suppressed days come to, and how many they are.
    pub suppressed: Decimal,
    pub suppressed_days: i64,
}

/// Days not yet liquidated between liquidations (rule R1).
#[derive(Debug, Clone, PartialEq)]
pub struct GapFigures {
    /// The hole in the schedule: the days no liquidation covers (the model's view only).
    pub hole: Option<(NaiveDate, NaiveDate)>,
    pub counted: PeriodFigures,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PenaltyFigures {
    pub total: Decimal,
    pub cap_reached: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Totals {
    pub liquidated: Decimal,
    pub awarded: Decimal,
    pub unliquidated: Decimal,
    pub lump_sums: Decimal,
    pub overall: Decimal,
    pub owed: Decimal,
    /// What the pronounced liquidations suppressed.
    pub suppressed: Decimal,
    /// `(liquidated, unliquidated, total)` per penalty, before the case's cap.
    pub by_obligation: Vec<(Decimal, Decimal, Decimal)>,
}

/// An amount as a case file writes it: an integer, or a decimal string.
pub fn amount(value: Decimal) -> String {
    let value = value.normalize();
    if value.scale() == 0 {
        value.to_string()
    } else {
        format!("\"{value}\"")
    }
}

fn table<'t>(t: &'t toml::Table, key: &str) -> Result<Option<&'t toml::Table>, String> {
    match t.get(key) {
        None => Ok(None),
        Some(v) => v.as_table().map(Some).ok_or_else(|| format!("{key} is a table")),
    }
}

fn array<'t>(t: &'t toml::Table, key: &str) -> Result<Vec<&'t toml::Table>, String> {
    match t.get(key) {
        None => Ok(Vec::new()),
        Some(toml::Value::Array(items)) => items
            .iter()
            .map(|v| v.as_table().ok_or_else(|| format!("{key}: tables")))
            .collect(),
        Some(_) => Err(format!("{key} is an array of tables")),
    }
}

fn date(t: &toml::Table, key: &str) -> Result<Option<NaiveDate>, String> {
    match t.get(key) {
        None => Ok(None),
        Some(toml::Value::Datetime(d)) => NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d")
            .map(Some)
            .map_err(|e| format!("{key}: {e}")),
        Some(other) => Err(format!("{key}: a date, found {other}")),
    }
}

fn money(t: &toml::Table, key: &str) -> Result<Option<Decimal>, String> {
    match t.get(key) {
        None => Ok(None),
        Some(toml::Value::Integer(i)) => Ok(Some(Decimal::from(*i))),
        Some(toml::Value::String(s)) => s.parse().map(Some).map_err(|e| format!("{key}: {e}")),
        Some(other) => Err(format!("{key}: an amount, found {other}")),
    }
}

fn end(t: &toml::Table) -> Result<Option<End>, String> {
    if let Some(through) = date(t, "through")? {
        return Ok(Some(End::Through(through)));
    }
    let Some(text) = t.get("duration").and_then(|v| v.as_str()) else {
        return Ok(None);
    };
    let (n, unit) = text.split_once(' ').ok_or_else(|| format!("duration {text:?}"))?;
    let n: u32 = n.parse().map_err(|e| format!("duration {text:?}: {e}"))?;
    match unit {
        "months" | "month" => Ok(Some(End::Months(n))),
        "days" | "day" => Ok(Some(End::Days(n))),
        _ => Err(format!("duration {text:?}: months or days")),
    }
}

fn penalty(t: &toml::Table) -> Result<Penalty, String> {
    let per = match t.get("per").and_then(|v| v.as_str()) {
        None => Per::Day,
        Some(code) => *Per::ALL
            .iter()
            .find(|p| p.code() == code)
            .ok_or_else(|| format!("per = {code:?}"))?,
    };
    let escalation = match table(t, "escalation")? {
        None => None,
        Some(e) => Some(Escalation {
            factor: money(e, "factor")?,
            add: money(e, "add")?,
            every: Stretch::parse(e.get("every").and_then(|v| v.as_str()).ok_or("escalation.every")?)?,
            until: date(e, "until")?,
            max_rate: money(e, "max_rate")?,
        }),
    };
    let (mut changes, mut after_changes) = (Vec::new(), Vec::new());
    for c in array(t, "change")? {
        let rate = money(c, "amount")?.ok_or("change.amount")?;
        match c.get("after").and_then(|v| v.as_str()) {
            Some(after) => after_changes.push((Stretch::parse(after)?, rate)),
            None => changes.push((date(c, "from")?.ok_or("change.from")?, rate)),
        }
    }
    let mut breaches = Vec::new();
    for b in array(t, "breach")? {
        match b.get("dates") {
            Some(toml::Value::Array(days)) => {
                for d in days {
                    let d = match d {
                        toml::Value::Datetime(d) => NaiveDate::parse_from_str(&d.to_string(), "%Y-%m-%d")
                            .map_err(|e| format!("breach.dates: {e}"))?,
                        _ => return Err("breach.dates: dates".into()),
                    };
                    breaches.push((d, d));
                }
            }
            _ => breaches.push((
                date(b, "from")?.ok_or("breach.from")?,
                date(b, "through")?.ok_or("breach.through")?,
            )),
        }
    }
    let partial = match t.get("partial").and_then(|v| v.as_str()) {
        None => None,
        Some("completed") => Some(Partial::Completed),
        Some("started") => Some(Partial::Started),
        Some("prorata") => Some(Partial::Prorata),
        Some(other) => return Err(format!("partial = {other:?}")),
    };
    Ok(Penalty {
        obligation: t.get("obligation").and_then(|v| v.as_str()).map(str::to_string),
        rate: money(t, "amount")?.ok_or("penalty.amount")?,
        per,
        partial,
        from: date(t, "from")?,
        complied: date(t, "complied")?,
        cap: money(t, "cap")?,
        changes,
        suspensions: array(t, "suspension")?
            .iter()
            .map(|s| {
                Ok((
                    date(s, "from")?.ok_or("suspension.from")?,
                    date(s, "through")?.ok_or("suspension.through")?,
                ))
            })
            .collect::<Result<_, String>>()?,
        violations: array(t, "violation")?
            .iter()
            .map(|v| {
                let count = match v.get("count") {
                    None => 1,
                    Some(c) => c.as_integer().ok_or("violation.count")?,
                };
                Ok((date(v, "date")?.ok_or("violation.date")?, count))
            })
            .collect::<Result<_, String>>()?,
        escalation,
        after_changes,
        reductions: array(t, "reduction")?
            .iter()
            .map(|r| {
                Ok((
                    date(r, "date")?.ok_or("reduction.date")?,
                    money(r, "amount")?.ok_or("reduction.amount")?,
                ))
            })
            .collect::<Result<_, String>>()?,
        breaches,
        count: t.get("count").and_then(|v| v.as_integer()),
        definitive: match t.get("kind").and_then(|v| v.as_str()) {
            None => None,
            Some("definitive") => Some(true),
            Some("provisional") => Some(false),
            Some(other) => return Err(format!("kind = {other:?}")),
        },
        decided: date(t, "decided")?,
        end: end(t)?,
    })
}
