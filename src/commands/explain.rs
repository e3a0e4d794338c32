//! `astreinte explain`: each case's derivation, step by step, in words.

use chrono::NaiveDate;

use super::Streams;
use super::batch::{Outcome, for_each_case};
use crate::cli::ExplainArgs;
use crate::error::{Error, ExitStatus};
use crate::render::{ExplainRenderer, Presentation, Renderer, RunInfo};

pub(super) fn run(
    args: &ExplainArgs,
    today: &dyn Fn() -> NaiveDate,
    presentation: Presentation,
    io: &mut Streams<'_>,
) -> Result<ExitStatus, Error> {
    let as_of = args.as_of.unwrap_or_else(today);
    let mut renderer = ExplainRenderer::new(presentation);
    renderer.begin(io.stdout, &RunInfo { as_of })?;
    let failed = for_each_case(
        &args.inputs,
        |_| as_of,
        None,
        presentation.lang,
        io,
        |out, outcome| {
            if let Outcome::Computed { report, .. } = outcome {
                renderer.case(out, &report)?;
            }
            Ok(())
        },
    )?;
    renderer.finish(io.stdout)?;
    Ok(if failed {
        ExitStatus::BadInput
    } else {
        ExitStatus::Success
    })
}
