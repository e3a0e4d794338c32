//! `astreinte deadline`: one time limit, derived step by step.

use super::Streams;
use crate::calendar::{Calendar, CalendarId};
use crate::case::Problem;
use crate::cli::{DeadlineArgs, TableOrJson};
use crate::error::{Error, ExitStatus, Usage};
use crate::render::Presentation;
use crate::render::SCHEMA_VERSION;
use crate::render::deadline::DeadlineView;
use crate::timelimit::{Counting, Distance, MonthEnd, RuleSet, TimeLimit, derive_deadline};

pub(super) fn run(args: &DeadlineArgs, look: Presentation, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let view = derive(args)?;
    match args.format {
        TableOrJson::Table => view.write_table(io.stdout, look)?,
        TableOrJson::Json => view.write_json(io.stdout)?,
    }
    Ok(ExitStatus::Success)
}

/// Checks every value (each refusal names its flag and lists the valid values), then derives.
fn derive(args: &DeadlineArgs) -> Result<DeadlineView, Error> {
    let usage = |flag: &'static str, problem: Problem| Error::from(Usage::Value { flag, problem });
    let limit: TimeLimit = args.within.parse().map_err(|e| usage("--within", Problem::Limit(e)))?;
    let rules: RuleSet = args.rules.parse().map_err(|e| usage("--rules", Problem::RuleSet(e)))?;
    let calendar_id = match &args.calendar {
        Some(c) => c
            .parse::<CalendarId>()
            .map_err(|e| usage("--calendar", Problem::Calendar(e)))?,
        None => rules.default_calendar(),
    };
    let distance = args
        .distance
        .as_deref()
        .map(str::parse::<Distance>)
        .transpose()
        .map_err(|e| usage("--distance", Problem::Option(e)))?;
    let month_end: MonthEnd = args
        .month_end
        .parse()
        .map_err(|e| usage("--month-end", Problem::Option(e)))?;
    let counting = Counting::new(rules, distance, month_end).map_err(|e| usage("--distance", Problem::Option(e)))?;
    let event = args.event.trim();
    if event.is_empty() {
        return Err(Error::from(Usage::EmptyEvent));
    }

    let derived = derive_deadline(
        args.from,
        event.to_string(),
        limit,
        counting,
        &Calendar::new(calendar_id),
    )
    .map_err(|e| usage("--from/--within", Problem::Deadline(e)))?;
    let first_day_of_delay = derived
        .deadline
        .succ_opt()
        .filter(|d| crate::dates::supported(*d))
        .ok_or_else(|| Error::from(Usage::NoDayOfDelay(derived.deadline)))?;
    Ok(DeadlineView {
        schema_version: SCHEMA_VERSION,
        from: derived.from,
        within: limit.to_string(),
        rules: rules.code(),
        rules_source: rules.legal_source(),
        calendar: calendar_id.code(),
        distance: distance.map(Distance::code),
        month_end: month_end.code(),
        deadline: derived.deadline,
        first_day_of_delay,
        steps: derived.steps,
        notes: rules.caveat().into_iter().collect(),
    })
}
