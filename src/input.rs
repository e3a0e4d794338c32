//! Inputs named on the command line: files, directories (searched for `*.toml`) and `-`.
//!
//! Each file is read once per run, whichever way it was reached (named twice, through a
//! symbolic or hard link, or through a link back up its own directory tree): a case counted
//! twice is a wrong total downstream. Each input is opened once, and read from what was opened:
//! a named pipe gives its data only once. What is read is checked as it comes: a NUL byte,
//! bytes that are not UTF-8, or more than [`MAX_INPUT_BYTES`] end the reading at once, so that
//! `/dev/zero` or `/dev/urandom` is refused after a block rather than read until memory runs out.

use std::collections::HashMap;
use std::fs::{self, File};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::lang::message::Fault;
use crate::lang::{Lang, Message};
use crate::source::Source;

/// The most one input may hold: 1 GiB, forty times the largest batch measured (100,000 cases
/// in 25 MB). A regular file larger than this is refused before anything of it is read; any
/// other input (standard input, a named pipe, a device) once it has given that much.
pub const MAX_INPUT_BYTES: u64 = 1 << 30;

/// The bytes read, and checked, at a time by [`Opened::read`] from an input of unknown size.
const CHUNK: usize = 1 << 18;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Input {
    /// `-`: standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

/// Which file a path leads to, whatever the path: its device and inode number (the path
/// itself, made absolute with every link resolved, where there are none).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FileId(#[cfg(unix)] (u64, u64), #[cfg(not(unix))] PathBuf);

impl FileId {
    /// The identity of the file at `path`, whose metadata (links followed) is `metadata`.
    pub fn of(path: &Path, metadata: &fs::Metadata) -> FileId {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let _ = path;
            FileId((metadata.dev(), metadata.ino()))
        }
        #[cfg(not(unix))]
        {
            let _ = metadata;
            FileId(fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf()))
        }
    }

    /// The identity of the file at `path`, links followed, if there is one.
    pub fn at(path: &Path) -> Option<FileId> {
        fs::metadata(path).ok().map(|m| FileId::of(path, &m))
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    NotUtf8 {
        path: String,
        /// Where the first invalid byte is, 1-based, columns in characters as editors count them.
        line: usize,
        column: usize,
        offset: usize,
    },
    Nul {
        path: String,
        line: usize,
        column: usize,
        offset: usize,
    },
    TooLarge {
        path: String,
        limit: u64,
    },
    Missing {
        path: String,
    },
}

impl ReadError {
    /// Where: the path, and the line and column of a byte refused.
    fn position(&self) -> String {
        match self {
            ReadError::NotUtf8 { path, line, column, .. } | ReadError::Nul { path, line, column, .. } => {
                format!("{path}:{line}:{column}")
            }
            ReadError::Io { path, .. } | ReadError::TooLarge { path, .. } | ReadError::Missing { path } => path.clone(),
        }
    }

    /// The position and what went wrong in `lang`; the position is written alike in every
    /// language.
    pub(crate) fn render_in(&self, lang: Lang) -> String {
        format!("{}: {}", self.position(), lang.say(&Message::Fault(Fault::Read(self))))
    }
}

/// In English.
impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render_in(Lang::En))
    }
}

/// ` (N GiB)` for a whole number of GiB.
pub(crate) fn in_gib(bytes: u64) -> String {
    const GIB: u64 = 1 << 30;
    if bytes >= GIB && bytes.is_multiple_of(GIB) {
        format!(" ({} GiB)", bytes / GIB)
    } else {
        String::new()
    }
}

/// A path not read because what it leads to was already read (or is being read, above it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The path skipped, as found.
    pub path: PathBuf,
    /// The path under which the same file or directory was read.
    pub first: PathBuf,
    pub kind: SkippedKind,
}

/// What a skipped path leads to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SkippedKind {
    /// A file read already.
    File,
    /// A directory walked already.
    Directory,
    /// A directory that holds the path (a loop of links: followed, it never ends).
    Loop,
}

impl Skipped {
    /// The path and why it was skipped, in `lang`.
    pub(crate) fn render_in(&self, lang: Lang) -> String {
        format!(
            "{}: {}",
            self.path.display(),
            lang.say(&Message::Fault(Fault::Skipped(self)))
        )
    }
}

/// In English.
impl std::fmt::Display for Skipped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render_in(Lang::En))
    }
}

/// The inputs of a run, in order, and the paths left out because they lead to something read
/// already.
#[derive(Debug)]
pub(crate) struct Expanded {
    pub inputs: Vec<Result<Input, ReadError>>,
    pub skipped: Vec<Skipped>,
}

/// Expands the command-line arguments into inputs, in order: a directory gives its `*.toml`
/// files, recursively, in path order so runs are reproducible. A file reached a second time
/// (by another name, a link, or a directory named twice) is read only the first time, and a
/// link back to a directory above it is not followed.
pub(crate) fn expand(args: &[PathBuf]) -> Expanded {
    let mut walk = Walk::default();
    for arg in args {
        walk.argument(arg);
    }
    Expanded {
        inputs: walk.found.into_iter().map(|f| f.map(|(input, _)| input)).collect(),
        skipped: walk.skipped,
    }
}

/// The input among `args` that is the file `target`, if one is: named, found in a directory,
/// or (`stdin`, the file standard input reads from) read from standard input.
pub fn input_at(args: &[PathBuf], target: &FileId, stdin: Option<&FileId>) -> Option<String> {
    let mut walk = Walk::default();
    for arg in args {
        walk.argument(arg);
    }
    walk.found.iter().find_map(|found| match found {
        Ok((Input::File(path), Some(id))) if id == target => Some(path.display().to_string()),
        Ok((Input::Stdin, _)) if stdin == Some(target) => Some("standard input (-)".to_string()),
        _ => None,
    })
}

/// The files found so far, and what was entered, by identity.
#[derive(Default)]
struct Walk {
    found: Vec<Result<(Input, Option<FileId>), ReadError>>,
    skipped: Vec<Skipped>,
    /// Every file and directory taken, with the path it was taken under.
    seen: HashMap<FileId, PathBuf>,
    /// The directories being walked, outermost first.
    above: Vec<FileId>,
}

impl Walk {
    fn argument(&mut self, arg: &Path) {
        if arg.as_os_str() == "-" {
            self.found.push(Ok((Input::Stdin, None)));
            return;
        }
        match fs::metadata(arg) {
            Ok(m) => self.entry(arg.to_path_buf(), &m),
            Err(e) if e.kind() == io::ErrorKind::NotFound => self.found.push(Err(ReadError::Missing {
                path: arg.display().to_string(),
            })),
            // Left to the reading, which reports it.
            Err(_) => self.found.push(Ok((Input::File(arg.to_path_buf()), None))),
        }
    }

    /// A path found (an argument, or an entry of a directory walked), with its metadata.
    fn entry(&mut self, path: PathBuf, metadata: &fs::Metadata) {
        let id = FileId::of(&path, metadata);
        if let Some(first) = self.seen.get(&id) {
            let kind = if self.above.contains(&id) {
                SkippedKind::Loop
            } else if metadata.is_dir() {
                SkippedKind::Directory
            } else {
                SkippedKind::File
            };
            self.skipped.push(Skipped {
                path,
                first: first.clone(),
                kind,
            });
            return;
        }
        self.seen.insert(id.clone(), path.clone());
        if metadata.is_dir() {
            self.above.push(id);
            self.directory(&path);
            self.above.pop();
        } else {
            self.found.push(Ok((Input::File(path), Some(id))));
        }
    }

    /// The `*.toml` files and the directories in `dir`, in name order.
    fn directory(&mut self, dir: &Path) {
        let listed = fs::read_dir(dir).and_then(|entries| {
            entries
                .map(|entry| entry.map(|e| e.path()))
                .collect::<io::Result<Vec<_>>>()
        });
        let mut paths = match listed {
            Ok(paths) => paths,
            Err(source) => {
                self.found.push(Err(ReadError::Io {
                    path: dir.display().to_string(),
                    source,
                }));
                return;
            }
        };
        // Name order within each directory, depth first: the order of the paths sorted whole
        // (paths compare component by component).
        paths.sort();
        for path in paths {
            match fs::metadata(&path) {
                Ok(m) if m.is_dir() || is_toml(&path) => self.entry(path, &m),
                Ok(_) => {}
                // A dangling link named `*.toml`: reading it says why it cannot be read.
                Err(_) if is_toml(&path) => self.found.push(Ok((Input::File(path), None))),
                Err(_) => {}
            }
        }
    }
}

fn is_toml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "toml")
}

/// An input, open: each input is opened once, and read from what was opened.
#[derive(Debug)]
pub(crate) enum Opened {
    Stdin,
    File {
        path: PathBuf,
        file: File,
        /// The size of a regular file (others, pipes and devices, have none that counts).
        size: Option<u64>,
    },
}

/// Opens an input. A regular file larger than `limit` is refused here, before it is read.
pub(crate) fn open(input: &Input, limit: u64) -> Result<Opened, ReadError> {
    let path = match input {
        Input::Stdin => return Ok(Opened::Stdin),
        Input::File(path) => path,
    };
    let io = |source| ReadError::Io {
        path: path.display().to_string(),
        source,
    };
    let file = File::open(path).map_err(io)?;
    let metadata = file.metadata().map_err(io)?;
    let size = metadata.is_file().then_some(metadata.len());
    if size.is_some_and(|size| size > limit) {
        return Err(ReadError::TooLarge {
            path: path.display().to_string(),
            limit,
        });
    }
    Ok(Opened::File {
        path: path.to_path_buf(),
        file,
        size,
    })
}

impl Opened {
    /// The name it is reported under: the path as given, or `<stdin>`.
    pub(crate) fn name(&self) -> String {
        match self {
            Opened::Stdin => "<stdin>".to_string(),
            Opened::File { path, .. } => path.display().to_string(),
        }
    }

    /// Reads the input whole, refusing it at its first NUL byte or byte not UTF-8, or once it
    /// holds more than `limit` bytes.
    pub(crate) fn read(&mut self, stdin: &mut dyn Read, limit: u64) -> Result<Source, ReadError> {
        let name = self.name();
        let text = match self {
            Opened::Stdin => read_text(&name, stdin, limit, None)?,
            Opened::File { file, size, .. } => {
                let size = size.and_then(|s| usize::try_from(s).ok());
                match size.and_then(|size| crate::fast::read::halves(file, size, limit)) {
                    Some(read) => {
                        let bytes = read.map_err(|source| ReadError::Io {
                            path: name.clone(),
                            source,
                        })?;
                        whole_text(bytes, limit).map_err(|(bad, bytes)| bad.error(&name, &bytes))?
                    }
                    None => read_text(&name, file, limit, size)?,
                }
            }
        };
        Ok(Source::new(name, text))
    }
}

/// Reads `reader` to its end, checking what it gives (see [`Check`]). A regular file, whose
/// `size` is known (and within the limit), is read at once into room for all of it, as
/// `fs::read` reads; anything else a chunk at a time, each checked as it comes: an endless input
/// is refused after a chunk, and the buffer grows no further than the limit.
fn read_text(name: &str, reader: &mut dyn Read, limit: u64, size: Option<usize>) -> Result<String, ReadError> {
    let io = |source| ReadError::Io {
        path: name.to_string(),
        source,
    };
    let bytes = match size {
        Some(size) => {
            let mut bytes = Vec::with_capacity(size.saturating_add(1));
            // A byte beyond the limit tells a file that grew past it since it was opened.
            reader
                .take(limit.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(io)?;
            // Checked as it is made a `String`: once, not a second time by `Check`.
            return whole_text(bytes, limit).map_err(|(bad, bytes)| bad.error(name, &bytes));
        }
        None => {
            let mut check = Check::default();
            let mut bytes = Vec::new();
            loop {
                make_room(&mut bytes, usize::try_from(limit).unwrap_or(usize::MAX));
                let at_end = read_chunk(reader, &mut bytes).map_err(io)? == 0;
                check
                    .bytes(&bytes, at_end, limit)
                    .map_err(|bad| bad.error(name, &bytes))?;
                if at_end {
                    break bytes;
                }
            }
        }
    };
    String::from_utf8(bytes).map_err(|e| Bad::NotUtf8(e.utf8_error().valid_up_to()).error(name, e.as_bytes()))
}

/// `bytes`, the whole input, as text: what [`Check::bytes`] would find at its end (a NUL byte
/// among the valid ones first, then bytes that are not UTF-8, then too many), with the bytes to
/// locate it.
fn whole_text(bytes: Vec<u8>, limit: u64) -> Result<String, (Bad, Vec<u8>)> {
    let (valid, text) = match String::from_utf8(bytes) {
        Ok(text) => (text.len(), Ok(text)),
        Err(e) => (e.utf8_error().valid_up_to(), Err(e.into_bytes())),
    };
    let read = match &text {
        Ok(text) => text.as_bytes(),
        Err(bytes) => bytes,
    };
    #[allow(clippy::expect_used, reason = "`valid_up_to` is within the bytes")]
    let valid_bytes = read.get(..valid).expect("the valid bytes are some of those read");
    if let Some(nul) = memchr::memchr(0, valid_bytes) {
        return Err((Bad::Nul(nul), text.map_or_else(|bytes| bytes, String::into_bytes)));
    }
    match text {
        Err(bytes) => Err((Bad::NotUtf8(valid), bytes)),
        Ok(text) if u64::try_from(text.len()).unwrap_or(u64::MAX) > limit => {
            Err((Bad::TooLarge(limit), text.into_bytes()))
        }
        Ok(text) => Ok(text),
    }
}

/// Room in `bytes` for a chunk and a byte more (a chunk that filled the buffer exactly would
/// make the reader grow it, by doubling), doubling, but never far beyond `limit`.
fn make_room(bytes: &mut Vec<u8>, limit: usize) {
    let needed = bytes.len() + CHUNK + 1;
    if bytes.capacity() < needed {
        let doubled = bytes.capacity().saturating_mul(2).min(limit.saturating_add(CHUNK + 1));
        bytes.reserve_exact(doubled.max(needed) - bytes.len());
    }
}

/// Appends up to [`CHUNK`] bytes to `bytes`: how many (0 at the end).
fn read_chunk(reader: &mut dyn Read, bytes: &mut Vec<u8>) -> io::Result<usize> {
    reader.take(CHUNK as u64).read_to_end(bytes)
}

/// What makes an input no case file, found while reading it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bad {
    /// A NUL byte at this offset.
    Nul(usize),
    /// Bytes not UTF-8 from this offset.
    NotUtf8(usize),
    /// More than this many bytes.
    TooLarge(u64),
}

impl Bad {
    /// The error for `name`, whose bytes read so far are `bytes`.
    fn error(self, name: &str, bytes: &[u8]) -> ReadError {
        let locate = |offset: usize| {
            // The bytes before `offset` were checked to be UTF-8: the position is counted in them.
            #[allow(clippy::expect_used, reason = "the bytes before a bad one were checked")]
            let valid = bytes
                .get(..offset)
                .and_then(|b| std::str::from_utf8(b).ok())
                .expect("the bytes before the first bad one are UTF-8");
            Source::new(name, valid).locate(offset)
        };
        let path = name.to_string();
        match self {
            Bad::Nul(offset) => {
                let at = locate(offset);
                ReadError::Nul {
                    path,
                    line: at.line,
                    column: at.column,
                    offset,
                }
            }
            Bad::NotUtf8(offset) => {
                let at = locate(offset);
                ReadError::NotUtf8 {
                    path,
                    line: at.line,
                    column: at.column,
                    offset,
                }
            }
            Bad::TooLarge(limit) => ReadError::TooLarge { path, limit },
        }
    }
}

/// How far an input has been checked: `bytes[..checked]` are UTF-8 without a NUL byte, and end
/// where a character ends.
#[derive(Debug, Default)]
struct Check {
    checked: usize,
}

impl Check {
    /// Checks what `bytes` hold beyond what was checked; `at_end` once the input has no more.
    fn bytes(&mut self, bytes: &[u8], at_end: bool, limit: u64) -> Result<(), Bad> {
        // What was checked is a part of what was read, which only grows.
        #[allow(clippy::expect_used, reason = "what was read only grows")]
        let fresh = bytes.get(self.checked..).expect("the bytes checked were read");
        let (valid, invalid) = match std::str::from_utf8(fresh) {
            Ok(_) => (fresh.len(), false),
            // A character cut at the end of what was read is whole once the rest comes.
            Err(e) => (e.valid_up_to(), e.error_len().is_some() || at_end),
        };
        #[allow(clippy::expect_used, reason = "`valid_up_to` is within the bytes")]
        let valid_bytes = fresh.get(..valid).expect("the valid bytes are some of those checked");
        if let Some(nul) = memchr::memchr(0, valid_bytes) {
            return Err(Bad::Nul(self.checked + nul));
        }
        if invalid {
            return Err(Bad::NotUtf8(self.checked + valid));
        }
        self.checked += valid;
        if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
            return Err(Bad::TooLarge(limit));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `bytes` read as a stream and as a regular file (its size known, or not yet grown to
    /// them): the same text, or the same error.
    fn read_all(bytes: &[u8], limit: u64) -> Result<String, ReadError> {
        let streamed = read_text("in", &mut &*bytes, limit, None);
        for size in [bytes.len(), bytes.len() / 2] {
            let file = read_text("in", &mut &*bytes, limit, Some(size));
            assert_eq!(format!("{file:?}"), format!("{streamed:?}"), "size {size}");
        }
        streamed
    }

    proptest::proptest! {
        /// A file read whole, its text checked once as it is made a `String`, gives what
        /// [`Check`] finds in the same bytes at their end: the same text, or the same first
        /// error (a NUL, bytes not UTF-8, a character cut at the end, too many bytes).
        #[test]
        fn a_whole_text_is_what_check_finds(
            bytes in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'\n', 0, 0xff, 0xc3, 0xa9, 0xe2, 0x82, 0xac]),
                0..48,
            ),
            limit in 0u64..56,
        ) {
            let checked = Check::default()
                .bytes(&bytes, true, limit)
                .map(|()| String::from_utf8(bytes.clone()).unwrap())
                .map_err(|bad| bad.error("in", &bytes));
            let whole = whole_text(bytes.clone(), limit).map_err(|(bad, read)| {
                assert_eq!(read, bytes);
                bad.error("in", &read)
            });
            proptest::prop_assert_eq!(format!("{whole:?}"), format!("{checked:?}"));
        }
    }

    #[test]
    fn text_up_to_the_limit_is_read_whole() {
        let text = "title = \"é€𝄞\"\n".repeat(40_000);
        assert_eq!(read_all(text.as_bytes(), text.len() as u64).unwrap(), text);
        assert!(matches!(
            read_all(text.as_bytes(), text.len() as u64 - 1),
            Err(ReadError::TooLarge { limit, .. }) if limit == text.len() as u64 - 1
        ));
    }

    #[test]
    fn a_character_cut_between_two_chunks_is_whole() {
        // The 4-byte character straddles the end of the first chunk, at every cut.
        for pad in 0..4 {
            let text = format!("{}𝄞\n", "a".repeat(CHUNK - pad));
            assert_eq!(read_all(text.as_bytes(), u64::MAX).unwrap(), text, "pad {pad}");
        }
    }

    #[test]
    fn the_first_nul_or_bad_byte_is_located_whichever_comes_first() {
        let nul = read_all(b"a = 1\nb = \"x\0\xff\"\n", u64::MAX).unwrap_err();
        assert!(
            matches!(
                nul,
                ReadError::Nul {
                    line: 2,
                    column: 7,
                    offset: 12,
                    ..
                }
            ),
            "{nul:?}"
        );
        let bad = read_all(b"a = 1\nb = \"\xff\0\"\n", u64::MAX).unwrap_err();
        assert!(
            matches!(
                bad,
                ReadError::NotUtf8 {
                    line: 2,
                    column: 6,
                    offset: 11,
                    ..
                }
            ),
            "{bad:?}"
        );
        // A character cut by the end of the input.
        let cut = read_all("a = \"é".as_bytes().split_last().unwrap().1, u64::MAX).unwrap_err();
        assert!(matches!(cut, ReadError::NotUtf8 { offset: 5, .. }), "{cut:?}");
    }

    /// An endless input, counting what is read of it.
    struct Endless {
        byte: u8,
        given: usize,
    }

    impl Read for Endless {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            buf.fill(self.byte);
            self.given += buf.len();
            Ok(buf.len())
        }
    }

    #[test]
    fn an_endless_input_is_refused_after_a_chunk_or_at_the_limit() {
        for (byte, limit) in [(0u8, u64::MAX), (0xff, u64::MAX), (b'#', 3 * CHUNK as u64)] {
            let mut endless = Endless { byte, given: 0 };
            let e = read_text("in", &mut endless, limit, None).unwrap_err();
            assert!(
                matches!(
                    (byte, &e),
                    (0, ReadError::Nul { .. }) | (0xff, ReadError::NotUtf8 { .. }) | (b'#', ReadError::TooLarge { .. })
                ),
                "{e:?}"
            );
            assert!(endless.given <= 4 * CHUNK, "{byte}: {} bytes read", endless.given);
        }
    }

    #[test]
    fn each_file_is_found_once_in_path_order_and_loops_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("b/c")).unwrap();
        for file in ["a.toml", "b/c/d.toml", "b/e.toml", "b/notes.txt"] {
            fs::write(root.join(file), "").unwrap();
        }
        std::os::unix::fs::symlink("../..", root.join("b/c/top")).unwrap();
        std::os::unix::fs::symlink("c", root.join("b/c-again")).unwrap();
        fs::hard_link(root.join("a.toml"), root.join("b/z.toml")).unwrap();
        let expanded = expand(&[root.to_path_buf(), root.join("b/e.toml")]);
        let found: Vec<PathBuf> = expanded
            .inputs
            .iter()
            .map(|i| match i {
                Ok(Input::File(path)) => path.strip_prefix(root).unwrap().to_path_buf(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(
            found,
            [Path::new("a.toml"), Path::new("b/c/d.toml"), Path::new("b/e.toml")]
        );
        let skipped: Vec<(&str, SkippedKind)> = expanded
            .skipped
            .iter()
            .map(|s| (s.path.strip_prefix(root).unwrap().to_str().unwrap(), s.kind))
            .collect();
        assert_eq!(
            skipped,
            [
                ("b/c/top", SkippedKind::Loop),
                ("b/c-again", SkippedKind::Directory),
                ("b/z.toml", SkippedKind::File),
                ("b/e.toml", SkippedKind::File),
            ]
        );
        // The output's identity is looked for the same way.
        let d = FileId::at(&root.join("b/c-again/d.toml")).unwrap();
        let found = input_at(&[root.to_path_buf()], &d, None).unwrap();
        assert!(found.ends_with("b/c/d.toml"), "{found}");
        let a = FileId::at(&root.join("a.toml")).unwrap();
        assert_eq!(input_at(&[root.join("b/e.toml")], &a, None), None);
        // Reached through the link up from b/c: it is an input of `b/c`.
        let found = input_at(&[root.join("b/c")], &a, None).unwrap();
        assert!(found.ends_with("b/c/top/a.toml"), "{found}");
    }
}
