//! Text from a case file (or a file's name) shown to a person: its control characters are
//! written as visible escapes, never sent as they are.
//!
//! A title, a reference or an obligation can hold any character TOML allows in a string
//! (`"\u001b]0;...\u0007"`), and a key or a file's name as much. Sent raw to a terminal, an
//! escape sequence recolours or clears the screen, retitles the window or rewrites what was
//! printed; a carriage return or a line feed lets a title overwrite a line or forge one. Every
//! format for a person (table, `explain`, `check` and `when` lines, Markdown, HTML, error
//! messages with their excerpt) shows such text through [`visible`]; JSON, NDJSON and CSV are
//! data and keep it exactly (JSON escapes control characters itself; CSV quotes line breaks).

use crate::case::filing::{DrawnUp, Filing, Party};
use std::borrow::Cow;
use std::fmt::Write;
use std::sync::Arc;

use crate::calendar::NonWorking;
use crate::report::{
    CapScope, CaseReport, LiquidationReport, LumpSumReport, Note, ObligationTotal, PenaltyReport, Period, Segment,
    Served, SuppressionReport, SuspensionSpan, Totals,
};
use crate::timelimit::{Step, StepKind};

/// Whether `c` is written as an escape: the control characters (C0, DEL and C1: ESC, BEL,
/// CSI..., and tab, line feed and carriage return, which would break a line of a table or a
/// message) and the bidirectional overrides and isolates, which reorder what follows them on
/// screen (the "Trojan Source" characters, U+202A-U+202E and U+2066-U+2069).
pub(crate) fn is_hidden(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// `text` with each [`is_hidden`] character written as an escape: `\t`, `\n`, `\r`, and
/// `\u{1b}` (its code point in hexadecimal) for the others. Text without any is returned as it
/// is.
pub(crate) fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_hidden) {
        return Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\t' => shown.push_str("\\t"),
            '\n' => shown.push_str("\\n"),
            '\r' => shown.push_str("\\r"),
            c if is_hidden(c) => {
                // Writing to a String cannot fail.
                let _ = write!(shown, "\\u{{{:x}}}", u32::from(c));
            }
            c => shown.push(c),
        }
    }
    Cow::Owned(shown)
}

/// How many characters `c` takes once shown by [`visible`] (to underline the right place of a
/// line shown with its escapes).
pub(crate) fn shown_width(c: char) -> usize {
    visible(c.encode_utf8(&mut [0; 4])).chars().count()
}

/// A copy of `r` whose every text (title, authority, reference, the file's name, obligations,
/// reasons, notes) is [`visible`]: what the formats for a person render, so that no text of
/// the case reaches them raw whichever part of it they write.
///
/// Every struct is taken apart field by field, without `..`: a field added to the report
/// fails to compile here until it is decided whether it holds text from the case.
pub(crate) fn report(r: &CaseReport) -> CaseReport {
    let mut r = r.clone();
    let CaseReport {
        title,
        authority,
        reference,
        source,
        currency: _,
        rules: _,
        calendar: _,
        deadline: _,
        derivation,
        accrual_start: _,
        penalties,
        liquidations,
        accrued,
        gaps,
        totals,
        as_of: _,
        notes,
        cap: _,
        cap_reached: _,
        lump_sums,
        shares,
        balance,
        filing,
    } = &mut r;
    text(title);
    option(authority);
    option(reference);
    if let Cow::Owned(file) = visible(&source.file) {
        source.file = Arc::from(file);
    }
    derivation.iter_mut().for_each(step);
    penalties.iter_mut().for_each(penalty);
    liquidations.iter_mut().for_each(liquidation);
    period(accrued);
    gaps.iter_mut().for_each(period);
    self::totals(totals);
    notes.iter_mut().for_each(note);
    lump_sums.iter_mut().for_each(lump_sum);
    self::filing(filing);
    shares.iter_mut().for_each(|s| text(&mut s.to));
    if let Some(balance) = balance {
        // The case's texts in a décompte: cost labels and payment notes.
        balance.costs.iter_mut().for_each(|c| text(&mut c.label));
        balance.payments.iter_mut().for_each(|p| option(&mut p.note));
    }
    r
}

fn text(t: &mut String) {
    if let Cow::Owned(shown) = visible(t) {
        *t = shown;
    }
}

fn option(t: &mut Option<String>) {
    if let Some(t) = t {
        text(t);
    }
}

fn step(s: &mut Step) {
    let event = match &mut s.kind {
        StepKind::Start { event, .. } | StepKind::DistanceMonths { event, .. } | StepKind::Months { event, .. } => {
            event
        }
        StepKind::PenaltyRuns { obligation } | StepKind::Complied { obligation } => return option(obligation),
        StepKind::Extended { reason, .. } => return non_working(reason),
        StepKind::Days { .. }
        | StepKind::DistanceDays { .. }
        | StepKind::Franc { .. }
        | StepKind::NotExtended { .. }
        | StepKind::TwoWorkingDays { .. }
        | StepKind::Deadline
        | StepKind::FixedByOrder { .. }
        | StepKind::FirstDayOfDelay => return,
    };
    if let Cow::Owned(shown) = visible(event) {
        *event = Cow::Owned(shown);
    }
}

fn penalty(p: &mut PenaltyReport) {
    let PenaltyReport {
        obligation,
        rate: _,
        per: _,
        from: _,
        complied: _,
        partial: _,
        cap: _,
        cap_reached: _,
        changes: _,
        suspensions,
        total: _,
        count: _,
        escalation: _,
        reductions,
        breaches: _,
        kind: _,
        kind_article: _,
        decided: _,
        through: _,
        first_day: _,
    } = p;
    option(obligation);
    suspensions.iter_mut().for_each(suspension);
    reductions.iter_mut().for_each(|r| option(&mut r.item));
}

fn suspension(s: &mut SuspensionSpan) {
    let SuspensionSpan {
        obligation,
        from: _,
        through: _,
        days: _,
        reason,
    } = s;
    option(obligation);
    option(reason);
}

fn liquidation(q: &mut LiquidationReport) {
    let LiquidationReport {
        number: _,
        decided: _,
        from: _,
        through: _,
        days: _,
        amount: _,
        awarded: _,
        expected: _,
        status: _,
        segments,
        suspensions,
        case_cap_cut: _,
        shares,
        ruling,
    } = q;
    segments.iter_mut().for_each(segment);
    suspensions.iter_mut().for_each(suspension);
    shares.iter_mut().for_each(|s| text(&mut s.to));
    ruling.suppressions.iter_mut().for_each(suppression);
}

fn suppression(s: &mut SuppressionReport) {
    let SuppressionReport {
        from: _,
        through: _,
        days: _,
        amount: _,
        reason,
        segments,
    } = s;
    text(reason);
    segments.iter_mut().for_each(segment);
}

fn period(p: &mut Period) {
    let Period {
        from: _,
        through: _,
        days: _,
        amount: _,
        segments,
        suspensions,
        case_cap_cut: _,
    } = p;
    segments.iter_mut().for_each(segment);
    suspensions.iter_mut().for_each(suspension);
}

fn segment(s: &mut Segment) {
    let Segment {
        obligation,
        from: _,
        through: _,
        days: _,
        rate: _,
        per: _,
        amount: _,
        units: _,
        fraction: _,
        forfeited: _,
        capped: _,
    } = s;
    option(obligation);
}

fn totals(t: &mut Totals) {
    let Totals {
        liquidated: _,
        awarded: _,
        projected: _,
        unliquidated: _,
        lump_sums: _,
        overall: _,
        owed: _,
        suppressed: _,
        by_obligation,
    } = t;
    for o in by_obligation {
        let ObligationTotal {
            obligation,
            liquidated: _,
            unliquidated: _,
            total: _,
        } = o;
        option(obligation);
    }
}

fn note(n: &mut Note) {
    match n {
        Note::Gap { .. } | Note::NothingCounted { .. } | Note::UnitBeforePeriod { .. } => {}
        Note::CapReached { scope, .. } | Note::CapAhead { scope, .. } => match scope {
            CapScope::Penalty(obligation) => option(obligation),
            CapScope::Case => {}
        },
        Note::NoMaximum { obligation } | Note::EarlyViolations { obligation, .. } => option(obligation),
        Note::ServedOnRestDay { served, day, .. } => {
            if let Served::Party(name) = served {
                text(name);
            }
            non_working(day);
        }
    }
}

/// A day a case's `[calendar_adjust]` closes carries the name the case file gives it.
fn non_working(n: &mut NonWorking) {
    match n {
        NonWorking::Added(h) | NonWorking::Holiday(h) => {
            text(&mut h.name);
            text(&mut h.name_en);
        }
        NonWorking::Saturday | NonWorking::Sunday => {}
    }
}

fn lump_sum(l: &mut LumpSumReport) {
    let LumpSumReport {
        date: _,
        amount: _,
        reason,
    } = l;
    option(reason);
}

fn filing(f: &mut Filing) {
    let Filing {
        court,
        docket,
        parties,
        served: _,
        drawn_up,
    } = f;
    option(court);
    option(docket);
    for party in parties {
        let Party {
            role: _,
            name,
            represented_by,
            served: _,
        } = party;
        text(name);
        option(represented_by);
    }
    if let Some(DrawnUp { by, at, on: _ }) = drawn_up {
        option(by);
        option(at);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_control_character_is_escaped_and_nothing_else() {
        for c in ('\0'..='\u{10ffff}').filter(|c| !c.is_alphanumeric()) {
            let shown = visible(c.encode_utf8(&mut [0; 4])).into_owned();
            if is_hidden(c) {
                assert!(
                    shown.starts_with('\\') && shown.chars().all(|s| s.is_ascii_graphic()),
                    "{shown:?}"
                );
                assert_eq!(shown_width(c), shown.chars().count());
            } else {
                assert_eq!(shown, c.to_string());
                assert_eq!(shown_width(c), 1);
            }
        }
        assert_eq!(visible("\u{1b}]0;owned\u{7}"), "\\u{1b}]0;owned\\u{7}");
        assert_eq!(visible("a\u{9b}b\u{7f}"), "a\\u{9b}b\\u{7f}");
        assert_eq!(visible("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        assert_eq!(visible("\r\n\t"), "\\r\\n\\t");
    }

    #[test]
    fn text_without_any_is_not_copied() {
        assert!(matches!(visible("Société Générale"), Cow::Borrowed(_)));
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn visible_example() {
        use crate::visible::visible;
        assert_eq!(visible("Acme \u{1b}[31mSA\u{7}"), "Acme \\u{1b}[31mSA\\u{7}");
        assert_eq!(visible("two\nlines\tand a tab"), "two\\nlines\\tand a tab");
        assert_eq!(visible("Société Générale — 🦀"), "Société Générale — 🦀");
    }
}
