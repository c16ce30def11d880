//! Context rules, applied to the candidate cues of one sentence: look-alike conditions from the
//! lexicon (neighbouring words, case, reported speech), `block` phrases, negation within a window
//! of words, and the scope (clause) each cue governs.

use crate::lexicon::{Conditions, CueClass, CueKind, Entry, NegationEffect, Settings, WordTests};
use crate::matcher::{is_word_char, Hit};
use crate::report::{Cue, RejectReason, Rejected};
use crate::span::Span;

/// What the context stage makes of one sentence's candidates.
#[derive(Debug, Default)]
pub(crate) struct Resolved {
    pub cues: Vec<Cue>,
    pub rejected: Vec<Rejected>,
}

/// Resolves the candidates `hits` (all inside `sentence`, in order).
pub(crate) fn resolve(
    text: &str,
    sentence: Span,
    hits: &[Hit],
    entries: &[Entry],
    also_reporting: &[Option<(u32, u8)>],
    settings: &Settings,
    explain: bool,
) -> Resolved {
    let mut out = Resolved::default();
    // A reporting cue in the past tense (or a cue that is also one, such as "alleged") stands
    // earlier: what it reports shifts "will" to "would" ("he said the payment would arrive").
    let mut seen_reporting = false;
    let mut last_negator: Option<Span> = None;
    let mut boundaries: Option<Vec<usize>> = None;
    for (k, hit) in hits.iter().enumerate() {
        let entry = &entries[hit.entry as usize];
        let span = hit.span;
        // Only a reporting cue whose own conditions hold ("I doubted that this would …": no
        // report after "I"; "the early warning system would …": a noun).
        // (Nor a participle after a conjunction of condition, which has no speaker: "If
        // confirmed, the findings would change …".)
        let reports_past = |conditions: &Conditions| {
            past_tense(&text[span.range()])
                && !follows_condition(text, sentence.start, span.start)
                && reporting_holds(text, sentence, span, conditions)
        };
        if let Some((r, _)) = also_reporting[hit.entry as usize] {
            seen_reporting = seen_reporting || reports_past(&entries[r as usize].conditions);
        }
        match entry.kind {
            CueKind::Negator => {
                last_negator = Some(span);
                continue;
            }
            CueKind::Reporting => {
                seen_reporting = seen_reporting || reports_past(&entry.conditions);
                continue;
            }
            CueKind::Block => {
                if explain {
                    out.rejected.push(rejected(
                        text,
                        span,
                        entry.kind,
                        RejectReason::Lookalike,
                        format!("look-alike phrase ({})", entry.origin),
                    ));
                }
                continue;
            }
            CueKind::Hedge | CueKind::Booster => {}
        }
        let after_reporting = seen_reporting;
        let boundaries = boundaries.get_or_insert_with(|| clause_boundaries(text, sentence));
        let clause = clause_start(sentence, boundaries, span.start);
        if let Some(failed) = check_conditions(
            text,
            sentence,
            clause,
            span,
            &entry.conditions,
            after_reporting,
        ) {
            if explain {
                let (reason, detail) = failed.describe();
                out.rejected
                    .push(rejected(text, span, entry.kind, reason, detail));
            }
            continue;
        }
        // ("not clear whether": the doubt's clause, not a second doubt.)
        if entry.conditions.not_after_doubt {
            if let Some(doubt) = out.cues.last().filter(|c| {
                c.kind == CueKind::Hedge
                    && c.class == CueClass::Doubt
                    && text.get(c.end..span.start).is_some_and(doubts_clause)
            }) {
                if explain {
                    let detail = format!("opens the clause of the doubt {:?}", doubt.text);
                    out.rejected.push(rejected(
                        text,
                        span,
                        entry.kind,
                        RejectReason::Governed,
                        detail,
                    ));
                }
                continue;
            }
        }
        let negator = last_negator.filter(|n| governs(text, *n, span, settings.negation_window));
        let mut kind = entry.kind;
        let mut weight = entry.weight;
        if negator.is_some() {
            match entry.negation {
                NegationEffect::Keep => {}
                NegationEffect::Flip => {
                    kind = if kind == CueKind::Hedge {
                        CueKind::Booster
                    } else {
                        CueKind::Hedge
                    };
                    weight = entry.flipped_weight.unwrap_or(weight);
                }
                NegationEffect::Drop => {
                    if explain {
                        out.rejected.push(rejected(
                            text,
                            span,
                            entry.kind,
                            RejectReason::Negated,
                            format!("negated by {:?}", &text[negator.map_or(0..0, Span::range)]),
                        ));
                    }
                    continue;
                }
            }
        }
        let sign = if kind == CueKind::Hedge { -1.0 } else { 1.0 };
        // A learned effect is signed for the entry's own kind; a flip turns it around.
        let effect = match entry.effect {
            Some(e) if kind == entry.kind => e,
            Some(e) => -e,
            None => sign * settings.scale * weight,
        };
        if out.cues.capacity() == 0 {
            // Room for the candidates left, no more: most sentences keep one cue, and a vector
            // that grows starts at four (on the BBC corpus, 8 of the 44 MB the heap peaks at).
            out.cues.reserve_exact(hits.len() - k);
        }
        out.cues.push(Cue {
            text: text[span.range()].to_string(),
            start: span.start,
            end: span.end,
            kind,
            class: entry.class,
            weight,
            negated: negator.is_some(),
            negator,
            scope: scope(text, sentence, boundaries, span),
            effect,
            origin: explain.then(|| entry.origin.to_string()),
        });
    }
    out
}

/// True when `gap`, what stands between a doubt and a "whether" or "if", joins them: nothing,
/// or a few words that do ("unclear, however, whether", "not clear as to whether", "unsure yet
/// if"; not "possible, if the weather holds": the doubt must come first anyway).
fn doubts_clause(gap: &str) -> bool {
    gap.len() <= DOUBT_GAP
        && gap.split([' ', ',']).filter(|w| !w.is_empty()).all(|w| {
            [
                "as",
                "exactly",
                "however",
                "now",
                "precisely",
                "still",
                "to",
                "yet",
            ]
            .iter()
            .any(|j| w.eq_ignore_ascii_case(j))
        })
}

/// Bytes at most between a doubt and the "whether" of its clause ([`doubts_clause`]).
const DOUBT_GAP: usize = 24;

fn rejected(
    text: &str,
    span: Span,
    kind: CueKind,
    reason: RejectReason,
    detail: String,
) -> Rejected {
    Rejected {
        text: text[span.range()].to_string(),
        start: span.start,
        end: span.end,
        kind,
        reason,
        detail,
    }
}

/// True when a reporting cue's look-alike conditions hold at `span` in `sentence` (the
/// context stage skips reporting cues, so attribution asks here).
pub(crate) fn reporting_holds(text: &str, sentence: Span, span: Span, c: &Conditions) -> bool {
    if c.is_empty() {
        return true;
    }
    let clause = if c.not_after.is_empty() {
        sentence.start
    } else {
        clause_start(sentence, &clause_boundaries(text, sentence), span.start)
    };
    check_conditions(text, sentence, clause, span, c, false).is_none()
}

/// A look-alike condition that failed, with the word it failed on: described (a reason and a
/// message) only when the user asks why a candidate was rejected.
enum Failed<'a> {
    /// Capitalised mid-sentence.
    Capitalized,
    /// The next word is one listed against.
    Next(&'a str),
    /// The next word is none of those required.
    NextRequired(&'a str),
    /// The previous word is one listed against.
    Previous(&'a str),
    /// The previous word is none of those required.
    PreviousRequired(&'a str),
    /// A word listed against stands earlier in the clause.
    ClauseWord(&'a str),
    /// A reporting cue in the past tense stands earlier in the sentence.
    ReportedSpeech,
}

impl Failed<'_> {
    /// The reason and its message, for `--explain`.
    fn describe(&self) -> (RejectReason, String) {
        match self {
            Failed::Capitalized => (RejectReason::Capitalized, "capitalised mid-sentence".into()),
            Failed::Next("") => (RejectReason::NextWord, "the sentence's end".into()),
            Failed::Next(w) => (RejectReason::NextWord, format!("next word {w:?}")),
            Failed::NextRequired("") => (
                RejectReason::NextWord,
                "the sentence's end, where a word is required".into(),
            ),
            Failed::NextRequired(w) => (
                RejectReason::NextWord,
                format!("next word {w:?} is not one required"),
            ),
            Failed::Previous(w) => (RejectReason::PreviousWord, format!("previous word {w:?}")),
            Failed::PreviousRequired(w) => (
                RejectReason::PreviousWord,
                format!("previous word {w:?} is not one required"),
            ),
            Failed::ClauseWord(w) => (
                RejectReason::ClauseWord,
                format!("follows {w:?} in the same clause"),
            ),
            Failed::ReportedSpeech => (
                RejectReason::ReportedSpeech,
                "follows a reporting cue in the past tense in the same sentence".into(),
            ),
        }
    }
}

/// The first failing look-alike condition, if any.
fn check_conditions<'a>(
    text: &'a str,
    sentence: Span,
    clause: usize,
    span: Span,
    c: &Conditions,
    after_reporting: bool,
) -> Option<Failed<'a>> {
    if c.is_empty() {
        return None;
    }
    if c.lower_only
        && text[span.range()].starts_with(|ch: char| ch.is_uppercase())
        && !sentence_initial(text, sentence, span.start)
    {
        return Some(Failed::Capitalized);
    }
    // (Each neighbour prepared once for all of a condition's word tests.)
    let next = next_word(text, sentence, span.end).map(WordTests::new);
    if let Some(w) = next.as_ref().filter(|w| w.any(&c.not_next)) {
        return Some(Failed::Next(w.word()));
    }
    if let Some(req) = &c.next {
        if !next.as_ref().is_some_and(|w| w.any(req)) {
            return Some(Failed::NextRequired(
                next.as_ref().map_or("", WordTests::word),
            ));
        }
    }
    let prev = prev_word(text, sentence, span.start).map(WordTests::new);
    if let Some(w) = prev.as_ref().filter(|w| w.any(&c.not_prev)) {
        return Some(Failed::Previous(w.word()));
    }
    if let Some(req) = &c.prev {
        if !prev.as_ref().is_some_and(|w| w.any(req)) {
            return Some(Failed::PreviousRequired(
                prev.as_ref().map_or("", WordTests::word),
            ));
        }
    }
    if !c.not_after.is_empty() {
        if let Some(w) = clause_words_before(text, clause, span.start)
            .find(|w| WordTests::new(w).any(&c.not_after))
        {
            return Some(Failed::ClauseWord(w));
        }
    }
    if c.not_after_reporting && after_reporting {
        return Some(Failed::ReportedSpeech);
    }
    None
}

/// True when a reporting phrase is in the past tense ("said", "told", "was quoted as saying",
/// "as reported by"): a "would" in what it reports may be the "will" of the words reported.
/// After the present tense ("says", "argue", "according to") it is not: "critics say the law
/// would favour large firms" is a hypothesis.
fn past_tense(phrase: &str) -> bool {
    const IRREGULAR: &[&str] = &[
        "said",
        "told",
        "wrote",
        "thought",
        "felt",
        "knew",
        "heard",
        "spoke",
        "swore",
        "shot",
        "understood",
        "saw",
        "found",
        "held",
        "quoted",
    ];
    phrase
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .any(|w| {
            let ed = w.len() > 3 && w.as_bytes()[w.len() - 2..].eq_ignore_ascii_case(b"ed");
            ed || IRREGULAR.iter().any(|i| i.eq_ignore_ascii_case(w))
        })
}

/// Conjunctions of condition or time after which a participle of a reporting verb has no
/// speaker ("if confirmed", "once announced", "unless reported").
const CONDITIONS: &[&str] = &["if", "once", "unless", "until", "whether"];

/// True when one of [`CONDITIONS`] stands right before `at` (after `from`), as a word.
fn follows_condition(text: &str, from: usize, at: usize) -> bool {
    let before = text.as_bytes()[from..at].trim_ascii_end();
    CONDITIONS.iter().any(|c| {
        before.len() >= c.len()
            && before[before.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
            && (before.len() == c.len()
                || !before[before.len() - c.len() - 1].is_ascii_alphanumeric())
    })
}

/// How far back a clause word may stand (`!after=WORD`), in bytes: a dozen words or so.
const CLAUSE_LOOKBACK: usize = 120;

/// The words between `clause` and `at`, nearest first, within [`CLAUSE_LOOKBACK`] bytes.
fn clause_words_before(text: &str, clause: usize, at: usize) -> impl Iterator<Item = &str> {
    let mut from = clause.max(at.saturating_sub(CLAUSE_LOOKBACK));
    while !text.is_char_boundary(from) {
        from += 1;
    }
    text[from..at]
        .rsplit(|c: char| !is_word_part(c))
        .filter(|w| !w.is_empty())
}

/// True when only opening punctuation stands between the sentence start and `at`.
fn sentence_initial(text: &str, sentence: Span, at: usize) -> bool {
    text[sentence.start..at]
        .chars()
        .rev()
        .all(|c| !is_word_char(c) && !matches!(c, ',' | ';' | ':'))
}

fn is_word_part(c: char) -> bool {
    is_word_char(c) || c == '\'' || c == '\u{2019}' || c == '-'
}

/// The word right after `at` in the sentence, past spaces only (punctuation ends the search).
pub(crate) fn next_word(text: &str, sentence: Span, at: usize) -> Option<&str> {
    let rest = &text[at..sentence.end];
    let trimmed = rest.trim_start();
    let start = at + (rest.len() - trimmed.len());
    if trimmed.starts_with([',', '.', '?', '!']) {
        // (A comma stands for a word of its own: `#comma`; so does the mark that ends the
        // sentence: `#stop`.)
        return Some(&text[start..start + 1]);
    }
    if trimmed.is_empty() {
        // (The sentence's end with no mark: `#stop`.)
        return Some(&text[start..start]);
    }
    // (A currency sign before a figure is the figure's: "about $40 million" is "$40".)
    let sign = trimmed
        .chars()
        .next()
        .filter(|c| CURRENCY.contains(c))
        .filter(|c| trimmed[c.len_utf8()..].starts_with(|d: char| d.is_ascii_digit()))
        .map_or(0, char::len_utf8);
    // (At most [`WORD_CHARS`] characters: hyphens join words, and a text of "may-may-may-…"
    // was read to its end from every cue.)
    let len = sign
        + trimmed[sign..]
            .char_indices()
            .enumerate()
            .find(|&(n, (_, c))| n == WORD_CHARS || !is_word_part(c))
            .map_or(trimmed.len() - sign, |(_, (i, _))| i);
    (len > 0).then(|| &text[start..start + len])
}

/// Currency signs that may open a figure ("$40", "£5m", "€3bn").
pub(crate) const CURRENCY: &[char] = &['$', '\u{a3}', '\u{20ac}', '\u{a5}'];

/// Most characters of a word that [`next_word`] and [`prev_word`] read: no word of a lexicon's
/// conditions is this long, so a longer run (a chain of hyphenated words) matches none of them.
const WORD_CHARS: usize = 64;

/// The word right before `at` in the sentence, past spaces only; a comma counts as a word
/// (`#comma`: "…, arguing that …"), other punctuation as none.
pub(crate) fn prev_word(text: &str, sentence: Span, at: usize) -> Option<&str> {
    let before = text[sentence.start..at].trim_end();
    let end = sentence.start + before.len();
    if before.ends_with(',') {
        return Some(&text[end - 1..end]);
    }
    let start = before
        .char_indices()
        .rev()
        .take(WORD_CHARS)
        .take_while(|&(_, c)| is_word_part(c))
        .last()
        .map_or(end, |(i, _)| sentence.start + i);
    (start < end).then(|| &text[start..end])
}

/// True when negator `neg` governs `cue`: at most `window` words between, no clause punctuation.
fn governs(text: &str, neg: Span, cue: Span, window: usize) -> bool {
    // Words are rarely longer than 40 bytes: a longer gap cannot hold `window` words.
    if neg.end > cue.start || cue.start - neg.end > 40 * (window + 1) {
        return false;
    }
    let gap = &text[neg.end..cue.start];
    if gap.contains([',', ';', ':', '(', ')', '.', '"', '\u{201C}', '\u{201D}']) {
        return false;
    }
    gap.split(|c: char| !is_word_part(c))
        .filter(|w| !w.is_empty())
        .count()
        <= window
}

/// Words that open a new clause after a comma.
const CLAUSE_OPENERS: &[&str] = &[
    "but", "and", "although", "though", "while", "whereas", "which", "so", "yet", "however",
];

/// Conjunctions that open a subordinate clause before the main one ("If …, …").
const SUBORDINATORS: &[&str] = &["if", "unless", "whether"];

/// Clause boundaries of a sentence, found in one scan: `;`, `:`, a comma before a word that opens
/// a clause ("but", "which", ...) and " but ". Offsets of the boundary byte, in order.
fn clause_boundaries(text: &str, sentence: Span) -> Vec<usize> {
    let s = &text[sentence.range()];
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    // "If the rains come, the crops could recover": the first comma closes a subordinate
    // clause that opens the sentence.
    let opener = s
        .split(|c: char| !c.is_ascii_alphabetic())
        .next()
        .unwrap_or("");
    let mut subordinate = SUBORDINATORS.iter().any(|w| w.eq_ignore_ascii_case(opener));
    for (i, &b) in bytes.iter().enumerate() {
        let boundary = match b {
            b';' | b':' => true,
            b',' if subordinate => {
                subordinate = false;
                true
            }
            b',' => {
                let after = s[i + 1..].trim_start();
                let end = after
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(after.len());
                CLAUSE_OPENERS
                    .iter()
                    .any(|w| w.eq_ignore_ascii_case(&after[..end]))
            }
            b' ' => s[i + 1..].starts_with("but "),
            _ => false,
        };
        if boundary {
            out.push(sentence.start + i);
        }
    }
    out
}

/// The clause a cue governs: from the cue to the next clause boundary within the sentence.
fn scope(text: &str, sentence: Span, boundaries: &[usize], cue: Span) -> Span {
    let next = boundaries.partition_point(|&b| b < cue.end);
    let end = boundaries.get(next).copied().unwrap_or(sentence.end);
    let clause = text[cue.end..end]
        .trim_end_matches(|c: char| c.is_whitespace() || ".!?\"'\u{201D}".contains(c));
    Span::new(cue.start, cue.end + clause.len())
}

/// Where the clause holding `at` starts (after the previous boundary, or the sentence start).
fn clause_start(sentence: Span, boundaries: &[usize], at: usize) -> usize {
    let prev = boundaries.partition_point(|&b| b < at);
    if prev == 0 {
        sentence.start
    } else {
        boundaries[prev - 1] + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(text: &str) -> Span {
        Span::new(0, text.len())
    }

    #[test]
    fn neighbouring_words() {
        let t = "In May 2024, the might of it.";
        assert_eq!(next_word(t, whole(t), 6), Some("2024"));
        assert_eq!(prev_word(t, whole(t), 17), Some("the"));
        assert_eq!(prev_word(t, whole(t), 0), None);
        assert_eq!(next_word(t, whole(t), 11), Some(","), "a comma is a word");
        assert_eq!(prev_word(t, whole(t), 13), Some(","));
        assert_eq!(
            prev_word(t, whole(t), t.len()),
            None,
            "other punctuation is none"
        );
        let u = "Nobody likes breakdowns either.";
        assert_eq!(next_word(u, whole(u), 30), Some("."), "so is a full stop");
        assert_eq!(next_word(u, whole(u), 31), Some(""), "and the end");
    }

    #[test]
    fn scope_stops_at_clause_boundary() {
        let t = "It may rain tomorrow, but the game goes on.";
        let b = clause_boundaries(t, whole(t));
        assert_eq!(
            b,
            [20, 21],
            "the comma before \"but\", and the space before it"
        );
        let s = scope(t, whole(t), &b, Span::new(3, 6));
        assert_eq!(&t[s.range()], "may rain tomorrow");
        assert_eq!(clause_start(whole(t), &b, 30), 22);
        let t = "It may rain tomorrow.";
        assert_eq!(
            &t[scope(t, whole(t), &[], Span::new(3, 6)).range()],
            "may rain tomorrow"
        );
    }

    #[test]
    fn negation_window() {
        let t = "not at all very clearly";
        assert!(governs(t, Span::new(0, 3), Span::new(16, 23), 3));
        assert!(!governs(t, Span::new(0, 3), Span::new(16, 23), 2));
        let t = "not, clearly";
        assert!(!governs(t, Span::new(0, 3), Span::new(5, 12), 3));
    }
}
