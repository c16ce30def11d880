use std::time::Instant;
fn main() {
    let text = std::fs::read_to_string("../shared/data/corpus/bbc_news.txt").unwrap();
    let a = epistemic::Analyzer::new();
    for _ in 0..3 {
        let t = Instant::now();
        let s = epistemic::segment::sentences(&text);
        let t1 = t.elapsed();
        let t = Instant::now();
        let r = a.analyze(&text);
        let t2 = t.elapsed();
        let t = Instant::now();
        let j = serde_json::to_vec(&r).unwrap();
        let t3 = t.elapsed();
        let t = Instant::now();
        drop(r);
        let t4 = t.elapsed();
        eprintln!(
            "segment {:?} ({}), analyze {:?}, json {:?} ({} MB), drop {:?}",
            t1,
            s.len(),
            t2,
            t3,
            j.len() >> 20,
            t4
        );
    }
}
