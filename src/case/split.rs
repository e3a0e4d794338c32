//! Finding the `[[case]]` tables of a batch in its text, so that each case is parsed on its
//! own and the file is never held as one parsed tree (a 100,000-case file would take some
//! thirty times its size in memory).
//!
//! The split is taken only when it is certainly the one the TOML grammar gives: every table
//! header outside strings and arrays is `[[case]]` or begins `[case.` / `[[case.` (so each
//! `[[case]]` and what follows it, up to the next, is exactly one element of the `case` array),
//! and nothing but blank lines and comments comes before the first. Anything else gives
//! `None`: the caller parses the document whole, and a syntax error in it is one error for the
//! file (the file is not a batch, or what comes before its first case is no case's).
//!
//! A syntax error inside a table does not withdraw the split: the table is handed out with it,
//! its own parse reports it (as `case[N]`), and the other tables are computed. TOML is read
//! front to back, so the tables before the error are those of any reading. After it, reading
//! resumes where every reading agrees:
//! - a one-line string not closed on its line ends there (a one-line string cannot run on),
//!   and a `]` or `}` that closes nothing closes nothing;
//! - an array or inline table left open is ended by the next line that begins with a case's
//!   table header (`[[case]]`, `[case.…]`, `[[case.…]]`): no value can hold one;
//! - a `[[case]]` line with more than a comment after the header still begins a case (the
//!   header is malformed, and that case reports it).
//!
//! A multi-line string is different: a `[[case]]` line inside one is text, which is valid. One
//! never closed therefore takes every line to the end of the file: its table (reported where
//! the string opens) runs to the end, and the tables written after it cannot be told apart.

use std::ops::Range;

use crate::fast;

/// One `[[case]]` table: its bytes and the line its header is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Chunk {
    pub bytes: Range<usize>,
    pub line: usize,
}

/// The `[[case]]` tables of `text`, in order, or `None` if the text is not certainly a plain
/// sequence of them (a syntax error inside a table leaves it one: see the module's
/// documentation).
pub(crate) fn split(text: &str) -> Option<Vec<Chunk>> {
    let headers = scan(&mut fast::lines::Blocks::new(text.as_bytes()))?;
    let ends = headers.iter().skip(1).map(|&(start, _)| start).chain([text.len()]);
    let tables = headers.iter().zip(ends).map(|(&(start, line), end)| Chunk {
        bytes: start..end,
        line,
    });
    Some(tables.collect())
}

/// Reads the text of `stops` line by line: the offset and line (1-based) of each `[[case]]`
/// header line, or `None` as soon as something is not certainly part of a plain sequence of
/// `[[case]]` tables (a syntax error is part of its table), or if there is none.
pub(crate) fn scan<'a>(stops: &mut impl FindStops<'a>) -> Option<Vec<(usize, usize)>> {
    let bytes = stops.bytes();
    let mut lexer = Lexer::default();
    let mut headers = Vec::new();
    let (mut offset, mut line) = (0, 0);
    while offset < bytes.len() {
        line += 1;
        if lexer.open_string.is_none() {
            let content = offset + indent(bytes, offset);
            if bytes.get(content) == Some(&b'[') {
                match header(bytes.get(content..).unwrap_or_default()) {
                    Some((kind, told)) => {
                        // A case's header is never part of a value: one left open ends here.
                        lexer.depth = 0;
                        match kind {
                            Header::Case => headers.push((offset, line)),
                            Header::InCase if !headers.is_empty() => {}
                            Header::InCase => return None,
                        }
                        // Whatever else a `[[case]]` line holds is its table's error.
                        offset = stops.line_end(content + told);
                        continue;
                    }
                    // A line of an array written over several lines.
                    None if lexer.depth > 0 => {}
                    None => return None,
                }
            }
            if headers.is_empty()
                && !is_blank_or_comment(bytes.get(content..line_end(bytes, content)).unwrap_or_default())
            {
                return None;
            }
        }
        offset = lexer.line(stops, offset);
    }
    (!headers.is_empty()).then_some(headers)
}

/// Finds, in a text, the next byte the lexer may act on: [`OneByOne`], or its stand-in
/// [`fast::lines::Blocks`], which finds the same bytes and maybe a few more.
pub(crate) trait FindStops<'a> {
    /// The text searched.
    fn bytes(&self) -> &'a [u8];

    /// The offset of the first stop at or after `from` (every byte [`is_stop`] takes, and maybe
    /// others, which the lexer steps over), or the text's length if there is none.
    fn next(&mut self, from: usize) -> usize;

    /// The offset just after the newline that ends the line `from` is on (or the text's end):
    /// a newline is a stop.
    #[inline(always)]
    fn line_end(&mut self, from: usize) -> usize {
        let mut i = from;
        loop {
            i = self.next(i);
            match self.bytes().get(i) {
                Some(b'\n') => return i + 1,
                Some(_) => i += 1,
                None => return i,
            }
        }
    }
}

/// The stops of a text, found a byte at a time.
pub(crate) struct OneByOne<'a>(pub(crate) &'a [u8]);

impl<'a> FindStops<'a> for OneByOne<'a> {
    fn bytes(&self) -> &'a [u8] {
        self.0
    }

    fn next(&mut self, from: usize) -> usize {
        self.0
            .get(from..)
            .and_then(|rest| rest.iter().position(|&b| is_stop(b)))
            .map_or(self.0.len(), |found| from + found)
    }
}

/// Whether the lexer acts on `byte`: a newline, `#`, a quote, a bracket or a brace, or a
/// backslash (in a basic string).
pub(crate) fn is_stop(byte: u8) -> bool {
    matches!(byte, b'\n' | b'#' | b'"' | b'\'' | b'[' | b']' | b'{' | b'}' | b'\\')
}

/// How many spaces and tabs the line at `offset` begins with.
fn indent(bytes: &[u8], offset: usize) -> usize {
    bytes
        .get(offset..)
        .map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count())
}

/// Where the statement that the byte at `offset` of `text` belongs to begins, read as the split
/// reads (see [`Statement`]); `text` must begin outside any value, at a line's start.
pub(super) fn statement_at(text: &str, offset: usize) -> Statement {
    let bytes = text.as_bytes();
    let mut lexer = Lexer::default();
    let mut found = Statement::default();
    let mut at = 0;
    // Lines that start at or before `offset`.
    while at < bytes.len() && at <= offset {
        let rest = bytes.get(at + indent(bytes, at)..).unwrap_or_default();
        if lexer.open_string.is_none() && header(rest).is_some() {
            // As the split reads it: a case's header ends any value left open.
            lexer.depth = 0;
            found = Statement {
                line: at,
                table: Some(at),
                open: None,
            };
            at = line_end(bytes, at);
            continue;
        }
        found.open = match (lexer.open_string, lexer.depth) {
            (Some(_), _) => Some(Open::String),
            (None, 0) => None,
            (None, _) => Some(Open::Value),
        };
        if found.open.is_none() {
            found.line = at;
            if rest.first() == Some(&b'[') {
                found.table = Some(at);
            }
        }
        at = lexer.line(&mut OneByOne(bytes), at);
    }
    found
}

/// Where a statement begins: its line, the table header above it, and what its value left
/// open at the line `offset` is on (see [`statement_at`]).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(super) struct Statement {
    /// The start of the line the statement begins on: the line of `offset` itself, unless
    /// that is inside a value begun above (a multi-line string or array).
    pub line: usize,
    /// The start of the nearest table header line above (outside any value), if any.
    pub table: Option<usize>,
    /// What is open where the line of `offset` begins.
    pub open: Option<Open>,
}

/// A value running on over lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Open {
    /// A multi-line string.
    String,
    /// An array or inline table.
    Value,
}

/// The offset just after the newline that ends the line `from` is on (or the end of `bytes`).
fn line_end(bytes: &[u8], from: usize) -> usize {
    bytes
        .get(from..)
        .and_then(|rest| memchr::memchr(b'\n', rest))
        .map_or(bytes.len(), |i| from + i + 1)
}

pub(crate) enum Header {
    /// `[[case]]`: a new case.
    Case,
    /// `[case.…]` or `[[case.…]]`: a table of the current case.
    InCase,
}

/// The kind of the header line that `rest` begins with, and how many bytes of it tell the
/// kind; `None` for any other header (or one written unusually, with spaces or quotes: the
/// whole-document parse handles it). A `[[case]]` header must have nothing but a comment after
/// it, which the caller checks.
fn header(rest: &[u8]) -> Option<(Header, usize)> {
    // A header takes one line and cannot open a string or an array for the next.
    if rest.starts_with(b"[[case]]") {
        Some((Header::Case, 8))
    } else if rest.starts_with(b"[case.") {
        Some((Header::InCase, 6))
    } else if rest.starts_with(b"[[case.") {
        Some((Header::InCase, 7))
    } else {
        None
    }
}

/// Whether `content` is blank (spaces, tabs, a line ending) or a comment after spaces and tabs.
fn is_blank_or_comment(content: &[u8]) -> bool {
    let start = content.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    let rest = content.get(start..).unwrap_or_default();
    rest.first() == Some(&b'#') || rest.iter().all(|b| matches!(b, b'\n' | b'\r' | b' ' | b'\t'))
}

/// What the lines read so far leave open: a multi-line string, or brackets and braces of a
/// value written over several lines.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lexer {
    pub(crate) open_string: Option<Quote>,
    pub(crate) depth: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quote {
    /// `"""`: backslash escapes apply.
    Basic,
    /// `'''`: none do.
    Literal,
}

impl Quote {
    fn byte(self) -> u8 {
        match self {
            Quote::Basic => b'"',
            Quote::Literal => b'\'',
        }
    }
}

impl Lexer {
    /// Reads the line of `stops`' text that starts at `start`: the offset after its newline (or
    /// the end of the text). A syntax error it meets ends at the line's end, as a one-line
    /// string does (see the module's documentation); the parse of the table reports it.
    #[inline(always)]
    pub(crate) fn line<'a>(&mut self, stops: &mut impl FindStops<'a>, start: usize) -> usize {
        let bytes = stops.bytes();
        let mut i = start;
        loop {
            if let Some(quote) = self.open_string {
                match self.close_multiline(stops, i, quote) {
                    Ok(after) => i = after,
                    Err(line_end) => return line_end,
                }
            }
            // Most bytes matter to nothing here: skip to the next one that may.
            i = stops.next(i);
            let Some(&byte) = bytes.get(i) else {
                return i;
            };
            // The stop most often met first.
            if byte == b'\n' {
                return i + 1;
            }
            match byte {
                b'#' => return stops.line_end(i),
                quote @ (b'"' | b'\'') => {
                    let kind = if quote == b'"' { Quote::Basic } else { Quote::Literal };
                    if opens_multiline(bytes, i, quote) {
                        self.open_string = Some(kind);
                        i += 3;
                    } else {
                        match close_single(stops, i + 1, kind) {
                            Some(after) => i = after,
                            // Not closed on its line: a one-line string cannot run on.
                            None => return stops.line_end(i),
                        }
                    }
                }
                b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                }
                b']' | b'}' => {
                    // One with nothing open closes nothing.
                    self.depth = self.depth.saturating_sub(1);
                    i += 1;
                }
                // A stop that matters only inside strings (`\\`), or not at all.
                _ => i += 1,
            }
        }
    }

    /// Inside a multi-line string from `i`: `Ok` with the offset after its closing quotes (up
    /// to two more quotes belong to the string), or `Err` with the offset after the newline
    /// if the string goes on past this line.
    #[inline(always)]
    fn close_multiline<'a>(
        &mut self,
        stops: &mut impl FindStops<'a>,
        mut i: usize,
        quote: Quote,
    ) -> Result<usize, usize> {
        let bytes = stops.bytes();
        let q = quote.byte();
        loop {
            i = stops.next(i);
            let Some(&byte) = bytes.get(i) else {
                return Err(bytes.len());
            };
            if byte == b'\n' {
                return Err(i + 1);
            } else if quote == Quote::Basic && byte == b'\\' {
                // An escape takes the next byte, unless the line ends there (a line-ending
                // backslash): the newline still ends the line.
                i += if bytes.get(i + 1) == Some(&b'\n') { 1 } else { 2 };
            } else if starts_with(bytes, i, &[q; 3]) {
                i += 3;
                let mut extra = 0;
                while extra < 2 && bytes.get(i) == Some(&q) {
                    i += 1;
                    extra += 1;
                }
                self.open_string = None;
                return Ok(i);
            } else {
                i += 1;
            }
        }
    }
}

/// The offset after the closing quote of a one-line string whose content starts at `i`;
/// `None` if the line ends first.
#[inline(always)]
fn close_single<'a>(stops: &mut impl FindStops<'a>, mut i: usize, quote: Quote) -> Option<usize> {
    let bytes = stops.bytes();
    let q = quote.byte();
    loop {
        i = stops.next(i);
        let byte = *bytes.get(i)?;
        // The stop most often met first.
        if byte == q {
            return Some(i + 1);
        }
        match byte {
            b'\\' if quote == Quote::Basic => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    return None;
                }
                i += 2;
            }
            b'\n' => return None,
            _ => i += 1,
        }
    }
}

/// Whether the quote `q` at `i` opens a multi-line string (is the first of three).
#[inline(always)]
fn opens_multiline(bytes: &[u8], i: usize, q: u8) -> bool {
    // Most often the string is a one-line one, and the byte after the quote tells.
    bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q)
}

/// Whether `bytes` from `i` start with `prefix`.
fn starts_with(bytes: &[u8], i: usize, prefix: &[u8]) -> bool {
    bytes.get(i..).is_some_and(|rest| rest.starts_with(prefix))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Option<Vec<usize>> {
        split(text).map(|chunks| chunks.iter().map(|c| c.line).collect())
    }

    #[test]
    fn splits_at_each_case_header_and_keeps_its_tables() {
        let text = "\n# cases\n[[case]] # first\na = 1\n[case.order]\n[[case.liquidation]]\n\n  [[case]]\nb = 2\n";
        let chunks = split(text).unwrap();
        assert_eq!(chunks.iter().map(|c| c.line).collect::<Vec<_>>(), vec![3, 8]);
        assert!(text[chunks[0].bytes.clone()].ends_with("[[case.liquidation]]\n\n"));
        assert_eq!(&text[chunks[1].bytes.clone()], "  [[case]]\nb = 2\n");
        assert_eq!(chunks[1].bytes.end, text.len());
    }

    #[test]
    fn a_header_inside_a_string_or_an_array_is_not_one() {
        let text = "[[case]]\na = \"\"\"\n[[case]]\n\"\"\"\nb = '''\n[[case]]'''\nc = [\n  [1],\n]\n[[case]]\n";
        assert_eq!(lines(text), Some(vec![1, 10]));
        // Escaped quotes do not close a basic string; a literal string has no escapes.
        let text = "[[case]]\na = \"\"\"x\\\"\"\"\n[[case]]\n\"\"\"\nb = 'c:\\'\n[[case]]\n";
        assert_eq!(lines(text), Some(vec![1, 6]));
        // Up to two more quotes close a multi-line string with quotes in it.
        let text = "[[case]]\na = \"\"\"x\"\"\"\"\"\n[[case]]\n";
        assert_eq!(lines(text), Some(vec![1, 3]));
        // A `#` inside a string starts no comment; a `[` in a comment opens nothing.
        let text = "[[case]]\na = \"#\" # [\n[[case]]\n";
        assert_eq!(lines(text), Some(vec![1, 3]));
    }

    #[test]
    fn a_syntax_error_stays_in_its_table() {
        // A one-line string not closed on its line, a bracket that closes nothing, a header
        // with more on its line: the next line starts afresh.
        assert_eq!(
            lines("[[case]]\na = \"no end\n[[case]]\nb = ]\nc = 'x\n[[case]] x = 1\n[[case]]\n"),
            Some(vec![1, 3, 6, 7])
        );
        // An array left open is ended by the next case's header or table: no value holds one.
        assert_eq!(
            lines("[[case]]\na = [1,\n  [2],\n[[case]]\nb = {\n[case.order]\n[[case]]\n"),
            Some(vec![1, 4, 7])
        );
        // A multi-line string never closed holds the rest of the text, headers included.
        assert_eq!(
            lines("[[case]]\n[[case]]\na = \"\"\"\n[[case]]\nb = 1\n[[case]]\n"),
            Some(vec![1, 2])
        );
        // A header inside an array, or text before the first header, is none of these.
        assert_eq!(lines("title = \"A\n[[case]]\n"), None);
        assert_eq!(lines("[[case]]\n[order\n"), None);
    }

    #[test]
    fn statements_begin_where_their_value_does() {
        let text = "[[case]]\ntitle = \"A\"\n[case.order]\nnote = \"\"\"\nx\n\"\"\"\nlist = [\n  1,\n]\n";
        let at = |needle: &str| text.find(needle).unwrap();
        let order = Some(at("[case.order]"));
        assert_eq!(
            statement_at(text, at("x\n")),
            Statement {
                line: at("note"),
                table: order,
                open: Some(Open::String)
            }
        );
        assert_eq!(
            statement_at(text, at("1,")),
            Statement {
                line: at("list"),
                table: order,
                open: Some(Open::Value)
            }
        );
        assert_eq!(
            statement_at(text, at("\"A\"")),
            Statement {
                line: at("title"),
                table: Some(0),
                open: None
            }
        );
    }

    #[test]
    fn anything_unusual_is_left_to_the_whole_document_parse() {
        for text in [
            "title = \"one case\"\n",
            "version = 1\n[[case]]\n",
            "[case.order]\n[[case]]\n",
            "[[case]]\n[other]\n",
            "[[ case ]]\n",
            "[[\"case\"]]\n",
            "case = [{ a = 1 }]\n",
            "\u{feff}[[case]]\n",
            "",
        ] {
            assert_eq!(split(text), None, "{text:?}");
        }
    }

    #[test]
    fn a_batch_keeps_its_lines_whatever_its_strings_hold() {
        let one = "[[case]]\ntitle = \"x\"\n[case.order]\nnote = \"\"\"\n[[case]]\n\"\"\"\n\n";
        let text = one.repeat(5);
        assert_eq!(lines(&text), Some(vec![1, 8, 15, 22, 29]));
    }
}

/// The examples of this module's crate-private items, run as unit tests.
#[cfg(test)]
mod examples {
    #[test]
    fn split_example() {
        use super::split;
        let text = "# two cases\n[[case]]\nnote = \"\"\"\n[[case]]\n\"\"\"\n[case.order]\n[[case]]\n";
        let chunks = split(text).unwrap();
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[0].line, 2);
        assert_eq!(&text[chunks[1].bytes.clone()], "[[case]]\n");
        assert_eq!(split("title = \"one case\"\n"), None);
    }
}
