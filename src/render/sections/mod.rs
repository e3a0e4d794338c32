//! The parts of a case every format for a person shows, built once from the report as facts
//! in display order (dates, amounts, rates, kinds; no wording), then laid out per format:
//! `table.rs`, `explain.rs`, `statement.rs` (written by `markdown.rs` and `html.rs`), with the
//! words of the run's catalogue ([`crate::lang`]).
//!
//! Each section is built by one function from the report: [`derivation::steps`],
//! [`penalties::lines`], [`periods::periods`] (the liquidations with the gaps before them,
//! then the period not yet liquidated), [`totals::totals`], [`rules::applied`]. The notes and
//! the case's heading are the report's own fields.
//!
//! To show a new fact: add it to the section that holds it (a field, or a variant of a line
//! such as [`crate::lang::message::PenaltyLine`]), word it with a [`crate::lang::Message`]
//! variant in each catalogue (`lang/en.rs`, `lang/fr/`: the compiler lists the arms to write),
//! and write it in each layout that shows it. A new section is one more file here, one
//! function from the report, and a call in each layout.

pub(crate) mod derivation;
pub(crate) mod penalties;
pub(crate) mod periods;
pub(crate) mod rules;
pub(crate) mod totals;
