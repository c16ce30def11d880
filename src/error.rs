//! Errors: where they happen (lexicon loading, reading input) and what they say.

use std::fmt;
use std::path::PathBuf;

/// The error type of epistemic: loading a lexicon, reading input or annotated data.
///
/// Analysis itself never fails; errors come from what is loaded. Every message says what is
/// wrong and where: `file:line` for lexicon and data files, a byte offset for bad input.
///
/// # Examples
///
/// ```
/// use epistemic::{Lexicon, ErrorKind};
/// let err = Lexicon::parse("mine.lex", "may | hedge | modal | 1.5\n").unwrap_err();
/// assert_eq!(err.to_string(), "mine.lex:1: weight 1.5 is outside [0, 1]");
/// assert!(matches!(err.kind(), ErrorKind::Lexicon { line: 1, .. }));
/// ```
#[derive(Debug)]
pub struct Error(Box<ErrorKind>);

/// What went wrong, and where.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A lexicon file has a bad entry.
    Lexicon {
        /// The file's name or path as given.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the line.
        message: String,
    },
    /// An annotated data file (JSON lines) has a bad record.
    Data {
        /// The file's path as given.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with the record.
        message: String,
    },
    /// Input is not valid UTF-8.
    InvalidUtf8 {
        /// The input's name ("-" for standard input).
        file: String,
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// A file could not be read or written.
    Io {
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A profile name that does not exist.
    UnknownProfile(String),
}

impl Error {
    /// The kind of error, with its location.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    pub(crate) fn lexicon(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Lexicon {
            file: file.to_string(),
            line,
            message: message.into(),
        }))
    }

    pub(crate) fn data(file: &str, line: usize, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorKind::Data {
            file: file.to_string(),
            line,
            message: message.into(),
        }))
    }

    /// An error reading or writing `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error(Box::new(ErrorKind::Io {
            path: path.into(),
            source,
        }))
    }

    /// An error for input that is not UTF-8, at byte `offset` of `file`.
    pub fn invalid_utf8(file: &str, offset: usize) -> Error {
        Error(Box::new(ErrorKind::InvalidUtf8 {
            file: file.to_string(),
            offset,
        }))
    }

    pub(crate) fn unknown_profile(name: &str) -> Error {
        Error(Box::new(ErrorKind::UnknownProfile(name.to_string())))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &*self.0 {
            ErrorKind::Lexicon {
                file,
                line,
                message,
            }
            | ErrorKind::Data {
                file,
                line,
                message,
            } => write!(f, "{file}:{line}: {message}"),
            ErrorKind::InvalidUtf8 { file, offset } => {
                write!(
                    f,
                    "{file}: input is not valid UTF-8 at byte offset {offset}"
                )
            }
            ErrorKind::Io { path, source } => write!(f, "{}: {source}", path.display()),
            ErrorKind::UnknownProfile(name) => write!(
                f,
                "unknown profile {name:?} (the profiles are: news, science, wikipedia)"
            ),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &*self.0 {
            ErrorKind::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
