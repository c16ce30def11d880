//! Quotation marks: one scan over the whole document records every direct quotation.
//!
//! Double quotation marks are recognised in three spellings: curly (`“` opens, `”` closes),
//! straight (`"`) and doubled apostrophes (`''`, the newspaper convention). A straight or doubled
//! mark opens a quotation when none is open and closes the open one otherwise; a mark that can
//! only close (after a word, before white space or punctuation) with none open is a stray (inches,
//! a typo) and is skipped. Single quotation marks are mostly apostrophes or quotes nested inside
//! a double quotation: a single quotation counts only when it is clear, outside any double one
//! (see [`with_single_quotes`]). A double quotation may nest in another (curly marks in a
//! straight quotation, or curly in curly when two closing marks follow).
//!
//! Paragraphs (text between blank lines) bound quotations, with the news convention for quotes
//! that run over several paragraphs: a paragraph that leaves its quotation open, followed by a
//! paragraph that starts with a quotation mark, continues the same quotation. Both pieces then
//! share a *group*, and belong to one speaker. An open quotation not reopened that way ends with
//! its paragraph (and a continuation that closes right before a tag naming someone, `“…,” added
//! Rep. Jim Clyburn`, is another speaker's when the first paragraph's quotation was introduced on
//! its line: that one was left open by mistake). A single line break (hard-wrapped text) keeps the quotation open, unless the
//! next line starts with a quotation mark, which reopens it as above, or the line is longer than
//! hard-wrapped lines are (text with one paragraph a line), which ends it as a paragraph does.
//!
//! The scan stops only at bytes that may start a quotation mark or a line break (skipping eight
//! bytes at a time where there is none), so it is linear and allocates only the output.

use crate::span::Span;

/// One stretch of quoted text, from its opening mark to its closing mark (or to the end of its
/// paragraph when it is left open).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Quote {
    /// From the first byte of the opening mark to one past the closing mark (or the end of the
    /// paragraph's text when unclosed).
    pub span: Span,
    /// Quotations continued over paragraphs share a group number; groups are numbered in order.
    pub group: usize,
    /// True when a closing mark ends it.
    pub closed: bool,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// `“`: only opens.
    Open,
    /// `”`: only closes.
    Close,
    /// `"` or `''`: either.
    Either,
}

/// Bytes at which a quotation mark or a line break may start.
const INTERESTING: [bool; 256] = {
    let mut t = [false; 256];
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[b'\n' as usize] = true;
    t[0xE2] = true;
    t
};

/// Finds, from a position on, the next byte at which a quotation mark or a line break may start:
/// `"`, a line break or the lead byte of a curly mark (0xE2), found with `memchr3`, or a doubled
/// straight mark `''`. (A single `'` is an apostrophe and starts no mark; doubled marks are rare,
/// so the next one is looked up once and kept until it is passed.)
struct Interesting<'a> {
    b: &'a [u8],
    /// The next `''` at or after the last position asked for.
    doubled: Option<usize>,
}

impl<'a> Interesting<'a> {
    fn new(b: &'a [u8]) -> Self {
        let doubled = memchr::memmem::find(b, b"''");
        Interesting { b, doubled }
    }

    /// The first byte at or after `i` that may start a quotation mark or a line break, or the
    /// text's length. (`i` never goes back: each call's is at least the one before.)
    fn next(&mut self, i: usize) -> usize {
        let b = self.b;
        if i >= b.len() {
            return b.len();
        }
        if self.doubled.is_some_and(|d| d < i) {
            self.doubled = memchr::memmem::find(&b[i..], b"''").map(|k| i + k);
        }
        let single = memchr::memchr3(b'"', b'\n', 0xE2, &b[i..]).map_or(b.len(), |k| i + k);
        single.min(self.doubled.unwrap_or(b.len()))
    }
}

/// The mark starting at byte `i`, with its length.
fn mark_at(b: &[u8], i: usize) -> Option<(Mark, usize)> {
    match b[i] {
        b'"' => Some((Mark::Either, 1)),
        b'\'' if b.get(i + 1) == Some(&b'\'') => Some((Mark::Either, 2)),
        0xE2 if b.get(i + 1) == Some(&0x80) => match b.get(i + 2) {
            Some(0x9C) | Some(0x9E) => Some((Mark::Open, 3)),
            Some(0x9D) => Some((Mark::Close, 3)),
            _ => None,
        },
        _ => None,
    }
}

/// True when the byte before `i` is white space, the start, or opening punctuation.
fn space_before(b: &[u8], i: usize) -> bool {
    i == 0 || matches!(b[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'(' | b'[' | b'-' | b'/')
        // an em or en dash (E2 80 94 / 93) or a no-break space (C2 A0) before the mark
        || (i >= 3 && b[i - 3] == 0xE2 && b[i - 2] == 0x80 && matches!(b[i - 1], 0x93 | 0x94))
        || (i >= 2 && b[i - 2] == 0xC2 && b[i - 1] == 0xA0)
}

/// True when the byte at `j` (just after a mark) is white space, the end, or closing punctuation.
fn space_after(b: &[u8], j: usize) -> bool {
    j >= b.len()
        || matches!(
            b[j],
            b' ' | b'\t' | b'\n' | b'\r' | b'.' | b',' | b';' | b':' | b'!' | b'?' | b')' | b']'
        )
}

/// Every quotation in `text`, in order, non-overlapping; and apart, the nicknames quoted inside
/// names (`Marcia "Cia" Price`, see [`nickname`]), which are no quotations.
pub(crate) fn scan(text: &str) -> (Vec<Quote>, Vec<Span>) {
    let b = text.as_bytes();
    let mut out = Vec::new();
    let mut nicknames = Vec::new();
    // The open quotation: where its opening mark starts.
    let mut open: Option<usize> = None;
    // The open quotation opened with a straight or doubled mark, and a curly quotation is open
    // inside it (`"it is about “equal justice” now."`).
    let mut straight = false;
    let mut nested = false;
    let mut group = 0usize;
    // Where in `out` the open group's continuation paragraphs start (when it has any), and
    // whether its first quotation had words before it on its line (a tag, most often).
    let mut continued_from: Option<usize> = None;
    let mut introduced = false;
    // Where the current line starts, and how far along it a letter has been looked for
    // (`letter_seen`: one was found), so that a line of many quotations is read once.
    let mut line_start = 0;
    let mut letters_read = 0;
    let mut letter_seen = false;
    // The group of the open quotation continues an earlier paragraph's.
    let mut interesting = Interesting::new(b);
    let mut i = 0;
    while i < b.len() {
        if !INTERESTING[b[i] as usize] {
            i = interesting.next(i);
            continue;
        }
        if b[i] == b'\n' {
            // Skip the white space after the break; a second line break makes it a paragraph.
            // A line longer than hard-wrapped text has is a paragraph of its own (text with one
            // paragraph a line): its break ends an open quotation as a blank line does.
            let (k, second) = past_break(b, i);
            let blank = second || i - line_start > WRAPPED_LINE;
            line_start = k;
            (letters_read, letter_seen) = (k, false);
            if let Some(start) = open {
                let para_end = trim_end(b, i);
                // A quotation left open inside a parenthesis (`(Forbes says it tracks ''family
                // fortunes.')`) is a stray mark's, not the first part of a long quotation.
                let inside = &b[start..para_end.max(start)];
                let parenthetical = inside.contains(&b')') && !inside.contains(&b'(');
                if k < b.len()
                    && !parenthetical
                    && matches!(mark_at(b, k), Some((Mark::Open | Mark::Either, _)))
                {
                    // The next paragraph (or line) reopens: the same quotation continues.
                    out.push(Quote {
                        span: Span::new(start, para_end.max(start)),
                        group,
                        closed: false,
                    });
                    continued_from.get_or_insert(out.len());
                    let (m, n) = mark_at(b, k).unwrap_or((Mark::Open, 1));
                    open = Some(k);
                    straight = m == Mark::Either;
                    nested = false;
                    i = k + n;
                    continue;
                }
                if blank || parenthetical {
                    out.push(Quote {
                        span: Span::new(start, para_end.max(start)),
                        group,
                        closed: false,
                    });
                    open = None;
                    nested = false;
                    group += 1;
                    continued_from = None;
                }
            }
            i = k;
            continue;
        }
        let Some((mark, n)) = mark_at(b, i) else {
            i += 1;
            continue;
        };
        let (before, after) = (space_before(b, i), space_after(b, i + n));
        match (open, mark) {
            (None, Mark::Close) | (None, Mark::Either) if !before && after => {
                // A stray closing mark (or inches): no quotation.
            }
            (None, _) => {
                open = Some(i);
                straight = mark == Mark::Either;
                continued_from = None;
                letter_seen = letter_seen || b[letters_read..i].iter().any(u8::is_ascii_alphabetic);
                letters_read = i;
                introduced = letter_seen;
            }
            // Curly marks inside a straight quotation nest in it.
            (Some(_), Mark::Open) if straight && !nested && before => nested = true,
            (Some(_), Mark::Close) if nested => nested = false,
            // `said: "Matt had a small operation. "It's a tiny piece of work …"`: a straight mark
            // that opens a sentence after the open quotation's last one reopens it (paragraphs
            // of a long quotation run together on one line), the same quotation.
            // (After anything else, `said: "Freddie …` with a quotation still open, it opens a
            // new one: the first was never closed.)
            // (That one ends with the last sentence before the tag of the new one: `"Of course
            // he'll learn. Wenger said: "…`.)
            (Some(start), Mark::Either) if before && !after && trim_end(b, i) > start + 1 => {
                let mut end = trim_end(b, i);
                let reopens = matches!(b[end - 1], b'.' | b'?' | b'!');
                if !reopens {
                    if let Some(stop) = (start + 1..end.saturating_sub(1))
                        .rev()
                        .find(|&k| matches!(b[k], b'.' | b'?' | b'!') && b[k + 1] == b' ')
                    {
                        end = stop + 1;
                    }
                }
                out.push(Quote {
                    span: Span::new(start, end),
                    group,
                    closed: false,
                });
                if !reopens {
                    group += 1;
                }
                open = Some(i);
                straight = true;
                nested = false;
            }
            // A curly quotation inside a curly one (`“… even when “your team” needs to be
            // held accountable. Otherwise …”`): the inner one closes and then the outer one.
            (Some(_), Mark::Open) if !straight && !nested && before && nests(b, i + n) => {
                nested = true;
            }
            (Some(start), Mark::Open) if before || !after => {
                // A new opening mark inside an open quotation: the first was never closed.
                out.push(Quote {
                    span: Span::new(start, trim_end(b, i)),
                    group,
                    closed: false,
                });
                group += 1;
                open = Some(i);
            }
            (Some(start), _) => {
                // A closing mark, or an opening one turned the wrong way: glued to the words
                // before it and followed by a space (`…here,“ said Clyburn`).
                // (A continuation paragraph that closes before a tag naming someone is another
                // speaker's, the first paragraph's quotation having been introduced by its own
                // tag and left open by mistake: `“It's a dog whistle,” Rep. Gwen Moore said. “If
                // indeed …` then `“I have been doing a lot of thinking …,” added Rep. Jim
                // Clyburn.`)
                if let Some(c) = continued_from.filter(|_| introduced && named_tag_after(b, i + n))
                {
                    group += 1;
                    for q in &mut out[c..] {
                        q.group = group;
                    }
                }
                let span = Span::new(start, i + n);
                // (A nickname, a quotation alone in its group, is no quotation and takes no
                // group.)
                if out.last().is_some_and(|q: &Quote| q.group == group) || !nickname(text, span) {
                    out.push(Quote {
                        span,
                        group,
                        closed: true,
                    });
                    group += 1;
                } else {
                    nicknames.push(span);
                }
                open = None;
                nested = false;
                continued_from = None;
            }
        }
        i += n;
    }
    if let Some(start) = open {
        out.push(Quote {
            span: Span::new(start, trim_end(b, b.len()).max(start)),
            group,
            closed: false,
        });
    }
    // (A text whose only double marks quote nicknames still quotes with double marks, for the
    // headings among single quotations.)
    let doubled = !(out.is_empty() && nicknames.is_empty());
    (with_single_quotes(b, out, doubled), nicknames)
}

/// True when the closed quotation at `span` is a nickname between a given name (or an initial)
/// and a surname, one space on each side: one to three capitalised words (`Marcia "Cia" Price`,
/// `Robert C. “Bobby” Scott`), not `called Ortiz "Reckless" Tuesday` (a day is no surname) or
/// `Netflix's "The Crown" Star` (a possessive is no given name).
fn nickname(text: &str, span: Span) -> bool {
    // (Words of a name are short: the text around is read no further than this, so a line of
    // quotations with no space between is read once.)
    const REACH: usize = 40;
    if span.len() > REACH {
        return false;
    }
    let marks = |c: char| matches!(c, '"' | '\'' | '\u{201C}' | '\u{201D}');
    let inner = text[span.range()].trim_matches(marks);
    let near_before =
        &text[super::tag::ceil_char(text, span.start.saturating_sub(REACH))..span.start];
    let near_after =
        &text[span.end..super::tag::floor_char(text, (span.end + REACH).min(text.len()))];
    let (Some(before), Some(after)) = (near_before.strip_suffix(' '), near_after.strip_prefix(' '))
    else {
        return false;
    };
    // (The nickname first: most quotations are longer, or not capitalised.)
    if inner.is_empty()
        || inner.split(' ').count() > 3
        || !inner.split(' ').all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '.' | '\''))
        })
    {
        return false;
    }
    let given = before.rsplit([' ', '\n']).next().unwrap_or("");
    // (A word cut by the reach is no given name: the whole of it starts after a space.)
    if !(before.len() > given.len() || span.start <= REACH)
        || !(super::tag::given_name(given) || super::tag::is_initial(given))
    {
        return false;
    }
    let word = after
        .split(|c: char| !(c.is_alphabetic() || matches!(c, '-' | '\'' | '\u{2019}')))
        .next()
        .unwrap_or("");
    let surname: String = super::tag::strip_possessives(word)
        .chars()
        .filter(|c| !matches!(c, '\'' | '\u{2019}'))
        .collect();
    super::tag::given_name(&surname)
}

/// `doubles` with the single-quoted quotations of `b` among them, groups renumbered in order.
/// A single mark is most often an apostrophe, so only a clear quotation counts: one that opens a
/// sentence or a clause (at a paragraph's start, or after ". ", "? ", "! ", ": " or ", ") before
/// a letter, and closes right after a full stop, a comma, a question or an exclamation mark,
/// before white space or the end, in the same paragraph, with no double mark between and outside
/// any double quotation (British style: `'It is too early to say,' she said. 'We will not
/// speculate.'`); not a line of its own in a text that quotes with double marks, `doubled` (a
/// heading).
/// "Rock 'n' roll", "the nurses' union", "'90s" hold none.
fn with_single_quotes(b: &[u8], doubles: Vec<Quote>, doubled: bool) -> Vec<Quote> {
    let mut singles = Vec::new();
    let mut i = 0;
    let mut d = 0;
    while let Some(k) = memchr::memchr2(b'\'', 0xE2, &b[i..]) {
        let at = i + k;
        i = at + 1;
        let n = match b[at] {
            b'\'' => 1,
            _ if b.get(at + 1) == Some(&0x80) && b.get(at + 2) == Some(&0x98) => 3,
            _ => continue,
        };
        // (Most marks are apostrophes inside a word: "it's".)
        if at > 0 && !b[at - 1].is_ascii_whitespace() {
            continue;
        }
        // (Inside a double quotation a single one is nested: left to it.)
        while d < doubles.len() && doubles[d].span.end <= at {
            d += 1;
        }
        if doubles.get(d).is_some_and(|q| q.span.start <= at) {
            continue;
        }
        if !b.get(at + n).is_some_and(u8::is_ascii_alphabetic) || !opens_clause(b, at) {
            continue;
        }
        let Some(end) = single_close(b, at + n) else {
            continue;
        };
        if doubles.get(d).is_some_and(|q| q.span.start < end) {
            continue;
        }
        // (A line of its own in a text that quotes with double marks is a heading in the
        // house style of headlines: "'Legend in the Coal Fields.'" between paragraphs.)
        // (The line's end is looked for only for a quotation that opens its line: each line
        // is read once, not once for every quotation on it.)
        let heading = || {
            let line_end = memchr::memchr(b'\n', &b[end..]).map_or(b.len(), |k| end + k);
            trim_end(b, line_end) == end
        };
        if doubled && opens_line(b, at) && heading() {
            continue;
        }
        singles.push(Span::new(at, end));
        i = end;
    }
    if singles.is_empty() {
        return doubles;
    }
    // Merged in order; a double quotation's group stays one, a single quotation is its own.
    let mut out = Vec::with_capacity(doubles.len() + singles.len());
    let (mut a, mut s) = (
        doubles.into_iter().peekable(),
        singles.into_iter().peekable(),
    );
    let mut group = 0;
    let mut last: Option<usize> = None;
    loop {
        let double_first = match (a.peek(), s.peek()) {
            (Some(q), Some(span)) => q.span.start < span.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if double_first {
            let q = a.next().expect("peeked");
            if last.is_some_and(|g| g != q.group) {
                group += 1;
            }
            last = Some(q.group);
            out.push(Quote { group, ..q });
        } else {
            let span = s.next().expect("peeked");
            if last.is_some() {
                group += 1;
            }
            last = Some(usize::MAX);
            out.push(Quote {
                span,
                group,
                closed: true,
            });
        }
    }
    out
}

/// True when only white space stands between the start of `at`'s line and `at`.
fn opens_line(b: &[u8], at: usize) -> bool {
    let before = &b[..at];
    let trimmed = trim_end(before, before.len());
    trimmed == 0 || before[trimmed..].contains(&b'\n')
}

/// True when the single mark at `at` opens a sentence or a clause: at the start of the text or
/// of a line, or after ". ", "? ", "! ", ": ", ", " or a dash and a space.
fn opens_clause(b: &[u8], at: usize) -> bool {
    if opens_line(b, at) {
        return true;
    }
    let trimmed = trim_end(b, at);
    trimmed < at
        && (matches!(b[trimmed - 1], b'.' | b'?' | b'!' | b':' | b',')
            || trimmed >= 3
                && b[trimmed - 3] == 0xE2
                && b[trimmed - 2] == 0x80
                && matches!(b[trimmed - 1], 0x93 | 0x94))
}

/// Where the single quotation opened before `from` closes (one past its mark): the first single
/// closing mark right after ".", ",", "?" or "!", before white space or the end, within
/// [`SINGLE_REACH`] bytes and its paragraph, with no double mark before it.
fn single_close(b: &[u8], from: usize) -> Option<usize> {
    let hi = b.len().min(from + SINGLE_REACH);
    let mut j = from;
    while j < hi {
        match b[j] {
            b'"' => return None,
            b'\n' if past_break(b, j).1 => return None,
            b'\''
                if j > from
                    && matches!(b[j - 1], b'.' | b',' | b'?' | b'!')
                    && space_after(b, j + 1)
                    && !b.get(j + 1).is_some_and(|&c| c == b'.' || c == b',') =>
            {
                return Some(j + 1);
            }
            0xE2 if b.get(j + 1) == Some(&0x80) => match b.get(j + 2) {
                Some(0x9C..=0x9E) => return None,
                Some(0x99)
                    if matches!(b[j - 1], b'.' | b',' | b'?' | b'!') && space_after(b, j + 3) =>
                {
                    return Some(j + 3);
                }
                _ => {}
            },
            _ => {}
        }
        j += 1;
    }
    None
}

/// Most bytes a single quotation runs (a few sentences).
const SINGLE_REACH: usize = 600;

/// The longest line (bytes) taken for hard-wrapped text, whose line breaks keep a quotation open.
const WRAPPED_LINE: usize = 200;

/// Verbs of a tag right after a closing mark, for [`named_tag_after`].
const TAG_VERBS: &[&str] = &[
    "added",
    "adds",
    "argued",
    "asked",
    "continued",
    "explained",
    "insisted",
    "noted",
    "replied",
    "said",
    "says",
    "told",
    "wrote",
];

/// True when the text at `j` (after a closing mark) is a tag naming someone: `, added Rep. Jim
/// Clyburn`, ` Smith said` (not a pronoun: `, he said`).
fn named_tag_after(b: &[u8], j: usize) -> bool {
    let rest = &b[j..b.len().min(j + 80)];
    let Ok(rest) =
        std::str::from_utf8(rest).or_else(|e| std::str::from_utf8(&rest[..e.valid_up_to()]))
    else {
        return false;
    };
    let words: Vec<&str> = rest
        .trim_start_matches([',', ' '])
        .split(' ')
        .take(6)
        .map(|w| w.trim_end_matches([',', '.']))
        .collect();
    let name = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && !matches!(w, "He" | "She" | "They" | "It" | "I" | "We" | "The")
    };
    let verb = |w: &str| TAG_VERBS.contains(&w);
    match words.as_slice() {
        [v, n, ..] if verb(v) => name(n),
        [first, ..] if name(first) => words.iter().skip(1).take(4).any(|w| verb(w)),
        _ => false,
    }
}

/// True when a curly opening mark ending at `j`, inside an open curly quotation, opens a nested
/// one: the next quotation mark closes, and so does the one after it (or the paragraph ends and
/// the next one reopens, the outer quotation going on). Otherwise (`“It was late. Then “Yes,”
/// he said.`, or another opening mark next) the open quotation was never closed.
fn nests(b: &[u8], j: usize) -> bool {
    let end = b.len().min(j + NESTED_REACH);
    let mut closes = 0;
    let mut k = j;
    let mut interesting = Interesting::new(&b[..end]);
    while k < end {
        k = interesting.next(k);
        if k >= end {
            break;
        }
        if b[k] == b'\n' {
            // A blank line: the paragraph ends.
            let (m, blank) = past_break(b, k);
            if blank {
                return closes == 1
                    && m < b.len()
                    && matches!(mark_at(b, m), Some((Mark::Open | Mark::Either, _)));
            }
            k = m;
            continue;
        }
        match mark_at(b, k) {
            Some((Mark::Close, n)) => {
                closes += 1;
                if closes == 2 {
                    return true;
                }
                k += n;
            }
            Some(_) => return false,
            None => k += 1,
        }
    }
    false
}

/// The first byte after the white space that follows the line break at `i`, and whether that
/// white space holds another line break (a blank line: the paragraph ends).
fn past_break(b: &[u8], i: usize) -> (usize, bool) {
    let mut k = i + 1;
    let mut blank = false;
    while k < b.len() && b[k].is_ascii_whitespace() {
        blank |= b[k] == b'\n';
        k += 1;
    }
    (k, blank)
}

/// How far ahead (bytes) [`nests`] looks for the two closing marks.
const NESTED_REACH: usize = 2000;

/// `end` moved back over white space.
fn trim_end(b: &[u8], mut end: usize) -> usize {
    while end > 0 && b[end - 1].is_ascii_whitespace() {
        end -= 1;
    }
    end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<(&str, usize, bool)> {
        scan(text)
            .0
            .into_iter()
            .map(|q| (&text[q.span.range()], q.group, q.closed))
            .collect()
    }

    #[test]
    fn the_next_interesting_byte_is_the_first_that_may_start_a_mark() {
        // A byte-by-byte reading: a double mark, a line break, a curly mark's lead byte, or the
        // first of two straight single marks.
        let naive = |b: &[u8], i: usize| {
            (i..b.len())
                .find(|&k| {
                    matches!(b[k], b'"' | b'\n' | 0xE2)
                        || (b[k] == b'\'' && b.get(k + 1) == Some(&b'\''))
                })
                .unwrap_or(b.len())
        };
        for text in [
            "",
            "''",
            "It's ''late,'' he said.\nThe '90s' ''' end \u{201C}here\u{201D}.",
            "no marks at all in this line, only words and apostrophes' ends",
            "a'b''c'''d\"e''",
        ] {
            let b = text.as_bytes();
            let mut interesting = Interesting::new(b);
            for i in 0..=b.len() {
                assert_eq!(interesting.next(i), naive(b, i), "{text:?} at {i}");
            }
            // (Asked with positions skipped, as the scan skips a mark's bytes.)
            let mut interesting = Interesting::new(b);
            for i in (0..=b.len()).step_by(3) {
                assert_eq!(interesting.next(i), naive(b, i), "{text:?} at {i}");
            }
        }
    }

    #[test]
    fn single_quotation_marks_quote_a_clause_apostrophes_do_not() {
        let text = "Ortiz said the ferry was late. 'It is too early to say,' she said. 'We will \
                    not speculate. The inquiry starts on Monday.'";
        assert_eq!(
            quotes(text),
            [
                ("'It is too early to say,'", 0, true),
                (
                    "'We will not speculate. The inquiry starts on Monday.'",
                    1,
                    true
                )
            ]
        );
        let curly = "\u{2018}It is too early,\u{2019} she said.";
        assert_eq!(
            quotes(curly),
            [("\u{2018}It is too early,\u{2019}", 0, true)]
        );
        // Apostrophes: a plural's possessive, an elision, a decade; a single quotation inside a
        // double one is left to it.
        for text in [
            "The nurses' union said rock 'n' roll was back.",
            "It's the '90s again, Ortiz said.",
            "Ortiz said: 'no' was the answer.",
        ] {
            assert_eq!(quotes(text), [], "{text}");
        }
        let nested = "\"She told me, 'We are done.' Then she left,\" Ortiz said.";
        assert_eq!(quotes(nested).len(), 1);
        // Groups stay in order around it.
        let text = "\"It was late,\" Ann said. 'Very late,' Tom said. \"Yes.\"";
        assert_eq!(
            quotes(text).iter().map(|&(_, g, _)| g).collect::<Vec<_>>(),
            [0, 1, 2]
        );
    }

    #[test]
    fn a_continuation_closed_before_another_name_is_a_new_group() {
        let text = "“It was late,” Ann Brooks said. “Very late.\n\n“I agree,” added Tom Ellis.";
        assert_eq!(
            quotes(text),
            [
                ("“It was late,”", 0, true),
                ("“Very late.", 1, false),
                ("“I agree,”", 2, true)
            ]
        );
        // (Not before a pronoun's tag, nor when the first paragraph opens with the quotation.)
        let text = "“It was late,” Ann Brooks said. “Very late.\n\n“I agree,” she added.";
        assert_eq!(quotes(text)[2].1, 1);
        let text = "“Very late.\n\n“I agree,” added Tom Ellis.";
        assert_eq!(quotes(text)[1].1, 0);
    }

    #[test]
    fn a_quotation_left_open_inside_a_parenthesis_does_not_run_on() {
        let text =
            "(The board says it counts ''late runs.'.')\n\n''Nine of ten ran late,'' Ortiz said.";
        assert_eq!(
            quotes(text),
            [
                ("''late runs.'.')", 0, false),
                ("''Nine of ten ran late,''", 1, true)
            ]
        );
        // Look-alike: a quotation left open at the end of its paragraph and reopened at the
        // start of the next runs on (one group).
        let text = "''The ferries ran late.\n\n''Nine of ten did,'' Ortiz said.";
        assert_eq!(
            quotes(text),
            [
                ("''The ferries ran late.", 0, false),
                ("''Nine of ten did,''", 0, true)
            ]
        );
    }

    #[test]
    fn curly_straight_and_doubled_apostrophes() {
        assert_eq!(
            quotes("He said “yes.” She said \"no.\" They said ''maybe.''"),
            [
                ("“yes.”", 0, true),
                ("\"no.\"", 1, true),
                ("''maybe.''", 2, true)
            ]
        );
    }

    #[test]
    fn an_opening_mark_turned_the_wrong_way_closes() {
        assert_eq!(
            quotes("\u{201C}It could create real problems here,\u{201C} said Clyburn. \u{201C}Yes.\u{201D}"),
            [
                ("\u{201C}It could create real problems here,\u{201C}", 0, true),
                ("\u{201C}Yes.\u{201D}", 1, true)
            ]
        );
        // An opening mark after a space opens: one nested in an open quotation, which closes
        // after it …
        let text = "He said \u{201C}it is about \u{201C}equal justice\u{201D} now.\u{201D}";
        assert_eq!(quotes(text), [(&text[8..], 0, true)]);
        // … or a new one, when the quotation open before it was never closed.
        assert_eq!(
            quotes("He said \u{201C}it is over. Then \u{201C}justice,\u{201D} she said."),
            [
                ("\u{201C}it is over. Then", 0, false),
                ("\u{201C}justice,\u{201D}", 1, true)
            ]
        );
    }

    #[test]
    fn curly_marks_nest_inside_a_straight_quotation() {
        assert_eq!(
            quotes("He said \"it is about \u{201C}equal justice\u{201D} now.\" Then."),
            [(
                "\"it is about \u{201C}equal justice\u{201D} now.\"",
                0,
                true
            )]
        );
        // Over paragraphs, too: the quotation left open goes on in the next one.
        assert_eq!(
            quotes("\"It is about \u{201C}justice\u{201D} now.\n\n\"It is more.\""),
            [
                ("\"It is about \u{201C}justice\u{201D} now.", 0, false),
                ("\"It is more.\"", 0, true)
            ]
        );
        // A curly quotation after a closed straight one is its own.
        assert_eq!(
            quotes("\"Yes,\" he said. \u{201C}No.\u{201D}"),
            [("\"Yes,\"", 0, true), ("\u{201C}No.\u{201D}", 1, true)]
        );
    }

    #[test]
    fn curly_marks_nest_inside_a_curly_quotation() {
        let text = "Zornick wrote, \u{201C}You must care even when \u{201C}your team\u{201D} is \
                    accountable. Otherwise it rings hollow.\u{201D} Next.";
        let q = quotes(text);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.ends_with("hollow.\u{201D}") && q[0].2, "{q:?}");
        // Over paragraphs: the inner one closes, the outer one goes on in the next paragraph.
        let text =
            "He said \u{201C}it is \u{201C}justice\u{201D} now.\n\n\u{201C}And more.\u{201D}";
        let q = quotes(text);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!((q[0].1, q[1].1), (0, 0), "{q:?}");
        // Look-alike: a second opening mark with one closing mark after it starts a new one.
        let text = "\u{201C}It was late. Then \u{201C}Yes,\u{201D} he said. \u{201C}No.\u{201D}";
        assert_eq!(quotes(text).len(), 3);
    }

    #[test]
    fn apostrophes_and_inches_are_not_quotes() {
        assert!(quotes("It's Kirby's view; he is 6' 2\" tall.").is_empty());
    }

    #[test]
    fn multi_paragraph_quote_is_one_group() {
        let t = "He said: “First part.\n\n“Second part.”\n\nAfter.";
        assert_eq!(
            quotes(t),
            [("“First part.", 0, false), ("“Second part.”", 0, true)]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let t = "He said \"oops.\n\nNot quoted \"but this.\"";
        assert_eq!(
            quotes(t),
            [("\"oops.", 0, false), ("\"but this.\"", 1, true)]
        );
    }

    #[test]
    fn an_unclosed_quote_ends_with_a_long_line() {
        // One paragraph a line: the break after a long line is a paragraph's end.
        let long = "word ".repeat(50);
        let t = format!("More from the report: \"{long}\nNext paragraph, no quotation.");
        let q = quotes(&t);
        assert_eq!(q.len(), 1);
        assert!(!q[0].0.contains("Next"), "{q:?}");
        // A short line is hard-wrapped text: the quotation runs on.
        let t = "He said \"this runs\nover a line and on.\nAnd on.";
        assert!(quotes(t)[0].0.ends_with("And on."));
    }

    #[test]
    fn a_nickname_inside_a_name_is_no_quotation_and_takes_no_group() {
        let text =
            "\"It is late,\" said Marcia \"Cia\" Price. Rep. Robert C. \u{201c}Bobby\u{201d} \
                    Scott agreed. Antonio \"LA\" Reid's label said \"no.\"";
        let (q, nicknames) = scan(text);
        let taken: Vec<&str> = nicknames.iter().map(|s| &text[s.range()]).collect();
        assert_eq!(taken, ["\"Cia\"", "\u{201c}Bobby\u{201d}", "\"LA\""]);
        let kept: Vec<(&str, usize)> = q.iter().map(|q| (&text[q.span.range()], q.group)).collect();
        assert_eq!(kept, [("\"It is late,\"", 0), ("\"no.\"", 1)]);
        // At the start of the text too.
        let text = "Marcia \"Cia\" Price said so.";
        assert_eq!(scan(text).1.len(), 1);
        // Look-alikes: a day is no surname, a possessive or a lower-case word no given name, a
        // quotation with a comma or of four words no nickname.
        for text in [
            "The mayor called Ortiz \"Reckless\" Tuesday.",
            "Netflix's \"The Crown\" Star Claire Foy arrived.",
            "The show called \"Sunday Best\" Reid said was cancelled.",
            "Ask Ann \"Why, Then,\" Price said.",
            "Then Ann \"Could Not Say Why\" Price said.",
        ] {
            let (q, nicknames) = scan(text);
            assert_eq!((q.len(), nicknames.len()), (1, 0), "{text}");
        }
    }

    #[test]
    fn hard_wrapped_quote_stays_open() {
        let t = "He said \"this runs\nover a line.\" Then.";
        assert_eq!(quotes(t), [("\"this runs\nover a line.\"", 0, true)]);
    }
}
