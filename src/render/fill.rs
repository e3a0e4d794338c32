//! Lines for a person fitted to a width (`--width`, the terminal's, `COLUMNS`): broken only at
//! ordinary spaces, never inside a figure.
//!
//! A figure holds no ordinary space: amounts and counts group their digits with a comma, a
//! point, U+202F or U+00A0, and a currency or unit is joined to its amount by U+00A0, so that
//! breaking at U+0020 alone never splits one. What a figure is written with ordinary spaces is
//! kept together here: a date in words (`Wed 19 Oct 2022`), a count with its unit (`52 days`),
//! a check mark with its amount (`€5,200,000 ✓`), an article with its number (`art. 641`).
//!
//! A line of a table is never broken here: [`super::grid`] fits a table to the width itself.

use std::io::{self, Write};

use unicode_width::UnicodeWidthChar;

use crate::lang::is_date_word;

/// How many columns `text` takes on a terminal; colour escapes (`ESC [ ... m`) take none.
pub(crate) fn width(text: &str) -> usize {
    let mut columns = 0;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // A control sequence ends with its first character from `@` to `~` after `[`.
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if ('@'..='~').contains(&c) {
                        break;
                    }
                }
            }
            continue;
        }
        columns += c.width().unwrap_or(0);
    }
    columns
}

/// The pieces of `text` a line may not be broken inside, in order: its words (separated by
/// U+0020), with the words of a figure kept together (see the module's documentation). The
/// pieces are parts of `text`; what lies between two of them is spaces alone.
pub(crate) fn units(text: &str) -> Vec<&str> {
    let mut units: Vec<&str> = Vec::new();
    // The byte range of the unit being built, and its last word.
    let mut current: Option<(usize, usize, &str)> = None;
    let mut start = 0;
    for word in text.split(' ') {
        let end = start + word.len();
        if !word.is_empty() {
            current = match current {
                Some((from, _, last)) if together(last, word) => Some((from, end, word)),
                Some((from, to, _)) => {
                    units.extend(text.get(from..to));
                    Some((start, end, word))
                }
                None => Some((start, end, word)),
            };
        } else if let Some((from, to, _)) = current.take() {
            // Two spaces in a row are a place to break.
            units.extend(text.get(from..to));
        }
        start = end + 1;
    }
    if let Some((from, to, _)) = current {
        units.extend(text.get(from..to));
    }
    units
}

/// Whether a line may not be broken between the words `before` and `after`.
fn together(before: &str, after: &str) -> bool {
    let (a, b) = (bare(before), bare(after));
    // A check mark stays with the amount it checks, an operator with what it operates on.
    matches!(after, "✓" | "✗")
        || matches!(before, "×" | "+" | "=" | "→" | "−")
        // A count with its unit or its month (`52 days`, `19 Oct`); a year does not hold the
        // word after it (`2022 through`), unless that word is a month.
        || (is_number(a) && b.starts_with(char::is_alphabetic) && (!is_year(a) || is_date_word(b)))
        // A day of the week with its day, a month with its year.
        || (is_date_word(a) && is_number(b))
        // An article, a paragraph with its number.
        || (matches!(a, "art." | "Art." | "al." | "lid" | "§") && b.starts_with(|c: char| c.is_ascii_alphanumeric()))
}

/// `word` without the punctuation around it: `(Mon` is `Mon`, `2022),` is `2022` (a month's
/// abbreviation keeps its point).
fn bare(word: &str) -> &str {
    word.trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end_matches([',', ';', ':', '!', '?', ')', ']', '»', '\u{A0}', '\u{202F}'])
}

/// Digits, grouped or not, with a decimal part or not, or a French first day (`1er`).
fn is_number(word: &str) -> bool {
    let digits = word.strip_suffix("er").unwrap_or(word);
    digits.starts_with(|c: char| c.is_ascii_digit())
        && digits
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | '\u{202F}' | '\u{A0}'))
}

fn is_year(word: &str) -> bool {
    word.len() == 4 && word.chars().all(|c| c.is_ascii_digit())
}

/// `line` broken at the spaces between its [`units`] into lines of at most `columns`, each
/// after the first indented as the first is and, when `hang` is set, by two spaces more. A unit
/// wider than a line is broken at its own spaces; a word wider than a line is left whole.
pub(crate) fn fill(line: &str, columns: usize, hang: bool) -> Vec<String> {
    if width(line) <= columns {
        return vec![line.to_string()];
    }
    let body = line.trim_start_matches(' ');
    let indent = line.len() - body.len();
    let more = if hang && indent + 2 + 20 <= columns { 2 } else { 0 };
    let next = " ".repeat(indent + more);
    let mut lines = Vec::new();
    let mut current = " ".repeat(indent);
    let mut used = indent;
    let mut empty = true;
    let mut pieces: Vec<&str> = units(body);
    pieces.reverse();
    while let Some(piece) = pieces.pop() {
        let piece_width = width(piece);
        let room = if empty {
            columns.saturating_sub(used)
        } else {
            columns.saturating_sub(used + 1)
        };
        if piece_width <= room {
            if !empty {
                current.push(' ');
                used += 1;
            }
            current.push_str(piece);
            used += piece_width;
            empty = false;
        } else if !empty {
            lines.push(std::mem::replace(&mut current, next.clone()));
            used = next.len();
            empty = true;
            pieces.push(piece);
        } else if piece.contains(' ') {
            // Wider than a whole line: its words may go on several.
            pieces.extend(piece.split(' ').filter(|w| !w.is_empty()).rev());
        } else {
            current.push_str(piece);
            used += piece_width;
            empty = false;
        }
    }
    if !empty {
        lines.push(current);
    }
    lines
}

/// Whether `line` is a line of a table (its first character draws a border or a rule).
fn is_table_line(line: &str) -> bool {
    line.trim_start_matches(' ')
        .starts_with(|c: char| ('\u{2500}'..='\u{257F}').contains(&c))
}

/// Writes to `out` what is written to it, each line longer than `columns` broken by [`fill`]
/// (but the lines of a table). A line is held until it ends; [`Write::flush`] writes what is
/// held of the last one.
pub(crate) struct Fitted<'a> {
    out: &'a mut dyn Write,
    columns: usize,
    held: Vec<u8>,
}

impl<'a> Fitted<'a> {
    pub(crate) fn new(out: &'a mut dyn Write, columns: usize) -> Self {
        Fitted {
            out,
            columns,
            held: Vec::new(),
        }
    }

    fn write_line(&mut self, line: &[u8]) -> io::Result<()> {
        match std::str::from_utf8(line) {
            Ok(text) if !is_table_line(text) && width(text) > self.columns => {
                let lines = fill(text, self.columns, true);
                let mut bytes = Vec::with_capacity(line.len() + lines.len());
                for (i, l) in lines.iter().enumerate() {
                    if i > 0 {
                        bytes.push(b'\n');
                    }
                    bytes.extend_from_slice(l.as_bytes());
                }
                self.out.write_all(&bytes)
            }
            _ => self.out.write_all(line),
        }
    }
}

impl Write for Fitted<'_> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut rest = buf;
        while let Some(end) = memchr::memchr(b'\n', rest) {
            let (line, after) = rest.split_at(end);
            if self.held.is_empty() {
                self.write_line(line)?;
            } else {
                let mut whole = std::mem::take(&mut self.held);
                whole.extend_from_slice(line);
                self.write_line(&whole)?;
            }
            self.out.write_all(b"\n")?;
            rest = after.get(1..).unwrap_or_default();
        }
        self.held.extend_from_slice(rest);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if !self.held.is_empty() {
            let held = std::mem::take(&mut self.held);
            self.write_line(&held)?;
        }
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_one_unit() {
        assert_eq!(
            units("52 days × €100,000 = €5,200,000 ✓"),
            ["52 days", "× €100,000", "= €5,200,000 ✓"]
        );
        assert_eq!(
            units("from Tue 20 Dec 2022 through 9 Feb 2023, CPC art. 641 al. 1"),
            [
                "from",
                "Tue 20 Dec 2022",
                "through",
                "9 Feb 2023,",
                "CPC",
                "art. 641 al. 1"
            ]
        );
        assert_eq!(
            units("du lun. 1er janv. 2024 au 5\u{202F}200\u{202F}000\u{A0}€ ✓"),
            ["du", "lun. 1er janv. 2024", "au", "5\u{202F}200\u{202F}000\u{A0}€ ✓"]
        );
        assert_eq!(units("(wo 19 okt. 2022)  x"), ["(wo 19 okt. 2022)", "x"]);
        assert_eq!(
            units("(lun. 19 déc. 2022)\u{202F}; le"),
            ["(lun. 19 déc. 2022)\u{202F};", "le"]
        );
        assert_eq!(units(""), Vec::<&str>::new());
    }

    #[test]
    fn lines_break_between_units_with_a_hanging_indent() {
        let line = "  Not yet liquidated: from Tue 20 Dec 2022 through Wed 1 Jan 2025, 743 days × €100,000";
        let lines = fill(line, 40, true);
        assert_eq!(
            lines,
            [
                "  Not yet liquidated: from",
                "    Tue 20 Dec 2022 through",
                "    Wed 1 Jan 2025, 743 days × €100,000",
            ]
        );
        assert!(lines.iter().all(|l| width(l) <= 40));
        // A line that fits is left as it is, spaces and all.
        assert_eq!(fill("a  b", 4, true), ["a  b"]);
        // A word wider than the line is left whole.
        assert_eq!(fill("x €1,000,000,000 y", 5, false), ["x", "€1,000,000,000", "y"]);
        // A unit wider than the line is broken at its own spaces.
        assert_eq!(fill("Wed 19 Oct 2022", 8, false), ["Wed 19", "Oct 2022"]);
    }

    #[test]
    fn colour_takes_no_columns() {
        assert_eq!(width("\u{1b}[32m€5\u{1b}[0m"), 2);
        assert_eq!(width("5\u{202F}200\u{A0}€"), 7);
    }

    #[test]
    fn the_writer_breaks_long_lines_but_not_tables() {
        let mut out = Vec::new();
        let table = "│ a long line of a table that is not broken │";
        let mut fitted = Fitted::new(&mut out, 24);
        write!(fitted, "short\none two three four five six seven").unwrap();
        writeln!(fitted, " eight").unwrap();
        writeln!(fitted, "{table}").unwrap();
        write!(fitted, "no line feed at the very end").unwrap();
        fitted.flush().unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(
            text,
            format!("short\none two three four five\n  six seven eight\n{table}\nno line feed at the very\n  end")
        );
    }
}
