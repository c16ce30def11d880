//! The [`Analyzer`]: built once from lexicons, then analyzes any number of texts.

use crate::attribution;
use crate::context;
use crate::error::Error;
use crate::lexicon::{CueKind, Entry, Lexicon, Settings};
use crate::matcher::{self, Hit, Matcher, Matching};
use crate::report::{Report, Sentence};
use crate::score;
use crate::segment;
use crate::span::Span;
use std::fmt;
use std::ops::Range;
use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

/// A genre profile: the set of embedded lexicon files the analyzer starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
#[non_exhaustive]
pub enum Profile {
    /// News and general prose (the default).
    #[default]
    News,
    /// Biomedical and research writing.
    Science,
    /// Encyclopedic prose, where weasel phrases ("some critics argue") count as uncertainty.
    Wikipedia,
}

const CORE: (&str, &str) = ("core.lex", include_str!("../lexicons/core.lex"));
const REPORTING: (&str, &str) = ("reporting.lex", include_str!("../lexicons/reporting.lex"));
const PROBABLE: (&str, &str) = ("probable.lex", include_str!("../lexicons/probable.lex"));
const NEWS: (&str, &str) = ("news.lex", include_str!("../lexicons/news.lex"));
const SCIENCE: (&str, &str) = ("science.lex", include_str!("../lexicons/science.lex"));
const WIKIPEDIA: (&str, &str) = ("wikipedia.lex", include_str!("../lexicons/wikipedia.lex"));
const SCIENCE_PAPERS: (&str, &str) = (
    "science-papers.lex",
    include_str!("../lexicons/science-papers.lex"),
);
const SCIENCE_CERTAINTY: (&str, &str) = (
    "science-certainty.lex",
    include_str!("../lexicons/science-certainty.lex"),
);

impl Profile {
    /// Every profile.
    pub const ALL: &'static [Profile] = &[Profile::News, Profile::Science, Profile::Wikipedia];

    /// The profile's name, as `--profile` takes it.
    pub fn name(self) -> &'static str {
        match self {
            Profile::News => "news",
            Profile::Science => "science",
            Profile::Wikipedia => "wikipedia",
        }
    }

    /// The embedded lexicon files of this profile, as `(file name, contents)`, in load order.
    pub fn files(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Profile::News => &[CORE, REPORTING, PROBABLE, NEWS],
            Profile::Science => &[CORE, REPORTING, SCIENCE, SCIENCE_PAPERS, SCIENCE_CERTAINTY],
            Profile::Wikipedia => &[CORE, REPORTING, PROBABLE, WIKIPEDIA],
        }
    }

    /// The profile's lexicon, parsed from the embedded files.
    ///
    /// # Errors
    ///
    /// Only if an embedded file is malformed, which the test suite rules out.
    pub fn lexicon(self) -> Result<Lexicon, Error> {
        let mut lex = Lexicon::new();
        for &(name, text) in self.files() {
            lex.extend(Lexicon::parse_embedded(name, text)?);
        }
        Ok(lex)
    }
}

impl FromStr for Profile {
    type Err = Error;

    fn from_str(s: &str) -> Result<Profile, Error> {
        Profile::ALL
            .iter()
            .copied()
            .find(|p| p.name() == s)
            .ok_or_else(|| Error::unknown_profile(s))
    }
}

impl fmt::Display for Profile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Texts from this size (bytes) are analyzed on two threads: segmentation alongside matching,
/// attribution alongside scoring.
const PARALLEL_FROM: usize = 1 << 20;

/// Sentences scored at a time when attribution shares the scoring between two threads.
const SCORE_CHUNK: usize = 256;

/// Per-call choices for [`Analyzer::analyze_with`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// Also report rejected candidates and the lexicon origin of each cue.
    pub explain: bool,
    /// Work out who asserts each sentence (default `true`). Without it every `source` is `None`
    /// and `sources` is empty, for users who only need certainty (and a faster run).
    pub attribution: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            explain: false,
            attribution: true,
        }
    }
}

impl Options {
    /// Options with `explain` set.
    pub fn explain() -> Options {
        Options::default().with_explain(true)
    }

    /// These options with attribution on or off.
    pub fn with_attribution(mut self, on: bool) -> Options {
        self.attribution = on;
        self
    }

    /// These options with `explain` set to `on`.
    pub fn with_explain(mut self, on: bool) -> Options {
        self.explain = on;
        self
    }
}

/// Reads text and tells how sure it is, and who is sure of what.
///
/// Built once (from a profile's embedded lexicons, plus any user lexicons), immutable, cheap to
/// clone (an `Arc` inside) and `Send + Sync`, so one analyzer serves every thread.
///
/// # Examples
///
/// ```
/// use epistemic::{Analyzer, CueKind};
/// let analyzer = Analyzer::new();
/// let report = analyzer.analyze("The vote was most likely delayed. It passed in May 2024.");
/// let first = &report.sentences[0];
/// assert!(first.uncertain);
/// assert_eq!(first.cues[0].text, "most likely");
/// assert_eq!(first.cues[0].kind, CueKind::Hedge);
/// assert!(!report.sentences[1].uncertain, "May the month is no hedge");
/// ```
#[derive(Clone)]
pub struct Analyzer {
    inner: Arc<Inner>,
}

struct Inner {
    profile: Profile,
    entries: Vec<Entry>,
    /// Entry index -> the reporting entry with the same cue, or with the cue's first words,
    /// when the entry is not one itself ("alleged" is a hedge and a reporting cue, "suggested
    /// that" a hedge that opens with the reporting cue "suggested"; the automaton reports the
    /// hedge), and how many words of the cue the reporting one covers (0: all).
    also_reporting: Vec<Option<(u32, u8)>>,
    settings: Settings,
    matcher: Matcher,
}

impl fmt::Debug for Analyzer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Analyzer")
            .field("profile", &self.inner.profile)
            .field("entries", &self.inner.entries.len())
            .field("settings", &self.inner.settings)
            .finish()
    }
}

impl Default for Analyzer {
    fn default() -> Analyzer {
        Analyzer::new()
    }
}

impl Analyzer {
    /// An analyzer with the default profile (`news`) and its embedded lexicons.
    pub fn new() -> Analyzer {
        Analyzer::builder().build()
    }

    /// An analyzer with the embedded lexicons of `profile`.
    pub fn with_profile(profile: Profile) -> Analyzer {
        Analyzer::builder().profile(profile).build()
    }

    /// A builder, to choose a profile and add lexicons.
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// The profile this analyzer was built from.
    pub fn profile(&self) -> Profile {
        self.inner.profile
    }

    /// The effective lexicon entries (after overlays), sorted by cue then kind.
    pub fn entries(&self) -> &[Entry] {
        &self.inner.entries
    }

    /// The effective settings.
    pub fn settings(&self) -> &Settings {
        &self.inner.settings
    }

    /// Analyzes `text`. Never fails and never panics; empty text gives an empty report.
    pub fn analyze(&self, text: &str) -> Report {
        self.analyze_with(text, &Options::default())
    }

    /// Analyzes `text` with per-call options.
    ///
    /// # Examples
    ///
    /// ```
    /// use epistemic::{Analyzer, Options, RejectReason};
    /// let report = Analyzer::new().analyze_with("The Mayor may come in May 2025.", &Options::explain());
    /// let s = &report.sentences[0];
    /// assert_eq!(s.cues.len(), 1);
    /// assert_eq!(s.rejected[0].text, "May");
    /// assert_eq!(s.rejected[0].reason, RejectReason::Capitalized);
    /// ```
    pub fn analyze_with(&self, text: &str, options: &Options) -> Report {
        self.run(text, options, text.len() >= PARALLEL_FROM)
    }

    /// [`Analyzer::analyze_with`] on two threads when `large`, else on the calling thread (the
    /// output is the same: a test checks).
    fn run(&self, text: &str, options: &Options, large: bool) -> Report {
        let inner = &*self.inner;
        // Segmentation (with the quotation and transcript scan when attributing) and cue
        // matching read only the text: on a large text they run side by side.
        // (Attribution reads the text with its no-break spaces as plain ones, same offsets; the
        // report quotes the text as written.)
        let spaced = if options.attribution {
            attribution::ascii_spaced(text)
        } else {
            std::borrow::Cow::Borrowed(text)
        };
        let atext: &str = &spaced;
        let first_pass = || {
            let spans = segment::sentences(text);
            let scanned = options.attribution.then(|| attribution::scan(atext));
            (spans, scanned)
        };
        // (Matching goes in pieces: the other thread takes some once it is done.)
        let ((spans, scanned), mut hits) = if large {
            let matching = Matching::new(&inner.matcher, text, matcher::PIECE);
            let matching = &matching;
            std::thread::scope(|scope| {
                let other = scope.spawn(|| (first_pass(), matching.work()));
                let mine = matching.work();
                match other.join() {
                    Ok((done, theirs)) => (done, matching.finish([mine, theirs])),
                    Err(panic) => std::panic::resume_unwind(panic),
                }
            })
        } else {
            (first_pass(), inner.matcher.find_all(text))
        };
        // (Only a gap inside a sentence joins a phrase: "Most\r\nlikely" over a heading's line
        // break is no cue, and "likely" stays with its sentence.)
        inner.matcher.across_gaps(text, &mut hits, |gap| {
            let k = spans.partition_point(|s| s.end <= gap.start);
            spans
                .get(k)
                .is_some_and(|s| s.start <= gap.start && gap.end <= s.end)
        });
        let ranges: Vec<Range<usize>> = hits_by_sentence(&spans, &hits).collect();
        // Scores the sentences numbered `from..to`.
        let score = |from: usize, to: usize| -> Vec<Sentence> {
            (from..to)
                .map(|index| {
                    let span = spans[index];
                    let resolved = context::resolve(
                        text,
                        span,
                        &hits[ranges[index].clone()],
                        &inner.entries,
                        &inner.also_reporting,
                        &inner.settings,
                        options.explain,
                    );
                    let (certainty, hedge_strength, uncertain) =
                        score::sentence(&resolved.cues, &inner.settings);
                    Sentence {
                        index,
                        start: span.start,
                        end: span.end,
                        text: text[span.range()].to_string(),
                        certainty,
                        uncertain,
                        hedge_strength,
                        cues: resolved.cues,
                        source: None,
                        reported: None,
                        rejected: resolved.rejected,
                    }
                })
                .collect()
        };
        let score_all = || score(0, spans.len());
        if !options.attribution {
            return Report {
                sentences: score_all(),
                sources: Vec::new(),
            };
        }
        // (Nicknames inside names, `Marcia "Cia" Price`, are blanked for the rules.)
        let scanned = scanned.unwrap_or_default();
        let spaced = attribution::unnicknamed(spaced, &scanned);
        let atext: &str = &spaced;
        // The reporting cues, in order: entries of kind `reporting`, and the reporting entries
        // that share a cue with a hedge or booster ("alleged"). Found by the thread that starts
        // on attribution.
        // Their look-alike conditions ("hope" after "new") are checked here: the context stage
        // leaves reporting cues alone.
        let reporting = || -> Vec<Hit> {
            spans
                .iter()
                .zip(hits_by_sentence(&spans, &hits))
                .flat_map(|(&sentence, r)| hits[r].iter().map(move |hit| (sentence, hit)))
                .filter_map(|(sentence, hit)| {
                    let (entry, words) =
                        if inner.entries[hit.entry as usize].kind == CueKind::Reporting {
                            (hit.entry, 0)
                        } else {
                            inner.also_reporting[hit.entry as usize]?
                        };
                    let span = first_words(atext, hit.span, words);
                    let conditions = &inner.entries[entry as usize].conditions;
                    // (A headline's cue, first: most of its words are common elsewhere.)
                    if conditions.headline_only && !attribution::in_headline(atext, span) {
                        return None;
                    }
                    context::reporting_holds(atext, sentence, span, conditions)
                        .then_some(Hit { span, entry })
                })
                .collect()
        };
        // Attribution reads only the text, spans and reporting cues. On a large text a second
        // thread starts on it (finding the reporting cues, then the quotations' tags) and then
        // resolves the tags in text order as chunks of claims come in, while this thread scores
        // sentences until the reporting cues are found and then makes chunks of claims for it:
        // the resolution, which must run in text order on one thread, overlaps the claims.
        // Both threads then score what is left.
        let (mut sentences, prepared) = if large {
            let job = attribution::Job::new(atext, &spans, scanned, reporting, &inner.entries);
            let job = &job;
            let next = std::sync::atomic::AtomicUsize::new(0);
            // The next chunk of sentences nobody has scored, scored: (chunk, sentences).
            let score_next = || {
                let chunk = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let from = chunk.saturating_mul(SCORE_CHUNK);
                (from < spans.len())
                    .then(|| (chunk, score(from, (from + SCORE_CHUNK).min(spans.len()))))
            };
            let score_next = &score_next;
            std::thread::scope(|scope| {
                let helper = scope.spawn(move || {
                    let prepared = job.resolve();
                    (prepared, std::iter::from_fn(score_next).collect::<Vec<_>>())
                });
                // (Should this thread panic, the helper stops waiting for its chunk of claims.)
                let _abandon = job.abandon_on_panic();
                let mut mine = Vec::new();
                while !job.ready() {
                    match score_next() {
                        Some(scored) => mine.push(scored),
                        None => break,
                    }
                }
                job.work();
                mine.extend(std::iter::from_fn(score_next));
                let (prepared, theirs) = match helper.join() {
                    Ok(done) => done,
                    Err(panic) => std::panic::resume_unwind(panic),
                };
                // (Each thread's chunks are in order: merged, they are the sentences in order.)
                let mut chunks: Vec<(usize, Vec<Sentence>)> =
                    mine.into_iter().chain(theirs).collect();
                chunks.sort_unstable_by_key(|&(chunk, _)| chunk);
                let mut sentences = Vec::with_capacity(spans.len());
                for (_, scored) in chunks {
                    sentences.extend(scored);
                }
                (sentences, prepared)
            })
        } else {
            let prepared = attribution::prepare(atext, &spans, scanned, reporting, &inner.entries);
            (score_all(), prepared)
        };
        let sources = attribution::finish(text, prepared, &mut sentences);
        Report { sentences, sources }
    }
}

/// The first `words` words of `span` in `text` (all of it when `words` is 0).
fn first_words(text: &str, span: Span, words: u8) -> Span {
    if words == 0 {
        return span;
    }
    let s = &text[span.range()];
    let mut seen = 0;
    let mut in_word = false;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if in_word {
                seen += 1;
                if seen == words {
                    return Span::new(span.start, span.start + i);
                }
            }
            in_word = false;
        } else {
            in_word = true;
        }
    }
    span
}

/// Per sentence, the range of `hits` inside it. A multi-word hit may straddle a boundary: it
/// belongs to no sentence (hits do not overlap, so only a sentence's last can).
fn hits_by_sentence<'a>(
    spans: &'a [Span],
    hits: &'a [Hit],
) -> impl Iterator<Item = Range<usize>> + 'a {
    let mut h = 0;
    spans.iter().map(move |span| {
        while h < hits.len() && hits[h].span.start < span.start {
            h += 1;
        }
        let first = h;
        while h < hits.len() && hits[h].span.start < span.end {
            h += 1;
        }
        let mut last = h;
        if last > first && hits[last - 1].span.end > span.end {
            last -= 1;
        }
        first..last
    })
}

/// Builds an [`Analyzer`]: a profile, then user lexicons on top, in order.
///
/// # Examples
///
/// ```
/// use epistemic::{Analyzer, Lexicon, Profile};
/// let mine = Lexicon::parse("mine.lex", "touch and go | hedge | doubt | 0.7\n")?;
/// let analyzer = Analyzer::builder().profile(Profile::News).lexicon(mine).build();
/// assert!(analyzer.analyze("The outcome is touch and go.").sentences[0].uncertain);
/// # Ok::<(), epistemic::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct AnalyzerBuilder {
    profile: Profile,
    no_defaults: bool,
    lexicons: Vec<Lexicon>,
}

impl AnalyzerBuilder {
    /// Chooses the profile whose embedded lexicons come first (default: `news`).
    pub fn profile(&mut self, profile: Profile) -> &mut AnalyzerBuilder {
        self.profile = profile;
        self
    }

    /// With `false`, starts from no embedded lexicon at all: only the lexicons added here count
    /// (the profile still names the analyzer). Default: `true`.
    pub fn defaults(&mut self, on: bool) -> &mut AnalyzerBuilder {
        self.no_defaults = !on;
        self
    }

    /// Adds a lexicon on top of the profile and of lexicons added before.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut AnalyzerBuilder {
        self.lexicons.push(lexicon);
        self
    }

    /// Reads a lexicon file and adds it.
    ///
    /// # Errors
    ///
    /// The file cannot be read, or one of its lines is bad (the error names file and line).
    pub fn lexicon_file(&mut self, path: impl AsRef<Path>) -> Result<&mut AnalyzerBuilder, Error> {
        self.lexicons.push(Lexicon::from_path(path)?);
        Ok(self)
    }

    /// Builds the analyzer. The builder can be used again.
    pub fn build(&self) -> Analyzer {
        let mut lex = if self.no_defaults {
            Lexicon::new()
        } else {
            self.profile
                .lexicon()
                .expect("embedded lexicons parse (tested by tests/lexicons.rs)")
        };
        for l in &self.lexicons {
            lex.extend(l.clone());
        }
        let settings = lex.settings();
        let entries = lex.into_entries();
        let matcher = Matcher::new(&entries);
        let also_reporting = entries
            .iter()
            .map(|e| {
                // (A look-alike phrase blocks a reporting cue inside it too: "found a way",
                // "believe in".)
                if matches!(e.kind, CueKind::Reporting | CueKind::Block) {
                    return None;
                }
                // Entries are sorted by cue then kind: the same cue's entries are adjacent.
                let reporting = |cue: &str| {
                    let at = entries.partition_point(|x| x.cue.as_str() < cue);
                    entries[at..]
                        .iter()
                        .take_while(|x| x.cue == cue)
                        .position(|x| x.kind == CueKind::Reporting)
                        .map(|k| (at + k) as u32)
                };
                if let Some(r) = reporting(&e.cue) {
                    return Some((r, 0));
                }
                // The longest first words of the cue that are a reporting cue.
                let starts: Vec<usize> = e.cue.match_indices(' ').map(|(i, _)| i).collect();
                starts.iter().enumerate().rev().find_map(|(k, &end)| {
                    let words = u8::try_from(k + 1).ok()?;
                    reporting(&e.cue[..end]).map(|r| (r, words))
                })
            })
            .collect();
        Analyzer {
            inner: Arc::new(Inner {
                profile: self.profile,
                settings,
                entries,
                also_reporting,
                matcher,
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The embedded lexicons skip the check for a cue listed twice in one file at every start
    /// (`Lexicon::parse_embedded`): it runs here, on each of them.
    #[test]
    fn embedded_lexicons_list_each_cue_once() {
        for profile in Profile::ALL {
            for &(name, text) in profile.files() {
                if let Err(e) = Lexicon::parse(name, text) {
                    panic!("{e}");
                }
            }
        }
    }

    /// The two-thread path (texts from [`PARALLEL_FROM`] bytes) gives the same report as the
    /// one-thread path, attribution included.
    #[test]
    fn threads_do_not_change_the_report() {
        let article = include_str!("../examples/briefing.txt");
        // A transcript: a speaker's label tags the sentences of the turn after it, and
        // pronouns after it refer to the speakers met. The two threads share the claims in
        // chunks of a few sentences (in tests), so turns and quotations cross many chunks'
        // boundaries. Each copy has people of its own (a pronoun prefers a person it named
        // before), and two blank lines part the copies. (No-break spaces too: attribution reads
        // a spaced copy, and phrases are matched across them after the pieces are joined.)
        let transcript = |n: usize| {
            let s: String = [n / 26, n % 26]
                .map(|k| char::from(b'a' + k as u8))
                .iter()
                .collect();
            let up = s.to_uppercase();
            format!(
                "MARIA LOPE{up}: Thank you. We may see a deal this week. It is not\u{a0}certain.\n\n\
                 TOM REE{up}: I doubt it. \"The talks stalled twice,\" Paul\u{a0}Gran{s} said. They \
                 could stall again. Nobody knows.\n\n\"Not at all,\" he said. Lope{s} later \
                 told reporters the mood had improved. \"We are close,\" she said.\n\n\n"
            )
        };
        let text: String = (0..60)
            .map(|n| format!("{article}\n\n{}", transcript(n)))
            .collect();
        let analyzer = Analyzer::new();
        for options in [Options::default(), Options::explain()] {
            let one = analyzer.run(&text, &options, false);
            let two = analyzer.run(&text, &options, true);
            assert_eq!(one.sentences.len(), two.sentences.len());
            assert!(one.sources.len() > 3);
            assert!(one.sources.iter().any(|s| s.name == "Maria Lopeaa"));
            assert!(one.sources.iter().any(|s| s.name == "Tom Reeaa"));
            assert!(one.sentences[19..]
                .iter()
                .any(|s| s.cues.iter().any(|c| c.text == "not\u{a0}certain")));
            assert_eq!(one, two);
        }
    }
}
