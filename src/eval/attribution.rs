//! Attribution measured on PolNeAR-format articles, with the semantics of
//! `tools/check_attr.py` (the official check, which goes through the CLI's JSON).
//!
//! Each line of the file is an article: `{"text", "attributions": [{"source": [frag], "cue":
//! [frag], "content": [frag]}], "primary"}` with `frag = {"start", "end", "text"}` in code-point
//! offsets. Only `primary` annotator lines count (a line without the field counts).
//!
//! For every predicted sentence, the gold attribution is the one with the smallest content (in
//! bytes) that covers at least half of the sentence (its length without surrounding ASCII white
//! space). Then:
//!
//! - **match**: of sentences with such an attribution whose source text is not empty, the share
//!   whose predicted source matches it: they share a word (lower-case ASCII letters and digits,
//!   stop words and titles left out), or the gold source is a bare pronoun and the prediction is
//!   any source but the author;
//! - **precision**: of sentences given a source other than the author, the share that match.

use crate::analyzer::Analyzer;
use crate::error::Error;
use crate::report::SourceKind;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Attribution scores.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct AttributionScores {
    /// Articles measured.
    pub articles: usize,
    /// Predicted sentences.
    pub sentences: usize,
    /// Sentences lying mostly inside a gold content span with a non-empty source.
    pub inside: usize,
    /// Of those, sentences whose predicted source matches the gold source.
    pub matched: usize,
    /// Sentences given a source other than the author.
    pub attributed: usize,
    /// Of those, sentences inside a gold content span whose source they match.
    pub attributed_correct: usize,
    /// `matched / inside`, in percent.
    pub source_match: f64,
    /// `attributed_correct / attributed`, in percent.
    pub precision: f64,
}

impl fmt::Display for AttributionScores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} articles, {} sentences: source match {:.1}% of {} sentences in gold content, \
             precision {:.1}% of {} attributed",
            self.articles,
            self.sentences,
            self.source_match,
            self.inside,
            self.precision,
            self.attributed
        )
    }
}

const PRONOUNS: &[&str] = &[
    "he", "she", "they", "i", "we", "it", "you", "him", "her", "them", "his", "its", "their", "us",
    "me",
];
const STOP: &[&str] = &[
    "the", "a", "an", "of", "and", "in", "for", "on", "at", "to", "who", "with", "from", "by", "s",
    "mr", "mrs", "ms", "dr",
];

/// The words of `s` as the official check counts them: runs of ASCII letters and digits after
/// lower-casing, stop words left out.
fn words(s: &str) -> Vec<String> {
    let lower = s.to_lowercase();
    lower
        .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
        .filter(|w| !w.is_empty() && !STOP.contains(w))
        .map(str::to_string)
        .collect()
}

/// One gold attribution's content: byte ranges, source text, size in bytes.
struct Content {
    ranges: Vec<(usize, usize)>,
    source: String,
    size: usize,
}

/// Measures attribution on the PolNeAR-format file at `path` (at most `limit` articles).
///
/// # Errors
///
/// The file cannot be read or a line is malformed (the error names file and line).
pub fn run(
    analyzer: &Analyzer,
    path: &Path,
    limit: Option<usize>,
) -> Result<AttributionScores, Error> {
    let data = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    let name = path.display().to_string();
    let mut scores = AttributionScores::default();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if limit.is_some_and(|l| scores.articles >= l) {
            break;
        }
        let bad = |msg: &str| Error::data(&name, i + 1, msg.to_string());
        let v: serde_json::Value = serde_json::from_str(line)
            .map_err(|e| Error::data(&name, i + 1, format!("not JSON: {e}")))?;
        if v.get("primary").and_then(serde_json::Value::as_bool) == Some(false) {
            continue;
        }
        let text = v
            .get("text")
            .and_then(|t| t.as_str())
            .ok_or_else(|| bad("no string field \"text\""))?;
        // Code-point offset -> byte offset.
        let mut byte_at: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        byte_at.push(text.len());
        let to_byte = |cp: u64| -> Result<usize, Error> {
            byte_at
                .get(cp as usize)
                .copied()
                .ok_or_else(|| bad("offset past the end of the text"))
        };
        let mut contents = Vec::new();
        for at in v
            .get("attributions")
            .and_then(|a| a.as_array())
            .map_or(&[][..], Vec::as_slice)
        {
            let frags = |key: &str| at.get(key).and_then(|f| f.as_array()).cloned();
            let Some(content) = frags("content").filter(|c| !c.is_empty()) else {
                continue;
            };
            let source = frags("source")
                .unwrap_or_default()
                .iter()
                .filter_map(|f| f.get("text").and_then(|t| t.as_str()))
                .collect::<Vec<_>>()
                .join(" ");
            let mut ranges = Vec::with_capacity(content.len());
            for f in &content {
                let num = |k: &str| {
                    f.get(k)
                        .and_then(serde_json::Value::as_u64)
                        .ok_or_else(|| bad("a content fragment without start and end"))
                };
                ranges.push((to_byte(num("start")?)?, to_byte(num("end")?)?));
            }
            let size = ranges.iter().map(|&(s, e)| e.saturating_sub(s)).sum();
            contents.push(Content {
                ranges,
                source,
                size,
            });
        }
        contents.sort_by_key(|c| c.size); // stable, as Python's sort
        scores.articles += 1;
        let report = analyzer.analyze(text);
        for s in &report.sentences {
            let seg = &text.as_bytes()[s.start..s.end];
            let n = seg.trim_ascii().len();
            if n == 0 {
                continue;
            }
            scores.sentences += 1;
            let best = contents.iter().find(|c| {
                let overlap: usize = c
                    .ranges
                    .iter()
                    .map(|&(st, e)| e.min(s.end).saturating_sub(st.max(s.start)))
                    .sum();
                overlap * 2 >= n
            });
            let predicted = s
                .source
                .as_ref()
                .filter(|r| r.kind != SourceKind::Author)
                .map(|r| r.name.as_str());
            let mut ok = false;
            if let Some(best) = best.filter(|b| !b.source.trim().is_empty()) {
                if let Some(p) = predicted {
                    let gold = best.source.trim().to_lowercase();
                    let pw = words(p);
                    ok = PRONOUNS.contains(&gold.as_str())
                        || words(&best.source).iter().any(|w| pw.contains(w));
                }
                scores.inside += 1;
                scores.matched += usize::from(ok);
            }
            if predicted.is_some() {
                scores.attributed += 1;
                scores.attributed_correct += usize::from(ok);
            }
        }
    }
    let pct = |a: usize, b: usize| {
        if b == 0 {
            0.0
        } else {
            100.0 * a as f64 / b as f64
        }
    };
    scores.source_match = pct(scores.matched, scores.inside);
    scores.precision = pct(scores.attributed_correct, scores.attributed);
    Ok(scores)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_as_the_official_check_counts_them() {
        assert_eq!(
            words("Mr. John Kirby, of the NSC"),
            ["john", "kirby", "nsc"]
        );
        assert_eq!(words("Müller's"), ["m", "ller"]);
    }

    #[test]
    fn scores_a_small_file() {
        let dir = std::env::temp_dir().join(format!("epistemic-attr-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.jsonl");
        // "Kirby said the talks failed." The content is "the talks failed", source "Kirby".
        let text = "Kirby said the talks failed.\n\nIt rained.";
        let line = serde_json::json!({
            "text": text, "primary": true,
            "attributions": [{"source": [{"start": 0, "end": 5, "text": "Kirby"}],
                              "cue": [{"start": 6, "end": 10, "text": "said"}],
                              "content": [{"start": 11, "end": 27, "text": "the talks failed"}]}]
        });
        let secondary = serde_json::json!({"text": "x", "primary": false, "attributions": []});
        std::fs::write(&path, format!("{line}\n{secondary}\n")).unwrap();
        let s = run(&Analyzer::new(), &path, None).unwrap();
        assert_eq!((s.articles, s.inside, s.matched), (1, 1, 1));
        assert_eq!((s.attributed, s.attributed_correct), (1, 1));
        assert_eq!(s.precision, 100.0);
        std::fs::remove_dir_all(&dir).ok();
    }
}
