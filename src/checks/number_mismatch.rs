//! `number-mismatch`

use super::{QuoteCheck, QuoteContext};
use crate::finding::{Finding, Rule, Severity};
use crate::span::Span;

pub const DOC: &str =
    "number-mismatch: a number in a Chinese clause (digits, a date, a percentage, or Chinese
numerals before 年/月/日) has no counterpart in the English that renders it, or the English adds a
number that is not a year or a month the Chinese leaves implicit.

Why: a wrong figure or date is among the costliest errors in policy translation. Tools that compare
digit strings report 2017年11月27日 / \"November 27, 2017\" as a mismatch; duizhao reads dates in both
scripts, number words (three, twenty) and month names.

Example: 到2025年 rendered as \"By 2035\" -> warning: 2025 is not in the English.";

pub struct NumberMismatch;

/// A number in text: its value, byte span, and whether it is a month (before 月).
#[derive(Debug, Clone, PartialEq)]
pub struct Number {
    pub value: String,
    pub start: usize,
    pub end: usize,
    pub month: bool,
}

fn norm(s: &str) -> String {
    let s = s.replace([',', '，'], "");
    let s = s.trim_end_matches('.');
    match s.split_once('.') {
        Some((i, f)) if f.chars().all(|c| c == '0') => i.to_string(),
        _ => s.to_string(),
    }
}

/// Numbers in Chinese text: ASCII and full-width digits, and Chinese numerals before 年/月/日/号.
pub fn zh_numbers(text: &str) -> Vec<Number> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        let digit = |c: char| c.is_ascii_digit() || ('０'..='９').contains(&c);
        let numeral = |c: char| crate::numbers::han_number(&c.to_string()).is_some() || c == '〇';
        let (is_digit, is_numeral) = (digit(c), numeral(c));
        if !is_digit && !is_numeral {
            k += 1;
            continue;
        }
        let mut e = k;
        while e < chars.len()
            && (if is_digit {
                digit(chars[e].1) || matches!(chars[e].1, '.' | ',')
            } else {
                numeral(chars[e].1)
            })
        {
            e += 1;
        }
        let start = chars[k].0;
        let end = chars.get(e).map_or(text.len(), |&(p, _)| p);
        let raw = text[start..end].trim_end_matches(['.', ',']);
        let end = start + raw.len();
        let next = text[end..].chars().next();
        let unit = next.is_some_and(|n| matches!(n, '年' | '月' | '日' | '号' | '%' | '％'));
        let value = if is_digit {
            Some(norm(
                &raw.chars()
                    .map(|c| {
                        if digit(c) && !c.is_ascii() {
                            char::from_u32(c as u32 - 0xFEE0).unwrap_or(c)
                        } else {
                            c
                        }
                    })
                    .collect::<String>(),
            ))
        } else if unit {
            crate::numbers::han_number(raw).map(|n| n.to_string())
        } else {
            None
        };
        // "5G", "G7": a digit inside a Latin token is a name, not a number.
        let latin_next = next.is_some_and(|n| n.is_ascii_alphabetic());
        let latin_prev = text[..start].chars().next_back().is_some_and(|p| p.is_ascii_alphabetic());
        if let Some(value) = value.filter(|_| !latin_next && !latin_prev) {
            out.push(Number { value, start, end, month: next == Some('月') });
        }
        k = e.max(k + 1);
    }
    out
}

/// Numbers in English text: digits, number words, and month names (as months).
pub fn en_numbers(text: &str) -> Vec<Number> {
    use unicode_segmentation::UnicodeSegmentation;
    let mut out = Vec::new();
    for (start, w) in text.split_word_bound_indices() {
        if !w.chars().any(char::is_alphanumeric) {
            continue;
        }
        let lower = w.to_lowercase();
        let end = start + w.len();
        if w.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && w.chars().any(|c| c.is_ascii_digit())
        {
            out.push(Number { value: norm(w), start, end, month: false });
        } else if let Some(n) = crate::numbers::number_word(&lower) {
            out.push(Number { value: n.to_string(), start, end, month: false });
        } else if let Some(m) = crate::numbers::month(w, false).filter(|_| w.starts_with(char::is_uppercase))
        {
            out.push(Number { value: m.to_string(), start, end, month: true });
        }
    }
    out
}

impl QuoteCheck for NumberMismatch {
    fn rule(&self) -> Rule {
        Rule::NumberMismatch
    }

    fn doc(&self) -> &'static str {
        DOC
    }

    fn check(&self, cx: &QuoteContext<'_>, out: &mut Vec<Finding>) {
        let whole_en = en_numbers(&cx.quote.en);
        let all_zh = zh_numbers(&cx.quote.zh);
        for link in cx.links.iter().filter(|l| !l.zh.is_empty() && !l.en.is_empty()) {
            let zs = cx.zh_units[link.zh[0]].start;
            let ze = cx.zh_units[link.zh[link.zh.len() - 1]].end;
            let es = cx.en_units[link.en[0]].start;
            let ee = cx.en_units[link.en[link.en.len() - 1]].end;
            let zh: Vec<Number> = zh_numbers(&cx.quote.zh[zs..ze])
                .into_iter()
                .map(|n| Number { start: n.start + zs, end: n.end + zs, ..n })
                .collect();
            let en: Vec<Number> = en_numbers(&cx.quote.en[es..ee])
                .into_iter()
                .map(|n| Number { start: n.start + es, end: n.end + es, ..n })
                .collect();
            for n in &zh {
                let found = |e: &Number| e.value == n.value && (e.month == n.month || !e.month);
                if en.iter().any(found) || whole_en.iter().any(found) {
                    continue;
                }
                let mut f = Finding::in_quote(
                    Rule::NumberMismatch,
                    Severity::Warning,
                    &cx.quote.id,
                    Some(Span::new(n.start, n.end)),
                    Some(Span::new(es, ee)),
                    format!(
                        "{} in the Chinese has no counterpart in the English that renders it",
                        &cx.quote.zh[n.start..n.end]
                    ),
                );
                f.expected = vec![n.value.clone()];
                out.push(f);
            }
            for e in &en {
                let year = e.value.len() == 4 && (1000..=2200).contains(&e.value.parse::<u32>().unwrap_or(0));
                let small_word = !cx.quote.en[e.start..e.end].starts_with(|c: char| c.is_ascii_digit());
                if e.month || year || small_word || all_zh.iter().any(|z| z.value == e.value) {
                    continue;
                }
                let mut f = Finding::in_quote(
                    Rule::NumberMismatch,
                    Severity::Warning,
                    &cx.quote.id,
                    Some(Span::new(zs, ze)),
                    Some(Span::new(e.start, e.end)),
                    format!(
                        "{} in the English is not in the Chinese it renders",
                        &cx.quote.en[e.start..e.end]
                    ),
                );
                f.found = Some(e.value.clone());
                out.push(f);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_and_english_dates_agree() {
        let z: Vec<String> =
            zh_numbers("2017年11月27日，二〇二五年，占5.0%，5G").into_iter().map(|n| n.value).collect();
        assert_eq!(z, ["2017", "11", "27", "2025", "5"]);
        let e: Vec<String> =
            en_numbers("On November 27, 2017, three stages").into_iter().map(|n| n.value).collect();
        assert_eq!(e, ["11", "27", "2017", "3"]);
    }
}
