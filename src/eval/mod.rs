//! Measuring the analyzer on annotated data: hedge detection (sentence-level F1 of the uncertain
//! class) on JSON lines of `{"text", "uncertain"}`, the shape of the CoNLL-2010 / Szeged files,
//! and attribution on PolNeAR-format articles ([`attribution`]).

pub mod attribution;

use crate::analyzer::Analyzer;
use crate::error::Error;
use crate::Options;
use serde::Serialize;
use std::path::Path;

/// One annotated sentence read from a JSON-lines file.
#[derive(Debug, Clone, PartialEq)]
pub struct Annotated {
    /// 1-based line number in the file.
    pub line: usize,
    /// The sentence.
    pub text: String,
    /// The gold label.
    pub uncertain: bool,
    /// Gold cues, when the file has them (`cues[]`).
    pub cues: Vec<GoldCue>,
}

/// An annotated cue: its text, its span in code points (as in the data files), and its type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GoldCue {
    /// The cue as annotated.
    pub text: String,
    /// Start, in code points (Python string indices).
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// The annotation's cue type, when given ("modal_probable", "hypo_doxastic", ...).
    pub kind: Option<String>,
}

/// Reads annotated sentences from JSON lines: each line an object with a string `text` and a
/// boolean `uncertain` (lines whose `uncertain` is `null` or missing are skipped, as in the
/// partially labelled files).
///
/// # Errors
///
/// The file cannot be read, or a line is not a JSON object with a string `text`
/// (the error names the file and line).
pub fn read_annotated(path: impl AsRef<Path>) -> Result<Vec<Annotated>, Error> {
    let path = path.as_ref();
    let name = path.display().to_string();
    let data = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    parse_annotated(&name, &data)
}

/// Parses annotated sentences from JSON-lines text (see [`read_annotated`]).
///
/// # Errors
///
/// A line that is not a JSON object with a string `text` (the error names `name` and the line).
///
/// # Examples
///
/// ```
/// let rows = epistemic::eval::parse_annotated("t.jsonl",
///     "{\"text\": \"It may rain.\", \"uncertain\": true}\n{\"text\": \"x\", \"uncertain\": null}\n")?;
/// assert_eq!(rows.len(), 1);
/// assert!(rows[0].uncertain);
/// # Ok::<(), epistemic::Error>(())
/// ```
pub fn parse_annotated(name: &str, data: &str) -> Result<Vec<Annotated>, Error> {
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::data(name, i + 1, format!("not JSON: {e}")))?;
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| Error::data(name, i + 1, "no string field \"text\""))?;
        let uncertain = match v.get("uncertain") {
            Some(serde_json::Value::Bool(b)) => *b,
            None | Some(serde_json::Value::Null) => continue,
            Some(other) => {
                return Err(Error::data(
                    name,
                    i + 1,
                    format!("\"uncertain\" is {other}, expected true, false or null"),
                ))
            }
        };
        let cues = v
            .get("cues")
            .and_then(|c| c.as_array())
            .map(|cs| {
                cs.iter()
                    .filter_map(|c| {
                        let num = |k: &str| c.get(k).and_then(|v| v.as_u64()).map(|v| v as usize);
                        Some(GoldCue {
                            text: c.get("text")?.as_str()?.to_string(),
                            start: num("start")?,
                            end: num("end")?,
                            kind: c.get("type").and_then(|t| t.as_str()).map(str::to_string),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.push(Annotated {
            line: i + 1,
            text: text.to_string(),
            uncertain,
            cues,
        });
    }
    Ok(out)
}

/// Precision, recall and F1 of the uncertain class.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct HedgeScores {
    /// Sentences measured.
    pub sentences: usize,
    /// Predicted uncertain, gold uncertain.
    pub true_positives: usize,
    /// Predicted uncertain, gold certain.
    pub false_positives: usize,
    /// Predicted certain, gold uncertain.
    pub false_negatives: usize,
    /// Precision in percent.
    pub precision: f64,
    /// Recall in percent.
    pub recall: f64,
    /// F1 in percent.
    pub f1: f64,
}

impl std::fmt::Display for HedgeScores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} sentences, F1 {:.1} (precision {:.1}, recall {:.1}; tp {} fp {} fn {})",
            self.sentences,
            self.f1,
            self.precision,
            self.recall,
            self.true_positives,
            self.false_positives,
            self.false_negatives
        )
    }
}

impl HedgeScores {
    /// Scores from parallel lists of predictions and gold labels.
    pub fn from_labels(predicted: &[bool], gold: &[bool]) -> HedgeScores {
        let mut s = HedgeScores {
            sentences: gold.len(),
            ..HedgeScores::default()
        };
        for (&p, &g) in predicted.iter().zip(gold) {
            match (p, g) {
                (true, true) => s.true_positives += 1,
                (true, false) => s.false_positives += 1,
                (false, true) => s.false_negatives += 1,
                (false, false) => {}
            }
        }
        let pct = |a: usize, b: usize| {
            if b == 0 {
                0.0
            } else {
                100.0 * a as f64 / b as f64
            }
        };
        s.precision = pct(s.true_positives, s.true_positives + s.false_positives);
        s.recall = pct(s.true_positives, s.true_positives + s.false_negatives);
        s.f1 = if s.precision + s.recall == 0.0 {
            0.0
        } else {
            2.0 * s.precision * s.recall / (s.precision + s.recall)
        };
        s
    }
}

/// Whether the analyzer labels `text` uncertain (any of its sentences is).
///
/// Attribution is skipped: the labels do not depend on it.
pub fn predict_uncertain(analyzer: &Analyzer, text: &str) -> bool {
    cues_only(analyzer, text)
        .sentences
        .iter()
        .any(|s| s.uncertain)
}

/// `text` analysed without attribution: cues, labels and certainty do not depend on it.
pub(crate) fn cues_only(analyzer: &Analyzer, text: &str) -> crate::Report {
    analyzer.analyze_with(text, &Options::default().with_attribution(false))
}

/// Measures hedge detection on annotated sentences.
///
/// # Examples
///
/// ```
/// use epistemic::{Analyzer, eval};
/// let rows = eval::parse_annotated("t", "{\"text\": \"It may rain.\", \"uncertain\": true}\n\
///                                        {\"text\": \"It rained.\", \"uncertain\": false}\n")?;
/// let scores = eval::hedge(&Analyzer::new(), &rows);
/// assert_eq!(scores.f1, 100.0);
/// # Ok::<(), epistemic::Error>(())
/// ```
pub fn hedge(analyzer: &Analyzer, rows: &[Annotated]) -> HedgeScores {
    let predicted: Vec<bool> = rows
        .iter()
        .map(|r| predict_uncertain(analyzer, &r.text))
        .collect();
    let gold: Vec<bool> = rows.iter().map(|r| r.uncertain).collect();
    HedgeScores::from_labels(&predicted, &gold)
}
