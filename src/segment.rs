//! Sentence segmentation: splits English text into sentence [`Span`]s.
//!
//! # Algorithm
//!
//! The segmenter is a single left-to-right pass over the bytes of the input. Most bytes are
//! skipped with one table look-up; only *candidate* bytes stop the scan:
//!
//! * `.` — a full stop, an abbreviation, a decimal point, a list marker or part of an ellipsis;
//! * `?` and `!` — question and exclamation marks (runs such as `?!` count as one mark);
//! * `\n` and `\r` — line breaks (a blank line always ends a sentence);
//! * `)` — the end of an inline list marker such as `1)`, `b)` or `(iv)`;
//! * the lead bytes of `…` and of the full-width / ideographic marks `．。！？`.
//!
//! At a candidate the segmenter looks at a small, bounded window around it: the token before
//! the mark (is it a number, a known abbreviation, an initial, a multi-period abbreviation like
//! `U.S.`, a list marker?), the closing quotes, brackets and citation marks (`[12]`) that
//! follow the mark, and the first token after the following white space (is it capitalised,
//! lower case, a digit, a list marker, a bullet, a common sentence-starting word like `The`?).
//! A small set of rules, modelled on the behaviour that the Pragmatic Segmenter "Golden Rules"
//! specify, decides whether the sentence ends there:
//!
//! * after an ordinary word or a number, a terminal mark ends the sentence when the next token
//!   looks like a sentence start (capital letter, digit, list marker, bullet, opening quote or
//!   bracket before one of these); a lower-case word continues the sentence after a closing
//!   quote or bracket (`"Stop." she said.`), but informal text often starts sentences in lower
//!   case, so a bare `.` or `?` before one ends the sentence (`great food. the staff…`) unless
//!   the word looks truncated (`anti-E.`, `Sch.`) or the question is a title (`Shall We Dance?`);
//! * after a title (`Mr.`, `Dr.`, `Prof.`) or a mid-sentence abbreviation (`e.g.`, `cf.`, `vs.`)
//!   the sentence never ends; after other known abbreviations (`Inc.`, `U.S.`, `Jan.`) and after
//!   multi-period abbreviations it ends only when the next word is a common sentence starter
//!   (`The`, `He`, `It`, `However`, …); `a.m.`/`p.m.` and `etc.` end it before any capitalised
//!   word (except after a short fronted time phrase such as `At 5 a.m.`); `No. 5`, `Fig. 3`,
//!   `p. 55` never end before their number, and units after a number (`72 h.`, `8 min.`) act as
//!   ordinary words;
//! * single capital letters are initials (`J. R. R. Tolkien`), except the pronoun `I` after a
//!   lower-case word, and a letter after a lower-case word before a common word
//!   (`NF-kappa B. Activation …`);
//! * numbered and lettered list items (`1.`, `2)`, `(c)`, `iv.`) that continue (or restart) a
//!   recent list begun at a sentence start begin a new sentence even without a preceding
//!   terminal mark, unless they follow a comma or a word like `and`/`in` (`panels (A) and (B)`);
//!   a bullet (`•`) between spaces always starts a new item;
//! * ellipses (`...`, `…`, `. . . .`) end a sentence only before a capitalised word, and a
//!   spaced three-dot ellipsis never does; `[...]` marks an omission, and so does an ellipsis
//!   opening a quotation (`“… There is`);
//! * citation marks stay with the sentence they follow (`known.[3]`, `known. [3]`,
//!   `(1987).1`), and sentences glued without a space are split (`world.Today`);
//! * a blank line always ends a sentence; a single line break ends one only after a short,
//!   heading-like line (or before a list item or bullet), so wrapped paragraphs stay whole.
//!
//! Every look-around is bounded by a small constant, and every handler returns a position past
//! the bytes it examined, so the pass is linear in the input length and allocates only the
//! output vector. Boundaries are byte offsets on character boundaries; each sentence is the
//! text between two boundaries with the surrounding white space trimmed off.

use crate::span::Span;

/// How far (in bytes) the segmenter looks back for the word before a mark.
const WORD_WINDOW: usize = 64;
/// How much white space the segmenter skips when looking for the next token.
const SPACE_WINDOW: usize = 1024;
/// How far back a line break looks for the start of the previous line.
const LINE_WINDOW: usize = 160;
/// How far (in bytes) after a list marker the next marker of the same list is looked for.
const LIST_REACH: usize = 300;

/// Splits `text` into sentence spans.
///
/// The spans are in order, do not overlap, are never empty, start and end on characters that
/// are not ASCII white space, and only ASCII white space lies between (and around) them: other
/// spaces (a no-break space, an em space) stay inside a sentence, so that any reader of the byte
/// offsets finds nothing but white space between sentences. Input of white space only gives no
/// span. Offsets are bytes into `text`, always on `char` boundaries.
///
/// # Examples
///
/// ```
/// use epistemic::segment::sentences;
///
/// let text = "Mr. Smith arrived at 5 p.m. on Jan. 5. He may stay. \"Why?\" she asked.";
/// let found: Vec<&str> = sentences(text).iter().map(|s| &text[s.range()]).collect();
/// assert_eq!(
///     found,
///     ["Mr. Smith arrived at 5 p.m. on Jan. 5.", "He may stay.", "\"Why?\" she asked."]
/// );
/// assert!(sentences("  \n ").is_empty());
/// ```
#[must_use]
pub fn sentences(text: &str) -> Vec<Span> {
    Segmenter::new(text).run()
}

/// Bytes that stop the fast scan.
const CANDIDATE: [bool; 256] = {
    let mut t = [false; 256];
    t[b'.' as usize] = true;
    t[b'?' as usize] = true;
    t[b'!' as usize] = true;
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[b')' as usize] = true;
    t[0xE2] = true; // … ‼ ⁇ ⁈ ⁉
    t[0xE3] = true; // 。
    t[0xEF] = true; // ． ！ ？ ｡
    t
};

/// The kind of the first token after a possible boundary.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// End of input.
    End,
    /// Starts with an upper-case letter.
    Upper,
    /// Starts with a lower-case letter.
    Lower,
    /// Starts with a letter of a script without case.
    Caseless,
    /// Starts with a digit (or a currency sign before one).
    Digit,
    /// A list marker such as `2.`, `b)` or `(iv)`.
    Marker,
    /// A bullet such as `•` or `*`.
    Bullet,
    /// Terminal punctuation (`.`, `?`, `!`): never a sentence start.
    Punct,
    /// Any other symbol.
    Other,
}

/// The first token after a possible boundary.
#[derive(Debug, Clone, Copy)]
struct Next {
    kind: Kind,
    /// Byte range of the leading ASCII letters of the token (for the sentence-starter list).
    word: (usize, usize),
    /// True when an opening quote, bracket or dash comes before the token.
    opened: bool,
}

impl Next {
    /// True when the token looks like the start of a sentence.
    fn starts_sentence(&self) -> bool {
        matches!(
            self.kind,
            Kind::Upper | Kind::Caseless | Kind::Digit | Kind::Marker | Kind::Bullet | Kind::Other
        )
    }
}

/// What a word before a full stop is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum WordClass {
    /// Digits with separators: `600`, `1,000`, `$100.00`, `1026.253.553`.
    Number,
    /// A single letter: an initial, a list letter or `I`.
    Letter,
    /// A known abbreviation.
    Abbr(Abbr),
    /// Letters separated by periods: `U.S`, `J.C`, `Ph.D`.
    MultiPeriod,
    /// Anything else.
    Plain,
}

/// Classes of known abbreviations.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Abbr {
    /// Titles before a name (`Mr.`, `Dr.`, `Gen.`): never end a sentence.
    Title,
    /// Used only inside a sentence (`e.g.`, `cf.`, `vs.`): never end a sentence.
    Inner,
    /// Before a number (`No. 5`, `Fig. 3`, `pp. 4`); `real` marks ones that are also words.
    Numbered { real: bool },
    /// `a.m.` and `p.m.`
    Time,
    /// `etc.`: ends a sentence before any capitalised word.
    Final,
    /// Other abbreviations: end a sentence only before a common sentence starter.
    General,
}

/// Punctuation shape of a list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkPunct {
    /// `1.`
    Dot,
    /// `1.)`
    DotParen,
    /// `1)`
    Paren,
    /// `(1)`
    Parens,
}

/// Counting system of a list marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum MarkSystem {
    Number,
    Lower,
    Upper,
    LowerRoman,
    UpperRoman,
}

/// The most recent list marker, to recognise the next item of the same list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ListState {
    punct: MarkPunct,
    system: MarkSystem,
    value: u32,
    /// One past the marker's last byte.
    end: usize,
}

/// What a list marker does to the sentence it appears in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ListAction {
    /// The marker opens the current sentence, and maybe a list.
    Open(Option<ListState>),
    /// The marker continues (or restarts) a recent list: a new sentence starts before it.
    Split(ListState),
}

/// A list marker found in the text.
#[derive(Debug, Clone, Copy)]
struct Marker {
    /// First byte of the marker, including a bullet before it.
    start: usize,
    /// One past the last byte of the marker.
    end: usize,
    punct: MarkPunct,
    /// The marker read as a number, a letter, and a roman numeral (where each applies).
    number: Option<u32>,
    letter: Option<(MarkSystem, u32)>,
    roman: Option<(MarkSystem, u32)>,
}

/// The single-pass segmenter state.
struct Segmenter<'a> {
    text: &'a str,
    b: &'a [u8],
    out: Vec<Span>,
    /// Start of the current, unfinished sentence (may point at white space).
    start: usize,
    /// Cached first non-space byte of the current sentence.
    first: Option<usize>,
    list: Option<ListState>,
}

impl<'a> Segmenter<'a> {
    fn new(text: &'a str) -> Self {
        Segmenter {
            text,
            b: text.as_bytes(),
            out: Vec::with_capacity(text.len() / 100 + 1),
            start: 0,
            first: None,
            list: None,
        }
    }

    fn run(mut self) -> Vec<Span> {
        let b = self.b;
        let mut i = 0;
        while i < b.len() {
            if !CANDIDATE[b[i] as usize] {
                i += 1;
                continue;
            }
            let next = match b[i] {
                b'.' => self.on_period(i),
                b'?' | b'!' => self.on_question(i),
                b'\n' | b'\r' => self.on_line_break(i),
                b')' => self.on_paren(i),
                _ => self.on_multibyte(i),
            };
            i = next.max(i + 1);
        }
        self.emit(b.len());
        self.out
    }

    /// Ends the current sentence at byte `end`.
    fn emit(&mut self, end: usize) {
        if end <= self.start {
            return;
        }
        let Some(piece) = self.text.get(self.start..end) else {
            return; // not a char boundary: never produced by the rules, but never panic
        };
        // Only ASCII white space is trimmed: what lies between sentences must be white space to
        // any reader of the byte offsets (a no-break space stays inside its sentence).
        let lead = piece.len() - piece.trim_ascii_start().len();
        let kept = piece.trim_ascii().len();
        if kept > 0 {
            let s = self.start + lead;
            if piece.trim().is_empty() {
                // Nothing but other spaces ("\u{A0}" on a line of its own): they go with the
                // sentence before, or, at the start of the text, with the sentence after.
                if let Some(prev) = self.out.last_mut() {
                    prev.end = s + kept;
                } else {
                    self.first = None;
                    return; // `self.start` stays: the next sentence starts here
                }
            } else {
                self.out.push(Span {
                    start: s,
                    end: s + kept,
                });
            }
        }
        self.start = end;
        self.first = None;
    }

    /// First non-space byte of the current sentence (or the input length).
    fn sentence_first(&mut self) -> usize {
        if let Some(f) = self.first {
            return f;
        }
        let mut f = self.start;
        while let Some(n) = space_len(self.b, f) {
            f += n;
        }
        self.first = Some(f);
        f
    }

    // ----- full stops -------------------------------------------------------------------------

    fn on_period(&mut self, i: usize) -> usize {
        let b = self.b;
        match b.get(i + 1).copied() {
            Some(b'.') => return self.on_dot_run(i),
            Some(b' ') if b.get(i + 2) == Some(&b'.') => return self.on_spaced_ellipsis(i),
            Some(d) if d.is_ascii_digit() => return self.on_period_before_digit(i),
            Some(c) if c.is_ascii_alphabetic() => return self.on_glued_period(i),
            Some(b'\'') if b.get(i + 2) == Some(&b's') && !is_alnum_at(b, i + 3) => {
                return i + 1; // possessive: "Jr.'s"
            }
            _ => {}
        }
        if let Some(end) = self.list_marker_at_period(i) {
            return end;
        }
        let e = self.skip_closers(i + 1);
        if e >= b.len() || space_len(self.b, e).is_none() {
            return e;
        }
        let next = self.next_token(e);
        if self.period_ends_sentence(i, e == i + 1, next) {
            self.emit(self.extend_over_citation(e));
        }
        e
    }

    /// Decides whether the full stop at `i` (followed by white space) ends the sentence;
    /// `bare` is false when closing quotes or brackets follow the stop.
    fn period_ends_sentence(&mut self, i: usize, bare: bool, next: Next) -> bool {
        if next.kind == Kind::End {
            return false;
        }
        let (tok_start, ws, we) = word_before(self.b, self.start, i);
        if we < i {
            // A closing quote or bracket right before the stop: `(Smith 55).`
            return next.starts_sentence();
        }
        let word = &self.b[ws..we];
        if is_unit(word) && prev_word(self.b, tok_start).is_some_and(is_number) {
            return self.plain_word_ends(ws, we, false, next); // "within 8 min. Levels rose"
        }
        match classify_word(word) {
            WordClass::Number => next.starts_sentence(),
            WordClass::Plain => self.plain_word_ends(ws, we, bare, next),
            WordClass::Letter => self.letter_ends(tok_start, ws, next),
            WordClass::MultiPeriod => self.is_starter(next),
            WordClass::Abbr(class) => self.abbr_ends(class, tok_start, (ws, we), next),
        }
    }

    /// An ordinary word: a sentence start after it ends the sentence, and so does a bare
    /// lower-case word (informal text often starts sentences in lower case).
    fn plain_word_ends(&self, ws: usize, we: usize, bare: bool, next: Next) -> bool {
        let word = &self.b[ws..we];
        let letters = word.iter().filter(|c| c.is_ascii_alphabetic()).count();
        match next.kind {
            // "N°. 1026", "Tel. 555" look like abbreviations before a number.
            Kind::Digit => letters >= 3,
            Kind::Lower => bare && !next.opened && !looks_truncated(word),
            _ => next.starts_sentence() && !self.abbreviation_chain(word, next),
        }
    }

    /// Journal-style chains of capitalised abbreviations that end in a volume number
    /// ("Mol. Cell. Biol. 8:5581", "Am. J. Physiol. 275").
    fn abbreviation_chain(&self, word: &[u8], next: Next) -> bool {
        let b = self.b;
        let short_capital = (2..=7).contains(&word.len())
            && word[0].is_ascii_uppercase()
            && word[1..].iter().all(u8::is_ascii_lowercase);
        if !short_capital {
            return false;
        }
        let mut q = next.word.0;
        for _ in 0..3 {
            let len = count_while(b, q, 9, |c| c.is_ascii_alphabetic());
            let abbreviated = (1..=8).contains(&len)
                && b[q].is_ascii_uppercase()
                && b.get(q + len) == Some(&b'.')
                && b.get(q + len + 1) == Some(&b' ');
            if !abbreviated || classify_word(&b[q..q + len]) == WordClass::Abbr(Abbr::Title) {
                return false;
            }
            q += len + 2;
            if b.get(q).is_some_and(u8::is_ascii_digit) {
                return true;
            }
        }
        false
    }

    /// A single letter before the stop.
    fn letter_ends(&mut self, tok_start: usize, ws: usize, next: Next) -> bool {
        let c = self.b[ws];
        if tok_start <= self.sentence_first() {
            return false; // "A. His name …": a list letter or an initial opening the sentence
        }
        if c == b'p' && next.kind == Kind::Digit {
            return false; // "p. 55"
        }
        if c == b'v' || c == b'c' {
            return false; // "v." (versus), "c." (circa)
        }
        let prev = prev_word(self.b, tok_start);
        if c.is_ascii_lowercase() && prev.is_some_and(is_number) {
            return next.starts_sentence(); // a unit: "after 72 h. Cells …"
        }
        let prev_lower = prev
            .and_then(|p| p.rsplit(|&c| c == b'-').next())
            .is_some_and(|p| p.first().is_some_and(u8::is_ascii_lowercase));
        if c.is_ascii_uppercase() && prev_lower {
            if c == b'I' {
                return next.starts_sentence(); // "you and I. Did …"
            }
            // "NF-kappa B. Activation …", but "by J. Smith", "scientist R. J. Rummel"
            let initial = prev.is_some_and(|p| is_function_word(p) || is_reporting_word(p));
            let word = &self.b[next.word.0..next.word.1];
            if !initial && next.kind == Kind::Upper && looks_like_common_word(word) {
                return true;
            }
        }
        self.is_starter(next) && !self.word_is(next, &[b"A", b"I"])
    }

    /// A known abbreviation before the stop.
    fn abbr_ends(
        &mut self,
        class: Abbr,
        tok_start: usize,
        word: (usize, usize),
        next: Next,
    ) -> bool {
        match class {
            Abbr::Title | Abbr::Inner => false,
            Abbr::Numbered { real } => {
                let next_word = &self.b[next.word.0..next.word.1];
                // A roman numeral numbers it ("No. IV", "Op. II"), but not one opening a
                // quotation nor the word "I" after a word also in lower case: "he said no. \"I
                // have never …\"", "the answer was no. I left."
                // (Nor, after "No." capitalised, an "I" before a verb of the pronoun's: "he
                // said: \"No. I think we are …\"".)
                let word_is_no = self.b[word.0..word.1].eq_ignore_ascii_case(b"no");
                let lower = self.b[word.0..word.1].iter().all(u8::is_ascii_lowercase);
                let verb_after = || {
                    let rest = self.b.get(next.word.1 + 1..).unwrap_or_default();
                    let len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
                    self.b.get(next.word.1) == Some(&b' ') && pronoun_verb(&rest[..len])
                };
                let pronoun = next_word == b"I" && (real && lower || word_is_no && verb_after());
                let roman = parse_roman(next_word).is_some() && !next.opened && !pronoun;
                if next.kind == Kind::Digit || roman {
                    false
                } else if real {
                    self.plain_word_ends(word.0, word.1, false, next)
                } else {
                    self.is_starter(next)
                }
            }
            Abbr::Time => {
                let word = &self.b[next.word.0..next.word.1];
                let zone = (2..=4).contains(&word.len()) && word.iter().all(u8::is_ascii_uppercase);
                next.kind == Kind::Upper
                    && !next.opened
                    && !zone // "2:51 p.m. EST"
                    && !self.is_fronted_phrase(tok_start)
            }
            Abbr::Final => matches!(next.kind, Kind::Upper | Kind::Marker | Kind::Bullet),
            Abbr::General => self.is_starter(next),
        }
    }

    /// True when the current sentence up to `tok_start` is a short fronted phrase
    /// ("At 5 a.m."), which does not make a sentence by itself.
    fn is_fronted_phrase(&mut self, tok_start: usize) -> bool {
        let first = self.sentence_first();
        if tok_start < first || tok_start - first > 24 {
            return false;
        }
        let words = self.b[first..tok_start]
            .split(u8::is_ascii_whitespace)
            .filter(|w| !w.is_empty())
            .count();
        words <= 2
    }

    /// True when `next` is a capitalised common sentence-starting word.
    fn is_starter(&self, next: Next) -> bool {
        next.kind == Kind::Upper && is_starter_word(&self.b[next.word.0..next.word.1])
    }

    fn word_is(&self, next: Next, words: &[&[u8]]) -> bool {
        let w = &self.b[next.word.0..next.word.1];
        words.contains(&w)
    }

    /// `.` followed by a digit: a decimal point, version or date, unless it is a footnote
    /// reference after a sentence ("consultation.11 12 Take …").
    fn on_period_before_digit(&mut self, i: usize) -> usize {
        let b = self.b;
        let before_ok = i > 0 && (b[i - 1].is_ascii_lowercase() || b[i - 1] == b')');
        if !before_ok {
            return i + 1;
        }
        let (_, ws, we) = word_before(b, self.start, i);
        if we == i && matches!(classify_word(&b[ws..we]), WordClass::Abbr(_)) {
            return i + 1;
        }
        let mut j = i + 1;
        for group in 0..2 {
            let d = count_while(b, j, 4, |c| c.is_ascii_digit());
            if d == 0 || d > 3 {
                if group == 0 {
                    return i + 1;
                }
                break;
            }
            j += d;
            if b.get(j) == Some(&b' ') && b.get(j + 1).is_some_and(u8::is_ascii_digit) {
                j += 1;
            } else {
                break;
            }
        }
        if b.get(j).is_some_and(u8::is_ascii_whitespace) && self.next_token(j).kind == Kind::Upper {
            self.emit(j);
        }
        j
    }

    /// `.` followed directly by a letter: inside an abbreviation, file name, URL or e-mail
    /// address, unless two sentences are glued together ("world.Today is …").
    fn on_glued_period(&mut self, i: usize) -> usize {
        let b = self.b;
        let prev_ok = i > 0 && (b[i - 1].is_ascii_lowercase() || b[i - 1].is_ascii_digit());
        let next_ok =
            b[i + 1].is_ascii_uppercase() && b.get(i + 2).is_some_and(u8::is_ascii_lowercase);
        if !(prev_ok && next_ok) {
            return i + 1;
        }
        let (tok_start, ws, we) = word_before(b, self.start, i);
        let before = &b[tok_start..i];
        if we < i
            || we - ws < 2
            || before
                .iter()
                .any(|&c| matches!(c, b'.' | b'@' | b'/' | b':' | b'\\' | b'_'))
            || !matches!(
                classify_word(&b[ws..we]),
                WordClass::Plain | WordClass::Number
            )
        {
            return i + 1;
        }
        // The glued word must be a plain word: "Today", not "Awesome.com" or "TcR".
        let j = i + 2 + count_while(b, i + 2, WORD_WINDOW, |c| c.is_ascii_lowercase());
        let glued = &b[i + 1..j];
        let ends_word = j >= b.len()
            || b[j].is_ascii_whitespace()
            || b[j] == b','
            || (b[j] == b'.' && classify_word(glued) == WordClass::Abbr(Abbr::Title));
        let domain = [&b"com"[..], b"net", b"org", b"edu", b"gov"]
            .iter()
            .any(|d| glued.eq_ignore_ascii_case(d));
        if ends_word && !domain {
            self.emit(i + 1);
        }
        i + 1
    }

    /// Two or more consecutive dots: an ellipsis ("...", "....").
    fn on_dot_run(&mut self, i: usize) -> usize {
        let run = count_while(self.b, i, usize::MAX, |c| c == b'.');
        self.after_ellipsis(i, i + run)
    }

    /// Shared decision after an unspaced ellipsis that spans `i..end`.
    fn after_ellipsis(&mut self, i: usize, end: usize) -> usize {
        let b = self.b;
        if i > 0 && matches!(b[i - 1], b'[' | b'(') {
            return end; // "[...]" marks an omission
        }
        // "“… There is evidence": an ellipsis that opens a quotation marks words left out before
        // it, no sentence's end.
        let before = &b[..i];
        if before.ends_with("\u{201C}".as_bytes())
            || before.ends_with("\u{2018}".as_bytes())
            || before.ends_with(b"\"") && (i == 1 || b[i - 2].is_ascii_whitespace())
        {
            return end;
        }
        let e = self.skip_closers(end);
        if e >= b.len() || space_len(self.b, e).is_none() {
            return e;
        }
        let next = self.next_token(e);
        if matches!(next.kind, Kind::Upper | Kind::Marker | Kind::Bullet) {
            self.emit(e);
        }
        e
    }

    /// A spaced ellipsis: ". . ." or ". . . .", possibly attached to the word before.
    fn on_spaced_ellipsis(&mut self, i: usize) -> usize {
        let b = self.b;
        let mut dots = 1;
        let mut j = i + 1;
        while j + 1 < b.len() && b[j] == b' ' && b[j + 1] == b'.' {
            dots += 1;
            j += 2;
        }
        let attached = i > 0 && !b[i - 1].is_ascii_whitespace();
        let e = self.skip_closers(j);
        if e >= b.len() || space_len(self.b, e).is_none() {
            return e;
        }
        let next = self.next_token(e);
        if next.kind != Kind::Upper {
            return e;
        }
        if attached && dots >= 4 {
            // "compounds. . . . The": the word's own stop ends the sentence; the
            // ellipsis opens the next one.
            self.emit(i + 1);
        } else if attached || dots >= 4 {
            self.emit(e);
        }
        e
    }

    // ----- question and exclamation marks -------------------------------------------------------

    fn on_question(&mut self, i: usize) -> usize {
        let j = self.skip_question_run(i);
        let e = self.skip_closers(j);
        if e >= self.b.len() || space_len(self.b, e).is_none() {
            return e;
        }
        if self.b[i] == b'!' && j == i + 1 && is_exclamation_name(self.b, i) {
            return e; // "Yahoo! Research"
        }
        let next = self.next_token(e);
        let ends = match next.kind {
            Kind::Upper | Kind::Caseless | Kind::Marker | Kind::Bullet => true,
            // (Not before a verb of saying: "Consumer group Which? said …", a name's mark.)
            Kind::Lower => {
                e == j
                    && !next.opened
                    && self.lower_case_follows_end(i, j)
                    && !saying_after_mark(&self.b[j..])
            }
            _ => false,
        };
        if ends {
            self.emit(self.extend_over_citation(e));
        }
        e
    }

    /// Informal text often starts a sentence in lower case: a bare `?` or a run of `!!` then
    /// ends the sentence, except after a Title Cased phrase ("Shall We Dance? at number 3").
    fn lower_case_follows_end(&self, i: usize, j: usize) -> bool {
        let b = self.b;
        let after_word = |k: usize| b[k].is_ascii_alphanumeric() || closer_len(b, k).is_some();
        let attached =
            (i > 0 && after_word(i - 1)) || (i > 1 && b[i - 1] == b' ' && after_word(i - 2));
        let emphatic = j - i >= 2 && b[i..j].iter().all(|&c| c == b'!');
        let question = j - i <= 2 && b[j - 1] == b'?'; // long "????" runs are mangled text
        attached && (question || emphatic) && !title_cased_before(b, i)
    }

    /// Skips a run of `?`/`!` marks (ASCII, full-width and the double-mark characters).
    fn skip_question_run(&self, i: usize) -> usize {
        let b = self.b;
        let mut j = i;
        loop {
            match b.get(j) {
                Some(b'?' | b'!') => j += 1,
                _ => match multibyte_terminal(b, j) {
                    Some((len, Terminal::Question)) => j += len,
                    _ => return j,
                },
            }
        }
    }

    // ----- multi-byte marks -----------------------------------------------------------------

    fn on_multibyte(&mut self, i: usize) -> usize {
        match multibyte_terminal(self.b, i) {
            Some((len, Terminal::Ellipsis)) => {
                let run = count_while(self.b, i + len, usize::MAX, |c| c == b'.');
                self.after_ellipsis(i, i + len + run)
            }
            Some((_, Terminal::Question)) => self.on_question(i),
            Some((len, Terminal::Ideographic)) => {
                let e = self.skip_closers(i + len);
                self.emit(e);
                e
            }
            None => self.on_bullet(i),
        }
    }

    /// A bullet (`•`, `⁃`, …) between white space starts a new list item.
    fn on_bullet(&mut self, i: usize) -> usize {
        let b = self.b;
        let Some(n) = bullet_len(b, i).filter(|&n| n == 3) else {
            return i + 1;
        };
        let spaced_before = i == 0 || b[i - 1].is_ascii_whitespace();
        let spaced_after = b
            .get(i + n)
            .is_none_or(|c| c.is_ascii_whitespace() || c.is_ascii_digit());
        if spaced_before && spaced_after {
            self.emit(i);
        }
        i + n
    }

    // ----- line breaks -----------------------------------------------------------------------

    fn on_line_break(&mut self, i: usize) -> usize {
        let b = self.b;
        let mut j = i;
        let mut breaks = 0;
        while let Some(n) = space_len(self.b, j) {
            if b[j] == b'\n' || (b[j] == b'\r' && b.get(j + 1) != Some(&b'\n')) {
                breaks += 1;
            }
            j += n;
        }
        if j >= b.len() {
            return j;
        }
        if breaks >= 2 {
            self.emit(i);
            return j;
        }
        let first = self.sentence_first();
        if first >= i {
            return j;
        }
        let line_end = trim_end_pos(b, first, i);
        if ends_with_terminal(b, first, line_end) {
            return j; // decided by the terminal mark
        }
        let next = self.next_token(j);
        if matches!(next.kind, Kind::Marker | Kind::Bullet)
            || self.heading_line_ends(first, line_end, next)
            || self.headline_before_subheading(first, line_end, next)
        {
            self.emit(i);
        }
        j
    }

    /// True when the line ending at `line_end` is the text's first line, a headline that a
    /// semicolon joins to the subheading on the next line (the newspaper archives' "Trump says
    /// praise from Putin helps the U.S.; ⏎ After Democratic debate, …"): two sentences.
    fn headline_before_subheading(&self, first: usize, line_end: usize, next: Next) -> bool {
        let line = &self.b[first..line_end];
        // (The text's first line, so `first` is near its start: bounded work per line break.)
        line.last() == Some(&b';')
            && first <= LINE_WINDOW
            && line_end - first <= LINE_WINDOW
            && self.b[..first].iter().all(u8::is_ascii_whitespace)
            && !line.iter().any(|&c| c == b'\n' || c == b'\r')
            && matches!(next.kind, Kind::Upper | Kind::Digit | Kind::Other)
    }

    /// True when the line ending at `line_end` is a short heading or list line that the next
    /// line does not continue.
    fn heading_line_ends(&self, first: usize, line_end: usize, next: Next) -> bool {
        if line_end <= first || line_end - first > LINE_WINDOW {
            return false;
        }
        let line = &self.b[first..line_end];
        if line.iter().any(|&c| c == b'\n' || c == b'\r') {
            return false; // the sentence started on an earlier line: a wrapped paragraph
        }
        let words = line
            .split(u8::is_ascii_whitespace)
            .filter(|w| !w.is_empty())
            .count();
        let Some(&last) = line.last() else {
            return false;
        };
        if matches!(last, b',' | b';' | b':' | b'-') || ends_with_dash(line) {
            return false;
        }
        let last_word = line.rsplit(u8::is_ascii_whitespace).next().unwrap_or(&[]);
        if is_function_word(last_word) {
            return false;
        }
        match next.kind {
            Kind::Lower => words <= 2,
            Kind::Punct | Kind::End => false,
            _ => words <= 12 && line.len() <= 80,
        }
    }

    // ----- list markers ----------------------------------------------------------------------

    /// `)` that closes a list marker such as `1)`, `b)` or `(iv)`.
    fn on_paren(&mut self, i: usize) -> usize {
        let b = self.b;
        if !b.get(i + 1).is_some_and(u8::is_ascii_whitespace) {
            return i + 1;
        }
        let len = count_back_while(b, i, 5, |c| c.is_ascii_alphanumeric());
        if len == 0 {
            return i + 1;
        }
        let ms = i - len;
        let (punct, lead) = if ms > 0 && b[ms - 1] == b'(' {
            (MarkPunct::Parens, ms - 1)
        } else {
            (MarkPunct::Paren, ms)
        };
        let Some(m) = self.marker_from(lead, ms, i, i + 1, punct) else {
            return i + 1;
        };
        match self.list_action(&m) {
            Some(action) => self.apply_marker(&m, action),
            None => i + 1,
        }
    }

    /// `.` that ends a list marker such as `1.`, `b.` or `2.)`.
    fn list_marker_at_period(&mut self, i: usize) -> Option<usize> {
        let b = self.b;
        let (punct, end) = if b.get(i + 1) == Some(&b')') {
            (MarkPunct::DotParen, i + 2)
        } else {
            (MarkPunct::Dot, i + 1)
        };
        if end < b.len() && !b[end].is_ascii_whitespace() {
            return None;
        }
        let len = count_back_while(b, i, 5, |c| c.is_ascii_alphanumeric());
        if len == 0 {
            return None;
        }
        let m = self.marker_from(i - len, i - len, i, end, punct)?;
        let action = self.list_action(&m)?;
        Some(self.apply_marker(&m, action))
    }

    /// Reads the marker body `b[ms..me]`; `lead` is where the marker's punctuation starts.
    fn marker_from(
        &self,
        lead: usize,
        ms: usize,
        me: usize,
        end: usize,
        punct: MarkPunct,
    ) -> Option<Marker> {
        let body = &self.b[ms..me];
        let number = parse_number(body);
        let letter = parse_letter(body);
        let roman = parse_roman(body);
        if number.is_none() && letter.is_none() && roman.is_none() {
            return None;
        }
        let start = marker_lead(self.b, lead)?;
        Some(Marker {
            start,
            end,
            punct,
            number,
            letter,
            roman,
        })
    }

    /// What the marker `m` does: open the sentence, split before it (when it continues a
    /// recent list or starts a new one right after it), or nothing.
    fn list_action(&mut self, m: &Marker) -> Option<ListAction> {
        if m.start <= self.sentence_first() {
            return Some(ListAction::Open(start_state(m)));
        }
        let recent = self
            .list
            .filter(|s| m.start >= s.end && m.start - s.end <= LIST_REACH)?;
        if !item_can_start_after(self.b, m.start) {
            return None; // "(A) wild type, (B) mutant", "boxed in (A) and (C)"
        }
        // A new list may start right after another; capital `A.`/`I.` are more often an
        // initial or the pronoun, so they only restart a capital-letter list.
        let restart = || {
            start_state(m).filter(|s| {
                s.value == 1
                    && (s.system == recent.system
                        || !matches!(s.system, MarkSystem::Upper | MarkSystem::UpperRoman))
            })
        };
        next_state(m, recent)
            .or_else(restart)
            .map(ListAction::Split)
    }

    /// Applies a list action; returns the position after the marker.
    fn apply_marker(&mut self, m: &Marker, action: ListAction) -> usize {
        match action {
            ListAction::Open(state) => self.list = state,
            ListAction::Split(state) => {
                self.emit(m.start);
                self.list = Some(state);
            }
        }
        m.end
    }

    // ----- helpers ---------------------------------------------------------------------------

    /// Skips closing quotes and brackets, then citation marks like `[12]` or `[3, 4]`.
    fn skip_closers(&self, mut j: usize) -> usize {
        let b = self.b;
        for _ in 0..8 {
            match closer_len(b, j) {
                Some(n) => j += n,
                None => break,
            }
        }
        for _ in 0..4 {
            match citation_len(b, j) {
                Some(n) => j += n,
                None => break,
            }
        }
        j
    }

    /// A citation mark separated by spaces from the end of a sentence (". \[12\] Next")
    /// belongs to that sentence: returns the boundary after it, or `e` when there is none.
    fn extend_over_citation(&self, e: usize) -> usize {
        let b = self.b;
        let mut k = e + count_while(b, e, 3, |c| c == b' ' || c == b'\t');
        let first = k;
        for _ in 0..4 {
            match citation_len(b, k) {
                Some(n) => k += n,
                None => break,
            }
        }
        if k > first && b.get(k).is_none_or(u8::is_ascii_whitespace) {
            k
        } else {
            e
        }
    }

    /// Classifies the first token after the white space at `p`.
    fn next_token(&self, p: usize) -> Next {
        let b = self.b;
        let mut q = p;
        while let Some(n) = space_len(self.b, q) {
            q += n;
            if q - p > SPACE_WINDOW {
                return Next {
                    kind: Kind::Other,
                    word: (q, q),
                    opened: false,
                };
            }
        }
        let p = q;
        let mut dashed = false;
        for _ in 0..4 {
            if q >= b.len() {
                return Next {
                    kind: Kind::End,
                    word: (q, q),
                    opened: q > p,
                };
            }
            if let Some(kind) = marker_or_bullet(b, q) {
                return Next {
                    kind,
                    word: (q, q),
                    opened: q > p,
                };
            }
            if let Some(n) = opener_len(b, q) {
                q += n;
                continue;
            }
            if let Some(n) = dash_len(b, q).filter(|_| !dashed) {
                dashed = true;
                q += n;
                while q < b.len() && q - p < 16 && (b[q] == b' ' || dash_len(b, q).is_some()) {
                    q += dash_len(b, q).unwrap_or(1);
                }
                continue;
            }
            break;
        }
        let kind = self.char_kind(q);
        let mut we = q;
        while we < b.len() && we - q < 16 && b[we].is_ascii_alphabetic() {
            we += 1;
        }
        Next {
            kind,
            word: (q, we),
            opened: q > p,
        }
    }

    /// The kind of the character at `q`.
    fn char_kind(&self, q: usize) -> Kind {
        let b = self.b;
        let Some(&c) = b.get(q) else { return Kind::End };
        if c.is_ascii_uppercase() {
            return Kind::Upper;
        }
        if c.is_ascii_lowercase() {
            return Kind::Lower;
        }
        if c.is_ascii_digit() {
            return number_kind(b, q);
        }
        if matches!(c, b'.' | b'?' | b'!' | b',' | b';' | b':') {
            return Kind::Punct;
        }
        if c.is_ascii() {
            let digit_after = b.get(q + 1).is_some_and(u8::is_ascii_digit);
            return if c == b'$' && digit_after {
                Kind::Digit
            } else {
                Kind::Other
            };
        }
        match self.text.get(q..).and_then(|s| s.chars().next()) {
            Some(ch) if ch.is_uppercase() => Kind::Upper,
            Some(ch) if ch.is_lowercase() => Kind::Lower,
            Some(ch) if ch.is_alphabetic() => Kind::Caseless,
            Some('£' | '€' | '¥') => Kind::Digit,
            Some('…') => Kind::Punct,
            _ => Kind::Other,
        }
    }
}

// ----- byte-level helpers ----------------------------------------------------------------------

/// A number at `q` starts a sentence unless punctuation follows it ("Biol. 8:5581", "65, 2884").
fn number_kind(b: &[u8], q: usize) -> Kind {
    let mut j = q;
    while j < b.len() && j - q < 24 {
        let c = b[j];
        let separator = matches!(c, b'.' | b',') && b.get(j + 1).is_some_and(u8::is_ascii_digit);
        if !(c.is_ascii_digit() || separator) {
            break;
        }
        j += 1;
    }
    match b.get(j) {
        Some(b',' | b':' | b';' | b')') => Kind::Punct,
        _ => Kind::Digit,
    }
}

/// Length of the white-space character at `i`, if there is one.
/// Recognises exactly the characters for which [`char::is_whitespace`] is true.
fn space_len(b: &[u8], i: usize) -> Option<usize> {
    match *b.get(i)? {
        b' ' | b'\t'..=b'\r' => Some(1),
        0xC2 => matches!(b.get(i + 1), Some(0x85 | 0xA0)).then_some(2),
        0xE1 => (b.get(i + 1..i + 3) == Some(&[0x9A, 0x80])).then_some(3),
        0xE2 => match b.get(i + 1..i + 3)? {
            [0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF] | [0x81, 0x9F] => Some(3),
            _ => None,
        },
        0xE3 => (b.get(i + 1..i + 3) == Some(&[0x80, 0x80])).then_some(3),
        _ => None,
    }
}

/// True when `b[i]` is an ASCII letter or digit.
fn is_alnum_at(b: &[u8], i: usize) -> bool {
    b.get(i).is_some_and(u8::is_ascii_alphanumeric)
}

/// Counts bytes from `i` on that satisfy `f`, up to `max`.
fn count_while(b: &[u8], i: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    b.get(i..).map_or(0, |rest| {
        rest.iter().take(max).take_while(|&&c| f(c)).count()
    })
}

/// Counts bytes before `i` that satisfy `f`, up to `max`.
fn count_back_while(b: &[u8], i: usize, max: usize, f: impl Fn(u8) -> bool) -> usize {
    b[..i]
        .iter()
        .rev()
        .take(max + 1)
        .take_while(|&&c| f(c))
        .count()
}

/// Multi-byte terminal marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Terminal {
    /// `…`
    Ellipsis,
    /// `‼ ⁇ ⁈ ⁉ ！ ？`
    Question,
    /// `。 ． ｡`: end a sentence even without a following space.
    Ideographic,
}

/// Recognises a multi-byte terminal mark at `i`, returning its length.
fn multibyte_terminal(b: &[u8], i: usize) -> Option<(usize, Terminal)> {
    let s = b.get(i..i + 3)?;
    let t = match s {
        [0xE2, 0x80, 0xA6] => Terminal::Ellipsis,
        [0xE2, 0x80, 0xBC] | [0xE2, 0x81, 0x87..=0x89] | [0xEF, 0xBC, 0x81 | 0x9F] => {
            Terminal::Question
        }
        [0xE3, 0x80, 0x82] | [0xEF, 0xBC, 0x8E] | [0xEF, 0xBD, 0xA1] => Terminal::Ideographic,
        _ => return None,
    };
    Some((3, t))
}

/// Length of a closing quote or bracket at `i`.
fn closer_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' | b'\'' | b')' | b']' | b'}' => Some(1),
        0xC2 if b.get(i + 1) == Some(&0xBB) => Some(2), // »
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x99 | 0x9D | 0xBA])) => Some(3), // ’ ” ›
        0xE3 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x8D | 0x8F])) => Some(3), // 」』
        0xEF if matches!(b.get(i + 1..i + 3), Some([0xBC, 0x89])) => Some(3), // ）
        _ => None,
    }
}

/// Length of an opening quote or bracket at `i`.
fn opener_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'"' | b'\'' | b'(' | b'[' | b'{' | b'`' => Some(1),
        0xC2 if matches!(b.get(i + 1), Some(0xAB | 0xBF | 0xA1)) => Some(2), // « ¿ ¡
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x98 | 0x9C | 0xB9])) => Some(3), // ‘ “ ‹
        0xE3 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x8C | 0x8E])) => Some(3), // 「『
        _ => None,
    }
}

/// Length of a dash at `i` (`-`, `–`, `—`).
fn dash_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i)? {
        b'-' => Some(1),
        0xE2 if matches!(b.get(i + 1..i + 3), Some([0x80, 0x93 | 0x94])) => Some(3),
        _ => None,
    }
}

/// Length of a bullet character at `i` (`•`, `⁃`, `‣`, `◦`, `▪`, `·`).
fn bullet_len(b: &[u8], i: usize) -> Option<usize> {
    match b.get(i..i + 2)? {
        [0xC2, 0xB7] => Some(2),
        [0xE2, _] => match b.get(i + 1..i + 3)? {
            [0x80, 0xA2 | 0xA3] | [0x81, 0x83] | [0x97, 0xA6 | 0x8F] | [0x96, 0xAA | 0xA0] => {
                Some(3)
            }
            _ => None,
        },
        _ => None,
    }
}

/// A citation mark such as `[12]`, `[3, 4]` or `[2–11]` at `i`.
fn citation_len(b: &[u8], i: usize) -> Option<usize> {
    if b.get(i) != Some(&b'[') {
        return None;
    }
    let mut j = i + 1;
    let mut digits = 0;
    while j < b.len() && j - i < 24 {
        match b[j] {
            b'0'..=b'9' => digits += 1,
            b',' | b' ' | b'-' => {}
            0xE2 if dash_len(b, j).is_some() => j += 2,
            b']' if digits > 0 => return Some(j + 1 - i),
            _ => return None,
        }
        j += 1;
    }
    None
}

/// Detects a list marker or bullet starting at `q` (the token after a possible boundary).
fn marker_or_bullet(b: &[u8], q: usize) -> Option<Kind> {
    if bullet_len(b, q).is_some() {
        return Some(Kind::Bullet);
    }
    if b[q] == b'*' && b.get(q + 1) == Some(&b' ') {
        return Some(Kind::Bullet);
    }
    let paren = b[q] == b'(';
    let s = q + usize::from(paren);
    let len = count_while(b, s, 5, |c| c.is_ascii_alphanumeric());
    if len == 0 || len > 4 {
        return None;
    }
    let body = &b[s..s + len];
    let is_num = parse_number(body).is_some();
    let is_alpha = parse_letter(body).is_some() || parse_roman(body).is_some();
    if !is_num && !is_alpha {
        return None;
    }
    let rest = b.get(s + len..).unwrap_or(&[]);
    let spaced = |k: usize| rest.get(k).is_none_or(u8::is_ascii_whitespace);
    let ok = match rest {
        [b')', ..] => spaced(1),
        [b'.', b')', ..] if !paren => spaced(2),
        [b'.', ..] if !paren && (is_num || len == 1) => spaced(1) && rest.len() > 1,
        _ => false,
    };
    ok.then_some(Kind::Marker)
}

/// Where a list marker whose punctuation starts at `lead` begins: before a bullet, if any.
/// `None` when the marker is glued to the word before it.
fn marker_lead(b: &[u8], lead: usize) -> Option<usize> {
    if lead == 0 || b[lead - 1].is_ascii_whitespace() {
        // "• 9." : a bullet one space before the marker belongs to it
        let sp = count_back_while(b, lead, 2, |c| c == b' ');
        let at = lead - sp;
        if sp > 0 {
            if let Some(bl) = bullet_before(b, at) {
                return Some(bl);
            }
        }
        return Some(lead);
    }
    bullet_before(b, lead)
}

/// A bullet ending at `at` that itself follows white space (or the start): its start.
fn bullet_before(b: &[u8], at: usize) -> Option<usize> {
    for len in [1usize, 2, 3] {
        if at < len {
            continue;
        }
        let s = at - len;
        let is_bullet = bullet_len(b, s) == Some(len) || (len == 1 && matches!(b[s], b'-' | b'*'));
        if is_bullet && (s == 0 || b[s - 1].is_ascii_whitespace()) {
            return Some(s);
        }
    }
    None
}

/// True when the text before a list marker at `start` lets a new item begin there: not right
/// after a comma, semicolon or colon, nor after a function word ("in (A) and (C)").
fn item_can_start_after(b: &[u8], start: usize) -> bool {
    match prev_word(b, start) {
        Some(w) => {
            let last = w[w.len() - 1];
            !matches!(last, b',' | b';' | b':') && !is_reference_lead(w)
        }
        None => true,
    }
}

fn parse_number(body: &[u8]) -> Option<u32> {
    if body.is_empty() || body.len() > 2 || !body.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(body.iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0')))
}

fn parse_letter(body: &[u8]) -> Option<(MarkSystem, u32)> {
    match body {
        [c] if c.is_ascii_lowercase() => Some((MarkSystem::Lower, u32::from(c - b'a') + 1)),
        [c] if c.is_ascii_uppercase() => Some((MarkSystem::Upper, u32::from(c - b'A') + 1)),
        _ => None,
    }
}

fn parse_roman(body: &[u8]) -> Option<(MarkSystem, u32)> {
    const ROMAN: [&[u8]; 12] = [
        b"i", b"ii", b"iii", b"iv", b"v", b"vi", b"vii", b"viii", b"ix", b"x", b"xi", b"xii",
    ];
    let system = if body.iter().all(u8::is_ascii_lowercase) {
        MarkSystem::LowerRoman
    } else if body.iter().all(u8::is_ascii_uppercase) {
        MarkSystem::UpperRoman
    } else {
        return None;
    };
    if body.len() > 4 {
        return None;
    }
    let mut lower = [0u8; 4];
    for (d, s) in lower.iter_mut().zip(body) {
        *d = s.to_ascii_lowercase();
    }
    let pos = ROMAN.iter().position(|r| *r == &lower[..body.len()])?;
    Some((system, u32::try_from(pos).ok()? + 1))
}

/// The list state a marker at a sentence start opens.
fn start_state(m: &Marker) -> Option<ListState> {
    let (system, value) = if let Some(n) = m.number {
        (MarkSystem::Number, n)
    } else if let Some((s, 1)) = m.roman {
        (s, 1) // "i." / "(i)" open a roman list
    } else if let Some(l) = m.letter {
        l
    } else {
        m.roman?
    };
    Some(ListState {
        punct: m.punct,
        system,
        value,
        end: m.end,
    })
}

/// The list state after `m`, when `m` is the next item of the list in `state`.
fn next_state(m: &Marker, state: ListState) -> Option<ListState> {
    if m.punct != state.punct {
        return None;
    }
    let candidates = [m.number.map(|n| (MarkSystem::Number, n)), m.letter, m.roman];
    candidates
        .into_iter()
        .flatten()
        .find(|&(system, value)| system == state.system && value == state.value + 1)
        .map(|(system, value)| ListState {
            punct: m.punct,
            system,
            value,
            end: m.end,
        })
}

/// The token before byte `i`, not reaching back before `lo`: `(token start, word start, word
/// end)`. The token runs back to white space; the word is the token without leading
/// openers/bullets and trailing closers.
fn word_before(b: &[u8], lo: usize, i: usize) -> (usize, usize, usize) {
    let len = count_back_while(b, i, WORD_WINDOW, |c| !c.is_ascii_whitespace());
    let mut tok_start = (i - len.min(WORD_WINDOW)).max(lo.min(i));
    if let Some(d) = (tok_start..i.saturating_sub(2))
        .rev()
        .find(|&k| dash_len(b, k) == Some(3))
    {
        tok_start = d + 3; // "lady—Mrs."
    }
    let mut k = tok_start;
    while k < i {
        // a no-break or other Unicode space inside the window also ends the token
        match space_len(b, k) {
            Some(n) => {
                k += n;
                tok_start = k;
            }
            None => k += 1,
        }
    }
    let mut ws = tok_start;
    while ws < i {
        // A closing curly quote at a token's start is an opener typed the wrong way ("”Mr.").
        let misturned = (b.get(ws..ws + 3) == Some(&[0xE2, 0x80, 0x9D][..])).then_some(3);
        match opener_len(b, ws)
            .or_else(|| bullet_len(b, ws))
            .or(misturned)
        {
            Some(n) if ws + n <= i => ws += n,
            _ => break,
        }
    }
    let mut we = i;
    while we > ws {
        let c = b[we - 1];
        if matches!(c, b'"' | b'\'' | b')' | b']' | b'}') {
            we -= 1;
        } else if we >= ws + 3 && closer_len(b, we - 3) == Some(3) {
            we -= 3;
        } else if we >= ws + 2 && closer_len(b, we - 2) == Some(2) {
            we -= 2;
        } else {
            break;
        }
    }
    (tok_start, ws, we)
}

/// The token before the token at `tok_start` (separated by spaces), if it is short enough.
fn prev_word(b: &[u8], tok_start: usize) -> Option<&[u8]> {
    let sp = count_back_while(b, tok_start, 4, |c| c == b' ' || c == b'\t');
    if sp == 0 || sp > 4 {
        return None;
    }
    let end = tok_start - sp;
    let len = count_back_while(b, end, WORD_WINDOW, |c| !c.is_ascii_whitespace());
    (len > 0 && len <= WORD_WINDOW).then(|| &b[end - len..end])
}

/// True when `w` is a number such as `72`, `1,000` or `3.5`.
fn is_number(w: &[u8]) -> bool {
    w.first().is_some_and(u8::is_ascii_digit)
        && w.iter()
            .all(|&c| c.is_ascii_digit() || matches!(c, b'.' | b',' | b'-'))
}

/// Classifies the word before a full stop.
fn classify_word(w: &[u8]) -> WordClass {
    if w.is_empty() {
        return WordClass::Plain;
    }
    if w.iter().any(u8::is_ascii_digit) && !w.iter().any(u8::is_ascii_alphabetic) {
        return WordClass::Number;
    }
    if w.len() == 1 && w[0].is_ascii_alphabetic() {
        return WordClass::Letter;
    }
    if let Some(h) = w.iter().rposition(|&c| c == b'-') {
        // "then-Sen.", "ex-Gov.": the part after the hyphen decides
        let tail = classify_word(&w[h + 1..]);
        return if matches!(tail, WordClass::Abbr(_)) {
            tail
        } else {
            WordClass::Plain
        };
    }
    if w.len() > 12 || !w.iter().all(|&c| c.is_ascii_alphabetic() || c == b'.') {
        return WordClass::Plain;
    }
    if is_capitalised_abbreviation(w) {
        return WordClass::Abbr(Abbr::General);
    }
    let mut buf = [0u8; 12];
    for (d, s) in buf.iter_mut().zip(w) {
        *d = s.to_ascii_lowercase();
    }
    if let Some(a) = abbreviation(&buf[..w.len()]) {
        return WordClass::Abbr(a);
    }
    let multi = w.contains(&b'.')
        && w.split(|&c| c == b'.')
            .all(|part| (1..=2).contains(&part.len()));
    if multi {
        WordClass::MultiPeriod
    } else {
        WordClass::Plain
    }
}

/// Verbs (and adverbs) that follow the pronoun "I" far more often than a roman numeral: "No. I
/// think …".
fn pronoun_verb(w: &[u8]) -> bool {
    matches!(
        w,
        b"am"
            | b"agree"
            | b"believe"
            | b"can"
            | b"could"
            | b"did"
            | b"do"
            | b"don"
            | b"feel"
            | b"had"
            | b"have"
            | b"hope"
            | b"just"
            | b"know"
            | b"mean"
            | b"never"
            | b"really"
            | b"said"
            | b"think"
            | b"want"
            | b"was"
            | b"will"
            | b"would"
    )
}

/// Known abbreviations (lower case, without the final period).
fn abbreviation(w: &[u8]) -> Option<Abbr> {
    use Abbr::{Final, General, Inner, Numbered, Time, Title};
    let class = match w {
        // titles and other words that always precede a name or number
        b"mr" | b"mrs" | b"ms" | b"messrs" | b"mme" | b"mmes" | b"mlle" | b"dr" | b"drs"
        | b"prof" | b"profs" | b"rev" | b"revd" | b"hon" | b"gen" | b"gens" | b"sen" | b"sens"
        | b"rep" | b"reps" | b"gov" | b"govs" | b"lt" | b"col" | b"capt" | b"cmdr" | b"comdr"
        | b"cdr" | b"sgt" | b"cpl" | b"pvt" | b"pfc" | b"maj" | b"adm" | b"brig" | b"det"
        | b"insp" | b"supt" | b"fr" | b"pres" | b"atty" | b"attys" | b"amb" | b"mt" | b"ft"
        | b"mssrs" | b"msgr" | b"asst" => Title,
        // only used inside a sentence
        b"e.g" | b"i.e" | b"eg" | b"ie" | b"cf" | b"viz" | b"vs" | b"approx" | b"appr" | b"ca"
        | b"incl" | b"esp" | b"resp" | b"excl" | b"a.k.a" | b"w.r.t" | b"n.b" | b"btw" | b"aka"
        | b"p.s" | b"p.p.s" | b"med" | b"cont" | b"orig" | b"tsp" | b"tbsp" | b"oz" | b"lb"
        | b"lbs" | b"mins" | b"qty" | b"pkg" | b"abt" | b"sth" | b"smth" => Inner,
        // before a number
        b"nos" | b"nr" | b"nrs" | b"pp" | b"fig" | b"figs" | b"eq" | b"eqs" | b"eqn" | b"eqns"
        | b"vol" | b"vols" | b"ch" | b"chap" | b"chs" | b"sec" | b"secs" | b"sect" | b"arts"
        | b"para" | b"paras" | b"ref" | b"refs" | b"tab" | b"tbl" | b"pg" | b"pt" | b"pts"
        | b"ext" | b"rs" | b"ser" | b"suppl" | b"nn" => Numbered { real: false },
        b"no" | b"art" | b"op" | b"ex" | b"app" | b"ed" | b"eds" | b"div" | b"cl" | b"tel" => {
            Numbered { real: true }
        }
        b"a.m" | b"p.m" => Time,
        b"etc" => Final,
        b"inc" | b"ltd" | b"corp" | b"co" | b"cos" | b"bros" | b"llc" | b"plc" | b"jr" | b"sr"
        | b"esq" | b"al" | b"dept" | b"depts" | b"univ" | b"assn" | b"assoc" | b"inst"
        | b"intl" | b"natl" | b"govt" | b"est" | b"min" | b"max" | b"avg" | b"misc" | b"ave"
        | b"blvd" | b"rd" | b"st" | b"hwy" | b"pkwy" | b"sq" | b"mfg" | b"mgr" | b"jan"
        | b"feb" | b"apr" | b"jun" | b"jul" | b"aug" | b"sep" | b"sept" | b"oct" | b"nov"
        | b"dec" | b"mon" | b"tue" | b"tues" | b"thu" | b"thur" | b"thurs" | b"fri" | b"ala"
        | b"ariz" | b"ark" | b"calif" | b"colo" | b"conn" | b"del" | b"fla" | b"ga" | b"ind"
        | b"kan" | b"kans" | b"ky" | b"md" | b"mich" | b"minn" | b"mont" | b"neb" | b"nebr"
        | b"nev" | b"okla" | b"penn" | b"penna" | b"tenn" | b"tex" | b"va" | b"vt" | b"wis"
        | b"wisc" | b"wyo" | b"alta" | b"ont" | b"que" | b"sask" | b"adj" | b"adv" | b"obs"
        | b"ibid" | b"spp" | b"sp" | b"subsp" | b"var" | b"yr" | b"yrs" | b"mos" | b"hrs"
        | b"hr" | b"wk" | b"wks" | b"dist" | b"bldg" | b"mtn" | b"hosp" | b"ph.d" | b"ssp"
        | b"cv" | b"u.s" | b"u.k" | b"u.n" | b"e.u" | b"pct" | b"apt" | b"ste" | b"rm" | b"rte"
        | b"trans" | b"doz" | b"pcs" | b"std" | b"mgmt" | b"mktg" | b"dir" | b"exec" | b"secy"
        | b"treas" | b"admin" | b"acad" | b"attn" | b"encl" | b"wt" | b"ht" | b"qt" | b"gal"
        | b"jct" | b"hts" | b"ctr" | b"fwy" | b"expy" | b"tpke" | b"seq" | b"repr" | b"supp" => {
            General
        }
        _ => return None,
    };
    Some(class)
}

/// Abbreviations that are also ordinary words, recognised only when capitalised
/// (US states, weekdays and months: "Springfield, Ill.", "Sun. Jan. 5").
fn is_capitalised_abbreviation(w: &[u8]) -> bool {
    matches!(
        w,
        b"Ill"
            | b"Miss"
            | b"Wash"
            | b"Mass"
            | b"Pa"
            | b"La"
            | b"Ore"
            | b"Ida"
            | b"Mo"
            | b"Me"
            | b"Sat"
            | b"Sun"
            | b"Wed"
            | b"Mar"
    )
}

/// Capitalised words that commonly open a sentence (pronouns, determiners, conjunctions,
/// prepositions, question words, sentence adverbs, quantifiers).
fn is_starter_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"A" | b"An"
            | b"The"
            | b"This"
            | b"That"
            | b"These"
            | b"Those"
            | b"There"
            | b"Here"
            | b"He"
            | b"She"
            | b"It"
            | b"They"
            | b"We"
            | b"I"
            | b"You"
            | b"His"
            | b"Her"
            | b"Its"
            | b"Their"
            | b"Our"
            | b"My"
            | b"Your"
            | b"In"
            | b"On"
            | b"At"
            | b"For"
            | b"But"
            | b"And"
            | b"Or"
            | b"So"
            | b"If"
            | b"When"
            | b"While"
            | b"After"
            | b"Before"
            | b"As"
            | b"Since"
            | b"Although"
            | b"Though"
            | b"Because"
            | b"However"
            | b"Meanwhile"
            | b"Also"
            | b"Yet"
            | b"Then"
            | b"Thus"
            | b"Therefore"
            | b"Moreover"
            | b"Furthermore"
            | b"Still"
            | b"Now"
            | b"What"
            | b"Who"
            | b"Whom"
            | b"Whose"
            | b"Why"
            | b"How"
            | b"Where"
            | b"Which"
            | b"Some"
            | b"Many"
            | b"Most"
            | b"More"
            | b"Much"
            | b"All"
            | b"Both"
            | b"Each"
            | b"Every"
            | b"Few"
            | b"Several"
            | b"No"
            | b"None"
            | b"Such"
            | b"Other"
            | b"Others"
            | b"Millions"
            | b"Thousands"
            | b"Hundreds"
            | b"Dozens"
            | b"Being"
            | b"Did"
            | b"Do"
            | b"Does"
            | b"Is"
            | b"Are"
            | b"Was"
            | b"Were"
            | b"Has"
            | b"Have"
            | b"Had"
            | b"Can"
            | b"Could"
            | b"Would"
            | b"Should"
            | b"Let"
            | b"Please"
            | b"Yes"
            | b"Earlier"
            | b"Later"
            | b"Today"
            | b"Yesterday"
            | b"Tomorrow"
            | b"Overall"
            | b"Instead"
            | b"Indeed"
            | b"Despite"
            | b"During"
            | b"Under"
            | b"With"
            | b"Without"
            | b"By"
            | b"From"
            | b"To"
            | b"Of"
            | b"Among"
            | b"Between"
            | b"Through"
            | b"Unlike"
            | b"Like"
            | b"According"
            | b"Even"
            | b"Only"
            | b"Just"
            | b"Once"
            | b"Until"
            | b"Whether"
            | b"Not"
            | b"Nor"
            | b"Last"
            | b"Next"
            | b"Finally"
            | b"First"
            | b"Second"
            | b"Third"
            | b"One"
            | b"Two"
            | b"Three"
    )
}

/// Lower-case words that do not end a heading line (a line ending in one is wrapped text).
fn is_function_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"the"
            | b"a"
            | b"an"
            | b"of"
            | b"to"
            | b"in"
            | b"and"
            | b"or"
            | b"for"
            | b"with"
            | b"by"
            | b"at"
            | b"on"
            | b"from"
            | b"that"
            | b"as"
            | b"is"
            | b"are"
            | b"was"
            | b"were"
            | b"be"
            | b"but"
            | b"if"
            | b"than"
            | b"which"
            | b"who"
            | b"his"
            | b"her"
            | b"their"
            | b"its"
            | b"our"
            | b"my"
            | b"your"
            | b"this"
            | b"these"
            | b"those"
            | b"into"
            | b"about"
            | b"has"
            | b"have"
            | b"had"
            | b"will"
            | b"would"
            | b"can"
            | b"could"
            | b"not"
            | b"no"
            | b"so"
            | b"very"
    )
}

/// True when a capitalised word is more likely a common word than a name: a sentence
/// starter, an acronym, or a word with a typical derivational ending.
fn looks_like_common_word(w: &[u8]) -> bool {
    const ENDINGS: [&[u8]; 10] = [
        b"ly", b"tion", b"tions", b"sion", b"ment", b"ness", b"ity", b"ies", b"ed", b"ing",
    ];
    let acronym = (2..=6).contains(&w.len()) && w.iter().all(u8::is_ascii_uppercase);
    let derived = w.len() >= 5 && ENDINGS.iter().any(|e| w.ends_with(e));
    is_starter_word(w) || acronym || derived
}

/// Units written with a period after a number ("8 min.", "10 hrs.").
fn is_unit(w: &[u8]) -> bool {
    matches!(
        w,
        b"min"
            | b"mins"
            | b"hr"
            | b"hrs"
            | b"sec"
            | b"secs"
            | b"yr"
            | b"yrs"
            | b"wk"
            | b"wks"
            | b"mo"
            | b"mos"
            | b"ft"
            | b"oz"
            | b"lb"
            | b"lbs"
            | b"sq"
            | b"mi"
            | b"yd"
            | b"yds"
    )
}

/// Verbs and words after which a capital letter with a period is an initial ("said J. Smith").
fn is_reporting_word(w: &[u8]) -> bool {
    matches!(
        w,
        b"said"
            | b"says"
            | b"told"
            | b"wrote"
            | b"writes"
            | b"asked"
            | b"added"
            | b"according"
            | b"explained"
            | b"noted"
            | b"named"
            | b"called"
            | b"dear"
    )
}

/// True when a word before a full stop looks like a truncation rather than a sentence end
/// before a lower-case word: "anti-E.", "Sch." (a short capitalised word).
fn looks_truncated(word: &[u8]) -> bool {
    if word.is_empty() || word.iter().any(u8::is_ascii_digit) {
        return true;
    }
    let last = word
        .rsplit(|&c| c == b'-' || c == b'.')
        .next()
        .unwrap_or(word);
    let letters = last.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let short_capital =
        word.len() <= 4 && word[0].is_ascii_uppercase() && word.iter().all(u8::is_ascii_alphabetic);
    letters < 2 || short_capital
}

/// Words that introduce a reference to a labelled item ("in (A) and (C)", "see 2.").
fn is_reference_lead(w: &[u8]) -> bool {
    matches!(
        w,
        b"and"
            | b"or"
            | b"nor"
            | b"in"
            | b"of"
            | b"to"
            | b"with"
            | b"see"
            | b"from"
            | b"by"
            | b"at"
            | b"on"
            | b"for"
            | b"than"
            | b"between"
            | b"vs"
            | b"versus"
            | b"also"
            | b"both"
            | b"either"
            | b"panel"
            | b"panels"
    )
}

/// Words written with an exclamation mark as part of the name.
fn is_exclamation_name(b: &[u8], i: usize) -> bool {
    let len = count_back_while(b, i, 12, |c| c.is_ascii_alphabetic());
    matches!(
        &b[i - len..i],
        b"Yahoo" | b"Jeopardy" | b"Yum" | b"Joomla" | b"Wham"
    )
}

/// Verbs of saying that, in lower case right after a `?` or `!` mark, go on with its sentence:
/// the mark closes a name ("Which? said …", "Yahoo! reported …"), not a sentence.
const SAYING_AFTER_MARK: &[&[u8]] = &[
    b"added",
    b"announced",
    b"asked",
    b"reported",
    b"said",
    b"says",
    b"told",
    b"warned",
    b"wrote",
];

/// True when `rest`, the text right after a `?` or `!` mark, opens with a space and a verb of
/// [`SAYING_AFTER_MARK`] in lower case: the mark closes a name, and its sentence goes on.
pub(crate) fn saying_after_mark(rest: &[u8]) -> bool {
    let Some(rest) = rest.strip_prefix(b" ") else {
        return false;
    };
    let len = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    SAYING_AFTER_MARK.contains(&&rest[..len])
}

/// True when the two words before `i` are capitalised (the end of a title).
fn title_cased_before(b: &[u8], i: usize) -> bool {
    let mut end = i;
    for word in 0..2 {
        let len = count_back_while(b, end, WORD_WINDOW, |c| {
            c.is_ascii_alphanumeric() || c == b'\''
        });
        if len == 0 || len > WORD_WINDOW || !b[end - len].is_ascii_uppercase() {
            return false;
        }
        end -= len;
        if word == 0 {
            let sp = count_back_while(b, end, 2, |c| c == b' ');
            if sp == 0 {
                return false;
            }
            end -= sp;
        }
    }
    true
}

/// True when the line that ends at `line_end` ends with a terminal mark (before closers).
fn ends_with_terminal(b: &[u8], first: usize, line_end: usize) -> bool {
    let mut j = line_end;
    for _ in 0..8 {
        if j <= first {
            return false;
        }
        let c = b[j - 1];
        if matches!(c, b'.' | b'?' | b'!') {
            return true;
        }
        if j >= 3 && multibyte_terminal(b, j - 3).is_some() {
            return true;
        }
        if matches!(c, b'"' | b'\'' | b')' | b']' | b'}') {
            j -= 1;
        } else if j >= 3 && closer_len(b, j - 3) == Some(3) {
            j -= 3;
        } else if j >= 2 && closer_len(b, j - 2) == Some(2) {
            j -= 2;
        } else {
            return false;
        }
    }
    false
}

/// True when the line ends with a dash (a dateline such as "WASHINGTON —").
fn ends_with_dash(line: &[u8]) -> bool {
    line.len() >= 3 && dash_len(line, line.len() - 3) == Some(3)
}

/// The position after the last non-space byte in `b[lo..hi]` (ASCII white space only).
fn trim_end_pos(b: &[u8], lo: usize, hi: usize) -> usize {
    let mut j = hi;
    while j > lo && b[j - 1].is_ascii_whitespace() {
        j -= 1;
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| &text[s.range()]).collect()
    }

    #[test]
    fn space_len_matches_char_is_whitespace() {
        for ch in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut buf = [0u8; 4];
            let s = ch.encode_utf8(&mut buf);
            let expected = ch.is_whitespace().then_some(s.len());
            assert_eq!(space_len(s.as_bytes(), 0), expected, "{ch:?}");
        }
    }

    #[test]
    fn basic() {
        assert_eq!(
            split("Hello World. My name is Jonas."),
            ["Hello World.", "My name is Jonas."]
        );
        assert!(split(" \n\t ").is_empty());
    }
}
