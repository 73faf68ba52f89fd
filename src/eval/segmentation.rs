//! Scores a sentence segmenter on JSON Lines suites of `{"id","text","expected":[...]}` rows, the way
//! pySBD does: strip each piece, drop empty ones, compare the lists; rows marked
//! `"compare":"ws_collapse"` also collapse runs of white space.

use std::path::Path;

use serde::Deserialize;

use crate::error::{Error, Location, Result};
use crate::segment::Lang;

/// One test row.
#[derive(Debug, Clone, Deserialize)]
pub struct Case {
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    pub expected: Vec<String>,
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub compare: Option<String>,
}

/// A case that failed, with what was produced.
#[derive(Debug, Clone)]
pub struct Failure {
    pub id: String,
    pub expected: Vec<String>,
    pub got: Vec<String>,
}

/// Passed and failed counts for one suite.
#[derive(Debug, Clone, Default)]
pub struct Score {
    pub passed: usize,
    pub total: usize,
    pub failures: Vec<Failure>,
}

/// Reads a JSON Lines file of cases. Errors name the file, line and column.
pub fn read_cases(path: &Path) -> Result<Vec<Case>> {
    let text = crate::io::read_text(path)?;
    parse_jsonl(path, &text)
}

/// Parses JSON Lines into `T`, skipping blank lines; errors carry file, line and column.
pub fn parse_jsonl<T: serde::de::DeserializeOwned>(path: &Path, text: &str) -> Result<Vec<T>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        out.push(json_row(path, i + 1, line)?);
    }
    Ok(out)
}

/// Parses one JSON Lines row; an error names the file, line, column and the offending field.
pub fn json_row<T: serde::de::DeserializeOwned>(path: &Path, line_no: usize, line: &str) -> Result<T> {
    let clean = |e: &serde_json::Error| {
        let m = e.to_string();
        m.rfind(" at line ").map_or(m.clone(), |k| m[..k].to_string())
    };
    let mut de = serde_json::Deserializer::from_str(line);
    let row: T = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let field = e.path().to_string();
        let inner = e.inner();
        let m = if field.is_empty() || field == "." {
            clean(inner)
        } else {
            format!("field `{field}`: {}", clean(inner))
        };
        Error::new(Location::at(path, line_no, inner.column().max(1)), m)
    })?;
    de.end().map_err(|e| Error::new(Location::at(path, line_no, e.column().max(1)), clean(&e)))?;
    Ok(row)
}

/// The pieces as compared: stripped, empty ones dropped, white space collapsed if asked.
pub fn normalise(pieces: &[String], collapse: bool) -> Vec<String> {
    pieces
        .iter()
        .map(
            |p| {
                if collapse {
                    p.split_whitespace().collect::<Vec<_>>().join(" ")
                } else {
                    p.trim().to_string()
                }
            },
        )
        .filter(|p| !p.is_empty())
        .collect()
}

/// Scores `got` (one list of pieces per case) against the cases.
pub fn score(cases: &[Case], got: &[Vec<String>]) -> Score {
    let mut s = Score { total: cases.len(), ..Score::default() };
    for (i, case) in cases.iter().enumerate() {
        let collapse = case.compare.as_deref() == Some("ws_collapse");
        let expected = normalise(&case.expected, collapse);
        let produced = normalise(got.get(i).map_or(&[][..], Vec::as_slice), collapse);
        if expected == produced {
            s.passed += 1;
        } else {
            s.failures.push(Failure {
                id: case.id.clone().unwrap_or_else(|| format!("line {}", i + 1)),
                expected,
                got: produced,
            });
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_as_pysbd_does() {
        let cases: Vec<Case> = parse_jsonl(
            Path::new("t.jsonl"),
            "{\"text\":\"A.  B.\",\"expected\":[\"A.\",\" B.\"]}\n{\"text\":\"x\",\"expected\":[\"a  b\"],\"compare\":\"ws_collapse\"}\n",
        )
        .unwrap();
        let s = score(&cases, &[vec!["A. ".into(), "B.".into(), " ".into()], vec!["a b".into()]]);
        assert_eq!((s.passed, s.total), (2, 2));
        let s = score(&cases, &[vec!["A.  B.".into()], vec!["a b".into()]]);
        assert_eq!(s.passed, 1);
    }

    #[test]
    fn bad_row_names_line_and_column() {
        let err =
            parse_jsonl::<Case>(Path::new("t.jsonl"), "{\"text\":\"a\",\"expected\":[]}\n{\"text\": 5}\n")
                .unwrap_err();
        assert!(err.to_string().starts_with("t.jsonl:2:"), "{err}");
        assert!(err.to_string().contains("invalid type"), "{err}");
    }
}
