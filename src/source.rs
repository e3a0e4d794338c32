//! Where input comes from, and how a byte offset in it becomes a line and a column.

use std::fmt;

use serde::Serialize;

/// The text of one input (a file or standard input) and the name to report it under.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line, or `<stdin>`.
    pub name: String,
    /// The whole text.
    pub text: String,
    /// The byte offset of each line's start, so that locating an offset is a binary search,
    /// not a scan from the top (a file of 100,000 cases locates each of them).
    line_starts: Vec<usize>,
}

/// A position in an input, 1-based, as editors show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: String,
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

impl Source {
    /// Wraps a text under a name.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        let text = text.into();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Source {
            name: name.into(),
            text,
            line_starts,
        }
    }

    /// The line and column (1-based, columns in characters) of a byte offset. An offset past
    /// the end, or inside a multi-byte character, is clamped to a valid position.
    ///
    /// ```
    /// use astreinte::source::Source;
    /// let s = Source::new("case.toml", "title = 1\namount = 2.5\n");
    /// let at = s.locate(19);
    /// assert_eq!((at.line, at.column), (2, 10));
    /// ```
    pub fn locate(&self, offset: usize) -> Location {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        // The last line start at or before the offset; line_starts[0] is 0, so one exists.
        let index = self
            .line_starts
            .partition_point(|&start| start <= offset)
            .saturating_sub(1);
        let line_start = self.line_starts.get(index).copied().unwrap_or(0);
        let column = self.text.get(line_start..offset).map_or(0, |t| t.chars().count()) + 1;
        Location {
            file: self.name.clone(),
            line: index + 1,
            column,
        }
    }

    /// The text of a 1-based line, without its line ending.
    pub fn line_text(&self, line: usize) -> Option<&str> {
        self.text
            .split('\n')
            .nth(line.checked_sub(1)?)
            .map(|l| l.strip_suffix('\r').unwrap_or(l))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_lines_and_columns() {
        let s = Source::new("f", "ab\ncdé\nx");
        assert_eq!(
            s.locate(0),
            Location {
                file: "f".into(),
                line: 1,
                column: 1
            }
        );
        assert_eq!((s.locate(3).line, s.locate(3).column), (2, 1));
        // Inside the two-byte é: clamped back to its start.
        assert_eq!((s.locate(6).line, s.locate(6).column), (2, 3));
        assert_eq!((s.locate(999).line, s.locate(999).column), (3, 2));
        assert_eq!(s.line_text(2), Some("cdé"));
        assert_eq!(s.line_text(0), None);
    }
}
