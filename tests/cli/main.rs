//! The one integration test binary: it drives the real `astreinte` executable.

// A test binary may unwrap, expect, panic and index, and its `pub` items are shared between
// its own modules: the denials of Cargo.toml `[lints]` are for the library and the binary.
#![allow(
    unreachable_pub,
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::unreachable,
    clippy::indexing_slicing,
    clippy::string_slice
)]

mod bad_input;
mod balance;
mod browser;
mod check;
mod compute;
mod date_range;
mod deadline;
mod exact;
mod examples;
mod files;
mod filing;
mod holidays;
mod hostile_text;
mod interest;
mod json_types;
mod judge;
mod large_batch;
mod malformed;
mod orders;
mod package;
mod pdf;
mod periods;
mod quick;
mod readme;
mod robustness;
mod schedules;
mod schema;
mod scripting;
mod service_day;
mod statements;
mod summary;
mod support;
mod ux;
mod when;
mod width;
mod words;
