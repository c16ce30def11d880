//! Lexicon files: parsing, merging overlays, and the typed vocabulary of cues.
//!
//! The format is documented in `lexicons/README.md`; in short, one entry a line:
//! `cue | kind | class | weight | options`, `#` comments, `@set name value` settings.

use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::path::Path;
use std::sync::Arc;

/// What a cue does to certainty.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum CueKind {
    /// Lowers certainty: possibility, probability, doubt, hearsay, approximation, weasel words.
    Hedge,
    /// Raises certainty: "clearly", "there is no question".
    Booster,
    /// Negates a hedge or booster that follows it: "not", "never".
    Negator,
    /// A look-alike phrase that wins over the cues inside it: "military might", "May Day".
    Block,
    /// A verb or phrase of saying, used by attribution: "said", "according to".
    Reporting,
}

impl CueKind {
    /// The name used in lexicon files and JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            CueKind::Hedge => "hedge",
            CueKind::Booster => "booster",
            CueKind::Negator => "negator",
            CueKind::Block => "block",
            CueKind::Reporting => "reporting",
        }
    }

    fn parse(s: &str) -> Option<CueKind> {
        Some(match s {
            "hedge" => CueKind::Hedge,
            "booster" => CueKind::Booster,
            "negator" => CueKind::Negator,
            "block" => CueKind::Block,
            "reporting" => CueKind::Reporting,
            _ => return None,
        })
    }
}

impl fmt::Display for CueKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

macro_rules! classes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// A finer category of cue, for explanation and for weighting by class.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[non_exhaustive]
        pub enum CueClass {
            $($(#[$doc])* #[serde(rename = $name)] $variant,)*
        }

        impl CueClass {
            /// Every class, in declaration order.
            pub const ALL: &'static [CueClass] = &[$(CueClass::$variant,)*];

            /// The name used in lexicon files and JSON output.
            pub fn as_str(self) -> &'static str {
                match self { $(CueClass::$variant => $name,)* }
            }

            fn parse(s: &str) -> Option<CueClass> {
                match s { $($name => Some(CueClass::$variant),)* _ => None }
            }
        }
    };
}

classes! {
    /// Modal verbs: "may", "might", "could".
    Modal = "modal",
    /// Epistemic verbs: "suggest", "appear", "believe".
    EpistemicVerb = "epistemic-verb",
    /// Epistemic adverbs: "possibly", "perhaps", "apparently".
    EpistemicAdverb = "epistemic-adverb",
    /// Epistemic adjectives: "possible", "likely", "putative".
    EpistemicAdjective = "epistemic-adjective",
    /// Phrases of probability: "most likely", "in all likelihood".
    Probable = "probable",
    /// Phrases of possibility: "it is possible that".
    Possible = "possible",
    /// Doubt and lack of knowledge: "not clear", "unknown", "remains to be seen".
    Doubt = "doubt",
    /// Approximators: "about", "roughly", "some".
    Approximator = "approximator",
    /// Conditionals: "if", "unless".
    Conditional = "conditional",
    /// Hearsay: "reportedly", "allegedly".
    Hearsay = "hearsay",
    /// Weasel phrases: "some people say", "it is often said".
    Weasel = "weasel",
    /// Investigation: "whether", "to determine", "we tested".
    Investigation = "investigation",
    /// Certainty: "clearly", "definitely", "no doubt".
    Certainty = "certainty",
    /// A look-alike (for `block` entries).
    Lookalike = "lookalike",
    /// Reporting with neutral commitment: "said", "told".
    Neutral = "neutral",
    /// Reporting that commits the author: "confirmed", "acknowledged".
    Commit = "commit",
    /// Reporting that distances the author: "claimed", "alleged".
    Distance = "distance",
    /// Reporting that asserts the negation: "denied".
    Deny = "deny",
    /// No finer class (`-` in files).
    None = "-",
}

impl fmt::Display for CueClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What a preceding negator does to a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NegationEffect {
    /// The cue stays as it is ("not likely" is still a hedge).
    Keep,
    /// The cue turns into the other kind ("not clearly" hedges).
    Flip,
    /// The cue no longer counts.
    Drop,
}

/// A test on a neighbouring word, used by look-alike conditions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum WordTest {
    /// The word itself (lower case).
    Word(String),
    /// Starts with a digit (`#num`).
    Number,
    /// Starts with an upper-case letter (`#cap`).
    Capitalized,
    /// A month name or its abbreviation (`#month`).
    Month,
    /// A possessive: ends in "'s", "’s", "s'" or "s’" (`#poss`).
    Possessive,
    /// A comma in the word's place (`#comma`: "…, arguing that …").
    Comma,
    /// The sentence's end in the word's place: a full stop, a question or exclamation mark, or
    /// nothing more (`#stop`: "… breakdowns either.").
    Stop,
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

impl WordTest {
    /// True when `word` (as written) passes this test.
    pub fn matches(&self, word: &str) -> bool {
        WordTests::new(word).passes(self)
    }
}

/// A word prepared for several [`WordTest`]s: its normal form, when it holds a typographic
/// apostrophe ("didn’t"), is made once, not once per test.
pub(crate) struct WordTests<'a> {
    word: &'a str,
    normal: Option<String>,
}

impl<'a> WordTests<'a> {
    pub(crate) fn new(word: &'a str) -> Self {
        // (The lead byte of the apostrophe first: a search for the character costs more than
        // the word's few bytes.)
        let normal = (word.as_bytes().contains(&0xE2) && word.contains('\u{2019}'))
            .then(|| normalize_cue(word));
        WordTests { word, normal }
    }

    /// The word as written.
    pub(crate) fn word(&self) -> &'a str {
        self.word
    }

    /// True when the word passes any of `tests`.
    pub(crate) fn any(&self, tests: &[WordTest]) -> bool {
        tests.iter().any(|t| self.passes(t))
    }

    fn passes(&self, test: &WordTest) -> bool {
        let word = self.word;
        match test {
            WordTest::Word(w) => match &self.normal {
                Some(normal) => normal == w,
                None => w.eq_ignore_ascii_case(word),
            },
            // (A currency sign may open the figure: "$40".)
            WordTest::Number => word
                .trim_start_matches(crate::context::CURRENCY)
                .as_bytes()
                .first()
                .is_some_and(u8::is_ascii_digit),
            WordTest::Capitalized => word.chars().next().is_some_and(char::is_uppercase),
            WordTest::Month => {
                let w = word.trim_end_matches('.');
                MONTHS.iter().any(|m| m.eq_ignore_ascii_case(w))
            }
            WordTest::Possessive => ["'s", "\u{2019}s", "s'", "s\u{2019}"]
                .iter()
                .any(|e| word.ends_with(e)),
            WordTest::Comma => word == ",",
            WordTest::Stop => matches!(word, "" | "." | "?" | "!"),
        }
    }
}

/// Conditions that reject a candidate match as a look-alike.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Conditions {
    /// Fires only in lower case, or capitalised at the start of a sentence.
    pub lower_only: bool,
    /// Rejected when the next word passes any of these tests.
    pub not_next: Vec<WordTest>,
    /// When set, required: the next word passes one of these tests.
    pub next: Option<Vec<WordTest>>,
    /// Rejected when the previous word passes any of these tests.
    pub not_prev: Vec<WordTest>,
    /// When set, required: the previous word passes one of these tests.
    pub prev: Option<Vec<WordTest>>,
    /// Rejected when a reporting cue stands earlier in the same sentence.
    pub not_after_reporting: bool,
    /// Rejected when one of these words stands earlier in the same clause ("if it could").
    pub not_after: Vec<WordTest>,
    /// Rejected right after a hedge of doubt (`!after=doubt`): "whether" in "not clear
    /// whether", "if" in "unsure if" open the clause that doubt governs, one doubt with it.
    pub not_after_doubt: bool,
    /// Reporting cues only: the cue tags quotations ("'…,' he explained") but not a sentence
    /// of reported speech of its own (`tags=quotes`): verbs such as "praised" or "blasted" tag
    /// a quotation reliably, while "Trump praised the ruling" reports no claim.
    pub quotes_only: bool,
    /// Reporting cues only: the cue reports for its subject in a headline alone
    /// (`tags=headline`): "Obama Seeks More Refugees", "Black Lawmakers Rip Trump" give the
    /// line to their subject, while in a story's sentences such verbs report no claim. A cue
    /// with `tags=quotes` in the present tense ("blasts", "rips") also reports in a headline.
    pub headline_only: bool,
    /// Reporting cues only: the cue is an adjective of a state of mind read after a linking
    /// verb, a form of "be", "feel", "remain", "seem", "grow" or "become" (`tags=predicate`:
    /// "Aides are confident that …"): its subject stands before that verb, as a progressive's
    /// does ("Aides are saying …"); with no linking verb before it, the cue tags no one.
    pub predicate: bool,
    /// Reporting cues only: a verb that also reads as a predicate adjective after a linking
    /// verb (`tags=verb+predicate`: "Regulators worried that …", "Residents are worried that
    /// …"); with no linking verb before it, it is read as the verb.
    pub verb_predicate: bool,
}

impl Conditions {
    /// True when no condition is set.
    pub fn is_empty(&self) -> bool {
        // (Field by field, every field named so that a new one must be added here: comparing
        // with a default built for the purpose cost 2.6 million instructions on the BBC corpus.)
        let Conditions {
            lower_only,
            not_next,
            next,
            not_prev,
            prev,
            not_after_reporting,
            not_after,
            not_after_doubt,
            quotes_only,
            headline_only,
            predicate,
            verb_predicate,
        } = self;
        !(*lower_only
            || *not_after_reporting
            || *not_after_doubt
            || *quotes_only
            || *headline_only
            || *predicate
            || *verb_predicate)
            && not_next.is_empty()
            && not_prev.is_empty()
            && not_after.is_empty()
            && next.is_none()
            && prev.is_none()
    }
}

/// One lexicon entry: a cue and what it means.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The cue as matched: lower case, single spaces, straight apostrophes.
    pub cue: String,
    /// What the cue does.
    pub kind: CueKind,
    /// A finer category.
    pub class: CueClass,
    /// How strongly it moves certainty, in [0, 1].
    pub weight: f64,
    /// What a preceding negator does.
    pub negation: NegationEffect,
    /// The weight the cue takes when a negator flips it (`neg=flip:W`); its own weight if unset.
    pub flipped_weight: Option<f64>,
    /// What the cue adds to a sentence's log-odds of certainty (`effect=X`, signed); when unset,
    /// `scale × weight`, negative for hedges. Lets graded data tune certainty apart from labels.
    pub effect: Option<f64>,
    /// Look-alike conditions.
    pub conditions: Conditions,
    /// The options field as written (for writing the entry back, e.g. by `learn`).
    pub options: Arc<str>,
    /// Where the entry was read: `file:line`.
    pub origin: Arc<str>,
}

/// Settings a lexicon file may carry with `@set`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Settings {
    /// Hedge strength (noisy-or of hedge weights) from which a sentence is labelled uncertain.
    pub label_threshold: f64,
    /// Certainty of a sentence with no cue.
    pub neutral: f64,
    /// Most words between a negator and the cue it negates.
    pub negation_window: usize,
    /// Log-odds moved by a cue of weight 1.
    pub scale: f64,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            label_threshold: 0.2,
            neutral: 0.8,
            negation_window: 3,
            scale: 3.0,
        }
    }
}

/// A set of lexicon entries and settings, read from one or more files.
///
/// Later files override earlier ones: an entry for the same cue and kind replaces the earlier
/// one, and `cue | off` removes every earlier entry for that cue.
///
/// # Examples
///
/// ```
/// use epistemic::{Lexicon, CueKind};
/// let mut lex = Lexicon::parse("base.lex", "may | hedge | modal | 0.5\nclearly | booster | certainty | 0.4\n")?;
/// lex.extend(Lexicon::parse("mine.lex", "may | hedge | modal | 0.7  # stronger\nclearly | off\n")?);
/// let entries = lex.entries();
/// assert_eq!(entries.len(), 1);
/// assert_eq!(entries[0].kind, CueKind::Hedge);
/// assert_eq!(entries[0].weight, 0.7);
/// # Ok::<(), epistemic::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    /// Entries in file order; `None` marks a removal (`off`).
    items: Vec<Item>,
    settings: Vec<(String, f64, Arc<str>)>,
}

#[derive(Debug, Clone)]
enum Item {
    Add(Box<Entry>),
    Off(String),
    /// `@weight cue | kind | w`: a new weight for an earlier entry, its options kept.
    Weight(String, CueKind, f64),
    /// `@effect cue | kind | e`: a certainty effect for an earlier entry, its options kept.
    Effect(String, CueKind, f64),
}

impl Lexicon {
    /// An empty lexicon.
    pub fn new() -> Lexicon {
        Lexicon::default()
    }

    /// Parses lexicon text; `name` is used in error messages and origins.
    ///
    /// # Errors
    ///
    /// A bad line gives an error naming `name`, the line number and what is wrong.
    pub fn parse(name: &str, text: &str) -> Result<Lexicon, Error> {
        let (lex, adds) = Lexicon::parse_lines(name, text)?;
        lex.check_repeats(name, &adds)?;
        Ok(lex)
    }

    /// [`Lexicon::parse`] for the embedded lexicons, which a test checks for repeated entries
    /// once (`embedded_lexicons_list_each_cue_once`) rather than every start.
    pub(crate) fn parse_embedded(name: &str, text: &str) -> Result<Lexicon, Error> {
        Lexicon::parse_lines(name, text).map(|(lex, _)| lex)
    }

    /// The lexicon of `text`, with the index in `items` and the line of each entry added.
    fn parse_lines(name: &str, text: &str) -> Result<(Lexicon, Vec<(usize, usize)>), Error> {
        let mut lex = Lexicon::new();
        // The line of each entry added, by its index in `items` (for the check below).
        let mut add_lines: Vec<(usize, usize)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let lineno = i + 1;
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let err = |m: String| Error::lexicon(name, lineno, m);
            if let Some(rest) = line.strip_prefix('@') {
                if let Some(update) = parse_update(rest).map_err(err)? {
                    lex.items.extend(update);
                    continue;
                }
                lex.settings.push(
                    parse_setting(rest)
                        .map_err(err)
                        .map(|(k, v)| (k, v, Arc::from(format!("{name}:{lineno}"))))?,
                );
                continue;
            }
            let fields: Vec<&str> = line.split('|').map(str::trim).collect();
            let cues = expand(fields[0]).map_err(err)?;
            if fields.get(1) == Some(&"off") {
                if fields.len() > 2 {
                    return Err(err("an `off` entry takes no further fields".into()));
                }
                lex.items.extend(cues.into_iter().map(Item::Off));
                continue;
            }
            if fields.len() < 4 || fields.len() > 5 {
                return Err(err(format!(
                    "expected `cue | kind | class | weight [| options]`, found {} field{}",
                    fields.len(),
                    if fields.len() == 1 { "" } else { "s" }
                )));
            }
            let kind = CueKind::parse(fields[1]).ok_or_else(|| {
                err(format!(
                    "unknown kind {:?} (expected hedge, booster, negator, block, reporting or off)",
                    fields[1]
                ))
            })?;
            let class = CueClass::parse(fields[2]).ok_or_else(|| {
                err(format!(
                    "unknown class {:?} (expected one of: {})",
                    fields[2],
                    CueClass::ALL
                        .iter()
                        .map(|c| c.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?;
            let weight: f64 = fields[3]
                .parse()
                .map_err(|_| err(format!("weight {:?} is not a number", fields[3])))?;
            if !(0.0..=1.0).contains(&weight) {
                return Err(err(format!("weight {} is outside [0, 1]", fields[3])));
            }
            let (negation, flipped_weight, effect, mut conditions) =
                parse_options(fields.get(4).copied().unwrap_or(""), kind).map_err(err)?;
            let origin: Arc<str> = Arc::from(format!("{name}:{lineno}"));
            let options: Arc<str> = Arc::from(fields.get(4).copied().unwrap_or(""));
            let alternatives = cues.len();
            for (k, cue) in cues.into_iter().enumerate() {
                add_lines.push((lex.items.len(), lineno));
                // (The last alternative takes the conditions: most lines have one.)
                let conditions = if k + 1 == alternatives {
                    std::mem::take(&mut conditions)
                } else {
                    conditions.clone()
                };
                lex.items.push(Item::Add(Box::new(Entry {
                    cue,
                    kind,
                    class,
                    weight,
                    negation,
                    flipped_weight,
                    effect,
                    conditions,
                    options: options.clone(),
                    origin: origin.clone(),
                })));
            }
        }
        Ok((lex, add_lines))
    }

    /// A second entry for a cue and kind in the same file would silently replace the first
    /// (an overlay's job, not a file's): an error naming both lines, unless the cue was turned
    /// `off` between them. `adds` are the indices in `items` of the entries added, with their
    /// lines. (Sorted once, not looked up per entry: this runs for the embedded lexicons at
    /// every start.)
    fn check_repeats(&self, name: &str, adds: &[(usize, usize)]) -> Result<(), Error> {
        // (Each with its entry, index and line, in the order of cue, kind and index.)
        let mut order: Vec<(&Entry, usize, usize)> = adds
            .iter()
            .filter_map(|&(k, line)| match &self.items[k] {
                Item::Add(e) => Some((&**e, k, line)),
                _ => None,
            })
            .collect();
        order.sort_unstable_by(|a, b| (&a.0.cue, a.0.kind, a.1).cmp(&(&b.0.cue, b.0.kind, b.1)));
        for pair in order.windows(2) {
            let ((a, first, first_line), (b, second, line)) = (pair[0], pair[1]);
            if a.cue != b.cue || a.kind != b.kind {
                continue;
            }
            let off_between = self.items[first..second]
                .iter()
                .any(|it| matches!(it, Item::Off(c) if *c == a.cue));
            if !off_between {
                return Err(Error::lexicon(
                    name,
                    line,
                    format!(
                        "a second {} entry for {:?} (the first is on line {first_line}); a later \
                         file (`--lexicon`) overrides an entry, one file lists each once",
                        a.kind.as_str(),
                        a.cue,
                    ),
                ));
            }
        }
        Ok(())
    }

    /// Reads and parses a lexicon file.
    ///
    /// # Errors
    ///
    /// The file cannot be read, or a line is bad (the error names the path and line).
    pub fn from_path(path: impl AsRef<Path>) -> Result<Lexicon, Error> {
        let path = path.as_ref();
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        Lexicon::parse(&path.display().to_string(), &text)
    }

    /// Appends `other` on top of `self`: its entries override earlier ones.
    pub fn extend(&mut self, other: Lexicon) {
        self.items.extend(other.items);
        self.settings.extend(other.settings);
    }

    /// The effective entries after overrides and removals, in a stable order (by cue, then kind).
    pub fn entries(&self) -> Vec<Entry> {
        self.clone().into_entries()
    }

    /// [`Lexicon::entries`], the lexicon used up: its entries are moved, not copied (an
    /// analyzer builds from about two thousand).
    pub(crate) fn into_entries(self) -> Vec<Entry> {
        let mut map: BTreeMap<(String, CueKind), Entry> = BTreeMap::new();
        for item in self.items {
            match item {
                Item::Add(e) => {
                    map.insert((e.cue.clone(), e.kind), *e);
                }
                Item::Off(cue) => map.retain(|(c, _), _| *c != cue),
                Item::Weight(cue, kind, w) => {
                    if let Some(e) = map.get_mut(&(cue, kind)) {
                        e.weight = w;
                    }
                }
                Item::Effect(cue, kind, v) => {
                    if let Some(e) = map.get_mut(&(cue, kind)) {
                        e.effect = Some(v);
                    }
                }
            }
        }
        map.into_values().collect()
    }

    /// The effective settings (defaults, overridden by `@set` lines in order).
    pub fn settings(&self) -> Settings {
        let mut s = Settings::default();
        for (k, v, _) in &self.settings {
            match k.as_str() {
                "label-threshold" => s.label_threshold = *v,
                "neutral" => s.neutral = *v,
                "negation-window" => s.negation_window = *v as usize,
                "scale" => s.scale = *v,
                _ => {}
            }
        }
        s
    }
}

/// `@weight cue | kind | w` or `@effect cue | kind | e` (one brace group allowed in the cue);
/// `Ok(None)` for other directives.
fn parse_update(rest: &str) -> Result<Option<Vec<Item>>, String> {
    let (directive, body) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
    let (lo, hi) = match directive {
        "weight" => (0.0, 1.0),
        "effect" => (-20.0, 20.0),
        _ => return Ok(None),
    };
    let fields: Vec<&str> = body.split('|').map(str::trim).collect();
    let [cue, kind, value] = fields[..] else {
        return Err(format!("expected `@{directive} cue | kind | value`"));
    };
    let kind =
        CueKind::parse(kind).ok_or_else(|| format!("unknown kind {kind:?} in @{directive}"))?;
    let v: f64 = value
        .parse()
        .ok()
        .filter(|v: &f64| (lo..=hi).contains(v))
        .ok_or_else(|| format!("@{directive} value {value:?} is not a number in [{lo}, {hi}]"))?;
    let items = expand(cue)?
        .into_iter()
        .map(|c| {
            if directive == "weight" {
                Item::Weight(c, kind, v)
            } else {
                Item::Effect(c, kind, v)
            }
        })
        .collect();
    Ok(Some(items))
}

const SETTINGS: &[(&str, f64, f64)] = &[
    ("label-threshold", 0.0, 1.0),
    ("neutral", 0.0, 1.0),
    ("negation-window", 0.0, 20.0),
    ("scale", 0.0, 20.0),
];

fn parse_setting(rest: &str) -> Result<(String, f64), String> {
    let mut words = rest.split_whitespace();
    if words.next() != Some("set") {
        return Err(format!(
            "unknown directive `@{rest}` (expected `@set NAME VALUE`)"
        ));
    }
    let (Some(name), Some(value), None) = (words.next(), words.next(), words.next()) else {
        return Err("expected `@set NAME VALUE`".into());
    };
    let Some(&(_, lo, hi)) = SETTINGS.iter().find(|(n, _, _)| *n == name) else {
        return Err(format!(
            "unknown setting {name:?} (expected one of: {})",
            SETTINGS.iter().map(|s| s.0).collect::<Vec<_>>().join(", ")
        ));
    };
    let v: f64 = value
        .parse()
        .map_err(|_| format!("value {value:?} of {name} is not a number"))?;
    if !(lo..=hi).contains(&v) {
        return Err(format!("value {value} of {name} is outside [{lo}, {hi}]"));
    }
    Ok((name.to_string(), v))
}

/// The line without its comment: `#` at the start of the line or after white space.
fn strip_comment(raw: &str) -> &str {
    let bytes = raw.as_bytes();
    let at = (0..bytes.len())
        .find(|&i| bytes[i] == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()));
    at.map_or(raw, |i| &raw[..i])
}

/// Normalises a cue as written in a file: lower case, single spaces, straight apostrophes.
pub(crate) fn normalize_cue(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        for c in word.chars() {
            match c {
                '\u{2019}' | '\u{2018}' | '`' => out.push('\''),
                '\u{201C}' | '\u{201D}' => out.push('"'),
                c => out.extend(c.to_lowercase()),
            }
        }
    }
    out
}

/// Expands one `{a,b,c}` group and normalises each alternative.
fn expand(field: &str) -> Result<Vec<String>, String> {
    if field.is_empty() {
        return Err("empty cue".into());
    }
    let Some(open) = field.find('{') else {
        if field.contains('}') {
            return Err(format!("unbalanced `}}` in cue {field:?}"));
        }
        return Ok(vec![normalize_cue(field)]);
    };
    let close = field[open..]
        .find('}')
        .map(|c| c + open)
        .ok_or_else(|| format!("unclosed `{{` in cue {field:?}"))?;
    let (head, tail) = (&field[..open], &field[close + 1..]);
    if tail.contains('{') || tail.contains('}') {
        return Err(format!("more than one `{{...}}` group in cue {field:?}"));
    }
    let out: Vec<String> = field[open + 1..close]
        .split(',')
        .map(|alt| normalize_cue(&format!("{head}{}{tail}", alt.trim())))
        .collect();
    if out.iter().any(String::is_empty) {
        return Err(format!("cue {field:?} expands to an empty alternative"));
    }
    Ok(out)
}

fn parse_words(list: &str) -> Result<Vec<WordTest>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "#num" => Ok(WordTest::Number),
            "#cap" => Ok(WordTest::Capitalized),
            "#month" => Ok(WordTest::Month),
            "#poss" => Ok(WordTest::Possessive),
            "#comma" => Ok(WordTest::Comma),
            "#stop" => Ok(WordTest::Stop),
            w if w.starts_with('#') => Err(format!(
                "unknown word class {w:?} (expected #num, #cap, #month, #poss, #comma or #stop)"
            )),
            w => Ok(WordTest::Word(normalize_cue(w))),
        })
        .collect()
}

fn parse_options(
    field: &str,
    kind: CueKind,
) -> Result<(NegationEffect, Option<f64>, Option<f64>, Conditions), String> {
    let mut flipped = None;
    let mut effect = None;
    let mut negation = if kind == CueKind::Booster {
        NegationEffect::Flip
    } else {
        NegationEffect::Keep
    };
    let mut c = Conditions::default();
    for opt in field.split_whitespace() {
        let (key, value) = opt.split_once('=').unwrap_or((opt, ""));
        match key {
            "case" if value == "lower" => c.lower_only = true,
            "!next" => c.not_next = parse_words(value)?,
            "next" => c.next = Some(parse_words(value)?),
            "!prev" => c.not_prev = parse_words(value)?,
            "prev" => c.prev = Some(parse_words(value)?),
            "!after" => {
                let mut words = Vec::new();
                for w in value.split(',').filter(|w| !w.is_empty()) {
                    if w == "reporting" {
                        c.not_after_reporting = true;
                    } else if w == "doubt" {
                        c.not_after_doubt = true;
                    } else {
                        words.push(w);
                    }
                }
                c.not_after = parse_words(&words.join(","))?;
                if !c.not_after_reporting && !c.not_after_doubt && c.not_after.is_empty() {
                    return Err("!after= needs `reporting`, `doubt` or words".into());
                }
            }
            "tags"
                if matches!(
                    value,
                    "quotes" | "headline" | "predicate" | "verb+predicate"
                ) =>
            {
                if kind != CueKind::Reporting {
                    return Err(format!("tags={value} is for reporting cues only"));
                }
                match value {
                    "quotes" => c.quotes_only = true,
                    "headline" => c.headline_only = true,
                    "predicate" => c.predicate = true,
                    _ => c.verb_predicate = true,
                }
            }
            "effect" => {
                effect = Some(
                    value
                        .parse::<f64>()
                        .ok()
                        .filter(|v| v.is_finite() && v.abs() <= 20.0)
                        .ok_or_else(|| {
                            format!("effect={value:?}: expected a number in [-20, 20]")
                        })?,
                )
            }
            "neg" => {
                let (effect, weight) = value.split_once(':').unwrap_or((value, ""));
                negation = match effect {
                    "keep" => NegationEffect::Keep,
                    "flip" => NegationEffect::Flip,
                    "drop" => NegationEffect::Drop,
                    _ => {
                        return Err(format!(
                            "neg={value:?}: expected keep, flip, flip:WEIGHT or drop"
                        ))
                    }
                };
                if !weight.is_empty() {
                    let w: f64 = weight
                        .parse()
                        .ok()
                        .filter(|w| (0.0..=1.0).contains(w) && effect == "flip")
                        .ok_or_else(|| {
                            format!("neg={value:?}: only flip takes a weight, a number in [0, 1]")
                        })?;
                    flipped = Some(w);
                }
            }
            _ => {
                return Err(format!(
                    "unknown option {opt:?} (expected case=lower, next=, !next=, prev=, !prev=, \
                     !after=, neg=, effect=, tags=quotes, tags=headline, tags=predicate or \
                     tags=verb+predicate)"
                ))
            }
        }
    }
    Ok((negation, flipped, effect, c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn braces_expand_and_normalise() {
        let lex = Lexicon::parse("t", "Suggest{,s,ed} | hedge | epistemic-verb | 0.5\n").unwrap();
        let cues: Vec<_> = lex.entries().into_iter().map(|e| e.cue).collect();
        assert_eq!(cues, ["suggest", "suggested", "suggests"]);
    }

    #[test]
    fn curly_apostrophes_fold_to_straight() {
        let lex = Lexicon::parse("t", "can\u{2019}t  | negator | - | 0\n").unwrap();
        assert_eq!(lex.entries()[0].cue, "can't");
    }

    #[test]
    fn a_neighbour_with_a_curly_apostrophe_passes_a_straight_word_test() {
        let lex =
            Lexicon::parse("t", "think | reporting | neutral | 0.5 | !prev=don't,we\n").unwrap();
        let tests = &lex.entries()[0].conditions.not_prev;
        for word in ["don\u{2019}t", "don't", "DON\u{2019}T", "We"] {
            assert!(WordTests::new(word).any(tests), "{word}");
        }
        for word in ["dont", "don\u{2019}", "\u{2019}", "wé"] {
            assert!(!WordTests::new(word).any(tests), "{word}");
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        for (text, msg) in [
            (
                "\n\nmay | hedg | modal | 0.5",
                "t.lex:3: unknown kind \"hedg\"",
            ),
            (
                "may | hedge | modal",
                "t.lex:1: expected `cue | kind | class | weight",
            ),
            (
                "may | hedge | nope | 0.5",
                "t.lex:1: unknown class \"nope\"",
            ),
            (
                "may | hedge | modal | x",
                "t.lex:1: weight \"x\" is not a number",
            ),
            (
                "may | hedge | modal | 2",
                "t.lex:1: weight 2 is outside [0, 1]",
            ),
            (
                "may | hedge | modal | 0.5 | zz",
                "t.lex:1: unknown option \"zz\"",
            ),
            (
                "may | hedge | modal | 0.5 | !next=#foo",
                "t.lex:1: unknown word class",
            ),
            ("m{a,b | hedge | modal | 0.5", "t.lex:1: unclosed `{`"),
            ("@set bogus 1", "t.lex:1: unknown setting \"bogus\""),
            (
                "@set neutral 7",
                "t.lex:1: value 7 of neutral is outside [0, 1]",
            ),
            ("@frob", "t.lex:1: unknown directive"),
            (
                "@weight may | hedge",
                "t.lex:1: expected `@weight cue | kind | value`",
            ),
            (
                "@weight may | hedge | 3",
                "t.lex:1: @weight value \"3\" is not a number in [0, 1]",
            ),
            (
                "@effect may | hedgy | 1",
                "t.lex:1: unknown kind \"hedgy\" in @effect",
            ),
            (
                "may | off | x",
                "t.lex:1: an `off` entry takes no further fields",
            ),
            (
                "sure that | hedge | modal | 0.5 | tags=predicate",
                "t.lex:1: tags=predicate is for reporting cues only",
            ),
        ] {
            let e = Lexicon::parse("t.lex", text).unwrap_err().to_string();
            assert!(e.starts_with(msg), "{text:?}: got {e:?}, want {msg:?}");
        }
    }

    #[test]
    fn conditions_parse() {
        let lex = Lexicon::parse(
            "t",
            "may | hedge | modal | 0.5 | case=lower !next=#num,#month,day !after=reporting neg=drop",
        )
        .unwrap();
        let e = &lex.entries()[0];
        assert!(e.conditions.lower_only && e.conditions.not_after_reporting);
        assert!(!e.conditions.not_after_doubt);
        assert_eq!(e.negation, NegationEffect::Drop);
        let lex =
            Lexicon::parse("t", "whether | hedge | investigation | 0.9 | !after=doubt").unwrap();
        let c = &lex.entries()[0].conditions;
        assert!(c.not_after_doubt && !c.not_after_reporting && c.not_after.is_empty());
        assert_eq!(
            e.conditions.not_next,
            [
                WordTest::Number,
                WordTest::Month,
                WordTest::Word("day".into())
            ]
        );
        assert_eq!(&*e.origin, "t:1");
        let lex = Lexicon::parse(
            "t",
            "keen that | reporting | neutral | 0.5 | tags=predicate",
        )
        .unwrap();
        let c = &lex.entries()[0].conditions;
        assert!(c.predicate && !c.verb_predicate && !c.quotes_only && !c.headline_only);
        let lex = Lexicon::parse(
            "t",
            "fretted | reporting | neutral | 0.5 | tags=verb+predicate",
        )
        .unwrap();
        let c = &lex.entries()[0].conditions;
        assert!(c.verb_predicate && !c.predicate);
    }

    #[test]
    fn word_tests() {
        assert!(WordTest::Number.matches("2024"));
        assert!(WordTest::Month.matches("Sept."));
        assert!(WordTest::Capitalized.matches("Él"));
        assert!(WordTest::Possessive.matches("Ortiz\u{2019}s"));
        assert!(WordTest::Possessive.matches("voters'"));
        assert!(!WordTest::Possessive.matches("shows"));
        assert!(WordTest::Word("day".into()).matches("Day"));
        assert!(!WordTest::Word("day".into()).matches("days"));
        assert!(WordTest::Comma.matches(","));
        assert!(!WordTest::Comma.matches("and"));
        assert!(WordTest::Stop.matches(".") && WordTest::Stop.matches(""));
        assert!(!WordTest::Stop.matches("and") && !WordTest::Stop.matches(","));
    }

    #[test]
    fn a_file_lists_each_cue_and_kind_once() {
        // A second entry in the same file is an error naming both lines …
        let err = Lexicon::parse(
            "mine.lex",
            "may | hedge | modal | 0.5\nclearly | booster | certainty | 0.4\nmay | hedge | modal | 0.7",
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("mine.lex:3") && err.contains("line 1"),
            "{err}"
        );
        // … also when a brace group repeats a form (curly and straight apostrophes are one).
        assert!(Lexicon::parse("t", "{won't,won’t} say | reporting | neutral | 0.5").is_err());
        // Another kind, a removal in between, and a later file are no repetition.
        assert!(Lexicon::parse(
            "t",
            "may | hedge | modal | 0.5\nmay | block | lookalike | 0\nmay | off\nmay | hedge | modal | 0.6"
        )
        .is_ok());
        let mut lex = Lexicon::parse("a", "may | hedge | modal | 0.5").unwrap();
        lex.extend(Lexicon::parse("b", "may | hedge | modal | 0.7").unwrap());
        assert_eq!(lex.entries()[0].weight, 0.7);
    }

    #[test]
    fn a_comma_is_a_word_class_of_the_neighbour_conditions() {
        let lex =
            Lexicon::parse("t", "arguing | reporting | neutral | 0.5 | prev=is,#comma").unwrap();
        assert_eq!(
            lex.entries()[0].conditions.prev,
            Some(vec![WordTest::Word("is".into()), WordTest::Comma])
        );
        // A comma neighbour fires `prev=#comma` and nothing else.
        let a = crate::Analyzer::builder()
            .defaults(false)
            .lexicon(
                Lexicon::parse(
                    "t",
                    "may | hedge | modal | 0.5 | prev=#comma\nmight | hedge | modal | 0.5 | !prev=#comma",
                )
                .unwrap(),
            )
            .build();
        let cues = |t: &str| a.analyze(t).sentences[0].cues.len();
        assert_eq!(cues("It rained, may it stop."), 1);
        assert_eq!(cues("It rained and may stop."), 0);
        assert_eq!(cues("It rained, might it stop."), 0);
        assert_eq!(cues("It rained and might stop."), 1);
        let err = Lexicon::parse("t", "may | hedge | modal | 0.5 | prev=#commas").unwrap_err();
        assert!(err.to_string().contains("#comma"), "{err}");
    }

    #[test]
    fn weight_and_effect_updates_keep_options() {
        let mut lex =
            Lexicon::parse("a", "may | hedge | modal | 0.5 | case=lower !next=#num").unwrap();
        lex.extend(
            Lexicon::parse("b", "@weight may | hedge | 0.7\n@effect may | hedge | -1.25\n@weight absent | hedge | 0.1")
                .unwrap(),
        );
        let e = &lex.entries()[0];
        assert_eq!((e.weight, e.effect), (0.7, Some(-1.25)));
        assert!(e.conditions.lower_only && !e.conditions.not_next.is_empty());
        assert_eq!(
            lex.entries().len(),
            1,
            "an update of an absent entry adds nothing"
        );
    }

    #[test]
    fn settings_override() {
        let mut lex = Lexicon::parse("a", "@set label-threshold 0.3").unwrap();
        lex.extend(Lexicon::parse("b", "@set label-threshold 0.4\n@set neutral 0.7").unwrap());
        let s = lex.settings();
        assert_eq!((s.label_threshold, s.neutral), (0.4, 0.7));
    }
}
