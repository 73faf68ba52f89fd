//! The glossary loader (YAML, strict validation, compiling the matchers) on arbitrary text.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(entries) = duizhao::glossary::parse(&[("g.yaml".into(), text.to_string())]) {
            let g = duizhao::glossary::Glossary::compile(entries);
            let _ = g.zh_hits("军民融合发展战略");
        }
    }
});
