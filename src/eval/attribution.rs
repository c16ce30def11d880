//! Attribution measured on PolNeAR-format articles (placeholder).

use crate::analyzer::Analyzer;
use crate::error::Error;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Attribution scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AttributionScores {
    /// Articles measured.
    pub articles: usize,
}

impl fmt::Display for AttributionScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} articles", self.articles)
    }
}

/// Measures attribution on the PolNeAR-format file at `path` (at most `limit` articles).
///
/// # Errors
///
/// The file cannot be read or a line is malformed (the error names file and line).
pub fn run(
    _analyzer: &Analyzer,
    path: &Path,
    _limit: Option<usize>,
) -> Result<AttributionScores, Error> {
    let _ = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    Ok(AttributionScores::default())
}
