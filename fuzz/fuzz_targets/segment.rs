//! The segmenters: every level of both languages; units must cover the text exactly.
#![no_main]
use duizhao::segment::{self, Lang, Level, Words};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for lang in [Lang::Zh, Lang::En] {
        for level in [Level::Sentence, Level::Clause, Level::Word] {
            let mut at = 0;
            for (s, e) in segment::segment(text, lang, level, Words::shared()) {
                assert!(s >= at && s < e && e <= text.len());
                assert!(text[at..s].trim().is_empty());
                at = e;
            }
            assert!(text[at..].trim().is_empty());
        }
    }
});
