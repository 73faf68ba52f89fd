//! The library's entry point in a few lines: check a JSON Lines file of quote pairs against the
//! built-in glossary and print the findings with their places.
//!
//! `cargo run --example review -- pairs.jsonl`

use duizhao::{Inputs, Review, Settings};

fn main() -> Result<(), duizhao::Error> {
    let path = std::env::args().nth(1).unwrap_or_else(|| "fixtures/report/quotes".into());
    let report = Review::new(Settings::default()).check(&Inputs::paths([path]))?;
    for f in &report.findings {
        let places: Vec<String> = f.annotations.iter().map(|a| a.place.to_string()).collect();
        println!("{} [{}] {} — {}", f.severity, f.rule, places.join(", "), f.message);
        if let Some(fix) = &f.suggestion {
            println!("    fix: {fix}");
        }
    }
    println!("{} quotes, {} findings", report.quotes.len(), report.findings.len());
    Ok(())
}
