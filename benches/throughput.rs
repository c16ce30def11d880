//! Throughput of `Analyzer::analyze` on real text, in bytes per second.
//!
//! Reads `../shared/data/corpus/bbc_news.txt` (BBC News, research use; never committed) when it is
//! present, and falls back to the bundled example article repeated to about 1 MB.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use epistemic::{Analyzer, Options, Profile};

fn corpus() -> (&'static str, String) {
    match std::fs::read_to_string("../shared/data/corpus/bbc_news.txt") {
        Ok(text) => ("bbc_news", text),
        Err(_) => {
            eprintln!("../shared/data/corpus/bbc_news.txt not found: using examples/briefing.txt");
            let one = include_str!("../examples/briefing.txt");
            ("briefing_x", one.repeat((1 << 20) / one.len().max(1) + 1))
        }
    }
}

fn throughput(c: &mut Criterion) {
    let (name, text) = corpus();
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    for profile in Profile::ALL {
        let analyzer = Analyzer::with_profile(*profile);
        group.bench_with_input(BenchmarkId::new(profile.name(), name), &text, |b, t| {
            b.iter(|| analyzer.analyze(t))
        });
    }
    let analyzer = Analyzer::new();
    let core_only = Options::default().with_attribution(false);
    group.bench_with_input(
        BenchmarkId::new("news-no-attribution", name),
        &text,
        |b, t| b.iter(|| analyzer.analyze_with(t, &core_only)),
    );
    group.finish();
}

criterion_group!(benches, throughput);
criterion_main!(benches);
