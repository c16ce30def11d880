//! Speaker tags: the source phrase next to a reporting cue ("Kirby said", "said Kirby",
//! "according to the ministry", "Tad Devine, a senior strategist, said"), what kind of source it
//! names, and its canonical name.
//!
//! Every look-around is bounded (a few hundred bytes, at most a dozen words), so the cost per
//! reporting cue is constant.

use crate::report::SourceKind;
use crate::span::Span;
use std::cell::Cell;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::Arc;

/// How far (bytes) a tag may reach from its cue.
const WINDOW: usize = 240;
/// Most words in a source phrase.
const MAX_WORDS: usize = 10;
/// Most words in a source phrase before its cue, where a description may run on to the name
/// it closes with ("a spokesman for European Justice and Home Affairs Commissioner Franco
/// Frattini said").
const LEFT_WORDS: usize = 12;

/// Signs of a currency before a sum ("£4m", "$2bn").
const CURRENCY_SIGNS: [char; 4] = ['£', '$', '€', '¥'];

/// True when `token` is a currency's sign alone.
fn currency_sign(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(|c| CURRENCY_SIGNS.contains(&c)) && chars.next().is_none()
}

/// A source phrase found next to a cue.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Found {
    /// The phrase as written, after dropping leading connectives ("But the minister").
    pub phrase: Span,
    /// An appositive that came with it ("a senior strategist for Sanders").
    pub descriptor: Option<Span>,
    /// Where the phrase starts or ends: the tag covers `tag` (phrase, descriptor and cue).
    pub tag: Span,
}

impl Found {
    /// A phrase right before its cue, with no descriptor (`PENCE:`, `He … and said`).
    pub(crate) fn leading(phrase: Span, cue: Span) -> Found {
        Found {
            phrase,
            descriptor: None,
            tag: Span::new(phrase.start, cue.end),
        }
    }
}

/// What a source phrase refers to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Mention {
    /// A personal pronoun, to resolve ("he", "she", "they", "it", "we", "I").
    Pronoun(Pronoun),
    /// A proper name or a description: canonical name, kind, descriptor words before the name.
    Named {
        name: Arc<str>,
        kind: SourceKind,
        descriptor: Option<Arc<str>>,
    },
}

impl Mention {
    /// True for a publication named ("the Post", "Reuters").
    pub(crate) fn is_publication(&self) -> bool {
        matches!(
            self,
            Mention::Named {
                kind: SourceKind::Publication,
                ..
            }
        )
    }
}

/// The pronouns a tag may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pronoun {
    He,
    She,
    They,
    It,
    /// "I", "we": the speaker of a quoted first person, left as written.
    First,
}

/// A token: a word or one punctuation character.
#[derive(Debug, Clone, Copy)]
struct Tok {
    span: Span,
    word: bool,
}

/// The articles ("the minister", "a spokesman").
pub(crate) const ARTICLES: &[&str] = &["a", "an", "the"];

/// Title abbreviations whose full stop does not end a sentence.
const ABBREVIATIONS: &Words = &Words::new(&[
    "adm", "atty", "capt", "cmdr", "co", "col", "corp", "d.c", "del", "det", "dr", "gen", "gov",
    "govs", "hon", "inc", "insp", "jr", "lt", "ltd", "maj", "mr", "mrs", "ms", "no", "pres",
    "prof", "rep", "reps", "rev", "sen", "sens", "sgt", "sr", "st", "supt", "u.k", "u.n", "u.s",
    "vs",
]);

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '\'' | '\u{2019}' | '-' | '&' | '%')
}

/// Prepositions that open a person's affiliation after the name ("Jeff Joseph, from the
/// Consumer Electronics Association").
pub(crate) const AFFILIATIONS: &[&str] = &["at", "from", "of", "with"];

/// Month abbreviations, which keep their full stop before a day ("a Feb. 1 letter").
const MONTHS: &Words = &Words::new(&[
    "apr", "aug", "dec", "feb", "jan", "jul", "jun", "mar", "nov", "oct", "sep", "sept",
]);

/// The months by their full names, less "may" (a modal and a name far more often).
const FULL_MONTHS: &Words = &Words::new(&[
    "april",
    "august",
    "december",
    "february",
    "january",
    "july",
    "june",
    "march",
    "november",
    "october",
    "september",
]);

/// The months that are no given names, unlike April, May, June and August ("December
/// Microsoft", "… and in September this year said that …").
const UNNAMED_MONTHS: &Words = &Words::new(&[
    "december",
    "february",
    "january",
    "july",
    "march",
    "november",
    "october",
    "september",
]);

/// The days of the week, which alone are a time and never a source.
pub(crate) const WEEKDAYS: &Words = &Words::new(&[
    "friday",
    "monday",
    "saturday",
    "sunday",
    "thursday",
    "tuesday",
    "wednesday",
]);

/// True when the full stop right after `word`, followed by `after`, belongs to the word: a
/// title, an initial, "U.S.", or a month before its day ("Feb. 1").
pub(crate) fn abbreviation_before(word: &str, after: &str) -> bool {
    is_abbreviation(word)
        || lower_in(word, MONTHS)
            && after
                .trim_start_matches(' ')
                .starts_with(|c: char| c.is_ascii_digit())
}

/// Nouns in "-ly", which are no adverbs ("his family said", "the daily said").
const LY_NOUNS: &[&str] = &[
    "anomaly", "assembly", "belly", "bully", "daily", "family", "homily", "monopoly", "monthly",
    "rally", "supply", "weekly",
];

/// True for a word that looks like an adverb in "-ly" ("newly", "recently"; not "family",
/// "rally").
pub(crate) fn adverb_like(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly") && !lower_in(w, LY_NOUNS)
}

/// True for one word in one of the endings of adverbs made from adjectives ("Locally",
/// "Reportedly", "Ironically"), none of which ends a name ("Kelly", "Connolly", "Beverly" keep
/// theirs).
fn is_adverb_alone(w: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ably", "ally", "antly", "ately", "edly", "ently", "fully", "ibly", "ingly", "ively",
        "lessly", "ously",
    ];
    // (No allocation: this runs for every phrase found left of a cue.)
    let b = w.as_bytes();
    b.len() > 5
        && !b.contains(&b' ')
        && ENDINGS.iter().any(|e| {
            b.len() >= e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes())
        })
}

/// Titles before a person's name ("Mr Straw", "Dr Hale").
pub(crate) const PERSON_TITLES: &[&str] = &["dr", "miss", "mr", "mrs", "ms", "prof", "sir"];

/// Verbs of quoting before the one quoted and "as saying" ("The Post quoted a GOP official as
/// saying").
pub(crate) const QUOTING: &[&str] = &["cited", "quoted", "quotes", "quoting"];

/// Where the description that "and" (token `and`) joins to the words after it (to `end`)
/// opens, with its article, when those words are a singular role in lower case with no
/// determiner of its own ("… and Irish president", "… and 400m record holder", "… and
/// financial data seller") and the words before "and" run back to "the" with no stop word
/// nor mark: "The former UN commissioner for human rights and Irish president told",
/// "The news and financial data seller said". The article opens the sentence or follows a
/// comma.
fn described_pair(text: &str, toks: &[Tok], and: usize, end: usize) -> Option<usize> {
    let w = |k: usize| &text[toks[k].span.range()];
    let second = and + 1..end;
    if second.is_empty() || second.len() > 4 {
        return None;
    }
    let head = w(end - 1);
    let plain = |k: usize| {
        toks[k].word
            && !lower_in(w(k), ARTICLES)
            && !lower_in(w(k), DETERMINERS)
            && possessor(w(k)).is_none()
    };
    if !second.clone().all(plain)
        || !w(and + 1).starts_with(|c: char| {
            c.is_ascii_lowercase()
                || c.is_ascii_digit()
                || c.is_ascii_uppercase() && nation_adjective(w(and + 1))
        })
        || !head.bytes().all(|b| b.is_ascii_lowercase())
        || !(role_noun(head) || agent_noun(head))
    {
        return None;
    }
    let mut k = and;
    while k > 0 && and - k < DESCRIBED_PAIR_WORDS {
        k -= 1;
        let word = w(k);
        if !toks[k].word {
            return None;
        }
        if lower_in(word, ARTICLES) && word.len() == 3 {
            let opens = k == 0 || w(k - 1) == ",";
            return (opens && k + 1 < and).then_some(k);
        }
        // (No verb: "The plan failed and union leader …" is two clauses.)
        let verb =
            word.len() > 3 && word.ends_with("ed") && !(k >= 1 && lower_in(w(k - 1), ARTICLES));
        if lower_in(word, STOP) && !lower_in(word, &["for", "of"])
            || pronoun(word).is_some()
            || verb
        {
            return None;
        }
    }
    None
}

/// True for a capitalised adjective of a nation or a people that may open a role ("Irish
/// president", "US envoy", "Danish minister").
fn nation_adjective(word: &str) -> bool {
    demonym(word)
        || country_initials(word)
        || ["ish", "ese", "ic"].iter().any(|end| word.ends_with(end))
}

/// Most words after "and" in a role closing a phrase after its cue ("the shadow work and
/// pensions secretary").
const ROLE_PAIR_WORDS: usize = 3;

/// Most words between "the" and "and" in [`described_pair`].
const DESCRIBED_PAIR_WORDS: usize = 8;

/// True when `word` may open a lead before a clause's subject: a participle ("Speaking to the
/// BBC"), a preposition, or one of `also` ("Asked about …").
fn opens_lead(word: &str, also: &[&str]) -> bool {
    word.len() > 4 && word.ends_with("ing") || lower_in(word, PREPOSITIONS) || lower_in(word, also)
}

/// True when `word` is written in capitals, two letters or more ("WHO", "IMF"): an acronym.
fn acronym(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// True when `word` is a word of content in lower case, three letters or more: no function
/// word ("the", "which"), preposition ("with") or stop word ("said", "and").
fn content_word(word: &str) -> bool {
    word.len() > 2
        && word.bytes().all(|b| b.is_ascii_lowercase())
        && !lower_in(word, FUNCTION_WORDS)
        && !lower_in(word, PREPOSITIONS)
        && !lower_in(word, STOP)
}

/// True when `word` is written in capitals with or without full stops, two letters or more
/// ("US", "U.S.", "U.K."): a country's initials.
fn country_initials(word: &str) -> bool {
    word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// True when `word`, a stop word by its letters, is an acronym naming a body instead ("the WHO",
/// "WHO officials"): three letters or more, or two after an article ("the IT department", "the
/// US"), which `after_article` tells when asked.
fn named_acronym(word: &str, after_article: impl FnOnce() -> bool) -> bool {
    acronym(word) && (word.len() >= 3 || after_article())
}

/// True when `word` alone names the holder of a title ("the Mayor", "the PM"); not "US", a
/// country that also opens titles ("US Secretary of State").
pub(crate) fn title_alone(word: &str) -> bool {
    word != "US" && lower_in(word, TITLES)
}

/// True when a full stop right after `word` belongs to it (a title, an initial, "U.S."; not a
/// figure's: "won in 30.26. Butler said", "worth $2.4bn. Smith said").
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || w.contains('.') && !w.starts_with(|c: char| c.is_ascii_digit())
        || lower_in(w, ABBREVIATIONS)
}

/// `f` of the tokens of `text[span]` (see [`tokens`]), in a buffer kept per thread.
fn with_tokens<R>(text: &str, span: Span, f: impl FnOnce(&[Tok]) -> R) -> R {
    thread_local! {
        static BUFFER: Cell<Vec<Tok>> = const { Cell::new(Vec::new()) };
    }
    let mut toks = BUFFER.take();
    toks.clear();
    tokens(text, span, &mut toks);
    let r = f(&toks);
    BUFFER.set(toks);
    r
}

/// Tokens of `text[span]` into `out`, words and punctuation; white space dropped. A full stop
/// joins the word before it when it is inside an abbreviation ("U.S.", "Mr.", "J.").
fn tokens(text: &str, span: Span, out: &mut Vec<Tok>) {
    let s = &text[span.range()];
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            continue;
        }
        if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = iter.peek() {
                if is_word_char(d) {
                    end = j + d.len_utf8();
                    iter.next();
                } else if d == ','
                    && s[..j].ends_with(|c: char| c.is_ascii_digit())
                    && s.as_bytes()
                        .get(j + 1..j + 4)
                        .is_some_and(|t| t.iter().all(u8::is_ascii_digit))
                    && !s.as_bytes().get(j + 4).is_some_and(u8::is_ascii_digit)
                {
                    // "1,300 bosses": a thousands separator is inside the figure.
                    end = j + 1;
                    iter.next();
                } else if d == '/'
                    && (s[..j].ends_with(|c: char| c.is_ascii_digit())
                        && s.as_bytes().get(j + 1).is_some_and(u8::is_ascii_digit)
                        || s[..j].ends_with(|c: char| c.is_alphanumeric())
                            && s.as_bytes().get(j + 1).is_some_and(u8::is_ascii_uppercase))
                {
                    // "9/11 victims", "24/7": a slash between figures is inside the word; so is
                    // one before a capital, joining the names of a poll's two sponsors ("a New
                    // York Times/CBS News poll", "CNN/ORC").
                    end = j + 1;
                    iter.next();
                } else if d == '.' {
                    // "U.S", "Mr." and initials keep their full stop.
                    let next_is_word = s[j + 1..].chars().next().is_some_and(char::is_alphanumeric);
                    // ("Smith et al.": the full stop of "al." too.)
                    let et_al = &s[i..j] == "al"
                        && out
                            .last()
                            .is_some_and(|t: &Tok| &text[t.span.range()] == "et");
                    if next_is_word || et_al || abbreviation_before(&s[i..j], &s[j + 1..]) {
                        end = j + 1;
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
            // "Consumer group Which? said …", "OutRage! said …": a name's own mark.
            if let Some(&(j, d @ ('?' | '!'))) = iter.peek() {
                if c.is_uppercase()
                    && crate::segment::saying_after_mark(&text.as_bytes()[span.start + j + 1..])
                {
                    end = j + d.len_utf8();
                    iter.next();
                }
            }
            // Possessive or stray apostrophes at the edges are not part of the name; a run of
            // apostrophes alone is a quotation mark (`''`, the newspaper convention), a run of
            // hyphens a dash (`according to the report - still …`).
            let marks = s[i..end].chars().all(|c| matches!(c, '\'' | '\u{2019}'))
                || s[i..end].chars().all(|c| c == '-');
            out.push(Tok {
                span: Span::new(span.start + i, span.start + end),
                word: !marks,
            });
        } else {
            out.push(Tok {
                span: Span::new(span.start + i, span.start + i + c.len_utf8()),
                word: false,
            });
        }
    }
}

/// The largest char boundary at or below `i`.
pub(crate) fn floor_char(text: &str, mut i: usize) -> usize {
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

pub(crate) fn ceil_char(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i.min(text.len())
}

/// `w` less any "'s" and then any "\u{2019}s" at its end (as two `trim_end_matches`, which set
/// up a string searcher each time).
pub(crate) fn strip_possessives(mut w: &str) -> &str {
    while let Some(rest) = w.strip_suffix("'s") {
        w = rest;
    }
    while let Some(rest) = w.strip_suffix("\u{2019}s") {
        w = rest;
    }
    w
}

/// Where the first `pat` stands in `s` (as `s.find(pat)`): a byte search for its first letter
/// (or its first byte), then a comparison at each place found. A string searcher costs more to
/// set up than most phrases take to scan.
pub(crate) fn find_str(s: &str, pat: &str) -> Option<usize> {
    str_starts(s, pat).next()
}

/// Every place where `pat` starts in `s`, in order ([`find_str`]; places may overlap, as
/// `match_indices` does not let them).
pub(crate) fn str_starts<'a>(s: &'a str, pat: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let k = anchor_byte(p);
    let wanted = k.map_or(0, |k| p[k]);
    // (An empty `pat` is found nowhere: its search stops at once.)
    let hay = if k.is_some() { b } else { &[] };
    memchr::memchr_iter(wanted, hay)
        .filter_map(move |i| i.checked_sub(k.unwrap_or(0)))
        .filter(move |&i| b[i..].starts_with(p))
}

/// Where the last `pat` stands in `s` ([`find_str`] from the end).
pub(crate) fn rfind_str(s: &str, pat: &str) -> Option<usize> {
    let (b, p) = (s.as_bytes(), pat.as_bytes());
    let k = anchor_byte(p)?;
    memchr::memrchr_iter(p[k], b)
        .filter_map(|i| i.checked_sub(k))
        .find(|&i| b[i..].starts_with(p))
}

/// The place in `pat` of the byte [`find_str`] searches for: its first letter, rarer than the
/// spaces and commas around it; `None` for an empty `pat`.
fn anchor_byte(p: &[u8]) -> Option<usize> {
    (!p.is_empty()).then(|| p.iter().position(u8::is_ascii_alphabetic).unwrap_or(0))
}

/// True when `word`, ignoring ASCII case, is in `list`: a [`Words`] list or a slice of words
/// (sorted and lower case: a test checks the long lists).
pub(crate) fn lower_in<L: WordList + ?Sized>(word: &str, list: &L) -> bool {
    // The key's case is folded as it is compared: no copy of the word.
    list.holds(word.as_bytes())
}

/// A list of lower-case words that [`lower_in`] looks up.
pub(crate) trait WordList {
    /// Every word.
    fn words(&self) -> &[&str];
    /// True when `key`, its ASCII case folded, is one of the words.
    fn holds(&self, key: &[u8]) -> bool {
        holds(self.words(), key)
    }
}

/// `key` (any ASCII case) in a sorted list: a scan when the list is short, a binary search
/// otherwise.
fn holds(list: &[&str], key: &[u8]) -> bool {
    if list.len() <= 16 {
        return list
            .iter()
            .any(|w| w.len() == key.len() && cmp_folded(w.as_bytes(), key).is_eq());
    }
    let found = list
        .binary_search_by(|probe| cmp_folded(probe.as_bytes(), key))
        .is_ok();
    // (A list out of order finds nothing of what it holds: the unit tests check every look-up.)
    #[cfg(test)]
    assert_eq!(
        found,
        list.iter().any(|w| cmp_folded(w.as_bytes(), key).is_eq()),
        "word list out of order: {list:?}"
    );
    found
}

/// [`cmp_short`] of a lower-case word and a key of any ASCII case, the key folded byte by byte.
fn cmp_folded(a: &[u8], key: &[u8]) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Greater, Less};
    for (x, y) in a.iter().zip(key) {
        let y = y.to_ascii_lowercase();
        if *x != y {
            return if *x < y { Less } else { Greater };
        }
    }
    a.len().cmp(&key.len())
}

impl WordList for [&str] {
    fn words(&self) -> &[&str] {
        self
    }
}

impl<const N: usize> WordList for [&str; N] {
    fn words(&self) -> &[&str] {
        self
    }
}

/// A long sorted word list, indexed by its first two bytes: a look-up searches only the few
/// words that start like the key.
pub(crate) struct Words {
    words: &'static [&'static str],
    /// `words[from[k]..from[k + 1]]` are the words whose first two bytes have the key `k` (see
    /// [`Words::key`]).
    from: [u16; Words::KEYS + 1],
}

impl Words {
    /// Classes of a byte in [`Words::key`]: none, before "a", each of "a" to "z", after "z".
    const CLASSES: usize = 29;
    /// Keys of the first two bytes.
    const KEYS: usize = Words::CLASSES * Words::CLASSES;

    /// A byte's class, in the order of the bytes (so the words of one key stand together in a
    /// sorted list): no byte (a word of one letter, before all that go on), a byte before "a", a
    /// letter, a byte after "z". `b` is in lower case.
    const fn class(b: Option<u8>) -> usize {
        match b {
            None => 0,
            Some(b) if b < b'a' => 1,
            Some(b) if b <= b'z' => 2 + (b - b'a') as usize,
            Some(_) => 28,
        }
    }

    /// The key of a word's first two bytes (lower case).
    const fn key(first: u8, second: Option<u8>) -> usize {
        Words::class(Some(first)) * Words::CLASSES + Words::class(second)
    }

    /// Indexes `words` (sorted, lower case, none empty). Every list is a constant, so a list
    /// that breaks this fails to compile.
    pub(crate) const fn new(words: &'static [&'static str]) -> Words {
        let mut k = 0;
        while k < words.len() {
            let w = words[k].as_bytes();
            assert!(!w.is_empty(), "an empty word");
            let mut j = 0;
            while j < w.len() {
                assert!(!w[j].is_ascii_uppercase(), "a word in upper case");
                j += 1;
            }
            if k > 0 {
                assert!(
                    cmp_short(words[k - 1].as_bytes(), w).is_lt(),
                    "words out of order"
                );
            }
            k += 1;
        }
        assert!(words.len() < u16::MAX as usize, "a list too long to index");
        let mut from = [0u16; Words::KEYS + 1];
        let mut key = 0;
        let mut i = 0;
        while key <= Words::KEYS {
            // The first word whose key is `key` or more.
            while i < words.len() && Words::word_key(words[i].as_bytes()) < key {
                i += 1;
            }
            from[key] = i as u16;
            key += 1;
        }
        Words { words, from }
    }

    /// [`Words::key`] of a word of the list.
    const fn word_key(w: &[u8]) -> usize {
        let second = if w.len() > 1 { Some(w[1]) } else { None };
        Words::key(w[0], second)
    }
}

impl WordList for Words {
    fn words(&self) -> &[&str] {
        self.words
    }

    fn holds(&self, key: &[u8]) -> bool {
        match *key {
            [] => false,
            [first, ref rest @ ..] => {
                let second = rest.first().map(u8::to_ascii_lowercase);
                let k = Words::key(first.to_ascii_lowercase(), second);
                let (a, z) = (self.from[k], self.from[k + 1]);
                holds(&self.words[a as usize..z as usize], key)
            }
        }
    }
}

/// Byte order of two short strings, compared in place (a `memcmp` call costs more than the
/// comparison for words of a few letters).
/// (A constant function: [`Words::new`] checks its lists' order with it as they compile.)
const fn cmp_short(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    use std::cmp::Ordering::{Equal, Greater, Less};
    let mut i = 0;
    while i < a.len() && i < b.len() {
        if a[i] != b[i] {
            return if a[i] < b[i] { Less } else { Greater };
        }
        i += 1;
    }
    if a.len() < b.len() {
        Less
    } else if a.len() > b.len() {
        Greater
    } else {
        Equal
    }
}

pub(crate) fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        || particle_name(word)
        || numbered_brand(word)
}

/// True for a brand written with a number before its capital: "4Cast", "3Com" (a capital and a
/// small letter right after the digits; not "3D", "5G", "4th" nor a time run into a word,
/// "9:52PMBush").
fn numbered_brand(word: &str) -> bool {
    let b = word.as_bytes();
    if !b.first().is_some_and(u8::is_ascii_digit) {
        return false;
    }
    let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
    let rest = &b[digits..];
    rest.len() >= 2
        && rest[0].is_ascii_uppercase()
        && rest[1].is_ascii_lowercase()
        && rest.iter().all(u8::is_ascii_alphabetic)
}

/// True for a name with a lower-case particle joined to it: an Arabic article and a hyphen,
/// "al-Jibouri", "el-Sayed", "bin-Laden"; a French "d'" or "l'", "d'Estaing" (the name after
/// the particle capitalised).
fn particle_name(word: &str) -> bool {
    // (Called for every word in lower case: where its joint can stand rules out most at once.)
    if !matches!(
        word.as_bytes(),
        [b'a' | b'b' | b'e' | b'i', _, b'-', _, ..]
            | [b'a' | b'b' | b'i', _, _, b'-', _, ..]
            | [b'd' | b'l', b'\'' | 0xE2, _, ..]
    ) {
        return false;
    }
    let capital = |name: &str| name.chars().next().is_some_and(char::is_uppercase);
    word.split_once('-').is_some_and(|(article, name)| {
        matches!(
            article,
            "al" | "el" | "bin" | "ibn" | "abu" | "ad" | "as" | "ash" | "az"
        ) && capital(name)
    }) || ["d'", "d\u{2019}", "l'", "l\u{2019}"]
        .iter()
        .any(|p| word.strip_prefix(p).is_some_and(capital))
}

/// Adverbials of a few words that may stand between a subject and its verb of saying ("China
/// has in the past said", "Officials have in recent days warned").
const ADVERBIALS: &[&str] = &[
    "at the time",
    "for the first time",
    "in recent days",
    "in recent months",
    "in recent weeks",
    "in recent years",
    "in the meantime",
    "in the past",
    "no longer",
    "on several occasions",
    "time and again",
];

/// Words that may stand between a subject and its verb of saying ("Kirby also said",
/// "Kirby on Monday said"), or between the verb and an inverted subject.
const BETWEEN: &Words = &Words::new(&[
    "a",
    "actually",
    "afternoon",
    "again",
    "already",
    "also",
    "always",
    "did",
    "do",
    "does",
    "earlier",
    "even",
    "evening",
    "famously",
    "finally",
    "first",
    "flatly",
    "frequently",
    "friday",
    "further",
    "had",
    "has",
    "have",
    "here",
    "however",
    "immediately",
    "in",
    "indeed",
    "initially",
    "instead",
    "interview",
    "just",
    "last",
    "later",
    "likewise",
    "meanwhile",
    "monday",
    "month",
    "morning",
    "never",
    "nevertheless",
    "night",
    "nonetheless",
    "now",
    "officially",
    "often",
    "on",
    "once",
    "only",
    "openly",
    "originally",
    "past",
    "perhaps",
    "previously",
    "privately",
    "publicly",
    "quickly",
    "quietly",
    "recently",
    "repeatedly",
    "reportedly",
    "rightly",
    "routinely",
    "saturday",
    "separately",
    "similarly",
    "somehow",
    "soon",
    "statement",
    "still",
    "subsequently",
    "sunday",
    "then",
    "there",
    "therefore",
    "this",
    "thursday",
    "thus",
    "today",
    "tonight",
    "too",
    "tuesday",
    "usually",
    "wednesday",
    "week",
    "weekend",
    "will",
    "would",
    "year",
    "yesterday",
]);

/// Words that end a source phrase (the phrase cannot reach past them).
pub(crate) const STOP: &Words = &Words::new(&[
    "after",
    "also",
    "although",
    "and",
    "are",
    "as",
    "be",
    "because",
    "been",
    "before",
    "being",
    "but",
    "can",
    "could",
    "did",
    "do",
    "does",
    "even",
    "here",
    "how",
    "however",
    "if",
    "is",
    "it's",
    "just",
    "may",
    "meanwhile",
    "might",
    "must",
    "nor",
    "not",
    "once",
    "or",
    "said",
    // ("The session saw Mr Blair predict that …": a perception's object does the saying.)
    "saw",
    "say",
    "says",
    "should",
    "since",
    "so",
    "than",
    "that",
    "there",
    "though",
    "to",
    "told",
    "unless",
    "until",
    "was",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "would",
    "yet",
]);

/// Stop words before a phrase that make the cue part of an embedded clause ("a plan that Kirby
/// said would fail"): no attribution of the sentence.
const EMBEDDING: &Words = &Words::new(&[
    "after", "although", "are", "be", "because", "before", "can", "could", "did", "do", "does",
    "how", "if", "is", "may", "might", "must", "not", "should", "since", "than", "that", "though",
    "to", "unless", "until", "was", "were", "what", "when", "where", "whether", "which", "while",
    "who", "whom", "whose", "why", "will", "would",
]);

/// Words of `EMBEDDING` a relative clause may hold without embedding the cue: "to", negation and
/// auxiliaries ("a worker who asked not to be named said", "an aide who did not want to be
/// identified said"); a wh-word or a conjunction still embeds it ("people who want to know what
/// Trump said").
const CLAUSE_AUXILIARIES: &Words = &Words::new(&[
    "be", "can", "could", "did", "do", "does", "may", "might", "must", "not", "should", "to",
    "will", "would",
]);

/// Leading words dropped from a phrase ("But the minister", "Separately, officials").
const LEADING: &Words = &Words::new(&[
    "also",
    "and",
    "at",
    "but",
    "during",
    "earlier",
    "fellow",
    "friday",
    "however",
    "in",
    "indeed",
    "instead",
    "interview",
    "last",
    "later",
    "meanwhile",
    "monday",
    "month",
    "morning",
    "next",
    "night",
    "now",
    "on",
    // "Only Kirby said": a focus on the subject, not part of its name.
    "only",
    // "Rival Sony said", "Fellow Republicans say": a relation, not part of the name.
    "rival",
    "saturday",
    "separately",
    "so",
    "speaking",
    "still",
    "sunday",
    "then",
    "this",
    "thursday",
    "today",
    "tuesday",
    "wednesday",
    "week",
    "year",
    "yesterday",
    "yet",
]);

/// Words after the head of a description ("sources familiar with the matter", "a spokesman for
/// the campaign"), besides the [`PARTICIPLES`].
const POSTMODIFIERS: &Words = &Words::new(&[
    "across",
    "acting",
    "advising",
    "alongside",
    "among",
    "around",
    "at",
    "based",
    // ("The team behind the discovery", "the man behind the plan": what they made.)
    "behind",
    "briefed",
    "close",
    "defending",
    "familiar",
    "for",
    "from",
    "in",
    "inside",
    "involved",
    "near",
    "of",
    "on",
    "out",
    "representing",
    "speaking",
    "throughout",
    // ("A senior aide to Ruiz", "an adviser to the president")
    "to",
    "under",
    "who",
    "with",
    "within",
    "working",
]);

/// Participles after the head of a description that take an object ("astronomers using the
/// telescope", "a doctor treating the Belgian", "Democrats supporting Mrs. Clinton"): like the
/// [`POSTMODIFIERS`] when an object follows them, not before a noun they qualify ("Web tracking
/// company Envisional", "network monitoring company Sandvine"); see [`object_participle`].
const OBJECT_PARTICIPLES: &[&str] = &[
    "analysing",
    "analyzing",
    "backing",
    "developing",
    "investigating",
    "managing",
    "monitoring",
    "opposing",
    "organising",
    "organizing",
    "overseeing",
    "representing",
    "running",
    "studying",
    "supporting",
    "tracking",
    "treating",
    "using",
];

/// True when `words[i]` is one of the [`OBJECT_PARTICIPLES`] with its object after it: a name,
/// an article, or a determiner or possessive ([`DETERMINERS`]), not a noun in lower case that it
/// qualifies.
fn object_participle(words: &[&str], i: usize) -> bool {
    // (Every one ends in "-ing": the list is read for those words only.)
    words[i].ends_with("ing")
        && lower_in(words[i], OBJECT_PARTICIPLES)
        && words.get(i + 1).is_some_and(|next| {
            is_capitalized(next)
                || lower_in(next, ARTICLES)
                || lower_in(next, DETERMINERS)
                // ("the company running it said": a pronoun for object.)
                || i + 2 == words.len() && lower_in(next, &["it", "them"])
        })
}

/// Participles after the head of a description ("a memo seen by Reuters", "a report released
/// on Tuesday"): like the [`POSTMODIFIERS`], and what follows them describes the source rather
/// than names it.
const PARTICIPLES: &[&str] = &[
    "accused",
    "announced",
    "arrested",
    "charged",
    "circulated",
    "collected",
    "commissioned",
    "compiled",
    "conducted",
    "convicted",
    "detained",
    "distributed",
    "filed",
    "gathered",
    "issued",
    "jailed",
    "known",
    "leaked",
    "obtained",
    "posted",
    "prepared",
    "presented",
    "produced",
    "published",
    "quoted",
    "released",
    "reviewed",
    "seen",
    "sent",
    "signed",
    "sponsored",
    "submitted",
    "taken",
    "unveiled",
    "written",
];

/// Time words that may trail an inverted or right-hand phrase ("said Kirby on Monday").
pub(crate) const TIME: &Words = &Words::new(&[
    "afternoon",
    "afterward",
    "afterwards",
    "earlier",
    "evening",
    "friday",
    "last",
    "later",
    "monday",
    "month",
    "morning",
    "night",
    "on",
    "saturday",
    "sunday",
    "this",
    "thursday",
    "today",
    "tonight",
    "tuesday",
    "wednesday",
    "week",
    "year",
    "yesterday",
]);

/// The source phrase left of a cue at `cue` ("Kirby said", "Kirby, who ..., said"), looking no
/// further back than `lo`. `embedded` is set when the phrase is preceded by a word that makes the
/// cue part of a subordinate clause.
pub(crate) fn left(text: &str, lo: usize, cue: Span) -> Option<(Found, bool)> {
    after_preamble(text, lo, cue, left_of(text, lo, cue))
}

/// [`left`] before a preamble with no comma after it is looked at.
fn left_of(text: &str, lo: usize, cue: Span) -> Option<(Found, bool)> {
    let zone = lo;
    let lo = floor_char(text, lo.max(cue.start.saturating_sub(WINDOW)));
    let (found, embedded) = with_tokens(text, Span::new(lo, cue.start), |toks| {
        left_in(text, toks, cue)
    })?;
    // (Or, set off by a comma, before "to" and the verb whose object is missing: "…, a move
    // Democrats immediately vowed to challenge in court".)
    let appositive = || {
        text[..found.phrase.start].trim_end().ends_with(',') && text[cue.end..].starts_with(" to ")
    };
    // (Or, set off by a comma, "a" and a noun before a plural, which no compound has: "…, a
    // decision campaigners said they would challenge".)
    let indefinite = || {
        let phrase = &text[found.phrase.range()];
        (phrase.starts_with("a ") || phrase.starts_with("an ") || phrase.starts_with("A "))
            && text[..found.phrase.start].trim_end().ends_with(',')
            && phrase
                .rsplit(' ')
                .next()
                .is_some_and(|last| last.len() > 3 && last.ends_with('s') && !last.ends_with("ss"))
    };
    if (subject_gap_after(text, cue) || appositive() || indefinite())
        && reduced_relative(&text[found.phrase.range()])
    {
        return None;
    }
    let found = name_before_role(text, zone, after_figure(text, tidy_edges(text, found, cue)));
    let found = name_before_campus(text, zone, found);
    let found = name_after_relative(text, found);
    let found = polled_opening(text, polled_before(text, zone, found));
    // ("Locally, too, say analysts, …": an adverb opening the sentence; the source follows the
    // cue.)
    if is_adverb_alone(&text[found.phrase.range()]) {
        return None;
    }
    // "Although the agency declined to comment and aides later said …, it showed …": a subject
    // after "and" in a subordinate clause opening the sentence is the clause's too.
    let embedded = embedded || joined_in_subordinate(&text[zone..found.phrase.start]);
    Some((opening_name_over_list(text, zone, found), embedded))
}

/// True when `before`, the words from the clause's start to a source phrase, opens with a
/// subordinating word ("Although", "Because", "If") and ends with "and" or "but" joining the
/// phrase's clause to it, with no comma between (the subordinate clause has not closed).
fn joined_in_subordinate(before: &str) -> bool {
    let before = before.trim_end();
    let joined = [" and", " but"].iter().any(|j| {
        before.len() > j.len()
            && before.is_char_boundary(before.len() - j.len())
            && before[before.len() - j.len()..].eq_ignore_ascii_case(j)
    });
    joined
        && !before.contains([',', ';', '"', '\u{201C}', '\u{201D}', '\u{2014}'])
        && before
            .split_whitespace()
            .next()
            .is_some_and(|w| lower_in(w, SUBORDINATE_OPENERS))
}

/// Words that open a subordinate clause at the start of a sentence, for
/// [`joined_in_subordinate`] ("as" is left out: "As the talks began and officials said …" may
/// be a main clause's time).
const SUBORDINATE_OPENERS: &[&str] = &[
    "after", "although", "because", "before", "if", "since", "though", "unless", "until", "when",
    "whereas", "while",
];

/// True when a modal or an auxiliary follows the cue at `cue` right away ("say will", "said
/// would", "says is"): the content clause after it has no subject of its own.
fn subject_gap_after(text: &str, cue: Span) -> bool {
    let rest = text[cue.end..].strip_prefix(' ').unwrap_or("");
    let next = &rest[..rest.find(' ').unwrap_or(0)];
    lower_in(next, super::RELATIVE_VERBS)
}

/// True when `phrase` ends in a determiner, a plain noun and a bare noun ("a measure
/// supporters", "a move critics"): before a cue with no subject after it
/// ([`subject_gap_after`]), the bare noun is the subject of a reduced relative clause that
/// describes the noun before ("…, a measure supporters say will free up homes"), embedded as
/// "a measure that supporters say will …" is. ("The ferry workers say they will strike": a
/// compound, its clause with a subject of its own.)
fn reduced_relative(phrase: &str) -> bool {
    let mut words = phrase.rsplit(' ');
    let plain = |w: Option<&str>| {
        w.is_some_and(|w| {
            w.bytes().all(|b| b.is_ascii_lowercase())
                && !lower_in(w, FUNCTION_WORDS)
                && !lower_in(w, PREPOSITIONS)
        })
    };
    // (The bare noun may be a party's members: "a move Democrats vowed to challenge".)
    let members = |w: Option<&str>| {
        w.and_then(|w| w.strip_suffix('s'))
            .is_some_and(|w| lower_in(w, PARTY_MEMBERS) && is_capitalized(w))
    };
    let last = words.next();
    (plain(last) || members(last))
        && plain(words.next())
        && words.next().is_some_and(|w| {
            lower_in(w, DETERMINERS) || lower_in(w, ARTICLES) || lower_in(w, POSSESSIVE_DETERMINERS)
        })
}

/// A description, its relative clause, then a name set off by commas before the cue: "A
/// councillor who voted against the plan, Dev Patel, said" is Dev Patel, described (the name
/// had been read as the end of the relative clause, as in "a pollster who works with Priorities
/// USA, a super PAC,"). The description opens with an article, "one" or "another"; the name is
/// two or three capitalised words with no article, "of", "for" or "and". So is a body's name
/// after its noun and "that" or "which" ("The company that runs the site, GreenCycle North,
/// said"), of one to four words.
fn name_after_relative(text: &str, found: Found) -> Found {
    let Some(d) = found.descriptor else {
        return found;
    };
    let described = &text[found.phrase.range()];
    let first = described.split(' ').next().unwrap_or("");
    let clause = &text[d.range()];
    // ("The company that runs the site, GreenCycle North, said": a body's noun and "that" or
    // "which", its name of one to four words.)
    let body = (clause.starts_with("that ") || clause.starts_with("which "))
        && described
            .rsplit(' ')
            .next()
            .is_some_and(|h| role_kind(&h.to_ascii_lowercase()) == Some(SourceKind::Organization));
    if !(lower_in(first, ARTICLES) || lower_in(first, &["another", "one"]))
        || !(clause.starts_with("who ") || clause.starts_with("whose ") || body)
        || described.split(' ').skip(1).any(is_capitalized)
    {
        return found;
    }
    // (The name stands between the clause and the cue, in the tag.)
    let Some(rest) = text
        .get(d.end..found.tag.end)
        .and_then(|r| r.strip_prefix(", "))
    else {
        return found;
    };
    let Some(name) = rest
        .split(',')
        .next()
        .filter(|n| rest[n.len()..].starts_with(", "))
    else {
        return found;
    };
    let words = name.split(' ').count();
    let fewest = if body { 1 } else { 2 };
    let most = if body { 4 } else { 3 };
    if !(fewest..=most).contains(&words)
        || !is_capitalized_name(name)
        || name
            .split(' ')
            .any(|w| lower_in(w, &["and", "of", "for"]) || lower_in(w, ARTICLES))
    {
        return found;
    }
    Found {
        phrase: Span::new(d.end + 2, d.end + 2 + name.len()),
        descriptor: Some(Span::new(found.phrase.start, d.end)),
        tag: found.tag,
    }
}

/// The subject after a preamble that no comma closes, when the phrase found before the cue took
/// in the preamble's last words or none was found: "At the Consumer Electronics Show in Las
/// Vegas Microsoft boss Bill Gates said" -> "Bill Gates", "In a statement issued on Wednesday
/// Lord Woolf said" -> "Lord Woolf" (not "a statement"), "In the UK 69% of those questioned
/// said" -> "69% of those questioned", "When asked if … if he returned Owen said" -> "Owen".
/// The clause before the cue opens with a word of a preamble ([`PREAMBLE_OPENERS`]) and holds no
/// comma; the subject is a share ("half of those questioned") or the capitalised name (up to
/// four words, a day or a month before it dropped) right before the cue.
fn after_preamble(
    text: &str,
    zone: usize,
    cue: Span,
    found: Option<(Found, bool)>,
) -> Option<(Found, bool)> {
    let Some(clause) = text.get(zone..cue.start) else {
        return found;
    };
    let lead = clause.trim_start();
    let first = lead.split(' ').next().unwrap_or("");
    if !(first.starts_with(|c: char| c.is_ascii_uppercase()) && lower_in(first, PREAMBLE_OPENERS))
        || lead.len() > PREAMBLE_BYTES
        || punctuated(lead.as_bytes())
    {
        return found;
    }
    let start = zone + (clause.len() - lead.len());
    let mut words: Vec<(usize, &str)> = Vec::new();
    let mut at = start;
    for w in lead.split(' ') {
        if !w.is_empty() {
            words.push((at, w));
        }
        at += w.len() + 1;
    }
    // (Adverbs and auxiliaries between the subject and the cue: "Mr Sullivan repeatedly told".)
    while words.len() > 2 && {
        let w = words[words.len() - 1].1;
        adverb_like(w) && !is_capitalized(w)
            || lower_in(
                w,
                &["also", "had", "has", "have", "now", "once", "still", "then"],
            )
    } {
        words.pop();
    }
    let n = words.len();
    if n < 3 {
        return found;
    }
    let end = words[n - 1].0 + words[n - 1].1.len();
    let figure = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    // A share: "69% of those questioned", "half of those questioned", "many of those
    // interviewed".
    let share = (1..n - 1).rev().find(|&k| {
        words[k + 1].1 == "of" && (figure(words[k].1) || lower_in(words[k].1, SHARE_WORDS))
    });
    let (k, is_share) = match share {
        // ("At least half of voters …": the measure is the share's, no preamble.)
        Some(k)
            if k >= 2
                && words[k - 2].1.eq_ignore_ascii_case("at")
                && lower_in(words[k - 1].1, &["least", "most"]) =>
        {
            (k - 2, true)
        }
        Some(k) => (k, true),
        None => {
            // The capitalised name closing the clause, after a word in lower case.
            let mut j = n;
            while j > 1 && is_capitalized(words[j - 1].1) {
                j -= 1;
            }
            if j == n || n - j > 4 || j == 0 || is_capitalized(words[j - 1].1) {
                return found;
            }
            // (A name after a preposition is its object: "When the government of President
            // Petro O. Poroshenko called snap elections"; after a day, "on Wednesday Lord
            // Woolf said", the subject.)
            let date = |w: &str| lower_in(w, WEEKDAYS) || lower_in(w, FULL_MONTHS);
            let before = words[j - 1].1;
            if !date(words[j].1)
                && (lower_in(before, PREPOSITIONS) || lower_in(before, &["at", "for", "in", "on"]))
            {
                return found;
            }
            while j < n && date(words[j].1) {
                j += 1;
            }
            if j == n {
                return found;
            }
            // ("… of the Washington Post Trump said": a paper's or a body's name, then a
            // person's.)
            let split = (j + 1..n).find(|&m| {
                let (head, tail) = (
                    &text[words[j].0..words[m - 1].0 + words[m - 1].1.len()],
                    &text[words[m].0..end],
                );
                matches!(
                    classify(head, false),
                    Some(Mention::Named {
                        kind: SourceKind::Organization | SourceKind::Publication,
                        ..
                    })
                ) && matches!(
                    classify(tail, false),
                    Some(Mention::Named {
                        kind: SourceKind::Person,
                        ..
                    })
                )
            });
            (split.unwrap_or(j), false)
        }
    };
    let phrase = Span::new(words[k].0, end);
    let written = &text[phrase.range()];
    let Some(Mention::Named { name, kind, .. }) = classify(written, false) else {
        return found;
    };
    if !is_share
        && !matches!(
            kind,
            SourceKind::Person | SourceKind::Organization | SourceKind::Publication
        )
    {
        return found;
    }
    let keep = match &found {
        None => false,
        Some((_, true)) => false,
        // (Found within the candidate name, or the same name with a description before it:
        // "Lib Dem constitutional affairs committee chairman Alan Beith"; a share longer than
        // the phrase found is the share.)
        Some((f, false)) if f.phrase.start >= phrase.start => {
            !is_share || f.phrase.start == phrase.start
        }
        Some((f, false)) if is_share => {
            // ("Nearly half of those questioned": words of measure before a share are its.)
            text[f.phrase.start..phrase.start]
                .split(' ')
                .filter(|w| !w.is_empty())
                .all(|w| {
                    lower_in(w, QUANTIFIERS) || lower_in(w, &["a", "just", "only", "than", "the"])
                })
        }
        Some((f, false)) => match classify(&text[f.phrase.range()], false) {
            Some(Mention::Named { name: theirs, .. }) => theirs.contains(&*name),
            _ => false,
        },
    };
    if keep {
        return found;
    }
    Some((
        Found {
            phrase,
            descriptor: None,
            tag: Span::new(phrase.start, cue.end),
        },
        false,
    ))
}

/// True when `clause` holds a mark that may close a preamble or open an aside: a comma, a
/// semicolon, a colon, a quotation mark, a bracket, a line break, a dash (" - ", an en or em
/// dash). Read byte by byte (this runs for every clause that opens with a preamble's word).
fn punctuated(clause: &[u8]) -> bool {
    clause.iter().enumerate().any(|(i, &b)| match b {
        b',' | b';' | b':' | b'"' | b'(' | b')' | b'\n' => true,
        b'-' => i > 0 && clause[i - 1] == b' ' && clause.get(i + 1) == Some(&b' '),
        // (The third byte of \u{201C} \u{201D} \u{2014} \u{2013}, after 0xE2 0x80.)
        0xE2 => {
            clause.get(i + 1) == Some(&0x80)
                && matches!(clause.get(i + 2), Some(0x9C | 0x9D | 0x94 | 0x93))
        }
        _ => false,
    })
}

/// Words opening a preamble before a sentence's subject ("In a statement …", "Asked whether
/// …", "Speaking at …"), sorted.
const PREAMBLE_OPENERS: &[&str] = &[
    "addressing",
    "after",
    "asked",
    "at",
    "before",
    "commenting",
    "despite",
    "during",
    "following",
    "in",
    "on",
    "responding",
    "speaking",
    "when",
    "writing",
];

/// Most bytes of a preamble and the subject after it that [`after_preamble`] reads.
const PREAMBLE_BYTES: usize = 200;

/// Words of a share of people before "of" ("half of those questioned", "most of them").
const SHARE_WORDS: &[&str] = &["half", "majority", "many", "most", "some", "two-thirds"];

/// `found` with the people a poll asked for its phrase when the phrase is the pollster after
/// them: "economists polled by Reuters said" (the phrase found was "Reuters").
fn polled_before(text: &str, lo: usize, found: Found) -> Found {
    let Some(before) = text.get(lo..found.phrase.start) else {
        return found;
    };
    let Some(rest) = before.strip_suffix(" by ") else {
        return found;
    };
    let mut words = rest.rsplit(' ');
    let (Some(verb), Some(noun)) = (words.next(), words.next()) else {
        return found;
    };
    if !polled(noun, verb) {
        return found;
    }
    let start = found.phrase.start - " by ".len() - verb.len() - 1 - noun.len();
    Found {
        phrase: Span::new(start, start + noun.len()),
        descriptor: None,
        tag: Span::new(start, found.tag.end),
    }
}

/// The people a poll asked, when the phrase names them before the pollster: "economists polled
/// by Reuters" -> "economists", "Most economists surveyed by Bloomberg" -> "Most economists".
fn polled_opening(text: &str, found: Found) -> Found {
    let s = &text[found.phrase.range()];
    // (Most phrases hold no "by": a byte search rules them out before any word is read.)
    if !memchr::memchr_iter(b'b', s.as_bytes()).any(|i| s[i..].starts_with("by ")) {
        return found;
    }
    // (Word by word, the two before each kept: no allocation, as this runs for every phrase.)
    let (mut noun, mut verb) = ((0, ""), (0, ""));
    let mut at = 0;
    for w in s.split(' ').take(MAX_WORDS) {
        if w == "by" && polled(noun.1, verb.1) {
            return Found {
                phrase: Span::new(
                    found.phrase.start,
                    found.phrase.start + noun.0 + noun.1.len(),
                ),
                descriptor: None,
                tag: found.tag,
            };
        }
        noun = verb;
        verb = (at, w);
        at += w.len() + 1;
    }
    found
}

/// True when `noun verb` (before "by") are people a poll asked: "economists polled",
/// "Analysts surveyed".
fn polled(noun: &str, verb: &str) -> bool {
    lower_in(verb, POLLED) && people_plural(noun)
}

/// A plural noun of people, in lower case but for a capital opening a sentence ("economists",
/// "Analysts", "traders").
pub(crate) fn people_plural(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    word.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && lower.ends_with('s')
        && (lower_in(&lower, ANONYMOUS) || plural_person(&lower) || agent_or_plural(&lower))
}

/// Participles of asking people for a poll ("economists polled by Reuters"), sorted.
pub(crate) const POLLED: &[&str] = &[
    "asked",
    "canvassed",
    "contacted",
    "interviewed",
    "polled",
    "questioned",
    "sampled",
    "surveyed",
];

/// `found` with the name that opens the zone at `lo` for its source when the phrase found is an
/// item of a list inside that name's apposition: "Lady Hale, sitting with Lords Bingham, Steyn,
/// Hope and Carswell, said" (the phrase found was "Steyn", its descriptor "Hope and Carswell").
fn opening_name_over_list(text: &str, lo: usize, found: Found) -> Found {
    let Some(d) = found.descriptor else {
        return found;
    };
    // (The phrase an item of a list, what follows it the list's end: "Hope and Carswell".)
    let Some(before) = text.get(lo..found.phrase.start) else {
        return found;
    };
    let tail = &text[d.range()];
    if before.len() > LIST_APPOSITION
        || !tail.contains(" and ")
        || !tail
            .split(' ')
            .all(|w| w == "and" || is_capitalized(w) && !w.contains(','))
    {
        return found;
    }
    let Some(comma) = find_str(before, ", ") else {
        return found;
    };
    let name = before[..comma].trim_start();
    let opens = before[comma + 2..].split(' ').next().unwrap_or("");
    // (A name, then an apposition opening with a participle or a preposition.)
    if !(2..=4).contains(&name.split(' ').count())
        || !is_capitalized_name(name)
        || !name.split(' ').next_back().is_some_and(given_name)
        || !(opens.len() > 4 && opens.ends_with("ing") || lower_in(opens, PREPOSITIONS))
    {
        return found;
    }
    let start = lo + (before.len() - before.trim_start().len());
    Found {
        phrase: Span::new(start, start + name.len()),
        descriptor: Some(Span::new(lo + comma + 2, d.end)),
        tag: Span::new(start, found.tag.end),
    }
}

/// Most bytes between a sentence's opening name and a list item in its apposition.
const LIST_APPOSITION: usize = 160;

/// Most bytes of the name (with a connective before it) that [`name_before_role`] takes.
const NAME_BEFORE_ROLE: usize = 64;

/// `found` with the name that opens the zone at `lo` for its source when the phrase is a role in
/// apposition to it, the comma closing the apposition missing: "Ann Simpson, marketing manager
/// at Snappy Snaps believes …", "John Connors, Microsoft's chief financial officer said …".
fn name_before_role(text: &str, lo: usize, found: Found) -> Found {
    if found.descriptor.is_some() {
        return found;
    }
    let Some(lead) = text
        .get(lo..found.phrase.start)
        .and_then(|l| l.strip_suffix(", "))
    else {
        return found;
    };
    // (A name is short: most leads here are content before "…, Kirby said"; but the content
    // may come first, "The prime minister's enthusiasm remains undimmed, Alan Milburn, Labour's
    // election strategist told …", the name after its comma.)
    let mut name = lead.trim_start();
    if lead.len() > NAME_BEFORE_ROLE {
        match lead.rsplit_once(", ") {
            Some((_, last)) if last.len() <= NAME_BEFORE_ROLE => name = last,
            _ => return found,
        }
    }
    // (After a connective: "However, Matt Williams, a fund manager at … said".)
    if let Some((w, rest)) = name.split_once(", ") {
        if lower_in(w, crate::attribution::CONNECTIVES) {
            name = rest;
        }
    }
    // (A name: not a lead, "On Tuesday, traders in Asia said".)
    if !(2..=4).contains(&name.split(' ').count())
        || !is_capitalized_name(name)
        || name.contains(',')
        || !name.split(' ').all(given_name)
    {
        return found;
    }
    let phrase = &text[found.phrase.range()];
    let first = phrase.split(' ').next().unwrap_or("");
    let role = (first.starts_with(char::is_lowercase)
        || phrase.split(' ').take(3).any(|w| possessor(w).is_some()))
        && phrase
            .split(' ')
            .any(|w| w.starts_with(char::is_lowercase) && (role_noun(w) || person_head(w)));
    if !role {
        return found;
    }
    let start = lo + (lead.len() - name.len());
    Found {
        phrase: Span::new(start, start + name.len()),
        descriptor: Some(found.phrase),
        tag: Span::new(start, found.tag.end),
    }
}

/// `found` read as a name set off after a description is the place that closes the
/// description's body, when a person's name stands before the description: "Richard Hasen, an
/// election law professor at the University of California, Los Angeles, said" is Richard Hasen,
/// described by all that follows his name (it had been "Los Angeles", described); `found`
/// unchanged otherwise ("A councillor who voted against the plan, Dev Patel, said").
fn name_before_campus(text: &str, lo: usize, found: Found) -> Found {
    let Some(d) = found.descriptor else {
        return found;
    };
    if d.end > found.phrase.start
        || text.get(d.end..found.phrase.start) != Some(", ")
        || d.start < lo
    {
        return found;
    }
    // (The description closes on a capitalised word, the body's name: "University of
    // California".)
    let closes_named = text[d.range()]
        .rsplit(' ')
        .next()
        .is_some_and(|w| is_capitalized(w) && !lower_in(w, TITLES));
    let Some(lead) = text[lo..d.start].strip_suffix(", ") else {
        return found;
    };
    let name = lead
        .rsplit_once(", ")
        .map_or(lead, |(_, last)| last)
        .trim_start();
    if !closes_named
        || !(2..=4).contains(&name.split(' ').count())
        || !is_capitalized_name(name)
        || !name.split(' ').all(given_name)
    {
        return found;
    }
    let start = d.start - 2 - name.len();
    Found {
        phrase: Span::new(start, start + name.len()),
        descriptor: Some(Span::new(d.start, found.phrase.end)),
        tag: Span::new(start, found.tag.end),
    }
}

/// `found` with its edges mended: no "least" of "at least one reader asks" (the phrase stopped
/// at the preposition "at": the source is "one reader"), and the year after a phrase that ends in
/// "from" or "of" ("As another Pew study from 2011 noted": the year was skipped as a time word
/// before the cue).
fn tidy_edges(text: &str, mut found: Found, cue: Span) -> Found {
    let phrase = &text[found.phrase.range()];
    if let Some(rest) = phrase
        .strip_prefix("least ")
        .or_else(|| phrase.strip_prefix("most "))
    {
        let before = text[..found.phrase.start].trim_end_matches(' ');
        if before
            .rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("at"))
            && !rest.is_empty()
        {
            let start = found.phrase.end - rest.len();
            found.phrase = Span::new(start, found.phrase.end);
            found.tag = Span::new(found.tag.start.max(start), found.tag.end);
        }
    }
    let phrase = &text[found.phrase.range()];
    if phrase.ends_with(" from") || phrase.ends_with(" of") {
        let between = &text[found.phrase.end..cue.start];
        let year = between.trim();
        if between.starts_with(' ') && is_year(year) {
            found.phrase = Span::new(found.phrase.start, found.phrase.end + 1 + year.len());
        }
    }
    found
}

/// True when `w` is a year of four digits from 1800 to 2099 ("2011").
fn is_year(w: &str) -> bool {
    w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && matches!(&w[..2], "18" | "19" | "20")
}

/// `found` without a year that opens it after a preposition ("But in 2003 her employers told
/// her", "In 2004 IBM said": the year closes the lead "in 2003", the source is "her employers"),
/// or a sum of money ("the $27bn Russia says …").
fn after_figure(text: &str, mut found: Found) -> Found {
    let phrase = &text[found.phrase.range()];
    // (Most phrases open with a letter: nothing to do.)
    if !phrase.starts_with(|c: char| c.is_ascii_digit()) {
        return found;
    }
    let Some((year, rest)) = phrase.split_once(' ') else {
        return found;
    };
    let before = text[..found.phrase.start].trim_end();
    let preposition = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .is_some_and(|w| lower_in(w, &["by", "from", "in", "since", "until"]));
    let a_year = is_year(year);
    // (Or a sum: "the $27bn Russia says Yukos owes", "the $20 million experts say it costs":
    // money is no count of the people after it.)
    let money = before.ends_with(crate::context::CURRENCY)
        && year.starts_with(|c: char| c.is_ascii_digit());
    let mut skip_words = usize::from(preposition && a_year || money);
    if money {
        let scale = rest.split(' ').next().unwrap_or("");
        if lower_in(
            scale,
            &["billion", "bn", "m", "million", "thousand", "trillion"],
        ) {
            skip_words += 1;
        }
    }
    if skip_words == 0 {
        return found;
    }
    let words: Vec<&str> = phrase.split(' ').collect();
    if skip_words < words.len() {
        let skip = words[..skip_words]
            .iter()
            .map(|w| w.len() + 1)
            .sum::<usize>();
        found.phrase = Span::new(found.phrase.start + skip, found.phrase.end);
        found.tag = Span::new(found.tag.start.max(found.phrase.start), found.tag.end);
    }
    found
}

/// True when token `k` is a name that is also a modal ("In particular, Will wrote, …", "May
/// said …"): capitalised, with no word before it, so the source itself, not an auxiliary.
fn modal_name(text: &str, toks: &[Tok], k: usize) -> bool {
    let w = &text[toks[k].span.range()];
    is_capitalized(w) && lower_in(w, &["may", "will"]) && (k == 0 || !toks[k - 1].word)
}

/// For [`left_in`]: true when the words from the article at `toks[at - 1]` to the cue are the
/// object of a verb in the past right before it: lower-case words, no pronoun, after a verb
/// that is none of [`PARTICIPLES`] nor "asked", "interviewed", "questioned", "quoted", with no
/// relative pronoun before it.
fn verb_object(text: &str, toks: &[Tok], at: usize) -> bool {
    let w = |k: usize| &text[toks[k].span.range()];
    let verb = w(at - 2);
    toks[at - 2].word
        && verb.len() > 4
        && verb.ends_with("ed")
        && verb.bytes().all(|b| b.is_ascii_lowercase())
        && !lower_in(verb, PARTICIPLES)
        && !lower_in(verb, &["asked", "interviewed", "questioned", "quoted"])
        && (at..toks.len())
            .all(|k| toks[k].word && !is_capitalized(w(k)) && pronoun(w(k)).is_none())
        && !(0..at - 2).any(|k| lower_in(w(k), &["that", "which", "who"]))
}

/// True when `toks` are an aside set off by commas between a source and its cue: one of
/// [`ASIDE_WORDS`] ("however") or of [`ASIDE_PHRASES`] ("for example").
fn is_aside(text: &str, toks: &[Tok]) -> bool {
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
        return false;
    };
    // (Its words as written, read only when short enough to be one.)
    let s = &text[first.span.start..last.span.end];
    s.len() <= ASIDE_BYTES && toks.iter().all(|t| t.word) && aside_words(s)
}

/// True when `s` is one of [`ASIDE_WORDS`] or [`ASIDE_PHRASES`], in any case.
fn aside_words(s: &str) -> bool {
    lower_in(s, ASIDE_WORDS) || ASIDE_PHRASES.iter().any(|a| s.eq_ignore_ascii_case(a))
}

/// Bytes of the longest aside ("on the other hand"): longer words between commas are none.
const ASIDE_BYTES: usize = 17;

/// The length of the aside set off by commas that opens `s` (", for her part," in ", for her
/// part, said"), its commas included; 0 if none.
pub(crate) fn aside_after(s: &str) -> usize {
    let Some(rest) = s.strip_prefix(", ") else {
        return 0;
    };
    // (The comma closing it within the longest aside's bytes.)
    let head = &rest[..floor_char(rest, rest.len().min(ASIDE_BYTES + 1))];
    let Some(close) = head.find(',') else {
        return 0;
    };
    if aside_words(&rest[..close]) {
        2 + close + 1
    } else {
        0
    }
}

/// Connectives of one word set off by commas between a source and its cue ("Proponents of the
/// bill, however, say"; "Sanders, meanwhile, who sits …, said"), lower case.
const ASIDE_WORDS: &[&str] = &[
    "also",
    "however",
    "meanwhile",
    "moreover",
    "then",
    "though",
    "too",
];

/// Asides of several words set off by commas between a source and its cue ("Murphy, for
/// example, said"; "Smith, for his part, said"), lower case.
const ASIDE_PHRASES: &[&str] = &[
    "by contrast",
    "for example",
    "for her part",
    "for his part",
    "for instance",
    "for its part",
    "for their part",
    "in contrast",
    "in fact",
    "in particular",
    "in turn",
    "of course",
    "on the other hand",
];

/// Where a time ago closing `toks` starts ("two weeks ago", "less than a month ago", "a few
/// days ago", "some 20 years ago"): a quantity, a unit of time, "ago", and a word of measure
/// before the quantity.
fn time_ago(text: &str, toks: &[Tok]) -> Option<usize> {
    let w = |k: usize| &text[toks[k].span.range()];
    let n = toks.len();
    if n < 3 || !toks[n - 1].word || !w(n - 1).eq_ignore_ascii_case("ago") {
        return None;
    }
    if !toks[n - 2].word || !lower_in(w(n - 2), TIME_UNITS) {
        return None;
    }
    let mut k = n - 3;
    // ("a few", "a couple of": a quantity of two words.)
    if toks[k].word && lower_in(w(k), &["few", "couple"]) && k > 0 {
        k -= 1;
    } else if w(k) == "of" && k >= 2 && w(k - 1).eq_ignore_ascii_case("couple") {
        k -= 2;
    }
    let quantity = toks[k].word
        && (w(k).bytes().all(|b| b.is_ascii_digit())
            || lower_in(w(k), NUMBER_WORDS)
            || lower_in(w(k), &["few", "many", "several"])
            || lower_in(w(k), ARTICLES));
    if !quantity {
        return None;
    }
    // ("less than", "more than", "nearly", "about", "some", "just", "only").
    if k >= 2 && w(k - 1).eq_ignore_ascii_case("than") && lower_in(w(k - 2), &["less", "more"]) {
        k -= 2;
    } else if k >= 1
        && lower_in(
            w(k - 1),
            &["about", "almost", "just", "nearly", "only", "some"],
        )
    {
        k -= 1;
    }
    Some(k)
}

/// Units of time before "ago" ([`time_ago`]).
const TIME_UNITS: &[&str] = &[
    "day", "days", "decade", "decades", "hour", "hours", "minute", "minutes", "month", "months",
    "week", "weeks", "year", "years",
];

/// [`left`] in the tokens before the cue.
fn left_in(text: &str, toks: &[Tok], cue: Span) -> Option<(Found, bool)> {
    let mut i = toks.len();
    // Skip auxiliaries, adverbs and time words between the phrase and the cue.
    while i > 0 {
        // ("China has in the past said": an adverbial of a few words, looked for after one of
        // their last words only.)
        let last = &text[toks[i - 1].span.range()];
        let ends_adverbial = toks[i - 1].word
            && lower_in(
                last,
                &[
                    "again",
                    "days",
                    "longer",
                    "meantime",
                    "months",
                    "occasions",
                    "past",
                    "time",
                    "weeks",
                    "years",
                ],
            );
        if let Some(n) = ends_adverbial
            .then(|| {
                ADVERBIALS.iter().find_map(|a| {
                    let n = a.split(' ').count();
                    (i > n
                        && toks[i - n..i].iter().all(|t| t.word)
                        && a.split(' ')
                            .zip(&toks[i - n..i])
                            .all(|(w, t)| text[t.span.range()].eq_ignore_ascii_case(w)))
                    .then_some(n)
                })
            })
            .flatten()
        {
            i -= n;
            continue;
        }
        // ("The State Department less than two weeks ago said": a time ago.)
        if let Some(k) = last
            .eq_ignore_ascii_case("ago")
            .then(|| time_ago(text, &toks[..i]))
            .flatten()
        {
            i = k;
            continue;
        }
        let t = toks[i - 1];
        let w = &text[t.span.range()];
        // "the statement said", "A company statement said": a noun of the skipped phrases
        // after a determiner or an article (within three words in lower case) is the source,
        // unless a preposition governs it ("Kirby, in a written statement, said").
        let determined = i >= 2 && lower_in(w, &["interview", "statement"]) && {
            let tw = |k: usize| &text[toks[k].span.range()];
            // (A name there is the source, the statement its: "a Holcim statement said".)
            let open = (i.saturating_sub(4)..i - 1).rev().find(|&k| {
                (k + 1..i - 1).all(|j| toks[j].word && !is_capitalized(tw(j)))
                    && (lower_in(tw(k), DETERMINERS) || lower_in(tw(k), ARTICLES))
            });
            open.is_some_and(|k| {
                !(k >= 1
                    && toks[k - 1].word
                    && lower_in(
                        tw(k - 1),
                        &[
                            "after", "during", "from", "in", "on", "through", "via", "with",
                        ],
                    ))
            })
            // ("Wednesday's statement said": a time's possessive owns no statement; the
            // statement is the source.)
            || toks[i - 2].word && possessor(tw(i - 2)).is_some() && !owner_of_work(tw(i - 2))
        };
        // "Yukos has always said", "they have both said": adverbs and floating quantifiers
        // (a quantifier only after a word: "Both said" has it for subject).
        let floating = lower_in(w, &["all", "both", "each"]) && i >= 2 && toks[i - 2].word;
        // ("England sevens coach Mike Friday said": a weekday after a given name is a
        // surname, not the day of the report.)
        let surname =
            i >= 2 && toks[i - 2].word && weekday_surname(&text[toks[i - 2].span.range()], w);
        if t.word
            && !determined
            && !surname
            && !modal_name(text, toks, i - 1)
            && (lower_in(w, BETWEEN)
                || floating
                || lower_in(
                    w,
                    &["always", "long", "never", "often", "repeatedly", "seldom", "sometimes"],
                )
                // "Cruz himself said": a reflexive after the subject.
                || (i >= 2 && lower_in(w, &["herself", "himself", "itself", "themselves"]))
                || (adverb_like(w) && !is_capitalized(w))
                // (A number after a preposition is the phrase's: "Voters under 35 say"; so is
                // one inside a name: "Channel 4 said".)
                || (w.bytes().all(|b| b.is_ascii_digit())
                    && !(i >= 2 && {
                        let before = &text[toks[i - 2].span.range()];
                        lower_in(before, &["aged", "over", "than", "under"])
                            || toks[i - 2].word && number_in_name(before, w)
                    })))
        {
            i -= 1;
        } else {
            break;
        }
    }
    // A parenthesis right before the cue ("Rep. Smith (R-Texas) said") is skipped, and so is
    // an aside between dashes ("Murphy — after a long pause — told me").
    // So is a party and state with a stray comma after it ("Gov. John Kasich (R-OH), said").
    let party_comma = i > 1
        && &text[toks[i - 1].span.range()] == ","
        && &text[toks[i - 2].span.range()] == ")"
        && toks[..i - 2]
            .iter()
            .rposition(|t| &text[t.span.range()] == "(")
            .and_then(|open| toks.get(open + 1))
            .is_some_and(|t| party_state(&text[t.span.range()]));
    if party_comma {
        i -= 1;
    }
    if i > 0 && &text[toks[i - 1].span.range()] == ")" {
        let open = toks[..i - 1]
            .iter()
            .rposition(|t| &text[t.span.range()] == "(")?;
        i = open;
    } else if i > 1 && is_dash(&text[toks[i - 1].span.range()]) && !toks[i - 1].word {
        let dash = &text[toks[i - 1].span.range()];
        let open = toks[..i - 1]
            .iter()
            .rposition(|t| &text[t.span.range()] == dash)?;
        if i - 1 - open > 24 || open == 0 || !toks[open - 1].word {
            return None;
        }
        i = open;
    }
    let mut descriptor = None;
    // `…, who calls Trump a "sociopath," said`: the comma inside a closing quotation mark.
    let comma_at = |i: usize| {
        let w = &text[toks[i - 1].span.range()];
        if w == "," {
            Some(i - 1)
        } else if i >= 2 && quote_mark(w) && &text[toks[i - 2].span.range()] == "," {
            Some(i - 2)
        } else {
            None
        }
    };
    // "The men's solicitor Matthew Knight, said that …": a stray comma after a name, with no
    // separator before it in the sentence, opens no descriptor.
    // (Right before the cue, and no comma after it in the sentence: "Szilard Nemeth, recalled
    // in place of Job, was denied" is a participle's clause.)
    let comma_after = || {
        let rest = &text[cue.end..ceil_char(text, (cue.end + 400).min(text.len()))];
        let rest = rest
            .find(['.', '?', '!', '\n'])
            .map_or(rest, |e| &rest[..e]);
        rest.contains(", ")
    };
    let stray = |comma: usize| {
        comma >= 1
            && comma + 1 == toks.len()
            && toks[comma - 1].word
            && is_capitalized(&text[toks[comma - 1].span.range()])
            && toks[..comma].iter().all(|t| {
                let w = &text[t.span.range()];
                t.word || matches!(w, "-" | "." | "&" | "'" | "\u{2019}")
            })
            && !comma_after()
    };
    // "Ruth Okafor, the cabinet member for culture, for her part, said": an aside after a
    // description's closing comma is passed over, and the description read as before a plain
    // cue (a description opens in lower case: not "In Iowa, Smith, however, said").
    if i >= 2 && &text[toks[i - 1].span.range()] == "," {
        if let Some(open) = toks[..i - 1].iter().rposition(|t| !t.word) {
            let described = || {
                toks[..open]
                    .iter()
                    .rposition(|t| !t.word)
                    .filter(|&d| &text[toks[d].span.range()] == "," && d + 1 < open)
                    .is_some_and(|d| {
                        text[toks[d + 1].span.range()].starts_with(|c: char| c.is_lowercase())
                    })
            };
            if &text[toks[open].span.range()] == ","
                && is_aside(text, &toks[open + 1..i - 1])
                && described()
            {
                i = open + 1;
            }
        }
    }
    let comma = (i > 0).then(|| comma_at(i)).flatten();
    let strayed = comma.is_some_and(stray);
    if strayed {
        i = comma.unwrap_or(i);
    } else if let Some(comma) = comma {
        // "Name, descriptor, said": the descriptor runs back to the previous comma. Hyphens,
        // full stops, apostrophes and quotation marks inside it ("R-Ky.") are part of it.
        // (A parenthesis inside a description too: "Nigel Marson, head of marketing at
        // Transport for London (TfL), said"; not inside a name, "Gov. John Kasich (R-OH),".)
        let mut prev = comma;
        let mut bracketed = false;
        // (Nor is the comma of a figure: "who won the £30,000 Jerwood prize in 2003,".)
        let figure_comma = |t: &Tok| {
            let b = text.as_bytes();
            t.span.start > 0
                && t.span.end < b.len()
                && b[t.span.start - 1].is_ascii_digit()
                && b[t.span.end].is_ascii_digit()
        };
        loop {
            prev = toks[..prev].iter().rposition(|t| {
                let w = &text[t.span.range()];
                // ("…, appearing at the NBC/MSNBC forum, cited …": a slash too.)
                let inner = matches!(w, "-" | "." | "&" | ":" | "/" | "$" | "\u{a3}" | "\u{20ac}")
                    || quote_mark(w)
                    || w == "," && figure_comma(t);
                !t.word && !inner
            })?;
            if &text[toks[prev].span.range()] != ")" {
                break;
            }
            bracketed = true;
            prev = toks[..prev]
                .iter()
                .rposition(|t| &text[t.span.range()] == "(")?;
        }
        if bracketed
            && !toks
                .get(prev + 1)
                .is_some_and(|t| text[t.span.range()].starts_with(|c: char| c.is_lowercase()))
        {
            return None;
        }
        if &text[toks[prev].span.range()] != "," || comma - prev - 1 == 0 || comma - prev > 24 {
            return None;
        }
        // (The comma inside a closing mark closes a descriptor only when the quotation opened
        // inside it: in `"Clearly, it is over," said …` it closes a quotation of the speaker.)
        let inside = &text[toks[prev + 1].span.start..toks[i - 1].span.start];
        let opened = match &text[toks[i - 1].span.range()] {
            "," => true,
            "\u{2019}" => inside.contains('\u{2018}'),
            "'" => inside.contains(" '"),
            _ => {
                (inside.matches(['"', '\u{201C}', '\u{201D}']).count()
                    + inside.matches("''").count())
                    % 2
                    == 1
            }
        };
        if !opened {
            return None;
        }
        let descriptor_start = toks[prev + 1].span.start;
        // A connective between commas describes nobody ("Proponents of the bill, however,
        // say"; "Sanders, meanwhile, who sits …, said").
        let aside = |k: usize| lower_in(&text[toks[k].span.range()], ASIDE_WORDS);
        let mut descriptor_start = descriptor_start;
        // A descriptor in two parts: "a philanthropist from Monsey, New York," (a place and
        // its state) and "who helped found EDGE, an environmental group," (a relative clause
        // and an apposition inside it) run back to the comma before the first part.
        loop {
            let w = |k: usize| &text[toks[k].span.range()];
            let Some(pp) = toks[..prev].iter().rposition(|t| {
                let w = &text[t.span.range()];
                !t.word && !matches!(w, "-" | "." | "&" | "$") && !quote_mark(w)
            }) else {
                break;
            };
            let later = prev + 1..comma;
            let earlier = pp + 1..prev;
            if w(pp) != "," || earlier.is_empty() {
                break;
            }
            // "a Democratic pollster who works with Priorities USA, a super PAC,": a description
            // whose own relative clause holds the apposition.
            let relative = lower_in(w(earlier.start), RELATIVES)
                || (lower_in(w(earlier.start), ARTICLES)
                    && (earlier
                        .clone()
                        .skip(2)
                        .any(|k| w(k).eq_ignore_ascii_case("who"))
                        || (lower_in(w(earlier.start), &["a", "an"])
                            && lower_in(w(later.start), &["a", "an"]))));
            // ("Nick Davies, spokesman for athletics' ruling body the IAAF, which handed out the
            // bans, said": a relative clause after the description, describing what it names.)
            // (A description of where someone works, after a name: not the name itself,
            // "lawyer Louise Christian, who represents …", nor the subject after a lead,
            // "Responding to the plans, the chairman of the Police Federation, which …".)
            let relative = relative
                || lower_in(w(later.start), RELATIVES)
                    && (lower_in(w(earlier.start), ARTICLES)
                        || w(earlier.start).starts_with(|c: char| c.is_ascii_lowercase())
                            && !lower_in(w(earlier.start), FUNCTION_WORDS))
                    && earlier
                        .clone()
                        .any(|k| lower_in(w(k), &["at", "for", "from", "in", "of", "with"]))
                    && pp >= 1
                    && toks[pp - 1].word
                    && is_capitalized(w(pp - 1));
            let words_of = |r: std::ops::Range<usize>| r.filter(|&k| toks[k].word);
            let state = &text[toks[later.start].span.start..toks[later.end - 1].span.end];
            // (Or a county or region after a constituency: "Mr Johnson, MP for Henley-on-Thames,
            // Oxfordshire, said".)
            let region = later.len() == 1 && is_capitalized(state) && !state.contains('.');
            let place = (lower_in(state, STATES) || region)
                && is_capitalized(w(prev - 1))
                && words_of(earlier.clone()).any(|k| lower_in(w(k), &["for", "from", "in", "of"]));
            // "Harry Bond, 30, of Raleigh, N.C., who was polled,", "Jeffrey Salkin, a Hollywood,
            // Fla., rabbi,": a place and its state before or inside a description are part of
            // it.
            let separator = |t: &Tok| {
                let w = &text[t.span.range()];
                !t.word && !matches!(w, "-" | "." | "&" | "$") && !quote_mark(w)
            };
            let in_state = lower_in(
                &text[toks[earlier.start].span.start..toks[earlier.end - 1].span.end],
                STATES,
            );
            if let Some(ppp) = toks[..pp].iter().rposition(separator).filter(|&ppp| {
                in_state
                    && w(ppp) == ","
                    && ppp + 1 < pp
                    && lower_in(w(ppp + 1), &["a", "an", "from", "in", "of", "the"])
                    && is_capitalized(w(pp - 1))
            }) {
                descriptor_start = toks[ppp + 1].span.start;
                prev = ppp;
                continue;
            }
            // ("Mr. Slinker, whose latest start-up, Paradata, uses big data, said": a name in
            // apposition inside the relative clause before it.)
            if let Some(ppp) = toks[..pp].iter().rposition(separator).filter(|&ppp| {
                !(relative || place)
                    && w(ppp) == ","
                    && ppp + 1 < pp
                    && lower_in(w(ppp + 1), RELATIVES)
                    && earlier.len() <= 3
                    && is_capitalized(w(earlier.start))
            }) {
                descriptor_start = toks[ppp + 1].span.start;
                prev = ppp;
                continue;
            }
            // ("Richard Doherty, from Panasonic's Hollywood Laboratories, one of the pioneers of
            // Blu-ray, told": where a name works, then what it is.)
            let affiliation = pp >= 1
                && toks[pp - 1].word
                && is_capitalized(w(pp - 1))
                && lower_in(w(earlier.start), AFFILIATIONS);
            // ("Peter Fenwick, cabinet member for transport, housing and planning, said", "John
            // E. Kelly, IBM senior vice president, Technology and Intellectual Property, said":
            // a role and the fields it covers, listed after a comma.)
            let fields = {
                let ws: Vec<&str> = words_of(later.clone()).map(w).collect();
                let and = ws.iter().position(|x| x.eq_ignore_ascii_case("and"));
                and.is_some_and(|a| a > 0 && a + 1 < ws.len() && a + 4 >= ws.len())
                    && ws.len() == later.len()
                    && ws
                        .iter()
                        .all(|x| x.eq_ignore_ascii_case("and") || !lower_in(x, STOP))
                    && words_of(earlier.clone()).any(|k| {
                        w(k).starts_with(|c: char| c.is_ascii_lowercase())
                            && lower_in(w(k), PERSON_NOUNS)
                    })
            };
            // ("Hugo Lueders, European director for public policy at CompTIA, an umbrella
            // organization for technology companies, said": a role at a body after a name, then
            // an apposition describing the body.)
            // (Or the body described, then named: "Hans Reckers, a board member of Germany's
            // central bank, the Bundesbank, said".)
            let body_described = pp >= 1
                && toks[pp - 1].word
                && is_capitalized(w(pp - 1))
                && toks[prev - 1].word
                && (is_capitalized(w(prev - 1))
                    || later.len() >= 2
                        && toks[later.start + 1].word
                        && is_capitalized(w(later.start + 1)))
                && lower_in(w(later.start), ARTICLES)
                && words_of(earlier.clone()).any(|k| {
                    w(k).starts_with(|c: char| c.is_ascii_lowercase())
                        && lower_in(w(k), PERSON_NOUNS)
                })
                && words_of(earlier.clone()).any(|k| lower_in(w(k), &["at", "for", "of"]));
            // ("Mr Shin-Bae Kim, chief executive of SK Telecom, also at 3GSM, said": where the
            // person spoke, set off after the description.)
            let also_at = later.len() >= 3
                && w(later.start).eq_ignore_ascii_case("also")
                && lower_in(w(later.start + 1), &["at", "in", "on", "speaking"]);
            if !(relative || place || affiliation || fields || body_described || also_at) {
                break;
            }
            descriptor_start = toks[pp + 1].span.start;
            prev = pp;
        }
        // (The descriptor's first token: `descriptor_start` opens token `prev + 1`.)
        let descriptor_first = prev + 1;
        // ("Brian Murphy, the party's county chairman, for example, said": an aside of several
        // words.)
        if !is_aside(text, &toks[prev + 1..comma]) {
            descriptor = Some(Span::new(descriptor_start, toks[comma - 1].span.end));
        }
        // Between the name and the descriptor: an age ("May, 60, a doctor,"), a party and
        // state ("Rubio, R-Fla., appearing on Fox,"), an aside, or a parenthesis ("Isakson
        // (R-Ga.), one of the authors,").
        loop {
            let w = |k: usize| &text[toks[k].span.range()];
            let age = |k: usize| w(k).bytes().all(|b| b.is_ascii_digit());
            if prev >= 2
                && w(prev - 2) == ","
                && (age(prev - 1) || aside(prev - 1) || party_state(w(prev - 1)))
            {
                prev -= 2;
            } else if prev >= 3
                && w(prev - 3) == ","
                && party_state(w(prev - 2))
                && w(prev - 1) == "."
            {
                prev -= 3;
            } else {
                break;
            }
        }
        if prev >= 1 && &text[toks[prev - 1].span.range()] == ")" {
            prev = toks[..prev - 1]
                .iter()
                .rposition(|t| &text[t.span.range()] == "(")?;
        }
        i = prev;
        // ("Meanwhile, Ford which posted its ninth drop in sales, said": a name and its relative
        // clause between the commas, the comma after the name missing.)
        let first = descriptor.is_some().then_some(descriptor_first);
        if let Some(rel) = first.and_then(|f| {
            (f + 1..comma.min(f + 5))
                .find(|&k| lower_in(&text[toks[k].span.range()], &["which", "who"]))
                .filter(|&rel| {
                    (f..rel).all(|k| toks[k].word && is_capitalized(&text[toks[k].span.range()]))
                })
        }) {
            descriptor = Some(Span::new(toks[rel].span.start, toks[comma - 1].span.end));
            i = rel;
        }
    }
    let end = i;
    let mut start = end;
    // "Smith and Jones said"; "teachers and union officials told": two names, or two groups of
    // people.
    let group = |k: usize| {
        let w = &text[toks[k].span.range()];
        let lower = w.to_ascii_lowercase();
        toks[k].word
            && (plural_person(&lower)
                || lower_in(w, ANONYMOUS) && (w.ends_with('s') || lower == "police")
                || w.len() > 4 && !is_capitalized(w) && agent_or_plural(&lower))
    };
    // Set once "and" has joined two groups: a list of groups may go on before it, with commas
    // ("Friends, lobbyists and former foes say").
    let mut listed = false;
    while start > 0 && end - start < LEFT_WORDS + 4 {
        let t = toks[start - 1];
        // ("an issue many hoped and believed was …", "a move some said was overdue": a
        // quantifier standing alone after a noun is the subject of a clause describing the
        // noun, and the phrase.)
        if start + 1 == end
            && t.word
            && lower_in(
                &text[toks[start].span.range()],
                &["many", "most", "others", "some"],
            )
            && {
                let w = &text[t.span.range()];
                content_word(w)
                    && !lower_in(w, DETERMINERS)
                    && !lower_in(w, &["great", "very"])
                    // (Not after a verb: "causing some worry".)
                    && !w.ends_with("ing")
                    && !w.ends_with("ed")
            }
        {
            break;
        }
        if listed
            && start >= 2
            && start < end
            && &text[t.span.range()] == ","
            && group(start - 2)
            && group(start)
        {
            start -= 1;
            continue;
        }
        // "A spokesman for the Department for Culture, Media and Sport said": a body's title
        // lists its fields over commas.
        if start < end && &text[t.span.range()] == "," && title_list_before(text, toks, start, end)
        {
            start -= 1;
            continue;
        }
        if !t.word {
            // ("more than £4m": a currency's sign before a figure is part of the sum.)
            // (After "than" or "of" only: "the $27bn Russia says" is a figure, then the source.)
            let sum = start < end
                && start >= 2
                && currency_sign(&text[t.span.range()])
                && text[toks[start].span.range()].starts_with(|c: char| c.is_ascii_digit())
                && lower_in(&text[toks[start - 2].span.range()], &["of", "than"]);
            if sum {
                start -= 1;
                continue;
            }
            break;
        }
        let w = &text[t.span.range()];
        // ("The former UN commissioner for human rights and Irish president told", "the world
        // 200m and 400m record holder told": one person's description over "and".)
        if w.eq_ignore_ascii_case("and") && start < end {
            if let Some(k) = described_pair(text, toks, start - 1, end) {
                start = k;
                break;
            }
        }
        // ("Observers in Virginia and around the country say": two places.)
        if w.eq_ignore_ascii_case("and")
            && start >= 2
            && start < end
            && (is_capitalized(&text[toks[start].span.range()])
                && (is_capitalized(&text[toks[start - 2].span.range()])
                    // ("he and Mr. Allen said": a pronoun and a name.)
                    || lower_in(&text[toks[start - 2].span.range()], &["he", "she"])
                        && !lower_in(&text[toks[start].span.range()], ARTICLES))
                // ("the Food and Agriculture Organisation and the World Food Programme": two
                // bodies, the second with its article.)
                || &text[toks[start].span.range()] == "the"
                    && start + 1 < end
                    && is_capitalized(&text[toks[start + 1].span.range()])
                    && is_capitalized(&text[toks[start - 2].span.range()])
                || {
                    listed = group(start - 2) && group(end - 1);
                    listed
                }
                // "Jones and colleagues", "Smith and co-workers": a name and the group around it.
                // ("Doyle and others", "Kirby and other officials": one named member of a
                // vague group.)
                || is_capitalized(&text[toks[start - 2].span.range()])
                    && (start + 1 == end
                        && (lower_in(&text[toks[start].span.range()], COWORKERS)
                            || text[toks[start].span.range()].eq_ignore_ascii_case("others"))
                        || start + 2 == end
                            && text[toks[start].span.range()].eq_ignore_ascii_case("other")
                            && group(start + 1))
                // ("Smith and two colleagues", "she and another reporter", "Smith and his
                // lawyers": a named member, or "he" or "she", and people counted or theirs.)
                || (is_capitalized(&text[toks[start - 2].span.range()])
                    || lower_in(&text[toks[start - 2].span.range()], &["he", "she"]))
                    && start + 2 == end
                    && (lower_in(&text[toks[start].span.range()], COMPANIONS)
                        || lower_in(&text[toks[start].span.range()], NUMBER_WORDS))
                    && toks[start + 1].word
                    && source_noun(&text[toks[start + 1].span.range()].to_ascii_lowercase())
                || lower_in(
                    &text[toks[start].span.range()],
                    &["across", "around", "outside", "throughout"],
                )
                // ("the Labour peer and former minister said", "The chairman and chief
                // executive said", "The mayor and his deputy said": two roles, of one person or
                // of two, in lower case; a country's initials may open the second, "The former
                // first lady and U.S. senator said".)
                || (toks[start - 2].word
                    && role_noun(&text[toks[start - 2].span.range()])
                    && role_noun(&text[toks[end - 1].span.range()])
                    && end - start <= 3
                    && (start..end).all(|k| {
                        let w = &text[toks[k].span.range()];
                        toks[k].word
                            && (w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
                                || k + 1 < end && country_initials(w))
                    }))
                // ("current and former officials said", "federal and state officials said": two
                // modifiers of one group of people.)
                || (start + 1 < end
                    && lower_in(&text[toks[start - 2].span.range()], PAIRED_MODIFIERS)
                    && lower_in(&text[toks[start].span.range()], PAIRED_MODIFIERS)
                    && group(end - 1))
                // ("a committee of MPs and peers has warned", "a group of doctors and nurses
                // said": two plurals after "of" close the phrase.)
                || (start >= 3
                    && start + 1 == end
                    && toks[start - 2].word
                    && text[toks[start - 3].span.range()].eq_ignore_ascii_case("of")
                    && text[toks[start - 2].span.range()].ends_with('s')
                    && text[toks[start].span.range()].ends_with('s'))
                // ("the Commons science and technology committee": two lower-case nouns
                // before the head of a body.)
                || {
                    let (a, b) = (
                        &text[toks[start - 2].span.range()],
                        &text[toks[start].span.range()],
                    );
                    let plain = |w: &str| {
                        w.len() > 2
                            && w.bytes().all(|c| c.is_ascii_lowercase())
                            && !lower_in(w, STOP)
                            && !lower_in(w, FUNCTION_WORDS)
                    };
                    toks[start - 2].word
                        && plain(a)
                        && plain(b)
                        && start + 1 < end
                        && lower_in(&text[toks[end - 1].span.range()], ORG_NOUNS)
                })
        {
            start -= 1;
            continue;
        }
        // A capitalised stop word inside a name run ("Yin Myint May", "Theresa May") is a name.
        let in_name = is_capitalized(w)
            && start >= 2
            && toks[start - 2].word
            && is_capitalized(&text[toks[start - 2].span.range()]);
        // "That person said": a demonstrative opening the sentence is the phrase's determiner.
        let determiner = start == 1 && lower_in(w, &["that", "these", "this", "those"]);
        // Inside a description, "to" before a determiner or a name is a preposition ("the
        // head of China's delegation to the forum"), and "that" after one is a determiner
        // ("one of the authors of that report").
        // "a source close to him", "people close to the campaign": "to" after "close".
        let inner = start < end
            && ((w.eq_ignore_ascii_case("to")
                && start >= 2
                && toks[start - 2].word
                && text[toks[start - 2].span.range()].eq_ignore_ascii_case("close"))
                // "Organizers of the push to boycott the speech said", "supporters of a plan to
                // cut taxes say": the infinitive of a determined noun of purpose.
                || (w.eq_ignore_ascii_case("to")
                    && start >= 3
                    && toks[start - 2].word
                    && toks[start - 3].word
                    && lower_in(&text[toks[start - 2].span.range()], PURPOSES)
                    && {
                        let det = &text[toks[start - 3].span.range()];
                        lower_in(det, ARTICLES) || lower_in(det, DETERMINERS) || possessor(det).is_some()
                    }
                    && text[toks[start].span.range()]
                        .bytes()
                        .all(|b| b.is_ascii_lowercase()))
                || (w.eq_ignore_ascii_case("to")
                    && start >= 2
                    && {
                        let next = &text[toks[start].span.range()];
                        is_capitalized(next) || lower_in(next, ARTICLES)
                    }
                    && {
                        // ("A letter sent to Martin Mubanga said": "to" after a participle.)
                        let prev = &text[toks[start - 2].span.range()];
                        person_head(prev)
                            || lower_in(prev, PARTICIPLES)
                            // ("United's statement to the stock exchange said", "a letter to
                            // shareholders said": after a document.)
                            || (lower_in(prev, DOCUMENTS)
                                || prev.eq_ignore_ascii_case("statement"))
                                // (Not in a lead: "In a filing to US regulators the
                                // airline warned".)
                                && !(start >= 4 && {
                                    let lead = &text[toks[start - 4].span.range()];
                                    lower_in(lead, PREPOSITIONS)
                                        || lower_in(lead, &["after", "at", "before", "for", "in", "on"])
                                })
                            // ("Another intelligence source speaking to Fox News said": after a
                            // noun, not opening a lead, "Speaking to the BBC Mr Hale said".)
                            || lower_in(prev, &["speaking", "talking", "writing"])
                                && start >= 3
                                && toks[start - 3].word
                                && !is_capitalized(&text[toks[start - 3].span.range()])
                    })
                // ("More than a third of respondents said": an approximator before a quantity,
                // not a comparison, "£2bn more than Mr Brown predicted".)
                || (w.eq_ignore_ascii_case("than")
                    && start >= 2
                    && start < end
                    && lower_in(
                        &text[toks[start - 2].span.range()],
                        &["fewer", "less", "more"],
                    )
                    && (start == 2
                        || !toks[start - 3].word
                        || lower_in(
                            &text[toks[start - 3].span.range()],
                            &["among", "by", "from", "of", "with"],
                        )
                        // ("A man accused of stealing more than £1m from his employer has
                        // told a court": a gerund's object.)
                        || {
                            let verb = &text[toks[start - 3].span.range()];
                            verb.len() > 5
                                && verb.ends_with("ing")
                                && verb.bytes().all(|b| b.is_ascii_lowercase())
                        })
                    && {
                        // (A sum: "more than £4m", "more than $2bn".)
                        let next = text[toks[start].span.start..]
                            .trim_start_matches(CURRENCY_SIGNS);
                        let next = &next[..next
                            .find(|c: char| c.is_whitespace())
                            .unwrap_or(next.len())];
                        // ("More than two-thirds of those questioned")
                        let first = next.split('-').next().unwrap_or(next);
                        next.starts_with(|c: char| c.is_ascii_digit())
                            || lower_in(first, &["a", "half", "one", "two", "three", "four"])
                    })
                // ("Those over 60 say": an age.)
                || (lower_in(w, &["over", "under"])
                    && start >= 2
                    && start < end
                    && toks[start - 2].word
                    && text[toks[start].span.range()]
                        .bytes()
                        .all(|b| b.is_ascii_digit()))
                || (w.eq_ignore_ascii_case("that")
                    && start >= 2
                    && lower_in(
                        &text[toks[start - 2].span.range()],
                        &["at", "for", "from", "in", "of", "on", "with"],
                    )));
        // "In its report on the council's work the committee said", "In 1998 the party said":
        // in a lead that opens the sentence with no comma after it, an article after a word of
        // content opens the phrase.
        if start < end
            && lower_in(&text[toks[start].span.range()], ARTICLES)
            && ends_phrase(w)
            && !in_name
            && comma_less_lead(text, &toks[..start])
        {
            break;
        }
        // "The mayor ridiculed the plan for all harbor claims": an article right after a verb in
        // the past opens that verb's object, no subject of the cue. (Not when a name or a pronoun
        // follows, which the phrase comes down to: "invoked the story John F. Kennedy told",
        // "screened the musical he said"; nor after a participle describing a phrase, "a memo
        // seen by", nor "asked": "When asked the minister said"; nor "quoted", whose object
        // is the source, "quoted an insider as saying"; nor in a relative clause, "users who
        // had tested the software reported".)
        if start < end && start >= 2 && lower_in(w, ARTICLES) && verb_object(text, toks, start) {
            return None;
        }
        // ("May said", "Will Smith told": a name's first word, with only names after it and a
        // verb no modal takes: not "Will Labour say sorry?".)
        let modal = modal_name(text, toks, start - 1)
            && (start..end).all(|k| toks[k].word && is_capitalized(&text[toks[k].span.range()]))
            && (start == end
                || super::finite_cue(text[cue.range()].split(' ').next().unwrap_or("")));
        // "the WHO said": capitals are an acronym, not the stop word (two letters after an
        // article only: "IT", "US").
        let acronym = named_acronym(w, || {
            start >= 2 && lower_in(&text[toks[start - 2].span.range()], ARTICLES)
        });
        if (lower_in(w, STOP) || contracted_who(w))
            && !in_name
            && !determiner
            && !inner
            && !modal
            && !acronym
        {
            break;
        }
        start -= 1;
    }
    // "10:13 Our reporter in Aberystwyth says": a clock time opening a live page's entry is no
    // part of the phrase.
    if start + 1 < end
        && start >= 2
        && text[toks[start].span.range()]
            .bytes()
            .all(|b| b.is_ascii_digit())
        && &text[toks[start - 1].span.range()] == ":"
        && text[toks[start - 2].span.range()]
            .bytes()
            .all(|b| b.is_ascii_digit())
    {
        start += 1;
    }
    // "Several people I've spoken with over the last couple of weeks said", "Every activist I
    // spoke to said": a relative clause with no "who", its own subject a pronoun and its own
    // verb before the cue, goes with the people before it, however far it runs ("the things
    // they said" is embedded instead: the cue is the clause's verb).
    if let Some(p) = (end.saturating_sub(RELATIVE_REACH)..end).rev().find(|&k| {
        let w = &text[toks[k].span.range()];
        // (Inside the sentence: in lower case, or "I". No allocation: this runs for every
        // phrase.)
        toks[k].word
            && w.len() <= 7
            && matches!(w.as_bytes()[0], b'h' | b's' | b't' | b'w' | b'I')
            && {
                let bare = uncontracted(w);
                bare == "I"
                    || lower_in(bare, &["he", "she", "they", "we"])
                        && w.starts_with(char::is_lowercase)
            }
    }) {
        let noun = p.checked_sub(1).map(|k| &text[toks[k].span.range()]);
        let people = noun.is_some_and(|n| {
            n.bytes().all(|b| b.is_ascii_lowercase())
                && (plural_person(n) || lower_in(n, PERSON_NOUNS) || n == "people")
        });
        let verb = toks.get(p + 1).map(|t| &text[t.span.range()]);
        let clause = p + 1 < end
            && verb.is_some_and(|v| {
                v.len() > 2 && v.bytes().all(|b| b.is_ascii_lowercase()) && !lower_in(v, STOP)
            })
            && (p + 1..end).all(|j| {
                let w = &text[toks[j].span.range()];
                toks[j].word && (!lower_in(w, EMBEDDING) || w.eq_ignore_ascii_case("to"))
            });
        if people && clause {
            // (The clause stays in the phrase when the phrase still names the people, as "All
            // the experts I interviewed" does; else it describes them.)
            if let Some((found, false)) = left_in(text, &toks[..p], toks[p].span) {
                if found.descriptor.is_none() {
                    let whole = Span::new(found.phrase.start, toks[end - 1].span.end);
                    let clause = Span::new(toks[p].span.start, toks[end - 1].span.end);
                    let people = matches!(
                        classify(&text[whole.range()], false),
                        Some(Mention::Named {
                            kind: SourceKind::Anonymous,
                            ..
                        })
                    );
                    let (phrase, descriptor) = if people {
                        (whole, None)
                    } else {
                        (found.phrase, Some(clause))
                    };
                    return Some((
                        Found {
                            phrase,
                            descriptor,
                            tag: Span::new(phrase.start, cue.end),
                        },
                        false,
                    ));
                }
            }
        }
    }
    // "One official who relayed the exchange said": a relative clause without commas, its verb
    // right after "who", describes the phrase before it ("the man who Kirby said" and "who
    // officials say" are embedded clauses instead).
    // The clause may hold "to" and other stop words that end the run ("Hawkins and others who
    // want to ban abortion said"), but no word that embeds the cue ("people who want to know
    // what Trump said").
    // (The nearest "who" first, then the words between: most phrases have none.)
    // (After "whose", its noun comes first: "officials whose laws were struck down said".)
    let verb_at = |k: usize| {
        if text[toks[k].span.range()].eq_ignore_ascii_case("whose") {
            k + 2
        } else {
            k + 1
        }
    };
    let who = (start.saturating_sub(RELATIVE_REACH)..start)
        .rev()
        .find(|&k| {
            let w = &text[toks[k].span.range()];
            // ("A 2014 study that appeared in the journal found": "that" after a noun of a
            // source.)
            // (A noun of a source in lower case before "that" or "which".)
            let source_noun_before = || {
                let noun = &text[toks[k - 1].span.range()];
                let lower = noun.to_ascii_lowercase();
                toks[k - 1].word
                    && !is_capitalized(noun)
                    && (lower_in(noun, DOCUMENTS)
                        || lower_in(noun, ORG_NOUNS)
                        || lower
                            .strip_suffix('s')
                            .is_some_and(|s| lower_in(s, ORG_NOUNS))
                        || lower_in(noun, PERSON_NOUNS)
                        || plural_person(&lower))
            };
            lower_in(w, &["who", "whose"])
                || contracted_who(w)
                // ("Ford which posted its ninth drop in sales, said": after a name; "The firm
                // which runs the site, GreenCycle North, said": after a body's noun.)
                || w == "which"
                    && k >= 1
                    && (toks[k - 1].word && is_capitalized(&text[toks[k - 1].span.range()])
                        || source_noun_before())
                || w.eq_ignore_ascii_case("that") && k >= 1 && source_noun_before()
        })
        .filter(|&k| {
            k + 1 < end
                && k >= 1
                && (k + 1..start).all(|j| relative_clause_word(text, toks, k, j, verb_at(k)))
        });
    // "A resident who lives on the street and who did not want to be named said": relative
    // clauses joined by "and" describe one phrase, and the first "who" opens them.
    let who = who.map(|mut k| {
        while k >= 2 && text[toks[k - 1].span.range()].eq_ignore_ascii_case("and") {
            let Some(first) = (k.saturating_sub(1 + RELATIVE_REACH)..k - 1)
                .rev()
                .find(|&j| text[toks[j].span.range()].eq_ignore_ascii_case("who"))
                .filter(|&j| {
                    j >= 1 && (j + 1..k - 1).all(|i| relative_clause_word(text, toks, j, i, j + 1))
                })
            else {
                break;
            };
            k = first;
        }
        k
    });
    // "Katie Packer, who is chairman of the PAC said": the clause's closing comma may be
    // missing (the phrase ends before the opening one).
    let opening_comma =
        |k: usize| k >= 2 && &text[toks[k - 1].span.range()] == "," && toks[k - 2].word;
    if let Some(k) = who.filter(|&k| {
        start < end
            && (toks[k - 1].word || opening_comma(k))
            && verb_at(k) < end
            && (relative_verb(&text[toks[verb_at(k)].span.range()])
                || contracted_who(&text[toks[k].span.range()])
                || lower_in(&text[toks[verb_at(k)].span.range()], COMPLEMENT_VERBS)
                || present_verb(text, toks, verb_at(k), end))
    }) {
        let before = if opening_comma(k) { k - 1 } else { k };
        if let Some((found, embedded)) = left_in(text, &toks[..before], toks[k].span) {
            let clause = Span::new(toks[k].span.start, toks[end - 1].span.end);
            if found.descriptor.is_none() {
                return Some((
                    Found {
                        phrase: found.phrase,
                        descriptor: Some(clause),
                        tag: Span::new(found.phrase.start, cue.end),
                    },
                    embedded,
                ));
            }
        }
    }
    // "Jeff Joseph, from the Consumer Electronics Association (CEA) told the BBC": a person's
    // affiliation after the name, its closing comma missing.
    if descriptor.is_none()
        && start >= 2
        && start + 1 < end
        && lower_in(&text[toks[start].span.range()], AFFILIATIONS)
        && &text[toks[start - 1].span.range()] == ","
    {
        if let Some((found, false)) = left_in(text, &toks[..start - 1], toks[start - 1].span) {
            let person = matches!(
                classify(&text[found.phrase.range()], false),
                Some(Mention::Named {
                    kind: SourceKind::Person,
                    ..
                })
            );
            // (A name, not a role: "Anshuman Magazine, managing director, of CB Richard Ellis".)
            let named = text[found.phrase.range()]
                .split(' ')
                .all(|w| w.starts_with(char::is_uppercase));
            if person
                && named
                && found.descriptor.is_none()
                && found.phrase.end == toks[start - 2].span.end
            {
                return Some((
                    Found {
                        phrase: found.phrase,
                        descriptor: Some(Span::new(toks[start].span.start, toks[end - 1].span.end)),
                        tag: Span::new(found.phrase.start, cue.end),
                    },
                    false,
                ));
            }
        }
    }
    // "In a speech to the Foreign Policy Centre Mr Straw said": a title after a noun, no comma
    // between, opens the subject; the words before it close a lead, a phrase of a preposition
    // or a participle opening the clause (not a role, "Manchester United boss Sir Alex
    // Ferguson", nor a relative clause, "a rate of progress Ms Abbott described").
    let w = |k: usize| &text[toks[k].span.range()];
    let lead = toks
        .iter()
        .map(|t| &text[t.span.range()])
        .find(|f| !lower_in(f, &["also", "and", "but", "however", "so", "yet"]))
        .is_some_and(|f| {
            opens_lead(
                f,
                &[
                    "after",
                    "asked",
                    "at",
                    "before",
                    "following",
                    "for",
                    "in",
                    "on",
                ],
            )
        });
    let titled = (start + 1..end.saturating_sub(1))
        .filter(|_| lead)
        .find(|&k| {
            let prev = w(k - 1);
            toks[k - 1].word
                && lower_in(w(k).trim_end_matches('.'), PERSON_TITLES)
                && end - k <= 4
                && (k + 1..end).all(|j| toks[j].word && is_capitalized(w(j)))
                && !lower_in(prev, FUNCTION_WORDS)
                && !lower_in(prev, PREPOSITIONS)
                && !lower_in(prev.trim_end_matches('.'), TITLES)
                && !title_noun(prev)
                && possessor(prev).is_none()
        })
        .inspect(|&k| start = k);
    // "Despite the demand Sony said", "In a letter to shareholders Microsoft said": a name of up
    // to three capitalised words after a plain noun, no comma between, opens the subject too,
    // after a lead (not a role before it, "Microsoft boss Bill Gates", nor a name's first
    // part, "the Commons Tony Blair").
    let named = titled.is_none() && lead && {
        let mut k = end;
        while k > start && end - k < 3 && toks[k - 1].word && is_capitalized(w(k - 1)) {
            k -= 1;
        }
        let prev = w(k.saturating_sub(1));
        let plain = |p: &str| {
            content_word(p)
                && !lower_in(p, TITLES)
                && !title_noun(p)
                // (A plural of people may stand there: "a letter to shareholders".)
                && (!person_head(p) || p.ends_with('s'))
        };
        // (A plural of people opening the phrase is the name's role: "…, accountants KPMG
        // said", "analysts Gartner said".)
        let role = k == start + 1
            && person_head(prev)
            && (start == 0 || &text[toks[start - 1].span.range()] == ",");
        let found = k > start
            && k < end
            && toks[k - 1].word
            && plain(prev)
            && !role
            && !lower_in(w(k), FULL_MONTHS)
            && (k..end).all(|j| !lower_in(w(j), PERSON_TITLES));
        if found {
            start = k;
        }
        found
    };
    // "The Gazette quoted the mayor as saying": the one quoted is the source.
    let quoted = text[cue.range()].eq_ignore_ascii_case("as saying")
        && (start..end)
            .rev()
            .find(|&k| lower_in(w(k), QUOTING))
            .inspect(|&k| start = k + 1)
            .is_some();
    // "In December Microsoft said", "Until March Sony said": a month after the preposition of
    // a lead is the lead's, not the name's, and the preposition governs the month, not the
    // clause (a given name is left alone: "April Ryan said", "reporter June Smith said").
    // (After the leading words: "In" is one.)
    // (A capitalised month among the first words, after leading words only: this runs for
    // every phrase, so the month is looked for first.)
    let month = (start..(start + 3).min(end)).find(|&k| {
        let b = w(k).as_bytes();
        (3..=9).contains(&b.len()) && b[0].is_ascii_uppercase() && lower_in(w(k), FULL_MONTHS)
    });
    let first = month
        .filter(|&m| (start..m).all(|k| lower_in(w(k), LEADING)))
        .unwrap_or(end);
    let dated = first + 1 < end
        && first > 0
        && toks[first - 1].word
        && lower_in(
            w(first - 1),
            &[
                "by", "during", "early", "from", "in", "last", "late", "next", "since", "this",
                "through", "until",
            ],
        )
        && toks[first + 1].word
        && is_capitalized(w(first + 1));
    if dated {
        start = first + 1;
    }
    // (Not a concession after the main clause's comma, which goes on with a report of its own:
    // "Clinton backed the deal, although she said that she has concerns about …". Not for an
    // "it", whose body the main clause opens with, as a role before it may hide: "Even sports
    // car maker Porsche may join the race, although it insists …".)
    // (Read only after an embedding word: this runs for every phrase.)
    let conceding = || {
        start >= 2
            && lower_in(&text[toks[start - 1].span.range()], &["although", "though"])
            && &text[toks[start - 2].span.range()] == ","
            && toks
                .get(start)
                .is_none_or(|t| !text[t.span.range()].eq_ignore_ascii_case("it"))
    };
    let mut embedded = titled.is_none()
        && !named
        && !quoted
        && !dated
        && start > 0
        && {
            let t = toks[start - 1];
            t.word && lower_in(&text[t.span.range()], EMBEDDING)
        }
        && !conceding();
    // Leading connectives and time phrases are not part of the source.
    while start < end && lower_in(&text[toks[start].span.range()], LEADING) {
        start += 1;
    }
    // (The phrase before a stray comma is the whole clause: "… faith in Ukraine, said Stuart
    // Hensel" is no name and a stray comma.)
    if strayed
        && toks[..start]
            .iter()
            .any(|t| t.word && !lower_in(&text[t.span.range()], LEADING))
    {
        return None;
    }
    // "Attorney General Loretta Lynch, who told Congress: “…”", "Ted Cruz, who said he would
    // …": the cue opens a relative clause; its source is the name the clause describes (a verb
    // before the name is the main clause's: "involve", "out-brutalizing").
    // (Only a clause that ends the sentence, after a name that does not open it: in "Jay-Z, who
    // said he would stop, will become president" and "Mr Sullivan, who has admitted fraud, …"
    // the clause describes; "who wrote the musical" names a work, not words.)
    let closing_clause = || {
        let rest = &text[cue.end..ceil_char(text, (cue.end + 400).min(text.len()))];
        let clause = rest
            .find(['.', '?', '!', '\n'])
            .map_or(rest, |i| &rest[..i]);
        // (A participle after a comma goes on with the clause: "who says it will reduce the
        // incentive, leading to more deaths".)
        clause.split(", ").skip(1).all(|part| {
            part.split(' ')
                .next()
                .is_some_and(|v| v.len() > 4 && v.ends_with("ing") && !is_capitalized(v))
        })
    };
    // (The comma may be missing after a name: "a message repeated by Home Secretary Charles
    // Clarke who said …".)
    let comma = end >= 3 && &text[toks[end - 2].span.range()] == "," && toks[end - 3].word;
    let bare_name =
        end >= 2 && toks[end - 2].word && is_capitalized(&text[toks[end - 2].span.range()]);
    // (After a body, "which" and its comma: "a survey from the British Bankers' Association,
    // which said …".)
    // (Not "Salt Lake City, which sees its population rise …".)
    let which = comma
        && text[toks[end - 1].span.range()].eq_ignore_ascii_case("which")
        && !lower_in(&text[cue.range()], &["saw", "see", "sees"]);
    if start == end
        && end >= 3
        && (text[toks[end - 1].span.range()].eq_ignore_ascii_case("who") || which)
        && (comma || bare_name)
        && !lower_in(&text[cue.range()], &["write", "writes", "wrote"])
        && closing_clause()
    {
        // (What stands before the name does not embed the clause: "went to Maria Lopez, who
        // said …".)
        let mut before = if comma { end - 2 } else { end - 1 };
        // (Back over an age: "a debut nomination for Staunton, 49, who told …".)
        if comma
            && before >= 3
            && text[toks[before - 1].span.range()]
                .bytes()
                .all(|b| b.is_ascii_digit())
            && &text[toks[before - 2].span.range()] == ","
        {
            before -= 2;
        }
        // (Back over the name, its titles and inner words: "by the Court of Appeal who".)
        let mut k = before;
        while k > 0
            && toks[k - 1].word
            && (is_capitalized(&text[toks[k - 1].span.range()])
                || title_noun(&text[toks[k - 1].span.range()])
                || lower_in(&text[toks[k - 1].span.range()], &["of", "the"]))
        {
            k -= 1;
        }
        // ("a good day for Imelda Staunton, who said": "for" after a plain word, not inside a
        // body's name, "the Organisation for Economic Co-operation"; not "at", which names
        // where a person works, "a senior analyst at Jefferies, who notes".)
        let object = k > 0
            && k < before
            && toks[k - 1].word
            && (lower_in(
                &text[toks[k - 1].span.range()],
                &["against", "by", "from", "including", "to", "with"],
            ) || text[toks[k - 1].span.range()].eq_ignore_ascii_case("for")
                && k >= 2
                && toks[k - 2].word
                && !is_capitalized(&text[toks[k - 2].span.range()]));
        // (Without the comma, only the object of a preposition: "backed by X who", "a challenge
        // from X who"; not a description in apposition, "…, a moderate Indiana Democrat who".)
        if !comma && !object {
            return None;
        }
        // (The object of a preposition is the phrase, "criticism from the Economic Affairs
        // Committee, which said"; else the phrase before the clause.)
        // (From its first capitalised word, as below: "Harbor Lenders Association".)
        // (`object` holds a word or more between `k` and `before`.)
        let named = object.then(|| {
            let first_name = (k..before)
                .find(|&j| is_capitalized(&text[toks[j].span.range()]))
                .unwrap_or(k);
            Span::new(toks[first_name].span.start, toks[before - 1].span.end)
        });
        // ("announced on Sunday by her family, who said", "a letter from his lawyer, who
        // said": the agent of a passive, or where a message came from, in lower case after an
        // article or a possessive.)
        let agent = || {
            let by = (before.saturating_sub(AGENT_WORDS + 1)..before.saturating_sub(2))
                .rev()
                .take_while(|&j| toks[j].word)
                .find(|&j| lower_in(&text[toks[j].span.range()], &["by", "from"]))?;
            let opener = &text[toks[by + 1].span.range()];
            (comma
                && (lower_in(opener, ARTICLES)
                    || possessor(opener).is_some()
                    || lower_in(opener, &["her", "his", "its", "their"])))
            .then(|| Span::new(toks[by + 1].span.start, toks[before - 1].span.end))
        };
        let agent = if object { None } else { agent() };
        let named = named.or(agent);
        let found = match named.filter(|n| classify(&text[n.range()], false).is_some()) {
            Some(named) => Found {
                phrase: named,
                descriptor: None,
                tag: named,
            },
            None => left_in(text, &toks[..before], toks[before].span)?.0,
        };
        let words: Vec<&Tok> = toks
            .iter()
            .filter(|t| found.phrase.start <= t.span.start && t.span.end <= found.phrase.end)
            .collect();
        let first = &text[words.first()?.span.range()];
        let name = words
            .iter()
            .position(|t| is_capitalized(&text[t.span.range()]))
            .or(agent.map(|_| 0))?;
        // (Not the sentence's subject: the clause describes it.)
        if toks
            .first()
            .is_some_and(|t| t.span.start == words[0].span.start)
        {
            return None;
        }
        let phrase = if name > 0
            && !lower_in(first, ARTICLES)
            && !lower_in(first, DETERMINERS)
            && first.starts_with(|c: char| c.is_lowercase())
        {
            Span::new(words[name].span.start, found.phrase.end)
        } else {
            found.phrase
        };
        let body = || {
            matches!(
                classify(&text[phrase.range()], false),
                Some(Mention::Named {
                    kind: SourceKind::Organization | SourceKind::Publication | SourceKind::Document,
                    ..
                })
            )
        };
        if which && !body() {
            return None;
        }
        return Some((
            Found {
                phrase,
                descriptor: found.descriptor,
                tag: Span::new(phrase.start, cue.end),
            },
            false,
        ));
    }
    // ("A report released in September by the National Academies of Sciences, Engineering and
    // Medicine noted": past the limits with a title's list, the body alone.)
    let commas = (start..end)
        .filter(|&k| !toks[k].word && w(k) == ",")
        .count();
    if commas > 0 && end - start - commas > MAX_WORDS {
        let mut k = end;
        while k > start
            && (toks[k - 1].word
                && (is_capitalized(w(k - 1)) || matches!(w(k - 1), "of" | "and" | "for"))
                || w(k - 1) == ",")
        {
            k -= 1;
        }
        if k > start && w(k - 1) == "the" {
            k -= 1;
        }
        if k > start && k < end && is_capitalized(w(end - 1)) {
            start = k;
        }
    }
    // (A month and its day count as one word: "A Feb. 1 letter from …".)
    let dates = (start..end.saturating_sub(1))
        .filter(|&k| {
            let w = &text[toks[k].span.range()];
            w.ends_with('.')
                && lower_in(&w[..w.len() - 1], MONTHS)
                && text[toks[k + 1].span.range()].starts_with(|c: char| c.is_ascii_digit())
        })
        .count()
        // (Nor does the comma of a title's list: "the Department for Culture, Media and Sport".)
        + (start..end).filter(|&k| !toks[k].word && w(k) == ",").count();
    // "the joint report from the Food and Agriculture Organisation and the World Food
    // Programme said": a document and the bodies' full names it comes from may run past the
    // phrase's word limits.
    // A word of a body's full name from token `lo` on: capitalised, a joining word, or "the"
    // after "of", "for" or "and" ("the Food and Agriculture Organisation and the World …").
    let name_word = |k: usize, lo: usize| {
        toks[k].word
            && (is_capitalized(w(k))
                || matches!(w(k), "of" | "and" | "&" | "for")
                || w(k) == "the" && k > lo && matches!(w(k - 1), "of" | "for" | "and"))
    };
    // (Looked for only past the limits.)
    let from_bodies = || {
        let head = (start..(start + 3).min(end)).find(|&k| lower_in(w(k), DOCUMENTS));
        head.is_some_and(|d| {
            d + 2 < end
                && lower_in(w(d + 1), &["by", "for", "from", "of"])
                && (start..d).all(|k| toks[k].word && !is_capitalized(w(k)))
                && is_capitalized(w(end - 1))
                && (d + 2..end).all(|k| {
                    name_word(k, d + 1)
                        || toks[k].word
                            && (w(k) == "the" && matches!(w(k - 1), "from" | "by")
                                // ("the University of California at Berkeley")
                                || matches!(w(k), "at" | "in")
                                    && k + 1 < end
                                    && is_capitalized(w(k + 1))
                                    && is_capitalized(w(k - 1)))
                })
        })
    };
    if start == end
        || end - start - dates > LEFT_WORDS && !(end - start <= LEFT_WORDS + 4 && from_bodies())
    {
        return None;
    }
    // (Past `MAX_WORDS`, only a person's description closing on a name: "a spokesman for
    // European Justice and Home Affairs Commissioner Franco Frattini", "BBC correspondent Simon
    // Hall at Postbridge on Dartmoor".)
    if end - start - dates > MAX_WORDS {
        // (Capitalised opening the phrase before a name set off by commas: "Head of
        // developmental genetics at the National Institute of Medical Research, Professor Robin
        // Lovell-Badge, said".)
        let role = (start..start + 3).any(|k| {
            toks[k].word
                && (w(k).starts_with(|c: char| c.is_ascii_lowercase())
                    || k == start && descriptor.is_some())
                && person_head(w(k))
        });
        // (Or a document and the participle describing it: "A redacted copy of the 2013 FDIC
        // inspector general's memo seen by Reuters".)
        let described = (start + 2..start + MAX_WORDS).any(|k| lower_in(w(k), PARTICIPLES))
            && (start..(start + 5).min(end))
                .any(|k| lower_in(&w(k).to_ascii_lowercase(), DOCUMENTS));
        // (Or a body's full name: "The International Federation of the Red Cross and Red
        // Crescent Societies".)
        let body = || {
            let first = start + usize::from(lower_in(w(start), ARTICLES));
            (first..end).all(|k| name_word(k, first))
                && matches!(
                    classify(&text[toks[start].span.start..toks[end - 1].span.end], false),
                    Some(Mention::Named {
                        kind: SourceKind::Organization,
                        ..
                    })
                )
        };
        // (Or a person and the participle of a charge describing them: "A businessman
        // accused of defrauding investors of more than £4m has told a court", "A former
        // hospital porter accused of …".)
        let charged = || {
            (start..(start + 4).min(end)).any(|k| {
                toks[k].word
                    && person_head(w(k))
                    && k + 1 < end
                    && lower_in(w(k + 1), &["accused", "charged", "convicted", "suspected"])
            }) && (start..end).all(|k| toks[k].word || currency_sign(w(k)))
        };
        // (Or people at a body named in full: "Scientists at the International Council for the
        // Exploration of the Sea".)
        let people_at_body = || {
            let first = w(start).to_ascii_lowercase();
            start + 3 < end
                && (plural_person(&first) || lower_in(&first, ANONYMOUS))
                && lower_in(w(start + 1), &["at", "from", "of", "with"])
                && is_capitalized(w(end - 1))
                && (start + 2..end).all(|k| {
                    name_word(k, start + 1) || toks[k].word && w(k) == "the" && k == start + 2
                })
        };
        if !((role || described)
            && (start..end).all(|k| toks[k].word)
            && is_capitalized(w(end - 1))
            || from_bodies()
            || body()
            || charged()
            || people_at_body())
        {
            return None;
        }
    }
    // "nine outrageous things the Republican candidate had said": an article after a plain
    // lower-case noun (no preposition between: "the head of the party"; no participle:
    // "a statement explaining the decision") opens a second noun phrase, the source; the
    // first is the object of a reduced relative clause. Not after a person ("the head of
    // policy at charity the Terrence Higgins Trust": the name is in apposition).
    // "Laying into the Conservatives' record in government he said": a subject pronoun right
    // before the cue is the whole phrase (no noun phrase holds one).
    if end - start >= 2 && lower_in(&text[toks[end - 1].span.range()], &["he", "she", "they"]) {
        // ("the book she wrote", "the things they said": after a determiner and a noun, the
        // pronoun opens a reduced relative clause, embedded in the sentence; not at the end of
        // a lead with no comma, "Laying into the board's record on the ferries she said".)
        let lead = toks.first().is_some_and(|t| {
            opens_lead(&text[t.span.range()], &["asked", "pressed", "questioned"])
        }) && !toks[..end - 1].iter().any(|t| &text[t.span.range()] == ",");
        if end - start >= 3
            && !lead
            && toks[end - 2].word
            && w(end - 2).bytes().all(|b| b.is_ascii_lowercase())
            && !lower_in(w(end - 2), FUNCTION_WORDS)
            && !lower_in(w(end - 2), PREPOSITIONS)
            && (lower_in(w(end - 3), DETERMINERS)
                || lower_in(w(end - 3), ARTICLES)
                || lower_in(w(end - 3), POSSESSIVE_DETERMINERS))
        {
            return None;
        }
        // (At the end of a lead, the pronoun is the main clause's subject, whatever embeds
        // a clause inside the lead: "Asked whether she was nervous about it she said"; not
        // when the lead's own first word embeds the phrase, "To the extent she talks".)
        embedded &= !(lead && end - start >= 3 && start >= 2);
        start = end - 1;
    }
    // (The tag still runs from the first noun phrase: its words are no content.)
    let mut tag_from = None;
    if let Some(j) = (start + 1..end).rev().find(|&j| {
        let w = &text[toks[j].span.range()];
        let prev = &text[toks[j - 1].span.range()];
        lower_in(w, &["a", "an", "the"])
            && toks[j - 1].word
            && prev.starts_with(|c: char| c.is_ascii_lowercase())
            && !prev.ends_with("ing")
            && !lower_in(prev, FUNCTION_WORDS)
            && !lower_in(prev, PREPOSITIONS)
            && !lower_in(prev, &["including", "than", "per"])
            && !(start..j).any(|k| {
                let w = &text[toks[k].span.range()];
                toks[k].word && (person_head(w) || lower_in(w, TITLES))
            })
    }) {
        tag_from = Some(toks[start].span.start);
        start = j;
    }
    let mut phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    // `"…," Paul Goosens, head of Preventon told …`: a role after a name and a comma, its
    // closing comma missing, describes the name before it.
    if descriptor.is_none() && tag_from.is_none() && start >= 3 {
        // (A singular role of two words or more: not "Mr. Obama, officials said", nor "On
        // Tuesday, the mayor said".)
        // (After an article, a role of something: "Mark Serwotka, the leader of the Public
        // and Commercial Services Union said".)
        let of = (start + 1..end).any(|k| lower_in(w(k), &["at", "for", "of"]));
        let article = lower_in(w(start), ARTICLES) && end - start >= 3 && of;
        // (After a body's initials too: "Brent Bozell, PTC president and conservative activist
        // said".)
        let initials = !article && end - start >= 2 && acronym(w(start));
        let first = if article || initials {
            w(start + 1)
        } else {
            w(start)
        };
        let role = first.bytes().all(|c| c.is_ascii_lowercase())
            && !first.ends_with('s')
            && end - start >= 2
            && !lower_in(first, ARTICLES)
            && !lower_in(first, FUNCTION_WORDS)
            && (lower_in(first, PERSON_NOUNS) || lower_in(first, TITLES));
        if role && w(start - 1) == "," {
            let mut k = start - 1;
            while k > 0 && toks[k - 1].word && is_capitalized(w(k - 1)) && start - 1 - k < 4 {
                k -= 1;
            }
            // (After a conjunction too: "…, but Christoph Caselitz, president of the mobile
            // networks division at the firm says …".)
            let opens = k == 0
                || quote_mark(w(k - 1))
                || w(k - 1) == ","
                || lower_in(w(k - 1), &["and", "but", "yet"]);
            let person = || {
                let run = &text[toks[k].span.start..toks[start - 2].span.end];
                matches!(
                    classify(run, false),
                    Some(Mention::Named {
                        kind: SourceKind::Person,
                        ..
                    })
                )
            };
            if (2..=4).contains(&(start - 1 - k)) && opens && person() {
                descriptor = Some(phrase);
                phrase = Span::new(toks[k].span.start, toks[start - 2].span.end);
                tag_from = Some(phrase.start);
            }
        }
    }
    if let Some(d) = descriptor {
        // "the director of the FBI, James B. Comey, said": a description, though it ends in
        // a name, with the name between the commas.
        let p = &text[phrase.range()];
        let mut words = p.split(' ');
        let article = words
            .next()
            .is_some_and(|w| lower_in(w, &["a", "an", "another", "one", "the"]));
        // ("The Prime Minister, Mr Blair, said", "The Lord Chancellor, Lord Falconer, said": a
        // title in capitals describes too.)
        // (So does a title of an office: "The Shadow Secretary of State for the Family,
        // Theresa May, said".)
        let office = || {
            words.clone().next().is_some_and(is_capitalized)
                && words
                    .clone()
                    .all(|w| is_capitalized(w) || lower_in(w, &["and", "for", "of", "the"]))
                && words.clone().any(|w| lower_in(w, PERSON_NOUNS))
        };
        let titled = words.clone().next().is_some()
            && (words.clone().all(|w| lower_in(w, TITLES)) || office());
        let described = article
            && (titled
                || words.next().is_some_and(|w| {
                    w.starts_with(|c: char| c.is_ascii_lowercase()) && !lower_in(w, FUNCTION_WORDS)
                }));
        // ("Argentina's President, Nestor Kirchner, said", "His former business partner at
        // Lenox, Lawrence B. Cummings, said": a possessive and a title or a person describe.)
        let owned_title = {
            let ws: Vec<&str> = p.split(' ').collect();
            ws.len() >= 2
                && (possessor(ws[0]).is_some() || lower_in(ws[0], POSSESSIVE_DETERMINERS))
                && ws[1..]
                    .iter()
                    .any(|w| lower_in(w, TITLES) || title_noun(w) || person_head(w))
        };
        // ("Head of developmental genetics at the National Institute, Professor Robin
        // Lovell-Badge, said": a role opening the sentence, its preposition after it.)
        let role_of = {
            let mut ws = p.split(' ');
            ws.next().is_some_and(|w| role_noun(w) || person_head(w))
                && ws.next().is_some_and(|w| lower_in(w, &["at", "for", "of"]))
        };
        if !names_someone(p) || described || owned_title || role_of {
            // "A Twitter spokesman, Christopher Abboud, said": the name is between the commas
            // (a name from its first word: "Powell's office, when contacted by Reuters, said"
            // has a clause there).
            let between = &text[d.range()];
            // (Or a role and a name: "Her colleague, nurse Kofi Mensah, said".)
            let role_name = || {
                // (Split at runs of spaces: a no-break space or a nickname left two or more.)
                let words: Vec<&str> = between.split_whitespace().collect();
                words.first().is_some_and(|w| title_noun(w)) && role_and_name(&words).is_some()
            };
            if names_someone(between) && (is_capitalized(between) || role_name()) {
                descriptor = Some(phrase);
                phrase = d;
            } else if classify(&text[phrase.range()], false).is_none() {
                return None;
            }
            // Else "The company, based in Ohio, said": the description with its clause.
        }
    }
    Some((
        Found {
            phrase,
            descriptor,
            tag: Span::new(tag_from.unwrap_or(phrase.start), cue.end),
        },
        embedded,
    ))
}

/// How many words before a phrase a relative clause's "who" may stand ("others who want to ban
/// abortion said").
const RELATIVE_REACH: usize = 16;

/// True when `name` is a US state's ("Texas", "New York").
pub(crate) fn us_state(name: &str) -> bool {
    lower_in(name, STATES)
}

/// US states and their abbreviations in news style, after a town ("Monsey, New York").
const STATES: &Words = &Words::new(&[
    "ala.",
    "alabama",
    "alaska",
    "ariz.",
    "arizona",
    "ark.",
    "arkansas",
    "calif.",
    "california",
    "colo.",
    "colorado",
    "conn.",
    "connecticut",
    "d.c.",
    "del.",
    "delaware",
    "fla.",
    "florida",
    "ga.",
    "georgia",
    "hawaii",
    "idaho",
    "ill.",
    "illinois",
    "ind.",
    "indiana",
    "iowa",
    "kan.",
    "kansas",
    "kentucky",
    "ky.",
    "la.",
    "louisiana",
    "maine",
    "maryland",
    "mass.",
    "massachusetts",
    "md.",
    "mich.",
    "michigan",
    "minn.",
    "minnesota",
    "miss.",
    "mississippi",
    "missouri",
    "mo.",
    "mont.",
    "montana",
    "n.c.",
    "n.d.",
    "n.h.",
    "n.j.",
    "n.m.",
    "n.y.",
    "neb.",
    "nebraska",
    "nev.",
    "nevada",
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "ohio",
    "okla.",
    "oklahoma",
    "ore.",
    "oregon",
    "pa.",
    "pennsylvania",
    "r.i.",
    "rhode island",
    "s.c.",
    "s.d.",
    "south carolina",
    "south dakota",
    "tenn.",
    "tennessee",
    "texas",
    "utah",
    "va.",
    "vermont",
    "virginia",
    "vt.",
    "w.va.",
    "wash.",
    "washington",
    "west virginia",
    "wis.",
    "wisconsin",
    "wyo.",
    "wyoming",
]);

/// A dash that sets off an aside: an em or en dash, or hyphens standing alone.
fn is_dash(w: &str) -> bool {
    matches!(w, "\u{2014}" | "\u{2013}") || (!w.is_empty() && w.bytes().all(|b| b == b'-'))
}

/// Nouns of a purpose that an infinitive completes inside a description ("the push to boycott
/// the speech", "a plan to cut taxes").
const PURPOSES: &[&str] = &[
    "attempt", "bid", "campaign", "decision", "drive", "effort", "efforts", "fight", "move",
    "plan", "plans", "pledge", "proposal", "push",
];

/// The possessive determiners ("his", "their").
pub(crate) const POSSESSIVE_DETERMINERS: &[&str] =
    &["her", "his", "its", "my", "our", "their", "your"];

/// Determiners before a noun ("the statement").
pub(crate) const DETERMINERS: &[&str] = &[
    "her", "his", "its", "my", "our", "that", "the", "their", "this",
];

/// Most words of a lower-case phrase after "by" or "from" read as the antecedent of "who said"
/// ("by her family, who said").
const AGENT_WORDS: usize = 4;

/// True when `toks[j]` may stand in a relative clause opened by the "who" at `toks[k]`, whose
/// verb is at `verb` (before the cue it describes the subject of): a word that embeds no cue
/// ([`EMBEDDING`]) but for auxiliaries and negation ("who did not want to be named"), the
/// clause's own verb when a form of "be" ("who were there"), and, after a verb of saying or
/// thinking ([`COMPLEMENT_VERBS`]), the "that" and the forms of "be" of what it says ("An
/// official who said he was not authorized to speak said", "Residents who believe the plant is
/// unsafe said"); a wh-word still embeds ("people who want to know what Trump said").
fn relative_clause_word(text: &str, toks: &[Tok], k: usize, j: usize, verb: usize) -> bool {
    let w = &text[toks[j].span.range()];
    let be = lower_in(w, &["are", "is", "was", "were"]);
    let complement = || {
        j > verb
            && (be || w.eq_ignore_ascii_case("that"))
            && toks
                .get(verb)
                .is_some_and(|t| lower_in(&text[t.span.range()], COMPLEMENT_VERBS))
    };
    toks[j].word
        && (!lower_in(w, EMBEDDING)
            || lower_in(w, CLAUSE_AUXILIARIES)
            || j == verb && be
            || j > k && complement()
            || anonymity_reason(text, toks, k, j))
}

/// True when `toks[j]` stands in the reason a relative clause opened at `toks[k]` gives for
/// the source's anonymity: "who asked not to be named because they were not authorized to
/// discuss the matter", "who spoke on condition of anonymity because the talks were private"
/// ("because" or "since" after "named", "identified" or "anonymity").
fn anonymity_reason(text: &str, toks: &[Tok], k: usize, j: usize) -> bool {
    let word = |i: usize| &text[toks[i].span.range()];
    (k + 1..=j)
        .find(|&i| lower_in(word(i), &["because", "since"]))
        .is_some_and(|b| {
            (k + 1..b).any(|i| lower_in(word(i), &["anonymity", "identified", "named"]))
        })
}

/// True for "who" with an auxiliary's contraction ("who'd", "who've", "who's", "who'll"):
/// the relative clause's verb is in it ("leaders who'd rather be working …").
fn contracted_who(w: &str) -> bool {
    // (Bytes compared, no copy: this runs for every word of a phrase's run.)
    let b = w.as_bytes();
    if b.len() < 5 || !b[..3].eq_ignore_ascii_case(b"who") {
        return false;
    }
    let rest = w[3..]
        .strip_prefix('\'')
        .or_else(|| w[3..].strip_prefix('\u{2019}'));
    rest.is_some_and(|r| {
        ["d", "ll", "s", "ve"]
            .iter()
            .any(|c| r.eq_ignore_ascii_case(c))
    })
}

/// Verbs of saying or thinking whose clause a relative clause may hold ("who said he was …").
const COMPLEMENT_VERBS: &[&str] = &[
    "argued", "believe", "believed", "believes", "claimed", "fear", "feared", "fears", "felt",
    "insisted", "knew", "know", "said", "say", "says", "think", "thinks", "thought", "warned",
];

/// True when `word` opening a relative clause after "who" is its verb ("who relayed", "who
/// has", "who spoke", "who heard the case"), not the subject of an embedded clause ("who Kirby
/// said", "who officials say", "who the police said").
fn relative_verb(word: &str) -> bool {
    !is_capitalized(word)
        && (word.ends_with("ed")
            || lower_in(
                word,
                &[
                    "are",
                    "attend",
                    "back",
                    "became",
                    "began",
                    "bought",
                    "brought",
                    "built",
                    "came",
                    "can",
                    "chose",
                    "come",
                    "could",
                    "did",
                    "didn't",
                    "didn’t",
                    "does",
                    "doesn't",
                    "doesn’t",
                    "drove",
                    "favor",
                    "fled",
                    "flew",
                    "follow",
                    "follows",
                    "fought",
                    "found",
                    "gave",
                    "got",
                    "grew",
                    "had",
                    "has",
                    "have",
                    "heads",
                    "heard",
                    "held",
                    "is",
                    "kept",
                    "knew",
                    "knows",
                    "leads",
                    "led",
                    "left",
                    "live",
                    "lost",
                    "made",
                    "met",
                    "oppose",
                    "paid",
                    "ran",
                    "represent",
                    "represents",
                    "runs",
                    "sat",
                    "saw",
                    "sent",
                    "serve",
                    "serves",
                    "sold",
                    "spent",
                    "spoke",
                    "stood",
                    "support",
                    "supports",
                    "taught",
                    "thought",
                    "took",
                    "want",
                    "wants",
                    "was",
                    "were",
                    "will",
                    "won",
                    "wore",
                    "work",
                    "works",
                    "would",
                    "wrote",
                ],
            ))
}

/// True when `toks[k]`, opening a relative clause after "who", is a verb in the present that
/// [`relative_verb`] does not list ("who holds the shares", "who lives nearby", "who owns a
/// shop"): a lower-case word in -s, no plural that names people ("who officials say", "who
/// experts expect"), followed before `end` by a word a verb takes and a noun does not (an
/// article, a possessive, a preposition, "nearby").
fn present_verb(text: &str, toks: &[Tok], k: usize, end: usize) -> bool {
    let word = &text[toks[k].span.range()];
    let lower = word.to_ascii_lowercase();
    toks[k].word
        && !is_capitalized(word)
        && lower.len() >= 4
        && lower.ends_with('s')
        && !lower.ends_with("ss")
        && !lower.ends_with("'s")
        && !plural_person(&lower)
        && k + 1 < end
        && toks[k + 1].word
        && lower_in(&text[toks[k + 1].span.range()], AFTER_PRESENT_VERB)
}

/// Words that follow a verb and not a plural noun as its subject ([`present_verb`]).
const AFTER_PRESENT_VERB: &[&str] = &[
    "a", "about", "across", "an", "around", "at", "for", "from", "her", "here", "his", "in",
    "into", "its", "my", "near", "nearby", "no", "on", "our", "several", "some", "that", "the",
    "their", "there", "these", "this", "those", "two", "with", "your",
];

/// A token of quotation marks only (`"`, `''`, `”`, `‘`).
fn quote_mark(w: &str) -> bool {
    !w.is_empty()
        && w.chars().all(|c| {
            matches!(
                c,
                '"' | '\'' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}'
            )
        })
}

/// True when `toks[k]` is the slash of a figure written as one word ("9/11", "24/7"): digits on
/// both sides, no space between.
fn slashed_figure(text: &str, toks: &[Tok], k: usize) -> bool {
    let digits = |t: &Tok| t.word && text[t.span.range()].bytes().all(|b| b.is_ascii_digit());
    k >= 1
        && &text[toks[k].span.range()] == "/"
        && toks.get(k + 1).is_some_and(|n| {
            digits(n)
                && digits(&toks[k - 1])
                && toks[k - 1].span.end == toks[k].span.start
                && toks[k].span.end == n.span.start
        })
}

/// A party and state after a name ("R-Fla", "D-N.Y", "I-Vt"), its full stop apart.
fn party_state(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3 && matches!(b[0], b'R' | b'D' | b'I') && b[1] == b'-' && b[2].is_ascii_uppercase()
}

/// True when a phrase ends in a capitalised word or is a pronoun: something a descriptor can
/// follow ("Devine, a strategist, said").
fn names_someone(phrase: &str) -> bool {
    let last = phrase.rsplit(' ').next().unwrap_or("");
    is_capitalized(last) || pronoun(last).is_some()
}

/// The source phrase right of a cue ("said Kirby", "according to the ministry"), looking no
/// further than `hi`; with `appositive`, a following ", a spokesman," is its descriptor.
pub(crate) fn right(text: &str, cue: Span, hi: usize, appositive: bool) -> Option<Found> {
    let hi = ceil_char(text, hi.min(cue.end + WINDOW));
    let found = with_tokens(text, Span::new(cue.end, hi.max(cue.end)), |toks| {
        right_in(text, toks, cue, appositive)
    })?;
    // "Says Clinton would stack Supreme Court against gun advocates.": a subheading's verb with
    // its subject left to the headline; the name after it is the reported clause's subject,
    // with its verb.
    let lead = text[..cue.start].trim_end_matches([' ', '\t']);
    let opens = lead.is_empty() || lead.ends_with(['\n', '\r']);
    let next = text[found.phrase.end..hi]
        .split_whitespace()
        .next()
        .unwrap_or("");
    if opens && lower_in(next, super::FINITE) {
        return None;
    }
    Some(polled_opening(text, found))
}

/// Most words of a descriptor after a source on the right of its cue ("said Kirby, a
/// spokesman for the Pentagon,"; "said an official who was briefed on the talks."). A longer
/// clause is the author's: it weighs against the reported words' share of the sentence ("…,"
/// said Maria Pereira, who runs the harbour board and has opposed every rise in tolls since …
/// stays the author's, reporting her).
const DESCRIPTOR_WORDS: usize = 12;

/// Places a source works in, which "where" after "according to" may describe ("according to
/// St Luke's Hospital, where they are being treated").
const PLACES_OF_WORK: &[&str] = &[
    "airport",
    "base",
    "camp",
    "center",
    "centre",
    "clinic",
    "college",
    "court",
    "embassy",
    "hospital",
    "museum",
    "prison",
    "school",
    "station",
    "university",
    "zoo",
];

/// [`right`] in the tokens after the cue.
fn right_in(text: &str, toks: &[Tok], cue: Span, appositive: bool) -> Option<Found> {
    let mut start = 0;
    while start < toks.len() && toks[start].word && lower_in(&text[toks[start].span.range()], TIME)
    {
        // "said on Twitter": "on" before anything but a time word is a circumstance.
        let w = &text[toks[start].span.range()];
        if w.eq_ignore_ascii_case("on")
            && !toks
                .get(start + 1)
                .is_some_and(|n| lower_in(&text[n.span.range()], TIME))
        {
            return None;
        }
        start += 1;
    }
    // "said in an interview with …", "said in a post on Twitter": a circumstance, no source.
    // (Not "Under" opening a title: "said Under Secretary John Taylor".)
    if toks.get(start).is_some_and(|t| {
        t.word
            && !under_title(
                &text[t.span.range()],
                toks.get(start + 1)
                    .filter(|n| n.word)
                    .map(|n| &text[n.span.range()]),
            )
            && lower_in(
                &text[t.span.range()],
                &[
                    "about", "after", "at", "before", "by", "during", "for", "from", "in", "into",
                    "of", "on", "over", "through", "to", "under", "via", "with",
                ],
            )
    }) {
        return None;
    }
    let mut end = start;
    while end < toks.len() && end - start < MAX_WORDS + 1 {
        let t = toks[end];
        if !t.word && slashed_figure(text, toks, end) {
            // "said 9/11 widow Terry Strada", "said the 24/7 channel": one word.
            end += 2;
            continue;
        }
        if !t.word {
            // "according to the “Medicare for all” document": a quoted title after an article or
            // a possessive, a word after it.
            let determined = end == start + 1 && {
                let w = &text[toks[start].span.range()];
                lower_in(w, ARTICLES) || lower_in(w, DETERMINERS)
            };
            match quoted_title(text, &toks[end..]) {
                Some(n) if determined => {
                    end += n;
                    continue;
                }
                _ => break,
            }
        }
        let w = &text[t.span.range()];
        // "said Will Doyle", "said May Chen": a capitalised stop word before a capitalised
        // word opens a name.
        let in_name = is_capitalized(w)
            && toks
                .get(end + 1)
                .is_some_and(|n| n.word && is_capitalized(&text[n.span.range()]));
        // "said Doyle and others", "said Kirby and other officials": the vague rest of a group
        // named by one of its members.
        // ("according to Jones and colleagues", "as noted by Jones and Patel": a named
        // member's co-workers, or two names joined that close the phrase, the first of them
        // all the phrase so far: not "a study by economists Peter Schott and Justin Pierce",
        // whose makers are read later, nor "the World Travel and Tourism Council".)
        let and_others = end > start
            && w.eq_ignore_ascii_case("and")
            && (toks.get(end + 1).is_some_and(|n| {
                lower_in(
                    &text[n.span.range()],
                    &["co-authors", "coauthors", "colleagues", "other", "others"],
                )
            }) || toks[start..end]
                .iter()
                .all(|t| t.word && is_capitalized(&text[t.span.range()]))
                && (1..=2).any(|n| {
                    toks[end + 1..]
                        .iter()
                        .take(n)
                        .filter(|t| t.word && is_capitalized(&text[t.span.range()]))
                        .count()
                        == n
                        && toks.get(end + 1 + n).is_none_or(|t| !t.word)
                }));
        // "said lobbyist and GOP strategist Charlie Black": two roles joined before a name.
        // (Capitalised roles too: "said Economic and Fiscal Policy Minister Heizo Takenaka".)
        let roles_and = end > start && w.eq_ignore_ascii_case("and") && {
            let lower =
                text[toks[end - 1].span.range()].starts_with(|c: char| c.is_ascii_lowercase());
            let run = toks[end + 1..]
                .iter()
                .take_while(|t| t.word && !lower_in(&text[t.span.range()], STOP))
                .take(6)
                .count();
            // (After a capitalised word, a role must be among them: not "the Pew Internet
            // and American Life Project".)
            let role = || {
                toks[end + 1..end + run].iter().any(|t| {
                    let w = &text[t.span.range()];
                    lower_in(w, PERSON_NOUNS) || lower_in(w, PLAYERS)
                })
            };
            run >= 2 && is_capitalized(&text[toks[end + run].span.range()]) && (lower || role())
        };
        // "said the shadow work and pensions secretary.": a role in lower case closing the
        // phrase after "and", a lower-case word before it (a department's two words).
        let role_pair = end > start
            && w.eq_ignore_ascii_case("and")
            && text[toks[end - 1].span.range()].starts_with(|c: char| c.is_ascii_lowercase())
            && {
                let run = toks[end + 1..]
                    .iter()
                    .take_while(|t| {
                        t.word && {
                            let x = &text[t.span.range()];
                            x.starts_with(|c: char| c.is_ascii_lowercase()) && !lower_in(x, STOP)
                        }
                    })
                    .take(ROLE_PAIR_WORDS + 1)
                    .count();
                (1..=ROLE_PAIR_WORDS).contains(&run)
                    && role_noun(&text[toks[end + run].span.range()])
                    && toks.get(end + run + 1).is_none_or(|n| !n.word)
            };
        // "According to Pew Research 44% of searchers use …": a share opens the content.
        let digits = w.trim_end_matches('%');
        let share = end > start
            && !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && (w.ends_with('%')
                || toks.get(end + 1).is_some_and(|n| {
                    let n = &text[n.span.range()];
                    n == "%" || lower_in(n, &["per", "percent"])
                }));
        if share {
            break;
        }
        // "according to the Datamonitor report the trend marked …", "according to the official
        // news agency most of the net cafes were …", "according to the commission's report 12
        // million people are …": after a word of content, an article, a quantifier or a figure
        // opens the content.
        if end > start && toks[end - 1].word {
            let prev = &text[toks[end - 1].span.range()];
            // (Not a name after its role: "newspaper the Daily Telegraph", "analysts the Radicati
            // Group"; nor a name with an article inside it: "Save the Children".)
            let named = toks
                .get(end + 1)
                .is_some_and(|n| n.word && is_capitalized(&text[n.span.range()]));
            let opens = lower_in(w, ARTICLES) && !named
                || lower_in(w, &["many", "most", "several", "some"])
                // (A number, not a compound: "the recent 50-state poll".)
                || w.starts_with(|c: char| c.is_ascii_digit())
                    && w.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
                    && prev.starts_with(|c: char| c.is_ascii_lowercase());
            if opens && ends_phrase(prev) {
                break;
            }
        }
        // ("who" is a stop word after the phrase's first word only.)
        let opens_who = w.eq_ignore_ascii_case("who") && end == start;
        // ("according to officials close to the talks": "to" goes on a post-modifier.)
        let close_to = end > start
            && w.eq_ignore_ascii_case("to")
            && lower_in(
                &text[toks[end - 1].span.range()],
                &["close", "closest", "closer"],
            );
        // ("according to the Centers for Disease Control and Prevention", "the Department of
        // Health and Human Services": "and" inside a body's title, capitalised words with "of"
        // or "for" before it and a word of such titles after it; not "the Bank of England and
        // Reuters", two sources.)
        // (The title may follow what the source gave, "figures from Customs and Border
        // Protection", and a word of such titles before "and" is one too, with no "of".)
        let org_and = end > start
            && w.eq_ignore_ascii_case("and")
            && toks
                .get(end + 1)
                .is_some_and(|n| n.word && lower_in(&text[n.span.range()], TITLE_WORDS_AFTER_AND))
            && {
                let run = toks[start..end]
                    .iter()
                    .rev()
                    .take_while(|t| {
                        let x = &text[t.span.range()];
                        t.word && (is_capitalized(x) || lower_in(x, &["for", "of", "on", "the"]))
                    })
                    .count();
                let last = &text[toks[end - 1].span.range()];
                is_capitalized(last)
                    && (lower_in(last, TITLE_WORDS_AFTER_AND)
                        || toks[end - run..end]
                            .iter()
                            .skip(1)
                            .any(|t| lower_in(&text[t.span.range()], &["for", "of"])))
            };
        // ("according to the Food and Drug Administration": after "the" and one capitalised
        // word, "and" and capitalised words that close on a body's head are one body's name;
        // not "the Bank of England and Reuters".)
        // (The word before "and" names no body or paper of its own: "the Gazette and Harbour
        // Lines" are two.)
        let head_and = || {
            if end != start + 2 {
                return false;
            }
            let before = &text[toks[end - 1].span.range()];
            lower_in(&text[toks[start].span.range()], ARTICLES)
                && is_capitalized(before)
                && !body_head(before)
                && !lower_in(before, PUBLICATIONS)
                && w.eq_ignore_ascii_case("and")
                && {
                    let run: Vec<&str> = toks[end + 1..]
                        .iter()
                        .take_while(|t| t.word && is_capitalized(&text[t.span.range()]))
                        .take(3)
                        .map(|t| &text[t.span.range()])
                        .collect();
                    run.len() >= 2 && run.last().is_some_and(|h| body_head(h))
                }
        };
        // ("according to the WHO": capitals are an acronym, as before a cue.)
        let acronym = end > start
            && named_acronym(w, || lower_in(&text[toks[end - 1].span.range()], ARTICLES));
        // ("according to a report from the FAO and the WFP.", "said the FAO and the World Food
        // Programme.": two bodies, each with its article, that close the sentence are the
        // source together, as before a cue; the second had been left over, an afterthought that
        // took the sentence from them.)
        let bodies_and = || {
            end > start
                && w.eq_ignore_ascii_case("and")
                && is_capitalized(&text[toks[end - 1].span.range()])
                && toks[start..end]
                    .iter()
                    .any(|t| text[t.span.range()].eq_ignore_ascii_case("the"))
                && toks
                    .get(end + 1)
                    .is_some_and(|t| &text[t.span.range()] == "the")
                && {
                    let run = toks[end + 2..]
                        .iter()
                        .take_while(|t| {
                            let x = &text[t.span.range()];
                            t.word && (is_capitalized(x) || lower_in(x, &["for", "of"]))
                        })
                        .count();
                    (1..=5).contains(&run)
                        && is_capitalized(&text[toks[end + 1 + run].span.range()])
                        && toks.get(end + 2 + run).is_some_and(|t| {
                            &text[t.span.range()] == "."
                                && toks.get(end + 3 + run).is_none_or(|n| {
                                    !n.word || is_capitalized(&text[n.span.range()])
                                })
                        })
                }
        };
        if lower_in(w, STOP)
            && !(opens_who
                || in_name
                || and_others
                || roles_and
                || role_pair
                || close_to
                || org_and
                || acronym
                || head_and()
                || bodies_and())
        {
            break;
        }
        // "says the narrator in a soft voice", "said Kirby in an interview": a circumstance
        // after the phrase ("officials in the White House" keep theirs).
        // ("said Fiorina during the second debate": "during" and "via" open one before any
        // word.)
        // ("said Aragones on hearing he had been fined": a preposition before a gerund too.)
        if end > start
            && (lower_in(w, &["during", "via"])
                || lower_in(w, &["at", "in", "on"])
                    && toks
                        .get(end + 1)
                        .is_some_and(|n| lower_in(&text[n.span.range()], &["a", "an"]))
                || lower_in(w, &["after", "before", "on", "upon", "while"])
                    && toks.get(end + 1).is_some_and(|n| {
                        let n = &text[n.span.range()];
                        n.len() > 4 && n.ends_with("ing") && n.starts_with(char::is_lowercase)
                    }))
        {
            break;
        }
        end += 1;
    }
    // (Not a weekday after a given name, a surname: "said England sevens coach Mike Friday".)
    while end > start
        && lower_in(&text[toks[end - 1].span.range()], TIME)
        && !(end >= start + 2
            && weekday_surname(
                &text[toks[end - 2].span.range()],
                &text[toks[end - 1].span.range()],
            ))
    {
        end -= 1;
    }
    // "according to a study of nearly 500,000 adults", "an analysis of more than 300 forces":
    // the figure that opens the content there is the study's sample, cut off at its quantifier;
    // the source is the head before them ("a study", not "a study of nearly").
    if end > start + 2 && lower_in(&text[toks[end - 1].span.range()], QUANTIFIERS) {
        end -= 1;
        if lower_in(
            &text[toks[end - 1].span.range()],
            &["among", "at", "by", "for", "from", "in", "of", "on", "with"],
        ) {
            end -= 1;
        }
    }
    // "according to the Center for Public Opinion Research at … in …", "according to a poll of
    // 400 voters released on Friday by …": a long phrase is its head and what modifies it.
    let mut tag_end = None;
    if end - start > MAX_WORDS {
        tag_end = Some(toks[end - 1].span.end);
        if let Some(p) = (start + 2..start + MAX_WORDS).find(|&p| {
            lower_in(
                &text[toks[p].span.range()],
                &[
                    "at",
                    "by",
                    "conducted",
                    "for",
                    "from",
                    "in",
                    "of",
                    "released",
                ],
            )
        }) {
            // ("according to a 2019 report by the International Union for Conservation of
            // Nature": after "by" and a document, its maker, as in a shorter phrase.)
            if text[toks[p].span.range()].eq_ignore_ascii_case("by")
                && toks[p + 1..end].iter().all(|t| t.word)
                && classify(&text[toks[start].span.start..toks[p - 1].span.end], true).is_some_and(
                    |m| {
                        matches!(
                            m,
                            Mention::Named {
                                kind: SourceKind::Document,
                                ..
                            }
                        )
                    },
                )
            {
                start = p + 1;
            } else {
                end = p;
            }
        }
    }
    if end == start || end - start > MAX_WORDS {
        return None;
    }
    let phrase = Span::new(toks[start].span.start, toks[end - 1].span.end);
    // "said Kirby, a spokesman," : the appositive is a descriptor.
    // (A relative clause is one after any cue: "according to the board, which reviewed the
    // footage" describes the board; other words after "according to X," are the content.)
    // ("according to a statement from St Luke's Hospital, where they are being treated": a
    // place's "where" too.)
    let relative = || {
        toks.get(end + 1).is_some_and(|t| {
            lower_in(&text[t.span.range()], &["which", "who", "whose"])
                || !appositive
                    && text[t.span.range()].eq_ignore_ascii_case("where")
                    && end > start
                    && lower_in(&text[toks[end - 1].span.range()], PLACES_OF_WORK)
        })
    };
    let mut descriptor = None;
    if (appositive || relative()) && end + 1 < toks.len() && &text[toks[end].span.range()] == "," {
        let from = end + 1;
        let stop = toks[from..]
            .iter()
            .position(|t| !t.word)
            .map_or(toks.len(), |p| from + p);
        let first = &text[toks[from].span.range()];
        if stop > from
            && stop - from <= DESCRIPTOR_WORDS
            && (lower_in(first, &["a", "an", "former", "one", "the", "who", "whose"])
                // ("which" after "according to X": after an inverted tag's name it may describe
                // the body named last, "says Cara Diemont of IT firm Dimension Data, which
                // commissioned the survey", not the speaker.)
                || !appositive && lower_in(first, &["where", "which"]) && relative())
        {
            descriptor = Some(Span::new(toks[from].span.start, toks[stop - 1].span.end));
        } else if let Some(name) = name_closing_role(text, &toks[start..end], &toks[from..stop]) {
            // "said its chairwoman, Margaret Oduya.": the name closing the clause is the
            // source; the role before it is its descriptor.
            return Some(Found {
                phrase: name,
                descriptor: Some(phrase),
                tag: Span::new(cue.start, name.end),
            });
        }
    }
    // "…, said an American official who was briefed on the talks.": a relative clause with no
    // comma that runs from the name to the sentence's full stop describes the source.
    if descriptor.is_none()
        && end < toks.len()
        && lower_in(&text[toks[end].span.range()], &["who", "whose"])
    {
        let stop = toks[end..]
            .iter()
            .position(|t| !t.word)
            .map_or(toks.len(), |p| end + p);
        let closes =
            stop == toks.len() || &text[toks[stop].span.range()] == "." && stop + 1 == toks.len();
        if closes && stop - end > 1 && stop - end <= DESCRIPTOR_WORDS {
            descriptor = Some(Span::new(toks[end].span.start, toks[stop - 1].span.end));
        }
    }
    Some(Found {
        phrase,
        descriptor,
        // (The tag covers all of a long phrase, its head being the source.)
        tag: Span::new(cue.start, tag_end.unwrap_or(phrase.end)),
    })
}

/// True when the comma before `toks[after]` separates the fields a title lists: capitalised
/// words after it run to an "and" inside `toks[after..end]` ("Media and Sport", "Young People
/// and Families"), and before it a capitalised field follows "for" or "of" after a capitalised
/// head ("Department for Culture", "Minister for Children", "Ministry of Economy"). Not a list
/// of bodies ("Labour, the Tories and the Lib Dems"; "the Council of Mortgage Lenders, British
/// Bankers Association and …") nor a place and a name ("In London, Smith and Jones").
fn title_list_before(text: &str, toks: &[Tok], after: usize, end: usize) -> bool {
    let word = |k: usize| &text[toks[k].span.range()];
    let capital = |k: usize| toks[k].word && is_capitalized(word(k)) && !lower_in(word(k), STOP);
    let Some(and) = (after..end).find(|&k| word(k).eq_ignore_ascii_case("and")) else {
        return false;
    };
    // (Fields, not bodies: "the Council of Mortgage Lenders, British Bankers Association and
    // Building Societies Association all said" lists three.)
    if and == after
        || and + 1 >= end
        || !(after..and).all(|k| capital(k) || word(k) == ",")
        || !capital(and + 1)
        || (after..end).any(|k| lower_in(word(k), ORG_NOUNS))
    {
        return false;
    }
    // Before the comma: up to three capitalised words of a field, then "for" or "of" (and
    // perhaps "the"), then the title's capitalised head.
    let comma = after - 1;
    let mut k = comma;
    while k > 0 && comma - k < 3 && capital(k - 1) {
        k -= 1;
    }
    if k == comma || k < 2 {
        return false;
    }
    let mut of = k - 1;
    if word(of).eq_ignore_ascii_case("the") && of >= 2 {
        of -= 1;
    }
    lower_in(word(of), &["for", "of"]) && of >= 1 && capital(of - 1)
}

/// The name in `after`, the words after the comma that ends an inverted tag's `phrase`, when
/// `phrase` holds a role (a person noun in lower case) and `after` is a name alone, two to four
/// capitalised words (a title or initials among them) closing the clause: `said its
/// chairwoman, Margaret Oduya.`, `said Mr Lee's deputy, Ann Ho.`. Not `said the spokesman,
/// Ann Lee's deputy` (no name alone), nor a time (`said the spokesman, Monday Night.`).
fn name_closing_role(text: &str, phrase: &[Tok], after: &[Tok]) -> Option<Span> {
    let word = |t: &Tok| &text[t.span.range()];
    let role = phrase.iter().any(|t| {
        let w = word(t);
        w.starts_with(|c: char| c.is_ascii_lowercase()) && lower_in(w, PERSON_NOUNS)
    });
    if !role || !(2..=4).contains(&after.len()) {
        return None;
    }
    let capital = after.iter().all(|t| {
        let w = word(t);
        is_capitalized(w) && !lower_in(w, TIME) && !lower_in(w, STOP)
    });
    // The name alone closes the clause: no verb or word after it.
    let closes = text[after[after.len() - 1].span.end..]
        .trim_start()
        .chars()
        .next()
        .is_none_or(|c| matches!(c, '.' | ',' | ';' | '!' | '?' | '"' | '\u{201D}' | ')'));
    (capital && closes).then(|| Span::new(after[0].span.start, after[after.len() - 1].span.end))
}

/// After "according to", where a comma after the source's phrase opens the content: a role
/// followed by the name it describes, set off by commas ("according to her biographer, Hanna
/// Lenz, she was …") is that name's, the role its descriptor; `found` unchanged otherwise.
pub(crate) fn named_after_role(text: &str, found: Found, hi: usize) -> Found {
    let hi = floor_char(text, hi.min(text.len()));
    let Some(rest) = text
        .get(found.phrase.end..hi)
        .and_then(|r| r.strip_prefix(", "))
    else {
        return found;
    };
    // (Or the name closes the sentence: "…, according to the study's lead author, Prof Helen
    // Marsh.")
    let k = match rest.find(',') {
        Some(k) => k,
        None => {
            let end = rest.trim_end();
            match end.strip_suffix('.') {
                Some(name) if !name.contains(['.', ';', ':', '"', '\u{201C}', '(']) => name.len(),
                _ => return found,
            }
        }
    };
    let name = &rest[..k];
    let words: Vec<&str> = name.split(' ').collect();
    // (With where the person works after it, all capitalised: "Prof Helen Marsh of King's
    // College Hospital".)
    let at = words
        .iter()
        .position(|w| AFFILIATIONS.contains(w))
        .filter(|&p| {
            p + 1 < words.len()
                && words[p + 1..]
                    .iter()
                    .all(|w| is_capitalized(w) || lower_in(w, &["and", "of", "the"]))
        })
        .unwrap_or(words.len());
    let role = text[found.phrase.range()]
        .split(' ')
        .any(|w| w.starts_with(|c: char| c.is_ascii_lowercase()) && lower_in(w, PERSON_NOUNS));
    let named = (2..=4).contains(&at)
        && words[..at]
            .iter()
            .all(|w| is_capitalized(w) && !lower_in(w, TIME) && !lower_in(w, STOP));
    if !(role && named) {
        return found;
    }
    let start = found.phrase.end + 2;
    // (The name alone is the phrase, "Emmanuel Gaillard" of "Emmanuel Gaillard of Shearman and
    // Sterling"; the tag runs on over where the person works.)
    let named = words[..at].join(" ").len();
    Found {
        phrase: Span::new(start, start + named),
        descriptor: Some(found.phrase),
        tag: Span::new(found.tag.start, start + name.len()),
    }
}

/// The number of tokens of a quoted title that `toks` open with (marks and words) when a word
/// follows it: `“Medicare for all” document` (4 of 5).
fn quoted_title(text: &str, toks: &[Tok]) -> Option<usize> {
    let mark = |t: &Tok| &text[t.span.range()];
    let open = mark(toks.first()?);
    let close = match open {
        "\"" => "\"",
        "\u{201C}" => "\u{201D}",
        "''" => "''",
        _ => return None,
    };
    // (A title of a few words, nothing but words inside.)
    let inner = toks[1..].iter().take(8).position(|t| !t.word)?;
    let after = 1 + inner;
    (inner > 0 && mark(&toks[after]) == close && toks.get(after + 1).is_some_and(|t| t.word))
        .then_some(after + 1)
}

/// The pronoun a word is, if any.
pub(crate) fn pronoun(word: &str) -> Option<Pronoun> {
    let word = uncontracted(word);
    match word.to_ascii_lowercase().as_str() {
        "he" => Some(Pronoun::He),
        "she" => Some(Pronoun::She),
        "they" => Some(Pronoun::They),
        "it" => Some(Pronoun::It),
        "i" | "we" => Some(Pronoun::First),
        _ => None,
    }
}

/// `word` without the auxiliary contracted onto it ("I'd" -> "I", "they've" -> "they"); not
/// "'s", which is as often "is" of "it's said" as a possessive.
pub(crate) fn uncontracted(word: &str) -> &str {
    const CONTRACTIONS: &[&str] = &[
        "'d",
        "'ll",
        "'m",
        "'re",
        "'ve",
        "\u{2019}d",
        "\u{2019}ll",
        "\u{2019}m",
        "\u{2019}re",
        "\u{2019}ve",
    ];
    CONTRACTIONS
        .iter()
        .find_map(|c| word.strip_suffix(c))
        .unwrap_or(word)
}

/// Capitalised words that name nobody ("The", "This").
pub(crate) const FUNCTION_WORDS: &Words = &Words::new(&[
    "a", "after", "all", "an", "and", "another", "any", "as", "at", "before", "being", "both",
    "but", "each", "every", "for", "having", "her", "here", "his", "if", "in", "it", "its", "many",
    "most", "my", "no", "on", "one", "or", "other", "our", "since", "so", "some", "such", "that",
    "the", "their", "there", "these", "this", "those", "what", "when", "which", "while", "who",
    "yet", "your",
]);

/// Titles stripped from a person's name ("President Obama" -> "Obama").
pub(crate) const TITLES: &Words = &Words::new(&[
    "adm",
    "admiral",
    "agent",
    "agriculture",
    "ambassador",
    "anchor",
    "and",
    "archbishop",
    "assistant",
    "attorney",
    "bishop",
    "brigadier",
    "brother",
    "candidate",
    "capt",
    "captain",
    "cardinal",
    "ceo",
    "ch",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "cllr",
    "coach",
    "col",
    "colonel",
    "commander",
    "commerce",
    "commissioner",
    "commodore",
    "comptroller",
    "congressman",
    "congresswoman",
    "conservative",
    "constable",
    "corporal",
    "councillor",
    "councilman",
    "councilwoman",
    "dame",
    "dci",
    "defence",
    "defender",
    "defense",
    "del",
    "democratic",
    "deputy",
    "det",
    "detective",
    "director",
    "dj",
    "dr",
    "education",
    "energy",
    "father",
    "first",
    "flanker",
    "fly-half",
    "foreign",
    "former",
    "founder",
    "front-runner",
    "frontrunner",
    "full-back",
    "gen",
    "general",
    "goalkeeper",
    "gop",
    "gov",
    "governor",
    "health",
    "homeland",
    "hopeful",
    "host",
    "house",
    "imam",
    "insp",
    "inspector",
    "interior",
    "judge",
    "justice",
    "king",
    "labor",
    "labour",
    "lady",
    "leader",
    "lieutenant",
    "lord",
    "lt",
    "majority",
    "marshal",
    "mayor",
    "midfielder",
    "minister",
    "minority",
    "miss",
    "mp",
    "mr",
    "mrs",
    "ms",
    "national",
    "nominee",
    "of",
    "officer",
    "pastor",
    // ("The PM insisted …": the prime minister.)
    "pm",
    "pope",
    "president",
    "presidential",
    "press",
    "prime",
    "prince",
    "princess",
    "prof",
    "professor",
    "queen",
    "rabbi",
    "recorder",
    "referee",
    "rep",
    "representative",
    "reps",
    "republican",
    "rev",
    "reverend",
    "scrum-half",
    "secretary",
    "security",
    "sen",
    "senator",
    "senior",
    "sens",
    "sergeant",
    "sgt",
    "sheikh",
    "sheriff",
    "sir",
    "sister",
    "skipper",
    "speaker",
    "spokesman",
    "spokeswoman",
    "state",
    "striker",
    "superintendent",
    "supt",
    "the",
    "tory",
    "transportation",
    "treasury",
    "u.s.",
    "umpire",
    "us",
    "vice",
    "whip",
    "white",
    "wing",
    "winger",
]);

/// Places and teams known by a name alone that reads as a person's ("Birmingham have confirmed",
/// "England said", "Arsenal said"): countries and cities not among [`ORGANIZATIONS`] (a place
/// named as a source is its government, council or team) and sports clubs with their
/// nicknames ("the Gunners"). None is a common given name or surname ("Jordan", "Georgia",
/// "Bolton", "Charlton" and "Derby" stay out); a whole run of capitalised words must be one of
/// them.
const PLACES_AND_TEAMS: &Words = &Words::new(&[
    "aberdeen",
    "ac milan",
    "addicks",
    "ajax",
    "algeria",
    "amsterdam",
    "angola",
    "ankara",
    "armenia",
    "arsenal",
    "aston villa",
    "athens",
    "atletico madrid",
    "azerbaijan",
    "baggies",
    "baghdad",
    "bahrain",
    "bangladesh",
    "barcelona",
    "bayern",
    "bayern munich",
    "belarus",
    "belfast",
    "benfica",
    "bhoys",
    "birmingham",
    "blackburn",
    "blades",
    "blues",
    "bolivia",
    "budapest",
    "bulgaria",
    "burma",
    "cairo",
    "cameroon",
    "canaries",
    "canberra",
    "caracas",
    "cardiff",
    "celtic",
    "chelsea",
    "chile",
    "clarets",
    "colombia",
    "copenhagen",
    "croatia",
    "crystal palace",
    "cyprus",
    "damascus",
    "delhi",
    "deportivo",
    "dublin",
    "ecuador",
    "edinburgh",
    "england",
    "eritrea",
    "estonia",
    "ethiopia",
    "everton",
    "fenerbahce",
    "feyenoord",
    "finland",
    "foxes",
    "frankfurt",
    "fulham",
    "galatasaray",
    "geneva",
    "gers",
    "ghana",
    "glasgow",
    "gloucester",
    "guatemala",
    "gunners",
    "haiti",
    "hamburg",
    "hammers",
    "harlequins",
    "havana",
    "hearts",
    "helsinki",
    "hibernian",
    "hibs",
    "honduras",
    "hoops",
    "hornets",
    "hungary",
    "iceland",
    "inter milan",
    "ireland",
    "islamabad",
    "jerusalem",
    "juventus",
    "kabul",
    "kazakhstan",
    "kilmarnock",
    "kuwait",
    "latics",
    "latvia",
    "lazio",
    "lebanon",
    "leeds",
    "leeds united",
    "leicester",
    "leinster",
    "libya",
    "lisbon",
    "lithuania",
    "liverpool",
    "llanelli",
    "madrid",
    "magpies",
    "malaysia",
    "malta",
    "manchester",
    "manchester city",
    "manchester united",
    "marseille",
    "middlesbrough",
    "moldova",
    "monaco",
    "morocco",
    "motherwell",
    "mozambique",
    "munich",
    "munster",
    "myanmar",
    "naples",
    "nepal",
    "new delhi",
    "new zealand",
    "newcastle",
    "nicaragua",
    "northampton",
    "northern ireland",
    "oman",
    "oslo",
    "ottawa",
    "owls",
    "paraguay",
    "peru",
    "poland",
    "porto",
    "portsmouth",
    "potters",
    "prague",
    "psv",
    "qatar",
    "rangers",
    "real madrid",
    "reds",
    "riyadh",
    "romania",
    "rome",
    "rovers",
    "rwanda",
    "saints",
    "saracens",
    "saudi arabia",
    "scotland",
    "seagulls",
    "senegal",
    "serbia",
    "sevilla",
    "seville",
    "singapore",
    "slovakia",
    "slovenia",
    "somalia",
    "south africa",
    "southampton",
    "spurs",
    "sri lanka",
    "stockholm",
    "sudan",
    "sunderland",
    "tanzania",
    "thailand",
    "toffees",
    "tottenham",
    "trotters",
    "tunisia",
    "turin",
    "uganda",
    "ulster",
    "uruguay",
    "uzbekistan",
    "vienna",
    "villans",
    "villarreal",
    "wales",
    "wanderers",
    "warsaw",
    "wasps",
    "west ham",
    "wigan",
    "wolves",
    "yemen",
    "zambia",
    "zimbabwe",
]);

/// Organisations whose bare name tells nothing of their kind and may read as a person's ("Shell
/// said", "Oxfam said", "Swiss Re said"): companies, charities and agencies often quoted in the
/// news, none of them a common given name or surname (not "Ford", "Dell", "Disney", "Honda",
/// "Sainsbury"), nor a common word (not "Next", "Orange", "Target"). A whole run of capitalised
/// words must be one of them.
const KNOWN_BODIES: &Words = &Words::new(&[
    "acer",
    "adidas",
    "aegon",
    "age concern",
    "airbnb",
    "airbus",
    "akamai",
    "alibaba",
    "allianz",
    "alphabet",
    "alstom",
    "amazon",
    "amnesty",
    "apple",
    "asda",
    "astrazeneca",
    "aviva",
    "baidu",
    "barclays",
    "bayer",
    "blackberry",
    "blackrock",
    "boeing",
    "bombardier",
    "burberry",
    "cadbury",
    "carlsberg",
    "centrica",
    "chevron",
    "chrysler",
    "cisco",
    "citibank",
    "citigroup",
    "coca-cola",
    "costco",
    "credit suisse",
    "danone",
    "datamonitor",
    "diageo",
    "dropbox",
    "easyjet",
    "ebay",
    "embraer",
    "ericsson",
    "europol",
    "exxon",
    "exxonmobil",
    "facebook",
    "fiat",
    "fifa",
    "foxconn",
    "fujitsu",
    "gazprom",
    "generali",
    "glaxo",
    "glaxosmithkline",
    "goldman sachs",
    "google",
    "greenpeace",
    "halifax",
    "heineken",
    "hitachi",
    "huawei",
    "human rights watch",
    "hyundai",
    "ikea",
    "instagram",
    "intel",
    "interpol",
    "jpmorgan",
    "kodak",
    "lenovo",
    "lidl",
    "lloyds",
    "lockheed martin",
    "lufthansa",
    "lukoil",
    "mastercard",
    "microsoft",
    "mitsubishi",
    "mizuho",
    "moderna",
    "monsanto",
    "morgan stanley",
    "motorola",
    "munich re",
    "napster",
    "nasa",
    "nationwide",
    "natwest",
    "nestle",
    "netflix",
    "nike",
    "nikon",
    "nintendo",
    "nissan",
    "nokia",
    "novartis",
    "nvidia",
    "ofcom",
    "ofgem",
    "ofsted",
    "ofwat",
    "opec",
    "opel",
    "oracle",
    "oxfam",
    "panasonic",
    "paypal",
    "pepsico",
    "peugeot",
    "pfizer",
    "planned parenthood",
    "primark",
    "qantas",
    "qualcomm",
    "raytheon",
    "reckitt benckiser",
    "red crescent",
    "red cross",
    "renault",
    "roche",
    "rolls-royce",
    "rosneft",
    "rover",
    "royal mail",
    "ryanair",
    "safran",
    "salesforce",
    "samsung",
    "sanofi",
    "santander",
    "shell",
    "siemens",
    "skoda",
    "snecma",
    "societe generale",
    "sony",
    "spacex",
    "spotify",
    "starbucks",
    "sumitomo",
    "swiss re",
    "symbian",
    "telewest",
    "tencent",
    "tesco",
    "tesla",
    "tiktok",
    "time warner",
    "toshiba",
    "toyota",
    "twitter",
    "uber",
    "uefa",
    "unesco",
    "unicef",
    "unicredit",
    "unilever",
    "verizon",
    "viacom",
    "vivendi",
    "vodafone",
    "volkswagen",
    "volvo",
    "walmart",
    "wanadoo",
    "wells fargo",
    "whatsapp",
    "wikileaks",
    "xerox",
    "yahoo",
    "youtube",
    "yukos",
]);

/// Words that make a capitalised name a publication or broadcaster.
const PUBLICATIONS: &Words = &Words::new(&[
    "abc",
    "abcnews",
    "advertiser",
    "afp",
    "ap",
    "argus",
    "atlantic",
    "axios",
    "bbc",
    "beacon",
    "bloomberg",
    "breitbart",
    "bulletin",
    "buzzfeed",
    "cbc",
    "cbs",
    "channel",
    "chronicle",
    "cnbc",
    "cnn",
    "courant",
    "courier",
    "daily",
    "dispatch",
    "economist",
    "enquirer",
    "examiner",
    "express",
    "fox",
    "gazette",
    "globe",
    "guardian",
    "herald",
    "hill",
    "huffington",
    "independent",
    "inquirer",
    "insider",
    "intercept",
    "interfax",
    "itv",
    "journal",
    "kyodo",
    "ledger",
    "magazine",
    "mail",
    "mirror",
    "monde",
    "monitor",
    "msnbc",
    "nbc",
    "network",
    "news",
    "newsweek",
    "nhk",
    "npr",
    "observer",
    "pbs",
    "politico",
    "post",
    "press",
    "radio",
    "record",
    "register",
    "reporter",
    "reuters",
    "review",
    "ria",
    "salon",
    "sentinel",
    "sky",
    "slate",
    "spectator",
    "spiegel",
    "sputnik",
    "standard",
    "star",
    "sun",
    "tass",
    "telegram",
    "telegraph",
    "telemundo",
    "television",
    "times",
    "tribune",
    "tv",
    "univision",
    "vox",
    "weekly",
    "wire",
    "wsj",
    "xinhua",
    "yonhap",
]);

/// True when the one word `word` names a body or a country ("Japan", "Pentagon", "Kremlin"):
/// no surname that someone else may bear.
pub(crate) fn names_a_body(word: &str) -> bool {
    lower_in(word, ORGANIZATIONS)
}

/// Moods and plights that a headline puts before a name ("Fuming Robinson", "Defiant Blair").
const MOODS: &Words = &Words::new(&[
    "ailing",
    "angry",
    "axed",
    "battling",
    "beleaguered",
    "bitter",
    "bullish",
    "cautious",
    "confident",
    "defiant",
    "dejected",
    "delighted",
    "determined",
    "disappointed",
    "elated",
    "embattled",
    "emotional",
    "frustrated",
    "fuming",
    "furious",
    "injured",
    "jubilant",
    "relieved",
    "sacked",
    "shocked",
    "stunned",
    "tearful",
    "unhappy",
    "unrepentant",
    "upbeat",
]);

/// Words that make a capitalised name an organisation.
const ORGANIZATIONS: &Words = &Words::new(&[
    "academy",
    "administration",
    "advice",
    "afghanistan",
    "africa",
    "agency",
    "aid",
    "airlines",
    "airways",
    "al-qaeda",
    "al-shabaab",
    "alliance",
    "america",
    "argentina",
    "army",
    "asia",
    "association",
    "australia",
    "austria",
    "authority",
    "bank",
    "beijing",
    "belgium",
    "berlin",
    "board",
    "brazil",
    "britain",
    "brussels",
    "bureau",
    "cabinet",
    "campaign",
    "canada",
    "caucus",
    "center",
    "centre",
    "china",
    "church",
    "cia",
    "city",
    "club",
    "coalition",
    "college",
    "command",
    "commission",
    "committee",
    "commonwealth",
    "company",
    "confederation",
    "congress",
    "consortium",
    "corp",
    "corp.",
    "corporation",
    "council",
    "county",
    "court",
    "cuba",
    "customs",
    "democrats",
    "dems",
    "denmark",
    "department",
    "directorate",
    "dnc",
    "downing",
    "egypt",
    "electric",
    "embassy",
    "eu",
    "europe",
    "fatah",
    "fbi",
    "federation",
    "forces",
    "forum",
    "foundation",
    "france",
    "fund",
    "germany",
    "gop",
    "government",
    "greece",
    "group",
    "guard",
    "hamas",
    "hezbollah",
    "holdings",
    "hospital",
    "house",
    "inc",
    "inc.",
    "india",
    "indonesia",
    "industries",
    "institute",
    "institutes",
    "international",
    "iran",
    "iraq",
    "isil",
    "isis",
    "israel",
    "italy",
    "japan",
    "kenya",
    "kiev",
    "kingdom",
    "korea",
    "kremlin",
    "kyiv",
    "league",
    "llc",
    "london",
    "ltd",
    "mexico",
    "military",
    "ministry",
    "moscow",
    "motors",
    "museum",
    "nations",
    "nato",
    "navy",
    "netherlands",
    "network",
    "nigeria",
    "norway",
    "office",
    "organisation",
    "organization",
    "pac",
    "pakistan",
    "paris",
    "parliament",
    "party",
    "pentagon",
    "petroleum",
    "pharmaceuticals",
    "philippines",
    "plc",
    "police",
    "portugal",
    "protection",
    "pyongyang",
    "republic",
    "republicans",
    "research",
    "rnc",
    "russia",
    "school",
    "secretariat",
    "senate",
    "seoul",
    "service",
    "services",
    "society",
    "spain",
    "state",
    "states",
    "support",
    "sweden",
    "switzerland",
    "syria",
    "systems",
    "taiwan",
    "taliban",
    "technologies",
    "tehran",
    "telecom",
    "telecommunications",
    "tokyo",
    "trust",
    "turkey",
    "ukraine",
    "un",
    "union",
    "university",
    "vatican",
    "venezuela",
    "vietnam",
    "washington",
    "water",
    "whitehall",
]);

/// True when `words` name the writer's own work: "Our results", "These data", "The present
/// study", "The results of this study", "Studies from our laboratory", with an adverb before
/// them or not ("Together these results", "Thus these data").
pub(crate) fn own_work(words: &[&str]) -> bool {
    let words = match words {
        [first, rest @ ..]
            if lower_in(first, &["altogether", "collectively", "thus", "together"]) =>
        {
            rest
        }
        _ => words,
    };
    let work = |w: &str| lower_in(w, OWN_WORK) || lower_in(w, DOCUMENTS);
    // "Our results", "my report"; "These data", "this finding"; "The present study", "the
    // current results".
    let own = |words: &[&str]| match words {
        [owner, .., last] if lower_in(owner, &["our", "my"]) => work(last),
        [this, last] => lower_in(this, &["these", "this"]) && lower_in(last, OWN_WORK),
        [the, now, last] => {
            lower_in(the, &["the", "this"]) && lower_in(now, &["current", "present"]) && work(last)
        }
        _ => false,
    };
    if own(words) {
        return true;
    }
    // "The results of this study", "Studies from our laboratory": work of the writer's.
    let Some(k) = words.iter().position(|w| lower_in(w, &["from", "of"])) else {
        return false;
    };
    let (head, owner) = (&words[..k], &words[k + 1..]);
    let ours = match owner {
        [this, last] if lower_in(this, &["this"]) => lower_in(last, &["paper", "study", "work"]),
        [owner, last] if lower_in(owner, &["our", "my"]) => {
            work(last) || lower_in(last, &["group", "lab", "laboratory"])
        }
        _ => own(owner),
    };
    ours && head.last().is_some_and(|w| work(w)) && head.len() <= 2
}

/// The author's own work when a demonstrative points to it ("These results suggest …"). Sorted.
const OWN_WORK: &[&str] = &[
    "analyses",
    "data",
    "experiment",
    "experiments",
    "finding",
    "findings",
    "observation",
    "observations",
    "result",
    "results",
];

/// Modifiers that pair over "and" before one group of people ("current and former officials",
/// "federal and state officials"). Sorted.
const PAIRED_MODIFIERS: &[&str] = &[
    "appointed",
    "city",
    "civilian",
    "county",
    "current",
    "domestic",
    "elected",
    "federal",
    "foreign",
    "former",
    "international",
    "junior",
    "local",
    "military",
    "national",
    "past",
    "present",
    "private",
    "provincial",
    "public",
    "regional",
    "retired",
    "senior",
    "serving",
    "state",
];

/// Lower-case heads of vague or anonymous sources.
const ANONYMOUS: &Words = &Words::new(&[
    "activists",
    "advisers",
    "advisors",
    "advocates",
    "aide",
    "aides",
    "allies",
    "americans",
    "analyst",
    "analysts",
    "another",
    "asked",
    "associate",
    "associates",
    "authorities",
    "backers",
    "both",
    "businessmen",
    "chairmen",
    "children",
    "citizens",
    "colleagues",
    "commentators",
    "congressmen",
    "congresswomen",
    "conservatives",
    "couple",
    "critic",
    "critics",
    "data",
    "defenders",
    "democrats",
    "dems",
    "detractors",
    "diplomat",
    "diplomats",
    "doctors",
    "documents",
    "donors",
    "economist",
    "economists",
    "eight",
    "employees",
    "estimates",
    "everyone",
    "executives",
    "expert",
    "experts",
    "families",
    "family",
    "fans",
    "few",
    "figure",
    "figures",
    "five",
    "foes",
    "folklore",
    "four",
    "friends",
    "half",
    "handful",
    "hearsay",
    "insider",
    "insiders",
    "investigators",
    "journalists",
    "kids",
    "lawmakers",
    "lawyers",
    "leaders",
    "legend",
    "legislators",
    "liberals",
    "lore",
    "majority",
    "many",
    "markets",
    "media",
    "member",
    "members",
    "men",
    "most",
    "mps",
    "myth",
    "nine",
    "nobody",
    "number",
    "observer",
    "observers",
    "official",
    "officials",
    "one",
    "operatives",
    "opponents",
    "others",
    "pair",
    "pals",
    "parents",
    "people",
    "percent",
    "person",
    "plurality",
    "police",
    "polled",
    "polls",
    "proponents",
    "prosecutors",
    "protesters",
    "pundits",
    "quarter",
    "readers",
    "records",
    "relatives",
    "reporters",
    "reports",
    "representative",
    "representatives",
    "republicans",
    "researchers",
    "resident",
    "residents",
    "respondents",
    "rumors",
    "rumours",
    "sceptics",
    "scientists",
    "seven",
    "several",
    "side",
    "sides",
    "six",
    "skeptics",
    "some",
    "someone",
    "source",
    "sources",
    "speculation",
    "spokesman",
    "spokesmen",
    "spokesperson",
    "spokeswoman",
    "staff",
    "statistics",
    "strategists",
    "students",
    "studies",
    "supporters",
    "surveyed",
    "surveys",
    "ten",
    "third",
    "thirds",
    "those",
    "three",
    "three-quarters",
    "tories",
    "tradition",
    "trio",
    "two",
    "two-thirds",
    "veterans",
    "viewers",
    "voters",
    "witness",
    "witnesses",
    "women",
    "workers",
]);

/// Lower-case heads of documents.
pub(crate) const DOCUMENTS: &Words = &Words::new(&[
    "ad",
    "advert",
    "advertisement",
    "affidavit",
    "agreement",
    "analysis",
    "annals",
    "announcement",
    "article",
    "assessment",
    "audit",
    "average",
    "banner",
    "bill",
    "blog",
    "book",
    "brief",
    "brochure",
    "budget",
    "calculation",
    "card",
    "census",
    "chart",
    "chronicles",
    "clip",
    "column",
    "commercial",
    "complaint",
    "constitution",
    "copy",
    "count",
    "counterproposal",
    "data",
    "decision",
    "diaries",
    "diary",
    "dissent",
    "document",
    "draft",
    "editorial",
    "email",
    "estimate",
    "exit",
    "figures",
    "filing",
    "findings",
    "flyer",
    "footage",
    "forecast",
    "forecasts",
    "form",
    "guidance",
    "guide",
    "handbook",
    "image",
    "index",
    "indictment",
    "inquest",
    "inquiry",
    "interview",
    "investigation",
    "law",
    "lawsuit",
    "leaflet",
    "letter",
    "mailer",
    "manifesto",
    "map",
    "memo",
    "memoir",
    "memoirs",
    "message",
    "minutes",
    "motion",
    "note",
    "notice",
    "numbers",
    "op-ed",
    "opinion",
    "order",
    "pamphlet",
    "paper",
    "petition",
    "photo",
    "photograph",
    "picture",
    "plan",
    "platform",
    "poll",
    "polling",
    "polls",
    "post",
    "poster",
    "press",
    "probe",
    "proposal",
    "ranking",
    "rankings",
    "record",
    "recording",
    "records",
    "release",
    "replay",
    "report",
    "reports",
    "research",
    "resolution",
    "results",
    "returns",
    "review",
    "ruling",
    "scan",
    "slide",
    "slides",
    "speech",
    "statement",
    "studies",
    "study",
    "suit",
    "summary",
    "survey",
    "surveys",
    "tally",
    "tape",
    "test",
    "testimony",
    "textbook",
    "transcript",
    "treaty",
    "trial",
    "trials",
    "tweet",
    "video",
    "warrant",
    "website",
    "work",
]);

/// Lower-case heads of organisations and publications described, not named.
const ORG_NOUNS: &Words = &Words::new(&[
    "administration",
    "agency",
    "airline",
    "airport",
    "alliance",
    "army",
    "association",
    "authority",
    "automaker",
    "band",
    "bank",
    "board",
    "body",
    "bookmaker",
    "bourse",
    "brewer",
    "brewery",
    "broadcaster",
    "bureau",
    "business",
    "cabinet",
    "camp",
    "campaign",
    "carmaker",
    "carrier",
    "caucus",
    "center",
    "centre",
    "chain",
    "chamber",
    "channel",
    "charity",
    "chipmaker",
    "church",
    "city",
    "club",
    "coalition",
    "commission",
    "committee",
    "company",
    "conglomerate",
    "consortium",
    "consultancy",
    "corporation",
    "council",
    "county",
    "court",
    "defence",
    "defense",
    "delegation",
    "department",
    "directorate",
    "distributor",
    "district",
    "drugmaker",
    "embassy",
    "exchange",
    "exporter",
    "federation",
    "firm",
    "force",
    "foundation",
    "fund",
    "giant",
    "government",
    "group",
    "hospital",
    "importer",
    "industry",
    "inquiry",
    "inspectorate",
    "institute",
    "insurer",
    "jury",
    "label",
    "league",
    "legislature",
    "lender",
    "lobby",
    "maker",
    "management",
    "manufacturer",
    "military",
    "ministry",
    "monopoly",
    "movement",
    "municipality",
    "museum",
    "navy",
    "network",
    "office",
    "operator",
    "opposition",
    "organisation",
    "organization",
    "panel",
    "parliament",
    "party",
    "pentagon",
    "police",
    "prosecution",
    "province",
    "regime",
    "regulator",
    "retailer",
    "school",
    "secretariat",
    "senate",
    "service",
    "society",
    "start-up",
    "startup",
    "state",
    "steelmaker",
    "store",
    "studio",
    "supermarket",
    "supplier",
    "syndicate",
    "tank",
    "team",
    "think-tank",
    "town",
    "tribunal",
    "trust",
    "union",
    "university",
    "utility",
    "village",
    "watchdog",
    "zoo",
]);

/// True when a definite "paper" is a newspaper ("the paper said", as news writes), not a
/// government's or a researcher's ("the white paper", "a paper in Nature").
fn newspaper(head: &str, indefinite: bool, before: &[&str]) -> bool {
    head == "paper"
        && !indefinite
        && !before.last().is_some_and(|w| {
            lower_in(
                w,
                &[
                    "academic",
                    "background",
                    "briefing",
                    "consultation",
                    "discussion",
                    "green",
                    "policy",
                    "position",
                    "research",
                    "scientific",
                    "strategy",
                    "technical",
                    "white",
                    "working",
                ],
            )
        })
}

/// True when `words` end in "agency" without "news", "press" or "wire" before it: a public or
/// aid body ("the aid agency", "the UN refugee agency"), not a news agency.
fn public_agency(words: &[&str]) -> bool {
    match words {
        [.., before, last] => {
            last.eq_ignore_ascii_case("agency") && !lower_in(before, &["news", "press", "wire"])
        }
        [last] => last.eq_ignore_ascii_case("agency"),
        [] => false,
    }
}

const PUBLICATION_NOUNS: &Words = &Words::new(&[
    "agency",
    "broadcaster",
    "channel",
    "daily",
    "journal",
    "magazine",
    "monthly",
    "network",
    "newspaper",
    "outlet",
    "paper",
    "publication",
    "site",
    "station",
    "tabloid",
    "website",
    "weekly",
]);

/// Players by position or standing ("the top seed", "the Gloucester fly-half", "the world
/// champion"): persons, whose "showed", "denied", "found" and "claimed" are mostly moves of the
/// game ("the keeper denied the striker", "the champion claimed her seventh title").
const PLAYERS: &Words = &Words::new(&[
    "batsman",
    "bowler",
    "boxer",
    "captain",
    "centre",
    "champion",
    "favorite",
    "favourite",
    "finalist",
    "flanker",
    "fly-half",
    "full-back",
    "goalkeeper",
    "hooker",
    "jockey",
    "keeper",
    "lock",
    "midfielder",
    "prop",
    "referee",
    "rider",
    "runner-up",
    "scrum-half",
    "seed",
    "skipper",
    "striker",
    "umpire",
    "winger",
]);

/// Lower-case heads of persons described, not named.
const PERSON_NOUNS: &Words = &Words::new(&[
    "academic",
    "activist",
    "actor",
    "actress",
    "administrator",
    "admiral",
    "adult",
    "adviser",
    "advisor",
    "advocate",
    "agent",
    "aide",
    "ally",
    "ambassador",
    "amputee",
    "analyst",
    "anchor",
    "anchorman",
    "announcer",
    "apprentice",
    "archbishop",
    "architect",
    "artist",
    "assemblyman",
    "assemblywoman",
    "assistant",
    "astronaut",
    "astronomer",
    "athlete",
    "attendee",
    "attorney",
    "aunt",
    "author",
    "ayatollah",
    "backer",
    "ballerina",
    "banker",
    "baroness",
    "bassist",
    "billionaire",
    "biographer",
    "biologist",
    "bishop",
    "blogger",
    "boss",
    "boxer",
    "boy",
    "bride",
    "bridegroom",
    "brother",
    "businessman",
    "businesswoman",
    "bystander",
    "cadet",
    "caller",
    "campaigner",
    "candidate",
    "captain",
    "cardinal",
    "cartoonist",
    "celebrity",
    "cellist",
    "ceo",
    "chair",
    "chairman",
    "chairperson",
    "chairwoman",
    "challenger",
    "chancellor",
    "chaplain",
    "chef",
    "chemist",
    "chief",
    "child",
    "choreographer",
    "citizen",
    "clergyman",
    "clergywoman",
    "cleric",
    "clerk",
    "coach",
    "colleague",
    "colonel",
    "columnist",
    "comedian",
    "commander",
    "commentator",
    "commenter",
    "commissioner",
    "commuter",
    "composer",
    "conductor",
    "confidant",
    "congressman",
    "congresswoman",
    "conscript",
    "conservative",
    "consultant",
    "consumer",
    "contender",
    "convict",
    "correspondent",
    "councilman",
    "councilor",
    "councilwoman",
    "counsel",
    "countess",
    "cousin",
    "creditor",
    "cricketer",
    "critic",
    "curator",
    "customer",
    "cyclist",
    "dad",
    "dancer",
    "daughter",
    "deacon",
    "dean",
    "defendant",
    "delegate",
    "democrat",
    "demonstrator",
    "deputy",
    "designer",
    "detainee",
    "detective",
    "diplomat",
    "director",
    "divorcee",
    "doctor",
    "donor",
    "drummer",
    "duchess",
    "duke",
    "economist",
    "editor",
    "elector",
    "emissary",
    "employee",
    "engineer",
    "entertainer",
    "entrepreneur",
    "envoy",
    "epidemiologist",
    "escapee",
    "evacuee",
    "executive",
    "expert",
    "eyewitness",
    "fan",
    "farmer",
    "father",
    "fiancé",
    "fiancée",
    "film-maker",
    "filmmaker",
    "firefighter",
    "first",
    "fisherman",
    "footballer",
    "forecaster",
    "founder",
    "friend",
    "front-runner",
    "frontman",
    "frontrunner",
    "fundraiser",
    "general",
    "girl",
    "godfather",
    "golfer",
    "governor",
    "granddaughter",
    "grandson",
    "groom",
    "guest",
    "guitarist",
    "head",
    "heir",
    "heiress",
    "historian",
    "homeowner",
    "hopeful",
    "host",
    "hostage",
    "householder",
    "husband",
    "illustrator",
    "imam",
    "imposter",
    "impostor",
    "incumbent",
    "independent",
    "inmate",
    "insider",
    "inspector",
    "investigator",
    "investor",
    "jockey",
    "journalist",
    "judge",
    "juror",
    "justice",
    "keyboardist",
    "kid",
    "king",
    "lady",
    "landlady",
    "landlord",
    "lawmaker",
    "lawyer",
    "leader",
    "lecturer",
    "legend",
    "legislator",
    "liberal",
    "libertarian",
    "lieutenant",
    "lobbyist",
    "look-alike",
    "lookalike",
    "lyricist",
    "magician",
    "magistrate",
    "magnate",
    "maid",
    "major",
    "man",
    "manager",
    "mayor",
    "member",
    "meteorologist",
    "midwife",
    "miner",
    "minister",
    "moderator",
    "mogul",
    "mom",
    "monk",
    "mother",
    "motorist",
    "musician",
    "nanny",
    "narrator",
    "negotiator",
    "neighbor",
    "neighbour",
    "nephew",
    "neurosurgeon",
    "newlywed",
    "niece",
    "nominee",
    "novelist",
    "novice",
    "nun",
    "nurse",
    "observer",
    "officer",
    "official",
    "ombudsman",
    "onlooker",
    "operative",
    "opponent",
    "organiser",
    "organizer",
    "owner",
    "painter",
    "pal",
    "panelist",
    "paramedic",
    "participant",
    "partner",
    "passenger",
    "passer-by",
    "pastor",
    "patient",
    "peer",
    "philosopher",
    "photographer",
    "physician",
    "physicist",
    "pianist",
    "pilot",
    "plaintiff",
    "player",
    "playwright",
    "poet",
    "policy-maker",
    "policymaker",
    "pollster",
    "pope",
    "populist",
    "preacher",
    "premier",
    "presenter",
    "president",
    "president-elect",
    "priest",
    "prime",
    "prince",
    "princess",
    "principal",
    "producer",
    "professor",
    "progressive",
    "prosecutor",
    "protester",
    "provost",
    "psychologist",
    "pundit",
    "pupil",
    "queen",
    "rabbi",
    "rapper",
    "reader",
    "refugee",
    "relative",
    "reporter",
    "representative",
    "republican",
    "rescuer",
    "researcher",
    "resident",
    "retiree",
    "rival",
    "rookie",
    "rower",
    "sailor",
    "saxophonist",
    "scholar",
    "schoolboy",
    "schoolgirl",
    "scientist",
    "screenwriter",
    "sculptor",
    "secretary",
    "senator",
    "sergeant",
    "shareholder",
    "sheikh",
    "sheriff",
    "shopper",
    "sibling",
    "singer",
    "singer-songwriter",
    "sister",
    "skier",
    "socialist",
    "sociologist",
    "soldier",
    "son",
    "songwriter",
    "source",
    "speaker",
    "specialist",
    "spectator",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "sprinter",
    "staffer",
    "staffers",
    "stakeholder",
    "star",
    "stepfather",
    "stepmother",
    "strategist",
    "student",
    "superdelegate",
    "superintendent",
    "supporter",
    "surgeon",
    "surrogate",
    "survivor",
    "suspect",
    "swimmer",
    "taxpayer",
    "teacher",
    "teen",
    "tenant",
    "theologian",
    "trader",
    "treasurer",
    "trooper",
    "trumpeter",
    "trustee",
    "twin",
    "tycoon",
    "uncle",
    "user",
    "veteran",
    "vicar",
    "vice",
    "victim",
    "viewer",
    "violinist",
    "vocalist",
    "voice-over",
    "voiceover",
    "volunteer",
    "voter",
    "widow",
    "widower",
    "wife",
    "witness",
    "woman",
    "worker",
    "writer",
]);

/// True when `phrase` is a method of the writer's own work, its head a noun of method with no
/// owner ("Electrophoretic mobility shift assays showed …", "Experiments with T cell hybridomas
/// confirmed …", "UV cross-linking experiments revealed …"): the author's, as "Our results"
/// are. An owner keeps it a source: a capitalised word after the first ("Experiments at
/// Harwell"), a possessive, people ("experiments by researchers"), or a word that sets it apart
/// from the writer's ("previous experiments", "other assays").
pub(crate) fn own_method(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let head_at = words
        .iter()
        .position(|w| lower_in(w, &["by", "in", "of", "on", "using", "with"]))
        .unwrap_or(words.len());
    let Some(head) = head_at.checked_sub(1).map(|k| words[k]) else {
        return false;
    };
    // ("Northern blot analysis", "Gel shift analysis", "UV cross-linking studies": an analysis
    // or studies by a lab technique; "transcription-PCR" by its last part.)
    let by_technique = || {
        lower_in(head, &["analyses", "analysis", "studies", "study"])
            && head_at >= 2
            && lower_in(
                words[head_at - 2].rsplit('-').next().unwrap_or(""),
                TECHNIQUES,
            )
    };
    (lower_in(head, METHODS) || by_technique())
        && !words.iter().skip(1).any(|w| is_capitalized(w))
        && !words.iter().any(|w| {
            possessor(w).is_some()
                || lower_in(w, POSSESSIVE_DETERMINERS)
                || lower_in(
                    w,
                    &[
                        "earlier",
                        "other",
                        "previous",
                        "prior",
                        "published",
                        "recent",
                        "such",
                    ],
                )
                || plural_person(&w.to_ascii_lowercase())
        })
}

/// Nouns of a method of scientific work ([`own_method`]). Sorted.
/// (Not "analysis": news cites others' as often, "Analysis shows …", "independent analyses
/// agree …", "according to the post-debate analysis".)
const METHODS: &[&str] = &[
    "assay",
    "assays",
    "blots",
    "experiment",
    "experiments",
    "immunoprecipitation",
    "measurements",
    "simulations",
];

/// Lab techniques and statistical methods whose analysis or studies are the writer's own work
/// ([`own_method`]), by the last part of a hyphenated word ("band-shift", "cross-linking",
/// "transcription-PCR", "post-hoc"). Sorted.
const TECHNIQUES: &[&str] = &[
    "blot",
    "deletion",
    "footprinting",
    "hoc",
    "immunoblot",
    "immunodepletion",
    "immunoprecipitation",
    "linking",
    "multivariable",
    "multivariate",
    "mutagenesis",
    "mutational",
    "pcr",
    "regression",
    "sensitivity",
    "sequence",
    "shift",
    "subgroup",
    "transfection",
    "univariate",
];

/// True when `phrase` is a date, after a preposition or not ("September 15", "as of September
/// 15, 2008"): no source ("… effective as of September 15, 2008, specifically clarifies …").
fn a_date(phrase: &str) -> bool {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let date = match words.first() {
        Some(w) if lower_in(w, &["as", "by", "from", "in", "of", "on", "since", "until"]) => {
            &words[1..]
        }
        _ => &words[..],
    };
    (2..=3).contains(&date.len())
        && (lower_in(date[0], FULL_MONTHS)
            || date[0].eq_ignore_ascii_case("may")
            || lower_in(date[0].trim_end_matches('.'), MONTHS))
        && date[1..].iter().all(|w| {
            let w = w.trim_end_matches([',', '.']);
            !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit())
        })
}

/// True when `phrase` names a storm ("Storm Ciaran", "Hurricane Milton", "Tropical Storm
/// Alberto"): a capitalised kind of storm and a capitalised name after it, no source
/// ("Storm Ciaran: thousands without power" had been a person's label).
fn a_storm(phrase: &str) -> bool {
    let rest = phrase.strip_prefix("Tropical ").unwrap_or(phrase);
    rest.split_once(' ').is_some_and(|(kind, name)| {
        ["Cyclone", "Hurricane", "Storm", "Typhoon"].contains(&kind)
            && !name.contains(' ')
            && is_capitalized(name)
    })
}

/// [`classify_phrase`], remembered (one memory for all threads): the same tags ("he", "Mr Smith", "officials")
/// come back again and again in news text. The memory is bounded.
pub(crate) fn classify(phrase: &str, lenient: bool) -> Option<Mention> {
    // ("One of the officials said …. The other said …": the second of two sources.)
    if phrase.eq_ignore_ascii_case("the other") {
        return Some(Mention::Named {
            name: phrase.into(),
            kind: SourceKind::Anonymous,
            descriptor: None,
        });
    }
    if friends_of(phrase) {
        return Some(Mention::Named {
            name: phrase.into(),
            kind: SourceKind::Organization,
            descriptor: None,
        });
    }
    let mention = classified(phrase, lenient).0;
    match mention {
        Some(Mention::Named {
            kind: SourceKind::Organization,
            descriptor: None,
            ..
        }) => body_after_its_noun(phrase, lenient).or(mention),
        _ => mention,
    }
}

/// True when `phrase` names a body of friends of a place or a cause: "Friends of the Earth",
/// "Friends of Harbourside Libraries" (capitalised, "the" and a capital after "of", or a place's
/// noun closing the name), not people ("Friends of the family", "Friends of Mr Smith").
fn friends_of(phrase: &str) -> bool {
    let Some(rest) = phrase.strip_prefix("Friends of ") else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').collect();
    match words.as_slice() {
        ["the", name, ..] => is_capitalized(name),
        [.., last] => {
            words.iter().all(|w| is_capitalized(w))
                && lower_in(last, FRIENDS_PLACES)
                && !words
                    .iter()
                    .any(|w| lower_in(w.trim_end_matches('.'), NAME_TITLES))
        }
        [] => false,
    }
}

/// Nouns of a place or a thing that a body of its friends is named after ("Friends of
/// Harbourside Libraries", "Friends of Victoria Park").
const FRIENDS_PLACES: &[&str] = &[
    "canal",
    "cathedral",
    "forest",
    "garden",
    "gardens",
    "heath",
    "libraries",
    "library",
    "museum",
    "park",
    "parks",
    "river",
    "theatre",
];

/// Titles of a person before a name ("Mr Fox", "Dr Liam Fox"), for [`friends_of`] and
/// [`name_kind`].
const NAME_TITLES: &[&str] = &["dr", "miss", "mr", "mrs", "ms", "sir"];

/// The body named after a body's noun capitalised to open the sentence, the noun its
/// descriptor, when the rest is a body's name of two or more words on its own: "Consultancy
/// Capital Economics estimates …" is Capital Economics, described as "consultancy Capital
/// Economics" is in lower case.
fn body_after_its_noun(phrase: &str, lenient: bool) -> Option<Mention> {
    let (first, rest) = phrase.split_once(' ')?;
    if !(is_capitalized(first) && lower_in(first, ORG_NOUNS) && rest.contains(' ')) {
        return None;
    }
    match classified(rest, lenient).0? {
        Mention::Named {
            name,
            kind: SourceKind::Organization,
            descriptor: None,
        } if rest.starts_with(&*name) => Some(Mention::Named {
            name,
            kind: SourceKind::Organization,
            descriptor: Some(first.into()),
        }),
        _ => None,
    }
}

/// True when `phrase` opens with a participle in lower case and its object ("boosting their
/// Oscars hopes": "hopes" a noun, the phrase a verb's), not a name: "leading economists" has
/// no determiner after the participle.
fn participle_with_object(phrase: &str) -> bool {
    let mut words = phrase.split(' ');
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    verb_participle(first)
        && (lower_in(second, ARTICLES) || lower_in(second, POSSESSIVE_DETERMINERS))
}

/// True when the one word `w` makes a run of capitalised words a person's: a title, a person's
/// noun or a given name ("Senator", "Chairman", "Mr", "Ana").
fn names_a_person(w: &str) -> bool {
    lower_in(w, TITLES)
        || lower_in(w, PERSON_NOUNS)
        || lower_in(w, PERSON_TITLES)
        || sex_of_given(w).is_some()
}

/// True for a participle in -ing written as a verb: in lower case, longer than five letters
/// ("boosting", "tackling"; not "king", nor "Sterling").
fn verb_participle(word: &str) -> bool {
    word.len() > 5 && word.ends_with("ing") && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// Participles that open a sentence before a noun of saying ("Addressing claims that …, Mr
/// Michael told …", "Following reports that …", "Facing fears that …"): alone before the cue, a
/// clause's verb and not a name (unlike "Manning claims that …").
const OPENING_PARTICIPLES: &[&str] = &[
    "addressing",
    "answering",
    "countering",
    "coupled",
    "denying",
    "dismissing",
    "facing",
    "following",
    "ignoring",
    "rebutting",
    "refuting",
    "rejecting",
];

/// True when `words`, those before a possessive, are a person's name of two or more capitalised
/// words and a preposition of affiliation ("Mark Zandi of", "Ann Lee at the"): the possessive
/// is the body's the person works at, not a name's owner.
fn affiliated_person(words: &[&str]) -> bool {
    words
        .iter()
        .position(|w| AFFILIATIONS.contains(w))
        .filter(|&p| p >= 2 && words[..p].iter().all(|w| is_capitalized(w)))
        .is_some_and(|p| {
            matches!(
                classify_phrase(&words[..p].join(" "), false),
                Some(Mention::Named {
                    kind: SourceKind::Person,
                    ..
                })
            )
        })
}

/// `phrase` without the titles of the person its description relates the speaker to, when the
/// speaker is that relation and the name its object: "The wife of former president Bill
/// Clinton" is "The wife of Bill Clinton", "a spokesman for Yukos boss Mikhail Khodorkovsky" "a
/// spokesman for Mikhail Khodorkovsky". (Not "Secretary of State John Kerry", a capitalised
/// title, or "former secretary of state Hillary Clinton", a title of three words; nor "the head
/// of the IMF Christine Lagarde", whose name follows a body's; nor "chief of staff John Kelly",
/// no title after "of".)
fn related_by_title(phrase: &str, read: &Option<Mention>) -> Option<String> {
    let Some(Mention::Named {
        kind: SourceKind::Person,
        descriptor: Some(d),
        ..
    }) = read
    else {
        return None;
    };
    let d = phrase.strip_prefix(&**d)?;
    let descriptor = &phrase[..phrase.len() - d.len()];
    let words: Vec<&str> = descriptor.split(' ').collect();
    let of = words.iter().rposition(|w| matches!(*w, "of" | "for"))?;
    let relation = words.get(of.checked_sub(1)?)?;
    let titles = &words[of + 1..];
    let last = titles.last()?;
    let plain = |w: &str| w.bytes().all(|b| b.is_ascii_lowercase());
    (plain(relation)
        && !lower_in(relation, FUNCTION_WORDS)
        && plain(last)
        && (lower_in(last, TITLES) || lower_in(last, PERSON_NOUNS))
        // ("Former secretary of state Hillary Clinton": a title of three words.)
        && !(lower_in(relation, TITLES) && titles.len() == 1)
        && !titles.iter().any(|w| {
            lower_in(w, ARTICLES)
                || lower_in(w, POSSESSIVE_DETERMINERS)
                || w.ends_with(',')
                || *w == "and"
        }))
    .then(|| format!("{} {}", words[..=of].join(" "), d.trim_start()))
}

/// A capitalised plural of a role before names ("Producers Barbara Broccoli and Michael G
/// Wilson", "Directors Ana Ortiz and Tom Lopez"): the names, the role their descriptor (it had
/// been read into the name).
fn plural_role_before_names(phrase: &str) -> Option<Mention> {
    let (role, rest) = phrase.split_once(' ')?;
    let given = rest.split(' ').next()?;
    let singular = role.strip_suffix('s')?;
    if !is_capitalized(role)
        || !agent_noun(&singular.to_ascii_lowercase())
        || sex_of_given(given).is_none()
    {
        return None;
    }
    match classify(rest, false)? {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            descriptor: None,
        } => Some(Mention::Named {
            name,
            kind: SourceKind::Person,
            descriptor: Some(role.into()),
        }),
        _ => None,
    }
}

/// A title in capitals alone after a party or a place, read as the name with the rest for its
/// descriptor ("A Labour MP" had been a person named "MP"): the whole phrase, anonymous after
/// "a" or "an" (one of many), else a person described ("Labour MP praises …", "the Labour
/// MP").
fn member_by_title(phrase: &str, read: &Option<Mention>) -> Option<Mention> {
    let Some(Mention::Named {
        name,
        kind: SourceKind::Person,
        descriptor: Some(_),
    }) = read
    else {
        return None;
    };
    // (A title in capitals: "Ms King", "Mr. Prince" are persons named.)
    if !title_alone(name) || !acronym(name) || !phrase.ends_with(&**name) {
        return None;
    }
    let (first, rest) = phrase.split_once(' ')?;
    let (name, kind) = if lower_in(first, &["a", "an"]) {
        (phrase.into(), SourceKind::Anonymous)
    } else if first.eq_ignore_ascii_case("the") {
        (format!("the {rest}").into(), SourceKind::Person)
    } else {
        (phrase.into(), SourceKind::Person)
    };
    Some(Mention::Named {
        name,
        kind,
        descriptor: None,
    })
}

/// "The Commissioners", "the Governors", "The Trustees": the capitalised plural of a role after
/// the article is the group holding it, not a person named "Commissioners" (whom a later "she"
/// could then take).
fn capitalised_plural_role(phrase: &str, read: &Option<Mention>) -> Option<Mention> {
    let Some(Mention::Named {
        kind: SourceKind::Person,
        ..
    }) = read
    else {
        return None;
    };
    let (article, word) = phrase.split_once(' ')?;
    if !article.eq_ignore_ascii_case("the") || word.contains(' ') || !is_capitalized(word) {
        return None;
    }
    let lower = word.to_ascii_lowercase();
    let singular = lower.strip_suffix('s')?;
    (agent_noun(singular) || role_noun(singular) || lower_in(singular, PERSON_NOUNS)).then(|| {
        Mention::Named {
            name: format!("the {word}").into(),
            kind: SourceKind::Anonymous,
            descriptor: None,
        }
    })
}

/// True when `name`, a source's canonical name, names two sources (see [`joint_names`]):
/// "Smith and Jones", "the Tories and Lib Dems" are "they", never "he", "she" or "it", and
/// have no surname of their own; "Procter and Gamble", "the MP for Sittingbourne and Sheppey"
/// and "the Trade and Industry Secretary" are one. So is a named member with people around
/// them ("Smith and two colleagues", "she and another reporter", "Kirby and other officials").
pub(crate) fn joint(name: &str) -> bool {
    let Some((_, second)) = split_and(name) else {
        return false;
    };
    let around = second.split(' ').next().unwrap_or("");
    lower_in(around, COMPANIONS)
        || lower_in(around, NUMBER_WORDS)
        || lower_in(around, COWORKERS)
        || lower_in(around, &["other", "others"])
        || classified(name, false).1
}

/// What [`classify`] reads in `phrase`, and whether it named two sources joined (see
/// [`joint_names`]).
fn classified(phrase: &str, lenient: bool) -> (Option<Mention>, bool) {
    use std::collections::HashMap;
    use std::sync::{LazyLock, Mutex, PoisonError};
    const REMEMBER: usize = 1 << 16;
    type Seen = HashMap<String, (Option<Mention>, bool), BuildHasherDefault<WordHasher>>;
    /// One memory for strict and one for lenient classification, shared by the threads: the
    /// two that read a large text meet many of the same phrases (with a memory each, about
    /// one phrase in five was read twice, more or fewer as the work happened to split).
    static SEEN: LazyLock<Mutex<[Seen; 2]>> = LazyLock::new(Mutex::default);
    // (A panic elsewhere while it was held leaves the memory as it was: still sound.)
    let seen = || SEEN.lock().unwrap_or_else(PoisonError::into_inner);
    let memory = usize::from(lenient);
    if let Some(m) = seen()[memory].get(phrase).cloned() {
        return m;
    }
    // (Read with the memory released: the sides of a pair are read through it too.)
    let m = if no_one(phrase)
        || a_date(phrase)
        || a_storm(phrase)
        || own_method(phrase)
        || contracted_verb(phrase)
        || claim_relative(phrase)
        || lower_in(phrase, OPENING_PARTICIPLES)
        || participle_with_object(phrase)
    {
        (None, false)
    } else {
        // ("Fuming Robinson blasts officials", "Angry Williams rejects criticism": a
        // headline's mood before a name is no given name.)
        let named = after_mood(phrase).unwrap_or(phrase);
        // ("G7 said", "O2 said": one word of letters and figures is a body's code, no
        // person's name; "50 Cent" is two words.)
        let one = one_mention(named, lenient).map(|m| match m {
            Mention::Named {
                name,
                kind: SourceKind::Person,
                descriptor,
            } if coded(&name) => Mention::Named {
                name,
                kind: SourceKind::Organization,
                descriptor,
            },
            other => other,
        });
        if let Some(related) = related_by_title(named, &one) {
            (classify(&related, lenient), false)
        } else if let Some(named) = plural_role_before_names(named) {
            (Some(named), false)
        } else if let Some(member) = member_by_title(named, &one) {
            (Some(member), false)
        } else if let Some(title) = department_title(named) {
            (Some(title), false)
        } else if let Some(pair) = joint_names(named, &one) {
            (Some(pair), true)
        } else if let Some(group) = capitalised_plural_role(named, &one) {
            (Some(group), false)
        } else {
            (one, false)
        }
    };
    let mut seen = seen();
    let seen = &mut seen[memory];
    if seen.len() >= REMEMBER {
        seen.clear();
    }
    seen.insert(phrase.to_string(), m.clone());
    m
}

/// `phrase` without the single quotation marks around a title in it ("the magazine 'Famiglia
/// Cristiana'" -> "the magazine Famiglia Cristiana"), when it has them: an opening mark at the
/// start of a capitalised word and a closing one at the end of a later word (not the
/// possessive of "the Dockers' Union", which opens none). A nickname in quotes between names
/// is dropped.
fn unquoted_title(phrase: &str) -> Option<String> {
    const OPENING: [char; 3] = ['\'', '\u{2018}', '`'];
    const CLOSING: [char; 2] = ['\'', '\u{2019}'];
    // (Most phrases hold no mark: no words split for them.)
    if !phrase.contains(OPENING) {
        return None;
    }
    let words: Vec<&str> = phrase.split(' ').collect();
    // (A source's phrase is short; each pair taken off is one more reading of the phrase, so a
    // long run of quoted words is left as it is.)
    if words.len() > 2 * LEFT_WORDS {
        return None;
    }
    let open = words.iter().position(|w| {
        w.strip_prefix(OPENING)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    })?;
    let close = (open..words.len()).find(|&k| {
        let w = if k == open {
            words[k].strip_prefix(OPENING).unwrap_or("")
        } else {
            words[k]
        };
        w.len() > 1 && w.ends_with(CLOSING)
    })?;
    // (A nickname between a given name and a surname is dropped: "Brian 'Head' Welch" is
    // "Brian Welch".)
    let nickname = open == close
        && open > 0
        && is_capitalized(words[open - 1])
        && words.get(open + 1).is_some_and(|w| is_capitalized(w));
    let mut out = String::with_capacity(phrase.len());
    for (k, w) in words.iter().enumerate() {
        if nickname && k == open {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        let w = if k == open {
            w.strip_prefix(OPENING).unwrap_or(w)
        } else {
            w
        };
        out.push_str(if k == close {
            w.strip_suffix(CLOSING).unwrap_or(w)
        } else {
            w
        });
    }
    Some(out)
}

/// True when `name` is one word of letters and figures ("G7", "O2", "3Com").
fn coded(name: &str) -> bool {
    !name.contains(' ')
        && name.chars().any(|c| c.is_ascii_digit())
        && name.chars().any(char::is_alphabetic)
}

/// What `phrase` names when it names one source (see [`classify`], which remembers).
fn one_mention(phrase: &str, lenient: bool) -> Option<Mention> {
    // "Chairman of the Environmental Audit Committee Peter Ainsworth MP": post-nominal letters
    // after a given name and a surname closing a longer phrase are no part of its name or
    // title ("Guy Mansfield QC" alone is read so below).
    let mut words = phrase.rsplit(' ');
    if let (Some(last), Some(_), Some(given), Some(_)) =
        (words.next(), words.next(), words.next(), words.next())
    {
        if lower_in(last.trim_end_matches(','), POST_NOMINALS) && sex_of_given(given).is_some() {
            return one_mention(phrase[..phrase.len() - last.len()].trim_end(), lenient);
        }
    }
    numbered_name(phrase)
        .or_else(|| name_and_role(phrase))
        .or_else(|| capitalised_plural(phrase))
        .or_else(|| classify_phrase(phrase, lenient).map(body_by_role))
}

/// A title whose department's name holds an "and" ("the Trade and Industry Secretary", "Work
/// and Pensions Secretary"): one person, named by the whole title (not "Industry Secretary").
fn department_title(phrase: &str) -> Option<Mention> {
    let (first, second) = split_and(phrase)?;
    let first = without_article(first);
    let mut words = second.split(' ');
    let (Some(department), Some(title), None) = (words.next(), words.next(), words.next()) else {
        return None;
    };
    if first.contains(' ')
        || !is_capitalized(first)
        || !is_capitalized(department)
        || !is_capitalized(title)
        || !lower_in(title, TITLES)
    {
        return None;
    }
    Some(Mention::Named {
        name: lower_article(phrase).into(),
        kind: SourceKind::Person,
        descriptor: None,
    })
}

/// `phrase` with a capitalised leading "The" in lower case, as a name inside a sentence reads.
pub(crate) fn lower_article(phrase: &str) -> String {
    match phrase.strip_prefix("The ") {
        Some(rest) => format!("the {rest}"),
        None => phrase.to_string(),
    }
}

/// `side` without its leading "the".
fn without_article(side: &str) -> &str {
    ["the ", "The "]
        .iter()
        .find_map(|a| side.strip_prefix(a))
        .unwrap_or(side)
}

/// Two sources named and joined by "and" in `phrase`, which `whole` reads as one: "Smith and
/// Jones said", "SBC and AT&T said", "Labour and the Liberal Democrats say", "Both Labour and the
/// Conservatives have said". One source named by both, of their kind when they share it and a
/// body's when they do not. Each side a name and nothing more: not two roles before one name
/// ("Economy and Labour Minister Wolfgang Clement"), nor groups in lower case or a common
/// plural opening a sentence ("top police officers and many MPs", "Commentators and Yukos"),
/// nor a list whose first items a comma left out of the phrase; and not a body whose name holds
/// the "and" (`whole` then names it: "the Securities and Exchange Commission", "the MP for
/// Sittingbourne and Sheppey").
fn joint_names(phrase: &str, whole: &Option<Mention>) -> Option<Mention> {
    split_and(phrase)?;
    if let Some(Mention::Named { name, .. }) = whole {
        if split_and(name).is_some() {
            return None;
        }
    }
    let both = ["Both ", "both "]
        .iter()
        .find_map(|b| phrase.strip_prefix(b));
    let (first, second) = split_and(both.unwrap_or(phrase))?;
    if split_and(second).is_some() || first.contains(',') || second.contains(',') {
        return None;
    }
    let name = |side: &str| {
        let bare = without_article(side);
        // ("French, Jordanian and Nigerian nationals": no names; a nation's adjective is one
        // word, unlike a surname ending as one does, "Barbara Broccoli and Michael Wilson".)
        if !bare
            .split(' ')
            .all(|w| is_capitalized(w) || lower_in(w, &["of", "for", "&"]))
            || !bare.contains(' ') && demonym(bare)
        {
            return None;
        }
        // (A title alone is no role: "Mr Brown and Ms Green".)
        match classify(side, false)? {
            Mention::Named {
                name,
                kind:
                    kind @ (SourceKind::Person | SourceKind::Organization | SourceKind::Publication),
                descriptor,
            } if descriptor
                .as_deref()
                .is_none_or(|d| lower_in(d.trim_end_matches('.'), PERSON_TITLES)) =>
            {
                Some((name, kind))
            }
            // (A group by its capitalised name, as written with its article: "the
            // Conservatives", "Tories"; not a common plural opening a sentence, "Commentators".)
            Mention::Named {
                kind: SourceKind::Anonymous,
                descriptor: None,
                ..
            } if bare.len() < side.len() || capitalised_plural(bare).is_none() => {
                Some((lower_article(side).into(), SourceKind::Anonymous))
            }
            _ => None,
        }
    };
    let (a, a_kind) = name(first)?;
    let (b, b_kind) = name(second)?;
    Some(Mention::Named {
        name: format!("{a} and {b}").into(),
        kind: if a_kind == b_kind {
            a_kind
        } else {
            SourceKind::Organization
        },
        descriptor: None,
    })
}

/// `phrase` split at its first " and " (as `split_once`, without building a searcher: names are
/// short, and this is asked of every phrase and of every source a pronoun may refer to).
fn split_and(phrase: &str) -> Option<(&str, &str)> {
    let at = phrase.as_bytes().windows(5).position(|w| w == b" and ")?;
    Some((&phrase[..at], &phrase[at + 5..]))
}

/// A plural of people or bodies capitalised to open a sentence ("Unions said …", "Charities
/// have warned …", "Firms say …"), read as written in lower case: a group, not a name. (Not the
/// plurals that are common surnames: "Banks", "Chambers".)
fn capitalised_plural(phrase: &str) -> Option<Mention> {
    // (The plural may head a longer phrase in lower case: "Firms involved in the system",
    // "Shareholders who backed the bid".)
    let (first, rest) = phrase.split_once(' ').unwrap_or((phrase, ""));
    if !first.starts_with(|c: char| c.is_ascii_uppercase())
        || !first[1..].bytes().all(|b| b.is_ascii_lowercase())
        || !(first.ends_with('s') || first.ends_with("men") || first.eq_ignore_ascii_case("alumni"))
        || lower_in(first, &["banks", "chambers"])
        || rest.starts_with(|c: char| !c.is_lowercase())
    {
        return None;
    }
    let lower = first.to_ascii_lowercase();
    let singular = |s: &str| lower_in(s, ORG_NOUNS) || lower_in(s, PERSON_NOUNS);
    // ("-es" too: "Churches say"; and the plurals of people listed whole, "Shopkeepers fear
    // …", "Pensioners say …", "Fishermen say …", which had been read as a person's name.)
    let plural = plural_of(&lower, singular)
        || lower.strip_suffix("es").is_some_and(singular)
        || lower_in(&lower, GROUP_PLURALS)
        || men_plural(&lower);
    if !plural {
        return None;
    }
    // (A longer phrase is read in lower case, and named with its capital again.)
    let read = if rest.is_empty() {
        classify_phrase(&lower, false)
    } else {
        classify_phrase(&format!("{lower} {rest}"), false)
    };
    match read? {
        Mention::Named {
            name,
            kind,
            descriptor,
        } => {
            let name = if rest.is_empty() {
                phrase.to_string()
            } else {
                match name.strip_prefix(lower.as_str()) {
                    Some(after) => format!("{first}{after}"),
                    None => name.to_string(),
                }
            };
            Some(Mention::Named {
                name: name.into(),
                kind,
                descriptor,
            })
        }
        Mention::Pronoun(_) => None,
    }
}

/// Plurals that name people by a calling, a place or a state ("shopkeepers", "locals",
/// "pensioners"), capitalised to open a sentence: a group, not a person named so (see
/// [`capitalised_plural`]). Their singulars are no [`PERSON_NOUNS`], for many are surnames
/// ("Baker", "Hunter", "Driver"); plurals that are common surnames ("Sellers", "Masters") are
/// left out.
const GROUP_PLURALS: &Words = &Words::new(&[
    "accountants",
    "alumni",
    "anglers",
    "applicants",
    "auditors",
    "autoworkers",
    "bakers",
    "bondholders",
    "borrowers",
    "breeders",
    "brokers",
    "builders",
    "butchers",
    "buyers",
    "cabbies",
    "carers",
    "churchgoers",
    "claimants",
    "climbers",
    "councillors",
    "councilmembers",
    "counsellors",
    "crews",
    "crofters",
    "dealers",
    "depositors",
    "developers",
    "diners",
    "dockers",
    "dockworkers",
    "drivers",
    "fighters",
    "gamers",
    "graduates",
    "grandparents",
    "grocers",
    "growers",
    "guards",
    "hackers",
    "hauliers",
    "headteachers",
    "hikers",
    "holidaymakers",
    "hunters",
    "insurgents",
    "landowners",
    "listeners",
    "litigants",
    "locals",
    "loggers",
    "medics",
    "midwives",
    "migrants",
    "militants",
    "moderates",
    "mourners",
    "parishioners",
    "pensioners",
    "planners",
    "prisoners",
    "programmers",
    "publicans",
    "radicals",
    "ranchers",
    "ratepayers",
    "rebels",
    "referees",
    "renters",
    "riders",
    "runners",
    "savers",
    "shopkeepers",
    "shoppers",
    "steelworkers",
    "stewards",
    "strikers",
    "supervisors",
    "surfers",
    "surveyors",
    "teenagers",
    "tenants",
    "trainers",
    "travelers",
    "travellers",
    "troops",
    "truckers",
    "umpires",
    "vendors",
    "vets",
    "villagers",
    "wardens",
    "wholesalers",
    "worshippers",
]);

/// True for a plural in "-men" of a person noun in "-man" ("fishermen", "aldermen",
/// "congressmen").
fn men_plural(lower: &str) -> bool {
    lower
        .strip_suffix("men")
        .is_some_and(|stem| !stem.is_empty() && lower_in(&format!("{stem}man"), PERSON_NOUNS))
}

/// The rest of `phrase` after a capitalised mood before a capitalised word ("Fuming
/// Robinson": "Robinson").
fn after_mood(phrase: &str) -> Option<&str> {
    let (first, rest) = phrase.split_once(' ')?;
    (first.starts_with(char::is_uppercase)
        && rest.starts_with(char::is_uppercase)
        && lower_in(first, MOODS))
    .then_some(rest)
}

/// True when `label` holds a possessor's named work ("Wesley Snipes' Blade", "Disney's
/// Aladdin"): a title before a colon, no speaker (not "Mr Blair's spokesman").
pub(crate) fn names_a_work(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    words
        .windows(2)
        .any(|p| owner_of_work(p[0]) && p[1].starts_with(char::is_uppercase))
}

/// True when `w` is a possessive ("Snipes'", "Disney's") of something other than a time
/// ("Tuesday's Morning Email" is a newsletter's name): a possessor whose named work a
/// capitalised word after it may be ("Wesley Snipes' Blade: Trinity …" is a film, no speaker).
pub(crate) fn owner_of_work(w: &str) -> bool {
    let owner = possessor(w).or_else(|| w.strip_suffix(['\'', '\u{2019}']));
    owner.is_some_and(|o| !lower_in(o, TIME))
}

/// True when `phrase` names no one: "Nobody knows exactly how many …", "No one said …".
fn no_one(phrase: &str) -> bool {
    lower_in(
        phrase,
        &["no one", "no-one", "nobody", "none", "noone", "nothing"],
    )
}

/// True when `phrase` is a claim with the subject of a relative clause after it, whose "that"
/// is left out: "…, a charge their families deny", "an account police dispute", "the figure
/// the ministry gave". The verb after it reports on the claim; the phrase names no source.
pub(crate) fn claim_relative(phrase: &str) -> bool {
    let mut words = phrase.split(' ');
    let (Some(article), Some(noun), Some(next)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    lower_in(article, &["a", "an", "the"])
        && lower_in(noun, CLAIM_NOUNS)
        && (is_capitalized(next)
            || lower_in(
                next,
                &[
                    "he", "her", "his", "i", "its", "many", "most", "our", "she", "some", "the",
                    "their", "these", "they", "this", "those", "we", "you",
                ],
            )
            || people_plural(next))
}

/// Nouns of a claim that a relative clause without "that" may follow, in an afterthought that
/// answers a report ("…, a charge the company denies"), sorted.
pub(crate) const CLAIM_NOUNS: &[&str] = &[
    "account",
    "accusation",
    "allegation",
    "assertion",
    "assessment",
    "characterisation",
    "characterization",
    "charge",
    "claim",
    "description",
    "estimate",
    "figure",
    "suggestion",
    "version",
    "view",
];

/// Personal pronouns that stand as a verb's subject (sorted, lower case).
const SUBJECT_PRONOUNS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// True when `phrase` holds a negated auxiliary ("Don't worry if …", "Can't say …", "It
/// doesn't sound like Rubio") or a pronoun's contracted verb ("the steps they're taking"): an
/// imperative or a clause, no one's name.
fn contracted_verb(phrase: &str) -> bool {
    let words = phrase.split(' ');
    let negated = |w: &str| w.ends_with("n't") || w.ends_with("n\u{2019}t");
    let pronouns_verb = |w: &str| {
        w.split_once(['\'', '\u{2019}'])
            .is_some_and(|(pronoun, verb)| {
                matches!(verb, "re" | "ve" | "ll" | "m" | "d")
                    && lower_in(pronoun, SUBJECT_PRONOUNS)
            })
    };
    // (A pronoun's verb inside the phrase, "according to the steps they're taking"; not the
    // source's own auxiliary closing it, "We've called for …", "they've suggested".)
    words.clone().any(negated) || words.rev().skip(1).any(pronouns_verb)
}

/// A name that opens with a number ("50 Cent", "rapper 50 Cent"): the number is the name's, not
/// a count of the people after it (a count takes a plural: "50 Republicans").
fn numbered_name(phrase: &str) -> Option<Mention> {
    let (rest, name) = phrase.rsplit_once(' ')?;
    let (role, number) = rest.rsplit_once(' ').unwrap_or(("", rest));
    let singular = is_capitalized(name)
        && !name.ends_with(['s', '\'', '\u{2019}'])
        && !acronym(name)
        && !demonym(name);
    if !(1..=3).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) || !singular
    {
        return None;
    }
    // (After a role at most, in up to three words: "rapper 50 Cent", "US rap star 50 Cent".)
    let role_words = role.split(' ').filter(|w| !w.is_empty()).count();
    if role_words > 3 || role.split(' ').any(|w| lower_in(w, FUNCTION_WORDS)) {
        return None;
    }
    // (Not a number inside a name: "Il Sole 24 Ore", "Radio 5 Live"; "Rapper 50 Cent" opening a
    // sentence is a role still.)
    let before = role.rsplit(' ').next().unwrap_or("");
    if is_capitalized(before)
        && !lower_in(before, PERSON_NOUNS)
        && !lower_in(before, TITLES)
        && !agent_noun(&before.to_ascii_lowercase())
    {
        return None;
    }
    Some(Mention::Named {
        name: format!("{number} {name}").into(),
        kind: SourceKind::Person,
        descriptor: (!role.is_empty()).then(|| role.into()),
    })
}

/// A person named by a given name and a surname with a role and no comma between them: the
/// role after the name ("Dr Mike Watts head of exploration", "Paolo Pescatore mobile industry
/// specialist for analysts IDC") or before it, ending in capitals ("Shadow leader of the Commons
/// Oliver Heald"). The person, the role its descriptor. (Not "A friend of John Smith": the word
/// before the name is a preposition.)
fn name_and_role(phrase: &str) -> Option<Mention> {
    let words: Vec<&str> = phrase.split(' ').collect();
    let named = |name: &[&str], role: Vec<&str>| Mention::Named {
        name: name.join(" ").into(),
        kind: SourceKind::Person,
        descriptor: Some(role.join(" ").into()),
    };
    // (Not a possessor: "Michael Jackson's mother".)
    let is_name = |ws: &[&str]| {
        (2..=3).contains(&ws.len())
            && ws.iter().all(|w| {
                is_capitalized(w)
                    && !acronym(w)
                    && possessor(w).is_none()
                    && !w.ends_with(['\'', '\u{2019}'])
            })
            && sex_of_given(ws[0]).is_some()
    };
    let role = |ws: &[&str]| ws.iter().any(|w| lower_in(w, PERSON_NOUNS));
    // The role after: a title, a given name, a surname or two, then words in lower case.
    let from = usize::from(
        words
            .first()
            .is_some_and(|w| lower_in(w.trim_end_matches('.'), PERSON_TITLES)),
    );
    let run = words[from..]
        .iter()
        .take_while(|w| is_capitalized(w))
        .count();
    let rest = &words[from + run..];
    if is_name(&words[from..from + run])
        && rest.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !lower_in(w, FUNCTION_WORDS)
        })
        && role(&rest[..rest.len().min(4)])
        // (Not a body named like a person before a role and a name: "William Hill spokesman
        // Rupert Adams".)
        && !{
            let tail = rest.iter().rev().take_while(|w| is_capitalized(w)).count();
            (2..=tail).any(|k| is_name(&rest[rest.len() - k..]))
        }
    {
        return Some(named(&words[from..from + run], rest.to_vec()));
    }
    // The role before, ending in a capitalised word: "… of the Commons Oliver Heald".
    let n = words.len();
    let before = words.get(..n.checked_sub(2)?)?;
    // (A title in capitals: not "a spokesman for House Speaker Paul Ryan", "supporters of
    // Democrat Hillary Clinton".)
    if before.len() >= 3
        && is_capitalized(before[0])
        && !lower_in(before[0], FUNCTION_WORDS)
        && is_name(&words[n - 2..])
        && before
            .last()
            .is_some_and(|w| is_capitalized(w) && !lower_in(w, FUNCTION_WORDS))
        && before.iter().any(|w| lower_in(w, &["for", "of"]))
        && role(before)
    {
        return Some(named(&words[n - 2..], before.to_vec()));
    }
    // A body's name before a capitalised title, then the name: "BBC Political Correspondent
    // James Hardy", "New York State Comptroller Alan Hevesi", "Ex-Welsh Office Minister Lord
    // Roberts" (a title and a surname).
    let titled = |ws: &[&str]| {
        ws.len() == 2
            // (Not "Mr", "Mrs", "Ms": "Deputy Prime Minister Mr Prescott" is read as John
            // Prescott by his surname.)
            && lower_in(
                ws[0].trim_end_matches('.'),
                &["baroness", "dame", "dr", "lady", "lord", "prof", "sir"],
            )
            && is_capitalized(ws[1])
            && possessor(ws[1]).is_none()
    };
    for k in [2, 3] {
        let Some(before) = n.checked_sub(k).and_then(|b| words.get(..b)) else {
            continue;
        };
        let name = &words[n - k..];
        if before.len() >= 2
            && (is_name(name) || titled(name))
            && before
                .iter()
                .all(|w| is_capitalized(w) && possessor(w).is_none())
            && before
                .last()
                .is_some_and(|w| lower_in(w, PERSON_NOUNS) || lower_in(w, TITLES) && *w != "And")
        {
            return Some(named(name, before.to_vec()));
        }
    }
    None
}

/// A person's name after a role that is a body's or a publication's ("lender Halifax",
/// "carmaker Ford", "retailer Next", "showbusiness newspaper Variety"): the body or the
/// publication. (Not a name a given name makes a person's: "carmaker boss Carlos Ghosn" has
/// "boss" for its role.)
fn body_by_role(m: Mention) -> Mention {
    match m {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            descriptor: Some(role),
        } => {
            // ("market analysts Chart-Track", "technology consultants Panlogic": a plural of
            // persons before one name is the firm they make up.)
            let plural = || {
                let head = role.rsplit(' ').next().unwrap_or("");
                head.starts_with(|c: char| c.is_lowercase())
                    && plural_of(head, |w| lower_in(w, PERSON_NOUNS))
                    && !name.contains(' ')
            };
            let kind = match role_kind(&role) {
                Some(kind) if sex_of_name(&name).is_none() => kind,
                None if sex_of_name(&name).is_none() && plural() => SourceKind::Organization,
                _ => SourceKind::Person,
            };
            Mention::Named {
                name,
                kind,
                descriptor: Some(role),
            }
        }
        other => other,
    }
}

/// True for a body's noun that names its trade ("retailer", "carmaker", "insurer",
/// "consultancy"), which no name opens with, as "Team Trump" and "Band Aid" open with theirs.
fn trade(word: &str) -> bool {
    role_kind(word) == Some(SourceKind::Organization)
        && (word.ends_with("er") || word.ends_with("or") || word == "consultancy")
}

/// The kind of source a role names by its last word, in lower case when the role has several
/// words: a body ("lender", "carmaker"; not a person's noun, nor a player's position, "Newcastle
/// centre"; "Secretary of State" is a title, capitalised after its first word), or a publication
/// ("showbusiness newspaper", "trade magazine"; not a news agency, which may be a government's,
/// nor a network or a station, nor a website, most often a firm's: "property website
/// Rightmove").
pub(crate) fn role_kind(role: &str) -> Option<SourceKind> {
    let w = role.rsplit(' ').next()?;
    if role.contains(' ') && !w.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    // ("The feminist writer and broadcaster": a person's two trades.)
    if let Some(first) = rfind_str(role, " and ").map(|at| &role[..at]) {
        if first.rsplit(' ').next().is_some_and(title_noun) {
            return None;
        }
    }
    if lower_in(w, ORG_NOUNS) && !lower_in(w, PERSON_NOUNS) && !lower_in(w, PLAYERS) {
        Some(SourceKind::Organization)
    } else if lower_in(w, PUBLICATION_NOUNS)
        && !lower_in(w, &["agency", "network", "site", "station", "website"])
    {
        Some(SourceKind::Publication)
    } else {
        None
    }
}

/// A fast hash for short phrases (the memory of [`classify`] and the registry of sources need
/// no protection against chosen keys: a few thousand phrases of one text).
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Words that open no source phrase: prepositions, conjunctions and interrogatives ("Why not
/// just say: …") (not the approximators "about", "over", "under" of "Over half of voters
/// said").
const PHRASE_NO_START: &[&str] = &[
    "across", "after", "against", "although", "amid", "among", "at", "because", "before", "behind",
    "besides", "beyond", "by", "despite", "during", "from", "how", "if", "in", "into", "on",
    "onto", "per", "since", "though", "through", "toward", "towards", "under", "unless", "until",
    "upon", "via", "what", "when", "where", "whereas", "while", "why", "with", "within", "without",
];

/// How far into a source phrase the "of" after a quantity may stand ("a small but vocal
/// group of").
const QUANTITY_WORDS: usize = 5;

/// Where `part`, a slice of `whole` (a word split from it), starts in `whole`.
pub(crate) fn offset_in(whole: &str, part: &str) -> usize {
    part.as_ptr() as usize - whole.as_ptr() as usize
}

/// How many words close `words` in capitals, no function word among them: the run of a name
/// ("Mary Ng" in "work by Mary Ng").
fn name_run(words: &[&str]) -> usize {
    words
        .iter()
        .rev()
        .take_while(|w| is_capitalized(w) && !lower_in(w, FUNCTION_WORDS))
        .count()
}

/// The sender's words in "a statement from X", "the letter from X", "an email from X …", and
/// the maker's in "figures from X", "the latest data from X", "a survey from X": the words after
/// "from" up to a participle in "-ing", when a message's noun after an article (with one word
/// between at most, "a joint statement from"), or a noun of figures or findings after at most
/// two words, opens the phrase, and no participle of a message passed on ("obtained by", "seen
/// by") follows. The second of the pair is true for figures, whose maker the caller holds to
/// more: read after "according to" only, one body or paper by name, not a place they come from
/// ("reports from Russia", "estimates from India").
fn message_sender<'a, 'w>(words: &'w [&'a str]) -> Option<(&'w [&'a str], bool)> {
    let from = words.iter().take(4).position(|w| *w == "from")?;
    let message = from >= 2
        && lower_in(words[0], ARTICLES)
        && lower_in(
            words[from - 1],
            &[
                "e-mail",
                "email",
                "letter",
                "memo",
                "message",
                "note",
                "statement",
            ],
        );
    // ("Official figures from the Office for National Statistics", "new data from the Federal
    // Reserve", "a survey from the British Retail Consortium": the body's figures, as "a report
    // by the IMF" is the Fund's.)
    let figures = !message
        && from >= 1
        && lower_in(words[from - 1], FIGURE_NOUNS)
        && words[..from - 1]
            .iter()
            .all(|w| !is_capitalized(w) || lower_in(w, ARTICLES));
    if !(message || figures) {
        return None;
    }
    let rest = &words[from + 1..];
    // (Not a message someone else came by: "A letter from the board of Bath obtained by The
    // Associated Press" stays the document, its way to the press with it.)
    if rest.iter().any(|w| lower_in(w, PARTICIPLES)) {
        return None;
    }
    // (A participle in "-ing" after a name only: "the council's planning chief" goes on.)
    let n = (1..rest.len())
        .find(|&k| {
            let w = rest[k];
            w.len() > 4 && w.ends_with("ing") && is_capitalized(rest[k - 1])
        })
        .unwrap_or(rest.len());
    (n > 0).then(|| (&rest[..n], figures))
}

/// Nouns of figures or findings that a body puts out ([`message_sender`]).
const FIGURE_NOUNS: &[&str] = &[
    "analysis",
    "data",
    "estimates",
    "figures",
    "forecast",
    "forecasts",
    "numbers",
    "projections",
    "report",
    "research",
    "statistics",
    "survey",
];

/// The group around a named person ("Jones and colleagues").
const COWORKERS: &[&str] = &["co-workers", "collaborators", "colleagues", "coworkers"];

/// Words that count or own the people joined to a named member of a source ("Smith and two
/// colleagues", "she and another reporter", "Smith and his lawyers"), with the
/// [`NUMBER_WORDS`].
const COMPANIONS: &[&str] = &["another", "her", "his", "several", "their"];

/// Nouns of a quantity or a collection before "of" and the head of a source phrase ("a wide
/// array of economists", "a chorus of critics").
const QUANTITIES: &Words = &Words::new(&[
    "array",
    "band",
    "bevy",
    "bunch",
    "chorus",
    "coalition",
    "collection",
    "couple",
    "crowd",
    "dozens",
    "group",
    "handful",
    "host",
    "hundreds",
    "lot",
    "lots",
    "majority",
    "minority",
    "number",
    "panel",
    "plurality",
    "raft",
    "range",
    "scores",
    "series",
    "slew",
    "team",
    "thousands",
    "total",
    "variety",
]);

/// True when a capitalised `word` is a common noun by its form: an abstract noun of seven
/// letters or more ("Transfection", "Characterization", "Measurements", "Analyses",
/// "Experiments", "Evidence"), not a body's name that has one ("Federation", "Commission").
fn common_by_form(word: &str) -> bool {
    if !is_capitalized(word)
        || word.len() < 7
        || !word.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
    {
        return false;
    }
    let lower = word.to_ascii_lowercase();
    // (Not "-sion", "-ness" or a singular "-ment": "Macrovision", "Television", "Souness",
    // "Baroness", "Enforcement" name someone.)
    let abstract_form = ["tion", "tions", "ments", "ysis", "yses"]
        .iter()
        .any(|s| lower.ends_with(s))
        && (lower.len() >= 9 || !lower.ends_with("tion"));
    (abstract_form || lower == "evidence")
        && !lower_in(&lower, ORGANIZATIONS)
        && !lower_in(&lower, ORG_NOUNS)
        && !lower_in(&lower, COMPANY_HEADS)
        && !lower_in(&lower, BODY_FORMS)
}

/// Bodies named by a word of an abstract form ([`common_by_form`]), besides the
/// [`ORGANIZATIONS`] and [`ORG_NOUNS`]. Sorted.
const BODY_FORMS: &[&str] = &[
    "administration",
    "association",
    "coalition",
    "commission",
    "convention",
    "corporation",
    "department",
    "federation",
    "foundation",
    "government",
    "institution",
    "management",
    "opposition",
    "parliament",
];

/// Classifies a source phrase: a pronoun, a name, or a description.
///
/// Returns `None` when the phrase cannot be a source (its head is no noun of a source), unless
/// `lenient` (after "according to", whatever follows is a source: a document when unknown).
fn classify_phrase(phrase: &str, lenient: bool) -> Option<Mention> {
    let words: Vec<&str> = phrase
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .collect();
    let last = *words.last()?;
    // ("the magazine 'Famiglia Cristiana'", "'The Times of India'": a title in single quotes
    // is read without them.)
    if let Some(bare) = unquoted_title(phrase) {
        return classify_phrase(&bare, lenient);
    }
    // ("A statement from Chelsea", "a letter from the Home Office": a message from its sender is
    // the sender's voice, as "Chelsea said in a statement" is; the sender's words end before a
    // participle, "A statement from Chelsea explaining the decision".)
    if let Some((sender, figures)) = message_sender(&words) {
        let at = offset_in(phrase, sender[0]);
        let last = sender[sender.len() - 1];
        let end = offset_in(phrase, last) + last.len();
        // (Figures' maker, after "according to" only, is one body or paper named in capitals,
        // and no place: "according to data from the Federal Reserve"; not "figures from the
        // state commerce department", "reports from Russia", "a joint report from the FAO and
        // the WFP". As the subject of a finding, "Figures from the Bank of England showed …",
        // the figures stay the source, the document that shows.)
        let maker = |name: &str| {
            let named: Vec<&str> = sender
                .iter()
                .copied()
                .filter(|w| !lower_in(w, ARTICLES))
                .collect();
            let first = named.iter().find(|w| is_capitalized(w));
            lenient
                && !words.iter().any(|w| w.eq_ignore_ascii_case("joint"))
                && first.is_some_and(|f| name.split(' ').any(|w| w == *f))
                && !(named.len() == 1 && place_name(named[0].trim_end_matches(['.', ','])))
        };
        // (A body by its role, as `classify` reads it: "the tracking firm MarineTraffic".)
        let read = classify_phrase(&phrase[at..end], lenient).map(body_by_role);
        if let Some(Mention::Named { kind, name, .. }) = &read {
            let sends = if figures {
                matches!(kind, SourceKind::Organization | SourceKind::Publication) && maker(name)
            } else {
                matches!(
                    kind,
                    SourceKind::Organization | SourceKind::Person | SourceKind::Publication
                )
            };
            if sends {
                // (The message or the figures are the sender's description, as "report by"
                // is a maker's, so that "The report also said …" after it is the sender's.)
                let lead = phrase[..at].trim_end();
                let lead = lead
                    .split_once(' ')
                    .filter(|(article, _)| lower_in(article, ARTICLES))
                    .map_or(lead, |(_, rest)| rest);
                return read.map(|m| match m {
                    Mention::Named {
                        name,
                        kind,
                        descriptor: None,
                    } => Mention::Named {
                        name,
                        kind,
                        descriptor: Some(lead.into()),
                    },
                    other => other,
                });
            }
        }
    }
    // ("according to a study of ancient DNA published on Thursday": the phrase stops at the
    // time, and the participle left closing it describes the document, no part of its name.)
    // (Not a verb after its subject: "the document he released", "the plan Trump released".)
    let verb_after_subject = || {
        let before = &words[..words.len() - 1];
        let run = before
            .iter()
            .rev()
            .take_while(|w| is_capitalized(w))
            .count();
        lower_in(before[before.len() - 1], SUBJECT_PRONOUNS)
            || run > 0
                && run < before.len()
                && !before[..before.len() - run]
                    .iter()
                    .any(|w| lower_in(w, &["about", "by", "from", "in", "into", "of", "on"]))
    };
    if words.len() >= 3
        && lower_in(last, PARTICIPLES)
        && !is_capitalized(last)
        && !verb_after_subject()
    {
        let cut = phrase.trim_end();
        let rest = cut[..cut.len() - last.len()].trim_end();
        return classify_phrase(rest, lenient);
    }
    // "Evidence suggests …", "Transfection of the constructs confirmed …", "Analyses of nuclear
    // extracts showed …": a word that opens its sentence is capitalised whatever it is, and
    // one of these forms is a common noun, no name: the phrase as it reads in lower case.
    // (The name keeps its capital: "Immigration officials"; so does a name that goes on in
    // capitals, "Revolution Medicines", "Evolution Capital".)
    if let Some(first) = words
        .first()
        .filter(|w| common_by_form(w) && !words.get(1).is_some_and(|n| is_capitalized(n)))
    {
        let lowered = first.to_ascii_lowercase();
        let start = phrase.len() - phrase.trim_start().len();
        let lower = format!("{lowered}{}", &phrase[start + first.len()..]);
        return classify_phrase(&lower, lenient).map(|m| match m {
            Mention::Named {
                name,
                kind,
                descriptor,
            } => Mention::Named {
                name: match name.strip_prefix(lowered.as_str()) {
                    Some(rest) => format!("{first}{rest}").into(),
                    None => name,
                },
                kind,
                descriptor,
            },
            other => other,
        });
    }
    // "a New Hampshire Democrat", "one senior Democrat", "the ranking Democrat on the Senate
    // Intelligence Committee": a member of a party described, no name (not a surname that
    // "another Democrat" would join), as "a senior official" is.
    if let Some(m) = party_member(phrase, &words) {
        return Some(m);
    }
    // "despite an order from the court ordered …", "by conservative estimates": a phrase opening
    // with a preposition or a conjunction names no source.
    // ("From Andrea Peyser writing at The New York Post:": the writer quoted.)
    if words.len() >= 3
        && words[0] == "From"
        && words[1..].iter().take(2).all(|w| is_capitalized(w))
    {
        let rest = words[1..].join(" ");
        return classify_phrase(&rest, lenient).filter(|m| {
            matches!(
                m,
                Mention::Named {
                    kind: SourceKind::Person,
                    ..
                }
            )
        });
    }
    // "Man-of-the-match Stephen Jones", "Paris-based Euronext", "Glasgow-born Ian Brown": a
    // compound of description before a name is no part of it.
    if words.len() >= 2 && described_compound(words[0]) && is_capitalized(words[1]) {
        let at = phrase.find(words[1]).unwrap_or(0);
        if let m @ Some(Mention::Named { .. }) = classify_phrase(&phrase[at..], lenient) {
            return m;
        }
    }
    // (Capitalised and alone, "From" may be a surname: "…," From said; "Per" before a
    // capitalised word a given name: "Per Holm, 54, a welder, said".)
    let surname = words.len() == 1 && words[0] == "From"
        || words[0] == "Per" && words.get(1).is_some_and(|w| is_capitalized(w));
    // ("Just under three-quarters of respondents": "under" a share is no preposition.)
    let share =
        words[0].eq_ignore_ascii_case("under") && words.get(1).is_some_and(|w| super::figure(w));
    // ("said Under Secretary John Taylor": "Under" opening a title.)
    let title = under_title(words[0], words.get(1).copied());
    if !lenient && lower_in(words[0], PHRASE_NO_START) && !surname && !share && !title {
        return None;
    }
    if words.len() == 1 {
        if let Some(p) = pronoun(last) {
            return Some(Mention::Pronoun(p));
        }
        // ("… and in September this year said that …": a month or a day alone is a time, not a
        // source; not "April", "June", "August" or "May", which are names too.)
        if lower_in(last, UNNAMED_MONTHS) || lower_in(last, WEEKDAYS) {
            return None;
        }
        // ("Locally, too, say analysts": an adverb opening the sentence, not a name.)
        if is_adverb_alone(last) {
            return None;
        }
        // "according to him": the object forms after a preposition.
        let object = match last.to_ascii_lowercase().as_str() {
            "him" => Some(Pronoun::He),
            "her" => Some(Pronoun::She),
            "them" => Some(Pronoun::They),
            _ => None,
        };
        if let Some(p) = object.filter(|_| lenient) {
            return Some(Mention::Pronoun(p));
        }
    }
    // "Labour MPs", "Many MPs", "Several CEOs": a group named by a plural of initials, as
    // written.
    // (A few words before it, no clause: not "A private meeting on Monday saw normally loyal
    // MPs".)
    if (2..=4).contains(&words.len())
        && plural_initials(last)
        && words[..words.len() - 1].iter().all(|w| {
            is_capitalized(w)
                || !(w.ends_with("ly")
                    || w.ends_with("ed")
                    || lower_in(w, STOP)
                    || lower_in(w, PHRASE_NO_START))
        })
    {
        return Some(Mention::Named {
            name: phrase.trim_end_matches(',').into(),
            kind: SourceKind::Anonymous,
            descriptor: None,
        });
    }
    // "Figure 3 shows", "Table 2 shows": the author's own figure; "Our results suggest": the
    // author's own work (a person, "my colleague", is someone else). So are "These results
    // suggest", "These data indicate": what the text has just set out ("This study", "These
    // studies" may be others' work, cited).
    if ["Fig.", "Figure", "Table"].contains(&words[0]) || own_work(&words) {
        return None;
    }
    // "Smith et al.", "Wang et al": the authors of a paper, named.
    if words.len() >= 3
        && words[words.len() - 2] == "et"
        && matches!(last, "al." | "al")
        && is_capitalized(words[words.len() - 3])
    {
        // (The name only, from its capitalised words: "work by Hartley et al.", "A study by
        // Hartley et al." are theirs, as "work by the Met Office" is the Office's.)
        let first = words.len() - 3 - name_run(&words[..words.len() - 3]);
        // (Each word is a slice of `phrase`: the name runs from the first's place to the end.)
        return Some(Mention::Named {
            name: phrase[offset_in(phrase, words[first])..]
                .trim_end_matches(',')
                .into(),
            kind: SourceKind::Person,
            descriptor: None,
        });
    }
    // "Jones and colleagues", "Smith and co-workers": a named author and the group around
    // them, named as "Smith et al." is, and a person as "Smith et al." is (the group is known by
    // its named member, who answers for the work: no anonymous source). So is the work cited by
    // them ("Early work by Sudo and colleagues", "A study by Ng and co-workers": named as "work
    // by Hartley et al." is).
    if let [head @ .., "and", group] = words.as_slice() {
        let named = name_run(head);
        let by = head.len().checked_sub(named + 1).map(|k| head[k]);
        if named > 0 && matches!(by, None | Some("by")) && lower_in(group, COWORKERS) {
            let at = offset_in(phrase, head[head.len() - named]);
            return Some(Mention::Named {
                name: phrase[at..].trim_end_matches(',').into(),
                kind: SourceKind::Person,
                descriptor: None,
            });
        }
    }
    // "… in Chappaqua, N.Y., said": a state's abbreviation ends a place, and is no source.
    if words.len() == 1 && last.ends_with('.') && lower_in(last, STATES) {
        return None;
    }
    let bare = |w: &str| -> String {
        strip_possessives(w.trim_end_matches(['\'', '\u{2019}'])).to_string()
    };
    // "Former secretary of state Hillary Rodham Clinton": a role in lower case and a name of
    // two or three capitalised words closing the phrase. The name is the source.
    // (Not after a person's name and "of": "Cara Diemont of IT firm Dimension Data" is Cara
    // Diemont, of the firm.)
    let named_of = words
        .iter()
        .position(|w| *w == "of")
        .is_some_and(|k| k >= 2 && words[..k].iter().all(|w| is_capitalized(w)));
    if let Some(trailing) = role_and_name(&words).filter(|&n| words.len() > n + 1 && !named_of) {
        let before = words[words.len() - trailing - 1];
        let role = &words[..words.len() - trailing];
        // (Not a name a participle puts after the head: "a large study published in the
        // journal Heart Health" is the study; nor a particle inside the name, "Borja del Pozo
        // Cruz".)
        if before.starts_with(|c: char| c.is_ascii_lowercase())
            && !lower_in(before, FUNCTION_WORDS)
            && !lower_in(before, NAME_PARTICLES)
            && !lower_in(before, POSTMODIFIERS)
            && !role.iter().skip(1).any(|w| lower_in(w, PARTICIPLES))
        {
            let name = words[words.len() - trailing..].join(" ");
            if let Some(Mention::Named {
                name,
                kind: SourceKind::Person,
                descriptor: title,
            }) = classify_phrase(&name, false)
            {
                // (With the name's own title after the role: "Ohio state Sen. Ron Whitaker" is
                // described by "Ohio state Sen.", all of it the tag's.)
                let role = role.join(" ");
                let descriptor = match title {
                    Some(title) => format!("{role} {title}"),
                    None => role,
                };
                return Some(Mention::Named {
                    name,
                    kind: SourceKind::Person,
                    descriptor: Some(descriptor.into()),
                });
            }
        }
    }
    // "CNN's Jake Tapper", "Fox News’ Megyn Kelly": a possessive before a person's name of two
    // or three capitalised words is where the person works, a descriptor.
    // (Not inside a named person's affiliation: "Mark Zandi of Moody's Analytics" is Mark Zandi,
    // not "Analytics".)
    if let Some(owner) = words
        .iter()
        .rposition(|w| {
            // (A plural's or a capital's bare apostrophe too: "PBS' Jacoba Atlas".)
            ["'s", "\u{2019}s", "s'", "s\u{2019}", "S'", "S\u{2019}"]
                .iter()
                .any(|p| w.len() > p.len() && w.ends_with(p))
        })
        .filter(|&owner| !affiliated_person(&words[..owner]))
    {
        let name = &words[owner + 1..];
        // (Or one word after a name's possessive: "Arsenal's Edu" is Edu; not a title,
        // "Britain's Chancellor".)
        let one = name.len() == 1
            && is_capitalized(words[owner])
            && !acronym(name[0])
            && !lower_in(name[0].trim_end_matches('.'), TITLES)
            && !lower_in(name[0], PERSON_NOUNS);
        // ("Britain's Prime Minister", "the firm's Chief Executive": a title of several words
        // and no name after an owner is named whole, as "the Prime Minister" is.)
        let title = name.iter().enumerate().all(|(i, w)| {
            lower_in(w.trim_end_matches('.'), TITLES) || i > 0 && chief_executive(&name[i - 1..=i])
        });
        if title && name.len() >= 2 && name.iter().all(|w| is_capitalized(w)) {
            return Some(Mention::Named {
                name: words.join(" ").into(),
                kind: SourceKind::Person,
                descriptor: None,
            });
        }
        if ((2..=3).contains(&name.len()) || one) && name.iter().all(|w| is_capitalized(w)) {
            if let Some(Mention::Named {
                name,
                kind: SourceKind::Person,
                ..
            }) = classify_phrase(&name.join(" "), false)
            {
                return Some(Mention::Named {
                    name,
                    kind: SourceKind::Person,
                    descriptor: Some(words[..=owner].join(" ").into()),
                });
            }
            // ("France's Peugeot", "Russia's Gazprom": a body known by its name, after the
            // country or group that owns it; not "Russia's Foreign Ministry", a body named
            // whole. So is a company by its name's last word: "South Korea's Hyundai Motor",
            // "Japan's Asahi Breweries".)
            let company = name.len() >= 2
                && is_capitalized(words[owner])
                && name
                    .last()
                    .is_some_and(|w| lower_in(w.trim_end_matches([',', '.']), COMPANY_HEADS));
            if company || known_body(name.iter().map(|w| w.trim_end_matches([',', '.']))) {
                return Some(Mention::Named {
                    name: name.join(" ").into(),
                    kind: SourceKind::Organization,
                    descriptor: Some(words[..=owner].join(" ").into()),
                });
            }
        }
    }
    // "A wide array of economists", "a chorus of prominent Republicans": a quantity of a group
    // is a group, named by the whole phrase.
    if let Some(of) = words
        .iter()
        .take(QUANTITY_WORDS)
        .position(|w| w.eq_ignore_ascii_case("of"))
        .filter(|&i| i >= 1 && lower_in(words[i - 1], QUANTITIES) && i + 1 < words.len())
    {
        let group = &words[of + 1..];
        let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
        let grouped = match classify_phrase(&group.join(" "), false) {
            Some(Mention::Named {
                kind: SourceKind::Anonymous,
                ..
            }) => true,
            Some(Mention::Named {
                kind: SourceKind::Person,
                ..
            }) => group.len() <= 3 && group.last().is_some_and(|w| plural(w)),
            _ => false,
        };
        if grouped && words.len() <= 8 {
            return Some(Mention::Named {
                name: phrase.into(),
                kind: SourceKind::Anonymous,
                descriptor: None,
            });
        }
    }
    // "all the experts I interviewed", "Several people I have spoken with": a clause with a
    // subject pronoun after the head describes it.
    if let Some(i) = words
        .iter()
        .position(|w| *w == "I" || ["we", "he", "she", "they", "you"].contains(w))
    {
        let head = words[..i].last().map(|w| w.to_ascii_lowercase());
        let people = head.as_deref().is_some_and(|h| {
            plural_person(h) || lower_in(h, PERSON_NOUNS) || lower_in(h, ANONYMOUS) || agent_noun(h)
        });
        if people && i + 1 < words.len() && words.len() <= 12 {
            if let Some(Mention::Named { kind, .. }) = classify_phrase(&words[..i].join(" "), false)
            {
                return Some(Mention::Named {
                    name: phrase.into(),
                    kind,
                    descriptor: None,
                });
            }
        }
    }
    // The head: the word before the first post-modifier ("sources familiar with", "Staff for
    // the committee"), except "of" between capitalised words ("Bank of England").
    let head_at = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|&(i, w)| {
            // (Right after an article, a modifier: "an inside source".)
            !(acronym(w) || i == 1 && lower_in(words[0], ARTICLES))
                // ("The TiVo To Go service": "To" in capitals is part of a name; so is "Under"
                // in a title, "Treasury Under Secretary John Taylor".)
                && (lower_in(w, POSTMODIFIERS)
                    && *w != "To"
                    && !under_title(w, words.get(i + 1).copied())
                || object_participle(&words, i)
                || lower_in(w, PARTICIPLES)
                    && maker_of(w, &words[i + 1..]) != Some(Maker::Named)
                    // (Not a verb after its subject: "the document he released".)
                    && !lower_in(words[i - 1], SUBJECT_PRONOUNS)
                // ("a report by the county council": a document's maker in lower case.)
                // (A maker with a name is the source: "a report by the Bank of England", "a
                // study by analysts Jupiter Research".)
                || *w == "by" && {
                    let d = bare(words[i - 1]).to_lowercase();
                    (lower_in(&d, DOCUMENTS) || plural_of(&d, |w| lower_in(w, DOCUMENTS)))
                        && !words[i + 1..].iter().any(|w| is_capitalized(w))
                }
                // ("Voters over 60": an age.)
                || w.eq_ignore_ascii_case("over")
                    && words
                        .get(i + 1)
                        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit())))
                && !(lower_in(w, &["of", "for", "de"])
                    && is_capitalized(words[i - 1])
                    && inside_name(&words[i + 1..])
                    // "Maria Holm of the Institute …": a person's name before "of" ends there.
                    && !person_before_of(&words[..i])
                    // "Friends of Mr. Clinton", "Aides of Governor Scott": a group opening the
                    // sentence is no part of the name after it.
                    && !(i == 1 && {
                        let group = words[0].to_ascii_lowercase();
                        lower_in(&group, ANONYMOUS) || plural_person(&group)
                    }))
                // ("The Council on Foreign Relations": "on" inside a body's name.)
                && !on_inside_name(&words, i)
        })
        .map_or(words.len() - 1, |(i, _)| i - 1);
    // "a report released Tuesday", "a memo seen by Reuters": the participle and what follows
    // describe the source; the name ends at the head.
    let participle = words.get(head_at + 1).is_some_and(|w| {
        lower_in(w, PARTICIPLES) && maker_of(w, words.get(head_at + 2..).unwrap_or(&[])).is_none()
    });
    let described = participle.then(|| words[head_at + 1..].join(" "));
    let words = &words[..=head_at];
    let last = words[head_at];
    // ("Those over 60 say", "Some in the party say": a quantifier opening the sentence is a
    // head in lower case.)
    let quantifier = head_at == 0 && words.len() > 1 && lower_in(last, ANONYMOUS);
    // ("Channel 4 said", "BBC Radio 4 reported": a number closing a name.)
    let numbered = head_at > 0 && number_in_name(words[head_at - 1], last);
    if (is_capitalized(last) || numbered)
        && !quantifier
        && !(head_at == 0 && {
            let lower = bare(last).to_lowercase();
            common_noun(&lower) || document_plural(&lower)
        })
    {
        // The trailing run of capitalised words (with "of", "for", "de" inside) is the name.
        let mut start = words.len() - 1;
        while start > 0 {
            let w = words[start - 1];
            // ("Centers for Disease Control and Prevention", "Department of Health and Human
            // Services": "and" inside a body's name, after its "for" or "of".)
            // ("The Securities and Exchange Commission": a company's last word that opens the
            // name is no body of a list, "Monument Securities and Lehman Brothers".)
            let company_word_opens = || {
                lower_in(words[start - 2], COMPANY_HEADS)
                    && !lower_in(words[start - 2], ORGANIZATIONS)
                    && (start < 3
                        || !is_capitalized(words[start - 3])
                        || lower_in(words[start - 3], ARTICLES))
            };
            let body_and = || {
                lower_in(w, &["and", "&"])
                    && (words[..start - 1]
                        .windows(2)
                        .any(|p| {
                            is_capitalized(p[0])
                                && (lower_in(p[1], &["for", "of"])
                                    || p[1] == "on" && lower_in(p[0], BODIES_ON))
                        })
                        // ("The Health and Safety Executive", "Baoshan Iron and Steel Co.", "the
                        // Red Cross and Red Crescent Societies", "The Science and Technology
                        // Directorate of …": up to three capitalised words after "and", the
                        // last a body's head, closing the name or before its "of".)
                        || {
                            let after = &words[start..];
                            let upto = after
                                .iter()
                                .position(|w| lower_in(w, &["for", "of"]))
                                .map_or(after, |k| &after[..k]);
                            // (Not a list of places or bodies, "Germany and France", "the
                            // British Bankers Association and Building Societies
                            // Association", nor a person's name, "Richard Madeley and Judy
                            // Finnigan's Channel 4 show".)
                            let one = upto.len() == 1
                                && words.len() - start == 1
                                && !lower_in(upto[0], ORGANIZATIONS);
                            (one || (2..=3).contains(&upto.len()))
                                && upto.iter().all(|w| is_capitalized(w))
                                && upto.last().is_some_and(|h| body_head(h))
                                && (!body_head(words[start - 2]) || company_word_opens())
                                // (Nor a group and a body: "the Tories and Lib Dems".)
                                && !lower_in(words[start - 2], ANONYMOUS)
                                && sex_of_given(upto[0]).is_none()
                        })
            };
            // ("Nick van den Brul": a particle after a particle too.)
            let inner = ((lower_in(w, &["for", "of"]) || lower_in(w, NAME_PARTICLES))
                && start >= 2
                && (is_capitalized(words[start - 2])
                    || start >= 3
                        && lower_in(words[start - 2], NAME_PARTICLES)
                        && is_capitalized(words[start - 3])))
                || (start >= 2 && is_capitalized(words[start - 2]) && body_and())
                // ("Marks & Spencer", "Pew Internet & American Life": an ampersand joins one
                // name, where "and" may join two.)
                || (w == "&" && start >= 2 && is_capitalized(words[start - 2]))
                // ("Channel 4 News", "Il Sole 24 Ore": a number inside a name.)
                || (start >= 2 && number_in_name(words[start - 2], w))
                // ("Charles A Blixt": a middle initial with no full stop, no article.)
                || (w == "A" && start >= 2 && sex_of_given(words[start - 2]).is_some())
                // ("The Council on Foreign Relations", "the Intergovernmental Panel on Climate
                // Change": "on" after a body's capitalised head, a name after it, not a day.)
                || on_inside_name(words, start - 1)
                || (w == "the"
                    && start >= 2
                    && lower_in(words[start - 2], &["of", "for"])
                    && start >= 3
                    && is_capitalized(words[start - 3]));
            if (is_capitalized(w) && !lower_in(w, &["the", "a", "an", "this", "that"])) || inner {
                start -= 1;
            } else {
                break;
            }
        }
        let run = &words[start..];
        // ("The UN programme tackling Aids said": a name right after a participle is its
        // object; the source is the phrase before the participle, "The UN programme". Not a
        // participle used as an adjective before a title, "acting President Ana Ortiz".)
        if start >= 2 {
            let participle = words[start - 1];
            if verb_participle(participle)
                && !lower_in(participle, ADJECTIVE_PARTICIPLES)
                && !lower_in(bare(run[0]).as_ref(), TITLES)
            {
                // (A head no list knows after "the" is a body's: "The UN programme".)
                let head = words[..start - 1].join(" ");
                return classify_phrase(&head, lenient).or_else(|| {
                    (start >= 3 && words[0].eq_ignore_ascii_case("the")).then(|| Mention::Named {
                        name: head.as_str().into(),
                        kind: SourceKind::Organization,
                        descriptor: None,
                    })
                });
            }
        }
        // ("Guy Mansfield QC", "Tom McCabe MSP": post-nominal letters after a person's name
        // are no part of it; "the Ealing North MP" is a description.)
        let run = match run {
            [given, .., last]
                if run.len() >= 3
                    && sex_of_given(given).is_some()
                    && lower_in(last.trim_end_matches(','), POST_NOMINALS) =>
            {
                &run[..run.len() - 1]
            }
            _ => run,
        };
        let the = start > 0 && words[start - 1].eq_ignore_ascii_case("the");
        if run
            .iter()
            .all(|w| lower_in(w, FUNCTION_WORDS) && !named_acronym(w, || the))
        {
            return None;
        }
        let kind = match name_kind(run) {
            // ("Marks & Spencer", "Ernst & Young": partners' names joined by an ampersand
            // name their firm.)
            SourceKind::Person if run.contains(&"&") => SourceKind::Organization,
            // "Tories", "Democrats", "MPs": a group named by its members ("Senior Tories",
            // "Many Democrats" too: a plural of them last).
            SourceKind::Person
                if run.len() == 1 && lower_in(&bare(run[0]), ANONYMOUS)
                    || run.len() <= 3
                        && run.last().is_some_and(|w| {
                            let w = bare(w);
                            w.ends_with('s') && lower_in(&w, ANONYMOUS)
                        })
                        && run[..run.len() - 1]
                            .iter()
                            .all(|w| sex_of_given(w).is_none() && !lower_in(w, PERSON_TITLES)) =>
            {
                SourceKind::Anonymous
            }
            // "The Ledger reported", "the Post": one capitalised word after "the" names a body,
            // not a person, unless it is a title ("the Mayor") or a family ("the Smiths").
            SourceKind::Person if the && run.len() == 1 => {
                let w = bare(run[0]);
                if lower_in(&w, SHORT_PAPERS) {
                    SourceKind::Publication
                } else if lower_in(&w, DEPARTMENTS) {
                    SourceKind::Organization
                } else if lower_in(w.trim_end_matches('.'), TITLES)
                    || w.ends_with('s')
                    || demonym(&w)
                {
                    SourceKind::Person
                } else {
                    SourceKind::Organization
                }
            }
            // "the Federal Reserve said", "the Land Registry said": so do several, unless one
            // of them is a title, a rank, a person noun, a given name or an owner ("the Prime
            // Minister", "the Duke of Edinburgh", "the Ealing North MP", "the BBC's Louisa
            // Lim"), or the last a plural or a member ("the Clintons", "the New Zealander",
            // "the Birchfield Harrier").
            SourceKind::Person
                if the
                    && run.len() >= 2
                    && !run.iter().any(|w| {
                        let w = w.trim_end_matches('.');
                        possessor(w).is_some() || {
                            let w = bare(w);
                            lower_in(&w, RANKS) || names_a_person(&w)
                        }
                    })
                    && !run.last().is_some_and(|w| {
                        let w = bare(w);
                        w.ends_with('s') || w.ends_with("er") || demonym(&w)
                    }) =>
            {
                SourceKind::Organization
            }
            kind => kind,
        };
        let descriptor_end = if the { start - 1 } else { start };
        let descriptor = (descriptor_end > 0).then(|| {
            words[..descriptor_end]
                .iter()
                .skip_while(|w| lower_in(w, ARTICLES))
                .copied()
                .collect::<Vec<_>>()
                .join(" ")
        });
        let descriptor = descriptor.filter(|d| !d.is_empty());
        let name = match kind {
            // ("Retailer Nordstrom", "Carmaker Audi", "Consultancy Strategy Analytics": a
            // trade opening the run is the role of the body the rest names; not a body's noun
            // that opens names, "Team Trump", "Band Aid", "Bank Street"; nor before a title, a
            // person's noun or a given name, "Insurer spokesman Tom Ortiz".)
            SourceKind::Person
                if !the
                    && run.len() >= 2
                    && trade(&bare(run[0]).to_ascii_lowercase())
                    && !run[1..].iter().any(|w| names_a_person(&bare(w))) =>
            {
                let role = bare(run[0]).to_ascii_lowercase();
                let descriptor = match descriptor {
                    Some(d) => format!("{d} {role}"),
                    None => role,
                };
                return Some(Mention::Named {
                    name: run[1..].join(" ").into(),
                    kind: SourceKind::Organization,
                    descriptor: Some(descriptor.into()),
                });
            }
            SourceKind::Person => {
                // Drop titles, and the body a title names ("Senate Majority Leader Chuck
                // Schumer"); keep at least the last word.
                let after_title = title_end(run);
                // (A role opening a run of three or more words is a title too: "Actor Michael
                // Douglas", "Singer Sam Endicott".)
                let role = |i: usize, w: &str| {
                    i + 2 < run.len() && lower_in(w, PERSON_NOUNS)
                        || i > 0 && chief_executive(&run[i - 1..=i])
                };
                let first_name = run
                    .iter()
                    .enumerate()
                    .position(|(i, w)| !lower_in(w.trim_end_matches('.'), TITLES) && !role(i, w));
                // ("The Prime Minister said": a title of several words and no name is named
                // whole, as one word is below, "the Mayor"; not "the Minister".)
                if first_name.is_none()
                    && the
                    && after_title == 0
                    && run.len() > 1
                    && !run
                        .iter()
                        .any(|w| lower_in(w.trim_end_matches('.'), PERSON_TITLES))
                {
                    let whole = run.iter().map(|w| bare(w)).collect::<Vec<_>>().join(" ");
                    return Some(Mention::Named {
                        name: format!("the {whole}").into(),
                        kind,
                        descriptor: descriptor.map(Into::into),
                    });
                }
                let keep = first_name
                    .unwrap_or(run.len() - 1)
                    .max(after_title)
                    .min(run.len() - 1);
                // ("Auditor General Sir John Bourn": a title of rank inside the run ends the
                // role before it, as "Sir John Bourn" opening the run is "John Bourn".)
                let keep = run
                    .get(1..run.len().saturating_sub(1))
                    .unwrap_or_default()
                    .iter()
                    .rposition(|w| is_capitalized(w) && lower_in(w, RANKS))
                    .map_or(keep, |r| keep.max(r + 2));
                // ("Lord Falconer", "Sir Digby", "Prince Harry": a title of rank before a
                // single name is part of it; "Falconer" alone would be no one's name.)
                let keep = if keep + 1 == run.len()
                    && keep > 0
                    && lower_in(run[keep - 1], RANKS)
                    && is_capitalized(run[keep - 1])
                {
                    keep - 1
                } else {
                    keep
                };
                // "the Labour MP for Birkenhead": a title and its seat name nobody by name; the
                // whole phrase is the name (not "for Birkenhead"). So do a title and the one
                // place it is "of" ("the Archbishop of Canterbury", "the Duke of Edinburgh",
                // not "Canterbury").
                let seat = keep + 1 == run.len() && keep >= 2 && run[keep - 1] == "of";
                if lower_in(run[keep], &["for", "of"]) || seat {
                    let whole = run.join(" ");
                    let name = if the { format!("the {whole}") } else { whole };
                    return Some(Mention::Named {
                        name: name.into(),
                        kind,
                        descriptor: descriptor.map(Into::into),
                    });
                }
                let title = run[..keep].join(" ");
                let mut name = run[keep..]
                    .iter()
                    .map(|w| bare(w))
                    .collect::<Vec<_>>()
                    .join(" ");
                // "The Mayor said": a title alone is named with its article ("the Mayor", one
                // source with a later "the mayor"); so is a nationality ("the Dane", which may
                // stand in for the person just named).
                if the && (lower_in(&name, TITLES) || run.len() == 1 && demonym(&name)) {
                    name = format!("the {name}");
                }
                let descriptor = match (descriptor, title.is_empty()) {
                    (Some(d), false) => Some(format!("{d} {title}")),
                    (d, true) => d,
                    (None, false) => Some(title),
                };
                return Some(Mention::Named {
                    name: name.into(),
                    kind,
                    descriptor: descriptor.map(Into::into),
                });
            }
            _ => {
                let joined = run.join(" ");
                // (A group keeps one name with or without its article: "the Tories".)
                if the && kind != SourceKind::Anonymous {
                    format!("the {joined}")
                } else {
                    joined
                }
            }
        };
        if run.len() == 1 && run[0].chars().all(|c| c.is_uppercase()) && kind == SourceKind::Person
        {
            return None; // "BREAKING", "WATCH"
        }
        return Some(Mention::Named {
            name: name.into(),
            kind,
            descriptor: descriptor.map(Into::into),
        });
    }
    let head_at = words.len() - 1;
    let whole = bare(words[head_at]).to_lowercase();
    let head = compound_head(&whole).to_string();
    // ("A couple of days ago Smith said": "couple" names people alone, "The couple said"; a
    // couple of people is a quantity, above.)
    if head == "couple" && phrase.contains(" of ") {
        return None;
    }
    let first = words[0].to_ascii_lowercase();
    let indefinite = matches!(
        first.as_str(),
        "a" | "an"
            | "one"
            | "some"
            | "several"
            | "many"
            | "two"
            | "three"
            | "four"
            | "other"
            | "another"
            | "few"
            | "most"
    );
    // (A lower-case head here: "Sanders" is no plural of an agent noun.)
    let agent = agent_or_plural(&head);
    // "the 46-year-old", "a 70-year-old": a person by age.
    let person = lower_in(&head, PERSON_NOUNS)
        || lower_in(&head, PLAYERS)
        || agent
        || whole.ends_with("-year-old");
    // ("The feminist writer and broadcaster": a person's two trades, the second a body's
    // noun as well.)
    let trades = head_at >= 2
        && words[head_at - 1] == "and"
        && title_noun(&bare(words[head_at - 2]).to_lowercase());
    let kind = if trades && !indefinite {
        SourceKind::Person
    } else if newspaper(&head, indefinite, &words[..head_at]) {
        SourceKind::Publication
    } else if lower_in(&head, DOCUMENTS)
        // (And their plurals: "Court filings show", "citing internal emails".)
        || plural_of(&head, |w| lower_in(w, DOCUMENTS))
    {
        SourceKind::Document
    } else if lower_in(&head, PUBLICATION_NOUNS)
        && !indefinite
        && !public_agency(&words[..=head_at])
    {
        SourceKind::Publication
    } else if lower_in(&head, ORG_NOUNS) {
        if indefinite {
            SourceKind::Anonymous
        } else {
            SourceKind::Organization
        }
    } else if lower_in(&head, ANONYMOUS)
        || head.ends_with('%')
        || (indefinite && (person || plural_person(&head)))
        // ("according to those present", "people concerned": an adjective after the people.)
        || (head_at >= 1 && lower_in(&head, &["concerned", "present"]) && {
            let people = bare(words[head_at - 1]).to_lowercase();
            lower_in(&people, ANONYMOUS) || plural_person(&people)
        })
        // "the authors", "the investigators": a group, not one person.
        || (!agent_noun(&head) && head.strip_suffix('s').is_some_and(agent_noun))
    {
        SourceKind::Anonymous
    } else if person {
        SourceKind::Person
    } else if plural_person(&head) || plural_group(words, &head) || agent {
        SourceKind::Anonymous
    } else if lenient {
        SourceKind::Document
    } else {
        return None;
    };
    if words.len() > 8 {
        return None;
    }
    Some(Mention::Named {
        name: match described {
            Some(_) => words.join(" ").into(),
            None => phrase.into(),
        },
        kind,
        descriptor: described.map(Into::into),
    })
}

/// True for a capitalised compound that describes what follows it: "Man-of-the-match",
/// "Paris-based", "Glasgow-born", "Oscar-winning" (not a double-barrelled name, "Lewis-Francis",
/// nor a brand, "Coca-Cola").
fn described_compound(word: &str) -> bool {
    // (A byte search: this runs for most capitalised words.)
    let Some(dash) = word.bytes().position(|b| b == b'-') else {
        return false;
    };
    let (head, tail) = (&word[..dash], &word[dash + 1..]);
    let last = tail.rsplit('-').next().unwrap_or(tail);
    is_capitalized(head)
        && (tail.starts_with("of-")
            || lower_in(last, DESCRIBING_ENDS) && last.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Last parts of a compound of description ("Paris-based", "Oscar-winning").
const DESCRIBING_ENDS: &[&str] = &[
    "backed",
    "based",
    "born",
    "bred",
    "educated",
    "funded",
    "headquartered",
    "led",
    "listed",
    "nominated",
    "nominee",
    "owned",
    "raised",
    "run",
    "trained",
    "winner",
    "winning",
];

/// Where the name starts in a capitalised run that holds a head title ("Senate Majority Leader
/// Chuck Schumer" -> 3): after the last head title, the body it names ("Chancellor of the
/// Exchequer Gordon Brown") and the titles after it ("Chief Constable Alastair McWhirter"); 0
/// when no name follows ("Detective Chief Superintendent" keeps its words).
fn title_end(run: &[&str]) -> usize {
    // ("Under-Secretary", "Vice-President": a title's compound, its head the title.)
    let head = |w: &str| {
        lower_in(w, HEAD_TITLES)
            || w.split_once('-').is_some_and(|(a, b)| {
                lower_in(a, &["co", "deputy", "ex", "under", "vice"]) && lower_in(b, HEAD_TITLES)
            })
    };
    let Some(i) = run[..run.len().saturating_sub(1)]
        .iter()
        .rposition(|w| head(w))
    else {
        return 0;
    };
    let mut k = i + 1;
    if run[k].eq_ignore_ascii_case("of") {
        k += 1;
        k += usize::from(run.get(k).is_some_and(|w| lower_in(w, ARTICLES)));
        k += 1;
    }
    // (And the roles after it: "Tesco Chief Executive Terry Leahy".)
    while k + 1 < run.len() && (lower_in(run[k], TITLES) || lower_in(run[k], PERSON_NOUNS)) {
        k += 1;
    }
    // ("The Chief Executive": a title of two words, no name after it.)
    let named = run
        .get(k..)
        .is_some_and(|r| r.iter().any(|w| !lower_in(w, TITLES)) && !chief_executive(&run[k - 1..]));
    if named {
        k
    } else {
        0
    }
}

/// True when `w` is a number that may be part of a name: one to four digits ("Channel 4",
/// "Il Sole 24 Ore", "Apollo 11", "Transport 2000").
fn name_number(w: &str) -> bool {
    (1..=4).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Words before a number that number a part of a text, not a name ("Section 404 of the act
/// calls for …", "Article 50", "Table 2").
const NUMBERED_PARTS: &[&str] = &[
    "article",
    "chapter",
    "clause",
    "fig.",
    "figure",
    "paragraph",
    "part",
    "rule",
    "section",
    "table",
];

/// True when `number`, after the capitalised word `before`, is part of a name ("Channel 4",
/// "Radio 1"): not a date ("May 4"), a numbered part of a text ("Section 404") or a count
/// ("Some 50 Republicans").
fn number_in_name(before: &str, number: &str) -> bool {
    name_number(number)
        && is_capitalized(before)
        && !lower_in(before.trim_end_matches('.'), MONTHS)
        && !lower_in(before, NUMBERED_PARTS)
        // (Nor a count: "Some 50 Republicans said", "Only 12 …".)
        && !lower_in(before, QUANTIFIERS)
        && !lower_in(before, STOP)
        && !lower_in(before, FUNCTION_WORDS)
}

/// True when `words` are "Chief Executive" (any case): a title of two words, though
/// "executive" alone is none ("the Health and Safety Executive").
fn chief_executive(words: &[&str]) -> bool {
    matches!(words, [chief, executive]
        if chief.eq_ignore_ascii_case("chief") && executive.eq_ignore_ascii_case("executive"))
}

/// The first "Given Surname" in `text` for a person named by `surname` alone ("Natarajan said"
/// after "Dr. Priya Natarajan of the University of Edinburgh"): one or two [`given_name`]s right
/// before the surname ("John Ellis Bush"), the outer one no nation, party or role. At most
/// `reach` bytes are searched.
pub(crate) fn fuller_name(text: &str, surname: &str, reach: usize) -> Option<String> {
    fuller_name_ranked(text, surname, reach, |_| Some(0)).map(|(name, _)| name)
}

/// The places among the first [`NAME_OCCURRENCES`] of `word` in `text` where it opens a word
/// (a SIMD substring search).
fn word_starts<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    memchr::memmem::find_iter(text.as_bytes(), word.as_bytes())
        .take(NAME_OCCURRENCES)
        .filter(|&at| {
            !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
        })
}

/// The places among the first [`NAME_OCCURRENCES`] of `word` in `text` where it opens a word and
/// a space follows it: each place and the text after the space.
fn words_opened_by<'a>(text: &'a str, word: &'a str) -> impl Iterator<Item = (usize, &'a str)> {
    word_starts(text, word).filter_map(|at| Some((at, text[at + word.len()..].strip_prefix(' ')?)))
}

/// The name of the person `text` first gives after the capitalised title `title` ("Cormac
/// Murphy-O'Connor" for "Cardinal" in "…, Cardinal Cormac Murphy-O'Connor has said"): two to
/// four capitalised words after it that [`classify`] reads as a person's name as written.
pub(crate) fn titled_name(text: &str, title: &str) -> Option<String> {
    if !title_alone(title) || !is_capitalized(title) {
        return None;
    }
    for (_, rest) in words_opened_by(text, title) {
        let words: Vec<&str> = rest
            .split(' ')
            .take(4)
            .map(|w| w.trim_end_matches([',', '.', ';', ':']))
            .take_while(|w| is_capitalized(w) && !lower_in(w, TITLES))
            .collect();
        for n in (2..=words.len()).rev() {
            let run = words[..n].join(" ");
            if let Some(Mention::Named {
                kind: SourceKind::Person,
                name,
                descriptor: None,
            }) = classify(&run, false)
            {
                if *name == *run {
                    return Some(run);
                }
            }
        }
    }
    None
}

/// The one person `text` names with the office of `role` (a description after its article:
/// "chancellor", "home secretary", "England coach") written before the name ("Chancellor Gordon
/// Brown", "London mayor Ken Livingstone", "Home Secretary Charles Clarke") or after it, in
/// apposition ("Greg Abbott, Texas attorney general,"). Every word of `role`
/// must stand in the words before the name, and none of [`LESSER_OFFICES`] that `role` lacks
/// ("shadow chancellor Oliver Letwin" is no chancellor). `None` when no one, or more than one
/// person, is so named.
pub(crate) fn role_holder(text: &str, role: &str) -> Option<String> {
    let words: Vec<&str> = role.split(' ').collect();
    let head = *words.last()?;
    // (Not "the president": news means the country's, whom a story may name without the
    // title, "World Bank President Jim Yong Kim … The president also said" is Mr Obama.)
    if words.len() > 3
        || !lower_in(head, TITLES)
        || lower_in(head, FUNCTION_WORDS)
        || head == "president"
    {
        return None;
    }
    let mut found: Option<String> = None;
    let mut at = 0;
    while let Some(i) = find_word(&text[at..], head) {
        let start = at + i;
        at = start + head.len();
        let after = &text[at..];
        let lead = &text[floor_char(text, start.saturating_sub(OFFICE_BYTES))..start];
        // Or the name before the office, in apposition: "Greg Abbott, Texas attorney general,
        // …", "Mary Robinson, the Irish president".
        let comma = rfind_str(lead, ", ").filter(|&c| {
            lead[c + 2..].split_whitespace().count() <= words.len() + 1
                && !after.trim_start().starts_with(char::is_uppercase)
        });
        let (name, lead) = match comma {
            Some(c) => {
                let all: Vec<&str> = lead[..c].split_whitespace().collect();
                let names = &all[all.len().saturating_sub(3)..];
                let runs = (0..names.len().saturating_sub(1)).map(|k| names[k..].join(" "));
                (runs.into_iter().find_map(person_named), &lead[c + 2..])
            }
            None => {
                // The name after the office: two or three capitalised words, as classify reads
                // a person's. (A stop closes it: "Judge James Kleinberg. Apple …".)
                let rest = after.strip_prefix(' ').unwrap_or("");
                let mut names: Vec<&str> = Vec::with_capacity(3);
                for w in rest.split(' ').take(3) {
                    let bare = w.trim_end_matches([',', '.', ';', ':']);
                    if !is_capitalized(bare) || lower_in(bare, TITLES) {
                        break;
                    }
                    names.push(bare);
                    if bare.len() < w.len() {
                        break;
                    }
                }
                let name = (2..=names.len())
                    .rev()
                    .find_map(|n| person_named(names[..n].join(" ")));
                (name, lead)
            }
        };
        let Some(name) = name else {
            continue;
        };
        // The words of the office before its head, back to a word in lower case that is none
        // of them ("… by London mayor Ken Livingstone": "London", "mayor").
        let before: Vec<&str> = lead
            .split_whitespace()
            .rev()
            .take(words.len() + 2)
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
            .collect();
        let held = |w: &str| before.iter().any(|b| b.eq_ignore_ascii_case(w));
        let office = words[..words.len() - 1].iter().all(|w| held(w))
            && !LESSER_OFFICES.iter().any(|l| held(l) && !words.contains(l));
        if !office {
            continue;
        }
        match &found {
            Some(other) if *other != name => return None,
            _ => found = Some(name),
        }
    }
    found
}

/// `run` when [`classify`] reads it as a person's name as written, with a given name that tells
/// the sex ("Ken Livingstone").
fn person_named(run: String) -> Option<String> {
    match classify(&run, false) {
        Some(Mention::Named {
            kind: SourceKind::Person,
            name,
            descriptor: None,
        }) if *name == *run && sex_of_name(&run).is_some() => Some(run),
        _ => None,
    }
}

/// Bytes before an office's head read for the words of the office.
const OFFICE_BYTES: usize = 96;

/// Words before an office that make it another ("shadow chancellor", "deputy mayor", "former
/// home secretary").
const LESSER_OFFICES: &[&str] = &[
    "acting",
    "assistant",
    "deputy",
    "ex",
    "former",
    "shadow",
    "vice",
];

/// The byte offset in `text` of the first whole word `word` (in any case), if any.
fn find_word(text: &str, word: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let n = word.len();
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    (0..bytes.len().saturating_sub(n - 1)).find(|&i| {
        bytes[i].to_ascii_lowercase() == first
            && bytes[i..i + n].eq_ignore_ascii_case(word.as_bytes())
            && (i == 0 || !bytes[i - 1].is_ascii_alphanumeric())
            && bytes.get(i + n).is_none_or(|b| !b.is_ascii_alphanumeric())
    })
}

/// The name of a body that `text` gave, within its last `reach` bytes, opening with the one
/// word `first` and followed by one or two capitalised words that [`classify`] reads as a
/// body's name ("Orbital Motors", "Halden Foods Group" for "Orbital", "Halden"); the latest
/// such name.
pub(crate) fn body_named(text: &str, first: &str, reach: usize) -> Option<String> {
    // (Not a nationality's adjective: "British hope Imelda Staunton" is no "British Academy";
    // nor a given name, a person's whatever body shares it.)
    if first.len() < 2
        || !is_capitalized(first)
        || first.contains(char::is_whitespace)
        || first.ends_with("ish")
        || sex_of_given(first).is_some()
    {
        return None;
    }
    let text = &text[floor_char(text, text.len().saturating_sub(reach))..];
    let mut found = None;
    for (at, rest) in words_opened_by(text, first) {
        let mut end = at + first.len();
        let mut best = None;
        for w in rest.split(' ').take(2) {
            let w = w.trim_end_matches([',', '.', ';', ':', '\'']);
            if w.is_empty()
                || !w.starts_with(char::is_uppercase)
                || !w.bytes().all(|b| b.is_ascii_alphabetic() || b == b'&')
            {
                break;
            }
            end += 1 + w.len();
            let name = &text[at..end];
            if let Some(Mention::Named {
                kind: SourceKind::Organization,
                name: read,
                ..
            }) = classify(name, false)
            {
                if &*read == name && !group_arm(name) {
                    best = Some(name);
                }
            }
        }
        if let Some(name) = best {
            // (The word introduced alone before the longer name is a body of its own, which
            // the longer name is part of: "Dorvalo, the biggest ferry company, … runs …
            // Dorvalo River Lines. Dorvalo said …" is Dorvalo. Not the word alone in a
            // headline, "Cairn shares up on new oil find", before "Cairn Energy".)
            if found.is_none() && introduced_before(text, first, at) {
                return None;
            }
            found = Some(name.to_string());
        }
    }
    found
}

/// True when `text` introduces the capitalised word `word` alone before byte `limit`: a whole
/// word and an apposition after its comma ("Dorvalo, the biggest ferry company,").
fn introduced_before(text: &str, word: &str, limit: usize) -> bool {
    // (`limit` is where a longer name opens with `word`: a character's start.)
    word_starts(&text[..limit], word).any(|at| {
        let after = &text[at + word.len()..];
        [", the ", ", a ", ", an "]
            .iter()
            .any(|p| after.starts_with(p))
    })
}

/// [`fuller_name`] with a choice: the first full name of the best rank that `rank` gives
/// (lower is better; `None` passes a name over), and that rank ("Bill Clinton" for "Mr.
/// Clinton" after "Hillary Clinton"). One pass: a name of rank 0 ends it.
pub(crate) fn fuller_name_ranked(
    text: &str,
    surname: &str,
    reach: usize,
    rank: impl Fn(&str) -> Option<u8>,
) -> Option<(String, u8)> {
    let mut best: Option<(String, u8)> = None;
    let mut offer = |full: String| -> bool {
        match rank(&full) {
            Some(0) => {
                best = Some((full, 0));
                true
            }
            Some(r) if best.as_ref().is_none_or(|(_, b)| r < *b) => {
                best = Some((full, r));
                false
            }
            _ => false,
        }
    };
    if surname.len() < 2 || !is_capitalized(surname) || surname.contains(char::is_whitespace) {
        return None;
    }
    let text = &text[floor_char(text, text.len().saturating_sub(reach))..];
    // (A SIMD substring search: the text reaches back 16 KB, and this runs for many names.)
    // (At most the first [`NAME_OCCURRENCES`] uses of the surname: a text that repeats it every
    // few bytes is read in time linear in its length, not in its length times the reach.)
    for at in memchr::memmem::find_iter(text.as_bytes(), surname.as_bytes()).take(NAME_OCCURRENCES)
    {
        let end = at + surname.len();
        if text[end..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
        {
            continue;
        }
        // The given names: one or two plain words right before ("John Ellis Bush"), or a given
        // name and an initial ("Donald J. Trump").
        let mut start = at;
        let mut initial = false;
        for outer in [false, true] {
            let Some(before) = text[..start].strip_suffix(' ') else {
                break;
            };
            let word = before.rsplit(' ').next().unwrap_or(before);
            let word = word
                .rsplit(['\n', '(', '"', '\u{201C}'])
                .next()
                .unwrap_or(word);
            // (Before a given name, a nation, a party or a role is no middle name: "American
            // Jane Smith", "Democrat Bernie Sanders", "Actor Michael Douglas"; the person nouns
            // hold the parties' members.)
            let party = || {
                demonym(word)
                    || lower_in(word, PERSON_NOUNS)
                    // ("Broadcaster Chris Evans", "Novelist Arthur Hailey", "Lib Dem Norman
                    // Baker")
                    || agent_or_plural(&word.to_ascii_lowercase())
                    || lower_in(word, &["dem", "female", "labour", "lib", "male", "tory"])
            };
            // (Nor is the month after a preposition or a time word: "In May Carlos Tevez joined …",
            // "In May Tevez joined …".)
            let month = || {
                word == "May"
                    && before[..before.len() - word.len()]
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| lower_in(w, MONTH_OPENERS))
            };
            if !outer && is_initial(word) {
                initial = true;
            } else if !given_name(word) || month() || outer && party() {
                break;
            }
            start = before.len() - word.len();
        }
        // (An initial alone names no one: "J. Trump", "Inc. B. Smith".)
        if start == at || initial && is_initial(text[start..].split(' ').next().unwrap_or("")) {
            continue;
        }
        // (Not from a headline, a line with no full stop whose words are capitalised for show:
        // "Classy Henman through", "Defiant Williams rules out exit".)
        // (A line with a full stop inside is a paragraph, whose end the caller may have cut
        // off: "Carlos Tevez joined the club in May. … So now ".)
        let headline = (start == 0 || text[..start].ends_with('\n')) && {
            let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            let line = text[start..line_end].trim_end();
            !line.ends_with(['.', '?', '!', '"', '\'', '\u{201D}', '\u{2019}', ':'])
                && !line.contains(". ")
        };
        // In a line in title case every word is capitalised: only a known given name counts
        // ("Hillary Clinton Slams Donald Trump On Abortion" gives "Donald Trump", not "Slams
        // Donald Trump"; "Reporter Corners Obama On …" gives nothing).
        if short_line(text, start, at).is_some_and(title_case) {
            let given = text[start..at].split_whitespace().collect::<Vec<_>>();
            let known = given
                .iter()
                .rposition(|w| !lower_in(w, MALE_NAMES) && !lower_in(w, FEMALE_NAMES));
            let from = match known {
                Some(i) if i + 1 == given.len() => continue,
                Some(i) => given[..=i].iter().map(|w| w.len() + 1).sum::<usize>(),
                None => 0,
            };
            if offer(format!("{}{surname}", &text[start + from..at])) {
                break;
            }
            continue;
        }
        if !headline && offer(format!("{}{surname}", &text[start..at])) {
            break;
        }
    }
    best
}

/// True when `word` is a capitalised weekday after the given name `given`: a surname ("Mike
/// Friday"), not the day of a report ("Ortiz Friday said").
fn weekday_surname(given: &str, word: &str) -> bool {
    is_capitalized(word) && lower_in(word, WEEKDAYS) && sex_of_given(given).is_some()
}

/// Words before a month ("in May", "since May", "last May"): "May" after one is no given name.
const MONTH_OPENERS: &[&str] = &[
    "by", "early", "from", "in", "last", "late", "mid", "next", "of", "since", "this", "until",
];

/// Most uses of a name that [`fuller_name`] and the search for a company's words read in their
/// reach. A name used once a sentence is met about a hundred times in 16 KB, but its full name
/// and a company's words come with its first uses: the BBC and PolNeAR (train and dev) outputs
/// are the same as with 128, which took three times as long on a name on every line.
pub(crate) const NAME_OCCURRENCES: usize = 32;

/// The line holding `text[start..at]` when it is no longer than a headline (looked for only
/// that far on each side: a name is met many times in a long paragraph).
fn short_line(text: &str, start: usize, at: usize) -> Option<&str> {
    let lo = floor_char(text, start.saturating_sub(HEADLINE_BYTES));
    let line_start = match text[lo..start].rfind('\n') {
        Some(i) => lo + i + 1,
        None if lo == 0 => 0,
        None => return None,
    };
    let hi = ceil_char(text, (at + HEADLINE_BYTES).min(text.len()));
    let line_end = match text[at..hi].find('\n') {
        Some(i) => at + i,
        None if hi == text.len() => text.len(),
        None => return None,
    };
    Some(&text[line_start..line_end])
}

/// True when a capitalised function word follows the first word ("Stealth Over Health:", "The
/// Gap Goes On:"): a headline, not a name.
pub(crate) fn headline_words(phrase: &str) -> bool {
    phrase
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase) && lower_in(w, HEADLINE_FUNCTION_WORDS))
}

/// True when `line` is a headline in title case: four words or more, nearly all capitalised,
/// with a capitalised function word ("Hillary Clinton Slams Donald Trump On Abortion") or with
/// only small words in lower case.
fn title_case(line: &str) -> bool {
    // (A headline is short: a paragraph is not looked at.)
    if line.len() > HEADLINE_BYTES {
        return false;
    }
    let words = line.split_whitespace().count();
    let capitalised = line
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .count();
    // (Or one whose every word is capitalised but its small words, with no comma: "Conservative
    // Icon Morton Blackwell Endorses Ted Cruz.", "Ted Cruz Refuses to Disavow Lindsey Graham
    // Endorsement.", where "Icon Morton" and "Disavow" had been taken for given names.)
    let all_but_small = || {
        words >= TITLE_CASE_WORDS
            && !line.contains(',')
            && line.split_whitespace().all(|w| {
                w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                    || lower_in(w, HEADLINE_FUNCTION_WORDS)
                    || lower_in(w, &["an", "be", "not", "of", "vs"])
            })
    };
    words >= 4 && capitalised * 5 >= words * 4 && (headline_words(line) || all_but_small())
}

/// Fewest words of a line in title case that has no capitalised function word.
const TITLE_CASE_WORDS: usize = 5;

/// Longest line read as a headline in title case.
const HEADLINE_BYTES: usize = 200;

/// Function words that a headline capitalises and a name does not.
const HEADLINE_FUNCTION_WORDS: &[&str] = &[
    "a", "about", "after", "against", "and", "are", "as", "at", "but", "by", "for", "from", "in",
    "into", "is", "on", "or", "out", "over", "the", "to", "up", "was", "with",
];

/// Words of a body's title that follow "and" inside it ("Centers for Disease Control and
/// Prevention", "Department of Health and Human Services", "Department for Environment, Food
/// and Rural Affairs"), sorted.
const TITLE_WORDS_AFTER_AND: &[&str] = &[
    "agriculture",
    "alcohol",
    "border",
    "commerce",
    "communications",
    "communities",
    "culture",
    "customs",
    "development",
    "education",
    "emergency",
    "employment",
    "energy",
    "enterprise",
    "environment",
    "exchange",
    "excise",
    "explosives",
    "family",
    "finance",
    "firearms",
    "fisheries",
    "food",
    "foreign",
    "health",
    "healthcare",
    "human",
    "immigration",
    "industry",
    "infrastructure",
    "innovation",
    "investment",
    "justice",
    "labor",
    "labour",
    "local",
    "medical",
    "medicines",
    "natural",
    "naturalization",
    "pensions",
    "planning",
    "prevention",
    "protection",
    "public",
    "regional",
    "research",
    "rural",
    "safety",
    "science",
    "security",
    "skills",
    "social",
    "sport",
    "standards",
    "statistics",
    "technology",
    "tourism",
    "trade",
    "training",
    "transport",
    "urban",
    "welfare",
    "wildlife",
];

/// Words that stand before a figure to say how near it is ("nearly 500,000", "more than 300"),
/// which no source phrase ends with.
const QUANTIFIERS: &[&str] = &[
    "about",
    "almost",
    "approximately",
    "around",
    "fewer",
    "less",
    "more",
    "nearly",
    "over",
    "roughly",
    "some",
    "under",
];

/// Heads of bodies named with "on" and their subject ("Council on Foreign Relations", "Panel
/// on Climate Change", "Committee on Homeland Security", "Institute on Taxation and Economic
/// Policy").
const BODIES_ON: &[&str] = &[
    "caucus",
    "center",
    "centre",
    "coalition",
    "commission",
    "committee",
    "conference",
    "council",
    "force",
    "institute",
    "panel",
    "subcommittee",
];

/// True when "on" at `i` in `words` is inside a body's name: after a capitalised head of
/// [`BODIES_ON`] and before a capitalised word that is no day or month ("Council on Foreign
/// Relations"; not "the Panel on Monday").
fn on_inside_name(words: &[&str], i: usize) -> bool {
    i >= 1
        && words[i] == "on"
        && is_capitalized(words[i - 1])
        && lower_in(words[i - 1], BODIES_ON)
        && words.get(i + 1).is_some_and(|n| {
            is_capitalized(n) && !lower_in(n, WEEKDAYS) && !lower_in(n, FULL_MONTHS)
        })
}

/// Prepositions, which no given name is: a headline's "Inside the Fight Against Hillary
/// Clinton" gives no "Against Hillary Clinton" for a later "Clinton".
pub(crate) const PREPOSITIONS: &Words = &Words::new(&[
    "about", "above", "across", "against", "along", "amid", "among", "around", "behind", "below",
    "beside", "between", "beyond", "by", "despite", "down", "during", "from", "inside", "into",
    "like", "near", "of", "off", "onto", "out", "outside", "over", "past", "through", "to",
    "toward", "towards", "under", "unlike", "until", "up", "upon", "versus", "via", "vs", "with",
    "within", "without",
]);

/// True for an initial: one capital letter and a full stop ("J.").
pub(crate) fn is_initial(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() == 2 && b[0].is_ascii_uppercase() && b[1] == b'.'
}

/// True when `word` may be a given name: a plain capitalised word that is no title, function
/// word, preposition, adverb of the kind that stands before a verb ("Sharpton Just Said"),
/// time word or body, no initialism ("AC Milan") and no participle ("Ailing EuroDisney").
pub(crate) fn given_name(word: &str) -> bool {
    word.len() >= 2
        && is_capitalized(word)
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && word.chars().skip(1).any(char::is_lowercase)
        && !(word.len() >= 6 && word.ends_with("ing"))
        && !lower_in(word, TITLES)
        && !lower_in(word, FUNCTION_WORDS)
        && !lower_in(word, PREPOSITIONS)
        && !lower_in(word, BETWEEN)
        && !lower_in(word, TIME)
        // (A month that is no given name: "December Microsoft".)
        && !lower_in(word, UNNAMED_MONTHS)
        // (A quantity: the headline "More Hillary Clinton emails released …" names no "More
        // Hillary Clinton".)
        && !lower_in(word, &["few", "fewer", "less", "more", "much", "several"])
        // (A group: "Women MPs", "Male MPs".)
        && !lower_in(word, ANONYMOUS)
        && !lower_in(word, &["female", "male"])
        && !plural_person(&word.to_ascii_lowercase())
        && !lower_in(word, ORGANIZATIONS)
        // (Nor a body's noun: "U.S. District Judge Helena Marsh" gives "Judge" no full name
        // "District Judge".)
        && !lower_in(word, ORG_NOUNS)
        && !lower_in(word, PUBLICATIONS)
        // (A conjunction opening a sentence: "Although Diageo's best-known brands …".)
        && !lower_in(word, crate::attribution::SUBORDINATES)
        && !lower_in(word, crate::attribution::CONNECTIVES)
        // (A question's verb: the headline "Is Sanders finally connecting with Latino voters?"
        // names no "Is Sanders".)
        && !lower_in(word, QUESTION_OPENERS)
        // (Last: most words have no hyphen.)
        && !described_compound(word)
}

/// Verbs and adverbs that open a question before its subject ("Is Sanders …?", "Can Clinton
/// …?", "Why Trump …"), sorted; never a given name ("May", "Will" can be: left out).
const QUESTION_OPENERS: &[&str] = &[
    "are", "can", "could", "did", "do", "does", "had", "has", "have", "how", "is", "should", "was",
    "were", "where", "why", "would",
];

/// True when every word of `phrase` is capitalised (or a joining "of", "and", "&"): a name as
/// written, no description ("Standard Life", "Bank of England"; not "the firm").
pub(crate) fn is_capitalized_name(phrase: &str) -> bool {
    let mut words = phrase.split(' ').filter(|w| !w.is_empty()).peekable();
    words.peek().is_some()
        && words.all(|w| is_capitalized(w) || matches!(w, "of" | "and" | "&" | "for"))
}

/// True when `word` looks like a person of a nation or a region ("the American", "the
/// Argentine", "the Frenchman", "the Israeli", "the Scot"), by its ending or from a short list.
pub(crate) fn demonym(word: &str) -> bool {
    // (Not "-ine", which ends more nouns than peoples: "the Harbor Line", "the Airline", "the
    // Magazine"; "the Argentine" is listed.)
    ["an", "ese", "i"].iter().any(|end| word.ends_with(end))
        || lower_in(
            word,
            &[
                "argentine",
                "brit",
                "czech",
                "dane",
                "dutch",
                "finn",
                "florentine",
                "greek",
                "pole",
                "scot",
                "spaniard",
                "swede",
                "swiss",
                "tory",
                "turk",
            ],
        )
}

/// True when `before` (the words before an "of" between capitalised words) closes with a name of
/// two or more capitalised words whose last is no noun of a body or a title: "Maria Holm of the
/// Institute for Fiscal Studies", "Peter Ward of the University of Leeds", but not "Royal Bank of
/// Scotland", "National Institutes of Health", "Secretary of State".
fn person_before_of(before: &[&str]) -> bool {
    // (Particles inside the name count with it: "Nick Van den Brul of BNP Paribas".)
    let name = before
        .iter()
        .rev()
        .take_while(|w| is_capitalized(w) && !lower_in(w, ARTICLES) || lower_in(w, NAME_PARTICLES))
        .filter(|w| is_capitalized(w))
        .count();
    let Some(last) = before.last() else {
        return false;
    };
    let body = |w: &str| {
        lower_in(w, ORGANIZATIONS)
            || lower_in(w, ORG_NOUNS)
            || lower_in(w, TITLES)
            || lower_in(w, BODIES_BEFORE_OF)
    };
    // (A place's name may be a surname after a known given name: "Steve Israel of New York",
    // as "Elizabeth France" is a person.)
    let place_surname = || {
        before.len() >= 2 && sex_of_given(before[before.len() - 2]).is_some() && place_name(last)
    };
    // (A plural too: "National Academies of Sciences".)
    name >= 2 && (!body(last) && !plural_of(&last.to_ascii_lowercase(), body) || place_surname())
}

/// Lower-case particles inside a name ("Ludwig van Beethoven", "Nick van den Brul", "Lula da
/// Silva", "Corriere della Sera"), sorted.
pub(crate) const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "dei", "del", "della", "den", "der", "des", "di", "dos", "du",
    "la", "ten", "ter", "van", "von", "wa",
];

/// Capitalised nouns of places and bodies that take "of" inside a name ("Order of Malta",
/// "District of Columbia") and name no organisation on their own.
const BODIES_BEFORE_OF: &[&str] = &["chambers", "district", "order", "province", "region"];

/// True when `rest` (the words after "of" in a capitalised name) goes on with the name:
/// "Bank of England", "Institute for the Study of War".
fn inside_name(rest: &[&str]) -> bool {
    match rest {
        [the, next, ..] if the.eq_ignore_ascii_case("the") => is_capitalized(next),
        [next, ..] => is_capitalized(next),
        [] => false,
    }
}

/// A short phrase headed by a plural noun after a quantifier or a modifier ("some Sanders
/// backers", "hacking specialists", "multiple outlets"): a group of people, not named.
fn plural_group(words: &[&str], head: &str) -> bool {
    let plural = head.len() >= 5
        && head.ends_with('s')
        && !head.ends_with("ss")
        && !head.ends_with("us")
        && !head.ends_with("is")
        && head.bytes().all(|b| b.is_ascii_lowercase());
    plural && words.len() <= 4 && !lower_in(head, NOT_GROUPS)
}

/// Plural nouns that are no group of people ("things", "comments", "results").
const NOT_GROUPS: &Words = &Words::new(&[
    "comments",
    "days",
    "details",
    "efforts",
    "events",
    "facts",
    "issues",
    "months",
    "numbers",
    "questions",
    "remarks",
    "results",
    "things",
    "times",
    "weeks",
    "words",
    "years",
]);

/// A lower-case noun of a role that stands before a name ("chairman", "minister", "spokesman").
pub(crate) fn title_noun(word: &str) -> bool {
    word.starts_with(|c: char| c.is_ascii_lowercase())
        && (lower_in(word, TITLES) || lower_in(word, PERSON_NOUNS) || lower_in(word, PLAYERS))
}

/// A [`title_noun`] that is no function word: a role ("midfielder", "defender", "minister"),
/// not the "the", "of" or "and" that titles hold ("Secretary of State").
pub(crate) fn role_noun(word: &str) -> bool {
    // ("Secretary of State", "Luis del Rio", "U.S. Attorney": the other small words of titles.)
    title_noun(word) && !lower_in(word, FUNCTION_WORDS) && !lower_in(word, &["del", "of", "us"])
}

/// The length of the name when `words` are a role and a name ("Former secretary of state
/// Hillary Rodham Clinton"): two or three capitalised words closing them, after words with a
/// [`title_noun`] among them.
pub(crate) fn role_and_name(words: &[&str]) -> Option<usize> {
    let name = words.iter().rev().take_while(|w| is_capitalized(w)).count();
    ((2..=3).contains(&name) && words[..words.len() - name].iter().any(|w| title_noun(w)))
        .then_some(name)
}

/// True when `word`, followed by an article, ends a noun phrase there: a word of content, not a
/// preposition, a conjunction, a determiner or a quantifier ("the report the trend marked …"
/// holds two phrases; "of the", "and the", "all the", "half the" one).
fn ends_phrase(word: &str) -> bool {
    word.starts_with(|c: char| c.is_alphanumeric())
        && !lower_in(word, PREPOSITIONS)
        && !lower_in(word, FUNCTION_WORDS)
        && !lower_in(word, STOP)
        && !lower_in(
            word,
            &[
                "and", "at", "for", "half", "in", "nor", "on", "or", "than", "twice",
            ],
        )
}

/// True when `toks` are a lead opening a sentence with a preposition (after a conjunction, if
/// any), all words, no comma closing it: "In its report on the council's work", "But by the
/// end of March", "In 1998".
fn comma_less_lead(text: &str, toks: &[Tok]) -> bool {
    let w = |t: &Tok| &text[t.span.range()];
    let from = usize::from(
        toks.first()
            .is_some_and(|t| lower_in(w(t), &["and", "but", "yet"])),
    );
    toks.get(from).is_some_and(|t| {
        is_capitalized(w(t))
            && lower_in(
                w(t),
                &[
                    "after",
                    "at",
                    "before",
                    "by",
                    "during",
                    "following",
                    "for",
                    "from",
                    "in",
                    "on",
                    "since",
                    "under",
                    "with",
                ],
            )
    }) && toks.iter().all(|t| t.word)
}

/// True when `words` are a role and then a name of two or three capitalised words, the role
/// opening in lower case with no article and ending in a noun of a person ("founder Mikhail
/// Khodorkovsky", "lobbyist and GOP strategist Charlie Black"; not "the award-winning musical
/// Spend Spend Spend").
pub(crate) fn role_then_name(words: &[&str]) -> bool {
    let name = words.iter().rev().take_while(|w| is_capitalized(w)).count();
    let role = &words[..words.len() - name];
    (2..=3).contains(&name)
        && role.first().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase()) && !lower_in(w, FUNCTION_WORDS)
        })
        && role.last().is_some_and(|w| {
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && (lower_in(w, PERSON_NOUNS) || lower_in(w, PLAYERS))
        })
}

/// Words that open a relative clause ("who helped found EDGE", "Clinton, who was speaking").
pub(crate) const RELATIVES: &[&str] = &["which", "who", "whose"];

/// A noun of people or of a body of them, before "to" ("adviser to", "delegation to").
pub(crate) fn person_head(word: &str) -> bool {
    lower_in(word, PERSON_NOUNS)
        || lower_in(word, PLAYERS)
        || plural_person(word)
        || agent_or_plural(word)
        || lower_in(word, &["delegation", "mission"])
}

/// A plural of a person noun ("senators", "officials"), or of a noun that names people by a
/// calling or a creed, by its ending ("climatologists", "pharmacists", "Christians"): no
/// surname ends so.
pub(crate) fn plural_person(head: &str) -> bool {
    head.strip_suffix('s')
        .is_some_and(|s| lower_in(s, PERSON_NOUNS) || lower_in(s, ANONYMOUS))
        || head.ends_with("men") && men_plural(&head.to_ascii_lowercase())
        || head.len() >= PLURAL_CALLING_BYTES
            && head.bytes().all(|b| b.is_ascii_alphabetic())
            && (ends_with_lower(head, "ists") || ends_with_lower(head, "ians"))
}

/// Fewest bytes of a plural that [`plural_person`] knows by its ending ("chemists" is
/// listed; "Ists" is no word).
const PLURAL_CALLING_BYTES: usize = 8;

/// True when `word` ends with `suffix`, in any case (`suffix` in lower case).
fn ends_with_lower(word: &str, suffix: &str) -> bool {
    word.len() >= suffix.len()
        && word.as_bytes()[word.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// A lower-case noun that names a person by what they do, by its ending: "designer",
/// "strategist", "historian", "consultant" (not in [`PERSON_NOUNS`], which cannot list them
/// all), less the common nouns of those endings that name no one ("paper", "order").
fn agent_noun(word: &str) -> bool {
    word.len() >= 6
        && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        && ["ist", "ian", "er", "or", "ant"]
            .iter()
            .any(|end| word.ends_with(end))
        && !lower_in(word, NOT_AGENTS)
}

/// True when the head of a description is known as a person only by its ending ("the
/// keeper", "the designer"): such a subject does not find or deny ("the keeper denied the
/// striker again", "the teenager showed more confidence").
pub(crate) fn agent_head(phrase: &str) -> bool {
    description_head(phrase).is_some_and(|head| {
        lower_in(&head, PLAYERS) || !common_noun(&head) && agent_or_plural(&head)
    })
}

/// True when the head of a description names people or a source ("officials familiar with
/// …", "sources", "a report"), not any plural ("rising prices").
pub(crate) fn source_head(phrase: &str) -> bool {
    description_head(phrase).is_some_and(|head| person_head(&head) || common_noun(&head))
}

/// True when the head of a description is a document or a body of evidence ("the report",
/// "official figures", "Budget documents", "Television pictures", "the minutes of the meeting"):
/// what shows a finding.
pub(crate) fn evidence_head(phrase: &str) -> bool {
    let evidence = |head: &str| {
        lower_in(head, DOCUMENTS)
            || head
                .strip_suffix('s')
                .is_some_and(|h| lower_in(h, DOCUMENTS))
            || lower_in(
                head,
                &[
                    "evidence",
                    "images",
                    "markets",
                    "minutes",
                    "photographs",
                    "photos",
                    "pictures",
                    // (A period's figures: "The first quarter showed growth of 6%".)
                    "quarter",
                    "statistics",
                    "tests",
                    "video",
                    "videos",
                ],
            )
    };
    // (A headline's capitals too: "New Poll Shows Large Gap".)
    let last = phrase.rsplit(' ').next().unwrap_or(phrase);
    description_head(phrase).is_some_and(|head| evidence(&head)) || evidence(last)
}

/// True when the head of a description is one of the [`PLAYERS`] ("the top seed").
pub(crate) fn player_head(phrase: &str) -> bool {
    description_head(phrase).is_some_and(|head| lower_in(&head, PLAYERS))
}

/// The head of a description, lower case: the word before any post-modifier or participle
/// ("the keeper of the year" -> "keeper"); `None` for a name ("Federer").
fn description_head(phrase: &str) -> Option<String> {
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let end = (1..words.len())
        .find(|&i| {
            let w = words[i];
            lower_in(w, POSTMODIFIERS) || lower_in(w, PARTICIPLES) || object_participle(&words, i)
        })
        .unwrap_or(words.len());
    let head = words[..end].last()?;
    // (A name: "Federer admitted".)
    head.starts_with(|c: char| c.is_ascii_lowercase())
        .then(|| head.to_ascii_lowercase())
}

/// The head of a compound noun: its last part ("secretary-general", "ex-minister"), the part
/// before "-of-" or "-in-" ("mother-of-nine", "editor-in-chief"); a plain word is its own, and
/// so is an adjective made with a prefix or a number ("pro-government", "one-man").
fn compound_head(word: &str) -> &str {
    // (A compound the lists hold is its own head: "full-back".)
    if !word.contains('-')
        || [ANONYMOUS, DOCUMENTS, ORG_NOUNS, PERSON_NOUNS, PLAYERS]
            .iter()
            .any(|list| lower_in(word, *list))
    {
        return word;
    }
    if let Some(i) = word.find("-of-").or_else(|| word.find("-in-")) {
        return &word[..i];
    }
    match word.split_once('-') {
        Some((first, _))
            if first.starts_with(|c: char| c.is_ascii_digit())
                || lower_in(first, &["anti", "e", "non", "post", "pre", "pro"])
                || lower_in(first, NUMBER_WORDS) =>
        {
            word
        }
        _ => word
            .rsplit('-')
            .next()
            .filter(|w| !w.is_empty())
            .unwrap_or(word),
    }
}

/// Numbers in words, which make adjectives of compounds ("one-man", "two-year").
pub(crate) const NUMBER_WORDS: &[&str] = &[
    "eight", "five", "four", "nine", "one", "seven", "six", "ten", "three", "two",
];

/// A noun of a source that the word lists know (a person, a group, an organisation, a
/// publication, a document), or a plural of a person noun, or a compound headed by one
/// ([`compound_head`]); `word` in lower case.
fn common_noun(word: &str) -> bool {
    let word = compound_head(word);
    [
        ANONYMOUS,
        DOCUMENTS,
        ORG_NOUNS,
        PUBLICATION_NOUNS,
        PERSON_NOUNS,
    ]
    .iter()
    .any(|list| lower_in(word, *list))
        || plural_person(word)
}

/// The plural of a document's head (`word` in lower case: "emails", "photos", "filings"), not
/// one that is as often a surname or a team ("Laws", "Bills").
fn document_plural(word: &str) -> bool {
    plural_of(word, |w| lower_in(w, DOCUMENTS))
        && !lower_in(
            word,
            &[
                "bills", "cards", "counts", "forms", "laws", "notes", "posts",
            ],
        )
}

/// A noun that may head a source phrase (`word` in lower case): a [`common_noun`], one of the
/// [`PLAYERS`], an [`agent_noun`] or a plural of one.
pub(crate) fn source_noun(word: &str) -> bool {
    // (A plural of a body too: "Children's charities", "Oil companies"; not one that is as
    // often a verb, "Perez lobbies for …".)
    let plural_body = plural_of(word, |w| lower_in(w, ORG_NOUNS)) && !lower_in(word, VERB_PLURALS);
    common_noun(word) || lower_in(word, PLAYERS) || agent_or_plural(word) || plural_body
}

/// Plurals of [`ORG_NOUNS`] that are as often a verb's third person ("lobbies", "funds").
const VERB_PLURALS: &[&str] = &[
    "banks",
    "campaigns",
    "chains",
    "exchanges",
    "funds",
    "labels",
    "lobbies",
    "markets",
    "networks",
    "panels",
    "services",
    "tanks",
];

/// An [`agent_noun`] or its plural ("designer", "designers").
fn agent_or_plural(word: &str) -> bool {
    agent_noun(word) || word.strip_suffix('s').is_some_and(agent_noun)
}

/// Common nouns with the endings of [`agent_noun`] that name no one.
const NOT_AGENTS: &Words = &Words::new(&[
    "another",
    "answer",
    "barrier",
    "behavior",
    "behaviour",
    "border",
    "calendar",
    "cancer",
    "center",
    "chapter",
    "character",
    "computer",
    "corner",
    "corridor",
    "counter",
    "december",
    "dinner",
    "disaster",
    "elevator",
    "encounter",
    "error",
    "factor",
    "favor",
    "favour",
    "flavor",
    "former",
    "further",
    "however",
    "humor",
    "indicator",
    "interior",
    "latter",
    "letter",
    "manner",
    "matter",
    "member",
    "mirror",
    "november",
    "number",
    "october",
    "order",
    "other",
    "paper",
    "pleasant",
    "poster",
    "powder",
    "power",
    "quarter",
    "rather",
    "register",
    "restaurant",
    "sector",
    "september",
    "shelter",
    "slogan",
    "summer",
    "theater",
    "together",
    "twitter",
    "weather",
    "whether",
    "winter",
    "wonder",
]);

/// True when "Under" opens a title with the capitalised `next` word ("Under Secretary John
/// Taylor"), where "under" would be a preposition.
fn under_title(word: &str, next: Option<&str>) -> bool {
    word == "Under" && next.is_some_and(is_capitalized)
}

/// True when `words`, joined by spaces, are the whole name of one of [`KNOWN_BODIES`] or
/// [`PLACES_AND_TEAMS`].
fn known_body<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let Some(first) = words.next() else {
        return false;
    };
    let mut name = String::new();
    for w in words {
        if name.is_empty() {
            name.push_str(first);
        }
        // (Longer than any known body's name: no need to read on.)
        if name.len() > 40 {
            return false;
        }
        name.push(' ');
        name.push_str(w);
    }
    let name = if name.is_empty() { first } else { &name };
    lower_in(name, KNOWN_BODIES) || lower_in(name, PLACES_AND_TEAMS)
}

/// Participles in -ing that stand as adjectives before a name or a title ("acting", "leading
/// economist", "managing director", "ranking Democrat"), or as prepositions ("newspapers
/// including El Watan"), not as verbs taking the name for object.
const ADJECTIVE_PARTICIPLES: &[&str] = &[
    "acting",
    "departing",
    "existing",
    "following",
    "founding",
    "governing",
    "including",
    "incoming",
    "leading",
    "long-standing",
    "managing",
    "outgoing",
    "presiding",
    "ranking",
    "reigning",
    "remaining",
    "retiring",
    "ruling",
    "serving",
    "sitting",
    "striking",
    "upcoming",
    "visiting",
    "working",
];

/// Peoples and faiths named in the plural, which [`name_kind`] takes for a group.
const PEOPLES: &Words = &Words::new(&[
    "afghans",
    "arabs",
    "australians",
    "baptists",
    "brazilians",
    "britons",
    "buddhists",
    "canadians",
    "catholics",
    "egyptians",
    "europeans",
    "evangelicals",
    "germans",
    "greeks",
    "hindus",
    "indians",
    "iranians",
    "iraqis",
    "irish",
    "israelis",
    "italians",
    "jews",
    "koreans",
    "kurds",
    "libyans",
    "methodists",
    "mexicans",
    "mormons",
    "muslims",
    "nigerians",
    "pakistanis",
    "palestinians",
    "protestants",
    "russians",
    "saudis",
    "scots",
    "shias",
    "sikhs",
    "somalis",
    "spaniards",
    "sunnis",
    "swedes",
    "syrians",
    "turks",
    "ukrainians",
    "yemenis",
]);

/// True when `w` names a body by a place or a nation's name alone ("Israel", "France",
/// "London"), neither a body's noun nor a company's last word: after a known given name it is a
/// surname ("Steve Israel", "Elizabeth France", "Jack London").
fn place_name(w: &str) -> bool {
    lower_in(w, ORGANIZATIONS) && !lower_in(w, ORG_NOUNS) && !lower_in(w, COMPANY_HEADS)
}

/// The kind a capitalised name has.
pub(crate) fn name_kind<'a>(run: &[&'a str]) -> SourceKind {
    // (`lower_in` ignores ASCII case.)
    let clean = |w: &&'a str| -> &'a str { w.trim_end_matches(['.', ',']) };
    // ("Number 10 said", "No 10": the prime minister's office.)
    if let [number, "10"] = run {
        if lower_in(clean(number), &["no", "number"]) {
            return SourceKind::Organization;
        }
    }
    // ("The Israelis said", "Muslims say": a people or a faith in the plural is a group. A
    // list, not an ending: "Davis", "Evans" and "Haines" end as "Israelis" and "Germans" do.)
    if let [one] = run {
        if lower_in(clean(one), PEOPLES) {
            return SourceKind::Anonymous;
        }
    }
    // (So is a share of one: "Some Muslims believe …", "Many Christians say …".)
    if let [share, one] = run {
        let one = clean(one);
        if lower_in(
            clean(share),
            &["all", "both", "few", "many", "most", "several", "some"],
        ) && (lower_in(one, PEOPLES) || plural_person(one))
        {
            return SourceKind::Anonymous;
        }
    }
    // ("Shell said", "Swiss Re said": a body known by its name alone.)
    if known_body(run.iter().map(clean)) {
        return SourceKind::Organization;
    }
    // "Secretary of State Antony Blinken", "White House Press Secretary Karine Jean-Pierre": a
    // capitalised title and a name of two words closing the run is a person, whatever body the
    // title names.
    if let [title @ .., first, last] = run {
        let named = |w: &&'a str| {
            let w = clean(w);
            !lower_in(w, TITLES) && !lower_in(w, ORGANIZATIONS) && !lower_in(w, PUBLICATIONS)
        };
        // (The surname may name a paper or a place after a given name: "Housing Minister Keith
        // Hill", "Rep. Steve Israel".)
        let surname = |w: &&'a str| {
            named(w)
                || sex_of_given(clean(first)).is_some()
                    && (lower_in(clean(w), PUBLICATIONS) && !lower_in(clean(w), ORGANIZATIONS)
                        || place_name(clean(w)))
        };
        // (The list writes abbreviations with their full stop, "Sen.", "Rep.": a title is looked
        // up as written and without it.)
        let head = |w: &&'a str| {
            lower_in(clean(w), HEAD_TITLES) || lower_in(w.trim_end_matches(','), HEAD_TITLES)
        };
        if named(first) && surname(last) && title.iter().any(head) {
            return SourceKind::Person;
        }
    }
    // ("Mr Fox", "Mrs Mirror", "Dr Liam Fox": a person's title before a name whose surname
    // names a paper or a body.)
    if let [title, rest @ ..] = run {
        if (1..=3).contains(&rest.len()) && lower_in(clean(title), NAME_TITLES) {
            return SourceKind::Person;
        }
    }
    // ("Elizabeth France", "Jack London": a given name before a place's name, a surname.)
    if let [given, place] = run {
        let place = clean(place);
        if sex_of_given(clean(given)).is_some()
            && place_name(place)
            && !lower_in(clean(given), ORGANIZATIONS)
        {
            return SourceKind::Person;
        }
    }
    // ("Chris Fox", "Jon Snow": a given name before a surname that names a paper.)
    if let [given, surname] = run {
        if sex_of_given(clean(given)).is_some()
            && lower_in(clean(surname), PUBLICATIONS)
            && !lower_in(clean(given), PUBLICATIONS)
        {
            return SourceKind::Person;
        }
    }
    // ("Network Rail", "Channel 4 Communications": a company's last word wins over a paper's or
    // a network's word before it.)
    // (Not "Chief Executive": see below.)
    let company_head = matches!(run, [_, .., last] if lower_in(clean(last), COMPANY_HEADS));
    let executive = run
        .last()
        .is_some_and(|last| clean(last).eq_ignore_ascii_case("executive"));
    if company_head && !executive {
        return SourceKind::Organization;
    }
    // (A paper's word that names one only alone, "The Hill", is a surname among others:
    // "Producer Zorba Hill".)
    let paper = |w: &&'a str| {
        lower_in(clean(w), PUBLICATIONS) && !(run.len() > 1 && lower_in(clean(w), LONE_PAPERS))
    };
    if let Some(at) = run
        .iter()
        .position(paper)
        .filter(|_| !(run.len() == 1 && lower_in(clean(&run[0]), SHORT_PAPERS)))
    {
        // (So does a body's noun after a paper's word: "the Atlantic Council", "the Sun
        // Foundation", "the Post Office", "the Independent Office for Police Conduct".)
        let body = run[at + 1..].iter().any(|l| {
            let l = clean(l);
            lower_in(l, ORG_NOUNS) && !lower_in(l, PUBLICATIONS)
        });
        return if body {
            SourceKind::Organization
        } else {
            SourceKind::Publication
        };
    }
    // ("Baoshan Iron and Steel Co.", "the Health and Safety Executive": a company's suffix, a
    // body's head; not "Chief Executive".)
    // (A party too: "Labour", "New Labour", "Scottish Labour"; not "Labour MP Lord Janner".)
    let suffix = match run {
        [first, _] if executive => !lower_in(clean(first), TITLES),
        [only] => clean(only).eq_ignore_ascii_case("labour"),
        [_, .., last] => company_head || clean(last).eq_ignore_ascii_case("labour"),
        _ => false,
    };
    // ("M&S said", "S&P said", "AT&T": an ampersand between capitals joins a firm's initials.)
    let ampersand = |w: &str| {
        w.split_once('&').is_some_and(|(a, b)| {
            a.ends_with(|c: char| c.is_ascii_uppercase())
                && b.starts_with(|c: char| c.is_ascii_uppercase())
        })
    };
    if suffix
        || run.iter().any(|w| lower_in(clean(w), ORGANIZATIONS))
        // (Not a title in capitals: "the PM", "the MP" are persons; "the US" is not.)
        || (run.len() == 1 && acronym(run[0]) && !title_alone(clean(&run[0])))
        || (run.len() == 1 && ampersand(clean(&run[0])))
    {
        return SourceKind::Organization;
    }
    // ("The British Chambers of Commerce", "the Order of Malta": a body's head before "of".)
    if run.windows(2).any(|p| {
        lower_in(clean(&p[1]), &["for", "of"])
            && (body_head(clean(&p[0])) || lower_in(clean(&p[0]), BODIES_BEFORE_OF))
    }) {
        return SourceKind::Organization;
    }
    // ("the Annals of Ulster", "the Book of Kells": a document's noun before "of" heads a
    // work's title.)
    if let [head, of, _, ..] = run {
        let head = clean(head);
        if clean(of).eq_ignore_ascii_case("of")
            && (lower_in(head, DOCUMENTS) || plural_of(head, |w| lower_in(w, DOCUMENTS)))
        {
            return SourceKind::Document;
        }
    }
    // ("NHS England", "Sport England", "Historic Scotland": a body of the nation its name
    // closes with; not a given name before it, "Tom Wales".)
    if let [first, .., nation] = run {
        if lower_in(clean(nation), NATIONS_CLOSING_BODIES) && sex_of_given(clean(first)).is_none() {
            return SourceKind::Organization;
        }
    }
    SourceKind::Person
}

/// A member of a party described by `words` (the phrase `phrase`), as an anonymous source under
/// the whole phrase: "a"/"an"/"one"/"another" before the party's member noun ("a New Hampshire
/// Democrat", "one senior Republican", "a Democrat familiar with the talks"), or "the" with a
/// post-modifier after it ("the ranking Democrat on the committee"; "the Democrat" alone stands
/// for someone named).
fn party_member(phrase: &str, words: &[&str]) -> Option<Mention> {
    let first = words.first()?;
    let indefinite = lower_in(first, &["a", "an", "another", "one"]);
    if !indefinite && !first.eq_ignore_ascii_case("the") {
        return None;
    }
    // (After the article: the member is never the first word.)
    let k = 1 + words[1..]
        .iter()
        .position(|w| is_capitalized(w) && lower_in(w.trim_end_matches(','), PARTY_MEMBERS))?;
    let after = words.get(k + 1);
    let closes = after.is_none();
    let modified = after.is_some_and(|w| {
        lower_in(w, POSTMODIFIERS) || lower_in(w, PARTICIPLES) || object_participle(words, k + 1)
    });
    // (Capitals between the article and the member are a place or a rank: "a New Hampshire
    // Democrat", "a House Republican"; not a name, "the Rick Wilson Republican".)
    let between_ok = words[1..k]
        .iter()
        .all(|w| !is_capitalized(w) || sex_of_given(w).is_none());
    // (Closing the phrase after "a"/"an"/"one"/"another", or before a post-modifier.)
    if !between_ok || !(modified || indefinite && closes) {
        return None;
    }
    Some(Mention::Named {
        name: phrase.trim().into(),
        kind: SourceKind::Anonymous,
        descriptor: None,
    })
}

/// Nouns of a party's member, capitalised ("a Democrat", "one senior Republican"), and of a
/// nation's or a corps' ("a Briton", "a US Marine"): a member, not a name.
pub(crate) const PARTY_MEMBERS: &[&str] = &[
    "briton",
    "conservative",
    "democrat",
    "liberal",
    "marine",
    "republican",
    "socialist",
    "tory",
];

/// Nations whose name closes the name of a body of theirs ("NHS England", "Sport Wales",
/// "Diabetes UK").
const NATIONS_CLOSING_BODIES: &[&str] = &[
    "britain", "cymru", "england", "ireland", "scotland", "uk", "wales",
];

/// Letters after a person's name (honours, seats, the bar).
const POST_NOMINALS: &[&str] = &[
    "am", "cbe", "kbe", "kc", "mbe", "mep", "mla", "mp", "msp", "obe", "qc",
];

/// Last words of a company's or body's name that are no body nouns alone ("Steel Co.",
/// "Capital Economics", "Rockstar Games", "Paramount Pictures", "Manchester United", "Carrow
/// Minerals", "Vertex Pharmaceuticals", "Northgate Homes", "British Energy"). Not "Steel" nor
/// "Oil", which are surnames too.
const COMPANY_HEADS: &[&str] = &[
    "aerospace",
    "air",
    "airlines",
    "airports",
    "airways",
    "analytics",
    "atlantic",
    "automotive",
    "aviation",
    "avionics",
    "bakeries",
    "bancorp",
    "bancshares",
    "biosciences",
    "biotech",
    "biotechnology",
    "brands",
    "breweries",
    "brewing",
    "broadcasting",
    "brothers",
    "capital",
    "chemicals",
    "co",
    "communications",
    "construction",
    "consulting",
    "cruises",
    "developments",
    "devices",
    "diagnostics",
    "distribution",
    "dynamics",
    "economics",
    "electronics",
    "energy",
    "engineering",
    "enterprises",
    "entertainment",
    "executive",
    "farms",
    "financial",
    "fisheries",
    "foods",
    "freight",
    "games",
    "gas",
    "genomics",
    "healthcare",
    "holdings",
    "homes",
    "hotels",
    "inc",
    "industries",
    "instruments",
    "insurance",
    "investments",
    "laboratories",
    "labs",
    "lines",
    "logistics",
    "ltd",
    "materials",
    "media",
    "metals",
    "minerals",
    "mining",
    "motor",
    "motors",
    "networks",
    "partners",
    "pharma",
    "pharmaceuticals",
    "pictures",
    "plc",
    "ports",
    "properties",
    "publishing",
    "rail",
    "railroad",
    "railway",
    "railways",
    "realty",
    "records",
    "resorts",
    "resources",
    "restaurants",
    "robotics",
    "securities",
    "security",
    "semiconductor",
    "semiconductors",
    "services",
    "shipping",
    "software",
    "solutions",
    "stores",
    "studios",
    "supermarkets",
    "systems",
    "technologies",
    "telecom",
    "telecoms",
    "therapeutics",
    "tobacco",
    "trucking",
    "united",
    "utilities",
    "ventures",
    "watch",
];

/// True when `name` names a group's arm, which the group's first word alone does not name:
/// "Barclays Capital", "Nomura Asset Management" are not "Barclays", "Nomura".
pub(crate) fn group_arm(name: &str) -> bool {
    name.rsplit(' ')
        .next()
        .is_some_and(|last| lower_in(last, &["capital", "investors"]))
        || name.ends_with(" Asset Management")
}

/// Whether `participle` and the words `after` it name the maker of a document ("published
/// by", "released by"), and how. A maker in capitals closes the phrase as after a
/// bare "by" ("A report published by the International Monetary Fund" is the Fund's, as "A
/// report by the International Monetary Fund" is); one in lower case stays in the document's
/// name ("figures published by the state commerce department", as "figures from the state
/// commerce department"). Not a document someone else has or paid for ("a memo seen by
/// Reuters", "a poll commissioned by the party").
fn maker_of(participle: &str, after: &[&str]) -> Option<Maker> {
    // (A time may come between: "a poll released Monday by Emerson College", "released last
    // week by".)
    // (Not a preposition's phrase: "released on Tuesday by" keeps the description whole.)
    let timed = after
        .iter()
        .take(2)
        .take_while(|w| lower_in(w, TIME) && !w.eq_ignore_ascii_case("on"))
        .count();
    let ["by", first, rest @ ..] = &after[timed..] else {
        return None;
    };
    if !lower_in(
        participle,
        &[
            "announced",
            "collected",
            "compiled",
            "conducted",
            "filed",
            "gathered",
            "issued",
            "posted",
            "prepared",
            "presented",
            "produced",
            "published",
            "released",
            "signed",
            "submitted",
            "unveiled",
            "written",
        ],
    ) {
        return None;
    }
    // (The maker's words: up to a time or a place after it, "by the EOC last year", "by Lycos
    // on Tuesday".)
    let words = std::iter::once(first).chain(rest).take_while(|w| {
        !lower_in(
            w,
            &[
                "at",
                "earlier",
                "in",
                "last",
                "on",
                "that",
                "this",
                "today",
                "which",
                "who",
                "yesterday",
            ],
        )
    });
    // (Named: in capitals after an article, with a body's joining words, or closing on a name
    // after its description, "UK-based research consultancy Analysys"; no apposition and no
    // list: not "the UK gaming industry's trade body", "CES organisers, the CEA", "security
    // firm Mirapoint and market research company the Radicati Group".)
    let mut capitals = true;
    let mut joined = false;
    let mut last = "";
    for (k, w) in words.enumerate() {
        let joining =
            lower_in(w, &["&", "and", "de", "for", "of"]) || k == 0 && lower_in(w, ARTICLES);
        capitals &= (is_capitalized(w) || joining) && !w.ends_with(',');
        joined |= lower_in(w, &["&", "and"]) || w.ends_with(',');
        last = w;
    }
    let named = is_capitalized(last) && (capitals || !joined);
    Some(if named {
        Maker::Named
    } else {
        Maker::Described
    })
}

/// Who made a document, as [`maker_of`] reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Maker {
    /// In capitals: "by the International Monetary Fund".
    Named,
    /// Otherwise: "by the state commerce department", "by the UK gaming industry's trade body".
    Described,
}

/// True when `word` (any case, a plural too) heads a body's name: "Executive", "Co.",
/// "Commission", "Societies".
fn body_head(word: &str) -> bool {
    let h = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    let head = |h: &str| {
        lower_in(h, ORGANIZATIONS) || lower_in(h, ORG_NOUNS) || lower_in(h, COMPANY_HEADS)
    };
    head(&h) || plural_of(&h, head)
}

/// True when `word` (in lower case) is the plural of a noun that `singular` accepts: "-ies"
/// for "-y" ("charities", "societies") or "-s".
pub(crate) fn plural_of(word: &str, singular: impl Fn(&str) -> bool) -> bool {
    word.strip_suffix("ies")
        .is_some_and(|s| singular(&format!("{s}y")))
        || word.strip_suffix('s').is_some_and(singular)
}

/// Words of [`TITLES`] that name a department ("Treasury Secretary"): after "the" alone, the
/// department ("The Treasury said").
const DEPARTMENTS: &[&str] = &[
    "agriculture",
    "commerce",
    "defence",
    "defense",
    "education",
    "energy",
    "health",
    "homeland",
    "interior",
    "labor",
    "transportation",
    "treasury",
];

/// Publications named by one common word, which alone names one only after "the" ("The Sun
/// reported", but "Sun said"; "The Hill reported", but "Hill said" is a surname's).
/// ("Ledger said", "Courier said": surnames.)
const SHORT_PAPERS: &[&str] = &[
    "argus",
    "beacon",
    "courier",
    "hill",
    "independent",
    "ledger",
    "post",
    "sentinel",
    "star",
    "sun",
];

/// Publications whose one word names them only alone: with other capitalised words it is a
/// surname ("Producer Zorba Hill"; compare "Washington Post").
const LONE_PAPERS: &[&str] = &["hill"];

/// Titles of rank that stay with a single name in a person's canonical name ("Lord
/// Falconer", "Sir Digby", "Pope Francis").
const RANKS: &[&str] = &[
    "baron", "baroness", "dame", "duchess", "duke", "earl", "king", "lady", "lord", "pope",
    "prince", "princess", "queen", "sir", "viscount",
];

/// Titles that head a role ("Secretary", "Minister", "Spokesman"), of [`TITLES`] those that are
/// no modifier ("Foreign", "Former", "White").
const HEAD_TITLES: &Words = &Words::new(&[
    "adm",
    "adm.",
    "admiral",
    "advocate",
    "ambassador",
    "attorney",
    "capt",
    "capt.",
    "captain",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col",
    "col.",
    "colonel",
    "commissioner",
    "congressman",
    "congresswoman",
    "councillor",
    "councilman",
    "councilwoman",
    "cpl",
    "cpl.",
    "director",
    "dj",
    "gen.",
    "gov",
    "gov.",
    "governor",
    "judge",
    "justice",
    "leader",
    "lieutenant",
    "lt",
    "lt.",
    "maj",
    "maj.",
    "mayor",
    "mep",
    "minister",
    "mp",
    "msp",
    "ombudsman",
    "pm",
    "president",
    "prosecutor",
    "rep.",
    "representative",
    "secretary",
    "sen.",
    "senator",
    "sergeant",
    "sgt",
    "sgt.",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "superintendent",
    "treasurer",
]);

/// Common given names of men, for telling "he" from "she" (names used by both are left out).
const MALE_NAMES: &Words = &Words::new(&[
    "aaron",
    "abdul",
    "abdullatif",
    "abraham",
    "aburizal",
    "adam",
    "adel",
    "adnan",
    "adrian",
    "ahmad",
    "ahmed",
    "aidan",
    "akhil",
    "alain",
    "alan",
    "alastair",
    "albert",
    "alberto",
    "alec",
    "alejandro",
    "aleksandr",
    "alessandro",
    "alex",
    "alexander",
    "alexei",
    "alfonso",
    "alfred",
    "alfredo",
    "ali",
    "alistair",
    "allan",
    "allen",
    "alun",
    "alvin",
    "amir",
    "amitai",
    "amos",
    "anders",
    "andre",
    "andreas",
    "andrei",
    "andres",
    "andrew",
    "andy",
    "angelo",
    "angus",
    "anil",
    "anthony",
    "antoine",
    "anton",
    "antonin",
    "antonio",
    "antony",
    "archie",
    "archy",
    "ari",
    "ariel",
    "arjen",
    "armando",
    "arnaud",
    "arnold",
    "arsene",
    "arthur",
    "arturo",
    "ashton",
    "augusto",
    "axel",
    "azzam",
    "barack",
    "barnaby",
    "barry",
    "bart",
    "basil",
    "ben",
    "benedict",
    "benjamin",
    "benny",
    "berhanu",
    "bernard",
    "bernardo",
    "bernd",
    "bernhard",
    "bernie",
    "bertrand",
    "bill",
    "billy",
    "bipin",
    "bjorn",
    "blaise",
    "bob",
    "bobby",
    "boris",
    "boudewijn",
    "boyd",
    "brad",
    "bradley",
    "brandon",
    "brendan",
    "brent",
    "brett",
    "brian",
    "brock",
    "bruce",
    "bruno",
    "bryan",
    "bryce",
    "caleb",
    "callum",
    "calvin",
    "carl",
    "carlo",
    "carlos",
    "cecil",
    "cedric",
    "cesar",
    "chad",
    "charles",
    "charlie",
    "chittabrata",
    "chris",
    "christoph",
    "christophe",
    "christopher",
    "christos",
    "chuck",
    "ciaran",
    "clarence",
    "claude",
    "claudio",
    "clifford",
    "clint",
    "clive",
    "clyde",
    "cody",
    "colin",
    "conor",
    "conrad",
    "corey",
    "cormac",
    "cornelius",
    "cory",
    "craig",
    "crispin",
    "cristiano",
    "curt",
    "curtis",
    "cyril",
    "dai",
    "dale",
    "damian",
    "damien",
    "damon",
    "dan",
    "daniel",
    "danny",
    "dante",
    "dario",
    "darius",
    "darrell",
    "darren",
    "darryl",
    "daryl",
    "dave",
    "david",
    "davide",
    "dayanidhi",
    "dean",
    "declan",
    "denis",
    "dennis",
    "denzel",
    "derek",
    "dermot",
    "derrick",
    "desmond",
    "devin",
    "dexter",
    "dick",
    "didier",
    "diego",
    "dieter",
    "digby",
    "dimitri",
    "dinesh",
    "dino",
    "dipo",
    "dirk",
    "dmitry",
    "domenico",
    "dominic",
    "dominik",
    "don",
    "donald",
    "donovan",
    "doug",
    "dougie",
    "douglas",
    "duane",
    "duncan",
    "dustin",
    "dwayne",
    "dwight",
    "dylan",
    "eamon",
    "eamonn",
    "ed",
    "eddie",
    "edgar",
    "edmund",
    "eduardo",
    "edward",
    "edwin",
    "ehud",
    "eldon",
    "elfyn",
    "elias",
    "elijah",
    "eliot",
    "elliot",
    "elliott",
    "elmer",
    "elton",
    "elvis",
    "emil",
    "emile",
    "emilio",
    "emmanuel",
    "enrico",
    "enrique",
    "enzo",
    "erel",
    "eric",
    "erik",
    "ernest",
    "ernesto",
    "ernst",
    "eswar",
    "ethan",
    "euan",
    "eugene",
    "evan",
    "ewan",
    "ezra",
    "fabien",
    "fabio",
    "fathi",
    "federico",
    "felipe",
    "felix",
    "ferdinand",
    "fergus",
    "fernando",
    "fidel",
    "filippo",
    "finlay",
    "florent",
    "florian",
    "floyd",
    "francesco",
    "francis",
    "francisco",
    "francois",
    "frank",
    "franklin",
    "franz",
    "fred",
    "freddie",
    "freddy",
    "frederic",
    "frederick",
    "friedrich",
    "gabriel",
    "gareth",
    "garry",
    "gary",
    "gaston",
    "gavin",
    "gene",
    "gennaro",
    "geoff",
    "geoffrey",
    "georg",
    "george",
    "gerald",
    "gerard",
    "gerardo",
    "gerhard",
    "gerry",
    "gianni",
    "gideon",
    "gil",
    "gilbert",
    "giles",
    "gilles",
    "gilmar",
    "giorgio",
    "giovanni",
    "giuliano",
    "giuseppe",
    "glen",
    "glenn",
    "godfrey",
    "gonzalo",
    "gordon",
    "gottfried",
    "graeme",
    "graham",
    "grant",
    "greg",
    "gregor",
    "gregory",
    "grigoris",
    "guido",
    "guillermo",
    "gunter",
    "gustav",
    "gustavo",
    "guy",
    "hal",
    "hamish",
    "hank",
    "hans",
    "hany",
    "harold",
    "harry",
    "harvey",
    "hassan",
    "heath",
    "hector",
    "heinrich",
    "heinz",
    "heizo",
    "helmut",
    "henri",
    "henrik",
    "henry",
    "herbert",
    "herman",
    "herschel",
    "herve",
    "hicham",
    "hiro",
    "hiromichi",
    "hiroshi",
    "horace",
    "horst",
    "howard",
    "hubert",
    "hugh",
    "hugo",
    "humphrey",
    "iain",
    "ian",
    "idris",
    "iggy",
    "ignacio",
    "igor",
    "irwin",
    "isaac",
    "isaiah",
    "isidore",
    "ismail",
    "ivan",
    "ivo",
    "jaap",
    "jack",
    "jacob",
    "jacques",
    "jake",
    "jakob",
    "jamal",
    "james",
    "jamie",
    "jared",
    "jarek",
    "jason",
    "jasper",
    "javier",
    "jay",
    "jean-claude",
    "jean-luc",
    "jean-pierre",
    "jeb",
    "jeff",
    "jeffery",
    "jeffrey",
    "jens",
    "jeremy",
    "jerome",
    "jerry",
    "jesse",
    "jez",
    "jim",
    "jimmie",
    "jimmy",
    "joachim",
    "joaquim",
    "joaquin",
    "jochen",
    "joe",
    "joel",
    "johan",
    "johannes",
    "john",
    "johnny",
    "jolyon",
    "jon",
    "jonah",
    "jonas",
    "jonathan",
    "jonny",
    "jordi",
    "jorge",
    "jose",
    "josef",
    "joseph",
    "josh",
    "joshua",
    "juan",
    "jules",
    "julian",
    "julio",
    "julius",
    "jurgen",
    "justin",
    "kalusha",
    "kamal",
    "kareem",
    "karim",
    "karl",
    "keanu",
    "keith",
    "kelvin",
    "ken",
    "kenji",
    "kenneth",
    "kenny",
    "kevin",
    "khalid",
    "khizr",
    "kieran",
    "klaus",
    "kofi",
    "koji",
    "konstantin",
    "kostas",
    "kristian",
    "kurt",
    "kyle",
    "lachlan",
    "lance",
    "lanny",
    "larry",
    "lars",
    "laurence",
    "laurent",
    "lawrence",
    "lembit",
    "lenny",
    "leo",
    "leon",
    "leonard",
    "leonardo",
    "leonid",
    "leopold",
    "leroy",
    "lester",
    "lewis",
    "liam",
    "linus",
    "lionel",
    "lleyton",
    "lloyd",
    "lonnie",
    "lorenzo",
    "lorne",
    "louis",
    "luay",
    "luc",
    "luca",
    "lucas",
    "luigi",
    "luis",
    "luiz",
    "lukas",
    "luke",
    "lyndon",
    "lynton",
    "maciej",
    "magnus",
    "mahendra",
    "mahmoud",
    "malcolm",
    "malik",
    "malte",
    "manfred",
    "manuel",
    "marat",
    "marc",
    "marcel",
    "marcelo",
    "marco",
    "marcus",
    "mario",
    "marius",
    "mark",
    "markus",
    "marlon",
    "martin",
    "martyn",
    "marvin",
    "massimo",
    "massoud",
    "mateo",
    "mathew",
    "mathias",
    "matt",
    "matthew",
    "matthias",
    "matthieu",
    "maurice",
    "mauricio",
    "maurizio",
    "max",
    "maxim",
    "maximilian",
    "mehmet",
    "melvin",
    "mervyn",
    "micah",
    "michael",
    "micheal",
    "michel",
    "mick",
    "miguel",
    "mikael",
    "mike",
    "mikhail",
    "mikko",
    "milo",
    "milton",
    "mitch",
    "mitchell",
    "mitt",
    "mohamed",
    "mohammad",
    "mohammed",
    "moses",
    "muhammad",
    "mujtaba",
    "nasser",
    "nate",
    "nathan",
    "nathaniel",
    "ned",
    "neil",
    "nelson",
    "neville",
    "newt",
    "niall",
    "nicholas",
    "nick",
    "nico",
    "nicolas",
    "nigel",
    "niklas",
    "nikola",
    "nikolai",
    "nikos",
    "nils",
    "noah",
    "noel",
    "norbert",
    "norman",
    "ole",
    "oleg",
    "oliver",
    "olivier",
    "olof",
    "omar",
    "osama",
    "ossie",
    "oswald",
    "otto",
    "owen",
    "ozzy",
    "pablo",
    "paolo",
    "pascal",
    "patrice",
    "patricio",
    "patrick",
    "patrik",
    "paul",
    "pavel",
    "pedro",
    "percy",
    "perry",
    "pete",
    "peter",
    "phil",
    "philip",
    "philippe",
    "phillip",
    "pierce",
    "pierre",
    "piers",
    "pieter",
    "platon",
    "prassana",
    "quentin",
    "quincy",
    "radwan",
    "rafael",
    "raffaello",
    "rahm",
    "rainer",
    "raj",
    "ralf",
    "ralph",
    "ramesh",
    "ramon",
    "rand",
    "randall",
    "randy",
    "raphael",
    "raul",
    "ravi",
    "ray",
    "raymond",
    "reggie",
    "reginald",
    "reidar",
    "reince",
    "reinhard",
    "remy",
    "rene",
    "reuben",
    "rex",
    "rhodri",
    "rhys",
    "ricardo",
    "richard",
    "richie",
    "rick",
    "ricky",
    "rob",
    "robbie",
    "robby",
    "robert",
    "roberto",
    "rod",
    "roderick",
    "rodney",
    "rodrigo",
    "roger",
    "rohit",
    "roland",
    "rolf",
    "roly",
    "romain",
    "romano",
    "ron",
    "ronald",
    "ronaldo",
    "ronan",
    "ronnie",
    "rory",
    "roy",
    "ruben",
    "rudolf",
    "rudy",
    "rufus",
    "rupert",
    "russell",
    "ruud",
    "ryan",
    "ryuhei",
    "saddam",
    "sadiq",
    "sajid",
    "salvador",
    "salvatore",
    "samir",
    "sammy",
    "samuel",
    "sander",
    "sanjay",
    "saul",
    "scott",
    "seamus",
    "sean",
    "sebastian",
    "sebastien",
    "sepp",
    "serge",
    "sergei",
    "sergey",
    "sergio",
    "seth",
    "shahid",
    "shailendra",
    "shamil",
    "shane",
    "shaun",
    "shawn",
    "sheldon",
    "shogo",
    "sidney",
    "silvio",
    "simon",
    "solomon",
    "spike",
    "stan",
    "stanley",
    "stefan",
    "stefano",
    "stephan",
    "stephen",
    "steve",
    "steven",
    "stewart",
    "stu",
    "stuart",
    "subir",
    "sundar",
    "sunil",
    "suranga",
    "sven",
    "sylvester",
    "tad",
    "taha",
    "tariq",
    "ted",
    "teddy",
    "terence",
    "terrance",
    "terrence",
    "terry",
    "thaddeus",
    "theo",
    "theodore",
    "thierry",
    "thomas",
    "tim",
    "timothy",
    "tobias",
    "toby",
    "todd",
    "tom",
    "tomas",
    "tomasz",
    "tommy",
    "tony",
    "torsten",
    "toshihiko",
    "travis",
    "trent",
    "trevin",
    "trevor",
    "trey",
    "tristan",
    "troy",
    "tyler",
    "tyrone",
    "ulrich",
    "umberto",
    "urs",
    "uwe",
    "vadim",
    "valentin",
    "valentino",
    "vassilli",
    "vicente",
    "victor",
    "vijay",
    "vikram",
    "viktor",
    "vin",
    "vince",
    "vincent",
    "vinod",
    "virgil",
    "vito",
    "vittorio",
    "vladimir",
    "waldemar",
    "wallace",
    "walter",
    "warren",
    "wayne",
    "werner",
    "wesley",
    "wilbur",
    "wilfred",
    "will",
    "willem",
    "william",
    "willie",
    "winston",
    "wojciech",
    "wolfgang",
    "woodrow",
    "wyatt",
    "xavier",
    "yannick",
    "yaseen",
    "yasser",
    "yiannis",
    "yitzhak",
    "yosef",
    "yoshiaki",
    "yuri",
    "yusuf",
    "zach",
    "zachary",
    "zack",
    "zane",
    "zeke",
    "zoltan",
]);

/// Common given names of women.
const FEMALE_NAMES: &Words = &Words::new(&[
    "abby",
    "abigail",
    "ada",
    "adele",
    "adriana",
    "adrienne",
    "agnes",
    "alessandra",
    "alexandra",
    "alexis",
    "alice",
    "alicia",
    "alina",
    "alison",
    "allison",
    "alma",
    "alyssa",
    "amanda",
    "amber",
    "amelia",
    "amelie",
    "amy",
    "ana",
    "anastasia",
    "angela",
    "angelica",
    "angelina",
    "angelique",
    "angie",
    "anita",
    "anja",
    "anke",
    "ann",
    "anna",
    "anne",
    "annette",
    "annie",
    "annika",
    "antoinette",
    "antonia",
    "arianna",
    "arlene",
    "astrid",
    "audrey",
    "ava",
    "barbara",
    "bea",
    "beatrice",
    "beatriz",
    "becky",
    "belinda",
    "benazir",
    "berit",
    "bernadette",
    "bernice",
    "bertha",
    "bessie",
    "beth",
    "bethany",
    "betsy",
    "betty",
    "beulah",
    "beverley",
    "beverly",
    "bianca",
    "birgit",
    "blanca",
    "blanche",
    "bonnie",
    "brandi",
    "brenda",
    "bridget",
    "brigitte",
    "britney",
    "brittany",
    "brooke",
    "bryony",
    "caitlin",
    "camilla",
    "camille",
    "candace",
    "candice",
    "cara",
    "carla",
    "carly",
    "carmen",
    "carol",
    "carole",
    "carolina",
    "caroline",
    "carolyn",
    "carrie",
    "cassandra",
    "catalina",
    "cate",
    "caterina",
    "catherine",
    "cathy",
    "cecelia",
    "cecile",
    "cecilia",
    "celia",
    "celine",
    "cerys",
    "chantal",
    "charlene",
    "charlotte",
    "chelsea",
    "cherie",
    "cheryl",
    "chloe",
    "chrissie",
    "christie",
    "christina",
    "christine",
    "christy",
    "ciara",
    "cindy",
    "claire",
    "clara",
    "clare",
    "clarissa",
    "claudia",
    "colette",
    "colleen",
    "conchita",
    "condoleezza",
    "connie",
    "constance",
    "cora",
    "corinne",
    "courtney",
    "cristina",
    "cynthia",
    "daisy",
    "daniela",
    "danielle",
    "daphne",
    "darla",
    "darlene",
    "deanna",
    "debbie",
    "deborah",
    "debra",
    "deirdre",
    "delia",
    "delores",
    "delphine",
    "denise",
    "desiree",
    "diana",
    "diane",
    "dianna",
    "dianne",
    "dina",
    "dolores",
    "donna",
    "dora",
    "doreen",
    "doris",
    "dorothy",
    "edith",
    "edna",
    "edwina",
    "eileen",
    "elaine",
    "eleanor",
    "elena",
    "eleni",
    "elisa",
    "elisabeth",
    "elise",
    "eliza",
    "elizabeth",
    "elke",
    "ella",
    "ellen",
    "ellie",
    "eloise",
    "elsa",
    "elsie",
    "elvira",
    "emilia",
    "emily",
    "emma",
    "emmeline",
    "erica",
    "erika",
    "erin",
    "erma",
    "ernestine",
    "estelle",
    "esther",
    "ethel",
    "eugenie",
    "eunice",
    "eva",
    "evelyn",
    "fatima",
    "faye",
    "felicia",
    "felicity",
    "fernanda",
    "fiona",
    "flic",
    "florence",
    "frances",
    "francesca",
    "freda",
    "freya",
    "gabriela",
    "gabrielle",
    "gail",
    "gayle",
    "gemma",
    "genevieve",
    "georgeta",
    "georgina",
    "geraldine",
    "germaine",
    "gertrude",
    "ghazala",
    "gilda",
    "gillian",
    "gina",
    "giselle",
    "gladys",
    "glenda",
    "gloria",
    "golda",
    "grace",
    "greta",
    "gretchen",
    "gwen",
    "gwendolyn",
    "gwyneth",
    "hannah",
    "harriet",
    "hattie",
    "hayley",
    "hazel",
    "heather",
    "heidi",
    "heike",
    "helen",
    "helena",
    "henrietta",
    "hermione",
    "hilda",
    "hillary",
    "holly",
    "huma",
    "ilyse",
    "imelda",
    "imogen",
    "indira",
    "ines",
    "inez",
    "ingrid",
    "irene",
    "irina",
    "irma",
    "isabel",
    "isabella",
    "isabelle",
    "isla",
    "ivana",
    "ivanka",
    "jacinda",
    "jackie",
    "jacoba",
    "jacqueline",
    "jacquelyn",
    "jade",
    "jana",
    "jane",
    "janet",
    "janice",
    "janie",
    "janine",
    "janis",
    "jasmine",
    "jeanette",
    "jeanne",
    "jeannette",
    "jeannie",
    "jemima",
    "jemma",
    "jenna",
    "jennie",
    "jennifer",
    "jenny",
    "jessica",
    "jill",
    "jillian",
    "joan",
    "joann",
    "joanna",
    "joanne",
    "jocelyn",
    "jodi",
    "jodie",
    "johanna",
    "jolanda",
    "joni",
    "josefina",
    "josephine",
    "josie",
    "joy",
    "joyce",
    "juana",
    "juanita",
    "judi",
    "judith",
    "judy",
    "julia",
    "julianne",
    "julie",
    "juliet",
    "juliette",
    "june",
    "justine",
    "kamala",
    "kara",
    "karen",
    "kari",
    "karin",
    "karina",
    "karla",
    "katarina",
    "kate",
    "katerina",
    "katharine",
    "katherine",
    "kathleen",
    "kathryn",
    "kathy",
    "katie",
    "katja",
    "katrina",
    "kay",
    "kayla",
    "keeley",
    "keira",
    "kelli",
    "kellie",
    "kellyanne",
    "kendra",
    "kerstin",
    "kimberly",
    "kirsten",
    "kirsty",
    "krista",
    "kristen",
    "kristi",
    "kristie",
    "kristin",
    "kristina",
    "kristine",
    "kristy",
    "krystal",
    "kylie",
    "lael",
    "lana",
    "lara",
    "larissa",
    "latoya",
    "laura",
    "lauren",
    "laverne",
    "leah",
    "leanne",
    "leila",
    "lena",
    "leona",
    "lesley",
    "leticia",
    "letitia",
    "lila",
    "liliana",
    "lillian",
    "lillie",
    "lily",
    "lina",
    "linda",
    "lindsay",
    "lisa",
    "liz",
    "liza",
    "lois",
    "lola",
    "lora",
    "lorena",
    "lorene",
    "loretta",
    "lori",
    "lorna",
    "lorraine",
    "louisa",
    "louise",
    "lucia",
    "luciana",
    "lucille",
    "lucinda",
    "lucy",
    "luisa",
    "lydia",
    "lynda",
    "lynette",
    "lynn",
    "lynne",
    "mabel",
    "mable",
    "madeleine",
    "madeline",
    "madonna",
    "mae",
    "maeve",
    "magda",
    "maggie",
    "malgorzata",
    "mamie",
    "mandy",
    "marcella",
    "marcia",
    "margaret",
    "margarita",
    "margie",
    "margo",
    "margot",
    "marguerite",
    "maria",
    "marian",
    "mariana",
    "marianne",
    "marie",
    "marilyn",
    "marina",
    "marisa",
    "marja",
    "marjorie",
    "marla",
    "marlene",
    "marsha",
    "marta",
    "martha",
    "martina",
    "mary",
    "maryam",
    "maryann",
    "mattie",
    "maureen",
    "mavis",
    "maxine",
    "maya",
    "megan",
    "meghan",
    "megyn",
    "melania",
    "melanie",
    "melanne",
    "melba",
    "melinda",
    "melissa",
    "meredith",
    "meryl",
    "mhairi",
    "mia",
    "michelle",
    "mildred",
    "millie",
    "mindy",
    "minnie",
    "mira",
    "miranda",
    "miriam",
    "moira",
    "molly",
    "mona",
    "monica",
    "monika",
    "monique",
    "morag",
    "muriel",
    "myra",
    "myrtle",
    "nadia",
    "nadine",
    "nancy",
    "naomi",
    "natalia",
    "natalie",
    "natasha",
    "nathalie",
    "neera",
    "negar",
    "nell",
    "nellie",
    "nettie",
    "nia",
    "niamh",
    "nichole",
    "nicola",
    "nicole",
    "nicolette",
    "nigella",
    "nikki",
    "nina",
    "nora",
    "norma",
    "odette",
    "olga",
    "olivia",
    "oona",
    "paige",
    "pam",
    "pamela",
    "paola",
    "patricia",
    "patsy",
    "patti",
    "patty",
    "paula",
    "paulette",
    "pauline",
    "peggy",
    "penny",
    "petra",
    "petrina",
    "philippa",
    "phyllis",
    "pippa",
    "polly",
    "priscilla",
    "priyanka",
    "rachael",
    "rachel",
    "ramona",
    "randi",
    "rania",
    "raquel",
    "rebecca",
    "rebekah",
    "renate",
    "renee",
    "rhian",
    "rhona",
    "rhonda",
    "rihanna",
    "rita",
    "roberta",
    "robyn",
    "rochelle",
    "rosa",
    "rosalie",
    "rosalind",
    "rosalyn",
    "rose",
    "rosemarie",
    "rosemary",
    "rosie",
    "rowena",
    "roxanne",
    "ruth",
    "sabine",
    "sabrina",
    "sadie",
    "sally",
    "salma",
    "samantha",
    "samira",
    "sandra",
    "sania",
    "sara",
    "sarah",
    "segolene",
    "selena",
    "selina",
    "serena",
    "shakira",
    "shania",
    "shari",
    "sharon",
    "shauna",
    "shawna",
    "sheila",
    "shelia",
    "shelley",
    "shelly",
    "sheri",
    "sherri",
    "sheryl",
    "shirley",
    "shona",
    "sian",
    "sienna",
    "silvia",
    "simona",
    "simone",
    "sinead",
    "siobhan",
    "sofia",
    "sonia",
    "sonja",
    "sonya",
    "sophia",
    "sophie",
    "stacey",
    "stacy",
    "stephanie",
    "sue",
    "susan",
    "susanna",
    "susie",
    "suzanne",
    "suzie",
    "suzy",
    "svetlana",
    "sybil",
    "sylvia",
    "tabitha",
    "tamara",
    "tami",
    "tammy",
    "tamsin",
    "tania",
    "tanya",
    "tara",
    "tasha",
    "tatiana",
    "tatyana",
    "teresa",
    "teri",
    "terri",
    "tessa",
    "thelma",
    "theresa",
    "tiffany",
    "tina",
    "tonya",
    "tracey",
    "traci",
    "tracy",
    "tricia",
    "trisha",
    "ulrike",
    "uma",
    "una",
    "ursula",
    "valentina",
    "valerie",
    "vanessa",
    "velma",
    "vera",
    "verna",
    "veronica",
    "veronique",
    "vicki",
    "vickie",
    "vicky",
    "victoria",
    "viola",
    "violet",
    "virginia",
    "virginie",
    "viviane",
    "wanda",
    "wendy",
    "wilma",
    "winifred",
    "xenia",
    "yasmin",
    "yelena",
    "yolanda",
    "yonca",
    "yulia",
    "yvette",
    "yvonne",
    "zara",
    "zelda",
    "zeynep",
    "zoe",
]);

/// `word` without its possessive "'s" ("CNN's" -> "CNN"), when it has one.
pub(crate) fn possessor(word: &str) -> Option<&str> {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
}

/// The sex a title before a name tells ("Mr", "Ms."), if any.
pub(crate) fn sex_of_title(word: &str) -> Option<Pronoun> {
    let title = word.trim_end_matches('.');
    if lower_in(title, &["mr"]) {
        Some(Pronoun::He)
    } else if lower_in(title, &["miss", "mrs", "ms"]) {
        Some(Pronoun::She)
    } else {
        None
    }
}

/// The first person named in `text` whose given name or title tells sex `p`, outside quotation
/// marks and not as a possessor, and where the name starts: "Mr Prater's sentiments were echoed
/// by Christine Rush, director of …" gives "Christine Rush" for "she"; "Tory co-chairman Liam
/// Fox has opened proceedings with a speech criticising Tony Blair's record" gives "Liam Fox"
/// for "he".
///
/// With `possessors`, a possessor is named too ("Mrs Blair's remarks …" gives "Blair" for a
/// "she" that no other name finds).
pub(crate) fn first_person_of_sex<'t>(
    text: &'t str,
    p: Pronoun,
    possessors: bool,
) -> Option<(usize, String)> {
    let words = words_quoted(text);
    let capital = |w: &'t str| {
        let b = name_word(w);
        b.chars().next().is_some_and(char::is_uppercase)
            && b.chars().skip(1).any(char::is_lowercase)
    };
    for k in 0..words.len() {
        let (start, w, inside) = words[k];
        if inside {
            continue;
        }
        // A given name, then one or two capitalised words ("Christine Rush"), the last no
        // possessor ("Tony Blair's record").
        let given = name_word(w);
        if sex_of_given(given) == Some(p) && !w.ends_with([',', '.', ';', ':']) {
            let mut rest = Vec::new();
            for (_, x, _) in words[k + 1..].iter().take(2) {
                if !capital(x) {
                    break;
                }
                rest.push(*x);
                if x.ends_with([',', '.', ';', ':', ')']) || possessed_word(x) {
                    break;
                }
            }
            if let Some(last) = rest.last() {
                let surname = {
                    let w = name_word(last);
                    possessor(w).unwrap_or(w)
                };
                if possessors == possessed_word(last)
                    && !lower_in(surname, PERSON_TITLES)
                    && !lower_in(surname, ORGANIZATIONS)
                {
                    let names: Vec<&str> = rest
                        .iter()
                        .map(|x| {
                            let w = name_word(x);
                            possessor(w).unwrap_or(w)
                        })
                        .collect();
                    return Some((start, format!("{given} {}", names.join(" "))));
                }
            }
        }
        // A title and a surname ("Mr Prater"), no possessor.
        if sex_of_title(w) == Some(p) {
            if let Some((_, x, _)) = words.get(k + 1).filter(|(_, x, _)| capital(x)) {
                if possessors == possessed_word(x) {
                    let w = name_word(x);
                    return Some((start, possessor(w).unwrap_or(w).to_string()));
                }
            }
        }
    }
    None
}

/// The first full name in `text` whose given name tells no sex that a role makes a person's,
/// outside quotation marks, and where it starts: a role before it ("For Jupiter analyst Olivier
/// Beauvillain, …", "economics minister Heizo Takenaka", "Professor Robin Lovell-Badge") or a
/// description after it ("Reidar Wasenius, a senior project manager at Nokia"). For a "he" or
/// "she" that neither a source nor [`first_person_of_sex`] finds.
pub(crate) fn first_person_by_role(text: &str) -> Option<(usize, String)> {
    let words = words_quoted(text);
    (0..words.len())
        .filter(|&k| !words[k].2 && sex_of_given(words[k].1).is_none())
        .find_map(|k| role_named(&words, k).map(|name| (words[k].0, name)))
}

/// A word of a name without the punctuation around it ("(Rush," -> "Rush"; hyphens and
/// apostrophes stay: "Lovell-Badge", "O'Connor").
fn name_word(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '\'')
}

/// True when `s` holds two spaces in a row ("the  New York Times": a no-break space read as two,
/// see `ascii_spaced`, or a typist's double space). A loop over the bytes: names are short, and
/// a substring search costs more to set up than this.
pub(crate) fn double_space(s: &str) -> bool {
    s.as_bytes().windows(2).any(|w| w == b"  ")
}

/// `s` with each run of spaces made one.
pub(crate) fn single_spaced(s: &str) -> String {
    s.split(' ')
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// True when word `w` is a possessor, whatever punctuation closes it ("Blair's", "voters'").
fn possessed_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.', ';', ':', ')']);
    w.ends_with("'s") || w.ends_with("\u{2019}s") || w.ends_with("s'")
}

/// The words of `text` (split at spaces), each with where it starts and whether a quotation is
/// open at it.
fn words_quoted(text: &str) -> Vec<(usize, &str, bool)> {
    let mut words = Vec::new();
    let mut quoted = false;
    let mut at = 0;
    for w in text.split(' ') {
        let inside = quoted || w.starts_with(['"', '\u{201C}']);
        for c in w.chars() {
            if matches!(c, '"' | '\u{201C}' | '\u{201D}') {
                quoted = c == '\u{201C}' || (c == '"' && !quoted);
            }
        }
        if !w.is_empty() {
            words.push((at, w, inside));
        }
        at += w.len() + 1;
    }
    words
}

/// The full name that opens at `words[k]` when a role makes it a person's: two or three
/// capitalised words, none a title, a role or a body's, the last no possessor, after a noun of a
/// role ("analyst Olivier Beauvillain", "Professor Robin Lovell-Badge") or before a comma and a
/// description headed by one within four words ("Reidar Wasenius, a senior project manager",
/// "Cardinal Cormac Murphy O'Connor, the Archbishop of Westminster"). Not from inside a name
/// ("Saumarez Smith" of "Charles Saumarez Smith").
fn role_named(words: &[(usize, &str, bool)], k: usize) -> Option<String> {
    // A role in lower case ("analyst", "star"), or a title in capitals ("Professor"); not
    // the joining words of titles ("secretary of state").
    let role = |w: &str| {
        let b = name_word(w);
        let title = lower_in(b, TITLES) && !lower_in(b, &["and", "gop", "of", "the", "u.s.", "us"]);
        title
            || b.starts_with(char::is_lowercase)
                && (lower_in(b, PERSON_NOUNS) || lower_in(b, PLAYERS))
    };
    // A word of a name: capitalised letters, no title, role or body ("Minister Wolfgang").
    let plain = |w: &str| {
        let b = name_word(w);
        b.len() >= 2
            && b.starts_with(char::is_uppercase)
            && b.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
            && b.chars().skip(1).any(char::is_lowercase)
            && !lower_in(b, PERSON_TITLES)
            && !lower_in(b, TITLES)
            && !lower_in(b, PERSON_NOUNS)
            && !lower_in(b, ORGANIZATIONS)
            && !lower_in(b, FUNCTION_WORDS)
    };
    let opens = k == 0 || words[k - 1].2 || !plain(words[k - 1].1) || words[k - 1].1.ends_with(',');
    if !opens {
        return None;
    }
    // The name's words: up to three, the last one a punctuation mark closes.
    let mut n = 0;
    while n < 3 && words.get(k + n).is_some_and(|w| !w.2 && plain(w.1)) {
        n += 1;
        if words[k + n - 1].1.ends_with([',', '.', ';', ':', ')']) {
            break;
        }
    }
    if n < 2
        || words[k..k + n - 1]
            .iter()
            .any(|w| w.1.ends_with([',', '.', ';', ':']))
    {
        return None;
    }
    let last = words[k + n - 1].1;
    if possessed_word(last) {
        return None;
    }
    let before = k > 0 && !words[k - 1].2 && role(words[k - 1].1) && !words[k - 1].1.ends_with(',');
    let after = last.ends_with(',')
        && words
            .get(k + n)
            .is_some_and(|w| lower_in(name_word(w.1), &["a", "an", "the"]))
        && words[k + n + 1..].iter().take(4).any(|w| role(w.1));
    let name: Vec<&str> = words[k..k + n].iter().map(|w| name_word(w.1)).collect();
    (before || after).then(|| name.join(" "))
}

/// The sex a person's name tells by its given name ("Hillary Clinton": she), if any.
pub(crate) fn sex_of_name(name: &str) -> Option<Pronoun> {
    // (Of a name of two words or more.)
    let (first, _) = name.split_once(' ')?;
    sex_of_given(first)
}

/// The sex a person's name tells by its given name or its title ("Hillary Clinton", "Mrs.
/// Clinton": she), if any.
pub(crate) fn sex_of_name_or_title(name: &str) -> Option<Pronoun> {
    sex_of_name(name).or_else(|| sex_of_title(name.split(' ').next().unwrap_or("")))
}

/// True when `name` ends in a plural of initials, a group ("Many MPs", "Labour MPs").
pub(crate) fn plural_initials(name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or("");
    last.len() >= 3
        && last.ends_with('s')
        && last[..last.len() - 1]
            .bytes()
            .all(|b| b.is_ascii_uppercase())
}

/// The sex a given name tells ("Hillary": she), if any.
pub(crate) fn sex_of_given(word: &str) -> Option<Pronoun> {
    if lower_in(word, MALE_NAMES) {
        Some(Pronoun::He)
    } else if lower_in(word, FEMALE_NAMES) {
        Some(Pronoun::She)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aside_bytes_is_the_longest_aside() {
        let longest = ASIDE_PHRASES
            .iter()
            .chain(ASIDE_WORDS)
            .map(|a| a.len())
            .max();
        assert_eq!(longest, Some(ASIDE_BYTES));
    }

    /// Every `&[&str]` constant of the attribution sources is sorted and in lower case, as
    /// [`lower_in`] needs for its binary search over lists of more than 16 words (four lists
    /// that were not, "win" before "wicket" among them, missed words); `JOINTS`, searched in
    /// order, is the exception. (A [`Words`] list out of order does not compile.)
    #[test]
    fn every_word_list_in_the_source_is_sorted() {
        let sources = [
            include_str!("mod.rs"),
            include_str!("quotes.rs"),
            include_str!("resolve.rs"),
            include_str!("tag.rs"),
            include_str!("transcript.rs"),
        ];
        let mut lists = 0;
        for source in sources {
            let mut at = 0;
            for line in source.split_inclusive('\n') {
                at += line.len();
                let decl = line
                    .trim_start_matches("pub(crate) ")
                    .trim_start_matches("pub(super) ");
                let Some((name, _)) = decl
                    .strip_prefix("const ")
                    .and_then(|d| d.split_once(": &[&str] = &["))
                else {
                    continue;
                };
                let body = &source[at - line.len()..];
                let body = &body[body.find("= &[").unwrap()..body.find("];").unwrap()];
                // (Each word as the program sees it: "\u{2019}" is one character.)
                let words: Vec<String> = body.split('"').skip(1).step_by(2).map(unescape).collect();
                lists += 1;
                if name == "JOINTS" {
                    continue;
                }
                for pair in words.windows(2) {
                    assert!(
                        pair[0] < pair[1],
                        "{name}: {:?} before {:?}",
                        pair[0],
                        pair[1]
                    );
                }
                assert!(words.iter().all(|w| *w == w.to_lowercase()), "{name}");
            }
        }
        assert!(lists > 40, "{lists} lists found");
    }

    /// A string literal's text with its `\u{…}` escapes decoded (the only escapes the lists use).
    fn unescape(literal: &str) -> String {
        let mut out = String::new();
        let mut rest = literal;
        while let Some(i) = rest.find("\\u{") {
            let close = i + rest[i..].find('}').unwrap();
            out.push_str(&rest[..i]);
            let code = u32::from_str_radix(&rest[i + 3..close], 16).unwrap();
            out.push(char::from_u32(code).unwrap());
            rest = &rest[close + 1..];
        }
        assert!(!rest.contains('\\'), "{literal}: an escape");
        out + rest
    }

    #[test]
    fn unquoted_title_takes_off_the_marks_of_a_title_only() {
        assert_eq!(
            unquoted_title("the magazine 'Famiglia Cristiana'").as_deref(),
            Some("the magazine Famiglia Cristiana")
        );
        assert_eq!(
            unquoted_title("\u{2018}The Times of India\u{2019}").as_deref(),
            Some("The Times of India")
        );
        assert_eq!(
            unquoted_title("Brian 'Head' Welch").as_deref(),
            Some("Brian Welch")
        );
        // A possessive, an elision and a lower-case word open no title.
        assert_eq!(unquoted_title("the Dockers' Union"), None);
        assert_eq!(unquoted_title("Mr O'Brien's lawyers"), None);
        assert_eq!(unquoted_title("rock 'n' roll fans"), None);
        // A long run of quoted words is left alone (each pair would be one more reading).
        let long = vec!["'A'"; 40].join(" ");
        assert_eq!(unquoted_title(&long), None);
        // (And reading it as a phrase ends: the test fails by overflowing its stack if not.)
        let _ = classify(&long, false);
        let _ = classify(&long, true);
    }

    /// A [`Words`] list finds, in any ASCII case, exactly the words a scan of the whole list
    /// finds: its index by the first two bytes puts every word in the one place a key looks.
    #[test]
    fn indexed_lists_find_what_a_scan_finds() {
        const EDGES: &Words = &Words::new(&[
            "'n",
            "1st",
            "a",
            "a-b",
            "ab",
            "abz",
            "b",
            "b'",
            "bz",
            "z",
            "zz",
            "\u{e9}t\u{e9}",
        ]);
        let lists: &[&Words] = &[
            EDGES,
            ABBREVIATIONS,
            MONTHS,
            FULL_MONTHS,
            UNNAMED_MONTHS,
            WEEKDAYS,
            BETWEEN,
            STOP,
            EMBEDDING,
            CLAUSE_AUXILIARIES,
            LEADING,
            POSTMODIFIERS,
            TIME,
            STATES,
            FUNCTION_WORDS,
            TITLES,
            PLACES_AND_TEAMS,
            KNOWN_BODIES,
            PUBLICATIONS,
            MOODS,
            ORGANIZATIONS,
            ANONYMOUS,
            DOCUMENTS,
            ORG_NOUNS,
            PUBLICATION_NOUNS,
            PLAYERS,
            PERSON_NOUNS,
            QUANTITIES,
            PREPOSITIONS,
            NOT_GROUPS,
            NOT_AGENTS,
            PEOPLES,
            HEAD_TITLES,
            MALE_NAMES,
            FEMALE_NAMES,
        ];
        let scan =
            |list: &Words, key: &str| list.words().iter().any(|w| w.eq_ignore_ascii_case(key));
        for list in lists {
            let mut keys = vec![String::new(), "-".into(), "A".into(), "\u{c9}".into()];
            for w in list.words() {
                keys.push(w.to_string());
                keys.push(w.to_ascii_uppercase());
                keys.push(format!("{w}s"));
                keys.push(format!("{w}-"));
                keys.push(format!("x{w}"));
                keys.push(w[..w.len() - w.chars().last().map_or(0, char::len_utf8)].to_string());
                let mut title = w.to_string();
                if title.is_char_boundary(1) {
                    title[..1].make_ascii_uppercase();
                }
                keys.push(title);
            }
            for key in &keys {
                assert_eq!(
                    lower_in(key, *list),
                    scan(list, key),
                    "{key:?} in a list opening {:?}",
                    &list.words()[..3]
                );
            }
        }
        assert!(lower_in("A", EDGES) && lower_in("A-B", EDGES) && lower_in("\u{e9}t\u{e9}", EDGES));
        assert!(
            !lower_in("aa", EDGES) && !lower_in("b-", EDGES) && !lower_in("\u{c9}t\u{e9}", EDGES)
        );
    }

    /// The byte searches that stand in for `str` searches find what those do.
    #[test]
    fn byte_searches_find_what_string_searches_find() {
        let texts = [
            "",
            "of",
            " of ",
            "the work of Okafor of the OECD",
            "proof of , of",
            "Smith, Jones, and Brown, said",
            "a ,b, c",
            "yes - no \u{2013} maybe - so",
            "\u{201C}It\u{2019}s here,\u{201D} she said, that that is, that",
            "x''y '' z",
        ];
        for t in texts {
            for pat in [
                " of ", " - ", " and ", ", and ", "; ", "that ", "''", " with ", ",",
            ] {
                assert_eq!(find_str(t, pat), t.find(pat), "{pat:?} in {t:?}");
                assert_eq!(rfind_str(t, pat), t.rfind(pat), "{pat:?} back in {t:?}");
            }
            assert_eq!(find_str(t, ""), None);
            assert_eq!(find_str(t, ", "), t.find(", "), "{t:?}");
            assert_eq!(rfind_str(t, ", "), t.rfind(", "), "{t:?}");
            let starts: Vec<usize> = str_starts(t, "that ").collect();
            let matched: Vec<usize> = t.match_indices("that ").map(|(i, _)| i).collect();
            assert_eq!(starts, matched, "{t:?}");
        }
        for w in [
            "Blair's",
            "Blair\u{2019}s",
            "Blair's\u{2019}s",
            "Jones's's",
            "Bliss",
            "'s",
            "",
        ] {
            assert_eq!(
                strip_possessives(w),
                w.trim_end_matches("'s").trim_end_matches("\u{2019}s"),
                "{w:?}"
            );
        }
    }

    #[test]
    fn lower_in_finds_whole_words_only() {
        assert!(lower_in("Kremlin", ORGANIZATIONS) && !lower_in("Kremlins", ORGANIZATIONS));
        assert!(lower_in("Wicket", &["wicket"]) && !lower_in("wicke", &["wicket"]));
    }

    fn left_of(text: &str, cue: &str) -> Option<(String, Option<String>, bool)> {
        let at = text.find(cue).unwrap();
        left(text, 0, Span::new(at, at + cue.len())).map(|(f, e)| {
            (
                text[f.phrase.range()].to_string(),
                f.descriptor.map(|d| text[d.range()].to_string()),
                e,
            )
        })
    }

    fn right_of(text: &str, cue: &str) -> Option<String> {
        let at = text.find(cue).unwrap();
        right(text, Span::new(at, at + cue.len()), text.len(), true)
            .map(|f| text[f.phrase.range()].to_string())
    }

    #[test]
    fn subject_before_the_verb() {
        let (p, d, e) = left_of("But Sen. Bernie Sanders also said on Monday", "said").unwrap();
        assert_eq!((p.as_str(), d, e), ("Sen. Bernie Sanders", None, false));
        let (p, d, _) = left_of(
            "Tad Devine, a senior strategist for Sanders, said it",
            "said",
        )
        .unwrap();
        assert_eq!(p, "Tad Devine");
        assert_eq!(d.as_deref(), Some("a senior strategist for Sanders"));
        let (p, _, e) = left_of("a plan that Kirby said would fail", "said").unwrap();
        assert_eq!(p, "Kirby");
        assert!(e, "embedded in a relative clause");
    }

    #[test]
    fn subject_after_the_verb() {
        assert_eq!(
            right_of(", said John Kirby, a spokesman.", "said").unwrap(),
            "John Kirby"
        );
        assert_eq!(
            right_of(
                "according to sources familiar with the talks, the",
                "according to"
            )
            .unwrap(),
            "sources familiar with the talks"
        );
        assert_eq!(right_of(" said Kirby on Monday.", "said").unwrap(), "Kirby");
    }

    #[test]
    fn names_descriptions_and_pronouns() {
        let named = |p: &str| match classify(p, false) {
            Some(Mention::Named { name, kind, .. }) => Some((name, kind)),
            _ => None,
        };
        assert_eq!(
            named("National Security Council spokesman John Kirby"),
            Some(("John Kirby".into(), SourceKind::Person))
        );
        assert_eq!(
            named("President Obama"),
            Some(("Obama".into(), SourceKind::Person))
        );
        assert_eq!(
            named("the White House"),
            Some(("the White House".into(), SourceKind::Organization))
        );
        assert_eq!(
            named("The New York Times"),
            Some(("the New York Times".into(), SourceKind::Publication))
        );
        assert_eq!(
            named("a US official"),
            Some(("a US official".into(), SourceKind::Anonymous))
        );
        assert_eq!(
            named("sources"),
            Some(("sources".into(), SourceKind::Anonymous))
        );
        assert_eq!(
            named("the report"),
            Some(("the report".into(), SourceKind::Document))
        );
        assert_eq!(named("the weather"), None);
        assert_eq!(classify("he", false), Some(Mention::Pronoun(Pronoun::He)));
    }
}
