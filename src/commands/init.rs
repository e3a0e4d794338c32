//! `astreinte init`: a commented starter case file.

use std::path::Path;

use super::Streams;
use crate::cli::{InitArgs, Template};
use crate::error::{Error, ExitStatus, Usage};

/// The text of a template: a case file `compute` accepts as it is (tested for each).
pub(crate) fn template_text(template: Template) -> &'static str {
    match template {
        Template::Cnil => include_str!("../../templates/cnil.toml"),
        Template::Civil => include_str!("../../templates/civil.toml"),
        Template::Dwangsom => include_str!("../../templates/dwangsom.toml"),
        Template::Eu => include_str!("../../templates/eu.toml"),
    }
}

/// Writes the template to the output; an existing `--output` file is kept unless `--force`.
pub(super) fn run(args: &InitArgs, output: Option<&Path>, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    if let Some(path) = output
        && path.exists()
        && !args.force
    {
        return Err(Error::from(Usage::OutputExists(path.display().to_string())));
    }
    io.stdout.write_all(template_text(args.template).as_bytes())?;
    Ok(ExitStatus::Success)
}
