//! One test per phenomenon of Chinese numbers (issue 12's list).

use super::scan;
use crate::quantity::{Approx, Kind};

/// (value, kind, required) of every quantity.
fn read(text: &str) -> Vec<(f64, Kind, bool)> {
    scan(text).into_iter().map(|q| (q.value, q.kind, q.required)).collect()
}

fn one(text: &str) -> (f64, Kind, Approx) {
    let qs = scan(text);
    assert_eq!(qs.len(), 1, "{text}: {qs:?}");
    (qs[0].value, qs[0].kind, qs[0].approx)
}

#[test]
fn scales_with_decimals_and_mixtures() {
    assert_eq!(one("3.5亿").0, 350_000_000.0);
    assert_eq!(one("1576万人").0, 15_760_000.0);
    assert_eq!(one("两万名").0, 20_000.0);
    assert_eq!(one("五千万").0, 50_000_000.0);
    assert_eq!(one("3百万").0, 3_000_000.0);
    assert_eq!(one("2，380亿美元").0, 238_000_000_000.0);
    assert_eq!(one("三点五亿").0, 350_000_000.0);
}

#[test]
fn approximations() {
    assert_eq!(one("13亿多"), (1_300_000_000.0, Kind::Cardinal, Approx::Over));
    assert_eq!(one("八亿多").2, Approx::Over);
    assert_eq!(one("20多万").0, 200_000.0);
    assert_eq!(one("10多亿").0, 1_000_000_000.0);
    assert_eq!(one("约300人").2, Approx::About);
    assert_eq!(one("近30年").2, Approx::About);
    assert_eq!(one("30年左右").2, Approx::About);
    assert_eq!(one("几十个").2, Approx::Vague);
    assert!(!scan("几十个")[0].required);
}

#[test]
fn numerals_with_liang_ling_and_circle_zero() {
    assert_eq!(one("三百零五个").0, 305.0);
    assert_eq!(one("二〇二五年"), (2025.0, Kind::Year, Approx::Exact));
    assert_eq!(one("一万二千人").0, 12_000.0);
}

#[test]
fn full_width_digits_and_separators() {
    assert_eq!(one("4，000").0, 4000.0);
    assert_eq!(one("０．５").0, 0.5);
    assert_eq!(one("１２３").0, 123.0);
    // A full-width comma before anything but three digits separates a list.
    assert_eq!(read("3，45").len(), 2);
}

#[test]
fn percents_fractions_and_points() {
    assert_eq!(one("百分之十二"), (12.0, Kind::Percent, Approx::Exact));
    assert_eq!(one("12%").1, Kind::Percent);
    assert_eq!(one("１２％").1, Kind::Percent);
    let (v, k, _) = one("三分之二");
    assert!((v - 2.0 / 3.0).abs() < 1e-9 && k == Kind::Fraction);
    assert_eq!(one("3.5个百分点"), (3.5, Kind::Points, Approx::Exact));
    assert_eq!(one("三成"), (30.0, Kind::Percent, Approx::Exact));
}

#[test]
fn ordinals_and_plans() {
    assert_eq!(one("第三章"), (3.0, Kind::Ordinal, Approx::Exact));
    assert_eq!(one("十八大"), (18.0, Kind::Cardinal, Approx::Exact));
    let v: Vec<f64> = scan("“十四五”规划").into_iter().map(|q| q.value).collect();
    assert_eq!(v, [14.0, 5.0]);
}

#[test]
fn centuries_decades_and_years() {
    assert_eq!(one("18世纪"), (18.0, Kind::Century, Approx::Exact));
    assert_eq!(one("20世纪90年代"), (1990.0, Kind::Decade, Approx::Exact));
    assert_eq!(one("90年代").1, Kind::Decade);
    assert_eq!(one("十年来"), (10.0, Kind::Cardinal, Approx::Exact));
    assert_eq!(
        read("2017年11月27日"),
        [(2017.0, Kind::Year, true), (11.0, Kind::Month, true), (27.0, Kind::Day, true)]
    );
}

#[test]
fn names_are_not_figures() {
    assert!(scan("5G网络和G20峰会，COVID-19").is_empty());
}

#[test]
fn words_with_numerals_are_not_figures() {
    for word in ["一直", "统一", "十分重要", "三峡", "四面八方", "百姓", "千万不要", "万一"]
    {
        assert!(scan(word).iter().all(|q| !q.required), "{word}: {:?}", scan(word));
    }
}

#[test]
fn multiples_and_currencies() {
    let q = &scan("两倍")[0];
    assert_eq!((q.kind, q.required), (Kind::Multiple, false));
    assert_eq!(scan("1.79亿美元")[0].currency, Some("USD"));
    assert_eq!(scan("500元")[0].currency, Some("CNY"));
}
