//! Splits a citation ("Jiang Luming, Wang Weihai (姜鲁鸣, 王伟海), “Title” (标题), Guangming Daily,
//! November 10, 2017.") into its fields, and reads dates as ISO 8601.

use super::text::{find_quote_end, has_han, split_top_level, split_trailing_han_paren, strip_backlink};
use crate::quote::Citation;

fn month_number(word: &str) -> Option<u32> {
    crate::numbers::month(word, true)
}

fn year(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']);
    (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())).then(|| w.parse().ok()).flatten()
}

/// Reads a date written as "November 28, 2017", "28 November 2017", "Nov. 2017", "2017-11-28",
/// "2017年11月28日" or "2017" and gives it as ISO 8601 (`2017-11-28`, `2017-11`, `2017`).
pub fn iso_date(s: &str) -> Option<String> {
    let s = s.trim().trim_end_matches('.');
    if let Some(iso) = han_date(s) {
        return Some(iso);
    }
    let b = s.as_bytes();
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' && s.bytes().filter(u8::is_ascii_digit).count() == 8 {
        return Some(s.to_string());
    }
    let words: Vec<&str> = s.split([' ', ',']).filter(|w| !w.is_empty()).collect();
    let day = |w: &str| w.parse::<u32>().ok().filter(|d| (1..=31).contains(d));
    match words.as_slice() {
        [m, d, y] if month_number(m).is_some() && day(d).is_some() && year(y).is_some() => {
            Some(format!("{}-{:02}-{:02}", year(y)?, month_number(m)?, day(d)?))
        }
        [d, m, y] if month_number(m).is_some() && day(d).is_some() && year(y).is_some() => {
            Some(format!("{}-{:02}-{:02}", year(y)?, month_number(m)?, day(d)?))
        }
        [m, y] if month_number(m).is_some() && year(y).is_some() => {
            Some(format!("{}-{:02}", year(y)?, month_number(m)?))
        }
        [y] if year(y).is_some() => Some(y.to_string()),
        _ => None,
    }
}

fn han_date(s: &str) -> Option<String> {
    let (y, rest) = s.split_once('年')?;
    let y = year(y.trim())?;
    if rest.trim().is_empty() {
        return Some(y.to_string());
    }
    let (m, rest) = rest.split_once('月')?;
    let m: u32 = m.trim().parse().ok().filter(|m| (1..=12).contains(m))?;
    let rest = rest.trim();
    if rest.is_empty() {
        return Some(format!("{y}-{m:02}"));
    }
    let d: u32 = rest.strip_suffix('日').or_else(|| rest.strip_suffix('号'))?.trim().parse().ok()?;
    Some(format!("{y}-{m:02}-{d:02}"))
}

/// Does this segment start a date ("November 28", "Accessed June 24", "2017")?
fn starts_date(seg: &str) -> bool {
    let seg = seg.trim();
    let first = seg.split_whitespace().next().unwrap_or("");
    first.eq_ignore_ascii_case("accessed")
        || month_number(first).is_some_and(|_| {
            seg.split_whitespace().nth(1).is_some_and(|w| w.trim_end_matches('.').parse::<u32>().is_ok())
        })
        || year(seg).is_some()
        || han_date(seg).is_some()
        || iso_date(seg).is_some()
}

/// A parsed citation and any remark that followed it ("Note: …", "Also see …").
#[derive(Debug, Default, PartialEq)]
pub struct Parsed {
    pub citation: Citation,
    pub note: Option<String>,
}

/// Where an English title in quotation marks ends: `,”` (the comma inside, US style) or `”` followed
/// by a parenthesis, a comma, a full stop or the end.
fn title_ends(inside: &str, after: &str) -> bool {
    let after = after.trim_start();
    inside.ends_with(',') || after.is_empty() || after.starts_with(['(', '（', ',', '.', ';'])
}

/// Splits a citation into fields.
pub fn parse(text: &str) -> Parsed {
    let mut out = Parsed::default();
    let mut text = strip_backlink(text).trim();
    let mut notes: Vec<String> = Vec::new();
    if let Some(i) = text.find("Note:") {
        notes.push(text[i + "Note:".len()..].trim().to_string());
        text = text[..i].trim();
    }
    let c = &mut out.citation;

    // The title: the first quotation, or (when its opening mark is missing) the text up to `,”`.
    let (before, after) = match text.find(['“', '"']) {
        Some(open) => match find_quote_end(text, open, title_ends) {
            Some(close) => {
                let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
                let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
                c.title_en =
                    Some(text[open + open_len..close].trim().trim_end_matches(',').trim().to_string());
                (&text[..open], &text[close + close_len..])
            }
            None => (text, ""),
        },
        None => match text.find(",”") {
            Some(i) => {
                c.title_en = Some(text[..i].trim().to_string());
                ("", &text[i + ",”".len()..])
            }
            None => ("", text),
        },
    };
    let mut after = after.trim_start();
    if after.starts_with(['(', '（'])
        && let Some(close) = super::text::matching_paren(after, 0)
    {
        let inner = after[after.chars().next().map_or(1, char::len_utf8)..close].trim();
        if has_han(inner) {
            c.title_zh = Some(inner.trim_matches(['《', '》']).to_string());
        }
        after = &after[close + after[close..].chars().next().map_or(1, char::len_utf8)..];
    }

    authors(before.trim().trim_end_matches(',').trim(), c);

    // After the title: publisher, date, page, then any remark.
    let after = after.trim_start_matches([',', ' ']).trim();
    let (main, remark) = split_remark(after);
    if let Some(remark) = remark {
        notes.push(remark.to_string());
    }
    let segments: Vec<&str> = split_top_level(main.trim_end_matches('.'), ", ");
    let date_at = segments.iter().position(|s| starts_date(s));
    let publisher_end = date_at.unwrap_or(segments.len());
    let publisher = segments[..publisher_end].join(", ");
    if !publisher.trim().is_empty() {
        let (en, zh) = split_trailing_han_paren(publisher.trim());
        if !en.is_empty() {
            c.publisher_en = Some(en.to_string());
        }
        c.publisher_zh = zh.map(str::to_string);
    }
    if let Some(at) = date_at {
        let mut date = segments[at].trim().to_string();
        let mut next = at + 1;
        if let Some(y) = segments.get(next).filter(|s| year(s.trim()).is_some()) {
            date = format!("{date}, {}", y.trim());
            next += 1;
        }
        let accessed = date.to_ascii_lowercase().starts_with("accessed");
        let written = if accessed { date["accessed".len()..].trim().to_string() } else { date };
        let value = iso_date(&written).unwrap_or(written);
        if accessed {
            c.accessed = Some(value)
        } else {
            c.date = Some(value)
        }
        for seg in &segments[next..] {
            let seg = seg.trim();
            let lower = seg.to_ascii_lowercase();
            if let Some(p) = lower
                .strip_prefix("page ")
                .or_else(|| lower.strip_prefix("p. "))
                .or_else(|| lower.strip_prefix("pp. "))
            {
                c.page = Some(p.trim().to_string());
            } else if let Some(rest) = lower.strip_prefix("accessed ") {
                c.accessed = Some(iso_date(rest).unwrap_or_else(|| seg["accessed ".len()..].to_string()));
            } else if !seg.is_empty() {
                notes.push(seg.to_string());
            }
        }
    }
    if !notes.is_empty() {
        out.note = Some(notes.join(" "));
    }
    out
}

/// Splits "…, 2026, Page 6. Also see the full translation." at the first sentence end that is not
/// an abbreviation ("Co. Ltd", "p. 6").
fn split_remark(s: &str) -> (&str, Option<&str>) {
    let mut from = 0;
    while let Some(i) = s[from..].find(". ") {
        let at = from + i;
        let word = s[..at].rsplit([' ', ',']).next().unwrap_or("");
        let abbreviation = word.len() <= 3 && word.chars().next().is_some_and(char::is_uppercase)
            || matches!(word, "p" | "pp" | "No" | "Vol" | "ed" | "eds");
        let next_upper = s[at + 2..].chars().next().is_some_and(char::is_uppercase);
        if !abbreviation && next_upper {
            return (&s[..at + 1], Some(s[at + 2..].trim()));
        }
        from = at + 2;
    }
    (s, None)
}

/// "Jiang Luming, Wang Weihai (姜鲁鸣, 王伟海)" or "Liu Xiaoxiao (刘霄枭), Li Hongjuan (李红娟)".
fn authors(s: &str, c: &mut Citation) {
    if s.is_empty() {
        return;
    }
    let mut pending: Vec<String> = Vec::new();
    for item in split_top_level(s, ", ") {
        let (name, zh) = split_trailing_han_paren(item.trim());
        if looks_like_name(name) {
            pending.push(name.to_string());
        }
        if let Some(zh) = zh {
            c.authors_en.append(&mut pending);
            c.authors_zh
                .extend(zh.split([',', '，', '、']).map(|n| n.trim().to_string()).filter(|n| !n.is_empty()));
        }
    }
    c.authors_en.append(&mut pending);
}

/// A personal or corporate author written as up to five capitalised words (not a role like
/// "Political Commissar of the National University").
fn looks_like_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 5
        && words.iter().all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(iso_date("November 28, 2017").as_deref(), Some("2017-11-28"));
        assert_eq!(iso_date("10 Nov. 2017").as_deref(), Some("2017-11-10"));
        assert_eq!(iso_date("June 2025").as_deref(), Some("2025-06"));
        assert_eq!(iso_date("2017年11月27日").as_deref(), Some("2017-11-27"));
        assert_eq!(iso_date("Spring 2017"), None);
    }

    #[test]
    fn two_authors_with_chinese_names() {
        let p = parse(
            "Jiang Luming, Wang Weihai (姜鲁鸣, 王伟海), “Building a Unified National Strategic System and Capability” (构建一体化的国家战略体系和能力), Guangming Daily, November 10, 2017. ↩︎",
        );
        let c = &p.citation;
        assert_eq!(c.authors_en, ["Jiang Luming", "Wang Weihai"]);
        assert_eq!(c.authors_zh, ["姜鲁鸣", "王伟海"]);
        assert_eq!(
            c.title_en.as_deref(),
            Some("Building a Unified National Strategic System and Capability")
        );
        assert_eq!(c.title_zh.as_deref(), Some("构建一体化的国家战略体系和能力"));
        assert_eq!(c.publisher_en.as_deref(), Some("Guangming Daily"));
        assert_eq!(c.date.as_deref(), Some("2017-11-10"));
        assert_eq!(p.note, None);
    }

    #[test]
    fn nested_quotes_publisher_with_comma_accessed_page_and_remark() {
        let p = parse(
            "“State Council Outlines “Three-Step” Goal” (国务院明确工业互联网发展“三步走”目标), Economic Reference (经济参考报), November 28, 2017.",
        );
        assert_eq!(p.citation.title_en.as_deref(), Some("State Council Outlines “Three-Step” Goal"));
        assert_eq!(p.citation.publisher_zh.as_deref(), Some("经济参考报"));

        let p = parse(
            "Liu Xiaoxiao (刘霄枭), Li Hongjuan (李红娟), “Overview” (概述), Institute for Internet Industry, Tsinghua University (清华大学互联网产业研究院), August 24, 2022.",
        );
        assert_eq!(p.citation.authors_zh, ["刘霄枭", "李红娟"]);
        assert_eq!(
            p.citation.publisher_en.as_deref(),
            Some("Institute for Internet Industry, Tsinghua University")
        );

        let p = parse(
            "“Platform Introduction” (平台介绍), Beijing Hangxin Jiahe Technology Co. Ltd (北京航信佳禾科技有限公司), Accessed June 24, 2026.",
        );
        assert_eq!(p.citation.accessed.as_deref(), Some("2026-06-24"));
        assert_eq!(p.citation.date, None);
        assert_eq!(p.citation.publisher_en.as_deref(), Some("Beijing Hangxin Jiahe Technology Co. Ltd"));

        let p = parse(
            "Zhang Zhan (张战), “Accelerate” (加快), Study Times (学习时报), May 6, 2026, Page 6. Also see the full translation by Sinocism.",
        );
        assert_eq!(p.citation.page.as_deref(), Some("6"));
        assert_eq!(p.note.as_deref(), Some("Also see the full translation by Sinocism."));
    }

    #[test]
    fn note_is_kept_verbatim() {
        let p = parse(
            "“Military-Civil Fusion Development Strategy” (军民融合发展战略), State Council Information Office, July 11, 2019. Note: The title is incorrectly translated into English as “Strategy for Military-Civil Integration” in the State Council Information Office document. ↩︎",
        );
        assert_eq!(p.citation.title_zh.as_deref(), Some("军民融合发展战略"));
        assert_eq!(p.citation.date.as_deref(), Some("2019-07-11"));
        assert_eq!(
            p.note.as_deref(),
            Some(
                "The title is incorrectly translated into English as “Strategy for Military-Civil Integration” in the State Council Information Office document."
            )
        );
    }

    #[test]
    fn english_attribution_with_comma_inside_title() {
        let p = parse(
            "“Military-Civil Fusion Development Strategy,” State Council Information Office, July 11, 2019.",
        );
        assert_eq!(p.citation.title_en.as_deref(), Some("Military-Civil Fusion Development Strategy"));
        assert_eq!(p.citation.publisher_en.as_deref(), Some("State Council Information Office"));
    }
}
