//! The article extractor on arbitrary bytes (decoded as the CLI does).
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = duizhao::io::decode(std::path::Path::new("fuzz.txt"), data.to_vec()) {
        let x = duizhao::extract::extract("fuzz", &text);
        let _ = duizhao::extract::body_lines(&text);
        for q in &x.quotes {
            assert!(!q.zh.is_empty());
        }
    }
});
