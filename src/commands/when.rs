//! `astreinte when`: the first day each case's accrued amount reaches a figure.

use std::io::Write;

use serde_json::Value;

use super::Streams;
use crate::case::cases;
use crate::cli::{TableOrJson, WhenArgs};
use crate::engine::when;
use crate::error::{Error, ExitStatus};
use crate::input::{expand, open};
use crate::lang::long_date;
use crate::lang::{Lang, money};
use crate::render::{JsonDocument, SCHEMA_VERSION};
use crate::report::Reach;
use crate::visible::visible;

/// Writes each case's answer as it is found (the JSON document's `errors` come after every
/// case: they are written at the end).
pub fn run(args: &WhenArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let mut doc = match args.format {
        TableOrJson::Json => {
            let reaches = serde_json::to_value(args.reaches).map_err(std::io::Error::other)?;
            let head = vec![("schema_version", Value::from(SCHEMA_VERSION)), ("reaches", reaches)];
            Some(JsonDocument::new(head, "cases", "errors"))
        }
        TableOrJson::Table => None,
    };
    let mut failed = false;
    let expanded = expand(&args.inputs);
    for skipped in &expanded.skipped {
        writeln!(io.stderr, "warning: {skipped}")?;
    }
    let limit = io.max_input;
    for input in expanded.inputs {
        // Standard input may keep the run waiting: what is done must be out first.
        io.stdout.flush()?;
        let source = match input.and_then(|i| open(&i, limit)?.read(io.stdin, limit)) {
            Ok(source) => source,
            Err(e) => {
                failed = true;
                writeln!(io.stderr, "error: {}", visible(&e.to_string()))?;
                if let Some(doc) = &mut doc {
                    doc.hold(&e.to_string())?;
                }
                continue;
            }
        };
        for case in cases(&source) {
            let reach = case.map_err(|e| (e.render(), e.render_raw())).and_then(|c| {
                when(&c, args.reaches).map_err(|e| (visible(&e.to_string()).into_owned(), e.to_string()))
            });
            match (reach, &mut doc) {
                (Ok(answer), Some(doc)) => doc.element(io.stdout, &answer)?,
                (Ok(answer), None) => write_answer(io.stdout, &answer, l)?,
                (Err((shown, raw)), doc) => {
                    failed = true;
                    writeln!(io.stderr, "error: {shown}")?;
                    if let Some(doc) = doc {
                        doc.hold(&raw)?;
                    }
                }
            }
        }
    }
    if let Some(doc) = &mut doc {
        doc.finish(io.stdout)?;
    }
    Ok(if failed {
        ExitStatus::BadInput
    } else {
        ExitStatus::Success
    })
}

/// One answer as a line of the table.
fn write_answer(out: &mut dyn Write, a: &Reach, l: Lang) -> std::io::Result<()> {
    let target = money(a.reaches, a.currency, l);
    let amount = money(a.amount, a.currency, l);
    let title = visible(&a.title);
    match (a.date, a.never.as_deref().map(visible), l) {
        (Some(day), _, Lang::En) => writeln!(
            out,
            "{title}: reaches {target} on {} ({amount} accrued by then)",
            long_date(day, l),
        ),
        (Some(day), _, Lang::Fr) => writeln!(
            out,
            "{title} : atteint {target} le {} ({amount} courus à cette date)",
            long_date(day, l),
        ),
        (None, Some(why), Lang::En) => writeln!(out, "{title}: never reaches {target}: {why}"),
        (None, Some(why), Lang::Fr) => writeln!(out, "{title} : n'atteint jamais {target} : {why}"),
        (None, None, Lang::En) => writeln!(out, "{title}: never reaches {target}"),
        (None, None, Lang::Fr) => writeln!(out, "{title} : n'atteint jamais {target}"),
    }
}
