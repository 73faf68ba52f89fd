//! The JSON Lines quote reader and the segmenter's batch rows on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = duizhao::corpus::parse_jsonl(std::path::Path::new("q.jsonl"), text);
        let _ = duizhao::eval::segmentation::parse_jsonl::<duizhao::eval::segmentation::Case>(
            std::path::Path::new("s.jsonl"),
            text,
        );
    }
});
