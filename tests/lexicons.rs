//! Every embedded lexicon parses, every profile loads, user lexicons load and report errors
//! with file and line, and the analyzer is safe to share.

use epistemic::{Analyzer, CueKind, ErrorKind, Lexicon, Profile};
use std::io::Write;

#[test]
fn every_embedded_lexicon_parses() {
    for profile in Profile::ALL {
        for &(name, text) in profile.files() {
            let lex = Lexicon::parse(name, text)
                .unwrap_or_else(|e| panic!("embedded lexicon does not parse: {e}"));
            // Profile overlays may hold only settings; the shared files must hold entries.
            if name == "core.lex" || name == "reporting.lex" {
                assert!(!lex.entries().is_empty(), "{name} has no entry");
            }
        }
    }
}

#[test]
fn every_profile_loads_with_hedges_boosters_negators_and_reporting() {
    for profile in Profile::ALL {
        let a = Analyzer::with_profile(*profile);
        assert_eq!(a.profile(), *profile);
        for kind in [
            CueKind::Hedge,
            CueKind::Booster,
            CueKind::Negator,
            CueKind::Reporting,
        ] {
            let n = a.entries().iter().filter(|e| e.kind == kind).count();
            assert!(n > 0, "profile {profile} has no {kind} entry");
        }
        assert_eq!(profile.name().parse::<Profile>().unwrap(), *profile);
    }
    assert!("poetry".parse::<Profile>().is_err());
}

#[test]
fn profiles_differ() {
    let news = Analyzer::with_profile(Profile::News).entries().len();
    let wiki = Analyzer::with_profile(Profile::Wikipedia).entries().len();
    let sci = Analyzer::with_profile(Profile::Science).entries().len();
    assert!(
        news != wiki || news != sci,
        "profiles should not all be the same"
    );
}

#[test]
fn weights_are_in_range() {
    for profile in Profile::ALL {
        for e in Analyzer::with_profile(*profile).entries() {
            assert!((0.0..=1.0).contains(&e.weight), "{} {}", e.cue, e.origin);
            assert!(!e.cue.is_empty() && e.cue == e.cue.trim(), "{:?}", e.origin);
        }
    }
}

#[test]
fn user_lexicon_file_adds_overrides_and_disables() {
    let dir = std::env::temp_dir().join(format!("epistemic-lex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mine.lex");
    let mut f = std::fs::File::create(&path).unwrap();
    writeln!(
        f,
        "# my domain\ntouch and go | hedge | doubt | 0.7\nmay | off"
    )
    .unwrap();
    drop(f);
    let a = Analyzer::builder().lexicon_file(&path).unwrap().build();
    let r = a.analyze("The deal is touch and go. It may rain.");
    assert!(r.sentences[0].uncertain);
    assert!(r.sentences[1].cues.iter().all(|c| c.text != "may"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_user_lexicon_names_file_and_line() {
    let dir = std::env::temp_dir().join(format!("epistemic-badlex-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bad.lex");
    std::fs::write(
        &path,
        "# ok\nfine | hedge | modal | 0.3\nbroken | hedge | modal\n",
    )
    .unwrap();
    let err = Analyzer::builder().lexicon_file(&path).unwrap_err();
    match err.kind() {
        ErrorKind::Lexicon { file, line, .. } => {
            assert!(file.ends_with("bad.lex"));
            assert_eq!(*line, 3);
        }
        other => panic!("unexpected error {other:?}"),
    }
    assert!(err
        .to_string()
        .contains("bad.lex:3: expected `cue | kind | class | weight"));
    let missing = Analyzer::builder()
        .lexicon_file(dir.join("absent.lex"))
        .unwrap_err();
    assert!(missing.to_string().contains("absent.lex"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn analyzer_is_send_sync_clone_and_unwind_safe() {
    fn assert_traits<
        T: Send + Sync + Clone + std::panic::UnwindSafe + std::panic::RefUnwindSafe,
    >() {
    }
    assert_traits::<Analyzer>();
    assert_traits::<epistemic::Report>();
    let a = Analyzer::new();
    let handles: Vec<_> = (0..2)
        .map(|_| {
            let a = a.clone();
            std::thread::spawn(move || a.analyze("It may rain.").sentences.len())
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().unwrap(), 1);
    }
}

#[test]
fn tags_quotes_is_for_reporting_cues_only() {
    let err = epistemic::Lexicon::parse(
        "mine.lex",
        "ok | hedge | modal | 0.3\nperhaps | hedge | epistemic-adverb | 0.5 | tags=quotes\n",
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("mine.lex:2") && msg.contains("tags=quotes"),
        "{msg}"
    );
    assert!(epistemic::Lexicon::parse(
        "mine.lex",
        "gushed | reporting | neutral | 0.5 | tags=quotes\n"
    )
    .is_ok());
}

#[test]
fn tags_headline_is_for_reporting_cues_only() {
    let err = epistemic::Lexicon::parse(
        "mine.lex",
        "surely | booster | certainty | 0.5 | tags=headline\n",
    )
    .unwrap_err();
    let msg = err.to_string();
    assert!(
        msg.contains("mine.lex:1") && msg.contains("tags=headline"),
        "{msg}"
    );
    let lexicon = epistemic::Lexicon::parse(
        "mine.lex",
        "snubs | reporting | neutral | 0.5 | tags=headline\n",
    )
    .unwrap();
    let entries = lexicon.entries();
    let entry = &entries[0];
    assert!(entry.conditions.headline_only && !entry.conditions.quotes_only);
}
