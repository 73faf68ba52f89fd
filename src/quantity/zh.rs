//! Quantities in Chinese text: digits (ASCII or full-width, with 4，000 and ０．５ separators),
//! numerals (两, 〇, 零), scales (3.5亿, 1576万, 五千万, 3百万), approximations (多, 余, 约, 近, 左右,
//! 几), 百分之十二, 三分之二, 个百分点, 第三, 十八大, 十四五, 18世纪, 20世纪90年代, dates and
//! currencies. Digits joined to Latin letters (5G, G20, COVID-19) are names and skipped.

use super::{Approx, Kind, Quantity};

/// Words after a numeral that make it a count (三个, 五年, 十八大); a numeral before anything else
/// (三峡, 四面八方) is part of a word.
const MEASURES: &[&str] = &[
    "个",
    "年",
    "月",
    "日",
    "号",
    "岁",
    "人",
    "名",
    "位",
    "家",
    "次",
    "天",
    "周",
    "种",
    "项",
    "条",
    "届",
    "章",
    "节",
    "大",
    "倍",
    "元",
    "美元",
    "国",
    "小时",
    "分钟",
    "秒",
    "公里",
    "米",
    "吨",
    "点",
    "所",
    "座",
    "件",
    "部",
    "台",
    "辆",
    "艘",
    "架",
    "批",
    "轮",
    "期",
    "层",
    "类",
    "亩",
    "户",
    "份",
    "篇",
    "代",
    "世纪",
    "成",
    "多",
    "余",
    "%",
    "％",
    "款",
    "中全会",
    "五",
];

const CURRENCIES: &[(&str, &str)] = &[
    ("美元", "USD"),
    ("人民币", "CNY"),
    ("港元", "HKD"),
    ("港币", "HKD"),
    ("欧元", "EUR"),
    ("日元", "JPY"),
    ("英镑", "GBP"),
    ("元", "CNY"),
];

fn digit(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        '０'..='９' => Some(c as u32 - '０' as u32),
        _ => None,
    }
}

fn han_digit(c: char) -> Option<u64> {
    Some(match c {
        '零' | '〇' => 0,
        '一' => 1,
        '二' | '两' => 2,
        '三' => 3,
        '四' => 4,
        '五' => 5,
        '六' => 6,
        '七' => 7,
        '八' => 8,
        '九' => 9,
        _ => return None,
    })
}

fn han_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' => 10.0,
        '百' => 100.0,
        '千' => 1e3,
        '万' => 1e4,
        '亿' => 1e8,
        _ => return None,
    })
}

/// The text as characters with their byte offsets, and the byte offset of character `k`.
struct Chars<'a> {
    text: &'a str,
    chars: Vec<(usize, char)>,
}

impl Chars<'_> {
    fn at(&self, k: usize) -> usize {
        self.chars.get(k).map_or(self.text.len(), |&(p, _)| p)
    }
    fn c(&self, k: usize) -> Option<char> {
        self.chars.get(k).map(|&(_, c)| c)
    }
    fn rest(&self, k: usize) -> &str {
        &self.text[self.at(k)..]
    }
    fn before(&self, k: usize) -> &str {
        &self.text[..self.at(k)]
    }
}

/// Every quantity of `text`, in order, with byte spans.
pub fn scan(text: &str) -> Vec<Quantity> {
    let cs = Chars { text, chars: text.char_indices().collect() };
    let mut out = Vec::new();
    let mut k = 0;
    while k < cs.chars.len() {
        match read(&cs, k) {
            Some((q, next)) => {
                out.extend(q);
                k = next.max(k + 1);
            }
            None => k += 1,
        }
    }
    out
}

/// A number core at `k`: its value, where it ends, whether it is digits, whether it is vague, and
/// whether a numeral core holds a unit character (十百千万亿).
struct Core {
    value: f64,
    end: usize,
    digits: bool,
    vague: bool,
    scaled: bool,
}

fn digits_core(cs: &Chars<'_>, k: usize) -> Core {
    let mut s = String::new();
    let mut j = k;
    let mut decimal = false;
    while let Some(c) = cs.c(j) {
        if let Some(d) = digit(c) {
            s.push(char::from_digit(d, 10).unwrap_or('0'));
            j += 1;
            continue;
        }
        let three =
            (1..=3).all(|i| cs.c(j + i).and_then(digit).is_some()) && cs.c(j + 4).and_then(digit).is_none();
        match c {
            ',' | '，' if three && !decimal => j += 1,
            '.' | '．' if !decimal && cs.c(j + 1).and_then(digit).is_some() => {
                decimal = true;
                s.push('.');
                j += 1;
            }
            _ => break,
        }
    }
    Core { value: s.parse().unwrap_or(0.0), end: j, digits: true, vague: false, scaled: false }
}

/// A run of numerals: 十五, 三千万, 二〇二五, 几十; stops where a second number starts (十四|五).
fn numeral_core(cs: &Chars<'_>, k: usize) -> Option<Core> {
    let mut j = k;
    let (mut total, mut section, mut digit_val): (f64, f64, Option<f64>) = (0.0, 0.0, None);
    let (mut vague, mut scaled, mut all_digits) = (false, false, true);
    let mut digit_string = String::new();
    while let Some(c) = cs.c(j) {
        if let Some(d) = han_digit(c) {
            if !scaled
                && d != 0
                && digit_val.is_some_and(|v| v != 0.0)
                && j == k + 1
                && cs.c(j + 1).is_none_or(|n| han_digit(n).is_none())
            {
                vague = true; // 一两, 五六, 三四个: one or two, five or six
            }
            if d != 0 && digit_val.is_some_and(|v| v != 0.0) && scaled {
                break; // 十四五: a digit after a digit ends the number
            }
            digit_string.push(char::from_digit(d as u32, 10).unwrap_or('0'));
            digit_val = Some(d as f64);
        } else if c == '几' {
            vague = true;
            digit_val = Some(5.0);
        } else if let Some(u) = han_unit(c) {
            all_digits = false;
            scaled = true;
            let bare = if u >= 1e4 && total + section > 0.0 { 0.0 } else { 1.0 };
            let d = digit_val.take().unwrap_or(bare);
            if u >= 1e4 {
                total = (total + section + d) * u;
                section = 0.0;
            } else {
                section += d * u;
            }
        } else {
            break;
        }
        j += 1;
    }
    if j == k {
        return None;
    }
    let value = if all_digits && digit_string.len() > 1 {
        digit_string.parse().ok()?
    } else {
        total + section + digit_val.unwrap_or(0.0)
    };
    Some(Core { value, end: j, digits: false, vague, scaled })
}

/// 千米, 千克, 千瓦, 百分: a unit prefix, not a scale.
fn metric(cs: &Chars<'_>, j: usize) -> bool {
    matches!(
        (cs.c(j), cs.c(j + 1)),
        (Some('千'), Some('米' | '克' | '瓦' | '卡' | '比' | '字' | '兆' | '焦' | '伏' | '赫'))
            | (Some('百'), Some('分'))
    )
}

fn starts(cs: &Chars<'_>, k: usize, words: &[&str]) -> Option<usize> {
    words.iter().find(|w| cs.rest(k).starts_with(**w)).map(|w| k + w.chars().count())
}

/// Reads the quantity starting at `k`, if one does: (the quantity, or `None` for a name; where
/// reading ends).
fn read(cs: &Chars<'_>, k: usize) -> Option<(Option<Quantity>, usize)> {
    let c = cs.c(k)?;
    let latin = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic());
    let prev = k.checked_sub(1).and_then(|p| cs.c(p));
    let mut core = if digit(c).is_some() {
        let core = digits_core(cs, k);
        let name = latin(prev)
            || latin(cs.c(core.end))
            || (prev == Some('-') && latin(k.checked_sub(2).and_then(|p| cs.c(p))));
        if name {
            let mut e = core.end;
            while cs.c(e).is_some_and(|c| c.is_ascii_alphanumeric() || c == '-') {
                e += 1;
            }
            return Some((None, e));
        }
        core
    } else if han_digit(c).is_some() || c == '几' || (c == '十' && prev.and_then(han_digit).is_none()) {
        numeral_core(cs, k)?
    } else {
        return None;
    };
    let mut approx = if core.vague { Approx::Vague } else { Approx::Exact };
    let mut j = core.end;
    // Decimals in numerals (三点五亿), then scales after digits (3.5亿, 20多万, 3百万).
    if !core.digits && cs.c(j) == Some('点') && cs.c(j + 1).and_then(han_digit).is_some() {
        let mut frac = String::from("0.");
        let mut e = j + 1;
        while let Some(d) = cs.c(e).and_then(han_digit) {
            frac.push(char::from_digit(d as u32, 10).unwrap_or('0'));
            e += 1;
        }
        core.value += frac.parse::<f64>().unwrap_or(0.0);
        j = e;
    }
    loop {
        match cs.c(j) {
            Some('多' | '余') if approx != Approx::Vague => approx = Approx::Over,
            Some(u) if han_unit(u).is_some() && (core.digits || j > core.end) && !metric(cs, j) => {
                core.value *= han_unit(u).unwrap_or(1.0);
                core.scaled = true;
            }
            _ => break,
        }
        j += 1;
    }
    let start_k = k;
    let mut q = Quantity::new(cs.at(k), 0, Kind::Cardinal, core.value);
    q.digits = core.digits;
    let before = cs.before(start_k);
    let ordinal = before.ends_with('第');
    let percent_prefix = before.ends_with("百分之");
    if before.ends_with('约') || before.ends_with('近') || before.ends_with("左右") {
        approx = approx.max_exact(Approx::About);
    } else if before.ends_with("超过") || before.ends_with('逾') || before.ends_with('上') {
        approx = approx.max_exact(Approx::Over);
    }
    // 三分之二
    if let Some(after) = starts(cs, j, &["分之"]) {
        let num = cs.c(after).and_then(|c| {
            if digit(c).is_some() { Some(digits_core(cs, after)) } else { numeral_core(cs, after) }
        });
        if let Some(n) = num.filter(|_| core.value != 0.0) {
            q.kind = Kind::Fraction;
            q.value = n.value / core.value;
            q.alt = vec![q.value * 100.0];
            j = n.end;
        }
    }
    let unit_end = kind_after(cs, j, &core, &mut q, &mut approx);
    if percent_prefix {
        q.kind = Kind::Percent;
        q.start = cs.at(start_k) - "百分之".len();
    }
    if ordinal {
        q.kind = Kind::Ordinal;
        q.start = cs.at(start_k) - '第'.len_utf8();
    }
    if matches!(q.kind, Kind::Percent) {
        q.alt = vec![q.value / 100.0];
    }
    if starts(cs, unit_end, &["左右", "上下"]).is_some() {
        approx = approx.max_exact(Approx::About);
    }
    q.approx = approx;
    q.end = cs.at(j);
    let small_approx = !core.digits && approx != Approx::Exact && q.value <= 10.0;
    let list_marker =
        core.digits && cs.before(start_k).trim().is_empty() && matches!(cs.c(j), Some('.' | '、' | '．'));
    if list_marker {
        return Some((None, j));
    }
    let measured =
        starts(cs, j, MEASURES).is_some() || cs.c(j).is_some_and(|c| matches!(c, '”' | '"' | '」'));
    q.required = approx != Approx::Vague
        && !small_approx
        && q.kind != Kind::Multiple
        && (core.digits
            || ordinal
            || percent_prefix
            || matches!(
                q.kind,
                Kind::Fraction | Kind::Percent | Kind::Points | Kind::Decade | Kind::Century
            )
            || (core.scaled && q.value >= 100.0)
            || (measured && (q.value >= 10.0 || matches!(q.kind, Kind::Month | Kind::Day))));
    // 一日 is "one day" and 一月 "one month" unless a date surrounds them (1949年10月1日).
    let dated = match q.kind {
        Kind::Month => {
            before.ends_with('年')
                || cs.c(j + 1).is_some_and(|c| digit(c).is_some() || han_digit(c).is_some())
        }
        Kind::Day => before.ends_with('月'),
        _ => true,
    };
    if !core.digits && !dated {
        q.required = false;
    }
    if q.kind == Kind::Percent && cs.c(j) == Some('成') {
        q.required = false; // 三成 is 30%, but 一成不变 is "unchanging"
    }
    let end = unit_end.max(j);
    Some((Some(q), end))
}

impl Approx {
    /// An approximation marked twice keeps the first mark; vague stays vague.
    fn max_exact(self, other: Approx) -> Approx {
        if self == Approx::Exact { other } else { self }
    }
}

/// Reads what follows the number (%, 个百分点, 世纪, 年代, 年, 月, 日, 倍, 成, a currency) into
/// the quantity's kind; returns where that ends.
fn kind_after(cs: &Chars<'_>, j: usize, core: &Core, q: &mut Quantity, approx: &mut Approx) -> usize {
    let v = q.value;
    if let Some(e) = starts(cs, j, &["%", "％"]) {
        q.kind = Kind::Percent;
        return e;
    }
    if let Some(e) = starts(cs, j, &["个百分点", "百分点"]) {
        q.kind = Kind::Points;
        return e;
    }
    if let Some(e) = starts(cs, j, &["世纪"]) {
        q.kind = Kind::Century;
        // 20世纪90年代: the decade 1990.
        let decade = cs.c(e).and_then(|c| {
            let n = if digit(c).is_some() { digits_core(cs, e) } else { numeral_core(cs, e)? };
            starts(cs, n.end, &["年代"]).map(|end| (n.value, end))
        });
        if let Some((d, end)) = decade {
            q.kind = Kind::Decade;
            q.value = (v - 1.0) * 100.0 + d;
            q.alt = vec![d];
            return end;
        }
        return e;
    }
    if let Some(e) = starts(cs, j, &["年代"]) {
        q.kind = Kind::Decade;
        if v < 100.0 {
            q.value = 1900.0 + v;
            q.alt = vec![v];
        }
        return e;
    }
    if cs.c(j) == Some('年') {
        if (1000.0..=2200.0).contains(&v) && v.fract() == 0.0 && !core.scaled {
            q.kind = Kind::Year;
        }
        return j + 1;
    }
    if cs.c(j) == Some('月') && (1.0..=12.0).contains(&v) && v.fract() == 0.0 {
        q.kind = Kind::Month;
        return j + 1;
    }
    if matches!(cs.c(j), Some('日' | '号')) && (1.0..=31.0).contains(&v) && v.fract() == 0.0 {
        q.kind = Kind::Day;
        return j + 1;
    }
    if cs.c(j) == Some('倍') {
        q.kind = Kind::Multiple;
        return j + 1;
    }
    if cs.c(j) == Some('成') && !core.digits && !core.scaled && v < 10.0 && *approx == Approx::Exact {
        q.kind = Kind::Percent;
        q.value = v * 10.0;
        q.required = false;
        return j + 1;
    }
    for (word, code) in CURRENCIES {
        if let Some(e) = starts(cs, j, &[word]) {
            q.kind = Kind::Money;
            q.currency = Some(code);
            return e;
        }
    }
    j
}

#[cfg(test)]
mod tests;
