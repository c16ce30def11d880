//! Resolution: the source each tag's mention stands for, in text order. A surname or a title
//! refers to the person named in full before ("Kirby", "Mr. Kirby" -> "John Kirby"), "he",
//! "she", "they" and "it" to the most recent compatible source or to the subject of a sentence
//! before; the [`Registry`] holds the document's sources.

use super::*;

/// Words that may follow a sentence's subject (a verb, an auxiliary, an adverb before one):
/// past forms that end neither in "-ed" nor in "-s".
const SUBJECT_VERBS: &[&str] = &[
    "also", "are", "ate", "beat", "became", "began", "bought", "broke", "brought", "built", "came",
    "can", "caught", "chose", "could", "cut", "did", "drew", "drove", "fell", "felt", "finally",
    "fought", "found", "gave", "got", "grew", "had", "have", "heard", "held", "hit", "hopes",
    "hurt", "is", "kept", "knew", "later", "led", "left", "lost", "made", "may", "met", "might",
    "must", "never", "now", "paid", "put", "quit", "ran", "rose", "said", "sang", "sank", "sat",
    "saw", "sent", "set", "shed", "should", "shut", "slid", "sold", "sought", "spent", "split",
    "spoke", "still", "stood", "struck", "swore", "swung", "taught", "then", "thought", "threw",
    "told", "took", "was", "went", "were", "will", "won", "wore", "would", "wrote",
];

/// Heads of a piece of research, a document that "it" may refer to ("The survey also looked at
/// …. It found …").
const RESEARCH: &[&str] = &[
    "analysis", "audit", "inquiry", "paper", "poll", "report", "research", "review", "study",
    "survey",
];

/// Verbs of saying after which "it" is a body that speaks (not "it shows", "it means").
const SAYING: &[&str] = &[
    "accused",
    "added",
    "admitted",
    "announced",
    "argued",
    "argues",
    "believes",
    "blamed",
    "claimed",
    "claims",
    "concerned",
    "confirmed",
    "denied",
    "denies",
    "estimated",
    "estimates",
    "expects",
    "explained",
    "finds",
    "found",
    "hopes",
    "insisted",
    "insists",
    "noted",
    "predicted",
    "predicts",
    "recommended",
    "recommends",
    "replied",
    "reported",
    "said",
    "says",
    "stated",
    "told",
    "urged",
    "vowed",
    "warned",
    "warns",
];

/// Sentences looked back over for the subject a pronoun refers to.
pub(super) const SUBJECT_LOOKBACK: usize = 4;

/// Adverbs that may stand between a sentence's subject and its verb, besides those in -ly.
const SUBJECT_ADVERBS: &[&str] = &[
    "again",
    "also",
    "always",
    "even",
    "instead",
    "later",
    "never",
    "nevertheless",
    "now",
    "often",
    "once",
    "only",
    "still",
    "then",
];
/// Bytes looked back over for it.
const SUBJECT_REACH: usize = 1500;

/// Verbs of answering: their subject is not the one who asked (sorted).
const ANSWERING: &[&str] = &[
    "answered",
    "answers",
    "replied",
    "replies",
    "responded",
    "responds",
    "retorted",
];

/// Abbreviated titles of an office or a rank before a name, besides [`tag::PERSON_TITLES`],
/// whose full stop ends no sentence ("Sen. Bernie Sanders", "Gov. Terry E. Branstad").
const OFFICE_TITLES: &[&str] = &[
    "capt", "col", "gen", "gov", "lt", "rep", "rev", "sen", "sgt",
];

/// Words in lower case inside a person's name ("Charles de Gaulle", "Osama bin Laden").
const NAME_PARTICLES: &[&str] = &[
    "al", "bin", "da", "das", "de", "del", "della", "der", "di", "dos", "du", "ibn", "la", "le",
    "van", "von",
];

/// The sentences back from `at` in its document (which starts at `doc_start`), nearest first,
/// each up to the start of the one after it (the first up to `at`, so the sentence holding
/// `at` when `at` is inside one), over at most [`SUBJECT_REACH`] bytes. A sentence starts after
/// a full stop, question or exclamation mark (and any closing quotation mark) and white space,
/// or after a line break; the document's start opens one, a start cut off by the reach does
/// not. Found walking back a sentence at a time (most callers need one or two).
fn sentences_before(text: &str, doc_start: usize, at: usize) -> impl Iterator<Item = Span> + '_ {
    let lo = tag::floor_char(text, doc_start.max(at.saturating_sub(SUBJECT_REACH)));
    let b = text.as_bytes();
    // The last sentence start before `end`: a byte that is no white space after a line break,
    // or after one space that follows a full stop, a question or an exclamation mark (and any
    // closing quotation marks). Found from the last such mark or line break back, not byte by
    // byte (a start follows its mark closely, so the nearest mark gives the nearest start).
    let start_before = move |end: usize| {
        let mut hi = end;
        while hi > lo {
            // (The last mark by a vectorised search, then a line break after it, if any.)
            let mark = memchr::memrchr3(b'.', b'?', b'!', &b[lo..hi]).map(|i| lo + i);
            let after = mark.map_or(lo, |m| m + 1);
            let p = memchr::memrchr(b'\n', &b[after..hi])
                .map(|i| after + i)
                .or(mark)?;
            hi = p;
            let i = if b[p] == b'\n' {
                p + 1
            } else {
                // (Not a title's or an initial's full stop: "Mr. Ryan", "George W. Bush".)
                if b[p] == b'.' {
                    let word_start = b[lo..p]
                        .iter()
                        .rposition(|c| !(c.is_ascii_alphabetic() || *c == b'.'))
                        .map_or(lo, |k| lo + k + 1);
                    let word = &text[word_start..p];
                    let spaced = word_start == lo || b[word_start - 1] == b' ';
                    let initial =
                        spaced && word.len() == 1 && word.as_bytes()[0].is_ascii_uppercase();
                    let title = spaced
                        && (tag::lower_in(word, tag::PERSON_TITLES)
                            || tag::lower_in(word, OFFICE_TITLES));
                    if initial || title {
                        continue;
                    }
                }
                let mut j = p + 1;
                loop {
                    let rest = &b[j..];
                    if rest.first().is_some_and(|&c| c == b'"' || c == b'\'') {
                        j += 1;
                    } else if rest.starts_with("\u{201D}".as_bytes())
                        || rest.starts_with("\u{2019}".as_bytes())
                    {
                        j += 3;
                    } else {
                        break;
                    }
                }
                if b.get(j) != Some(&b' ') {
                    continue;
                }
                j + 1
            };
            // (Not a word in lower case after the mark, '"Yessss!" at the TV': the same
            // sentence goes on.)
            let goes_on = b[p] != b'\n' && b.get(i).is_some_and(u8::is_ascii_lowercase);
            if i < end && !b[i].is_ascii_whitespace() && !goes_on {
                return Some(i);
            }
        }
        None
    };
    std::iter::successors(Some(Span::new(at, at)), move |prev: &Span| {
        let end = prev.start;
        let start = start_before(end).or_else(|| (lo == doc_start && end > lo).then_some(lo))?;
        Some(Span::new(start, end))
    })
    .skip(1)
}

/// Where the quotation that `before` closes opens (its opening mark), when `before` ends with
/// the closing mark, and a comma maybe: `… "It's an important game …. We need more time,"`.
/// A mark that reopens a quotation still open, in the same paragraph ("… manage it. "If five
/// players …") or opening the next (the news convention for quotations over paragraphs), is
/// passed for the mark that opened it.
fn quotation_open(before: &str) -> Option<usize> {
    let s = before.trim_end();
    let (open, body) = match s.strip_suffix('\u{201D}') {
        Some(rest) => ('\u{201C}', rest),
        None => ('"', s.strip_suffix('"')?),
    };
    // Where the quotation that `text` (starting at `from`) leaves open opens, if it does.
    let left_open = |from: usize, text: &str| {
        let unclosed = if open == '"' {
            text.matches('"').count() % 2 == 1
        } else {
            text.matches('\u{201C}').count() > text.matches('\u{201D}').count()
        };
        if unclosed {
            text.rfind(open).map(|i| from + i)
        } else {
            None
        }
    };
    let mut o = body.rfind(open)?;
    for _ in 0..QUOTATION_SENTENCES {
        let line_start = body[..o].rfind('\n').map_or(0, |i| i + 1);
        let line = &body[line_start..o];
        let earlier = left_open(line_start, line).or_else(|| {
            // (The mark opens its paragraph: the paragraph before may have left it open.)
            if !line.trim().is_empty() || line_start == 0 {
                return None;
            }
            let prev = body[..line_start].trim_end();
            let from = prev.rfind('\n').map_or(0, |i| i + 1);
            left_open(from, &prev[from..])
        });
        match earlier {
            Some(e) => o = e,
            None => break,
        }
    }
    Some(o)
}

/// The most sentences of the quotation a tag closes that [`person_mentioned`] passes over.
const QUOTATION_SENTENCES: usize = 8;

/// The most sentences [`person_mentioned`] looks over, with those that the pronoun opens.
const PRONOUN_CHAIN: usize = 6;

/// The person of sex `p` named first in the sentence nearest before `at` that names one: the
/// pronoun's own sentence before it (unless the pronoun closes a quotation or a clause, whose
/// words are the content), then the two sentences before, and one more for each of those that
/// the pronoun opens (up to [`PRONOUN_CHAIN`] in all): for a "he" or "she" with no source
/// to refer to ("… echoed by Christine Rush, director of …. '…,' she said."). With none, the
/// first of no known sex whom a role names there ("For Jupiter analyst Olivier Beauvillain,
/// …": [`tag::first_person_by_role`]). Looked for only then, while resolving: few pronouns need
/// it.
fn person_mentioned(
    text: &str,
    doc_start: usize,
    at: usize,
    p: Pronoun,
    passes: &[Pass],
) -> Option<(usize, Mention)> {
    let lo = tag::floor_char(text, doc_start.max(at.saturating_sub(SUBJECT_REACH)));
    let closing = text[lo..at].trim_end().ends_with([',', '"', '\u{201D}']);
    // The own sentence's start, then two more, and one more for each of those that the
    // pronoun itself opens (the same person goes on as their subject: "When Joy Rainey started
    // …. And it was her father who …. She uses …. '…,' she said.").
    let word = match p {
        Pronoun::He => "he",
        Pronoun::She => "she",
        _ => return None,
    };
    // (The sentences of the quotation the tag closes are its content, and count for nothing:
    // "Sale Sharks director of rugby Philippe Saint-Andre has …. '…. …,' he said." looks from
    // where the quotation opens.)
    let open_at = if closing {
        quotation_open(&text[lo..at]).map(|o| lo + o)
    } else {
        None
    };
    let mut reach = 3;
    let mut inside = 0;
    let mut starts = Vec::new();
    for s in sentences_before(text, doc_start, at) {
        if starts.len() == reach + inside {
            break;
        }
        starts.push(s.start);
        if open_at.is_some_and(|o| s.start > o) && inside < QUOTATION_SENTENCES {
            inside += 1;
            continue;
        }
        let first = text[s.range()].split_whitespace().next().unwrap_or("");
        if first.eq_ignore_ascii_case(word) && reach < PRONOUN_CHAIN {
            reach += 1;
        }
    }
    // A person of the pronoun's sex in any of them, else one whom a role names (else, when
    // asked, a possessor of the pronoun's sex).
    for &pass in passes {
        let find = |s: &str| match pass {
            Pass::Sex => tag::first_person_of_sex(s, p, false),
            Pass::Role => tag::first_person_by_role(s),
            Pass::Possessor => tag::first_person_of_sex(s, p, true),
        };
        let mut to = match open_at {
            Some(o) => o,
            None if closing => *starts.first()?,
            None => at,
        };
        let skip = match open_at {
            Some(o) => starts.iter().take_while(|&&s| s > o).count(),
            None => usize::from(closing),
        };
        for &from in starts.iter().skip(skip) {
            if from < to {
                if let Some((k, name)) = find(&text[from..to]) {
                    return Some((
                        from + k,
                        Mention::Named {
                            name: name.into(),
                            kind: SourceKind::Person,
                            descriptor: None,
                        },
                    ));
                }
            }
            to = from;
        }
    }
    None
}

/// The person a title names ("The Chancellor", "the Prime Minister"), when it is the subject of
/// the whole sentence just before `at` and fits pronoun `p` (a head of the other sex does not:
/// "the Chairwoman" is no "he"): the antecedent of a "he" or "she" that nothing else resolves.
/// Not a description ("The champion"), a body ("The council") nor a name
/// ([`subject_antecedent`] reads those).
fn described_subject(text: &str, doc_start: usize, at: usize, p: Pronoun) -> Option<Mention> {
    let written = subject_before(text, doc_start, at, |_| true)?;
    if definite(written).is_none() || head_sex(written).is_some_and(|s| s != p) {
        return None;
    }
    // (A title written as one, "The Chancellor", "the Prime Minister"; a description, "The
    // champion", may be anyone's.)
    let head = written.split_whitespace().last()?;
    if !(tag::is_capitalized(head) && tag::title_alone(head)) {
        return None;
    }
    match tag::classify(written, false)? {
        m @ Mention::Named {
            kind: SourceKind::Person,
            ..
        } => Some(m),
        _ => None,
    }
}

/// The subject the sentence just before `at` opens with, followed by its verb in lower case
/// ("The Chancellor has stood up …", "A council spokesman rejected the claim.").
fn subject_before(
    text: &str,
    doc_start: usize,
    at: usize,
    opens: impl Fn(&str) -> bool,
) -> Option<&str> {
    let span = sentences_before(text, doc_start, at)
        .take(2)
        .find(|s| closes_sentence(text[s.range()].trim_end()))?;
    // (After a live blog's time: "14:05 The Chancellor has stood up …".)
    let span = Span::new(span.start + clock_time(&text[span.range()]), span.end);
    // (A first look at the sentence's opening, before reading its subject.)
    if !opens(text[span.range()].trim_start()) {
        return None;
    }
    let phrase = lead_subject(text, span)?;
    let mut after = &text[phrase.end..span.end];
    // (After a clause set off by commas that opens in lower case: "A rebel commander, speaking
    // by telephone, gave …".)
    if let Some(inserted) = after.strip_prefix(", ") {
        let close = inserted
            .find(',')
            .filter(|&c| c <= INSERTION_BYTES && !inserted[..c].contains(['"', '\u{201C}']))?;
        if !inserted.starts_with(|c: char| c.is_ascii_lowercase()) {
            return None;
        }
        after = &inserted[close + 1..];
    }
    let next = after.split_whitespace().next()?;
    next.starts_with(|c: char| c.is_ascii_lowercase())
        .then(|| &text[phrase.range()])
}

/// Most bytes of a clause set off by commas between a subject and its verb that
/// [`subject_before`] reads past.
const INSERTION_BYTES: usize = 80;

/// One person described by "a" or "an" and a noun of the pronoun's sex or a role of none,
/// opening the sentence just before `at`: a new person, whom a "he" or "she" right after refers
/// to ("A council spokesman rejected the claim. He said …", "A rebel commander … gave a
/// different account. He said …", "A spokeswoman for the airline blamed a backlog ….
/// '…,' she said."). Returns the mention and the byte offset in `text` where the subject starts.
fn indefinite_subject(
    text: &str,
    doc_start: usize,
    at: usize,
    p: Pronoun,
) -> Option<(Mention, usize)> {
    // (A first look: "a" or "an" opening the sentence or after a comma, "On Tuesday, a council
    // spokesman …"; the subject read must open with it, not "The chairman, a former banker, …".)
    let indefinite = |s: &str| {
        s.starts_with("A ") || s.starts_with("An ") || s.contains(", a ") || s.contains(", an ")
    };
    let written = subject_before(text, doc_start, at, indefinite)?;
    let article = written
        .split_once(' ')
        .is_some_and(|(a, _)| tag::lower_in(a, &["a", "an"]));
    // (A role of no sex is a person all the same: "A rebel commander, speaking by telephone,
    // gave a different account. He said …"; a thing is not, "A new report criticised …".)
    let fits = match head_sex(written) {
        Some(sex) => sex == p,
        None => head_word(written).is_some_and(|h| {
            let h = h.to_ascii_lowercase();
            tag::role_noun(&h) && !tag::plural_person(&h)
        }),
    };
    if !article || !fits {
        return None;
    }
    let start = tag::offset_in(text, written);
    match tag::classify(written, false)? {
        m @ Mention::Named {
            kind: SourceKind::Anonymous | SourceKind::Person,
            ..
        } => Some((m, start)),
        _ => None,
    }
}

/// The person a question is put to by name in `span` ("… asked Mr Wills why …", "A reporter
/// asked Sanders how …"), when the capitalised words after "asked" name a person of pronoun
/// `p`'s sex or of none known.
fn asked_person(text: &str, span: Span, p: Pronoun) -> Option<Mention> {
    let s = &text[span.range()];
    let at = tag::find_str(s, " asked ")?;
    let mut end = at + " asked ".len();
    for w in s[end..].split(' ').take(ASKED_NAME_WORDS) {
        let bare = w.trim_end_matches([',', ':', ';']);
        if !bare.starts_with(char::is_uppercase) {
            break;
        }
        end += bare.len() + 1;
        if bare.len() < w.len() {
            break;
        }
    }
    let phrase = s.get(at + " asked ".len()..end.saturating_sub(1))?;
    match tag::classify(phrase, false)? {
        m @ Mention::Named {
            kind: SourceKind::Person,
            ..
        } => tag::sex_of_name_or_title(phrase)
            .is_none_or(|sex| sex == p)
            .then_some(m),
        _ => None,
    }
}

/// Most words of the name after "asked" that [`asked_person`] reads (a title and three names).
const ASKED_NAME_WORDS: usize = 4;

/// The length of a clock time and the space after it opening `s` ("14:05 ", "9.30 "), 0 if
/// none.
fn clock_time(s: &str) -> usize {
    match s.split_once(' ') {
        Some((time, _)) if super::clock_time(time) => time.len() + 1,
        _ => 0,
    }
}

/// The name after "Shares in" (or "of", or "Stock …") opening the sentence `span`: "Shares in
/// Halvorsen Foods fell …" -> "Halvorsen Foods" (up to five capitalised words).
fn shares_of(text: &str, span: Span) -> Option<Span> {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let rest = ["Shares in ", "Shares of ", "Stock in ", "Stock of "]
        .iter()
        .find_map(|p| s[lead..].strip_prefix(p))?;
    let start = span.start + (s.len() - rest.len());
    let mut end = start;
    for w in rest.split(' ').take(5) {
        if !w.starts_with(char::is_uppercase)
            || !w
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '&' | '.' | '-'))
        {
            break;
        }
        end += w.len() + usize::from(end > start);
    }
    (end > start).then(|| Span::new(start, end))
}

/// The searches of [`person_mentioned`]: a person of the pronoun's sex, a person a role
/// names, a possessor of the pronoun's sex (for a pronoun that nothing else resolves: "Mrs
/// Blair's remarks are said to have been made in a speech …. She said …").
#[derive(Clone, Copy)]
enum Pass {
    Sex,
    Role,
    Possessor,
}

/// The person (for "it", the body) that one of the [`SUBJECT_LOOKBACK`] sentences before `at`
/// (in its document, which starts at `doc_start`) opens with, as a name, and where that name
/// starts: "West, 26, began rapping …", "But Melzer has now beaten …". The nearest; a sentence
/// opening with a description or a pronoun ("The 34-year-old …", "But she …") is passed over
/// (it most often refers to the same person). It is also the near subject when it is in the
/// pronoun's own sentence or in one of the `near` sentences before (none for a closing tag
/// when `near` is 0: its own sentence is its content).
pub(super) fn subject_antecedent(
    text: &str,
    doc_start: usize,
    at: usize,
    p: Pronoun,
    near: usize,
) -> Subjects {
    let lo = tag::floor_char(text, doc_start.max(at.saturating_sub(SUBJECT_REACH)));
    let before = &text[lo..at];
    let sentences = sentences_before(text, doc_start, at);
    // (Unless the tag opens its sentence, the last start opens the tag's own sentence.)
    let trimmed = before.trim_end();
    let opens =
        trimmed.is_empty() || before[trimmed.len()..].contains('\n') || closes_sentence(trimmed);
    let own = usize::from(!opens);
    // (A closing tag's own sentence opens with its content: "'…,' he said". With nothing to
    // look back over, nothing to do.)
    let closing = !opens && trimmed.ends_with([',', '"', '\u{201D}']);
    let near = if closing && near == 0 { 0 } else { near + own };
    let found = |k: usize, at: usize, m: Mention| Subjects {
        near: (k < near).then(|| m.clone()),
        far: Some((at, m)),
    };
    // (The tag's own sentence counts when its subject comes before the pronoun: "Henman came
    // from two sets down, so he knows …".)
    for (k, span) in sentences.take(SUBJECT_LOOKBACK + own).enumerate() {
        // (The own sentence of a closing tag opens with its content, a subject and all:
        // "Deutsche Boerse is trying to buy them off, he said.")
        // (Unless a colon introduced the quotation it closes: "Sen. Claire McCaskill scolded
        // him: “…,” she said." is hers.)
        let introduced = || {
            let own = &text[span.range()];
            own.find(['"', '\u{201C}'])
                .is_some_and(|q| own[..q].trim_end().ends_with(':'))
        };
        if span.end == at && closing && !introduced() {
            continue;
        }
        // ("Shares in Halvorsen Foods fell …": for an "it", the company whose shares they are.)
        let shares = if p == Pronoun::It {
            shares_of(text, span)
        } else {
            None
        };
        let Some(phrase) = shares
            .or_else(|| lead_subject(text, span))
            .filter(|p| p.end <= at)
        else {
            continue;
        };
        // The name is followed by its verb or an apposition ("Henman came", "West, 26,"), not
        // by more of a noun phrase ("Local favourite Lleyton Hewitt", "Double Olympic
        // champion"): a capitalised adjective is no name.
        // (Trimmed at both ends: a sentence's span runs on to the next one's start, over a line
        // break, and "Rubio disagreed.\n" has its verb as the last word.)
        let rest = text[phrase.end..span.end].trim();
        let mut words = rest.split([' ', ',', ':', ';']);
        let mut next = words.next().unwrap_or("");
        // (A group's place after it: "Researchers at the University of Lindford followed …",
        // for a "they"; a body's, "The Chinese embassy in London rejected …", for an "it".)
        if matches!(p, Pronoun::They | Pronoun::It) && tag::lower_in(next, &["at", "from", "in"]) {
            next = words
                .by_ref()
                .find(|w| {
                    !(w.starts_with(char::is_uppercase) || tag::lower_in(w, &["and", "of", "the"]))
                })
                .unwrap_or("");
        }
        let is_verb = |w: &str| {
            // (Closing the sentence: "Alvarez smiled.")
            let w = w.trim_end_matches(['.', '!', '?']);
            w.starts_with(|c: char| c.is_ascii_lowercase())
                && tag::possessor(w).is_none()
                && (w.ends_with("ed")
                    || w.ends_with('s') && !w.ends_with("ss")
                    || tag::lower_in(w, SUBJECT_VERBS))
        };
        // (An adverb may stand before the verb: "Mr Blair instead hailed …", "Mr Brown also
        // announced …".)
        // (Two: "Mr. Rubio only occasionally disagreed".)
        for _ in 0..2 {
            if !is_verb(next) && (tag::adverb_like(next) || tag::lower_in(next, SUBJECT_ADVERBS)) {
                next = words.next().unwrap_or("");
            }
        }
        // (And a day: "Orbit Labs on Tuesday unveiled …", "The bank last week cut …".)
        if !is_verb(next) && tag::lower_in(next, &["last", "on", "this"]) {
            let day = words.clone().next().unwrap_or("");
            if tag::lower_in(day, tag::WEEKDAYS)
                || tag::lower_in(day, &["month", "week", "weekend", "year"])
            {
                words.next();
                next = words.next().unwrap_or("");
            }
        }
        let verb = is_verb(next);
        // ("Brian and Seamus are in the same position. … He said": a verb in the plural has
        // no "he", "she" or "it" for subject; "Shares in Krispy Kreme have …" have the shares.)
        if p != Pronoun::They && shares.is_none() && tag::lower_in(next, &["are", "have", "were"]) {
            continue;
        }
        // (Or an aside between dashes or brackets: "Joshua Rifkin - a composer - has …"; or a
        // relative clause with no comma: "Mr Snow who is in Dublin … has applauded …".)
        if !(rest.starts_with([',', '-', '(', '\u{2013}', '\u{2014}']) || verb || next == "who") {
            continue;
        }
        let written = &text[phrase.range()];
        let first = written.split(' ').next().unwrap_or("");
        // "They": a group of people the sentence opens with, named by a plural ("The
        // researchers, led by …, followed 74,000 nurses. … they found").
        if p == Pronoun::They {
            let head = written.rsplit(' ').next().unwrap_or("");
            // (Or a plural of people heading the phrase, a place after it: "Researchers at the
            // University of Lindford followed …. They found".)
            let plural = head.ends_with('s') && !head.ends_with("ss")
                || tag::plural_person(
                    &written.split(' ').next().unwrap_or("").to_ascii_lowercase(),
                );
            // (Or two people or bodies named: "Smith and Jones followed …. They found", "Labour
            // and the Tories have attacked …. they insist".)
            match tag::classify(written, false) {
                Some(
                    m @ Mention::Named {
                        kind: SourceKind::Anonymous,
                        ..
                    },
                ) if plural => return found(k, phrase.start, m),
                Some(m)
                    if matches!(&m, Mention::Named { name, kind: SourceKind::Person | SourceKind::Organization, .. }
                        if tag::joint(name)) =>
                {
                    return found(k, phrase.start, m)
                }
                _ => continue,
            }
        }
        // "It": a body the sentence opens with ("Nintendo dominates …", "The American Film
        // Institute hailed …"), not a person (no title, no full name given for it).
        if p == Pronoun::It {
            // (A pronoun refers on, to nothing here: "It said it. It said …".)
            if tag::pronoun(written).is_some() {
                continue;
            }
            // ("Heineken's net income fell …": the possessor.)
            let written = tag::possessor(written).unwrap_or(written);
            // ("The Russian government's argument": a nation's person, no body's name.)
            let demonym = match written.split(' ').collect::<Vec<_>>()[..] {
                [article, word] => tag::lower_in(article, tag::ARTICLES) && tag::demonym(word),
                // ("Nigerian nationals …")
                [word] => word.ends_with("ian") || word.ends_with("ese"),
                _ => false,
            };
            if demonym {
                continue;
            }
            // (As far back as a full name is looked for: a look over the whole document for
            // every "it" made a long text of short reports quadratic.)
            let from = tag::floor_char(text, doc_start.max(at.saturating_sub(SUBJECT_REACH * 4)));
            let doc = &text[from..at];
            // A person: a title, a full name given for a surname, or "Mr Howard" somewhere for
            // "Michael Howard".
            let last = written.rsplit(' ').next().unwrap_or(written);
            let titled = memchr::memmem::find_iter(doc.as_bytes(), last.as_bytes()).any(|i| {
                let before = doc[..i].trim_end_matches(' ').trim_end_matches('.');
                tag::PERSON_TITLES.iter().any(|t| {
                    before
                        .get(before.len().saturating_sub(t.len())..)
                        .is_some_and(|end| end.eq_ignore_ascii_case(t))
                })
            });
            // (Or a person's role in apposition: "Rod Eddington, BA's chief executive, said".)
            let role = || {
                rest.strip_prefix(',')
                    .and_then(|r| r.split(',').next())
                    .and_then(|a| a.split_whitespace().next_back())
                    .is_some_and(|head| tag::role_noun(head) || tag::person_head(head))
            };
            let person = titled
                || tag::lower_in(first.trim_end_matches('.'), tag::PERSON_TITLES)
                || role()
                || !written.contains(' ') && tag::fuller_name(doc, written, doc.len()).is_some();
            match tag::classify(written, false) {
                // (Two bodies are "they": "the Tories and Lib Dems".)
                Some(Mention::Named { name, .. }) if tag::joint(&name) => continue,
                // (A piece of research: "The study, from the Centre for Economic Policy
                // Research, does not praise …. But it argues …"; not any document, "The Rosneft
                // announcement came just hours after …. It has said …".)
                research @ Some(Mention::Named {
                    kind: SourceKind::Document,
                    ..
                }) if written
                    .rsplit(' ')
                    .next()
                    .is_some_and(|head| tag::lower_in(head, RESEARCH)) =>
                {
                    return research.map_or(NOTHING, |r| found(k, phrase.start, r))
                }
                body @ Some(Mention::Named {
                    kind: SourceKind::Organization | SourceKind::Publication,
                    ..
                }) if !person => return body.map_or(NOTHING, |b| found(k, phrase.start, b)),
                // (An unknown capitalised name: "Nintendo", "Standard Life".)
                Some(Mention::Named {
                    name,
                    kind: SourceKind::Person,
                    descriptor,
                }) if !person && tag::is_capitalized_name(written) => {
                    let body = Mention::Named {
                        name,
                        kind: SourceKind::Organization,
                        descriptor,
                    };
                    return found(k, phrase.start, body);
                }
                _ => continue,
            }
        }
        // A name, not a description ("The Russian", "the world number one") nor a possessive
        // ("Mr Blunkett's own comments").
        // (A demonym is one word no full name was given for: "Russians", not "Meg Whitman" nor
        // "Henman" after "Tim Henman".)
        let demonym = || {
            !written.contains(' ')
                && tag::demonym(written)
                && tag::fuller_name(&text[doc_start..at], written, SUBJECT_REACH * 4).is_none()
        };
        // (Unless a description in lower case and a full name follow the article: "The
        // economist Robert J. Shapiro recently measured …".)
        let described_name = || {
            written.split(' ').count() >= 4
                && written
                    .split(' ')
                    .nth(1)
                    .is_some_and(|w| w.starts_with(char::is_lowercase))
                && written
                    .rsplit(' ')
                    .take(2)
                    .all(|w| w.starts_with(char::is_uppercase))
        };
        let article = tag::lower_in(first, tag::ARTICLES);
        if (article || tag::lower_in(first, tag::DETERMINERS)) && !(article && described_name())
            || tag::possessor(written).is_some()
            || demonym()
        {
            continue;
        }
        // A title tells the person's sex ("Ms Hughes" is no "he"); a group is no one person
        // ("Many MPs").
        if tag::sex_of_title(first).is_some_and(|s| s != p)
            || tag::lower_in(first, QUANTIFIERS)
            || tag::plural_initials(written)
        {
            continue;
        }
        let m = tag::classify(written, false);
        if let Some(Mention::Named {
            kind: SourceKind::Person,
            name,
            ..
        }) = &m
        {
            // (A given name of the other sex: "Hillary Clinton" is no "he"; two people are no
            // one: "Joe Keenan and Sam Tillen".)
            if tag::sex_of_name(name).is_some_and(|s| s != p) || tag::joint(name) {
                continue;
            }
            // (Nor a thing of a person's: a possessive inside the phrase, a last word in lower
            // case, "But Mr. Sanders's reputation as an anti-politician has been bruised", or a
            // noun of a thing and "of", "Footage of Al-Awlaki again appears." A name's particle
            // is no such word: "Charles de Gaulle"; nor is a role: "Former secretary of State
            // Clinton".)
            let mut words = name.split(' ');
            let head = words.next().unwrap_or("");
            let lower = |w: &str| {
                w.starts_with(|c: char| c.is_lowercase()) && !tag::lower_in(w, NAME_PARTICLES)
            };
            if name.split(' ').any(|w| tag::possessor(w).is_some())
                || name.rsplit(' ').next().is_some_and(lower)
                || words.next() == Some("of")
                    && !tag::role_noun(&head.to_ascii_lowercase())
                    && !tag::lower_in(head, tag::PERSON_TITLES)
            {
                continue;
            }
            // A single word is a surname the document gave a person's full name for earlier
            // ("Tim Henman" for "Henman"): not a body ("Yukos") nor a word opening sentences
            // ("Prudence made an appearance").
            let doc = &text[doc_start..at];
            let full = tag::fuller_name(doc, name, SUBJECT_REACH * 4);
            // (Nor a full name of the other sex: "McCririck" of "John McCririck" is no "she".
            // Unless a title of the pronoun's sex names another person of that surname, who is
            // the subject as written: "Mrs Howard has also appeared …. '…,' she said." after
            // "Michael Howard".)
            if full
                .as_deref()
                .and_then(tag::sex_of_name)
                .is_some_and(|s| s != p)
            {
                if tag::sex_of_title(first) == Some(p) && written.split(' ').count() == 2 {
                    let titled = Mention::Named {
                        name: written.into(),
                        kind: SourceKind::Person,
                        descriptor: None,
                    };
                    return found(k, phrase.start, titled);
                }
                continue;
            }
            // (Or a surname under a title: "Mr Kilroy-Silk quit UKIP …".)
            let titled = tag::lower_in(first.trim_end_matches('.'), tag::PERSON_TITLES);
            // (Or a name after a person's role: "Arsenal's Brazilian midfielder Edu has hit out
            // …".)
            let role = matches!(&m, Some(Mention::Named { descriptor: Some(d), .. })
                if d.rsplit(' ').next().is_some_and(tag::role_noun));
            // (Or a known given name of the pronoun's sex: "Jane, who runs the website,
            // compiles …. '…,' she said.")
            let given = tag::sex_of_given(name) == Some(p);
            if name.contains(' ') || full.is_some() || titled || role || given {
                return m.map_or(NOTHING, |m| found(k, phrase.start, m));
            }
        }
    }
    NOTHING
}

/// Looks before `tag` for what its resolution needs (see [`Before`]): the subjects of "he" or
/// "she" in any tag and of "it" before a verb of saying ("it shows", "it feels like" have a
/// thing for subject); the full names given earlier for one-word persons' names. `breaks` are
/// the document breaks: both are looked for in the tag's document.
pub(super) fn presearch(text: &str, breaks: &[usize], tag: &mut Tag) {
    let doc_start = document_start(breaks, tag.cue.start);
    let at = tag.found.phrase.start;
    let subjects = match tag.mention {
        Mention::Pronoun(Pronoun::It) if tag::lower_in(&text[tag.cue.range()], SAYING) => {
            Some(subject_antecedent(text, doc_start, at, Pronoun::It, 1))
        }
        Mention::Pronoun(p @ (Pronoun::He | Pronoun::She | Pronoun::They)) => {
            Some(subject_antecedent(text, doc_start, at, p, 0))
        }
        _ => None,
    };
    let one_word = |m: &Mention| match m {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            ..
        } if !name.contains(' ') => Some(name.clone()),
        _ => None,
    };
    let before = &text[doc_start.min(at)..at];
    let fuller: Vec<(Arc<str>, Option<String>)> = one_word(&tag.mention)
        .into_iter()
        .chain(subjects.as_ref().and_then(|s| one_word(&s.far.as_ref()?.1)))
        .map(|name| {
            let full = tag::fuller_name(before, &name, FULL_NAME_REACH);
            (name, full)
        })
        .collect();
    if subjects.is_some() || !fuller.is_empty() {
        tag.before = Some(Box::new(Before { subjects, fuller }));
    }
}

/// For a description that "its" opens ("its chief executive", "its central bank", "its
/// report"), the same description with the possessor written out ("Mittal Steel's chief
/// executive"): the body or publication that the tag's own sentence opens with, or, when the
/// tag opens its sentence, the sentence just before. None when no such name opens them.
fn its_owner(text: &str, doc_start: usize, tag: &Tag) -> Option<Mention> {
    let Mention::Named {
        name,
        kind,
        descriptor,
    } = &tag.mention
    else {
        return None;
    };
    let rest = name
        .get(..4)
        .filter(|w| w.eq_ignore_ascii_case("its "))
        .map(|_| &name[4..])?;
    let at = tag.found.phrase.start;
    let mut sentences = sentences_before(text, doc_start, at);
    let own = sentences.next()?;
    // (The tag's own sentence, unless the tag opens it: then the one before.)
    let span = if text[own.start..at].trim().is_empty() {
        sentences.next()?
    } else {
        own
    };
    let phrase = lead_subject(text, span).filter(|p| p.end <= at)?;
    // (A name read as a person's with no given name of either sex may be a body's: "its" says
    // so, "Mittal Steel, …, its chief executive has said".)
    let owner = match tag::classify(&text[phrase.range()], false)? {
        Mention::Named {
            name,
            kind: SourceKind::Organization | SourceKind::Publication,
            ..
        } => name,
        Mention::Named {
            name,
            kind: SourceKind::Person,
            ..
        } if tag::sex_of_name(&name).is_none() && name.starts_with(char::is_uppercase) => name,
        _ => return None,
    };
    let possessive = if owner.ends_with('s') { "'" } else { "'s" };
    let owner = tag::lower_article(&owner);
    Some(Mention::Named {
        name: format!("{owner}{possessive} {rest}").into(),
        kind: *kind,
        descriptor: descriptor.clone(),
    })
}

/// Resolves a tag's mention to an entity (creating it when new).
pub(super) fn resolve_tag(
    text: &str,
    doc_start: usize,
    tag: &Tag,
    reg: &mut Registry,
    quoted: bool,
) -> Assigned {
    let written = &text[tag.found.phrase.range()];
    let descriptor = tag.found.descriptor.map(|d| &text[d.range()]);
    let known = reg.entities.len();
    // The person "a"/"an" introduces in the sentence before, for a "he" or "she" (see
    // [`indefinite_subject`]): read once, though two searches below may ask for it.
    let indefinite = std::cell::OnceCell::new();
    let indefinite = |p: Pronoun| {
        indefinite
            .get_or_init(|| indefinite_subject(text, doc_start, tag.found.phrase.start, p))
            .clone()
    };
    // The tag's document before it, where full names are looked for.
    let before = &text[doc_start.min(tag.found.phrase.start)..tag.found.phrase.start];
    // The full name given for a one-word person's name before the tag (found already, most
    // often).
    let fuller = |name: &str| {
        let found = tag.before.as_ref().and_then(|b| {
            let (_, full) = b.fuller.iter().find(|(n, _)| &**n == name)?;
            Some(full.clone())
        });
        found
            .unwrap_or_else(|| tag::fuller_name(before, name, FULL_NAME_REACH))
            .or_else(|| {
                // A headline's surname, before the story names the person in full ("Robinson
                // answers critics" over "England captain Jason Robinson has …"): the first
                // full name in the lines below, inside the document.
                if before.len() > HEADLINE_BYTES || before.contains('\n') {
                    return None;
                }
                let from = tag.found.phrase.end;
                let ahead =
                    &text[from..tag::floor_char(text, (from + HEADLINE_REACH).min(text.len()))];
                let ahead = document_breaks(ahead)
                    .first()
                    .map_or(ahead, |&b| &ahead[..b]);
                // (A title alone, the person the story first names with it: "Cardinal
                // criticises Iraq war cost" over "…, Cardinal Cormac Murphy-O'Connor has said.")
                tag::fuller_name(ahead, name, HEADLINE_REACH)
                    .or_else(|| tag::titled_name(ahead, name))
            })
    };
    // "Melzer has now beaten Agassi twice. '…,' he said.": a pronoun with no source to refer to
    // refers to the person a sentence just before opens with.
    let subjects = tag.before.as_ref().and_then(|b| b.subjects.as_ref());
    let subject = match (&tag.mention, subjects) {
        // "Nintendo dominates the market. It hopes to …": with no body to refer to.
        // (The sentence just before first: "Microsoft also made announcements. It has agreed
        // …".)
        // (A body met before first: "Ferrari could be listed, the Financial Times reported. It
        // said …".)
        (Mention::Pronoun(Pronoun::It), Some(found)) => {
            // (Not a person someone called "he" or "she": "Michael Howard".)
            let body = |m: &Mention| reg.gender_of(m).is_none();
            let named = |i: usize| reg.mention_of(i, SourceKind::Organization);
            // (No nation's people: "The Russians have been pressing …".)
            let people = |m: &Mention| {
                matches!(m, Mention::Named { name, .. }
                if name.rsplit(' ').next().is_some_and(|w| {
                    w.strip_suffix('s').is_some_and(tag::demonym)
                }))
            };
            let body = |m: &Mention| body(m) && !people(m);
            // (Named, its last word in capitals: a description, "The company is trying …",
            // "The TiVo To Go service means …", stands for a body named before.)
            let name = |m: &Mention| {
                matches!(m, Mention::Named { name, .. }
                    if name.rsplit(' ').next().is_some_and(|w| w.starts_with(char::is_uppercase)))
            };
            match reg.named_antecedent(Pronoun::It) {
                None => {
                    let near = found.near.clone().filter(body);
                    // ("Orbis said …. The company is trying …. It added": the one-word name
                    // a definite description stands for, ahead of the description; not a
                    // possessor's, "Mr. Assad's military …, as it claims".)
                    let definite = |m: &Mention| {
                        matches!(m, Mention::Named { name, .. }
                            if name.split(' ').next().is_some_and(|w| w.eq_ignore_ascii_case("the")))
                    };
                    if near.as_ref().is_some_and(|m| definite(m) && !name(m)) {
                        reg.unnamed_body().map(named).or(near)
                    } else {
                        near.or_else(|| reg.unnamed_body().map(named))
                    }
                    .or_else(|| found.far.clone().map(|(_, m)| m).filter(body))
                }
                // "… according to a study …. The British Coffee Association welcomed the study.
                // In a statement, it said …": a body the sentence just before opens with, met
                // after that source's last tag.
                Some(i) => {
                    let beyond = reg.entities[i].last_at + 1;
                    found
                        .near
                        .as_ref()
                        .and(found.far.as_ref())
                        .filter(|(at, _)| *at >= beyond)
                        .map(|(_, m)| m.clone())
                        .filter(|m| name(m) && body(m))
                }
            }
        }
        // "The researchers, led by …, followed 74,000 nurses. …, they found": a group a
        // sentence opens with, met after the source "they" would otherwise refer to.
        (Mention::Pronoun(Pronoun::They), Some(found)) => {
            let beyond = reg
                .antecedent(Pronoun::They)
                .map_or(0, |i| reg.entities[i].last_at + 1);
            found.near.clone().or_else(|| {
                found
                    .far
                    .clone()
                    .filter(|(at, _)| *at >= beyond)
                    .map(|(_, m)| m)
            })
        }
        (Mention::Pronoun(p @ (Pronoun::He | Pronoun::She)), Some(found)) => {
            // (Not a person known by the other pronoun; for a surname alone, the person its own
            // document named in full, if any: "Rock star Patti Smith … Smith has yet to decide
            // …" is no Clive Smith of another article.)
            let fits = |m: &Mention| {
                let full = match m {
                    Mention::Named {
                        name,
                        kind: SourceKind::Person,
                        ..
                    } if !name.contains(' ') => fuller(name),
                    _ => None,
                };
                let sex = match full {
                    Some(full) => tag::sex_of_name(&full).or_else(|| {
                        let i = reg.find_named(&full, SourceKind::Person)?;
                        reg.entities[i].gender
                    }),
                    None => reg.gender_of(m),
                };
                // (Nor a name known as a body's in this document: "Aguas Argentinas told ….
                // The Planning Minister …. Yet he added …"; a "Fox" of another story may be the
                // broadcaster.)
                let body = || match m {
                    Mention::Named { name, kind, .. } => {
                        reg.find_named(name, *kind).is_some_and(|i| {
                            let e = &reg.entities[i];
                            matches!(e.kind, SourceKind::Organization | SourceKind::Publication)
                                && e.last_at >= reg.doc_start
                        })
                    }
                    Mention::Pronoun(_) => false,
                };
                sex.is_none_or(|g| g == *p) && !body()
            };
            // "Ms James emphasised she had said …": the name opening the pronoun's own sentence
            // first; then, with no source to refer to, a sentence before.
            // Then the source or the subject met last: "Kidd said …. Trump has record low
            // support …. 'What do you have to lose?' he said" is Trump's: only a subject met
            // after that source's tag.
            let beyond = reg
                .named_antecedent(*p)
                .map_or(0, |i| reg.entities[i].last_at + 1);
            // "A former dispatcher for the company … said …. '…,' she said.": an unnamed person
            // who is the latest source, tagged in the sentence just before in the same line, is
            // the one the pronoun refers to, ahead of a person named further back (who keeps a
            // pronoun in a paragraph after: "At the forum, one questioner claimed …").
            // (Not an answer to that person's question: "A reporter asked Sanders how he's
            // feeling. He replied: …" is Sanders.)
            // (Read for every pronoun: a verb of answering opens with "a" or "r", which most
            // cues, "said", do not.)
            let answers = || {
                let verb = text[tag.cue.range()].rsplit(' ').next().unwrap_or("");
                matches!(verb.as_bytes().first(), Some(b'a' | b'r' | b'A' | b'R'))
                    && tag::lower_in(verb, ANSWERING)
            };
            let unnamed_before = || {
                let at = tag.found.phrase.start;
                let previous = sentences_before(text, doc_start, at).nth(1)?;
                let i = reg.unnamed_latest(*p)?;
                let last = reg.entities[i].last_at;
                let between = text.get(last..at)?;
                (last >= previous.start
                    && !between.contains('\n')
                    // (A relative clause's "who asked not to be named" is no question.)
                    && !between
                        .match_indices(" asked ")
                        .any(|(k, _)| !between[..k].ends_with(" who"))
                    && !answers())
                .then(|| reg.mention_of(i, SourceKind::Anonymous))
            };
            // "A council spokesman rejected the claim. He said …": a person described by "a"
            // and a noun of the pronoun's sex (or a role of none) opening the sentence just
            // before is new to the story, and nearer than anyone met before (not the one
            // asked, above).
            // (Not when another source is tagged after that subject: "A fan jumped on stage …,
            // spokesman Paul Smernicki said. He said …" is the spokesman.)
            let described_before = || {
                let at = tag.found.phrase.start;
                let (m, subject_at) = indefinite(*p)?;
                let previous = sentences_before(text, doc_start, at).nth(1)?;
                let other_since = reg.recent.last().is_some_and(|&i| {
                    let e = &reg.entities[i];
                    e.last_at >= subject_at
                        && !matches!(&m, Mention::Named { name, .. } if **name == *e.name)
                });
                (!answers() && !text[previous.range()].contains(" asked ") && !other_since)
                    .then_some(m)
            };
            // "Prosecutor Helen Ashdown asked Mr Wills why …. '…,' he replied.": the one a
            // question was put to by name in the sentence before answers it, ahead of anyone
            // met since (a "Mr Crowe" opening a sentence in between).
            let asked = || {
                if !answers() {
                    return None;
                }
                let at = tag.found.phrase.start;
                let previous = sentences_before(text, doc_start, at).nth(1)?;
                asked_person(text, previous, *p)
            };
            asked()
                .or_else(|| found.near.clone().filter(fits))
                .or_else(unnamed_before)
                .or_else(described_before)
                .or_else(|| {
                    found
                        .far
                        .clone()
                        .filter(|(at, _)| *at >= beyond)
                        .map(|(_, m)| m)
                        .filter(fits)
                })
                // (With no source to refer to, a person of that sex named just before, else one
                // whom a role names.)
                .or_else(|| {
                    reg.named_antecedent(*p)
                        .is_none()
                        .then(|| {
                            let at = tag.found.phrase.start;
                            person_mentioned(text, doc_start, at, *p, &[Pass::Sex, Pass::Role])
                        })
                        .flatten()
                        .map(|(_, m)| m)
                        .filter(fits)
                })
        }
        _ => None,
    };
    // A pronoun that nothing else resolves: a possessor of its sex named just before.
    let subject = subject.or_else(|| match tag.mention {
        Mention::Pronoun(p @ (Pronoun::He | Pronoun::She)) if reg.antecedent(p).is_none() => {
            let at = tag.found.phrase.start;
            person_mentioned(text, doc_start, at, p, &[Pass::Possessor]).map(|(_, m)| m)
        }
        _ => None,
    });
    // Else the person a title or a role names, opening the sentence just before: "The
    // Chancellor has stood up to deliver the Budget. She says …".
    let subject = subject.or_else(|| match tag.mention {
        Mention::Pronoun(p @ (Pronoun::He | Pronoun::She)) if reg.antecedent(p).is_none() => {
            indefinite(p)
                .map(|(m, _)| m)
                .or_else(|| described_subject(text, doc_start, tag.found.phrase.start, p))
        }
        _ => None,
    });
    // A surname alone joins the person of that surname met before, unless its own document
    // gave another full name for it ("Feliciano Lopez" in a tennis report is not the Jennifer
    // Lopez of the film news before it).
    // "Mittal Steel … could cut 45,000 jobs, its chief executive has said": a description
    // that "its" opens names the body its sentence (or the sentence before) opens with.
    let owned = subject
        .is_none()
        .then(|| its_owner(text, doc_start, tag))
        .flatten();
    let mention = subject.as_ref().or(owned.as_ref()).unwrap_or(&tag.mention);
    // The sex a title before a surname tells ("Mrs. Clinton" is no Bill Clinton).
    let titled = match mention {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            ..
        } if !name.contains(' ') => match written.split(' ').collect::<Vec<_>>()[..] {
            // (Only a title right before the name: not "Mr Eavis' daughter Emily".)
            [title, last] if last == &**name => tag::sex_of_title(title),
            _ => None,
        },
        _ => None,
    };
    let other_sex = |sex: Option<Pronoun>| titled.is_some() && sex.is_some() && sex != titled;
    let in_document = match mention {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            descriptor,
        } if !name.contains(' ') => reg.find_named(name, SourceKind::Person).and_then(|i| {
            let named = |name: String| Mention::Named {
                name: name.into(),
                kind: SourceKind::Person,
                descriptor: descriptor.clone(),
            };
            if other_sex(reg.sex_of(i)) {
                // Another person: a full name the document gave whose given name is of the
                // title's sex, a person of that sex met in the document, a full name of a given
                // name of unknown sex; or the titled name. (Not the name of the person met:
                // "Mr. Khan" met as "Ghazala Khan".)
                let full = tag::fuller_name_ranked(before, name, FULL_NAME_REACH, |f| {
                    let sex = tag::sex_of_name(f);
                    if f == reg.entities[i].name {
                        None
                    } else if sex == titled {
                        Some(0)
                    } else {
                        sex.is_none().then_some(1)
                    }
                });
                let (sure, unsure) = match full {
                    Some((f, 0)) => (Some(f), None),
                    other => (None, other.map(|(f, _)| f)),
                };
                let met = || reg.person_of_sex(name, titled, doc_start);
                return Some(named(
                    sure.or_else(|| met().map(|j| reg.entities[j].name.clone()))
                        .or(unsure)
                        .unwrap_or_else(|| written.to_string()),
                ));
            }
            let full = fuller(name)?;
            (full != reg.entities[i].name).then(|| named(full))
        }),
        _ => None,
    };
    // The person a sentence before opens with, for a stand-in of the sex its description
    // gives ("the American", "the singer"): read once for the two looks below that need it.
    let far_subject = std::cell::OnceCell::new();
    let far_subject = |rest: &str| {
        far_subject
            .get_or_init(|| {
                let far = |p| subject_antecedent(text, doc_start, tag.found.phrase.start, p, 0).far;
                // (A description of no sex, "the 23-year-old", may stand for a woman as for a
                // man: the sex of the pronoun its report opens with, "the singer said he did
                // not …", else the nearer of the two.)
                let reported = || {
                    let after = text.get(tag.cue.end..)?.trim_start();
                    let after = after.strip_prefix("that ").unwrap_or(after);
                    tag::pronoun(after.split([' ', ',']).next()?)
                        .filter(|p| matches!(p, Pronoun::He | Pronoun::She))
                };
                match head_sex(rest).or_else(reported) {
                    Some(p) => far(p),
                    None => match (far(Pronoun::He), far(Pronoun::She)) {
                        (Some(he), Some(she)) => Some(if she.0 > he.0 { she } else { he }),
                        (he, she) => he.or(she),
                    },
                }
            })
            .as_ref()
    };
    // The body the document named in full with a one-word name as its first word, before the
    // tag (see `tag::body_named`).
    let body_named = |name: &str| {
        let full = tag::body_named(before, name, FULL_NAME_REACH)?;
        Some(Mention::Named {
            name: full.into(),
            kind: SourceKind::Organization,
            descriptor: None,
        })
    };
    // "Tory leader Michael Howard … The Tory leader added": a definite description that a
    // recent person's descriptor holds is that person (see `Registry::described`).
    let described = match mention {
        Mention::Named {
            name,
            kind: SourceKind::Person,
            ..
        } if in_document.is_none() => reg
            .described(name)
            .map(|i| reg.mention_of(i, SourceKind::Person))
            // "A senior engineer, who asked not to be named, told the Gazette …. '…,' the
            // engineer said.": a person's noun that an unnamed source's description holds is
            // that source, as "the official" is (see `Registry::introduced`).
            // (Its head, not a possessor's: "the prime minister" is no "prime minister's
            // official spokesman".)
            .or_else(|| {
                let head = name.rsplit(' ').next()?;
                reg.introduced(name)
                    .filter(|&i| description_head(&reg.entities[i].name).eq_ignore_ascii_case(head))
                    .map(|i| reg.mention_of(i, reg.entities[i].kind))
            })
            .or_else(|| {
                let at = tag.found.phrase.start;
                let i = reg.variation(name, text, at)?;
                // (A nationality is not the person last quoted when a sentence since opens
                // with someone else: "… he said. Agassi was delighted with victory …. 'I felt
                // pretty good,' said the American." is Agassi, who is named below.)
                let rest = stands_in(name).unwrap_or("");
                if lone_nationality(rest) {
                    if let Some((
                        from,
                        Mention::Named {
                            name: other,
                            kind: SourceKind::Person,
                            ..
                        },
                    )) = far_subject(rest)
                    {
                        let e = &reg.entities[i];
                        let same = other.split(' ').any(|w| e.name.split(' ').any(|n| n == w));
                        if *from > e.last_at && !same {
                            return None;
                        }
                    }
                }
                Some(reg.mention_of(i, SourceKind::Person))
            })
            // "Chancellor Gordon Brown earlier backed a plan …. The chancellor said …": an
            // office that the document gave one person, before the name, is that person's
            // (see `tag::role_holder`).
            .or_else(|| {
                let rest = definite(name)?.to_ascii_lowercase();
                let from = tag::floor_char(before, before.len().saturating_sub(FULL_NAME_REACH));
                let holder = tag::role_holder(&before[from..], &rest)?;
                Some(Mention::Named {
                    name: holder.into(),
                    kind: SourceKind::Person,
                    descriptor: None,
                })
            })
            // "Gardener clocked 6.56 seconds …. The world indoor champion said: '…'": with no
            // person just quoted to stand for, the person a sentence just before opens with,
            // named in full.
            // (Not "the man", "the woman": most often someone new, "The woman said she was
            // assaulted …" after a story about a singer.)
            .or_else(|| {
                let rest = stands_in(name)?;
                if tag::lower_in(rest.rsplit(' ').next().unwrap_or(rest), &["man", "woman"]) {
                    return None;
                }
                let at = tag.found.phrase.start;
                let (from, subject) = far_subject(rest)?;
                let Mention::Named {
                    name: subject,
                    kind: SourceKind::Person,
                    ..
                } = subject
                else {
                    return None;
                };
                let from = *from;
                // (A nationality, not when someone else is named since: "Dallas said that
                // Deans was tackled short, but the Kiwi said …", "When Lleyton Hewitt shook his
                // hand …, the Australian said" after a sentence on Roger Federer.)
                // (Its own sentence may name others, "Everton manager David Moyes will discipline
                // striker James Beattie …. The Scot …"; the nationality is not in it.)
                if lone_nationality(rest) {
                    let since = text.get(from..at).unwrap_or("");
                    let end = since
                        .match_indices(['.', '?', '!', '\n'])
                        .map(|(i, _)| i + 1)
                        .find(|&i| since[i..].starts_with(char::is_whitespace));
                    match end {
                        Some(end) if !names_another(&since[end..], subject) => {}
                        _ => return None,
                    }
                }
                // (A word before the surname that is no given name is no part of the name:
                // "Man-of-the-match Duff" is the Damien Duff named before.)
                let surname = subject.rsplit(' ').next().unwrap_or(subject);
                let full = match fuller(surname) {
                    Some(full) if given_sex(subject).is_none() => full,
                    _ if subject.contains(' ') => subject.to_string(),
                    _ => return None,
                };
                Some(Mention::Named {
                    name: full.into(),
                    kind: SourceKind::Person,
                    descriptor: None,
                })
            })
            // "Orbital Motors is in talks to buy …. Orbital declined to comment.": a one-word
            // name of no known sex that the document gave before as the first word of a body's
            // name is that body.
            .or_else(|| {
                // (A person of that name met before comes first: "Mary Halloran, its founder,
                // said …. Halloran added".)
                if name.contains(' ')
                    || titled.is_some()
                    || tag::sex_of_name(name).is_some()
                    || reg
                        .find_named(name, SourceKind::Person)
                        .is_some_and(|i| reg.entities[i].kind == SourceKind::Person)
                {
                    return None;
                }
                body_named(name)
            }),
        // "A senior European official said …. The official added …": an unnamed source's
        // definite description is the source it describes (see `Registry::introduced`).
        Mention::Named {
            name,
            kind: SourceKind::Anonymous | SourceKind::Document,
            ..
        } => reg
            .introduced(name)
            .map(|i| reg.mention_of(i, reg.entities[i].kind))
            // "According to two people briefed on the talks, …. One of them said …": a part of
            // "them" is a part of the group quoted last.
            .or_else(|| {
                // (Not "those" of "Some of those who have been banned", a group described
                // there.)
                // ("Insiders claim …. One said: …": "One" alone, right after the group's own
                // report, is one of them too.)
                let lone = name.eq_ignore_ascii_case("one");
                let (part, rest): (&str, &str) = if lone {
                    (name, "them")
                } else {
                    name.split_once(" of ")?
                };
                // (A description after it is still one of them: "One of them, who spoke on
                // condition of anonymity, described her as …".)
                if !rest.eq_ignore_ascii_case("them")
                    || part.contains(' ')
                    || !tag::lower_in(part, GROUP_PARTS)
                {
                    return None;
                }
                let at = reg.group()?;
                if lone && reg.recent.last() != Some(&at) {
                    return None;
                }
                let group = &reg.entities[at].name;
                // (A noun lower-cased but a party's members: "Democrats", "Tories".)
                let party = |w: &str| {
                    tag::plural_of(&w.to_ascii_lowercase(), |s| {
                        tag::lower_in(s, tag::PARTY_MEMBERS)
                    })
                };
                let common = |w: &str| tag::source_noun(&w.to_ascii_lowercase()) && !party(w);
                // ("One of the researchers", "one of the investors" for "Some investors").
                let group = match group.split_once(' ') {
                    Some((first, rest)) if tag::lower_in(first, tag::ARTICLES) => {
                        format!("{} {rest}", first.to_ascii_lowercase())
                    }
                    Some((first, rest)) if tag::lower_in(first, GROUP_QUANTIFIERS) => {
                        format!("the {rest}")
                    }
                    // ("One of the people close to the singer" for "People close to the
                    // singer …": a common noun capitalised where it opened its sentence.)
                    Some((first, rest))
                        if first.starts_with(|c: char| c.is_uppercase()) && common(first) =>
                    {
                        format!("the {} {rest}", first.to_ascii_lowercase())
                    }
                    Some((first, _)) if party(first) => format!("the {group}"),
                    Some(_) => group.to_string(),
                    // ("One of the experts" for "Experts"; "one of the Democrats".)
                    None if common(group) => {
                        format!("the {}", group.to_ascii_lowercase())
                    }
                    None => format!("the {group}"),
                };
                Some(Mention::Named {
                    name: format!("{part} of {group}").into(),
                    kind: SourceKind::Anonymous,
                    descriptor: None,
                })
            })
            // "The Local Government Association rejected that claim. A spokesman said …": a
            // spokesman of no body is the spokesman of the body the sentence just before opens
            // with.
            .or_else(|| {
                let (article, noun) = name.split_once(' ')?;
                if !tag::lower_in(article, &["a", "an"]) || !tag::lower_in(noun, SPOKESPEOPLE) {
                    return None;
                }
                let at = tag.found.phrase.start;
                let body = subject_antecedent(text, doc_start, at, Pronoun::It, 1).near?;
                match &body {
                    Mention::Named {
                        name: named,
                        kind: kind @ (SourceKind::Organization | SourceKind::Publication),
                        ..
                    } if tag::sex_of_name_or_title(named).is_none()
                        && reg.gender_of(&body).is_none() =>
                    {
                        // (A body's article is capitalised only where it opened its sentence,
                        // "The council defended …"; a paper's is part of its name, "The Times".)
                        let named = if *kind == SourceKind::Organization {
                            tag::lower_article(named)
                        } else {
                            named.to_string()
                        };
                        Some(Mention::Named {
                            name: format!("{name} for {named}").into(),
                            kind: SourceKind::Anonymous,
                            descriptor: None,
                        })
                    }
                    _ => None,
                }
            }),
        // "Cadbury said … The company said …": a company's description is the body just
        // quoted.
        Mention::Named {
            name,
            kind: SourceKind::Organization,
            ..
        } => {
            let from = tag.found.phrase.end.max(tag.cue.end);
            let end = super::clause_end(text, from, from + COMPANY_CLAUSE);
            // (The sentence's words before the description: "In a statement from Lycos Europe
            // …, the company denied …" names its own company.)
            let at = tag.found.phrase.start;
            let back = tag::floor_char(text, at.saturating_sub(COMPANY_CLAUSE));
            let lead = &text[back..at];
            let lead = lead.rfind(['.', '\n']).map_or(lead, |k| &lead[k + 1..]);
            if names_a_body(lead) {
                None
            } else {
                reg.company(text, name, at, &text[from..end])
            }
            .map(|i| reg.mention_of(i, SourceKind::Organization))
            // "Orbis Systems has cut 300 jobs at its plant, the company said.": a trade's noun
            // closing its own sentence is the body that sentence opens with, the subject of
            // what it says.
            .or_else(|| closing_trade_noun(text, doc_start, name, at))
            // "The Alzheimer's Association welcomed the findings. In a statement, the
            // association said …": a body's description whose noun its name holds (or "the
            // group") is the body the sentence just before opens with, quoted or not.
            .or_else(|| {
                let noun = definite(name)?;
                if !noun.bytes().all(|b| b.is_ascii_lowercase()) || noun.contains(' ') {
                    return None;
                }
                // (Looked for only where the noun, capitalised, stands shortly before: "the
                // government", "the ministry" most often have no such name there.)
                let agency = noun == "agency";
                if noun != "group" && !agency {
                    let stem = noun.strip_suffix('y').unwrap_or(noun);
                    let mut cap = stem.to_string();
                    cap[..1].make_ascii_uppercase();
                    let lo = tag::floor_char(text, doc_start.max(at.saturating_sub(SUBJECT_REACH)));
                    memchr::memmem::find(&text.as_bytes()[lo..at], cap.as_bytes())?;
                }
                let body = subject_antecedent(text, doc_start, at, Pronoun::It, 1).near?;
                let Mention::Named { name: body, .. } = &body else {
                    return None;
                };
                // (A name, not a description: "The company said …. …, the group said".)
                let described =
                    definite(body).is_some_and(|rest| rest.starts_with(char::is_lowercase));
                // ("The agency" for a public body named by its kind, "the National Highway
                // Traffic Safety Administration", "the Food Standards Authority".)
                let holds = body.split(' ').any(|w| {
                    w.eq_ignore_ascii_case(noun)
                        || plural_named(w, noun)
                        || agency && tag::is_capitalized(w) && tag::lower_in(w, AGENCY_KINDS)
                });
                // ("The group" for any body known as one by its words, or a one-word name
                // ("Cairn"); not a name of several unknown words, a person's: "Scots Guardsman
                // Allan Hendry".)
                let group = noun == "group"
                    && (!body.contains(' ')
                        || matches!(
                            tag::classify(body, false),
                            Some(Mention::Named {
                                kind: SourceKind::Organization | SourceKind::Publication,
                                ..
                            })
                        ));
                let body = Mention::Named {
                    name: body.clone(),
                    kind: SourceKind::Organization,
                    descriptor: None,
                };
                (!described && reg.gender_of(&body).is_none() && (holds || group)).then_some(body)
            })
            // "Northvale Semiconductor is exploring a sale of …. Its revenue fell 18%, the
            // company said.": a trade's noun ("the company", "the firm", "the airline") is the
            // body one of the sentences before opens with, named, when none was quoted.
            .or_else(|| {
                let noun = definite(name)?;
                // (As for a company just quoted: not where the sentence names a body before the
                // noun, "In a statement from Lindqvist Online …, the company denied", nor a body
                // its own words name, "the company … intends to take action against Menatep".)
                if !tag::lower_in(noun, TRADE_NOUNS) || names_a_body(lead) {
                    return None;
                }
                let (at_body, body) = subject_antecedent(text, doc_start, at, Pronoun::It, 1).far?;
                let Mention::Named { name: body, .. } = &body else {
                    return None;
                };
                if memchr::memmem::find(&text.as_bytes()[from..end], body.as_bytes()).is_some()
                    || !trade_name(text, body, at_body)
                {
                    return None;
                }
                let body = Mention::Named {
                    name: body.clone(),
                    kind: SourceKind::Organization,
                    descriptor: None,
                };
                reg.gender_of(&body).is_none().then_some(body)
            })
            // "West Yorkshire Police said …. Police said …", "Leeds City Council … the council
            // said": a body's head noun alone is the body of this document named with it.
            .or_else(|| {
                let i = reg.headed(name)?;
                Some(reg.mention_of(i, SourceKind::Organization))
            })
            .or_else(|| reg.body_of_document(name))
            // (A one-word body named in full before, not as a source: "Orbital Motors is in
            // talks …. Orbital said it …".)
            .or_else(|| {
                if name.contains(' ') || reg.find_named(name, SourceKind::Organization).is_some() {
                    return None;
                }
                body_named(name)
            })
        }
        // "The Wall Street Journal reported …. According to the paper, …": a newspaper's noun is
        // the one publication this document named.
        Mention::Named {
            name,
            kind: SourceKind::Publication,
            ..
        } => definite(name)
            .filter(|noun| tag::lower_in(noun, PAPER_NOUNS))
            .and_then(|_| reg.only_publication())
            // "The New York Times reported …. …, according to the Times.": the last word of a
            // paper's name is that paper.
            .or_else(|| reg.publication_ending(name))
            .map(|i| reg.mention_of(i, SourceKind::Publication)),
        _ => None,
    };
    let relay = reg.resolve(
        in_document
            .as_ref()
            .or(described.as_ref())
            .unwrap_or(mention),
        written,
        descriptor,
    );
    reg.entities[relay].last_at = tag.found.phrase.start;
    // ("Mr. Fenton" after "Fenton said it …": a person after all.)
    if titled.is_some() && reg.entities[relay].kind == SourceKind::Organization {
        reg.entities[relay].kind = SourceKind::Person;
    }
    if titled.is_some() && reg.sex_of(relay).is_none() {
        reg.entities[relay].titled = titled;
        reg.entities[relay].gender = titled;
    }
    // A one-word name that a report of its own called "it" ("Nintendo said it would …", read
    // with the tag) names a body also where the document met it before; so does a name a
    // company's description stood for ("Blinkx … the company said"): a "he" after it is no
    // longer the company's.
    let e = &mut reg.entities[relay];
    let person = e.kind == SourceKind::Person && e.gender.is_none() && e.titled.is_none();
    // (A publication too: "Rightmove said …", then "property website Rightmove said …".)
    let body = |m: Option<&Mention>, one_word: bool| match m {
        Some(Mention::Named {
            name,
            kind: kind @ (SourceKind::Organization | SourceKind::Publication),
            ..
        }) if e.name == **name && !(one_word && name.contains(' ')) => Some(*kind),
        _ => None,
    };
    if person {
        if let Some(kind) =
            body(Some(&tag.mention), true).or_else(|| body(described.as_ref(), false))
        {
            e.kind = kind;
        }
    }
    // A new name of several words in capitals, none a given name, written as it is named, that
    // the document speaks of as a company ("the developer, Hallam Sports Ltd, …. Hallam Sports
    // said"): a body. (Looked for once, when the source is new: the look is a search of the
    // text around.)
    let e = &mut reg.entities[relay];
    if person
        && relay >= known
        && e.name.contains(' ')
        && e.name == written
        && e.name.split(' ').all(|w| w.starts_with(char::is_uppercase))
        && tag::sex_of_name(&e.name).is_none()
        && super::corporate_context(text, tag.found.phrase, &e.name)
    {
        e.kind = SourceKind::Organization;
    }
    if let (Some(_), Mention::Pronoun(p)) = (&subject, &tag.mention) {
        if *p == Pronoun::It {
            // (What "it" refers to is no person.)
            if reg.entities[relay].kind == SourceKind::Person {
                reg.entities[relay].kind = SourceKind::Organization;
            }
        } else {
            reg.entities[relay].gender.get_or_insert(*p);
        }
    }
    // A person first met as a surname alone takes the full name the document gave earlier
    // ("Dr. Priya Natarajan of …" then "'…,' Natarajan said").
    let e = &reg.entities[relay];
    if relay >= known && e.kind == SourceKind::Person && !e.name.contains(' ') {
        if let Some(full) = fuller(&e.name).filter(|f| !other_sex(tag::sex_of_name(f))) {
            reg.entities[relay].name = full;
            reg.index(relay);
        }
    }
    // A quotation is its speaker's words even when the tag goes on citing something ("'…,' he
    // said, citing the platform"; a person "quoting" someone quotes them in their own words:
    // "'…,' Trump tweeted, quoting Comey's statement"): the cited source relays reported speech
    // only. Not after a publication's report: "'…,' the Post reported, quoting an official."
    // and "'…,' the Ledger reported, citing a port official." give the official's words.
    let publication = reg.entities[relay].kind == SourceKind::Publication;
    let cited = tag.cited.as_ref().filter(|_| !quoted || publication);
    let (entity, as_written, via) = match cited {
        Some((f, m)) => {
            let cited_written = &text[f.phrase.range()];
            let d = f.descriptor.map(|d| &text[d.range()]);
            let e = reg.resolve(m, cited_written, d);
            let via = reg.entities[relay].name.clone();
            reg.entities[e].via.get_or_insert_with(|| via.clone());
            (e, f.phrase, Some(via))
        }
        None => {
            if let Some(v) = &tag.via {
                reg.entities[relay].via.get_or_insert_with(|| v.clone());
            }
            (relay, tag.found.phrase, tag.via.clone())
        }
    };
    Assigned {
        entity,
        as_written,
        cue: Some((tag.cue, tag.commitment)),
        quoted,
        via,
    }
}

/// Where the document holding `at` starts, of those `breaks` start ([`document_breaks`]).
pub(super) fn document_start(breaks: &[usize], at: usize) -> usize {
    breaks[..breaks.partition_point(|&b| b <= at)]
        .last()
        .map_or(0, |&b| b)
}

/// Where a document starts: after two or more blank lines in a row (white space aside), which
/// part documents in a corpus of articles kept in one file. Found beside cue matching.
pub(super) fn document_breaks(text: &str) -> Vec<usize> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut blanks = 0;
    // Each line from `start` (line breaks found by `memchr`: this reads the whole text).
    let mut start = 0;
    for end in memchr::memchr_iter(b'\n', b).chain(std::iter::once(b.len())) {
        if b[start..end]
            .iter()
            .all(|c| matches!(c, b' ' | b'\t' | b'\r'))
        {
            blanks += 1;
        } else {
            if blanks >= 2 && start > 0 {
                out.push(start);
            }
            blanks = 0;
        }
        start = end + 1;
    }
    out
}

/// How far back (bytes) a surname looks for the full name it was introduced with.
pub(super) const FULL_NAME_REACH: usize = 16 * 1024;

/// How far ahead (bytes) a headline's surname looks for the full name the story gives.
const HEADLINE_REACH: usize = 600;

/// Most bytes of a headline before its surname (the first line of a document).
const HEADLINE_BYTES: usize = 200;

/// How many of the latest persons of one surname a surname alone chooses among.
const NAMESAKES: usize = 64;

/// The sex the given name before a surname tells ("Maryland Gov. Martin O’Malley": he).
fn given_sex(name: &str) -> Option<Pronoun> {
    let (rest, _surname) = name.rsplit_once(' ')?;
    tag::sex_of_given(rest.rsplit(' ').next().unwrap_or(rest))
}

/// How many of the latest sources a titled surname looks over for a person of its sex.
const SAME_SURNAME_REACH: usize = 256;

/// How many recently mentioned sources a pronoun may refer to.
const RECENT: usize = 12;

/// Words for a part of a group quoted before ("One of them said", [`Registry::group`]).
const GROUP_PARTS: &[&str] = &[
    "all", "both", "each", "few", "many", "most", "one", "several", "some", "two",
];

/// Quantifiers opening a group's description, which a part of it does not repeat ("One of the
/// investors", not "One of Some investors").
const GROUP_QUANTIFIERS: &[&str] = &[
    "few", "many", "most", "numerous", "other", "several", "some", "various",
];

/// The nouns of one who speaks for a body ("A spokesman said" after a body's sentence).
const SPOKESPEOPLE: &[&str] = &["spokesman", "spokesperson", "spokeswoman"];

/// Head nouns of a body's name that stand for it alone ([`Registry::headed`]): "Police" after
/// "West Yorkshire Police". Not "government" ("the government" is most often the country's,
/// whichever regional government was named) nor "party".
const BODY_HEADS: &[&str] = &[
    "agency",
    "authority",
    "board",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "ministry",
    "police",
    "union",
];

/// Nouns for a newspaper that a story uses for the one it cites ("according to the paper").
const PAPER_NOUNS: &[&str] = &["daily", "newspaper", "paper", "weekly"];

/// Most descriptors kept for a source ("who served as UK ambassador to North Korea").
const DESCRIPTORS: usize = 32;

/// Nouns of a trade that a story uses for the company it is about ("the company said", "the
/// airline said").
const TRADE_NOUNS: &[&str] = &[
    "airline",
    "carmaker",
    "chipmaker",
    "company",
    "firm",
    "insurer",
    "retailer",
];

/// Words that end the words of a description naming what it is ("officials familiar with the
/// matter", "a report by the group", "diplomats briefed on the talks").
const DESCRIPTION_ENDS: &[&str] = &[
    "at", "behind", "by", "close", "familiar", "for", "from", "in", "of", "on", "that", "to",
    "who", "with",
];

/// The sources met so far, indexed by name and surname so that each mention costs O(1).
#[derive(Debug, Default)]
pub(super) struct Registry {
    pub(super) entities: Vec<Entity>,
    /// Lower-case name -> entity.
    by_name: HashMap<String, usize, BuildHasherDefault<WordHasher>>,
    /// Lower-case last word of a person's name -> the persons with it, latest named last.
    by_surname: HashMap<String, Vec<usize>, BuildHasherDefault<WordHasher>>,
    /// Lower-case first word of a body's name of several words -> the entities with it,
    /// latest named last ("orbis" for "Orbis Systems": see [`Registry::short_name`]).
    by_first: HashMap<String, Vec<usize>, BuildHasherDefault<WordHasher>>,
    /// Lower-case initials of a body's name of several capitalised words -> the entities with
    /// them, latest named last ("nao" for "the National Audit Office": see
    /// [`Registry::initials_of`]).
    by_initials: HashMap<String, Vec<usize>, BuildHasherDefault<WordHasher>>,
    /// Where the current document starts (see [`Registry::new_document`]).
    doc_start: usize,
    /// The latest distinct entities mentioned, most recent last.
    pub(super) recent: Vec<usize>,
    /// The keys of `by_name` that descriptions took in the current document.
    document_keys: Vec<String>,
}

/// The key under which a body's name of several capitalised words is known by its first word
/// alone ("orbis" for "Orbis Systems", "greyfield" for "The Greyfield Group"); none for a first
/// word that describes rather than names ("National Grid", "British Gas", "New Line").
fn short_key(e: &Entity) -> Option<String> {
    if e.described || e.pair || e.kind == SourceKind::Person {
        return None;
    }
    let mut words = e.name.split(' ').peekable();
    if words
        .peek()
        .is_some_and(|w| tag::lower_in(w, tag::ARTICLES))
    {
        words.next();
    }
    let first = words.next()?;
    // ("Barclays Capital", "Nomura Asset Management": a group's arm, which its first word
    // alone does not name; "Barclays" is the bank.)
    if tag::group_arm(&e.name) {
        return None;
    }
    let named = |w: &str| w.starts_with(char::is_uppercase);
    (words.peek().is_some()
        && words.all(|w| named(w) || tag::lower_in(w, &["and", "of", "&"]))
        && named(first)
        && first.len() >= 3
        && first.chars().all(char::is_alphabetic)
        && !tag::demonym(first)
        && !tag::lower_in(first, GENERIC_FIRSTS))
    .then(|| first.to_lowercase())
}

/// First words of bodies' names that describe them and name no body alone ("National Grid",
/// "General Motors"): see [`short_key`].
const GENERIC_FIRSTS: &[&str] = &[
    "central",
    "city",
    "county",
    "federal",
    "first",
    "general",
    "global",
    "grand",
    "great",
    "international",
    "national",
    "new",
    "north",
    "northern",
    "royal",
    "south",
    "southern",
    "state",
    "united",
    "world",
];

/// True when entity `e` is known by a description, not a name: a vague source ("analysts", "a
/// US official"), a description in lower case ("the company", "the 34-year-old") or of a group
/// ("Many MPs"). Descriptions name a source within their document only.
fn describes(e: &Entity) -> bool {
    let mut words = e.name.split(' ');
    let first = words.next().unwrap_or("");
    let head = if tag::lower_in(first, tag::ARTICLES) {
        words.next().unwrap_or("")
    } else {
        first
    };
    e.kind == SourceKind::Anonymous
        || head.starts_with(|c: char| !c.is_uppercase())
        || tag::lower_in(head, QUANTIFIERS)
        || tag::plural_initials(&e.name)
}

/// The head noun of a description: its last word before a preposition or a clause ("official"
/// in "a senior official at the ministry who …").
pub(super) fn description_head(name: &str) -> &str {
    description_words(name).last().unwrap_or("")
}

/// The words of a description before a preposition or a clause ("a senior official" in "a
/// senior official at the ministry who …").
pub(super) fn description_words(phrase: &str) -> impl Iterator<Item = &str> {
    phrase
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .take_while(|w| !tag::lower_in(w, DESCRIPTION_ENDS))
}

/// The sex the head noun of a description tells ("the spokesman": he; "a spokeswoman for the
/// firm": she), if any: the last word before "for", "of", "at", "from" or "in", or the last.
fn head_sex(name: &str) -> Option<Pronoun> {
    let head = head_word(name)?;
    if tag::lower_in(head, FEMALE_HEADS) {
        Some(Pronoun::She)
    } else if tag::lower_in(head, MALE_HEADS) {
        Some(Pronoun::He)
    } else {
        None
    }
}

/// The head word of a description: its last word before a preposition ("spokesman" of "a
/// spokesman for the airline").
fn head_word(name: &str) -> Option<&str> {
    name.split(' ')
        .take_while(|w| !tag::lower_in(w, HEAD_ENDS))
        .last()
}

/// Prepositions that close the head of a description ("a spokesman for the airline").
const HEAD_ENDS: &[&str] = &["at", "for", "from", "in", "of", "with"];

/// [`HEAD_ENDS`] but "of", which may follow a group's head ("a number of writers"): after one of
/// these a plural names the body a person speaks for, not the person.
const PLACE_ENDS: &[&str] = &["at", "for", "from", "in", "with"];

/// True when a stand-in's description is a nationality alone ("Dane" of "the Dane", "American").
fn lone_nationality(rest: &str) -> bool {
    !rest.contains(' ') && tag::demonym(rest)
}

/// True when `between` names someone other than the person `name`, loosely: two capitalised
/// words in a row inside a sentence ("Lleyton Hewitt", "Mario Ancic"), neither of them a word of
/// `name`.
/// (For a nationality that would stand in for `name`: a place, "the Australian Open", passes
/// for a name too, and then the nationality stays as written, which is safe.)
fn names_another(between: &str, name: &str) -> bool {
    let words: Vec<&str> = between.split_whitespace().collect();
    fn bare(w: &str) -> &str {
        tag::strip_possessives(w.trim_matches(|c: char| !c.is_alphanumeric()))
    }
    let other = |w: &str| !name.split(' ').any(|n| n == bare(w));
    let capital = |w: &str| {
        let w = bare(w);
        w.len() > 1
            && w.starts_with(|c: char| c.is_uppercase())
            && w.chars().skip(1).all(|c| c.is_lowercase() || c == '-')
            && !tag::lower_in(w, tag::FUNCTION_WORDS)
            && !tag::lower_in(w, tag::ARTICLES)
    };
    words.windows(3).any(|p| {
        let inside = !p[0].ends_with(['.', '!', '?', ':', '"', '\u{201D}']);
        let ends = !p[1].ends_with([',', ';', ':', '.']);
        inside && ends && capital(p[1]) && capital(p[2]) && other(p[1]) && other(p[2])
    })
}

/// True when `between` names a person other than `name`: a known given name before a
/// capitalised word ("Emma Watson"), a title before one ("Mr Jackson"), a capitalised possessor
/// that is no time ("Brando's assistant"). The description after it may be that person's.
fn another_person(between: &str, name: &str) -> bool {
    let raw: Vec<&str> = between.split_whitespace().collect();
    let words: Vec<&str> = raw
        .iter()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}'))
        .collect();
    let other = |w: &str| !name.split(' ').any(|n| n == w);
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    words.windows(2).enumerate().any(|(k, p)| {
        let (a, b) = (p[0], tag::possessor(p[1]).unwrap_or(p[1]));
        // (Not across a comma or a full stop: "in Paris, Ireland face …" names no Paris
        // Ireland.)
        let parted = raw[k].ends_with([',', ';', ':'])
            || raw[k].ends_with('.') && a.len() > 1 && !tag::lower_in(a, tag::PERSON_TITLES);
        !parted
            && capital(b)
            && other(b)
            && (tag::sex_of_given(a).is_some() && other(a)
                || tag::lower_in(a.trim_end_matches('.'), tag::PERSON_TITLES)
                // ("defender Sol Campbell": a role before a name.)
                || tag::role_noun(a))
    }) || words.iter().enumerate().any(|(k, w)| {
        // (A possessive standing for a thing, not before one: "the group is Ireland's for the
        // taking" names no owner.)
        let owned = words.get(k + 1).is_some_and(|n| {
            !tag::lower_in(n, &["and", "for", "in", "is", "of", "or", "to", "was"])
        });
        capital(w) && owned && tag::owner_of_work(w) && tag::possessor(w).is_some_and(&other)
    })
}

/// The body a trade's noun `name` ("the company", "the club") stands for when it closes its
/// own sentence after a comma (`at` is where it starts) and that sentence opens with the body's
/// name: "Orbis Systems has cut 300 jobs, the company said.", "Mora United have sacked their
/// manager, the club announced." Not a sentence opening with anything else ("Shares fell 5%, the
/// company said"), nor a name that [`trade_name`] rejects.
fn closing_trade_noun(text: &str, doc_start: usize, name: &str, at: usize) -> Option<Mention> {
    let noun = definite(name)?;
    if !tag::lower_in(noun, TRADE_NOUNS) && !tag::lower_in(noun, &["bank", "club", "group"]) {
        return None;
    }
    if !text[..at].trim_end().ends_with(',') {
        return None;
    }
    let span = sentences_before(text, doc_start, at).next()?;
    let subject = super::lead_subject(text, span).filter(|s| s.start == span.start)?;
    let Some(Mention::Named {
        name: body,
        kind: SourceKind::Organization,
        ..
    }) = tag::classify(&text[subject.range()], false)
    else {
        return None;
    };
    trade_name(text, &body, subject.start).then(|| Mention::Named {
        name: tag::lower_article(&body).into(),
        kind: SourceKind::Organization,
        descriptor: None,
    })
}

/// True when `name`, a body that a sentence opens with at `at`, may be the company a trade's
/// noun stands for ("the company" for "Northvale Semiconductor"): capitalised words (not "Malaysia's
/// central bank"), no person's given name ("John Patterson"), no participle or preamble's word
/// ("Increased costs …", "Just days before …"), no state or union of states ("Texas", "EU"), no
/// public body ("Essex Fire and Rescue Service"), not in a headline (a line with no full
/// stop: "Junk e-mails on relentless rise") nor after "according to".
fn trade_name(text: &str, name: &str, at: usize) -> bool {
    let line = text[at..].split('\n').next().unwrap_or("").trim_end();
    // (A source cited, no subject: "According to Microsoft the messages were …".)
    let cited = cited_at(text, at);
    let words = || name.split(' ');
    words().all(|w| {
        w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
            || tag::lower_in(w, &["&", "and", "de", "of"])
    }) && !words().any(|w| w.contains(['\'', '\u{2019}']))
        && tag::sex_of_name(name).is_none()
        // ("Just days before …": a preamble's word.)
        && !(!name.contains(' ')
            && (name.ends_with("ed")
                || name.ends_with("ing")
                || tag::lower_in(name, super::PREAMBLES)
                || tag::lower_in(name, tag::STOP)))
        && !tag::us_state(name)
        && !tag::lower_in(name, &["eu", "imf", "nato", "opec", "uk", "un", "us", "wto"])
        // (No public body: "Essex Fire and Rescue Service said …" is no company.)
        && !words().any(|w| tag::lower_in(w, PUBLIC_BODIES))
        && line.ends_with(['.', '"', '\u{201D}', '!', '?', ')'])
        && !cited
}

/// True when "according to" stands right before `at` (a source cited there, "According to
/// Microsoft the messages were …", is no subject of its sentence).
fn cited_at(text: &str, at: usize) -> bool {
    let lead = text[..at.min(text.len())].trim_end();
    lead.get(lead.len().saturating_sub(12)..)
        .is_some_and(|end| end.eq_ignore_ascii_case("according to"))
}

/// What follows "the" (or "The") opening a definite description: "the Tory leader" -> "Tory
/// leader".
fn definite(name: &str) -> Option<&str> {
    name.strip_prefix("the ")
        .or_else(|| name.strip_prefix("The "))
}

/// The initials of a body's name of two to eight capitalised words, in lower case, its
/// article and the words "of", "for", "and", "on", "in", "the" and "&" left out: "nao" for "the
/// National Audit Office", "iopc" for "the Independent Office for Police Conduct". `None` for
/// what is not a body or a paper (a person, a document, a group), a description, a pair, or a
/// name with a word in lower case or a figure.
fn initials(e: &Entity) -> Option<String> {
    if e.described
        || e.pair
        || !matches!(e.kind, SourceKind::Organization | SourceKind::Publication)
    {
        return None;
    }
    let name = definite(&e.name).unwrap_or(&e.name);
    // (On the stack: this runs for every body recorded.)
    let (mut out, mut n) = ([0u8; 8], 0);
    for w in name.split(' ') {
        if matches!(w, "and" | "for" | "in" | "of" | "on" | "the" | "&") {
            continue;
        }
        let first = *w.as_bytes().first()?;
        if !first.is_ascii_uppercase() || n == out.len() || !w.chars().all(char::is_alphabetic) {
            return None;
        }
        out[n] = first.to_ascii_lowercase();
        n += 1;
    }
    (n >= 2).then(|| String::from_utf8_lossy(&out[..n]).into_owned())
}

/// What follows a demonstrative opening a description: "That person" -> "person", "these
/// officials" -> "officials".
fn demonstrative(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    tag::lower_in(first, &["that", "these", "this", "those"]).then_some(rest)
}

/// The description after its article when it is one that news uses in place of a person's name
/// (see [`Registry::variation`]): headed by an age, a player's or a performer's noun, "man" or
/// "woman", or a nationality alone ("the Moroccan"); not an office ("the prime minister").
fn stands_in(name: &str) -> Option<&str> {
    let rest = definite(name)?;
    let words: Vec<&str> = rest.split(' ').collect();
    let head = *words.last()?;
    let age = head.ends_with("-year-old") && head.starts_with(|c: char| c.is_ascii_digit());
    let stands_in = age
        || tag::player_head(rest)
        || tag::lower_in(
            head,
            &[
                "actor",
                "actress",
                "athlete",
                "comedian",
                "defender",
                "dj",
                "drummer",
                "forward",
                "golfer",
                "guitarist",
                "host",
                "man",
                "player",
                "presenter",
                "rapper",
                "singer",
                "sprinter",
                "star",
                "teenager",
                "veteran",
                "woman",
                "youngster",
            ],
        )
        // (A nationality in capitals: "the Moroccan", not "the businessman".)
        || words.len() == 1 && tag::demonym(head) && head.starts_with(char::is_uppercase);
    (stands_in && words.len() <= DESCRIPTION_WORDS).then_some(rest)
}

/// Most bytes between the tag of the person a description stands in for and the description
/// (see [`Registry::variation`]).
const VARIATION_REACH: usize = 1200;

/// True when a name's word is the plural of a description's noun ("Societies" for "the
/// society", "Industries" for "the industry", "Airlines" for "the airline").
fn plural_named(word: &str, noun: &str) -> bool {
    let w = word.to_ascii_lowercase();
    w.strip_suffix('s').is_some_and(|s| s == noun)
        || w.strip_suffix("ies")
            .zip(noun.strip_suffix('y'))
            .is_some_and(|(a, b)| a == b)
}

/// Most bytes between the tag of a body and the company description that refers to it (see
/// [`Registry::company`]).
const COMPANY_REACH: usize = 1500;

/// True when `lead` names a body after "from" or "by" ("In a statement from Lycos Europe, the
/// company …"): the description is that body, which may not be a source yet.
fn names_a_body(lead: &str) -> bool {
    // (No allocation: a pair of words at a time.)
    let mut words = lead.split_whitespace();
    let Some(mut before) = words.next() else {
        return false;
    };
    words.any(|w| {
        let pair = (before.eq_ignore_ascii_case("from") || before.eq_ignore_ascii_case("by"))
            && w.starts_with(|c: char| c.is_uppercase())
            && !tag::lower_in(w, tag::ARTICLES);
        before = w;
        pair
    })
}

/// Most bytes of a company description's report read for the name of the body it cannot be
/// (see [`Registry::company`]).
const COMPANY_CLAUSE: usize = 300;

/// The words that, capitalised, name a public body by its kind, so that "the agency" after it
/// stands for it ("the Food and Drug Administration … the agency said").
const AGENCY_KINDS: &[&str] = &[
    "administration",
    "agency",
    "authority",
    "bureau",
    "commission",
    "office",
    "service",
];

/// Heads of public bodies (and of schools, hospitals, churches), whose names a company's
/// description passes over ("The company denied …" after "a study by the University of Mora").
const PUBLIC_BODIES: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "army",
    "association",
    "authority",
    "board",
    "brigade",
    "bureau",
    "cabinet",
    "church",
    "college",
    "commission",
    "committee",
    "council",
    "court",
    "department",
    "government",
    "hospital",
    "institute",
    "ministry",
    "museum",
    "office",
    "parliament",
    "party",
    "police",
    "regulator",
    "school",
    "senate",
    "service",
    "union",
    "university",
    "watchdog",
];

/// Nouns of a company in a description that stands for its name ("the company", "the firm",
/// "the bank" for a bank, "the airline" for an airline).
const COMPANY_NOUNS: &[&str] = &["airline", "bank", "company", "firm"];

/// Nouns of a man that may head a description of a source.
const MALE_HEADS: &[&str] = &[
    "brother",
    "businessman",
    "chairman",
    "congressman",
    "councilman",
    "father",
    "frontman",
    "husband",
    "man",
    "policeman",
    "son",
    "spokesman",
    "sportsman",
    "statesman",
];

/// Nouns of a woman that may head a description of a source.
const FEMALE_HEADS: &[&str] = &[
    "businesswoman",
    "chairwoman",
    "congresswoman",
    "councilwoman",
    "daughter",
    "frontwoman",
    "mother",
    "policewoman",
    "sister",
    "spokeswoman",
    "sportswoman",
    "wife",
    "woman",
];

/// Words of a quantity opening a description of a group ("Many MPs", "Some Democrats").
const QUANTIFIERS: &[&str] = &[
    "all", "both", "few", "many", "most", "other", "several", "some",
];

impl Registry {
    /// The entity a mention refers to (created when new), updated with this mention.
    pub(super) fn resolve(
        &mut self,
        mention: &Mention,
        written: &str,
        descriptor: Option<&str>,
    ) -> usize {
        // A name read with a no-break space ("the  New York Times", see `ascii_spaced`) or a
        // typist's double space is the name with single spaces, and so is its alias.
        let squeezed;
        let written = if tag::double_space(written) {
            squeezed = tag::single_spaced(written);
            &squeezed[..]
        } else {
            written
        };
        let single;
        let mention = match mention {
            Mention::Named {
                name,
                kind,
                descriptor,
            } if tag::double_space(name) => {
                single = Mention::Named {
                    name: tag::single_spaced(name).into(),
                    kind: *kind,
                    descriptor: descriptor.clone(),
                };
                &single
            }
            _ => mention,
        };
        // ("the American": a nationality with an article describes a person, who is not the
        // airline named "American".)
        let nationality = |name: &str| {
            lone_nationality(definite(name).unwrap_or(name))
                && written
                    .split(' ')
                    .next()
                    .is_some_and(|w| tag::lower_in(w, tag::ARTICLES))
        };
        let found = match mention {
            Mention::Pronoun(p) => self.antecedent(*p),
            Mention::Named { name, kind, .. } => self
                .find_named(name, *kind)
                .filter(|&i| !nationality(name) || self.entities[i].described),
        };
        let i = match found {
            Some(i) => i,
            None => {
                let (name, kind) = match mention {
                    Mention::Named { name, kind, .. } => (name.to_string(), *kind),
                    Mention::Pronoun(Pronoun::He | Pronoun::She) => {
                        (tag::uncontracted(written).to_string(), SourceKind::Person)
                    }
                    Mention::Pronoun(_) => (
                        tag::uncontracted(written).to_string(),
                        SourceKind::Anonymous,
                    ),
                };
                let pair = tag::joint(&name);
                self.entities.push(Entity {
                    name,
                    kind,
                    aliases: Vec::new(),
                    descriptors: Vec::new(),
                    via: None,
                    gender: None,
                    titled: None,
                    last_at: 0,
                    described: false,
                    mentions: 0,
                    pair,
                    author: matches!(mention, Mention::Pronoun(Pronoun::First)),
                });
                let i = self.entities.len() - 1;
                if !matches!(mention, Mention::Pronoun(_)) {
                    let e = &mut self.entities[i];
                    e.described = nationality(&e.name) || describes(e);
                    // ("the spokesman", "a spokeswoman for the firm": the head noun's sex, for
                    // a "he" or "she" after it.)
                    if e.described && e.gender.is_none() {
                        e.gender = head_sex(&e.name);
                    }
                    self.index(i);
                }
                i
            }
        };
        if let Mention::Pronoun(p @ (Pronoun::He | Pronoun::She)) = mention {
            self.entities[i].gender.get_or_insert(*p);
        }
        if let Mention::Named { name, .. } = mention {
            // A fuller name replaces a surname seen first ("Kirby" then "John Kirby").
            let e = &mut self.entities[i];
            if e.kind == SourceKind::Person
                && name.len() > e.name.len()
                && name.ends_with(&*e.name)
                && !tag::joint(name)
            {
                e.name = name.to_string();
                self.index(i);
            }
        }
        let e = &mut self.entities[i];
        if !e.aliases.iter().any(|a| a == written) {
            e.aliases.push(written.to_string());
        }
        let own = match mention {
            Mention::Named { descriptor, .. } => descriptor.as_deref(),
            Mention::Pronoun(_) => None,
        };
        // (The first [`DESCRIPTORS`] only: each new one is compared with those kept, and the
        // descriptions look through them, so a text that describes one person anew in every
        // sentence stays linear.)
        // (A title alone, "Mr.", "Ms", describes no one.)
        let title = |d: &str| tag::lower_in(d.trim_end_matches('.'), tag::PERSON_TITLES);
        for d in [descriptor, own].into_iter().flatten() {
            if !d.is_empty()
                && !title(d)
                && e.descriptors.len() < DESCRIPTORS
                && !e.descriptors.iter().any(|x| x == d)
            {
                e.descriptors.push(d.to_string());
            }
        }
        e.mentions += 1;
        self.recent.retain(|&r| r != i);
        self.recent.push(i);
        if self.recent.len() > RECENT {
            self.recent.remove(0);
        }
        i
    }

    /// Records entity `i` under its name (and surname, for a person).
    fn index(&mut self, i: usize) {
        // (A given name tells the sex: "she" will not go to "Donald Trump".)
        if self.entities[i].kind == SourceKind::Person && self.entities[i].gender.is_none() {
            self.entities[i].gender = tag::sex_of_name(&self.entities[i].name);
        }
        let e = &self.entities[i];
        let key = e.name.to_lowercase();
        let described = e.described;
        if described {
            self.document_keys.push(key.clone());
        }
        self.by_name.insert(key, i);
        if let Some(first) = short_key(e) {
            note_latest(&mut self.by_first, first, i);
        }
        if let Some(key) = initials(&self.entities[i]) {
            note_latest(&mut self.by_initials, key, i);
        }
        let e = &self.entities[i];
        if e.kind == SourceKind::Person && !described && !e.pair {
            let surname = e.name.rsplit(' ').next().unwrap_or(&e.name).to_lowercase();
            let persons = self.by_surname.entry(surname).or_default();
            // (Moved to the end when renamed, "Kirby" to "John Kirby"; looked for among the
            // latest only, as `find_named` reads them.)
            let tail = persons.len().saturating_sub(NAMESAKES);
            if let Some(k) = persons[tail..].iter().rposition(|&j| j == i) {
                persons.remove(tail + k);
            }
            persons.push(i);
        }
    }

    /// A new document starts (see [`document_breaks`]): a pronoun does not reach back into the
    /// one before, and a description met there ("the company", "a spokesman", "analysts",
    /// "the American") names someone else here. A name still names the same source.
    pub(super) fn new_document(&mut self, start: usize) {
        self.doc_start = start;
        self.recent.clear();
        for key in self.document_keys.drain(..) {
            self.by_name.remove(&key);
        }
    }

    /// True when pronoun `p` can refer to entity `e`: "he" or "she" to one person not known
    /// by the other, "they" to a body, a group, a pair or documents, "it" to a body or a
    /// document (not a pair of them).
    fn can_refer(p: Pronoun, e: &Entity) -> bool {
        // (A document's head in the plural: "surveys", not "census", "news" nor "analysis".)
        let plural = |w: &str| {
            let w = w.to_ascii_lowercase();
            w.ends_with('s')
                && !w.ends_with("ss")
                && !w.ends_with("us")
                && !w.ends_with("sis")
                && w != "news"
        };
        // ("A Labour Party spokesman told the BBC …. '…,' he said.": one unnamed person; so is
        // a possessor's, "President Castro's chief aide".)
        let one_person = |e: &Entity| {
            e.kind == SourceKind::Person && !tag::plural_initials(&e.name) && !e.pair
                || e.kind == SourceKind::Anonymous
                    && (e
                        .name
                        .split(' ')
                        .next()
                        .is_some_and(|w| tag::lower_in(w, &["a", "an", "another", "one", "the"]))
                        || e.name.split(' ').any(|w| tag::possessor(w).is_some()))
                    // (A person, not "a security firm"; no plural: "The remaining members of
                    // Korn"; but for the group one person is taken from, "One of the
                    // customers".)
                    && e.name.split(' ').any(tag::person_head)
                    // (The head's words only, before a preposition: "A spokesman for the
                    // council's standards committee" is one.)
                    && (e.name.get(..7).is_some_and(|w| w.eq_ignore_ascii_case("one of "))
                        || !e.name.split(' ').take_while(|w| !tag::lower_in(w, PLACE_ENDS)).any(|w| {
                            w.starts_with(|c: char| c.is_ascii_lowercase())
                                && w.ends_with('s')
                                && !w.ends_with("ss")
                                && tag::possessor(w).is_none()
                        }))
        };
        // (A given name tells the sex too: "Martin O’Malley" is no "she".)
        let sex = |e: &Entity| e.gender.or_else(|| given_sex(&e.name));
        // (A source left as another pronoun is none of this one's: "it is saying …. they claim"
        // had made "they" the unresolved "it".)
        // (Read only for a name as short as a pronoun: `can_refer` runs over every recent source
        // for every pronoun.)
        if e.name.len() <= 4 && tag::pronoun(&e.name).is_some_and(|q| q != p) {
            return false;
        }
        match p {
            Pronoun::He => one_person(e) && sex(e) != Some(Pronoun::She),
            Pronoun::She => one_person(e) && sex(e) != Some(Pronoun::He),
            // (A name in the plural, "the Clintons", "Lib Dems"; not one person's that ends so,
            // "Bernie Sanders", whose given name tells a sex.)
            // (A document only in the plural: "a large study" is no "they".)
            Pronoun::They => match e.kind {
                SourceKind::Person => e.name.ends_with('s') && sex(e).is_none() || e.pair,
                SourceKind::Document => e.pair || e.name.rsplit(' ').next().is_some_and(plural),
                _ => true,
            },
            // (A document in the plural is "they": "Surveys have shown …. It said …" is not
            // the surveys.)
            Pronoun::It if e.pair => false,
            Pronoun::It => match e.kind {
                SourceKind::Organization | SourceKind::Publication => true,
                SourceKind::Document => !e.name.rsplit(' ').next().is_some_and(plural),
                _ => false,
            },
            Pronoun::First => false,
        }
    }

    /// The most recent source a pronoun can refer to (among the last few mentioned).
    fn antecedent(&self, p: Pronoun) -> Option<usize> {
        let compatible = |e: &Entity| Self::can_refer(p, e);
        let recent = || self.recent.iter().rev().copied();
        // A source left as its pronoun ("he", from a "he said" with nothing to refer to) comes
        // last: a named source met since is the better antecedent.
        let named = |i: usize| self.named(i);
        if matches!(p, Pronoun::He | Pronoun::She) {
            // A person already referred to with the same pronoun first, then anyone compatible.
            // The most recent person, named or referred to with the same pronoun before, ahead
            // of a more recent unnamed one ("one questioner claimed …" does not take the
            // candidate's "he said"); a known given name does not outrank a more recent surname
            // ("Robert Casey …. Reid said …. He added" is Reid).
            let person = |i: usize| {
                let e = &self.entities[i];
                e.kind == SourceKind::Person || e.gender == Some(p)
            };
            if let Some(i) =
                recent().find(|&i| named(i) && compatible(&self.entities[i]) && person(i))
            {
                return Some(i);
            }
        }
        recent()
            .find(|&i| named(i) && compatible(&self.entities[i]))
            .or_else(|| recent().find(|&i| compatible(&self.entities[i])))
    }

    /// The latest group of people quoted in this document: an unnamed source described with a
    /// plural ("two people briefed on the talks", "Some investors", "The researchers").
    fn group(&self) -> Option<usize> {
        self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            let plural = |w: &str| {
                w.eq_ignore_ascii_case("people")
                    || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
            };
            e.kind == SourceKind::Anonymous
                && self.named(i)
                && description_words(&e.name).any(plural)
        })
    }

    /// The body a company's definite description refers to ("the company", "the firm", "the
    /// airline" after "Cadbury said …"): the latest source other than a person or a group of the
    /// document's recent ones, when it is a body known by its name whose last tag stands within
    /// [`COMPANY_REACH`] bytes before `at`.
    fn company(&self, text: &str, name: &str, at: usize, rest: &str) -> Option<usize> {
        let noun = definite(name)?;
        if !tag::lower_in(noun, COMPANY_NOUNS) || !noun.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        // (Past the people and groups quoted since: "Acme said …. '…,' its chief executive
        // said. Analysts were less sure …. The company denied …"; and past a body described
        // otherwise, not named: "… In a statement, the group said …. The company said …". The
        // same description met last is the same body, by its name.)
        let i = self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            if e.described && definite(&e.name).is_some_and(|n| n.eq_ignore_ascii_case(noun)) {
                return true;
            }
            // (Nor a public body: "The European Commission … declined to comment. The company
            // denied …" is no commission's.)
            // ("The company says it no longer tolerates …" after "the SEC": a body known by
            // its initials with "the" is a public one.)
            let initials = definite(&e.name)
                .is_some_and(|n| n.len() >= 2 && n.bytes().all(|b| b.is_ascii_uppercase()));
            e.kind != SourceKind::Person
                && e.kind != SourceKind::Anonymous
                && !(e.described && e.kind == SourceKind::Organization)
                && !initials
                && !e.name.split(' ').any(|w| tag::lower_in(w, PUBLIC_BODIES))
        })?;
        let e = &self.entities[i];
        // (Not the body its own words name: "But the company has said it intends to take action
        // against Menatep" is not Menatep's.)
        let named_after = e
            .name
            .split(' ')
            .filter(|w| w.starts_with(|c: char| c.is_uppercase()) && w.len() >= 3)
            .any(|w| {
                rest.match_indices(w).any(|(k, _)| {
                    let before = rest[..k].chars().next_back();
                    let after = rest[k + w.len()..].chars().next();
                    !before.is_some_and(char::is_alphanumeric)
                        && !after.is_some_and(char::is_alphanumeric)
                })
            });
        // ("the bank", "the airline": a body whose name says so, "Bank of America",
        // "EgyptAir"; "the company", "the firm": any.)
        let fits = match noun {
            "bank" => e.name.to_lowercase().contains("bank"),
            "airline" => e.name.to_lowercase().contains("air"),
            _ => true,
        };
        // (Not a description itself: "The Australian firm", "US company", a headline's "Chip
        // maker".)
        let description = e.name.rsplit(' ').next().is_some_and(|w| {
            w.starts_with(char::is_lowercase)
                && (tag::lower_in(w, COMPANY_NOUNS)
                    || tag::role_kind(&e.name) == Some(SourceKind::Organization))
        });
        // (Nor a source last cited with "according to": "According to Microsoft the messages
        // were sent …. The company said …" is the company the story is about, as with a body
        // opening a sentence; see [`trade_name`].)
        let cited = cited_at(text, e.last_at);
        (e.kind == SourceKind::Organization
            && fits
            && !cited
            && !description
            && !named_after
            && !e.described
            && self.named(i)
            && e.last_at <= at
            && at - e.last_at <= COMPANY_REACH)
            .then_some(i)
    }

    /// The recent body of this document, named in two words or more, whose last word is the
    /// head noun `name` stands for ("Police", "the council", "The Committee"; see
    /// [`BODY_HEADS`]): "West Yorkshire Police", "Leeds City Council". Not when two recent
    /// bodies share that head ("Leeds City Council … Bradford Council … the council").
    fn headed(&self, name: &str) -> Option<usize> {
        let noun = definite(name).unwrap_or(name);
        if noun.contains(' ') || !tag::lower_in(noun, BODY_HEADS) {
            return None;
        }
        let mut found = self.recent.iter().rev().copied().filter(|&i| {
            let e = &self.entities[i];
            let last = e.name.rsplit(' ').next().unwrap_or("");
            e.kind == SourceKind::Organization
                && e.name.contains(' ')
                && last.eq_ignore_ascii_case(noun)
                && if e.described {
                    // ("The port authority said …. …, the authority said.": a body described
                    // in lower case, "the" and up to two words before its head.)
                    let mut words = e.name.split(' ');
                    words.next().is_some_and(|w| w.eq_ignore_ascii_case("the"))
                        && (2..=4).contains(&e.name.split(' ').count())
                        && words.all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
                } else {
                    tag::is_capitalized(last)
                }
        });
        let i = found.next()?;
        found.next().is_none().then_some(i)
    }

    /// The body named at the end of a recent document of this one, whose last word is the head
    /// noun `name` stands for ("the authority" after "According to figures from the Mora Port
    /// Authority, …"): a body not yet a source, as [`Registry::headed`] finds among sources.
    fn body_of_document(&self, name: &str) -> Option<Mention> {
        let noun = definite(name).unwrap_or(name);
        if noun.contains(' ') || !tag::lower_in(noun, BODY_HEADS) {
            return None;
        }
        self.recent.iter().rev().find_map(|&i| {
            let e = &self.entities[i];
            if e.kind != SourceKind::Document {
                return None;
            }
            let (_, body) = [" from ", " by ", " of "]
                .iter()
                .filter_map(|p| e.name.rsplit_once(p))
                .min_by_key(|(_, b)| b.len())?;
            let last = body.rsplit(' ').next().unwrap_or("");
            // (Every word capitalised, the head too: a name.)
            (last.eq_ignore_ascii_case(noun)
                && tag::is_capitalized_name(body.strip_prefix("the ").unwrap_or(body)))
            .then(|| Mention::Named {
                name: body.into(),
                kind: SourceKind::Organization,
                descriptor: None,
            })
        })
    }

    /// The publication of this document whose name of several words ends with the one
    /// capitalised word `name` holds after its article ("the New York Times" for "the Times",
    /// "The Mora Gazette" for "the Gazette"): the latest, if it is the only one so ending.
    fn publication_ending(&self, name: &str) -> Option<usize> {
        let word = definite(name)?;
        if word.contains(' ') || !word.starts_with(char::is_uppercase) {
            return None;
        }
        let mut found = self.recent.iter().rev().copied().filter(|&i| {
            let e = &self.entities[i];
            // (Words before the last besides the article: "the New York Times", not "the
            // Times" itself.)
            e.kind == SourceKind::Publication
                && !e.pair
                && definite(&e.name)
                    .unwrap_or(&e.name)
                    .rsplit_once(' ')
                    .is_some_and(|(_, last)| last.eq_ignore_ascii_case(word))
        });
        let i = found.next()?;
        found
            .all(|j| self.entities[j].name == self.entities[i].name)
            .then_some(i)
    }

    /// The one publication named in this document, if it named exactly one ("The Wall Street
    /// Journal", not "the paper" itself).
    fn only_publication(&self) -> Option<usize> {
        let mut found = self.recent.iter().copied().filter(|&i| {
            let e = &self.entities[i];
            e.kind == SourceKind::Publication && !e.described && !e.pair && !describes(e)
        });
        let i = found.next()?;
        found.all(|j| j == i).then_some(i)
    }

    /// The recent person a definite description of two words or more refers to ("the Tory
    /// leader" after "Tory leader Michael Howard", "the world champion" after "world champion
    /// Kim Collins"): one with a descriptor that holds every word of it.
    fn described(&self, name: &str) -> Option<usize> {
        let rest = definite(name)?;
        let words: Vec<&str> = rest.split(' ').collect();
        let head = *words.last()?;
        // (A bare role, "the president", "the director", may be any of several people in a
        // news story: two words or more, "the Tory leader", "the prime minister".)
        if !(2..=DESCRIPTION_WORDS).contains(&words.len())
            || !head.bytes().all(|b| b.is_ascii_lowercase())
        {
            return None;
        }
        // Every word of the description in one descriptor ("the Florida senator" is no
        // "Vermont senator"), which names no lesser or past role ("the mayor" is no "deputy
        // mayor").
        self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            e.kind == SourceKind::Person
                && e.name.contains(' ')
                && e.descriptors.iter().any(|d| {
                    // (Not a role named after "of" or "to": "a friend of the Tory leader" is
                    // no Tory leader.)
                    let of = |w: &&str| tag::lower_in(w, &["of", "to"]);
                    let held: Vec<&str> = d
                        .split(|c: char| !c.is_alphanumeric() && c != '-')
                        .filter(|w| !w.is_empty())
                        .take_while(|w| !of(w) || words.iter().any(of))
                        .collect();
                    let has = |w: &str| held.iter().any(|h| h.eq_ignore_ascii_case(w));
                    words.iter().all(|w| has(w))
                        && !LESSER_ROLES.iter().any(|w| has(w) && !words.contains(w))
                })
        })
    }

    /// The unnamed source of the document a definite description refers to ("A senior European
    /// official said …. The official added …", "Two officials told Reuters …. The officials
    /// said …", "a report by … The report argues …"): the latest source known by a description
    /// whose words before any preposition or clause hold every word of it ("the European
    /// official", not "the US official"). Not past a person whose role holds its noun ("John
    /// Kirby, a Pentagon official,"), whom the description may mean as well.
    fn introduced(&self, name: &str) -> Option<usize> {
        // (A demonstrative points back the same way: "That person said …", "These officials
        // said …".)
        let rest = definite(name).or_else(|| demonstrative(name))?;
        if !rest
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
            || rest.split(' ').count() > DESCRIPTION_WORDS
        {
            return None;
        }
        let head = rest.rsplit(' ').next()?;
        let holds = |phrase: &str, all: bool| {
            let has = |w: &str| description_words(phrase).any(|h| h.eq_ignore_ascii_case(w));
            if all {
                rest.split(' ').all(has)
            } else {
                has(head)
            }
        };
        for &i in self.recent.iter().rev() {
            let e = &self.entities[i];
            // (Met under the description itself: that source.)
            if e.name.eq_ignore_ascii_case(name) {
                return None;
            }
            // ("A survey conducted by PC Pro Magazine has revealed …. The survey found …": the
            // maker of a document so described; so is a sender's, "according to a report from
            // the Audit Commission. The report also said …".)
            if e.descriptors.iter().any(|d| {
                (d.ends_with(" by") || d == "by" || d.ends_with(" from")) && holds(d, true)
            }) {
                return Some(i);
            }
            match e.kind {
                SourceKind::Person if e.descriptors.iter().any(|d| holds(d, false)) => return None,
                SourceKind::Anonymous | SourceKind::Document
                    if describes(e) && holds(&e.name, true) =>
                {
                    return Some(i)
                }
                _ => {}
            }
        }
        None
    }

    /// The person a description that news uses in place of a name refers to: the person named
    /// last among the document's recent sources ("Steve Finnan believes …. '…,' said the
    /// Liverpool player"; "Kenteris insisted …. The 31-year-old insisted …"), for a description
    /// headed by an age, a player's or a performer's noun, "man" or "woman", or a nationality
    /// alone ("the Moroccan"). Not an office ("the prime minister", "the judge"), which may be
    /// anyone's; nor a person of the other sex ("the Waterford man").
    fn variation(&self, name: &str, text: &str, at: usize) -> Option<usize> {
        let rest = stands_in(name)?;
        let sex = head_sex(rest);
        // (The person the story has just quoted: the latest person among the sources, tagged
        // within [`VARIATION_REACH`] bytes; a body met since stands in for no one, "Steve Finnan
        // believes the Republic of Ireland can …. '…,' said the Liverpool player".)
        let i = *self
            .recent
            .iter()
            .rev()
            .find(|&&r| self.entities[r].kind == SourceKind::Person)?;
        let e = &self.entities[i];
        let article = e
            .name
            .split(' ')
            .next()
            .is_some_and(|w| tag::lower_in(w, tag::ARTICLES));
        // (A surname alone when the story has quoted them more than once: "Arteta told BBC
        // Sport. … The Spaniard added".)
        (e.kind == SourceKind::Person
            && (e.name.contains(' ') || e.mentions >= 2)
            && !e.described
            && !article
            && at.saturating_sub(e.last_at) <= VARIATION_REACH
            && sex.is_none_or(|s| self.sex_of(i).or(e.gender).is_none_or(|g| g == s))
            // ("the man", "the woman", most often someone new, stand in only for a person
            // known to be of that sex: "Snoop Dogg is being sued …. The rapper denies the
            // claims. The woman said …" is someone else.)
            && (!tag::lower_in(description_head(rest), &["man", "woman"])
                || self.sex_of(i).or(e.gender) == sex)
            && !another_person(text.get(e.last_at..at).unwrap_or(""), &e.name))
        .then_some(i)
    }

    /// Entity `i` as a mention of kind `kind` by its canonical name, with no descriptor: what a
    /// description or a pronoun resolved to it stands for.
    fn mention_of(&self, i: usize, kind: SourceKind) -> Mention {
        Mention::Named {
            name: self.entities[i].name.clone().into(),
            kind,
            descriptor: None,
        }
    }

    /// The latest source when it is an unnamed person (kind anonymous: "a former dispatcher",
    /// "one resident") whom `p` can refer to.
    fn unnamed_latest(&self, p: Pronoun) -> Option<usize> {
        let &i = self.recent.last()?;
        let e = &self.entities[i];
        (e.kind == SourceKind::Anonymous && Self::can_refer(p, e)).then_some(i)
    }

    /// [`Registry::antecedent`] among named sources only.
    fn named_antecedent(&self, p: Pronoun) -> Option<usize> {
        self.antecedent(p).filter(|&i| self.named(i))
    }

    /// True when entity `i` has a name, not only the pronoun it was left as.
    fn named(&self, i: usize) -> bool {
        tag::pronoun(&self.entities[i].name).is_none()
    }

    /// The sex known for the source a name refers to (from a pronoun that referred to it, or
    /// its given name), if that source was met.
    fn gender_of(&self, m: &Mention) -> Option<Pronoun> {
        let Mention::Named { name, kind, .. } = m else {
            return None;
        };
        let known = self
            .find_named(name, *kind)
            .or_else(|| self.find_named(name, SourceKind::Person));
        known.and_then(|i| self.entities[i].gender)
    }

    /// The sex known for sure for entity `i`: from its given name or title ("Hillary Clinton",
    /// "Mrs. Clinton"), or a title that referred to it (not a pronoun: "he" may have been
    /// resolved wrongly).
    fn sex_of(&self, i: usize) -> Option<Pronoun> {
        let e = &self.entities[i];
        tag::sex_of_name_or_title(&e.name).or(e.titled)
    }

    /// The latest person met in the document that starts at `doc_start` whose name ends in
    /// `surname` and whose sex is known to be `sex`, among the [`SAME_SURNAME_REACH`] latest
    /// sources (bounded work).
    fn person_of_sex(
        &self,
        surname: &str,
        sex: Option<Pronoun>,
        doc_start: usize,
    ) -> Option<usize> {
        let n = self.entities.len();
        (n.saturating_sub(SAME_SURNAME_REACH)..n).rev().find(|&i| {
            let e = &self.entities[i];
            e.kind == SourceKind::Person
                && e.last_at >= doc_start
                && e.name
                    .rsplit(' ')
                    .next()
                    .is_some_and(|last| last.eq_ignore_ascii_case(surname))
                && self.sex_of(i) == sex
        })
    }

    /// For "it" with nothing compatible: a one-word name taken for a person that no one called
    /// "he" or "she" nor gave a title is the body "it" refers to ("T-Mobile said …. It
    /// announced …").
    fn unnamed_body(&self) -> Option<usize> {
        self.recent.iter().rev().copied().find(|&i| {
            let e = &self.entities[i];
            e.kind == SourceKind::Person
                && e.gender.is_none()
                && !e.name.contains(' ')
                && !e.aliases.iter().any(|a| {
                    a.split(' ')
                        .next()
                        .is_some_and(|w| tag::lower_in(w.trim_end_matches('.'), tag::PERSON_TITLES))
                })
        })
    }

    /// An entity already named `name`: the same name, or for persons the same surname when one
    /// of the two is the surname alone.
    pub(super) fn find_named(&self, name: &str, kind: SourceKind) -> Option<usize> {
        if let Some(&i) = with_lower(name, |key| self.by_name.get(key)) {
            return Some(i);
        }
        // "Pentagon says …" in a headline, "…, the Pentagon said": a body's name with its
        // article or without is one body (whatever this mention was taken for).
        {
            // (No allocation: this runs for every name not met before.)
            let mut buf = [0u8; 68];
            let other = match definite(name) {
                Some(bare) => bare,
                None if name.len() <= 64 => {
                    buf[..4].copy_from_slice(b"the ");
                    buf[4..4 + name.len()].copy_from_slice(name.as_bytes());
                    std::str::from_utf8(&buf[..4 + name.len()]).unwrap_or(name)
                }
                None => name,
            };
            let found = with_lower(other, |key| self.by_name.get(key)).copied();
            if let Some(i) = found.filter(|&i| {
                matches!(
                    self.entities[i].kind,
                    SourceKind::Organization | SourceKind::Publication
                ) && other.rsplit(' ').next().is_some_and(|last| {
                    // (Not a role: "MP" after "the MP" is any MP.)
                    let lower = last.trim_end_matches('.').to_lowercase();
                    tag::is_capitalized(last)
                        && !tag::person_head(&lower)
                        && !tag::lower_in(&lower, tag::PERSON_TITLES)
                        && !tag::title_alone(last.trim_end_matches('.'))
                        // (Nor a person's nationality: "the American" is no airline
                        // "American".)
                        && (kind != SourceKind::Person || !lone_nationality(other))
                })
            }) {
                return Some(i);
            }
            // (A person a headline named by a title alone, renamed by the story's full name:
            // "Cardinal criticises …", "…, Cardinal Cormac Murphy-O'Connor has said.", then
            // "The cardinal said …".)
            if let Some(i) = found.filter(|&i| {
                let e = &self.entities[i];
                e.kind == SourceKind::Person
                    && e.name.contains(' ')
                    && tag::title_alone(other)
                    && e.aliases.iter().any(|a| a.eq_ignore_ascii_case(other))
            }) {
                return Some(i);
            }
        }
        if kind != SourceKind::Person || tag::joint(name) {
            return self.short_name(name).or_else(|| self.initials_of(name));
        }
        self.find_person(name)
            .or_else(|| self.short_name(name))
            .or_else(|| self.given_only(name))
            .or_else(|| self.knighted(name))
    }

    /// The one recent person of this document whose given name follows "Sir" or "Dame" in
    /// `name`, a British honour's form with the given name alone: "Sir Keir" after "Sir Keir
    /// Starmer", "Dame Helen" after "Dame Helen Price" (any given name: the honour says it is
    /// one). Not when two recent persons share it.
    fn knighted(&self, name: &str) -> Option<usize> {
        let (rank, given) = name.split_once(' ')?;
        if !(rank.eq_ignore_ascii_case("sir") || rank.eq_ignore_ascii_case("dame"))
            || given.contains(' ')
        {
            return None;
        }
        self.one_of_given_name(given)
    }

    /// The one recent person of this document whose given name `name` is, alone: "'…,' says
    /// Dave." after "Dave Hollis" in a feature. Not when two recent persons share it, nor for a
    /// word that is no known given name.
    fn given_only(&self, name: &str) -> Option<usize> {
        if name.contains(' ') || tag::sex_of_given(name).is_none() {
            return None;
        }
        self.one_of_given_name(name)
    }

    /// The one recent person of this document named in full whose first word is `given`; none
    /// when two such persons are recent.
    fn one_of_given_name(&self, given: &str) -> Option<usize> {
        let mut found = self.recent.iter().copied().filter(|&i| {
            let e = &self.entities[i];
            e.kind == SourceKind::Person
                && e.last_at >= self.doc_start
                && e.name.split(' ').count() >= 2
                && e.name
                    .split(' ')
                    .next()
                    .is_some_and(|w| w.eq_ignore_ascii_case(given))
        });
        let i = found.next()?;
        found.all(|j| j == i).then_some(i)
    }

    /// The body of this document that a one-word `name` shortens: "Orbis" after "Orbis
    /// Systems", "Kellett" after "Kellett Securities" (a person of that surname first: see
    /// [`Registry::find_named`]). The latest such body named here, when it is a body still.
    fn short_name(&self, name: &str) -> Option<usize> {
        if name.contains(' ') {
            return None;
        }
        with_lower(name, |key| {
            self.latest_here(self.by_first.get(key)?, |i| {
                matches!(
                    self.entities[i].kind,
                    SourceKind::Organization | SourceKind::Publication
                )
            })
        })
    }

    /// The body of this document, named before in full, whose initials an acronym `name` is,
    /// with its article or without: "the NAO", "NAO" after "the National Audit Office".
    fn initials_of(&self, name: &str) -> Option<usize> {
        let bare = definite(name).unwrap_or(name);
        if !(2..=8).contains(&bare.len()) || !bare.bytes().all(|b| b.is_ascii_uppercase()) {
            return None;
        }
        with_lower(bare, |key| {
            self.latest_here(self.by_initials.get(key)?, |_| true)
        })
    }

    /// The latest of the last [`NAMESAKES`] entities of `list` (in the order named) that was met
    /// in this document and that `keep` accepts.
    fn latest_here(&self, list: &[usize], keep: impl Fn(usize) -> bool) -> Option<usize> {
        list[list.len().saturating_sub(NAMESAKES)..]
            .iter()
            .rev()
            .copied()
            .find(|&i| self.entities[i].last_at >= self.doc_start && keep(i))
    }

    /// A person `name` names: the same name, or a full name for a surname met alone, or the
    /// person a surname alone names.
    fn find_person(&self, name: &str) -> Option<usize> {
        let surname = name.rsplit(' ').next().unwrap_or(name);
        // (A full name joins only a surname met alone: "Kirby" then "John Kirby"; and not one
        // known to be of the other sex: "Mr. Haddad" then "Leila Haddad".)
        let sex = if name.contains(' ') {
            given_sex(name)
        } else {
            None
        };
        // (A surname of several words is one too, when it ends the full name and opens on no
        // known given name: "Von der Leyen", "De Gaulle", "Pozo Cruz" after "Ursula von der
        // Leyen", "Charles de Gaulle", "Borja del Pozo Cruz"; not "Lloyd Webber", which might
        // be a Lloyd Webber of its own.)
        // (The space first: the byte after it is where a character starts.)
        let tail = |full: &str| {
            sex.is_none()
                && full.len() > name.len() + 1
                && full.as_bytes()[full.len() - name.len() - 1] == b' '
                && full[full.len() - name.len()..].eq_ignore_ascii_case(name)
        };
        let fits = |i: &usize| {
            let e = &self.entities[*i];
            (!name.contains(' ') || !e.name.contains(' ') || tail(&e.name))
                && !sex.is_some_and(|s| self.sex_of(*i).or(e.gender).is_some_and(|t| t != s))
        };
        with_lower(surname, |key| {
            let persons = self.by_surname.get(key)?;
            // The latest person of that surname met in this document; else, of those met in
            // earlier documents, the one named most often ("Mr Howard" in a corpus of articles
            // is the Michael Howard of forty reports, not the Dominic Howard of the last
            // music story).
            // (The latest few only: a text of thousands of namesakes stays linear.)
            let latest = &persons[persons.len().saturating_sub(NAMESAKES)..];
            self.latest_here(persons, |i| fits(&i)).or_else(|| {
                latest
                    .iter()
                    .copied()
                    .filter(fits)
                    .max_by_key(|&i| self.entities[i].mentions)
            })
        })
    }
}

/// Records entity `i` last among those under `key` in `map`, unless it is among the latest
/// [`NAMESAKES`] there already (as for surnames, the latest few only: a text of thousands of
/// bodies sharing a first word or initials stays linear).
fn note_latest(
    map: &mut HashMap<String, Vec<usize>, BuildHasherDefault<WordHasher>>,
    key: String,
    i: usize,
) {
    let list = map.entry(key).or_default();
    if !list[list.len().saturating_sub(NAMESAKES)..].contains(&i) {
        list.push(i);
    }
}

/// `f` of `s` in lower case (as [`str::to_lowercase`]), without allocating when `s` is short
/// ASCII.
fn with_lower<R>(s: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    match buf.get_mut(..s.len()) {
        Some(key) if s.is_ascii() => {
            key.copy_from_slice(s.as_bytes());
            key.make_ascii_lowercase();
            match std::str::from_utf8(key) {
                Ok(key) => f(key),
                Err(_) => f(&s.to_lowercase()),
            }
        }
        _ => f(&s.to_lowercase()),
    }
}
