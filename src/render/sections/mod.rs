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
//! To show a new fact, in three places the compiler and the tests point to:
//! - **where it is**: a field of the report the section already holds (a liquidation's
//!   facts are the `LiquidationReport` in [`periods::Counted::Liquidation`]), or a new
//!   variant of a line (a penalty's: [`crate::lang::message::PenaltyLine`], pushed in
//!   [`penalties::lines`]; a rule of a statement: [`crate::lang::message::RuleApplied`],
//!   pushed in [`rules::applied`]);
//! - **its words**: a [`crate::lang::Message`] (or [`crate::lang::Label`]) variant carrying its
//!   facts, an arm in each catalogue (`lang/en.rs`, `lang/fr/mod.rs`: a missing arm does not
//!   compile) and a sample in `lang/tests.rs` (the coverage test fails without one);
//! - **where it shows**: a line in each layout that shows it: `table.rs`
//!   (`Layout::liquidation_row` for a column, `Layout::unliquidated` or `Layout::totals` for a
//!   line), `explain.rs` (`Explanation::liquidation`...), `statement.rs`
//!   (`Writer::liquidation_row`, `Writer::totals`...). A new line of the penalties shows in all
//!   three without more.
//!
//! A new section is one more file here (one function from the report), a [`crate::lang::Label`]
//! for its title, and a call in each layout (in `statement.rs`, one more entry of the numbered
//! sections).

pub(crate) mod balance;
pub(crate) mod derivation;
pub(crate) mod orders;
pub(crate) mod penalties;
pub(crate) mod periods;
pub(crate) mod rules;
pub(crate) mod totals;
