//! Cue matching: one automaton over every cue of every kind, run once over the whole document.
//!
//! The automaton is leftmost-longest and ASCII case-insensitive. A candidate counts only on word
//! boundaries: "may" never fires inside "Mayor", "so" never inside "also". When the longest
//! candidate at a position fails its end boundary ("not clear" in "not clearly"), the shorter
//! cues starting at the same position are tried. Curly apostrophes are matched by pattern
//! variants, and line breaks and tabs by a same-length copy of the text where they are spaces, so
//! offsets always point into the original input.

use crate::lexicon::Entry;
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Input, MatchKind};

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
    longest: AhoCorasick,
    overlapping: AhoCorasick,
    /// Pattern id -> entry index.
    pattern_entry: Vec<u32>,
    /// Pattern id -> (needs start boundary, needs end boundary).
    pattern_bounds: Vec<(bool, bool)>,
    max_len: usize,
}

impl Matcher {
    pub fn new(entries: &[Entry]) -> Matcher {
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_entry = Vec::new();
        let mut pattern_bounds = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            let bounds = (
                e.cue.chars().next().is_some_and(char::is_alphanumeric),
                e.cue.chars().next_back().is_some_and(char::is_alphanumeric),
            );
            let mut variants = vec![e.cue.clone()];
            if e.cue.contains('\'') {
                variants.push(e.cue.replace('\'', "\u{2019}"));
            }
            if e.cue.contains('"') {
                variants.push(e.cue.replace('"', "\u{201C}"));
                variants.push(e.cue.replace('"', "\u{201D}"));
            }
            for v in variants {
                patterns.push(v);
                pattern_entry.push(i as u32);
                pattern_bounds.push(bounds);
            }
        }
        let build = |kind| {
            AhoCorasickBuilder::new()
                .ascii_case_insensitive(true)
                .match_kind(kind)
                .build(&patterns)
                .expect("cue automaton builds: patterns are bounded in size")
        };
        Matcher {
            longest: build(MatchKind::LeftmostLongest),
            overlapping: build(MatchKind::Standard),
            max_len: patterns.iter().map(String::len).max().unwrap_or(0),
            pattern_entry,
            pattern_bounds,
        }
    }

    /// Every cue occurrence on word boundaries, in order, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let haystack = spaces_for_breaks(text);
        let bytes: &[u8] = haystack.as_deref().unwrap_or(text.as_bytes());
        let mut hits = Vec::new();
        let mut pos = 0;
        while pos < bytes.len() {
            let Some(m) = self.longest.find(Input::new(bytes).span(pos..bytes.len())) else {
                break;
            };
            let pid = m.pattern().as_usize();
            let (need_start, need_end) = self.pattern_bounds[pid];
            if need_start && !boundary_before(text, m.start()) {
                pos = next_char(text, m.start());
                continue;
            }
            if !need_end || boundary_after(text, m.end()) {
                hits.push(Hit {
                    span: Span::new(m.start(), m.end()),
                    entry: self.pattern_entry[pid],
                });
                pos = m.end();
                continue;
            }
            if let Some(hit) = self.shorter_at(text, bytes, m.start()) {
                pos = hit.span.end;
                hits.push(hit);
            } else {
                pos = next_char(text, m.start());
            }
        }
        hits
    }

    /// The longest cue starting exactly at `start` whose end is on a word boundary.
    fn shorter_at(&self, text: &str, bytes: &[u8], start: usize) -> Option<Hit> {
        let end = (start + self.max_len).min(bytes.len());
        self.overlapping
            .find_overlapping_iter(Input::new(bytes).span(start..end))
            .filter(|m| m.start() == start)
            .filter(|m| {
                !self.pattern_bounds[m.pattern().as_usize()].1 || boundary_after(text, m.end())
            })
            .max_by_key(|m| m.end())
            .map(|m| Hit {
                span: Span::new(m.start(), m.end()),
                entry: self.pattern_entry[m.pattern().as_usize()],
            })
    }
}

/// A same-length copy of `text` with line breaks and tabs as spaces, when it has any.
fn spaces_for_breaks(text: &str) -> Option<Vec<u8>> {
    let is_break = |b: &u8| matches!(b, b'\n' | b'\r' | b'\t' | 0x0B | 0x0C);
    if !text.as_bytes().iter().any(is_break) {
        return None;
    }
    Some(
        text.bytes()
            .map(|b| if is_break(&b) { b' ' } else { b })
            .collect(),
    )
}

/// True when a word character is a letter, digit or underscore.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn boundary_before(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at.wrapping_sub(1)) {
        None => true,
        Some(b) if b.is_ascii() => !(b.is_ascii_alphanumeric() || *b == b'_'),
        Some(_) => !text[..at].chars().next_back().is_some_and(is_word_char),
    }
}

fn boundary_after(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        None => true,
        Some(b) if b.is_ascii() => !(b.is_ascii_alphanumeric() || *b == b'_'),
        Some(_) => !text[at..].chars().next().is_some_and(is_word_char),
    }
}

/// The byte offset of the character after the one at `at`.
fn next_char(text: &str, at: usize) -> usize {
    text[at..]
        .chars()
        .next()
        .map_or(text.len(), |c| at + c.len_utf8())
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
    }

    #[test]
    fn unicode_neighbours_are_word_characters() {
        assert_eq!(matches(LEX, "émay mayé é may"), ["may"]);
    }
}
