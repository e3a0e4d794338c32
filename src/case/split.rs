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

#[cfg(test)]
mod byte_at_a_time;
mod stops;

use std::ops::Range;

use stops::Stops;

/// One `[[case]]` table: its bytes and the line its header is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub bytes: Range<usize>,
    pub line: usize,
}

/// The `[[case]]` tables of `text`, in order, or `None` if the text is not certainly a plain
/// sequence of them (a syntax error inside a table leaves it one: see the module's
/// documentation).
///
/// ```
/// use astreinte::case::split;
/// let text = "# two cases\n[[case]]\nnote = \"\"\"\n[[case]]\n\"\"\"\n[case.order]\n[[case]]\n";
/// let chunks = split(text).unwrap();
/// assert_eq!(chunks.len(), 2);
/// assert_eq!(chunks[0].line, 2);
/// assert_eq!(&text[chunks[1].bytes.clone()], "[[case]]\n");
/// assert_eq!(split("title = \"one case\"\n"), None);
/// ```
pub fn split(text: &str) -> Option<Vec<Chunk>> {
    let mut headers = Vec::new();
    scan(text, |start, line| {
        headers.push((start, line));
        true
    })
    .then(|| tables(&headers, text.len()).collect())
}

/// The tables whose headers start at `headers` (offsets and lines, in order), each running to
/// the next header, the last to `end`.
pub(super) fn tables(headers: &[(usize, usize)], end: usize) -> impl Iterator<Item = Chunk> + '_ {
    let ends = headers.iter().skip(1).map(|&(start, _)| start).chain([end]);
    headers.iter().zip(ends).map(|(&(start, line), end)| Chunk {
        bytes: start..end,
        line,
    })
}

/// Reads `text` line by line, calling `on_header` with the offset and line (1-based) of each
/// `[[case]]` header line (it returns `false` to stop). Whether the text is a plain sequence of
/// `[[case]]` tables: `false` as soon as something is not certainly part of one (a syntax error
/// is part of its table).
fn scan(text: &str, on_header: impl FnMut(usize, usize) -> bool) -> bool {
    let mut scanner = Scanner::default();
    scanner.lines(text.as_bytes(), 0, on_header) && scanner.stands()
}

/// A scan read in pieces: a big file is scanned block by block as it is read, each piece whole
/// lines that follow the last.
#[derive(Debug, Default)]
pub(super) struct Scanner {
    /// What the lines read so far leave open.
    lexer: Lexer,
    /// How many lines have been read.
    read: usize,
    /// Whether a `[[case]]` header has been read.
    started: bool,
}

impl Scanner {
    /// Reads the lines of `bytes` from `from` (a line start) to its end (a line's end, or the
    /// file's), calling `on_header` with the offset in `bytes` and the line in the file
    /// (1-based) of each `[[case]]` header (it returns `false` to stop). `false` as soon as
    /// something is not certainly part of a plain sequence of `[[case]]` tables.
    pub(super) fn lines(&mut self, bytes: &[u8], from: usize, mut on_header: impl FnMut(usize, usize) -> bool) -> bool {
        let mut offset = from;
        let mut stops = Stops::new(bytes, from);
        // One pass over the bytes, a line at a time; the lexer finds each line's end as it
        // reads it (a separate search for the newline read every byte twice).
        while offset < bytes.len() {
            let line = self.read + 1;
            self.read += 1;
            // Once the cases have begun, a line can be a header only if it begins with `[`, a
            // space or a tab: most lines go straight to the lexer.
            let may_be_header = !self.started || matches!(bytes.get(offset), Some(b'[' | b' ' | b'\t'));
            if may_be_header && self.lexer.open_string.is_none() {
                let indent = bytes
                    .get(offset..)
                    .map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count());
                let content = offset + indent;
                if bytes.get(content) == Some(&b'[') {
                    match header(bytes.get(content..).unwrap_or_default()) {
                        Some((kind, told)) => {
                            // A case's header is never part of a value: one left open ends here.
                            self.lexer.depth = 0;
                            // The line's end, past the part that tells the kind (a newline is a
                            // stop). Whatever else a `[[case]]` line holds is its table's error.
                            let end = stops.line_end(content + told);
                            match kind {
                                Header::Case if on_header(offset, line) => self.started = true,
                                Header::InCase if self.started => {}
                                _ => return false,
                            }
                            offset = end;
                            continue;
                        }
                        // A line of an array written over several lines.
                        None if self.lexer.depth > 0 => {}
                        None => return false,
                    }
                }
                if !self.started
                    && !is_blank_or_comment(bytes.get(content..line_end(bytes, content)).unwrap_or_default())
                {
                    return false;
                }
            }
            offset = self.lexer.line(&mut stops, offset);
        }
        true
    }

    /// Whether the lines read so far are a sequence of `[[case]]` tables: at least one. What
    /// the last leaves open (a string or an array never closed) is its own error.
    pub(super) fn stands(&self) -> bool {
        self.started
    }
}

/// Where the statement that the byte at `offset` of `text` belongs to begins, read as the split
/// reads (see [`Statement`]); `text` must begin outside any value, at a line's start.
pub(super) fn statement_at(text: &str, offset: usize) -> Statement {
    let bytes = text.as_bytes();
    let mut lexer = Lexer::default();
    let mut stops = Stops::new(bytes, 0);
    let mut found = Statement::default();
    let mut at = 0;
    // Lines that start at or before `offset`.
    while at < bytes.len() && at <= offset {
        let indent = bytes
            .get(at..)
            .map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count());
        let rest = bytes.get(at + indent..).unwrap_or_default();
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
        at = lexer.line(&mut stops, at);
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

enum Header {
    /// `[[case]]`: a new case.
    Case,
    /// `[case.…]` or `[[case.…]]`: a table of the current case.
    InCase,
}

/// The kind of the header line that `rest` begins with, and how many bytes of it tell the
/// kind; `None` for any other header (or one written unusually, with spaces or quotes: the
/// whole-document parse handles it). A `[[case]]` header must have nothing but a comment after
/// it, which the caller checks.
#[inline(always)]
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
#[derive(Debug, Default, Clone, Copy)]
struct Lexer {
    open_string: Option<Quote>,
    depth: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quote {
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
    fn line(&mut self, stops: &mut Stops, start: usize) -> usize {
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
    fn close_multiline(&mut self, stops: &mut Stops, mut i: usize, quote: Quote) -> Result<usize, usize> {
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
fn close_single(stops: &mut Stops, mut i: usize, quote: Quote) -> Option<usize> {
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

    /// Bytes rich in what the lexer acts on: quotes alone and in threes, backslashes, brackets,
    /// comments, newlines; bytes that are those with the top bit set (within multi-byte UTF-8
    /// characters, or not UTF-8 at all); and runs of plain bytes, so that lines often run on
    /// past a block of 64 bytes.
    fn lexer_food() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let piece = prop_oneof![
            4 => proptest::sample::select(b"\n#\"'[]{}\\|".to_vec()).prop_map(|b| vec![b]),
            1 => proptest::sample::select(vec!["\"\"\"", "\'\'\'", "\\\"", "\\\n", "é", "€", "¢", "Ċ", "ۀ", "𝄞"])
                .prop_map(|s| s.as_bytes().to_vec()),
            1 => proptest::sample::select(b"\x8a\xa2\xa3\xa7\xdb\xdc\xdd\xfb\xfc\xfd\x00\x7f".to_vec()).prop_map(|b| vec![b]),
            2 => "[a-z0-9 =.-]{1,19}".prop_map(String::into_bytes),
            1 => "[a-z0-9 =.-]{20,140}".prop_map(String::into_bytes),
        ];
        proptest::collection::vec(piece, 0..60).prop_map(|pieces| pieces.concat())
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Line after line, from any offset and any state, the lexer ends each line where the
        /// byte-at-a-time lexer does and leaves the same state open, or gives up where it does.
        #[test]
        fn the_lexer_reads_lines_as_the_byte_at_a_time_one_does(
            bytes in lexer_food(),
            start in 0usize..400,
            open_string in proptest::sample::select(vec![None, Some(Quote::Basic), Some(Quote::Literal)]),
            depth in 0usize..3,
        ) {
            let start = start.min(bytes.len());
            let mut expected = Lexer { open_string, depth };
            let mut lexer = expected;
            let mut stops = Stops::new(&bytes, start);
            let mut at = start;
            loop {
                let end = expected.line_byte_at_a_time(&bytes, at);
                proptest::prop_assert_eq!(lexer.line(&mut stops, at), end, "{:?} from {}", bytes, at);
                proptest::prop_assert_eq!(
                    (lexer.open_string, lexer.depth),
                    (expected.open_string, expected.depth),
                    "{:?} from {}", bytes, at
                );
                if end >= bytes.len() {
                    break;
                }
                at = end;
            }
        }
    }

    /// Lines a batch is made of, and lines that unmake it: headers, indented or not, with a
    /// comment or something else after them; comments; values over several lines; strings
    /// with headers in them; and lines of bytes the lexer acts on.
    fn batch_food() -> impl proptest::strategy::Strategy<Value = Vec<u8>> {
        use proptest::prelude::*;
        let line = prop_oneof![
            // Lines a batch may have, values and strings over several lines included.
            24 => proptest::sample::select(vec![
                "[[case]]", " [[case]] # one", "\t[[case]]", "[case.order]", "  [case.penalty] # p",
                "[[case.liquidation]]", "[[case.l]] x", "# comment \"[", "", "  ", "a = \"\"\"\n[[case]]\n\"\"\"",
                "b = '''[[case]]\n'''", "c = [1,\n  [2],\n]", "d = { e = [\n] }", "title = \"Case 000123\"",
                "amount = \"125.50\"", "decided = 2003-11-06", "f = \"\\\"[[case]]\"", "g = 'c:\\'",
                "h = \"\"\"x\\\n[[case]]\"\"\"\"\"",
            ])
            .prop_map(|line| line.as_bytes().to_vec()),
            // Lines that leave something open, or close what is not, and headers the split
            // leaves to the whole-document parse.
            2 => proptest::sample::select(vec![
                "\"\"\"", "'''", "c = [", "]", "}", "[[case]]x", "[[case]", "[other]", "[ case.o ]", "[\"case\"]",
            ])
            .prop_map(|line| line.as_bytes().to_vec()),
            1 => lexer_food(),
        ];
        // Most batches begin with a header; a text that does not is given up at once.
        let first = proptest::sample::select(vec![&b"[[case]]"[..], b"# cases\n[[case]]", b""]);
        (first, proptest::collection::vec(line, 0..40))
            .prop_map(|(first, lines)| [vec![first.to_vec()], lines].concat().join(&b'\n'))
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(3000))]
        /// Fed in pieces of whole lines, as a file read in blocks, the scanner finds the headers
        /// the byte-at-a-time scanner finds, on the same lines, gives up on the same piece, and
        /// otherwise leaves the same state after each piece.
        #[test]
        fn the_scanner_reads_as_the_byte_at_a_time_one_does(
            bytes in batch_food(),
            cuts in proptest::collection::vec(proptest::num::usize::ANY, 0..4),
        ) {
            // Pieces end after a newline (the cuts pick some) or at the end of the text.
            let line_ends: Vec<usize> = (0..bytes.len()).filter(|&i| bytes[i] == b'\n').map(|i| i + 1).collect();
            let mut ends: Vec<usize> =
                cuts.iter().filter(|_| !line_ends.is_empty()).map(|c| line_ends[c % line_ends.len()]).collect();
            ends.push(bytes.len());
            ends.sort_unstable();
            ends.dedup();
            let (mut scanner, mut expected) = (Scanner::default(), Scanner::default());
            let (mut headers, mut expected_headers) = (Vec::new(), Vec::new());
            let mut from = 0;
            for end in ends {
                let piece = &bytes[..end];
                let stood = scanner.lines(piece, from, |offset, line| {
                    headers.push((offset, line));
                    true
                });
                let expected_stood = expected.lines_byte_at_a_time(piece, from, |offset, line| {
                    expected_headers.push((offset, line));
                    true
                });
                proptest::prop_assert_eq!(stood, expected_stood, "{:?} up to {}", bytes, end);
                proptest::prop_assert_eq!(&headers, &expected_headers, "{:?} up to {}", bytes, end);
                if !stood {
                    return Ok(());
                }
                proptest::prop_assert_eq!(
                    (scanner.read, scanner.started, scanner.lexer.open_string, scanner.lexer.depth),
                    (expected.read, expected.started, expected.lexer.open_string, expected.lexer.depth),
                    "{:?} up to {}", bytes, end
                );
                from = end;
            }
            proptest::prop_assert_eq!(scanner.stands(), expected.stands());
        }
    }

    #[test]
    fn a_batch_keeps_its_lines_whatever_its_strings_hold() {
        let one = "[[case]]\ntitle = \"x\"\n[case.order]\nnote = \"\"\"\n[[case]]\n\"\"\"\n\n";
        let text = one.repeat(5);
        assert_eq!(lines(&text), Some(vec![1, 8, 15, 22, 29]));
    }
}
