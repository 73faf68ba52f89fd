//! Glossary interchange: the shared sample glossary (`fixtures/report/glossary/`) as TBX and CSV
//! (snapshots), and round trips of the project's whole glossary: glossary → TBX → glossary keeps every
//! field of every concept; glossary → CSV → glossary keeps what CSV has columns for.

use std::path::Path;

use duizhao::glossary::{self, Entry, table, tbx};

fn entries(g: &glossary::Glossary) -> Vec<Entry> {
    g.entries.iter().map(|l| l.entry.clone()).collect()
}

fn sample() -> Vec<Entry> {
    entries(&glossary::load_dir(Path::new("fixtures/report/glossary")).unwrap())
}

fn tbx_text(e: &[Entry]) -> String {
    let mut out = Vec::new();
    tbx::write(e, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn csv_text(e: &[Entry]) -> String {
    let mut out = Vec::new();
    table::write(e, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn tbx_of_the_sample() {
    let text = tbx_text(&sample());
    insta::assert_snapshot!(text.replace(env!("CARGO_PKG_VERSION"), "[version]"));
}

#[test]
fn csv_of_the_sample() {
    insta::assert_snapshot!(csv_text(&sample()));
}

#[test]
fn tbx_round_trip_keeps_every_concept_and_field() {
    let all = entries(&glossary::embedded().unwrap());
    let back = tbx::read(Path::new("g.tbx"), &tbx_text(&all)).unwrap();
    assert!(back.skipped.is_empty());
    assert_eq!(back.entries.len(), all.len());
    for (a, b) in all.iter().zip(&back.entries) {
        assert_eq!(a, b);
    }
}

#[test]
fn csv_round_trip_keeps_terms_statuses_kinds_and_notes() {
    let all = entries(&glossary::embedded().unwrap());
    let back = table::read(Path::new("g.csv"), &csv_text(&all)).unwrap();
    assert_eq!(back.len(), all.len());
    for (a, b) in all.iter().zip(&back) {
        assert_eq!(
            (&a.zh, &a.en, &a.admitted, &a.abbreviations),
            (&b.zh, &b.en, &b.admitted, &b.abbreviations)
        );
        assert_eq!((a.kind, &a.note), (b.kind, &b.note));
        let forbidden =
            |e: &Entry| e.forbidden.iter().map(|f| (f.en.clone(), f.reason.clone())).collect::<Vec<_>>();
        assert_eq!(forbidden(a), forbidden(b));
    }
}

#[test]
fn the_tbx_is_well_formed_xml_with_one_concept_entry_per_concept() {
    let text = tbx_text(&sample());
    let mut reader = quick_xml::Reader::from_str(&text);
    let (mut concepts, mut deprecated) = (0, 0);
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"conceptEntry" => concepts += 1,
            quick_xml::events::Event::Text(t) if t.xml10_content().unwrap() == "deprecatedTerm-admn-sts" => {
                deprecated += 1
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!((concepts, deprecated), (3, 2));
}
