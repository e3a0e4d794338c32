//! Inputs named on the command line: files, directories (searched for `*.toml`) and `-`.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use crate::source::Source;

/// One input to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input.
    Stdin,
    /// A file.
    File(PathBuf),
}

impl Input {
    /// The name it is reported under: the path as given, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_string(),
            Input::File(path) => path.display().to_string(),
        }
    }
}

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io { path: String, source: std::io::Error },
    #[error(
        "{path}:{line}:{column}: not UTF-8 text (byte {offset} is not valid UTF-8): a case file must be UTF-8 TOML; save it as UTF-8"
    )]
    NotUtf8 {
        path: String,
        /// Where the first invalid byte is, 1-based, columns in characters as editors count them.
        line: usize,
        column: usize,
        offset: usize,
    },
    #[error("{path}: no such file or directory")]
    Missing { path: String },
}

/// Expands the command-line arguments into inputs, in order: a directory gives its `*.toml`
/// files, recursively, sorted by path so runs are reproducible.
pub fn expand(args: &[PathBuf]) -> Vec<Result<Input, ReadError>> {
    let mut inputs = Vec::new();
    for arg in args {
        if arg.as_os_str() == "-" {
            inputs.push(Ok(Input::Stdin));
        } else if arg.is_dir() {
            let mut found = Vec::new();
            if let Err(e) = walk(arg, &mut found) {
                inputs.push(Err(e));
            }
            found.sort();
            inputs.extend(found.into_iter().map(|p| Ok(Input::File(p))));
        } else if arg.exists() {
            inputs.push(Ok(Input::File(arg.clone())));
        } else {
            inputs.push(Err(ReadError::Missing {
                path: arg.display().to_string(),
            }));
        }
    }
    inputs
}

fn walk(dir: &Path, found: &mut Vec<PathBuf>) -> Result<(), ReadError> {
    let io = |source| ReadError::Io {
        path: dir.display().to_string(),
        source,
    };
    for entry in fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.is_dir() {
            walk(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "toml") {
            found.push(path);
        }
    }
    Ok(())
}

/// Reads an input whole.
pub fn read(input: &Input, stdin: &mut dyn Read) -> Result<Source, ReadError> {
    let (name, bytes) = match input {
        Input::Stdin => {
            let mut bytes = Vec::new();
            stdin.read_to_end(&mut bytes).map_err(|source| ReadError::Io {
                path: "<stdin>".into(),
                source,
            })?;
            ("<stdin>".to_string(), bytes)
        }
        Input::File(path) => {
            let name = path.display().to_string();
            let bytes = fs::read(path).map_err(|source| ReadError::Io {
                path: name.clone(),
                source,
            })?;
            (name, bytes)
        }
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        let offset = e.utf8_error().valid_up_to();
        // The bytes before `offset` are valid UTF-8: the position is counted in them.
        let valid = e
            .as_bytes()
            .get(..offset)
            .and_then(|b| std::str::from_utf8(b).ok())
            .unwrap_or("");
        let at = Source::new(name.as_str(), valid).locate(offset);
        ReadError::NotUtf8 {
            path: name.clone(),
            line: at.line,
            column: at.column,
            offset,
        }
    })?;
    Ok(Source::new(name, text))
}
