//! `--output FILE`: the output is written to a temporary file beside FILE and renamed over it
//! once complete, so that FILE never holds half an output: a reader sees the old file or the
//! new one. The rename is atomic on one file system, which is why the temporary file sits in
//! the same directory.
//!
//! A target that is a symbolic link is written through: the file it leads to is replaced (the
//! temporary file sits beside that file, not beside the link), and the link stays a link. An
//! existing target keeps its permissions: the temporary file is given them before anything is
//! written to it, so a private file's new content is never readable by others, even briefly.
//!
//! The temporary file's path is shared ([`PendingFile`]) with whoever must remove it when the
//! run is interrupted: a signal ends the process without running destructors.
//!
//! A target that exists and is no regular file (`/dev/null`, a named pipe, a terminal) is
//! written to directly: renaming over it would replace the device or pipe with a plain file
//! (`--output /dev/null` once turned the machine's `/dev/null` into a file that every later
//! program read back).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

/// Links followed before giving up, as the system does (Linux's MAXSYMLINKS).
const MAX_LINKS: usize = 40;

/// A file being written; it replaces its target only on [`ReplacingFile::commit`], and is
/// removed if dropped before.
#[derive(Debug)]
pub struct ReplacingFile {
    /// The file replaced: the path given, with any symbolic links at its end followed.
    target: PathBuf,
    /// The file written, to be renamed over the target; `None` when the target is written
    /// directly (it is no regular file).
    temp: Option<PendingFile>,
    file: Option<BufWriter<File>>,
}

/// The path of a temporary file not yet put in place, shared between the [`ReplacingFile`]
/// writing it and whoever must remove it if the run is cut short.
#[derive(Debug, Clone, Default)]
pub struct PendingFile(Arc<Mutex<Option<PathBuf>>>);

impl PendingFile {
    /// Removes the temporary file, if it is still pending; it will never be put in place.
    pub fn remove(&self) {
        let mut pending = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(temp) = pending.take() {
            let _ = fs::remove_file(temp);
        }
    }
}

impl PendingFile {
    /// Runs `then` once the temporary file, if still pending, is removed, holding it so that
    /// none is created or put in place meanwhile (`then` may end the process).
    pub fn remove_then<T>(&self, then: impl FnOnce() -> T) -> T {
        let mut pending = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(temp) = pending.take() {
            let _ = fs::remove_file(temp);
        }
        then()
    }
}

impl ReplacingFile {
    /// Starts writing what will replace `target` (or the file it links to).
    pub fn create(target: &Path) -> io::Result<Self> {
        Self::create_into(target, PendingFile::default())
    }

    /// As [`ReplacingFile::create`], recording the temporary file in `pending` as it is
    /// created (one made beforehand, so that nothing is created unrecorded).
    pub fn create_into(target: &Path, pending: PendingFile) -> io::Result<Self> {
        let target = &follow_links(target)?;
        let existing = fs::metadata(target).ok();
        if existing.as_ref().is_some_and(|m| !m.file_type().is_file()) {
            let file = OpenOptions::new().write(true).open(target)?;
            return Ok(ReplacingFile {
                target: target.to_path_buf(),
                temp: None,
                file: Some(BufWriter::with_capacity(64 * 1024, file)),
            });
        }
        let dir = match target.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        let name = target
            .file_name()
            .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the output path names no file"))?;
        let mut temp_name = std::ffi::OsString::from(".");
        temp_name.push(name);
        temp_name.push(format!(".{}.tmp", std::process::id()));
        let temp = dir.join(temp_name);
        let file = {
            let mut slot = pending.0.lock().unwrap_or_else(PoisonError::into_inner);
            let file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
            *slot = Some(temp);
            file
        };
        if let Some(existing) = existing {
            // Dropped on error, `pending` is not: remove the file by hand.
            if let Err(e) = file.set_permissions(permissions_of(&existing)) {
                pending.remove();
                return Err(e);
            }
        }
        Ok(ReplacingFile {
            target: target.to_path_buf(),
            temp: Some(pending),
            // As for standard output: a batch writes hundreds of megabytes.
            file: Some(BufWriter::with_capacity(64 * 1024, file)),
        })
    }

    /// The temporary file's path, shared: to remove it if the run is cut short (`None` when
    /// the target is written directly).
    pub fn pending(&self) -> Option<PendingFile> {
        self.temp.clone()
    }

    /// Writes out what is buffered, makes it durable, and puts the file in place of the target.
    pub fn commit(mut self) -> io::Result<()> {
        let Some(temp) = self.temp.clone() else {
            // Written directly: only what is buffered is left to write.
            return match self.file.take() {
                Some(mut file) => file.flush(),
                None => Ok(()),
            };
        };
        if let Some(file) = self.file.take() {
            let file = file.into_inner().map_err(io::IntoInnerError::into_error)?;
            file.sync_all()?;
        }
        // Held while renaming: a signal's handler removes the file before or not at all.
        let mut pending = temp.0.lock().unwrap_or_else(PoisonError::into_inner);
        match pending.take() {
            Some(temp) => fs::rename(&temp, &self.target).inspect_err(|_| {
                let _ = fs::remove_file(&temp);
            }),
            None => Err(io::Error::new(
                io::ErrorKind::Interrupted,
                "the run was interrupted: the output was not written",
            )),
        }
    }

    fn writer(&mut self) -> io::Result<&mut BufWriter<File>> {
        self.file
            .as_mut()
            .ok_or_else(|| io::Error::other("the output file is already closed"))
    }
}

impl Write for ReplacingFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.writer()?.write(buf)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.writer()?.flush()
    }
}

impl Drop for ReplacingFile {
    fn drop(&mut self) {
        // Committed: the temporary file has become the target and nothing is left. Otherwise
        // an error stopped the run: the target stays as it was, and the partial file goes.
        drop(self.file.take());
        if let Some(temp) = &self.temp {
            temp.remove();
        }
    }
}

/// `path`, or the file it leads to if it is a symbolic link (to a link...), which need not
/// exist: the output is then created there. Links within the directories above are left as
/// they are: the file's directory is the same through them.
fn follow_links(path: &Path) -> io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        if !fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink()) {
            return Ok(path);
        }
        let to = fs::read_link(&path)?;
        path = match path.parent() {
            Some(dir) if to.is_relative() => dir.join(to),
            _ => to,
        };
    }
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("more than {MAX_LINKS} symbolic links, one to the next (a loop?)"),
    ))
}

/// The permissions to give the file replacing one with `metadata`: its own, but for the
/// set-user-ID, set-group-ID and sticky bits (a program's output is no program).
fn permissions_of(metadata: &fs::Metadata) -> fs::Permissions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::Permissions::from_mode(metadata.permissions().mode() & 0o777)
    }
    #[cfg(not(unix))]
    {
        metadata.permissions()
    }
}

/// A writer that, once its reader has gone (a closed pipe: `astreinte check ... | head -1`),
/// takes everything and writes nothing. The run goes on to its end, so that its exit status
/// still says whether a case failed or an input was bad: a CI gate reading the status must not
/// be fooled by a reader that stopped early.
#[derive(Debug)]
pub struct UntilClosed<W> {
    inner: W,
    closed: bool,
}

impl<W: Write> UntilClosed<W> {
    pub fn new(inner: W) -> Self {
        UntilClosed { inner, closed: false }
    }

    /// The writer written to.
    pub fn into_inner(self) -> W {
        self.inner
    }

    /// `result`, but a closed pipe, which from now on takes everything (`then` is what a
    /// write that was taken returns).
    fn unless_closed<T>(&mut self, result: io::Result<T>, then: T) -> io::Result<T> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => {
                self.closed = true;
                Ok(then)
            }
            other => other,
        }
    }
}

impl<W: Write> Write for UntilClosed<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.unless_closed(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.unless_closed(result, ())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_target_that_is_no_regular_file_is_written_to_not_replaced() {
        use std::os::unix::fs::FileTypeExt;
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success());
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || fs::read_to_string(fifo).unwrap())
        };
        let mut f = ReplacingFile::create(&fifo).unwrap();
        f.write_all(b"through the pipe").unwrap();
        f.commit().unwrap();
        // Checked before waiting for the reader: a pipe renamed over would leave it waiting.
        assert!(fs::metadata(&fifo).unwrap().file_type().is_fifo(), "still a named pipe");
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file");
    }

    #[test]
    fn the_target_changes_only_on_commit() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        fs::write(&target, "old").unwrap();
        let mut f = ReplacingFile::create(&target).unwrap();
        f.write_all(b"new").unwrap();
        f.flush().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        f.commit().unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "the temporary file is gone"
        );
    }

    #[test]
    fn dropped_without_commit_leaves_the_target_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.csv");
        fs::write(&target, "old").unwrap();
        let mut f = ReplacingFile::create(&target).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn an_existing_target_keeps_its_permissions_and_a_link_stays_a_link() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.txt");
        fs::write(&real, "old").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o4640)).unwrap();
        let link = dir.path().join("link");
        std::os::unix::fs::symlink("real.txt", &link).unwrap();
        let mut f = ReplacingFile::create(&link).unwrap();
        // Private as the target from the start, not only once in place.
        let temp = f.pending().unwrap().0.lock().unwrap().clone().unwrap();
        assert_eq!(temp.parent(), Some(dir.path()));
        assert_eq!(fs::metadata(&temp).unwrap().permissions().mode() & 0o7777, 0o640);
        f.write_all(b"new").unwrap();
        f.commit().unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(&real).unwrap(), "new");
        // The set-user-ID bit is not carried over.
        assert_eq!(fs::metadata(&real).unwrap().permissions().mode() & 0o7777, 0o640);
    }

    #[test]
    fn a_loop_of_links_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink("b", dir.path().join("a")).unwrap();
        std::os::unix::fs::symlink("a", dir.path().join("b")).unwrap();
        assert!(ReplacingFile::create(&dir.path().join("a")).is_err());
    }

    #[test]
    fn a_pending_file_removed_on_interruption_is_never_put_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("out.json");
        fs::write(&target, "old").unwrap();
        let pending = PendingFile::default();
        let mut f = ReplacingFile::create_into(&target, pending.clone()).unwrap();
        f.write_all(b"half").unwrap();
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 2);
        assert_eq!(pending.remove_then(|| 7), 7);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(f.commit().is_err());
        assert_eq!(fs::read_to_string(&target).unwrap(), "old");
    }

    /// A pipe whose reader has gone after `open` bytes.
    struct Closing {
        open: usize,
        taken: Vec<u8>,
    }

    impl Write for Closing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            if self.taken.len() >= self.open {
                return Err(io::ErrorKind::BrokenPipe.into());
            }
            let n = buf.len().min(self.open - self.taken.len());
            self.taken.extend(&buf[..n]);
            Ok(n)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_takes_everything_and_other_errors_still_tell() {
        let mut out = UntilClosed::new(Closing {
            open: 5,
            taken: Vec::new(),
        });
        out.write_all(b"first line\nsecond line\n").unwrap();
        out.write_all(b"more").unwrap();
        out.flush().unwrap();
        assert_eq!(out.into_inner().taken, b"first");
        let mut room = [0u8; 2];
        let mut full = UntilClosed::new(&mut room[..]);
        assert!(full.write_all(b"abc").is_err(), "a full disk is no closed pipe");
    }

    #[test]
    fn a_missing_directory_is_an_error_at_once() {
        let dir = tempfile::tempdir().unwrap();
        assert!(ReplacingFile::create(&dir.path().join("no/such/dir/out.json")).is_err());
    }
}
