//! astreinte: an exact calculator for periodic penalty payments: the French *astreinte*,
//! the Dutch and Belgian *dwangsom*, the European Union's periodic penalty payments.
//!
//! Data flows one way: command line → [`case`] (TOML, then checked domain types) →
//! [`engine`] (pure: no I/O, no clock) → [`report::CaseReport`] → [`render`] (one module
//! per format). Money is [`rust_decimal::Decimal`] throughout; dates are
//! [`chrono::NaiveDate`], never datetimes.
//!
//! ```
//! use astreinte::{case::load, engine::compute, source::Source};
//! use chrono::NaiveDate;
//!
//! let text = r#"
//! title = "CNIL v Clearview AI"
//! currency = "EUR"
//! rules = "fr-cpc"
//! [order]
//! decided = 2022-10-17
//! notified = 2022-10-19
//! comply_within = "2 months"
//! [penalty]
//! amount = 100000
//! per = "day"
//! [[liquidation]]
//! through = 2023-02-09
//! "#;
//! let case = load(&Source::new("clearview.toml", text)).remove(0).unwrap();
//! let report = compute(&case, NaiveDate::from_ymd_opt(2023, 2, 9).unwrap()).unwrap();
//! assert_eq!(report.deadline.to_string(), "2022-12-19");
//! assert_eq!(report.liquidations[0].days, 52);
//! assert_eq!(report.liquidations[0].amount.to_string(), "5200000");
//! ```
#![forbid(unsafe_code)]
// No panic reachable from input: a bad case must end in an error naming its file, line and key.
// Tests may unwrap (`not(test)`). Integer arithmetic (`clippy::arithmetic_side_effects`) is
// not denied: it fires on every `i + 1` over an index; money goes through `checked_*` (see
// `money` and `engine`), day counts stay far inside `i64` (dates span under 200 million days),
// and the fuzz target and property tests watch for the rest.
#![cfg_attr(
    not(test),
    deny(
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo,
        clippy::unimplemented,
        clippy::indexing_slicing,
        clippy::string_slice
    )
)]

pub mod calendar;
pub mod case;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod error;
pub mod input;
pub mod money;
pub mod output;
pub mod render;
pub mod report;
pub mod source;
pub mod timelimit;
