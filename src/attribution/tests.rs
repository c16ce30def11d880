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
#[allow(dead_code)]
fn debug_according() {
    let text = "According to Kirby, the talks failed badly last week.";
    let a = Analyzer::new();
    let r = a.analyze(text);
    eprintln!("{:?}", r.sentences[0].cues);
    eprintln!("{:?}", sources(text));
}

#[test]
#[ignore = "timing probe on the BBC corpus; run in release with --ignored --nocapture"]
fn timing_probe() {
    let Ok(text) = std::fs::read_to_string("../shared/data/corpus/bbc_news.txt") else {
        return;
    };
    let t = std::time::Instant::now();
    let q = super::quotes::scan(&text);
    eprintln!("quotes::scan {:?} ({} quotes)", t.elapsed(), q.len());
    let a = Analyzer::new();
    let t = std::time::Instant::now();
    let r = a.analyze(&text);
    eprintln!("analyze {:?} ({} sentences)", t.elapsed(), r.sentences.len());
    let t = std::time::Instant::now();
    let s = serde_json::to_string(&r).unwrap();
    eprintln!("json {:?} ({} bytes)", t.elapsed(), s.len());
}
