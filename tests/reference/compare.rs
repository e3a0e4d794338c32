//! Where the engine's figures differ from the model's, one line per figure.

use std::fmt::Debug;

use super::scenario::{Expected, GapFigures, PeriodFigures};

/// Every figure on which `engine` differs from `model`, worded for a reader.
///
/// Amounts are compared as numbers (`10` and `10.00` agree). Two readings are left open where
/// RULES.md does not settle them: a gap may be reported with the bounds of the hole in the
/// schedule or with those of the days it counts, and gaps that count nothing may be left out;
/// a liquidation's `status` is compared when the report has one.
pub fn differences(model: &Expected, engine: &Expected) -> Vec<String> {
    between(model, engine, ["model", "engine"])
}

/// [`differences`], the two sides named `names` (such as `["without", "with"]`).
pub fn between(model: &Expected, engine: &Expected, names: [&str; 2]) -> Vec<String> {
    let mut out = Vec::new();
    let [a, b] = names;
    let mut check = |what: String, m: &dyn Debug, e: &dyn Debug| {
        let (m, e) = (format!("{m:?}"), format!("{e:?}"));
        if m != e {
            out.push(format!("{what}: {a} {m}, {b} {e}"));
        }
    };
    check("accrual_start".into(), &model.accrual_start, &engine.accrual_start);
    check(
        "number of liquidations".into(),
        &model.liquidations.len(),
        &engine.liquidations.len(),
    );
    for (n, (m, e)) in model.liquidations.iter().zip(&engine.liquidations).enumerate() {
        let at = |key: &str| format!("liquidations[{n}].{key}");
        check(at("from"), &m.from, &e.from);
        check(at("through"), &m.through, &e.through);
        check(at("days"), &m.days, &e.days);
        check(at("amount"), &m.amount.normalize(), &e.amount.normalize());
        check(at("units"), &m.units, &e.units);
        let normal = |v: &[rust_decimal::Decimal]| v.iter().map(|d| d.normalize()).collect::<Vec<_>>();
        check(at("shares"), &normal(&m.shares), &normal(&e.shares));
        if e.status.is_some() {
            check(at("status"), &m.status, &e.status);
        }
        check(
            at("awarded"),
            &m.awarded.map(|a| a.normalize()),
            &e.awarded.map(|a| a.normalize()),
        );
        check(at("suppressed"), &m.suppressed.normalize(), &e.suppressed.normalize());
        check(at("suppressed_days"), &m.suppressed_days, &e.suppressed_days);
    }
    period(&mut check, "accrued", &model.accrued, &engine.accrued);

    let counting = |gaps: &[GapFigures]| -> Vec<GapFigures> {
        gaps.iter()
            .filter(|g| g.counted.days > 0 || !g.counted.amount.is_zero())
            .cloned()
            .collect()
    };
    let (model_gaps, engine_gaps) = (counting(&model.gaps), counting(&engine.gaps));
    check(
        "gaps that count something".into(),
        &model_gaps.len(),
        &engine_gaps.len(),
    );
    for (n, (m, e)) in model_gaps.iter().zip(&engine_gaps).enumerate() {
        let bounds = (e.counted.from, e.counted.through);
        let hole = m.hole.map(|(a, b)| (Some(a), Some(b)));
        if bounds != (m.counted.from, m.counted.through) && Some(bounds) != hole {
            check(
                format!("gaps[{n}] from/through (the hole or the days counted)"),
                &(hole, (m.counted.from, m.counted.through)),
                &bounds,
            );
        }
        let at = |key: &str| format!("gaps[{n}].{key}");
        check(at("days"), &m.counted.days, &e.counted.days);
        check(
            at("amount"),
            &m.counted.amount.normalize(),
            &e.counted.amount.normalize(),
        );
        check(at("units"), &m.counted.units, &e.counted.units);
    }

    check(
        "number of penalties".into(),
        &model.penalties.len(),
        &engine.penalties.len(),
    );
    for (n, (m, e)) in model.penalties.iter().zip(&engine.penalties).enumerate() {
        check(
            format!("penalties[{n}].total"),
            &m.total.normalize(),
            &e.total.normalize(),
        );
        check(format!("penalties[{n}].cap_reached"), &m.cap_reached, &e.cap_reached);
    }
    check("cap_reached".into(), &model.cap_reached, &engine.cap_reached);
    let (m, e) = (&model.totals, &engine.totals);
    for (key, a, b) in [
        ("liquidated", m.liquidated, e.liquidated),
        ("awarded", m.awarded, e.awarded),
        ("unliquidated", m.unliquidated, e.unliquidated),
        ("lump_sums", m.lump_sums, e.lump_sums),
        ("overall", m.overall, e.overall),
        ("owed", m.owed, e.owed),
        ("suppressed", m.suppressed, e.suppressed),
    ] {
        check(format!("totals.{key}"), &a.normalize(), &b.normalize());
    }
    let normal = |v: &[(rust_decimal::Decimal, rust_decimal::Decimal, rust_decimal::Decimal)]| {
        v.iter()
            .map(|(a, b, c)| (a.normalize(), b.normalize(), c.normalize()))
            .collect::<Vec<_>>()
    };
    check(
        "totals.by_obligation (liquidated, unliquidated, total)".into(),
        &normal(&m.by_obligation),
        &normal(&e.by_obligation),
    );
    out
}

fn period(check: &mut dyn FnMut(String, &dyn Debug, &dyn Debug), name: &str, m: &PeriodFigures, e: &PeriodFigures) {
    check(format!("{name}.from"), &m.from, &e.from);
    check(format!("{name}.through"), &m.through, &e.through);
    check(format!("{name}.days"), &m.days, &e.days);
    check(format!("{name}.amount"), &m.amount.normalize(), &e.amount.normalize());
    check(format!("{name}.units"), &m.units, &e.units);
}
