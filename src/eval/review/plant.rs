//! The cases of a review evaluation: clean pairs (one per gold link with both sides), clean
//! three-link passages, and a planted copy of each that can carry an error of one kind.
//!
//! - **figure**: in a pair whose Chinese holds a number, the last non-zero digit of the first
//!   figure of the English is changed (1990 → 1991, 1.3 → 1.4);
//! - **forbidden**: a glossary rendering found in the English is replaced by the entry's first
//!   forbidden variant;
//! - **typo**: two neighbouring letters in the middle of that rendering's longest word are swapped;
//! - **dropped**: one English sentence of a passage is removed (the first, second or third in turn);
//! - **added**: a sentence of another part of the corpus is inserted into a passage.

use crate::glossary::{EnText, Glossary};

use super::{Doc, quote};
use crate::quote::Quote;

/// The kind of a planted error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    Figure,
    Forbidden,
    Typo,
    Dropped,
    Added,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Figure, Kind::Forbidden, Kind::Typo, Kind::Dropped, Kind::Added];

    pub fn name(self) -> &'static str {
        match self {
            Kind::Figure => "figure changed",
            Kind::Forbidden => "forbidden term",
            Kind::Typo => "glossary-term typo",
            Kind::Dropped => "dropped sentence",
            Kind::Added => "added sentence",
        }
    }

    /// The rule that must report it.
    pub fn rule(self) -> crate::finding::Rule {
        use crate::finding::Rule;
        match self {
            Kind::Figure => Rule::NumberMismatch,
            Kind::Forbidden => Rule::TermForbidden,
            Kind::Typo => Rule::TermMissing,
            Kind::Dropped => Rule::Omission,
            Kind::Added => Rule::Addition,
        }
    }
}

/// One pair to review.
#[derive(Debug, Clone)]
pub struct Case {
    pub quote: Quote,
    /// The planted error; `None` for a clean pair or passage.
    pub kind: Option<Kind>,
    /// A passage of three gold links (rather than one link).
    pub passage: bool,
    /// For a planted case, the index of the clean case it was made from.
    pub clean: Option<usize>,
}

/// Every case of an evaluation.
#[derive(Debug, Default)]
pub struct Suite {
    pub cases: Vec<Case>,
}

/// Builds the cases: clean pairs and passages from the gold links, and planted copies.
pub fn build(docs: &[Doc], glossary: &Glossary) -> Suite {
    let mut suite = Suite::default();
    let mut pool: Vec<String> = Vec::new();
    for doc in docs {
        pool.extend(doc.en.iter().filter(|s| s.split_whitespace().count() >= 8).cloned());
    }
    let mut passages = 0usize;
    for doc in docs {
        let full: Vec<usize> =
            (0..doc.gold.len()).filter(|&i| !doc.gold[i].0.is_empty() && !doc.gold[i].1.is_empty()).collect();
        for &i in &full {
            let (zh, en) = doc.sides(&doc.gold[i..=i]);
            let clean = suite.push(quote(format!("{}#{i}", doc.name), &doc.name, zh, en), None, false, None);
            plant_pair(&mut suite, clean, glossary);
        }
        let mut i = 0;
        while i + 3 <= doc.gold.len() {
            let links = &doc.gold[i..i + 3];
            if links.iter().any(|l| l.0.is_empty() || l.1.is_empty()) {
                i += 1;
                continue;
            }
            let (zh, en) = doc.sides(links);
            let id = format!("{}#p{i}", doc.name);
            let clean = suite.push(quote(id.clone(), &doc.name, zh.clone(), en), None, true, None);
            let mut dropped = links.to_vec();
            dropped[passages % 3].1.clear();
            let (_, en) = doc.sides(&dropped);
            suite.push(
                quote(format!("{id}-dropped"), &doc.name, zh.clone(), en),
                Some(Kind::Dropped),
                true,
                Some(clean),
            );
            let mut sentences: Vec<String> =
                links.iter().flat_map(|l| l.1.iter().map(|&e| doc.en[e].trim().to_string())).collect();
            if !pool.is_empty() {
                let foreign = pool[(passages * 7919 + pool.len() / 2) % pool.len()].trim().to_string();
                let at = passages % (sentences.len() + 1);
                sentences.insert(at, foreign);
                let en = sentences.join(" ");
                suite.push(
                    quote(format!("{id}-added"), &doc.name, zh, en),
                    Some(Kind::Added),
                    true,
                    Some(clean),
                );
            }
            passages += 1;
            i += 3;
        }
    }
    suite
}

impl Suite {
    fn push(&mut self, quote: Quote, kind: Option<Kind>, passage: bool, clean: Option<usize>) -> usize {
        self.cases.push(Case { quote, kind, passage, clean });
        self.cases.len() - 1
    }

    /// How many cases of a kind (`None`: clean pairs, not passages).
    pub fn count(&self, kind: Option<Kind>, passage: bool) -> usize {
        self.cases.iter().filter(|c| c.kind == kind && c.passage == passage).count()
    }
}

/// Plants a figure, a forbidden variant and a typo into copies of clean case `clean`, where it can.
fn plant_pair(suite: &mut Suite, clean: usize, glossary: &Glossary) {
    let q = suite.cases[clean].quote.clone();
    let has_number = crate::quantity::zh::scan(&q.zh).iter().any(|z| z.required);
    if has_number && let Some(en) = change_figure(&q.en) {
        suite.push(
            Quote { id: format!("{}-figure", q.id), en, ..q.clone() },
            Some(Kind::Figure),
            false,
            Some(clean),
        );
    }
    let Some((entry, start, end)) = rendering_in(glossary, &q.zh, &q.en) else {
        return;
    };
    let e = &glossary.entries[entry].entry;
    if let Some(f) = e.forbidden.first() {
        let en = format!("{}{}{}", &q.en[..start], f.en, &q.en[end..]);
        suite.push(
            Quote { id: format!("{}-forbidden", q.id), en, ..q.clone() },
            Some(Kind::Forbidden),
            false,
            Some(clean),
        );
    }
    if let Some(typo) = typo(&q.en[start..end]) {
        let en = format!("{}{}{}", &q.en[..start], typo, &q.en[end..]);
        suite.push(Quote { id: format!("{}-typo", q.id), en, ..q }, Some(Kind::Typo), false, Some(clean));
    }
}

/// The first glossary entry whose Chinese is in the pair and whose preferred rendering is in its
/// English (once): the entry and the rendering's byte range.
pub fn rendering_in(glossary: &Glossary, zh: &str, en_text: &str) -> Option<(usize, usize, usize)> {
    let en = EnText::new(en_text);
    for hit in glossary.zh_hits(zh) {
        let matches = glossary.en_matches(hit.entry, &en, (0, en_text.len()));
        let preferred = &glossary.entries[hit.entry].entry.en;
        let exact: Vec<_> = matches
            .iter()
            .filter(|m| m.forbidden.is_none() && en_text[m.start..m.end].eq_ignore_ascii_case(preferred))
            .collect();
        if exact.len() == 1 && matches.len() == 1 {
            return Some((hit.entry, exact[0].start, exact[0].end));
        }
    }
    None
}

/// The English with the last non-zero digit of its first figure changed; `None` without a figure.
/// Digits inside a name (COVID-19, G20) are not figures.
pub fn change_figure(en: &str) -> Option<String> {
    let bytes = en.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len()
            && (bytes[i].is_ascii_digit()
                || (matches!(bytes[i], b',' | b'.') && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)))
        {
            i += 1;
        }
        let name = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || *b == b'-');
        if name(start.checked_sub(1).and_then(|s| bytes.get(s))) || name(bytes.get(i)) {
            continue;
        }
        let last = (start..i).rev().find(|&k| bytes[k].is_ascii_digit() && bytes[k] != b'0')?;
        let d = bytes[last] - b'0';
        let new = if d < 9 { d + 1 } else { d - 1 };
        let mut out = en.to_string();
        out.replace_range(last..=last, &char::from(b'0' + new).to_string());
        return Some(out);
    }
    None
}

/// A rendering with two neighbouring letters of its longest word swapped ("reform" → "refrom").
pub fn typo(rendering: &str) -> Option<String> {
    let mut at = 0;
    let mut best: Option<(usize, &str)> = None;
    for w in rendering.split(' ') {
        let longer = best.is_none_or(|(_, b)| w.chars().count() > b.chars().count());
        if w.chars().count() >= 4 && w.chars().all(char::is_alphabetic) && longer {
            best = Some((at, w));
        }
        at += w.len() + 1;
    }
    let (at, word) = best?;
    let chars: Vec<char> = word.chars().collect();
    let mid = chars.len() / 2;
    let k = (mid..=chars.len() - 3).chain(1..mid).find(|&k| chars[k] != chars[k + 1])?;
    let mut swapped = chars;
    swapped.swap(k, k + 1);
    let word_new: String = swapped.into_iter().collect();
    Some(format!("{}{}{}", &rendering[..at], word_new, &rendering[at + word.len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_change_and_names_stay() {
        assert_eq!(change_figure("in 1990, over 1.3 billion").as_deref(), Some("in 1980, over 1.3 billion"));
        assert_eq!(change_figure("COVID-19 cost 4,000 jobs").as_deref(), Some("COVID-19 cost 5,000 jobs"));
        assert_eq!(change_figure("1.3 billion").as_deref(), Some("1.4 billion"));
        assert_eq!(change_figure("G20 and 5G"), None);
    }

    #[test]
    fn typos_swap_letters_in_the_longest_word() {
        assert_eq!(typo("reform").as_deref(), Some("refrom"));
        assert_eq!(typo("Military-Civil Fusion").as_deref(), Some("Military-Civil Fusoin"));
        assert_eq!(typo("civil fusion strategy").as_deref(), Some("civil fusion straetgy"));
        assert_eq!(typo("aaaa"), None);
    }
}
