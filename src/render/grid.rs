//! A table for a terminal, fitted to the width of the run (`--width`, the terminal's,
//! `COLUMNS`) without ever breaking a figure across lines.
//!
//! Without a width the table is drawn as wide as its cells. With one, the table is drawn as
//! wide as its cells if that fits; else cells of words (labels, rules, notes, a term such as
//! `52 days × €100,000`) are broken between words ([`fill::units`]) while a figure's cell (an
//! amount, a date, a count, a rate, an amount with its check mark) is never broken; and if even
//! that does not fit, the table is narrowed step by step in the order its maker gave
//! ([`Narrowing`]): a column stacked under another in the same cell, long dates written short,
//! columns whose figures are printed elsewhere left out, with a note under the table saying
//! where. A table that does not fit at its narrowest is drawn at its narrowest, wider than the
//! width but with no figure broken.

use std::io::{self, Write};

use comfy_table::{Cell, CellAlignment, Color, Table};

use super::Presentation;
use super::fill::{self, units, width};

/// How a cell's text may be broken across lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A figure: never broken.
    Figure,
    /// Words: broken between them, never inside a figure.
    Words,
}

/// A cell.
#[derive(Debug, Clone)]
pub(crate) struct Item {
    text: String,
    kind: Kind,
    /// A shorter way to write it (`2022-10-19` for `Wed 19 Oct 2022`), for [`Narrowing::Short`].
    short: Option<String>,
    /// Its colour, when colour is on.
    color: Option<Color>,
}

impl Item {
    /// A figure's cell.
    pub(crate) fn figure(text: impl Into<String>) -> Item {
        Item {
            text: text.into(),
            kind: Kind::Figure,
            short: None,
            color: None,
        }
    }

    /// A cell of words.
    pub(crate) fn words(text: impl Into<String>) -> Item {
        Item {
            kind: Kind::Words,
            ..Item::figure(text)
        }
    }

    /// The same cell, written `short` once the table is narrowed by [`Narrowing::Short`].
    pub(crate) fn or_short(self, short: impl Into<String>) -> Item {
        Item {
            short: Some(short.into()),
            ..self
        }
    }

    /// The same cell in `color`, when colour is on.
    pub(crate) fn in_color(self, color: Option<Color>) -> Item {
        Item { color, ..self }
    }
}

/// A step that makes a table narrower, taken only when the steps before it did not make it fit.
#[derive(Debug, Clone)]
pub(crate) enum Narrowing {
    /// The column `below` is written under the column `onto`, in its cells and its heading.
    Stack { onto: usize, below: usize },
    /// The cells with a shorter form are written short.
    Short,
    /// The `columns` are left out; `note`, a line under the table, says where their figures are.
    LeaveOut { columns: Vec<usize>, note: String },
}

/// A table for a terminal: its headings, its rows, and the steps that narrow it.
#[derive(Debug)]
pub(crate) struct Grid {
    header: Vec<String>,
    right: Vec<usize>,
    rows: Vec<Vec<Item>>,
    narrowing: Vec<Narrowing>,
}

impl Grid {
    pub(crate) fn new(header: Vec<String>) -> Grid {
        Grid {
            header,
            right: Vec::new(),
            rows: Vec::new(),
            narrowing: Vec::new(),
        }
    }

    /// The `columns` (their headings too) are aligned to the right.
    pub(crate) fn right_align(&mut self, columns: &[usize]) {
        self.right.extend_from_slice(columns);
    }

    pub(crate) fn row(&mut self, cells: impl IntoIterator<Item = Item>) {
        self.rows.push(cells.into_iter().collect());
    }

    /// Adds `step` after the steps already given.
    pub(crate) fn narrow(&mut self, step: Narrowing) {
        self.narrowing.push(step);
    }

    /// Writes the table fitted to `look.width`, then the notes of the columns left out.
    pub(crate) fn write(&self, out: &mut dyn Write, look: Presentation) -> io::Result<()> {
        let Some(columns) = look.width else {
            return writeln!(out, "{}", self.view(&[]).table(None, look));
        };
        let mut taken = 0;
        let (view, widths) = loop {
            let view = self.view(self.narrowing.get(..taken).unwrap_or_default());
            if view.width(&view.natural()) <= columns {
                break (view, None);
            }
            let least = view.least();
            if view.width(&least) <= columns || taken >= self.narrowing.len() {
                let widths = view.share(least, columns);
                break (view, Some(widths));
            }
            taken += 1;
        };
        writeln!(out, "{}", view.table(widths.as_deref(), look))?;
        for note in &view.notes {
            writeln!(out, "{note}")?;
        }
        Ok(())
    }

    /// The table once the first steps of its narrowing are taken.
    fn view(&self, steps: &[Narrowing]) -> View {
        // Each column shown, as the columns written in it, top first.
        let mut shown: Vec<Vec<usize>> = (0..self.header.len()).map(|i| vec![i]).collect();
        let mut short = false;
        let mut notes = Vec::new();
        for step in steps {
            match step {
                Narrowing::Stack { onto, below } => {
                    let Some(from) = shown.iter().position(|c| c.contains(below)) else {
                        continue;
                    };
                    let moved = shown.remove(from);
                    if let Some(to) = shown.iter_mut().find(|c| c.contains(onto)) {
                        to.extend(moved);
                    } else {
                        shown.insert(from, moved);
                    }
                }
                Narrowing::Short => short = true,
                Narrowing::LeaveOut { columns, note } => {
                    for c in &mut shown {
                        c.retain(|i| !columns.contains(i));
                    }
                    shown.retain(|c| !c.is_empty());
                    notes.push(note.clone());
                }
            }
        }
        let column = |members: &Vec<usize>| Column {
            header: members
                .iter()
                .filter_map(|&i| self.header.get(i))
                .map(|h| Line {
                    text: h.clone(),
                    kind: Kind::Words,
                })
                .collect(),
            right: members.first().is_some_and(|i| self.right.contains(i)),
        };
        let rows = self
            .rows
            .iter()
            .map(|row| shown.iter().map(|members| stacked(row, members, short)).collect())
            .collect();
        View {
            columns: shown.iter().map(column).collect(),
            rows,
            notes,
        }
    }
}

/// The cells of `row` in the columns `members`, one under the other, as one cell.
fn stacked(row: &[Item], members: &[usize], short: bool) -> Shown {
    let items: Vec<&Item> = members.iter().filter_map(|&i| row.get(i)).collect();
    // Only what is written below something keeps an empty line above it.
    let last = items
        .iter()
        .rposition(|item| !item.text.is_empty())
        .map_or(0, |i| i + 1);
    let lines = items
        .iter()
        .take(last)
        .flat_map(|item| {
            let text = match (&item.short, short) {
                (Some(s), true) => s,
                _ => &item.text,
            };
            text.split('\n').map(|l| Line {
                text: l.to_string(),
                kind: item.kind,
            })
        })
        .collect();
    let color = match items.as_slice() {
        [one] => one.color,
        _ => None,
    };
    Shown { lines, color }
}

/// A line of a cell or a heading.
#[derive(Debug)]
struct Line {
    text: String,
    kind: Kind,
}

impl Line {
    /// How wide the line must be at least: a figure whole, words their widest [`units`].
    fn least(&self) -> usize {
        match self.kind {
            Kind::Figure => width(&self.text),
            Kind::Words => units(&self.text).into_iter().map(width).max().unwrap_or(0),
        }
    }
}

#[derive(Debug)]
struct Column {
    /// The heading, one line per column stacked.
    header: Vec<Line>,
    right: bool,
}

#[derive(Debug)]
struct Shown {
    lines: Vec<Line>,
    color: Option<Color>,
}

/// A table as it is drawn after some narrowing.
#[derive(Debug)]
struct View {
    columns: Vec<Column>,
    rows: Vec<Vec<Shown>>,
    notes: Vec<String>,
}

impl View {
    /// Each column's lines: its heading's, then its cells'.
    fn lines(&self, column: usize) -> impl Iterator<Item = &Line> {
        let header = self.columns.get(column).map(|c| c.header.iter());
        let cells = self
            .rows
            .iter()
            .filter_map(move |row| row.get(column))
            .flat_map(|cell| cell.lines.iter());
        header.into_iter().flatten().chain(cells)
    }

    /// Each column's width with no line broken.
    fn natural(&self) -> Vec<usize> {
        (0..self.columns.len())
            .map(|c| self.lines(c).map(|l| width(&l.text)).max().unwrap_or(0).max(1))
            .collect()
    }

    /// Each column's width with every line of words broken as much as it can be.
    fn least(&self) -> Vec<usize> {
        (0..self.columns.len())
            .map(|c| self.lines(c).map(Line::least).max().unwrap_or(0).max(1))
            .collect()
    }

    /// The width of the table with columns as wide as `widths`: a space either side of each
    /// cell, a border either side of the table and between each two columns.
    fn width(&self, widths: &[usize]) -> usize {
        widths.iter().map(|w| w + 3).sum::<usize>() + 1
    }

    /// The widths of the columns in a table `columns` wide: each at least as wide as `least`,
    /// the room left shared in proportion to what each would need to break no line.
    fn share(&self, least: Vec<usize>, columns: usize) -> Vec<usize> {
        let natural = self.natural();
        let room = columns.saturating_sub(self.width(&least));
        let wanted: Vec<usize> = natural.iter().zip(&least).map(|(n, l)| n.saturating_sub(*l)).collect();
        let total: usize = wanted.iter().sum();
        if total == 0 || room == 0 {
            return least;
        }
        let mut widths: Vec<usize> = least
            .iter()
            .zip(&wanted)
            .map(|(l, w)| l + (room * w / total).min(*w))
            .collect();
        let mut left = room.saturating_sub(widths.iter().zip(&least).map(|(w, l)| w - l).sum());
        for (i, w) in widths.iter_mut().enumerate() {
            let still = natural.get(i).map_or(0, |n| n.saturating_sub(*w));
            let more = still.min(left);
            *w += more;
            left -= more;
        }
        widths
    }

    /// The table drawn by comfy-table, its lines of words broken to `widths` when given.
    fn table(&self, widths: Option<&[usize]>, look: Presentation) -> Table {
        let text = |lines: &[Line], width: Option<usize>| -> String {
            let mut out: Vec<String> = Vec::new();
            for line in lines {
                match (line.kind, width) {
                    (Kind::Words, Some(w)) => out.extend(fill::fill(&line.text, w, false)),
                    _ => out.push(line.text.clone()),
                }
            }
            out.join("\n")
        };
        let width_of = |c: usize| widths.and_then(|w| w.get(c).copied());
        let mut t = Table::new();
        t.load_style(comfy_table::presets::UTF8_FULL_CONDENSED)
            .set_content_arrangement(comfy_table::ContentArrangement::Dynamic)
            .set_header(
                self.columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| text(&c.header, width_of(i))),
            )
            // The width is this module's to fit: comfy-table must not look at the terminal.
            .force_no_tty();
        if look.color {
            t.enforce_styling();
        }
        for row in &self.rows {
            t.add_row(row.iter().enumerate().map(|(i, cell)| {
                let c = Cell::new(text(&cell.lines, width_of(i)));
                match (cell.color, look.color) {
                    (Some(color), true) => c.fg(color),
                    _ => c,
                }
            }));
        }
        for (i, column) in self.columns.iter().enumerate() {
            if column.right
                && let Some(c) = t.column_mut(i)
            {
                c.set_cell_alignment(CellAlignment::Right);
            }
        }
        t
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn look(width: Option<usize>) -> Presentation {
        Presentation {
            width,
            ..Presentation::default()
        }
    }

    fn grid() -> Grid {
        let mut g = Grid::new(
            ["#", "From", "Through", "Days", "Rule", "Amount"]
                .map(String::from)
                .to_vec(),
        );
        g.row([
            Item::figure("1"),
            Item::figure("Tue 20 Dec 2022").or_short("2022-12-20"),
            Item::figure("Thu 9 Feb 2023").or_short("2023-02-09"),
            Item::figure("52"),
            Item::words("the day after the deadline: the penalty counts each day"),
            Item::figure("€5,200,000 ✓"),
        ]);
        g.right_align(&[0, 3, 5]);
        g.narrow(Narrowing::Stack { onto: 1, below: 2 });
        g.narrow(Narrowing::Short);
        g.narrow(Narrowing::LeaveOut {
            columns: vec![3],
            note: "Days: see below".into(),
        });
        g
    }

    fn drawn(width: Option<usize>) -> String {
        let mut out = Vec::new();
        grid().write(&mut out, look(width)).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn without_a_width_or_with_room_the_table_is_as_wide_as_its_cells() {
        let wide = drawn(None);
        assert_eq!(wide.lines().map(width).max(), Some(120));
        assert_eq!(drawn(Some(120)), wide);
        assert_eq!(drawn(Some(500)), wide);
    }

    #[test]
    fn words_break_first_then_the_steps_are_taken_in_order() {
        // Words broken only.
        let t = drawn(Some(80));
        assert!(
            t.contains("│ 1 ┆ Tue 20 Dec 2022 ┆ Thu 9 Feb 2023 ┆   52 ┆ the day after   ┆"),
            "{t}"
        );
        // Then the dates stacked.
        let t = drawn(Some(60));
        assert!(t.contains("│ 1 ┆ Tue 20 Dec 2022 ┆   52 ┆"), "{t}");
        assert!(t.contains("│   ┆ Thu 9 Feb 2023  ┆      ┆"), "{t}");
        // Then written short, then the days left out with the note under the table.
        let t = drawn(Some(48));
        assert!(
            t.contains("┆ 2022-12-20 ┆") && t.contains("┆ 2023-02-09 ┆") && !t.contains("Days ┆"),
            "{t}"
        );
        assert!(t.ends_with("─┘\nDays: see below\n"), "{t}");
        for (columns, t) in [(80, drawn(Some(80))), (60, drawn(Some(60))), (48, drawn(Some(48)))] {
            assert!(t.lines().all(|l| width(l) <= columns), "{columns}:\n{t}");
            assert!(t.contains("€5,200,000 ✓"), "{columns}:\n{t}");
        }
    }

    #[test]
    fn at_its_narrowest_a_table_overflows_rather_than_break_a_figure() {
        let t = drawn(Some(10));
        assert!(t.contains("€5,200,000 ✓") && t.contains("2022-12-20"), "{t}");
        assert!(t.lines().any(|l| width(l) > 10));
    }
}
