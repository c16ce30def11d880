//! Specification tests for attribution, one per pattern.

use crate::{Analyzer, SourceKind};

fn sources(text: &str) -> Vec<Option<(String, SourceKind)>> {
    Analyzer::new()
        .analyze(text)
        .sentences
        .iter()
        .map(|s| s.source.as_ref().map(|r| (r.name.clone(), r.kind)))
        .collect()
}

#[test]
fn debug_according() {
    let text = "According to Kirby, the talks failed badly last week.";
    let a = Analyzer::new();
    let r = a.analyze(text);
    eprintln!("{:?}", r.sentences[0].cues);
    eprintln!("{:?}", sources(text));
}
