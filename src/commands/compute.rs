//! `astreinte compute`.

use chrono::NaiveDate;

use super::Streams;
use super::batch::{Outcome, for_each_case};
use crate::cli::ComputeArgs;
use crate::error::{Error, ExitStatus, Usage};
use crate::render::{Format, Presentation, RunInfo};

pub(super) fn run(
    args: &ComputeArgs,
    today: &dyn Fn() -> NaiveDate,
    presentation: Presentation,
    io: &mut Streams<'_>,
) -> Result<ExitStatus, Error> {
    if args.format == Format::Pdf && io.terminal.is_terminal {
        return Err(Error::from(Usage::PdfToTerminal));
    }
    let as_of = args.as_of.unwrap_or_else(today);
    let presentation = Presentation {
        paper: args.paper,
        ..presentation
    };
    let mut renderer = args.format.renderer(presentation);
    let standalone = renderer.standalone();
    renderer.begin(io.stdout, &RunInfo { as_of })?;
    let failed = for_each_case(
        &args.inputs,
        |_| as_of,
        standalone.as_deref(),
        presentation.lang,
        io,
        |out, outcome| {
            match outcome {
                Outcome::Rendered(bytes) => renderer.rendered(out, bytes)?,
                Outcome::Computed { report, .. } => renderer.case(out, &report)?,
                Outcome::Failed(failure) => renderer.failure(out, &failure)?,
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
