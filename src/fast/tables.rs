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

use memchr::memmem;

use super::locate::count_newlines;
use crate::case::split::Chunk;

/// The tables of `text` if every line that begins with `[[case]]` (in its first column) begins
/// one: each from its header line to the next one's, with the line it begins on. `None` when
/// there are fewer than `at_least` such lines, or when something other than blank lines and
/// comments comes before the first.
pub(crate) fn guessed(text: &str, at_least: usize) -> Option<Vec<Chunk>> {
    const HEADER: &[u8] = b"\n[[case]]";
    let bytes = text.as_bytes();
    let first = if bytes.starts_with(b"[[case]]") {
        0
    } else {
        let found = memmem::find(bytes, HEADER)? + 1;
        let before = bytes.get(..found).unwrap_or_default();
        let blank_or_comment = |line: &[u8]| {
            let content = line.trim_ascii_start();
            content.is_empty() || content.first() == Some(&b'#')
        };
        if !before.split(|&b| b == b'\n').all(blank_or_comment) {
            return None;
        }
        found
    };
    let mut starts = vec![first];
    starts.extend(memmem::find_iter(bytes.get(first..).unwrap_or_default(), HEADER).map(|at| first + at + 1));
    if starts.len() < at_least {
        return None;
    }
    let mut line = 1 + count_newlines(bytes.get(..first).unwrap_or_default());
    let mut chunks = Vec::with_capacity(starts.len());
    let ends = starts.iter().skip(1).copied().chain([bytes.len()]);
    for (&start, end) in starts.iter().zip(ends) {
        chunks.push(Chunk {
            bytes: start..end,
            line,
        });
        // Every table but the last ends with the newline before the next header.
        line += count_newlines(bytes.get(start..end).unwrap_or_default());
    }
    Some(chunks)
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

    #[test]
    fn fewer_tables_than_asked_for_are_no_guess() {
        let text = "# cases\n\n[[case]]\ntitle = 1\n[[case]]\ntitle = 2\n";
        assert_eq!(guessed(text, 2), split(text));
        assert_eq!(guessed(text, 3), None);
        assert_eq!(guessed("x = 1\n[[case]]\n[[case]]\n", 1), None);
    }
}
