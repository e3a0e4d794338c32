//! The path of a key in a case file (`penalty[2].change[1].from`), put into words only when an
//! error names it.

use std::fmt;

/// A key's path below the case. Most cases have no error: every path written up front (one
/// `format!` per key checked) was much of the cost of checking a case.
///
/// ```text
/// let penalty = Key::item("penalty", 2);
/// assert_eq!(penalty.item_of("change", 1).child("from").to_string(), "penalty[2].change[1].from");
/// ```
#[derive(Clone, Copy)]
pub(super) struct Key<'a> {
    parent: Option<&'a Key<'a>>,
    name: &'static str,
    index: Option<usize>,
}

impl<'a> Key<'a> {
    /// A key of the case itself: `penalty`.
    pub(super) fn root(name: &'static str) -> Self {
        Key {
            parent: None,
            name,
            index: None,
        }
    }

    /// The `index`th (1-based) table of an array of the case: `liquidation[2]`.
    pub(super) fn item(name: &'static str, index: usize) -> Self {
        Key {
            parent: None,
            name,
            index: Some(index),
        }
    }

    /// A key of this table: `penalty.amount`.
    pub(super) fn child(&'a self, name: &'static str) -> Key<'a> {
        Key {
            parent: Some(self),
            name,
            index: None,
        }
    }

    /// The `index`th (1-based) table of an array in this table: `penalty.change[1]`.
    pub(super) fn item_of(&'a self, name: &'static str, index: usize) -> Key<'a> {
        Key {
            parent: Some(self),
            name,
            index: Some(index),
        }
    }
}

impl fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(parent) = self.parent {
            write!(f, "{parent}.")?;
        }
        f.write_str(self.name)?;
        match self.index {
            Some(i) => write!(f, "[{i}]"),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_as_toml_keys_with_positions() {
        let penalty = Key::item("penalty", 2);
        assert_eq!(
            penalty.item_of("change", 1).child("from").to_string(),
            "penalty[2].change[1].from"
        );
        assert_eq!(Key::root("penalty").child("amount").to_string(), "penalty.amount");
        assert_eq!(Key::item("liquidation", 3).to_string(), "liquidation[3]");
        assert_eq!(Key::root("order").child("decided").to_string(), "order.decided");
    }
}
