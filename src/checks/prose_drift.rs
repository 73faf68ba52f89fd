//! `prose-drift`

use super::ArticleCheck;
use super::article::ArticleContext;
use crate::finding::{Finding, Rule, Severity};
use crate::glossary::EnText;

pub const DOC: &str =
    "prose-drift: the English prose of an article (`duizhao check --article`) names a glossary
document title in other words: the same content words as the canonical English, in a different order or
with different function words (and no other year than the title's).

Why: a document called \"Industrial Internet Innovative Development Action Plan\" in one article and
\"Action Plan for the Innovative Development of the Industrial Internet\" in another looks like two
documents to a reader; the glossary's canonical title should be used everywhere.

Example: \"MIIT's Action Plan for the Innovative Development of the Industrial Internet\" -> warning,
fix: \"Industrial Internet Innovative Development Action Plan 2021–2023\".";

pub struct ProseDrift;

/// A glossary title to look for: its entry, the content words of its preferred English, the content
/// words of each accepted form in order, and the years it names.
struct Target {
    entry: usize,
    set: Vec<String>,
    accepted: Vec<Vec<String>>,
    years: Vec<String>,
}

const FUNCTION: &[&str] = &["the", "of", "for", "and", "to", "a", "an", "on", "in", "at", "by", "with"];

fn years(text: &str) -> Vec<String> {
    EnText::new(text)
        .words
        .into_iter()
        .map(|w| w.norm)
        .filter(|n| n.len() == 4 && n.starts_with(['1', '2']) && n.chars().all(|c| c.is_ascii_digit()))
        .collect()
}

fn content(norm: &str) -> bool {
    !FUNCTION.contains(&norm) && !norm.chars().all(|c| c.is_ascii_digit())
}

fn content_set(text: &str) -> Vec<String> {
    let mut v: Vec<String> =
        EnText::new(text).words.into_iter().map(|w| w.norm).filter(|n| content(n)).collect();
    v.sort();
    v.dedup();
    v
}

impl ArticleCheck for ProseDrift {
    fn rule(&self) -> Rule {
        Rule::ProseDrift
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &ArticleContext<'_>, out: &mut Vec<Finding>) {
        let g = cx.glossary;
        let targets: Vec<Target> = (0..g.entries.len())
            .filter(|&i| g.entries[i].entry.kind == crate::glossary::Kind::Title)
            .filter_map(|i| {
                let e = &g.entries[i].entry;
                let set = content_set(&e.en);
                let accepted = e
                    .accepted()
                    .map(|a| {
                        EnText::new(a).words.into_iter().map(|w| w.norm).filter(|n| content(n)).collect()
                    })
                    .collect();
                (set.len() >= 3).then(|| Target { entry: i, set, accepted, years: years(&e.en) })
            })
            .collect();
        for &(line, text) in &cx.body {
            let en = EnText::new(text);
            let words = &en.words;
            for Target { entry: i, set, accepted, years: title_years } in &targets {
                let n = set.len();
                let mut k = 0;
                while k < words.len() {
                    let mut found = None;
                    for len in n..=n + 4 {
                        if k + len > words.len() {
                            break;
                        }
                        let win = &words[k..k + len];
                        let (first, last) = (&win[0].norm, &win[len - 1].norm);
                        if !content(first) || !content(last) {
                            continue;
                        }
                        // One phrase: no sentence punctuation inside.
                        let inside = &text[win[0].start..win[len - 1].end];
                        if inside.contains([',', ';', ':', '.', '(', ')'])
                            || win.iter().any(|w| w.norm == "and")
                        {
                            break;
                        }
                        // "the 2022 Work Plan for the Working Group" is not the 2018 Work Plan.
                        let around = &words[k.saturating_sub(3)..(k + len + 2).min(words.len())];
                        let other_year = around.iter().any(|w| {
                            w.norm.len() == 4
                                && w.norm.starts_with(['1', '2'])
                                && w.norm.chars().all(|c| c.is_ascii_digit())
                                && !title_years.is_empty()
                                && !title_years.contains(&w.norm)
                        });
                        if other_year {
                            break;
                        }
                        let seq: Vec<String> =
                            win.iter().map(|w| w.norm.clone()).filter(|n| content(n)).collect();
                        let mut s = seq.clone();
                        s.sort();
                        s.dedup();
                        if &s == set && !accepted.contains(&seq) && seq.len() == n {
                            found = Some((win[0].start, win[len - 1].end));
                            break;
                        }
                    }
                    if let Some((s, e)) = found {
                        let entry = &g.entries[*i].entry;
                        let phrase = &text[s..e];
                        let mut f = Finding::new(
                            Rule::ProseDrift,
                            Severity::Warning,
                            cx.at(line, s, e),
                            format!("“{phrase}” names {} in other words than “{}”", entry.zh[0], entry.en),
                        );
                        f.expected = entry.accepted().map(str::to_string).collect();
                        f.found = Some(phrase.to_string());
                        f.suggestion = Some(entry.en.clone());
                        f.term = Some(entry.zh[0].clone());
                        out.push(f);
                        k = words.iter().position(|w| w.start >= e).unwrap_or(words.len());
                    } else {
                        k += 1;
                    }
                }
            }
        }
    }
}
