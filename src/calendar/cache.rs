//! A year's holidays, computed once per thread and kept: deciding whether a day is worked asks
//! for its whole year's list, and a batch asks for the same few years again and again.
//!
//! Per thread, so that no lock is taken; a B-tree, whose lookups need no random seed (a hash
//! map's would cost a one-case run a system call); bounded, so that a batch spread over many centuries
//! does not grow it without end. It changes only how often a list is computed, never the list.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use super::{CalendarError, CalendarId, Holiday, holidays};

/// Lists kept per thread before the cache starts afresh (a list is a dozen holidays).
const KEPT: usize = 512;

/// The lists computed on this thread, by calendar and year.
type Years = BTreeMap<(CalendarId, i32), Rc<[Holiday]>>;

thread_local! {
    static YEARS: RefCell<Years> = const { RefCell::new(BTreeMap::new()) };
}

/// [`holidays`]`(id, year)`, shared.
pub(super) fn year(id: CalendarId, year: i32) -> Result<Rc<[Holiday]>, CalendarError> {
    if let Some(list) = YEARS.with_borrow(|years| years.get(&(id, year)).cloned()) {
        return Ok(list);
    }
    let list: Rc<[Holiday]> = holidays(id, year)?.into();
    YEARS.with_borrow_mut(|years| {
        if years.len() >= KEPT {
            years.clear();
        }
        years.insert((id, year), Rc::clone(&list));
    });
    Ok(list)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gives_the_computed_list_and_survives_being_full() {
        for y in 1600..1600 + 2 * KEPT as i32 {
            assert_eq!(
                &*year(CalendarId::Fr, y).unwrap(),
                holidays(CalendarId::Fr, y).unwrap().as_slice()
            );
        }
        assert_eq!(
            &*year(CalendarId::Be, 2024).unwrap(),
            holidays(CalendarId::Be, 2024).unwrap().as_slice()
        );
        assert!(year(CalendarId::Fr, 12_000).is_err());
    }
}
