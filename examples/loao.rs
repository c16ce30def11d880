//! Leave-one-article-out estimate of the science profile on full articles: for each of the
//! CoNLL-2010 biological train articles, the `science-papers.lex` overlay is learned afresh on the
//! other articles (on top of `core.lex`, `reporting.lex` and `science.lex`, read from
//! `lexicons/` at run time, as `scripts/regenerate-science.sh` learns it) and the held-out article
//! is scored; the counts are pooled. The rules of `science.lex` were written with all the train
//! articles in view, so the figure is still optimistic.
//!
//! ```text
//! cargo run --release --example loao -- [--smoothing S] [--label-threshold T] [FILE.jsonl]
//! ```
//!
//! `FILE` defaults to `dev-splits/conll2010_bio_train.train.jsonl` (made by
//! `scripts/devsplit.py`). `--label-threshold` holds every fold at T (the shipped overlay's
//! threshold, say) instead of the threshold each fold's learner picks.

use epistemic::eval::{self, Annotated, HedgeScores};
use epistemic::learn::{self, LearnOptions};
use epistemic::{Analyzer, Lexicon};

const LEXICONS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/lexicons");

fn lexicon(name: &str) -> Lexicon {
    Lexicon::from_path(format!("{LEXICONS}/{name}")).unwrap_or_else(|e| panic!("{e}"))
}

/// The science profile from the files on disk, with `overlay` in the place of science-papers.lex.
fn analyzer(overlay: Option<Lexicon>) -> Analyzer {
    let mut b = Analyzer::builder();
    b.defaults(false);
    for name in ["core.lex", "reporting.lex", "science.lex"] {
        b.lexicon(lexicon(name));
    }
    if let Some(o) = overlay {
        b.lexicon(o);
    }
    b.lexicon(lexicon("science-certainty.lex"));
    b.build()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut options = LearnOptions::default();
    let mut file = format!(
        "{}/dev-splits/conll2010_bio_train.train.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let mut number = || -> f64 {
            it.next()
                .and_then(|v| v.parse().ok())
                .unwrap_or_else(|| panic!("{a} takes a number"))
        };
        match a.as_str() {
            "--smoothing" => options.smoothing = number(),
            "--label-threshold" => options.label_threshold = Some(number()),
            _ => file = a.clone(),
        }
    }
    let data = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
    // The article of each annotated line (`None` for an abstract), in the order of `rows`.
    let mut article = Vec::new();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("JSON line");
        if v["uncertain"].is_boolean() {
            article.push(
                (v["subset"] == "fullarticles").then(|| v["doc_id"].as_str().unwrap().to_string()),
            );
        }
    }
    let rows = eval::parse_annotated(&file, &data).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rows.len(), article.len());
    let mut docs: Vec<&str> = Vec::new();
    for d in article.iter().flatten() {
        if !docs.contains(&d.as_str()) {
            docs.push(d);
        }
    }
    let base = analyzer(None);
    let (mut predicted, mut gold) = (Vec::new(), Vec::new());
    for held in &docs {
        let in_doc = |i: &usize| article[*i].as_deref() == Some(*held);
        let train: Vec<Annotated> = (0..rows.len())
            .filter(|i| article[*i].is_some() && !in_doc(i))
            .map(|i| rows[i].clone())
            .collect();
        let learned = learn::learn(&base, &train, &options);
        let overlay = Lexicon::parse("overlay", &learned.to_lexicon("loao")).expect("overlay");
        let fold = analyzer(Some(overlay));
        let held_rows: Vec<&Annotated> = (0..rows.len()).filter(in_doc).map(|i| &rows[i]).collect();
        let p: Vec<bool> = held_rows
            .iter()
            .map(|r| eval::predict_uncertain(&fold, &r.text))
            .collect();
        let g: Vec<bool> = held_rows.iter().map(|r| r.uncertain).collect();
        let s = HedgeScores::from_labels(&p, &g);
        println!("{held:<18} threshold {:.2}: {s}", learned.label_threshold);
        predicted.extend(p);
        gold.extend(g);
    }
    let s = HedgeScores::from_labels(&predicted, &gold);
    println!("pooled over {} articles: {s}", docs.len());
}
