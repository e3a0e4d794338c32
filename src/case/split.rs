//! Finding the `[[case]]` tables of a batch in its text, so that each case is parsed on its
//! own and the file is never held as one parsed tree (a 100,000-case file would take some
//! thirty times its size in memory).
//!
//! The split is taken only when it is certainly the one the TOML grammar gives: every table
//! header outside strings and arrays is `[[case]]` or begins `[case.` / `[[case.` (so each
//! `[[case]]` and what follows it, up to the next, is exactly one element of the `case` array),
//! and nothing but blank lines and comments comes before the first. Anything else, an
//! unterminated string included, gives `None`: the caller parses the document whole.

use std::ops::Range;

/// One `[[case]]` table: its bytes and the line its header is on (1-based).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chunk {
    pub bytes: Range<usize>,
    pub line: usize,
}

/// The `[[case]]` tables of `text`, in order, or `None` if the text is not certainly a plain
/// sequence of them.
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
    let starts = match halves(text) {
        Some(cut) => scan_in_two(text, cut)?,
        None => scan(text, Lexer::default(), false)?.starts,
    };
    let ends = starts.iter().skip(1).map(|&(start, _)| start).chain([text.len()]);
    Some(
        starts
            .iter()
            .zip(ends)
            .map(|(&(start, line), end)| Chunk {
                bytes: start..end,
                line,
            })
            .collect(),
    )
}

/// From this size on, a batch is scanned in two halves at once (below it, starting a thread
/// costs more than it saves).
const TWO_HALVES_FROM: usize = 1 << 20;

/// Where to cut `text` in two for [`scan_in_two`]: the start of a `[[case]]` line near the
/// middle; `None` if the text is small, there is a single core, or no such line is found.
fn halves(text: &str) -> Option<usize> {
    if text.len() < TWO_HALVES_FROM || std::thread::available_parallelism().map_or(1, usize::from) < 2 {
        return None;
    }
    let middle = text.len() / 2;
    let after = text.as_bytes().get(middle..)?;
    memchr::memmem::find(after, b"\n[[case]]\n").map(|i| middle + i + 1)
}

/// [`scan`] of the two halves of `text` (cut at a line start) at once, the second assuming the
/// lines before it leave no string or value open. When they do (a multi-line string holding
/// `[[case]]`), the second half is scanned again from the state the first leaves: the result
/// is always the one a single scan gives.
fn scan_in_two(text: &str, cut: usize) -> Option<Vec<(usize, usize)>> {
    let (first, second) = (text.get(..cut)?, text.get(cut..)?);
    let (head, tail) = std::thread::scope(|scope| {
        let tail = scope.spawn(|| scan(second, Lexer::default(), true));
        (scan_open(first, Lexer::default(), false), tail.join().ok().flatten())
    });
    let head = head?;
    let tail = match tail {
        Some(tail) if head.lexer.between_values() => tail,
        _ => scan(second, head.lexer, !head.starts.is_empty())?,
    };
    let mut starts = head.starts;
    starts.extend(
        tail.starts
            .into_iter()
            .map(|(offset, line)| (cut + offset, head.lines + line)),
    );
    Some(starts)
}

/// What scanning a run of whole lines found.
struct Scan {
    /// Where each `[[case]]` header line starts, and its line number (1-based, in the run).
    starts: Vec<(usize, usize)>,
    /// What the run leaves open.
    lexer: Lexer,
    /// How many lines the run has.
    lines: usize,
}

/// [`scan_open`] of a text that must end outside any string or value and hold a `[[case]]`.
fn scan(text: &str, lexer: Lexer, started: bool) -> Option<Scan> {
    let scanned = scan_open(text, lexer, started)?;
    (scanned.lexer.between_values() && (started || !scanned.starts.is_empty())).then_some(scanned)
}

/// Reads `text`, whole lines, from the lexer state `lexer`; `started` if a `[[case]]` came
/// before it. `None` as soon as something is not certainly part of a plain sequence of
/// `[[case]]` tables.
fn scan_open(text: &str, mut lexer: Lexer, started: bool) -> Option<Scan> {
    let bytes = text.as_bytes();
    let mut starts: Vec<(usize, usize)> = Vec::new();
    let mut offset = 0;
    let mut line = 1;
    // One pass over the bytes, a line at a time; the lexer finds each line's end as it reads
    // it (a separate search for the newline read every byte twice).
    while offset < bytes.len() {
        if lexer.between_values() {
            let indent = bytes
                .get(offset..)
                .map_or(0, |rest| rest.iter().take_while(|&&b| b == b' ' || b == b'\t').count());
            let content = offset + indent;
            let in_case = started || !starts.is_empty();
            if bytes.get(content) == Some(&b'[') {
                let end = line_end(bytes, content);
                match header(text.get(content..end)?)? {
                    Header::Case => starts.push((offset, line)),
                    Header::InCase if in_case => {}
                    Header::InCase => return None,
                }
                offset = end;
                line += 1;
                continue;
            }
            if !in_case && !is_blank_or_comment(text.get(content..line_end(bytes, content))?) {
                return None;
            }
        }
        offset = lexer.line(bytes, offset)?;
        line += 1;
    }
    Some(Scan {
        starts,
        lexer,
        lines: line - 1,
    })
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

/// The kind of a header line, `None` for any other header (or one written unusually, with
/// spaces or quotes: the whole-document parse handles it).
fn header(content: &str) -> Option<Header> {
    if let Some(rest) = content.strip_prefix("[[case]]") {
        return is_blank_or_comment(rest.trim_start_matches([' ', '\t'])).then_some(Header::Case);
    }
    if content.starts_with("[case.") || content.starts_with("[[case.") {
        // A header takes one line and cannot open a string or an array for the next.
        return Some(Header::InCase);
    }
    None
}

fn is_blank_or_comment(content: &str) -> bool {
    let content = content.trim_end_matches(['\n', '\r', ' ', '\t']);
    content.is_empty() || content.starts_with('#')
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
    /// Whether the next line begins outside any string or value: where a header may stand.
    fn between_values(&self) -> bool {
        self.open_string.is_none() && self.depth == 0
    }

    /// Reads the line that starts at `start`: the offset after its newline (or the end of
    /// `bytes`), `None` for what it does not recognise (left to the parser to report).
    fn line(&mut self, bytes: &[u8], start: usize) -> Option<usize> {
        let mut i = start;
        loop {
            if let Some(quote) = self.open_string {
                match self.close_multiline(bytes, i, quote) {
                    Ok(after) => i = after,
                    Err(line_end) => return Some(line_end),
                }
            }
            // Most bytes matter to nothing here: skip to the next one that may.
            i += bytes
                .get(i..)?
                .iter()
                .position(|&b| is_special(b))
                .unwrap_or(bytes.len() - i);
            let Some(&byte) = bytes.get(i) else {
                return Some(i);
            };
            match byte {
                b'\n' => return Some(i + 1),
                b'#' => return Some(line_end(bytes, i)),
                quote @ (b'"' | b'\'') => {
                    let kind = if quote == b'"' { Quote::Basic } else { Quote::Literal };
                    if starts_with(bytes, i, &[quote; 3]) {
                        self.open_string = Some(kind);
                        i += 3;
                    } else {
                        i = close_single(bytes, i + 1, kind)?;
                    }
                }
                b'[' | b'{' => {
                    self.depth += 1;
                    i += 1;
                }
                _ => {
                    self.depth = self.depth.checked_sub(1)?;
                    i += 1;
                }
            }
        }
    }

    /// Inside a multi-line string from `i`: `Ok` with the offset after its closing quotes (up
    /// to two more quotes belong to the string), or `Err` with the offset after the newline
    /// if the string goes on past this line.
    fn close_multiline(&mut self, bytes: &[u8], mut i: usize, quote: Quote) -> Result<usize, usize> {
        let q = quote.byte();
        while let Some(&byte) = bytes.get(i) {
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
        Err(bytes.len())
    }
}

/// The bytes the lexer acts on: a newline, a comment, quotes, brackets and braces.
fn is_special(byte: u8) -> bool {
    matches!(byte, b'\n' | b'#' | b'"' | b'\'' | b'[' | b']' | b'{' | b'}')
}

/// The offset after the closing quote of a one-line string whose content starts at `i`;
/// `None` if the line ends first.
fn close_single(bytes: &[u8], mut i: usize, quote: Quote) -> Option<usize> {
    let q = quote.byte();
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'\\' if quote == Quote::Basic => {
                if bytes.get(i + 1) == Some(&b'\n') {
                    return None;
                }
                i += 2;
            }
            b'\n' => return None,
            b if b == q => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
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
    fn anything_unusual_is_left_to_the_whole_document_parse() {
        for text in [
            "title = \"one case\"\n",
            "version = 1\n[[case]]\n",
            "[case.order]\n[[case]]\n",
            "[[case]]\n[other]\n",
            "[[ case ]]\n",
            "[[\"case\"]]\n",
            "[[case]]\na = \"\"\"\nnever closed\n",
            "[[case]]\na = [1,\n",
            "[[case]]\na = \"no end\n",
            "[[case]]\na = ]\n",
            "case = [{ a = 1 }]\n",
            "\u{feff}[[case]]\n",
            "",
        ] {
            assert_eq!(split(text), None, "{text:?}");
        }
    }

    /// The starts a single scan finds, or `None`.
    fn single(text: &str) -> Option<Vec<(usize, usize)>> {
        scan(text, Lexer::default(), false).map(|s| s.starts)
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(4000))]
        /// Scanning in two halves at any `[[case]]` line finds what one scan finds, also when
        /// the cut falls inside a multi-line string or an array, or the text is not a batch.
        #[test]
        fn two_halves_find_what_one_scan_finds(
            lines in proptest::collection::vec(
                r#"([\[\]{}"'#\\ =a]|"""|'''|\[case\.o\]){0,6}|\[\[case\]\]"#, 1..30),
        ) {
            let text = lines.join("\n") + "\n";
            for (cut, _) in text.match_indices("\n[[case]]\n") {
                proptest::prop_assert_eq!(scan_in_two(&text, cut + 1), single(&text), "{:?} cut at {}", text, cut + 1);
            }
        }
    }

    #[test]
    fn a_batch_scanned_in_two_keeps_its_lines() {
        let one = "[[case]]\ntitle = \"x\"\n[case.order]\nnote = \"\"\"\n[[case]]\n\"\"\"\n\n";
        let text = one.repeat(5);
        let cut = one.len() * 2;
        assert_eq!(scan_in_two(&text, cut), single(&text));
        assert_eq!(single(&text).map(|s| s.len()), Some(5));
        // Cut inside the multi-line string: the second half is read again from the first's state.
        let inside = text.find("[[case]]\n\"\"\"").unwrap();
        assert_eq!(scan_in_two(&text, inside), single(&text));
        assert_eq!(
            split(&text).map(|c| c.iter().map(|c| c.line).collect()),
            Some(vec![1, 8, 15, 22, 29])
        );
    }
}
