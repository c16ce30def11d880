//! A fuzzer for `Analyzer::analyze`: mutated stretches of real text, and texts made of one short
//! shape repeated thousands of times, under all three profiles, for a number of seconds.
//!
//! ```text
//! cargo run --release --example fuzz -- SECONDS [FILE ...]
//! ```
//!
//! `FILE`s are the text to mutate (default: `examples/briefing.txt`, and the BBC corpus of
//! `../shared/data` when it is there). Every report is checked as `tests/properties.rs` checks
//! one (`tests/common/report_check.rs`: sentences tile the input in order on char boundaries, cues
//! lie inside their sentence, scores are in [0, 1], sources' cues slice the input to their own
//! words, sources list existing sentences). A repeated shape must
//! run at 100 KB/s or better (the analyzer runs at tens of MB/s on real text; a slower shape has
//! met a path that grows faster than its input). A panic, a failed check or a slow input is saved
//! to `fuzz-failure.txt` in the system's temporary directory, and the run stops there.

#[path = "../tests/common/report_check.rs"]
mod report_check;

use epistemic::{Analyzer, Profile};
use std::time::{Duration, Instant};

/// A xorshift generator: the same seed gives the same run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

/// Pieces inserted into the text: quotation marks, tags, breaks, wide spaces, odd characters.
const PIECES: &[&str] = &[
    "\"",
    "\u{201C}",
    "\u{201D}",
    "'",
    "\u{2019}",
    "''",
    " said ",
    " told ",
    " according to ",
    ", he added.",
    ": ",
    "\n\n",
    "\n\n\n",
    " Mr. ",
    " Lord ",
    " it ",
    " its ",
    " may ",
    " not ",
    " (",
    ")",
    "\u{2014}",
    " \u{2013} ",
    "Q: ",
    "A: ",
    " who said ",
    " and said ",
    ", saying ",
    " Kirby ",
    "...",
    "!",
    "?",
    ".",
    ",",
    "\u{0}",
    "\u{200b}",
    "\u{e9}",
    "\u{65e5}\u{672c}",
    "\u{1F642}",
    " \t",
    "\r\n",
    " cannot rule out ",
    " no doubt ",
    "\u{a0}",
    "\u{2009}",
    "\u{202f}",
    "  ",
    " \n",
    "\n ",
    "\u{a0}\u{a0}",
    " not\u{a0}clear ",
    "According\u{a0}to ",
    " most\r\nlikely ",
    "\u{a0}said",
    " \u{2003} ",
];

/// Words that repeated shapes are made of.
const SHAPE_WORDS: &[&str] = &[
    "Smith",
    "Mr",
    "Mr.",
    "he",
    "she",
    "It",
    "They",
    "said",
    "says",
    "told",
    "added",
    "according",
    "to",
    "who",
    "the",
    "firm",
    "may",
    "not",
    "could",
    "clearly",
    "\"",
    "\u{201C}",
    "\u{201D}",
    "''",
    ":",
    ",",
    ".",
    ";",
    "(",
    ")",
    "-",
    "\u{2014}",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "Q:",
    "SMITH:",
    "2003",
    "$20",
    "study",
    "by",
    "Corp",
    "shares",
    "in",
];

fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// A stretch of one of the texts, mutated up to a dozen times.
fn mutated(rng: &mut Rng, corpus: &[String]) -> String {
    let src = &corpus[rng.below(corpus.len())];
    let start = floor(src, rng.below(src.len()));
    let stop = floor(src, start + 1 + rng.below(4000));
    let mut s = src[start..stop].to_string();
    for _ in 0..rng.below(12) {
        let at = floor(&s, rng.below(s.len() + 1));
        match rng.below(5) {
            0 => s.insert_str(at, rng.pick(PIECES)),
            1 => {
                let b = floor(&s, at + rng.below(40));
                s.replace_range(at..b, "");
            }
            2 => {
                let o = &corpus[rng.below(corpus.len())];
                let a = floor(o, rng.below(o.len()));
                let b = floor(o, a + rng.below(300));
                s.insert_str(at, &o[a..b]);
            }
            3 => {
                let b = floor(&s, at + rng.below(20));
                let up = s[at..b].to_uppercase();
                s.replace_range(at..b, &up);
            }
            _ => {
                // The spaces of a stretch made no-break, thin, double or line breaks.
                let b = floor(&s, at + rng.below(200));
                let wide = rng.pick(&["\u{a0}", "\u{2009}", "  ", "\r\n"]);
                let t = s[at..b].replace(' ', wide);
                s.replace_range(at..b, &t);
            }
        }
    }
    s
}

/// One shape of one to six words and pieces, repeated to 64–256 KB.
fn repeated(rng: &mut Rng) -> String {
    let mut shape = String::new();
    for _ in 0..1 + rng.below(6) {
        shape.push_str(rng.pick(SHAPE_WORDS));
        shape.push_str(rng.pick(&[" ", " ", " ", "", ". ", ", ", "\n"]));
    }
    let size = (64 << 10) << rng.below(3);
    shape.repeat(size / shape.len() + 1)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(secs) = args.first().and_then(|a| a.parse::<u64>().ok()) else {
        eprintln!("usage: fuzz SECONDS [FILE ...]");
        std::process::exit(2);
    };
    let mut files: Vec<String> = args[1..].to_vec();
    if files.is_empty() {
        let root = env!("CARGO_MANIFEST_DIR");
        files.push(format!("{root}/examples/briefing.txt"));
        let bbc = format!("{root}/../shared/data/corpus/bbc_news.txt");
        if std::path::Path::new(&bbc).exists() {
            files.push(bbc);
        }
    }
    let corpus: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}")))
        .filter(|t| !t.is_empty())
        .collect();
    assert!(!corpus.is_empty(), "no text to mutate");
    let analyzers = [
        Analyzer::with_profile(Profile::News),
        Analyzer::with_profile(Profile::Science),
        Analyzer::with_profile(Profile::Wikipedia),
    ];
    let failure = std::env::temp_dir().join("fuzz-failure.txt");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15 ^ secs);
    let end = Instant::now() + Duration::from_secs(secs);
    let (mut inputs, mut bytes, mut shapes) = (0u64, 0u64, 0u64);
    while Instant::now() < end {
        let shape = rng.below(20) == 0;
        let s = if shape {
            repeated(&mut rng)
        } else {
            mutated(&mut rng, &corpus)
        };
        let a = &analyzers[rng.below(analyzers.len())];
        let started = Instant::now();
        let report = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| a.analyze(&s)));
        let took = started.elapsed();
        // (A failed check panics too; the panic's message is printed as it happens.)
        let checked =
            report.and_then(|r| std::panic::catch_unwind(|| report_check::check_report(&s, &r)));
        let problem = checked
            .is_err()
            .then(|| "panicked or failed a check".to_string())
            .or_else(|| {
                // 100 KB/s, with a tenth of a second's allowance for a slow start.
                (shape && took.as_secs_f64() > 0.1 + s.len() as f64 / 100_000.0)
                    .then(|| format!("took {took:?} for {} bytes", s.len()))
            });
        if let Some(problem) = problem {
            std::fs::write(&failure, &s).expect("failure file");
            eprintln!("{problem}; input saved to {}", failure.display());
            std::process::exit(1);
        }
        inputs += 1;
        shapes += u64::from(shape);
        bytes += s.len() as u64;
    }
    println!("{inputs} inputs ({shapes} repeated shapes), {bytes} bytes, no failure");
}
