//! What every check of one quote needs, computed once: the Chinese clauses and English sentences,
//! their alignment, the glossary terms found in the Chinese, and the English prepared for matching.

use crate::align::{self, Lexicon, Link, Params};
use crate::glossary::{EnMatch, EnText, Glossary, ZhHit};
use crate::quote::Quote;
use crate::segment::{self, Words};
use crate::span::{En, Span, Zh};

/// One quote, segmented and aligned.
pub struct QuoteContext<'a> {
    pub quote: &'a Quote,
    pub glossary: &'a Glossary,
    /// Chinese clauses.
    pub zh_units: Vec<Span<Zh>>,
    /// English sentences.
    pub en_units: Vec<Span<En>>,
    pub links: Vec<Link>,
    pub en: EnText<'a>,
    pub zh_hits: Vec<ZhHit>,
    /// Chinese units nothing renders and English units that render nothing, found by coverage
    /// inside beads of several units (see `gaps`).
    pub gaps: (Vec<super::gaps::Gap>, Vec<super::gaps::Gap>),
    /// The link of each Chinese unit, if any.
    unit_link: Vec<Option<usize>>,
    /// Every rendering of an entry in the whole English, by entry, computed once when first asked.
    everywhere: std::cell::RefCell<std::collections::HashMap<usize, std::rc::Rc<Vec<EnMatch>>>>,
}

impl<'a> QuoteContext<'a> {
    pub fn new(quote: &'a Quote, glossary: &'a Glossary, lexicon: &Lexicon) -> Self {
        let zh_units = segment::zh_clauses(&quote.zh, false);
        let en_units = segment::en::sentences(&quote.en);
        let zt: Vec<&str> = zh_units.iter().map(|s| s.slice(&quote.zh)).collect();
        let et: Vec<&str> = en_units.iter().map(|s| s.slice(&quote.en)).collect();
        let links = align::align(&zt, &et, lexicon, Words::shared(), &Params::default());
        let gaps = super::gaps::find(&zt, &et, &links, lexicon);
        let mut unit_link = vec![None; zh_units.len()];
        for (i, l) in links.iter().enumerate() {
            for &u in &l.zh {
                unit_link[u] = Some(i);
            }
        }
        QuoteContext {
            gaps,
            unit_link,
            everywhere: Default::default(),
            quote,
            glossary,
            zh_hits: glossary.zh_hits(&quote.zh),
            en: EnText::new(&quote.en),
            zh_units,
            en_units,
            links,
        }
    }

    /// The English byte range that renders Chinese bytes `start..end`: the English units linked with
    /// the clauses it falls in, widened by one unit on each side to forgive a boundary slip. The whole
    /// English when the alignment links nothing.
    pub fn aligned_en(&self, start: usize, end: usize) -> (usize, usize) {
        // Units are in text order: find the ones the range overlaps by binary search.
        let first = self.zh_units.partition_point(|u| u.end <= start);
        let en = (first..self.zh_units.len())
            .take_while(|&i| self.zh_units[i].start < end)
            .filter_map(|i| self.unit_link[i])
            .flat_map(|l| self.links[l].en.iter().copied());
        let (lo, hi) = en.fold((usize::MAX, 0), |(lo, hi), e| (lo.min(e), hi.max(e)));
        if lo == usize::MAX {
            return (0, self.quote.en.len());
        }
        let lo = lo.saturating_sub(1);
        let hi = (hi + 1).min(self.en_units.len() - 1);
        (self.en_units[lo].start, self.en_units[hi].end)
    }

    /// The link holding the Chinese unit at byte `at`.
    pub fn link_at(&self, at: usize) -> Option<usize> {
        let i = self.zh_units.partition_point(|u| u.end <= at);
        self.zh_units.get(i).filter(|u| u.start <= at).and_then(|_| self.unit_link[i])
    }

    /// Every rendering (accepted or forbidden) of glossary entry `entry` in the whole English, in
    /// text order; computed once per entry.
    pub fn everywhere(&self, entry: usize) -> std::rc::Rc<Vec<EnMatch>> {
        let mut cache = self.everywhere.borrow_mut();
        cache
            .entry(entry)
            .or_insert_with(|| {
                std::rc::Rc::new(self.glossary.en_matches(entry, &self.en, (0, self.quote.en.len())))
            })
            .clone()
    }

    /// What the HTML report draws of this quote: units, links and glossary terms on both sides.
    pub fn view(&self) -> crate::view::QuoteView {
        use crate::view::{EnMark, QuoteView, TermMark};
        let terms = self
            .zh_hits
            .iter()
            .map(|h| {
                let entry = &self.glossary.entries[h.entry].entry;
                let range = self.aligned_en(h.start, h.end);
                let en = self
                    .glossary
                    .en_matches(h.entry, &self.en, range)
                    .into_iter()
                    .map(|m| EnMark { span: Span::new(m.start, m.end), forbidden: m.forbidden.is_some() })
                    .collect();
                TermMark {
                    zh: Span::new(h.start, h.end),
                    term: entry.zh.first().cloned().unwrap_or_default(),
                    preferred: entry.en.clone(),
                    kind: entry.kind,
                    en,
                }
            })
            .collect();
        QuoteView {
            quote: self.quote.id.clone(),
            zh_units: self.zh_units.clone(),
            en_units: self.en_units.clone(),
            links: self.links.clone(),
            terms,
        }
    }

    /// The English span, as a typed span.
    pub fn en_span(&self, range: (usize, usize)) -> Span<En> {
        Span::new(range.0, range.1)
    }
}

/// Quoted passages (“…”, "…") in `text` within `range`, with nesting: byte ranges of the content.
pub fn quoted_spans(text: &str, range: (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let slice = &text[range.0..range.1];
    let mut depth = 0usize;
    let mut open_at = 0;
    for (i, c) in slice.char_indices() {
        match c {
            '“' => {
                if depth == 0 {
                    open_at = i + c.len_utf8();
                }
                depth += 1;
            }
            '”' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    let inner = slice[open_at..i].trim_end_matches([',', '.', ' ']);
                    out.push((range.0 + open_at, range.0 + open_at + inner.len()));
                }
            }
            _ => {}
        }
    }
    out
}

/// 《》 titles in Chinese text: byte ranges of the content.
pub fn book_titles(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match c {
            '《' => open = Some(i + c.len_utf8()),
            '》' => {
                if let Some(o) = open.take() {
                    out.push((o, i));
                }
            }
            _ => {}
        }
    }
    out
}
