//! Going through every case of every input, reporting the bad ones and going on.

use std::io::Write;
use std::ops::Range;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::Streams;
use crate::case::{Batch, Case, Cases, InputError, cases};
use crate::engine::{ComputeError, compute};
use crate::error::Error;
use crate::fast;
use crate::input::{ReadError, expand, open};
use crate::lang::{Label, Lang};
use crate::render::{CaseBytes, Failure};
use crate::report::CaseReport;
use crate::visible::visible;

/// What happened to one case (or to an input that yielded none).
pub(super) enum Outcome<'a> {
    /// The case as read, and what was computed for it.
    Computed {
        case: Box<Case>,
        report: Box<CaseReport>,
    },
    /// A computed case already rendered, when the caller gave a renderer: the case and its
    /// report were dropped on the thread that made them, and a run of cases shares one buffer
    /// (freeing many small allocations from another thread made the threads contend for the
    /// allocator's locks).
    Rendered(&'a [u8]),
    Failed(Failure),
}

/// Cases per run: enough that handing out work costs little beside the work (at 128 the
/// threads waited on each other about three times a run, a few percent of a big batch), and a
/// run's output shares one buffer; few enough that a batch of a few thousand cases is still
/// shared evenly between the cores (docs/performance/2026-12-03-startup-order.md).
const RUN: usize = 256;

/// The longest a computed result waits in the output buffer while the next cases are computed.
/// Flushing after every case would cost a system call per case, most of a batch's time;
/// flushing on a timer keeps the output streaming all the same.
const FLUSH_EVERY: Duration = Duration::from_millis(100);

/// Computes every case of `inputs`, in order, each as of the date `as_of` gives for it,
/// calling `each` with the outcome (rendered by `render` already, if given: a batch's cases are
/// computed and rendered on every core, and handed to `each` in input order). Failures are
/// also written to standard error, in `lang`. Returns
/// whether any failed.
///
/// What `each` writes is flushed before each input is read (standard input may keep the run
/// waiting: what is done must be out first), and at least every [`FLUSH_EVERY`] while an
/// input's cases are computed.
pub(super) fn for_each_case(
    inputs: &[PathBuf],
    as_of: impl Fn(&Case) -> NaiveDate + Sync,
    render: Option<&dyn CaseBytes>,
    lang: Lang,
    io: &mut Streams<'_>,
    each: impl FnMut(&mut dyn Write, Outcome) -> Result<(), Error>,
) -> Result<bool, Error> {
    let mut sink = Sink {
        io,
        each,
        failed: false,
        flushed: Instant::now(),
        lang,
    };
    let as_of = &as_of;
    let limit = sink.io.max_input;
    let expanded = expand(inputs);
    for skipped in &expanded.skipped {
        writeln!(sink.io.stderr, "{}", warning_line(lang, &skipped.render_in(lang)))?;
    }
    for input in expanded.inputs {
        sink.io.stdout.flush()?;
        sink.flushed = Instant::now();
        let input = match input {
            Ok(input) => input,
            Err(e) => {
                sink.unreadable(&e)?;
                continue;
            }
        };
        // Opened once, and read from what was opened: a named pipe gives its data only once.
        let mut opened = match open(&input, limit) {
            Ok(opened) => opened,
            Err(e) => {
                sink.unreadable(&e)?;
                continue;
            }
        };
        let source = match opened.read(sink.io.stdin, limit) {
            Ok(source) => source,
            Err(e) => {
                sink.unreadable(&e)?;
                continue;
            }
        };
        // Each table is parsed and computed on its own: spread over the cores, a run of
        // tables at a time.
        let computed =
            |batch: &Batch<'_>, run: Range<usize>| compute_run(run.map(|i| batch.load(i)), as_of, render, lang);
        // The tables of a batch as their headers suggest them are computed while the file is
        // checked or split, and kept if the split is certain to find the same or finds them
        // (fast::tables).
        let guess = fast::tables::guessed(&source.text, 2 * RUN).map(|chunks| Batch::new(&source, chunks));
        let cases = match guess {
            Some(guess) => match fast::pool::ordered_runs_checked(
                guess.len(),
                RUN,
                |run| computed(&guess, run),
                || (!fast::tables::certain(&source.text)).then(|| cases(&source)),
                |split| match split {
                    None => true,
                    Some(split) => matches!(split, Cases::Batch { batch, .. } if batch.has_tables_of(&guess)),
                },
                |run| sink.take(run),
            )? {
                None => continue,
                Some(split) => split.unwrap_or_else(|| cases(&source)),
            },
            None => cases(&source),
        };
        match cases {
            Cases::Batch { batch, .. } => {
                fast::pool::ordered_runs(batch.len(), RUN, |run| computed(&batch, run), |run| sink.take(run))?;
            }
            mut other => other.try_for_each(|case| {
                let mut done = RunDone::default();
                done.push(case, as_of, render, lang);
                sink.take(done)
            })?,
        }
    }
    Ok(sink.failed)
}

/// Where the outcomes go: `each`, with failures also written to standard error.
struct Sink<'s, 'io, F> {
    io: &'s mut Streams<'io>,
    each: F,
    /// Whether any case or input failed.
    failed: bool,
    /// When the output was last flushed.
    flushed: Instant,
    /// The language of the messages on standard error.
    lang: Lang,
}

impl<F: FnMut(&mut dyn Write, Outcome) -> Result<(), Error>> Sink<'_, '_, F> {
    /// The outcomes of a run of cases, in order.
    fn take(&mut self, run: RunDone) -> Result<(), Error> {
        let mut rendered = run.bytes.as_slice();
        for done in run.cases {
            let outcome = match done {
                Done::Computed(case, report) => Outcome::Computed { case, report },
                Done::Rendered(len) => {
                    let (bytes, rest) = rendered.split_at(len.min(rendered.len()));
                    rendered = rest;
                    Outcome::Rendered(bytes)
                }
                Done::RenderFailed(e) => return Err(e.into()),
                Done::Failed { message, failure } => {
                    self.failed = true;
                    writeln!(self.io.stderr, "{}", error_line(self.lang, &message))?;
                    Outcome::Failed(failure)
                }
            };
            (self.each)(self.io.stdout, outcome)?;
        }
        if self.flushed.elapsed() >= FLUSH_EVERY {
            self.io.stdout.flush()?;
            self.flushed = Instant::now();
        }
        Ok(())
    }

    /// An input that could not be read.
    fn unreadable(&mut self, e: &ReadError) -> Result<(), Error> {
        self.failed = true;
        writeln!(
            self.io.stderr,
            "{}",
            error_line(self.lang, &visible(&e.render_in(self.lang)))
        )?;
        (self.each)(self.io.stdout, Outcome::Failed(read_failure(e)))
    }
}

/// The cases of a run, computed (and rendered, given a renderer) one after the other.
fn compute_run(
    cases: impl ExactSizeIterator<Item = Result<Case, InputError>>,
    as_of: &impl Fn(&Case) -> NaiveDate,
    render: Option<&dyn CaseBytes>,
    lang: Lang,
) -> RunDone {
    let mut done = RunDone::for_run(cases.len(), render);
    for case in cases {
        done.push(case, as_of, render, lang);
    }
    done
}

/// A run of cases computed on one thread: what happened to each, and the bytes of those
/// rendered, one after the other in one buffer.
#[derive(Default)]
struct RunDone {
    cases: Vec<Done>,
    bytes: Vec<u8>,
}

impl RunDone {
    /// Room for `cases` cases, rendered by `render` if given (a buffer grown case by case was
    /// copied over and over).
    fn for_run(cases: usize, render: Option<&dyn CaseBytes>) -> Self {
        RunDone {
            cases: Vec::with_capacity(cases),
            bytes: Vec::with_capacity(render.map_or(0, |r| cases * r.typical_len())),
        }
    }

    /// Computes `case` (and renders it, given a renderer) after the others of the run.
    fn push(
        &mut self,
        case: Result<Case, InputError>,
        as_of: &impl Fn(&Case) -> NaiveDate,
        render: Option<&dyn CaseBytes>,
        lang: Lang,
    ) {
        let done = compute_one(case, as_of, render, lang, &mut self.bytes);
        self.cases.push(done);
    }
}

/// A case computed, or why it could not be: the message for standard error with the failure.
enum Done {
    Computed(Box<Case>, Box<CaseReport>),
    /// Rendered: so many bytes of the run's buffer.
    Rendered(usize),
    RenderFailed(std::io::Error),
    Failed {
        message: String,
        failure: Failure,
    },
}

fn compute_one(
    case: Result<Case, InputError>,
    as_of: &impl Fn(&Case) -> NaiveDate,
    render: Option<&dyn CaseBytes>,
    lang: Lang,
    bytes: &mut Vec<u8>,
) -> Done {
    let Some(render) = render else {
        return match case {
            Ok(case) => match compute(&case, as_of(&case)) {
                Ok(report) => Done::Computed(Box::new(case), Box::new(report)),
                Err(e) => compute_failed(&e, lang),
            },
            Err(e) => input_failed(&e, lang),
        };
    };
    // Rendered here: the case and its report are only looked at (about a kilobyte each, each
    // move of them a copy).
    match &case {
        Ok(case) => match &compute(case, as_of(case)) {
            Ok(report) => {
                let before = bytes.len();
                match render.append_case(report, bytes) {
                    Ok(()) => Done::Rendered(bytes.len() - before),
                    Err(e) => Done::RenderFailed(e),
                }
            }
            Err(e) => compute_failed(e, lang),
        },
        Err(e) => input_failed(e, lang),
    }
}

fn compute_failed(e: &ComputeError, lang: Lang) -> Done {
    Done::Failed {
        message: visible(&e.render_in(lang)).into_owned(),
        failure: compute_failure(e),
    }
}

fn input_failed(e: &InputError, lang: Lang) -> Done {
    Done::Failed {
        message: e.render_all_in(lang, &error_prefix(lang)),
        failure: input_failure(e),
    }
}

/// `error: MESSAGE`, in `lang`: the message as given, after the word the language puts first.
pub(super) fn error_line(lang: Lang, message: &str) -> String {
    format!("{}{message}", error_prefix(lang))
}

/// `error: `, in `lang`: what begins each error's line.
pub(super) fn error_prefix(lang: Lang) -> String {
    format!("{}{} ", lang.word(Label::Error), lang.word(Label::Colon))
}

/// `warning: MESSAGE`, in `lang`.
pub(super) fn warning_line(lang: Lang, message: &str) -> String {
    format!("{}{} {message}", lang.word(Label::Warning), lang.word(Label::Colon))
}

fn read_failure(e: &ReadError) -> Failure {
    let (file, line, column) = match e {
        ReadError::NotUtf8 { path, line, column, .. } | ReadError::Nul { path, line, column, .. } => {
            (path.clone(), *line, *column)
        }
        ReadError::Io { path, .. } | ReadError::Missing { path } | ReadError::TooLarge { path, .. } => {
            (path.clone(), 0, 0)
        }
    };
    Failure {
        file,
        line,
        column,
        field: None,
        message: e.to_string(),
        errors: Vec::new(),
        unlisted_errors: 0,
    }
}

fn input_failure(e: &InputError) -> Failure {
    let one = |e: &InputError| Failure {
        file: e.location.file.to_string(),
        line: e.location.line,
        column: e.location.column,
        field: e.field.clone(),
        message: e.message(),
        errors: Vec::new(),
        unlisted_errors: 0,
    };
    Failure {
        errors: if e.others().is_empty() {
            Vec::new()
        } else {
            e.all().map(one).collect()
        },
        unlisted_errors: e.unlisted(),
        ..one(e)
    }
}

fn compute_failure(e: &ComputeError) -> Failure {
    let at = e.location();
    Failure {
        file: at.file.to_string(),
        line: at.line,
        column: at.column,
        field: e.field().map(str::to_string),
        message: e.to_string(),
        errors: Vec::new(),
        unlisted_errors: 0,
    }
}
