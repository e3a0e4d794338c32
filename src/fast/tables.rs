//! The `[[case]]` tables of a batch guessed from their headers alone, so that they are computed
//! while the split reads the file.
//!
//! Plain path: [`split`](crate::case::split()), which reads every line (strings, arrays,
//! comments) before it knows whether the file is a batch and where its tables are, and only
//! then are the tables computed: that reading was a tenth of a batch's instructions, all of it
//! before the first case (docs/performance/2026-12-03-summary-speed.md). Seam: the batch loop
//! (`commands::batch`) computes the tables [`guessed`] finds while the split reads the file
//! ([`ordered_runs_checked`](super::pool::ordered_runs_checked)), and keeps what it computed
//! only when the split finds exactly those tables; otherwise it drops all of it and takes the
//! plain path. A guess may be wrong (a `[[case]]` line inside a multi-line string, an indented
//! header, a file that is no batch): it costs time then, never a different output.

use std::ops::Range;

use memchr::memmem;

use super::locate::count_newlines;
use crate::case::split::Chunk;

/// The tables of `text` if every line that begins with `[[case]]` (in its first column) begins
/// one: each from its header line to the next one's, with the line it begins on. `None` when
/// there are fewer than `at_least` such lines, or when something other than blank lines and
/// comments comes before the first.
///
/// This search is on the serial part of a batch, before any case is computed: a big file is
/// searched in two halves at once, the second from the first header after the middle.
pub(crate) fn guessed(text: &str, at_least: usize) -> Option<Vec<Chunk>> {
    guessed_in(text, at_least, text.len() >= HALVES_FROM)
}

/// Texts of this many bytes or more are searched in two halves, each on a thread.
const HALVES_FROM: usize = 1 << 20;

/// A header line, with the newline before it.
const HEADER: &[u8] = b"\n[[case]]";

/// [`guessed`], searched in two halves if `halves` (and there is a header after the middle).
fn guessed_in(text: &str, at_least: usize, halves: bool) -> Option<Vec<Chunk>> {
    let bytes = text.as_bytes();
    let first = first_header(bytes)?;
    let blank_or_comment = |line: &[u8]| {
        let content = line.trim_ascii_start();
        content.is_empty() || content.first() == Some(&b'#')
    };
    if !bytes
        .get(..first)
        .unwrap_or_default()
        .split(|&b| b == b'\n')
        .all(blank_or_comment)
    {
        return None;
    }
    let line = 1 + count_newlines(bytes.get(..first).unwrap_or_default());
    let middle = halves
        .then(|| {
            let from = first + (bytes.len() - first) / 2;
            memmem::find(bytes.get(from..)?, HEADER).map(|at| from + at + 1)
        })
        .flatten();
    let chunks = match middle {
        None => tables(bytes, first..bytes.len(), line).0,
        Some(middle) => {
            let ((mut chunks, newlines), (rest, _)) = std::thread::scope(|scope| {
                let second = scope.spawn(|| tables(bytes, middle..bytes.len(), 0));
                let first_half = tables(bytes, first..middle, line);
                let second = second.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                (first_half, second)
            });
            // The second half's lines were counted from its start, which is this many below.
            let above = line + newlines;
            chunks.reserve_exact(rest.len());
            chunks.extend(rest.into_iter().map(|c| Chunk {
                line: c.line + above,
                ..c
            }));
            chunks
        }
    };
    (chunks.len() >= at_least).then_some(chunks)
}

/// The tables of `bytes[range]`, which begins with a header: each from its header to the next
/// one's (the last to the range's end), the first on line `line`; and how many newlines the
/// range holds.
fn tables(bytes: &[u8], range: Range<usize>, line: usize) -> (Vec<Chunk>, usize) {
    let within = bytes.get(range.clone()).unwrap_or_default();
    let headers = memmem::find_iter(within, HEADER).map(|at| range.start + at + 1);
    let mut chunks = Vec::new();
    let (mut start, mut newlines) = (range.start, 0);
    for end in headers.chain([range.end]) {
        chunks.push(Chunk {
            bytes: start..end,
            line: line + newlines,
        });
        // Every table but the last ends with the newline before the next header.
        newlines += count_newlines(bytes.get(start..end).unwrap_or_default());
        start = end;
    }
    (chunks, newlines)
}

/// Whether the split is certain to find exactly the tables [`guessed`] finds in `text`, without
/// reading it as the split does: no line before the first `[[case]]` at the start of a line is
/// more than blank or a comment; nowhere a quote `'`, a backslash, a brace `{` or three quotes
/// `"""`, so that no string or value runs on past its line; and every `[` is the first byte of
/// its line but for spaces and tabs, the header of a case's table (`[case.…]`, `[[case.…]]`) or
/// a `[[case]]` in the first column, which the split reads as a header, leaving the rest of its
/// line. `false` says only that the split must be read (the caller then reads it).
///
/// A few searches of the whole text for single bytes, and a look at each line that begins
/// with `[`: a fraction of the split's reading, which stops on every quote and newline
/// (docs/performance/2026-12-03-summary-speed.md).
pub(crate) fn certain(text: &str) -> bool {
    let bytes = text.as_bytes();
    let Some(first) = first_header(bytes) else {
        return false;
    };
    let (before, tables) = bytes.split_at(first);
    let is_indent = |b: &u8| *b == b' ' || *b == b'\t';
    // As the split reads them: spaces and tabs, then a comment, or only blanks to the end.
    let blank_or_comment = |line: &[u8]| {
        let rest = line
            .get(line.iter().take_while(|b| is_indent(b)).count()..)
            .unwrap_or_default();
        rest.first() == Some(&b'#') || rest.iter().all(|b| matches!(b, b'\r' | b' ' | b'\t'))
    };
    if !before.split(|&b| b == b'\n').all(blank_or_comment)
        || memchr::memchr3(b'\'', b'\\', b'{', bytes).is_some()
        || memmem::find(bytes, b"\"\"\"").is_some()
    {
        return false;
    }
    let mut from = 0;
    while let Some(found) = tables.get(from..).and_then(|rest| memchr::memchr(b'[', rest)) {
        let at = from + found;
        let above = tables.get(..at).unwrap_or_default();
        let indent = above.iter().rev().take_while(|b| is_indent(b)).count();
        let begins_line = matches!(
            above.len().checked_sub(indent + 1).and_then(|i| above.get(i)),
            None | Some(b'\n')
        );
        let header = tables.get(at..).unwrap_or_default();
        let a_table_of_the_case = header.starts_with(b"[case.") || header.starts_with(b"[[case.");
        let a_case = header.starts_with(b"[[case]]") && indent == 0;
        if !begins_line || !(a_table_of_the_case || a_case) {
            return false;
        }
        // The rest of a header's line is no concern of the split.
        match memchr::memchr(b'\n', header) {
            Some(end) => from = at + end + 1,
            None => break,
        }
    }
    true
}

/// Where the first line that begins with `[[case]]` begins.
fn first_header(bytes: &[u8]) -> Option<usize> {
    if bytes.starts_with(b"[[case]]") {
        return Some(0);
    }
    memmem::find(bytes, b"\n[[case]]").map(|at| at + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::case::split::split;
    use proptest::prelude::*;

    /// Lines of batches as written, and a few that make a file no plain batch, or a batch
    /// whose tables a guess from headers gets wrong.
    fn batch_text() -> impl Strategy<Value = String> {
        let line = prop::sample::select(vec![
            "[[case]]\n",
            "[[case]]\n",
            "[[case]]\r\n",
            "title = \"x\"\n",
            "[case.order]\n",
            "decided = 2020-01-01\n",
            "[[case.liquidation]]\n",
            "\n",
            "# [[case]]\n",
            "  [[case]]\n",
            "[[case]] # a comment\n",
            "s = \"\"\"\n",
            "\"\"\"\n",
            "a = [\n",
            "]\n",
            "[other]\n",
            "x = 1\n",
            "é = 'ü'\n",
        ]);
        prop::collection::vec(line, 0..40).prop_map(|lines| lines.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// Searched in two halves, a text gives the tables (and their lines) that one search
        /// gives, whatever precedes the first header and wherever the middle falls.
        #[test]
        fn a_guess_in_two_halves_is_the_guess_in_one(
            lead in prop::sample::select(vec!["", "\n", "# a comment\n\n", "x = 1\n"]),
            text in batch_text(),
            at_least in 0usize..6,
        ) {
            let text = format!("{lead}{text}");
            prop_assert_eq!(guessed_in(&text, at_least, true), guessed_in(&text, at_least, false));
        }

        /// Wherever the guess and the split agree on a file, its tables are those the split
        /// finds; where they differ, the batch loop takes the split's. On plain batches, they
        /// agree.
        #[test]
        fn a_guess_is_the_split_on_plain_batches(text in batch_text()) {
            let guess = guessed(&text, 1);
            let plain = !text.contains("\"\"\"") && !text.contains("  [[case]]") && !text.contains("a = [")
                && !text.contains("[other]") && text.lines().next().is_some_and(|l| l.starts_with("[[case]]"));
            if plain {
                prop_assert_eq!(&guess, &split(&text), "{:?}", text);
            }
            if let (Some(guess), Some(split)) = (&guess, split(&text)) {
                // The same headers give the same tables, lines included.
                if guess.iter().map(|c| c.bytes.start).eq(split.iter().map(|c| c.bytes.start)) {
                    prop_assert_eq!(guess, &split);
                }
            }
        }
    }

    /// Lines that a split is certain about, and lines that make it uncertain or change its
    /// tables: strings of every kind, brackets and braces inside and outside them, comments
    /// holding them, indented headers, carriage returns.
    fn tricky_text() -> impl Strategy<Value = String> {
        let safe = prop::sample::select(vec![
            "[[case]]\n",
            "[[case]]\r\n",
            "[[case]] # x\n",
            "[[case]]x = 1\n",
            "[case.order]\n",
            "  [[case.liquidation]] x\n",
            "title = \"x\"\n",
            "title = \"a # b\" # \"\n",
            "title = \"unclosed\n",
            "# a comment with ] and \"\n",
            "x = 1 ] }\n",
            "\n",
            "é = 1\r\n",
        ]);
        let tricky = prop::sample::select(vec![
            "  [[case]]\n",
            "[case.order]\n",
            " [case.penalty] # [\n",
            "[[case.liquidation]]\n",
            "[case]\n",
            "[other]\n",
            "title = \"x\"\n",
            "title = \"[[case]]\n",
            "title = \"a # b\" # \"\n",
            "x = [\n",
            "x = [1, 2]\n",
            "]\n",
            "}\n",
            "y = { a = 1 }\n",
            "z = {\n",
            "s = \"\"\"\n",
            "\"\"\"\n",
            "t = '''\n",
            "u = 'v'\n",
            "w = \"a\\\"b\"\n",
            "# a comment with [ and { and \"\n",
            "\n",
            "\r\n",
            "  \t\n",
            "\r# x\n",
            "é = 1\n",
        ]);
        let line = prop_oneof![8 => safe, 1 => tricky];
        prop::collection::vec(line, 0..40).prop_map(|lines| lines.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        /// When the split is said to be certain, its tables are the guess's.
        #[test]
        fn a_certain_guess_is_the_split(text in prop_oneof![tricky_text(), batch_text()]) {
            if certain(&text) {
                prop_assert_eq!(guessed(&text, 1), split(&text), "{:?}", text);
            }
        }
    }

    #[test]
    fn a_plain_portfolio_is_certain_and_a_stray_line_is_not() {
        let text: String = (0..50)
            .map(|n| {
                format!(
                    "[[case]]\ntitle = \"Case {n}\"\ncurrency = \"EUR\"\nrules = \"fr-cpc\"\n[case.order]\n\
                     decided = 2020-01-02\ncomply_within = \"3 months\"\n[case.penalty]\namount = \"125.50\"\n\
                     per = \"day\"\n[[case.liquidation]]\nthrough = 2021-01-01\n\n"
                )
            })
            .collect();
        assert!(certain(&text));
        assert!(certain(&format!("# cases\n\n{text}")));
        for stray in [
            "[meta]\nx = 1\n",
            "  [[case]]\ntitle = \"indented\"\n",
            "x = [\n",
            "s = \"\"\"\n",
            "# it's\n",
        ] {
            assert!(!certain(&format!("{text}{stray}")), "{stray:?}");
        }
    }

    #[test]
    fn fewer_tables_than_asked_for_are_no_guess() {
        let text = "# cases\n\n[[case]]\ntitle = 1\n[[case]]\ntitle = 2\n";
        assert_eq!(guessed(text, 2), split(text));
        assert_eq!(guessed(text, 3), None);
        assert_eq!(guessed("x = 1\n[[case]]\n[[case]]\n", 1), None);
    }
}
