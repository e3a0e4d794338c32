//! `astreinte schema`: the JSON Schemas of the JSON outputs, as committed in `schema/`.
//!
//! The files are compiled in, so the binary prints exactly what the repository holds; the
//! tests validate real outputs against the same files.

use super::Streams;
use crate::cli::{SchemaArgs, SchemaName};
use crate::error::{Error, ExitStatus};

/// Each schema: its name, what it describes, and its text.
pub(crate) const SCHEMAS: &[(SchemaName, &str, &str)] = &[
    (
        SchemaName::Compute,
        "compute --format json",
        include_str!("../../schema/compute.schema.json"),
    ),
    (
        SchemaName::Ndjson,
        "compute --format ndjson (each line)",
        include_str!("../../schema/ndjson.schema.json"),
    ),
    (
        SchemaName::Summary,
        "compute --format summary (each line)",
        include_str!("../../schema/summary.schema.json"),
    ),
    (
        SchemaName::Deadline,
        "deadline --format json",
        include_str!("../../schema/deadline.schema.json"),
    ),
    (
        SchemaName::Holidays,
        "holidays --format json",
        include_str!("../../schema/holidays.schema.json"),
    ),
    (
        SchemaName::Quick,
        "quick --format json",
        include_str!("../../schema/quick.schema.json"),
    ),
    (
        SchemaName::Interest,
        "interest --format json",
        include_str!("../../schema/interest.schema.json"),
    ),
    (
        SchemaName::When,
        "when --format json",
        include_str!("../../schema/when.schema.json"),
    ),
];

/// The text of the schema called `name`.
pub(crate) fn schema_text(name: SchemaName) -> &'static str {
    SCHEMAS
        .iter()
        .find(|(n, _, _)| *n == name)
        .map_or("", |(_, _, text)| text)
}

pub(super) fn run(args: &SchemaArgs, io: &mut Streams<'_>) -> Result<ExitStatus, Error> {
    match args.name {
        Some(name) => io.stdout.write_all(schema_text(name).as_bytes())?,
        None => {
            for (name, what, _) in SCHEMAS {
                let name = clap::ValueEnum::to_possible_value(name).map(|v| v.get_name().to_string());
                writeln!(io.stdout, "{:<10} {what}", name.unwrap_or_default())?;
            }
        }
    }
    Ok(ExitStatus::Success)
}

#[cfg(test)]
mod tests {
    use serde_json::Value;

    use super::*;
    use crate::render::SCHEMA_VERSION;

    fn parsed(name: SchemaName) -> Value {
        serde_json::from_str(schema_text(name)).unwrap()
    }

    #[test]
    fn every_schema_is_json_and_pins_the_schema_version() {
        for (name, _, _) in SCHEMAS {
            let schema = parsed(*name);
            assert_eq!(
                schema["properties"]["schema_version"]["const"],
                Value::from(SCHEMA_VERSION),
                "{name:?}"
            );
            let required = schema["required"].as_array().unwrap();
            assert!(required.contains(&Value::from("schema_version")), "{name:?}");
        }
    }

    #[test]
    fn every_name_has_a_schema() {
        for name in <SchemaName as clap::ValueEnum>::value_variants() {
            assert!(!schema_text(*name).is_empty(), "{name:?}");
        }
    }

    /// The ndjson schema repeats the compute schema's definitions (each file stands alone);
    /// they must not drift apart.
    #[test]
    fn ndjson_lines_share_the_compute_definitions() {
        let compute = parsed(SchemaName::Compute);
        let ndjson = parsed(SchemaName::Ndjson);
        assert_eq!(compute["$defs"], ndjson["$defs"]);
    }

    /// The summary schema repeats the definitions it shares with the compute schema.
    #[test]
    fn summary_lines_share_the_compute_definitions() {
        let compute = parsed(SchemaName::Compute);
        let summary = parsed(SchemaName::Summary);
        for name in ["date", "amount", "location", "totals", "error"] {
            assert_eq!(compute["$defs"][name], summary["$defs"][name], "{name}");
        }
    }
}
