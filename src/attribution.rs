//! Attribution: who asserts each sentence (placeholder: every sentence is the author's).

use crate::lexicon::{CueKind, Entry};
use crate::matcher::Hit;
use crate::report::{Sentence, Source, SourceKind};

/// Fills in `source` for every sentence and returns the per-source summary.
///
/// `reporting[i]` holds the reporting cues found in sentence `i`, with their entry index into
/// `entries`.
pub(crate) fn attribute(
    _text: &str,
    sentences: &mut [Sentence],
    _reporting: &[Vec<Hit>],
    _entries: &[Entry],
) -> Vec<Source> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let mut author = Source {
        id: 0,
        name: "author".into(),
        kind: SourceKind::Author,
        aliases: Vec::new(),
        descriptors: Vec::new(),
        sentences: Vec::new(),
        certainty: 0.0,
        hedges: 0,
        boosters: 0,
        reporting_cues: Vec::new(),
        via: None,
    };
    let mut sum = 0.0;
    for s in sentences.iter() {
        author.sentences.push(s.index);
        sum += s.certainty;
        author.hedges += s.cues.iter().filter(|c| c.kind == CueKind::Hedge).count();
        author.boosters += s.cues.iter().filter(|c| c.kind == CueKind::Booster).count();
    }
    author.certainty = sum / sentences.len() as f64;
    vec![author]
}
