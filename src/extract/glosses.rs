//! Inline glosses in running text: "New Type Infrastructure construction (新型基础设施建设)",
//! "Industrial Internet (Gongye Hulianwang 工业互联网)". The raw material of the glossary.

use serde::{Deserialize, Serialize};

use super::text::{has_han, is_han, matching_paren, split_top_level};

/// An English term glossed with its Chinese original in running text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Gloss {
    pub article: String,
    /// 1-based line in the article.
    pub line: usize,
    pub en: String,
    pub zh: String,
    /// Pinyin given beside the Chinese, kept apart from the English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pinyin: Option<String>,
}

/// Words that join the words of a title ("Notice on Advancing the Development of …").
fn is_connector(w: &str) -> bool {
    matches!(
        w.to_lowercase().as_str(),
        "of" | "on" | "and" | "for" | "the" | "in" | "to" | "a" | "an" | "at" | "by" | "with" | "&" | "+"
    )
}

/// Words a gloss does not start with.
fn is_leading_filler(w: &str) -> bool {
    is_connector(w)
        || matches!(
            w.to_lowercase().as_str(),
            "or" | "as" | "such" | "its" | "their" | "both" | "also" | "including" | "this" | "that"
        )
}

fn is_capitalised(w: &str) -> bool {
    let w = w.trim_start_matches(['“', '"', '‘', '(']);
    w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// Pinyin: alphabetic words (tone marks allowed) before the Chinese; not an all-capitals acronym.
fn split_pinyin(inner: &str) -> (Option<String>, String) {
    let first_han =
        inner.char_indices().find(|&(_, c)| is_han(c) || c == '《').map_or(inner.len(), |(i, _)| i);
    let head = inner[..first_han].trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let pinyin_like = !words.is_empty()
        && words.iter().all(|w| {
            w.chars().all(char::is_alphabetic)
                && !(w.chars().count() > 1 && w.chars().all(char::is_uppercase))
        });
    if pinyin_like {
        (Some(words.join(" ")), inner[first_han..].trim().to_string())
    } else {
        (None, inner.trim().to_string())
    }
}

/// The start of the phrase that ends at `pre`'s end: after the last clause boundary (`,` `;` `:`,
/// a sentence end, or a parenthesis that holds Chinese), stepping over parentheses without Chinese.
fn phrase_start(pre: &str) -> usize {
    let bytes: Vec<(usize, char)> = pre.char_indices().collect();
    let mut k = bytes.len();
    while k > 0 {
        k -= 1;
        let (i, c) = bytes[k];
        match c {
            ',' | ';' | ':' | '，' | '；' | '：' | '—' | '(' | '（' => return i + c.len_utf8(),
            '.' | '!' | '?' if pre[i + 1..].starts_with(' ') => {
                let word = pre[..i].rsplit(' ').next().unwrap_or("");
                if !(word.len() <= 2 && is_capitalised(word)) {
                    return i + 1;
                }
            }
            ')' | '）' => {
                // Find the group's opening parenthesis; a group holding Chinese is a boundary.
                let mut depth = 0;
                let mut j = k + 1;
                while j > 0 {
                    j -= 1;
                    match bytes[j].1 {
                        ')' | '）' => depth += 1,
                        '(' | '（' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                if has_han(&pre[bytes[j].0..i + c.len_utf8()]) {
                    return i + c.len_utf8();
                }
                k = j;
            }
            _ => {}
        }
    }
    0
}

/// The English phrase glossed by Chinese with `han` characters, ending at the end of `pre`.
fn english_phrase(pre: &str, han: usize) -> String {
    let pre = pre.trim_end();
    if let Some(body) = pre.strip_suffix('”').or_else(|| pre.strip_suffix('"'))
        && let Some(open) = body.rfind(['“', '"'])
    {
        return body[open..].trim_start_matches(['“', '"']).to_string();
    }
    let start = phrase_start(pre);
    let mut candidate = pre[start..].trim();
    // A list introduced by "such as" / "including": the gloss starts after it.
    for intro in [" such as ", " including ", " like ", " namely "] {
        if let Some(i) = candidate.rfind(intro) {
            candidate = &candidate[i + intro.len()..];
        }
    }
    let words: Vec<&str> = candidate.split_whitespace().collect();
    if words.is_empty() {
        return String::new();
    }

    // A title-case run reaching the end: "the Notice on Advancing the … of the Industrial Internet".
    let mut run = words.len();
    while run > 0
        && (is_capitalised(words[run - 1]) || is_connector(words[run - 1]) || words[run - 1].starts_with('('))
    {
        if run < words.len() && is_possessive(words[run - 1]) {
            break; // "the State Council’s November 2017 Guiding Opinion": the owner is not the title
        }
        run -= 1;
    }
    let mut title: Vec<&str> = words[run..].to_vec();
    let sentence_start = run == 0 && start == 0;
    if sentence_start && title.len() > 1 && title[0].ends_with("ing") {
        title.remove(0); // "Using the Belt and Road Initiative": a sentence-initial gerund
    }
    while title.len() > 1 && (is_connector(title[0]) || is_date_word(title[0])) {
        title.remove(0);
    }
    let last_capitalised = words.last().is_some_and(|w| is_capitalised(w) || w.starts_with('('));
    if last_capitalised && title.iter().any(|w| is_capitalised(w) && !is_connector(w)) {
        return title.join(" ");
    }

    // Otherwise keep about one English word for every two characters of Chinese, plus room for
    // function words.
    let keep = han.div_ceil(2).max(1) + 2;
    let mut from = words.len().saturating_sub(keep);
    if let Some(d) = words.iter().rposition(|w| is_date_word(w)).filter(|&d| d + 1 < words.len()) {
        from = from.max(d + 1); // "trials by December 2018 interconnecting …": a date bounds the gloss
    }
    while from + 1 < words.len() && (is_leading_filler(words[from]) || is_date_word(words[from])) {
        from += 1;
    }
    words[from..].join(" ")
}

fn is_possessive(w: &str) -> bool {
    w.ends_with("’s") || w.ends_with("'s") || w.ends_with("s’")
}

/// Years, numbers and month names, which lead into a title without being part of it.
fn is_date_word(w: &str) -> bool {
    let w = w.trim_end_matches([',', '.']);
    w.chars().all(|c| c.is_ascii_digit())
        || matches!(
            w,
            "January"
                | "February"
                | "March"
                | "April"
                | "May"
                | "June"
                | "July"
                | "August"
                | "September"
                | "October"
                | "November"
                | "December"
        )
}

/// Glosses on one body line (`line_no` is 1-based).
pub fn find(article: &str, line_no: usize, line: &str) -> Vec<Gloss> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = line[from..].find(['(', '（']).map(|i| i + from) {
        let Some(close) = matching_paren(line, open) else { break };
        let open_len = line[open..].chars().next().map_or(1, char::len_utf8);
        let inner = &line[open + open_len..close];
        from = close + line[close..].chars().next().map_or(1, char::len_utf8);
        if !has_han(inner) {
            continue;
        }
        let (pinyin, zh) = split_pinyin(inner);
        let pre = &line[..open];
        let items: Vec<&str> = zh.split([',', '，', '、']).map(str::trim).filter(|s| !s.is_empty()).collect();
        let han = |s: &str| s.chars().filter(|&c| is_han(c)).count();
        if items.len() >= 2 && pinyin.is_none() {
            // A list glossed item by item: "intelligentized manufacturing, remote services, … (智能化生产, 远程服务, …)".
            let segs = split_top_level(pre.trim_end(), ", ");
            if segs.len() >= items.len() {
                let segs = &segs[segs.len() - items.len()..];
                for (k, (seg, item)) in segs.iter().zip(&items).enumerate() {
                    let seg = seg.trim();
                    let seg = seg.strip_prefix("and ").or_else(|| seg.strip_prefix("or ")).unwrap_or(seg);
                    let en = if k == 0 { english_phrase(seg, han(item)) } else { seg.to_string() };
                    if !en.is_empty() {
                        out.push(Gloss {
                            article: article.into(),
                            line: line_no,
                            en,
                            zh: item.to_string(),
                            pinyin: None,
                        });
                    }
                }
                continue;
            }
        }
        let en = english_phrase(pre, han(&zh));
        if !en.is_empty() && !has_han(&en) {
            out.push(Gloss { article: article.into(), line: line_no, en, zh, pinyin });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> (String, String, Option<String>) {
        let g = find("a", 1, line);
        assert_eq!(g.len(), 1, "{g:?}");
        (g[0].en.clone(), g[0].zh.clone(), g[0].pinyin.clone())
    }

    #[test]
    fn pinyin_is_kept_apart() {
        let (en, zh, py) =
            one("This is a roadmap for the Industrial Internet (Gongye Hulianwang 工业互联网) and more.");
        assert_eq!(
            (en.as_str(), zh.as_str(), py.as_deref()),
            ("Industrial Internet", "工业互联网", Some("Gongye Hulianwang"))
        );
    }

    #[test]
    fn title_case_run() {
        let (en, ..) = one(
            "In March, MIIT issued the Notice on Advancing the Accelerated Development of the Industrial Internet (《关于推动工业互联网加快发展的通知》), often summarized.",
        );
        assert_eq!(en, "Notice on Advancing the Accelerated Development of the Industrial Internet");
        let (en, ..) = one(
            "In May 2018, the Ministry of Industry and Information Technology (MIIT) followed with the Industrial Internet Development Action Plan (2018–2020) (工业互联网发展行动计划 2018-2020年).",
        );
        assert_eq!(en, "Industrial Internet Development Action Plan (2018–2020)");
        let (en, ..) = one("Using the Belt and Road Initiative (Yidai Yilu 一带一路) and BRICS");
        assert_eq!(en, "Belt and Road Initiative");
    }

    #[test]
    fn quoted_and_lower_case() {
        let (en, ..) =
            one("guidance to “accelerate the development of the Industrial Internet” (加快发展工业互联网).");
        assert_eq!(en, "accelerate the development of the Industrial Internet");
        let (en, ..) = one(
            "creating a seamless bridge between the physical economy and the digital economy (Shuzi Jingji 数字经济).",
        );
        assert_eq!(en, "digital economy");
        let (en, ..) = one("six areas: New Type Infrastructure construction (新型基础设施建设), and so on");
        assert_eq!(en, "New Type Infrastructure construction");
    }

    #[test]
    fn owners_dates_and_length() {
        let (en, ..) = one(
            "It emerged from the State Council’s November 2017 Guiding Opinion on Deepening “Internet Plus Advanced Manufacturing” and Developing the Industrial Internet (关于深化“互联网+先进制造业”发展工业互联网的指导意见), which",
        );
        assert_eq!(
            en,
            "Guiding Opinion on Deepening “Internet Plus Advanced Manufacturing” and Developing the Industrial Internet"
        );
        let (en, ..) = one(
            "This acceleration is intended to both promote the development of the digital economy (促进数字经济发展) and",
        );
        assert_eq!(en, "development of the digital economy");
        let (en, ..) = one(
            "The Plan then assigned the Department to conduct trials by December 2018 interconnecting relevant systems with industrial control systems (开展相关系统与工业控制系统互联试点).",
        );
        assert_eq!(en, "interconnecting relevant systems with industrial control systems");
    }

    #[test]
    fn list_gloss_pairs_items() {
        let g = find(
            "a",
            1,
            "applications in areas such as intelligentized manufacturing, remote services, and integrated identifier resolution (智能化生产, 远程服务, 标识解析集成).",
        );
        let pairs: Vec<(&str, &str)> = g.iter().map(|g| (g.en.as_str(), g.zh.as_str())).collect();
        assert_eq!(
            pairs,
            [
                ("intelligentized manufacturing", "智能化生产"),
                ("remote services", "远程服务"),
                ("integrated identifier resolution", "标识解析集成"),
            ]
        );
    }

    #[test]
    fn acronyms_are_not_pinyin() {
        let (_, zh, py) = one("completing 5G fused network deployment (5G 融合网络部署), and");
        assert_eq!((zh.as_str(), py), ("5G 融合网络部署", None));
    }
}
