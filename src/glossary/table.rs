//! CSV: the glossary as a spreadsheet. One row per English rendering, with the columns
//! `concept,zh,en,status,kind,note`: `concept` groups the rows of one concept, `zh` holds its
//! Chinese terms separated by `;`, `status` is `preferred`, `admitted`, `abbreviation` or
//! `deprecated`, `note` is the concept's note on the preferred row and the reason on a deprecated
//! row. CSV has no place for `case`, `severity`, `sources` or `used_by` (TBX keeps them).
//!
//! Reading needs only `zh` and `en`; without `concept`, rows with the same `zh` are one concept;
//! without `status`, a concept's first row is preferred and the others admitted.

use std::collections::BTreeMap;

use super::{Entry, Forbidden, Kind};
use crate::error::{Error, Location, Result};

const COLUMNS: [&str; 6] = ["concept", "zh", "en", "status", "kind", "note"];

/// Writes the entries as CSV.
/// A cell a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, which spreadsheets hide and [`read`] removes.
fn defuse(cell: &str) -> String {
    if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || cell.starts_with('\'') {
        format!("'{cell}")
    } else {
        cell.to_string()
    }
}

/// The cell as written before [`defuse`].
fn restore(cell: &str) -> &str {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r', '\'']) => rest,
        _ => cell,
    }
}

pub fn write(entries: &[Entry], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record(COLUMNS)?;
    for (i, e) in entries.iter().enumerate() {
        let concept = format!("c{}", i + 1);
        let zh = e.zh.join(";");
        let kind = e.kind.name();
        let row = |en: &str, status: &str, note: &str| {
            [concept.clone(), defuse(&zh), defuse(en), status.to_string(), kind.to_string(), defuse(note)]
        };
        w.write_record(row(&e.en, "preferred", e.note.as_deref().unwrap_or("")))?;
        for a in &e.admitted {
            w.write_record(row(a, "admitted", ""))?;
        }
        for a in &e.abbreviations {
            w.write_record(row(a, "abbreviation", ""))?;
        }
        for f in &e.forbidden {
            w.write_record(row(&f.en, "deprecated", f.reason.as_deref().unwrap_or("")))?;
        }
    }
    w.flush()
}

/// Reads glossary entries from CSV.
pub fn read(path: &std::path::Path, text: &str) -> Result<Vec<Entry>> {
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .map_err(|e| Error::new(Location::at(path, 1, 1), format!("cannot read the header row: {e}")))?
        .clone();
    let column = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (Some(zh_col), Some(en_col)) = (column("zh"), column("en")) else {
        return Err(Error::new(
            Location::at(path, 1, 1),
            format!(
                "the header row needs `zh` and `en` columns (it has: {})",
                headers.iter().collect::<Vec<_>>().join(", ")
            ),
        ));
    };
    let (concept_col, status_col, kind_col, note_col) =
        (column("concept"), column("status"), column("kind"), column("note"));
    let mut order: Vec<String> = Vec::new();
    let mut concepts: BTreeMap<String, Entry> = BTreeMap::new();
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line() as usize);
            Error::new(Location::at(path, line, 1), format!("not valid CSV: {e}"))
        })?;
        let line = record.position().map_or(0, |p| p.line() as usize);
        let get = |c: Option<usize>| c.and_then(|c| record.get(c)).map(|s| restore(s.trim())).unwrap_or("");
        let (zh, en) = (get(Some(zh_col)), get(Some(en_col)));
        if zh.is_empty() && en.is_empty() {
            continue;
        }
        let at = |col: usize| Location::at(path, line, col + 1);
        if zh.is_empty() {
            return Err(Error::new(at(zh_col), format!("`{en}` has no Chinese term")));
        }
        if en.is_empty() {
            return Err(Error::new(at(en_col), format!("`{zh}` has no English rendering")));
        }
        let key = match get(concept_col) {
            "" => zh.to_string(),
            c => c.to_string(),
        };
        let status = get(status_col);
        let note = (!get(note_col).is_empty()).then(|| get(note_col).to_string());
        let kind = match get(kind_col) {
            "" => Kind::Term,
            other => Kind::from_name(other).ok_or_else(|| {
                Error::new(
                    at(kind_col.unwrap_or(0)),
                    format!("unknown kind `{other}` (term, title, organisation, person, publication)"),
                )
            })?,
        };
        let entry = concepts.entry(key.clone()).or_insert_with(|| {
            order.push(key.clone());
            let zh = zh.split(';').map(|z| z.trim().to_string()).filter(|z| !z.is_empty()).collect();
            Entry { kind, ..Entry::new(zh, String::new()) }
        });
        match status {
            "preferred" | "" if entry.en.is_empty() => {
                entry.en = en.to_string();
                entry.note = note;
            }
            "preferred" => {
                return Err(Error::new(
                    at(status_col.unwrap_or(0)),
                    format!("a second preferred rendering for `{zh}`: `{}` is preferred already", entry.en),
                ));
            }
            "admitted" | "" => entry.admitted.push(en.to_string()),
            "abbreviation" => entry.abbreviations.push(en.to_string()),
            "deprecated" | "forbidden" => {
                entry.forbidden.push(Forbidden { en: en.to_string(), reason: note, used_by: None })
            }
            other => {
                return Err(Error::new(
                    at(status_col.unwrap_or(0)),
                    format!("unknown status `{other}` (preferred, admitted, abbreviation, deprecated)"),
                ));
            }
        }
    }
    let mut out = Vec::new();
    for key in order {
        let Some(mut e) = concepts.remove(&key) else { continue };
        if e.en.is_empty() {
            if e.admitted.is_empty() {
                return Err(Error::new(
                    Location::file(path),
                    format!("concept `{key}` has no preferred or admitted English rendering"),
                ));
            }
            e.en = e.admitted.remove(0);
        }
        out.push(e);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn minimal_columns_and_errors_with_line_and_column() {
        let text = "zh,en\n标识解析,identifier resolution\n标识解析,ID resolution\n";
        let got = read(Path::new("g.csv"), text).unwrap();
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].en, "identifier resolution");
        assert_eq!(got[0].admitted, ["ID resolution"]);
        let err = read(Path::new("g.csv"), "zh,en,status\n标识解析,x,maybe\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "g.csv:2:3: unknown status `maybe` (preferred, admitted, abbreviation, deprecated)"
        );
        let err = read(Path::new("g.csv"), "term,translation\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "g.csv:1:1: the header row needs `zh` and `en` columns (it has: term, translation)"
        );
    }
}

#[cfg(test)]
mod formula_tests {
    use super::*;

    #[test]
    fn formulas_are_defused_on_export_and_restored_on_import() {
        let mut e = Entry::new(vec!["公式".into()], "=HYPERLINK(\"http://x\")".into());
        e.admitted = vec!["-minus".into(), "'quoted".into(), "plain".into()];
        let mut out = Vec::new();
        write(std::slice::from_ref(&e), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("'=HYPERLINK") && text.contains("'-minus") && text.contains("''quoted"),
            "{text}"
        );
        let back = read(std::path::Path::new("g.csv"), &text).unwrap();
        assert_eq!(back[0].en, e.en);
        assert_eq!(back[0].admitted, e.admitted);
    }
}
