//! `astreinte when`: the first day each case's accrued amount reaches a figure.

use serde_json::json;

use super::Streams;
use crate::case::cases;
use crate::cli::{TableOrJson, WhenArgs};
use crate::engine::when;
use crate::error::{Error, ExitStatus};
use crate::input::{expand, open};
use crate::lang::long_date;
use crate::lang::{Lang, money};
use crate::render::SCHEMA_VERSION;

pub fn run(args: &WhenArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let mut answers = Vec::new();
    let mut errors = Vec::new();
    let expanded = expand(&args.inputs);
    for skipped in &expanded.skipped {
        writeln!(io.stderr, "warning: {skipped}")?;
    }
    let limit = io.max_input;
    for input in expanded.inputs {
        let source = match input.and_then(|i| open(&i, limit)?.read(io.stdin, limit)) {
            Ok(source) => source,
            Err(e) => {
                writeln!(io.stderr, "error: {e}")?;
                errors.push(e.to_string());
                continue;
            }
        };
        for case in cases(&source) {
            match case
                .map_err(|e| e.render())
                .and_then(|c| when(&c, args.reaches).map_err(|e| e.to_string()))
            {
                Ok(answer) => answers.push(answer),
                Err(message) => {
                    writeln!(io.stderr, "error: {message}")?;
                    errors.push(message);
                }
            }
        }
    }
    match args.format {
        TableOrJson::Json => {
            let doc = json!({
                "schema_version": SCHEMA_VERSION,
                "reaches": args.reaches,
                "cases": answers,
                "errors": errors,
            });
            serde_json::to_writer_pretty(&mut *io.stdout, &doc).map_err(std::io::Error::from)?;
            writeln!(io.stdout)?;
        }
        TableOrJson::Table => {
            for a in &answers {
                let target = money(a.reaches, a.currency, l);
                let amount = money(a.amount, a.currency, l);
                match (a.date, &a.never, l) {
                    (Some(day), _, Lang::En) => writeln!(
                        io.stdout,
                        "{}: reaches {target} on {} ({amount} accrued by then)",
                        a.title,
                        long_date(day, l),
                    )?,
                    (Some(day), _, Lang::Fr) => writeln!(
                        io.stdout,
                        "{} : atteint {target} le {} ({amount} courus à cette date)",
                        a.title,
                        long_date(day, l),
                    )?,
                    (None, Some(why), Lang::En) => writeln!(io.stdout, "{}: never reaches {target}: {why}", a.title)?,
                    (None, Some(why), Lang::Fr) => {
                        writeln!(io.stdout, "{} : n'atteint jamais {target} : {why}", a.title)?
                    }
                    (None, None, Lang::En) => writeln!(io.stdout, "{}: never reaches {target}", a.title)?,
                    (None, None, Lang::Fr) => writeln!(io.stdout, "{} : n'atteint jamais {target}", a.title)?,
                }
            }
        }
    }
    Ok(if errors.is_empty() {
        ExitStatus::Success
    } else {
        ExitStatus::BadInput
    })
}
