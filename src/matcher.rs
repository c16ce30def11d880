//! Cue matching: one automaton over every cue of every kind, run once over the whole document.
//!
//! Matching runs over a *folded* copy of the text, byte for byte the same length (so offsets
//! stay those of the input): ASCII letters are lower-cased, and every byte of a character that is
//! not a letter, digit or `_` becomes a space. Cues are folded the same way and padded with a
//! space on each side, so a leftmost-longest automaton finds exactly the cues that stand on word
//! boundaries ("may" never fires inside "Mayor", "so" never inside "also"), the longest first
//! ("not clear" over "not", but "not" and "clearly" in "not clearly"), with no second pass.
//! Line breaks and punctuation inside a phrase match its spaces ("most\nlikely", "and/or");
//! curly apostrophes are matched by pattern variants.

use crate::lexicon::Entry;
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};

/// A candidate cue found in the text: where, and which entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    /// Index into the analyzer's entry table.
    pub entry: u32,
}

/// The compiled matcher.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    automaton: AhoCorasick,
    /// Pattern id -> entry index.
    pattern_entry: Vec<u32>,
}

impl Matcher {
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut patterns: Vec<Vec<u8>> = Vec::new();
        let mut seen: std::collections::HashSet<Vec<u8>> = std::collections::HashSet::new();
        let mut pattern_entry = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let mut variants = vec![e.cue.clone()];
            if e.cue.contains('\'') {
                variants.push(e.cue.replace('\'', "\u{2019}"));
            }
            for v in variants {
                let mut p = Vec::with_capacity(v.len() + 2);
                p.push(b' ');
                fold_into(&v, &mut p);
                p.push(b' ');
                if p.iter().all(|&b| b == b' ') {
                    continue; // a cue of punctuation only can never stand between boundaries
                }
                // The first entry for a pattern wins (entries are sorted by cue, then kind);
                // a reporting entry sharing it is found through `Analyzer`'s `also_reporting`.
                if seen.insert(p.clone()) {
                    patterns.push(p);
                    pattern_entry.push(i as u32);
                }
            }
        }
        // Every pattern starts with a space, so a start-byte prefilter only finds spaces: off.
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .build(&patterns)
            .or_else(|_| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(&patterns)
            })
            .expect("cue automaton builds: patterns are bounded in size");
        Matcher {
            automaton,
            pattern_entry,
        }
    }

    /// Every cue occurrence on word boundaries, in order, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut haystack = Vec::with_capacity(text.len() + 2);
        haystack.push(b' ');
        fold_into(text, &mut haystack);
        haystack.push(b' ');
        let mut hits = Vec::new();
        let mut pos = 0;
        while let Some(m) = self
            .automaton
            .find(Input::new(&haystack).span(pos..haystack.len()))
        {
            // Pattern " cue " at [s, e) of the haystack is the cue at [s, e - 2) of the text.
            hits.push(Hit {
                span: Span::new(m.start(), m.end() - 2),
                entry: self.pattern_entry[m.pattern().as_usize()],
            });
            // The closing space may open the next cue.
            pos = m.end() - 1;
        }
        hits
    }
}

/// Byte class of ASCII: letters lower-cased, digits and `_` kept, everything else a space.
const ASCII_FOLD: [u8; 128] = {
    let mut t = [b' '; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() || b == b'_' {
            t[i] = b.to_ascii_lowercase();
        }
        i += 1;
    }
    t
};

/// Appends the folded copy of `s` to `out`: same length, see the module docs.
fn fold_into(s: &str, out: &mut Vec<u8>) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII go through the table without decoding.
        let run = bytes[i..]
            .iter()
            .position(|b| !b.is_ascii())
            .unwrap_or(bytes.len() - i);
        out.extend(bytes[i..i + run].iter().map(|&b| ASCII_FOLD[b as usize]));
        i += run;
        if i >= bytes.len() {
            break;
        }
        // A multi-byte character: kept when it is a word character, else spaces.
        let c = s[i..].chars().next().unwrap_or(' ');
        let n = c.len_utf8();
        if is_word_char(c) {
            out.extend_from_slice(&bytes[i..i + n]);
        } else {
            out.extend(std::iter::repeat_n(b' ', n));
        }
        i += n;
    }
}

/// True when a word character is a letter, digit or underscore.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    fn matches(lex: &str, text: &str) -> Vec<String> {
        let entries = Lexicon::parse("t", lex).unwrap().entries();
        let m = Matcher::new(&entries);
        m.find_all(text)
            .into_iter()
            .map(|h| text[h.span.range()].to_string())
            .collect()
    }

    const LEX: &str = "may | hedge | modal | 0.5\nso | hedge | - | 0.1\nnot | negator | - | 0\n\
                       not clear | hedge | doubt | 0.6\nclearly | booster | certainty | 0.5\n\
                       couldn't | negator | - | 0\nmost likely | hedge | probable | 0.6\n\
                       or not | hedge | - | 0.2\nnot sure | hedge | doubt | 0.6\n";

    #[test]
    fn word_boundaries() {
        assert_eq!(matches(LEX, "The Mayor also may go."), ["may"]);
        assert_eq!(matches(LEX, "dismay, mayhem, MAY"), ["MAY"]);
    }

    #[test]
    fn longest_then_shorter_on_boundary_failure() {
        assert_eq!(matches(LEX, "It is not clear."), ["not clear"]);
        assert_eq!(
            matches(LEX, "It is not clearly so."),
            ["not", "clearly", "so"]
        );
    }

    #[test]
    fn rejected_candidate_does_not_hide_a_later_one() {
        // "or not" inside "for not" is rejected; "not sure" starting inside it still fires.
        assert_eq!(matches(LEX, "for not sure"), ["not sure"]);
    }

    #[test]
    fn curly_apostrophes_and_line_breaks() {
        assert_eq!(matches(LEX, "He couldn\u{2019}t."), ["couldn\u{2019}t"]);
        assert_eq!(matches(LEX, "It is most\nlikely."), ["most\nlikely"]);
        assert_eq!(matches(LEX, "It is most\tLikely."), ["most\tLikely"]);
        assert_eq!(matches(LEX, "It is most, likely."), Vec::<String>::new());
    }

    #[test]
    fn adjacent_cues_share_a_boundary() {
        assert_eq!(matches(LEX, "may may,may"), ["may", "may", "may"]);
        assert_eq!(matches(LEX, "\u{201C}May\u{201D}"), ["May"]);
    }

    #[test]
    fn unicode_neighbours_are_word_characters() {
        assert_eq!(matches(LEX, "émay mayé é may"), ["may"]);
    }
}
