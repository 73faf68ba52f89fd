//! One test per phenomenon of English numbers (issue 12's list).

use super::scan;
use crate::quantity::{Approx, Kind};

fn one(text: &str) -> (f64, Kind, Approx) {
    let qs = scan(text);
    assert_eq!(qs.len(), 1, "{text}: {qs:?}");
    (qs[0].value, qs[0].kind, qs[0].approx)
}

#[test]
fn separators_and_scales() {
    assert_eq!(one("4,000 people").0, 4000.0);
    assert_eq!(one("1.3 billion").0, 1.3e9);
    assert_eq!(one("850,000").0, 850_000.0);
    assert_eq!(one("9.6 million sq km").0, 9.6e6);
}

#[test]
fn number_words_and_scales() {
    assert_eq!(one("twenty-six").0, 26.0);
    assert_eq!(one("one hundred and five").0, 105.0);
    assert_eq!(one("Eighteen million").0, 18e6);
    assert_eq!(one("a dozen").0, 12.0);
    assert_eq!(one("half a million").0, 500_000.0);
    assert_eq!(one("Half million").0, 500_000.0);
    assert_eq!(one("a quarter").0, 0.25);
    assert_eq!(one("one fourth").0, 0.25);
    let (v, k, _) = one("two-thirds");
    assert!((v - 2.0 / 3.0).abs() < 1e-9 && k == Kind::Fraction);
}

#[test]
fn ordinals() {
    assert_eq!(one("18th"), (18.0, Kind::Ordinal, Approx::Exact));
    assert_eq!(one("eighteenth"), (18.0, Kind::Ordinal, Approx::Exact));
    assert_eq!(one("the twenty-first"), (21.0, Kind::Ordinal, Approx::Exact));
    assert_eq!(one("eighteenth century").1, Kind::Century);
}

#[test]
fn percents_and_points() {
    assert_eq!(one("12 percent").1, Kind::Percent);
    assert_eq!(one("12 per cent").1, Kind::Percent);
    assert_eq!(one("12%").1, Kind::Percent);
    assert_eq!(one("3.5 percentage points"), (3.5, Kind::Points, Approx::Exact));
}

#[test]
fn decades() {
    assert_eq!(one("the 1990s"), (1990.0, Kind::Decade, Approx::Exact));
    assert_eq!(one("the '90s").0, 1990.0);
    assert_eq!(one("the nineties").0, 1990.0);
    assert_eq!(one("over the past decade").0, 10.0);
}

#[test]
fn currencies() {
    let q = &scan("$350 million")[0];
    assert_eq!((q.value, q.currency), (350e6, Some("USD")));
    let q = &scan("US$ 40 million")[0];
    assert_eq!((q.value, q.currency), (40e6, Some("USD")));
    assert_eq!(scan("500 yuan")[0].currency, Some("CNY"));
}

#[test]
fn approximations() {
    assert_eq!(one("about 300").2, Approx::About);
    assert_eq!(one("more than 1.3 billion").2, Approx::Over);
    assert_eq!(one("up to 860").2, Approx::Exact);
    assert_eq!(one("1999's").0, 1999.0);
    assert_eq!(one("nearly $2 million").2, Approx::About);
    assert_eq!(one("dozens").2, Approx::Vague);
}

#[test]
fn names_are_not_figures() {
    for name in ["COVID-19", "5G", "G20", "B-52", "MP3"] {
        assert!(scan(name).is_empty(), "{name}: {:?}", scan(name));
    }
}

#[test]
fn ranges_and_plans() {
    let v: Vec<f64> = scan("in 1997-98").into_iter().map(|q| q.value).collect();
    assert_eq!(v, [1997.0, 1998.0]);
    let v: Vec<f64> = scan("the 14th Five-Year Plan").into_iter().map(|q| q.value).collect();
    assert_eq!(v, [14.0, 5.0]);
}

#[test]
fn months_are_months() {
    assert_eq!(one("November").1, Kind::Month);
    assert!(scan("may be").is_empty());
}
