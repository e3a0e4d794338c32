//! `astreinte when`: the first day each case's accrued amount reaches a figure.

use super::Streams;
use crate::case::{InputError, cases};
use crate::cli::{TableOrJson, WhenArgs};
use crate::engine::when;
use crate::error::{Error, ExitStatus};
use crate::input::{expand, open};
use crate::lang::Lang;
use crate::render::when::WhenWriter;
use crate::visible::visible;

use super::batch::{error_line, error_prefix, warning_line};

/// Writes each case's answer as it is found (the JSON document's `errors` come after every
/// case: they are written at the end).
pub(super) fn run(args: &WhenArgs, l: Lang, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    let mut writer = match args.format {
        TableOrJson::Json => WhenWriter::json(args.reaches)?,
        TableOrJson::Table => WhenWriter::lines(l),
    };
    let mut failed = false;
    let expanded = expand(&args.inputs);
    for skipped in &expanded.skipped {
        writeln!(io.stderr, "{}", warning_line(l, &skipped.render_in(l)))?;
    }
    let limit = io.max_input;
    for input in expanded.inputs {
        // Standard input may keep the run waiting: what is done must be out first.
        io.stdout.flush()?;
        let source = match input.and_then(|i| open(&i, limit)?.read(io.stdin, limit)) {
            Ok(source) => source,
            Err(e) => {
                failed = true;
                writeln!(io.stderr, "{}", error_line(l, &visible(&e.render_in(l))))?;
                writer.failure(&e.to_string())?;
                continue;
            }
        };
        // Every error of a case: on standard error in the run's language, and as one message
        // of the JSON document, in English as every machine format's.
        let every_error = |e: InputError| (e.render_all_in(l, &error_prefix(l)), e.render_all_raw(""));
        for case in cases(&source) {
            let reach = case.map_err(every_error).and_then(|c| {
                when(&c, args.reaches).map_err(|e| (visible(&e.render_in(l)).into_owned(), e.to_string()))
            });
            match reach {
                Ok(answer) => writer.answer(io.stdout, &answer)?,
                Err((shown, raw)) => {
                    failed = true;
                    writeln!(io.stderr, "{}", error_line(l, &shown))?;
                    writer.failure(&raw)?;
                }
            }
        }
    }
    writer.finish(io.stdout)?;
    Ok(if failed {
        ExitStatus::BadInput
    } else {
        ExitStatus::Success
    })
}
