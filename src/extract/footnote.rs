//! What a footnote holds: the Chinese original (one or more quoted fragments), sometimes the English
//! rendering itself, and the citation.

use super::citation;
use super::text::{find_quote_end, has_han, matching_paren, strip_backlink};
use crate::quote::Citation;

/// The parts of one footnote.
#[derive(Debug, Default, PartialEq)]
pub struct Content {
    /// Chinese fragments, in order; empty when the footnote quotes no Chinese.
    pub zh: Vec<String>,
    /// The English rendering when the footnote carries it: `“English.” (中文。)`.
    pub en: Option<String>,
    pub citation: Citation,
    pub note: Option<String>,
}

/// Where a quoted Chinese fragment ends: a closing mark followed by the end, a ` / ` that joins
/// another fragment, a "See", or the citation's opening parenthesis or quotation.
fn fragment_ends(_inside: &str, after: &str) -> bool {
    let a = after.trim_start();
    a.is_empty()
        || a.starts_with('/')
        || a.starts_with("See")
        || a.starts_with("Source")
        || a.starts_with(['(', '（', '“', '—'])
        || a.starts_with('↩')
}

pub fn parse(text: &str) -> Content {
    let text = strip_backlink(text).trim();
    if !has_han(text) {
        return Content::default();
    }
    if text.starts_with(['“', '"']) {
        let mut fragments = Vec::new();
        let mut rest = text;
        while rest.starts_with(['“', '"']) {
            let Some(close) = find_quote_end(rest, 0, fragment_ends) else { break };
            let open_len = rest.chars().next().map_or(1, char::len_utf8);
            fragments.push(rest[open_len..close].to_string());
            rest = rest[close + rest[close..].chars().next().map_or(1, char::len_utf8)..].trim_start();
            match rest.strip_prefix('/') {
                Some(r) => rest = r.trim_start(),
                None => break,
            }
        }
        if fragments.iter().any(|f| has_han(f)) {
            let rest = rest
                .trim_start_matches(['.', ',', ' '])
                .trim_start_matches("See also")
                .trim_start_matches("See")
                .trim_start_matches("Source:")
                .trim_start_matches([',', ':', ' ']);
            let parsed = citation::parse(rest);
            return Content { zh: fragments, en: None, citation: parsed.citation, note: parsed.note };
        }
    }
    english_with_chinese(text).unwrap_or_default()
}

/// `… According to the SASTIND website, “English quotation.” (中文原文。)`: the footnote carries both
/// sides. The author's words before the quotation are the note; "According to X" names the source.
fn english_with_chinese(text: &str) -> Option<Content> {
    let mut search = 0;
    while let Some(open) = text[search..].find(['“', '"']).map(|i| i + search) {
        let close = find_quote_end(text, open, |inside, after| {
            !has_han(inside) && after.trim_start().starts_with(['(', '（'])
        });
        let Some(close) = close else {
            search = open + text[open..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        let open_len = text[open..].chars().next().map_or(1, char::len_utf8);
        let close_len = text[close..].chars().next().map_or(1, char::len_utf8);
        let after = &text[close + close_len..];
        let paren = after.len() - after.trim_start().len();
        let paren_at = close + close_len + paren;
        let paren_end = matching_paren(text, paren_at)?;
        let paren_len = text[paren_at..].chars().next().map_or(1, char::len_utf8);
        let zh = text[paren_at + paren_len..paren_end].trim();
        if !has_han(zh) {
            search = close + close_len;
            continue;
        }
        let before = text[..open].trim();
        let mut citation = Citation::default();
        if let Some(i) = before.rfind("According to ") {
            let source = before[i + "According to ".len()..].trim_end_matches([',', ' ']);
            let source = source.strip_prefix("the ").unwrap_or(source);
            citation.publisher_en = Some(source.to_string());
        }
        return Some(Content {
            zh: vec![zh.to_string()],
            en: Some(text[open + open_len..close].trim().to_string()),
            citation,
            note: (!before.is_empty()).then(|| before.to_string()),
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_quote_then_citation() {
        let c = parse(
            "“实施军民融合发展战略,是重大成果。” See, “Military-Civil Fusion Development Strategy” (军民融合发展战略), State Council Information Office, July 11, 2019. ↩︎",
        );
        assert_eq!(c.zh, ["实施军民融合发展战略,是重大成果。"]);
        assert_eq!(c.en, None);
        assert_eq!(c.citation.title_zh.as_deref(), Some("军民融合发展战略"));
    }

    #[test]
    fn nested_and_unpaired_marks_inside_the_chinese() {
        let c = parse(
            "“印发《关于深化“互联网+先进制造业” 发展的意见》,积极开展”民参军、军转民”服务。” See, “T” (标题), X, 2017.",
        );
        assert_eq!(c.zh, ["印发《关于深化“互联网+先进制造业” 发展的意见》,积极开展”民参军、军转民”服务。"]);
    }

    #[test]
    fn fragments_joined_by_slash() {
        let c = parse(
            "“…深入贯彻军民融合发展战略…” / “推动产业链发展。” See, Zhang Zhan (张战), “A” (加快), Study Times (学习时报), May 6, 2026, Page 6.",
        );
        assert_eq!(c.zh, ["…深入贯彻军民融合发展战略…", "推动产业链发展。"]);
        assert_eq!(c.citation.authors_zh, ["张战"]);
    }

    #[test]
    fn english_quotation_with_chinese_in_parentheses() {
        let c = parse(
            "SASTIND is a bureau. According to the SASTIND website, “the State Administration is the agency.” (国家国防科技工业局是行政管理机关。) ↩︎",
        );
        assert_eq!(c.en.as_deref(), Some("the State Administration is the agency."));
        assert_eq!(c.zh, ["国家国防科技工业局是行政管理机关。"]);
        assert_eq!(c.citation.publisher_en.as_deref(), Some("SASTIND website"));
        assert_eq!(c.note.as_deref(), Some("SASTIND is a bureau. According to the SASTIND website,"));
    }

    #[test]
    fn no_chinese_no_content() {
        assert_eq!(parse("Ministry of Finance; Ministry of Commerce. ↩︎"), Content::default());
    }
}
