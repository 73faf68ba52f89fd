//! Where a quote uses a glossary title, and how the English renders it — shared by the two title
//! checks.

use super::QuoteContext;
use super::context::quoted_spans;
use crate::glossary::{EnText, Kind, fold};
use crate::span::{En, Span, Zh};

/// One use of a glossary title in a quote.
pub struct TitleUse {
    pub entry: usize,
    pub zh: Option<Span<Zh>>,
    pub en: Option<Span<En>>,
    /// The English rendering found ("" when none).
    pub found: String,
    pub accepted: bool,
    pub forbidden: Option<usize>,
    pub in_citation: bool,
}

/// Normalises an English title for comparison: words' normal forms, in order.
pub fn title_key(s: &str) -> Vec<String> {
    EnText::new(s).words.into_iter().map(|w| w.norm).collect()
}

pub fn title_uses(cx: &QuoteContext<'_>) -> Vec<TitleUse> {
    let g = cx.glossary;
    let mut out = Vec::new();
    // The citation.
    let c = &cx.quote.citation;
    if let (Some(tz), Some(te)) = (&c.title_zh, &c.title_en) {
        let key = fold::fold(tz.trim_matches(['《', '》']));
        if let Some(entry) = g.entries.iter().position(|l| l.entry.zh.iter().any(|z| fold::fold(z) == key)) {
            let e = &g.entries[entry].entry;
            let have = title_key(te);
            let accepted = e.accepted().any(|a| title_key(a) == have);
            let forbidden = e.forbidden.iter().position(|f| title_key(&f.en) == have);
            out.push(TitleUse {
                entry,
                zh: None,
                en: None,
                found: te.clone(),
                accepted,
                forbidden,
                in_citation: true,
            });
        }
    }
    // Titles in the Chinese text.
    for hit in &cx.zh_hits {
        if g.entries[hit.entry].entry.kind != Kind::Title {
            continue;
        }
        let range = cx.aligned_en(hit.start, hit.end);
        let matches = g.en_matches(hit.entry, &cx.en, range);
        let zh = Some(Span::new(hit.start, hit.end));
        if let Some(m) = matches.first() {
            out.push(TitleUse {
                entry: hit.entry,
                zh,
                en: Some(Span::new(m.start, m.end)),
                found: cx.quote.en[m.start..m.end].to_string(),
                accepted: m.forbidden.is_none(),
                forbidden: m.forbidden,
                in_citation: false,
            });
            continue;
        }
        if !cx.everywhere(hit.entry).is_empty() {
            continue; // rendered, just outside the aligned units
        }
        let quoted = quoted_spans(&cx.quote.en, range).into_iter().next();
        out.push(TitleUse {
            entry: hit.entry,
            zh,
            en: Some(Span::new(quoted.map_or(range.0, |q| q.0), quoted.map_or(range.1, |q| q.1))),
            found: quoted.map(|(s, e)| cx.quote.en[s..e].to_string()).unwrap_or_default(),
            accepted: false,
            forbidden: None,
            in_citation: false,
        });
    }
    out
}

/// A finding about a title use: at the quote's spans, or at its citation.
pub fn finding(
    rule: crate::finding::Rule,
    severity: crate::finding::Severity,
    cx: &QuoteContext<'_>,
    zh: Option<Span<Zh>>,
    en: Option<Span<En>>,
    in_citation: bool,
    message: String,
) -> crate::finding::Finding {
    use crate::finding::{Annotation, Finding};
    if in_citation {
        let place = crate::place::Place::Citation { quote: cx.quote.id.clone() };
        let found = cx.quote.citation.title_en.clone().unwrap_or_default();
        let span = Annotation::new(place).with_span(0, found.len());
        Finding::new(rule, severity, span.with_label(found), message)
    } else {
        Finding::in_quote(rule, severity, &cx.quote.id, zh, en, message)
    }
}
