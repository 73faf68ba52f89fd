//! What an editor sees of one quote beside the findings: its aligned units and the glossary terms on
//! both sides. Built by the checks stage (which has segmented and aligned the quote anyway) when a
//! reporter asks for it; drawn by the HTML reporter. Spans are UTF-8 byte offsets, end exclusive.

use crate::align::Link;
use crate::glossary::Kind;
use crate::span::{En, Span, Zh};

/// One quote, segmented, aligned and with its glossary terms located.
#[derive(Debug, Clone)]
pub struct QuoteView {
    /// The quote id.
    pub quote: String,
    /// Chinese clauses.
    pub zh_units: Vec<Span<Zh>>,
    /// English sentences.
    pub en_units: Vec<Span<En>>,
    /// Which units render which, in order; every unit is in exactly one link.
    pub links: Vec<Link>,
    /// Glossary terms found in the Chinese, with where the English renders them.
    pub terms: Vec<TermMark>,
}

/// A glossary term in a quote.
#[derive(Debug, Clone)]
pub struct TermMark {
    /// Where the term stands in the Chinese.
    pub zh: Span<Zh>,
    /// The term as the glossary writes it.
    pub term: String,
    /// The glossary's preferred English.
    pub preferred: String,
    pub kind: Kind,
    /// Renderings of the term in the aligned English: accepted ones and forbidden ones.
    pub en: Vec<EnMark>,
}

/// A rendering of a glossary term in the English.
#[derive(Debug, Clone)]
pub struct EnMark {
    pub span: Span<En>,
    /// The rendering is one the glossary forbids.
    pub forbidden: bool,
}
