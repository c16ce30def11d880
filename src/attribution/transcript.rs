//! Transcripts, headlines and block quotations: the turns that a line's label makes
//! (`PENCE: Well, look, …`), labelled dialogue in mixed case (`Lopez: Well, …`), a one-line
//! headline under a label that names a source (`Poll: Trump leads in Ohio.`), and the paragraphs
//! after one that ends in a tag and a colon (`Soerens argued that:`).

use super::*;

/// A speaker turn of a transcript: a line opening with a label (`PENCE: Well, look, …`,
/// `"WALLACE: Let's start …`) and the tag that the label makes.
#[derive(Debug, Clone)]
pub(super) struct Turn {
    pub(super) line: Span,
    pub(super) tag: Tag,
}

/// The lines of `text` (without their line breaks).
pub(super) fn lines(text: &str) -> impl Iterator<Item = Span> + '_ {
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).chain(std::iter::once(text.len()));
    ends.scan(0, |from, end| {
        let span = Span::new(*from, end);
        *from = end + 1;
        Some(span)
    })
}

/// The lines of `text` inside `within`, as spans of `text`.
fn lines_in(text: &str, within: Span) -> impl Iterator<Item = Span> + '_ {
    lines(&text[within.range()])
        .map(move |l| Span::new(within.start + l.start, within.start + l.end))
}

/// Longest turn label (bytes, colon excluded).
pub(super) const LABEL_MAX: usize = 40;

/// The label at the start of the line `line`: its span, when the line opens (after white space
/// and quotation marks) with one to four capitalised words and a colon.
fn turn_label(text: &str, line: Span) -> Option<Span> {
    let s = &text[line.range()];
    let body = s.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\u{201C}' | '\u{201D}')
    });
    // ("EXCLUSIVE – Roger Stone: …": a rubric in capitals and a dash before a headline's label.)
    let body = rubric_before_label(body).map_or(body, |n| &body[n..]);
    let start = line.end - body.len();
    let head = &body[..tag::floor_char(body, body.len().min(LABEL_MAX + 1))];
    let colon = head.find(':')?;
    let label = &body[..colon];
    let words = label.split(' ').collect::<Vec<_>>();
    let capitalised = |w: &&str| {
        let mut cs = w.chars();
        cs.next().is_some_and(char::is_uppercase)
            && w.len() >= 2
            && cs.all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '\u{2019}' | '-'))
    };
    // ("Clinton camp:", "Pentagon officials:": a headline's name and the body or the people it
    // heads, the last word in lower case.)
    let headed = || {
        words.len() >= 2
            && words.len() <= 4
            && words[..words.len() - 1].iter().all(capitalised)
            && tag::lower_in(words[words.len() - 1], LABEL_HEADS)
            && words[words.len() - 1].starts_with(char::is_lowercase)
            && super::in_headline(text, Span::new(start + colon, start + colon + 1))
    };
    // (A headline's label may name the topic or the place after the source: "Obama on Climate
    // Change:", "Former AG Mukasey at RNC:"; see [`speaker_of`].)
    let topical = || {
        let at = words
            .iter()
            .position(|w| tag::lower_in(w, TOPIC_WORDS))
            .filter(|&k| k > 0)?;
        ((1..=4).contains(&at)
            && words.len() - at - 1 <= 3
            && words
                .iter()
                .enumerate()
                .all(|(k, w)| k == at || capitalised(w))
            && super::in_headline(text, Span::new(start + colon, start + colon + 1))
            && named_below(text, line.end, words[at - 1]))
        .then_some(())
    };
    let ok = body[colon + 1..].starts_with([' ', '\u{A0}'])
        && ((1..=4).contains(&words.len()) && words.iter().all(capitalised)
            || topical().is_some()
            || headed());
    // ("Wesley Snipes' Blade: Trinity was in second": a title.)
    let ok = ok && !tag::names_a_work(label);
    // "Said Ellis: …": the verb opening the label is no part of the name.
    let verb = label.split_once(' ').map_or(0, |(v, _)| {
        if tag::lower_in(v, LABEL_VERBS) {
            v.len() + 1
        } else {
            0
        }
    });
    (ok && !tag::headline_words(label)).then(|| Span::new(start + verb, start + label.len()))
}

/// Lower-case words that end a headline's label after a name ("Clinton camp:", "Trump
/// campaign:", "Pentagon officials:").
const LABEL_HEADS: &[&str] = &[
    "aide",
    "aides",
    "allies",
    "camp",
    "campaign",
    "lawyer",
    "lawyers",
    "official",
    "officials",
    "spokesman",
    "spokeswoman",
];

/// Where a line's label starts after an editorial rubric in capitals and a dash ("EXCLUSIVE –
/// Roger Stone: …", "BREAKING - Kirby: …"), if the line opens with one.
fn rubric_before_label(body: &str) -> Option<usize> {
    let (word, rest) = body.split_once(' ')?;
    let dash = super::SPACED_DASHES
        .into_iter()
        .find(|d| rest.starts_with(d))?;
    (word.len() > 2 && word.bytes().all(|b| b.is_ascii_uppercase()) && tag::lower_in(word, RUBRICS))
        .then(|| word.len() + 1 + dash.len())
}

/// Words after which a headline's label names a topic or a place, not the source ("Obama on
/// Climate Change:", "Former AG Mukasey at RNC:").
const TOPIC_WORDS: &[&str] = &["at", "on"];

/// True when `name` (a headline label's last word before its topic) stands in `text` after
/// `from` as a name does, inside a sentence ("… said Mr Obama", not "Focus on security:" with
/// "Focus" opening a sentence below): the story names the source its headline does.
fn named_below(text: &str, from: usize, name: &str) -> bool {
    let below = &text[from.min(text.len())..];
    below.match_indices(name).any(|(i, _)| {
        let before = below[..i].trim_end_matches(' ');
        let next = below[i + name.len()..].chars().next();
        i > before.len()
            && !before.ends_with(['.', '!', '?', '\n', ':', '"', '\u{201C}'])
            && !next.is_some_and(char::is_alphanumeric)
    })
}

/// The source's part of a label (`label`, a span of `text`): all of it, or in a headline's
/// label the words before a topic or a place ("Obama" of "Obama on Climate Change").
fn speaker_of(text: &str, label: Span) -> Span {
    let written = &text[label.range()];
    let mut at = 0;
    for w in written.split(' ') {
        if at > 0 && tag::lower_in(w, TOPIC_WORDS) {
            return Span::new(label.start, label.start + at - 1);
        }
        at += w.len() + 1;
    }
    label
}

/// Verbs of saying that may open a label before a colon ("Said Ellis:", "Added Kirby:").
pub(super) const LABEL_VERBS: &[&str] = &[
    "added",
    "adds",
    "asked",
    "continued",
    "explains",
    "notes",
    "observes",
    "replied",
    "said",
    "says",
    "writes",
    "wrote",
];

/// True when a line opening with a one-off label reads as a headline and its source
/// ("Sanders: Clinton needs to win big.", "Poll: Trump leads in Ohio."): the label has some
/// lower-case letters (an all-capitals "UPDATE" or "WASHINGTON" is a rubric or a dateline; an
/// editorial [`rubric`] is ruled out before) and the rest of the line is one short claim in
/// words ("Clinton: 547." and a paragraph of several sentences are no headline).
fn headline(label: &str, rest: &str) -> bool {
    let rest = rest.trim();
    let words = rest.split_whitespace().count();
    // (A full stop inside one sentence ends no sentence: "Clinton: I support D.C. statehood.")
    let body = rest.trim_end_matches(['.', '?', '!', '"', '\'', '\u{2019}', '\u{201D}']);
    let sentences = body.match_indices(". ").any(|(i, _)| {
        let word = body[..i].rsplit(' ').next().unwrap_or("");
        !tag::abbreviation_before(word, &body[i + 1..])
    });
    label.chars().any(char::is_lowercase) && (3..=HEADLINE_WORDS).contains(&words) && !sentences
}

/// True when what follows a label is a list of names or a bare name, not words someone said
/// ("Subs not used: Cooper, Knight.", "Profile: Gordon Brown"): no word in lower case, and a
/// comma or at most three words (a headline in title case, "Issa: Clinton's 'Honesty Is In
/// Question'", is a claim).
fn listing(rest: &str) -> bool {
    // (A note in brackets is no word of the list: "Palmer (capt), Morgan".)
    let mut words = rest
        .split_whitespace()
        .filter(|w| !w.starts_with('('))
        .map(|w| w.trim_start_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty());
    let n = words.clone().count();
    n >= 2 && (rest.contains(',') || n <= 3) && !words.any(|w| w.starts_with(char::is_lowercase))
}

/// Most words in a headline after its source's label.
const HEADLINE_WORDS: usize = 25;

/// True when a label holds a word of an editorial rubric ("Update", "Subs Not Used").
fn rubric(label: &str) -> bool {
    label.split_whitespace().enumerate().any(|(i, w)| {
        let w = w.trim_end_matches('.');
        // ("Watch:", "Watch live:"; not a body's name that ends with it, "Human Rights Watch",
        // "Judicial Watch".)
        tag::lower_in(w, RUBRICS) && (i == 0 || !w.eq_ignore_ascii_case("watch"))
    })
}

/// Words of editorial labels that open a line without naming a source ("Update:", "Editor's
/// note:", "Read more:", "Photo:"; a fact check's "Claim:", "Verdict:", "Bottom line:").
pub(crate) const RUBRICS: &[&str] = &[
    "abstract",
    "aim",
    "aims",
    "also",
    "analysis",
    "answer",
    "background",
    "bombshell",
    "bonus",
    "bottom",
    "breaking",
    "caption",
    "chapter",
    "claim",
    "clarification",
    "comment",
    "conclusion",
    "conclusions",
    "context",
    "contributing",
    "correction",
    "credit",
    "date",
    "day",
    "design",
    "disclaimer",
    "disclosure",
    "discussion",
    "editor's",
    "editorial",
    "editor\u{2019}s",
    "essay",
    "example",
    "exclusive",
    "explainer",
    "fact",
    "factbox",
    "feature",
    "findings",
    "from",
    "funding",
    "hint",
    "hypothesis",
    "importance",
    "interpretation",
    "interventions",
    "interview",
    "introduction",
    "just",
    "keywords",
    "latest",
    "leaked",
    "limitations",
    "listen",
    "live",
    "look",
    "materials",
    "measurements",
    "measures",
    "method",
    "methodology",
    "methods",
    "more",
    "myth",
    "name",
    "note",
    "obituary",
    "objective",
    "objectives",
    "opinion",
    "outcome",
    "outcomes",
    "part",
    "participants",
    "patients",
    "perspective",
    "photo",
    "photos",
    "pledged",
    "podcast",
    "posted",
    "preview",
    "procedure",
    "procedures",
    "profile",
    "purpose",
    "q&a",
    "question",
    "quiz",
    "rating",
    "rationale",
    "re",
    "read",
    "recap",
    "related",
    "replacements",
    "result",
    "results",
    "revealed",
    "review",
    "ruling",
    "sent",
    "setting",
    "shocking",
    "significance",
    "step",
    "subject",
    "subjects",
    "subs",
    "summary",
    "tags",
    "takeaway",
    "takeaways",
    "timeline",
    "tip",
    "to",
    "topics",
    "total",
    "transcript",
    "update",
    "updated",
    "verdict",
    "video",
    "viewpoint",
    "warning",
    "watch",
    "wow",
];

/// The speaker turns of a transcript: lines opening with a label that opens at least two lines
/// of the text (so a one-off "UPDATE:" is no turn), and lines opening with a one-off label in
/// title case that names a source, the headline convention ("Sanders: Clinton needs …",
/// "Poll: Trump leads in Ohio"), unless the label is an editorial one ("Update:", "Note:").
pub(super) fn turns(text: &str, breaks: &[usize]) -> Vec<Turn> {
    let mut out = continued(text, labelled_turns(text));
    let answers = interview_turns(text, breaks);
    if !answers.is_empty() {
        out.extend(answers);
        out.sort_by_key(|t| t.line.start);
    }
    out
}

/// The span of the `Q` or `A` that opens `line` (after white space and quotation marks) before a
/// colon and a space ("Q: Do you think …", "A: I think …"), with which letter it is.
fn interview_label(text: &str, line: Span) -> Option<(Span, u8)> {
    let s = &text[line.range()];
    let body = s.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\u{201C}' | '\u{201D}')
    });
    let b = body.as_bytes();
    let letter = *b.first()?;
    let at = line.start + (s.len() - body.len());
    (matches!(letter, b'Q' | b'A') && b.get(1) == Some(&b':') && b.get(2) == Some(&b' '))
        .then(|| (Span::new(at, at + 1), letter))
}

/// Least lines of questions, and of answers, that make a document an interview.
const INTERVIEW_LINES: usize = 2;

/// The answers of an interview (a document with at least [`INTERVIEW_LINES`] lines opening
/// "Q:" and as many opening "A:"): each "A:" line, and the unlabelled paragraphs after it (at
/// most [`TURN_PARAGRAPHS`], as far as the next label), are the interviewee's, the first person
/// the document names in full before its first question ("Joe Biden spent Thursday morning in
/// St. Paul, …"); with no one named, a page of questions and answers (a FAQ) stays its author's.
/// The questions are the author's (the interviewer's).
/// `breaks` are the text's document breaks ([`document_breaks`]).
fn interview_turns(text: &str, breaks: &[usize]) -> Vec<Turn> {
    let mut out = Vec::new();
    let has = |label: &[u8]| memchr::memmem::find(text.as_bytes(), label).is_some();
    if !has(b"A: ") || !has(b"Q: ") {
        return out;
    }
    let starts = std::iter::once(0).chain(breaks.iter().copied());
    let ends = breaks.iter().copied().chain(std::iter::once(text.len()));
    for (start, end) in starts.zip(ends) {
        let doc = Span::new(start, end);
        // (Lines are read only in a document that holds both labels.)
        let holds = |label: &[u8]| memchr::memmem::find(&text.as_bytes()[start..end], label);
        if holds(b"A: ").is_none() || holds(b"Q: ").is_none() {
            continue;
        }
        let labelled: Vec<(Span, Span, u8)> = lines_in(text, doc)
            .filter_map(|l| interview_label(text, l).map(|(label, q)| (l, label, q)))
            .collect();
        let count = |letter: u8| labelled.iter().filter(|x| x.2 == letter).count();
        if count(b'Q') < INTERVIEW_LINES || count(b'A') < INTERVIEW_LINES {
            continue;
        }
        let first = labelled[0].0.start;
        // (With no one named, a page of questions and answers is its author's: a FAQ.)
        let Some((phrase, mention)) = interviewee(text, Span::new(doc.start, first)) else {
            continue;
        };
        // (The interviewee's surname: the last word of the full name.)
        let full = &text[phrase.range()];
        let surname = full.rsplit(char::is_whitespace).next().unwrap_or(full);
        for (k, &(line, label, letter)) in labelled.iter().enumerate() {
            if letter != b'A' {
                continue;
            }
            let cue = Span::new(label.end, label.end + 1);
            let tag = Tag::direct(
                cue,
                Commitment::Neutral,
                Found::leading(phrase, cue),
                mention.clone(),
            );
            out.push(Turn {
                line,
                tag: tag.clone(),
            });
            // (The paragraphs after the answer, up to the next label, go on with it.)
            let next = labelled.get(k + 1).map_or(doc.end, |x| x.0.start);
            let after = Span::new((line.end + 1).min(next), next);
            let paragraphs: Vec<Span> = lines_in(text, after)
                .filter(|l| !text[l.range()].trim().is_empty())
                .collect();
            // (Not from a paragraph that names the interviewee, "Marsh's critics are less
            // charitable.": the author speaks of them again; nor, after the last answer, from
            // one holding a quotation, "\"She is cherry-picking,\" said Paul Grant": the
            // author's report of someone else.)
            let last = labelled[k + 1..].iter().all(|x| x.2 != b'A');
            if paragraphs.len() <= TURN_PARAGRAPHS {
                out.extend(
                    paragraphs
                        .into_iter()
                        .take_while(|l| {
                            let p = &text[l.range()];
                            !(names_word(p, surname)
                                || last && p.contains(['"', '\u{201C}', '\u{201D}']))
                        })
                        .map(|line| Turn {
                            line,
                            tag: tag.clone(),
                        }),
                );
            }
        }
    }
    out
}

/// True when `paragraph` holds `word` as a whole word (a possessive counts: "Marsh's").
fn names_word(paragraph: &str, word: &str) -> bool {
    !word.is_empty()
        && paragraph.match_indices(word).any(|(at, _)| {
            let before = paragraph[..at].chars().next_back();
            let after = paragraph[at + word.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
}

/// The first person `intro` names in full (a given name and a capitalised surname), with that
/// name's span: an interview's interviewee.
fn interviewee(text: &str, intro: Span) -> Option<(Span, Mention)> {
    let s = &text[intro.range()];
    // (Each word with its offset in `s`, where the slice starts: separators are of any width,
    // a no-break space two bytes.)
    let mut words = s
        .split_whitespace()
        .map(|w| (tag::offset_in(s, w), w))
        .peekable();
    // The first full name with a known given name ("Joe Biden spent Thursday morning in St.
    // Paul, …": the person the introduction is about, not those named after); else the first
    // two capitalised words opening a sentence before a word in lower case ("Barney Frank
    // spoke to us …").
    let mut first = None;
    let mut subject = None;
    let mut previous = ".";
    while let Some((at, given)) = words.next() {
        // (A sentence opens after a full stop, or after a line break: the paragraph after a
        // headline with no stop, "Interview: the economist who predicted the crash".)
        let opening = previous.ends_with(['.', '!', '?', ':'])
            || s[..at].trim_end_matches([' ', '\t', '\r']).ends_with('\n');
        previous = given;
        let Some(&(next_at, raw)) = words.peek() else {
            break;
        };
        let surname = raw.trim_end_matches(|c: char| !c.is_alphabetic());
        let surname = tag::possessor(surname).unwrap_or(surname);
        let capitalised = |w: &str| {
            w.len() >= 2
                && w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\''))
        };
        if !capitalised(given) || !capitalised(surname) {
            continue;
        }
        let span = Span::new(intro.start + at, intro.start + next_at + surname.len());
        if tag::sex_of_given(given).is_some() {
            first = Some(span);
            break;
        } else if opening && raw == surname && subject.is_none() {
            let after = s[next_at + raw.len()..].trim_start();
            if after.starts_with(|c: char| c.is_lowercase()) {
                subject = Some(span);
            }
        }
    }
    let span = first.or(subject)?;
    let mention = tag::classify(&text[span.range()], false)?;
    matches!(
        mention,
        Mention::Named {
            kind: SourceKind::Person,
            ..
        }
    )
    .then_some((span, mention))
}

/// A transcript's turn may run over several paragraphs: each paragraph between two turns of
/// speakers in capitals (`TAPPER: And obviously, …\n\nSpecifically I've heard …\n\nFALLIN:
/// …`) goes on with the turn before it (when they are no more than [`TURN_PARAGRAPHS`]), as far
/// as a stage direction ("(END VIDEO CLIP.)", "…"), a line opening with a label ("Lopez: Well,
/// …") or a document break. (Not after headline labels, "Carson: A miracle.", whose
/// paragraphs are the author's; nor after the last turn, where the author's text may take
/// over.)
fn continued(text: &str, turns: Vec<Turn>) -> Vec<Turn> {
    let capitals = |t: &Turn| in_capitals(&text[t.tag.found.phrase.range()]);
    let mut out = Vec::with_capacity(turns.len());
    for (k, turn) in turns.iter().enumerate() {
        out.push(turn.clone());
        let Some(next) = turns.get(k + 1).filter(|n| capitals(turn) && capitals(n)) else {
            continue;
        };
        // (The lines after the turn's, up to the line break before the next turn's.)
        let from = (turn.line.end + 1).min(next.line.start);
        let between = Span::new(from, next.line.start.saturating_sub(1).max(from));
        let mut paragraphs = Vec::new();
        let mut blanks = 0;
        for line in lines_in(text, between) {
            let body = text[line.range()].trim();
            if body.is_empty() {
                blanks += 1;
                // (Two blank lines part documents.)
                if blanks >= 2 {
                    break;
                }
                continue;
            }
            blanks = 0;
            let stage = body
                .trim_start_matches(['"', '\u{201C}'])
                .starts_with(['(', '[', '\u{2026}', '.', '-', '\u{2014}', '*'])
                || !body.contains(char::is_alphabetic)
                || turn_label(text, line).is_some()
                // ("Q: Why are you …?" between two answers: the interviewer's question.)
                || interview_label(text, line).is_some_and(|(_, letter)| letter == b'Q');
            if stage {
                break;
            }
            paragraphs.push(line);
        }
        if paragraphs.len() <= TURN_PARAGRAPHS {
            out.extend(paragraphs.into_iter().map(|line| Turn {
                line,
                tag: turn.tag.clone(),
            }));
        }
    }
    out
}

/// True for a label in capitals ("BOULDUAN", "JOEL BENENSON"): a transcript's speaker.
fn in_capitals(label: &str) -> bool {
    label.bytes().any(|b| b.is_ascii_uppercase())
        && !label.bytes().any(|b| b.is_ascii_lowercase())
        && label.len() >= 2
}

/// How many paragraphs a transcript's turn goes on over at most (see [`continued`]).
const TURN_PARAGRAPHS: usize = 3;

/// The turns of lines that open with a label (see [`turns`]).
fn labelled_turns(text: &str) -> Vec<Turn> {
    let labelled: Vec<(Span, Span)> =
        lines(text) // (line, label)
            .filter_map(|line| Some((line, turn_label(text, line)?)))
            .collect();
    let mut count: HashMap<&str, usize> = HashMap::new();
    for (_, label) in &labelled {
        *count.entry(&text[label.range()]).or_default() += 1;
    }
    // A transcript's speakers in capitals ("BOULDUAN:", "JOEL BENENSON:"): once there are two
    // such lines, a speaker who talks once is a turn too.
    let capitals = in_capitals;
    let transcript = labelled
        .iter()
        .filter(|(_, label)| capitals(&text[label.range()]))
        .count()
        >= 2;
    let dialogue = dialogue_lines(text, &labelled);
    labelled
        .into_iter()
        .zip(dialogue)
        .filter_map(|((line, label), in_dialogue)| {
            let written = &text[label.range()];
            let rest = &text[label.end + 1..line.end];
            let one_off =
                count[written] < 2 && !(transcript && capitals(written)) && !in_dialogue;
            // ("Clinton: 547.": a tally, no words.)
            if listing(rest)
                || !rest.contains(char::is_alphabetic)
                || rubric(written)
                || (one_off && (!headline(written, rest) || subtitle(rest)))
            {
                return None;
            }
            // "PENCE" is the person Pence: classify the label in title case (a label in mixed
            // case as written: "Alex Seitz-Wald").
            let speaker = speaker_of(text, label);
            let named = &text[speaker.range()];
            let titled: String = if !capitals(named) {
                named.to_string()
            } else {
                named
                .split(' ')
                .map(|w| {
                    let mut cs = w.chars();
                    let first = cs.next().map(|c| c.to_uppercase().to_string());
                    first.unwrap_or_default() + &cs.as_str().to_lowercase()
                })
                .collect::<Vec<_>>()
                .join(" ")
            };
            let mention = tag::classify(&titled, false)?;
            // A headline's source is named ("Poll: …", "Sanders: …"), not a group or "We".
            if one_off
                && !matches!(&mention, Mention::Named { kind, .. } if *kind != SourceKind::Anonymous)
            {
                return None;
            }
            let cue = Span::new(label.end, label.end + 1);
            let found = Found::leading(speaker, cue);
            Some(Turn {
                line,
                tag: Tag::direct(cue, Commitment::Neutral, found, mention),
            })
        })
        .collect()
}

/// For each labelled line (`labelled`, in text order), whether it belongs to a dialogue in
/// mixed case: a run of at least [`DIALOGUE_TURNS`] labelled lines under at least two labels,
/// each within [`DIALOGUE_GAP`] lines of the one before ("Alex Seitz-Wald: She is right …",
/// "Luciana Lopez: …", "Matthews: Well, …"), where a speaker who talks once takes a turn too.
fn dialogue_lines(text: &str, labelled: &[(Span, Span)]) -> Vec<bool> {
    let mut out = vec![false; labelled.len()];
    let mut run_start = 0;
    for k in 0..=labelled.len() {
        // (Line breaks counted up to one past the most: the text between two labels may be long.)
        let joined = k > 0
            && k < labelled.len()
            && memchr::memchr_iter(
                b'\n',
                &text.as_bytes()[labelled[k - 1].0.end..labelled[k].0.start],
            )
            .take(DIALOGUE_GAP + 1)
            .count()
                <= DIALOGUE_GAP;
        if joined {
            continue;
        }
        // The run `run_start..k` ends here.
        let run = &labelled[run_start..k];
        let first = run.first().map(|(_, label)| &text[label.range()]);
        let speakers = run
            .iter()
            .any(|(_, label)| Some(&text[label.range()]) != first);
        // (Words said, not the section headings of a listing: "Carson: A miracle.\n\nThe
        // most unlikely candidate …\n\nChristie: A closing surge.")
        let said = run
            .iter()
            .filter(|(line, label)| {
                text[label.end + 1..line.end].split_whitespace().count() >= DIALOGUE_WORDS
            })
            .count();
        if run.len() >= DIALOGUE_TURNS && speakers && 2 * said >= run.len() {
            out[run_start..k].iter_mut().for_each(|d| *d = true);
        }
        run_start = k;
    }
    out
}

/// Fewest labelled lines in a dialogue (see [`dialogue_lines`]).
const DIALOGUE_TURNS: usize = 3;
/// Most line breaks between two labelled lines of a dialogue: a blank line and one paragraph
/// between them.
const DIALOGUE_GAP: usize = 4;
/// Fewest words after the label in half the lines of a dialogue, at least.
const DIALOGUE_WORDS: usize = 6;

/// Block quotations: the paragraphs after a paragraph that ends in a tag and a colon
/// (`Soerens argued that:`, `Michael P. McDonald:`, `the transcript as follows:`), up to
/// [`BLOCK_PARAGRAPHS`] of them, for sentences that no quotation or tag of their own claims.
pub(super) fn blocks(text: &str, occurrences: &[Occurrence]) -> Vec<Turn> {
    let mut out = Vec::new();
    // The block's tag, and how many paragraphs it takes.
    let mut open: Option<(Tag, usize)> = None;
    // The tag of a block whose first paragraph opened a list, its bullet, and how many more
    // items it may take.
    let mut items: Option<(Tag, &str, usize)> = None;
    for line in lines(text) {
        let body = text[line.range()].trim_end();
        if body.trim_start().is_empty() {
            continue;
        }
        // A paragraph that ends in a colon introduces what follows it.
        let introduces = body.ends_with(':');
        // The block goes on over the items of a list that its first paragraph opened ("l
        // Rather than …\n\nl The situation …").
        if let Some((tag, bullet, more)) = items.take() {
            if body.trim_start().starts_with(bullet) && !introduces && more > 0 {
                out.push(Turn {
                    line,
                    tag: tag.clone(),
                });
                items = Some((tag, bullet, more - 1));
                continue;
            }
        }
        if let Some((tag, left)) = open.take() {
            // (A paragraph that is only an address, "http://…", holds no one's words; one that
            // introduces what follows it is no quotation of the block before it, that block
            // lost: "… Sanders pointed out that veterans' issues were ignored:\n\nAs Trump
            // lamented …, Clinton took a moment to reach out to voters:", the embedded posts
            // left out.)
            let address = body.trim_start().starts_with("http") && !body.trim_start().contains(' ');
            if !address && !introduces {
                out.push(Turn {
                    line,
                    tag: tag.clone(),
                });
                items = bullet(body.trim_start()).map(|b| (tag.clone(), b, BLOCK_ITEMS));
            }
            if left > 1 && !introduces {
                open = Some((tag, left - 1));
            }
        }
        if let Some(colon) = body.strip_suffix(':').map(|b| line.start + b.len()) {
            let zone = Span::new(
                clause_start(text, line.start.max(colon.saturating_sub(TAG_REACH)), colon),
                colon + 1,
            );
            let tag = within(occurrences, zone)
                .iter()
                .rev()
                .find_map(|o| make_tag(text, o, zone, |_| true))
                .or_else(|| colon_tag(text, zone));
            open = tag.map(|t| (t, BLOCK_PARAGRAPHS));
        }
    }
    out
}

/// True for a sentence that holds no one's words, in a quotation or a transcript too: a stage
/// direction ("(CROSSTALK.)", "\[Applause\]") or the publisher's footer ("Follow Pam Key on
/// Twitter @pamkeyNEN.").
pub(super) fn no_ones_words(sentence: &str) -> bool {
    let marks: &[char] = &[
        '"', '\'', '\u{201C}', '\u{201D}', '\u{2018}', '\u{2019}', '.', ' ',
    ];
    let bare = sentence.trim_matches(marks);
    let enclosed = (bare.starts_with('(') && bare.ends_with(')')
        || bare.starts_with('[') && bare.ends_with(']'))
        && !bare[1..bare.len() - 1].contains([')', ']']);
    // (A few words in capitals or naming a sound: "(Mr. Trump has also called for …)" is the
    // author's aside, with its own tags.)
    let direction = enclosed && {
        let inner = bare[1..bare.len() - 1].trim_matches(marks);
        let mut words = inner.split_whitespace();
        inner.split_whitespace().count() <= STAGE_WORDS
            && (!inner.chars().any(char::is_lowercase)
                || words
                    .next()
                    .is_some_and(|w| tag::lower_in(w.trim_end_matches([',', '.']), STAGE)))
    };
    let footer = bare.starts_with("Follow ") && bare.contains(" on Twitter");
    direction || footer
}

/// Most words of a stage direction ("(END VIDEO CLIP)").
const STAGE_WORDS: usize = 4;

/// First words of a stage direction in lower case ("(Applause.)", "\[laughter\]").
const STAGE: &[&str] = &[
    "applause",
    "booing",
    "boos",
    "cheering",
    "cheers",
    "crosstalk",
    "inaudible",
    "laughs",
    "laughter",
    "pause",
    "sic",
];

/// The bullet a list item opens with ("l ", "• ", "- ", "* "): a mark or a lone "l" (a
/// bullet glyph lost in conversion), then a space.
fn bullet(line: &str) -> Option<&str> {
    let (mark, _) = line.split_once(' ')?;
    matches!(
        mark,
        "l" | "\u{2022}" | "-" | "*" | "\u{2013}" | "\u{2014}" | "\u{25AA}"
    )
    .then(|| &line[..mark.len() + 1])
}

/// Most items of a list a block quotation takes after its first.
const BLOCK_ITEMS: usize = 12;

/// How many paragraphs a block quotation after a colon runs to at most.
const BLOCK_PARAGRAPHS: usize = 1;

/// `Name: …` at the start of a sentence.
pub(super) fn sentence_colon_tag(text: &str, span: Span) -> Option<Tag> {
    let s = &text[span.range()];
    let colon = s.get(..tag::floor_char(s, s.len().min(48)))?.find(':')?;
    // ("YFP::D-mib localized …", "HH:MM": a colon inside a word labels no one.)
    if !s[colon + 1..].starts_with(|c: char| {
        c.is_whitespace() || matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'')
    }) {
        return None;
    }
    let rest = s[colon + 1..].trim();
    if rest.len() < 12 || s[..colon].chars().any(|c| c.is_ascii_digit()) || listing(rest) {
        return None;
    }
    // "Subs not used:", "Profile:": a rubric is no speaker.
    if rubric(&s[..colon]) {
        return None;
    }
    // A name, a colon and a title that the sentence goes on about is a title ("Bridget Jones:
    // The Edge of Reason was named film of the year.", "Michael Howard: No More Mr Nasty is
    // being shown on Saturday."): two or more capitalised words, then lower case.
    if subtitle(rest) {
        return None;
    }
    let tag = colon_tag(text, Span::new(span.start, span.start + colon + 1))?;
    // Only a full name or a known kind of speaker: "Update:" is no source.
    match &tag.mention {
        Mention::Named {
            kind: SourceKind::Person,
            name,
            ..
        } if !name.contains(' ') => None,
        Mention::Pronoun(_) => None,
        _ => Some(tag),
    }
}

/// True when `rest` (after a colon) opens with a title of two or more capitalised words (with
/// "of", "the", "and", "a" inside) that a lower-case word follows: "The Edge of Reason was …",
/// "The Creation of Celebrity will …".
fn subtitle(rest: &str) -> bool {
    let mut capitals = 0;
    // A title reads like one: it opens with an article or has "of"/"the" inside ("Trump and
    // Clinton hold narrow leads" is a headline's clause).
    let mut titled = false;
    for (k, w) in rest.split_whitespace().enumerate() {
        if w.starts_with(char::is_uppercase) {
            capitals += 1;
            titled |= k == 0 && tag::lower_in(w, tag::ARTICLES);
        } else if capitals > 0 && tag::lower_in(w, &["a", "and", "of", "the"]) {
            titled |= tag::lower_in(w, &["of", "the"]);
        } else {
            return capitals >= 2 && titled && w.starts_with(char::is_lowercase);
        }
    }
    false
}
