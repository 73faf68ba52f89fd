//! Numbers as quantities: numeric expressions on both sides read into values with a kind, so that
//! 13亿 and "1.3 billion", 百分之十二 and "12 percent", 20世纪90年代 and "the 1990s" are compared as
//! the same figure, and COVID-19 or 5G are names, not figures.
//!
//! [`zh::scan`] and [`en::scan`] find the quantities of a text with their byte spans;
//! [`Quantity::agrees`] decides whether two of them can render each other: equal values (in any of
//! their readings), a rounding the less precise side allows, or an approximation ("13亿多",
//! "about 1.3 billion") within 15%.
//!
//! Written by hand: the crates for Chinese numerals (chinese-number) and English number words
//! (text2num) read a whole string into one number; neither finds expressions inside running text
//! with their spans, and neither knows 3.5亿, 13亿多, 百分之十二, 三分之二 or 20世纪90年代.

pub mod en;
pub mod zh;

/// What a quantity counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Cardinal,
    Ordinal,
    Percent,
    /// Percentage points (个百分点).
    Points,
    Fraction,
    Year,
    Decade,
    Century,
    Month,
    Day,
    Money,
    /// N倍, "N times": double may be written 两倍 or "triple"; never required.
    Multiple,
}

/// How exact a quantity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Approx {
    Exact,
    /// 约, 左右, 近, "about", "nearly".
    About,
    /// 多, 余, 超过, "over", "more than".
    Over,
    /// 几十, "dozens", "hundreds": no figure to compare.
    Vague,
}

/// One numeric expression.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
    pub value: f64,
    /// Other readings of the same words: a percent as a fraction, a decade without its century.
    pub alt: Vec<f64>,
    pub approx: Approx,
    /// ISO code of a currency named with it.
    pub currency: Option<&'static str>,
    /// Written with digits (not number words or numerals).
    pub digits: bool,
    /// A figure the other side must carry (not a weak 一/两/"one", a multiple or a vague count).
    pub required: bool,
}

impl Quantity {
    pub fn new(start: usize, end: usize, kind: Kind, value: f64) -> Quantity {
        Quantity {
            start,
            end,
            kind,
            value,
            alt: Vec::new(),
            approx: Approx::Exact,
            currency: None,
            digits: false,
            required: true,
        }
    }

    /// The value and its other readings.
    pub fn values(&self) -> impl Iterator<Item = f64> + '_ {
        std::iter::once(self.value).chain(self.alt.iter().copied())
    }

    /// Can `other` render `self` (the Chinese)? Equal values, a rounding of `self` to `other`'s
    /// precision, or values within 15% when either is approximate. Months only match months.
    pub fn agrees(&self, other: &Quantity) -> bool {
        if (self.kind == Kind::Month) != (other.kind == Kind::Month) {
            return false;
        }
        let loose = self.approx == Approx::About || other.approx == Approx::About;
        // 500多 is 500 to 599: up to the next unit of its last non-zero digit.
        let over = self.approx == Approx::Over;
        self.values().any(|v| {
            other.values().any(|w| {
                same(v, w)
                    || (loose && (v - w).abs() <= 0.025 * v.abs().max(w.abs()))
                    || (over && w >= v && w < v + last_unit(v))
                    || rounds_to(v, w)
            })
        })
    }

    /// The value as a reader checks it: "1,300,000,000", "12%", "2/3", "the 1990s".
    pub fn show(&self) -> String {
        let year = self.value.fract() == 0.0 && (1000.0..=2200.0).contains(&self.value);
        let v = if year { format!("{}", self.value as i64) } else { plain(self.value) };
        match self.kind {
            Kind::Percent => format!("{v}%"),
            Kind::Points => format!("{v} percentage points"),
            Kind::Decade => format!("the {v}s"),
            Kind::Century => format!("century {v}"),
            Kind::Ordinal => format!("ordinal {v}"),
            Kind::Month => format!("month {v}"),
            _ => v,
        }
    }
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// The place value of the last non-zero digit of an integer: 500 → 100, 1,300,000,000 → 100,000,000.
fn last_unit(v: f64) -> f64 {
    let mut unit = 1.0;
    while v >= unit * 10.0 && (v / (unit * 10.0)).fract().abs() < 1e-9 {
        unit *= 10.0;
    }
    unit
}

/// Significant digits of a value: 1,300,000,000 → 2, 1990 → 3, 0.25 → 2.
fn significant(v: f64) -> u32 {
    let s = format!("{:.6}", v.abs());
    let s = s.trim_end_matches('0').trim_end_matches('.');
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    let digits = digits.trim_start_matches('0');
    let digits = if s.contains('.') { digits } else { digits.trim_end_matches('0') };
    digits.len().max(1) as u32
}

/// Does `precise` round to `rounded` at `rounded`'s precision, `rounded` being the less precise?
/// (1,849 → "1,850" does; 1,990 → "1,991" does not: the English may round, not add digits.)
fn rounds_to(precise: f64, rounded: f64) -> bool {
    let (p, r) = (significant(precise), significant(rounded));
    if p <= r || precise == 0.0 {
        return false;
    }
    let magnitude = precise.abs().log10().floor() as i32;
    let step = 10f64.powi(magnitude + 1 - r as i32);
    same((precise / step).round() * step, rounded)
}

/// A value written with thousands separators and no needless decimals.
pub fn plain(v: f64) -> String {
    if v.fract().abs() > 1e-9 {
        let s = format!("{v:.4}");
        return s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let digits = format!("{}", v.abs().round() as u128);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(v: f64) -> Quantity {
        Quantity::new(0, 0, Kind::Cardinal, v)
    }

    #[test]
    fn rounding_goes_one_way() {
        assert!(q(1849.0).agrees(&q(1850.0)));
        assert!(!q(1990.0).agrees(&q(1991.0)));
        assert!(!q(1.3e9).agrees(&q(1.4e9)));
        assert!(q(2380.0).agrees(&q(2400.0)));
    }

    #[test]
    fn approximations_are_loose() {
        let mut over = q(1.3e9);
        over.approx = Approx::Over;
        assert!(over.agrees(&q(1.35e9)));
        assert!(!over.agrees(&q(1.4e9)));
        let mut ten = q(10.0);
        ten.approx = Approx::Over;
        assert!(ten.agrees(&q(12.0)));
        let mut about = q(3.5e8);
        about.approx = Approx::About;
        assert!(!about.agrees(&q(3.6e8)));
        assert!(about.agrees(&q(3.52e8)));
    }

    #[test]
    fn shown_with_separators() {
        assert_eq!(plain(1_300_000_000.0), "1,300,000,000");
        assert_eq!(plain(0.5), "0.5");
        assert_eq!(plain(2.0 / 3.0), "0.6667");
    }
}
