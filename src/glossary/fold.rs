//! Folding text for matching: Chinese traditional characters to simplified, full-width forms to
//! ASCII, curly quotes to straight, white space dropped (Chinese) — with a map back to the original
//! byte offsets, so a match in folded text is reported at its place in the original.

use std::collections::HashMap;
use std::sync::OnceLock;

static T2S: &str = include_str!(concat!(env!("OUT_DIR"), "/t2s.txt"));

fn t2s() -> &'static HashMap<char, char> {
    static MAP: OnceLock<HashMap<char, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        T2S.lines()
            .filter_map(|l| {
                let mut c = l.chars();
                Some((c.next()?, c.next()?))
            })
            .collect()
    })
}

/// One character folded for matching, or `None` to drop it.
pub fn fold_char(c: char) -> Option<char> {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        '“' | '”' | '「' | '」' | '『' | '』' | '„' => '"',
        '‘' | '’' => '\'',
        '、' => ',',
        '。' => '.',
        _ => *t2s().get(&c).unwrap_or(&c),
    };
    (!c.is_whitespace()).then_some(c)
}

/// Folded text and, for every byte of it, the original byte offset (plus one entry for the end).
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    map: Vec<usize>,
}

impl Folded {
    pub fn new(original: &str) -> Self {
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len() + 1);
        for (i, c) in original.char_indices() {
            if let Some(f) = fold_char(c) {
                for _ in 0..f.len_utf8() {
                    map.push(i);
                }
                text.push(f);
            }
        }
        map.push(original.len());
        Folded { text, map }
    }

    /// The original byte range of folded range `start..end`.
    pub fn original(&self, start: usize, end: usize, original: &str) -> (usize, usize) {
        let s = self.map.get(start).copied().unwrap_or(original.len());
        // The end is just past the last folded character's original character.
        let e = if end == 0 {
            s
        } else {
            let last = self.map.get(end - 1).copied().unwrap_or(original.len());
            last + original[last..].chars().next().map_or(0, char::len_utf8)
        };
        (s, e.max(s))
    }
}

/// A Chinese term folded for comparison (no map).
pub fn fold(s: &str) -> String {
    s.chars().filter_map(fold_char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_fullwidth_and_spaces_fold() {
        assert_eq!(fold("軍民融合"), "军民融合");
        assert_eq!(fold("《关于深化“互联网+先进制造业” 发展》"), "《关于深化\"互联网+先进制造业\"发展》");
        assert_eq!(fold("ＡＢＣ（１）"), "ABC(1)");
    }

    #[test]
    fn maps_back_to_original_offsets() {
        let original = "前 軍民融合 後";
        let f = Folded::new(original);
        let at = f.text.find("军民融合").unwrap();
        let (s, e) = f.original(at, at + "军民融合".len(), original);
        assert_eq!(&original[s..e], "軍民融合");
    }
}
