use std::time::Instant;
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or("/work/shared/data/corpus/bbc_news.txt".into());
    let text = std::fs::read_to_string(path).unwrap();
    let a = epistemic::Analyzer::new();
    let no = epistemic::Options {
        attribution: false,
        ..Default::default()
    };
    let mut best = f64::MAX;
    let mut best_no = f64::MAX;
    for _ in 0..5 {
        let t = Instant::now();
        let r = a.analyze(&text);
        best = best.min(t.elapsed().as_secs_f64());
        drop(r);
        let t = Instant::now();
        let r = a.analyze_with(&text, &no);
        best_no = best_no.min(t.elapsed().as_secs_f64());
        drop(r);
    }
    eprintln!(
        "analyze best of 5: {:.1} ms ({:.1} MB/s); without attribution {:.1} ms",
        best * 1e3,
        text.len() as f64 / best / 1e6,
        best_no * 1e3
    );
}
