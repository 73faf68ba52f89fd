//! The aligner on arbitrary sentence lists: every unit in exactly one link, links in order.
#![no_main]
use duizhao::align::{self, Lexicon, Params};
use duizhao::segment::Words;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (zh, en) = text.split_once('\u{0}').unwrap_or((text, ""));
    let z: Vec<&str> = zh.split('\n').take(60).collect();
    let e: Vec<&str> = en.split('\n').take(60).collect();
    let lex = Lexicon::cedict_for(zh);
    let links = align::align(&z, &e, &lex, Words::shared(), &Params::default());
    let (mut zi, mut ei) = (0, 0);
    for l in &links {
        assert!(!(l.zh.is_empty() && l.en.is_empty()));
        for &i in &l.zh {
            assert_eq!(i, zi);
            zi += 1;
        }
        for &j in &l.en {
            assert_eq!(j, ei);
            ei += 1;
        }
    }
    assert_eq!((zi, ei), (z.len(), e.len()));
});
