//! The article as lines: where the footnotes are, which lines are headings, block quotes and
//! attribution lines, and where the body cites a footnote.

use super::text::{has_han, is_close_quote};

/// One footnote as written: its number, its 1-based line, and its text (continuation lines joined).
#[derive(Debug, Clone)]
pub struct FootnoteItem {
    pub number: u32,
    pub line: usize,
    pub text: String,
}

/// How the body cites a footnote.
#[derive(Debug, Clone, PartialEq)]
pub enum RefKind {
    /// The number closes an attribution line under a block quote.
    Attribution,
    /// The number stands in running text; `quoted` is the quotation right before it, if any.
    Inline { quoted: Option<String> },
}

#[derive(Debug, Clone)]
pub struct Reference {
    pub number: u32,
    /// 0-based line index.
    pub line: usize,
    pub kind: RefKind,
    /// The line without its footnote marker.
    pub text: String,
}

/// The article split into body lines and footnotes.
pub struct Document<'a> {
    pub lines: Vec<&'a str>,
    /// Lines `0..body_end` are the body (minus Markdown footnote definitions).
    pub body_end: usize,
    pub footnotes: Vec<FootnoteItem>,
    /// 0-based indices of Markdown footnote definition lines (not body).
    pub definition_lines: Vec<usize>,
}

/// Is this line the heading of the footnote section ("Footnotes", "Notes", misspelt "Foonotes")?
pub fn is_footnote_heading(line: &str) -> bool {
    let t = line.trim().trim_start_matches('#').trim().trim_end_matches(':').to_lowercase();
    if t.is_empty() || t.chars().count() > 16 {
        return false;
    }
    matches!(t.as_str(), "notes" | "endnotes" | "end notes" | "footnote" | "sources and notes")
        || strsim::damerau_levenshtein(&t, "footnotes") <= 2
}

/// `[^label]: text` → (label, text).
fn markdown_definition(line: &str) -> Option<(&str, &str)> {
    let rest = line.trim_start().strip_prefix("[^")?;
    let (label, rest) = rest.split_once("]:")?;
    (!label.is_empty() && !label.contains(' ')).then_some((label, rest.trim()))
}

fn numbered_item(line: &str) -> Option<(u32, &str)> {
    let t = line.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let rest = t[digits..].strip_prefix(['.', ')'])?;
    rest.starts_with(char::is_whitespace)
        .then(|| (t[..digits].parse().ok(), rest.trim()))
        .and_then(|(n, r)| Some((n?, r)))
}

fn bullet_item(line: &str) -> Option<&str> {
    let t = line.trim_start();
    let rest = t.strip_prefix(['-', '*', '•'])?;
    rest.starts_with(char::is_whitespace).then(|| rest.trim())
}

impl<'a> Document<'a> {
    pub fn parse(text: &'a str) -> Self {
        let lines: Vec<&str> = text.split('\n').collect();
        let heading = lines.iter().rposition(|l| is_footnote_heading(l));
        let body_end = heading.unwrap_or(lines.len());
        let mut footnotes: Vec<FootnoteItem> = Vec::new();
        let mut definition_lines = Vec::new();

        // Markdown definitions anywhere; numeric labels keep their number, others count in order.
        let mut next_label = 1;
        for (i, line) in lines.iter().enumerate() {
            if let Some((label, rest)) = markdown_definition(line) {
                let number = label.parse().unwrap_or(next_label);
                next_label = number + 1;
                definition_lines.push(i);
                footnotes.push(FootnoteItem { number, line: i + 1, text: rest.to_string() });
            } else if let (Some(&last), true) =
                (definition_lines.last(), line.starts_with("    ") || line.starts_with('\t'))
            {
                if last + 1 == i && !line.trim().is_empty() {
                    definition_lines.push(i);
                    if let Some(f) = footnotes.last_mut() {
                        f.text.push(' ');
                        f.text.push_str(line.trim());
                    }
                }
            }
        }

        if let Some(h) = heading {
            let mut ordinal = 0;
            let mut open = false;
            for (i, line) in lines.iter().enumerate().skip(h + 1) {
                if line.trim().is_empty() || definition_lines.contains(&i) {
                    continue;
                }
                if let Some((n, rest)) = numbered_item(line) {
                    ordinal = n;
                    footnotes.push(FootnoteItem { number: n, line: i + 1, text: rest.to_string() });
                    open = true;
                } else if let Some(rest) = bullet_item(line) {
                    ordinal += 1;
                    footnotes.push(FootnoteItem { number: ordinal, line: i + 1, text: rest.to_string() });
                    open = true;
                } else if open && let Some(f) = footnotes.last_mut() {
                    f.text.push(' ');
                    f.text.push_str(line.trim());
                }
            }
        }
        footnotes.sort_by_key(|f| (f.number, f.line));
        Document { lines, body_end, footnotes, definition_lines }
    }

    /// 0-based indices of body lines.
    pub fn body_lines(&self) -> impl Iterator<Item = (usize, &'a str)> + '_ {
        self.lines[..self.body_end]
            .iter()
            .enumerate()
            .filter(|(i, _)| !self.definition_lines.contains(i))
            .map(|(i, l)| (i, *l))
    }

    pub fn has_footnote(&self, n: u32) -> bool {
        self.footnotes.iter().any(|f| f.number == n)
    }

    /// Every place the body cites a footnote, in order.
    pub fn references(&self) -> Vec<Reference> {
        let mut refs = Vec::new();
        for (i, line) in self.body_lines() {
            let mut found_markdown = false;
            let mut rest = line;
            let mut offset = 0;
            while let Some(at) = rest.find("[^") {
                let start = offset + at;
                let Some(close) = line[start..].find(']') else { break };
                let label = &line[start + 2..start + close];
                if let Ok(number) = label.parse::<u32>() {
                    found_markdown = true;
                    let stripped = format!("{}{}", &line[..start], &line[start + close + 1..]);
                    let kind =
                        if looks_like_attribution(&stripped) && line[start + close + 1..].trim().is_empty() {
                            RefKind::Attribution
                        } else {
                            RefKind::Inline { quoted: quoted_before(&line[..start]) }
                        };
                    refs.push(Reference { number, line: i, kind, text: stripped.trim_end().to_string() });
                }
                offset = start + close + 1;
                rest = &line[offset..];
            }
            if found_markdown {
                continue;
            }
            refs.extend(self.plain_references(i, line));
        }
        refs
    }

    /// References written as bare digits: "…, July 11, 2019.2" at the end of an attribution line, or
    /// "Working Group,1 joining" in running text. Only numbers of existing footnotes count.
    fn plain_references(&self, i: usize, line: &str) -> Vec<Reference> {
        let mut refs = Vec::new();
        let trimmed = line.trim_end();
        let digits = trimmed.bytes().rev().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits) {
            let head = &trimmed[..trimmed.len() - digits];
            if let Ok(number) = trimmed[head.len()..].parse::<u32>()
                && head.ends_with(['.', '”', '"', ')'])
                && looks_like_attribution(head)
                && self.has_footnote(number)
            {
                refs.push(Reference { number, line: i, kind: RefKind::Attribution, text: head.to_string() });
                return refs;
            }
        }
        let chars: Vec<(usize, char)> = line.char_indices().collect();
        let mut k = 1;
        while k < chars.len() {
            let (pos, c) = chars[k];
            let prev = chars[k - 1].1;
            let before_prev = if k >= 2 { Some(chars[k - 2].1) } else { None };
            let starts_number = c.is_ascii_digit() && !prev.is_ascii_digit();
            let good_prev = matches!(prev, ',' | '.' | ';' | ':' | '”' | '’' | ')' | '"')
                && before_prev.is_some_and(|b| b.is_alphabetic() || is_close_quote(b) || b == ')')
                || prev.is_ascii_lowercase() && before_prev.is_some_and(|b| b.is_ascii_lowercase());
            if starts_number && good_prev {
                let end = chars[k..].iter().take_while(|(_, c)| c.is_ascii_digit()).count();
                let after = chars.get(k + end).map(|&(_, c)| c);
                let number: u32 =
                    line[pos..chars.get(k + end).map_or(line.len(), |&(p, _)| p)].parse().unwrap_or(0);
                if end <= 3 && after.is_none_or(char::is_whitespace) && self.has_footnote(number) {
                    let quoted = quoted_before(&line[..pos]);
                    refs.push(Reference {
                        number,
                        line: i,
                        kind: RefKind::Inline { quoted },
                        text: line.to_string(),
                    });
                }
                k += end;
            }
            k += 1;
        }
        refs
    }
}

/// A quotation that ends right before a footnote marker: `… said “Such and such.”3`.
fn quoted_before(s: &str) -> Option<String> {
    let s = s.trim_end();
    let close = s.strip_suffix('”').or_else(|| s.strip_suffix('"'))?;
    let open = close.rfind(['“', '"'])?;
    let inner = &close[open + close[open..].chars().next()?.len_utf8()..];
    (inner.split_whitespace().count() >= 3).then(|| inner.trim().to_string())
}

/// An attribution line under a block quote: a title in quotation marks closed by `,”` (or followed
/// by a publisher), or a line led by a dash; short, and with no Chinese.
pub fn looks_like_attribution(line: &str) -> bool {
    let t = line.trim().trim_start_matches('>').trim();
    if t.is_empty() || t.chars().count() > 400 || has_han(t) {
        return false;
    }
    t.starts_with(['—', '―']) || t.starts_with("--") || t.contains(",”") || t.contains(",\"")
}

/// Does this attribution-like line end in a date ("…, June 5, 2025.")? Used to spot block-quote
/// attributions that lack their footnote number.
pub fn ends_with_date(line: &str) -> bool {
    let t = line.trim().trim_end_matches('.');
    let tail: String =
        t.rsplit(", ").take(2).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join(", ");
    let tail = tail.trim_start_matches("Accessed ").trim_start_matches("accessed ");
    super::citation::iso_date(tail).is_some()
        || super::citation::iso_date(t.rsplit(", ").next().unwrap_or("")).is_some()
}

/// A heading: Markdown `#`, or a short line with no closing punctuation ("1. Where Strategy Becomes
/// Infrastructure", "Article Roadmap").
pub fn is_heading(line: &str) -> bool {
    let t = line.trim();
    if t.starts_with('#') {
        return true;
    }
    if t.is_empty() || t.starts_with(['-', '*', '•', '>']) || t.chars().count() > 100 {
        return false;
    }
    !t.ends_with(['.', '!', '?', '…', ':', ';', '”', '"', '’', ')', ',', '。', '！', '？', '）', '」'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footnote_headings() {
        assert!(is_footnote_heading("Footnotes"));
        assert!(is_footnote_heading("Foonotes"));
        assert!(is_footnote_heading("## Notes"));
        assert!(!is_footnote_heading("References"));
        assert!(!is_footnote_heading("Key Points"));
    }

    #[test]
    fn plain_references_need_a_footnote() {
        let text = "The group,1 joining in 2018. Section 3.2 shows\n\"Title,\" Xinhua, May 1, 2020.2\nFootnotes\n1. a\n2. b\n";
        let doc = Document::parse(text);
        let refs = doc.references();
        assert_eq!(refs.len(), 2, "{refs:?}");
        assert_eq!((refs[0].number, &refs[0].kind), (1, &RefKind::Inline { quoted: None }));
        assert_eq!((refs[1].number, &refs[1].kind), (2, &RefKind::Attribution));
    }

    #[test]
    fn markdown_footnotes() {
        let text = "> Some quote.\n>\n> — “Title,” Xinhua, 2020.[^1]\n\nHe said “this is it now.”[^2]\n\n[^1]: “中文。” See, “Title” (标题).\n[^2]: “他说。”\n";
        let doc = Document::parse(text);
        assert_eq!(doc.footnotes.len(), 2);
        let refs = doc.references();
        assert_eq!(refs[0].kind, RefKind::Attribution);
        assert_eq!(refs[1].kind, RefKind::Inline { quoted: Some("this is it now.".into()) });
    }
}
