//! The one error type for bad input and failed I/O: it always names the file, and the line and column
//! where it knows them, so the binary can print it as `file:line:column: message` and exit with 2.

use std::fmt;
use std::path::{Path, PathBuf};

/// Where in an input a problem was found. Lines and columns are 1-based; columns count characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: Option<usize>,
    pub column: Option<usize>,
}

impl Location {
    pub fn file(path: impl AsRef<Path>) -> Self {
        Location { path: path.as_ref().to_path_buf(), line: None, column: None }
    }

    pub fn at(path: impl AsRef<Path>, line: usize, column: usize) -> Self {
        Location { path: path.as_ref().to_path_buf(), line: Some(line), column: Some(column) }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.path.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

/// An input or output problem that stops a command (exit status 2).
#[derive(Debug)]
pub struct Error {
    pub location: Location,
    pub message: String,
}

impl Error {
    pub fn new(location: Location, message: impl Into<String>) -> Self {
        Error { location, message: message.into() }
    }

    /// An I/O error on a file, with the operation that failed ("cannot read", "cannot write").
    pub fn io(path: impl AsRef<Path>, what: &str, err: &std::io::Error) -> Self {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => err.to_string(),
        };
        Error::new(Location::file(path), format!("{what}: {reason}"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

impl std::error::Error for Error {}

/// Results of library operations that read or write user files.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// 1-based line and character column of byte offset `offset` in `text`.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = &text.as_bytes()[..offset];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    // Count characters, tolerating an offset that is not on a character boundary.
    let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_column_counts_characters() {
        let text = "ab\n中文x";
        assert_eq!(line_column(text, 0), (1, 1));
        assert_eq!(line_column(text, 3), (2, 1));
        assert_eq!(line_column(text, 9), (2, 3));
    }

    #[test]
    fn display_names_file_line_and_column() {
        let e = Error::new(Location::at("a.yaml", 3, 7), "unknown field `preferd`");
        assert_eq!(e.to_string(), "a.yaml:3:7: unknown field `preferd`");
    }
}
