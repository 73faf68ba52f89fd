//! Quantities in English text: digits with separators and scales (1.3 billion, $350 million,
//! US$ 40 million), number words (twenty-six, a dozen, half a million, two-thirds), ordinals
//! (18th, eighteenth), percents (%, per cent, percent, percentage points), decades (1990s, '90s,
//! the nineties), centuries, months, approximations (about, over, nearly). Digits joined to letters
//! (COVID-19, 5G, G20, B-52) are names and skipped.

use super::{Approx, Kind, Quantity};

const UNITS: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
const ORDINAL_UNITS: [&str; 20] = [
    "zeroth",
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
const ORDINAL_TENS: [&str; 8] =
    ["twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"];
const DECADES: [&str; 8] =
    ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
const SCALES: [(&str, f64); 5] =
    [("hundred", 1e2), ("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
const APPROX: [(&str, Approx); 13] = [
    ("about", Approx::About),
    ("around", Approx::About),
    ("nearly", Approx::About),
    ("almost", Approx::About),
    ("roughly", Approx::About),
    ("approximately", Approx::About),
    ("some", Approx::About),
    ("close to", Approx::About),
    ("over", Approx::Over),
    ("more than", Approx::Over),
    ("upwards of", Approx::Over),
    ("at least", Approx::Over),
    ("above", Approx::Over),
];

/// A word of the text with its byte span.
#[derive(Debug, Clone, Copy)]
struct Tok<'a> {
    start: usize,
    end: usize,
    text: &'a str,
}

/// Words (letters and digits, with inner `.,'’-` between them) and the symbols `$ % ¥ € £`.
fn tokens(text: &str) -> Vec<Tok<'_>> {
    let b: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < b.len() {
        let (start, c) = b[k];
        if matches!(c, '$' | '%' | '¥' | '€' | '£') {
            out.push(Tok { start, end: start + c.len_utf8(), text: &text[start..start + c.len_utf8()] });
            k += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            k += 1;
            continue;
        }
        let mut e = k + 1;
        while e < b.len() {
            let c = b[e].1;
            let joins = matches!(c, '.' | ',' | '\'' | '’' | '-')
                && b.get(e + 1).is_some_and(|n| n.1.is_alphanumeric())
                && (c != ',' || (b[e - 1].1.is_ascii_digit() && b[e + 1].1.is_ascii_digit()))
                && (c != '.' || b[e - 1].1.is_ascii_digit())
                && (c != '-' || !(b[e - 1].1.is_ascii_digit() && b[e + 1].1.is_ascii_digit()));
            if b[e].1.is_alphanumeric() || joins {
                e += 1;
            } else {
                break;
            }
        }
        let end = b.get(e).map_or(text.len(), |x| x.0);
        out.push(Tok { start, end, text: &text[start..end] });
        k = e;
    }
    out
}

/// The value of one number word: (value, ordinal).
fn word_value(w: &str) -> Option<(f64, bool)> {
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some((i as f64, false));
    }
    if let Some(i) = TENS.iter().position(|u| *u == w) {
        return Some((20.0 + 10.0 * i as f64, false));
    }
    if let Some(i) = ORDINAL_UNITS.iter().position(|u| *u == w) {
        return Some((i as f64, true));
    }
    if let Some(i) = ORDINAL_TENS.iter().position(|u| *u == w) {
        return Some((20.0 + 10.0 * i as f64, true));
    }
    match w {
        "hundredth" => Some((100.0, true)),
        "thousandth" => Some((1000.0, true)),
        _ => SCALES.iter().find(|(s, _)| *s == w).map(|&(_, v)| (v, false)),
    }
}

fn scale(w: &str) -> Option<f64> {
    SCALES.iter().find(|(s, _)| *s == w).map(|&(_, v)| v)
}

/// Every quantity of `text`, in order, with byte spans.
pub fn scan(text: &str) -> Vec<Quantity> {
    let toks = tokens(text);
    let lower: Vec<String> = toks.iter().map(|t| t.text.to_lowercase().replace('’', "'")).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        match read(text, &toks, &lower, i) {
            Some((q, next)) => {
                out.extend(q);
                i = next.max(i + 1);
            }
            None => i += 1,
        }
    }
    out
}

/// A number at token `i`: digits, or a run of number words. (value, ordinal, digits, next token).
fn core(toks: &[Tok<'_>], lower: &[String], i: usize) -> Option<(f64, bool, bool, usize)> {
    let w = lower[i].as_str();
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        let num: String = w.chars().take_while(|c| c.is_ascii_digit() || matches!(c, ',' | '.')).collect();
        let value: f64 = num.replace(',', "").trim_end_matches('.').parse().ok()?;
        let suffix = &w[num.len()..];
        let suffix = suffix.strip_suffix("'s").unwrap_or(suffix);
        return match suffix {
            "" => Some((value, false, true, i + 1)),
            "st" | "nd" | "rd" | "th" => Some((value, true, true, i + 1)),
            s if s.len() <= 3 && s.chars().all(|c| c.is_ascii_lowercase()) && s != "s" => {
                Some((value, false, true, i + 1))
            }
            s if s.starts_with('-') => Some((value, false, true, i + 1)),
            _ => None,
        };
    }
    // Number words: "twenty-six", "one hundred and five", "a dozen", "half a million".
    let mut total = 0.0;
    let mut current: f64 = 0.0;
    let mut ordinal = false;
    let mut j = i;
    let mut any = false;
    while j < toks.len() {
        let parts: Vec<&str> = lower[j].split('-').collect();
        let values: Option<Vec<(f64, bool)>> = parts.iter().map(|p| word_value(p)).collect();
        let Some(values) = values else { break };
        for (v, o) in values {
            ordinal = o;
            if v >= 100.0 && scale_word(v) {
                current = current.max(1.0) * v;
                if v >= 1000.0 {
                    total += current;
                    current = 0.0;
                }
            } else {
                current += v;
            }
        }
        any = true;
        j += 1;
        let after_scale = current >= 100.0 || total > 0.0;
        if after_scale
            && lower.get(j).is_some_and(|w| w == "and")
            && lower.get(j + 1).and_then(|w| word_value(w)).is_some()
        {
            j += 1;
        }
    }
    any.then_some((total + current, ordinal, false, j))
}

fn scale_word(v: f64) -> bool {
    SCALES.iter().any(|&(_, s)| s == v)
}

/// Reads the quantity at token `i`: (the quantity, or `None` for a name; the next token).
fn read(text: &str, toks: &[Tok<'_>], lower: &[String], i: usize) -> Option<(Option<Quantity>, usize)> {
    let w = lower[i].as_str();
    let t = toks[i];
    if is_name(t.text) {
        return Some((None, i + 1));
    }
    if let Some(q) = special(toks, lower, i) {
        return Some(q);
    }
    // "Five-Year": the number word before a hyphen.
    let (value, ordinal, digits, mut j) = match core(toks, lower, i) {
        Some(c) => c,
        None => {
            let first = w.split('-').next()?;
            let (v, o) = word_value(first).filter(|_| w.contains('-'))?;
            let mut q = Quantity::new(
                t.start,
                t.start + first.len(),
                if o { Kind::Ordinal } else { Kind::Cardinal },
                v,
            );
            q.required = false;
            return Some((Some(q), i + 1));
        }
    };
    let mut q =
        Quantity::new(t.start, toks[j - 1].end, if ordinal { Kind::Ordinal } else { Kind::Cardinal }, value);
    q.digits = digits;
    // Scales after digits: "1.3 billion", "$350 million", "2 bn".
    if digits {
        if let Some(s) = lower.get(j).map(|w| w.split('-').next().unwrap_or("")).and_then(|w| {
            scale(w).or(match w {
                "bn" => Some(1e9),
                "mn" => Some(1e6),
                _ => None,
            })
        }) {
            q.value *= s;
            q.end = toks[j].end;
            j += 1;
        }
    }
    // "1997-98": the second year of a range.
    let before = text[..t.start].strip_suffix(['-', '–']).unwrap_or("");
    let century = before.get(before.len().saturating_sub(4)..).and_then(|y| y.parse::<f64>().ok());
    if let (true, Some(y)) = (digits && value < 100.0 && w.len() == 2, century) {
        q.value = (y / 100.0).floor() * 100.0 + value;
    }
    if digits && w.len() == 2 && text[..t.start].ends_with(['\'', '’']) {
        q.kind = Kind::Year;
        q.alt = vec![1900.0 + value, 2000.0 + value];
    }
    if digits
        && text[..t.start].trim().is_empty()
        && text[t.end..].starts_with(['.', ')'])
        && !text[t.end..].starts_with(".0")
    {
        return Some((None, j)); // "1. Introduction": a list marker
    }
    q.approx = approx_before(lower, i);
    currency_before(text, &mut q);
    j = suffix(toks, lower, j, &mut q);
    q.required = q.digits && q.approx != Approx::Vague && q.kind != Kind::Multiple;
    if q.kind == Kind::Percent {
        q.alt = vec![q.value / 100.0];
    }
    Some((Some(q), j))
}

/// Digits joined to letters: COVID-19, B-52, 5G, G20, MP3 (not 18th or 1990s).
fn is_name(w: &str) -> bool {
    let has_digit = w.chars().any(|c| c.is_ascii_digit());
    let has_letter = w.chars().any(char::is_alphabetic);
    let w = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s")).unwrap_or(w);
    if !has_digit || !has_letter {
        return false;
    }
    let digits_first = w.starts_with(|c: char| c.is_ascii_digit());
    let rest = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == ',' || c == '.');
    let unit = !rest.is_empty() && rest.len() <= 3 && rest.chars().all(|c| c.is_ascii_lowercase());
    if digits_first && rest.is_empty() {
        return false;
    }
    if rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return true; // 3K, 5G, 200X, 3Com
    }
    let known = unit
        || matches!(rest, "st" | "nd" | "rd" | "th" | "s" | "bn" | "mn")
        || (digits_first && rest.starts_with('-') && !rest[1..].starts_with(|c: char| c.is_ascii_digit()));
    !(digits_first && known)
}

/// Words that are quantities alone: decades, "a dozen", "half", "a quarter", "decade", months,
/// vague counts.
fn special(toks: &[Tok<'_>], lower: &[String], i: usize) -> Option<(Option<Quantity>, usize)> {
    let w = lower[i].as_str();
    let t = toks[i];
    let next = lower.get(i + 1).map(String::as_str);
    // 1990s, '90s
    let decade_digits = w.trim_start_matches('\'');
    if let Some(d) =
        decade_digits.strip_suffix('s').filter(|d| d.len() >= 2 && d.chars().all(|c| c.is_ascii_digit()))
    {
        let v: f64 = d.parse().ok()?;
        let mut q = Quantity::new(t.start, t.end, Kind::Decade, if v < 100.0 { 1900.0 + v } else { v });
        q.alt = vec![v % 100.0];
        return Some((Some(q), i + 1));
    }
    if let Some(k) = DECADES.iter().position(|d| *d == w) {
        let v = 20.0 + 10.0 * k as f64;
        let mut q = Quantity::new(t.start, t.end, Kind::Decade, 1900.0 + v);
        q.alt = vec![v];
        q.required = false;
        return Some((Some(q), i + 1));
    }
    let simple = |v: f64, end: usize, next: usize, required: bool| {
        let mut q = Quantity::new(t.start, end, Kind::Cardinal, v);
        q.required = required;
        Some((Some(q), next))
    };
    let a = matches!(w, "a" | "an");
    match (w, next) {
        (_, Some("dozen")) if a => simple(12.0, toks[i + 1].end, i + 2, false),
        ("dozen", _) => simple(12.0, t.end, i + 1, false),
        ("half", Some("a")) if lower.get(i + 2).is_some_and(|w| w == "century") => {
            simple(50.0, toks[i + 2].end, i + 3, false)
        }
        (_, Some("century")) if a => simple(100.0, toks[i + 1].end, i + 2, false),
        ("half", Some("a")) if lower.get(i + 2).and_then(|w| scale(w)).is_some() => {
            simple(0.5 * scale(&lower[i + 2]).unwrap_or(1.0), toks[i + 2].end, i + 3, false)
        }
        ("half", Some(s)) if scale(s).is_some() => {
            simple(0.5 * scale(s).unwrap_or(1.0), toks[i + 1].end, i + 2, false)
        }
        ("half", _) => simple(0.5, t.end, i + 1, false),
        (_, Some("quarter")) if a => simple(0.25, toks[i + 1].end, i + 2, false),
        (_, Some("third")) if a => simple(1.0 / 3.0, toks[i + 1].end, i + 2, false),
        (_, Some(s)) if a && scale(s).is_some() => {
            let mut q = Quantity::new(t.start, toks[i + 1].end, Kind::Cardinal, scale(s).unwrap_or(1.0));
            q.required = false;
            q.approx = approx_before(lower, i);
            Some((Some(q), i + 2))
        }
        ("decade", _) => simple(10.0, t.end, i + 1, false),
        ("dozens" | "hundreds" | "thousands" | "millions" | "billions" | "decades" | "several", _) => {
            let mut q = Quantity::new(t.start, t.end, Kind::Cardinal, 0.0);
            q.approx = Approx::Vague;
            q.required = false;
            Some((Some(q), i + 1))
        }
        (_, Some(d))
            if word_value(w).is_some_and(|(v, o)| !o && (1.0..10.0).contains(&v))
                && denominator(d).is_some() =>
        {
            let v = word_value(w).map_or(1.0, |x| x.0) / denominator(d).unwrap_or(1.0);
            let mut q = Quantity::new(t.start, toks[i + 1].end, Kind::Fraction, v);
            q.alt = vec![100.0 * v];
            q.required = false;
            Some((Some(q), i + 2))
        }
        _ => fraction(toks, w, i).or_else(|| month(toks, i)),
    }
}

/// The denominator a word names: "thirds" 3, "fourth" 4, "quarters" 4, "half" 2.
fn denominator(w: &str) -> Option<f64> {
    match w {
        "half" | "halves" => Some(2.0),
        "quarter" | "quarters" => Some(4.0),
        _ => word_value(w.trim_end_matches('s')).filter(|&(v, o)| o && v >= 3.0).map(|x| x.0),
    }
}

/// "two-thirds", "three-quarters", "one-half".
fn fraction(toks: &[Tok<'_>], w: &str, i: usize) -> Option<(Option<Quantity>, usize)> {
    let (num, den) = w.split_once('-')?;
    let n = word_value(num).filter(|&(v, o)| !o && v < 20.0)?.0;
    let d = denominator(den)?;
    let mut q = Quantity::new(toks[i].start, toks[i].end, Kind::Fraction, n / d);
    q.alt = vec![100.0 * n / d];
    q.required = false;
    Some((Some(q), i + 1))
}

fn month(toks: &[Tok<'_>], i: usize) -> Option<(Option<Quantity>, usize)> {
    let t = toks[i];
    let m = crate::numbers::month(t.text, true).filter(|_| t.text.starts_with(char::is_uppercase))?;
    let mut q = Quantity::new(t.start, t.end, Kind::Month, m as f64);
    q.required = false;
    Some((Some(q), i + 1))
}

fn approx_before(lower: &[String], i: usize) -> Approx {
    let one = i.checked_sub(1).map(|k| lower[k].as_str());
    let two = i.checked_sub(2).map(|k| format!("{} {}", lower[k], lower[k + 1]));
    let skip_currency = one.is_some_and(|w| matches!(w, "$" | "us" | "rmb" | "¥" | "€" | "£"));
    let (one, two) = if skip_currency {
        (
            i.checked_sub(2).map(|k| lower[k].as_str()),
            i.checked_sub(3).map(|k| format!("{} {}", lower[k], lower[k + 1])),
        )
    } else {
        (one, two)
    };
    APPROX
        .iter()
        .find(|(a, _)| Some(*a) == one || two.as_deref() == Some(*a))
        .map_or(Approx::Exact, |&(_, x)| x)
}

fn currency_before(text: &str, q: &mut Quantity) {
    let before = text[..q.start].trim_end();
    let code = if before.ends_with("HK$") {
        "HKD"
    } else if before.ends_with('$') {
        "USD"
    } else if before.ends_with('¥') || before.ends_with("RMB") {
        "CNY"
    } else if before.ends_with('€') {
        "EUR"
    } else if before.ends_with('£') {
        "GBP"
    } else {
        return;
    };
    q.kind = Kind::Money;
    q.currency = Some(code);
}

/// Words after the number: %, percent, per cent, percentage points, century, times, fold, dollars,
/// yuan. Returns the next token.
fn suffix(toks: &[Tok<'_>], lower: &[String], j: usize, q: &mut Quantity) -> usize {
    let at = |k: usize| lower.get(k).map(String::as_str);
    let ordinal = q.kind == Kind::Ordinal;
    let mut set = |kind: Kind, last: usize| {
        q.kind = kind;
        q.end = toks[last].end;
        last + 1
    };
    match (at(j), at(j + 1)) {
        (Some("%" | "percent"), _) => set(Kind::Percent, j),
        (Some("per"), Some("cent")) => set(Kind::Percent, j + 1),
        (Some("percentage"), Some("point" | "points")) => set(Kind::Points, j + 1),
        (Some("century" | "centuries"), _) if ordinal => set(Kind::Century, j),
        (Some("times" | "fold"), _) => set(Kind::Multiple, j),
        (Some("decades" | "decade"), _) => {
            q.value *= 10.0;
            set(Kind::Cardinal, j)
        }
        (Some("cents" | "cent"), _) => {
            q.value /= 100.0;
            q.currency = Some("USD");
            set(Kind::Money, j)
        }
        (Some("dollars" | "dollar"), _) => {
            q.currency = Some("USD");
            set(Kind::Money, j)
        }
        (Some("yuan" | "renminbi"), _) => {
            q.currency = Some("CNY");
            set(Kind::Money, j)
        }
        _ => j,
    }
}

#[cfg(test)]
mod tests;
