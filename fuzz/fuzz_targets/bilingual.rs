//! The XLIFF and TMX readers on arbitrary bytes (UTF-8 or UTF-16 as they come): never a panic; every
//! unit they return has both sides.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(b) = duizhao::bilingual::read(std::path::Path::new("f.xlf"), data.to_vec()) {
        for u in &b.units {
            assert!(!u.zh.trim().is_empty() && !u.en.trim().is_empty());
        }
    }
});
