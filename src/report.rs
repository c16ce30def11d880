//! The typed results of an analysis. They serialise with serde into the JSON that
//! `epistemic analyze --format json` prints, a contract other programs rely on: fields are added,
//! never renamed or removed.

use crate::lexicon::{CueClass, CueKind};
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// The analysis of one text: its sentences and the sources that assert them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Every sentence, in order; their spans tile the input up to white space.
    pub sentences: Vec<Sentence>,
    /// Every source that asserts at least one sentence or is reported in one, the author first
    /// when it asserts any.
    pub sources: Vec<Source>,
}

/// One sentence, how certain it is, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sentence {
    /// Position in [`Report::sentences`].
    pub index: usize,
    /// Byte offset of the first byte (no leading white space).
    pub start: usize,
    /// Byte offset one past the last byte (no trailing white space).
    pub end: usize,
    /// The sentence as written: `input[start..end]`.
    pub text: String,
    /// How certain the sentence is, in [0, 1]: the neutral certainty of the profile, moved in
    /// log-odds by each cue's `effect`. 1 is asserted without reservation.
    pub certainty: f64,
    /// True when the hedges' combined strength reaches the profile's label threshold.
    pub uncertain: bool,
    /// Combined strength of the hedges, `1 - Π(1 - weight)`, in [0, 1].
    pub hedge_strength: f64,
    /// The hedges and boosters that count, in order.
    pub cues: Vec<Cue>,
    /// Who asserts the sentence: `None` (JSON `null`) for the author's own voice. Boxed, as
    /// `reported` is: most sentences have neither, and a `Sentence` is half the size (136
    /// bytes, not 264) without a `SourceRef` inline (`s.source.as_deref()` reads it).
    pub source: Option<Box<SourceRef>>,
    /// In a sentence of the author's own voice, the source whose words it reports in a minor
    /// part ("A spokesman for the ministry said it would."; the reported words fill less than
    /// half of the sentence, so the sentence as a whole is the author's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported: Option<Box<SourceRef>>,
    /// Candidates that were rejected, with the reason (only with `Options::explain`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<Rejected>,
}

impl Sentence {
    /// The sentence's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A hedge or booster found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cue {
    /// The cue as written.
    pub text: String,
    /// Byte offset into the input (not relative to the sentence).
    pub start: usize,
    /// Byte offset one past the cue's end.
    pub end: usize,
    /// Hedge or booster, after negation (a negated booster counts as a hedge).
    pub kind: CueKind,
    /// The finer class from the lexicon.
    pub class: CueClass,
    /// The lexicon weight, in [0, 1].
    pub weight: f64,
    /// True when a negator governs the cue.
    pub negated: bool,
    /// The negator's span, when negated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub negator: Option<Span>,
    /// The clause the cue governs, within its sentence.
    pub scope: Span,
    /// What the cue adds to the sentence's log-odds of certainty (negative for hedges).
    pub effect: f64,
    /// The lexicon entry, as `file:line` (only with `Options::explain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<String>,
}

impl Cue {
    /// The cue's byte span.
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// A candidate cue that did not count, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Rejected {
    /// The candidate as written.
    pub text: String,
    /// Byte offset into the input.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The kind it would have had.
    pub kind: CueKind,
    /// Why it was rejected.
    pub reason: RejectReason,
    /// A readable detail: the neighbouring word, the blocking entry.
    pub detail: String,
}

/// Why a candidate cue was rejected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum RejectReason {
    /// A `block` entry (a look-alike phrase such as "military might") covers it.
    Lookalike,
    /// Capitalised mid-sentence, for a cue that fires in lower case only ("May", "Might").
    Capitalized,
    /// The next word rules it out ("May 2024").
    NextWord,
    /// The previous word rules it out ("the might of").
    PreviousWord,
    /// It follows a reporting cue ("he said it would").
    ReportedSpeech,
    /// It follows a word that rules it out in the same clause ("if it could").
    ClauseWord,
    /// A negator removed it (`neg=drop`).
    Negated,
    /// It opens the clause of a doubt right before it ("whether" in "not clear whether").
    Governed,
}

/// Who asserts a sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SourceRef {
    /// Index of the source in [`Report::sources`].
    pub id: usize,
    /// The canonical name ("John Kirby").
    pub name: String,
    /// What kind of source it is.
    pub kind: SourceKind,
    /// The source as written in this sentence's tag ("he", "a US official").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_written: Option<String>,
    /// The reporting cue that attributes the sentence ("said", "according to").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cue: Option<ReportingCue>,
    /// True when the sentence is inside a direct quotation.
    #[serde(default)]
    pub quoted: bool,
    /// The source that relays this one, when nested: "the New York Times" for the sources of
    /// "the New York Times reports, citing sources, …", "CBS" for "an official told CBS",
    /// "Reuters" for "'…,' the pope said, according to Reuters."
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Indices into the sentence's `cues` of those that stand outside this source's words: in
    /// its tag ("reportedly" in "Kirby reportedly said …") or in a preamble before a tag whose
    /// words follow it ("Asked whether a deal was possible, she said: '…'"). The source's
    /// certainty ([`Source::certainty`]) leaves them out; the sentence's keeps them.
    ///
    /// ```
    /// let r = epistemic::Analyzer::new()
    ///     .analyze("Kirby reportedly said that the ship sank in the harbour on Monday night.");
    /// let s = &r.sentences[0];
    /// let kirby = s.source.as_ref().or(s.reported.as_ref()).unwrap();
    /// assert_eq!(s.cues[kirby.outside_cues[0]].text, "reportedly");
    /// assert!(r.sources[kirby.id].certainty > s.certainty); // the author's distance, not Kirby's
    /// ```
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub outside_cues: Vec<usize>,
}

/// A verb or phrase of saying and how far it commits the author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportingCue {
    /// The cue as written.
    pub text: String,
    /// Byte offset into the input.
    pub start: usize,
    /// Byte offset one past its end.
    pub end: usize,
    /// The commitment the verb carries.
    pub commitment: Commitment,
}

/// How far a reporting cue commits the author to what is reported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Commitment {
    /// "said", "told": the author only relays.
    Neutral,
    /// "confirmed", "acknowledged": the author endorses.
    Commit,
    /// "claimed", "alleged": the author keeps a distance.
    Distance,
    /// "denied": the source asserts the negation.
    Deny,
}

/// What kind of source asserts a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum SourceKind {
    /// The text's own voice.
    Author,
    /// A named person ("John Kirby").
    Person,
    /// A named organisation ("the White House", "the Pentagon").
    Organization,
    /// A publication or broadcaster ("the New York Times", "CBS").
    Publication,
    /// An anonymous or vague source ("a US official", "sources", "analysts").
    Anonymous,
    /// A document or study ("the report", "the study").
    Document,
}

/// A source and how sure it is, aggregated over the sentences it asserts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    /// Position in [`Report::sources`].
    pub id: usize,
    /// The canonical name.
    pub name: String,
    /// What kind of source.
    pub kind: SourceKind,
    /// Every way the text refers to it ("John Kirby", "Kirby", "he").
    pub aliases: Vec<String>,
    /// Descriptions that came with it ("National Security Council spokesman").
    pub descriptors: Vec<String>,
    /// Indices of the sentences it asserts.
    pub sentences: Vec<usize>,
    /// Aggregated certainty of its words: of its sentences and of those in
    /// [`Source::reported`], in [0, 1]. A sentence counts without the cues that stand outside
    /// the source's words ([`SourceRef::outside_cues`]), and the author's sentences count whole.
    pub certainty: f64,
    /// Number of hedges in its words, in its sentences and in those in [`Source::reported`].
    pub hedges: usize,
    /// Number of boosters in its words, in its sentences and in those in [`Source::reported`].
    pub boosters: usize,
    /// The reporting cues used for it, lower case, in order of first use.
    pub reporting_cues: Vec<String>,
    /// The source that relays it, when nested: the first relay met for this source (one of
    /// its sentences may come through a relay and another not; each sentence's own
    /// [`SourceRef::via`] tells).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Indices of the author's sentences that report its words in a minor part (see
    /// [`Sentence::reported`]). They count in its certainty, hedges and boosters with its own
    /// sentences ("A spokesman said it may fail." is the spokesman's hedge).
    #[serde(default)]
    pub reported: Vec<usize>,
    /// True when the source is a pronoun that nothing before it resolves ("He thinks …" with no
    /// man named or quoted within reach): its name is the pronoun as written, and it may be a
    /// source met under another name. In JSON only when true.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unresolved: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A report holds one `Sentence` per sentence of the input (44,000 for the 5 MB BBC corpus),
    /// most with no source: the sources stay boxed so that a sentence does not carry room for
    /// one (264 bytes a sentence with the `SourceRef` inline, 4 MB more at peak).
    #[test]
    #[cfg(target_pointer_width = "64")]
    fn a_sentence_stays_small() {
        assert!(
            std::mem::size_of::<Sentence>() <= 136,
            "{}",
            std::mem::size_of::<Sentence>()
        );
    }
}
