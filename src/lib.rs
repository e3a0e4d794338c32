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

pub mod calendar;
pub mod case;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod error;
pub mod input;
pub mod lang;
pub mod money;
pub mod output;
pub mod render;
pub mod report;
pub mod source;
pub mod timelimit;
