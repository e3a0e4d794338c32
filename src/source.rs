//! Where input comes from, and how a byte offset in it becomes a line and a column.

use std::fmt;
use std::ops::Range;
use std::sync::{Arc, OnceLock};

use serde::Serialize;

/// The text of one input (a file or standard input) and the name to report it under.
#[derive(Debug, Clone)]
pub struct Source {
    /// The path as given on the command line, or `<stdin>`.
    /// Shared by every [`Location`] in the input: a batch locates a few keys in each case.
    pub name: Arc<str>,
    /// The whole text.
    pub text: String,
    /// The byte offset of each line's start, so that locating an offset is a binary search,
    /// not a scan from the top. Built on first use: a batch read case by case locates each
    /// case within its own [`Part`] and never needs it.
    line_starts: OnceLock<Vec<usize>>,
}

/// A position in an input, 1-based, as editors show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub file: Arc<str>,
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
        Source {
            name: Arc::from(name.into()),
            text: text.into(),
            line_starts: OnceLock::new(),
        }
    }

    /// Wraps a text under a name already shared with other sources: a big batch read in blocks
    /// makes a source of each block.
    pub fn named(name: Arc<str>, text: String) -> Self {
        Source {
            name,
            text,
            line_starts: OnceLock::new(),
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
        let offset = self.clamp(offset);
        let line_starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(memchr::memchr_iter(b'\n', self.text.as_bytes()).map(|i| i + 1))
                .collect()
        });
        // The last line start at or before the offset; line_starts[0] is 0, so one exists.
        let index = line_starts.partition_point(|&start| start <= offset).saturating_sub(1);
        #[allow(clippy::expect_used, reason = "the first line start, 0, is at or before any offset")]
        let line_start = *line_starts.get(index).expect("a line starts at or before the offset");
        self.location(index + 1, line_start, offset)
    }

    /// The text of the line holding a byte offset, without its line ending.
    ///
    /// ```
    /// use astreinte::source::Source;
    /// let s = Source::new("case.toml", "title = 1\r\namount = 2.5\n");
    /// assert_eq!(s.line_at(16), "amount = 2.5");
    /// assert_eq!(s.line_at(3), "title = 1");
    /// ```
    pub fn line_at(&self, offset: usize) -> &str {
        let offset = self.clamp(offset);
        let (before, after) = self.text.split_at(offset);
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let end = after.find('\n').map_or(self.text.len(), |i| offset + i);
        // From after a line feed to before one, around a character boundary.
        let line = within(&self.text, start..end);
        line.strip_suffix('\r').unwrap_or(line)
    }

    /// `offset`, brought within the text and back to the start of the character it falls in:
    /// every offset sliced at in this module passes through here.
    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }

    fn location(&self, line: usize, line_start: usize, offset: usize) -> Location {
        let characters = self.text.get(line_start..offset).map_or(0, |t| t.chars().count());
        Location {
            file: self.name.clone(),
            line,
            column: characters + 1,
        }
    }
}

/// `text[range]`, for a range whose ends are character boundaries within `text` (offsets
/// brought there by [`Source::clamp`], and a [`Part`]'s own, clamped when it was made).
#[allow(
    clippy::expect_used,
    reason = "offsets are clamped to character boundaries of the text"
)]
fn within(text: &str, range: Range<usize>) -> &str {
    text.get(range)
        .expect("a range of character boundaries within the text")
}

/// A stretch of a [`Source`] parsed on its own, such as one `[[case]]` table of a batch.
/// Offsets given to it are relative to its start; the positions it reports are the file's.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Part<'a> {
    source: &'a Source,
    start: usize,
    end: usize,
    /// The 1-based line on which `start` lies.
    line: usize,
    /// Whether to locate with the source's line index (the whole source) or by counting the
    /// lines of this part (one case of a batch: cheaper than indexing the whole file).
    indexed: bool,
}

impl<'a> Part<'a> {
    /// The whole source.
    pub(crate) fn whole(source: &'a Source) -> Self {
        Part {
            source,
            start: 0,
            end: source.text.len(),
            line: 1,
            indexed: true,
        }
    }

    /// The bytes `range` of `source`, which begin on line `line` (1-based). A range that does
    /// not fall on character boundaries within the text is narrowed to one that does.
    pub(crate) fn new(source: &'a Source, range: Range<usize>, line: usize) -> Self {
        let end = source.clamp(range.end);
        Part {
            source,
            start: source.clamp(range.start).min(end),
            end,
            line,
            indexed: false,
        }
    }

    /// The text of this part.
    pub(crate) fn text(&self) -> &'a str {
        within(&self.source.text, self.start..self.end)
    }

    /// The offset in the file of an offset in this part.
    pub(crate) fn absolute(&self, offset: usize) -> usize {
        self.start + offset.min(self.end - self.start)
    }

    /// The file's line and column of an offset in this part.
    pub(crate) fn locate(&self, offset: usize) -> Location {
        if self.indexed {
            return self.source.locate(self.absolute(offset));
        }
        let offset = self.source.clamp(self.absolute(offset));
        // `offset` is clamped at or after `start`, itself a character boundary.
        let before = within(&self.source.text, self.start..offset).as_bytes();
        let newlines = memchr::memchr_iter(b'\n', before).count();
        let line_start = memchr::memrchr(b'\n', before).map_or(self.start, |i| self.start + i + 1);
        self.source.location(self.line + newlines, line_start, offset)
    }

    /// For [`crate::fast::locate`], which counts lines from a key located before: the
    /// offset in the file of an offset in this part, brought back to a character boundary as
    /// [`Part::locate`] brings it, with the 1-based line on which the part begins; `None` for a
    /// part located with the source's line index (the whole source).
    pub(crate) fn counted_from(&self, offset: usize) -> Option<(usize, usize, usize)> {
        (!self.indexed).then(|| (self.source.clamp(self.absolute(offset)), self.start, self.line))
    }

    /// The bytes `range` of the file, between two offsets as [`Part::counted_from`] gives
    /// them (character boundaries within the text).
    pub(crate) fn file_bytes(&self, range: Range<usize>) -> &'a [u8] {
        within(&self.source.text, range).as_bytes()
    }

    /// The location of file offset `offset`, on line `line` which begins at file offset
    /// `line_start` (or the part's start, if it begins within the line): as [`Part::locate`]
    /// writes it once it has counted the lines.
    pub(crate) fn location(&self, line: usize, line_start: usize, offset: usize) -> Location {
        self.source.location(line, line_start, offset)
    }

    /// The text at `span` of this part, if the span is within it.
    pub(crate) fn get(&self, span: Range<usize>) -> Option<&'a str> {
        self.text().get(span)
    }

    /// The file's line holding an offset in this part, without its line ending.
    pub(crate) fn line_at(&self, offset: usize) -> &'a str {
        self.source.line_at(self.absolute(offset))
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Texts of short lines with multi-byte characters, CRLF and lone CR, and sometimes long
    /// runs with no newline or only newlines.
    pub(crate) fn text() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => prop::sample::select(vec!["a", "key = ", "\"", "é", "€", "𝄞", " ", "\t", "#"]).prop_map(String::from),
            3 => prop::sample::select(vec!["\n", "\r\n", "\r", "\n\n"]).prop_map(String::from),
            1 => (1usize..150).prop_map(|n| "x".repeat(n)),
            1 => (1usize..150).prop_map(|n| "\n".repeat(n)),
        ];
        prop::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
    }

    /// The line and column of a byte offset, counted character by character from the top
    /// (an offset inside a character is that character's).
    fn by_hand(text: &str, offset: usize) -> (usize, usize) {
        let (mut line, mut column) = (1, 1);
        for (at, c) in text.char_indices() {
            if at + c.len_utf8() > offset {
                break;
            }
            if c == '\n' {
                (line, column) = (line + 1, 1);
            } else {
                column += 1;
            }
        }
        (line, column)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(500))]

        /// A part that starts a line locates an offset as the whole file does, and as counting
        /// by hand does, past the end and inside a character too.
        #[test]
        fn a_part_locates_as_the_file_does(
            text in text(),
            bounds in (any::<prop::sample::Index>(), any::<prop::sample::Index>()),
        ) {
            let source = Source::new("f", text.as_str());
            let (a, b) = (bounds.0.index(text.len() + 1), bounds.1.index(text.len() + 1));
            let (start, end) = (source.clamp(a.min(b)), a.max(b));
            let line = 1 + text.as_bytes()[..start].iter().filter(|&&b| b == b'\n').count();
            let start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let part = Part::new(&source, start..end, line);
            for offset in 0..=part.text().len() + 2 {
                let at = part.locate(offset);
                prop_assert_eq!(&at, &source.locate(part.absolute(offset)), "offset {} of {:?}", offset, part.text());
                prop_assert_eq!((at.line, at.column), by_hand(&text, part.absolute(offset)));
            }
        }
    }

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
        assert_eq!(s.line_at(999), "x");
        assert_eq!(s.line_at(6), "cdé");
    }

    #[test]
    fn a_part_locates_as_the_whole_file_does() {
        let text = "# batch\n[[case]]\ntitle = \"é\"\r\n\n[[case]]\nx = 1\ny = 2\n";
        let s = Source::new("f", text);
        let second = text.rfind("[[case]]").unwrap();
        let parts = [
            Part::whole(&s),
            Part::new(&s, 8..second, 2),
            Part::new(&s, second..text.len(), 5),
        ];
        for part in parts {
            let base = part.absolute(0);
            for offset in 0..=part.text().len() + 3 {
                let absolute = base + offset.min(part.text().len());
                assert_eq!(part.locate(offset), s.locate(absolute), "offset {offset} from {base}");
                assert_eq!(part.line_at(offset), s.line_at(absolute));
            }
        }
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn new_example() {
        use crate::source::{Part, Source};
        let s = Source::new("batch.toml", "a = 1\n\n[[case]]\ntitle = 2\n");
        let part = Part::new(&s, 7..26, 3);
        assert_eq!(part.text(), "[[case]]\ntitle = 2\n");
        let at = part.locate(17);
        assert_eq!((at.line, at.column), (4, 9));
        assert_eq!(part.line_at(17), "title = 2");
    }
}
