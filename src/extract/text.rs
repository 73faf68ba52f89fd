//! Small text helpers shared by the extractor: scripts, quotation marks, parentheses.

/// Is `c` a Han ideograph (CJK Unified Ideographs and their extensions, compatibility ideographs)?
pub fn is_han(c: char) -> bool {
    matches!(c as u32,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2EBEF | 0x30000..=0x323AF)
}

pub fn has_han(s: &str) -> bool {
    s.chars().any(is_han)
}

pub fn is_close_quote(c: char) -> bool {
    matches!(c, '”' | '’' | '」' | '』' | '"')
}

/// Counts of opening and closing double quotation marks (curly only; straight quotes count as pairs).
pub fn quotes_balanced(s: &str) -> bool {
    let open = s.chars().filter(|&c| c == '“').count();
    let close = s.chars().filter(|&c| c == '”').count();
    let straight = s.chars().filter(|&c| c == '"').count();
    open == close && straight % 2 == 0
}

/// Finds the closing quotation mark of a quotation opened at byte `open` (which holds `“` or `"`),
/// allowing nested and unpaired marks inside: the closing mark is the first one accepted by
/// `ends_here(text_before_mark, text_after_mark)`. Returns the byte index of the closing mark.
pub fn find_quote_end(s: &str, open: usize, ends_here: impl Fn(&str, &str) -> bool) -> Option<usize> {
    let open_char = s[open..].chars().next()?;
    let close_char = if open_char == '"' { '"' } else { '”' };
    let start = open + open_char.len_utf8();
    s[start..]
        .char_indices()
        .filter(|&(_, c)| c == close_char)
        .map(|(i, _)| start + i)
        .find(|&i| ends_here(&s[start..i], &s[i + close_char.len_utf8()..]))
}

/// Byte index of the `)` (or `）`) that closes the parenthesis opened at byte `open`, looking at most
/// 2,000 characters ahead (so a page of unclosed parentheses stays linear).
pub fn matching_paren(s: &str, open: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in s[open..].char_indices().take(2000) {
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 {
                    return Some(open + i);
                }
            }
            _ => {}
        }
    }
    None
}

/// Splits `s` at `sep` where it is not inside parentheses.
pub fn split_top_level<'a>(s: &'a str, sep: &str) -> Vec<&'a str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut last = 0;
    let mut i = 0;
    while i < s.len() {
        let c = s[i..].chars().next().unwrap_or(' ');
        match c {
            '(' | '（' => depth += 1,
            ')' | '）' => depth -= 1,
            _ => {}
        }
        if depth == 0 && s[i..].starts_with(sep) {
            parts.push(&s[last..i]);
            i += sep.len();
            last = i;
            continue;
        }
        i += c.len_utf8();
    }
    parts.push(&s[last..]);
    parts
}

/// If `s` ends with a parenthesised part holding Han text, returns (text before it, the part's content).
pub fn split_trailing_han_paren(s: &str) -> (&str, Option<&str>) {
    let t = s.trim_end();
    if !(t.ends_with(')') || t.ends_with('）')) {
        return (s.trim(), None);
    }
    let Some(open) =
        t.char_indices().filter(|&(_, c)| c == '(' || c == '（').map(|(i, _)| i).find(|&i| {
            matching_paren(t, i) == Some(t.len() - t.chars().next_back().map_or(1, char::len_utf8))
        })
    else {
        return (s.trim(), None);
    };
    let inner = &t[open + 1..t.len() - t.chars().next_back().map_or(1, char::len_utf8)];
    if has_han(inner) { (t[..open].trim(), Some(inner.trim())) } else { (s.trim(), None) }
}

/// Strips trailing footnote back-link marks (`↩︎`, `↩`) and whitespace.
pub fn strip_backlink(s: &str) -> &str {
    s.trim_end().trim_end_matches(['↩', '\u{FE0E}', '\u{FE0F}', ' ']).trim_end()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quote_end_skips_nested_quotes() {
        let s = "“State Council Outlines “Three-Step” Goal” (国务院)";
        let end = find_quote_end(s, 0, |_, after| after.trim_start().starts_with('(')).unwrap();
        assert_eq!(&s[end..], "” (国务院)");
    }

    #[test]
    fn trailing_han_paren() {
        assert_eq!(split_trailing_han_paren("Xinhua (新华社)"), ("Xinhua", Some("新华社")));
        assert_eq!(split_trailing_han_paren("Plan (2018–2020)"), ("Plan (2018–2020)", None));
        assert_eq!(split_trailing_han_paren("A, B (甲, 乙)"), ("A, B", Some("甲, 乙")));
    }

    #[test]
    fn split_respects_parens() {
        assert_eq!(split_top_level("a (b, c), d", ", "), vec!["a (b, c)", "d"]);
    }

    #[test]
    fn backlink_is_stripped() {
        assert_eq!(strip_backlink("2017. ↩︎"), "2017.");
    }
}
