//! Sentence segmentation (placeholder until the segmenter lands).

use crate::span::Span;

/// Splits `text` into sentence spans that tile it (see module docs).
pub fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            if !text[start..=i].trim().is_empty() {
                out.push(Span::new(start, i + 1));
            }
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(Span::new(start, text.len()));
    }
    out
}
