//! Numbers in words: English number words and month names, Chinese numerals. Shared by the
//! aligner (numbers as evidence), the number check and citation dates.

const HAN_DIGITS: &[(char, u64)] = &[
    ('零', 0),
    ('〇', 0),
    ('一', 1),
    ('二', 2),
    ('两', 2),
    ('三', 3),
    ('四', 4),
    ('五', 5),
    ('六', 6),
    ('七', 7),
    ('八', 8),
    ('九', 9),
];

fn han_digit(c: char) -> Option<u64> {
    HAN_DIGITS.iter().find(|&&(d, _)| d == c).map(|&(_, v)| v)
}

/// A Chinese numeral character (digits 零〇一…九 and units 十百千万亿).
pub fn is_han_numeral(c: char) -> bool {
    han_digit(c).is_some() || matches!(c, '十' | '百' | '千' | '万' | '亿')
}

/// Reads a run of Chinese numerals: 十五 → 15, 二十三 → 23, 三百 → 300, 二〇二五 → 2025.
pub fn han_number(s: &str) -> Option<u64> {
    let chars: Vec<char> = s.chars().collect();
    if chars.is_empty() || !chars.iter().all(|&c| is_han_numeral(c)) {
        return None;
    }
    if chars.len() > 1 && chars.iter().all(|&c| han_digit(c).is_some()) {
        return chars.iter().try_fold(0u64, |acc, &c| Some(acc.checked_mul(10)? + han_digit(c)?));
    }
    let (mut total, mut section, mut digit) = (0u64, 0u64, 0u64);
    for &c in &chars {
        if let Some(d) = han_digit(c) {
            digit = d;
            continue;
        }
        let unit = match c {
            '十' => 10,
            '百' => 100,
            '千' => 1000,
            '万' => 10_000,
            _ => 100_000_000,
        };
        if unit >= 10_000 {
            total = (total + section + digit) * unit;
            section = 0;
        } else {
            section += if digit == 0 { 1 } else { digit } * unit;
        }
        digit = 0;
    }
    Some(total + section + digit)
}

/// English number words (cardinals and the first ordinals) and their values.
const NUMBER_WORDS: &[(&str, u64)] = &[
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
    ("thousand", 1000),
    ("first", 1),
    ("second", 2),
    ("third", 3),
];

/// The value of a lower-case English number word ("three" → 3).
pub fn number_word(lower: &str) -> Option<u64> {
    NUMBER_WORDS.iter().find(|(w, _)| *w == lower).map(|&(_, n)| n)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The month (1–12) a word names: the full name in any case, or with `abbreviated` also a prefix of
/// three letters or more ("Nov.", "Sept").
pub fn month(word: &str, abbreviated: bool) -> Option<u32> {
    let w = word.trim_end_matches('.').to_ascii_lowercase();
    let found = if abbreviated && w.len() >= 3 {
        MONTHS.iter().position(|m| m.starts_with(&w))
    } else {
        MONTHS.iter().position(|m| *m == w)
    };
    found.map(|i| i as u32 + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numerals() {
        assert_eq!(han_number("十五"), Some(15));
        assert_eq!(han_number("二十三"), Some(23));
        assert_eq!(han_number("三百"), Some(300));
        assert_eq!(han_number("二〇二五"), Some(2025));
        assert_eq!(han_number("一万二千"), Some(12000));
        assert_eq!(han_number("走"), None);
    }

    #[test]
    fn words_and_months() {
        assert_eq!(number_word("twenty"), Some(20));
        assert_eq!(month("November", false), Some(11));
        assert_eq!(month("Nov.", true), Some(11));
        assert_eq!(month("Nov.", false), None);
        assert_eq!(month("ma", true), None);
    }
}
