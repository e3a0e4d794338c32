//! The real library, driven from case-file text, and its report read back through the JSON
//! contract (the keys of `compute --format json`), so that the comparison does not depend on
//! the engine's internal types.

use astreinte::case::load;
use astreinte::engine::compute;
use astreinte::source::Source;
use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde_json::Value;

use super::scenario::{Expected, GapFigures, LiquidationFigures, PenaltyFigures, PeriodFigures, Scenario, Totals};

/// Loads `text` (one case) and computes it as of `as_of`: the report as JSON, or the error's
/// message.
pub fn run(text: &str, as_of: NaiveDate) -> Result<Value, String> {
    let mut cases = load(&Source::new("reference.toml", text));
    if cases.len() != 1 {
        return Err(format!("{} cases read, expected 1", cases.len()));
    }
    let case = cases.remove(0).map_err(|e| format!("refused when read: {e}"))?;
    let report = compute(&case, as_of).map_err(|e| format!("refused when computed: {e}"))?;
    serde_json::to_value(&report).map_err(|e| format!("not serialized: {e}"))
}

/// Loads `text` (one case) and asks for the first day its penalties together reach `target`
/// (`astreinte when --reaches`): that day and the amount then, or `None` if never.
pub fn when(text: &str, target: Decimal) -> Result<Option<(NaiveDate, Decimal)>, String> {
    let mut cases = load(&Source::new("reference.toml", text));
    let case = cases.remove(0).map_err(|e| format!("refused when read: {e}"))?;
    let reach = astreinte::engine::when(&case, target).map_err(|e| format!("refused: {e}"))?;
    // The answer's two facts, read as they are (`when`'s JSON is a renderer's).
    Ok(reach.date.map(|day| (day, reach.amount)))
}

/// The figures of the report `json`, for the penalties of `s` (in the order written).
pub fn figures(json: &Value, s: &Scenario) -> Result<Expected, String> {
    let liquidations = list(json, "liquidations")?
        .iter()
        .map(|l| {
            Ok(LiquidationFigures {
                from: date(l, "from")?.ok_or("liquidation without `from`")?,
                through: date(l, "through")?.ok_or("liquidation without `through`")?,
                days: int(l, "days")?,
                amount: money(l, "amount")?,
                units: units(l, s)?,
                status: l.get("status").and_then(Value::as_str).map(str::to_string),
                shares: match l.get("shares") {
                    None => Vec::new(),
                    Some(_) => list(l, "shares")?
                        .iter()
                        .map(|s| money(s, "amount"))
                        .collect::<Result<_, String>>()?,
                },
                awarded: match l.get("awarded") {
                    None | Some(Value::Null) => None,
                    Some(_) => Some(money(l, "awarded")?),
                },
                suppressed: money(l, "suppressed")?,
                suppressed_days: int(l, "suppressed_days")?,
            })
        })
        .collect::<Result<_, String>>()?;
    // `gaps` is new (rule R1): a report without the key has no gap.
    let gaps = match json.get("gaps") {
        None => Vec::new(),
        Some(_) => list(json, "gaps")?
            .iter()
            .map(|g| {
                Ok(GapFigures {
                    hole: None,
                    counted: period(g, s)?,
                })
            })
            .collect::<Result<_, String>>()?,
    };
    let penalties = list(json, "penalties")?
        .iter()
        .map(|p| {
            Ok(PenaltyFigures {
                total: money(p, "total")?,
                cap_reached: date(p, "cap_reached")?,
            })
        })
        .collect::<Result<_, String>>()?;
    let totals = json.get("totals").ok_or("no `totals`")?;
    let by_obligation = list(totals, "by_obligation")?
        .iter()
        .map(|o| Ok((money(o, "liquidated")?, money(o, "unliquidated")?, money(o, "total")?)))
        .collect::<Result<_, String>>()?;
    Ok(Expected {
        accrual_start: date(json, "accrual_start")?.ok_or("no `accrual_start`")?,
        liquidations,
        accrued: period(json.get("accrued").ok_or("no `accrued`")?, s)?,
        gaps,
        penalties,
        cap_reached: date(json, "cap_reached")?,
        totals: Totals {
            liquidated: money(totals, "liquidated")?,
            awarded: money(totals, "awarded")?,
            unliquidated: money(totals, "unliquidated")?,
            lump_sums: money(totals, "lump_sums")?,
            overall: money(totals, "overall")?,
            owed: money(totals, "owed")?,
            suppressed: money(totals, "suppressed")?,
            by_obligation,
        },
    })
}

fn period(p: &Value, s: &Scenario) -> Result<PeriodFigures, String> {
    Ok(PeriodFigures {
        from: date(p, "from")?,
        through: date(p, "through")?,
        days: int(p, "days")?,
        amount: money(p, "amount")?,
        units: units(p, s)?,
    })
}

/// Whole units per penalty: the sum of `units` over the segments of its obligation.
fn units(period: &Value, s: &Scenario) -> Result<Vec<Option<i64>>, String> {
    let segments = list(period, "segments")?;
    s.penalties
        .iter()
        .map(|p| {
            if p.is_prorata() {
                return Ok(None);
            }
            let mut sum = 0;
            for seg in segments {
                if seg.get("obligation").and_then(Value::as_str) == p.obligation.as_deref() {
                    sum += int(seg, "units")?;
                }
            }
            Ok(Some(sum))
        })
        .collect()
}

fn list<'v>(v: &'v Value, key: &str) -> Result<&'v Vec<Value>, String> {
    v.get(key)
        .and_then(Value::as_array)
        .ok_or_else(|| format!("no list `{key}`"))
}

fn int(v: &Value, key: &str) -> Result<i64, String> {
    v.get(key)
        .and_then(Value::as_i64)
        .ok_or_else(|| format!("no integer `{key}`"))
}

fn money(v: &Value, key: &str) -> Result<Decimal, String> {
    let text = v
        .get(key)
        .and_then(Value::as_str)
        .ok_or_else(|| format!("no amount `{key}`"))?;
    text.parse().map_err(|e| format!("`{key}` = {text:?}: {e}"))
}

fn date(v: &Value, key: &str) -> Result<Option<NaiveDate>, String> {
    match v.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(text)) => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(Some)
            .map_err(|e| format!("`{key}` = {text:?}: {e}")),
        Some(other) => Err(format!("`{key}` = {other}: not a date")),
    }
}
