//! Attribution: who asserts each sentence, and how sure each source is.
//!
//! # How a sentence gets its source
//!
//! 1. **Quotations.** One scan over the whole document ([`quotes`]) records every direct
//!    quotation, with multi-paragraph quotations (a paragraph left open, the next reopened)
//!    grouped as one. Each group looks for its speaker tag: right after a piece
//!    (`"…," Kirby said`, `"…," said Kirby`), right before its first piece (`Kirby said: "…`,
//!    `According to Kirby, "…`, a previous paragraph ending `Kirby said:`), then after its later
//!    pieces (a multi-paragraph quotation tagged at its end). A sentence lying at least half inside
//!    a group's quotations belongs to the group's speaker, whether it has a tag of its own or not.
//!    A quotation signed on its line with a dash (`"…" ― Sonya Herridge`) is the signer's. A
//!    quotation with no tag continues the speaker of the latest tag in its paragraph, or of the
//!    quotation that ends the paragraph before it.
//! 2. **Transcripts and headlines** ([`transcript`]). A line opening with a speaker label that
//!    opens two or more lines of the text (`PENCE: Well, look, …`) belongs to that speaker,
//!    quoted or not; so does a one-line headline under a label that names a source (`Poll:
//!    Trump leads in Ohio.`, `Sanders: Clinton needs a big win.`), unless the label is a rubric
//!    (`Update:`) or what follows is a list of names (`Subs Not Used: Cooper, Knight.`).
//! 3. **Reported speech.** Any other sentence with a reporting cue outside quotation marks
//!    (`Kirby said that …`, `…, Kirby said.`, `…, Kirby said, …`, `…, says one analyst.`,
//!    `According to X, …`, `X: …` after a name, `Kirby welcomed the vote and said …`) belongs to
//!    the cue's source when the tag leaves most of the sentence to the reported content, and
//!    the cue is not inside a subordinate clause (`a plan that Kirby said would fail` stays the
//!    author's). Of several cues, the one that leaves the most content wins.
//! 4. **Block quotations** ([`transcript`]). The paragraph after one that ends in a tag and a
//!    colon (`Soerens argued that:`) belongs to that tag's source.
//! 5. Every other sentence is the author's own voice (`source: None`).
//!
//! The source phrase next to a cue ([`tag`]) is classified as a pronoun, a name (person,
//! organisation, publication) or a description (anonymous or vague, a document), and resolved
//! to a source in text order ([`resolve`]): a surname or a title refers to the person named in
//! full before ("Kirby", "Mr. Kirby" -> "John Kirby"), and "he", "she", "they", "it" to the
//! most recent compatible source. `X told <publication>` and `…, citing X` keep the relay
//! (`via`).
//!
//! Reporting cues come from the lexicon (`kind` `reporting`, the class being the commitment).
//! Cues that the lexicon also lists as hedges or boosters ("alleged", "confirmed") are found
//! among the sentence's cues and looked up by their text.

mod quotes;
mod resolve;
mod tag;
mod transcript;

use crate::lexicon::{CueClass, CueKind, Entry};
use crate::matcher::Hit;
use crate::report::{Commitment, ReportingCue, Sentence, Source, SourceKind, SourceRef};
use crate::span::Span;
use quotes::Quote;
use resolve::{
    description_head, description_words, document_breaks, document_start, presearch, resolve_tag,
    subject_antecedent, Registry, FULL_NAME_REACH,
};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Arc;
use std::sync::{Condvar, Mutex, MutexGuard, OnceLock, PoisonError};
use tag::{Found, Mention, Pronoun, WordHasher};
use transcript::{blocks, no_ones_words, sentence_colon_tag, turns, Turn, LABEL_MAX, LABEL_VERBS};

/// Share of a sentence (bytes) that must lie inside quotation marks for the sentence to be the
/// quotation's.
const QUOTED_SHARE: f64 = 0.5;
/// Share of a sentence that the reported content must fill for a reported-speech tag ("Kirby
/// said") to give the sentence to its source: a sentence that is mostly preamble, tag or
/// afterthought ("During a call on Monday, Kirby said it was over, with a smile") stays the
/// author's.
const CONTENT_SHARE: f64 = 0.5;
/// Share of a sentence that the reported content must fill for the sentence, its author's by
/// [`CONTENT_SHARE`], to record that it reports the source's words ("A spokesman for the
/// ministry said it would."): the sentence's `reported`.
const REPORTED_SHARE: f64 = 0.1;

/// First words of a preamble before a tag ("Last week, Kirby said …", "In a statement, …"):
/// not reported content.
pub(crate) const PREAMBLES: &[&str] = &[
    "addressing",
    "after",
    "also",
    "although",
    "amid",
    "and",
    "appearing",
    "as",
    "asked",
    "at",
    "back",
    "because",
    "before",
    "but",
    "by",
    "despite",
    "during",
    "earlier",
    "even",
    "following",
    "for",
    "friday",
    "from",
    "however",
    "if",
    "in",
    "indeed",
    "instead",
    "interviewed",
    "just",
    "last",
    "later",
    "like",
    "meanwhile",
    "monday",
    "next",
    "now",
    "on",
    "once",
    "only",
    "over",
    "pressed",
    "questioned",
    "responding",
    "saturday",
    "separately",
    "since",
    "so",
    "speaking",
    "still",
    "sunday",
    "then",
    "this",
    "though",
    "throughout",
    "thursday",
    "to",
    "today",
    "tonight",
    "tuesday",
    "under",
    "unlike",
    "until",
    "upon",
    "wednesday",
    "when",
    "while",
    "with",
    "within",
    "without",
    "writing",
    "yesterday",
    "yet",
];

/// Words that, after a comma, start an afterthought of the author's rather than more of the
/// reported content ("…, Kirby said, with a smile").
pub(crate) const AFTERTHOUGHTS: &[&str] = &[
    "according",
    "after",
    "alluding",
    "amid",
    "apparently",
    "appearing",
    "as",
    "at",
    "before",
    "calling",
    "citing",
    "despite",
    "drawing",
    "during",
    "echoing",
    "flanked",
    "following",
    "harping",
    "holding",
    "in",
    "laughing",
    "making",
    "on",
    "pointing",
    "prompting",
    "referring",
    "reflecting",
    "responding",
    "shaking",
    "sitting",
    "smiling",
    "speaking",
    "standing",
    "surrounded",
    "waving",
    "wearing",
    "when",
    "where",
    "which",
    "while",
    "who",
    "whose",
    "with",
    "without",
];
/// How far (bytes) a quotation's tag may lie from its marks.
const TAG_REACH: usize = 200;
/// How many paragraph breaks an untagged quotation may lie after the latest tag to continue it.
const INHERIT_PARAGRAPHS: usize = 1;
/// Most words of a definite description after its article that [`Registry::described`]
/// links to a person ("the world indoor champion").
const DESCRIPTION_WORDS: usize = 4;
/// Words of a descriptor that make it another role than the bare description's.
const LESSER_ROLES: &[&str] = &["assistant", "deputy", "ex", "former", "shadow", "vice"];
/// Sentence certainties are clamped to this distance from 0 and 1 before taking log-odds.
const CLAMP: f64 = 0.01;

/// A reporting cue occurrence: where, with which commitment, in which sentence.
#[derive(Debug, Clone, Copy)]
struct Occurrence {
    span: Span,
    commitment: Commitment,
    /// The cue only tags quotations (`tags=quotes` in the lexicon).
    quotes_only: bool,
    /// The cue reports only in a headline (`tags=headline`): it gives the line to its subject
    /// but never cuts short an earlier cue's content ("Win or not, candidate says, campaign
    /// aims to transform country.").
    headline_only: bool,
    /// The cue reads as an adjective after a linking verb (`tags=predicate`: "are confident
    /// that"; `tags=verb+predicate`: "are worried that").
    predicate: bool,
    /// With no linking verb, the cue is a verb (`tags=verb+predicate`: "Regulators worried that
    /// …"), not an adjective that tags no one ("Parents concerned that … can call").
    verb: bool,
}

/// A speaker tag: the cue, the source phrase, and what it refers to.
#[derive(Debug, Clone)]
struct Tag {
    cue: Span,
    commitment: Commitment,
    found: Found,
    mention: Mention,
    /// The source that relays this one ("CBS" in "an official told CBS").
    via: Option<String>,
    /// The cited source when the tag relays another ("citing sources").
    cited: Option<(Found, Mention)>,
    /// What [`presearch`] found before the tag, when there was anything to look for.
    before: Option<Box<Before>>,
}

/// What a tag's resolution needs from the text before it, found by [`presearch`] while the
/// claims are made (the searches read only the text, so they run on two threads for a long
/// text; which of the findings count depends on the sources met, and is settled in
/// [`resolve_tag`], one tag after the other).
#[derive(Debug, Clone, Default)]
struct Before {
    /// For a pronoun, the subjects it may refer to.
    subjects: Option<Subjects>,
    /// The full name the document gave earlier for each one-word person's name that the tag
    /// or its subjects name ([`tag::fuller_name`]).
    fuller: Vec<(Arc<str>, Option<String>)>,
}

/// No subject found.
const NOTHING: Subjects = Subjects {
    near: None,
    far: None,
};

/// The subjects a pronoun tag may refer to.
#[derive(Debug, Clone)]
struct Subjects {
    /// "He"/"she": the name opening the pronoun's own sentence. "It": the body opening the
    /// sentence just before.
    near: Option<Mention>,
    /// The nearest subject over [`SUBJECT_LOOKBACK`](resolve::SUBJECT_LOOKBACK) sentences, and
    /// where it starts.
    far: Option<(usize, Mention)>,
}

impl Tag {
    /// A tag with no relay and no cited source.
    fn direct(cue: Span, commitment: Commitment, found: Found, mention: Mention) -> Tag {
        Tag {
            cue,
            commitment,
            found,
            mention,
            via: None,
            cited: None,
            before: None,
        }
    }
}

/// A source being built.
#[derive(Debug, Clone)]
struct Entity {
    name: String,
    kind: SourceKind,
    aliases: Vec<String>,
    descriptors: Vec<String>,
    via: Option<String>,
    /// The pronoun or title that referred to it.
    gender: Option<Pronoun>,
    /// The sex a title gave it ("Mr. Khan"): unlike a pronoun's, sure.
    titled: Option<Pronoun>,
    /// Where its latest tag stands in the text.
    last_at: usize,
    /// Known by a description, which names it within its document only (see
    /// [`Registry::new_document`](resolve::Registry::new_document)).
    described: bool,
    /// How many tags named it (for a surname alone in another document: see
    /// [`Registry::find_named`](resolve::Registry::find_named)).
    mentions: u32,
    /// Two sources named together ("Smith and Jones", see [`tag::joint`]): "they".
    pair: bool,
    /// The writer's own first person outside quotation marks ("I said", "we show that …",
    /// "As I've suggested, …"): the author, whose sentences these are.
    author: bool,
}

/// Who asserts a sentence, before output.
#[derive(Debug, Clone)]
struct Assigned {
    entity: usize,
    /// The source phrase as written (a span of the text).
    as_written: Span,
    cue: Option<(Span, Commitment)>,
    quoted: bool,
    via: Option<String>,
}

/// The spaces inside a line that are not ASCII: a no-break space (U+00A0), a narrow no-break
/// space (U+202F), a thin space (U+2009), and the other fixed-width spaces (U+2000 to U+200A).
const WIDE_SPACES: [char; 13] = [
    '\u{A0}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}',
    '\u{2007}', '\u{2008}', '\u{2009}', '\u{200A}', '\u{202F}',
];

/// `text` for the attribution rules: each no-break or other Unicode space inside a line written
/// as as many ASCII spaces as it has bytes, so that every byte offset stays the same and the rules,
/// which split phrases at `' '`, read "On July 6, 2015,\u{A0}Sanders made …" as they read it
/// with a plain space. Borrowed, with no copy, when the text has none of the three that news
/// text carries (U+00A0, U+2009, U+202F: one search for their last bytes, each hit checked); a
/// text with one of them has all of [`WIDE_SPACES`] rewritten.
pub(crate) fn ascii_spaced(text: &str) -> std::borrow::Cow<'_, str> {
    let b = text.as_bytes();
    let wide = memchr::memchr3_iter(0xA0, 0x89, 0xAF, b)
        .any(|i| crate::matcher::space_len_back(b, i + 1) > 1);
    if !wide {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if WIDE_SPACES.contains(&c) {
            out.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// `text` (as [`ascii_spaced`] gave it) with each nickname inside a name that the scan found
/// (`Marcia "Cia" Price`, no quotation) written as spaces, same offsets: the rules read "Marcia
/// Price" as one name. Borrowed, with no copy, when the text has none.
pub(crate) fn unnicknamed<'t>(
    text: std::borrow::Cow<'t, str>,
    scanned: &Scanned,
) -> std::borrow::Cow<'t, str> {
    if scanned.nicknames.is_empty() {
        return text;
    }
    let mut out = text.into_owned();
    for span in &scanned.nicknames {
        out.replace_range(span.range(), &" ".repeat(span.len()));
    }
    std::borrow::Cow::Owned(out)
}

/// `span` of the text attribution read (see [`ascii_spaced`]) as a span of `text` as written:
/// an end inside a no-break space (two spaces there) moves before it, a start after it. The
/// report's offsets are on the text's characters.
fn on_chars(text: &str, span: Span) -> Span {
    let start = tag::ceil_char(text, span.start.min(text.len()));
    let end = tag::floor_char(text, span.end.min(text.len()));
    Span::new(start, end.max(start))
}

/// What attribution reads from the text alone, before sentences and cues are known: every
/// quotation (one scan) and the speaker turns of a transcript. Runs beside cue matching.
#[derive(Debug, Default)]
pub(crate) struct Scanned {
    quotes: Vec<Quote>,
    /// Nicknames quoted inside names, which are no quotations (see [`unnicknamed`]).
    nicknames: Vec<Span>,
    turns: Vec<Turn>,
    /// Where documents start after two blank lines (see [`document_breaks`]).
    breaks: Vec<usize>,
}

/// Scans `text` for quotations and transcript turns, for [`Job::new`].
pub(crate) fn scan(text: &str) -> Scanned {
    let breaks = document_breaks(text);
    let (quotes, nicknames) = quotes::scan(text);
    Scanned {
        quotes,
        nicknames,
        turns: turns(text, &breaks),
        breaks,
    }
}

/// Everything attribution decides from the text alone, before the sentences are scored: each
/// sentence's claimant and the resolved speakers, for [`finish`].
#[derive(Debug)]
pub(crate) struct Prepared {
    claims: Vec<Claimant>,
    /// (Boxed: a text may hold a great many quotations, most of them untagged.)
    group_assigned: Vec<Option<Box<Assigned>>>,
    /// The speaker of each sentence with a tag of its own, in sentence order ([`Claimant::Own`]).
    own_assigned: Vec<Option<Assigned>>,
    entities: Vec<Entity>,
    /// Every quotation's span, in text order: the words inside them are their speaker's (see
    /// [`outside_words`]).
    quotes: Vec<Span>,
}

/// The text-only part of attribution (quotation tags, claims and resolution) as a job that one
/// or two threads work on while, or after, the sentences are scored: [`Job::resolve`] on one
/// thread, which makes the quotation groups' tags and then resolves every tag in text order as
/// the chunks of sentences' claims come in, and [`Job::work`] on another, which makes chunks of
/// claims for it meanwhile (each thread makes any chunk nobody has taken yet).
pub(crate) struct Job<'a, R> {
    text: &'a str,
    spans: &'a [Span],
    scanned: Scanned,
    /// Finds the reporting hits, in text order.
    reporting: R,
    entries: &'a [Entry],
    /// Reporting cues outside quotations and block quotations: made once, by the first thread
    /// that needs them.
    setup: OnceLock<(Vec<Occurrence>, Vec<Turn>)>,
    /// The next chunk of sentences whose claims nobody has taken yet.
    next: AtomicUsize,
    /// The chunks of claims made and not yet taken by the resolving thread, by chunk.
    made: Mutex<Vec<Option<Vec<Claim>>>>,
    /// Signalled when a chunk is made, or when the job is abandoned.
    arrived: Condvar,
    /// Set when the thread making claims beside the resolving one panicked: the chunk it had
    /// taken never comes.
    abandoned: AtomicBool,
}

impl<R> Job<'_, R> {
    /// A guard for the thread calling [`Job::work`]: if that thread panics, the guard's drop
    /// tells [`Job::resolve`] to stop waiting for its chunk.
    pub(crate) fn abandon_on_panic(&self) -> impl Drop + '_ {
        struct Guard<'j, 'a, R>(&'j Job<'a, R>);
        impl<R> Drop for Guard<'_, '_, R> {
            fn drop(&mut self) {
                if std::thread::panicking() {
                    // (Set under the lock: the resolver checks the flag before each wait.)
                    let held = self.0.made.lock();
                    self.0.abandoned.store(true, Ordering::Relaxed);
                    drop(held);
                    self.0.arrived.notify_all();
                }
            }
        }
        Guard(self)
    }
}

impl<'a, R: Fn() -> Vec<Hit>> Job<'a, R> {
    /// A job over `text`, split into `spans`; `reporting` finds the reporting hits (in text
    /// order) when the job starts.
    pub(crate) fn new(
        text: &'a str,
        spans: &'a [Span],
        scanned: Scanned,
        reporting: R,
        entries: &'a [Entry],
    ) -> Job<'a, R> {
        let chunks = spans.len().div_ceil(CLAIM_CHUNK);
        Job {
            text,
            spans,
            scanned,
            reporting,
            entries,
            setup: OnceLock::new(),
            next: AtomicUsize::new(0),
            made: Mutex::new(std::iter::repeat_with(|| None).take(chunks).collect()),
            arrived: Condvar::new(),
            abandoned: AtomicBool::new(false),
        }
    }

    /// True once the reporting cues are found: a thread that calls [`Job::work`] from now on
    /// starts on its share at once.
    pub(crate) fn ready(&self) -> bool {
        self.setup.get().is_some()
    }

    fn setup(&self) -> &(Vec<Occurrence>, Vec<Turn>) {
        self.setup.get_or_init(|| {
            let reporting = (self.reporting)();
            let occurrences =
                occurrences(self.text, &reporting, self.entries, &self.scanned.quotes);
            let blocks = blocks(self.text, &occurrences);
            (occurrences, blocks)
        })
    }

    fn chunks(&self) -> usize {
        self.spans.len().div_ceil(CLAIM_CHUNK)
    }

    /// The next chunk nobody has taken, if any.
    fn take(&self) -> Option<usize> {
        let chunk = self.next.fetch_add(1, Ordering::Relaxed);
        (chunk < self.chunks()).then_some(chunk)
    }

    /// The claims of the sentences of `chunk`, their tags searched back for what they refer to.
    fn claims(&self, chunk: usize) -> Vec<Claim> {
        let (occurrences, blocks) = self.setup();
        let from = chunk * CLAIM_CHUNK;
        let to = (from + CLAIM_CHUNK).min(self.spans.len());
        let s = &self.scanned;
        let mut made = claims_of(
            self.text,
            &self.spans[from..to],
            &s.quotes,
            occurrences,
            &s.turns,
            blocks,
        );
        for claim in &mut made {
            if let Claim::Own(tag) | Claim::Reported(tag) | Claim::Mentioned(tag) = claim {
                presearch(self.text, &s.breaks, tag);
            }
        }
        made
    }

    fn made(&self) -> MutexGuard<'_, Vec<Option<Vec<Claim>>>> {
        // (A thread that panicked holding the lock left the vector whole.)
        self.made.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Makes chunks of claims for [`Job::resolve`] on another thread until none is left to
    /// take.
    pub(crate) fn work(&self) {
        while let Some(chunk) = self.take() {
            let claims = self.claims(chunk);
            self.made()[chunk] = Some(claims);
            self.arrived.notify_all();
        }
    }

    /// The claims of `chunk`: made already, made here when nobody has taken it (or another
    /// untaken chunk made meanwhile), or waited for. `None` once the job is abandoned.
    fn chunk(&self, chunk: usize) -> Option<Vec<Claim>> {
        loop {
            if let Some(claims) = self.made()[chunk].take() {
                return Some(claims);
            }
            if let Some(other) = self.take() {
                let claims = self.claims(other);
                if other == chunk {
                    return Some(claims);
                }
                self.made()[other] = Some(claims);
                continue;
            }
            let mut made = self.made();
            while made[chunk].is_none() {
                if self.abandoned.load(Ordering::Relaxed) {
                    return None;
                }
                made = self
                    .arrived
                    .wait(made)
                    .unwrap_or_else(PoisonError::into_inner);
            }
            return made[chunk].take();
        }
    }

    /// The least position of a tag's cue in `chunk` or any chunk after it: the first
    /// sentence's start, or earlier when a transcript's turn or a block quotation running into
    /// those sentences has its tag before.
    fn frontiers(&self, blocks: &[Turn]) -> Vec<usize> {
        let mut least: Vec<usize> = (0..self.chunks())
            .map(|c| self.spans[c * CLAIM_CHUNK].start)
            .collect();
        for turn in self.scanned.turns.iter().chain(blocks) {
            // (The chunks of the sentences that start inside the turn's line.)
            let first = self.spans.partition_point(|s| s.start < turn.line.start);
            let last = self.spans.partition_point(|s| s.start <= turn.line.end);
            for c in first / CLAIM_CHUNK..last.div_ceil(CLAIM_CHUNK).min(least.len()) {
                least[c] = least[c].min(turn.tag.cue.start);
            }
        }
        for c in (1..least.len()).rev() {
            least[c - 1] = least[c - 1].min(least[c]);
        }
        least
    }

    /// Makes the quotation groups' tags, then resolves every tag in text order as the chunks
    /// of claims come in (making those nobody has taken), and settles each sentence's
    /// claimant. (If the job is abandoned, what was resolved so far.)
    pub(crate) fn resolve(&self) -> Prepared {
        let (occurrences, blocks) = self.setup();
        let quotes = &self.scanned.quotes[..];
        let breaks = &self.scanned.breaks[..];
        let n = quotes.last().map_or(0, |q| q.group + 1);
        let mut group_tags = group_tags_of(self.text, quotes, occurrences, n);
        for tag in group_tags.iter_mut().flatten() {
            presearch(self.text, breaks, tag);
        }
        let frontiers = self.frontiers(blocks);
        let chunks = (0..self.chunks()).map_while(|c| {
            let later = frontiers.get(c + 1).copied().unwrap_or(usize::MAX);
            Some((self.chunk(c)?, later))
        });
        resolve_all(self.text, quotes, breaks, group_tags, chunks)
    }
}

/// The text-only part of attribution on one thread: [`Job::resolve`] alone.
pub(crate) fn prepare(
    text: &str,
    spans: &[Span],
    scanned: Scanned,
    reporting: impl Fn() -> Vec<Hit>,
    entries: &[Entry],
) -> Prepared {
    Job::new(text, spans, scanned, reporting, entries).resolve()
}

/// Resolves the quotation groups' tags and the sentences' own tags in text order, then lets
/// untagged quotations continue an earlier speaker. The claims come by chunks of sentences, in
/// order, each with the least position of a tag's cue in any chunk after it: the tags before
/// that position are resolved as soon as their chunk is in.
fn resolve_all(
    text: &str,
    quotes: &[Quote],
    breaks: &[usize],
    group_tags: Vec<Option<Box<Tag>>>,
    chunks: impl Iterator<Item = (Vec<Claim>, usize)>,
) -> Prepared {
    let groups = group_tags.len();
    // Untagged quotations after a sentence whose subject may speak them (see below), with the
    // source that subject names where the quotation stands.
    // (Or, for a quotation inside its sentence, with the source that sentence's own subject
    // names: `own` is set, and the quotation goes on with no earlier speaker.)
    let mut candidates: Vec<(usize, usize, Span, Mention, bool)> = Vec::new();
    let mut own_subject = vec![false; groups];
    // The group has a candidate from the sentence before it ([`subject_before`]).
    let mut subject_follows = vec![false; groups];
    // That sentence tells of its subject's response and nothing more ("She rejected that.",
    // "Betsy Ebeling shook her head."): the quotation after it is the responder's, ahead of the
    // speaker the paragraph quoted before.
    let mut responds_before = vec![false; groups];
    let mut seen = vec![false; groups];
    for q in quotes {
        if std::mem::replace(&mut seen[q.group], true) || group_tags[q.group].is_some() {
            continue;
        }
        let (found, own) = match subject_before(text, q.span.start) {
            Some(found) => (Some(found), false),
            None => (subject_within(text, q.span.start), true),
        };
        let Some((subject, bare)) = found else {
            continue;
        };
        let named = match tag::classify(&text[subject.range()], false) {
            Some(m @ Mention::Named { .. }) => Some((m, bare, false)),
            // "She spoke to us from her field station in Aralsk.\n\n“When I started, …”": a
            // pronoun opening the sentence before, the person it refers to (the nearest subject
            // before it, as for a pronoun's tag).
            Some(Mention::Pronoun(p @ (Pronoun::He | Pronoun::She))) if !own => {
                let doc_start = document_start(breaks, subject.start);
                subject_antecedent(text, doc_start, subject.start, p, 0)
                    .far
                    .map(|(_, m)| (m, false, true))
                    .filter(|(m, _, _)| matches!(m, Mention::Named { .. }))
            }
            _ => None,
        };
        if let Some((m, bare, pronoun)) = named {
            candidates.push((q.span.start, q.group, subject, m, bare));
            own_subject[q.group] = own;
            // (Not for a pronoun's: the quotation may still go on with the speaker before,
            // whom the pronoun most often means.)
            subject_follows[q.group] = !own && !bare && !pronoun;
            responds_before[q.group] = !own && reacts(text, subject.end, q.span.start);
        }
    }
    // (Each with where its latest tag stood then.)
    let mut candidate_found: Vec<Option<(usize, usize)>> = Vec::with_capacity(candidates.len());
    let look_up = |reg: &Registry, found: &mut Vec<Option<(usize, usize)>>, upto: usize| {
        while let Some((at, _, _, m, _)) = candidates.get(found.len()) {
            if *at >= upto {
                break;
            }
            found.push(match m {
                Mention::Named { name, kind, .. } => reg
                    .find_named(name, *kind)
                    .map(|i| (i, reg.entities[i].last_at)),
                Mention::Pronoun(_) => None,
            });
        }
    };
    // The sentences' claimants, and their own tags, numbered in sentence order.
    let mut claims: Vec<Claimant> = Vec::new();
    let mut own_tags: Vec<Box<Tag>> = Vec::new();
    // Whether each own tag reports words (it claims its sentence, or reports in a minor part
    // of it), not only names its source.
    let mut own_claims: Vec<bool> = Vec::new();
    // Every tag in the order resolved, which is text order: (position, is_group, index).
    let mut order: Vec<(usize, bool, usize)> = Vec::new();
    let mut group_order: Vec<(usize, bool, usize)> = group_tags
        .iter()
        .enumerate()
        .filter_map(|(g, t)| Some((t.as_ref()?.cue.start, true, g)))
        .collect();
    group_order.sort_unstable();
    let mut next_group = 0;
    // Own tags in, not yet resolved (sorted).
    let mut waiting: Vec<(usize, bool, usize)> = Vec::new();
    let mut reg = Registry::default();
    let mut group_assigned: Vec<Option<Box<Assigned>>> = vec![None; groups];
    let mut own_assigned: Vec<Option<Assigned>> = Vec::new();
    let mut next_break = 0;
    // (A last, empty chunk resolves what is left.)
    for (chunk, later) in chunks.chain(std::iter::once((Vec::new(), usize::MAX))) {
        let first_new = own_tags.len();
        for c in chunk {
            claims.push(match c {
                Claim::Author => Claimant::Author,
                Claim::Group(g) => Claimant::Group(g),
                Claim::Own(t) => {
                    own_tags.push(t);
                    own_claims.push(true);
                    Claimant::Own(own_tags.len() - 1)
                }
                // (A report in a minor part of the sentence has words too: "Peter Chelsom said
                // he was disappointed.\n\n\"It's a shame.\"")
                Claim::Reported(t) => {
                    own_tags.push(t);
                    own_claims.push(true);
                    Claimant::Reported(own_tags.len() - 1)
                }
                Claim::Mentioned(t) => {
                    own_tags.push(t);
                    own_claims.push(false);
                    Claimant::Author
                }
            });
        }
        own_assigned.resize(own_tags.len(), None);
        waiting.extend((first_new..own_tags.len()).map(|k| (own_tags[k].cue.start, false, k)));
        waiting.sort_unstable();
        // Resolve every tag before any later chunk's in text order, so that pronouns find the
        // most recent source.
        let ready = waiting.partition_point(|&(pos, _, _)| pos < later);
        let mut own = waiting.drain(..ready).peekable();
        loop {
            let group = group_order.get(next_group).filter(|g| g.0 < later);
            let (pos, is_group, i) = match (group, own.peek()) {
                (Some(&g), Some(&o)) if g < o => {
                    next_group += 1;
                    g
                }
                (_, Some(&o)) => {
                    own.next();
                    o
                }
                (Some(&g), None) => {
                    next_group += 1;
                    g
                }
                (None, None) => break,
            };
            order.push((pos, is_group, i));
            look_up(&reg, &mut candidate_found, pos);
            // Two blank lines part documents (a corpus of articles in one file): a pronoun does not
            // reach back into the previous one (names still do: the same name is one source).
            if breaks.get(next_break).is_some_and(|&b| b <= pos) {
                next_break = breaks.partition_point(|&b| b <= pos);
                reg.new_document(breaks[next_break - 1]);
            }
            let tag = if is_group {
                group_tags[i].as_deref()
            } else {
                Some(&*own_tags[i])
            };
            let Some(tag) = tag else { continue };
            let doc_start = next_break.checked_sub(1).map_or(0, |b| breaks[b]);
            let assigned = resolve_tag(text, doc_start, tag, &mut reg, is_group);
            if is_group {
                group_assigned[i] = Some(Box::new(assigned));
            } else {
                own_assigned[i] = Some(assigned);
            }
        }
    }
    // (Checked in the tests, where chunks are a few sentences long, and in debug builds; in a
    // release build a tag out of order would only be resolved a little late.)
    if cfg!(any(test, debug_assertions)) {
        assert!(
            order.is_sorted(),
            "a chunk's tag came before an earlier chunk's"
        );
    }
    look_up(&reg, &mut candidate_found, usize::MAX);

    // An untagged quotation that no speaker goes on with, opening a sentence right after one
    // whose subject is a person named in full or with a title, is that person's: "Mr
    // Negroponte has adapted the idea to his own work in Cambodia …. “We put in 25 laptops
    // three years ago …”". (The person as known where the quotation stands: a titled surname
    // met nowhere before is left alone, as the surname may be someone else's by the end.)
    // (First, before any quotation goes on with an earlier speaker, those inside a sentence whose
    // own subject names the speaker: "Bolton thought some of the “Neocons For Hillary” buzz
    // was …".)
    let assign_candidates =
        |own_pass: bool, group_assigned: &mut Vec<Option<Box<Assigned>>>, reg: &mut Registry| {
            for (k, &(_, g, subject, ref mention, bare)) in candidates.iter().enumerate() {
                if group_assigned[g].is_some() || own_subject[g] != own_pass {
                    continue;
                }
                let written = &text[subject.range()];
                // (A surname under a title names the person its own document tagged: "Mr Brown" of a
                // report on the chancellor is no Dan Brown of an article before.)
                let doc_start = document_start(breaks, subject.start);
                // (A bare surname, like a titled one, only for a source met in its own document.)
                let titled =
                    bare || tag::sex_of_title(written.split(' ').next().unwrap_or("")).is_some();
                let entity = match candidate_found[k] {
                    Some((i, _)) if !titled => i,
                    Some((i, last_at)) if last_at >= doc_start => i,
                    None if !titled => reg.resolve(mention, written, None),
                    _ => continue,
                };
                group_assigned[g] = Some(Box::new(Assigned {
                    entity,
                    as_written: subject,
                    cue: None,
                    quoted: true,
                    via: None,
                }));
            }
        };
    assign_candidates(true, &mut group_assigned, &mut reg);

    // A quotation with no tag of its own continues the most recent speaker's words when nothing
    // but a tag sentence stands between ("'A,' Ross said. 'B.'"), or the previous quotation's
    // when it opens the next paragraph ("'A,' Ross said.\n\n'B.'").
    let mut g_first = 0;
    while g_first < quotes.len() {
        let g = quotes[g_first].group;
        let start = quotes[g_first].span.start;
        while g_first < quotes.len() && quotes[g_first].group == g {
            g_first += 1;
        }
        if group_assigned[g].is_some() {
            continue;
        }
        let before = order.partition_point(|&(pos, _, _)| pos < start);
        let Some(&(pos, is_group, i)) = before.checked_sub(1).map(|k| &order[k]) else {
            continue;
        };
        let breaks = paragraph_breaks(text, pos, start, INHERIT_PARAGRAPHS);
        // ("“…,” Tom Ebeling said, pointing to one ear and then the other. Betsy Ebeling
        // shook her head. “Tom's much better about it than I am.”" is Betsy's: the candidate
        // below.)
        if responds_before[g] {
            continue;
        }
        let prev = if breaks == 0 {
            // In the same paragraph: the latest tag's speaker.
            if is_group {
                group_assigned[i].clone()
            } else {
                own_assigned[i].clone().map(Box::new)
            }
        } else {
            // A new paragraph opening a quotation goes on with the previous quotation's speaker,
            // when that quotation is the last thing tagged and ends in the paragraph before.
            // Or with the speaker of the paragraph before, when that paragraph closes on a
            // sentence of its own tag (`Carter said that …\n\n"That is because …"`).
            // (A quotation inside a sentence of its own inherits nothing: "Japan branded
            // North Korea an “outlaw nation.”")
            let line = text[..start].rfind('\n').map_or(0, |i| i + 1);
            let opens = text[line..start].trim().is_empty();
            if !is_group
                && breaks == 1
                && own_claims[i]
                && opens
                && closes_paragraph(text, &own_tags[i], start)
            {
                group_assigned[g] = own_assigned[i].clone().map(|mut a| {
                    a.quoted = true;
                    Box::new(a)
                });
                continue;
            }
            let Some(p) = g.checked_sub(1) else { continue };
            let p_end = quotes[..g_first]
                .iter()
                .rev()
                .find(|q| q.group == p)
                .map_or(0, |q| q.span.end);
            let p_tagged_last = (is_group && i == p) || pos < p_end;
            // (Not a quotation inside a paragraph of the author's, right after a sentence whose
            // subject names its own speaker: "Pence said …\n\nOn “Face the Nation,” Sen.
            // Bernie Sanders … identified … . “The younger people are …”" is Sanders's.)
            if !opens && subject_follows[g] {
                continue;
            }
            // ("Stone said:\n\n“I think …”\n\n“… There is evidence …”": a quotation that
            // opens with an ellipsis is an excerpt of the words quoted just before, however far
            // back their tag stands.)
            if breaks > INHERIT_PARAGRAPHS && !elided(&text[start..])
                || !p_tagged_last
                || paragraph_breaks(text, p_end, start, INHERIT_PARAGRAPHS) > INHERIT_PARAGRAPHS
            {
                continue;
            }
            group_assigned[p].clone()
        };
        group_assigned[g] = prev.map(|mut a| {
            a.quoted = true;
            a
        });
    }
    assign_candidates(false, &mut group_assigned, &mut reg);

    Prepared {
        claims,
        group_assigned,
        own_assigned,
        entities: reg.entities,
        quotes: quotes.iter().map(|q| q.span).collect(),
    }
}

/// True when `quotation` opens with its mark and an ellipsis ("“… There is …", `"... and so`):
/// an excerpt that goes on with words quoted before.
fn elided(quotation: &str) -> bool {
    let body = quotation
        .strip_prefix(['"', '\u{201C}', '\u{2018}'])
        .unwrap_or("")
        .trim_start();
    body.starts_with('\u{2026}') || body.starts_with("...")
}

/// The subject of the sentence right before a quotation that opens a sentence at `start`, when
/// that sentence (in the quotation's paragraph or the one before) holds no quotation mark and
/// opens with a person named in full or with a title ("Graham Barlow, editor of Mac Format,
/// understandably has a rather partisan viewpoint. “It's just a Mac, …”"), or with one
/// capitalised word (`bare`, true: a surname, taken only for a source already met in its
/// document, "Viguerie is upbeat about …. “Not only can …”").
fn subject_before(text: &str, start: usize) -> Option<(Span, bool)> {
    let lead = &text[..start];
    let trimmed = lead.trim_end();
    let gap = &lead[trimmed.len()..];
    if gap.matches('\n').count() > 2 || !trimmed.ends_with(['.', '!']) {
        return None;
    }
    let end = trimmed.len();
    // (A sentence longer than the reach is none of this: its start was not found.)
    let limit = end.saturating_sub(SUBJECT_SENTENCE);
    let from = clause_start(text, limit, end - 1);
    if from == limit && limit > 0 {
        return None;
    }
    let subject = lead_subject(text, Span::new(from, end))?;
    // (Quotation marks only in a lead before the subject: `On “Face the Nation,” Sen. Bernie
    // Sanders … identified …`.)
    let rest = &text[subject.start..end];
    if rest.contains(['"', '\u{201C}', '\u{201D}']) || rest.contains("''") {
        return None;
    }
    named_subject(text, subject)
}

/// The subject of the sentence that a quotation at `start` stands inside, past its first
/// words, when it is a person named as [`subject_before`] takes one and nothing but the
/// subject's clause leads to the quotation: "Bolton thought some of the “Neocons For Hillary”
/// buzz was …", "Mr. McConnell deflected numerous questions … before saying, ''It's time …''".
fn subject_within(text: &str, start: usize) -> Option<(Span, bool)> {
    // (After words of the sentence's own, not after a quotation that closes the sentence
    // before; a label's colon is other rules' business.)
    let near = &text[tag::floor_char(text, start.saturating_sub(8))..start];
    let opens = near
        .trim_end()
        .trim_end_matches(CLOSING_MARKS)
        .ends_with(['.', '!', '?', ':', '\n'])
        || near.trim().is_empty();
    if opens {
        return None;
    }
    let from = clause_start(text, start.saturating_sub(SUBJECT_SENTENCE), start);
    let lead = &text[from..start];
    if from + SUBJECT_SENTENCE <= start || lead.trim().is_empty() || lead.contains(':') {
        return None;
    }
    let subject = lead_subject(text, Span::new(from, start))?;
    // (Not a subject that the quotation describes: "India is a “dramatically growing economy
    // …”" quotes someone on India.)
    let verb = text[subject.end..start]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if tag::lower_in(verb, COPULAS) {
        return None;
    }
    named_subject(text, subject)
}

/// True when the words from `from` to the quotation at `start` (the rest of the sentence
/// after its subject) tell of a response or a reaction and nothing more: "Rubio disagreed.",
/// "She rejected that.", "Betsy Ebeling shook her head.", "Mr Hale was unmoved." A reply
/// that says what it says is a tag of its own ("Mr Milburn replied that …").
fn reacts(text: &str, from: usize, start: usize) -> bool {
    let rest = text[from..start].trim();
    if rest.len() > REACTION_BYTES || rest.contains(['"', '\u{201C}', '\u{201D}', ':']) {
        return false;
    }
    let mut words = rest
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',', '!']));
    let mut verb = words.next().unwrap_or("");
    if tag::lower_in(verb, &["also", "just", "quickly", "simply", "then"]) || tag::adverb_like(verb)
    {
        verb = words.next().unwrap_or("");
    }
    let next = words.next().unwrap_or("");
    if tag::lower_in(verb, &["shakes", "shook"]) {
        return tag::lower_in(next, &["her", "his"]) && words.next() == Some("head");
    }
    if tag::lower_in(verb, &["is", "was"]) {
        return tag::lower_in(next, REACTION_STATES) && words.next().is_none();
    }
    // (A clause after the verb reports on its own: "disagreed that …", "objected to …". After
    // "rejected that", one word of object at most: "Priebus rejected that idea.", not
    // "rejected that he had …". Longer sentences are cut by `REACTION_BYTES`.)
    tag::lower_in(verb, REACTIONS) && !tag::lower_in(next, &["that", "to"]) || {
        tag::lower_in(verb, &["disputed", "rejected", "rejects"])
            && next == "that"
            && words.nth(1).is_none()
    }
}

/// Most bytes after its subject of a sentence that [`reacts`] reads.
const REACTION_BYTES: usize = 60;

/// Verbs of a response or a reaction that [`reacts`] takes (sorted).
const REACTIONS: &[&str] = &[
    "bristled",
    "demurred",
    "disagreed",
    "disagrees",
    "disputed",
    "frowned",
    "grimaced",
    "grinned",
    "laughed",
    "laughs",
    "nodded",
    "nods",
    "objected",
    "objects",
    "paused",
    "pauses",
    "rejected",
    "rejects",
    "scoffed",
    "shrugged",
    "shrugs",
    "sighed",
    "sighs",
    "smiled",
    "smiles",
    "winced",
];

/// What a subject "was" when it responds ("Mr Hale was unmoved.", sorted).
const REACTION_STATES: &[&str] = &[
    "adamant",
    "defiant",
    "incredulous",
    "unconvinced",
    "unmoved",
    "unrepentant",
];

/// Forms of "be" and verbs like it, whose complement describes their subject.
const COPULAS: &[&str] = &[
    "am", "are", "be", "became", "becomes", "been", "is", "looks", "remained", "remains", "seemed",
    "seems", "was", "were",
];

/// `phrase` when it names a person in full or with a title, or with one capitalised word
/// (`bare`, true).
fn named_subject(text: &str, phrase: Span) -> Option<(Span, bool)> {
    let written = &text[phrase.range()];
    let words: Vec<&str> = written.split(' ').collect();
    // (A courtesy title and a surname, or any title and a name in full: "Sen. Bernie Sanders".)
    let titled = words.len() == 2 && tag::sex_of_title(words[0]).is_some()
        || (3..=4).contains(&words.len())
            && tag::lower_in(words[0].trim_end_matches('.'), tag::TITLES)
            && words[0].starts_with(char::is_uppercase)
            && tag::sex_of_name(&written[words[0].len() + 1..]).is_some();
    let full = words.len() >= 2
        && words.len() <= 3
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.ends_with(['.', ',']))
        && tag::sex_of_name(written).is_some();
    let bare = words.len() == 1
        && written.starts_with(char::is_uppercase)
        && written
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '\u{2019}');
    // (A country or a body named in one word is no surname: "Japan branded North Korea an
    // “outlaw nation in the neighborhood.”" is Japan's, met before or not.)
    (titled || full || bare).then_some((phrase, bare && !tag::names_a_body(written)))
}

/// Most bytes of the sentence [`subject_before`] reads.
const SUBJECT_SENTENCE: usize = 400;

/// How far (bytes) [`closes_paragraph`] looks: from a tag to the quotation, and along the
/// quotation's paragraph.
const PARAGRAPH_REACH: usize = 2000;

/// True when `tag`'s sentence is the last of its paragraph and the quotation at `start` opens
/// the next: only white space and the rest of that sentence stand between, and no quotation
/// mark (the next paragraph's quotation is not the tag's own).
fn closes_paragraph(text: &str, tag: &Tag, start: usize) -> bool {
    // (Bounded work: the tag's sentence ends its paragraph, so little stands between.)
    if start.saturating_sub(tag.cue.end) > PARAGRAPH_REACH {
        return false;
    }
    let Some(between) = text.get(tag.cue.end..start) else {
        return false;
    };
    let Some(nl) = between.find('\n') else {
        return false;
    };
    let (line, rest) = between.split_at(nl);
    // The quotation's paragraph holds nothing after its closing mark (no tag of its own that
    // went unread) and opens on no label ("Chris Matthews: …").
    let window = &text[start..tag::floor_char(text, (start + PARAGRAPH_REACH).min(text.len()))];
    let Some(para) = window
        .find('\n')
        .map(|i| &window[..i])
        .or((start + window.len() == text.len()).then_some(window))
    else {
        return false;
    };
    let open = para.chars().next().map_or(0, char::len_utf8);
    let closers = ['"', '\u{201D}', '\''];
    let bare = para[open..]
        .rfind(closers)
        .is_none_or(|i| !para[open + i..].chars().any(char::is_alphanumeric))
        || ends_before_a_sentence(&para[open..]);
    let label = para[..tag::floor_char(para, para.len().min(40))].contains(':');
    bare && !label
        && rest.trim().is_empty()
        && !line.contains(['"', '\u{201C}', '\u{201D}'])
        && !line.contains("''")
        // The tag's sentence is the last of its paragraph (no full stop before the line's).
        && line
            .trim_end()
            .strip_suffix('.')
            .is_some_and(|l| !l.contains(". ") && !l.contains("? ") && !l.contains("! "))
}

/// True when the quotation opening `para` ends a sentence inside it and a sentence of the
/// author's own follows, with no quotation mark after (the BBC's paragraphs run together: `"…
/// or whatever. "So for us … for a long time." Portishead will not play any new material at
/// next month's gig.`): five words or more to a full stop, not a tag the search did not read
/// ("… long time." Barrow recalled.).
fn ends_before_a_sentence(para: &str) -> bool {
    let closers = ['"', '\u{201D}'];
    let Some(end) = para.char_indices().find_map(|(i, c)| {
        let after = &para[i + c.len_utf8()..];
        (closers.contains(&c)
            && para[..i].ends_with(['.', '?', '!'])
            && after.starts_with(' ')
            && after[1..].starts_with(char::is_uppercase))
        .then_some(i + c.len_utf8())
    }) else {
        return false;
    };
    let rest = &para[end..];
    let sentence = rest.find(". ").map_or(rest, |i| &rest[..i + 1]);
    !rest.contains(['"', '\u{201C}', '\u{201D}'])
        && sentence.trim_end().ends_with('.')
        && sentence.split_whitespace().nth(4).is_some()
}

/// The rest of attribution: fills in `source` for every sentence (scored by now) and returns
/// the per-source summary: the author first (when it asserts any sentence), then the other
/// sources in order of their first sentence.
///
/// A source's `certainty` is the mean, in log-odds, of its sentences' certainties (each clamped
/// to [0.01, 0.99]), mapped back to [0, 1]: `σ(Σ logit(cᵢ) / n)`; its sentences are its own and
/// the author's that report its words (`reported`), each without the cues that stand outside
/// the source's words (see [`outside_words`]). A source that hedges every
/// sentence comes out below one that asserts flatly, and one very sure sentence weighs no more
/// than any other.
pub(crate) fn finish(text: &str, prepared: Prepared, sentences: &mut [Sentence]) -> Vec<Source> {
    if sentences.is_empty() {
        return Vec::new();
    }
    let Prepared {
        claims,
        group_assigned,
        own_assigned,
        mut entities,
        quotes,
    } = prepared;
    // Who asserts each sentence, each source's first sentence and its reporting cues (from the
    // claims alone, without touching the sentences).
    let mut first_of: Vec<Option<usize>> = vec![None; entities.len()];
    let mut cues_of: Vec<Vec<String>> = vec![Vec::new(); entities.len()];
    let mut any_author = false;
    let mut assigned_of: Vec<Option<&Assigned>> = Vec::with_capacity(sentences.len());
    let mut reported_of: Vec<Option<&Assigned>> = Vec::with_capacity(sentences.len());
    let mut previous = None;
    for (i, c) in claims.iter().enumerate() {
        // The sentences of one quotation: noted with its first.
        if let Claimant::Group(g) = *c {
            if previous.replace(g) == Some(g) {
                reported_of.push(None);
                assigned_of.push(
                    group_assigned[g]
                        .as_deref()
                        .filter(|a| !entities[a.entity].author),
                );
                continue;
            }
        } else {
            previous = None;
        }
        let (a, reported) = match *c {
            Claimant::Author => (None, None),
            Claimant::Group(g) => (group_assigned[g].as_deref(), None),
            Claimant::Own(k) => (own_assigned[k].as_ref(), None),
            Claimant::Reported(k) => (None, own_assigned[k].as_ref()),
        };
        let (a, reported) = (
            a.filter(|a| !entities[a.entity].author),
            reported.filter(|r| !entities[r.entity].author),
        );
        reported_of.push(reported);
        if let Some(r) = reported {
            first_of[r.entity].get_or_insert(i);
            note_cue(text, &mut cues_of[r.entity], r);
        }
        match a {
            Some(a) => {
                first_of[a.entity].get_or_insert(i);
                note_cue(text, &mut cues_of[a.entity], a);
            }
            None => any_author = true,
        }
        assigned_of.push(a);
    }
    // A one-word name that no pronoun, title or given name made a person, followed closely in a
    // sentence it speaks or is reported in by "its", is a body: "Mozilla said its browser …",
    // "Facebook reported last quarter that its users …".
    for (i, a) in assigned_of.iter().zip(&reported_of).enumerate() {
        let Some(a) = a.0.or(*a.1) else { continue };
        let e = &mut entities[a.entity];
        if e.kind != SourceKind::Person
            || e.name.contains(' ')
            || e.gender.is_some()
            || e.titled.is_some()
            || tag::sex_of_given(&e.name).is_some()
            || text.get(a.as_written.range()) != Some(e.name.as_str())
        {
            continue;
        }
        let rest = text.get(a.as_written.end..sentences[i].end).unwrap_or("");
        if its_follows_closely(rest) {
            e.kind = SourceKind::Organization;
        }
    }
    // Output ids: the author first, then sources by first sentence.
    let mut out_order: Vec<usize> = (0..entities.len())
        .filter(|&e| first_of[e].is_some())
        .collect();
    out_order.sort_by_key(|&e| first_of[e]);
    let offset = usize::from(any_author);
    let mut out_id = vec![usize::MAX; entities.len()];
    for (k, &e) in out_order.iter().enumerate() {
        out_id[e] = k + offset;
    }
    // One pass over the sentences: fill in each source and note what each sentence adds to its
    // source's tally (on two threads for a long text: the pass is bound by memory), then tally in
    // order (the author's tally is the last one).
    let source_ref = |a: &Assigned| {
        let e = &entities[a.entity];
        SourceRef {
            id: out_id[a.entity],
            name: e.name.clone(),
            kind: e.kind,
            as_written: Some(text[on_chars(text, a.as_written).range()].to_string()),
            cue: a.cue.map(|(span, commitment)| {
                let span = on_chars(text, span);
                ReportingCue {
                    text: text[span.range()].to_string(),
                    start: span.start,
                    end: span.end,
                    commitment,
                }
            }),
            quoted: a.quoted,
            via: a.via.clone(),
            outside_cues: Vec::new(),
        }
    };
    // Each sentence's share of the certainty sums: the whole sentence for the author, and
    // the source's own words for its source (the sentence without the cues outside them,
    // which its `outside_cues` lists).
    let fill = |sentences: &mut [Sentence],
                assigned: &[Option<&Assigned>],
                reported: &[Option<&Assigned>]|
     -> Vec<(Share, Share)> {
        let mut shares = Vec::with_capacity(sentences.len());
        for ((s, a), r) in sentences.iter_mut().zip(assigned).zip(reported) {
            let whole = Share::of(s);
            let mut words = whole;
            let mut source = |a: &Assigned| {
                let mut out = source_ref(a);
                out.outside_cues = outside_words(text, s, a, &quotes);
                if !out.outside_cues.is_empty() {
                    words = Share::without(s, &out.outside_cues);
                }
                Box::new(out)
            };
            let made = a.map(&mut source);
            let told = r.map(&mut source);
            s.source = made;
            s.reported = told;
            shares.push((whole, words));
        }
        shares
    };
    let shares = if sentences.len() >= PARALLEL_FILL {
        let mid = sentences.len() / 2;
        let (first, second) = sentences.split_at_mut(mid);
        let (first_of, second_of) = assigned_of.split_at(mid);
        let (first_r, second_r) = reported_of.split_at(mid);
        std::thread::scope(|scope| {
            let other = scope.spawn(|| fill(second, second_of, second_r));
            let mut shares = fill(first, first_of, first_r);
            match other.join() {
                Ok(more) => shares.extend(more),
                Err(panic) => std::panic::resume_unwind(panic),
            }
            shares
        })
    } else {
        fill(sentences, &assigned_of, &reported_of)
    };
    let author = entities.len();
    let mut tallies = vec![Tally::default(); entities.len() + 1];
    // What the author's sentences report of each source (its tally when it asserts none).
    let mut reports = vec![Tally::default(); entities.len()];
    for (i, ((share, a), r)) in shares
        .iter()
        .zip(&assigned_of)
        .zip(&reported_of)
        .enumerate()
    {
        let (whole, words) = share;
        match a {
            Some(a) => tallies[a.entity].add(i, words),
            None => tallies[author].add(i, whole),
        }
        if let Some(r) = r {
            reports[r.entity].add(i, words);
        }
    }
    let mut out = Vec::with_capacity(out_order.len() + 1);
    if any_author {
        let tally = std::mem::take(&mut tallies[author]);
        out.push(tally.source(0, "author".into(), SourceKind::Author));
    }
    // (The entities are not needed any more: their strings move to the output.)
    for &e in &out_order {
        let ent = &mut entities[e];
        let name = std::mem::take(&mut ent.name);
        // (A pronoun kept as the name: nothing resolved it.)
        let unresolved = tag::pronoun(&name).is_some() || name.eq_ignore_ascii_case("you");
        // Its words in the author's sentences count with its own sentences.
        let reported = std::mem::take(&mut reports[e]);
        let mut src = std::mem::take(&mut tallies[e])
            .and_reported(&reported)
            .source(out_id[e], name, ent.kind);
        src.reported = reported.sentences;
        src.aliases = std::mem::take(&mut ent.aliases);
        src.descriptors = std::mem::take(&mut ent.descriptors);
        src.reporting_cues = std::mem::take(&mut cues_of[e]);
        src.via = ent.via.take();
        src.unresolved = unresolved;
        out.push(src);
    }
    out
}

/// Sentences per unit of work when claims are shared between threads (few in tests, so that
/// the tests cross many chunks).
const CLAIM_CHUNK: usize = if cfg!(test) { 7 } else { 512 };
/// From this many sentences, [`finish`] fills in sources on two threads.
const PARALLEL_FILL: usize = 4096;

/// What a sentence is claimed by: the author, a quotation group, or its own speaker tag; or
/// the author, reporting a source's words in a minor part of the sentence.
enum Claim {
    Author,
    Group(usize),
    Own(Box<Tag>),
    Reported(Box<Tag>),
    /// The author's, naming a source that says nothing here ("Her colleague, nurse Kofi Mensah,
    /// agreed."): resolved so that a later "he said" can refer to it.
    Mentioned(Box<Tag>),
}

/// A [`Claim`] once its tag is set aside for resolution: the author, a quotation group, or the
/// `k`-th sentence with a tag of its own.
#[derive(Debug, Clone, Copy)]
enum Claimant {
    Author,
    Group(usize),
    Own(usize),
    /// The author's, reporting the words of the `k`-th tag's source.
    Reported(usize),
}

/// The source that relays a quotation's tag from right after it ("'…,' Ortiz said,
/// according to the Herald.", "'…,' the pope told reporters, according to Reuters."): the
/// quotation is the speaker's, via the relay (see [`relayed`]); none for a tag that relays or
/// cites already, or a publication's own.
fn closing_relay(text: &str, occurrences: &[Occurrence], tag: &Tag) -> Option<String> {
    if tag.via.is_some() || tag.cited.is_some() || tag.mention.is_publication() {
        return None;
    }
    let end = tag.found.tag.end.max(tag.cue.end);
    let k = occurrences.partition_point(|o| o.span.start < end);
    let o = occurrences
        .get(k)
        .filter(|o| o.span.start <= end + CLOSING_RELAY_BYTES)?;
    let gap = text.get(end..o.span.start)?;
    if !lower_starts(text, o.span, "according")
        || !gap.trim_end().ends_with(',')
        || gap.contains(['.', ';', ':', '"', '\u{201C}', '\u{201D}'])
        || !words_at_most(gap.trim(), CLOSING_RELAY_GAP)
    {
        return None;
    }
    let hi = clause_end(text, o.span.end, o.span.end + TAG_REACH);
    let relay = make_tag(text, o, Span::new(o.span.start, hi), |_| true)?;
    match relay.mention {
        Mention::Named { name, .. } => Some(name.to_string()),
        _ => None,
    }
}

/// Most words between a quotation's tag and "according to" relaying it (its hearer or a time:
/// "told reporters on Monday, according to …").
const CLOSING_RELAY_GAP: usize = 4;
/// Most bytes between a quotation's tag and "according to" relaying it (the next cue may stand
/// far away: the gap is read only this far).
const CLOSING_RELAY_BYTES: usize = 64;

/// The tag of every quotation group (`None` where none is found).
fn group_tags_of(
    text: &str,
    quotes: &[Quote],
    occurrences: &[Occurrence],
    groups: usize,
) -> Vec<Option<Box<Tag>>> {
    let mut group_tags: Vec<Option<Box<Tag>>> = vec![None; groups];
    let mut g_first = 0;
    while g_first < quotes.len() {
        let g = quotes[g_first].group;
        let mut g_end = g_first;
        while g_end < quotes.len() && quotes[g_end].group == g {
            g_end += 1;
        }
        group_tags[g] = quote_tag(text, quotes, g_first, g_end, occurrences).map(|mut tag| {
            if let Some(relay) = closing_relay(text, occurrences, &tag) {
                tag.via = Some(relay);
            }
            Box::new(tag)
        });
        g_first = g_end;
    }
    group_tags
}

/// Each sentence's claim: its quotation group when quotes cover enough of it, else its own tag.
fn claims_of(
    text: &str,
    spans: &[Span],
    quotes: &[Quote],
    occurrences: &[Occurrence],
    turns: &[Turn],
    blocks: &[Turn],
) -> Vec<Claim> {
    let mut claims: Vec<Claim> = Vec::with_capacity(spans.len());
    let mut o_lo = spans.first().map_or(0, |s| {
        occurrences.partition_point(|o| o.span.start < s.start)
    });
    let mut b = spans
        .first()
        .map_or(0, |s| blocks.partition_point(|x| x.line.end < s.start));
    let mut t = spans
        .first()
        .map_or(0, |s| turns.partition_point(|x| x.line.end < s.start));
    let mut q = spans
        .first()
        .map_or(0, |s| quotes.partition_point(|x| x.span.end <= s.start));
    for &span in spans {
        while q < quotes.len() && quotes[q].span.end <= span.start {
            q += 1;
        }
        if no_ones_words(&text[span.range()]) {
            claims.push(Claim::Author);
            continue;
        }
        // A transcript's turn belongs to its speaker, quoted or not.
        while t < turns.len() && turns[t].line.end < span.start {
            t += 1;
        }
        if let Some(turn) = turns.get(t).filter(|x| x.line.start <= span.start) {
            claims.push(Claim::Own(Box::new(turn.tag.clone())));
            continue;
        }
        let mut best: Option<(usize, usize)> = None; // (group, overlap)
        let mut covered = 0;
        let mut k = q;
        while k < quotes.len() && quotes[k].span.start < span.end {
            let qs = quotes[k].span;
            let overlap = qs
                .end
                .min(span.end)
                .saturating_sub(qs.start.max(span.start));
            covered += overlap;
            if best.is_none_or(|(_, o)| overlap > o) {
                best = Some((quotes[k].group, overlap));
            }
            k += 1;
        }
        let len = span.len().max(1);
        // The sentences come in order: a cursor finds their cues (no search).
        while o_lo < occurrences.len() && occurrences[o_lo].span.start < span.start {
            o_lo += 1;
        }
        let mut o_hi = o_lo;
        while o_hi < occurrences.len() && occurrences[o_hi].span.start < span.end {
            o_hi += 1;
        }
        let cues = &occurrences[o_lo..o_hi.min(o_lo + SENTENCE_CUES)];
        let claim = match best {
            Some((g, _)) if covered as f64 >= QUOTED_SHARE * len as f64 => {
                match relay_tag(text, span, cues) {
                    Some(tag) => Claim::Own(Box::new(tag)),
                    None => Claim::Group(g),
                }
            }
            _ => match with_antecedent(text, span, cues, sentence_tag(text, span, cues)) {
                own @ Claim::Own(_) => own,
                // (A speaker the sentence's own tag names, reported by the author, is no
                // block's: "…, O'Malley reminded viewers that he doesn't:\n\nAnd after
                // watching …, Clinton said that she was “proud to be a Democrat.”")
                reported @ Claim::Reported(_) => reported,
                author => {
                    while b < blocks.len() && blocks[b].line.end < span.start {
                        b += 1;
                    }
                    match blocks.get(b).filter(|x| x.line.start <= span.start) {
                        Some(block) => Claim::Own(Box::new(block.tag.clone())),
                        None => author,
                    }
                }
            },
        };
        claims.push(claim);
    }
    claims
}

/// A quoted sentence closing on the source that relays its quotation ("'…,' Ortiz said,
/// according to the Herald."): the relay's tag, which ends the sentence.
fn relay_tag(text: &str, span: Span, cues: &[Occurrence]) -> Option<Tag> {
    let o = cues.last()?;
    if !lower_starts(text, o.span, "according")
        || !text[span.start..o.span.start].trim_end().ends_with(',')
    {
        return None;
    }
    // ("'…,' Ortiz said, according to the Herald.": the quotation's speaker tags it, and the
    // relay goes with that tag, see `group_tags_of`.)
    let quote_end = text[span.start..o.span.start]
        .rfind(['"', '\u{201D}', '\''])
        .map_or(span.start, |i| span.start + i);
    if cues[..cues.len() - 1]
        .iter()
        .any(|c| c.span.start > quote_end && c.span.end <= o.span.start)
    {
        return None;
    }
    let tag = make_tag(text, o, span, |found| {
        text[found.tag.end..span.end]
            .chars()
            .all(|c| !c.is_alphanumeric())
    })?;
    matches!(tag.mention, Mention::Named { .. }).then_some(tag)
}

/// Most reporting cues a sentence's tag is sought among: its first ones. A sentence has a few;
/// a "sentence" with more is run-on text (no full stops), where weighing every cue against
/// every other would take time quadratic in its length.
const SENTENCE_CUES: usize = 24;

/// A source's sentences and what they add up to (see [`finish`] for the certainty formula).
#[derive(Debug, Clone, Default)]
struct Tally {
    sentences: Vec<usize>,
    /// Sentences counted in the sums but listed elsewhere (a source's `reported`).
    also: usize,
    logit_sum: f64,
    hedges: usize,
    boosters: usize,
}

/// What one sentence adds to its source's [`Tally`].
#[derive(Debug, Clone, Copy)]
struct Share {
    logit: f64,
    hedges: usize,
    boosters: usize,
}

impl Share {
    /// What sentence `s` adds, all its cues but those at `outside` (indices into its cues):
    /// its log-odds less their effects.
    fn without(s: &Sentence, outside: &[usize]) -> Share {
        let less: f64 = outside.iter().map(|&k| s.cues[k].effect).sum();
        Share::counted(
            crate::score::logistic(crate::score::logit(s.certainty) - less),
            s,
            outside,
        )
    }

    fn of(s: &Sentence) -> Share {
        Share::counted(s.certainty, s, &[])
    }

    /// A share of `certainty` (clamped) with the hedges and boosters of `s` but those at
    /// `outside`.
    fn counted(certainty: f64, s: &Sentence, outside: &[usize]) -> Share {
        let c = certainty.clamp(CLAMP, 1.0 - CLAMP);
        let mut share = Share {
            logit: (c / (1.0 - c)).ln(),
            hedges: 0,
            boosters: 0,
        };
        for (k, cue) in s.cues.iter().enumerate() {
            match cue.kind {
                _ if outside.contains(&k) => {}
                CueKind::Hedge => share.hedges += 1,
                CueKind::Booster => share.boosters += 1,
                _ => {}
            }
        }
        share
    }
}

impl Tally {
    fn add(&mut self, index: usize, share: &Share) {
        self.sentences.push(index);
        self.logit_sum += share.logit;
        self.hedges += share.hedges;
        self.boosters += share.boosters;
    }

    /// Counts the sentences of `reported` (the author's, reporting this source's words) in
    /// the sums, without listing them.
    fn and_reported(mut self, reported: &Tally) -> Tally {
        self.also += reported.sentences.len();
        self.logit_sum += reported.logit_sum;
        self.hedges += reported.hedges;
        self.boosters += reported.boosters;
        self
    }

    fn source(self, id: usize, name: String, kind: SourceKind) -> Source {
        let n = (self.sentences.len() + self.also).max(1) as f64;
        Source {
            id,
            name,
            kind,
            aliases: Vec::new(),
            descriptors: Vec::new(),
            sentences: self.sentences,
            certainty: 1.0 / (1.0 + (-self.logit_sum / n).exp()),
            hedges: self.hedges,
            boosters: self.boosters,
            reporting_cues: Vec::new(),
            via: None,
            reported: Vec::new(),
            unresolved: false,
        }
    }
}

/// The cues of sentence `s` (indices into its `cues`) that stand outside the words of the source
/// `a` gives it: in its tag ("reportedly" in "Kirby reportedly said", "may" in "Officials, who
/// may be biased, said"), or before a tag whose words follow it ("Asked whether a deal was
/// possible, she said: '…'"). Words inside quotation marks are always the speaker's; a tag in
/// another sentence (the last of a quotation's) leaves the whole sentence to its words.
fn outside_words(text: &str, s: &Sentence, a: &Assigned, quotes: &[Span]) -> Vec<usize> {
    let mut out = Vec::new();
    if s.cues.is_empty() || a.as_written.start < s.start || a.as_written.end > s.end {
        return out;
    }
    let (cue, commitment) = a.cue.unwrap_or((a.as_written, Commitment::Neutral));
    // The tag: the source as written, the words between it and its cue when they are few
    // ("reportedly", "has already") or set off by a comma ("Officials, who may be biased,
    // said"), and the cue.
    let (first, second) = if cue.start < a.as_written.start {
        (cue, a.as_written)
    } else {
        (a.as_written, cue)
    };
    // (Most often every cue follows the tag: nothing to look for.)
    if s.cues.iter().all(|c| c.start >= second.end) {
        return out;
    }
    let between = text.get(first.end..second.start).unwrap_or("");
    let joined = between.trim_start().starts_with(',') || between.split_whitespace().count() <= 3;
    let gap = if joined {
        Span::new(first.end, second.start.max(first.end))
    } else {
        Span::new(first.end, first.end)
    };
    let from = quotes.partition_point(|q| q.end <= s.start);
    let near = &quotes[from..quotes[from..].partition_point(|q| q.start < s.end) + from];
    let quoted = |c: Span| near.iter().any(|q| q.start <= c.start && c.end <= q.end);
    // The tag's words go on after it: a colon, a quotation or "that" opens them.
    let tag_end = if joined { second.end } else { cue.end };
    let after = text
        .get(tag_end..s.end)
        .unwrap_or("")
        .trim_start_matches([' ', ',']);
    let words_after = after.starts_with([':', '"', '\u{201C}', '\'', '\u{2018}'])
        || after
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("that "));
    // (Not after a cue of its own, which reports those words too: "The musical will open in
    // November, said Mr Richards, who added that …".)
    let lead = text.get(s.start..first.start).unwrap_or("").trim_end();
    let preamble = words_after
        && !lead
            .rsplit(' ')
            .next()
            .is_some_and(|w| tag::lower_in(w, INVERTING));
    let overlaps = |a: Span, b: Span| a.start < b.end && b.start < a.end;
    for (k, c) in s.cues.iter().enumerate() {
        let span = Span::new(c.start, c.end);
        if quoted(span) {
            continue;
        }
        // The cue itself tells the source's stance ("Analysts believe …", "X suggested …",
        // "X confirmed …"), unless it keeps the author's distance ("alleged", "accused").
        let stance = overlaps(span, cue)
            && commitment != Commitment::Distance
            && c.class != CueClass::Hearsay;
        let in_tag =
            overlaps(span, a.as_written) || overlaps(span, gap) || overlaps(span, cue) && !stance;
        if in_tag || span.end <= first.start && preamble {
            out.push(k);
        }
    }
    out
}

/// Adds the reporting cue of `a`, lower case, to `cues` unless it is there.
fn note_cue(text: &str, cues: &mut Vec<String>, a: &Assigned) {
    if let Some((cue, _)) = a.cue {
        let word = &text[on_chars(text, cue).range()];
        if !cues.iter().any(|c| c.eq_ignore_ascii_case(word)) {
            cues.push(word.to_lowercase());
        }
    }
}

fn commitment_of(class: CueClass) -> Commitment {
    match class {
        CueClass::Commit => Commitment::Commit,
        CueClass::Distance => Commitment::Distance,
        CueClass::Deny => Commitment::Deny,
        _ => Commitment::Neutral,
    }
}

/// Every reporting cue outside quotation marks, in text order (the context stage already lists,
/// per sentence and in order, the reporting entries of cues that are also hedges or boosters,
/// such as "alleged" or "confirmed").
fn occurrences(
    text: &str,
    reporting: &[Hit],
    entries: &[Entry],
    quotes: &[Quote],
) -> Vec<Occurrence> {
    let mut q = 0;
    let mut out = Vec::new();
    for hit in reporting {
        // Cues inside quotation marks are the quoted speaker's words, not tags.
        while q < quotes.len() && quotes[q].span.end <= hit.span.start {
            q += 1;
        }
        if q < quotes.len() && quotes[q].span.start <= hit.span.start {
            continue;
        }
        if !verb_of_saying(text, hit.span) {
            continue;
        }
        let entry = &entries[hit.entry as usize];
        // (The analyzer passes a headline cue only from a headline.)
        let in_headline = entry.conditions.headline_only
            || entry.conditions.quotes_only
                && text[hit.span.range()].ends_with(['s', 'S'])
                && in_headline(text, hit.span);
        // "Super PAC blasts Trump for skipping debate": a headline's present tense reports.
        // ("…, the candidate's former doctor maintains.": so does a verb of saying that closes
        // its sentence after a comma and its subject, as it would close a quotation.)
        // ("…, telling reporters that …": a participle of telling with its hearer and "that"
        // reports the clause, as "saying that" does.)
        let quotes_only = entry.conditions.quotes_only
            && !in_headline
            && !closing_tag(text, hit.span)
            && !telling_that(text, hit.span);
        let cue = &text[hit.span.range()];
        // (Most cues are one word, and keep their span: "said", "told".)
        let last_space = memchr::memrchr(b' ', cue.as_bytes());
        let span = match last_space {
            None => hit.span,
            // "boasted that", "found that": the conjunction opens the content, as a single
            // word's cue leaves it ("said that"); so do "whether" and "if" after a participle
            // ("Trump is questioning whether …" is read as "is saying" is).
            Some(at)
                if cue[at..].eq_ignore_ascii_case(" that")
                    || cue[..at].ends_with("ing")
                        && (cue[at..].eq_ignore_ascii_case(" whether")
                            || cue[at..].eq_ignore_ascii_case(" if")) =>
            {
                Span::new(hit.span.start, hit.span.start + at)
            }
            Some(at) => {
                // "Trump is telling a town hall that …": a cue that opens with its auxiliary
                // (the lexicon's "is telling", which "It is telling that …" keeps apart) is its
                // verb, read after the auxiliary as "is saying" is.
                let first = &cue[..memchr::memchr(b' ', cue.as_bytes()).unwrap_or(at)];
                if tag::lower_in(first, &["am", "are", "is", "was", "were"]) {
                    Span::new(hit.span.start + at + 1, hit.span.end)
                } else {
                    hit.span
                }
            }
        };
        out.push(Occurrence {
            span,
            commitment: commitment_of(entry.class),
            quotes_only,
            headline_only: entry.conditions.headline_only,
            predicate: entry.conditions.predicate || entry.conditions.verb_predicate,
            verb: !entry.conditions.predicate,
        });
    }
    out
}

/// Longest headline line, in bytes.
const HEADLINE_LINE: usize = 160;

/// Most words of the hearer between "telling" and "that" ([`telling_that`]).
const TELLING_HEARER_WORDS: usize = 5;

/// True when the cue at `span` is "telling" after a comma, then its hearer (a few words, no
/// punctuation) and "that": "…, telling reporters that the campaign would …", "…, telling a
/// packed council meeting that …".
fn telling_that(text: &str, span: Span) -> bool {
    if !text[span.range()].eq_ignore_ascii_case("telling")
        || !word_before(text, span.start).ends_with(',')
    {
        return false;
    }
    let words: Vec<&str> = after_within(text, span.end)
        .split_whitespace()
        .take(TELLING_HEARER_WORDS + 1)
        .collect();
    words
        .iter()
        .position(|w| w.eq_ignore_ascii_case("that"))
        .is_some_and(|k| {
            k >= 1
                && !words[..k]
                    .iter()
                    .any(|w| w.contains([',', ';', ':', '.', '"', '\u{201C}']))
        })
}

/// Verbs of saying that tag quotations only ([`Occurrence::quotes_only`]) but also report the
/// clause before them when they close its sentence: "…, Blackwell maintains.", "…, Manzano
/// surmised.", "…, other studies have shown.", "…, The Post has learned.", "…, he went on."
const CLOSING_TAG_VERBS: &[&str] = &[
    "boasted",
    "bragged",
    "confessed",
    "continued",
    "declares",
    "exclaimed",
    "fumed",
    "lamented",
    "learned",
    "maintained",
    "maintains",
    "opined",
    "proclaimed",
    "recounted",
    "remarks",
    "retorted",
    "scoffed",
    "shown",
    "states",
    "surmised",
];

/// Most bytes before a closing tag's verb in which the comma before its subject is looked for.
const CLOSING_TAG_REACH: usize = 120;

/// Most words between the comma and a closing tag's verb (its subject, an adverb or an
/// auxiliary: "…, the Democratic presidential candidate's former doctor maintains.").
const CLOSING_TAG_WORDS: usize = 7;

/// True when `cue`, one of [`CLOSING_TAG_VERBS`] (or "went on", "goes on"), closes its
/// sentence after a comma and a subject of a few words with no clause of its own: "…, the
/// doctor maintains." (not "…, a claim the mayor maintains.", "…, but she continued.", "…, the
/// list goes on.").
fn closing_tag(text: &str, cue: Span) -> bool {
    let word = &text[cue.range()];
    let going_on = tag::lower_in(word, &["goes on", "went on"]);
    if !(going_on || tag::lower_in(word, CLOSING_TAG_VERBS)) {
        return false;
    }
    let after = text[cue.end..].trim_start_matches(CLOSING_MARKS);
    let closes = after.strip_prefix('.').is_some_and(|r| {
        r.trim_start_matches(CLOSING_MARKS)
            .chars()
            .next()
            .is_none_or(char::is_whitespace)
    });
    if !closes {
        return false;
    }
    let lo = tag::floor_char(text, cue.start.saturating_sub(CLOSING_TAG_REACH));
    let Some(comma) = tag::rfind_str(&text[lo..cue.start], ", ") else {
        return false;
    };
    let subject = &text[lo + comma + 2..cue.start];
    let words: Vec<&str> = subject.split_whitespace().collect();
    let Some(&first) = words.first() else {
        return false;
    };
    words.len() <= CLOSING_TAG_WORDS
        && !subject.contains(['"', '\u{201C}', '\u{201D}', '(', ')', ';', ':'])
        && !words.iter().any(|w| {
            tag::lower_in(w, CLAUSE_WORDS) || tag::lower_in(w, &["and", "but", "or", "yet", "so"])
        })
        && !tag::claim_relative(subject.trim_end())
        // (After "went on", "goes on", a speaker: "he went on", not "the list goes on".)
        && (!going_on
            || tag::lower_in(first, &["he", "she", "they"])
            || first.starts_with(|c: char| c.is_uppercase()) && !tag::lower_in(first, tag::ARTICLES))
}

/// True when `cue` stands in a headline: the text's first line when a line break ends it, the
/// subheading line after it when a semicolon ends that first line ("Trump says praise from Putin
/// helps the U.S.; ⏎ After Democratic debate, …"), or a line standing alone between blank lines
/// with no full stop at its end (the heading of an article in a collection: "Blair urges
/// unions to back reform"). No line longer than [`HEADLINE_LINE`] is a headline.
pub(crate) fn in_headline(text: &str, cue: Span) -> bool {
    let b = text.as_bytes();
    let reach = cue.start.saturating_sub(HEADLINE_LINE);
    let start = match b[reach..cue.start].iter().rposition(|&c| c == b'\n') {
        Some(i) => reach + i + 1,
        None if reach == 0 => 0,
        None => return false,
    };
    let far = b.len().min(start + HEADLINE_LINE + 1);
    let Some(end) = b[cue.end.min(far)..far].iter().position(|&c| c == b'\n') else {
        return false;
    };
    let end = cue.end.min(far) + end;
    let before = text[..start].trim_end_matches([' ', '\t', '\r']);
    // (The text's first line or the one after it lies near the text's start: the searches
    // below are bounded so, whatever white space or long line opens the text.)
    let near_start = before.len() <= 2 * HEADLINE_LINE + 2;
    if near_start && before.trim().is_empty() {
        return true; // the text's first line
    }
    let first_line = || {
        let lead = before.len() - before.trim_start().len();
        let first = &before[lead..before.len() - 1];
        !first.contains('\n') && first.len() <= HEADLINE_LINE && first.trim_end().ends_with(';')
    };
    let alone = before.ends_with("\n\n") || before.ends_with("\n\r\n") || {
        let t = before[..before.len() - 1].trim_end_matches([' ', '\t', '\r']);
        t.ends_with('\n')
    };
    let after = text[end..].trim_start_matches([' ', '\t', '\r']);
    let blank_after = after.is_empty()
        || after.starts_with('\n')
            && after[1..]
                .trim_start_matches([' ', '\t', '\r'])
                .starts_with('\n');
    let line = text[start..end].trim_end();
    near_start && first_line()
        || alone && blank_after && !line.ends_with(['.', '?', '!', ':', ';', ',', '"', '\u{201D}'])
}

/// Auxiliaries of a passive ("was quoted", "has been quoted").
const PASSIVE_AUXILIARIES: &[&str] = &["are", "been", "had", "has", "have", "is", "was", "were"];

/// Parties and sides whose "claims" after a verb or a preposition are a noun ("derided Tory
/// claims").
const PARTY_WORDS: &[&str] = &[
    "conservative",
    "democrat",
    "democratic",
    "gop",
    "labour",
    "opposition",
    "republican",
    "tory",
];

/// Things won or taken that "claimed" may have for object ("claimed victory", "claimed the
/// title", "claimed 12 lives", "claiming the Republican nomination").
const CLAIMED_PRIZES: &[&str] = &[
    "award",
    "bronze",
    "championship",
    "crown",
    "cup",
    "double",
    "glory",
    "gold",
    "honour",
    "lead",
    "life",
    "lives",
    "majority",
    "medal",
    "nomination",
    "place",
    "point",
    "prize",
    "scalp",
    "seat",
    "silver",
    "spot",
    "title",
    "treble",
    "trophy",
    "victory",
    "wicket",
    "win",
];

/// True when `cue`, capitalised inside a sentence of ordinary prose, is a word of a title
/// written in capitals: a song's ("Their singles include …, You Said No, and …"), a show's ("The
/// World According to Bex, penned by …"), a campaign's ("spokesman for North East Says No, said
/// …"). `behind` and `ahead` are the text around the cue. A headline written in title case
/// reports ("Lindsey Graham Says …"): there every word of five letters or more is
/// capitalised, save prepositions and the like. A capital after a colon, a bracket, a quotation
/// mark or a dash opens a clause ("unnoticed: According to recent polls, …"), and "Tweeted"
/// keeps the capital of its brand.
fn in_a_title(cue: &str, behind: &str, ahead: &str) -> bool {
    const TITLE_CASE_LOWER: &[&str] = &["although", "because", "being", "could", "should", "would"];
    if !cue.starts_with(|c: char| c.is_ascii_uppercase())
        || cue
            .get(..5)
            .is_some_and(|w| w.eq_ignore_ascii_case("tweet"))
    {
        return false;
    }
    let behind = behind.trim_end_matches(' ');
    if !behind.ends_with(|c: char| c.is_alphanumeric() || c == ',') {
        return false;
    }
    // The sentence around the cue, as far as a mark that may end one.
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = behind.rfind(ends).map_or(0, |i| i + 1);
    let to = ahead.find(ends).unwrap_or(ahead.len());
    let prose = |w: &str| {
        w.len() >= 5
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && !tag::lower_in(w, tag::PREPOSITIONS)
            && !tag::lower_in(w, tag::FUNCTION_WORDS)
            && !tag::lower_in(w, tag::STOP)
            && !TITLE_CASE_LOWER.contains(&w)
    };
    behind[from..]
        .split(|c: char| !c.is_alphanumeric())
        .chain(ahead[..to].split(|c: char| !c.is_alphanumeric()))
        .any(prose)
}

/// False when the cue at `span` cannot be a verb of saying whatever its lexicon entry says: a
/// shouted headline word ("EVEN OZ'S BOSS THINKS …"), or a word after a noun and followed at
/// once by a form of "be" or "have", which makes it a noun or a verb in a relative clause with
/// no content of its own ("Health worries have dogged …", "Everything Trump says is a lie").
fn verb_of_saying(text: &str, span: Span) -> bool {
    let cue = &text[span.range()];
    // (The words around the cue are read within a bounded reach: see `before_within`.)
    let (behind, ahead) = (
        before_within(text, span.start),
        after_within(text, span.end),
    );
    if cue.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !cue.chars().any(char::is_lowercase)
    {
        return false;
    }
    if in_a_title(cue, behind, ahead) {
        return false;
    }
    // ("the so-called Guildford Four", "self-declared", "well-known": part of a compound.)
    if behind.ends_with(|c: char| c == '-' || c.is_alphanumeric()) || ahead.starts_with('-') {
        return false;
    }
    // ("the only regret he acknowledged was …" reports all the same.)
    let before = word_before(text, span.start);
    // ("Of those asked, 40% said …", "people polled": a participle describing the people
    // asked, not a verb of theirs.)
    if tag::lower_in(cue, &["asked", "polled", "questioned", "surveyed"])
        && tag::lower_in(before, &["people", "respondents", "those", "voters"])
    {
        return false;
    }
    // ("Sites … have notes attached to them", "she has doubts about …": a present in "-s"
    // after a perfect's auxiliary is a noun, its object.)
    if cue.ends_with('s')
        && !cue.contains(' ')
        && tag::lower_in(before, &["had", "has", "have", "having"])
    {
        return false;
    }
    // ("Vera Drake leads UK Oscar hopes", "Labour dismisses Tory claims": a plural ending a
    // headline's line is a noun; a verb there would have said nothing.)
    if cue.ends_with('s') && !cue.eq_ignore_ascii_case("says") && headline_end(text, span) {
        return false;
    }
    let next = ahead
        .strip_prefix(' ')
        .and_then(|rest| rest.split([' ', ',', '.']).next())
        .unwrap_or("");
    // ("A harbor board claim accusing …": "claim" before a participle is a noun.)
    if cue == "claim" && next.len() > 5 && next.ends_with("ing") {
        return false;
    }
    // ("He derided Tory claims they could …", "amid opposition claims he …", "denied
    // Conservative claims that …": a party's claims after a verb or a preposition are a noun.)
    if tag::lower_in(cue, &["claim", "claims"]) && tag::lower_in(before, PARTY_WORDS) {
        let lead = behind.trim_end();
        let lead = lead[..lead.len() - before.len()].trim_end();
        let earlier = lead.rsplit(' ').next().unwrap_or("");
        if earlier.starts_with(|c: char| c.is_ascii_lowercase())
            && !tag::lower_in(earlier, tag::ARTICLES)
        {
            return false;
        }
    }
    // "Rubio claimed the prize", "the crash claimed 12 lives": a claim of a thing won or
    // taken, not of words.
    if tag::lower_in(cue, &["claim", "claimed", "claiming", "claims"]) {
        let mut after = ahead
            .split_whitespace()
            .map(|w| w.trim_end_matches([',', '.', ';']));
        let mut object = after.next().unwrap_or("");
        let determiner = tag::lower_in(object, tag::ARTICLES)
            || tag::lower_in(object, &["her", "his", "its", "their", "another"])
            || object.bytes().all(|b| b.is_ascii_digit());
        if determiner {
            object = after
                .find(|w| !w.ends_with("th") && !tag::lower_in(w, &["first", "second", "third"]))
                .unwrap_or("");
        }
        // ("England claim Dubai Sevens glory", "Henman & Murray claim LTA awards": a name
        // before the prize.)
        let mut names = 0;
        while names < 3 && object.starts_with(char::is_uppercase) {
            object = after.next().unwrap_or("");
            names += 1;
        }
        let prize = |w: &str| {
            let singular = w.strip_suffix('s').unwrap_or(w);
            tag::lower_in(w, CLAIMED_PRIZES) || tag::lower_in(singular, CLAIMED_PRIZES)
        };
        // (Past an adjective or two after the determiner: "claimed the top spot", "claimed a
        // record fifth title".)
        if prize(object) || determiner && after.take(2).any(prize) {
            return false;
        }
    }
    // "The figure announced by the president is …": a participle before its agent describes a
    // noun (no subject speaks); nor is a noun before such a participle a cue ("claims denied
    // by Labour").
    let participle_by = || {
        let mut after = ahead.split_whitespace();
        after.next().is_some_and(|w| w.ends_with("ed")) && after.next() == Some("by")
    };
    // ("Carson concluded by admonishing …": by doing something.)
    let by_doing = || {
        ahead
            .split_whitespace()
            .nth(1)
            .is_some_and(|w| w.ends_with("ing"))
    };
    if next == "by"
        && (cue.ends_with("ed") || tag::lower_in(cue, &["told", "written"]))
        && !by_doing()
        || participle_by()
    {
        return false;
    }
    // "four or five shows", "one of 88 piano notes", "two major reports": a plural right
    // after a number, or after a number and a modifier, is a noun (not "Mr Jackson, 46,
    // denies", nor "a survey of 1,300 bosses suggests": the plural before the cue is the noun).
    if cue.ends_with('s') && {
        let number = |w: &str| {
            w.bytes().all(|b| b.is_ascii_digit() || b == b',')
                && w.ends_with(|c: char| c.is_ascii_digit())
                // (Not "one": "No one says".)
                || tag::lower_in(w, tag::NUMBER_WORDS) && !w.eq_ignore_ascii_case("one")
        };
        let mut back = behind.split(' ').rev().skip(1);
        let w1 = back.next().unwrap_or("");
        number(w1)
            || w1.len() > 1
                && w1.bytes().all(|b| b.is_ascii_lowercase())
                && !w1.ends_with('s')
                && !tag::lower_in(
                    w1,
                    &["children", "men", "people", "police", "staff", "women"],
                )
                && back.next().is_some_and(number)
    } {
        return false;
    }
    // "our hopes, fears and beliefs": a plural noun in a list of them.
    let listed = || {
        behind.strip_suffix(", ").is_some_and(|b| {
            b.rsplit(' ').next().is_some_and(|w| {
                w.len() > 3 && w.ends_with('s') && w.bytes().all(|c| c.is_ascii_lowercase())
            })
        })
    };
    if cue.ends_with('s') && (ahead.starts_with(" and ") || ahead.starts_with(", ")) && listed() {
        return false;
    }
    // "host of the chart show, said": the noun after a singular noun, before a comma ("The
    // figures show, however, …" reports).
    if tag::lower_in(cue, &["show"])
        && ahead.starts_with(',')
        && before.len() > 1
        && before.bytes().all(|c| c.is_ascii_lowercase())
        && !before.ends_with('s')
        && tag::pronoun(before).is_none()
    {
        return false;
    }
    // "Other American shows which won praise were …", "TV shows are …": the noun before a
    // relative pronoun or a verb of its own.
    if tag::lower_in(cue, &["shows"])
        && ahead
            .split_whitespace()
            .next()
            .is_some_and(|w| tag::lower_in(w, &["are", "have", "were", "which", "who"]))
    {
        return false;
    }
    // "Only time will tell": an idiom.
    if tag::lower_in(cue, &["tell"]) && {
        let mut back = behind.split_whitespace().rev();
        back.next().is_some_and(|w| w.eq_ignore_ascii_case("will"))
            && back.next().is_some_and(|w| w.eq_ignore_ascii_case("time"))
    } {
        return false;
    }
    // "Wasp tells the story of a young mum …": a work telling its story reports no one's words
    // (a person's story is theirs: "he told the story of a supporter who …").
    let person = || {
        behind
            .split_whitespace()
            .rev()
            .take(4)
            .find(|w| !(w.ends_with("ly") || tag::lower_in(w, AUXILIARIES)))
            .is_some_and(|w| tag::lower_in(w, &["he", "i", "she", "they", "we"]))
    };
    if tag::lower_in(cue, &["tell", "tells", "told"]) && !person() {
        let mut words = ahead.split_whitespace();
        if words
            .next()
            .is_some_and(|w| tag::lower_in(w, &["a", "the", "its", "their", "his", "her"]))
            && words
                .next()
                .is_some_and(|w| tag::lower_in(w, &["stories", "story", "tale", "tales"]))
        {
            return false;
        }
    }
    // "The Jerry Springer Show, which …", "the Late Show with …": a capitalised cue right
    // after a capitalised word, before a comma or a word in lower case, ends a name (a
    // headline goes on in capitals: "Polls Show Trump Ahead"; "…, Trevor Noah Says.",
    // "Dennis Prager Tells #NeverTrump …" are headlines too).
    let after = ahead.trim_start_matches(' ');
    if cue.starts_with(char::is_uppercase)
        && before.starts_with(char::is_uppercase)
        && before.ends_with(char::is_alphanumeric)
        && (after.starts_with([',', '(']) || after.starts_with(char::is_lowercase))
    {
        return false;
    }
    // "a group called Black Votes Matter", "one called therapeutic cloning": after a common
    // noun, "called" names; a verb of saying follows a name, a pronoun, an auxiliary or an
    // adverb ("Rubio called the statement …", "he has also called …").
    // "He called him a 'pathological liar'": an object pronoun, then what he was called; "Obama
    // called her on Tuesday" was a telephone call.
    let called = cue.eq_ignore_ascii_case("called") || cue.eq_ignore_ascii_case("calls");
    if called && tag::lower_in(next, &["him", "her", "it", "me", "them", "us", "you"]) {
        let then = ahead
            .trim_start()
            .split_once(' ')
            .map_or("", |(_, rest)| rest.trim_start());
        let named = then.starts_with(OPENING_QUOTES)
            || then
                .split(' ')
                .next()
                .is_some_and(|w| tag::lower_in(w, &["a", "an", "the"]));
        if !named {
            return false;
        }
    }
    // ("called a press conference", "calls an election": an indefinite object is what was
    // called, unless a quotation follows it within its clause, what the object was called:
    // "called a second booster 'premature at best'".)
    if called && tag::lower_in(next, &["a", "an"]) {
        let quoted = ahead
            .split_whitespace()
            .skip(1)
            .take(CALLED_OBJECT_WORDS)
            // (Up to a dash or a bracket: "called a referendum — 'No to Free Lawyers' —"
            // names the referendum.)
            .take_while(|w| {
                !w.ends_with(['.', ';', '?', '!', ','])
                    && !w.starts_with(['-', '\u{2013}', '\u{2014}', '('])
            })
            .any(|w| w.starts_with(OPENING_QUOTES));
        if !quoted {
            return false;
        }
    }
    // ("The Trump campaign called the charges unsubstantiated": a determiner and a word in
    // lower case after it make an object, not a name.)
    // (Only for a subject: "tinkering with this new thing called the internet" names.)
    let object = || {
        let mut words = ahead.split_whitespace();
        let then_object = words.next().is_some_and(|w| {
            tag::lower_in(w, tag::DETERMINERS) && w.starts_with(char::is_lowercase)
        }) && words
            .next()
            .is_some_and(|w| w.starts_with(char::is_lowercase));
        let from = tag::floor_char(text, span.start.saturating_sub(CALLED_SUBJECT));
        let lead = &text[from..span.start];
        // (A word cut by the window is left out.)
        let lead = if from > 0 && !text[..from].ends_with(char::is_whitespace) {
            lead.split_once(char::is_whitespace)
                .map_or("", |(_, rest)| rest)
        } else {
            lead
        };
        let mut back = lead.split_whitespace().rev();
        let determined = back.by_ref().take(4).any(|w| {
            tag::lower_in(w, tag::ARTICLES)
                || tag::lower_in(w, &["another", "one"])
                || tag::possessor(w).is_some()
        });
        let opens = back.next().is_none_or(|w| {
            w.ends_with(['.', ',', ';', '"', '\u{201D}']) || tag::lower_in(w, &["and", "but"])
        });
        then_object && determined && opens
    };
    // ("a swiftly called meeting": an adverb after an article, then an adjective.)
    let adjective = || {
        let mut back = behind.split_whitespace().rev();
        back.next().is_some_and(|w| w.ends_with("ly"))
            && back
                .next()
                .is_some_and(|w| tag::lower_in(w, &["a", "an", "the"]))
    };
    if called && adjective() {
        return false;
    }
    // ("those given the drug, called odevixibat, had less itching": "called" after a comma with
    // a name of a few words and a comma after it, no article nor quotation among them, is a
    // participle naming the noun before it; "The committee, which met on Monday, called the
    // plan 'bold'" reports.)
    let apposition = || {
        let Some((name, _)) = ahead.split_once(',') else {
            return false;
        };
        let words = name.split_whitespace();
        // (A common noun before the comma: not "Trump, asked about it, called Clinton, …".)
        before.strip_suffix(',').is_some_and(|w| {
            w.len() > 2 && w.bytes().all(|b| b.is_ascii_lowercase()) && tag::pronoun(w).is_none()
        }) && (1..=3).contains(&words.clone().count())
            && !words.clone().any(|w| {
                tag::lower_in(w, tag::DETERMINERS)
                    || w.starts_with(OPENING_QUOTES)
                    || tag::pronoun(w).is_some()
                    || tag::lower_in(w, &["him", "her", "them", "us", "me"])
            })
    };
    if called && apposition() {
        return false;
    }
    // ("one PAC called Stop Hillary and another …", "a group of disaffected Ethiopians called
    // Ginbot 7, was …": after an indefinite phrase closing on a capitalised word, the name after
    // "called" is the thing's; "A spokesman for Trump called Clinton a liar" reports, its name
    // followed by what she was called.)
    let naming = || {
        let mut back = behind.split_whitespace().rev().skip(1);
        let indefinite = back
            .by_ref()
            .take(5)
            .any(|w| tag::lower_in(w, &["a", "an", "another", "one"]));
        let mut ahead = ahead.split_whitespace();
        let mut then = ahead.next().unwrap_or("");
        while then.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            && !then.ends_with([',', '.', ';', ':'])
        {
            then = ahead.next().unwrap_or("");
        }
        let complement =
            tag::lower_in(then, &["a", "an", "the"]) || then.starts_with(OPENING_QUOTES);
        indefinite && !complement
    };
    if called
        && next.starts_with(char::is_uppercase)
        && before.starts_with(char::is_uppercase)
        && naming()
    {
        return false;
    }
    // ("a plan announced earlier this year", "A $160 billion megamerger announced Monday would
    // …": a thing announced, not one announcing.)
    if cue.eq_ignore_ascii_case("announced")
        && before.starts_with(char::is_lowercase)
        && (tag::lower_in(before, tag::DOCUMENTS)
            || tag::lower_in(before, ANNOUNCED_THINGS)
            // ("merger", "megamerger")
            || before.ends_with("merger"))
    {
        return false;
    }
    // ("The senator called on fellow Republicans to …": "called on" someone to do something is
    // the subject's demand, a verb whatever noun stands before it; not "called on Tuesday", a
    // telephone call or a visit.)
    let called_on = || {
        next.eq_ignore_ascii_case("on")
            && ahead
                .split_whitespace()
                .nth(1)
                .is_some_and(|w| !tag::lower_in(w.trim_end_matches([',', '.']), DAYS))
    };
    if called
        && before.starts_with(char::is_lowercase)
        && before.chars().all(char::is_alphabetic)
        && !before.ends_with("ly")
        && tag::pronoun(before).is_none()
        && !tag::lower_in(before, CALLED_AFTER)
        && !object()
        && !called_on()
    {
        return false;
    }
    !tag::lower_in(next, &["is", "are", "was", "were", "has", "have", "had"])
        || tag::pronoun(before).is_some()
}

/// Things announced rather than announcing, besides documents ("the deal announced on
/// Monday").
const ANNOUNCED_THINGS: &[&str] = &[
    "acquisition",
    "changes",
    "cuts",
    "deal",
    "initiative",
    "investment",
    "measure",
    "measures",
    "move",
    "policy",
    "program",
    "programme",
    "sale",
    "scheme",
    "takeover",
];

/// Words after "called a" read for the quotation of what the object was called.
const CALLED_OBJECT_WORDS: usize = 6;

/// Marks that open a quotation.
const OPENING_QUOTES: [char; 4] = ['"', '\'', '\u{201C}', '\u{2018}'];

/// Bytes before "called" in which its subject is looked for.
const CALLED_SUBJECT: usize = 48;

/// Lower-case words after which "called" is a verb of saying: auxiliaries, adverbs, pronouns
/// of relative clauses and conjunctions.
const CALLED_AFTER: &[&str] = &[
    "again", "already", "also", "and", "but", "even", "ever", "first", "had", "has", "have",
    "later", "never", "now", "once", "that", "then", "which", "who", "whom",
];

/// The occurrences whose cue starts inside `zone`.
fn within(occurrences: &[Occurrence], zone: Span) -> &[Occurrence] {
    let a = occurrences.partition_point(|o| o.span.start < zone.start);
    let b = occurrences.partition_point(|o| o.span.start < zone.end);
    &occurrences[a..b.max(a)]
}

fn lower_starts(text: &str, span: Span, prefix: &str) -> bool {
    text.get(span.start..span.start + prefix.len())
        .is_some_and(|s| s.eq_ignore_ascii_case(prefix))
}

/// True when a cue of saying closes a headline line on its source with no comma before it
/// ("House prices rebound says Halifax", "Dance music not dead says Fatboy"): one to three
/// capitalised words and the end of the line, no full stop.
fn headline_close(text: &str, cue: Span) -> bool {
    if !tag::lower_in(&text[cue.range()], &["say", "says", "warns"]) {
        return false;
    }
    // (The end of the line within a few words: a longer line is no headline's end.)
    let ahead = &text[cue.end..tag::floor_char(text, (cue.end + HEADLINE_SOURCE).min(text.len()))];
    let Some(line_end) = ahead
        .find('\n')
        .or((cue.end + ahead.len() == text.len()).then_some(ahead.len()))
    else {
        return false;
    };
    let rest = ahead[..line_end].trim();
    !rest.is_empty()
        && rest.split(' ').count() <= 3
        && rest.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && !rest.ends_with(['.', '?', '!'])
        && !text[..cue.start].trim_end().ends_with(['.', '?', '!'])
}

/// True when `cue` ends a line of a headline's shape: a line break (or the text's end) right
/// after it, fewer than twelve words on the line, and no comma ("Petrol duties frozen, Brown
/// says" ends on its tag), mark ending a sentence or quotation mark on it.
fn headline_end(text: &str, cue: Span) -> bool {
    let rest = &text[cue.end..];
    let after = rest.trim_start_matches([' ', '\t', '\r']);
    if !(after.is_empty() || after.starts_with('\n')) {
        return false;
    }
    let line_start = text[..cue.start].rfind('\n').map_or(0, |i| i + 1);
    let line = &text[line_start..cue.start];
    line.len() < 120
        && line.split_whitespace().count() < 12
        && !line.contains([',', '.', '?', '!', '"', '\u{201C}', '\u{201D}', ':'])
}

/// Most bytes of a headline's source after its cue ("says Halifax").
const HEADLINE_SOURCE: usize = 48;

/// True for cues whose source follows them ("according to X").
fn takes_source_after(text: &str, cue: Span) -> bool {
    lower_starts(text, cue, "according")
        || lower_starts(text, cue, "in the words of")
        // ("as reported by", "as noted by")
        || lower_starts(text, cue, "as ") && text[cue.range()].ends_with(" by")
}

/// Where the finite verb before a cue starts, when the cue needs one: the auxiliary of a
/// progressive ("is saying", "isn’t saying", "’s not saying", "are also saying"): a participle
/// with a form of "be" before it is a finite verb.
/// So is a predicate adjective's (`o.predicate`), after a form of "be", "feel", "remain", "seem",
/// "grow" or "become" and any adverbs ("are increasingly confident that", "remain hopeful
/// that"): its subject stands before that verb, or before the auxiliary of a perfect ("has long
/// been convinced that"); after a modal ("should be concerned that") it has none.
fn finite_start(text: &str, lo: usize, o: &Occurrence) -> Option<usize> {
    let predicate = o.predicate;
    if !predicate && !text[o.span.range()].ends_with("ing") {
        return None;
    }
    // The word before `end`, and where it starts.
    let word_before = |end: usize| {
        let before = &text[lo..end];
        let start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(lo, |(i, c)| lo + i + c.len_utf8());
        (start, &text[start..end])
    };
    let trimmed = |at: usize| text[lo..at].trim_end().len() + lo;
    let mut end = trimmed(o.span.start);
    for _ in 0..if predicate { 5 } else { 3 } {
        let (start, word) = word_before(end);
        let adverb = predicate
            && (tag::adverb_like(word)
                || tag::lower_in(
                    word,
                    &["all", "both", "long", "more", "so", "very", "quite"],
                ));
        if adverb || tag::lower_in(word, &["also", "not", "now", "still", "just"]) {
            end = trimmed(start);
            continue;
        }
        if tag::lower_in(
            word,
            &[
                "am",
                "are",
                "aren't",
                "aren\u{2019}t",
                "is",
                "isn't",
                "isn\u{2019}t",
                "was",
                "wasn't",
                "wasn\u{2019}t",
                "were",
                "weren't",
                "weren\u{2019}t",
            ],
        ) || predicate && tag::lower_in(word, PREDICATE_VERBS)
        {
            if !predicate || !tag::lower_in(word, PERFECT_LINKS) {
                return Some(start);
            }
            // ("have been", "has long been", "had grown": back over the perfect's auxiliary;
            // "should be", "would be glad that" are not a state the subject is in.)
            let mut scan = start;
            for _ in 0..3 {
                let (s, w) = word_before(trimmed(scan));
                if s >= scan {
                    break;
                }
                scan = s;
                if tag::lower_in(w, &["has", "have", "had"]) {
                    return Some(s);
                }
                if !(tag::adverb_like(w) || tag::lower_in(w, &["long"])) {
                    break;
                }
            }
            return None;
        }
        // "He’s saying", "They’re saying": the auxiliary is the contraction.
        for suffix in ["\u{2019}s", "'s", "\u{2019}re", "'re"] {
            if word.len() > suffix.len()
                && word.ends_with(suffix)
                && tag::pronoun(&word[..word.len() - suffix.len()]).is_some()
            {
                return Some(end - suffix.len());
            }
        }
        return None;
    }
    None
}

/// The subject of a participle of saying in an absolute clause opened by "with": "…, with
/// analysts saying the deficit could grow", "with a spokesperson saying: '…'", "with finance
/// minister Hans Eichel telling parliament …" (adverbs before the participle allowed: "with
/// Tony Blair hastily adding …"). The phrase is a short noun phrase with no verb, no comma and
/// no object pronoun ("There is no inconsistency with me saying that …" has no speaker).
fn absolute_subject(text: &str, lo: usize, cue: Span) -> Option<Found> {
    let before = text.get(lo..cue.start)?;
    let near = &before[tag::ceil_char(before, before.len().saturating_sub(ABSOLUTE_BYTES))..];
    let at = tag::rfind_str(near, " with ")
        .map(|i| i + " with ".len())
        .or_else(|| near.strip_prefix("With ").map(|_| "With ".len()))?;
    let from = cue.start - (near.len() - at);
    let phrase = text[from..cue.start].trim_end();
    if phrase.is_empty() {
        return None;
    }
    let mut words: Vec<&str> = phrase.split(' ').collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| w.len() > 4 && w.ends_with("ly"))
    {
        words.pop();
    }
    if words.len() > ABSOLUTE_WORDS
        || phrase.contains([',', ';', ':', '"', '\u{201C}', '\u{201D}', '(', ')'])
        || words.iter().any(|w| {
            tag::lower_in(w, FINITE)
                || tag::lower_in(w, &["me", "him", "her", "us", "them", "it", "this", "that"])
                || w.len() > 4 && w.ends_with("ing")
        })
    {
        return None;
    }
    // (Not a share of those polled, "with 22 percent saying …", whose figure the author
    // reports; nor a recording, "with footage of Trump saying …", whose speaker is inside it.)
    if share(phrase) || words.iter().any(|w| tag::lower_in(w, DEPICTIONS)) {
        return None;
    }
    let end = from + words.join(" ").len();
    match tag::left(text, from, Span::new(end + 1, cue.end)) {
        Some((f, false)) if f.phrase.start == from => Some(Found {
            phrase: f.phrase,
            descriptor: f.descriptor,
            tag: Span::new(f.tag.start, cue.end),
        }),
        _ => None,
    }
}

/// Most bytes before a participle in which [`absolute_subject`] looks for "with".
const ABSOLUTE_BYTES: usize = 80;

/// Words of a recording, which shows its speaker rather than speaking ([`absolute_subject`]).
const DEPICTIONS: &[&str] = &[
    "clip",
    "clips",
    "film",
    "footage",
    "images",
    "pictures",
    "recording",
    "tape",
    "video",
];

/// Most words of the subject of an absolute clause ([`absolute_subject`]).
const ABSOLUTE_WORDS: usize = 7;

/// True when `phrase` is a role in a body ("European Union ambassador to the WTO", "head of
/// the IMF"): a role noun in lower case, then "to", "of", "at" or "for".
fn role_of_a_body(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    words.windows(2).any(|p| {
        p[0].starts_with(|c: char| c.is_ascii_lowercase())
            && tag::title_noun(p[0])
            && tag::lower_in(p[1], &["at", "for", "of", "to"])
    })
}

/// True when the words after a predicate cue open what the subject thinks ("… that …", "…
/// about …", "… the policy sends …"), not a circumstance ("… despite …", "… by …") or nothing.
fn holds_a_thought(after: &str) -> bool {
    let after = after.trim_start();
    let next = after.split_whitespace().next().unwrap_or("");
    !(next.is_empty()
        || after.starts_with(|c: char| c.is_ascii_punctuation())
        || tag::lower_in(
            next,
            &[
                "after", "and", "as", "at", "because", "before", "but", "by", "despite", "enough",
                "for", "since", "when", "with",
            ],
        ))
}

/// Verbs that link a subject to a predicate adjective besides the finite forms of "be".
const PREDICATE_VERBS: &[&str] = &[
    "became", "become", "becomes", "been", "feel", "feels", "felt", "grew", "grown", "remain",
    "remained", "remains", "seem", "seemed", "seems",
];

/// Of [`PREDICATE_VERBS`], the participles, which need the auxiliary of a perfect ("has been").
const PERFECT_LINKS: &[&str] = &["become", "been", "grown"];

/// The verb that sends a message whose words a participle gives ("issued a statement saying
/// …", "sent a fundraising email Wednesday saying …", "released a statement Thursday, saying
/// …"): a past tense right before "a" and up to three words ending in the message, which may
/// be plural ("sent a series of tweets") and have a short circumstance after it ("issued a
/// statement on Monday saying …", "posted a video early Friday saying …").
fn message_saying(text: &str, lo: usize, cue: Span) -> Option<Span> {
    if !lower_starts(text, cue, "saying") {
        return None;
    }
    let before = text[lo..cue.start].trim_end().trim_end_matches(',');
    let words: Vec<&str> = before.rsplitn(MESSAGE_WORDS + 1, ' ').collect();
    // words[0] is the last word before the cue.
    let message = |w: &str| tag::lower_in(w, MESSAGES);
    let circumstance = |w: &str| {
        tag::lower_in(w, DAYS) || w.ends_with("day") || tag::lower_in(w, MESSAGE_CIRCUMSTANCES)
    };
    let k = (0..words.len().min(MESSAGE_CIRCUMSTANCE_WORDS + 1))
        .find(|&k| message(words[k]))
        .filter(|&k| words[..k].iter().all(|w| circumstance(w)))?;
    let det = (k + 1..words.len().min(k + 4)).find(|&j| tag::lower_in(words[j], &["a", "an"]))?;
    let verb = *words.get(det + 1)?;
    if !(verb.ends_with("ed") || tag::lower_in(verb, &["sent", "put"])) || verb.contains(',') {
        return None;
    }
    // The verb's offset: the words after it, with their spaces, end the text before.
    let after: usize = words[..=det].iter().map(|w| w.len() + 1).sum();
    let end = lo + before.len() - after;
    Some(Span::new(end - verb.len(), end))
}

/// Messages whose words "saying" gives after the verb that sends them.
const MESSAGES: &[&str] = &[
    "email",
    "emails",
    "letter",
    "letters",
    "memo",
    "message",
    "messages",
    "post",
    "posts",
    "release",
    "statement",
    "statements",
    "tweet",
    "tweets",
    "video",
    "videos",
];

/// Words of a short circumstance between a message and "saying" besides the days ("on
/// Monday", "early Friday", "Thursday night", "last week", "to reporters", "to employees", "on
/// Facebook").
const MESSAGE_CIRCUMSTANCES: &[&str] = &[
    "afternoon",
    "also",
    "customers",
    "earlier",
    "early",
    "employees",
    "evening",
    "facebook",
    "followers",
    "instagram",
    "investors",
    "last",
    "late",
    "later",
    "media",
    "members",
    "morning",
    "night",
    "on",
    "online",
    "overnight",
    "reporters",
    "shareholders",
    "social",
    "staff",
    "supporters",
    "this",
    "to",
    "twitter",
    "voters",
    "week",
    "weekend",
    "x",
    "youtube",
];

/// Most words of such a circumstance.
const MESSAGE_CIRCUMSTANCE_WORDS: usize = 3;

/// Words before "saying" that [`message_saying`] reads: the circumstance, the message and the
/// three words before it to its article, and the verb.
const MESSAGE_WORDS: usize = MESSAGE_CIRCUMSTANCE_WORDS + 5;

/// True for cues of telling ("told", "tells"), after which stands the hearer.
fn is_telling(text: &str, cue: Span) -> bool {
    lower_starts(text, cue, "told") || lower_starts(text, cue, "tell")
}

/// Verbs of saying that stand before their subject at the end of a sentence ("…, said Larry
/// Sabato, director of …").
pub(crate) const INVERTING: &[&str] = &[
    "added",
    "adds",
    "admits",
    "admitted",
    "argue",
    "argued",
    "argues",
    "asked",
    "asks",
    "claim",
    "claimed",
    "claims",
    "conceded",
    "concedes",
    "continued",
    "continues",
    "explained",
    "explains",
    "insist",
    "insisted",
    "insists",
    "note",
    "noted",
    "notes",
    "recalled",
    "recalls",
    "replied",
    "replies",
    "said",
    "say",
    "says",
    "stressed",
    "stresses",
    "suggest",
    "suggested",
    "suggests",
    "warn",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// True when what follows the cue is its object, never its speaker: whom "calls" names
/// ("Calls men derogatory names", "The tool, called Picasa, …"), what "cited" cites ("Trump,
/// appearing at the forum, cited problems in …").
fn object_after(text: &str, cue: Span) -> bool {
    lower_starts(text, cue, "call") || lower_starts(text, cue, "cited")
}

/// True when the cue is a verb of finding or denial that has other senses with a person
/// subject ("the keeper denied the striker", "the teenager showed more confidence").
fn finding(text: &str, cue: Span) -> bool {
    tag::lower_in(
        &text[cue.range()],
        &[
            "denied", "denies", "deny", "find", "finds", "found", "revealed", "show", "showed",
            "shows",
        ],
    )
}

/// True when a person, a body or a show (not a document, figures or other evidence) stands
/// before "show", "shows" or "showed" with no clause after: a quality or a thing shown ("Paula
/// showed real bouncebackability", "Siemens showed off a system", "Rooney showed McManaman how
/// to do it"), or the noun ("The BBC show beat …", "X Factor show gets second series", "the
/// West End show and …"), not a finding reported ("Figures show …", "Nokia shows that …",
/// "…, the minutes showed.").
fn shows_a_thing(text: &str, cue: Span, found: &Found, mention: &Mention) -> bool {
    if !tag::lower_in(&text[cue.range()], &["show", "showed", "shows"])
        || found.phrase.end > cue.start
    {
        return false;
    }
    let phrase = &text[found.phrase.range()];
    let evidence = match mention {
        Mention::Named { kind, .. } => *kind == SourceKind::Document || tag::evidence_head(phrase),
        // ("It showed British business …": "it" may stand for a report.)
        Mention::Pronoun(p) => *p == Pronoun::It,
    };
    let after = text[cue.end..].trim_start();
    let next = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let clause = tag::lower_in(next, &["how", "that", "what", "whether", "why"]);
    // ("…, the minutes showed.": a tag after its content.)
    let closing =
        text[..found.phrase.start].trim_end().ends_with(',') && after.starts_with(['.', ',', ';']);
    !(evidence || clause || closing)
}

/// Adverbs of hearsay ("reportedly") take no subject.
fn is_adverb(text: &str, cue: Span) -> bool {
    text[cue.range()].ends_with("ly")
}

/// True when "neither" or "nor" stands right before the cue: "The firm has neither admitted
/// nor denied wrongdoing", "would not confirm nor deny it" report nothing.
fn after_nor(text: &str, cue: Span) -> bool {
    tag::lower_in(word_before(text, cue.start), &["neither", "nor"])
}

/// The text before `at`, at most [`WORD_REACH`] bytes of it: where the words just before a
/// position are read, so that a text with no space in it is not read back to its start at every
/// cue (a megabyte of "Smith\tsaid\t" took seconds).
fn before_within(text: &str, at: usize) -> &str {
    &text[tag::ceil_char(text, at.saturating_sub(WORD_REACH))..at]
}

/// The text after `at`, at most [`WORD_REACH`] bytes of it (as [`before_within`], ahead).
fn after_within(text: &str, at: usize) -> &str {
    &text[at..tag::floor_char(text, (at + WORD_REACH).min(text.len()))]
}

/// True when the report at `cue`, its source at `phrase`, closes its sentence inside an
/// afterthought on what the sentence reported: "Mark Weston said the consultation had been 'a
/// sham', a claim the council denies." is Weston's, and the council's denial answers it (a
/// claim, a charge, an allegation; an adverb or "it" may follow the cue).
fn answers_a_claim(text: &str, phrase: Span, cue: Span) -> bool {
    // (The cue closes the sentence, first: most reports go on with their content. A byte scan
    // of a few words: this runs for every tag.)
    let bytes = text.as_bytes();
    let mut k = cue.end;
    let closes = loop {
        while bytes.get(k) == Some(&b' ') {
            k += 1;
        }
        match bytes.get(k) {
            Some(b'.' | b'!' | b'?' | b';') => break true,
            Some(b) if b.is_ascii_lowercase() => {
                let from = k;
                while bytes.get(k).is_some_and(u8::is_ascii_lowercase) {
                    k += 1;
                }
                let w = &bytes[from..k];
                if !(w.ends_with(b"ly") || w == b"it" || w == b"them") || k - cue.end > CLAIM_TAIL {
                    break false;
                }
            }
            _ => break false,
        }
    };
    if !closes {
        return false;
    }
    let before = before_within(text, phrase.start).trim_end();
    let before = before
        .strip_suffix(" that")
        .or_else(|| before.strip_suffix(" which"))
        .unwrap_or(before);
    let mut back = before.rsplit(' ');
    let noun = back.next().unwrap_or("");
    let article = back.next().unwrap_or("");
    let comma = back.next().is_some_and(|w| w.ends_with(','));
    comma && tag::lower_in(article, &["a", "an"]) && tag::lower_in(noun, tag::CLAIM_NOUNS)
}

/// Most bytes after a cue that [`answers_a_claim`] reads for the sentence's end.
const CLAIM_TAIL: usize = 32;

/// Most bytes before or after a position that [`before_within`] and [`after_within`] read:
/// several words, however long.
const WORD_REACH: usize = 512;

/// The word before `at`, past white space: what stands between the last space and it (empty at
/// the start).
fn word_before(text: &str, at: usize) -> &str {
    before_within(text, at)
        .trim_end()
        .rsplit(' ')
        .next()
        .unwrap_or("")
}

/// True when only punctuation and white space stand in `text[from..to]`.
fn no_words(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to)
        .is_some_and(|s| !s.chars().any(char::is_alphanumeric))
}

/// The source of the cue `o`, from a phrase between `lo` and `hi`, if `keep` accepts the phrase.
fn extract(
    text: &str,
    o: &Occurrence,
    lo: usize,
    hi: usize,
    keep: impl Fn(&Found) -> bool,
) -> Option<(Found, Mention)> {
    if is_adverb(text, o.span) || after_nor(text, o.span) {
        return None;
    }
    // The name closing the sentence after the cue, looked for once (`closing_inverted`).
    let closing_cell = std::cell::OnceCell::new();
    let closing = || {
        closing_cell
            .get_or_init(|| closing_inverted(text, o, hi))
            .clone()
    };
    // ("In the words of one participant, …" opens its sentence or follows a short subject,
    // "The plan, in the words of its author, is …"; deep in a clause of the author's it gives a
    // phrase its source: "… that Mrs. Clinton was, in the words of a senior adviser, 'the
    // torchbearer' of his legacy".)
    if lower_starts(text, o.span, "in the words of")
        && text[lo..o.span.start].split_whitespace().count() > 4
    {
        return None;
    }
    let found = if takes_source_after(text, o.span) {
        tag::named_after_role(text, tag::right(text, o.span, hi, false)?, hi)
    } else if is_telling(text, o.span) && !text[o.span.range()].ends_with("ing") {
        // After "told" stands the hearer ("told Fox News"), never the speaker.
        match tag::left(text, lo, o.span) {
            Some((f, false)) => f,
            Some((f, true)) if introduces_quote(text, lo, hi, &f, o.span) => f,
            _ => return None,
        }
    } else if no_words(text, lo, o.span.start) {
        // Inverted: `"…," said Kirby`, `…, says one analyst`; a capitalised verb opening the
        // sentence is an imperative ("Admit it, …").
        let cue = &text[o.span.range()];
        // ("Read the latest updates below:", "Add your name:": base forms in "-d".)
        if text[lo..o.span.start].trim().is_empty()
            && cue.starts_with(char::is_uppercase)
            && (!cue.ends_with(['d', 's']) || tag::lower_in(cue, &["add", "read"]))
        {
            return None;
        }
        // ("… an "attack mongrel", claiming such abuse meant Labour was …": a participle is
        // never inverted.)
        if object_after(text, o.span) || cue.ends_with("ing") {
            return None;
        }
        let found = tag::right(text, o.span, hi, true)?;
        // ("States set records; GOP's close contest …": a plural noun opening the sentence
        // before its verb, no inverted cue, as "Said one aide:", "Says the ministry" are.)
        let plural_noun = || {
            let next = text[found.phrase.range()].split(' ').next().unwrap_or("");
            tag::lower_in(
                cue,
                &["claims", "notes", "remarks", "replies", "reports", "states"],
            ) && next.starts_with(char::is_lowercase)
                && !tag::lower_in(next, tag::ARTICLES)
                && !tag::lower_in(next, tag::DETERMINERS)
        };
        if text[lo..o.span.start].trim().is_empty() && plural_noun() {
            return None;
        }
        found
    } else if let Some(aux) = finite_start(text, lo, o) {
        // "Trump is saying …", "He’s not saying …": the subject stands before the auxiliary.
        // ("Federer was not unduly worried despite …", "was worried by …": a feeling with no
        // thought after it.)
        // (A cue across a line's break may end past the zone: then nothing follows it there.)
        if o.predicate && !holds_a_thought(&text[o.span.end.min(hi)..hi]) {
            return None;
        }
        match tag::left(text, lo, Span::new(aux, o.span.end)) {
            // ("It is doubtful that the bill will pass": an impersonal "it" holds no view.)
            Some((f, false))
                if o.predicate
                    && tag::lower_in(&text[f.phrase.range()], &["it"])
                    && (lower_starts(text, o.span, "doubtful")
                        || lower_starts(text, o.span, "sure")) =>
            {
                return None
            }
            Some((f, false)) => f,
            _ => return None,
        }
    } else if o.predicate && !o.verb {
        // ("Disillusioned, Mitchell resigned, convinced that …", "Parents concerned that …
        // can call": an adjective with no verb before it tags no one.)
        return None;
    } else if let Some(verb) = message_saying(text, lo, o.span) {
        // "The campaign issued a statement saying …": the sender is the verb's subject.
        match tag::left(text, lo, verb) {
            Some((f, false)) => f,
            _ => return None,
        }
    } else if tag::lower_in(&text[o.span.range()], &["as saying", "quoted as saying"]) {
        // "The Gazette quoted the mayor as saying …", "the agency was quoted as saying": the one
        // quoted stands before it; in the passive with a place, before "quoted" ("Anelka was
        // quoted in a French newspaper as saying").
        let passive = text[lo..o.span.start]
            .rfind(" quoted ")
            .map(|q| Span::new(lo + q + 1, lo + q + 1 + "quoted".len()))
            .filter(|q| {
                let next = text[q.end + 1..].split(' ').next().unwrap_or("");
                tag::lower_in(next, &["at", "by", "in", "on"])
            });
        // (Back over the auxiliaries of the passive: "was", "has been".)
        let cue = passive.map_or(o.span, |q| {
            let mut from = q.start;
            while let Some((head, aux)) = text[lo..from].trim_end().rsplit_once(' ') {
                if !tag::lower_in(aux, PASSIVE_AUXILIARIES) {
                    break;
                }
                from = lo + head.len() + 1;
            }
            Span::new(from, q.end)
        });
        let mut f = match tag::left(text, lo, cue) {
            Some((f, false)) => f,
            _ => return None,
        };
        // "…, Reuters quoted a central bank official as saying.": the tag runs from the one who
        // quotes, and the words before it are the content.
        let head = text.get(lo..f.phrase.start).unwrap_or("").trim_end();
        if let Some((_, verb)) = head
            .rsplit_once(' ')
            .filter(|(_, v)| passive.is_none() && tag::lower_in(v, tag::QUOTING))
        {
            let verb = Span::new(lo + head.len() - verb.len(), lo + head.len());
            if let Some((relay, false)) = tag::left(text, lo, verb) {
                f.tag = Span::new(relay.tag.start.min(f.tag.start), f.tag.end);
            }
        }
        f
    } else if text[o.span.range()].ends_with("ing") {
        // "left the party saying …": a participle has no subject of its own to its left (after
        // a comma it reports for the sentence's subject, see `coordinated_tag`), unless "with"
        // opens it: "…, with analysts saying the deficit could grow" (an absolute clause).
        absolute_subject(text, lo, o.span)?
    } else {
        // `…, said Kirby`, `… a "cautionary tale," said Kirby`: inverted after a comma. The
        // inverted phrase ends its clause ("…, says one analyst."; "…, said Larry Sabato,
        // director of …"); "…, however, say it would …" and "Smith, a spokesman, said Russia
        // would …" have the content's subject after the verb instead.
        let after_comma = text[lo..o.span.start]
            .trim_end()
            .trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}'])
            .ends_with(',');
        let inverted = || {
            let f = tag::right(text, o.span, hi, true)?;
            let after = text[f.tag.end.min(hi)..hi].trim_start();
            let next = after.split_whitespace().next().unwrap_or("");
            // ("…, said Nadal afterwards.": a time word closing the sentence.)
            let next = next.trim_end_matches(['.', ',', ';', '!', '?']);
            let closes = after.is_empty()
                || after.starts_with(|c: char| c.is_ascii_punctuation())
                || tag::lower_in(
                    next,
                    // ("…, said Clapton who joined …": a relative clause describes the source.)
                    &[
                        "after", "afterward", "afterwards", "as", "at", "before", "during",
                        "earlier", "in", "last", "later", "on", "this", "today", "via", "when",
                        "while", "who", "whose", "yesterday",
                    ],
                )
                // ("…, says the boss of the organisation that cleared them": after a phrase
                // with an article, "that" too.)
                || tag::lower_in(next, &["that", "which"])
                    && text[f.phrase.range()]
                        .split(' ')
                        .next()
                        .is_some_and(|w| tag::lower_in(w, &["a", "an", "one", "the"]));
            (closes && !verb_inside(&text[f.phrase.range()])).then_some(f)
        };
        // A source after the verb that closes its clause is the speaker, whatever stands before
        // the comma ("Cruz lacks support in Congress, whom he has alienated, said Larry Sabato,
        // director of …"): a name or a description right after a verb of saying, ending the
        // sentence or followed by a comma (what follows in the text, not only in the zone, which
        // may end at a quotation: `said Obama "understood …"` is content).
        let preferred = || {
            let opens = after_within(text, o.span.end)
                .trim_start_matches([' ', '\t'])
                .split(' ')
                .next()
                .is_some_and(|w| {
                    w.starts_with(char::is_uppercase)
                        || tag::lower_in(w, &["a", "an", "another", "one", "the"])
                });
            let before_source = after_comma || headline_close(text, o.span);
            // ("…, as well as new services, could push up sales, said analysts.")
            if before_source {
                if let Some(g) = closing() {
                    return Some(g);
                }
            }
            if !(before_source && opens && tag::lower_in(&text[o.span.range()], INVERTING)) {
                return None;
            }
            inverted().filter(|g| {
                let phrase = &text[g.phrase.range()];
                // (After a relative clause with no comma that closes the sentence: "…, said an
                // American official who was briefed on the talks.")
                let end = g
                    .descriptor
                    .filter(|d| d.start > g.phrase.end)
                    .filter(|d| text[g.phrase.end..d.start].trim().is_empty())
                    .map_or(g.phrase.end, |d| d.end);
                let after = text[end..].trim_start_matches([' ', '\t']);
                (after.is_empty() || after.starts_with(['.', ',', '\n', '\r']))
                    && no_words(text, o.span.end, g.phrase.start)
                    && phrase.split(' ').count() <= 6
                    // (A person, a body or a paper, or a description headed by a source: "…,
                    // said the report.", "…, said a panel of experts."; not the content's own
                    // subject, "…, said the changes in eligibility rules, which …".)
                    && match tag::classify(phrase, false) {
                        Some(Mention::Named {
                            kind: SourceKind::Anonymous,
                            ..
                        }) => tag::source_head(phrase),
                        Some(Mention::Named { .. }) => true,
                        _ => false,
                    }
            })
        };
        match tag::left(text, lo, o.span) {
            Some((f, true)) if introduces_quote(text, lo, hi, &f, o.span) => f,
            // (An embedded phrase before the cue may be a quotation's words: `"If we reject
            // it, Britain will be weak," said Jack Straw, who …`.)
            Some((_, true)) => preferred().or_else(closing)?,
            Some((f, false)) => preferred().unwrap_or(f),
            // ("…, since Jan. 1, 2015, shows Democratic groups outpacing …": a verb of finding
            // does not invert.)
            // (Nor does a verb whose object follows it: see `object_after`; nor a headline's
            // verb of stance or action, "Candidate drops out, endorses rival".)
            None if (after_comma || headline_close(text, o.span))
                && !finding(text, o.span)
                && !object_after(text, o.span)
                && !o.headline_only =>
            {
                inverted()?
            }
            None => closing()?,
        }
    };
    if !keep(&found) || disagrees(text, found.phrase, o.span) {
        return None;
    }
    let lenient = takes_source_after(text, o.span);
    let (found, mention) = match tag::classify(&text[found.phrase.range()], lenient) {
        Some(m) => (found, m),
        // "… that have educational elements said Mr Owen.": no comma before a verb of saying
        // and a person's name that close the sentence.
        None => {
            let f = closing().filter(|f| keep(f))?;
            match tag::classify(&text[f.phrase.range()], false)? {
                m @ Mention::Named {
                    kind: SourceKind::Person | SourceKind::Anonymous,
                    ..
                } => (f, m),
                _ => return None,
            }
        }
    };
    // "The EU's Humanitarian Aid Commissioner, Louis Michel, said": a role named by the person
    // in apposition after it; the person is the source, the role its descriptor. (So is a role
    // of a body read as the body: "European Union ambassador to the WTO, Carlo Trojan, said"
    // was the WTO's.)
    let role = || match &mention {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            ..
        } => {
            // (Its head before a preposition: "The EU ambassador in Geneva, Carlo Trojan,".)
            tag::sex_of_name(name).is_none()
                && tag::title_noun(&description_head(name).to_ascii_lowercase())
        }
        Mention::Named {
            kind: SourceKind::Organization | SourceKind::Publication,
            ..
        } => role_of_a_body(&text[found.phrase.range()]),
        _ => false,
    };
    let named = found
        .descriptor
        .filter(|d| role() && tag::sex_of_name(&text[d.range()]).is_some())
        .and_then(|d| match tag::classify(&text[d.range()], false) {
            Some(Mention::Named {
                name,
                kind: SourceKind::Person,
                ..
            }) => Some((d, name)),
            _ => None,
        });
    let (found, mut mention) = match named {
        Some((d, name)) => (
            Found {
                phrase: d,
                descriptor: Some(found.phrase),
                tag: found.tag,
            },
            Mention::Named {
                name,
                kind: SourceKind::Person,
                descriptor: Some(text[found.phrase.range()].into()),
            },
        ),
        None => (found, mention),
    };
    let phrase = &text[found.phrase.range()];
    // ("The 2003 champion claimed her seventh Grand Slam title": a player claims a prize.)
    // (Not a claim that something is so: "The midfielder claims he has not had …".)
    let won = || {
        let object = after_within(text, o.span.end)
            .split_whitespace()
            .next()
            .unwrap_or("");
        tag::lower_in(&text[o.span.range()], &["claim", "claimed", "claims"])
            && (tag::lower_in(object, tag::ARTICLES)
                || tag::lower_in(object, &["her", "his", "its", "their"])
                || figure(object))
    };
    if !lenient
        && (finding(text, o.span) || won() && tag::player_head(phrase))
        && tag::agent_head(phrase)
    {
        return None;
    }
    if shows_a_thing(text, o.span, &found, &mention) || answers_a_claim(text, found.phrase, o.span)
    {
        return None;
    }
    // "Nintendo said it would …", "Cadbury said its sales …": a one-word name that reports of
    // itself as "it" is a body, not a person.
    if let Mention::Named { name, kind, .. } = &mut mention {
        // (Not the "it" of "it was time to …", "it would be wrong …", "it is clear …".)
        let of_itself = || {
            let after = after_within(text, o.span.end).trim_start();
            let after = after.strip_prefix("that ").unwrap_or(after);
            let mut words = after
                .split_whitespace()
                .filter(|w| !(w.ends_with("ly") || tag::lower_in(w, &["also", "now", "still"])))
                .peekable();
            // (Past the report's time or form: "said on Monday that it would …", "said in a
            // statement that its …".)
            for _ in 0..ITSELF_CIRCUMSTANCE {
                let Some(w) = words.peek().map(|w| w.trim_end_matches(',')) else {
                    break;
                };
                if !(tag::lower_in(w, DAYS) || tag::lower_in(w, REPORT_CIRCUMSTANCE)) {
                    break;
                }
                words.next();
            }
            match (words.next(), words.next(), words.next()) {
                // ("Cadbury said its sales rose": a possessive is never impersonal.)
                (Some("its"), Some(_), _) => true,
                (Some("it"), Some(aux), Some(then)) => {
                    tag::lower_in(aux, ITSELF_VERBS)
                        && !tag::lower_in(then, IMPERSONAL)
                        && !then.ends_with("ly")
                        // ("it is planning …", not "it is better than …".)
                        && (!tag::lower_in(aux, &["is", "was"]) || then.ends_with("ing"))
                }
                _ => false,
            }
        };
        // (Not a person's surname the document gave with a given name or a title before:
        // "Gordon Brown … Brown said it would cost …".)
        let person = || {
            let from = tag::floor_char(text, found.phrase.start.saturating_sub(ITSELF_REACH));
            let before = &text[from..found.phrase.start];
            tag::fuller_name(before, name, before.len()).is_some()
                || memchr::memmem::find_iter(before.as_bytes(), name.as_bytes()).any(|i| {
                    let t = before[..i].trim_end_matches(' ').trim_end_matches('.');
                    let t = t.rsplit(' ').next().unwrap_or(t);
                    tag::lower_in(t, tag::PERSON_TITLES)
                        || tag::lower_in(t, &["lord", "lady"])
                        || tag::title_noun(&t.to_ascii_lowercase())
                            && !tag::lower_in(t, tag::ARTICLES)
                            && !tag::lower_in(t, &["and", "of", "state", "white"])
                })
        };
        // "Intel, which makes most of the chips …, said": a name described by a clause of
        // "which" is no person's, one word or several ("Swiss Re, which …"). (Before its cue:
        // after one, the clause may be of the words reported, "…, said Texas, which means …";
        // a name, not a description: "The judge in the case, which lasted seven days, said".)
        let which = || {
            found.descriptor.is_some_and(|d| {
                let w = &text[d.range()];
                d.end <= o.span.start
                    && w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("which "))
            }) && name
                .split(' ')
                .all(|w| w.starts_with(char::is_uppercase) || tag::lower_in(w, &["and", "of"]))
                && tag::sex_of_name(name).is_none()
        };
        // "Halifax, the UK's biggest mortgage lender, said": a name described after it, with
        // an article, as a body ("lender", "retailer", "chain").
        let described_as_body = || {
            found.descriptor.is_some_and(|d| {
                // (Its head before a preposition: "a former banker at the firm" is a person.)
                let d = &text[d.range()];
                let head = description_head(d);
                description_words(d)
                    .next()
                    .is_some_and(|a| tag::lower_in(a, tag::ARTICLES))
                    && description_words(d).count() <= 6
                    && head.starts_with(|c: char| c.is_lowercase())
                    && tag::role_kind(head) == Some(SourceKind::Organization)
                    // ("NetChoice, one of the groups, said": one of several bodies.)
                    || d.get(..11).is_some_and(|p| p.eq_ignore_ascii_case("one of the "))
                        && {
                            // (One word after it, a plural of bodies.)
                            let mut words = description_words(&d[11..]);
                            words.next().is_some_and(|plural| {
                                plural.eq_ignore_ascii_case("groups")
                                    || tag::plural_of(plural, |one| {
                                        tag::role_kind(one) == Some(SourceKind::Organization)
                                    })
                            }) && words.next().is_none()
                        }
            }) && tag::sex_of_name(name).is_none()
        };
        // "A spokesman for the retailer, Tesco, said", "A spokesperson for the developer,
        // Oakfield Land, said": the name after a spokesman's role is the body's the spokesman
        // speaks for (not a named person's: "A spokeswoman for the actor, Tom Hanks,"; nor
        // after a person's role, where it names the spokesman: "A spokeswoman for the mayor,
        // Priya Nair, said").
        let spoken_for = || {
            found.descriptor.is_some_and(|d| {
                // (A role before the name, not after: "Xing Wangli, a spokesman for …".)
                let mut ws = text[d.range()]
                    .split(' ')
                    .skip_while(|w| tag::lower_in(w, tag::ARTICLES));
                let principal = text[d.range()].rsplit(' ').next().unwrap_or("");
                ws.next()
                    .is_some_and(|w| w.get(..6).is_some_and(|p| p.eq_ignore_ascii_case("spokes")))
                    && ws.next().is_some_and(|w| w == "for")
                    && d.end <= found.phrase.start
                    // ("A spokesman for the secretary-general, Stephane Dujarric, …": a role
                    // joined by a hyphen is a role too.)
                    && !principal.split('-').any(tag::role_noun)
            }) && tag::sex_of_name_or_title(name).is_none()
        };
        // "Birmingham have confirmed …", "England have warned …": a name in the singular with a
        // verb in the plural is a team, a club or a body, as British usage has it (a person's
        // name takes "has"; a plural name, "the Clintons", ends in "s").
        let plural_verb = || {
            let between = text
                .get(found.phrase.end..o.span.start)
                .unwrap_or("")
                .trim();
            let mut words = between.split(' ');
            words
                .next()
                .is_some_and(|w| tag::lower_in(w, &["are", "have", "were"]))
                && words.all(|w| w.ends_with("ly") || tag::lower_in(w, AGREEING_ADVERBS))
                && !name.ends_with(['s', 'S'])
                && !name.eq_ignore_ascii_case("you")
                && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
                && tag::sex_of_name_or_title(name).is_none()
        };
        // "the company, North Sound Ferries", "A statement from the firm, Tyne Boats", "The
        // company behind the chatbot, Lumina AI,": a name set off after a body's noun (or a
        // document of the body's) is the body's.
        let body_before = || {
            found.descriptor.is_some_and(|d| {
                let d_text = &text[d.range()];
                let head = description_head(d_text);
                let last = d_text.rsplit(' ').next().unwrap_or("");
                let body = |w: &str| tag::role_kind(w) == Some(SourceKind::Organization);
                // (Or headed by the body's noun: "The company behind the chatbot, Lumina AI,".)
                d.end <= found.phrase.start
                    && text[d.end..found.phrase.start].trim() == ","
                    && (body(head) || body(last) && tag::lower_in(head, tag::DOCUMENTS))
            }) && tag::sex_of_name_or_title(name).is_none()
        };
        // (The phrase is the name alone: "President Kumaratunga" has a title.)
        if *kind == SourceKind::Person
            && phrase.trim() == &**name
            && (spoken_for() || body_before())
        {
            *kind = SourceKind::Organization;
        }
        if *kind == SourceKind::Person
            && (!name.contains(' ')
                && (phrase.trim() == &**name
                    && (of_itself()
                        || corporate_context(text, found.phrase, name)
                        || described_as_body())
                    || research_by(phrase, name))
                || phrase.trim() == &**name && (which() || plural_verb()))
            && !person()
        {
            *kind = SourceKind::Organization;
        }
    }
    Some((found, mention))
}

/// Adverbs between a plural auxiliary and its participle ("Chelsea have also denied …").
const AGREEING_ADVERBS: &[&str] = &["again", "already", "also", "now", "since", "yet"];

/// True when `phrase` names the one-word `name` as the maker of a study ("A separate study by
/// Gartner", "Recent research by Jupiter", "another survey by property website Rightmove"): a
/// name alone after a document of research and "by" is a firm's or an institute's in news (a
/// person's study is given with the person's full name or title, and a paper's authors with "et
/// al."); not when other capitalised words precede it ("a study by Professor Smith").
fn research_by(phrase: &str, name: &str) -> bool {
    let Some(before) = phrase.trim_end().strip_suffix(name) else {
        return false;
    };
    let words: Vec<&str> = before.split_whitespace().collect();
    let Some(by) = words.iter().rposition(|w| *w == "by") else {
        return false;
    };
    // (Lower-case words of what it is between "by" and the name: "property website".)
    words[by + 1..]
        .iter()
        .all(|w| w.starts_with(char::is_lowercase))
        && by >= 1
        && tag::lower_in(
            words[by - 1],
            &[
                "analysis",
                "estimates",
                "figures",
                "forecast",
                "poll",
                "report",
                "research",
                "study",
                "survey",
            ],
        )
}

/// True when the document around `phrase` (within [`ITSELF_REACH`] either side) speaks of
/// `name` as a company: "Motorola's chief executive", "shares in Gartner", "Boeing shares",
/// "Toshiba Corp".
pub(super) fn corporate_context(text: &str, phrase: Span, name: &str) -> bool {
    let from = tag::floor_char(text, phrase.start.saturating_sub(ITSELF_REACH));
    let to = tag::ceil_char(text, (phrase.end + ITSELF_REACH).min(text.len()));
    let around = &text[from..to];
    // (Within its own document, as `document_breaks` parts them: looked for only between the
    // phrase and a use of the name that speaks of a company, which is rare, not over the window.)
    // (From the earlier of the two to the end of the later: a break is found at the start of
    // the line after the blank ones.)
    let same_document = |at: usize| {
        let (lo, hi) = if at < phrase.start {
            (at, phrase.end)
        } else {
            (phrase.start, (at + name.len()).max(phrase.end))
        };
        document_breaks(&text[lo..hi]).is_empty()
    };
    // (A SIMD substring search: the window is 8 KB and this runs for each one-word name.)
    memchr::memmem::find_iter(around.as_bytes(), name.as_bytes())
        .take(tag::NAME_OCCURRENCES)
        .any(|i| {
            let before = around[..i].trim_end();
            // (Words before the name across a blank line are another paragraph's, or document's.)
            let before = if around[before.len()..i].matches('\n').count() >= 2 {
                ""
            } else {
                before
            };
            let after = &around[i + name.len()..];
            // (The whole word: not "Apple" inside "Applebee".)
            if after.starts_with(|c: char| c.is_alphanumeric())
                || around[..i].ends_with(|c: char| c.is_alphanumeric())
            {
                return false;
            }
            let owned = after
                .strip_prefix("'s ")
                .or_else(|| after.strip_prefix("\u{2019}s "))
                .and_then(|rest| {
                    rest.split(|c: char| !c.is_alphanumeric() && c != '-')
                        .next()
                })
                .is_some_and(|w| tag::lower_in(w, CORPORATE_OWNED));
            let next = after
                .trim_start_matches(' ')
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let followed = after.starts_with(' ') && tag::lower_in(next, CORPORATE_AFTER);
            let prefixed = [
                "shares in",
                "stake in",
                "takeover of",
                "bid for",
                "merger with",
            ]
            .iter()
            .any(|p| {
                before
                    .len()
                    .checked_sub(p.len())
                    .and_then(|at| before.get(at..))
                    .is_some_and(|t| t.eq_ignore_ascii_case(p))
            });
            // ("research firm Gartner", "aid agency Oxfam": a body's noun right before the name.)
            let described = before
                .rsplit(' ')
                .next()
                .is_some_and(|w| tag::lower_in(w, CORPORATE_NOUNS));
            // ("Skyline, the fast-growing messaging app, …": a body's noun heading an appositive
            // after the name.)
            let apposed = || after.strip_prefix(", ").is_some_and(apposes_a_body);
            (owned || followed || prefixed || described || apposed()) && same_document(from + i)
        })
}

/// True when `rest`, what follows a name and its comma, is an appositive headed by a body's noun:
/// "the fast-growing messaging app, …", "a Swedish company that …" (not "a former bank
/// executive", "the company's spokesman").
fn apposes_a_body(rest: &str) -> bool {
    let mut words = rest.split(' ');
    if !words
        .next()
        .is_some_and(|w| tag::lower_in(w, tag::ARTICLES))
    {
        return false;
    }
    let mut words = words.take(APPOSITIVE_WORDS).peekable();
    while let Some(w) = words.next() {
        let bare = w.trim_end_matches([',', '.', ';', ':']);
        if tag::lower_in(bare, CORPORATE_NOUNS) || tag::lower_in(bare, &["app", "startup"]) {
            // (The noun ends the appositive, or a clause on it follows: its head, not a word
            // of another noun's.)
            return bare.len() < w.len()
                || words.peek().is_some_and(|n| {
                    tag::lower_in(n, &["based", "founded", "owned", "that", "which", "whose"])
                });
        }
        // (A preposition closes the head: "a member of the group" is a person.)
        if bare.len() < w.len()
            || !bare.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            || tag::lower_in(
                bare,
                &["at", "by", "for", "from", "in", "of", "on", "to", "with"],
            )
        {
            return false;
        }
    }
    false
}

/// Most words of an appositive after a name's comma read for a body's noun ([`apposes_a_body`]).
const APPOSITIVE_WORDS: usize = 5;

/// Nouns of a body that stand right before its name ("security firm Webroot", "drugmaker
/// Pfizer"), sorted.
const CORPORATE_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "brewer",
    "carmaker",
    "carrier",
    "chain",
    "charity",
    "chipmaker",
    "company",
    "conglomerate",
    "consortium",
    "corporation",
    "distributor",
    "drugmaker",
    "firm",
    "giant",
    "group",
    "insurer",
    "lender",
    "manufacturer",
    "operator",
    "provider",
    "publisher",
    "retailer",
    "supplier",
];

/// What a company has and a person does not ("Motorola's shares", "Gartner's analysts").
const CORPORATE_OWNED: &[&str] = &[
    "analysts",
    "board",
    "ceo",
    "chairman",
    "customers",
    "earnings",
    "employees",
    "profit",
    "profits",
    "revenue",
    "revenues",
    "sales",
    "shareholders",
    "shares",
    "staff",
    "stores",
    "subsidiary",
    "turnover",
];

/// Words after a name that make it a company's ("Boeing shares", "Toshiba Corp").
const CORPORATE_AFTER: &[&str] = &[
    "corp",
    "corporation",
    "inc",
    "incorporated",
    "limited",
    "ltd",
    "plc",
    "shareholders",
    "shares",
];

/// True when the phrase at `phrase`, right before the cue at `cue`, cannot be its subject: a
/// plural noun in lower case before a verb in the singular ("… as they speak to business and
/// political leaders shows what the car would cost": the subject is the slide, far before;
/// "What users do with Blinkx and other desktop search engines shows that …"). Nouns in "-s"
/// that are singular or either ("news", "series", "politics", "status") agree, and so does a
/// phrase whose head comes before "of" ("one of the agencies says"). A source's plural opening
/// its clause is the subject whatever the verb's number: a slip ("Pro-hunt campaigners claims
/// …", "…, tests shows.").
fn disagrees(text: &str, phrase: Span, cue: Span) -> bool {
    const SINGULAR_IN_S: &[&str] = &["headquarters", "means", "news", "series", "species"];
    let verb = &text[cue.range()];
    let singular = |w: &str| {
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
    };
    if phrase.end > cue.start
        || !text[phrase.end..cue.start].bytes().all(|b| b == b' ')
        || verb.len() < 4
        || !verb.bytes().all(|b| b.is_ascii_lowercase())
        || !singular(verb)
    {
        return false;
    }
    let written = &text[phrase.range()];
    let head = written.rsplit(' ').next().unwrap_or("");
    let plural = head.len() > 3
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && singular(head)
        && !head.ends_with("ics")
        && !tag::lower_in(head, SINGULAR_IN_S)
        && !written.contains(" of ");
    let opens_clause = || {
        before_within(text, phrase.start)
            .trim_end()
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
    };
    plural && !(opens_clause() && (tag::source_head(written) || tag::evidence_head(written)))
}

/// The phrase after a verb of saying ([`INVERTING`]) that closes its sentence, with any
/// description after it, when it is a name of two to [`CLOSING_NAME_WORDS`] capitalised words
/// ("… said Mr Owen.", "… said Lindsay Schroth, an analyst with …") or a plural of people
/// ("…, said analysts.").
fn closing_inverted(text: &str, o: &Occurrence, hi: usize) -> Option<Found> {
    // (In lower case: "… And It Says A LOT." is a headline's; nor part of a word, "mobile
    // value-added services.")
    let cue = &text[o.span.range()];
    if !tag::lower_in(cue, INVERTING)
        || !cue.starts_with(char::is_lowercase)
        || text[..o.span.start].ends_with('-')
    {
        return None;
    }
    // (A description may follow the name: "… said Lindsay Schroth, an analyst with …".)
    let f = tag::right(text, o.span, hi, true)?;
    let phrase = &text[f.phrase.range()];
    let end = f
        .descriptor
        .map_or(f.phrase.end, |d| d.end.max(f.phrase.end));
    let after = text[end..].trim_start_matches([' ', '\t', ',']);
    // (Or a role with no article closes the sentence after the name: "… said Roger Bennett,
    // director general of Elspa.")
    let closes = full_stop(after) || f.descriptor.is_none() && closing_role(text, end).is_some();
    let words = phrase.split(' ').count();
    // A name, or a group named by a plural ("… sales in 2005, said analysts.").
    // (Or a role and a name: "… said founder Mikhail Khodorkovsky.")
    let name = (2..=CLOSING_NAME_WORDS).contains(&words)
        && phrase.split(' ').all(|w| w.starts_with(char::is_uppercase))
        || words <= CLOSING_NAME_WORDS + CLOSING_NAME_ROLE
            && tag::role_then_name(&phrase.split(' ').collect::<Vec<_>>());
    let group = words == 1
        && tag::person_head(&phrase.to_ascii_lowercase())
        && matches!(
            tag::classify(phrase, false),
            Some(Mention::Named {
                kind: SourceKind::Anonymous,
                ..
            })
        )
        && phrase.ends_with('s');
    (closes && no_words(text, o.span.end, f.phrase.start) && (name || group)).then_some(f)
}

/// The role with no article that closes the sentence after a name ending at `end` (", director
/// general of Elspa."), from the comma to the stop.
fn closing_role(text: &str, end: usize) -> Option<Span> {
    let rest = text[end..].strip_prefix(", ")?;
    let mut stop = rest.find(ROLE_ENDS).unwrap_or(rest.len());
    let role = &rest[..stop];
    // (With the body it names described in apposition: ", political director at the European
    // Policy Centre, a Brussels-based think-tank.")
    if let Some(body) = rest[stop..].strip_prefix(", ") {
        let more = body.find(ROLE_ENDS).unwrap_or(body.len());
        let words = lead_words(&body[..more]);
        if words
            .clone()
            .next()
            .is_some_and(|w| tag::lower_in(w, &["a", "an"]))
            && words.clone().count() <= CLOSING_ROLE_WORDS
            && !words
                .clone()
                .any(|w| tag::lower_in(w, FINITE) || tag::lower_in(w, CLAUSE_WORDS))
            && full_stop(&body[more..])
        {
            stop += 2 + more;
        }
    }
    (full_stop(&rest[stop..])
        && role.split(' ').count() <= CLOSING_ROLE_WORDS
        && role
            .split(' ')
            .take(3)
            .any(|w| tag::title_noun(&w.to_ascii_lowercase())))
    .then(|| Span::new(end, end + 2 + stop))
}

/// What ends a closing role and the apposition after it ([`closing_role`]).
const ROLE_ENDS: [char; 6] = ['.', ',', ';', '"', '\u{201C}', '\n'];

/// Where `rest` goes on after a short bracket opening it (" (EOC)", " (Apacs)": a name's
/// initials or a short note, at most three words), if it opens with one.
fn bracket_after(rest: &str) -> Option<usize> {
    let inner = rest.strip_prefix(" (")?;
    let close = inner.find(')')?;
    let note = &inner[..close];
    (!note.is_empty() && !note.contains(['(', ',', ';']) && words_at_most(note, 3))
        .then_some(2 + close + 1)
}

/// True when `after` opens with the full stop that ends a sentence (and its line or the text).
fn full_stop(after: &str) -> bool {
    after.starts_with('.') && after[1..].trim_start_matches([' ', '\t']).is_empty()
        || after.starts_with(".\n")
        || after.starts_with(". ")
}

/// Most words of the name in [`closing_inverted`].
const CLOSING_NAME_WORDS: usize = 4;
/// Most words of a role before the name in [`closing_inverted`] ("said BIFA founder Elliot
/// Grove").
const CLOSING_NAME_ROLE: usize = 3;
/// Most words of a role after the name in [`closing_inverted`] ("director general of Elspa").
const CLOSING_ROLE_WORDS: usize = 12;

/// Bytes before a one-word name looked over for a given name or a title that makes it a
/// person's.
const ITSELF_REACH: usize = 4096;

/// Most words of a report's time or form passed over after its cue before "it" (see
/// [`REPORT_CIRCUMSTANCE`]).
const ITSELF_CIRCUMSTANCE: usize = 5;

/// Words of a report's time or form after its cue ("on Monday that", "in a statement that",
/// "last week that"), besides the days ([`DAYS`]).
const REPORT_CIRCUMSTANCE: &[&str] = &[
    "a",
    "earlier",
    "filing",
    "in",
    "last",
    "late",
    "month",
    "on",
    "statement",
    "that",
    "this",
    "today",
    "week",
    "year",
    "yesterday",
];

/// Verbs after "X said it" that make "it" the speaking body ("Nintendo said it would
/// launch …", "it had no plans", "it is planning …").
const ITSELF_VERBS: &[&str] = &[
    "aimed", "aims", "did", "does", "expected", "expects", "had", "has", "hoped", "hopes",
    "intended", "intends", "is", "planned", "plans", "wanted", "wants", "was", "will", "would",
];

/// Words after "it" and its verb that make "it" impersonal ("it was time", "it would be
/// wrong", "it is clear"), whoever speaks.
const IMPERSONAL: &[&str] = &[
    "a",
    "about",
    "an",
    "be",
    "been",
    "clear",
    "difficult",
    "easy",
    "essential",
    "fair",
    "good",
    "hard",
    "important",
    "impossible",
    "likely",
    "necessary",
    "possible",
    "right",
    "the",
    "time",
    "too",
    "true",
    "unfair",
    "unlikely",
    "up",
    "vital",
    "wrong",
];

/// True when a tag inside a clause of time or cause ("when he told Fox News, “…”", "after
/// she said: “…”") introduces a quotation that opens right at `hi`, the end of the zone: the
/// quotation is the speaker's words, whatever clause holds the tag.
fn introduces_quote(text: &str, lo: usize, hi: usize, f: &Found, cue: Span) -> bool {
    // (A cue may run past the zone, or the phrase start before it: then there is no such tag.)
    let (Some(before), Some(tail)) = (text.get(lo..f.phrase.start), text.get(cue.end..hi)) else {
        return false;
    };
    let word = before
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let tail = tail.trim_end();
    tag::lower_in(
        word,
        &["after", "as", "because", "before", "since", "when", "while"],
    ) && (tail.ends_with(',') || tail.ends_with(':'))
        && tail.split_whitespace().count() <= 6
        && text
            .get(hi..)
            .is_some_and(|t| t.starts_with(['"', '\u{201C}', '\'']))
}

/// True when a phrase after a verb of saying holds a verb of its own ("said the council
/// deserved better": the content, not an inverted source): a word in "-ed" after a word that
/// is neither a determiner nor an adverb ("said the newly elected mayor" is a source).
fn verb_inside(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split(' ').collect();
    words.windows(2).skip(1).any(|w| {
        w[1].ends_with("ed")
            && w[1].starts_with(|c: char| c.is_lowercase())
            && !tag::adverb_like(w[0])
            && !tag::lower_in(w[0], &["a", "an", "one", "that", "the", "this"])
    })
}

/// True when a tag's cue answers what was said before it ("“Nobody listens.” Her colleague
/// agreed."): after a quotation that ends its sentence, such a tag is no speaker's of it.
fn responds(text: &str, t: &Tag) -> bool {
    let cue = text.get(t.cue.range()).unwrap_or("");
    tag::lower_in(
        cue,
        &[
            "agree",
            "agreed",
            "agrees",
            "concur",
            "concurred",
            "concurs",
            "disagree",
            "disagreed",
            "disagrees",
        ],
    )
}

/// The tag of a quotation group (`quotes[first..end]`).
fn quote_tag(
    text: &str,
    quotes: &[Quote],
    first: usize,
    end: usize,
    occurrences: &[Occurrence],
) -> Option<Tag> {
    // Quotation `k` ends on one of `marks` before its closing mark ("….”", "…?”").
    let ends_on = |k: usize, marks: &[char]| {
        text[quotes[k].span.range()]
            .trim_end_matches(CLOSING_MARKS)
            .ends_with(marks)
    };
    let ended = |k: usize| ends_on(k, &['.']);
    let try_after = |k: usize| -> Option<Tag> {
        let from = quotes[k].span.end;
        let limit = quotes.get(k + 1).map_or(text.len(), |n| n.span.start);
        let zone = Span::new(from, clause_end(text, from, limit.min(from + TAG_REACH)));
        // After a quotation that ends its sentence, a tag is a short sentence of its own
        // ("Kirby said."); a longer one is the next sentence's ("The star then recalled an
        // incident at …").
        let ended = ended(k);
        // (Counting the words before the tag too: "Repairs were planned, said the trust's
        // director, Jo Abeyta." is a sentence of content whose tag closes it.)
        let short = |t: &Tag| {
            let words = |a: usize, b: usize| text[a.min(b)..b].split_whitespace().count();
            words(t.found.tag.end.min(zone.end), zone.end)
                + words(from, t.found.tag.start.min(zone.end))
                <= 3
        };
        // After a question or an exclamation, the tag follows at once ("“Why?” he asked …");
        // a cue further on is the next sentence's ("“Is it …?” Dalton Brody is a store …,
        // according to its website.").
        let asked = ends_on(k, &['?', '!']);
        // (A question led into by words of its own sentence, "Clinton responds to Mills
        // with, “Why now? …?”", is not tagged by a tag that leads into the next quotation,
        // "Mills then writes back, “You look cute.”": that tag is the next one's.)
        let introduces_next = || zone.end == limit && quotes.get(k + 1).is_some();
        let led = || {
            let before = text[..quotes[k].span.start].trim_end();
            before.ends_with([',', ':']) && !text[before.len()..quotes[k].span.start].contains('\n')
        };
        let next_to = |t: &Tag| {
            text[from..t.found.tag.start.max(from)]
                .split_whitespace()
                .count()
                <= 2
        };
        // (A tag whose words run on into the next quotation introduces that one: "Japan
        // branded North Korea an “outlaw nation.” Russia insisted that Pyongyang “stop …”";
        // "“….” Harris added: “…”" goes on with the same speaker.)
        let runs_on = |t: &Tag| {
            zone.end == limit
                && quotes.get(k + 1).is_some()
                && !no_words(text, t.found.tag.end.min(zone.end), zone.end)
        };
        within(occurrences, zone)
            .iter()
            .filter(|o| speaks(text, o))
            .find_map(|o| make_tag(text, o, zone, |_| true))
            .filter(|t| !ended || short(t) && !runs_on(t) && !responds(text, t))
            .filter(|t| !asked || next_to(t) && !(led() && introduces_next()))
            .or_else(|| dash_tag(text, from, limit))
    };
    let try_before = |k: usize| -> Option<Tag> {
        let to = quotes[k].span.start;
        // (A short quoted name or phrase on the same line does not end the zone: `Barbara
        // Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: "…`.)
        // (Only those on the quotation's line within twice the tag's reach: a line of thousands
        // of short quotations walked back from each, reading the text between each time, was
        // cubic work. Where that stretch of line starts is found once, when first asked.)
        let line = std::cell::OnceCell::new();
        let scare = |j: usize| {
            let inner = &text[quotes[j].span.range()];
            quotes[j].closed
                && inner.split_whitespace().count() <= 4
                && !inner.contains(['.', ',', '!', '?', ':', ';', '\n'])
                && {
                    let line = *line.get_or_init(|| {
                        let reach = tag::ceil_char(text, to.saturating_sub(2 * TAG_REACH));
                        text[reach..to].rfind('\n').map_or(reach, |i| reach + i + 1)
                    });
                    (line..=to).contains(&quotes[j].span.end)
                }
        };
        let mut j = k;
        while j > 0 && scare(j - 1) {
            j -= 1;
        }
        let limit = if j > 0 { quotes[j - 1].span.end } else { 0 };
        let mut zone = Span::new(
            clause_start(text, limit.max(to.saturating_sub(TAG_REACH)), to),
            to,
        );
        if no_words(text, zone.start, zone.end) && zone.start > limit && zone.start > 0 {
            // `Bystrom agreed. "…`: a sentence of the same paragraph that is nothing but a tag
            // (its cue within a few words of its end) introduces the quotation.
            let end = text[..zone.start].trim_end().len();
            let same_line = !text[end..zone.end].contains('\n');
            if same_line && text[..end].ends_with('.') {
                let prev = Span::new(
                    clause_start(text, limit.max(end.saturating_sub(TAG_REACH)), end - 1),
                    end,
                );
                let tag = within(occurrences, prev)
                    .iter()
                    .rev()
                    .filter(|o| speaks(text, o))
                    .find_map(|o| {
                        let tail = text[o.span.end.min(end)..end].split_whitespace().count();
                        (tail <= 2)
                            .then(|| {
                                make_tag(text, o, prev, |f| {
                                    f.tag.start <= first_word(text, prev) + 40
                                })
                            })
                            .flatten()
                    });
                if tag.is_some() {
                    return tag;
                }
            }
        }
        if no_words(text, zone.start, zone.end) {
            // The quotation opens a paragraph: a previous paragraph ending in a colon tags it.
            let prev = text[limit.min(to)..to].trim_end();
            if !prev.ends_with(':') {
                return None;
            }
            let end = limit.min(to) + prev.len();
            zone = Span::new(
                clause_start(text, limit.max(end.saturating_sub(TAG_REACH)), end),
                end,
            );
        }
        // "Pollsters agree - Carl Bialik: “…": a label after a dash that follows a headline.
        if let Some(dash) = final_colon(text, zone).and_then(|c| label_dash(text, zone, c)) {
            zone = Span::new(dash, zone.end);
        }
        // "Kritenbrink said he expects them to “…”": a source right after another cue is that
        // cue's content; the outer tag is the quotation's.
        let cues = within(occurrences, zone);
        let reported = |o: &Occurrence, f: &Found| {
            let before = text[zone.start..f.phrase.start.max(zone.start)].trim_end();
            let before = before.strip_suffix("that").map_or(before, str::trim_end);
            let end = zone.start + before.len();
            f.phrase.start > o.span.start
                || !cues
                    .iter()
                    .any(|c| c.span.end == end && c.span.start < o.span.start)
        };
        let found = cues
            .iter()
            .rev()
            .filter(|o| speaks(text, o))
            .find_map(|o| make_tag(text, o, zone, |f| reported(o, f)))
            // "Trump returned the compliment, telling Reuters, “…": a participle reports for
            // the sentence's subject.
            .or_else(|| {
                cues.iter()
                    .rev()
                    .find_map(|o| coordinated_tag(text, zone, o, 0.0, None))
            });
        found
            .or_else(|| colon_tag(text, zone))
            .or_else(|| intro_tag(text, zone))
            .or_else(|| subject_tag(text, zone))
    };
    // A quotation that ends its sentence is tagged before it when it can be (`Kirby said:
    // “….” The minister added …`); so is a question or an exclamation a colon introduces
    // (`Clinton responded: "What difference does it make?" Her critics cited it …`).
    let introduced = || {
        let before = text[..quotes[first].span.start].trim_end();
        before.ends_with(':') && ends_on(first, &['?', '!'])
    };
    if ended(first) || introduced() {
        if let Some(t) = try_before(first) {
            return Some(t);
        }
    }
    try_after(first)
        .or_else(|| try_before(first))
        .or_else(|| (first + 1..end).find_map(try_after))
}

/// False for a cue of showing ("the survey showed …"): data show, they utter no quotation.
fn speaks(text: &str, o: &Occurrence) -> bool {
    !lower_starts(text, o.span, "show")
}

/// `"…" ― Sonya Herridge`: a dash and a name closing the line after a quotation (the
/// convention of quoted comments, epigraphs and letters).
fn dash_tag(text: &str, from: usize, limit: usize) -> Option<Tag> {
    let limit = tag::floor_char(text, limit.min(from + TAG_REACH).min(text.len()));
    let s = &text[from..limit];
    let mut at = 0;
    let mut line = &s[..s.find('\n').unwrap_or(s.len())];
    if line.trim().is_empty() {
        // `"…"\n\n-President Obama, tweeting …`: the dash opens the next paragraph.
        let rest = &s[line.len()..];
        let gap = rest.len() - rest.trim_start().len();
        if rest[..gap].matches('\n').count() <= 2 {
            at = line.len() + gap;
            line = &s[at..at + s[at..].find('\n').unwrap_or(s.len() - at)];
        }
    }
    let lead = line.trim_start();
    let dash = lead.chars().next()?;
    if !matches!(dash, '\u{2015}' | '\u{2014}' | '\u{2013}' | '-') {
        return None;
    }
    let cue_start = from + at + (line.len() - lead.len());
    let cue = Span::new(cue_start, cue_start + dash.len_utf8());
    let after_dash = &lead[dash.len_utf8()..];
    let name = after_dash.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '-' | '\u{2014}' | '\u{2015}')
    });
    let name_start = cue.end + (after_dash.len() - name.len());
    // The name runs to the end of the line or to a comma (what follows is its descriptor).
    let name_len = name.find(',').unwrap_or(name.len());
    let phrase = name[..name_len].trim_end_matches(|c: char| c.is_whitespace() || c == '.');
    let words: Vec<&str> = phrase.split_whitespace().collect();
    if words.is_empty()
        || words.len() > 5
        || !words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || *w == "of"
                || tag::lower_in(w, tag::NAME_PARTICLES)
        })
    {
        return None;
    }
    let mention = tag::classify(phrase, false)?;
    if !matches!(mention, Mention::Named { .. }) {
        return None;
    }
    let phrase_span = Span::new(name_start, name_start + phrase.len());
    let descriptor = (name_len < name.len())
        .then(|| {
            let d = name[name_len + 1..].trim();
            let at = name_start + name.len() - name[name_len + 1..].trim_start().len();
            Span::new(at, at + d.len())
        })
        .filter(|d| !d.is_empty());
    let found = Found {
        phrase: phrase_span,
        descriptor,
        tag: Span::new(cue.start, phrase_span.end),
    };
    Some(Tag::direct(cue, Commitment::Neutral, found, mention))
}

/// The colon that ends `text[zone]` (white space after it aside), if one does.
fn final_colon(text: &str, zone: Span) -> Option<Span> {
    let trimmed = text[zone.range()].trim_end();
    let colon = zone.start + trimmed.strip_suffix(':')?.len();
    Some(Span::new(colon, colon + 1))
}

/// Where a label starts after a dash set off by a space before the colon `colon` in `zone`
/// ("Media shares blame - HuffPollster:", "Pollsters agree — Carl Bialik:"), if one is there
/// within [`LABEL_MAX`] bytes of the colon.
fn label_dash(text: &str, zone: Span, colon: Span) -> Option<usize> {
    let from = tag::floor_char(text, zone.start.max(colon.start.saturating_sub(LABEL_MAX)));
    let s = &text[from..colon.start];
    let (at, dash) = s
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, '-' | '\u{2013}' | '\u{2014}'))?;
    let spaced = s[..at].ends_with(' ') && at > 0;
    spaced.then_some(from + at + dash.len_utf8())
}

/// `He then listed the qualities a nominee needs:` and a quotation after it: a sentence that
/// ends in a colon introduces its subject's words (a pronoun or a name; "Here are the
/// results:" introduces nobody's).
fn intro_tag(text: &str, zone: Span) -> Option<Tag> {
    let cue = final_colon(text, zone)?;
    // "From Andrea Peyser writing at The New York Post:": the writer quoted.
    let first = first_word(text, zone);
    // (`first` is past the colon when no word stands before it.)
    let from = match text
        .get(first..cue.start)
        .and_then(|h| h.strip_prefix("From"))
    {
        Some(rest) if rest.starts_with([' ', '\u{A0}']) => {
            let space = rest.chars().next().map_or(1, char::len_utf8);
            first + "From".len() + space
        }
        _ => zone.start,
    };
    let phrase = lead_subject(text, Span::new(from, cue.start))?;
    // A subject is followed by its verb: "See the latest updates:" is an imperative, and so is
    // "More from Jones:".
    let next = text[phrase.end..cue.start].split_whitespace().next();
    if next.is_some_and(|w| tag::lower_in(w, tag::ARTICLES))
        || tag::lower_in(&text[phrase.range()], IMPERATIVES)
    {
        return None;
    }
    let mention = tag::classify(&text[phrase.range()], false)?;
    // ("Hoff's letter makes the case:": someone's document.)
    let owned = || {
        let first = text[phrase.range()].split(' ').next().unwrap_or("");
        tag::possessor(first).is_some_and(|o| o.starts_with(char::is_uppercase))
    };
    match &mention {
        Mention::Named {
            kind: SourceKind::Person | SourceKind::Organization,
            ..
        } => {}
        Mention::Named {
            kind: SourceKind::Document,
            ..
        } if owned() => {}
        // "It is not enough …:" introduces no one's words.
        Mention::Pronoun(p) if !matches!(p, Pronoun::First | Pronoun::It) => {}
        _ => return None,
    }
    let found = Found::leading(phrase, cue);
    Some(Tag::direct(cue, Commitment::Neutral, found, mention))
}

/// `Name: "…"`: a short name right before a colon that introduces a quotation.
fn colon_tag(text: &str, zone: Span) -> Option<Tag> {
    let cue = final_colon(text, zone)?;
    // "https://…": the colon of an address.
    if text[cue.end..].starts_with("//") {
        return None;
    }
    let (mut found, embedded) = tag::left(text, zone.start, cue)?;
    if embedded
        || found.phrase.start != first_word(text, zone)
        || tag::headline_words(&text[found.phrase.start..cue.start])
    {
        return None;
    }
    // ("Wesley Snipes' Blade: Trinity was in second": a title; not "Mr Blair's spokesman:".)
    if tag::names_a_work(&text[found.phrase.range()]) {
        return None;
    }
    // "Said Ellis:", "Added Kirby:": the verb opening the label is no part of the name.
    let label = &text[found.phrase.range()];
    if let Some((verb, name)) = label.split_once(' ') {
        if tag::lower_in(verb, LABEL_VERBS) {
            found.phrase = Span::new(found.phrase.end - name.len(), found.phrase.end);
        }
    }
    // "More from Jones:": more of a source quoted before; "From the report:" a document quoted.
    let label = &text[found.phrase.range()];
    let more = label.strip_prefix("More from ");
    if let Some(name) = more.or_else(|| label.strip_prefix("From ")) {
        let document = tag::classify(name, false).filter(|m| {
            matches!(
                m,
                Mention::Named {
                    kind: SourceKind::Document,
                    ..
                }
            ) && tag::lower_in(name.split(' ').next().unwrap_or(""), tag::ARTICLES)
        });
        // ("From Andrea Peyser:": a writer quoted.)
        let writer = name.contains(' ')
            && tag::is_capitalized_name(name)
            && matches!(
                tag::classify(name, false),
                Some(Mention::Named {
                    kind: SourceKind::Person,
                    ..
                })
            );
        if more.is_some() || document.is_some() || writer {
            found.phrase = Span::new(found.phrase.end - name.len(), found.phrase.end);
        }
        if let Some(mention) = document {
            return Some(Tag::direct(cue, Commitment::Neutral, found, mention));
        }
    }
    // A longer label is a role and a name ("Former secretary of state Hillary Clinton:").
    let role_and_name = |label: &str| {
        let words: Vec<&str> = label.split_whitespace().collect();
        words.len() <= 8 && tag::role_and_name(&words).is_some()
    };
    let label = &text[found.phrase.range()];
    if !label_like(label) && !role_and_name(label) {
        return None;
    }
    // "Among the votes:", "See the latest updates:": a preposition or an imperative opens no
    // speaker's name.
    let first = text[found.phrase.range()].split(' ').next().unwrap_or("");
    if tag::lower_in(first, NO_SUBJECT) || tag::lower_in(first, IMPERATIVES) {
        return None;
    }
    let mention = tag::classify(&text[found.phrase.range()], false)?;
    // A name ends in a capitalised word; "He replies:" is a clause.
    let label = &text[found.phrase.range()];
    let last = label.rsplit(' ').next().unwrap_or("");
    let first = label.split(' ').next().unwrap_or("");
    if (matches!(
        &mention,
        Mention::Named {
            kind: SourceKind::Person,
            ..
        }
    ) && !last.starts_with(char::is_uppercase))
        || (label.contains(' ') && tag::pronoun(first).is_some())
    {
        return None;
    }
    // (Two names label a quotation they wrote together, "Mark Blumenthal and Jon Cohen: “…”",
    // not a headline's subject, "Netanyahu and Obama: A tortured relationship".)
    let quoted = || text[cue.end..].trim_start().starts_with(['"', '\u{201C}']);
    match &mention {
        Mention::Named { name, .. } if tag::joint(name) && !quoted() => return None,
        Mention::Named { kind, .. } if *kind != SourceKind::Document => {}
        Mention::Pronoun(_) => {}
        _ => return None,
    }
    Some(Tag::direct(cue, Commitment::Neutral, found, mention))
}

/// A quotation inside a sentence whose subject is a name, with no verb of saying, is that
/// subject's (`Clinton supports "appropriate pay raises," …`, `Japan branded North Korea an
/// "outlaw nation"`, `One news account described Ban sitting "glumly …"`): the subject, with
/// the verb after it for cue. `zone` runs from the sentence's start to the quotation.
fn subject_tag(text: &str, zone: Span) -> Option<Tag> {
    // (The zone opens its sentence: not the words after an earlier quotation.)
    let before = text[..zone.start].trim_end();
    if !(before.is_empty()
        || text[before.len()..zone.start].contains('\n')
        || closes_sentence(before))
    {
        return None;
    }
    let phrase = lead_subject(text, zone)?;
    let written = &text[phrase.range()];
    let mention = tag::classify(written, false)?;
    if !matches!(mention, Mention::Named { .. }) {
        return None;
    }
    // (Not a shouted rubric, "HOLD", nor a question, "Did Donald Trump …".)
    let words: Vec<&str> = written.split_whitespace().collect();
    if words
        .iter()
        .any(|w| w.len() > 1 && !w.chars().any(char::is_lowercase))
        || tag::lower_in(words[0], FINITE)
    {
        return None;
    }
    // Only a person's full name with a known given name, or a publication: a single capitalised
    // word ("Ireland beat England …") would make a "he" of a country, and a group ("Women MPs")
    // would take in every later "MPs".
    let sure = match &mention {
        // (A known given name: "Women MPs", "Three Labour" are no persons.)
        Mention::Named {
            kind: SourceKind::Person,
            name,
            ..
        } => tag::sex_of_name(name).is_some(),
        Mention::Named {
            kind: SourceKind::Publication,
            ..
        } => true,
        _ => false,
    };
    if !sure {
        return None;
    }
    // A single word opening the sentence is capitalised whatever it is ("Audiences can expect
    // him …", "Those services …"): a name only if the text writes it so elsewhere too.
    if words.len() == 1 {
        let from = tag::floor_char(text, zone.start.saturating_sub(FULL_NAME_REACH));
        let elsewhere = text[from..zone.start]
            .match_indices(words[0])
            .any(|(i, _)| {
                let before = text[from..from + i].trim_end();
                before.ends_with(|c: char| c.is_ascii_lowercase() || c == ',')
            });
        if !elsewhere {
            return None;
        }
    }
    // The verb: the next word, in lower case.
    let rest = &text[phrase.end..zone.end];
    let offset = rest.len() - rest.trim_start().len();
    let verb = rest
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()?;
    // (A copula says nothing: "Chatwal was the founder of “…”".)
    if verb.is_empty()
        || !verb.starts_with(|c: char| c.is_ascii_lowercase())
        || tag::lower_in(verb, FINITE)
    {
        return None;
    }
    let cue = Span::new(phrase.end + offset, phrase.end + offset + verb.len());
    Some(Tag::direct(
        cue,
        Commitment::Neutral,
        Found::leading(phrase, cue),
        mention,
    ))
}

/// First words of a sentence that open no subject: prepositions and conjunctions.
pub(crate) const NO_SUBJECT: &[&str] = &[
    "about", "across", "after", "against", "although", "among", "as", "asked", "at", "because",
    "before", "by", "despite", "during", "for", "from", "if", "in", "into", "on", "over",
    "pressed", "since", "though", "through", "under", "unless", "until", "when", "whereas",
    "while", "with",
];

/// Imperatives (and "More") opening a phrase before a colon, which name no speaker ("See the
/// latest updates:"), besides the [`NO_SUBJECT`] words.
pub(crate) const IMPERATIVES: &[&str] = &["click", "listen", "more", "read", "see", "watch"];

/// True when `phrase` can label a speaker before a colon: one to three words, none of them a
/// shouted headline word ("CORRECTION:", "BOOM:", "EXCLUSIVE:"; transcripts' "PENCE:" turns are
/// found apart, see [`turns`]). "Trump Addresses Munich Attack:" is a headline, too long.
fn label_like(phrase: &str) -> bool {
    let words = phrase.split_whitespace().collect::<Vec<_>>();
    !words.is_empty()
        && words.len() <= 3
        && !words.iter().any(|w| {
            w.chars().filter(|c| c.is_alphabetic()).count() >= 4
                && !w.chars().any(char::is_lowercase)
        })
}

/// The start of the first word in `zone`.
fn first_word(text: &str, zone: Span) -> usize {
    text[zone.range()]
        .char_indices()
        .find(|(_, c)| c.is_alphanumeric())
        .map_or(zone.end, |(i, _)| zone.start + i)
}

/// A tag from the cue `o` whose source lies in `zone`, with its relay or cited source, if
/// `keep` accepts the source phrase found.
fn make_tag(text: &str, o: &Occurrence, zone: Span, keep: impl Fn(&Found) -> bool) -> Option<Tag> {
    let (found, mention) = extract(text, o, zone.start, zone.end, keep)?;
    let mut via = None;
    if is_telling(text, o.span) {
        // "an official told CBS": the publication relays the source.
        if let Some(f) = tag::right(text, o.span, zone.end, false) {
            if let Some(Mention::Named {
                name,
                kind: SourceKind::Publication,
                ..
            }) = tag::classify(&text[f.phrase.range()], false)
            {
                via = Some(name.to_string());
            }
        }
    }
    // "The Post quoted a GOP official as saying …": the one who quotes relays the one quoted.
    if text[o.span.range()].eq_ignore_ascii_case("as saying") {
        let between = &text[zone.start..found.phrase.start.max(zone.start)];
        // (The verb nearest the one quoted, as `tag::left` cuts the phrase after it.)
        let quoted = tag::QUOTING
            .iter()
            .filter_map(|v| {
                let at = between.rfind(&format!(" {v} "))? + 1;
                Some(Span::new(zone.start + at, zone.start + at + v.len()))
            })
            .max_by_key(|q| q.start);
        if let Some(Some((f, false))) = quoted.map(|q| tag::left(text, zone.start, q)) {
            if let Some(Mention::Named { name, .. }) = tag::classify(&text[f.phrase.range()], false)
            {
                via = Some(name.to_string());
            }
        }
    }
    // "the Times reports, citing sources": the cited source, relayed by this one.
    let after = Span::new(o.span.end, zone.end.max(o.span.end));
    // ("Politico reported, according to sources in the meeting, …": the same relay.)
    // (Not "'…,' Hewitt said, according to a transcript.": there the relay closes the sentence,
    // see `relay_tag`.)
    let according = || {
        let after = text.get(o.span.end..zone.end)?;
        let time = time_before_relay(after);
        let relayed = according_relay(&after[time..]).is_some();
        let at = o.span.end + time;
        (found.phrase.end <= o.span.start && relayed)
            .then(|| Span::new(at + 2, at + ACCORDING_RELAY.len() - 1))
    };
    // (After "citing" a source is named, not a reason: "citing rising prices and strong
    // demand"; after "according to" whatever follows is one.)
    // (Nor after a person's own quotation: "'This is not a hard race,' he said, citing
    // Trump's appeal" gives his grounds, the words are his; "quoting" still relays.)
    let person = matches!(
        mention,
        Mention::Pronoun(Pronoun::He | Pronoun::She)
            | Mention::Named {
                kind: SourceKind::Person,
                ..
            }
    );
    let own_words = || {
        let lead =
            text[zone.start..found.phrase.start.min(found.tag.start).max(zone.start)].trim_end();
        person && closes_quotation(lead)
    };
    // ("The Times, citing sources, reported …": the relay between a body's phrase and its cue,
    // read as the phrase's descriptor; a person there gives grounds, "Salceda, citing data from
    // the State Department, said …" is his.)
    // (Or a clause of "which": "According to the BBC, which cited police sources, …".)
    let relay_before = || {
        let d = found.descriptor.filter(|_| !person)?;
        let (d, relays) = match text[d.range()].get(..6) {
            Some(w) if w.eq_ignore_ascii_case("which ") => {
                (Span::new(d.start + 6, d.end), &["cited ", "quoted "])
            }
            _ if d.end <= o.span.start => (d, &["citing ", "quoting "]),
            _ => return None,
        };
        relays
            .iter()
            .find(|w| lower_starts(text, d, w))
            .map(|w| Span::new(d.start, d.start + w.len() - 1))
    };
    // ("According to the BBC, which cited police sources, …": the clause after the phrase.)
    let relay_after = || {
        let rest = text.get(found.phrase.end..zone.end)?;
        [", which cited ", ", which quoted "]
            .into_iter()
            .find(|w| {
                rest.get(..w.len())
                    .is_some_and(|r| r.eq_ignore_ascii_case(w))
            })
            .map(|w| Span::new(found.phrase.end + 8, found.phrase.end + w.len() - 1))
    };
    let cited = within_text(text, after, &["citing", "quoting"])
        .or_else(relay_before)
        .or_else(|| relay_after().filter(|_| !person))
        .filter(|cue| !(lower_starts(text, *cue, "citing") && own_words()))
        .map(|cue| (cue, false))
        .or_else(|| according().map(|cue| (cue, true)))
        .and_then(|(cue, lenient)| {
            let f = owner_of_document(text, tag::right(text, cue, zone.end, false)?);
            let phrase = &text[f.phrase.range()];
            let m = tag::classify(phrase, lenient)?;
            let group = matches!(
                m,
                Mention::Named {
                    kind: SourceKind::Anonymous,
                    ..
                }
            );
            (lenient || !group || tag::source_head(phrase)).then_some((f, m, lenient))
        });
    // "The pope said, according to Reuters, that …": after the report of a source that is no
    // publication, "according to" names the one who relays the report, not one it cites
    // (Politico's report "according to sources" cites them).
    let (cited, via) = match cited {
        Some((_, Mention::Named { name, .. }, true))
            if !mention.is_publication() && via.is_none() =>
        {
            (None, Some(name.to_string()))
        }
        cited => (cited.map(|(f, m, _)| (f, m)), via),
    };
    Some(Tag {
        cue: o.span,
        commitment: o.commitment,
        found,
        mention,
        via,
        cited,
        before: None,
    })
}

/// A cited phrase cut to the one whose document it names: "quoting a New York Times reporter's
/// tweet on Trump's comments" cites the reporter (a possessor before a document's noun).
fn owner_of_document(text: &str, mut f: Found) -> Found {
    let written = &text[f.phrase.range()];
    let mut at = 0;
    for w in written.split(' ') {
        let next = written[at + w.len()..].trim_start().split(' ').next();
        if let (Some(owner), Some(doc)) = (tag::possessor(w), next) {
            if at > 0 && tag::lower_in(doc, tag::DOCUMENTS) {
                f.phrase = Span::new(f.phrase.start, f.phrase.start + at + owner.len());
                break;
            }
        }
        at += w.len() + 1;
    }
    f
}

/// The first of `words` standing as a word in `text[zone]` (a bounded search).
fn within_text(text: &str, zone: Span, words: &[&str]) -> Option<Span> {
    let s = &text[zone.range()];
    let s = &s[..tag::floor_char(s, s.len().min(TAG_REACH))];
    // Most zones hold none of the words: a fast search rules them out first.
    if !words.iter().any(|w| s.contains(w)) {
        return None;
    }
    let s = s.as_bytes();
    for w in words {
        // A plain scan: the zone is short, and the words are few and short.
        let w = w.as_bytes();
        let mut at = 0;
        while at + w.len() <= s.len() {
            if s[at] != w[0] || !s[at..].starts_with(w) {
                at += 1;
                continue;
            }
            let before_ok = at == 0 || !s[at - 1].is_ascii_alphanumeric();
            let after_ok = s
                .get(at + w.len())
                .is_none_or(|b| !b.is_ascii_alphanumeric());
            if before_ok && after_ok {
                return Some(Span::new(zone.start + at, zone.start + at + w.len()));
            }
            at += w.len();
        }
    }
    None
}

/// After "according to" and its source opening the sentence, the report whose source opens
/// the rest: "According to the Financial Times, chief operating officer Peter Chernin said that
/// …" (the relay's content, in which the report fills most of it), for [`relayed`].
fn reported_after(text: &str, span: Span, occurrences: &[Occurrence], tag: &Tag) -> Option<Tag> {
    if !lower_starts(text, tag.cue, "according")
        || !lead_words(&text[span.start..tag.cue.start]).all(|w| tag::lower_in(w, CONNECTIVES))
    {
        return None;
    }
    let comma = tag.found.tag.end.max(tag.found.phrase.end);
    let rest = text.get(comma..span.end)?.strip_prefix(", ")?;
    let from = span.end - rest.len();
    let clause = Span::new(from, span.end);
    occurrences
        .iter()
        .filter(|o| o.span.start > from && o.span.end <= span.end && !o.quotes_only)
        .take(2)
        .find_map(|o| {
            let enough = |f: &Found| {
                f.phrase.start == from && content_share(text, clause, f) >= CONTENT_SHARE
            };
            make_tag(text, o, clause, enough)
        })
}

/// The tag of a sentence whose report "according to" relays: "The pope said the decision was
/// his own, according to Reuters." and "The pope said, according to Reuters, that …" are the
/// pope's via Reuters, as "The Times reports, citing sources, …" is the sources' via the Times.
/// `tag` is the tag of "according to" that took the sentence, `before` the report it took the
/// sentence from: a verb of saying whose source opens the sentence (after a preamble or a
/// quotation at most). Not a share of those polled nor any report a poll relays ("6 in 10
/// voters said …, according to exit polls": the poll reports for them), nor a report relayed
/// already ("told CBS"), nor an act ("HarperCollins declined to renew the offer, according to
/// a publishing executive" is the executive's account). A publication's report cites the source
/// after it instead: "Bloomberg reports that …, according to the Roper Center." is the Roper
/// Center's via Bloomberg.
fn relayed(text: &str, span: Span, mut tag: Tag, before: Option<Tag>) -> Tag {
    let Some(mut report) = before else {
        return tag;
    };
    let relay = match &tag.mention {
        Mention::Named { name, .. } if lower_starts(text, tag.cue, "according") => name,
        _ => return tag,
    };
    // The relay set off after the report, or opening the sentence before it.
    let placed = if report.cue.end <= tag.cue.start {
        text[..tag.cue.start].trim_end().ends_with(',')
    } else {
        report.found.phrase.start > tag.found.phrase.end
    };
    let cue = text[report.cue.range()].rsplit(' ').next().unwrap_or("");
    // ("US firms added only 146,000 jobs": a sum added, unless "that" follows.)
    let sum = tag::lower_in(cue, &["add", "added", "adds"])
        && lead_words(&text[report.cue.end..span.end])
            .next()
            .is_some_and(|w| !w.eq_ignore_ascii_case("that"))
        && text[report.cue.end..].starts_with(' ');
    // ("Several rival chipmakers have announced cuts this year, …, according to Paul Ames":
    // a thing announced, an act the relay reports, unless a clause follows: "announced last
    // week that …", "reported finding …".)
    let act = tag::lower_in(cue, ANNOUNCING) && {
        let mut after = lead_words(&text[report.cue.end..span.end]);
        !(after
            .clone()
            .take(4)
            .any(|w| w.eq_ignore_ascii_case("that"))
            || after
                .next()
                .is_some_and(|w| w.len() > 4 && w.ends_with("ing")))
    };
    // ("According to a person familiar with the talks, Halvorsen had asked for a loan
    // guarantee": a thing asked for, an act the relay reports.)
    let request = tag::lower_in(cue, &["ask", "asked", "asks"])
        && lead_words(&text[report.cue.end..span.end])
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("for"));
    let says = !sum
        && !act
        && !request
        && (saying_past(cue)
            || tag::lower_in(cue, CLOSING_SAYING)
            || tag::lower_in(cue, &["ask", "asked", "asks", "tell", "tells"]));
    let lead = text[span.start..report.found.phrase.start.max(span.start)].trim_end();
    let opens = lead.is_empty() || lead.ends_with(',') || closes_quotation(lead);
    let poll = lead_words(&text[tag.found.phrase.range()])
        .any(|w| tag::lower_in(w, &["poll", "polling", "polls", "survey", "surveys"]));
    if !placed
        || !says
        || !opens
        || poll
        || report.via.as_deref().is_some_and(|v| v != &**relay)
        || report.cited.is_some()
        || share(&text[report.found.phrase.range()])
    {
        return tag;
    }
    // ("Bloomberg reports that …, according to the Roper Center.": a publication's report
    // cites the source after it, which it relays.)
    if let Mention::Named {
        name,
        kind: SourceKind::Publication,
        ..
    } = &report.mention
    {
        if tag.via.is_none() {
            tag.via = Some(name.to_string());
        }
        return tag;
    }
    report.via = Some(relay.to_string());
    report
}

/// True when a reporting cue other than a relative clause's stands inside `phrase`, a source
/// phrase read left of its cue: "the truck story shows the Mexican government" is no one source
/// ("… who told reporters …" describes one).
fn cue_inside(text: &str, phrase: Span, occurrences: &[Occurrence]) -> bool {
    let k = occurrences.partition_point(|o| o.span.start <= phrase.start);
    occurrences[k..]
        .iter()
        .take_while(|o| o.span.end <= phrase.end)
        .any(|o| {
            let before = &text[phrase.start..o.span.start];
            !lead_words(before).any(|w| tag::lower_in(w, CLAUSE_WORDS))
                && !before.contains([',', '(', '\u{2014}'])
        })
}

/// The tag of a sentence that is not a quotation: of the reporting cues outside quotation marks
/// (`occurrences`, those that start inside `span`) whose source can be read and that leave
/// most of the sentence to the content, the one that leaves the most; else a cue after
/// "and"/"but" reporting for the sentence's subject; else a `Name:` label.
///
/// Without one, [`Claim::Reported`] holds the tag whose content fills a minor part of the
/// sentence (at least [`REPORTED_SHARE`]), if any: the sentence is the author's, reporting that
/// source's words; else [`Claim::Author`].
fn sentence_tag(text: &str, span: Span, occurrences: &[Occurrence]) -> Claim {
    // "Tories will cut taxes - Howard": a headline's source after a dash.
    if let Some(tag) = headline_dash_tag(text, span) {
        return Claim::Own(Box::new(tag));
    }
    // Of the cues whose source can be read, the one that leaves the most to the content:
    // `Nothing the president said "will help," the senator said.` is the senator's.
    let mut best: Option<(f64, Tag)> = None;
    let mut minor: Option<(f64, Tag)> = None;
    // (A tag after a comma whose content holds the report in `best`.)
    let mut outer: Option<Tag> = None;
    let mut mentioned: Option<Tag> = None;
    let mut reported_before: Option<Tag> = None;
    for o in occurrences {
        if o.span.end > span.end || o.quotes_only {
            continue;
        }
        // "…, saying the plan would fail": a participle after a comma reports for the main
        // clause's subject, not for the words before it.
        if text[o.span.range()].ends_with("ing")
            && text[span.start..o.span.start].trim_end().ends_with(',')
        {
            continue;
        }
        // "The Times reports, citing sources, …": the relay's tag carries the cited source.
        if best.is_some()
            && (lower_starts(text, o.span, "citing") || lower_starts(text, o.span, "quoting"))
        {
            continue;
        }
        // (So does "Politico reported, according to sources, …".)
        if best.as_ref().or(minor.as_ref()).is_some_and(|(_, t)| {
            t.cited.is_some()
                && lower_starts(text, o.span, "according")
                && t.cue.end + time_before_relay(&text[t.cue.end..o.span.start]) + 2 == o.span.start
        }) {
            continue;
        }
        // The content share needs only the phrase: checked before the tag is built (it reads
        // the phrase's own classification only for a named source's description before its
        // name, which `tag::classify` memoizes). It ends where a second report joins the
        // sentence ("X said …, while Y said …").
        let cut = second_report(text, span, occurrences, o);
        let share = std::cell::Cell::new(0.0);
        let reports = std::cell::Cell::new(true);
        let outer_found = std::cell::Cell::new(false);
        let enough = |found: &Found| {
            reports.set(true);
            // ("Still, the truck story shows the Mexican government understands that …": no
            // source phrase runs over another cue's verb.)
            // (Not "Reuters reported BaFin as saying": the one quoted is the other cue's object.)
            if found.phrase.end <= o.span.start
                && !lower_starts(text, o.span, "as ")
                && cue_inside(text, found.phrase, occurrences)
            {
                return false;
            }
            // ("Trump said the system is complex and he feels he can win": the second report
            // is the same speaker's, and the whole is his.)
            let end = if cut < span.end && same_speaker_goes_on(text, cut, found) {
                span.end
            } else {
                cut
            };
            let clause = Span::new(span.start, end);
            share.set(content_share(text, clause, found) * clause.len() as f64 / span.len() as f64);
            let s = share.get();
            // "Maersk expects disruption to last into the second half of the year, its chief
            // executive said on Friday, as attacks …": a tag after a comma whose content holds
            // the report taken so far, that report inside its words however little of the
            // sentence they fill (an afterthought of the author's follows).
            // (The tag closes its clause: a circumstance at most, then the sentence's end or a
            // comma and an afterthought.)
            let closes = || {
                let rest = &text[found.tag.end..span.end];
                match rest.find(',') {
                    Some(c) => {
                        circumstance(&rest[..c])
                            && lead_words(&rest[c..])
                                .next()
                                .is_some_and(|w| tag::lower_in(w, AFTERTHOUGHTS))
                    }
                    None => circumstance(rest),
                }
            };
            // (A plain tag of saying: "its chief executive said", not "campaign aims to …".)
            let holds = || {
                best.as_ref().is_some_and(|(_, b)| {
                    found.phrase.start == found.tag.start
                        && saying_right_after(text[found.phrase.end..found.tag.end].trim())
                        && b.found.tag.end < found.phrase.start
                        && text[span.start..found.phrase.start]
                            .trim_end()
                            .ends_with(',')
                        && closes()
                })
            };
            outer_found.set((REPORTED_SHARE..CONTENT_SHARE).contains(&s) && holds());
            if s >= CONTENT_SHARE {
                // (Or the report the tag's content holds, whatever its share.)
                best.as_ref().is_none_or(|(b, _)| s > *b) || holds()
            } else if outer_found.get() {
                true
            } else if best.is_none()
                // (A report cut short by a second one still reports: "X reiterated it and
                // stressed …".)
                && (s >= REPORTED_SHARE
                    || cut < span.end && content_share(text, span, found) >= REPORTED_SHARE)
            {
                minor.as_ref().is_none_or(|(m, _)| s > *m)
            } else {
                // No content at all: kept only as a mention of its source.
                reports.set(false);
                best.is_none() && minor.is_none() && mentioned.is_none()
            }
        };
        if let Some(tag) = make_tag(text, o, span, enough) {
            if outer_found.get() {
                outer = Some(tag);
            } else if share.get() >= CONTENT_SHARE {
                outer = None;
                // (The report that "according to" relays, when it takes the sentence.)
                if lower_starts(text, o.span, "according") {
                    reported_before = best.take().or_else(|| minor.take()).map(|(_, t)| t);
                }
                best = Some((share.get(), tag));
            } else if reports.get() {
                minor = Some((share.get(), tag));
            } else {
                mentioned = Some(tag);
            }
        }
    }
    // "In a CNN/ORC poll released Monday, 31% of Republicans said …": the poll reports, unless
    // a named source does ("In an online poll …, Democracy Corp found …").
    let named = |t: &Tag| {
        matches!(&t.mention, Mention::Named { kind, .. } if *kind != SourceKind::Anonymous)
            || matches!(t.mention, Mention::Pronoun(_))
    };
    if !best
        .as_ref()
        .or(minor.as_ref())
        .is_some_and(|(_, t)| named(t))
    {
        if let Some(tag) = poll_lead(text, span) {
            return Claim::Own(Box::new(tag));
        }
    }
    // (`outer` is set only beside a `best`, and cleared when a new one takes its place.)
    if let Some(tag) = outer {
        return Claim::Reported(Box::new(tag));
    }
    if let Some((_, tag)) = best {
        let reported_before =
            reported_before.or_else(|| reported_after(text, span, occurrences, &tag));
        return Claim::Own(Box::new(relayed(text, span, tag, reported_before)));
    }
    // "…, Ted Cruz, who said he would only use waterboarding sparingly.": a report in a relative
    // clause after a comma is its antecedent's.
    if let Some((share, tag)) = occurrences
        .iter()
        .filter(|o| o.span.end <= span.end && !o.quotes_only)
        .find_map(|o| relative_tag(text, span, o))
    {
        if share >= CONTENT_SHARE {
            return Claim::Own(Box::new(tag));
        }
        if minor.is_none() && share >= REPORTED_SHARE {
            minor = Some((share, tag));
        }
    }
    // "Mr Blair praised his chancellor for economic stability, which he said was the
    // 'cornerstone' of Labour's programme": a report inside a relative clause is a minor part
    // of the sentence, its source the pronoun's.
    if minor.is_none() {
        if let Some((share, tag)) = occurrences
            .iter()
            .filter(|o| o.span.end <= span.end && !o.quotes_only)
            .find_map(|o| relative_report(text, span, o))
        {
            if share >= REPORTED_SHARE {
                minor = Some((share, tag));
            }
        }
    }
    // "Trump had welcomed the result and said he would …", "Trump welcomed the result,
    // saying …": a cue after "and" or "but", or a participle after a comma, reports for the
    // sentence's subject.
    // ("The Post reported, citing two officials, that …": "citing" relays the report in a minor
    // part of the sentence; it reports nothing of the subject's own.)
    let relay = |o: &Occurrence| {
        minor.is_some()
            && (lower_starts(text, o.span, "citing") || lower_starts(text, o.span, "quoting"))
    };
    let first = minor.as_ref().map(|(_, t)| t);
    if let Some(tag) = occurrences
        .iter()
        .filter(|o| o.span.end <= span.end && !o.quotes_only && !relay(o))
        .find_map(|o| coordinated_tag(text, span, o, CONTENT_SHARE, first))
    {
        return Claim::Own(Box::new(tag));
    }
    // "A national poll released Sunday by the Post shows …": a document subject too long for a
    // source phrase.
    if let Some(tag) = document_lead(text, span, occurrences) {
        return Claim::Own(Box::new(tag));
    }
    // "To Frank, the plan is a mistake": the stance of the person named first.
    if minor.is_none() {
        if let Some(tag) = to_lead(text, span) {
            return Claim::Own(Box::new(tag));
        }
    }
    // "The EU pledged to work towards lifting the ban but said it was not ready": a report
    // joined to the subject's other verb, too short for the sentence, still names its source.
    let minor = minor.map(|(_, tag)| tag).or_else(|| {
        occurrences
            .iter()
            .filter(|o| o.span.end <= span.end && !o.quotes_only)
            .find_map(|o| coordinated_tag(text, span, o, REPORTED_SHARE, None))
    });
    match (sentence_colon_tag(text, span), minor) {
        (Some(tag), _) => Claim::Own(Box::new(tag)),
        (None, Some(tag)) => Claim::Reported(Box::new(tag)),
        (None, None) => match mentioned {
            Some(tag) if matches!(tag.mention, Mention::Named { .. }) => {
                Claim::Mentioned(Box::new(tag))
            }
            _ => for_lead(text, span).map_or(Claim::Author, |t| Claim::Mentioned(Box::new(t))),
        },
    }
}

/// How far below a headline the story may name in full the person its dash names by surname.
const HEADLINE_REACH: usize = 2000;

/// The tag of a headline that names its source after a dash at its end, as British news does
/// ("Tories will cut taxes - Howard", "UK rebate 'unjustified' - Chirac", "Job cuts 'false
/// economy' - TUC"): a person or a body of up to three capitalised words, after a claim in
/// sentence case (a word in lower case before the dash: not a listing's "Pre-School Live Action
/// - Balamory"), on a line that is a headline ([`in_headline`]).
fn headline_dash_tag(text: &str, span: Span) -> Option<Tag> {
    let s = text[span.range()].trim_end();
    // (A name ends it, with no full stop: most sentences are passed over here.)
    if !s.ends_with(char::is_alphabetic) {
        return None;
    }
    // The last dash set off by spaces, looked for at the last four spaces (the dash's two and
    // at most two in the name): a byte search, not a string searcher's set-up per dash.
    let (at, dash) = memchr::memrchr_iter(b' ', s.as_bytes())
        .take(4)
        .find_map(|at| {
            let rest = &s[at + 1..];
            SPACED_DASHES
                .iter()
                .find(|d| rest.starts_with(**d))
                .map(|d| (at, d.len() + 1))
        })?;
    let (claim, name) = (&s[..at], &s[at + dash..]);
    let words = name.split(' ').count();
    // (Sentence case: more words in lower case than capitalised after the first, not a title
    // in title case, "Clinton and Sanders Aren't Butting Heads Over The Platform — Yet.")
    let (lower, upper) = claim.split(' ').skip(1).fold((0, 0), |(l, u), w| {
        if w.starts_with(|c: char| c.is_lowercase()) {
            (l + 1, u)
        } else if w.starts_with(|c: char| c.is_uppercase()) {
            (l, u + 1)
        } else {
            (l, u)
        }
    });
    if !(1..=3).contains(&words)
        || !name.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.ends_with(char::is_alphabetic)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '\'' | '.' | '-'))
        })
        || claim.contains(':')
        || lower <= upper
    {
        return None;
    }
    let cue = Span::new(span.start + at + 1, span.start + at + dash - 1);
    if !in_headline(text, cue) {
        return None;
    }
    let mention = match tag::classify(name, false)? {
        // (A surname alone is the person the story names in full below it: "Choose hope over
        // fear - Kennedy" ⏎ "…, said Charles Kennedy.", not another Kennedy named before.)
        Mention::Named {
            kind: SourceKind::Person,
            descriptor,
            ..
        } if words == 1 => {
            let below = &text[span.end..tag::floor_char(text, span.end + HEADLINE_REACH)];
            let full = tag::fuller_name(below, name, HEADLINE_REACH);
            Mention::Named {
                name: full.map_or_else(|| name.into(), Into::into),
                kind: SourceKind::Person,
                descriptor,
            }
        }
        m @ Mention::Named {
            kind: SourceKind::Person | SourceKind::Organization,
            ..
        } => m,
        _ => return None,
    };
    let phrase = Span::new(span.start + at + dash, span.start + s.len());
    let found = Found {
        phrase,
        descriptor: None,
        tag: Span::new(cue.start, phrase.end),
    };
    Some(Tag::direct(cue, Commitment::Neutral, found, mention))
}

/// A dash and the space after it, as they stand after a space: a headline's source after its
/// claim ("Tories will cut taxes - Howard"), a rubric before a label ("EXCLUSIVE – Roger Stone:").
pub(crate) const SPACED_DASHES: [&str; 3] = ["- ", "\u{2013} ", "\u{2014} "];

/// Openings of a relative clause after a comma whose subject is its antecedent or a part of it
/// (", who said", ", many of whom say").
const RELATIVE_OPENINGS: &[&str] = &[
    ", all of whom",
    ", both of whom",
    ", many of whom",
    ", most of whom",
    ", several of whom",
    ", some of whom",
    ", who",
];

/// Verbs of saying whose object is a clause ("said the city would …"), not a thing ("wrote the
/// musical", "announced his retirement").
const CLAUSE_VERBS: &[&str] = &[
    "added",
    "argued",
    "argues",
    "believe",
    "believes",
    "claimed",
    "claims",
    "explained",
    "insist",
    "insisted",
    "insists",
    "noted",
    "predicted",
    "said",
    "say",
    "says",
    "stressed",
    "think",
    "thinks",
    "thought",
    "warn",
    "warned",
    "warns",
];

/// The report of the cue `o` in a relative clause after a comma, tagged with the clause's
/// antecedent ("…, Ted Cruz, who said he would …", "… family members of 9/11 victims, many of
/// whom say …"), and the share of the sentence `span` its content fills (the rest of the
/// sentence after the cue).
fn relative_tag(text: &str, span: Span, o: &Occurrence) -> Option<(f64, Tag)> {
    let lead = text[span.start..o.span.start].trim_end();
    let opening = RELATIVE_OPENINGS.iter().find(|w| {
        lead.len() > w.len()
            && lead.is_char_boundary(lead.len() - w.len())
            && lead[lead.len() - w.len()..].eq_ignore_ascii_case(w)
    })?;
    // (Its verb of saying right after "who": not "who has long said", "who was asked"; nor an
    // adverb, "who reportedly wants"; with a clause after it, not a thing, "who wrote the
    // musical".)
    let next = after_within(text, o.span.end)
        .split_whitespace()
        .next()
        .unwrap_or("");
    let cue = &text[o.span.range()];
    let thing = !tag::lower_in(cue, CLAUSE_VERBS)
        && (tag::lower_in(next, tag::ARTICLES) || tag::lower_in(next, tag::POSSESSIVE_DETERMINERS));
    if cue.ends_with("ing") || o.predicate || is_adverb(text, o.span) || thing {
        return None;
    }
    let mut comma = span.start + lead.len() - opening.len();
    // ("… the Music Managers' Forum (MMF), who say …": before the initials in brackets.)
    if text[span.start..comma].ends_with(')') {
        comma = span.start + text[span.start..comma].rfind('(')?;
        comma = span.start + text[span.start..comma].trim_end().len();
    }
    // The antecedent is the object of a verb or a preposition as often as a subject: the phrase
    // read before the comma is cut after its last verb or preposition ("out-brutalizing Ted
    // Cruz", "addressed by the mayor").
    let (found, _) = tag::left(text, span.start, Span::new(comma, comma))?;
    let written = &text[found.phrase.range()];
    let cut = written
        .match_indices(' ')
        .map(|(i, _)| i)
        .rfind(|&i| {
            let word = written[..i].rsplit(' ').next().unwrap_or("");
            word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                && (tag::lower_in(word, tag::PREPOSITIONS) && word != "of"
                    || tag::lower_in(word, &["at", "for", "in", "on"])
                    || word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed")))
        })
        .map_or(0, |i| i + 1);
    let mut phrase = Span::new(found.phrase.start + cut, found.phrase.end);
    // "… the work of Okafor (2018), who argued …": "who" is a person's, named after "of" when
    // the thing before it names no source, or a document.
    if let Some(of) = tag::rfind_str(&text[phrase.range()], " of ") {
        let written = &text[phrase.range()];
        let (thing, person) = (&written[..of], &written[of + 4..]);
        let named = |m: Option<Mention>| {
            matches!(
                m,
                Some(Mention::Named {
                    kind: SourceKind::Person,
                    ..
                })
            )
        };
        let no_source = |m: Option<Mention>| {
            matches!(
                m,
                None | Some(Mention::Named {
                    kind: SourceKind::Document,
                    ..
                })
            )
        };
        if person.starts_with(char::is_uppercase)
            && no_source(tag::classify(thing, false))
            && named(tag::classify(person, false))
        {
            phrase = Span::new(phrase.start + of + 4, phrase.end);
        }
    }
    // (After the sentence's verb: "Jay-Z, who said he would …, will become …", "Still,
    // Sanders, who sees himself as …, …" have their subject's clause after the relative one,
    // whose words are a part of the sentence only; so may an apposition, "…, man or woman, who
    // said …".)
    let before = text[span.start..phrase.start].trim_end();
    if before.is_empty() || before.ends_with(',') {
        return None;
    }
    // (A bare noun is anyone: "would you vote for a man or woman who said …".)
    let written = &text[phrase.range()];
    if !written.contains(' ') && written.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    let mention = tag::classify(written, false)?;
    if !matches!(&mention, Mention::Named { kind, .. } if *kind != SourceKind::Document) {
        return None;
    }
    // "…, many of whom say …": some of the antecedent, not all of it ("many family members of
    // 9/11 victims", "most of the residents"); "all of whom", "both of whom" are all of it.
    let part = opening
        .strip_prefix(", ")
        .and_then(|o| o.strip_suffix(" of whom"))
        .filter(|q| !tag::lower_in(q, &["all", "both"]));
    let mention = match part {
        Some(q) => {
            let first = written.split(' ').next().unwrap_or("");
            let determined = tag::lower_in(first, tag::ARTICLES)
                || tag::lower_in(first, tag::DETERMINERS)
                || tag::lower_in(first, tag::POSSESSIVE_DETERMINERS)
                || tag::possessor(first).is_some()
                || first.starts_with(char::is_uppercase);
            let name = if determined {
                format!("{q} of {written}")
            } else {
                format!("{q} {written}")
            };
            Mention::Named {
                name: name.into(),
                kind: SourceKind::Anonymous,
                descriptor: None,
            }
        }
        None => mention,
    };
    let found = Found {
        phrase,
        descriptor: None,
        tag: Span::new(phrase.start, o.span.end),
    };
    // (The clause ends at a closing bracket or a dash: "(like top Obama aide David Plouffe,
    // who called Trump “a psychopath” over the weekend), has repeatedly emphasized …".)
    let rest = &text[o.span.end..span.end];
    let end = first_mark(rest, &ASIDE_ENDS[2..]);
    let share = end as f64 / span.len() as f64;
    Some((share, Tag::direct(o.span, o.commitment, found, mention)))
}

/// A report inside a relative clause, its subject a pronoun between the relative word and the
/// cue, its content the clause's verb and what follows ("…, which he said would cut journey
/// times", "a console that it says will revolutionise the way games are played"), with the
/// share of `span` its content fills: the source's words in a minor part of the sentence only.
/// Not "which" as the object of saying ("the words which he said on Monday"), nor "that" after
/// a verb ("he knew that she said …", embedded as before).
fn relative_report(text: &str, span: Span, o: &Occurrence) -> Option<(f64, Tag)> {
    let cue = &text[o.span.range()];
    if cue.ends_with("ing") || o.predicate || is_adverb(text, o.span) {
        return None;
    }
    let lead = text[span.start..o.span.start].trim_end();
    let (before, subject) = lead.rsplit_once(' ')?;
    let p = tag::pronoun(subject).filter(|p| !matches!(p, Pronoun::First))?;
    let (rest, relative) = before.rsplit_once(' ')?;
    let prior = rest.rsplit(' ').next().unwrap_or("");
    let noun_before = |w: &str| {
        w.bytes().all(|b| b.is_ascii_lowercase())
            && !w.ends_with("ed")
            && !tag::lower_in(w, tag::FUNCTION_WORDS)
            && !tag::lower_in(w, tag::PREPOSITIONS)
    };
    // (A word with a comma after it is no noun the clause describes: "said, that …".)
    let opens = relative.eq_ignore_ascii_case("which") || relative == "that" && noun_before(prior);
    if !opens {
        return None;
    }
    // (The clause's verb right after the cue.)
    let next = after_within(text, o.span.end)
        .split_whitespace()
        .next()
        .unwrap_or("");
    let verb = tag::lower_in(next, RELATIVE_VERBS)
        || next.bytes().all(|b| b.is_ascii_lowercase())
            && (next.ends_with('s') && !next.ends_with("ss") || next.ends_with("ed"));
    if !verb {
        return None;
    }
    let pronoun = Span::new(
        span.start + lead.len() - subject.len(),
        span.start + lead.len(),
    );
    // The pronoun is the sentence's subject ("Mr Blair praised …, which he said …", "Market
    // leader Nintendo … is releasing a console that it says …"), named and of its kind; a
    // subject of another kind or none leaves the report alone ("The rivals use … while Apple
    // uses AAC, which it says …": "it" is no "rivals").
    let phrase = lead_subject(text, span).filter(|s| s.end <= pronoun.start)?;
    let written = &text[phrase.range()];
    let mention = tag::classify(written, false)?;
    let Mention::Named { name, kind, .. } = &mention else {
        return None;
    };
    // (A person by more than one word: "Krivorizhstal is one of dozens of firms which he says
    // …" names a steelworks, not a "he".)
    let fits = match p {
        Pronoun::It => matches!(
            kind,
            SourceKind::Organization | SourceKind::Publication | SourceKind::Document
        ),
        Pronoun::He | Pronoun::She => {
            *kind == SourceKind::Person
                && written.contains(' ')
                && tag::sex_of_name(name).is_none_or(|s| s == p)
        }
        Pronoun::They => matches!(kind, SourceKind::Anonymous | SourceKind::Organization),
        _ => false,
    };
    if !fits {
        return None;
    }
    // (A body's article is capitalised only where it opens the sentence: "The government is
    // cracking down …" is "the government" of the sentences around it.)
    let mention = match mention {
        Mention::Named {
            name,
            kind: kind @ (SourceKind::Organization | SourceKind::Document),
            descriptor,
        } => Mention::Named {
            name: tag::lower_article(&name).into(),
            kind,
            descriptor,
        },
        other => other,
    };
    let found = Found {
        phrase,
        descriptor: None,
        tag: Span::new(pronoun.start, o.span.end),
    };
    // (The clause ends at a comma, a semicolon, a closing bracket or a dash.)
    let end = first_mark(&text[o.span.end..span.end], &ASIDE_ENDS);
    let share = end as f64 / span.len().max(1) as f64;
    Some((share, Tag::direct(o.span, o.commitment, found, mention)))
}

/// Marks that end a relative clause's report ([`relative_report`]): a comma, a semicolon, and
/// then those that end an aside ([`relative_tag`] reads from the third on): a closing bracket
/// and a dash.
const ASIDE_ENDS: [&str; 6] = [",", ";", ")", " \u{2014}", " \u{2013}", " - "];

/// Where the first of `marks` stands in `rest`, or its length when none does.
fn first_mark(rest: &str, marks: &[&str]) -> usize {
    marks
        .iter()
        .filter_map(|m| rest.find(m))
        .min()
        .unwrap_or(rest.len())
}

/// Verbs and auxiliaries that open a relative clause's own verb after a report inside it
/// ("which he said would …", "which it says are …"), sorted.
const RELATIVE_VERBS: &[&str] = &[
    "are", "can", "could", "had", "has", "have", "is", "may", "might", "must", "should", "was",
    "were", "will", "would",
];

/// A pronoun tag whose antecedent is the source of an earlier report in the same sentence
/// refers to it ("Bateman says there is a long road ahead, but he feels confident …": he is
/// Bateman, not the source of the sentence before).
fn with_antecedent(text: &str, span: Span, occurrences: &[Occurrence], claim: Claim) -> Claim {
    let (own, mut tag) = match claim {
        Claim::Own(tag) => (true, tag),
        Claim::Reported(tag) => (false, tag),
        other => return other,
    };
    let rebuild = |tag: Box<Tag>| {
        if own {
            Claim::Own(tag)
        } else {
            Claim::Reported(tag)
        }
    };
    let Mention::Pronoun(p) = tag.mention else {
        return rebuild(tag);
    };
    let fits = |kind: SourceKind| pronoun_fits(p, kind);
    let named = occurrences
        .iter()
        .filter(|o| {
            o.span.start >= span.start && o.span.end <= tag.found.phrase.start && !o.quotes_only
        })
        .find_map(|o| {
            let t = make_tag(text, o, span, |_| true)?;
            match t.mention {
                Mention::Named { kind, .. }
                    if fits(kind) && t.found.phrase.end <= tag.found.phrase.start =>
                {
                    Some(t.mention)
                }
                _ => None,
            }
        });
    if let Some(mention) = named {
        tag.mention = mention;
    }
    rebuild(tag)
}

/// Where a second report, joined to the clause of `o`'s, starts in the sentence ("Ortiz said
/// the bridge was safe, but the engineers said …", "…, while 40 percent said …", "… and added
/// that …"): the content of `o` ends there. `span.end` when no cue follows in a clause of its
/// own ("which he said …" goes on with the content).
fn second_report(text: &str, span: Span, occurrences: &[Occurrence], o: &Occurrence) -> usize {
    // "According to X, A and B asked …": the source stands after the cue, and the content
    // after it holds any later cue.
    if takes_source_after(text, o.span) {
        return span.end;
    }
    // The tense of `o`'s cue with its auxiliary ("has said" is the perfect), against which a
    // second verb of the same subject is weighed.
    let first_tense = text[span.start..o.span.start]
        .split_whitespace()
        .rev()
        .find(|w| !(w.ends_with("ly") || tag::lower_in(w, &["also", "repeatedly"])))
        .and_then(aux_tense)
        .unwrap_or_else(|| verb_tense(&text[o.span.range()]));
    // The first report's content is a clause ("said the talks had stalled", "complained Khan
    // had attacked him"), not a thing ("tweeted a photograph", "described the step as …"): a
    // verb of judging joined to it goes on with its claims.
    // (Read only for a judging verb joined to the first report.)
    let clause_first = || {
        tag::lower_in(
            text[o.span.range()].rsplit(' ').next().unwrap_or(""),
            CLAUSE_VERBS,
        ) || lead_words(&text[o.span.end..span.end])
            .next()
            .is_some_and(|w| !opens_a_thing(w))
    };
    for next in occurrences {
        let cue = &text[next.span.range()];
        // ("…, telling his colleagues to …": a participle that only tags quotations goes on
        // with the first report.)
        if next.span.start <= o.span.end
            || next.span.end > span.end
            || next.quotes_only && cue.ends_with("ing")
            || next.headline_only
        {
            continue;
        }
        let between = &text[o.span.end..next.span.start];
        // "He agreed to sell it in 2010, records show.": a tag closing the sentence reports
        // all that came before it, the first report included.
        // (The comma may stand before the closing mark: `said "…," the senator said.`)
        let comma = between.rmatch_indices(',').map(|(i, _)| i).find(|&i| {
            between[i + 1..]
                .trim_start_matches(CLOSING_MARKS)
                .starts_with(' ')
        });
        if let Some(comma) = comma {
            let subject = between[comma + 1..]
                .trim_start_matches(CLOSING_MARKS)
                .trim_start();
            // (Not a claim's relative clause: "…, a charge their families deny.")
            if subject.split_whitespace().count() <= 4
                && !subject.contains(['"', '\u{201C}', '\u{201D}'])
                && !tag::claim_relative(subject)
                && (text[next.span.end..span.end].trim().len() <= 1
                    // ("…, he should have insisted on getting all imprisoned Americans out.": a
                    // verb's complement, no circumstance of a closing tag.)
                    || circumstance(&text[next.span.end..span.end]))
            {
                return o.span.end + comma;
            }
        }
        if cue.ends_with("ing") {
            // "…, adding that …": a participle after a comma reports again.
            let before = between.trim_end();
            if before.ends_with(',') && before.split_whitespace().count() >= 3 {
                return o.span.end + before.len() - 1;
            }
            continue;
        }
        let Some((at, joint)) = JOINTS
            .iter()
            .filter_map(|j| tag::rfind_str(between, j).map(|i| (i, j.len())))
            .max_by_key(|&(i, _)| i)
        else {
            continue;
        };
        // ("…, while Paul Cavill and colleagues have pointed to …": a bare "and" after a name
        // that a joint with a comma opens is inside the second report's subject.)
        let (at, joint) = if between[at..].starts_with(" and ") {
            JOINTS
                .iter()
                .filter(|j| j.starts_with([',', ';']))
                .filter_map(|j| tag::rfind_str(&between[..at], j).map(|i| (i, j.len())))
                .max_by_key(|&(i, _)| i)
                .filter(|&(c, len)| {
                    let name = &between[c + len..at];
                    let words = name.split_whitespace();
                    (1..=3).contains(&words.clone().count())
                        && words.into_iter().all(|w| w.starts_with(char::is_uppercase))
                })
                .unwrap_or((at, joint))
        } else {
            (at, joint)
        };
        // The first report has words of its own before the joint ("said that, while …" does
        // not; "did not say so, but …" has "so" for them).
        let first = between[..at]
            .split_whitespace()
            .filter(|w| !w.eq_ignore_ascii_case("that"))
            .count();
        let own = between[..at].trim_end_matches([' ', ',']).trim_start();
        let so = own.eq_ignore_ascii_case("so");
        // ("The agency declined to comment and aides later said …": "comment" is all that was
        // declined, a report of its own; the second report's subject follows.)
        let comment = own.eq_ignore_ascii_case("comment");
        let clause = &between[at + joint..];
        // ("…, though its chief executive, Charlotte Lee, warned …": a role and the name in
        // apposition after it are one subject; its commas are the name's.)
        let named_role = clause
            .split_once(", ")
            .and_then(|(role, rest)| Some((role, rest.trim_end().strip_suffix(',')?)))
            .is_some_and(|(role, name)| {
                role.starts_with(|c: char| c.is_lowercase())
                    && !name.is_empty()
                    && !name.contains(',')
                    && words_at_most(name, 3)
                    && name.split(' ').all(|w| w.starts_with(char::is_uppercase))
            });
        let mut words = clause.split_whitespace();
        if first < 2 && !so && !comment
            || clause.contains(['"', '\u{201C}', '\u{201D}', '(', '\u{2014}'])
            || clause.contains(',') && !named_role
            // (After "comment" a subject of a few more words: "declined to comment, and a
            // spokesman for the Department for Culture said".)
            || words.clone().count() > if comment { 2 * SUBJECT_WORDS } else { SUBJECT_WORDS }
            || words.clone().any(|w| tag::lower_in(w, CLAUSE_WORDS))
        {
            continue;
        }
        let same_subject = words
            .clone()
            .all(|w| w.ends_with("ly") || tag::lower_in(w, AUXILIARIES));
        let commas = between[..at + 1].trim_end().ends_with([',', ';']);
        // "… and questioned …": the same subject goes on, with a verb of the same form, not
        // an infinitive ("has time to step up and show"); after a bare "and" a new subject is
        // a pronoun ("and he said"), not the end of a list ("the text and the law showed").
        // (A verb of saying goes on with the same source's words: "He says the answer was to
        // break them up and says he introduced a bill" is his whole; "… and accused him of …",
        // "… and declined to …" are the author's account of what the source did.)
        let ok = if same_subject {
            // (In the same tense: "Police say he posed a threat and refused to drop the gun"
            // goes on with what he did. A past verb after "has said … and" shares the perfect.)
            let second_tense = words.clone().filter_map(aux_tense).max().unwrap_or(
                match (verb_tense(cue), first_tense) {
                    (PAST, PERFECT) => PERFECT,
                    (t, _) => t,
                },
            );
            finite_cue(cue)
                && !(tag::lower_in(cue, GOING_ON)
                    || tag::lower_in(cue, JUDGING) && clause_first()
                    // ("… and indicated that …": a clause of words reported goes on with them.)
                    || text[next.span.end..span.end].starts_with(" that "))
                // (The present and the perfect go together: "says … and has refused".)
                && (second_tense == first_tense || first_tense != PAST && second_tense != PAST)
        } else {
            commas
                || comment
                || words
                    .next()
                    .is_some_and(|w| tag::lower_in(w, &["he", "i", "she", "they", "we"]))
        };
        if ok {
            return o.span.end + at;
        }
    }
    span.end
}

/// True when pronoun `p` may stand for a source of `kind` named in the same sentence: "he" and
/// "she" for a person, "it" for a body or a paper, "they" for those or a group.
fn pronoun_fits(p: Pronoun, kind: SourceKind) -> bool {
    match p {
        Pronoun::He | Pronoun::She => kind == SourceKind::Person,
        Pronoun::It => matches!(kind, SourceKind::Organization | SourceKind::Publication),
        // ("Kilroy-Silk said they hoped …": they is his party, not him.)
        Pronoun::They => matches!(
            kind,
            SourceKind::Organization | SourceKind::Publication | SourceKind::Anonymous
        ),
        Pronoun::First => false,
    }
}

/// True when the second report that starts at `cut` (its joint: ", and he feels …", " but she
/// later said …") has for subject a pronoun that stands for the first report's source `found`:
/// "he" or "she" for a person of that sex or of none known, "they" for a body or a group, "it"
/// for a body.
fn same_speaker_goes_on(text: &str, cut: usize, found: &Found) -> bool {
    // (Far enough for the verb after a concession and its pronoun: ", although they
    // cautioned" is 25 bytes.)
    let mut words = lead_words(&text[cut..tag::floor_char(text, (cut + 48).min(text.len()))]);
    let joint = words.next().unwrap_or("");
    let Some(pronoun) = words.next().and_then(|w| match w {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        // ("Acme said its sales fell, and it expected …": a body's.)
        "it" => Some(Pronoun::It),
        _ => None,
    }) else {
        return false;
    };
    // (Or a concession that goes on saying: "…, although he said the club would take no
    // risks"; not what the source did, "although he again refused to …".)
    let concession = tag::lower_in(joint, &["although", "though"]);
    if concession
        && !words
            .clone()
            .find(|w| !(w.ends_with("ly") || tag::lower_in(w, &["again", "also", "later"])))
            .is_some_and(|w| tag::lower_in(w, GOING_ON))
    {
        return false;
    }
    if !concession && !tag::lower_in(joint, &["and", "but"]) {
        return false;
    }
    let phrase = &text[found.phrase.range()];
    match tag::classify(phrase, false) {
        Some(Mention::Pronoun(p)) => p == pronoun,
        // (A one-word name whose first report calls it "it" is a body: "Acme said its sales
        // fell, and it expected …".)
        Some(Mention::Named { kind, name, .. })
            if pronoun == Pronoun::It && kind == SourceKind::Person =>
        {
            let rest = &text[found.tag.end..];
            let rest = rest.strip_prefix(" that").unwrap_or(rest);
            !name.contains(' ')
                && tag::sex_of_given(&name).is_none()
                && (rest.starts_with(" it ") || rest.starts_with(" its "))
        }
        Some(Mention::Named { kind, .. }) => {
            pronoun_fits(pronoun, kind)
                && (pronoun == Pronoun::They
                    || tag::sex_of_name_or_title(phrase).is_none_or(|sex| sex == pronoun))
        }
        None => false,
    }
}

/// What stands between a report's cue and the source it cites ("Politico reported, according to
/// sources in the meetings, Clinton …").
const ACCORDING_RELAY: &str = ", according to ";

/// In `after`, the text right after a report's cue: when it opens with [`ACCORDING_RELAY`] and
/// the cited source is followed by a comma and more words, where those words start (the
/// report's content goes on there); `None` otherwise.
fn according_relay(after: &str) -> Option<usize> {
    relay_after(after, ACCORDING_RELAY)
}

/// [`according_relay`] for any relay's `opener` (", according to ", ", citing ").
fn relay_after(after: &str, opener: &str) -> Option<usize> {
    let head = after.get(..opener.len())?;
    if !head.eq_ignore_ascii_case(opener) {
        return None;
    }
    let comma = tag::find_str(&after[opener.len()..], ", ")?;
    Some(opener.len() + comma + 1)
}

/// Most words of a time between a report's cue and the relay after it ("reported late on
/// Monday, citing …").
const RELAY_TIME_WORDS: usize = 4;

/// In `after`, the text right after a report's cue: the length of a short circumstance of the
/// report's own before a comma ("reported late on Friday, according to …", "on Monday, citing
/// …"), or 0.
fn time_before_relay(after: &str) -> usize {
    // (The first word first: most reports have no time after them.)
    if !lead_words(after)
        .next()
        .is_some_and(|w| tag::lower_in(w, CIRCUMSTANCE_OPENERS) || tag::lower_in(w, DAYS))
    {
        return 0;
    }
    let near = &after[..tag::floor_char(after, after.len().min(RELAY_TIME_BYTES))];
    near.find(',')
        .filter(|&c| lead_words(&after[..c]).count() <= RELAY_TIME_WORDS)
        .unwrap_or(0)
}

/// How far after a report's cue [`time_before_relay`] looks for the comma closing a time.
const RELAY_TIME_BYTES: usize = 64;

/// In `after`, the text right after a report's cue: when it opens with a relay set off by
/// commas (", according to X, ", ", citing X, ", ", quoting X, ") and more words follow, where
/// those words start; `None` otherwise.
fn cited_relay(after: &str) -> Option<usize> {
    [ACCORDING_RELAY, ", citing ", ", quoting "]
        .into_iter()
        .find_map(|opener| relay_after(after, opener))
}

/// Tenses of a cue with its auxiliary, for [`second_report`]: two tenses that differ ("Police
/// say he posed a threat and refused …") are two subjects.
const PRESENT: u8 = 0;
const PAST: u8 = 1;
const PERFECT: u8 = 2;

/// The tense an auxiliary gives the verb after it ("has", "have": the perfect; "did", "had",
/// "was": the past).
fn aux_tense(w: &str) -> Option<u8> {
    if tag::lower_in(w, &["has", "have"]) {
        Some(PERFECT)
    } else if tag::lower_in(w, &["did", "had", "was"]) {
        Some(PAST)
    } else {
        None
    }
}

/// The tense of a cue without an auxiliary (of a phrase, its first word).
fn verb_tense(cue: &str) -> u8 {
    let w = cue.split(' ').next().unwrap_or("");
    if w.ends_with("ed") || tag::lower_in(w, IRREGULAR_PAST) {
        PAST
    } else {
        PRESENT
    }
}

/// True when `s` ends a sentence: a full stop, a question or an exclamation mark, and any
/// closing quotation marks.
fn closes_sentence(s: &str) -> bool {
    s.trim_end_matches(CLOSING_MARKS).ends_with(['.', '?', '!'])
}

/// Marks that close a quotation.
const CLOSING_MARKS: &[char] = &['"', '\'', '\u{201D}', '\u{2019}'];

/// True when the quotation that `lead` closes ([`closes_quotation`]) fills at least half of it:
/// it opens the lead, or opens after a few words of the author's ("Both parties 'saw Burma as
/// …,'"), or opened in an earlier sentence (no opening mark in the lead).
fn mostly_quoted(lead: &str) -> bool {
    let body = lead.trim_end_matches([',', '.', '?', '!']);
    let body = body.trim_end_matches(CLOSING_MARKS);
    let b = body.as_bytes();
    // The last opening mark: a curly one, or a straight one (or two apostrophes) after a space.
    let opening = body
        .char_indices()
        .rev()
        .find(|&(i, c)| {
            let after_space = i == 0 || b[i - 1].is_ascii_whitespace() || b[i - 1] == b'(';
            matches!(c, '\u{201C}' | '\u{2018}') || matches!(c, '"' | '\'') && after_space
        })
        .map(|(i, _)| i)
        .unwrap_or(0);
    (body.len() - opening) * 2 >= lead.len()
}

/// True when `lead` (trimmed) ends a quotation: its closing mark, or the comma or the stop
/// after one (`"…",`, the British order).
fn closes_quotation(lead: &str) -> bool {
    lead.ends_with(CLOSING_MARKS)
        || lead.ends_with([',', '.', '?', '!']) && lead[..lead.len() - 1].ends_with(CLOSING_MARKS)
}

/// Words that may stand between a joint and a cue of the same subject ("and has also said").
const AUXILIARIES: &[&str] = &[
    "also", "did", "does", "had", "has", "have", "later", "then", "was", "will", "would",
];

/// True when `cue` is a finite form no modal takes: in "-ed" or "-s", or an irregular past
/// ("said", "told").
pub(crate) fn finite_cue(cue: &str) -> bool {
    cue.ends_with("ed") || cue.ends_with('s') || tag::lower_in(cue, IRREGULAR_PAST)
}

/// Cues in the past that end neither in "-ed" nor in "-s".
const IRREGULAR_PAST: &[&str] = &[
    "felt", "found", "knew", "said", "saw", "spoke", "thought", "told", "wrote",
];

/// What joins a second clause to a sentence.
const JOINTS: &[&str] = &[
    ", although ",
    ", and ",
    ", but ",
    ", though ",
    ", whereas ",
    ", while ",
    ", yet ",
    "; ",
    " and ",
    " but ",
];

/// Most words between a joint and a second cue (its subject and an adverb or auxiliary).
const SUBJECT_WORDS: usize = 6;

/// Words that make the words before a cue a subordinate clause, not a subject ("which he
/// said", "that she said", "as they said").
const CLAUSE_WORDS: &[&str] = &[
    "as", "because", "if", "since", "than", "that", "what", "when", "where", "which", "who",
    "whom", "whose",
];

/// A sentence that opens with a poll or a survey it reports: "In a CNN/ORC poll released
/// Monday, 31% of Republicans said …", "In the latest Post-ABC News poll, Clinton led …", "In
/// exit polls, voters …" (not "In a memo released as polls closed, …" or "In the polls,
/// anyway."). The tag is "In" and the poll's phrase, up to the comma.
fn poll_lead(text: &str, span: Span) -> Option<Tag> {
    let lead = opening_phrase(&text[span.range()], "In", POLL_LEAD)?;
    let words: Vec<&str> = lead.split(' ').collect();
    let first = words.first()?;
    let determined = tag::lower_in(first, tag::ARTICLES) || tag::possessor(first).is_some();
    let at = words
        .iter()
        .position(|w| tag::lower_in(w, &["poll", "polls", "survey", "surveys"]))?;
    // The poll heads the phrase: no participle or preposition stands before it.
    let exit = at == 1 && tag::lower_in(first, &["exit"]);
    if !(determined || exit)
        || words[..at]
            .iter()
            .any(|w| w.ends_with("ed") || tag::lower_in(w, NO_SUBJECT) || tag::lower_in(w, &["of"]))
    {
        return None;
    }
    Some(opening_tag(span, "In", lead, document(lead)))
}

/// The phrase between a sentence's first word, `word` ("In", "To"), and a comma at most `reach`
/// bytes on, when at least as much of the sentence follows the comma (and [`POLL_REST`] bytes):
/// the lead of "In a CNN poll released Monday, 31% said …", "To Frank, the plan is a mistake."
fn opening_phrase<'t>(sentence: &'t str, word: &str, reach: usize) -> Option<&'t str> {
    let (lead, after) = comma_phrase(sentence, word, reach)?;
    (after.len() >= lead.len().max(POLL_REST)).then_some(lead)
}

/// The phrase after `word` opening `sentence` up to its first comma within `reach` bytes, and
/// the rest of the sentence from that comma.
fn comma_phrase<'t>(sentence: &'t str, word: &str, reach: usize) -> Option<(&'t str, &'t str)> {
    let rest = sentence.strip_prefix(word)?.strip_prefix(' ')?;
    let comma = rest
        .get(..tag::floor_char(rest, rest.len().min(reach)))?
        .find(", ")?;
    Some(rest.split_at(comma))
}

/// The tag of an [`opening_phrase`]: the first word, `word`, is its cue, and `lead` its source
/// phrase, named by `mention`.
fn opening_tag(span: Span, word: &str, lead: &str, mention: Mention) -> Tag {
    let cue = Span::new(span.start, span.start + word.len());
    let phrase = Span::new(cue.end + 1, cue.end + 1 + lead.len());
    let found = Found {
        phrase,
        descriptor: None,
        tag: Span::new(cue.start, phrase.end),
    };
    Tag::direct(cue, Commitment::Neutral, found, mention)
}

/// A document named by `name` ("a CNN/ORC poll released Monday").
fn document(name: &str) -> Mention {
    Mention::Named {
        name: name.into(),
        kind: SourceKind::Document,
        descriptor: None,
    }
}

/// A sentence opening with a determiner and a document that finds or shows, its subject too
/// long for a source phrase ("A 2009 report by the Center for Economic Research found that
/// …", "A national poll released Sunday by the Post shows …"): no punctuation and no relative
/// clause ("The polls that show …") before the verb, and most of the sentence after it.
fn document_lead(text: &str, span: Span, occurrences: &[Occurrence]) -> Option<Tag> {
    let s = &text[span.range()];
    let first = s.split(' ').next()?;
    if !matches!(first, "A" | "An" | "The" | "This" | "Another") {
        return None;
    }
    let o = occurrences.iter().find(|o| {
        o.span.start > span.start
            && o.span.end <= span.end
            && tag::lower_in(
                &text[o.span.range()],
                &[
                    "argued",
                    "argues",
                    "concluded",
                    "concludes",
                    "finds",
                    "found",
                    "indicated",
                    "indicates",
                    "noted",
                    "notes",
                    "revealed",
                    "said",
                    "says",
                    "show",
                    "showed",
                    "shows",
                    "stated",
                    "states",
                    "suggested",
                    "suggests",
                    "warned",
                    "warns",
                ],
            )
    })?;
    let subject = text[span.start..o.span.start].trim_end();
    // (The cheap tests first: most sentences that reach here have a plain subject and a verb of
    // saying, "The company said …".)
    if (span.end - o.span.end) * 2 < span.len() {
        return None;
    }
    let words: Vec<&str> = subject.split_whitespace().collect();
    // (Not the writer's own: "The present study shows …", "The results of this study suggest".)
    if words.len() > 18
        || !words.iter().skip(1).take(6).any(|w| {
            tag::lower_in(
                w,
                &[
                    "analysis",
                    "audit",
                    "data",
                    "documents",
                    "emails",
                    "investigation",
                    "memo",
                    "poll",
                    "polls",
                    "records",
                    "report",
                    "reports",
                    "research",
                    "review",
                    "studies",
                    "study",
                    "survey",
                    "surveys",
                ],
            )
        })
        || tag::own_work(&words)
        || tag::own_method(subject)
        || subject.contains([',', ';', ':', '"', '\u{201C}', '(', '\u{2014}'])
        || words
            .iter()
            .any(|w| tag::lower_in(w, &["that", "which", "who", "whose"]))
    {
        return None;
    }
    let phrase = Span::new(span.start, span.start + subject.len());
    let found = Found {
        phrase,
        descriptor: None,
        tag: Span::new(phrase.start, o.span.end),
    };
    Some(Tag::direct(o.span, o.commitment, found, document(subject)))
}

/// A sentence opening with "To" and a person, then a comma ("To Frank, the plan is a mistake.",
/// "To them, it signals …"): whose view the sentence gives. The person is a name or an object
/// pronoun ("To win the race, …" and "To the west, …" name nobody).
fn to_lead(text: &str, span: Span) -> Option<Tag> {
    let sentence = &text[span.range()];
    let lead = opening_phrase(sentence, "To", 40)?;
    // "To Ashley, of Swindon: when you …": a letter's address, its reply after the colon.
    // (What follows the lead, from its comma on.)
    let after = &sentence["To ".len() + lead.len()..];
    let described = &after[..tag::floor_char(after, after.len().min(ADDRESS_REACH))];
    if described
        .find(':')
        .is_some_and(|c| !described[..c].contains(['.', ';']))
    {
        return None;
    }
    let mention = match lead {
        "them" => Mention::Pronoun(tag::Pronoun::They),
        "him" => Mention::Pronoun(tag::Pronoun::He),
        "her" => Mention::Pronoun(tag::Pronoun::She),
        "me" | "us" => Mention::Pronoun(tag::Pronoun::First),
        _ => {
            if !lead.split(' ').all(|w| w.starts_with(char::is_uppercase)) {
                return None;
            }
            match tag::classify(lead, false)? {
                m @ Mention::Named {
                    kind: SourceKind::Person,
                    ..
                } => m,
                _ => return None,
            }
        }
    };
    Some(opening_tag(span, "To", lead, mention))
}

/// Bytes after the comma of a "To" lead within which a colon makes it a letter's address
/// ([`to_lead`]).
const ADDRESS_REACH: usize = 40;

/// A sentence opening with "For" and a person, then a comma ("For Jupiter analyst Olivier
/// Beauvillain, the decision was an error.", "But for Allen Weiner, a research director at
/// Gartner, …"): the person whose view it gives, remembered as a mention for a "he" or "she"
/// after it. The sentence stays the author's: PolNeAR marks 11 of 48 such leads on train as
/// attributions ("For Trump, Florida's contest represents a momentous win" is the author's).
fn for_lead(text: &str, span: Span) -> Option<Tag> {
    let s = &text[span.range()];
    let skip = ["But ", "And "]
        .iter()
        .find(|p| s.starts_with(**p))
        .map_or(0, |p| p.len());
    let rest = &s[skip..];
    let word = if rest.starts_with("For ") || (skip > 0 && rest.starts_with("for ")) {
        &rest[..3]
    } else {
        return None;
    };
    // The lead, up to a comma within 60 bytes, and a clause after it.
    let (lead, after) = comma_phrase(rest, word, 60)?;
    if after.split_whitespace().count() < 3 {
        return None;
    }
    // A person's name by its given name, its role before it ("Jupiter analyst Olivier
    // Beauvillain") or its description after it ("Allen Weiner, a research director at …",
    // "Richard Tateson, who worked on …"); not a body's ("For Tyne Ferries, the decision …").
    let words: Vec<&str> = lead.split(' ').collect();
    let described = {
        let mut next = after[2..].split_whitespace();
        match next.next() {
            Some("who") => true,
            // (A noun of people within six words: "a research director", "a retiree and
            // one of the volunteers".)
            Some("a" | "an" | "the") => next
                .take(6)
                .any(|w| tag::person_head(w.trim_end_matches([',', '.', ';']))),
            _ => false,
        }
    };
    let capitals = words.iter().all(|w| w.starts_with(char::is_uppercase));
    if !(capitals && (tag::sex_of_name(lead).is_some() || described))
        && tag::role_and_name(&words).is_none()
    {
        return None;
    }
    match tag::classify(lead, false)? {
        m @ Mention::Named {
            kind: SourceKind::Person,
            ..
        } => Some(opening_tag(
            Span::new(span.start + skip, span.end),
            word,
            lead,
            m,
        )),
        _ => None,
    }
}

/// How far (bytes) into a sentence the comma after a leading poll may stand.
const POLL_LEAD: usize = 120;
/// Fewest bytes of what a leading poll reports ("In the polls, anyway." reports nothing).
const POLL_REST: usize = 40;

/// The tag of a cue that follows "and" or "but", or a participle after a comma, in a sentence
/// opening with its subject (a name or a pronoun): "He called the actions lawful, and said
/// there was no attempt …", "Cruz took the stage with a shot at Trump, saying …". What follows
/// the cue fills at least `min_share` of `span` (0 for a quotation's tag).
fn coordinated_tag(
    text: &str,
    span: Span,
    o: &Occurrence,
    min_share: f64,
    first: Option<&Tag>,
) -> Option<Tag> {
    let before = text[span.start..o.span.start].trim_end();
    // ("… but has since said …": an auxiliary or an adverb may stand after the conjunction; so
    // may a time, "… but on Tuesday wrote that …", "… and last week told …".)
    let mut joint = before;
    for _ in 0..3 {
        match joint.rsplit_once(' ') {
            Some((rest, w)) if tag::lower_in(w, JOINT_FILLERS) => joint = rest.trim_end(),
            // (The time's last word first: most words before a cue are none.)
            Some((rest, w)) => {
                let weekday = tag::lower_in(w, tag::WEEKDAYS);
                if !weekday && !matches!(w, "month" | "morning" | "night" | "week") {
                    break;
                }
                match rest.rsplit_once(' ') {
                    Some((rest, "on")) if weekday => joint = rest.trim_end(),
                    Some((rest, "last" | "this")) if !weekday => joint = rest.trim_end(),
                    _ => break,
                }
            }
            _ => break,
        }
    }
    let b = joint.as_bytes();
    let ing = text[o.span.range()].ends_with("ing");
    // ("… on the spot – saying he was …": a dash sets the participle off as a comma does.)
    let participle = ing
        && (before.ends_with(',')
            || [" -", " \u{2013}", " \u{2014}"]
                .iter()
                .any(|d| before.ends_with(d)));
    // `before` ends with the word `c` (ignoring ASCII case).
    let after = |c: &str| {
        b.len() > c.len()
            && b[b.len() - c.len()..].eq_ignore_ascii_case(c.as_bytes())
            && b[b.len() - c.len() - 1].is_ascii_whitespace()
    };
    // ("Stallone appeared not to have enjoyed her time in the house saying: "…"": a
    // participle that opens a quotation with a colon.)
    let introducing = || {
        ing && text
            .get(o.span.end..span.end)
            .and_then(|r| r.strip_prefix(':'))
            .is_some_and(|r| r.trim_start().starts_with(['"', '\u{201C}']))
    };
    let joined = participle
        || introducing()
        // "Bolton distanced himself … by saying he would …", "…, while saying that …".
        || (ing
            && !tag::lower_in(&text[o.span.range()], &["citing", "quoting"])
            && tag::find_str(before, " who ").is_none()
            && ["after", "before", "by", "while"].iter().any(|c| after(c)))
        || ["and", "but"].iter().any(|c| after(c))
        // ("Kasich offered the man a job, then says he'll welcome advice …")
        || !ing && (before.ends_with(", then") || before.ends_with(", and then"));
    if !joined || is_adverb(text, o.span) || takes_source_after(text, o.span) {
        return None;
    }
    // ("It was immediately denied, but the Tories remain suspicious, claiming that …": a
    // participle after a second clause with a subject of its own is that subject's.)
    let second = || {
        let lead = &text[span.start..o.span.start];
        let at = [", but ", ", and ", "; "]
            .iter()
            .filter_map(|c| lead.rfind(c).map(|i| i + c.len()))
            .max()?;
        let phrase = lead_subject(text, Span::new(span.start + at, o.span.start))?;
        // (Followed by its verb, in lower case.)
        let next = text[phrase.end..o.span.start].split_whitespace().next()?;
        next.starts_with(|c: char| c.is_ascii_lowercase())
            .then_some(phrase)
    };
    let phrase = match participle.then(second).flatten() {
        Some(phrase) => phrase,
        None => lead_subject(text, span)?,
    };
    // ("Lewandowski earlier quashed rumors … by tweeting that …": a time after the name is no
    // part of it.)
    let phrase = match text[phrase.range()].rsplit_once(' ') {
        Some((name, last)) if tag::lower_in(last, &["earlier", "today", "yesterday"]) => {
            Span::new(phrase.start, phrase.start + name.len())
        }
        _ => phrase,
    };
    if phrase.end >= o.span.start {
        return None;
    }
    // ("Civil rights group Liberty said … but called on …": the first report read the whole
    // subject, of which the capitalised run opening the sentence is only the first word.)
    if let Some(t) = first.filter(|t| {
        t.found.phrase.start == phrase.start
            && t.found.phrase.end > phrase.end
            && t.found.phrase.end < o.span.start
    }) {
        let found = Found::leading(t.found.phrase, o.span);
        let rest = text[o.span.end.min(span.end)..span.end].len();
        if (rest as f64) < min_share * span.len() as f64 {
            return None;
        }
        return Some(Tag::direct(o.span, o.commitment, found, t.mention.clone()));
    }
    let mention = tag::classify(&text[phrase.range()], false)?;
    match &mention {
        Mention::Named { kind, .. } if *kind != SourceKind::Document => {}
        Mention::Pronoun(_) => {}
        _ => return None,
    }
    let found = Found::leading(phrase, o.span);
    // The content is what follows the cue (a quotation's tag leaves it to the quotation).
    let rest = text[o.span.end.min(span.end)..span.end].len();
    if (rest as f64) < min_share * span.len() as f64 {
        return None;
    }
    Some(Tag::direct(o.span, o.commitment, found, mention))
}

/// Participles that work as prepositions ("Other candidates, including Fiorina, have …").
const PREPOSITIONAL_PARTICIPLES: &[&str] = &[
    "according",
    "barring",
    "concerning",
    "considering",
    "depending",
    "excluding",
    "following",
    "including",
    "notwithstanding",
    "pending",
    "regarding",
];

/// The subject a sentence opens with, when it is a pronoun or a run of capitalised words
/// (after any connective) followed by a lower-case word: "He", "Sen. Ron Johnson", "The
/// Justice Department".
fn lead_subject(text: &str, span: Span) -> Option<Span> {
    use std::cell::RefCell;
    /// The sentences last read, with whether a comma stood before each, and what was found
    /// (offsets inside the sentence): the pronouns of a story look back over the same few
    /// sentences again and again.
    type Memo = Vec<(Box<str>, bool, Option<(usize, usize)>)>;
    thread_local! {
        static MEMO: RefCell<(Memo, usize)> = const { RefCell::new((Vec::new(), 0)) };
    }
    const MEMO_SIZE: usize = 8;
    /// Longest sentence remembered (a copy of each is kept: a text of one huge "sentence" is
    /// read afresh, not copied eight times).
    const MEMO_BYTES: usize = 2048;
    let s = &text[span.range()];
    // (All that is read outside the sentence: whether a preamble's comma stands before it.)
    let comma = text[..span.start].trim_end().ends_with(',');
    if s.len() > MEMO_BYTES {
        return read_lead_subject(text, span, comma);
    }
    let hit = MEMO.with(|m| {
        let m = m.borrow();
        m.0.iter()
            .find(|(k, c, _)| *c == comma && **k == *s)
            .map(|&(_, _, found)| found)
    });
    let found = match hit {
        Some(found) => found,
        None => {
            let found = read_lead_subject(text, span, comma)
                .map(|f| (f.start - span.start, f.end - span.start));
            MEMO.with(|m| {
                let (memo, next) = &mut *m.borrow_mut();
                let entry = (s.into(), comma, found);
                if memo.len() < MEMO_SIZE {
                    memo.push(entry);
                } else {
                    memo[*next] = entry;
                }
                *next = (*next + 1) % MEMO_SIZE;
            });
            found
        }
    };
    found.map(|(a, b)| Span::new(span.start + a, span.start + b))
}

/// True for a time of day as a live page stamps its entries: "09:12", "10:20", "9.47".
fn clock_time(word: &str) -> bool {
    // (Most words open with a letter: read no further.)
    if !word.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let Some((h, m)) = word.split_once([':', '.']) else {
        return false;
    };
    (1..=2).contains(&h.len())
        && m.len() == 2
        && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
}

/// Owners that open a relation of someone before a name ("His wife, Janet, …", "Her colleague
/// Linda Park …"; see [`read_lead_subject`]).
const RELATION_OWNERS: &[&str] = &["her", "his", "its", "my", "our", "their"];

/// Most bytes of a relation of someone before a name in apposition ("His younger sister,").
const RELATION_LEAD: usize = 32;

/// [`lead_subject`] read afresh; `after_preamble` when a comma ends the text before `span`
/// ("In interviews on Sunday, he defended …"), the only thing read outside the sentence.
fn read_lead_subject(text: &str, span: Span, after_preamble: bool) -> Option<Span> {
    // After a preamble ("Here in Columbia, Sanders stepped up …").
    let s = &text[span.range()];
    // (One that closes inside a quotation's marks: `On “Face the Nation,” Sen. Bernie Sanders
    // identified …`.)
    if let Some(next) = quoted_preamble_end(s) {
        let lead = &s[..next];
        if long_preamble(lead) || short_preamble(lead) {
            return lead_subject(text, Span::new(span.start + next, span.end));
        }
    }
    if let Some(comma) = tag::find_str(s, ", ") {
        // (Not "Clinton, who …": a relative clause describes the subject before it.)
        // (Nor "The researchers, led by …,": a participle and its agent describe a noun
        // phrase before them too, not a preamble such as "Last week, backed by …,".)
        let noun_phrase = || {
            let mut lead = s[..comma].split(' ');
            lead.next().is_some_and(|w| tag::lower_in(w, tag::ARTICLES))
                && lead.count() <= 2
                && !s[..comma].split(' ').any(|w| tag::lower_in(w, tag::TIME))
        };
        let mut after = s[comma + 2..].split(' ');
        // "The researchers, from Imperial College London, tracked …", "The Clinton campaign, in
        // a Q&A on the e-mail controversy, worded …": a prepositional phrase set off by commas
        // after a noun phrase headed by people or a body describes it, which is the subject.
        // (Not a time: "The day before, at a rally in Beaumont, Mr. Trump was …".)
        let described = || {
            let head = s[..comma]
                .rsplit(' ')
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            noun_phrase() && (tag::person_head(&head) || tag::source_noun(&head))
        };
        if after
            .clone()
            .next()
            .is_some_and(|w| tag::lower_in(w, &["at", "from", "in", "of", "on", "with"]))
            && described()
        {
            return Some(Span::new(span.start, span.start + comma));
        }
        let relative = after.next().is_some_and(|w| {
            tag::lower_in(w, tag::RELATIVES)
                || w.ends_with("ed") && after.next() == Some("by") && noun_phrase()
        });
        // ("West, 26, began rapping …", "Mark Weddle, 55, started work …": a name and an age.)
        let age = s[comma + 2..].split(' ').next().is_some_and(|w| {
            w.strip_suffix(',').is_some_and(|n| {
                (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit())
            })
        });
        let name = || {
            let name = &s[..comma];
            name.split(' ').count() <= 4 && tag::is_capitalized_name(name)
        };
        // ("The Scottish National Party's Holyrood leader, Nicola Sturgeon, welcomed …": a
        // person named in apposition after a role.)
        if let Some(name) = role_apposition(s, comma) {
            return Some(Span::new(span.start + name.start, span.start + name.end));
        }
        if named_apposition(s, comma) || age && name() {
            // (Less a conjunction before the name: "But Sir Bernard Ingham, …".)
            let skip = joined_name(s);
            return Some(Span::new(span.start + skip, span.start + comma));
        }
        // ("Jones met Trump, saying …": a short lead before a participle is the clause the
        // participle hangs on, not a preamble.)
        let participle = s[comma + 2..].split(' ').next().is_some_and(|w| {
            w.len() > 5
                && w.ends_with("ing")
                && w.starts_with(char::is_lowercase)
                && !tag::lower_in(w, PREPOSITIONAL_PARTICIPLES)
        });
        let lead = &s[..=comma];
        // (Nor a relation of someone before a name in apposition: "His wife, Janet, is …"; see
        // below.)
        let relation = lead.len() <= RELATION_LEAD
            && tag::lower_in(lead.split(' ').next().unwrap_or(""), RELATION_OWNERS)
            && words_at_most(lead, 3);
        if !relative && !relation && (long_preamble(lead) || !participle && short_preamble(lead)) {
            return lead_subject(text, Span::new(span.start + comma + 2, span.end));
        }
    }
    let mut words = s
        .split(' ')
        .scan(0usize, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
        // ("Earlier Mr Kennedy, whose party …": an adverb of time with no comma.)
        .skip_while(|(_, w)| {
            let w = w.trim_end_matches(',');
            tag::lower_in(w, CONNECTIVES)
                || tag::lower_in(w, &["earlier", "later", "separately"])
                // ("83-year-old Yuji Shimizu contemplates …": an age before the name.)
                || w.starts_with(|c: char| c.is_ascii_digit()) && w.ends_with("-year-old")
                // ("10:20 The Environment Agency has …": a live page's time of the entry.)
                || clock_time(w)
        })
        .peekable();
    let &(first_at, first) = words.peek()?;
    // "Her colleague Linda Park voted …", "His wife, Hillary, said …": a relation of someone
    // before the name, which is the subject.
    if tag::lower_in(first, RELATION_OWNERS) {
        let mut at = first_at + first.len() + 1;
        for w in s.get(at..)?.split(' ').take(2) {
            // (Its comma before the name in apposition: "His wife, Janet, is …".)
            let bare = w.strip_suffix(',').unwrap_or(w);
            let plain =
                !bare.is_empty() && bare.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            if !plain {
                break;
            }
            at += w.len() + 1;
            let next = s.get(at..)?.trim_start_matches(',').trim_start();
            if next.starts_with(char::is_uppercase) {
                let from = span.start + (s.len() - next.len());
                // (A name between commas is the subject whole: "His wife, Janet, is …".)
                if bare.len() < w.len() {
                    let name = &next[..next.find(',')?];
                    return (words_at_most(name, 4) && tag::is_capitalized_name(name))
                        .then(|| Span::new(from, from + name.len()));
                }
                return read_lead_subject(text, Span::new(from, span.end), false);
            }
        }
        return None;
    }
    // "Speaking at the conference he said:", "Asked if …": a participle opens no subject;
    // "Among them were blogs …", "Although in the next breath he declared:": nor does a
    // preposition or a conjunction.
    let name = || named_ing(first, s[first_at + first.len()..].split_whitespace());
    if first.ends_with("ing") && !name() || tag::lower_in(first, NO_SUBJECT) {
        return None;
    }
    // A pronoun opens the sentence, or follows its connective ("Meanwhile, it attacked …").
    // (Or after a preamble: "In interviews on Sunday, he defended …".)
    if tag::pronoun(first).is_some()
        && (first.chars().next().is_some_and(char::is_uppercase) || first_at > 0 || after_preamble)
    {
        return Some(Span::new(
            span.start + first_at,
            span.start + first_at + first.len(),
        ));
    }
    // "presidential nominee Hillary Clinton was …", "former president Bill Clinton told …": a
    // role in lower case before a full name, and the verb.
    // ("Former civil service chief Lord Butler has …": a role's adjective opening the sentence.)
    let role_adjective = ROLE_ADJECTIVES
        .iter()
        .find(|a| a.eq_ignore_ascii_case(first))
        .copied();
    if first.starts_with(char::is_lowercase) || role_adjective.is_some() {
        // (The first eight words, with no allocation: this runs for many sentences.)
        let mut rest = [""; 8];
        let mut n = 0;
        for w in s[first_at..].split(' ').take(8) {
            rest[n] = w;
            n += 1;
        }
        if let Some(a) = role_adjective {
            rest[0] = a;
        }
        for len in 3..n {
            let next = rest[len];
            if rest[..len]
                .iter()
                .all(|w| !w.is_empty() && !w.ends_with(','))
                && tag::possessor(rest[len - 1]).is_none()
                && next.starts_with(char::is_lowercase)
                && tag::possessor(next).is_none()
                && tag::role_then_name(&rest[..len])
            {
                let e = first_at + rest[..len].iter().map(|w| w.len() + 1).sum::<usize>() - 1;
                return Some(Span::new(span.start + first_at, span.start + e));
            }
        }
    }
    let mut end = None;
    // "The justice sounded off …": a determiner and a noun of a person, no capital.
    let mut noun_end = None;
    // "The Tory leader has …": the titles after the run's last capital.
    let mut title_end = None;
    let mut n = 0;
    while let Some((at, w)) = words.next() {
        // "Florida Gov. Rick Scott (R) blasted …": a parenthesis inside the subject.
        if n > 0 && w.starts_with('(') && w.ends_with(')') {
            continue;
        }
        // ("Sen. Bernie Sanders (Vt.), who lost …, identified …": one before a relative clause
        // closes the name.)
        if n > 0
            && w.starts_with('(')
            && w.ends_with("),")
            && words
                .peek()
                .is_some_and(|(_, next)| tag::lower_in(next, tag::RELATIVES))
        {
            if let Some(e) = end {
                return Some(Span::new(span.start + first_at, span.start + e));
            }
        }
        let capital = w.chars().next().is_some_and(char::is_uppercase);
        // "Clinton, who was speaking to the mayors, …": a relative clause after the name;
        // "Mitch McConnell, R-Ky., delivered …": a party and a state.
        let party_state = |next: &str| {
            let b = next.as_bytes();
            b.len() >= 4
                && matches!(b[0], b'R' | b'D' | b'I')
                && b[1] == b'-'
                && next.ends_with(',')
        };
        if capital
            && n < 6
            && w.ends_with(',')
            && words
                .peek()
                .is_some_and(|(_, next)| tag::lower_in(next, tag::RELATIVES) || party_state(next))
        {
            let e = at + w.len() - 1;
            return Some(Span::new(span.start + first_at, span.start + e));
        }
        // "the U.S. Court of Appeals": an article opens the run; "Lib Dem chairman Matthew
        // Taylor": a title between capitalised words is part of it.
        // ("EBay president and chief executive Meg Whitman called …": two titles joined.)
        let joined_titles = n > 0
            && w == "and"
            && words
                .peek()
                .is_some_and(|(_, next)| tag::title_noun(next) || tag::lower_in(next, &["chief"]));
        // (Those joining words do not count towards the run's length.)
        if joined_titles || (n > 0 && w == "chief") {
            continue;
        }
        // ("President da Silva", "Ursula von der Leyen": a particle inside a name.)
        let particle = n > 0
            && tag::lower_in(w, tag::NAME_PARTICLES)
            && words
                .peek()
                .is_some_and(|(_, next)| next.starts_with(char::is_uppercase));
        let inner = (tag::lower_in(w, &["of", "for", "the"]) && (n > 0 || w == "the"))
            || (n > 0 && tag::title_noun(w))
            || particle;
        // ("The prime minister's official spokesman also rejected …": a title's possessive
        // closes the run, as a name's does, and the noun after it heads the subject.)
        if n > 0
            && !capital
            && end.is_some()
            && tag::possessor(w).is_some_and(tag::title_noun)
            && words
                .peek()
                .is_some_and(|(_, x)| x.starts_with(char::is_lowercase))
        {
            end = Some(at + w.len());
            n += 1;
            continue;
        }
        if (capital || inner) && !w.ends_with(',') && n < 6 {
            if capital {
                end = Some(at + w.len());
                title_end = None;
            } else if n == 1 && tag::title_noun(w) {
                noun_end = Some(at + w.len());
            } else if n > 1 && end.is_some() && tag::role_noun(w) {
                title_end = Some(at + w.len());
            }
            n += 1;
            continue;
        }
        // "The Oscar-nominated actor, whose …": a noun of a person after the run heads a
        // description.
        let noun = w.trim_end_matches(',');
        // "The researchers, led by …, followed …": an article and a noun of people before the
        // comma of a description.
        if n == 1
            && w.ends_with(',')
            && tag::lower_in(first, tag::ARTICLES)
            && (tag::person_head(noun) || tag::agent_head(noun))
        {
            let e = at + noun.len();
            return Some(Span::new(span.start + first_at, span.start + e));
        }
        if end.is_some() && tag::lower_in(first, tag::ARTICLES) && tag::title_noun(noun) {
            let e = at + noun.len();
            return Some(Span::new(span.start + first_at, span.start + e));
        }
        // The run must be followed by a lower-case word (its verb). Before a noun it qualifies
        // ("UK advertising giant WPP", "Dutch firm Heineken", "Fox producers"), after a
        // possessive ("Russia's president") or an article ("The harbor board"), the subject
        // runs on to the noun that heads it, and any name in apposition after it.
        let lower = w.chars().next().is_some_and(char::is_lowercase);
        // "Analysts at Jefferies cut …", "Scientists from Imperial College London analysed …":
        // a plural of people opening the sentence takes the body it works at, as a tag's
        // phrase does ("Analysts at Jefferies said").
        if n == 1 && end.is_some() && tag::lower_in(w, &["at", "from"]) {
            if let Some(e) = affiliation_end(words.clone()).filter(|_| tag::people_plural(first)) {
                return Some(Span::new(span.start + first_at, span.start + e));
            }
        }
        // ("Oxfam senior policy adviser Max Lawson welcomed …": a role runs on to a name.)
        if lower && end.is_some() && !tag::lower_in(first, tag::ARTICLES) {
            if let Some(e) = role_name_end(std::iter::once((at, w)).chain(words.clone())) {
                return Some(Span::new(span.start + first_at, span.start + e));
            }
        }
        let last = end.map_or("", |e| s[..e].rsplit(' ').next().unwrap_or(""));
        let possessive = tag::possessor(last).is_some();
        let article = n == 1 && tag::lower_in(last, tag::ARTICLES);
        let head_noun = |w: &str| tag::source_noun(&w.to_ascii_lowercase());
        let modifier = |w: &str| w.len() > 4 && w.ends_with("ing") || head_noun(w);
        if lower && end.is_some() && (possessive || article || modifier(w)) {
            let mut head = None;
            let mut next = Some((at, w));
            for _ in 0..HEAD_REACH {
                let Some((a, x)) = next.filter(|(_, x)| x.starts_with(char::is_lowercase)) else {
                    break;
                };
                if let Some(noun) = x.strip_suffix(',') {
                    // "A rebel spokesman, speaking by telephone, gave …": the noun before a
                    // clause set off by commas heads the subject.
                    if head_noun(noun)
                        && words
                            .peek()
                            .is_some_and(|(_, y)| y.starts_with(char::is_lowercase))
                    {
                        return Some(Span::new(
                            span.start + first_at,
                            span.start + a + noun.len(),
                        ));
                    }
                    break;
                }
                if head_noun(x) {
                    // ("Acme surveyed 500 firms and found …": a participle of polling before its
                    // object is the verb, and the run alone the subject; "Americans surveyed by
                    // Gallup" is a noun and its participle.)
                    let object = words.peek().is_some_and(|&(_, y)| {
                        y.starts_with(|c: char| c.is_ascii_digit())
                            || y.starts_with(char::is_lowercase)
                                && (head_noun(y) || tag::lower_in(y, tag::ARTICLES))
                    });
                    if tag::lower_in(x, tag::POLLED) && object {
                        break;
                    }
                    head = Some(a + x.len());
                    // ("The two big companies will …", "The three Japanese firms have …": a
                    // number's noun after its adjectives.)
                    if tag::lower_in(x, tag::NUMBER_WORDS) {
                        let mut ahead = words.clone();
                        for _ in 0..2 {
                            match ahead.next() {
                                Some((a, y))
                                    if !y.ends_with(',')
                                        && y.starts_with(char::is_lowercase)
                                        && head_noun(y) =>
                                {
                                    head = Some(a + y.len());
                                    words = ahead;
                                    break;
                                }
                                Some((_, y))
                                    if !y.ends_with(',')
                                        && (tag::demonym(y)
                                            || tag::lower_in(y, SIZE_ADJECTIVES)) => {}
                                _ => break,
                            }
                        }
                    }
                    // (The last of a compound: "The harbor board".)
                    while let Some(&(a, x)) = words
                        .peek()
                        .filter(|(_, x)| x.starts_with(char::is_lowercase) && head_noun(x))
                    {
                        head = Some(a + x.len());
                        words.next();
                    }
                    break;
                }
                next = words.next();
            }
            // (With no such noun, the run is the subject: "Ortiz's reply was:", "Ana Ortiz
            // writing at the Gazette:".)
            if let Some(mut e) = head {
                while let Some(&(a, x)) = words.peek() {
                    if !x.starts_with(char::is_uppercase) || x.ends_with(',') {
                        break;
                    }
                    e = a + x.len();
                    words.next();
                }
                // (Or the zone ends there: "From Bush's Facebook post:"; "A number of …" is no
                // subject here.)
                // ("Two officials disagreed, saying …": a verb in the past may take the comma
                // before a participle.)
                let verb = words.peek().is_none_or(|&(_, x)| {
                    x.starts_with(char::is_lowercase)
                        && !modifier(x)
                        && (!x.ends_with(',') || x.trim_end_matches(',').ends_with("ed"))
                        && !x.eq_ignore_ascii_case("of")
                });
                return verb.then(|| Span::new(span.start + first_at, span.start + e));
            }
        }
        // ("Maine's governor has …": a title after a possessive too.)
        // ("Another aide disagreed, saying …": so does a determiner of one.)
        let determined = n == 2 && (tag::lower_in(first, &["another", "one", "the"]) || possessive);
        // ("The president left …": the capitalised article alone is no name.)
        let article_alone = end == Some(first_at + first.len());
        let subject = if determined && noun_end.is_some() {
            noun_end
        } else if tag::lower_in(first, tag::ARTICLES) && title_end.is_some() {
            title_end
        } else if tag::lower_in(first, tag::ARTICLES) && article_alone && noun_end.is_some() {
            // ("A spokesman for the council's standards committee said …": the noun after
            // the article heads the subject, not the capitalised article alone.)
            noun_end
        } else {
            end
        };
        return subject
            .filter(|_| lower)
            .map(|e| Span::new(span.start + first_at, span.start + e));
    }
    None
}

/// Where the name of a body after "at" or "from" ends (offsets of [`read_lead_subject`]'s
/// words), when a lower-case word (the verb) follows it: "Jefferies", "the University of
/// Oxford", "Imperial College London". `None` for anything else ("Officials at the meeting").
fn affiliation_end<'a>(words: impl Iterator<Item = (usize, &'a str)>) -> Option<usize> {
    let mut end = None;
    for (n, (at, w)) in words.enumerate() {
        let capital = w.starts_with(char::is_uppercase);
        let inner = n > 0 && end.is_some() && tag::lower_in(w, &["of", "for", "and"])
            || n == 0 && w.eq_ignore_ascii_case("the");
        if capital && !w.ends_with(',') && n < AFFILIATION_WORDS {
            end = Some(at + w.len());
        } else if !inner || n >= AFFILIATION_WORDS {
            // The verb after the name, in lower case.
            return (end.is_some() && w.starts_with(char::is_lowercase) && !w.ends_with(','))
                .then_some(end)
                .flatten()
                // (Not a name's inner word closing it: "at the Bank of".)
                .filter(|&e| e + 1 == at);
        }
    }
    None
}

/// Most words of a body's name after "at" or "from" ([`affiliation_end`]).
const AFFILIATION_WORDS: usize = 6;

/// Adjectives of a role that may open a sentence before it ("Former civil service chief Lord
/// Butler", "Outgoing chairman …"), read as the lower-case role they qualify.
const ROLE_ADJECTIVES: &[&str] = &["acting", "ex", "former", "incoming", "outgoing", "then"];

/// Words of a field or a rank inside a role in lower case between a body's name and a person's
/// ("Oxfam senior policy adviser Max Lawson", "Labour campaign chief …"; see [`role_name_end`]).
const ROLE_FIELDS: &[&str] = &[
    "assistant",
    "campaign",
    "communications",
    "deputy",
    "economic",
    "foreign",
    "junior",
    "legal",
    "media",
    "policy",
    "political",
    "press",
    "principal",
    "research",
    "senior",
];

/// Where a person's name ends after a role in lower case that goes on from a capitalised run
/// opening a sentence ("Oxfam senior policy adviser Max Lawson welcomed …": from "policy"), when
/// the role is at most three words of [`ROLE_FIELDS`] or titles, closed by a noun of a person,
/// and a name of two or three capitalised words follows it, then a verb in lower case.
fn role_name_end<'a>(mut words: impl Iterator<Item = (usize, &'a str)>) -> Option<usize> {
    let plain = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    let mut role = 0;
    let mut next = words.next();
    while let Some((_, w)) = next.filter(|&(_, w)| plain(w)) {
        if role == 3 || !(tag::lower_in(w, ROLE_FIELDS) || tag::role_noun(w)) {
            return None;
        }
        role += 1;
        next = words.next();
        if tag::role_noun(w) && next.is_some_and(|(_, x)| tag::is_capitalized(x)) {
            break;
        }
    }
    let mut name = 0;
    let mut end = None;
    while let Some((at, x)) = next.filter(|&(_, x)| tag::is_capitalized(x) && !x.ends_with(',')) {
        name += 1;
        end = Some(at + x.len());
        next = words.next();
    }
    let verb = next.is_some_and(|(_, x)| plain(x));
    (role > 0 && (2..=3).contains(&name) && verb).then_some(end?)
}

/// Adjectives that may stand between a number and its noun in a subject ("The two big
/// companies"); a verb may not ("The two met officials").
const SIZE_ADJECTIVES: &[&str] = &[
    "big", "biggest", "large", "largest", "leading", "local", "main", "major", "other", "rival",
    "small", "smaller",
];

/// Most lower-case words between a capitalised run opening a sentence and the noun that heads
/// the subject ("UK advertising giant WPP", "China's state-owned investment giant CITIC").
const HEAD_REACH: usize = 4;

/// Conjunctions that may open a sentence before its subject's name, with no comma ("But Sir
/// Bernard Ingham, …, took …").
const JOINED_NAME: &[&str] = &["and", "but", "yet"];

/// The bytes of a conjunction in [`JOINED_NAME`] and its space opening `s`, else 0.
fn joined_name(s: &str) -> usize {
    s.split_once(' ')
        .filter(|(w, _)| tag::lower_in(w, JOINED_NAME))
        .map_or(0, |(w, _)| w.len() + 1)
}

/// The name (within `s`) set off by commas after a role that opens `s`, its first comma at
/// `comma`, before a verb: "The Scottish National Party's Holyrood leader, Nicola Sturgeon,
/// welcomed …", "ITV's controller of entertainment, Claudia Rosencrantz, said …".
fn role_apposition(s: &str, comma: usize) -> Option<Span> {
    let rest = &s[comma + 2..];
    let next = tag::find_str(rest, ", ")?;
    let name = &rest[..next];
    let verb = rest[next + 2..].split(' ').next()?;
    let words = name.split(' ').count();
    // (A person's name, a title before it or not: "Her colleague, Councillor Fiona Baird, voted
    // …", "His lawyer, Mr Haddad, said …".)
    // (Or a name that tells no sex, "Dana Whitfield", that reads as a person's: the role before
    // it is checked to be a person's below.)
    let person_name = || {
        tag::sex_of_name_or_title(name).is_some()
            || name.split_once(' ').is_some_and(|(title, rest)| {
                tag::lower_in(title.trim_end_matches('.'), tag::TITLES)
                    && tag::sex_of_name(rest).is_some()
            })
            || words <= 3
                && matches!(
                    tag::classify(name, false),
                    Some(Mention::Named {
                        kind: SourceKind::Person,
                        ..
                    })
                )
    };
    if !(2..=4).contains(&words)
        || !tag::is_capitalized_name(name)
        || !person_name()
        || !verb.starts_with(|c: char| c.is_ascii_lowercase())
        || tag::lower_in(verb, tag::RELATIVES)
        // (A preposition after the name: "The letter also accuses one of the journalists,
        // Susanne Rust, of ignoring …" is a clause's object, no subject.)
        || tag::lower_in(verb, tag::PREPOSITIONS)
    {
        return None;
    }
    // (The role: a few words headed by a person's noun or a title, in lower case or after a
    // possessive; not a place or a time, "In Iowa, Hillary Clinton, …".)
    let role = &s[joined_name(&s[..comma])..comma];
    let head = role.rsplit(' ').next().unwrap_or("");
    let first = role.split(' ').next().unwrap_or("");
    let person = tag::lower_in(head, tag::TITLES) || tag::person_head(head);
    (person
        && role.split(' ').count() <= ROLE_WORDS
        && !tag::lower_in(first, PREAMBLES)
        && !tag::lower_in(first, NO_SUBJECT))
    .then(|| Span::new(comma + 2, comma + 2 + next))
}

/// Most words of a role before a name in apposition ([`role_apposition`]).
const ROLE_WORDS: usize = 8;

/// True when `s` opens with a name and an apposition before a verb, its first comma at `comma`:
/// "Michael J. Petrilli, president of the Thomas B. Fordham Institute, tied …" (the name is the
/// subject, not a preamble like "Finally," or "In Iowa,").
fn named_apposition(s: &str, comma: usize) -> bool {
    // (After a conjunction with no comma: "But Sir Bernard Ingham, …, took …".)
    let name = &s[joined_name(&s[..comma])..comma];
    // (At most four words: three spaces.)
    // (Or a role and a name: "Former Riverside captain Mark Ellis, now a pundit, was …".)
    // (Read only for a name with a word in lower case, within a role's words.)
    let role_named = || {
        name.rsplit(' ')
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && name.split(' ').any(|w| w.starts_with(char::is_lowercase))
            && words_at_most(name, ROLE_WORDS)
            && tag::role_and_name(&name.split(' ').collect::<Vec<_>>()).is_some()
    };
    let named = (words_at_most(name, 4)
        && name
            .split(' ')
            .all(|w| w.starts_with(char::is_uppercase) && !tag::lower_in(w, CONNECTIVES))
        || role_named())
        && !tag::lower_in(name.split(' ').next().unwrap_or(""), PREAMBLES);
    if !named {
        return false;
    }
    let rest = &s[comma + 2..];
    let Some(next) = tag::find_str(rest, ", ") else {
        return false;
    };
    let apposition = &rest[..next];
    // (Or with a possessive: "Margaret Thatcher's former press secretary".)
    let opens = apposition.split(' ').next().is_some_and(|w| {
        w.starts_with(|c: char| c.is_ascii_lowercase()) || tag::lower_in(w, tag::ARTICLES)
    }) || apposition
        .split(' ')
        .take(3)
        .any(|w| tag::possessor(w).is_some());
    let verb = rest[next + 2..]
        .split(' ')
        .next()
        .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()));
    opens && verb && words_at_most(apposition, 12)
}

/// True when `found` is a plain tag of saying closing its sentence after a comma: its source's
/// phrase opening the tag right after `lead` (three words or more, its first no preposition of
/// [`tag::PREPOSITIONS`]; or after a relay, "…, the Gazette quoted X as saying."), its cue a verb of
/// saying in [`CLOSING_SAYING`] right after the phrase, and nothing but a circumstance after it
/// (`rest`): "…, a spokesman for the ministry said on Tuesday."
fn closing_plain_tag(text: &str, found: &Found, lead: &str, rest: &str) -> bool {
    let between = text
        .get(found.phrase.end..found.tag.end)
        .unwrap_or("")
        .trim();
    let saying = saying_right_after(between);
    // ("Ferry fares will rise, the Gazette quoted an official as saying.": the one who quotes,
    // a few words opening the tag, relays the one quoted.)
    let relayed = || {
        let relay = text
            .get(found.tag.start..found.phrase.start)
            .unwrap_or("")
            .trim_end();
        between.eq_ignore_ascii_case("as saying")
            && words_at_most(relay, 6)
            && tag::lower_in(relay.rsplit(' ').next().unwrap_or(""), tag::QUOTING)
    };
    let opens = found.phrase.start == found.tag.start;
    lead.ends_with(',')
        && (opens && saying || relayed())
        && ends_sentence(rest)
        && !words_at_most(lead, 2)
        // (Not a lead that is all circumstance: "During the debate, Clinton said." "In 2003,
        // crop production totalled …" is a clause after its own preamble, and stays content.)
        && lead_words(lead)
            .next()
            .is_some_and(|w| !tag::lower_in(w, tag::PREPOSITIONS))
}

/// True when `between`, the words of a tag between its source's phrase and its end, are a verb
/// of [`CLOSING_SAYING`] with no auxiliary before it but "had", "has" or "have" ("said", "have
/// said").
fn saying_right_after(between: &str) -> bool {
    let mut verbs = between.split(' ');
    let verb = verbs.next_back().unwrap_or("");
    verbs.all(|w| tag::lower_in(w, &["had", "has", "have"])) && tag::lower_in(verb, CLOSING_SAYING)
}

/// Verbs of saying that [`closing_plain_tag`] takes (sorted).
const CLOSING_SAYING: &[&str] = &[
    "added",
    "adds",
    "announced",
    "claimed",
    "claims",
    "noted",
    "notes",
    "reported",
    "reports",
    "said",
    "say",
    "says",
    "stated",
    "states",
    "warned",
    "warns",
    "writes",
    "wrote",
];

/// True when `s` has at most `n` words parted by single spaces (as `s.split(' ').count() <= n`,
/// without walking the rest of a long `s`).
fn words_at_most(s: &str, n: usize) -> bool {
    n > 0 && memchr::memchr_iter(b' ', s.as_bytes()).nth(n - 1).is_none()
}

/// The share of `span` that the content reported by `tag` fills: the text after the tag when the
/// tag leads ("Kirby said that …"), the text before it when it follows ("…, Kirby said"), less
/// any preamble and any afterthought after a comma.
fn content_share(text: &str, span: Span, found: &Found) -> f64 {
    let mut t = found.tag;
    if let Some(d) = found.descriptor {
        t = Span::new(t.start.min(d.start), t.end.max(d.end));
    }
    // "“…,” a senior official told Reuters, speaking on condition of anonymity.": after a
    // quotation, the condition of its source's anonymity closing the sentence is the tag's,
    // neither content nor the author's claim, as a long tag after a quotation is neither.
    // (Not after words unquoted: "He had no buyer, he said, on condition of anonymity …" stays
    // the author's report, as PolNeAR gives it.)
    // (Whether a quotation closes the lead is read once, here, and passed on to
    // `unbracketed_share`, which needs it too.)
    let quotation = closes_quotation(text[span.start..t.start.max(span.start)].trim_end());
    let span = if quotation {
        Span::new(
            span.start,
            span.end - anonymity_condition(&text[t.end.min(span.end)..span.end]),
        )
    } else {
        span
    };
    let before = Span::new(span.start, t.start.max(span.start));
    let after = Span::new(t.end.min(span.end), span.end);
    let lead = text[before.range()].trim_end();
    let rest = &text[after.range()];
    // "Iowa (93 percent of its voters were white, according to exit polls), New Hampshire …": a
    // tag inside brackets reports no more than the bracket's words.
    let bracket = lead
        .rfind('(')
        .filter(|&i| !lead[i..].contains(')'))
        .and_then(|open| Some(lead.len() - open - 1 + rest.find(')')?));
    // "According to the company's official history, the first crossing took place in 1921.":
    // a source after its cue opening the sentence, a comma after it, leaves all the rest to
    // the content however long the source's phrase.
    if lead_words(lead).all(|w| tag::lower_in(w, CONNECTIVES))
        && takes_source_after(text, found.tag)
        && rest.starts_with(", ")
        && words_at_most(rest.trim(), 64)
        && !words_at_most(rest.trim(), 3)
    {
        return 1.0;
    }
    let share = unbracketed_share(text, span, found, before, rest, quotation);
    match bracket {
        Some(inside) => share.min(inside as f64 / span.len().max(1) as f64),
        None => share,
    }
}

/// How many bytes at the end of `rest`, the words after a tag, a clause of the source's
/// anonymity takes: from its comma to the end (", speaking on condition of anonymity because
/// they were not authorized to …", ", who asked not to be named."). 0 when there is none.
fn anonymity_condition(rest: &str) -> usize {
    let Some(comma) = memchr::memrchr(b',', rest.as_bytes()) else {
        return 0;
    };
    let clause = rest[comma + 1..].trim_start();
    let condition = ANONYMITY_CLAUSES.iter().any(|c| {
        clause
            .get(..c.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(c))
    });
    if condition {
        rest.len() - comma
    } else {
        0
    }
}

/// Openings of a clause that gives a source's anonymity ([`anonymity_condition`]).
const ANONYMITY_CLAUSES: &[&str] = &[
    "asking not to be identified",
    "asking not to be named",
    "on condition of anonymity",
    "speaking anonymously",
    "speaking on condition of anonymity",
    "speaking on the condition of anonymity",
    "who asked not to be identified",
    "who asked not to be named",
    "who spoke on condition of anonymity",
    "who spoke on the condition of anonymity",
];

/// [`content_share`] with no regard to brackets, `before` and `rest` the text before and after
/// the tag, `quotation` whether `before` closes a quotation ([`closes_quotation`]).
fn unbracketed_share(
    text: &str,
    span: Span,
    found: &Found,
    before: Span,
    mut rest: &str,
    quotation: bool,
) -> f64 {
    let lead = text[before.range()].trim_end();
    // (The tag's own bytes, its descriptor's with them.)
    let tagged = span.len().saturating_sub(before.len() + rest.len());
    // The share of the sentence less the tag that `content` bytes fill: a tag that is neither
    // content nor the author's words (after a quotation, or closing the sentence after its cue).
    let beside_tag =
        |content: usize| content as f64 / span.len().saturating_sub(tagged).max(1) as f64;
    // "Asked about his future, the Argentine said: 'I am happy here.'": a quotation the tag
    // opens with a colon is the sentence's claim, the lead before the tag its circumstance.
    // (Not after a clause of the author's that the tag's own clause joins: "Duff was injured at
    // Newcastle and manager Jose Mourinho said: '…'", "…, with a spokesperson saying: '…'".)
    let joined = last_lead_word(lead)
        .is_some_and(|w| tag::lower_in(w, &["and", "but", "whereas", "while", "with", "yet"]));
    // (After the tag's object too, "Ms Ortiz told the council: '…'", when the tag opens the
    // sentence or follows its preamble; not deep in a clause of the author's, "… failed to deny
    // claims he had once told Mr Blair: '…'".)
    let opens = || {
        let before_source = text[span.start..found.phrase.start.max(span.start)].trim_end();
        before_source.is_empty() || before_source.ends_with(',')
    };
    let colon = rest.strip_prefix(':').or_else(|| {
        let (object, q) = rest.split_once(':').filter(|_| opens())?;
        (!object.contains([',', ';', '"', '\u{201C}', '\u{2018}', '\''])
            && words_at_most(object.trim(), 8))
        .then_some(q)
    });
    if let Some(q) = colon {
        let q = q.trim_start();
        if !joined && (q.starts_with(['"', '\u{201C}', '\u{2018}']) || q.starts_with("''")) {
            return 1.0;
        }
    }
    // "Politico reported, according to sources in the meeting, Clinton …", "The Times
    // reported, citing people familiar with the inquiry, that …": the content follows the
    // source that the report cites.
    if found.phrase.start == found.tag.start {
        // (After a circumstance of the report's own: "reported on Monday, citing …, that".)
        let time = time_before_relay(rest);
        // (Not after a quotation: "'…,' he said, citing low growth, …" gives his grounds.)
        let relay = if quotation {
            according_relay(&rest[time..])
        } else {
            cited_relay(&rest[time..])
        };
        if let Some(resume) = relay {
            rest = &rest[time + resume..];
        }
    }
    // "…, a spokeswoman said on Saturday, and …": a circumstance between the tag and the comma
    // after it is the tag's, which is set off by commas all the same, after a clause of
    // content (not a preamble, "Earlier this week,") and before more of it (not an
    // afterthought, "…, as …").
    // (The circumstance first, by its first word: most tags have none.)
    let opens_circumstance = || {
        lead_words(rest)
            .next()
            .is_some_and(|w| tag::lower_in(w, CIRCUMSTANCE_OPENERS) || tag::lower_in(w, DAYS))
    };
    if lead.ends_with(',') && found.phrase.start == found.tag.start && opens_circumstance() {
        if let Some(c) = rest
            .find(',')
            .filter(|&c| c > 0 && circumstance(&rest[..c]))
        {
            let next = lead_words(&rest[c..]).next().unwrap_or("");
            if !tag::lower_in(next, AFTERTHOUGHTS) && !short_preamble(lead) && !long_preamble(lead)
            {
                rest = &rest[c..];
            }
        }
    }
    // "…, Kirby said, …": a tag set off by commas leaves both sides to the content.
    let parenthetical = lead.ends_with(',') && rest.starts_with(',');
    // "Survival, Mr. VandeHei says, depends on …": a tag set in the middle of its content (the
    // source before the cue) leaves the rest to the content, clauses and all; after an inverted
    // tag ("…, said Rita Katz, who …") the clause is the author's, and so is the usual
    // condition ("…, he said, on condition of anonymity").
    let source_first = found.phrase.start == found.tag.start;
    let inserted =
        parenthetical && source_first && !rest[1..].trim_start().starts_with("on condition");
    // "…, Kirby said": what came before is content, unless it is a preamble ("Last week,").
    // (`quotation`: "'…,' Kirby said".)
    // "… 46 percent to 39 percent according to a CBS poll.": a source after its cue closing the
    // sentence has the words before it for content, comma or none.
    // (So does a headline's: "House prices rebound says Halifax".)
    let cue = {
        let t = &text[found.tag.range()];
        Span::new(
            found.tag.start,
            found.tag.start + t.find(' ').unwrap_or(t.len()),
        )
    };
    // (So does an inverted tag with no comma before it: "… educational elements said Mr
    // Owen.")
    // (Or with a role after the name: "… issue said MP Richard Allan, Liberal Democrat
    // spokesman on IT.")
    let closing_source = !source_first
        && (takes_source_after(text, found.tag)
            || headline_close(text, cue)
            || tag::lower_in(&text[cue.range()], INVERTING))
        && (ends_sentence(rest)
            // (After a name's initials in brackets: "…, according to the Equal Opportunities
            // Commission (EOC).")
            || bracket_after(rest).is_some_and(|n| ends_sentence(&rest[n..]))
            || found.descriptor.is_none()
                && closing_role(text, found.tag.end).is_some_and(|r| r.end + 1 >= span.end))
        && !lead.is_empty();
    // (Or before an afterthought of the author's after a comma: "…, according to two people
    // familiar with the plans, as polls show the race tightening.")
    let before_afterthought = || {
        !source_first
            && takes_source_after(text, found.tag)
            && rest.starts_with(", ")
            && lead_words(rest)
                .next()
                .is_some_and(|w| tag::lower_in(w, &["as", "while", "whereas"]))
    };
    // "In the public sector, one in ten customers were affected, a bank spokesman told
    // Reuters.": a tag closing its sentence with no more than its hearer has the words before
    // it for content, whatever opens them.
    let to_hearer = || {
        lead.ends_with(',')
            && told_hearer(text, found, rest)
            && lead_words(rest).nth(HEARER_WORDS).is_none()
    };
    let content_before = if quotation
        || closing_source
        || before_afterthought()
        || to_hearer()
        || lead.ends_with([',', '\u{2014}'])
            && (parenthetical
                // (A colon after the tag opens its words, which follow: "In a 1963 speech, he
                // declared:" has a preamble before it, not content.)
                || ends_sentence(rest) && !rest.trim_start().starts_with(':')
                // (Or its clause, closed by a semicolon: "…, political analysts say; in 2012,
                // Mitt Romney stumbled with 27 percent.")
                || rest.starts_with(';')
                || !(short_preamble(lead) || source_first && long_preamble(lead)))
    {
        before.len()
    } else {
        0
    };
    // "Kirby said [in a statement] that …[, afterthought]": the content opens with "that", after
    // a short adverbial ("said in a statement that"); elsewhere "that" is inside the content
    // ("Kirby said officials have video that shows …").
    let near = &rest[..tag::floor_char(rest, rest.len().min(84))];
    let from = tag::str_starts(near, "that ")
        .find(|&i| {
            (i == 0 || !rest.as_bytes()[i - 1].is_ascii_alphanumeric())
                && introduces_that(&text[found.tag.range()], &rest[..i])
                // (Not a second clause of the content: "told Reuters the deal was off and that
                // …".)
                && !last_lead_word(&rest[..i])
                    .is_some_and(|w| tag::lower_in(w, &["and", "but", "or"]))
        })
        .unwrap_or(0);
    let body = &rest[from..];
    // "'…,' Kirby said during a briefing at the Pentagon.": after a tag that follows its
    // content, the rest is the author's unless it goes on reporting (a comma after the tag, a
    // quotation, "that …").
    let goes_on = parenthetical
        || from > 0
        // "'…,' Levine said of the council's vote": what the words were about.
        // (A long phrase there is the author's: "…,' she said of her talk with the then
        // governor in the spring.")
        || body.trim_start().starts_with("of ")
            && body.split(',').next().unwrap_or("").split_whitespace().count() <= OF_WORDS
        || body.contains(['"', '\u{201C}', '\u{201D}'])
        || tag::find_str(body, "''").is_some();
    // "'…,' Kirby said, adding that …": after a quotation's tag, a participle starts a report
    // or a scene of the author's, not more of the quotation.
    let participle = || {
        rest.strip_prefix(", ").is_some_and(|r| {
            let mut words = r.split(|c: char| !c.is_alphanumeric());
            let w = words.next().unwrap_or("");
            // ("…, according to …" relays; "during" is a preposition; "managing director",
            // "acting chairman" are roles.)
            w.len() > 5
                && w.ends_with("ing")
                && !tag::lower_in(w, &["according", "during"])
                && !words
                    .next()
                    .is_some_and(|n| tag::role_noun(&n.to_ascii_lowercase()))
        })
    };
    // "Smith said last week.", "Trump asked, looking pleased.": a tag opening its sentence with
    // nothing after it but a time, a place or a scene of the author's reports no words of its
    // own there (they stand in the sentence before).
    let bare = content_before == 0
        && !goes_on
        && lead_words(lead).all(|w| tag::lower_in(w, CONNECTIVES))
        && (circumstance(rest) || source_first && participle());
    // "Baker wrote the letter in May.", "Ortiz wrote a $500 check to the club.": the object of a
    // verb of writing is the thing written, not words reported (unless a clause or a quotation
    // goes on: "wrote a letter saying …", "wrote a memo that …").
    let written = || {
        let cue = text[found.tag.range()].rsplit(' ').next().unwrap_or("");
        let object = rest.split_whitespace().next().unwrap_or("");
        // (So is the object of "know": "Redford knows this and started …", "knew the area
        // well"; not "knows this is wrong".)
        let knowing = tag::lower_in(cue, &["knew", "know", "knows"]);
        source_first
            && content_before == 0
            && !goes_on
            && (tag::lower_in(cue, &["write", "writes", "wrote"]) || knowing)
            && (tag::lower_in(object, tag::ARTICLES)
                || tag::lower_in(object, tag::DETERMINERS) && !object.eq_ignore_ascii_case("that")
                || knowing && tag::lower_in(object, &["him", "it", "them"]))
            && !lead_words(rest).any(|w| w.eq_ignore_ascii_case("that") || tag::lower_in(w, FINITE))
            && !lead_words(rest)
                .take(WRITTEN_WORDS)
                .any(|w| w.len() > 4 && w.ends_with("ing"))
    };
    // "Shares added 1.7%", "Federer added the Dubai trophy to his list": a sum or a thing
    // added to something, no words (not "added that …", "added the company would …").
    let added = || {
        let cue = text[found.tag.range()].rsplit(' ').next().unwrap_or("");
        if !(source_first && content_before == 0 && tag::lower_in(cue, &["add", "added", "adds"])) {
            return false;
        }
        // (A present perfect adds a thing whatever follows: "Ask Jeeves has added the ability
        // to "save" websites …"; a report tells its words in the past, "the firm added the
        // deal would …".)
        let perfect = tag::lower_in(
            word_before(text, found.tag.end - cue.len()),
            &["has", "have"],
        );
        if goes_on && !perfect {
            return false;
        }
        let near = &rest[..tag::floor_char(rest, rest.len().min(ADDED_BYTES))];
        let clause = near
            .split([',', ';', ':', '\u{2014}', '\u{2013}'])
            .next()
            .unwrap_or("");
        let clause = &clause[..tag::find_str(clause, " - ").unwrap_or(clause.len())];
        let mut words = lead_words(clause);
        let Some(object) = words.next() else {
            return false;
        };
        let determiner = opens_a_thing(object);
        if perfect && determiner {
            return true;
        }
        if lead_words(clause).any(|w| w.eq_ignore_ascii_case("that") || tag::lower_in(w, FINITE)) {
            return false;
        }
        let sum = figure(object) || clause.trim_start().starts_with(['$', '\u{a3}', '\u{20ac}']);
        // (Or a bare noun: "Keino and Weepu both added tries to the All Blacks' tally".)
        let bare_noun = object.len() > 2
            && object.bytes().all(|b| b.is_ascii_lowercase())
            && tag::pronoun(object).is_none();
        let determined = determiner || bare_noun;
        let to_something = || {
            let ws: Vec<&str> = lead_words(clause).take(ADDED_WORDS).collect();
            ws.windows(2).any(|p| {
                p[0].eq_ignore_ascii_case("to")
                    && (tag::lower_in(p[1], tag::ARTICLES)
                        || tag::lower_in(p[1], tag::DETERMINERS)
                        || figure(p[1])
                        || p[1].starts_with(|c: char| c.is_uppercase()))
            })
        };
        // (Or a noun phrase with no verb of a clause after it, up to the comma: "added the
        // additional week, known as …", "added a note of caution, should …"; not "added the
        // players deserved it", "added the plan makes sense".)
        let no_verb = || {
            lead_words(clause).skip(1).all(|w| {
                let l = w.len();
                !(l > 3 && w.ends_with("ed")
                    || l > 3 && w.ends_with('s') && !w.ends_with("ss")
                    || tag::lower_in(w, IRREGULAR_PAST)
                    || tag::pronoun(w).is_some())
            })
        };
        // (A bare noun opens a clause as often: "the BBA added underlying lending rose by …".)
        sum || determined && to_something() || determiner && no_verb()
    };
    // "Sanders found a receptive audience", "Facebook found the posting": a person or a body
    // finding a thing, not a finding reported (a study's or a poll's object is its finding,
    // "The poll found broad support"; so is a clause, "found the drug reduced deaths", "found
    // that …", a figure, "found 40% of …", and a judgement, "found it difficult").
    let found_thing = || {
        let cue = text[found.tag.range()].rsplit(' ').next().unwrap_or("");
        let head = text[found.phrase.range()].rsplit(' ').next().unwrap_or("");
        if !(source_first
            && content_before == 0
            && !goes_on
            && tag::lower_in(cue, &["find", "finds", "found"])
            && !tag::lower_in(head, tag::DOCUMENTS))
        {
            return false;
        }
        let clause = rest.split([',', ';', ':', '\u{2014}']).next().unwrap_or("");
        let first = lead_words(clause).next().unwrap_or("");
        // (A verb in lower case: "in May" is a time.)
        let finite =
            |w: &str| w.starts_with(|c: char| c.is_lowercase()) && tag::lower_in(w, FINITE);
        // (A headline drops the article, "Commodore finds new lease of life", and so does a
        // mass noun, "The SEC found similar problems"; with no verb in all the rest, for a list
        // may hold one: "found spending on innovation, training and retraining is forecast …".)
        let bare_noun = first.len() > 2
            && first.bytes().all(|b| b.is_ascii_lowercase())
            && !tag::lower_in(first, tag::FUNCTION_WORDS)
            && !tag::lower_in(first, &["few", "him", "me", "several", "them", "us", "you"])
            && !lead_words(rest).any(finite)
            // (Nor a participle, "Gallup finds states shifting toward the GOP".)
            && !lead_words(clause).any(|w| w.len() > 4 && w.ends_with("ing"));
        // ("Nonu then found his way through the defence": a possessive's thing too.)
        let thing = tag::lower_in(first, &["a", "an", "her", "his", "its", "their"])
            || lead_words(clause).nth(2).is_none() && tag::lower_in(first, tag::ARTICLES)
            || bare_noun;
        // (A figure counts near the object only: "found 40% of …", not "found his way
        // through the defence to give his side a 19-7 lead".)
        // (Up to "and" or "but", after which the subject's second predicate stands: "He found
        // sanctuary in Russia and never returned".)
        thing
            && !lead_words(clause)
                .skip(1)
                .take_while(|w| !tag::lower_in(w, &["and", "but"]))
                .enumerate()
                .any(|(k, w)| {
                    finite(w)
                        || w.eq_ignore_ascii_case("that")
                        || w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
                        || k < FOUND_FIGURE_WORDS && figure(w)
                        || tag::lower_in(w, &["majority", "minority", "plurality"])
                })
    };
    let content = if bare || written() || added() || found_thing() {
        0
    } else if let Some(more) = quotation.then(|| resumed(rest)).flatten() {
        // "'…,' she said, but added that …", "'Only you, Dinesh,' she said, would use …": the
        // words go on after the tag, in a second report of the speaker's or in the clause the
        // quotation opened.
        content_before + more
    } else if quotation && participle() {
        // "'…,' Manafort said, claiming that …": a participle of saying goes on with the
        // source's words, both reports are the content; another ("smiling at the crowd",
        // "pointing to …") is the author's scene.
        let verb = rest[2..]
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        // ("'…,' the Post reported, quoting an official.": a publication's relay goes on with
        // the report, whose words the official's are.)
        let relaying = || {
            verb.eq_ignore_ascii_case("quoting")
                && tag::classify(&text[found.phrase.range()], false)
                    .is_some_and(|m| m.is_publication())
        };
        if tag::lower_in(verb, SAYING_PARTICIPLES) || relaying() {
            content_before + rest.len().saturating_sub(verb.len() + 2)
        } else {
            content_before
        }
    } else if content_before > 0 && !quotation && before_afterthought() {
        // ("…, according to two people familiar with the plans, as polls show …": the source
        // after its cue before the author's afterthought is neither's words, as when it closes
        // the sentence.)
        return beside_tag(content_before);
    } else if content_before == 0 || goes_on {
        let after = afterthought(body, content_before == 0 || inserted);
        // "Moss had denied the charges but was convicted in March.": a thing for object, then a
        // second predicate of the source's, which is the author's.
        let after = if source_first && content_before == 0 && from == 0 {
            after
                .max(second_predicate(body))
                .max(clause_after_a_thing(body))
        } else {
            after
        };
        // "52 percent said Trump would be better, compared with 41 percent for Clinton": after
        // a share of those polled, a second figure is the author's comparison.
        let after = if source_first && share(&text[found.phrase.range()]) {
            after.max(comparison(body))
        } else {
            after
        };
        content_before + body.len() - after
    } else if quotation {
        // (A clause of the author's that quotes a few words keeps them: "Despite being told he
        // was a 'nutter who died at sea' she found …".)
        if !mostly_quoted(lead) {
            return content_before as f64 / span.len().max(1) as f64;
        }
        // "'Solvik is a perfect fit for us,' said Chief Executive Officer Laura Hensley.": the
        // tag after its quotation is neither content nor the author's words, so its length
        // (a long title, a descriptor) does not shrink the quotation's share.
        // (A role closing the sentence after the name is the tag's too: "… said Ana Ortiz,
        // director general of the Pilots Guild.")
        // ("“Our members have had enough,” he told reporters outside the talks in London.": so
        // is the hearer of a quotation's tag and where it was told.)
        if closing_source || told_after_quotation(text, found, rest) {
            return 1.0;
        }
        return beside_tag(content_before);
    } else if closing_source && content_before > 0 {
        // "…, according to research carried out by security firm Saint Bernard Software.": a
        // source closing the sentence after its cue is neither content nor the author's words,
        // as after a quotation.
        return beside_tag(content_before);
    } else if content_before > 0 && closing_plain_tag(text, found, lead, rest) {
        // "Prices will rise next year, a spokesman for the ministry said.", "…, the joint
        // report from the FAO and the WFP said.": a tag of saying that closes the sentence after
        // a comma is no part of the claim either, however long its source's phrase (it had
        // counted against it, and a long phrase left the sentence to the author).
        return beside_tag(content_before);
    } else {
        // A clause before the tag is the content ("…, the IMF said on Tuesday.") or an
        // adverbial ("Though moved by their grief, Woods said she …"): the longer side is.
        content_before.max(body.len() - afterthought(body, true))
    };
    // "Ian McCafferty, chief economist at the CBI, said the MPC faced a challenge.": the
    // descriptor set off after the name is the tag's, neither content nor the author's own
    // claim, so it does not shrink the content's share (the rest of the tag still does: "A
    // spokesman for the ministry said it would." stays the author's, reporting him).
    // (Not after a verb of naming, whose content is the few words it gives its object: "The
    // committee, which met …, called the plan 'bold' before approving it.")
    let naming = || {
        let cue = text[found.tag.range()].rsplit(' ').next().unwrap_or("");
        tag::lower_in(cue, NAMING_VERBS)
    };
    let described = found
        .descriptor
        .filter(|_| !naming())
        .map_or(0, |d| d.len());
    // So is a named source's description before its name, which says the same in another
    // place: "CBI chief economist Ian McCafferty said the MPC faced a challenge." (Not an
    // anonymous source's, which is all there is of it: "A spokesman for the ministry said it
    // would.")
    // So is where a named person works, after the name ("Jan Hatzius of Goldman Sachs said the
    // economy was strong."), as it is set off by commas ("Paul Ashworth, of Capital Economics,
    // said …").
    let titled = if source_first {
        let phrase = &text[found.phrase.range()];
        match tag::classify(phrase, false) {
            Some(Mention::Named {
                descriptor,
                kind,
                name,
            }) if kind != SourceKind::Anonymous => {
                let tail = match phrase.find(&*name) {
                    Some(i) if kind == SourceKind::Person => &phrase[i + name.len()..],
                    _ => "",
                };
                let works_at = tail
                    .strip_prefix(' ')
                    .and_then(|t| t.split_once(' '))
                    .filter(|(w, _)| tag::AFFILIATIONS.contains(w))
                    .map_or(0, |_| tail.len());
                // So is the work a named maker's words come in ("A study by Mary Ng and
                // co-workers found …", "Early work by Sudo and colleagues showed …"): the
                // document before "by", which says no more than who found it (and holds the
                // maker's description when there is one, "report by": counted once).
                let work = phrase
                    .strip_suffix(&*name)
                    .filter(|lead| lead.ends_with(" by "))
                    .map_or(0, str::len);
                descriptor.map_or(0, |d| d.len()).max(work) + works_at
            }
            _ => 0,
        }
    } else {
        0
    };
    // So is an aside set off by commas after the name or its description ("Ruth Okafor, the
    // cabinet member for culture, for her part, said …").
    let aside = if source_first {
        let end = found
            .descriptor
            .map_or(found.phrase.end, |d| d.end.max(found.phrase.end));
        tag::aside_after(&text[end..found.tag.end.max(end)])
    } else {
        0
    };
    content as f64 / span.len().saturating_sub(described + titled + aside).max(1) as f64
}

/// True when the tag `found` is "X told" (the source before its cue) and `rest`, the words after
/// it closing the sentence, are its hearer ("…, a bank spokesman told Reuters."): no comma,
/// colon, semicolon or quotation mark, no "that" nor verb of a clause, and a capital, "the",
/// "reporters" or "journalists" first (a hearer, not a thing told: "he tells one joke about
/// Trump."). The callers bound its words.
fn told_hearer(text: &str, found: &Found, rest: &str) -> bool {
    let hearer = rest.trim_end().trim_end_matches('.');
    found.phrase.start == found.tag.start
        && tag::lower_in(
            text[found.tag.range()].rsplit(' ').next().unwrap_or(""),
            &["tell", "tells", "told"],
        )
        && !hearer.contains([',', ';', ':', '"', '\u{201C}', '\u{201D}'])
        && lead_words(hearer).next().is_some_and(|w| {
            w.starts_with(char::is_uppercase)
                || tag::lower_in(w, &["journalists", "reporters", "the"])
        })
        && !lead_words(hearer).any(|w| w.eq_ignore_ascii_case("that") || tag::lower_in(w, FINITE))
}

/// True when `rest`, the words after a quotation's tag "he told", are only the hearer and where
/// or when it was told ("reporters outside the talks in London", "the BBC on Monday"): a
/// [`told_hearer`] of at most [`TOLD_WORDS`] words, with no bracket, dash or subject pronoun.
fn told_after_quotation(text: &str, found: &Found, rest: &str) -> bool {
    let hearer = rest.trim_end().trim_end_matches('.');
    told_hearer(text, found, rest)
        && !hearer.contains(['(', '\u{2014}'])
        && words_at_most(hearer.trim(), TOLD_WORDS)
        && !lead_words(hearer).any(|w| tag::lower_in(w, SUBJECT_PRONOUNS))
}

/// Most words of a hearer and its circumstance after a quotation's "he told"
/// ([`told_after_quotation`]).
const TOLD_WORDS: usize = 10;

/// Verbs that give their object a name or a description ("called the plan 'bold'").
const NAMING_VERBS: &[&str] = &[
    "branded",
    "call",
    "called",
    "calls",
    "described",
    "describes",
    "dubbed",
    "labeled",
    "labelled",
];

/// Words after the object of "found" within which a figure makes what is found a finding
/// ("found support at 52% among …"; not "found his way through the defence to give his side a
/// 19-7 lead").
const FOUND_FIGURE_WORDS: usize = 3;

/// True when `rest`, what follows a name, says "its" within [`ITS_WORDS`] words, after words
/// in lower case only and no article or possessive that could own it: "… said its", "…
/// reported last quarter that its …" (not "… called for a special prosecutor …, saying the
/// Justice Department has proven through its …").
fn its_follows_closely(rest: &str) -> bool {
    for w in lead_words(rest).take(ITS_WORDS) {
        let w = w.trim_end_matches([',', '.', ';', ':']);
        if w == "its" {
            return true;
        }
        if !w.bytes().all(|b| b.is_ascii_lowercase())
            || tag::lower_in(w, tag::ARTICLES)
            || tag::pronoun(w).is_some()
            || tag::lower_in(w, &["her", "his", "their", "our", "my", "your"])
        {
            return false;
        }
    }
    false
}

/// Words after a one-word name within which "its" makes it a body ([`its_follows_closely`]).
const ITS_WORDS: usize = 5;

/// The bytes of `rest`, what follows a quotation's tag, that go on with the quoted words: all
/// after the comma when the quotation's clause resumes with its verb ("'Only you, Dinesh,' she
/// said, would use …"), all after the verb when the speaker's second report is joined to the
/// tag ("'…,' she said, but added that …", "…, he said and later insisted …").
fn resumed(rest: &str) -> Option<usize> {
    let r = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(' '))?;
    let mut words = r.split(' ');
    let first = words.next()?;
    if rest.starts_with(',')
        && first.starts_with(char::is_lowercase)
        && tag::lower_in(first, FINITE)
    {
        return Some(r.len());
    }
    if !tag::lower_in(first, &["and", "but"]) {
        return None;
    }
    let mut at = first.len() + 1;
    for w in words.take(4) {
        if tag::lower_in(w, JOINT_FILLERS) {
            at += w.len() + 1;
        } else {
            return saying_past(w).then(|| r.len().saturating_sub(at + w.len()));
        }
    }
    None
}

/// True for the past tense of a verb of saying: "said", "told", "wrote", or a verb whose
/// participle is in [`SAYING_PARTICIPLES`] ("added", "noted", "denied", "admitted").
fn saying_past(w: &str) -> bool {
    if tag::lower_in(w, &["said", "told", "wrote"]) {
        return true;
    }
    let lower = w.to_ascii_lowercase();
    let participle = if let Some(stem) = lower.strip_suffix("ied") {
        format!("{stem}ying")
    } else if let Some(stem) = lower.strip_suffix("ed") {
        format!("{stem}ing")
    } else {
        return false;
    };
    SAYING_PARTICIPLES.contains(&participle.as_str())
}

/// Verbs that make a thing known or foretell it, whose object is as often a thing ("announced
/// cuts", "reported a loss", "predicted strong winds") as words: a report of words only before
/// "that" ([`relayed`]).
const ANNOUNCING: &[&str] = &[
    "announce",
    "announced",
    "announces",
    "disclosed",
    "forecast",
    "forecasts",
    "noted",
    "predicted",
    "predicts",
    "reported",
    "reports",
    "revealed",
    "unveiled",
];

/// Most words of the hearer closing a sentence after "told" ("told the BBC News website").
const HEARER_WORDS: usize = 5;

/// Words between "and" or "but" and a coordinated cue ("but has since said").
const JOINT_FILLERS: &[&str] = &[
    "afterward",
    "afterwards",
    "again",
    "already",
    "also",
    "angrily",
    "earlier",
    "even",
    "eventually",
    "explicitly",
    "finally",
    "firmly",
    "first",
    "flatly",
    "frequently",
    "had",
    "has",
    "have",
    "immediately",
    "initially",
    "instead",
    "just",
    "later",
    "nonetheless",
    "now",
    "often",
    "once",
    "openly",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "separately",
    "sharply",
    "simply",
    "since",
    "still",
    "strongly",
    "subsequently",
    "then",
];

/// Auxiliaries and modals: a finite verb, so a clause ("wrote the ferries would fail").
pub(crate) const FINITE: &[&str] = &[
    "am", "are", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may", "might",
    "must", "shall", "should", "was", "were", "will", "would",
];

/// True when a source phrase is a share of those polled ("52 percent of voters", "Nearly
/// half", "Nine in 10 Democrats", "Three-quarters of the voters"): a figure among its first words.
/// (Not a year, "Figures for the 2001 election", nor a period, "The first quarter".)
fn share(phrase: &str) -> bool {
    let mut previous = "";
    phrase.split_whitespace().take(SHARE_WORDS).any(|w| {
        let ordinal = tag::lower_in(previous, ORDINALS);
        // "Nine in 10": a digit after "in".
        let in_ten =
            previous.eq_ignore_ascii_case("in") && w.starts_with(|c: char| c.is_ascii_digit());
        previous = w;
        w.contains('%') || in_ten || fraction(w) && !ordinal
    })
}

/// True for a word that gives a figure: a number, a percentage, a fraction.
fn figure(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_digit()) || fraction(w)
}

/// True for a word of a fraction or a share ("half", "percent", "two-thirds").
fn fraction(w: &str) -> bool {
    tag::lower_in(w, FRACTIONS) || w.ends_with("-thirds") || w.ends_with("-quarters")
}

/// Words of a share or a figure.
const FRACTIONS: &[&str] = &["half", "percent", "quarter", "third", "thirds"];

/// Words before a fraction that make it a period ("the first quarter", "the second half").
const ORDINALS: &[&str] = &[
    "final", "first", "fourth", "last", "next", "second", "third",
];

/// Words at the start of a source phrase, or after a comma, where a figure makes a share.
const SHARE_WORDS: usize = 4;

/// The length of a trailing comparison in `body` (", compared with 41 percent …", "; 37
/// percent disagree", ", while about 4 in 10 …"): from the first comma or semicolon after which a
/// figure stands within a few words; 0 if none.
fn comparison(body: &str) -> usize {
    for (i, _) in body.match_indices([',', ';']) {
        let rest = body.get(i + 1..).unwrap_or("");
        if rest.starts_with(' ') && lead_words(rest).take(SHARE_WORDS + 2).any(figure) {
            return body.len() - i;
        }
    }
    0
}

/// Words after a verb of writing within which a participle gives what was written ("wrote a
/// letter to the council asking …").
const WRITTEN_WORDS: usize = 6;

/// Participles of saying that go on with a source's words after a quotation's tag ("'…,'
/// Manafort said, claiming that …").
const SAYING_PARTICIPLES: &[&str] = &[
    "accusing",
    "acknowledging",
    "adding",
    "admitting",
    "arguing",
    "asserting",
    "blaming",
    "calling",
    "citing",
    "claiming",
    "complaining",
    "conceding",
    "contending",
    "crediting",
    "declaring",
    "denying",
    "describing",
    "dismissing",
    "emphasizing",
    "explaining",
    "insisting",
    "noting",
    "predicting",
    "promising",
    "saying",
    "stressing",
    "suggesting",
    "underscoring",
    "urging",
    "vowing",
    "warning",
];

/// Bytes after "added" looked at for what was added.
const ADDED_BYTES: usize = 200;

/// Words after "added" within which "to" and a noun phrase make it the adding of a thing
/// ("added the Dubai trophy to his list").
const ADDED_WORDS: usize = 8;

/// Most words (with "of") of a phrase after a tag telling what the words were about that
/// still counts as their content.
const OF_WORDS: usize = 10;

/// True when what follows a tag only closes the sentence ("…, he said.", "…, he said on
/// Tuesday.", "…, he said in an interview."): then what comes before the tag is its content,
/// even when it opens like a preamble ("This makes it hard …, he said.", "For now, …").
fn ends_sentence(rest: &str) -> bool {
    let mut words = rest
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return true;
    };
    // (Words counted up to seven: a longer rest is content.)
    let n = 1 + words.take(6).count();
    (n <= 6 && tag::lower_in(first, CIRCUMSTANCE_OPENERS) || n <= 3 && tag::lower_in(first, DAYS))
        && !rest.contains([',', '"', '\u{201C}', '\u{201D}', ';', ':'])
}

/// Words that open a circumstance of a tag ("on Monday", "in a statement"), besides the days.
const CIRCUMSTANCE_OPENERS: &[&str] = &[
    "after", "at", "before", "by", "during", "from", "in", "on", "to", "via", "when", "while",
];

/// True when what follows a tag opening its sentence only closes the sentence ("Ortiz said on
/// the radio on Monday."): [`ends_sentence`], with no verb after the first word ("Ortiz said on
/// Monday the piers would close." has its content), and no subject pronoun ("Smith said on
/// Monday he backs the plan.").
fn circumstance(rest: &str) -> bool {
    ends_sentence(rest)
        && !lead_words(rest).skip(1).any(|w| {
            tag::lower_in(w, tag::STOP)
                || tag::lower_in(w, SUBJECT_PRONOUNS)
                || w.contains(['\'', '\u{2019}'])
                || w.ends_with("ed") && w.starts_with(|c: char| c.is_lowercase())
        })
}

/// Pronouns that can only be a subject: one after a tag opens a clause of reported words.
const SUBJECT_PRONOUNS: &[&str] = &["he", "i", "she", "they", "we"];

/// Words of a time that may close a sentence after its tag ("…, the paper reported Friday.").
const DAYS: &[&str] = &[
    "earlier",
    "friday",
    "last",
    "late",
    "monday",
    "overnight",
    "recently",
    "saturday",
    "sunday",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "yesterday",
];

/// Connectives that may open a sentence before its content or preamble ("But", "However,").
pub(crate) const CONNECTIVES: &[&str] = &[
    "accordingly",
    "additionally",
    "also",
    "and",
    "but",
    "consequently",
    "even",
    "furthermore",
    "hence",
    "however",
    "indeed",
    "instead",
    "likewise",
    "meanwhile",
    "moreover",
    "nevertheless",
    "nonetheless",
    "now",
    "similarly",
    "so",
    "still",
    "then",
    "therefore",
    "though",
    "thus",
    "yet",
];

/// The words of a lead before a tag: runs of [`lead_char`]s.
fn lead_words(lead: &str) -> impl Iterator<Item = &str> + Clone {
    lead.split(|c: char| !lead_char(c))
        .filter(|w| !w.is_empty())
}

/// A character of a lead's word ([`lead_words`], [`last_lead_word`]): a letter, a digit or an
/// apostrophe.
fn lead_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '\u{2019}'
}

/// The last of the [`lead_words`] of `s`, read from its end (not by walking all the words
/// before it).
fn last_lead_word(s: &str) -> Option<&str> {
    let last = s.rfind(lead_char)?;
    let end = last + s[last..].chars().next().map_or(1, char::len_utf8);
    let start = s[..last]
        .char_indices()
        .rev()
        .find(|&(_, c)| !lead_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    Some(&s[start..end])
}

/// True when `lead` opens with a subordinating word or a participle of the scene ("Asked
/// whether …,", "While the council debated …,"): a preamble whatever its length.
fn long_preamble(lead: &str) -> bool {
    let mut words = lead_words(lead).skip_while(|w| tag::lower_in(w, CONNECTIVES));
    let Some(first) = words.next() else {
        return false;
    };
    // ("At least 60 people have died …,", "As many as 300 …,": a number's bound opens the
    // subject of a clause, not a preposition's phrase.)
    let bound = |w: &str, after: &[&str]| {
        first.eq_ignore_ascii_case(w)
            && words
                .clone()
                .next()
                .is_some_and(|n| tag::lower_in(n, after))
    };
    if bound("at", &["least", "most"]) || bound("as", &["many", "much"]) {
        return false;
    }
    // (The words after the first are read only for an "-ing" word: this runs for most leads.)
    let name = || named_ing(first, words.clone());
    let opens = |w: &str| {
        tag::lower_in(w, SUBORDINATES)
            || w.len() > 5 && w.ends_with("ing") && !(w == first && name())
    };
    // ("Hounded by the press, …", "Born in New Jersey, …": a past participle and its
    // preposition.)
    let participle = (first.len() > 4 && first.ends_with("ed") || tag::lower_in(first, &["born"]))
        && words
            .clone()
            .next()
            .is_some_and(|w| tag::lower_in(w, PARTICIPLE_PREPOSITIONS));
    // ("Shortly after the merger, …", "Days before the vote, …": a measure of time before the
    // subordinating word.)
    opens(first)
        || participle
        || (first.ends_with("ly") || tag::lower_in(first, SUBORDINATE_MODIFIERS))
            && words.next().is_some_and(|w| tag::lower_in(w, SUBORDINATES))
}

/// True when `word`, ending in "-ing" and opening a sentence, is a name, not a participle:
/// capitalised, before its verb (the first of the `following` words), or before a second
/// capitalised word and its verb: "Downing Street would not …", "Beijing rejected …", "Reading
/// has …" (not "Speaking at …", "Citing sources, …").
fn named_ing<'a>(word: &str, mut following: impl Iterator<Item = &'a str>) -> bool {
    let next = following.next().unwrap_or("");
    let verb = |w: &str| {
        tag::lower_in(w, FINITE)
            || w.len() > 3 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
            || tag::lower_in(w, &["said", "says", "told"])
    };
    // (A second capitalised word before the verb: "Downing Street would"; not "Addressing
    // Congress, Obama …", "Speaking Monday, he …".)
    word.starts_with(char::is_uppercase)
        && (verb(next)
            || next.starts_with(char::is_uppercase)
                && !next.ends_with(',')
                && !tag::lower_in(next, tag::ARTICLES)
                && verb(following.next().unwrap_or("")))
}

/// Prepositions after a past participle that opens a preamble ("Hounded by the press,", "Born
/// in New Jersey,", "Dressed in black,").
const PARTICIPLE_PREPOSITIONS: &[&str] = &["at", "by", "from", "in", "on", "to", "with"];

/// Where the words after a sentence's first comma start when closing quotation marks stand
/// between the comma and the space after it (`On “Face the Nation,” Sen. …`, `In "The
/// Art of the Deal," Trump …`).
fn quoted_preamble_end(s: &str) -> Option<usize> {
    // (Not a quotation opening the sentence: `"…," Dr Tuffy told …` has no preamble.)
    if s.trim_start().starts_with(OPENING_QUOTES) {
        return None;
    }
    let comma = memchr::memchr(b',', s.as_bytes())?;
    let after = &s[comma + 1..];
    let marks = after.len() - after.trim_start_matches(CLOSING_MARKS).len();
    // (The quotation opens inside the lead: a sentence read from inside a quotation, `In the
    // next generation … is mandatory," Dr Mark Tuffy told …`, has no preamble either.)
    let opened = s[..comma].contains(['"', '\u{201C}', '\u{2018}']);
    (marks > 0 && opened && after[marks..].starts_with(' ')).then_some(comma + 1 + marks + 1)
}

/// Words that measure the time of a subordinate clause before its first word ("Shortly after",
/// "Days before", "Long before"); adverbs in -ly do so too.
const SUBORDINATE_MODIFIERS: &[&str] = &[
    "days",
    "hours",
    "immediately",
    "just",
    "long",
    "minutes",
    "moments",
    "months",
    "right",
    "soon",
    "weeks",
    "well",
    "years",
];

/// First words of a subordinate clause or a participle phrase of the scene before a tag.
pub(crate) const SUBORDINATES: &[&str] = &[
    "addressing",
    "after",
    "although",
    "amid",
    "among",
    "appearing",
    "as",
    "asked",
    "at",
    "because",
    "before",
    "by",
    "despite",
    "during",
    "following",
    "for",
    "from",
    "if",
    "in",
    "interviewed",
    "on",
    "over",
    "pressed",
    "questioned",
    "responding",
    "since",
    "speaking",
    "though",
    "through",
    "to",
    "under",
    "unless",
    "until",
    "upon",
    "when",
    "whereas",
    "while",
    "with",
    "without",
    "writing",
];

fn short_preamble(lead: &str) -> bool {
    let mut words = lead_words(lead)
        .skip_while(|w| tag::lower_in(w, CONNECTIVES))
        .peekable();
    let Some(first) = words.peek().copied() else {
        return true;
    };
    let n = words.clone().take(PREAMBLE_WORDS + 1).count();
    n <= SHORT_LEAD
        || n <= PREAMBLE_WORDS
            && (tag::lower_in(first, PREAMBLES) || words.any(|w| tag::lower_in(w, TIME_WORDS)))
}

/// Words that make a short lead a time adverbial ("A week later,", "Two years ago,").
pub(crate) const TIME_WORDS: &[&str] = &[
    "afternoon",
    "ago",
    "day",
    "days",
    "earlier",
    "evening",
    "later",
    "month",
    "months",
    "morning",
    "night",
    "today",
    "tonight",
    "week",
    "weekend",
    "weeks",
    "year",
    "years",
    "yesterday",
];

/// A lead of this many words or fewer before a tag is taken for a preamble whatever its first
/// word ("Significantly,", "In Iowa,").
const SHORT_LEAD: usize = 3;

/// Most words a preamble before a tag has.
const PREAMBLE_WORDS: usize = 8;

/// True when "that" after `tag` and `between` opens the reported content: nothing but an
/// adverbial stands between ("said on Tuesday that", "said in a statement that"), or the object
/// of a verb of telling ("told reporters that").
fn introduces_that(tag: &str, between: &str) -> bool {
    // ("said earlier it was "almost beyond belief that …"": a quotation opened, or a verb of
    // the content's clause, before "that" is the content's.)
    // (A title quoted whole is the tag's: "told MSNBC's "Morning Joe" that".)
    let opened = between.matches('"').count() % 2 == 1
        || between.matches("''").count() % 2 == 1
        || between.matches('\u{201C}').count() > between.matches('\u{201D}').count();
    if opened || lead_words(between).any(|w| tag::lower_in(w, FINITE)) {
        return false;
    }
    let mut words = between
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty());
    let Some(first) = words.next() else {
        return true;
    };
    let second = words.clone().next();
    let n = 1 + words.count();
    if n > 6 {
        return false;
    }
    let telling = tag
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| tag::lower_in(w, TELLING));
    // "said, citing sources, that": a participle's phrase may stand between, too.
    // An adverb alone or before an adverbial ("said recently that", "said repeatedly in
    // interviews that"); "found virtually nothing about … that" has the content's words there.
    let adverb = first.ends_with("ly") && second.is_none_or(|w| tag::lower_in(w, PREAMBLES));
    telling || tag::lower_in(first, PREAMBLES) || adverb || first.ends_with("ing")
}

/// Verbs of telling, whose object may stand before "that" ("told reporters that").
pub(crate) const TELLING: &[&str] = &[
    "assure", "assured", "assures", "inform", "informed", "informs", "remind", "reminded",
    "reminds", "tell", "telling", "tells", "told", "warn", "warned", "warning", "warns",
];

/// The length of a trailing afterthought in `body` (", with a smile."), 0 if none.
///
/// After a leading tag (`leading`: "Kirby said it was over, while …") only a participle ("…,
/// smiling", "…, citing …") is the author's: other clauses go on with the reported content.
fn afterthought(body: &str, leading: bool) -> usize {
    let b = body.as_bytes();
    // Each ", " (a comma found by `memchr`, then a space), closing quotation marks allowed
    // between them (`…,” while trying to …`, the American order).
    for (i, _) in body.match_indices(',') {
        let marks = body[i + 1..]
            .find(|c: char| !CLOSING_MARKS.contains(&c))
            .unwrap_or(body.len() - i - 1);
        if b.get(i + 1 + marks) != Some(&b' ') {
            continue;
        }
        let rest = &body[i + 2 + marks..];
        let word_end = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..word_end];
        if !word.is_empty()
            && tag::lower_in(word, AFTERTHOUGHTS)
            && (word.ends_with("ing") || !word.chars().next().is_some_and(char::is_uppercase))
            // (Not "making": "Kirby said the talks failed, making a deal unlikely" goes on
            // with what he said.)
            && (!leading
                || (word.ends_with("ing")
                    && !tag::lower_in(word, &["during", "making"])
                    && !tag::lower_in(word, SAYING_PARTICIPLES)))
        {
            return b.len() - i;
        }
    }
    0
}

/// How many bytes at the end of `body`, the words after a cue, a second predicate of the
/// source's takes: after a thing for object (an article or a possessive first), "and" or "but"
/// and an auxiliary ("denied the charges but was convicted", "rejected the offer and has since
/// left"), within [`OBJECT_WORDS`] words and before any verb of a clause (not "said the plan
/// failed and was dropped", whose second verb is the plan's). 0 when there is none.
fn second_predicate(body: &str) -> usize {
    let mut words = lead_words(body);
    let Some(first) = words.next() else {
        return 0;
    };
    if !opens_a_thing(first) {
        return 0;
    }
    let mut previous = first;
    for w in words.take(OBJECT_WORDS) {
        if tag::lower_in(previous, &["and", "but"]) {
            if !tag::lower_in(w, SECOND_PREDICATES) {
                return 0;
            }
            // (From the coordinator on, the space before it with it.)
            let coordinator = tag::offset_in(body, previous);
            return body.len() - body[..coordinator].trim_end().len();
        }
        if w.eq_ignore_ascii_case("that")
            || tag::lower_in(w, FINITE)
            || w.len() > 3 && w.ends_with("ed")
            || tag::pronoun(w).is_some()
        {
            return 0;
        }
        previous = w;
    }
    0
}

/// How many bytes at the end of `body`, the words after a cue, a clause of the author's takes
/// after a thing for object that "of" or "about" opens and a comma with "and" or "but" closes
/// ("warned of shortages, and last year the government declared …"): within [`OBJECT_WORDS`]
/// words, none of them a verb. 0 when there is none.
fn clause_after_a_thing(body: &str) -> usize {
    let body_start = body.trim_start();
    let Some(object) = ["about ", "for ", "of "]
        .iter()
        .find_map(|p| body_start.strip_prefix(p))
    else {
        return 0;
    };
    // (Looked for within the words a thing may have: a long clause goes unread.)
    let near = &object[..tag::floor_char(object, object.len().min(OBJECT_WORDS * 12))];
    let Some(comma) = [", and ", ", but "]
        .iter()
        .filter_map(|j| near.find(j))
        .min()
    else {
        return 0;
    };
    let thing = &object[..comma];
    let words = lead_words(thing);
    if words.clone().count() > OBJECT_WORDS
        || thing.contains(['"', '\u{201C}', '\u{201D}', '(', ';'])
        || words.clone().any(|w| {
            w.eq_ignore_ascii_case("that")
                || tag::lower_in(w, FINITE)
                || w.len() > 3 && w.ends_with("ed")
                || tag::lower_in(w, CLAUSE_WORDS)
        })
    {
        return 0;
    }
    // (After "for" the thing goes on as often, "asked for 15 years in jail for Jaynes, and a
    // jail term for his sister": a clause has its verb, "and his licence was suddenly
    // insufficient".)
    if body_start.starts_with("for ")
        && !lead_words(&object[comma..])
            .take(OBJECT_WORDS * 2)
            .any(|w| tag::lower_in(w, FINITE))
    {
        return 0;
    }
    // (From the comma on.)
    object.len() - comma
}

/// True when `word` opens a noun phrase, a thing rather than a clause: an article, a
/// determiner other than "that" (which may open a clause), or a possessive ("the", "his",
/// "Ortiz's").
fn opens_a_thing(word: &str) -> bool {
    tag::lower_in(word, tag::ARTICLES)
        || tag::lower_in(word, tag::DETERMINERS) && !word.eq_ignore_ascii_case("that")
        || tag::possessor(word).is_some()
}

/// Words of a thing for object that [`second_predicate`] reads for a second predicate.
const OBJECT_WORDS: usize = 8;

/// Auxiliaries that open a second predicate of a source's after "and" or "but".
const SECOND_PREDICATES: &[&str] = &["had", "has", "have", "is", "later", "was", "were"];

/// Where the clause of a tag after `from` ends: at a sentence-ending mark, a line break, or
/// `limit`.
fn clause_end(text: &str, from: usize, limit: usize) -> usize {
    let limit = tag::floor_char(text, limit.min(text.len()));
    if from >= limit {
        return limit;
    }
    let b = text.as_bytes();
    // (The marks found by `memchr`, within the line: a line break ends the clause too.)
    let limit = memchr::memchr(b'\n', &b[from..limit]).map_or(limit, |n| from + n);
    let mut i = from;
    while let Some(k) = memchr::memchr3(b'.', b'!', b'?', &b[i..limit]) {
        let at = i + k;
        let word_start = word_start(text, from, at);
        // An abbreviation's full stop, or one before a comma or a closing parenthesis
        // ("McConnell, R-Ky., said", "Reid (D-Nev.) said"), ends nothing.
        let abbreviation = b[at] == b'.'
            && (tag::abbreviation_before(&text[word_start..at], &text[at + 1..])
                || b.get(at + 1)
                    .is_some_and(|&c| matches!(c, b',' | b';' | b')')));
        if !abbreviation {
            return at;
        }
        i = at + 1;
    }
    limit
}

/// Where the word (letters, digits, full stops) ending at `end` starts, not before `from`.
fn word_start(text: &str, from: usize, end: usize) -> usize {
    text[from..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(from, |(k, c)| from + k + c.len_utf8())
}

/// Where the clause before `to` starts: after a sentence-ending mark, a line break, or `limit`.
fn clause_start(text: &str, limit: usize, to: usize) -> usize {
    let limit = tag::floor_char(text, limit.min(to));
    let b = text.as_bytes();
    // (The marks found by `memchr`, back to the line's start.)
    let floor = memchr::memrchr(b'\n', &b[limit..to]).map_or(limit, |n| limit + n + 1);
    let mut hi = to;
    while let Some(k) = memchr::memrchr3(b'.', b'!', b'?', &b[floor..hi]) {
        let at = floor + k;
        // (Not a name's mark before a verb of saying: "Consumer group Which? said …".)
        if b.get(at + 1).is_some_and(|c| c.is_ascii_whitespace())
            && !(b[at] != b'.' && crate::segment::saying_after_mark(&b[at + 1..]))
        {
            let word_start = word_start(text, limit, at);
            if !(b[at] == b'.' && tag::abbreviation_before(&text[word_start..at], &text[at + 1..]))
            {
                return at + 1;
            }
        }
        hi = at;
    }
    floor
}

/// Paragraph breaks between `from` and `to` (blank lines, and single line breaks after a
/// sentence's end), counted up to `max + 1` (bounded work: far apart counts as many).
fn paragraph_breaks(text: &str, from: usize, to: usize, max: usize) -> usize {
    if to.saturating_sub(from) > 8 * TAG_REACH * (max + 1) {
        return max + 1;
    }
    let s = &text[from..to.min(text.len())];
    let mut n = 0;
    for (i, _) in s.match_indices('\n') {
        let rest = s[i + 1..].trim_start_matches([' ', '\t', '\r']);
        // (A single line break after a sentence's end breaks a paragraph too, in a text that
        // marks paragraphs so; a line wrapped inside a sentence does not.)
        let ended = s[..i]
            .trim_end_matches([' ', '\t', '\r'])
            .ends_with(['.', '!', '?', '"', '\u{201D}', '\'', '\u{2019}']);
        if rest.starts_with('\n') || ended && !rest.is_empty() {
            n += 1;
            if n > max {
                return n;
            }
        }
    }
    n
}

/// Verbs of saying or of stance that, joined to an earlier report of the same subject ("said …
/// and added that …", "said … and expected deliveries to improve"), go on with that source's
/// words (see [`second_report`]).
const GOING_ON: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "added",
    "adds",
    "admits",
    "admitted",
    "agreed",
    "agrees",
    "argued",
    "argues",
    "asserted",
    "asserts",
    "believed",
    "believes",
    "cautioned",
    "cautions",
    "claimed",
    "claims",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "contended",
    "contends",
    "declared",
    "declares",
    "emphasised",
    "emphasises",
    "emphasized",
    "emphasizes",
    "estimated",
    "estimates",
    "expected",
    "expects",
    "explained",
    "explains",
    "feared",
    "fears",
    "feels",
    "felt",
    "finds",
    "found",
    "hoped",
    "hopes",
    "insisted",
    "insists",
    "maintained",
    "maintains",
    "noted",
    "notes",
    "observed",
    "observes",
    "predicted",
    "predicts",
    "recalled",
    "recalls",
    "reiterated",
    "reiterates",
    "remarked",
    "remarks",
    "revealed",
    "reveals",
    "said",
    "says",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "suggests",
    "tells",
    "thinks",
    "thought",
    "told",
    "warned",
    "warns",
    "worried",
    "worries",
    "writes",
    "wrote",
];

/// Verbs of judging that, joined to an earlier report of the same subject whose content is a
/// clause ("said … and accused him of …", "says … and questions why …"), go on with that
/// source's claims (see [`second_report`]); after a thing reported ("tweeted a photograph …
/// and criticized …") they are the author's account.
const JUDGING: &[&str] = &[
    "accused",
    "accuses",
    "blamed",
    "blames",
    "called",
    "calls",
    "cited",
    "cites",
    "criticised",
    "criticises",
    "criticized",
    "criticizes",
    "demanded",
    "demands",
    "denied",
    "denies",
    "dismissed",
    "dismisses",
    "pledged",
    "pledges",
    "praised",
    "praises",
    "promised",
    "promises",
    "questioned",
    "questions",
    "rejected",
    "rejects",
    "urged",
    "urges",
    "vowed",
    "vows",
];

#[cfg(test)]
mod tests;
