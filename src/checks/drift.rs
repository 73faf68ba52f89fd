//! Renderings of the same Chinese term or title across the corpus — from quotes (glossary terms,
//! 《》 titles, terms the corpus glosses), citations and inline glosses — and the drift among them.
//! Shared by `term-drift` and `title-drift`.

use std::collections::BTreeMap;

use aho_corasick::{AhoCorasick, MatchKind};
use similar::{ChangeTag, TextDiff};

use super::QuoteContext;
use super::context::{book_titles, quoted_spans};
use crate::extract::Gloss;
use crate::finding::{Annotation, DiffOp, Finding, Rule, Severity};
use crate::glossary::{EnText, Glossary, Kind, fold};
use crate::place::{Place, Side};
use crate::span::{En, Span, Zh};

/// One place where a Chinese term or title is rendered.
#[derive(Debug, Clone)]
pub struct Observation {
    /// Folded Chinese, the grouping key.
    pub key: String,
    pub zh: String,
    pub en: String,
    pub title: bool,
    /// Where: a quote's English, a citation or a gloss.
    pub place: Place,
    pub zh_span: Option<Span<Zh>>,
    pub en_span: Option<Span<En>>,
}

fn key_of(zh: &str) -> String {
    fold::fold(zh.trim_matches(['《', '》']))
}

/// Terms the corpus's glosses name, for finding their renderings inside quotes.
pub struct Known {
    matcher: Option<AhoCorasick>,
    terms: Vec<(String, String)>,
}

impl Known {
    pub fn new(glosses: &[Gloss]) -> Known {
        let mut terms: Vec<(String, String)> =
            glosses.iter().map(|g| (key_of(&g.zh), g.en.clone())).collect();
        terms.retain(|(k, _)| k.chars().count() >= 2);
        terms.sort();
        terms.dedup_by(|a, b| a.0 == b.0);
        let matcher = (!terms.is_empty())
            .then(|| {
                AhoCorasick::builder()
                    .match_kind(MatchKind::LeftmostLongest)
                    .build(terms.iter().map(|(k, _)| k))
                    .ok()
            })
            .flatten();
        Known { matcher, terms }
    }
}

/// The words of `en` within `range` that best match `target` (same words in any form, allowing one
/// more or one fewer): how an unknown term was rendered here.
fn best_window(en: &EnText<'_>, range: (usize, usize), target: &str) -> Option<(usize, usize)> {
    let t: Vec<String> = EnText::new(target).words.into_iter().map(|w| w.norm).collect();
    if t.is_empty() {
        return None;
    }
    let words: Vec<_> = en.words.iter().filter(|w| w.start >= range.0 && w.end <= range.1).collect();
    let mut best: Option<(f64, usize, usize)> = None;
    for len in t.len().saturating_sub(1).max(1)..=t.len() + 1 {
        for k in 0..words.len().saturating_sub(len - 1) {
            let win = &words[k..k + len];
            // The words of a term stand together: only spaces, hyphens or parentheses between them.
            let together = win.windows(2).all(|p| {
                en.text[p[0].end..p[1].start]
                    .chars()
                    .all(|c| c.is_whitespace() || matches!(c, '-' | '(' | ')'))
            });
            if !together {
                continue;
            }
            if win.first().map(|w| &w.norm) != t.first() && win.last().map(|w| &w.norm) != t.last() {
                continue;
            }
            let common = win.iter().filter(|w| t.contains(&w.norm)).count();
            let score = common as f64 / len.max(t.len()) as f64;
            if score >= 0.6 && best.is_none_or(|b| score > b.0) {
                best = Some((score, win[0].start, win[len - 1].end));
            }
        }
    }
    best.map(|(_, s, e)| (s, e))
}

/// Renderings observed in one quote.
pub fn observe_quote(cx: &QuoteContext<'_>, known: &Known) -> Vec<Observation> {
    let q = cx.quote;
    let mut out = Vec::new();
    let at = |zh: (usize, usize), en: (usize, usize), title: bool, key: String| Observation {
        key,
        zh: q.zh[zh.0..zh.1].to_string(),
        en: q.en[en.0..en.1].to_string(),
        title,
        place: Place::Quote { id: q.id.clone(), side: Side::En },
        zh_span: Some(Span::new(zh.0, zh.1)),
        en_span: Some(Span::new(en.0, en.1)),
    };
    for hit in &cx.zh_hits {
        let entry = &cx.glossary.entries[hit.entry].entry;
        let range = cx.aligned_en(hit.start, hit.end);
        if let Some(m) = cx.glossary.en_matches(hit.entry, &cx.en, range).first() {
            out.push(at(
                (hit.start, hit.end),
                (m.start, m.end),
                entry.kind == Kind::Title,
                fold::fold(&entry.zh[0]),
            ));
        }
    }
    for (s, e) in book_titles(&q.zh) {
        let range = cx.aligned_en(s, e);
        if let Some(&(qs, qe)) = quoted_spans(&q.en, range).first() {
            out.push(at((s, e), (qs, qe), true, key_of(&q.zh[s..e])));
        }
    }
    if let Some(ac) = &known.matcher {
        let folded = fold::Folded::new(&q.zh);
        let observed: Vec<(usize, usize)> =
            out.iter().filter_map(|o| o.zh_span.map(|z| (z.start, z.end))).collect();
        for m in ac.find_iter(&folded.text) {
            let (s, e) = folded.original(m.start(), m.end(), &q.zh);
            if observed.iter().any(|&(os, oe)| os < e && s < oe) {
                continue; // already seen exactly, as a glossary term or a 《》 title
            }
            let (key, gloss_en) = &known.terms[m.pattern().as_usize()];
            let range = cx.aligned_en(s, e);
            if let Some(w) = best_window(&cx.en, range, gloss_en) {
                out.push(at((s, e), w, false, key.clone()));
            }
        }
    }
    if let (Some(tz), Some(te)) = (&q.citation.title_zh, &q.citation.title_en) {
        out.push(Observation {
            key: key_of(tz),
            zh: tz.clone(),
            en: te.clone(),
            title: true,
            place: Place::Citation { quote: q.id.clone() },
            zh_span: None,
            en_span: None,
        });
    }
    out
}

/// Renderings given by inline glosses.
pub fn observe_glosses(glosses: &[Gloss]) -> Vec<Observation> {
    glosses
        .iter()
        .map(|g| Observation {
            key: key_of(&g.zh),
            zh: g.zh.clone(),
            en: g.en.clone(),
            title: g.zh.starts_with('《'),
            place: Place::Gloss { article: g.article.clone(), line: g.line },
            zh_span: None,
            en_span: None,
        })
        .collect()
}

/// A word diff from `a` to `b`, as operations on words (spaces dropped); empty when equal.
pub fn word_diff(a: &str, b: &str) -> Vec<DiffOp> {
    if a == b {
        return Vec::new();
    }
    let diff = TextDiff::from_words(a, b);
    let mut out = Vec::new();
    for change in diff.iter_all_changes() {
        let v = change.value().trim();
        if v.is_empty() {
            continue;
        }
        // Neighbouring words of the same kind make one operation.
        match (change.tag(), out.last_mut()) {
            (ChangeTag::Delete, Some(DiffOp::Delete(w)))
            | (ChangeTag::Insert, Some(DiffOp::Insert(w)))
            | (ChangeTag::Equal, Some(DiffOp::Equal(w))) => {
                w.push(' ');
                w.push_str(v);
            }
            (ChangeTag::Delete, _) => out.push(DiffOp::Delete(v.to_string())),
            (ChangeTag::Insert, _) => out.push(DiffOp::Insert(v.to_string())),
            (ChangeTag::Equal, _) => out.push(DiffOp::Equal(v.to_string())),
        }
    }
    out
}

/// Drift findings of one kind (titles or terms).
pub fn drift(observations: &[Observation], glossary: &Glossary, titles: bool) -> Vec<Finding> {
    let mut groups: BTreeMap<&str, Vec<&Observation>> = BTreeMap::new();
    for o in observations {
        groups.entry(o.key.as_str()).or_default().push(o);
    }
    let norm = |s: &str| EnText::new(s).words.into_iter().map(|w| w.norm).collect::<Vec<_>>().join(" ");
    let mut out = Vec::new();
    for (key, mut obs) in groups {
        let is_title = obs.iter().any(|o| o.title);
        if is_title != titles {
            continue;
        }
        obs.sort_by(|a, b| (a.place.sort_key(), &a.place).cmp(&(b.place.sort_key(), &b.place)));
        // For a concept the glossary knows, accepted and forbidden renderings are the other rules'
        // business (term-missing, term-forbidden, title-*): drift is among the rest.
        if let Some(l) = glossary.entries.iter().find(|l| l.entry.zh.iter().any(|z| fold::fold(z) == key)) {
            let known: Vec<String> =
                l.entry.accepted().chain(l.entry.forbidden.iter().map(|f| f.en.as_str())).map(norm).collect();
            obs.retain(|o| !known.contains(&norm(&o.en)));
        }
        let mut distinct: Vec<String> = obs.iter().map(|o| norm(&o.en)).collect();
        distinct.sort();
        distinct.dedup();
        if distinct.len() < 2 {
            continue;
        }
        let first = obs[0];
        let mut seen: Vec<String> = Vec::new();
        let mut shown = Vec::new();
        for o in &obs {
            let n = norm(&o.en);
            if !seen.contains(&n) {
                seen.push(n);
                shown.push(format!("“{}” ({})", o.en, o.place.name()));
            }
        }
        let rule = if titles { Rule::TitleDrift } else { Rule::TermDrift };
        let what = if titles { "title" } else { "term" };
        let message =
            format!("the {what} {} is rendered {} ways: {}", first.zh, seen.len(), shown.join(", "));
        let mut annotations = obs.iter().map(|o| {
            let mut a = Annotation::new(o.place.clone()).with_label(o.en.clone());
            a.span = o.en_span.map(|s| crate::finding::ByteSpan::new(s.start, s.end));
            a.diff = word_diff(&first.en, &o.en);
            a
        });
        let mut f =
            Finding::new(rule, Severity::Warning, annotations.next().expect("two renderings"), message);
        f.annotations.extend(annotations);
        f.term = Some(first.zh.trim_matches(['《', '》']).to_string());
        out.push(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes() {
        let ops = word_diff(
            "Guiding Opinion to Develop the Internet",
            "Guiding Opinion and Developing the Internet",
        );
        let changed: Vec<&DiffOp> = ops.iter().filter(|o| !matches!(o, DiffOp::Equal(_))).collect();
        assert_eq!(
            changed,
            [
                &DiffOp::Delete("to".into()),
                &DiffOp::Insert("and".into()),
                &DiffOp::Delete("Develop".into()),
                &DiffOp::Insert("Developing".into())
            ]
        );
        assert!(word_diff("a b", "a b").is_empty());
    }
}
