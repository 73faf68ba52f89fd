//! The one diagnostic type every check emits: a rule, a severity, a message, and annotations — each a
//! typed [`Place`] with an optional byte span and a label — plus what was expected and found and the
//! fix. A bilingual finding has an annotation on each side; a drift finding has one per rendering,
//! with its word diff against the first rendering as data ([`DiffOp`]s).

use serde::{Deserialize, Serialize};

use crate::place::{Place, Side};
use crate::span::{En, Span, Zh};

/// Defines [`Rule`] once: its variants, their stable ids, and the list of all of them.
macro_rules! rules {
    ($($variant:ident => $id:literal,)*) => {
        /// A rule's stable id (kebab-case on the wire).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Rule {
            $($variant,)*
        }

        impl Rule {
            /// Every rule, in a stable order.
            pub const ALL: &'static [Rule] = &[$(Rule::$variant,)*];

            /// The rule's id, as users write it (`term-forbidden`).
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$variant => $id,)*
                }
            }
        }
    };
}

rules! {
    TermForbidden => "term-forbidden",
    TermMissing => "term-missing",
    TitleForbidden => "title-forbidden",
    TitleMismatch => "title-mismatch",
    TermDrift => "term-drift",
    TitleDrift => "title-drift",
    NumberMismatch => "number-mismatch",
    Omission => "omission",
    Addition => "addition",
    CitationNoFootnote => "citation-no-footnote",
    CitationUnbalancedQuotes => "citation-unbalanced-quotes",
    CitationUncitedFootnote => "citation-uncited-footnote",
    ProseForbidden => "prose-forbidden",
    ProseDrift => "prose-drift",
    RepeatedWord => "repeated-word",
}

impl Rule {
    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

impl Serialize for Rule {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let id = String::deserialize(d)?;
        Rule::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
            serde::de::Error::custom(format!("unknown rule `{id}`; the rules are: {}", known.join(", ")))
        })
    }
}

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn name(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    pub fn from_name(name: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error].into_iter().find(|s| s.name() == name)
    }
}

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// One step of a word diff.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(tag = "op", content = "text", rename_all = "lowercase")]
pub enum DiffOp {
    Equal(String),
    Delete(String),
    Insert(String),
}

/// A byte range into the text of an annotation's place (UTF-8, end exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ByteSpan {
    pub start: usize,
    pub end: usize,
}

impl ByteSpan {
    pub fn new(start: usize, end: usize) -> Self {
        ByteSpan { start, end }
    }

    /// The text this span covers, or `None` if it does not fit `text`.
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// A place a finding points at, with what is there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Annotation {
    pub place: Place,
    /// Where in the place's text, when known.
    pub span: Option<ByteSpan>,
    /// What to say at the place (a drift finding: the rendering found there).
    pub label: Option<String>,
    /// For drift: how this rendering differs from the first, word by word (empty for the first).
    pub diff: Vec<DiffOp>,
}

impl Annotation {
    pub fn new(place: Place) -> Self {
        Annotation { place, span: None, label: None, diff: Vec::new() }
    }

    /// A span in a quote's Chinese.
    pub fn zh(quote: &str, span: Span<Zh>) -> Self {
        Annotation::new(Place::Quote { id: quote.to_string(), side: Side::Zh })
            .with_span(span.start, span.end)
    }

    /// A span in a quote's English.
    pub fn en(quote: &str, span: Span<En>) -> Self {
        Annotation::new(Place::Quote { id: quote.to_string(), side: Side::En })
            .with_span(span.start, span.end)
    }

    /// A span of an article's line.
    pub fn article(file: &str, article: &str, line: usize, start: usize, end: usize) -> Self {
        Annotation::new(Place::Article { file: file.to_string(), article: article.to_string(), line })
            .with_span(start, end)
    }

    pub fn with_span(mut self, start: usize, end: usize) -> Self {
        self.span = Some(ByteSpan::new(start, end));
        self
    }

    pub fn with_label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }
}

/// A problem found in a quote, an article, a file, or across the corpus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub message: String,
    /// Where: never empty; the first is the primary place.
    pub annotations: Vec<Annotation>,
    /// Accepted renderings.
    pub expected: Vec<String>,
    /// What the text has instead.
    pub found: Option<String>,
    /// The fix, when there is one.
    pub suggestion: Option<String>,
    /// The Chinese term or title concerned, if any (what `accept:` entries name).
    pub term: Option<String>,
    /// Further remarks.
    pub notes: Vec<String>,
}

impl Finding {
    /// A finding at `place`.
    pub fn new(rule: Rule, severity: Severity, place: Annotation, message: String) -> Self {
        Finding {
            rule,
            severity,
            message,
            annotations: vec![place],
            expected: Vec::new(),
            found: None,
            suggestion: None,
            term: None,
            notes: Vec::new(),
        }
    }

    /// A finding about a quote: its Chinese span and/or its English span (at least one).
    pub fn in_quote(
        rule: Rule,
        severity: Severity,
        quote: &str,
        zh: Option<Span<Zh>>,
        en: Option<Span<En>>,
        message: String,
    ) -> Self {
        let mut annotations: Vec<Annotation> = Vec::new();
        annotations.extend(zh.map(|s| Annotation::zh(quote, s)));
        annotations.extend(en.map(|s| Annotation::en(quote, s)));
        if annotations.is_empty() {
            annotations.push(Annotation::new(Place::Quote { id: quote.to_string(), side: Side::Zh }));
        }
        let mut f = Finding::new(rule, severity, annotations.remove(0), message);
        f.annotations.extend(annotations);
        f
    }

    /// The primary place.
    pub fn primary(&self) -> &Annotation {
        &self.annotations[0]
    }

    /// The quote of the primary place, if it is in a quote.
    pub fn quote(&self) -> Option<&str> {
        self.primary().place.quote()
    }

    /// Every quote the finding names.
    pub fn quotes(&self) -> impl Iterator<Item = &str> {
        self.annotations.iter().filter_map(|a| a.place.quote())
    }

    /// The first span on `side` of the primary quote.
    pub fn span_on(&self, side: Side) -> Option<ByteSpan> {
        let quote = self.quote()?;
        self.annotations.iter().find_map(|a| match &a.place {
            Place::Quote { id, side: s } if id == quote && *s == side => a.span,
            _ => None,
        })
    }

    /// The order findings are reported in: (place, zh start, en start, rule, message).
    pub fn sort_key(&self) -> (String, usize, usize, usize, Rule, String) {
        let (owner, line) = self.primary().place.sort_key();
        (
            owner.to_string(),
            line,
            self.span_on(Side::Zh).map_or(usize::MAX, |s| s.start),
            self.span_on(Side::En).map_or(self.primary().span.map_or(usize::MAX, |s| s.start), |s| s.start),
            self.rule,
            self.message.clone(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_round_trip() {
        for &r in Rule::ALL {
            assert_eq!(Rule::from_id(r.id()), Some(r));
        }
        assert_eq!(serde_json::to_string(&Rule::TermDrift).unwrap(), "\"term-drift\"");
        let e = serde_json::from_str::<Rule>("\"term-drfit\"").unwrap_err().to_string();
        assert!(e.contains("unknown rule `term-drfit`"), "{e}");
    }

    #[test]
    fn a_quote_finding_has_both_sides() {
        let f = Finding::in_quote(
            Rule::TermMissing,
            Severity::Warning,
            "a#1",
            Some(Span::new(0, 6)),
            Some(Span::new(2, 9)),
            "m".into(),
        );
        assert_eq!(f.quote(), Some("a#1"));
        assert_eq!(f.span_on(Side::En), Some(ByteSpan::new(2, 9)));
        assert_eq!(f.annotations.len(), 2);
    }
}
