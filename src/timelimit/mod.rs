//! Time limits ("2 months", "1 month 15 days") and the deadline they give under a rule set.
//!
//! The compliance deadline of an order is often a time limit running from notification. How
//! it is counted depends on the law that governs it: see [`RuleSet`] for each rule set and
//! its legal source, and [`derive_deadline`] for the step-by-step derivation.

mod counting;
mod deadline;
mod limit;
mod months;
#[cfg(test)]
mod properties;
mod rules;
mod step;
#[cfg(test)]
mod step_wording;

pub use counting::{Counting, Distance, MonthEnd, OptionError};
pub use deadline::DeadlineError;
pub(crate) use deadline::{Deadline, derive_deadline};
#[cfg(test)]
pub(crate) use limit::read as read_limit;
pub use limit::{LimitError, LimitProblem, TimeLimit};
pub(crate) use limit::{MAX_COUNT, unit_named};
pub(crate) use rules::Citation;
pub use rules::{Caveat, RuleSet, UnknownRuleSet};
pub use step::{Step, StepKind};
