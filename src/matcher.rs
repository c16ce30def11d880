//! Cue matching: one automaton over every cue of every kind, run once over the whole document.
//!
//! Matching runs over a *folded* copy of the text, byte for byte the same length (so offsets
//! stay those of the input): ASCII letters are lower-cased, and every byte of a character that is
//! not a letter, digit or `_` becomes a space. Cues are folded the same way and padded with a
//! space on each side, so a leftmost-longest automaton finds exactly the cues that stand on word
//! boundaries ("may" never fires inside "Mayor", "so" never inside "also"), the longest first
//! ("not clear" over "not", but "not" and "clearly" in "not clearly"), with no second pass.
//! Line breaks and punctuation inside a phrase match its spaces ("most\nlikely", "and/or");
//! curly apostrophes are matched by pattern variants. A phrase whose words stand further apart
//! (a no-break space, two spaces, a carriage return and a line break: "not\u{A0}clear") is found
//! by matching such a text once more with each gap read as one space ([`Matcher::across_gaps`]).

use crate::lexicon::Entry;
use crate::span::Span;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Input, MatchKind};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// A candidate cue found in the text: where, and which entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub span: Span,
    /// Index into the analyzer's entry table.
    pub entry: u32,
}

/// Text bytes a matcher searches with its NFA before it builds its DFA ([`Matcher::automaton`]).
pub(crate) const DFA_AFTER: usize = 2 << 20;

/// The compiled matcher.
///
/// It holds two automata over the same patterns, with the same matches: a contiguous NFA, built
/// at once, and a DFA, built the first time the text searched (this text and all before it)
/// reaches [`DFA_AFTER`] bytes. The DFA searches in about half the instructions but takes about
/// four times as long to build (for the news profile's 1,181 patterns: 42 million instructions
/// against 11, and 19 million per megabyte searched against 38), so it pays only past about
/// 1.6 MB: a program that reads one article never builds it, one that reads a corpus builds it
/// once.
#[derive(Debug)]
pub(crate) struct Matcher {
    nfa: AhoCorasick,
    /// The patterns, for the DFA.
    patterns: Vec<Vec<u8>>,
    /// The DFA, once built (`None` if it could not be: then the NFA serves on).
    dfa: OnceLock<Option<AhoCorasick>>,
    /// Text bytes searched so far.
    searched: AtomicUsize,
    /// Pattern id -> entry index.
    pattern_entry: Vec<u32>,
    /// Some cue has more than one word (see [`Matcher::across_gaps`]).
    phrases: bool,
}

impl Clone for Matcher {
    fn clone(&self) -> Matcher {
        Matcher {
            nfa: self.nfa.clone(),
            patterns: self.patterns.clone(),
            dfa: self.dfa.clone(),
            searched: AtomicUsize::new(self.searched.load(Ordering::Relaxed)),
            pattern_entry: self.pattern_entry.clone(),
            phrases: self.phrases,
        }
    }
}

/// A leftmost-longest automaton of `kind` over `patterns`, without a prefilter: every pattern
/// starts with a space, so a start-byte prefilter would only find spaces.
fn automaton(patterns: &[Vec<u8>], kind: AhoCorasickKind) -> Option<AhoCorasick> {
    AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .kind(Some(kind))
        .prefilter(false)
        .build(patterns)
        .ok()
}

/// Searches `haystack` (which starts at haystack offset `base`) with `automaton` from offset
/// `pos` for the cues that start before `stop`, one after the other, into `found` as `(start,
/// end, pattern)`; returns where the search goes on after the last.
fn search(
    automaton: &AhoCorasick,
    haystack: &[u8],
    base: usize,
    mut pos: usize,
    stop: usize,
    found: &mut Vec<(usize, usize, u32)>,
) -> usize {
    while let Some(m) = automaton.find(Input::new(haystack).span(pos - base..haystack.len())) {
        let (start, end) = (m.start() + base, m.end() + base);
        if start >= stop {
            break;
        }
        found.push((start, end, m.pattern().as_u32()));
        // The closing space may open the next cue.
        pos = end - 1;
    }
    pos
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
        let nfa = automaton(&patterns, AhoCorasickKind::ContiguousNFA)
            .or_else(|| automaton(&patterns, AhoCorasickKind::NoncontiguousNFA))
            .expect("cue automaton builds: patterns are bounded in size");
        let phrases = patterns.iter().any(|p| p[1..p.len() - 1].contains(&b' '));
        Matcher {
            nfa,
            patterns,
            dfa: OnceLock::new(),
            searched: AtomicUsize::new(0),
            pattern_entry,
            phrases,
        }
    }

    /// The automaton to search `len` more bytes with: the DFA once the bytes searched reach
    /// [`DFA_AFTER`] (built then, once), the NFA before.
    fn automaton(&self, len: usize) -> &AhoCorasick {
        if let Some(dfa) = self.dfa.get() {
            return dfa.as_ref().unwrap_or(&self.nfa);
        }
        let before = self.searched.fetch_add(len, Ordering::Relaxed);
        if before.saturating_add(len) < DFA_AFTER {
            return &self.nfa;
        }
        self.dfa
            .get_or_init(|| automaton(&self.patterns, AhoCorasickKind::DFA))
            .as_ref()
            .unwrap_or(&self.nfa)
    }

    /// Every cue occurrence on word boundaries, in order, non-overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let mut haystack = Vec::with_capacity(text.len() + 2);
        haystack.push(b' ');
        fold_into(text, &mut haystack);
        haystack.push(b' ');
        let mut found = Vec::new();
        let automaton = self.automaton(text.len());
        search(automaton, &haystack, 0, 0, usize::MAX, &mut found);
        found.into_iter().map(|f| self.hit(f)).collect()
    }

    /// Matches again when the text holds gaps of white space wider than one byte between two
    /// words ("not\u{A0}clear": a no-break space is two bytes; "most  likely"; "cannot\r\nrule
    /// out"): `hits` (every cue of [`Matcher::find_all`], in order) become the cues found in the
    /// folded text with each such gap read as one space, so a phrase matches across it. A gap
    /// holds white space only and at most one line break (a blank line parts paragraphs), and
    /// only the gaps for which `inside` is true are read so (the analyzer takes those inside one
    /// sentence: no phrase runs across a heading's line break). The result is exactly the
    /// leftmost-longest search of that text.
    ///
    /// Cheap when there is no such gap: the text is searched for two spaces, for the last byte of
    /// the wide spaces and for line breaks. Around each gap (or run of nearby gaps) the search is
    /// made again, and only there: from the end of the last cue found far enough before the gap
    /// that the search which found it never read the gap, up to the first cue past the gap that
    /// the first search found too (from there on the two searches are in the same state over the
    /// same text, so they agree up to the next gap). A window that ends before they agree is
    /// widened, fourfold each time, up to the end of the text.
    pub fn across_gaps(&self, text: &str, hits: &mut Vec<Hit>, inside: impl Fn(Span) -> bool) {
        if !self.phrases {
            return;
        }
        let mut gaps = gaps(text);
        gaps.retain(|&(a, z)| inside(Span::new(a, z)));
        if gaps.is_empty() {
            return;
        }
        gaps.sort_unstable();
        gaps.dedup();
        // (The windows are short: they do not count towards the DFA.)
        let automaton = self.automaton(0);
        let longest = automaton.max_pattern_len();
        let mut out: Vec<Hit> = Vec::with_capacity(hits.len() + 4);
        // `hits[..taken]` are settled; both searches stand at haystack offset `resume` (a cue's
        // end + 1, as the search goes on from its closing space).
        let (mut taken, mut resume) = (0, 0);
        let mut g = 0;
        while g < gaps.len() {
            // The search that found a cue ending at `e` read no further than `e + longest`.
            let a = gaps[g].0;
            let before = taken + hits[taken..].partition_point(|h| h.span.end + longest + 2 <= a);
            out.extend_from_slice(&hits[taken..before]);
            if before > taken {
                resume = hits[before - 1].span.end + 1;
            }
            taken = before;
            let mut reach = 2 * longest + 2;
            loop {
                // The window: the gaps from `g` that start before its end.
                let mut end = gaps[g].1.saturating_add(reach);
                let mut h = g;
                while h < gaps.len() && gaps[h].0 < end {
                    end = end.max(gaps[h].1.saturating_add(reach));
                    h += 1;
                }
                let mut end = end.min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                let last_gap_end = gaps[h - 1].1;
                let (haystack, to_text) = collapsed(text, resume, end, &gaps[g..h]);
                let whole = end == text.len();
                let mut found = Vec::new();
                let mut agreed = None;
                let mut pos = 0;
                while let Some(m) = automaton.find(Input::new(&haystack).span(pos..haystack.len()))
                {
                    if !whole && m.start() + longest + 1 > haystack.len() {
                        break; // the window's end may change this match
                    }
                    // Pattern " cue " at [s, e): the cue's first byte is at s + 1, its last at
                    // e - 2 (neither is a gap's space).
                    let hit = Hit {
                        span: Span::new(to_text(m.start() + 1), to_text(m.end() - 2) + 1),
                        entry: self.pattern_entry[m.pattern().as_usize()],
                    };
                    if hit.span.start >= last_gap_end {
                        let k = taken
                            + hits[taken..].partition_point(|x| x.span.start < hit.span.start);
                        if hits.get(k) == Some(&hit) {
                            agreed = Some(k);
                            break;
                        }
                    }
                    found.push(hit);
                    pos = m.end() - 1;
                }
                if agreed.is_some() || whole {
                    out.append(&mut found);
                    let k = agreed.unwrap_or(hits.len());
                    if let Some(hit) = hits.get(k) {
                        out.push(*hit);
                        resume = hit.span.end + 1;
                    }
                    taken = (k + 1).min(hits.len());
                    g = h;
                    break;
                }
                reach = reach.saturating_mul(4);
            }
        }
        out.extend_from_slice(&hits[taken..]);
        *hits = out;
    }

    /// The hit of a match `(start, end, pattern)` of the haystack: pattern " cue " at [s, e) of
    /// the haystack is the cue at [s, e - 2) of the text.
    fn hit(&self, (start, end, pattern): (usize, usize, u32)) -> Hit {
        Hit {
            span: Span::new(start, end - 2),
            entry: self.pattern_entry[pattern as usize],
        }
    }
}

/// Text bytes per piece when a long text is matched on two threads ([`Matching`]).
pub(crate) const PIECE: usize = 64 * 1024;

/// The matching of one text in pieces, which any number of threads take in turn
/// ([`Matching::work`]) and [`Matching::finish`] puts together: exactly the hits of
/// [`Matcher::find_all`].
///
/// Offsets here are in the *haystack*, the folded text with a space before and after it. Piece
/// `k` holds the searches that start in `bounds[k]..bounds[k + 1]`, and the haystack from its
/// start to the longest pattern past its end, so that every match starting inside it is whole.
/// A match that starts in one piece and ends in the next may put the search out of step with
/// what the next piece found from its own start: [`Matching::finish`] then searches on from
/// there until the two agree on a match (from then on they agree on all).
#[derive(Debug)]
pub(crate) struct Matching<'a> {
    matcher: &'a Matcher,
    /// The matcher's automaton for this text.
    automaton: &'a AhoCorasick,
    text: &'a str,
    /// Where each piece starts, then the haystack's length.
    bounds: Vec<usize>,
    /// The next piece nobody has taken yet.
    next: AtomicUsize,
}

/// What one thread found in the pieces it took.
#[derive(Debug, Default)]
pub(crate) struct Pieces(Vec<Piece>);

/// One piece's haystack and matches.
#[derive(Debug)]
struct Piece {
    index: usize,
    haystack: Vec<u8>,
    /// The matches `(start, end, pattern)` of the searches from the piece's start, up to the
    /// first that starts past the piece.
    found: Vec<(usize, usize, u32)>,
    /// Where the search goes on after the last of them.
    resume: usize,
}

impl<'a> Matching<'a> {
    /// Matching of `text` in pieces of about `piece` bytes.
    pub(crate) fn new(matcher: &'a Matcher, text: &'a str, piece: usize) -> Matching<'a> {
        let mut bounds = vec![0];
        let mut at = piece.max(1);
        while at < text.len() {
            while !text.is_char_boundary(at) {
                at += 1;
            }
            // (The text's byte `at` is the haystack's `at + 1`.)
            bounds.push(at + 1);
            at += piece.max(1);
        }
        bounds.push(text.len() + 2);
        Matching {
            matcher,
            automaton: matcher.automaton(text.len()),
            text,
            bounds,
            next: AtomicUsize::new(0),
        }
    }

    /// The haystack from `from` to `to`, or as far as a character ending after `to`.
    fn haystack(&self, from: usize, to: usize) -> Vec<u8> {
        let end = self.text.len() + 2;
        let mut out = Vec::with_capacity(to - from + 4);
        if from == 0 {
            out.push(b' ');
        }
        let mut last = to.min(end - 1).max(from.max(1)) - 1;
        while !self.text.is_char_boundary(last) {
            last += 1;
        }
        fold_into(&self.text[from.max(1) - 1..last], &mut out);
        if last == self.text.len() && to == end {
            out.push(b' ');
        }
        out
    }

    /// Takes pieces until none is left and matches them.
    pub(crate) fn work(&self) -> Pieces {
        Pieces(std::iter::from_fn(|| self.take_one()).collect())
    }

    /// Takes the next piece, if any is left, and matches it.
    fn take_one(&self) -> Option<Piece> {
        let automaton = self.automaton;
        let index = self.next.fetch_add(1, Ordering::Relaxed);
        let &[from, stop] = self.bounds.get(index..index + 2)? else {
            return None;
        };
        let longest = automaton.max_pattern_len();
        let haystack = self.haystack(from, (stop + longest).min(self.text.len() + 2));
        let mut found = Vec::new();
        let pos = search(automaton, &haystack, from, from, stop, &mut found);
        Some(Piece {
            index,
            haystack,
            found,
            resume: pos,
        })
    }

    /// The hits of every piece, in text order, from what the threads found (between them, every
    /// piece).
    pub(crate) fn finish(&self, parts: impl IntoIterator<Item = Pieces>) -> Vec<Hit> {
        let mut pieces: Vec<Piece> = parts.into_iter().flat_map(|p| p.0).collect();
        pieces.sort_unstable_by_key(|p| p.index);
        let automaton = self.automaton;
        let mut found: Vec<(usize, usize, u32)> = Vec::new();
        // Where the search goes on.
        let mut pos = 0;
        // (Each piece is dropped once put in: its haystack is needed no longer.)
        for (piece, bounds) in pieces.into_iter().zip(self.bounds.windows(2)) {
            let (from, stop) = (bounds[0], bounds[1]);
            if pos <= from {
                // Nothing starts between `pos` and the piece: the search from `pos` is the
                // piece's own.
                found.extend_from_slice(&piece.found);
                pos = piece.resume;
                continue;
            }
            // A match ran into the piece: search on from its end until a match is one the
            // piece found too.
            while pos < stop {
                let input = Input::new(&piece.haystack).span(pos - from..piece.haystack.len());
                let Some(m) = automaton.find(input) else {
                    break;
                };
                let (start, end) = (m.start() + from, m.end() + from);
                if start >= stop {
                    break;
                }
                let same = piece.found.partition_point(|f| f.0 < start);
                if piece
                    .found
                    .get(same)
                    .is_some_and(|f| f.0 == start && f.1 == end)
                {
                    found.extend_from_slice(&piece.found[same..]);
                    pos = piece.resume;
                    break;
                }
                found.push((start, end, m.pattern().as_u32()));
                pos = end - 1;
            }
        }
        found.into_iter().map(|f| self.matcher.hit(f)).collect()
    }
}

/// The haystack from haystack offset `from` (text byte `from - 1`, a character boundary) to text
/// byte `end`, with each of `gaps` (sorted, inside that stretch) one space, and the map from its
/// offsets to the text's (offset 0 is `from`: the leading space when `from` is 0).
fn collapsed(
    text: &str,
    from: usize,
    end: usize,
    gaps: &[(usize, usize)],
) -> (Vec<u8>, impl Fn(usize) -> usize) {
    let mut haystack = Vec::with_capacity(end + 2 - from);
    // Where each stretch between gaps starts, in the haystack and in the text (no map per byte:
    // a window may be the whole text).
    let mut stretches: Vec<(usize, usize)> = Vec::with_capacity(gaps.len() + 1);
    let mut at = from.saturating_sub(1);
    if from == 0 {
        haystack.push(b' ');
        stretches.push((1, 0));
    } else {
        stretches.push((0, at));
    }
    for &(a, z) in gaps {
        fold_into(&text[at..a], &mut haystack);
        haystack.push(b' ');
        stretches.push((haystack.len(), z));
        at = z;
    }
    fold_into(&text[at..end], &mut haystack);
    if end == text.len() {
        haystack.push(b' ');
    }
    let to_text = move |h: usize| {
        let k = stretches.partition_point(|s| s.0 <= h).max(1) - 1;
        stretches[k].1 + (h - stretches[k].0)
    };
    (haystack, to_text)
}

/// The gaps of white space wider than one byte between two word characters in `b`, each as its
/// start and end (unsorted, perhaps repeated): two spaces or more, a no-break, thin or narrow
/// no-break space, a line break with a carriage return or spaces beside it, a tab. A gap holds at
/// most one line break: a blank line parts paragraphs.
fn gaps(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // The end of the last run met by the current search: a hit inside it is that run again (a
    // megabyte of spaces is one run, walked once, not once per hit).
    let mut covered = 0;
    let mut at = |i: usize, covered: &mut usize| {
        if i < *covered {
            return;
        }
        // Out to the whole run of white space around byte `i` (from its character's start).
        let mut a = i;
        while a > 0 && (b[a] & 0xC0) == 0x80 {
            a -= 1;
        }
        while a > 0 {
            let back = space_len_back(b, a);
            if back == 0 {
                break;
            }
            a -= back;
        }
        let z = a + whitespace_run(b, a, b.len());
        *covered = z.max(i + 1);
        let lines = b[a..z].iter().filter(|&&c| c == b'\n').count();
        // (A run of whole characters: `a` and `z` are character boundaries.)
        if z - a > 1
            && lines <= 1
            && text[..a].chars().next_back().is_some_and(is_word_char)
            && text[z..].chars().next().is_some_and(is_word_char)
        {
            out.push((a, z));
        }
    };
    for i in memchr::memmem::find_iter(b, b"  ") {
        at(i, &mut covered);
    }
    covered = 0;
    for i in memchr::memchr3_iter(b'\r', b'\t', 0xA0, b) {
        at(i, &mut covered);
    }
    covered = 0;
    for i in memchr::memchr2_iter(0x89, 0xAF, b) {
        at(i, &mut covered);
    }
    covered = 0;
    // (A line break with a space beside it; most line breaks have none, or are blank lines.)
    for i in memchr::memchr_iter(b'\n', b) {
        let beside = |j: Option<usize>| j.and_then(|j| b.get(j)).is_some_and(|&c| c == b' ');
        if beside(i.checked_sub(1)) || beside(Some(i + 1)) {
            at(i, &mut covered);
        }
    }
    out
}

/// The length of the white space ending at `i` (a space, a tab, a line break, a no-break, thin
/// or narrow no-break space), or 0. (Attribution's `ascii_spaced` finds wide spaces with it too.)
pub(crate) fn space_len_back(b: &[u8], i: usize) -> usize {
    match b[i - 1] {
        b' ' | b'\t' | b'\n' | b'\r' => 1,
        0xA0 if i >= 2 && b[i - 2] == 0xC2 => 2,
        0x89 | 0xAF if i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 => 3,
        _ => 0,
    }
}

/// The length of the run of white space (as [`space_len_back`] has it) from `i` up to `hi`.
fn whitespace_run(b: &[u8], i: usize, hi: usize) -> usize {
    let mut j = i;
    while j < hi {
        let n = match b[j] {
            b' ' | b'\t' | b'\n' | b'\r' => 1,
            0xC2 if b.get(j + 1) == Some(&0xA0) => 2,
            0xE2 if b.get(j + 1) == Some(&0x80) && matches!(b.get(j + 2), Some(0x89 | 0xAF)) => 3,
            _ => break,
        };
        if j + n > hi {
            break;
        }
        j += n;
    }
    j - i
}

/// Appends the folded copy of `s` to `out`: same length, see the module docs.
fn fold_into(s: &str, out: &mut Vec<u8>) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        // Runs of ASCII are folded without decoding, by arithmetic the compiler does on many
        // bytes at once.
        let run = ascii_run(&bytes[i..]);
        out.extend(bytes[i..i + run].iter().map(|&b| fold_ascii(b)));
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

/// The length of the run of ASCII bytes that opens `b`: tested 32 bytes at a time (an OR of the
/// block, which vectorises), then byte by byte in the block that ends it.
fn ascii_run(b: &[u8]) -> usize {
    const BLOCK: usize = 32;
    let mut n = 0;
    for block in b.chunks_exact(BLOCK) {
        if block.iter().fold(0, |any, &c| any | c) >= 0x80 {
            break;
        }
        n += BLOCK;
    }
    n + b[n..]
        .iter()
        .position(|c| !c.is_ascii())
        .unwrap_or(b.len() - n)
}

/// The fold of an ASCII byte, by comparisons rather than a table lookup (so that a run folds
/// many bytes per instruction): a letter lower-cased, a digit or `_` kept, else a space.
fn fold_ascii(b: u8) -> u8 {
    let lower = b | 0x20;
    if lower.wrapping_sub(b'a') < 26 {
        lower
    } else if b.wrapping_sub(b'0') < 10 || b == b'_' {
        b
    } else {
        b' '
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

    /// Byte class of ASCII: letters lower-cased, digits and `_` kept, everything else a space.
    /// (The fold as a table: what [`fold_ascii`] computes.)
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

    fn matches(lex: &str, text: &str) -> Vec<String> {
        let entries = Lexicon::parse("t", lex).unwrap().entries();
        let m = Matcher::new(&entries);
        m.find_all(text)
            .into_iter()
            .map(|h| text[h.span.range()].to_string())
            .collect()
    }

    /// The cues of [`matches`] with those across wide gaps added ([`Matcher::across_gaps`]).
    fn matches_across(lex: &str, text: &str) -> Vec<String> {
        let entries = Lexicon::parse("t", lex).unwrap().entries();
        let m = Matcher::new(&entries);
        let mut hits = m.find_all(text);
        m.across_gaps(text, &mut hits, |_| true);
        assert!(hits.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        hits.into_iter()
            .map(|h| text[h.span.range()].to_string())
            .collect()
    }

    #[test]
    fn phrases_match_across_wide_white_space() {
        // A no-break space, two spaces, a carriage return and a line break, a thin space.
        assert_eq!(
            matches_across(LEX, "It is not\u{a0}clear."),
            ["not\u{a0}clear"]
        );
        assert_eq!(matches_across(LEX, "It is not  clear."), ["not  clear"]);
        assert_eq!(
            matches_across(LEX, "It is most likely, or most\r\nlikely so."),
            ["most likely", "most\r\nlikely", "so"]
        );
        assert_eq!(matches_across(LEX, "not\u{2009}sure"), ["not\u{2009}sure"]);
        // The automaton alone reads one byte between the words.
        assert_eq!(matches(LEX, "It is not\u{a0}clear."), ["not"]);
        // No phrase across a blank line, nor across punctuation.
        assert_eq!(matches_across(LEX, "It is not\n\nclear."), ["not"]);
        assert_eq!(matches_across(LEX, "It is not \n \n clear."), ["not"]);
        assert_eq!(matches_across(LEX, "It is not.  Clear."), ["not"]);
        // Nor inside a longer word, nor over a cue found first that it does not hold.
        assert_eq!(matches_across(LEX, "not  clearly"), ["not", "clearly"]);
        assert_eq!(matches_across(LEX, "whether or not  sure"), ["or not"]);
        // Gaps next to each other, and at the ends of the text.
        assert_eq!(
            matches_across(LEX, "not\u{a0}\u{a0}clear  may  not  sure"),
            ["not\u{a0}\u{a0}clear", "may", "not  sure"]
        );
        assert_eq!(matches_across(LEX, "  not  clear  "), ["not  clear"]);
    }

    const LEX: &str = "may | hedge | modal | 0.5\nso | hedge | - | 0.1\nnot | negator | - | 0\n\
                       not clear | hedge | doubt | 0.6\nclearly | booster | certainty | 0.5\n\
                       couldn't | negator | - | 0\nmost likely | hedge | probable | 0.6\n\
                       or not | hedge | - | 0.2\nnot sure | hedge | doubt | 0.6\n";

    /// The cues of `text` with every gap made one space, searched whole: what
    /// [`Matcher::across_gaps`] finds window by window.
    fn collapsed_whole(m: &Matcher, text: &str) -> Vec<Hit> {
        let mut gs = gaps(text);
        gs.sort_unstable();
        gs.dedup();
        // The text with each gap one space, and the text's offset of each of its bytes.
        let (mut one, mut map) = (String::new(), Vec::new());
        let mut at = 0;
        for &(a, z) in &gs {
            one.push_str(&text[at..a]);
            map.extend(at..a);
            one.push(' ');
            map.push(a);
            at = z;
        }
        one.push_str(&text[at..]);
        map.extend(at..text.len());
        m.find_all(&one)
            .into_iter()
            .map(|h| Hit {
                span: Span::new(map[h.span.start], map[h.span.end - 1] + 1),
                entry: h.entry,
            })
            .collect()
    }

    #[test]
    fn the_search_around_each_gap_is_the_search_of_the_whole_text() {
        let entries = crate::Profile::News.lexicon().unwrap().into_entries();
        let m = Matcher::new(&entries);
        let words: Vec<&str> = "it is not clear most likely cannot rule out may be said according \
                                to the there no question reportedly could Mayor in fact of course à est"
            .split(' ')
            .collect();
        let spaces = [
            " ", " ", " ", " ", "  ", "\u{a0}", "\r\n", " \n", "\n", ", ", "\n\n", "\t",
            "\u{2009}", ". ", "   ",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        for round in 0..3000 {
            let len = 1 + next(if round % 100 == 0 { 3000 } else { 60 });
            // Some texts hold few wide gaps, some many.
            let wide = 1 + next(4);
            let mut text = String::new();
            for _ in 0..len {
                text.push_str(words[next(words.len())]);
                let sp = next(spaces.len());
                text.push_str(spaces[if next(wide) == 0 { sp } else { 0 }]);
            }
            let mut hits = m.find_all(&text);
            m.across_gaps(&text, &mut hits, |_| true);
            assert_eq!(hits, collapsed_whole(&m, &text), "{text:?}");
        }
    }

    #[test]
    fn a_gap_that_shifts_every_cue_after_it_widens_the_window_to_the_end() {
        // With the gap "a  b" is no cue, so the search pairs "b a", "b a", …; read as one space
        // it pairs "a b", "a b", …: the two searches never meet again.
        let entries = Lexicon::parse("t", "a b | hedge | - | 0.5\nb a | hedge | - | 0.5\n")
            .unwrap()
            .entries();
        let m = Matcher::new(&entries);
        let cases = [
            ("a  b", 2000, "", 2001),
            ("x a\u{a0}b", 700, " c  d a  b a", 702),
        ];
        for (head, times, tail, cues) in cases {
            let text = format!("{head}{}{tail}", " a b".repeat(times));
            let mut hits = m.find_all(&text);
            assert_eq!(text[hits[0].span.range()].to_string(), "b a");
            m.across_gaps(&text, &mut hits, |_| true);
            assert_eq!(hits, collapsed_whole(&m, &text));
            assert_eq!(
                text[hits[0].span.range()].to_string(),
                head[head.len() - 4..]
            );
            assert_eq!(hits.len(), cues);
        }
    }

    #[test]
    fn the_dfa_finds_what_the_nfa_finds() {
        let entries = crate::Profile::News.lexicon().unwrap().into_entries();
        let text = format!(
            "{}\n{}",
            include_str!("../examples/briefing.txt"),
            "It is not\u{a0}clear whether it may, most  likely, rain; they can\u{2019}t rule it \
             out. MAY 2024. Mayor. Not clearly."
        );
        let m = Matcher::new(&entries);
        let by_nfa = m.find_all(&text);
        assert!(
            m.dfa.get().is_none(),
            "one short text is searched by the NFA"
        );
        assert!(by_nfa.len() > 30, "{}", by_nfa.len());
        // The bytes searched reach the bound: the next search builds the DFA and uses it.
        m.searched.store(DFA_AFTER, Ordering::Relaxed);
        let by_dfa = m.find_all(&text);
        assert!(matches!(m.dfa.get(), Some(Some(_))));
        assert_eq!(by_nfa, by_dfa);
        let (mut a, mut b) = (by_nfa, by_dfa);
        m.across_gaps(&text, &mut b, |_| true);
        let fresh = Matcher::new(&entries);
        fresh.across_gaps(&text, &mut a, |_| true);
        assert!(fresh.dfa.get().is_none());
        assert_eq!(a, b);
    }

    #[test]
    fn a_long_text_is_searched_by_the_dfa_in_pieces() {
        let entries = crate::Profile::News.lexicon().unwrap().into_entries();
        let piece = "Officials said it may rain; it is not clear. ";
        let times = DFA_AFTER / piece.len() + 1;
        let text = piece.repeat(times);
        let m = Matcher::new(&entries);
        let matching = Matching::new(&m, &text, PIECE);
        assert!(matches!(m.dfa.get(), Some(Some(_))));
        let hits = matching.finish([matching.work()]);
        let nfa = Matcher::new(&entries);
        let each = nfa.find_all(piece).len();
        assert!(each >= 3, "{each}");
        assert_eq!(hits.len(), each * times);
        assert!(nfa.dfa.get().is_none());
    }

    #[test]
    fn the_arithmetic_fold_is_the_table() {
        for b in 0..128u8 {
            assert_eq!(fold_ascii(b), ASCII_FOLD[usize::from(b)], "{b}");
        }
        let s = "Ab_9 \u{e9}x".repeat(20) + &"plain ASCII, long enough for blocks. ".repeat(9);
        for from in 0..s.len() {
            let want = s.as_bytes()[from..].iter().position(|c| !c.is_ascii());
            assert_eq!(
                ascii_run(&s.as_bytes()[from..]),
                want.unwrap_or(s.len() - from)
            );
        }
    }

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

    /// [`Matching`] in pieces of every size from 1 byte, taken by one thread or by two in
    /// turn, finds exactly what [`Matcher::find_all`] finds: matches that cross a piece's end,
    /// longer matches that hide shorter ones starting in the next piece, punctuation-only
    /// cues, multi-byte characters at the cut, and an empty text.
    #[test]
    fn pieces_find_what_one_pass_finds() {
        let lex = format!(
            "{LEX}e.g. | hedge | - | 0.1\nmay may | hedge | - | 0.1\nnot clear at all | hedge | - | 0.1\n\
             \u{e9}t\u{e9} | hedge | - | 0.1\n"
        );
        let entries = Lexicon::parse("t", &lex).unwrap().entries();
        let m = Matcher::new(&entries);
        let texts = [
            "",
            "may",
            "It is not clear at all, not clearly so; e.g. may may may,may.",
            "for not sure \u{201C}May\u{201D} \u{e9}t\u{e9} \u{e9}t\u{e9}s most\nlikely not clear",
            "not clear at al not clear at all\u{e9} may may may may may",
            "\u{e9}\u{e9}\u{e9} e.g.e.g. e.g., i.e. not  clear couldn\u{2019}t",
        ];
        // And texts drawn at random from the cues' words and what lies around them.
        let words = [
            "may",
            "not",
            "clear",
            "at",
            "all",
            "e.g.",
            "so",
            "or",
            "most",
            "likely",
            ",",
            ".",
            "\u{e9}t\u{e9}",
            "\u{201C}",
            "\n",
            "  ",
            "couldn't",
            "sure",
            "clearly",
            "x",
        ];
        let mut seed = 7u64;
        let mut random: Vec<String> = Vec::new();
        for _ in 0..40 {
            let mut t = String::new();
            for _ in 0..30 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(words[(seed >> 33) as usize % words.len()]);
                if seed & 1 == 0 {
                    t.push(' ');
                }
            }
            random.push(t);
        }
        for text in texts
            .iter()
            .copied()
            .chain(random.iter().map(String::as_str))
        {
            let want = m.find_all(text);
            for piece in 1..=text.len() + 1 {
                let matching = Matching::new(&m, text, piece);
                assert_eq!(
                    matching.finish([matching.work()]),
                    want,
                    "{text:?} in {piece}"
                );
                // Two threads' shares, taken in turn (every other piece).
                let matching = Matching::new(&m, text, piece);
                let (mut a, mut b) = (Pieces::default(), Pieces::default());
                loop {
                    let before = a.0.len() + b.0.len();
                    let one = matching.take_one();
                    let Some(one) = one else { break };
                    if before % 2 == 0 {
                        a.0.push(one)
                    } else {
                        b.0.push(one)
                    }
                }
                assert_eq!(matching.finish([b, a]), want, "{text:?} in {piece}, two");
            }
        }
    }

    #[test]
    fn unicode_neighbours_are_word_characters() {
        assert_eq!(matches(LEX, "émay mayé é may"), ["may"]);
    }
}
