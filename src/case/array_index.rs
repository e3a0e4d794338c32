//! Array indexes in the key paths of errors the TOML reader raises.
//!
//! The reader names a key inside an array of tables by the array's name alone
//! (`liquidation.awarded`), while validation names it with its 1-based position
//! (`liquidation[2].awarded`). This adds the position, counted from the `[[...]]` headers
//! written before the error, so that both kinds of error name keys the same way.

/// Arrays whose elements validation always numbers. `penalty` is numbered only when the case
/// has several, as validation does.
const ALWAYS_NUMBERED: &[&str] = &[
    "liquidation",
    "lump_sum",
    "penalty.change",
    "penalty.suspension",
    "penalty.violation",
];

/// `keys` (a dotted path) with the position of each array-of-tables element it goes through.
/// `before` is the case's text up to the error, `after` the rest of the input (which may hold
/// more cases, each starting with a `[[case]]` header).
pub(crate) fn index_arrays(keys: &str, before: &str, after: &str) -> String {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for name in headers(before) {
        if name == "case" {
            counts.clear();
            continue;
        }
        // A new element of an array starts its nested arrays afresh.
        counts.retain(|(n, _)| !n.starts_with(&format!("{name}.")));
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, count)) => *count += 1,
            None => counts.push((name, 1)),
        }
    }
    let penalties_in_case = counts.iter().find(|(n, _)| n == "penalty").map_or(0, |(_, c)| *c)
        + headers(after)
            .take_while(|n| n != "case")
            .filter(|n| n == "penalty")
            .count();

    let mut out = String::with_capacity(keys.len() + 8);
    let mut path = String::new();
    for part in keys.split('.') {
        if !path.is_empty() {
            path.push('.');
            out.push('.');
        }
        path.push_str(part);
        out.push_str(part);
        let numbered = ALWAYS_NUMBERED.contains(&path.as_str()) || (path == "penalty" && penalties_in_case > 1);
        if let Some((_, count)) = counts.iter().find(|(n, _)| *n == path).filter(|_| numbered) {
            out.push_str(&format!("[{count}]"));
        }
    }
    out
}

/// The names of the `[[...]]` headers in `text`, in order, without a leading `case.`.
fn headers(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines().filter_map(|line| {
        let inner = line.trim().strip_prefix("[[")?;
        let (name, _) = inner.split_once("]]")?;
        let name = name.trim().trim_matches('"');
        Some(name.strip_prefix("case.").unwrap_or(name).to_string())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nested_arrays_count_within_their_parent() {
        let before = "[[penalty]]\namount = 1\n[[penalty.change]]\nfrom = 2023-01-01\n[[penalty]]\namount = 2\n[[penalty.change]]\namount = 1.5";
        assert_eq!(
            index_arrays("penalty.change.amount", before, ""),
            "penalty[2].change[1].amount"
        );
    }

    #[test]
    fn a_single_penalty_table_array_is_not_numbered_unless_more_follow() {
        let before = "[[penalty]]\namount = 1.5";
        assert_eq!(index_arrays("penalty.amount", before, ""), "penalty.amount");
        assert_eq!(
            index_arrays("penalty.amount", before, "\n[[penalty]]\namount = 2\n"),
            "penalty[1].amount"
        );
        // The next case's penalties are not this case's.
        assert_eq!(
            index_arrays("penalty.amount", before, "\n[[case]]\n[[case.penalty]]\n"),
            "penalty.amount"
        );
    }

    #[test]
    fn each_case_of_a_batch_counts_afresh() {
        let before =
            "[[case]]\n[[case.liquidation]]\n[[case.liquidation]]\n[[case]]\n[[case.liquidation]]\nawarded = 1.5";
        assert_eq!(
            index_arrays("liquidation.awarded", before, ""),
            "liquidation[1].awarded"
        );
    }

    #[test]
    fn paths_outside_arrays_are_unchanged() {
        assert_eq!(
            index_arrays("order.decided", "[order]\ndecided = 1", ""),
            "order.decided"
        );
        assert_eq!(index_arrays("title", "", ""), "title");
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn index_arrays_example() {
        use crate::case::index_arrays;
        let before = "title = \"T\"\n[[liquidation]]\nthrough = 2023-01-31\n[[liquidation]]\nawarded = 1.5";
        assert_eq!(
            index_arrays("liquidation.awarded", before, ""),
            "liquidation[2].awarded"
        );
        assert_eq!(
            index_arrays("penalty.amount", "[penalty]\namount = 1.5", ""),
            "penalty.amount"
        );
    }
}
