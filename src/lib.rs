//! astreinte: an exact calculator for periodic penalty payments: the French *astreinte*,
//! the Dutch and Belgian *dwangsom*, the European Union's periodic penalty payments.
//!
//! Data flows one way: command line → [`case`] (TOML, then checked domain types) →
//! [`engine`] (pure: no I/O, no clock) → [`report::CaseReport`] → [`render`] (one module
//! per format). Money is [`rust_decimal::Decimal`] throughout; dates are
//! [`chrono::NaiveDate`], never datetimes.
//!
//! # The public API
//!
//! What a program embedding the engine needs, and nothing else (every other module is
//! private to the crate):
//!
//! - **Load**: [`case::load`] reads a case file's text (a [`source::Source`]) into checked
//!   [`case::Case`]s, or [`case::InputError`]s naming the file, line, column and key. The case
//!   types of [`case`] can also be built in code; they are made of [`calendar`], [`timelimit`]
//!   and [`money`] types ([`calendar::CalendarId`], [`timelimit::RuleSet`],
//!   [`money::Currency`]...).
//! - **Compute**: [`engine::compute`] computes a case as of a date given by the caller (the
//!   engine reads no clock) into a [`report::CaseReport`]; [`engine::when`] finds the day an
//!   amount is reached ([`report::Reach`]); both refuse with an [`engine::ComputeError`].
//! - **The report**: the types of [`report`], facts only (enums and figures, no wording).
//!   They are `#[non_exhaustive]`: fields and variants are added as the law asks for them, so
//!   a program reads them and matches them with a `_` arm, and does not build them.
//! - **Render**: [`render::Format::renderer`] gives the [`render::Renderer`] of an output
//!   format, laid out per [`render::Presentation`] (its language a [`lang::Lang`]); a run calls
//!   `begin`, `case` per report, `finish`. [`lang::money`] writes an amount as the renderers do.
//! - **The command line**: [`command_line`] runs `astreinte` itself in memory, as the binary
//!   does.
//!
//! # Computing a case from its text
//!
//! The case file format (TOML) is the same as the command line reads; [`case::load`] returns
//! one result per case, with errors that name the line, column and key.
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
//!
//! # Building a case in code, without any file
//!
//! Every field of [`case::Case`] is public: a program that already holds the facts builds the
//! case directly, computes it, reads the derivation and the figures from the
//! [`report::CaseReport`], and writes any output format (here the French statement in
//! Markdown) into memory.
//!
//! ```
//! use astreinte::calendar::{Calendar, CalendarId};
//! use astreinte::case::{Case, Due, Expectations, Liquidation, Order, Penalty, Per};
//! use astreinte::engine::compute;
//! use astreinte::lang::{self, Lang};
//! use astreinte::render::{Format, Presentation, RunInfo};
//! use astreinte::source::Location;
//! use astreinte::timelimit::{MonthEnd, RuleSet};
//! use chrono::NaiveDate;
//! use rust_decimal::Decimal;
//!
//! let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! let here = Location { file: "in memory".into(), line: 1, column: 1 };
//! let case = Case {
//!     title: "CNIL v Clearview AI".into(),
//!     authority: Some("CNIL, formation restreinte".into()),
//!     reference: Some("SAN-2022-019".into()),
//!     currency: "EUR".parse().unwrap(),
//!     rules: RuleSet::FrCpc,
//!     calendar: Calendar::new(CalendarId::Fr),
//!     order: Order {
//!         decided: date(2022, 10, 17),
//!         notified: Some(date(2022, 10, 19)),
//!         due: Due::Within("2 months".parse().unwrap()),
//!         distance: None,
//!         month_end: MonthEnd::default(),
//!         due_at: None,
//!     },
//!     // €100,000 per day of delay (loi 78-17 art. 20).
//!     penalties: vec![Penalty::simple(Decimal::from(100_000), Per::Day)],
//!     liquidations: vec![Liquidation {
//!         decided: Some(date(2023, 4, 13)),
//!         served: None,
//!         from: None,
//!         through: date(2023, 2, 9),
//!         awarded: None,
//!         expected: None,
//!         expected_days: None,
//!         expected_units: None,
//!         location: here.clone(),
//!         through_location: here.clone(),
//!         judgment: Default::default(),
//!     }],
//!     cap: None,
//!     lump_sums: Vec::new(),
//!     expected: Expectations::default(),
//!     shares: Vec::new(),
//!     origin: here,
//!     number: None,
//!     jurisdiction: Default::default(),
//!     balance: None,
//!     filing: Default::default(),
//! };
//!
//! let report = compute(&case, date(2023, 5, 10)).unwrap();
//! // CPC art. 641: notified 19 Oct 2022 + 2 months = 19 Dec 2022; delay from 20 Dec.
//! assert_eq!(report.deadline, date(2022, 12, 19));
//! assert_eq!(report.accrual_start, date(2022, 12, 20));
//! let first = &report.liquidations[0];
//! assert_eq!((first.days, first.amount), (52, Decimal::from(5_200_000)));
//! assert_eq!(lang::money(first.amount, report.currency, Lang::En), "€5,200,000");
//! // Not yet liquidated on 10 May 2023: 10 Feb to 10 May, 90 days.
//! assert_eq!(report.accrued.days, 90);
//! assert_eq!(report.totals.overall, Decimal::from(14_200_000));
//!
//! // The French statement, as `compute --format markdown --lang fr` writes it.
//! let presentation = Presentation { lang: Lang::Fr, ..Presentation::default() };
//! let mut renderer = Format::Markdown.renderer(presentation);
//! let mut out = Vec::new();
//! renderer.begin(&mut out, &RunInfo { as_of: report.as_of }).unwrap();
//! renderer.case(&mut out, &report).unwrap();
//! renderer.finish(&mut out).unwrap();
//! let statement = String::from_utf8(out).unwrap();
//! assert!(statement.contains("19 oct. 2022 + 2 mois = 19 déc. 2022"));
//! assert!(statement.contains("5\u{202F}200\u{202F}000,00\u{A0}€"));
//! ```
// The lints (unsafe code forbidden; no unwrap, expect, panic or indexing reachable from input)
// are in Cargo.toml `[lints]`; clippy.toml lets unit tests unwrap, expect, panic and index.
// Clippy has no such setting for these two, which the tests use to slice a text they wrote.
#![cfg_attr(test, allow(clippy::string_slice, clippy::unreachable))]

pub mod balance;
pub mod calendar;
pub mod case;
mod cli;
mod commands;
mod dates;
pub mod engine;
mod error;
mod fast;
mod input;
mod interest;
pub mod lang;
pub mod money;
mod output;
pub mod render;
pub mod report;
pub mod source;
pub mod timelimit;
mod visible;

pub mod command_line {
    //! The command line as the `astreinte` binary runs it, for programs that run it whole in
    //! memory (the binary itself, the fuzz harness, the tests of the manual): parse a [`Cli`],
    //! hand it to [`run`] with the [`Streams`] it reads and writes, and map the outcome to an
    //! [`ExitStatus`]. Nothing here takes anything from the environment: "today", the terminal
    //! and the input limit are passed in.
    pub use crate::cli::Cli;
    pub use crate::commands::{Streams, run};
    pub use crate::error::{Error, ExitStatus};
    pub use crate::input::{FileId, MAX_INPUT_BYTES, input_at};
    pub use crate::output::{PendingFile, ReplacingFile, UntilClosed};
}
