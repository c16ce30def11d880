//! Attribution end to end on `examples/briefing.txt`, the README's example: every sentence gets
//! the right source (or none, for the author's own voice), and the per-source summary holds.

use epistemic::{Analyzer, Commitment, Report, SourceKind};

const BRIEFING: &str = include_str!("../examples/briefing.txt");

fn briefing() -> Report {
    Analyzer::new().analyze(BRIEFING)
}

/// Expected (sentence start, source name, kind); `None` for the author.
const EXPECTED: &[(&str, Option<(&str, SourceKind)>)] = &[
    (
        "Russia seeks North Korean shells",
        Some(("White House", SourceKind::Organization)),
    ),
    (
        "WASHINGTON, Nov. 14",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "\"We believe the visit",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "\"Moscow is running short",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "It is turning to the few partners",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "There is no question",
        Some(("John Kirby", SourceKind::Person)),
    ),
    ("He added that", Some(("John Kirby", SourceKind::Person))),
    (
        "A US official told CBS News",
        Some(("A US official", SourceKind::Anonymous)),
    ),
    (
        "Sources told the Washington Post",
        Some(("Sources", SourceKind::Anonymous)),
    ),
    (
        "North Korea's foreign ministry",
        Some(("North Korea's foreign ministry", SourceKind::Organization)),
    ),
    ("The two countries signed", None),
    ("Since then, trains", None),
    ("The shipments could", None),
    (
        "According to the Institute",
        Some((
            "the Institute for the Study of War",
            SourceKind::Organization,
        )),
    ),
    (
        "\"We are not going to speculate",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "\"What we can say",
        Some(("John Kirby", SourceKind::Person)),
    ),
    (
        "Thae Yong-ho, who served",
        Some(("Thae Yong-ho", SourceKind::Person)),
    ),
    ("Ukraine's forces, by contrast", None),
    ("Kim Jong Un has not commented", None),
];

#[test]
fn every_sentence_of_the_briefing_has_the_right_source() {
    let report = briefing();
    let got: Vec<(&str, Option<(&str, SourceKind)>)> = report
        .sentences
        .iter()
        .map(|s| {
            let start = EXPECTED
                .iter()
                .map(|(p, _)| *p)
                .find(|p| s.text.starts_with(p))
                .unwrap_or(s.text.as_str());
            (start, s.source.as_ref().map(|r| (r.name.as_str(), r.kind)))
        })
        .collect();
    assert_eq!(got, EXPECTED);
}

#[test]
fn the_briefing_keeps_relays_quotes_and_commitments() {
    let report = briefing();
    let find = |prefix: &str| {
        report
            .sentences
            .iter()
            .find(|s| s.text.starts_with(prefix))
            .and_then(|s| s.source.as_ref())
            .unwrap()
    };
    assert_eq!(find("A US official").via.as_deref(), Some("CBS News"));
    assert_eq!(
        find("Sources told").via.as_deref(),
        Some("the Washington Post")
    );
    assert_eq!(find("Thae Yong-ho").via.as_deref(), Some("the BBC"));
    let denial = find("North Korea's foreign ministry");
    assert_eq!(denial.cue.as_ref().unwrap().commitment, Commitment::Deny);
    assert_eq!(find("It is turning").as_written.as_deref(), Some("he"));
    assert!(
        find("It is turning").quoted,
        "inside the multi-sentence quote"
    );
    assert!(
        find("\"We are not going").quoted,
        "the open paragraph of a multi-paragraph quote"
    );
    assert!(!find("He added").quoted);
}

#[test]
fn the_briefing_lists_its_sources() {
    let report = briefing();
    let author = &report.sources[0];
    assert_eq!(
        (author.name.as_str(), author.kind),
        ("author", SourceKind::Author)
    );
    assert_eq!(author.sentences.len(), 5);
    let kirby = report
        .sources
        .iter()
        .find(|s| s.name == "John Kirby")
        .unwrap();
    assert_eq!(kirby.sentences.len(), 8);
    assert!(kirby.aliases.iter().any(|a| a == "he"));
    assert!(kirby.aliases.iter().any(|a| a == "Kirby"));
    assert!(kirby
        .descriptors
        .iter()
        .any(|d| d.contains("National Security Council spokesman")));
    assert_eq!(kirby.reporting_cues, ["said", "told", "added"]);
    let thae = report
        .sources
        .iter()
        .find(|s| s.name == "Thae Yong-ho")
        .unwrap();
    assert_eq!(
        thae.descriptors,
        ["who served as North Korea's deputy ambassador to London"]
    );
    for (i, s) in report.sources.iter().enumerate() {
        assert_eq!(s.id, i);
        assert!((0.0..=1.0).contains(&s.certainty));
        for &k in &s.sentences {
            let r = report.sentences[k].source.as_ref();
            assert_eq!(
                r.map_or(0, |r| r.id),
                i,
                "sentence {k} points back at its source"
            );
        }
    }
    let covered: usize = report.sources.iter().map(|s| s.sentences.len()).sum();
    assert_eq!(covered, report.sentences.len());
}

#[test]
fn the_briefing_json_has_the_contract_fields() {
    let json = serde_json::to_value(briefing()).unwrap();
    let sentences = json["sentences"].as_array().unwrap();
    assert!(sentences.iter().any(|s| s["source"].is_null()));
    let s = &sentences[1]["source"];
    assert_eq!(s["name"], "John Kirby");
    assert_eq!(s["kind"], "person");
    assert_eq!(s["cue"]["commitment"], "neutral");
    let src = &json["sources"][0];
    for key in [
        "name",
        "kind",
        "sentences",
        "certainty",
        "hedges",
        "boosters",
        "aliases",
    ] {
        assert!(src.get(key).is_some(), "sources[0].{key}");
    }
}

/// PolNeAR dev articles (`split` = "dev", read from `../shared/data`, never copied here): source
/// match and precision stay at or above floors a little under the README's figures, so that a
/// regression fails. Skips with a message when the data is absent.
#[test]
fn polnear_dev_floors() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/attribution/polnear_traindev.jsonl"
    );
    let Ok(all) = std::fs::read_to_string(path) else {
        eprintln!("skipping: {path} not found");
        return;
    };
    let dev: String = all
        .lines()
        .filter(|l| l.contains("\"split\": \"dev\"") || l.contains("\"split\":\"dev\""))
        .map(|l| format!("{l}\n"))
        .collect();
    assert!(!dev.is_empty(), "no dev articles in {path}");
    let tmp = std::env::temp_dir().join(format!(
        "epistemic-polnear-dev-{}.jsonl",
        std::process::id()
    ));
    std::fs::write(&tmp, dev).expect("temporary file");
    let scores = epistemic::eval::attribution::run(&Analyzer::new(), &tmp, None);
    let _ = std::fs::remove_file(&tmp);
    let scores = scores.expect("PolNeAR dev");
    eprintln!(
        "PolNeAR dev: source match {:.1}% of {}, precision {:.1}% of {}",
        scores.source_match, scores.inside, scores.precision, scores.attributed
    );
    assert!(
        scores.source_match >= 82.8,
        "source match {:.1}",
        scores.source_match
    );
    // (88.7 until 2026-12-04, when a short quotation with a long tag, "'No,' said Obama.",
    // and a report whose source carries a descriptor, "Ian McCafferty, chief economist at the
    // CBI, said …", went to their speakers: the measure counts a sentence whose gold content
    // covers less than half of it as one no annotation gives a source, though the gold gives
    // its content to that very source, as it does for the 33 dev sentences that moved; see
    // the README.)
    // (86.6 until 2026-12-06, when a quotation's hearer after "told" stopped counting against
    // its share, by the same reasoning: "'Look, it's a phony system,' Trump told Bill O'Reilly
    // of Fox News this week." is Trump's, 1,260 of 1,455 = 86.597%, the only dev sentence that
    // moved.)
    // (86.5 until 2026-12-06's twentieth sitting, by the same reasoning again: where a named
    // person works after the name left "Dan McLaughlin at the National Review agreed with
    // Matthews about the winner." to the author, and "telling" with its hearer and "that"
    // reported nothing in "Trump and has aides have also had choice words for future debate
    // moderators, telling O'Reilly that "I'm not okay with Anderson Cooper …"". Both are now
    // their speakers', whose words they report, and no gold content covers half of either:
    // 1,260 of 1,457 = 86.48%, no match lost.)
    // (Still 86.4 at the twenty-sixth sitting, with one more sentence attributed that no gold
    // content covers half of: "Donald Trump is telling a veterans group that the United States'
    // military is “depleted” and says he will expand …", Trump's by reading, since "is telling"
    // reports as "told" does: 1,260 of 1,458 = 86.42%.)
    // (86.4 until 2026-12-07's twenty-eighth sitting, when a body's initials came to name the
    // body named in full before them: "The IMF expects that U.S. output will expand …" after
    // "The International Monetary Fund announced …" is one source, the International Monetary
    // Fund, where it had been two. The measure compares the words of the canonical name with
    // those of the gold source as written, "The IMF", and no word is shared: the four dev
    // sentences whose gold names a body by its initials after its full name (three of the IMF,
    // one of "CNS") no longer match, though each has the body that the gold names; 1,256 of
    // 1,458 = 86.15%. BBC: 52 sentences moved, each to the body its initials stand for.)
    assert!(
        scores.precision >= 86.1,
        "precision {:.1}",
        scores.precision
    );
}
