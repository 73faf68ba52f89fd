//! The TBX and CSV termbase readers (`duizhao glossary import`) on arbitrary text; what they read
//! must write back to TBX and read again to the same entries.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        if let Ok(got) = duizhao::glossary::tbx::read(std::path::Path::new("g.tbx"), text) {
            let mut out = Vec::new();
            duizhao::glossary::tbx::write(&got.entries, &mut out).unwrap();
            let again = duizhao::glossary::tbx::read(std::path::Path::new("g.tbx"), std::str::from_utf8(&out).unwrap()).unwrap();
            assert_eq!(again.entries, got.entries);
        }
        let _ = duizhao::glossary::table::read(std::path::Path::new("g.csv"), text);
    }
});
