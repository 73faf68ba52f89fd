//! Chinese sentences and clauses.
//!
//! A sentence ends after 。！？!? (a run of them, such as 。。。 or ？！), after …… and at a line break
//! or after a ` / ` between quoted fragments (the separator ends the fragment before it). Closing quotes and brackets stay with the sentence. Nothing
//! breaks inside 《》 or inside a quotation that goes on after the stop; unpaired marks (common in
//! published pages) are ignored rather than trusted. ASCII punctuation in Chinese text is accepted.

use super::trimmed_spans;
use crate::span::{Span, Zh};

fn is_stop(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '!' | '?' | '｡' | '︒')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '）' | ')' | '》' | '〉' | '】' | '〗' | '"' | '\'')
}

fn is_han_or_fullwidth(c: char) -> bool {
    crate::extract::is_han(c)
        || ('\u{3000}'..='\u{303F}').contains(&c)
        || ('\u{FF00}'..='\u{FFEF}').contains(&c)
}

/// Pairs of openers and closers that protect their content.
const PAIRS: [(char, char); 7] =
    [('《', '》'), ('〈', '〉'), ('“', '”'), ('‘', '’'), ('「', '」'), ('『', '』'), ('（', '）')];
/// Book-title marks: nothing inside them ever ends a sentence.
const TITLES: [(char, char); 2] = [('《', '》'), ('〈', '〉')];

/// For each char index, how many matched pairs enclose it (the marks themselves excluded).
fn nesting(chars: &[(usize, char)], pairs: &[(char, char)]) -> Vec<u16> {
    let mut delta = vec![0i32; chars.len() + 1];
    for &(open, close) in pairs {
        let mut stack: Vec<usize> = Vec::new();
        for (k, &(_, c)) in chars.iter().enumerate() {
            if c == '\n' {
                stack.clear(); // quotations do not run across lines
            } else if c == open {
                stack.push(k);
            } else if c == close
                && let Some(o) = stack.pop()
            {
                delta[o + 1] += 1;
                delta[k] -= 1;
            }
        }
    }
    let mut depth = 0i32;
    delta[..chars.len()]
        .iter()
        .map(|d| {
            depth += d;
            depth.max(0) as u16
        })
        .collect()
}

/// Sentence spans of Chinese `text`, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Span<Zh>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let depth = nesting(&chars, &PAIRS);
    let titles = nesting(&chars, &TITLES);
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
    let mut cuts = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        if c == '\n' {
            cuts.push(pos);
            k += 1;
            continue;
        }
        // " / " joins quoted fragments.
        if c == '/' && k > 0 && chars[k - 1].1 == ' ' && chars.get(k + 1).is_some_and(|&(_, c)| c == ' ') {
            cuts.push(pos + 1); // the separator closes the fragment before it
            k += 1;
            continue;
        }
        let ellipsis = c == '…' && chars.get(k + 1).is_some_and(|&(_, c)| c == '…');
        let ascii_stop = c == '.'
            && k > 0
            && is_han_or_fullwidth(chars[k - 1].1)
            && chars.get(k + 1).is_none_or(|&(_, c)| c.is_whitespace() || is_han_or_fullwidth(c));
        if !(is_stop(c) || ellipsis || ascii_stop) {
            k += 1;
            continue;
        }
        let mut j = k + 1;
        if !ascii_stop {
            while j < chars.len() && (is_stop(chars[j].1) || chars[j].1 == '…') {
                j += 1;
            }
        }
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        // Inside 《》, or inside a quotation that is still open after the stop and its closers: no break.
        let still_open = j < chars.len() && depth[j] > 0 && depth[k] > 0;
        if titles[k] > 0 || still_open {
            k = j;
            continue;
        }
        cuts.push(end_of(j));
        k = j;
    }
    trimmed_spans(text, &cuts)
}

/// Clauses of one sentence: cut after ；：;: and ——, and after ，, when `commas` is set, outside
/// quotations and titles. Offsets are relative to `text`.
pub fn clauses(text: &str, sentence: Span<Zh>, commas: bool) -> Vec<Span<Zh>> {
    let s = sentence.slice(text);
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let depth = nesting(&chars, &PAIRS);
    let mut cuts = Vec::new();
    for (k, &(i, c)) in chars.iter().enumerate() {
        if depth[k] > 0 {
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, c)| c);
        let cut = match c {
            '；' | '：' => true,
            ';' | ':' => next.is_none_or(|n| !n.is_ascii_digit() && n != '/'),
            '—' => next == Some('—') && !(k > 0 && chars[k - 1].1 == '—'),
            '，' | '、' if commas && c == '，' => true,
            ',' if commas => next.is_none_or(|n| !n.is_ascii_digit()),
            _ => false,
        };
        if cut {
            if c == '—' {
                cuts.push(i); // the dash opens the next clause: "……——这是"
            } else {
                cuts.push(i + c.len_utf8());
            }
        }
    }
    trimmed_spans::<Zh>(s, &cuts)
        .into_iter()
        .map(|sp| Span::new(sentence.start + sp.start, sentence.start + sp.end))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<&str> {
        sentences(text).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn book_titles_and_quotes() {
        assert_eq!(
            split("我们明天一起去看《摔跤吧！爸爸》好吗？好！"),
            ["我们明天一起去看《摔跤吧！爸爸》好吗？", "好！"]
        );
        assert_eq!(split("他说：“好。”我们走了。"), ["他说：“好。”", "我们走了。"]);
        assert_eq!(split("他说：“第一句。第二句。”然后走了。"), ["他说：“第一句。第二句。”", "然后走了。"]);
        assert_eq!(
            split("积极开展”民参军、军转民”服务。下一句。"),
            ["积极开展”民参军、军转民”服务。", "下一句。"]
        );
    }

    #[test]
    fn runs_ellipses_fragments_ascii() {
        assert_eq!(split("中心。。。 国防平台。"), ["中心。。。", "国防平台。"]);
        assert_eq!(split("他走了……我留下。"), ["他走了……", "我留下。"]);
        assert_eq!(split("…深入贯彻战略… / 推动发展。"), ["…深入贯彻战略… /", "推动发展。"]);
        assert_eq!(split("真的吗?是的!好."), ["真的吗?", "是的!", "好."]);
        assert_eq!(split("版本2.0已发布。"), ["版本2.0已发布。"]);
    }

    #[test]
    fn clause_cuts() {
        let text = "到2025年,基础设施基本建成;到2035年,建成平台:全面领先——这是目标。";
        let got: Vec<&str> =
            clauses(text, Span::new(0, text.len()), false).iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, ["到2025年,基础设施基本建成;", "到2035年,建成平台:", "全面领先", "——这是目标。"]);
        let got = clauses(text, Span::new(0, text.len()), true);
        assert_eq!(got.len(), 6);
    }
}
