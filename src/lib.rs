//! # epistemic
//!
//! Reads English text and tells how sure it is, and who is sure of what.
//!
//! epistemic splits text into sentences, finds epistemic markers with lexicons — hedges ("could",
//! "most likely", "not clear", "reportedly", "cannot rule out") and boosters ("clearly",
//! "there is no question") — handles negation and look-alikes ("May 2024", "military might",
//! "Mayor"), works out who asserts each sentence, and reports a certainty score per sentence
//! and per source. Every score traces back to cue spans and weights.
//!
//! ```
//! use epistemic::Analyzer;
//!
//! let analyzer = Analyzer::new(); // build once, share everywhere (Send + Sync, cheap to clone)
//! let report = analyzer.analyze("It is not clear when the vote will take place. The bill clearly passed.");
//! assert!(report.sentences[0].uncertain);
//! assert!(report.sentences[1].certainty > report.sentences[0].certainty);
//! for s in &report.sentences {
//!     for cue in &s.cues {
//!         println!("{:?} {} at {}..{} weight {}", cue.kind, cue.text, cue.start, cue.end, cue.weight);
//!     }
//! }
//! ```
//!
//! The pipeline, one pass per stage over the whole document:
//! [`segment`] (sentence spans) → matching (one automaton over every cue) → context (negation,
//! look-alikes, scope) → attribution (sources) → scoring → [`Report`].
//! Offsets are byte offsets into the input everywhere.

#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod analyzer;
mod attribution;
mod context;
mod error;
pub mod eval;
pub mod learn;
mod lexicon;
mod matcher;
mod report;
mod score;
pub mod segment;
mod span;

pub use analyzer::{Analyzer, AnalyzerBuilder, Options, Profile};
pub use error::{Error, ErrorKind};
pub use lexicon::{
    Conditions, CueClass, CueKind, Entry, Lexicon, NegationEffect, Settings, WordTest,
};
pub use report::{
    Commitment, Cue, RejectReason, Rejected, Report, ReportingCue, Sentence, Source, SourceKind,
    SourceRef,
};
pub use span::Span;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
