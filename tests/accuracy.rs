//! Accuracy on the dev splits of the public corpora in `../shared/data` (never copied here),
//! carved exactly as `scripts/devsplit.py` carves them: every 5th document (in order of first
//! appearance; `doc_id`, else blocks of 50 lines) goes to dev. Floors sit a little under the
//! figures in the README so that a regression fails CI. Skips with a message when the data is
//! absent.

use epistemic::eval::{self, Annotated};
use epistemic::{Analyzer, Profile};
use std::collections::HashMap;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/data");

/// The dev side of a hedge file, or `None` (with a message) when the data is absent.
fn dev_split(file: &str) -> Option<Vec<Annotated>> {
    dev_split_where(file, |_| true)
}

/// The dev side of a hedge file, only the lines that `keep` accepts.
fn dev_split_where(
    file: &str,
    keep: impl Fn(&serde_json::Value) -> bool,
) -> Option<Vec<Annotated>> {
    let path = format!("{DATA}/hedge/{file}");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} not found");
        return None;
    };
    let mut docs: HashMap<String, usize> = HashMap::new();
    let mut dev = String::new();
    for (n, line) in text.lines().enumerate() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        let key = match v.get("doc_id").and_then(|d| d.as_str()) {
            Some(d) if !d.is_empty() => d.to_string(),
            _ => format!("block{}", n / 50),
        };
        let next = docs.len();
        let doc = *docs.entry(key).or_insert(next);
        if doc % 5 == 4 && keep(&v) {
            dev.push_str(line);
            dev.push('\n');
        }
    }
    Some(eval::parse_annotated(&path, &dev).expect("annotated lines"))
}

fn f1(profile: Profile, file: &str) -> Option<f64> {
    let rows = dev_split(file)?;
    let scores = eval::hedge(&Analyzer::with_profile(profile), &rows);
    eprintln!(
        "{file} dev, profile {profile}: F1 {:.1} (P {:.1} R {:.1}, n={})",
        scores.f1, scores.precision, scores.recall, scores.sentences
    );
    Some(scores.f1)
}

#[test]
fn science_on_conll2010_biological_dev() {
    if let Some(f) = f1(Profile::Science, "conll2010_bio_train.jsonl") {
        assert!(
            f >= 90.3,
            "F1 {f:.1} below 90.3 (the CoNLL-2010 best is 86.4)"
        );
    }
}

/// The CoNLL-2010 biological evaluation set is made of full articles, which hedge differently from
/// abstracts and score lower here: a regression guard, not the published mark.
#[test]
fn science_on_conll2010_biological_full_articles_dev() {
    let Some(rows) = dev_split_where("conll2010_bio_train.jsonl", |v| {
        v["subset"] == "fullarticles"
    }) else {
        return;
    };
    let scores = eval::hedge(&Analyzer::with_profile(Profile::Science), &rows);
    eprintln!(
        "conll2010_bio_train.jsonl dev full articles, profile science: F1 {:.1} (P {:.1} R {:.1}, n={})",
        scores.f1, scores.precision, scores.recall, scores.sentences
    );
    // 85.1 here; a rule learned from a dev article once read 87.2 and was taken out, so that
    // this split stays unseen.
    assert!(scores.f1 >= 84.8, "F1 {:.1} on full articles", scores.f1);
}

#[test]
fn wikipedia_on_conll2010_wikipedia_dev() {
    if let Some(f) = f1(Profile::Wikipedia, "conll2010_wiki_train_partial.jsonl") {
        // 63.3 here (the best 2010 system scored 60.2 on the evaluation set).
        assert!(f >= 63.0, "F1 {f:.1} on CoNLL-2010 Wikipedia dev");
    }
}

/// The documents of the CoNLL-2010 biological training set, or `None` when it is absent.
fn conll_bio_documents() -> Option<std::collections::HashSet<String>> {
    let text = std::fs::read_to_string(format!("{DATA}/hedge/conll2010_bio_train.jsonl")).ok()?;
    let doc = |line: &str| {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        v["doc_id"].as_str().unwrap_or_default().to_string()
    };
    Some(text.lines().map(doc).collect())
}

#[test]
fn news_on_szeged_scheme_dev() {
    if let Some(f) = f1(Profile::News, "wiki_szeged_train.jsonl") {
        assert!(f >= 80.0, "Szeged Wikipedia: F1 {f:.1} below 80");
    }
    // Only the documents of the CoNLL-2010 biological training set: the ten 2009 papers beside
    // them are most likely CoNLL-2010 evaluation articles, held back (see scripts/devsplit.py).
    let Some(known) = conll_bio_documents() else {
        eprintln!("skipping the Szeged biological file: the CoNLL-2010 biological file is absent");
        return;
    };
    let keep = |v: &serde_json::Value| v["doc_id"].as_str().is_some_and(|d| known.contains(d));
    if let Some(rows) = dev_split_where("szeged_bio_typed_train.jsonl", keep) {
        let s = eval::hedge(&Analyzer::with_profile(Profile::News), &rows);
        eprintln!("szeged_bio_typed_train.jsonl dev (CoNLL training documents), profile news: {s}");
        assert!(s.f1 >= 80.0, "Szeged biomedical: F1 {:.1} below 80", s.f1);
    }
}

#[test]
fn science_certainty_tracks_human_ratings() {
    let path = format!("{DATA}/certainty/pei_jurgens_sentence_trainval.jsonl");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let analyzer = Analyzer::with_profile(Profile::Science);
    let (mut pred, mut gold) = (Vec::new(), Vec::new());
    for line in text.lines() {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        if v["split"] != "val" {
            continue;
        }
        let t: String = v["text"]
            .as_str()
            .unwrap()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let r = analyzer.analyze(&t);
        let n = r.sentences.len().max(1) as f64;
        pred.push(r.sentences.iter().map(|s| s.certainty).sum::<f64>() / n);
        gold.push(v["certainty"].as_f64().unwrap());
    }
    let r = pearson(&pred, &gold);
    eprintln!(
        "Pei & Jurgens val, profile science: Pearson r {r:.3} (n={})",
        gold.len()
    );
    assert!(r >= 0.63, "Pearson r {r:.3} below 0.63");
}

fn pearson(x: &[f64], y: &[f64]) -> f64 {
    let n = x.len() as f64;
    let (mx, my) = (x.iter().sum::<f64>() / n, y.iter().sum::<f64>() / n);
    let sxy: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let sxx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let syy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    sxy / (sxx * syy).sqrt()
}
