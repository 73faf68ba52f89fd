//! English sentences and clauses. Candidate boundaries come from the text; the ordered rules in
//! `rules/en.yaml` decide which are real; list items are found first.

use std::path::Path;
use std::sync::OnceLock;

use super::rules::RuleSet;
use super::{floor_boundary, trimmed_spans};
use crate::span::{En, Span};

/// The built-in English rules, compiled once.
pub fn rules() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        RuleSet::parse(Path::new("src/segment/rules/en.yaml"), include_str!("rules/en.yaml"))
            .unwrap_or_else(|e| panic!("built-in rules are invalid (a test guards this): {e}"))
    })
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？' | '‼' | '⁇' | '⁈' | '⁉')
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | '”' | '’' | ')' | ']' | '}' | '»' | '」' | '』' | '》' | '）' | '>' | '`')
}

/// Quotations longer than this are not trusted to protect their content (a stray mark must not
/// swallow a page).
const MAX_QUOTATION: usize = 1500;

/// Paired quotation marks as (first char index inside, char index of the closing mark).
/// Curly marks pair by nesting; straight `"` and tokenised `''` alternate; `` ` ``/```` `` ```` open and
/// close with a backtick or an apostrophe; a straight `'` between letters is an apostrophe.
fn quotations(chars: &[(usize, char)]) -> Vec<(usize, usize)> {
    let letter = |k: Option<&(usize, char)>| k.is_some_and(|&(_, c)| c.is_alphanumeric());
    let mut pairs = Vec::new();
    let mut curly: Vec<usize> = Vec::new();
    let mut single_curly: Vec<usize> = Vec::new();
    let mut straight: Option<usize> = None;
    let mut doubled: Option<usize> = None;
    let mut single: Option<usize> = None;
    let push = |o: usize, c: usize, pairs: &mut Vec<(usize, usize)>| {
        if chars[c].0 - chars[o.min(c)].0 <= MAX_QUOTATION {
            pairs.push((o, c));
        }
    };
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k].1;
        let prev = k.checked_sub(1).and_then(|p| chars.get(p));
        let next = chars.get(k + 1);
        match c {
            '\n' if next.is_some_and(|&(_, n)| n == '\n') => {
                curly.clear();
                single_curly.clear();
                (straight, doubled, single) = (None, None, None);
            }
            '“' => curly.push(k + 1),
            '”' => {
                if let Some(o) = curly.pop() {
                    push(o, k, &mut pairs);
                }
            }
            '‘' => single_curly.push(k + 1),
            '’' if !(letter(prev) && letter(next)) => {
                if let Some(o) = single_curly.pop() {
                    push(o, k, &mut pairs);
                }
            }
            '"' => match straight.take() {
                Some(o) => push(o, k, &mut pairs),
                None => straight = Some(k + 1),
            },
            '\'' | '`' if next.is_some_and(|&(_, n)| n == c) => {
                match doubled.take() {
                    Some(o) => push(o, k, &mut pairs),
                    None => doubled = Some(k + 2),
                }
                k += 2;
                continue;
            }
            '`' => match single.take() {
                Some(o) => push(o, k, &mut pairs),
                None => single = Some(k + 1),
            },
            '\'' if !(letter(prev) && letter(next)) => match single.take() {
                Some(o) => push(o, k, &mut pairs),
                None if prev.is_none_or(|&(_, p)| p.is_whitespace() || "([{".contains(p)) => {
                    single = Some(k + 1)
                }
                None => {}
            },
            _ => {}
        }
        k += 1;
    }
    pairs
}

fn is_bullet(c: char) -> bool {
    matches!(c, '•' | '⁃' | '◦' | '▪' | '‣' | '●' | '■' | '►' | '∙')
}

/// How far back and ahead the rules look, in bytes.
const BEFORE_WINDOW: usize = 400;
const AFTER_WINDOW: usize = 120;

/// Sentence spans of `text`, trimmed of surrounding white space.
pub fn sentences(text: &str) -> Vec<Span<En>> {
    sentences_with(text, rules())
}

/// Sentence spans under a given rule set.
pub fn sentences_with(text: &str, rules: &RuleSet) -> Vec<Span<En>> {
    let (forced, protected) = list_items(text);
    let mut cuts: Vec<usize> = Vec::new();
    let mut sentence_start = 0;
    let mut forced_iter = forced.iter().peekable();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let quotes = quotations(&chars);
    let mut k = 0;
    while k < chars.len() {
        let (pos, c) = chars[k];
        while let Some(&&f) = forced_iter.peek() {
            if f > pos {
                break;
            }
            cuts.push(f);
            sentence_start = f;
            forced_iter.next();
        }
        if c == '\n' {
            // A blank line ends a paragraph and so a sentence.
            let mut j = k + 1;
            while j < chars.len() && chars[j].1 != '\n' && chars[j].1.is_whitespace() {
                j += 1;
            }
            if j < chars.len() && chars[j].1 == '\n' {
                cuts.push(chars[j].0);
                sentence_start = chars[j].0;
                k = j + 1;
                continue;
            }
        }
        if !is_terminator(c) {
            k += 1;
            continue;
        }
        // The run of terminators, allowing single spaces between them (". . .", "? ? ?").
        let run_start = k;
        let mut j = k + 1;
        loop {
            if j < chars.len() && is_terminator(chars[j].1) {
                j += 1;
            } else if j + 1 < chars.len() && chars[j].1 == ' ' && is_terminator(chars[j + 1].1) {
                j += 2;
            } else {
                break;
            }
        }
        let run: String = chars[run_start..j].iter().map(|&(_, c)| c).collect();
        // "[...]" and "(…)" mark an omission inside a sentence.
        let bracketed = run_start > 0
            && matches!(chars[run_start - 1].1, '[' | '(')
            && chars.get(j).is_some_and(|&(_, c)| matches!(c, ']' | ')'));
        if bracketed {
            k = j + 1;
            continue;
        }
        let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(p, _)| p);
        // "compounds. . . . The practice": a full stop, then an ellipsis that opens the next sentence.
        let attached = run_start > 0 && !chars[run_start - 1].1.is_whitespace();
        let next_upper = chars.get(j + 1).is_some_and(|&(_, c)| c.is_uppercase())
            && chars.get(j).is_some_and(|&(_, c)| c.is_whitespace());
        if attached && run == ". . . ." && next_upper {
            let cut = end_of(run_start + 1);
            cuts.push(cut);
            sentence_start = cut;
            k = j;
            continue;
        }
        while j < chars.len() && is_closer(chars[j].1) {
            j += 1;
        }
        // A closing mark set off by a space, as in tokenised text ("to do ? ''"), when it closes a
        // quotation opened before the stop.
        if j + 1 < chars.len() && chars[j].1 == ' ' {
            if let Some(&(_, close)) = quotes.iter().find(|&&(o, c)| c == j + 1 && o <= run_start) {
                j = close + 1;
                while j < chars.len() && matches!(chars[j].1, '\'' | '`') && j <= close + 1 {
                    j += 1;
                }
            }
        }
        // Citation marks after the sentence: " [1]", "[2–11]", " [1][2] [3]".
        loop {
            let mut m = j;
            while m < chars.len() && chars[m].1 == ' ' {
                m += 1;
            }
            if m < chars.len() && chars[m].1 == '[' {
                let mut e = m + 1;
                while e < chars.len()
                    && (chars[e].1.is_ascii_digit() || matches!(chars[e].1, '–' | '-' | ','))
                {
                    e += 1;
                }
                if e > m + 1 && e < chars.len() && chars[e].1 == ']' {
                    j = e + 1;
                    continue;
                }
            }
            break;
        }
        let pos_cut = end_of(j);
        k = j;
        if protected.iter().any(|&(s, e)| pos_cut > s && pos_cut <= e) {
            continue;
        }
        // Inside a quotation that goes on after the candidate: no break.
        if quotes.iter().any(|&(o, c)| o <= run_start && j <= c) {
            continue;
        }
        let cjk = run.chars().any(|c| matches!(c, '。' | '！' | '？'));
        let before =
            &text[floor_boundary(text, pos_cut.saturating_sub(BEFORE_WINDOW).max(sentence_start))..pos_cut];
        let after = &text[pos_cut..floor_boundary(text, (pos_cut + AFTER_WINDOW).min(text.len()))];
        let is_break = match rules.decide(before, after) {
            Some(rule) => rule.is_break,
            None => cjk || after.is_empty() || after.starts_with(char::is_whitespace),
        };
        if is_break {
            cuts.push(pos_cut);
            sentence_start = pos_cut;
        }
    }
    cuts.extend(forced_iter.copied());
    trimmed_spans(text, &cuts)
}

/// List items: (forced breaks before items, protected ranges just after their markers).
/// A list is two or more markers in sequence of one style: "1." "2.", "1)" "2)", "1.)" "2.)", "a." "b.",
/// or any bullet ("•", "⁃").
fn list_items(text: &str) -> (Vec<usize>, Vec<(usize, usize)>) {
    let mut forced = Vec::new();
    let mut protected = Vec::new();
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    // (start byte, marker end byte, ordinal, style)
    let mut markers: Vec<(usize, usize, u32, u8)> = Vec::new();
    for (k, &(pos, c)) in chars.iter().enumerate() {
        let after_space = k == 0 || chars[k - 1].1.is_whitespace() || is_bullet(chars[k - 1].1);
        if is_bullet(c) && after_space {
            forced.push(pos);
            continue;
        }
        if !after_space {
            continue;
        }
        let mut e = k;
        while e < chars.len() && chars[e].1.is_ascii_digit() {
            e += 1;
        }
        let (ordinal, after_num) = if e > k && e - k <= 2 {
            let end = chars.get(e).map_or(text.len(), |&(p, _)| p);
            let n: u32 = text[pos..end].parse().unwrap_or(0);
            (n, e)
        } else if e == k && chars[k].1.is_ascii_lowercase() {
            (100 + (chars[k].1 as u32 - 'a' as u32), k + 1)
        } else {
            continue;
        };
        let rest: String = chars[after_num..chars.len().min(after_num + 3)].iter().map(|&(_, c)| c).collect();
        let (style, len) = if rest.starts_with(".)") {
            (1u8, 2)
        } else if rest.starts_with(')') {
            (2, 1)
        } else if rest.starts_with('.') {
            (3, 1)
        } else {
            continue;
        };
        let end = after_num + len;
        if chars.get(end).is_some_and(|&(_, c)| c.is_whitespace()) {
            let style = if ordinal >= 100 { style + 10 } else { style };
            markers.push((pos, chars[end].0, ordinal, style));
        }
    }
    for (i, m) in markers.iter().enumerate() {
        let next = markers[i + 1..].iter().find(|n| n.3 == m.3);
        let prev = markers[..i].iter().rev().find(|p| p.3 == m.3);
        let in_list = next.is_some_and(|n| n.2 == m.2 + 1) || prev.is_some_and(|p| p.2 + 1 == m.2);
        if in_list {
            // "• 9. The first item": the bullet already opened the item.
            let after_bullet = text[..m.0].trim_end().chars().next_back().is_some_and(is_bullet);
            if !after_bullet {
                forced.push(m.0);
            }
            protected.push((m.0, m.1));
        }
    }
    forced.retain(|&f| !text[..f].trim().is_empty());
    forced.sort_unstable();
    forced.dedup();
    (forced, protected)
}

/// Clauses of one sentence: cut after `;` and `:` followed by white space, and around dashes
/// (`—`, ` – `, ` -- `; the dash opens the next clause), outside parentheses. Offsets are relative to `text`.
pub fn clauses(text: &str, sentence: Span<En>) -> Vec<Span<En>> {
    let s = sentence.slice(text);
    let mut cuts = Vec::new();
    let mut depth = 0i32;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    for (k, &(i, c)) in chars.iter().enumerate() {
        let next = chars.get(k + 1).map(|&(_, c)| c);
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = (depth - 1).max(0),
            ';' | ':' if depth == 0 && next.is_some_and(char::is_whitespace) => cuts.push(i + 1),
            '—' if depth == 0 => cuts.push(i),
            '–' if depth == 0 && k > 0 && chars[k - 1].1 == ' ' && next == Some(' ') => cuts.push(i),
            '-' if depth == 0 && next == Some('-') && k > 0 && chars[k - 1].1 == ' ' => cuts.push(i),
            _ => {}
        }
    }
    // A dash opens the clause after it.
    trimmed_spans::<En>(s, &cuts)
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
    fn built_in_rules_load() {
        assert!(rules().rules.len() >= 8);
    }

    #[test]
    fn abbreviations_and_initials() {
        assert_eq!(split("I live in the U.S. How about you?"), ["I live in the U.S.", "How about you?"]);
        assert_eq!(
            split("I work for the U.S. Government in Virginia."),
            ["I work for the U.S. Government in Virginia."]
        );
        assert_eq!(split("Please turn to p. 55. Thanks."), ["Please turn to p. 55.", "Thanks."]);
        assert_eq!(split("We make a good team, you and I. Did you see Albert I. Jones yesterday?").len(), 2);
        assert_eq!(
            split("Mr. Smith met Dr. Watson at No. 5 Main St. on Jan. 1."),
            ["Mr. Smith met Dr. Watson at No. 5 Main St. on Jan. 1."]
        );
    }

    #[test]
    fn lists_and_paragraphs() {
        assert_eq!(
            split("1. The first item 2. The second item"),
            ["1. The first item", "2. The second item"]
        );
        assert_eq!(split("a. The first b. The second c. The third").len(), 3);
        assert_eq!(split("One paragraph\n\nAnother one"), ["One paragraph", "Another one"]);
        assert_eq!(split("A line\nwrapped here."), ["A line\nwrapped here."]);
    }

    #[test]
    fn clause_cuts() {
        let text = "By 2025, X will be built; Y will improve: more so — as planned (see: above).";
        let got: Vec<&str> = clauses(text, Span::new(0, text.len())).iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            ["By 2025, X will be built;", "Y will improve:", "more so", "— as planned (see: above)."]
        );
    }
}
