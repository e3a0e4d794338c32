//! `--output FILE`: the output is written to a temporary file beside FILE and renamed over it
//! once complete, so that FILE never holds half an output: a reader sees the old file or the
//! new one. The rename is atomic on one file system, which is why the temporary file sits in
//! the same directory.
//!
//! A target that exists and is no regular file (`/dev/null`, a named pipe, a terminal) is
//! written to directly: renaming over it would replace the device or pipe with a plain file
//! (`--output /dev/null` once turned the machine's `/dev/null` into a file that every later
//! program read back).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written; it replaces its target only on [`ReplacingFile::commit`], and is
/// removed if dropped before.
#[derive(Debug)]
pub struct ReplacingFile {
    target: PathBuf,
    /// The file written, to be renamed over the target; `None` when the target is written
    /// directly (it is no regular file).
    temp: Option<PathBuf>,
    file: Option<BufWriter<File>>,
}

impl ReplacingFile {
    /// Starts writing what will replace `target`.
    pub fn create(target: &Path) -> io::Result<Self> {
        if fs::metadata(target).is_ok_and(|m| !m.file_type().is_file()) {
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
        let file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
        Ok(ReplacingFile {
            target: target.to_path_buf(),
            temp: Some(temp),
            // As for standard output: a batch writes hundreds of megabytes.
            file: Some(BufWriter::with_capacity(64 * 1024, file)),
        })
    }

    /// Writes out what is buffered, makes it durable, and puts the file in place of the target.
    pub fn commit(mut self) -> io::Result<()> {
        let Some(temp) = self.temp.take() else {
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
        fs::rename(&temp, &self.target)
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
        if let Some(temp) = &self.temp
            && temp.exists()
        {
            let _ = fs::remove_file(temp);
        }
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
    fn a_missing_directory_is_an_error_at_once() {
        let dir = tempfile::tempdir().unwrap();
        assert!(ReplacingFile::create(&dir.path().join("no/such/dir/out.json")).is_err());
    }
}
