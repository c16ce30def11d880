//! Specification cases: text in, expected cues, labels and rejections out.
//!
//! The cases live in `tests/spec/*.txt`, one block per case, blocks separated by blank lines:
//!
//! ```text
//! # what the case shows (the name)
//! profile: science            (optional; default news)
//! > The sentence to analyze.
//! uncertain: yes|no           (label of the sentence; every sentence when the text has several)
//! cues: hedge "may", booster "clearly"   (exactly these hedges/boosters, in order; `none` for none)
//! negated: "clearly"          (optional: these cues are negated)
//! rejected: "May"             (optional: these candidates are rejected, with --explain)
//! order: descending certainty (optional: each sentence less certain than the one before)
//! ```

use epistemic::{Analyzer, CueKind, Options, Profile, Report};
use std::collections::BTreeMap;

#[derive(Debug, Default)]
struct Case {
    file: String,
    line: usize,
    name: String,
    profile: Option<String>,
    text: String,
    expect: Vec<(String, String, usize)>,
}

fn parse_cases(file: &str, data: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    let mut cur = Case::default();
    let flush = |cur: &mut Case, cases: &mut Vec<Case>| {
        if !cur.text.is_empty() {
            cases.push(std::mem::take(cur));
        } else {
            assert!(
                cur.expect.is_empty(),
                "{}:{}: case without `> text`",
                file,
                cur.line
            );
            *cur = Case::default();
        }
    };
    for (i, line) in data.lines().enumerate() {
        let line = line.trim_end();
        if line.is_empty() {
            flush(&mut cur, &mut cases);
            continue;
        }
        if cur.line == 0 {
            cur.line = i + 1;
            cur.file = file.to_string();
        }
        if let Some(name) = line.strip_prefix("# ") {
            cur.name = name.to_string();
        } else if let Some(text) = line.strip_prefix("> ") {
            if !cur.text.is_empty() {
                cur.text.push('\n');
            }
            cur.text.push_str(text);
        } else if let Some((k, v)) = line.split_once(':') {
            let k = k.trim().to_string();
            if k == "profile" {
                cur.profile = Some(v.trim().to_string());
            } else {
                cur.expect.push((k, v.trim().to_string(), i + 1));
            }
        } else {
            panic!("{file}:{}: cannot read {line:?}", i + 1);
        }
    }
    flush(&mut cur, &mut cases);
    cases
}

/// `hedge "may", booster "clearly"` -> [("hedge", "may"), ("booster", "clearly")]
fn quoted_list(v: &str) -> Vec<(String, String)> {
    if v == "none" {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut rest = v;
    while let Some(q) = rest.find('"') {
        let label = rest[..q].trim().trim_start_matches(',').trim().to_string();
        let close = rest[q + 1..].find('"').expect("closing quote") + q + 1;
        out.push((label, rest[q + 1..close].to_string()));
        rest = &rest[close + 1..];
    }
    out
}

fn check(case: &Case, analyzers: &BTreeMap<String, Analyzer>) -> Result<(), String> {
    let analyzer = &analyzers[case.profile.as_deref().unwrap_or("news")];
    let report: Report = analyzer.analyze_with(&case.text, &Options::explain());
    let cues: Vec<_> = report.sentences.iter().flat_map(|s| &s.cues).collect();
    for (key, value, line) in &case.expect {
        let at = format!("{}:{} ({})", case.file, line, case.name);
        match key.as_str() {
            "uncertain" => {
                let want = value == "yes";
                for s in &report.sentences {
                    if s.uncertain != want {
                        return Err(format!(
                            "{at}: {:?} uncertain={} (want {want}); cues {:?}",
                            s.text,
                            s.uncertain,
                            s.cues.iter().map(|c| (&c.text, c.kind)).collect::<Vec<_>>()
                        ));
                    }
                }
            }
            "cues" => {
                let want = quoted_list(value);
                let got: Vec<(String, String)> = cues
                    .iter()
                    .map(|c| {
                        let k = if c.kind == CueKind::Hedge {
                            "hedge"
                        } else {
                            "booster"
                        };
                        (k.to_string(), c.text.clone())
                    })
                    .collect();
                if got != want {
                    return Err(format!("{at}: cues {got:?}, want {want:?}"));
                }
            }
            "negated" => {
                for (_, cue) in quoted_list(value) {
                    if !cues.iter().any(|c| c.text == cue && c.negated) {
                        return Err(format!("{at}: {cue:?} is not a negated cue"));
                    }
                }
            }
            "rejected" => {
                for (_, cue) in quoted_list(value) {
                    let found = report
                        .sentences
                        .iter()
                        .flat_map(|s| &s.rejected)
                        .any(|r| r.text == cue);
                    if !found {
                        return Err(format!("{at}: {cue:?} was not rejected"));
                    }
                }
            }
            "order" if value == "descending certainty" => {
                let c: Vec<f64> = report.sentences.iter().map(|s| s.certainty).collect();
                if c.len() < 2 || c.windows(2).any(|w| w[0] <= w[1]) {
                    return Err(format!("{at}: certainties {c:?} do not descend"));
                }
            }
            other => return Err(format!("{at}: unknown expectation {other:?}")),
        }
    }
    Ok(())
}

#[test]
fn specification_cases() {
    let analyzers: BTreeMap<String, Analyzer> = Profile::ALL
        .iter()
        .map(|p| (p.name().to_string(), Analyzer::with_profile(*p)))
        .collect();
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/spec");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/spec exists")
        .map(|e| e.expect("readable dir").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    let (mut total, mut failures) = (0, Vec::new());
    for path in paths {
        let data = std::fs::read_to_string(&path).expect("readable case file");
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        for case in parse_cases(&name, &data) {
            total += 1;
            if let Err(e) = check(&case, &analyzers) {
                failures.push(e);
            }
        }
    }
    assert!(total > 0, "no cases found");
    assert!(
        failures.is_empty(),
        "{} of {total} cases fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A phrase whose words a no-break space, a thin space, two spaces or a carriage return and a line
/// break hold apart is the same cue ("not\u{a0}clear" is web text's "not clear"), and so is a
/// reporting phrase ("According\u{a0}to the harbor board", the board that spoke before); the cue's text is as written. (Not
/// writable in the `.txt` cases: the spaces would not show.)
#[test]
fn phrases_across_wide_spaces() {
    let report = Analyzer::new().analyze(
        "The results are not\u{a0}clear to the riders. The harbor board said on Tuesday that it \
         cannot\r\nrule out more delays for the island riders this winter. According\u{a0}to the harbor board, the ferry will run late all winter \
         for the island riders. It will most  likely run late.",
    );
    let cues: Vec<Vec<&str>> = report
        .sentences
        .iter()
        .map(|s| s.cues.iter().map(|c| c.text.as_str()).collect())
        .collect();
    assert_eq!(
        cues,
        [
            vec!["not\u{a0}clear"],
            vec!["cannot\r\nrule out"],
            vec!["will"],
            vec!["will", "most  likely"],
        ]
    );
    assert!(report.sentences[0].uncertain && report.sentences[1].uncertain);
    let source = report.sentences[2].source.as_ref().expect("a source");
    assert_eq!(source.name, "The harbor board");
    assert_eq!(
        source.cue.as_ref().map(|c| c.text.as_str()),
        Some("According\u{a0}to")
    );
}

/// A phrase across a line break that parts two sentences (a heading's line) is no cue, and the
/// cue inside it stays with its sentence.
#[test]
fn no_phrase_across_a_sentence_break() {
    let report = Analyzer::new().analyze("Rain Most\r\nlikely to fall on the island today.");
    let cues: Vec<Vec<&str>> = report
        .sentences
        .iter()
        .map(|s| s.cues.iter().map(|c| c.text.as_str()).collect())
        .collect();
    assert_eq!(cues, [vec![], vec!["likely"]]);
}
