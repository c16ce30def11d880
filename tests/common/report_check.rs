//! The checks every report must pass, whatever its input (the JSON contract's offsets and
//! ranges): shared by `tests/properties.rs` and `examples/fuzz.rs`.

use epistemic::Report;

/// Panics unless `r` is a well-formed report of `text`: sentences in order on char boundaries,
/// tiling the text up to ASCII white space, trimmed; cues and their scopes inside their sentence;
/// scores in [0, 1]; sources' cues slicing the text to their own words; sources listing existing
/// sentences.
pub fn check_report(text: &str, r: &Report) {
    let mut prev = 0;
    for (i, s) in r.sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert!(prev <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        // The JSON contract (../shared/tools/check_contract.py reads the offsets as bytes):
        // only ASCII white space lies between sentences; a no-break space stays inside one.
        assert!(
            text[prev..s.start].trim_ascii().is_empty(),
            "gap is not ASCII white space"
        );
        assert_eq!(s.text, &text[s.start..s.end]);
        assert_eq!(s.text.trim_ascii(), s.text, "sentence is trimmed");
        assert!((0.0..=1.0).contains(&s.certainty) && (0.0..=1.0).contains(&s.hedge_strength));
        for c in &s.cues {
            assert!(s.start <= c.start && c.start < c.end && c.end <= s.end);
            assert_eq!(c.text, &text[c.start..c.end]);
            assert!(s.span().contains(c.scope));
        }
        if let Some(src) = &s.source {
            assert!(src.id < r.sources.len());
        }
        // A source's cue, and a reported one's, quote the text where they stand.
        for src in [&s.source, &s.reported].into_iter().flatten() {
            if let Some(c) = &src.cue {
                assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
            }
        }
        prev = s.end;
    }
    if r.sentences.is_empty() {
        assert!(text.trim().is_empty(), "text without a sentence");
    } else {
        assert!(
            text[prev..].trim_ascii().is_empty(),
            "text after the last sentence"
        );
    }
    for src in &r.sources {
        assert!((0.0..=1.0).contains(&src.certainty));
        assert!(src.sentences.iter().all(|&i| i < r.sentences.len()));
    }
}
