//! The one integration test binary: it drives the real `astreinte` executable.

mod bad_input;
mod browser;
mod check;
mod compute;
mod deadline;
mod examples;
mod holidays;
mod hostile_text;
mod json_types;
mod large_batch;
mod malformed;
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
