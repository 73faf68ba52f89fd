//! Byte spans into Chinese or English text. A `Span<Zh>` cannot be used to slice English text by
//! mistake: the language is part of the type. Offsets are UTF-8 bytes, end exclusive.

use std::fmt;
use std::marker::PhantomData;

use serde::{Deserialize, Serialize};

/// Marker for spans into Chinese text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Zh;
/// Marker for spans into English text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct En;

/// A byte range `start..end` in a text of language `L`.
#[derive(Serialize, Deserialize)]
#[serde(bound = "")]
pub struct Span<L> {
    pub start: usize,
    pub end: usize,
    #[serde(skip)]
    lang: PhantomData<L>,
}

impl<L> Span<L> {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end, lang: PhantomData }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers. Returns "" for a span that does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: &Span<L>) -> Span<L> {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

// Manual impls: derives would demand `L: Clone` etc. of the marker types.
impl<L> Clone for Span<L> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<L> Copy for Span<L> {}
impl<L> PartialEq for Span<L> {
    fn eq(&self, o: &Self) -> bool {
        (self.start, self.end) == (o.start, o.end)
    }
}
impl<L> Eq for Span<L> {}
impl<L> PartialOrd for Span<L> {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl<L> Ord for Span<L> {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.start, self.end).cmp(&(o.start, o.end))
    }
}
impl<L> std::hash::Hash for Span<L> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.start, self.end).hash(h);
    }
}
impl<L> fmt::Debug for Span<L> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}
