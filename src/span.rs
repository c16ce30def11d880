//! Byte spans into the original input.

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// A half-open range of byte offsets `[start, end)` into the text that was analyzed.
///
/// Every offset epistemic reports is a byte offset into the original input, so `&text[span]`
/// (via [`Span::range`]) is always the evidence shown to the user.
///
/// # Examples
///
/// ```
/// use epistemic::Span;
/// let text = "It may rain.";
/// let span = Span::new(3, 6);
/// assert_eq!(&text[span.range()], "may");
/// assert_eq!(span.len(), 3);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes, end exclusive).
    ///
    /// # Panics
    ///
    /// Panics when `start > end`.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// The span as a range, for slicing the input.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}
