//! Errors in a case file, each pinned to a file, line, column and key.

use std::fmt;

use super::problem::Problem;
use crate::lang::message::Fault;
use crate::lang::{Lang, Message};
use crate::source::{Location, Part};
use crate::visible::{shown_width, visible};

/// A problem with a case file: where it is, which key, and what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    pub location: Location,
    /// The dotted key, such as `penalty.amount` or `liquidation[2].through`, when known.
    pub field: Option<String>,
    /// What is wrong, as a fact each language words. Boxed: it keeps `Result<_, InputError>`
    /// small.
    pub problem: Box<Problem>,
    /// The offending line (or, for a long line, the stretch of it around the position).
    /// Boxed: it is rarely read, and keeps `Result<_, InputError>` small.
    pub excerpt: Option<Box<Excerpt>>,
    /// The case's other errors, when one run found several (this one is the first in the
    /// file). Boxed, and `None` for a single error, for the same reason as the excerpt.
    pub more: Option<Box<MoreErrors>>,
}

/// The errors of a case after its first, as one run found them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MoreErrors {
    /// In the order of the file, so many that the case lists [`InputError::LISTED`] errors at
    /// most; each of them has no `more` of its own.
    pub listed: Vec<InputError>,
    /// How many more were found past those, and not kept.
    pub unlisted: usize,
}

/// What is shown of the offending line, and what to underline in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Excerpt {
    /// The line, or at most [`Excerpt::MAX_CHARS`] characters of it around the position, with
    /// `…` where it was cut.
    pub text: String,
    /// The 1-based column in `text` where the underline starts.
    pub column: usize,
    /// How many characters to underline.
    pub width: usize,
}

impl Excerpt {
    /// The longest stretch of a line shown: a 50 MB line gives a readable message, not 50 MB.
    pub const MAX_CHARS: usize = 120;

    /// The part of `line` to show for an error at 1-based `column`, `width` characters wide.
    fn new(line: &str, column: usize, width: usize) -> Self {
        let length = line.chars().count();
        if length <= Self::MAX_CHARS {
            return Excerpt {
                text: line.to_string(),
                column,
                width: width.min(length.saturating_sub(column.saturating_sub(1)).max(1)),
            };
        }
        // Start a little before the position so its context shows.
        let start = column.saturating_sub(1).saturating_sub(Self::MAX_CHARS / 4);
        let shown: String = line.chars().skip(start).take(Self::MAX_CHARS).collect();
        let (prefix, shift) = if start > 0 { ("…", 1) } else { ("", 0) };
        let suffix = if start + Self::MAX_CHARS < length { "…" } else { "" };
        let column = column - start + shift;
        let room = Self::MAX_CHARS + shift + 1 - column;
        Excerpt {
            text: format!("{prefix}{shown}{suffix}"),
            column,
            width: width.clamp(1, room.max(1)),
        }
    }
}

impl std::error::Error for InputError {}

impl InputError {
    /// An error at a byte span of `part` (offsets relative to the part).
    pub(crate) fn at(part: &Part<'_>, span: std::ops::Range<usize>, field: Option<String>, problem: Problem) -> Self {
        let location = part.locate(span.start);
        let width = part
            .get(span.clone())
            .map_or(1, |s| s.lines().next().map_or(1, |l| l.chars().count().max(1)));
        let excerpt = Some(Box::new(Excerpt::new(part.line_at(span.start), location.column, width)));
        InputError {
            location,
            field,
            problem: Box::new(problem),
            excerpt,
            more: None,
        }
    }

    /// What is wrong, in English (the `message` of the machine formats).
    pub fn message(&self) -> String {
        self.message_in(Lang::En)
    }

    /// What is wrong, in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        lang.say(&Message::Problem(&self.problem))
    }

    /// The most errors of one case a run lists: a file written with a wrong habit repeated
    /// (every date in quotes) is told about the first ones, and the rest are counted.
    pub const LISTED: usize = 20;

    /// This error and the case's others, in the order of the file.
    pub fn all(&self) -> impl Iterator<Item = &InputError> {
        std::iter::once(self).chain(self.others())
    }

    /// The case's errors after this one that are listed.
    pub fn others(&self) -> &[InputError] {
        self.more.as_deref().map_or(&[], |m| m.listed.as_slice())
    }

    /// How many errors of the case were found past the [`InputError::LISTED`] listed.
    pub fn unlisted(&self) -> usize {
        self.more.as_deref().map_or(0, |m| m.unlisted)
    }

    /// The line said after the listed errors when there are more, in `lang`: `FILE: and N
    /// more errors in this case (...)`, the file written alike in every language.
    pub fn unlisted_line_in(&self, lang: Lang) -> Option<String> {
        let unlisted = self.unlisted();
        (unlisted > 0).then(|| {
            let more = lang.say(&Message::Fault(Fault::Unlisted {
                unlisted,
                listed: Self::LISTED,
            }));
            format!("{}: {more}", self.location.file)
        })
    }

    /// The message with the offending line underlined, as shown on standard error: the case
    /// file's control characters (in the line, the key or a value quoted by the message) shown
    /// as escapes (see [`crate::visible`]), but for the tabs of the line, which the underline
    /// follows.
    pub fn render(&self) -> String {
        self.render_in(Lang::En)
    }

    /// [`InputError::render`] in `lang`: the position and the key as in every language, what
    /// is wrong in `lang`.
    pub fn render_in(&self, lang: Lang) -> String {
        self.rendered(lang, true)
    }

    /// [`InputError::render`] with the case file's characters as they are: for JSON, which
    /// escapes them itself.
    pub fn render_raw(&self) -> String {
        self.rendered(Lang::En, false)
    }

    /// Every error of the case ([`InputError::all`]) as [`InputError::render`] shows it, each
    /// after the first on a new line beginning with `separator` (`error: ` on standard error),
    /// then the line saying how many were not listed, if any were not.
    pub fn render_all(&self, separator: &str) -> String {
        self.render_all_in(Lang::En, separator)
    }

    /// [`InputError::render_all`] in `lang`: each error as [`InputError::render_in`] shows it,
    /// `separator` being the word `lang` puts before an error (`erreur : `, `fout: `).
    pub fn render_all_in(&self, lang: Lang, separator: &str) -> String {
        self.rendered_all(lang, separator, true)
    }

    /// [`InputError::render_all`] with the case file's characters as they are, as
    /// [`InputError::render_raw`]: in English, as every machine format's message.
    pub fn render_all_raw(&self, separator: &str) -> String {
        self.rendered_all(Lang::En, separator, false)
    }

    fn rendered_all(&self, lang: Lang, separator: &str, escaped: bool) -> String {
        let mut out = self.rendered(lang, escaped);
        for other in self.others() {
            out.push('\n');
            out.push_str(separator);
            out.push_str(&other.rendered(lang, escaped));
        }
        if let Some(line) = self.unlisted_line_in(lang) {
            out.push('\n');
            out.push_str(separator);
            out.push_str(&if escaped { visible(&line).into_owned() } else { line });
        }
        out
    }

    /// The first line: the position, the key and what is wrong in `lang`. The position and the
    /// key are written the same in every language, so that scripts can read them.
    fn header(&self, lang: Lang) -> String {
        let message = self.message_in(lang);
        match &self.field {
            Some(field) => format!("{}: `{field}`: {message}", self.location),
            None => format!("{}: {message}", self.location),
        }
    }

    fn rendered(&self, lang: Lang, escaped: bool) -> String {
        let header = self.header(lang);
        let mut out = if escaped { visible(&header).into_owned() } else { header };
        if let Some(excerpt) = &self.excerpt {
            // What a character of the line takes once shown; a tab stays a tab, and the
            // underline puts a tab below it.
            let width = |c: char| if escaped && c != '\t' { shown_width(c) } else { 1 };
            let column = excerpt.column.saturating_sub(1);
            let indent: String = excerpt
                .text
                .chars()
                .take(column)
                .map(|c| if c == '\t' { "\t".into() } else { " ".repeat(width(c)) })
                .collect();
            let widened: usize = excerpt
                .text
                .chars()
                .skip(column)
                .take(excerpt.width)
                .map(|c| width(c) - 1)
                .sum();
            let line = if escaped {
                excerpt.text.split('\t').map(visible).collect::<Vec<_>>().join("\t")
            } else {
                excerpt.text.clone()
            };
            let gutter = self.location.line.to_string();
            let pad = " ".repeat(gutter.len());
            out.push_str(&format!(
                "\n {pad} |\n {gutter} | {line}\n {pad} | {indent}{}",
                "^".repeat(excerpt.width + widened)
            ));
        }
        out
    }
}

/// The errors of one case as checking finds them, in any order: the first
/// [`InputError::LISTED`] by position in the file are kept, the others counted. Nothing is
/// allocated until an error is found.
#[derive(Debug, Default)]
pub(crate) struct Found {
    kept: Vec<InputError>,
    past: usize,
}

impl Found {
    /// Takes `error` (which has no `more`), among the first if it is one of the first.
    pub(crate) fn push(&mut self, error: InputError) {
        let position = |e: &InputError| (e.location.line, e.location.column);
        // After the ones at the same position: an error found first stays first.
        let at = self.kept.partition_point(|k| position(k) <= position(&error));
        if at >= InputError::LISTED {
            self.past += 1;
            return;
        }
        self.kept.insert(at, error);
        if self.kept.len() > InputError::LISTED {
            self.kept.pop();
            self.past += 1;
        }
    }

    /// Counts an error found past the first [`InputError::LISTED`], without its words.
    pub(crate) fn push_unlisted(&mut self) {
        self.past += 1;
    }

    /// The first error found in the file, carrying the others; `None` if none was found.
    pub(crate) fn into_error(self) -> Option<InputError> {
        let mut kept = self.kept.into_iter();
        let mut first = kept.next()?;
        let listed: Vec<InputError> = kept.collect();
        if !listed.is_empty() || self.past > 0 {
            first.more = Some(Box::new(MoreErrors {
                listed,
                unlisted: self.past,
            }));
        }
        Some(first)
    }
}

/// In English.
impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.header(Lang::En))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_line_is_shown_whole() {
        let e = Excerpt::new("amount = 100.10", 10, 6);
        assert_eq!((e.text.as_str(), e.column, e.width), ("amount = 100.10", 10, 6));
    }

    #[test]
    fn a_long_line_is_shown_around_the_position() {
        let line = format!("title = \"{}\"", "é".repeat(10_000));
        let e = Excerpt::new(&line, 5_000, 3);
        assert!(e.text.chars().count() <= Excerpt::MAX_CHARS + 2, "{}", e.text);
        assert!(e.text.starts_with('…') && e.text.ends_with('…'));
        // The underline starts on the same character as in the whole line.
        let shown: Vec<char> = e.text.chars().collect();
        assert_eq!(shown.get(e.column - 1), line.chars().nth(5_000 - 1).as_ref());
        assert_eq!(e.width, 3);
        // A position past the end of a long line still underlines one character.
        let end = Excerpt::new(&line, line.chars().count() + 1, 1);
        assert!(end.column <= end.text.chars().count() + 1);
    }

    fn error_at(line: &str, column: usize, width: usize) -> InputError {
        InputError {
            location: Location {
                file: "c\u{1b}[2J.toml".into(),
                line: 7,
                column,
            },
            field: Some("penalty.\u{7}amount".into()),
            problem: Box::new(Problem::Reader("expected a number, found `\u{9b}1m`".into())),
            excerpt: Some(Box::new(Excerpt::new(line, column, width))),
            more: None,
        }
    }

    #[test]
    fn control_characters_are_shown_escaped_and_the_underline_stays_below_its_characters() {
        // Tabs stay tabs (the underline repeats them); the escapes widen the line, and the
        // underline moves and widens with them.
        let e = error_at("\tamount = \"\u{1b}]0;x\u{7}\" # \u{9b}", 12, 6);
        let shown = e.render();
        assert_eq!(
            shown,
            "c\\u{1b}[2J.toml:7:12: `penalty.\\u{7}amount`: expected a number, found `\\u{9b}1m`\n   |\n 7 | \
             \tamount = \"\\u{1b}]0;x\\u{7}\" # \\u{9b}\n   | \t          ^^^^^^^^^^^^^^^"
        );
        assert!(!shown.contains(['\u{1b}', '\u{7}', '\u{9b}']));
        // The raw form, for JSON, is the message as it was.
        assert_eq!(
            e.render_raw(),
            "c\u{1b}[2J.toml:7:12: `penalty.\u{7}amount`: expected a number, found `\u{9b}1m`\n   |\n 7 | \
             \tamount = \"\u{1b}]0;x\u{7}\" # \u{9b}\n   | \t          ^^^^^^"
        );
    }

    fn at_line(line: usize) -> InputError {
        let mut e = error_at("amount = 1", 1, 1);
        e.location.line = line;
        e.more = None;
        e
    }

    #[test]
    fn found_errors_are_kept_in_the_order_of_the_file_the_first_twenty() {
        assert!(Found::default().into_error().is_none());
        let mut found = Found::default();
        // Found in any order: 30, 29, ..., 1.
        for line in (1..=30).rev() {
            found.push(at_line(line));
        }
        let e = found.into_error().unwrap();
        let lines: Vec<usize> = e.all().map(|e| e.location.line).collect();
        assert_eq!(lines, (1..=InputError::LISTED).collect::<Vec<_>>());
        assert_eq!(e.unlisted(), 30 - InputError::LISTED);
        assert!(e.others().iter().all(|o| o.more.is_none()));
        let shown = e.render_all("error: ");
        assert_eq!(shown.matches("\nerror: ").count(), InputError::LISTED);
        assert!(
            shown.ends_with(
                "\nerror: c\\u{1b}[2J.toml: and 10 more errors in this case, not listed (a run lists the first 20)"
            ),
            "{shown}"
        );
    }

    #[test]
    fn a_single_error_is_rendered_alone_and_carries_nothing_more() {
        let mut found = Found::default();
        found.push(at_line(3));
        let e = found.into_error().unwrap();
        assert!(e.more.is_none() && e.others().is_empty() && e.unlisted() == 0);
        assert_eq!(e.render_all("error: "), e.render());
        assert_eq!(e.render_all_raw(""), e.render_raw());
    }

    #[test]
    fn a_message_without_control_characters_is_shown_as_it_was() {
        let mut e = error_at("\tamount = 100.10", 11, 6);
        e.location.file = "c.toml".into();
        e.field = None;
        *e.problem = Problem::Reader("a float".into());
        assert_eq!(e.render(), e.render_raw());
        assert_eq!(
            e.render(),
            "c.toml:7:11: a float\n   |\n 7 | \tamount = 100.10\n   | \t         ^^^^^^"
        );
    }
}
