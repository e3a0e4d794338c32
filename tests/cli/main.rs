//! The one integration test binary: it drives the real `astreinte` executable.

mod bad_input;
mod browser;
mod check;
mod compute;
mod date_range;
mod deadline;
mod exact;
mod examples;
mod files;
mod holidays;
mod hostile_text;
mod interest;
mod json_types;
mod large_batch;
mod malformed;
mod periods;
mod quick;
mod robustness;
mod schedules;
mod schema;
mod scripting;
mod statements;
mod summary;
mod support;
mod ux;
mod when;
