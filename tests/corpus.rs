//! Real text end to end: the BBC News corpus (research use; read from `../shared/data`, never
//! copied here) analyzed whole with every profile, keeping the report's invariants. Skips with a
//! message when the data is absent.

use epistemic::{Analyzer, Options, Profile};

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/data/corpus/bbc_news.txt"
);

#[test]
fn bbc_news_keeps_the_contract_with_every_profile() {
    let Ok(text) = std::fs::read_to_string(CORPUS) else {
        eprintln!("skipping: {CORPUS} not found");
        return;
    };
    for profile in Profile::ALL {
        let report = Analyzer::with_profile(*profile).analyze_with(&text, &Options::explain());
        let mut prev = 0;
        for (i, s) in report.sentences.iter().enumerate() {
            assert_eq!(s.index, i);
            assert!(prev <= s.start && s.start < s.end);
            assert!(text[prev..s.start].trim().is_empty());
            assert_eq!(s.text, &text[s.start..s.end]);
            assert!((0.0..=1.0).contains(&s.certainty));
            for c in &s.cues {
                assert!(s.start <= c.start && c.end <= s.end);
                assert_eq!(c.text, &text[c.start..c.end]);
            }
            if let Some(src) = &s.source {
                assert!(src.id < report.sources.len());
                assert!(report.sources[src.id].sentences.contains(&i));
            }
            prev = s.end;
        }
        assert!(text[prev..].trim().is_empty());
        let attributed: usize = report.sources.iter().map(|s| s.sentences.len()).sum();
        assert_eq!(
            attributed,
            report.sentences.len(),
            "each sentence has exactly one source"
        );
        let uncertain = report.sentences.iter().filter(|s| s.uncertain).count();
        eprintln!(
            "{profile}: {} sentences, {uncertain} uncertain, {} sources",
            report.sentences.len(),
            report.sources.len()
        );
        assert!(
            report.sentences.len() > 40_000,
            "news corpus has many sentences"
        );
        assert!(uncertain > report.sentences.len() / 20 && uncertain < report.sentences.len() / 2);
    }
}
