//! `number-mismatch`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};
use crate::quantity::{Approx, Kind, Quantity, en, zh};
use crate::span::Span;

pub const DOC: &str = "number-mismatch: a figure in the Chinese and the English that renders it disagree,
or a figure on one side has no counterpart on the other.

Why: a wrong figure or date is among the costliest errors in policy translation. duizhao reads
numbers as quantities, not digit strings: 13亿 = \"1.3 billion\", 960万 = \"9.6 million\", 4，000 =
\"4,000\", 百分之十二 = \"12 percent\", 三分之二 = \"two-thirds\", 18世纪 = \"eighteenth century\",
20世纪90年代 = \"the 1990s\", 第三章 = \"Chapter 3\", 十八大 = \"18th Party Congress\"; 多/余/约/近/
左右 and \"about\"/\"over\"/\"nearly\" allow a rounding within 15%, and the English may round a
figure to fewer digits (1,849 → \"1,850\"). Digits inside names (COVID-19, 5G, G20, B-52) are not
figures; a vague count (几十, \"dozens\") and a multiple (两倍 can mean \"double\" or \"triple\") are
never required; a sum in yuan rendered in dollars is a conversion, not a mismatch.

Severity: error when the Chinese figure and an unmatched English figure of the same sentence
disagree (the message gives both values); warning when a figure has no counterpart at all.

Example: 13亿 rendered as \"1.4 billion\" -> error: 13亿 = 1,300,000,000; the English has
1,400,000,000 (“1.4 billion”).";

pub struct NumberMismatch;

impl QuoteCheck for NumberMismatch {
    fn rule(&self) -> Rule {
        Rule::NumberMismatch
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        let (zh_text, en_text) = (&cx.quote.zh, &cx.quote.en);
        let zs = zh::scan(zh_text);
        let es = en::scan(en_text);
        // An English figure any Chinese quantity accounts for (a weak 一 or 两 included).
        let mut used: Vec<bool> =
            es.iter().map(|e| e.approx == Approx::Vague || zs.iter().any(|z| z.agrees(e))).collect();
        let mut missing = Vec::new();
        for z in zs.iter().filter(|z| z.required) {
            if !es.iter().any(|e| e.approx != Approx::Vague && z.agrees(e)) {
                missing.push(z);
            }
        }
        for z in missing {
            let link = cx.links.iter().find(|l| {
                l.zh.iter().any(|&u| cx.zh_units[u].start <= z.start && z.start < cx.zh_units[u].end)
            });
            let Some(link) = link else { continue };
            if link.en.is_empty() {
                continue; // the clause is unrendered: `omission` reports it
            }
            let (lo, hi) = (cx.en_units[link.en[0]].start, cx.en_units[link.en[link.en.len() - 1]].end);
            let near = |e: &Quantity| lo <= e.start && e.end <= hi;
            let converted = z.currency.is_some()
                && es.iter().any(|e| near(e) && e.currency.is_some_and(|c| Some(c) != z.currency));
            if converted {
                continue;
            }
            let zh_words = &zh_text[z.start..z.end];
            // "13亿 = 1,300,000,000", or just "2025" when the words are the value.
            let what = if z.show() == zh_words {
                format!("the Chinese has {zh_words}")
            } else {
                format!("{zh_words} = {}", z.show())
            };
            let other = (0..es.len())
                .filter(|&i| !used[i] && es[i].required && near(&es[i]))
                .min_by_key(|&i| (es[i].kind != z.kind, es[i].start));
            let f = match other {
                Some(i) => {
                    used[i] = true;
                    let e = &es[i];
                    let mut f = Finding::in_quote(
                        Rule::NumberMismatch,
                        Severity::Error,
                        &cx.quote.id,
                        Some(Span::new(z.start, z.end)),
                        Some(Span::new(e.start, e.end)),
                        format!("{what}; the English has {} (“{}”)", e.show(), &en_text[e.start..e.end]),
                    );
                    f.found = Some(e.show());
                    f
                }
                None => Finding::in_quote(
                    Rule::NumberMismatch,
                    Severity::Warning,
                    &cx.quote.id,
                    Some(Span::new(z.start, z.end)),
                    Some(Span::new(lo, hi)),
                    format!("{what} has no counterpart in the English that renders it"),
                ),
            };
            let mut f = f;
            f.expected = vec![z.show()];
            out.push(f);
        }
        for (i, e) in es.iter().enumerate() {
            let converted =
                e.currency.is_some() && zs.iter().any(|z| z.currency.is_some_and(|c| Some(c) != e.currency));
            if used[i] || !e.required || year_like(e) || converted {
                continue;
            }
            let mut f = Finding::in_quote(
                Rule::NumberMismatch,
                Severity::Warning,
                &cx.quote.id,
                None,
                Some(Span::new(e.start, e.end)),
                format!(
                    "“{}” (= {}) in the English is not in the Chinese",
                    &en_text[e.start..e.end],
                    e.show()
                ),
            );
            f.found = Some(e.show());
            out.push(f);
        }
    }
}

/// A year the Chinese may leave implicit ("in 2017" for 今年).
fn year_like(e: &Quantity) -> bool {
    e.kind == Kind::Cardinal && e.value.fract() == 0.0 && (1000.0..=2200.0).contains(&e.value)
}
