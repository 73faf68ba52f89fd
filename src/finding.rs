//! The one finding type every check emits: a rule, a severity, where (byte spans in the quote's
//! Chinese and English), what was expected and found, and the fix.

use serde::{Deserialize, Serialize};

use crate::span::{En, Span, Zh};

/// A rule's stable id (kebab-case on the wire).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    TermForbidden,
    TermMissing,
    TitleForbidden,
    TitleMismatch,
    TermDrift,
    TitleDrift,
    NumberMismatch,
    Omission,
    Addition,
    CitationNoFootnote,
    CitationUnbalancedQuotes,
    CitationUncitedFootnote,
    ProseForbidden,
    ProseDrift,
    RepeatedWord,
}

impl Rule {
    /// Every rule, in a stable order.
    pub const ALL: [Rule; 15] = [
        Rule::TermForbidden,
        Rule::TermMissing,
        Rule::TitleForbidden,
        Rule::TitleMismatch,
        Rule::TermDrift,
        Rule::TitleDrift,
        Rule::NumberMismatch,
        Rule::Omission,
        Rule::Addition,
        Rule::CitationNoFootnote,
        Rule::CitationUnbalancedQuotes,
        Rule::CitationUncitedFootnote,
        Rule::ProseForbidden,
        Rule::ProseDrift,
        Rule::RepeatedWord,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Rule::TermForbidden => "term-forbidden",
            Rule::TermMissing => "term-missing",
            Rule::TitleForbidden => "title-forbidden",
            Rule::TitleMismatch => "title-mismatch",
            Rule::TermDrift => "term-drift",
            Rule::TitleDrift => "title-drift",
            Rule::NumberMismatch => "number-mismatch",
            Rule::Omission => "omission",
            Rule::Addition => "addition",
            Rule::CitationNoFootnote => "citation-no-footnote",
            Rule::CitationUnbalancedQuotes => "citation-unbalanced-quotes",
            Rule::CitationUncitedFootnote => "citation-uncited-footnote",
            Rule::ProseForbidden => "prose-forbidden",
            Rule::ProseDrift => "prose-drift",
            Rule::RepeatedWord => "repeated-word",
        }
    }

    pub fn from_id(id: &str) -> Option<Rule> {
        Rule::ALL.into_iter().find(|r| r.id() == id)
    }
}

impl std::fmt::Display for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
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

impl std::fmt::Display for Severity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// One rendering of a term or title somewhere in the corpus (for drift).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Rendering {
    /// The English as written.
    pub en: String,
    /// Where: a quote id, or `article:line` for a gloss, with what kind of place it is.
    pub at: String,
    /// How it differs from the first rendering, word by word (`[-old-]{+new+}`); empty for the first.
    pub diff: String,
}

/// A problem found in a quote (or across the corpus).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    /// The quote id (for corpus findings, the first quote or place involved).
    pub quote: String,
    pub message: String,
    /// Byte span in the quote's Chinese.
    pub zh: Option<Span<Zh>>,
    /// Byte span in the quote's English.
    pub en: Option<Span<En>>,
    /// Accepted renderings.
    pub expected: Vec<String>,
    /// What the text has instead.
    pub found: Option<String>,
    /// The fix, when there is one.
    pub suggestion: Option<String>,
    /// The Chinese term or title concerned, if any (what `accept:` entries name).
    pub term: Option<String>,
    /// For drift: every rendering and where it occurs.
    pub renderings: Vec<Rendering>,
}

impl Finding {
    pub fn new(rule: Rule, severity: Severity, quote: &str, message: String) -> Self {
        Finding {
            rule,
            severity,
            quote: quote.to_string(),
            message,
            zh: None,
            en: None,
            expected: Vec::new(),
            found: None,
            suggestion: None,
            term: None,
            renderings: Vec::new(),
        }
    }

    /// The order findings are reported in: (quote, zh start, en start, rule, message), where a place
    /// written `article:line` sorts by article, then line as a number.
    pub fn sort_key(&self) -> ((String, usize), usize, usize, Rule, String) {
        let place = match self.quote.rsplit_once(':') {
            Some((article, line)) if line.bytes().all(|b| b.is_ascii_digit()) && !line.is_empty() => {
                (article.to_string(), line.parse().unwrap_or(usize::MAX))
            }
            _ => (self.quote.clone(), 0),
        };
        (
            place,
            self.zh.map_or(usize::MAX, |s| s.start),
            self.en.map_or(usize::MAX, |s| s.start),
            self.rule,
            self.message.clone(),
        )
    }
}
