//! The glossary: concepts (terms, document titles, organisations, people, publications) with their
//! preferred English, admitted and forbidden variants. Loaded strictly from YAML (unknown fields,
//! duplicate keys and conflicting entries are errors naming file, line and column), compiled once
//! into matchers and shared read-only. The project's glossary is embedded in the binary.

pub mod fold;
pub mod harvest;
mod matcher;
pub mod table;
pub mod tbx;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub use matcher::{EnMatch, EnText, Glossary, NearMiss, ZhHit};

use crate::error::{Error, Location, Result};
use crate::finding::Severity;

/// What a concept names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    #[default]
    Term,
    Title,
    Organisation,
    Person,
    Publication,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Term, Kind::Title, Kind::Organisation, Kind::Person, Kind::Publication];

    /// The name in glossary files (and in TBX `subjectField`, CSV `kind`).
    pub fn name(self) -> &'static str {
        match self {
            Kind::Term => "term",
            Kind::Title => "title",
            Kind::Organisation => "organisation",
            Kind::Person => "person",
            Kind::Publication => "publication",
        }
    }

    /// The kind of a name (American "organization" too).
    pub fn from_name(name: &str) -> Option<Kind> {
        let name = if name == "organization" { "organisation" } else { name };
        Kind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// How the English must be capitalised.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Case {
    /// Any capitalisation.
    #[default]
    Insensitive,
    /// Each word capitalised as in the entry ("Industrial Internet", not "industrial internet").
    Exact,
}

/// A rendering that must not be used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Forbidden {
    pub en: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Who published this rendering.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub used_by: Option<String>,
}

/// One concept as written in a glossary file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// The Chinese term(s): a list, or one term written alone.
    #[serde(deserialize_with = "one_or_many")]
    pub zh: Vec<String>,
    /// The preferred (canonical) English.
    pub en: String,
    #[serde(default)]
    pub kind: Kind,
    /// Other accepted renderings.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub admitted: Vec<String>,
    /// Accepted abbreviations (SASTIND, MIIT).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub abbreviations: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbidden: Vec<Forbidden>,
    #[serde(default)]
    pub case: Case,
    /// Severity of `term-missing` for this entry (default: warning).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// Where the concept was seen (quote ids or `article:line`), or where its English is published
    /// (URLs).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
    /// Who issued the document a title names (registry packs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer: Option<String>,
    /// When it was issued or adopted: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (registry packs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
}

/// `zh: 军民融合` or `zh: [军民融合, 軍民融合]`.
fn one_or_many<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Vec<String>, D::Error> {
    struct V;
    impl<'de> serde::de::Visitor<'de> for V {
        type Value = Vec<String>;
        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a Chinese term or a list of them")
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<Self::Value, E> {
            Ok(vec![v.to_string()])
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(
            self,
            mut seq: A,
        ) -> std::result::Result<Self::Value, A::Error> {
            let mut out = Vec::new();
            while let Some(s) = seq.next_element::<String>()? {
                out.push(s);
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

impl Entry {
    /// A concept with these terms and this preferred rendering, every other field empty or default.
    pub fn new(zh: Vec<String>, en: String) -> Entry {
        Entry {
            zh,
            en,
            kind: Kind::Term,
            admitted: Vec::new(),
            abbreviations: Vec::new(),
            forbidden: Vec::new(),
            case: Case::Insensitive,
            severity: None,
            note: None,
            sources: Vec::new(),
            issuer: None,
            date: None,
        }
    }

    /// The preferred rendering, then admitted renderings and abbreviations.
    pub fn accepted(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.en.as_str())
            .chain(self.admitted.iter().map(String::as_str))
            .chain(self.abbreviations.iter().map(String::as_str))
    }
}

/// An entry with where it was defined.
#[derive(Debug, Clone)]
pub struct Located {
    pub entry: Entry,
    pub location: Location,
}

/// A pack of the built-in glossary: a name, what it holds, and its files.
pub struct Pack {
    pub name: &'static str,
    pub about: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

/// The built-in glossary, in packs (the repository's `glossary/`); `duizhao.toml`'s `packs` or
/// `--pack` select them, all by default.
pub const PACKS: &[Pack] = &[
    Pack {
        name: "mcf",
        about: "Military-Civil Fusion and Industrial Internet: terms, titles, organisations, people and \
                publications of the development articles",
        files: &[
            ("glossary/terms.yaml", include_str!("../../glossary/terms.yaml")),
            ("glossary/titles.yaml", include_str!("../../glossary/titles.yaml")),
            ("glossary/organisations.yaml", include_str!("../../glossary/organisations.yaml")),
            ("glossary/people.yaml", include_str!("../../glossary/people.yaml")),
            ("glossary/publications.yaml", include_str!("../../glossary/publications.yaml")),
        ],
    },
    Pack {
        name: "party-terms",
        about: "Party-state terms with the English of official sources",
        files: &[("glossary/packs/party-terms.yaml", include_str!("../../glossary/packs/party-terms.yaml"))],
    },
    Pack {
        name: "titles",
        about: "Five-Year Plans, plenum decisions, Party Congress reports, State Council and Central \
                Committee plans, strategies and opinions, with their published English titles",
        files: &[("glossary/packs/titles.yaml", include_str!("../../glossary/packs/titles.yaml"))],
    },
    Pack {
        name: "white-papers",
        about: "white papers of the State Council Information Office, titled as published in English",
        files: &[(
            "glossary/packs/white-papers.yaml",
            include_str!("../../glossary/packs/white-papers.yaml"),
        )],
    },
    Pack {
        name: "laws",
        about: "national laws with their official English titles (NPC)",
        files: &[("glossary/packs/laws.yaml", include_str!("../../glossary/packs/laws.yaml"))],
    },
];

/// Every file of the built-in glossary.
pub fn embedded_files() -> impl Iterator<Item = &'static (&'static str, &'static str)> {
    PACKS.iter().flat_map(|p| p.files.iter())
}

/// The pack called `name`.
pub fn pack(name: &str) -> Option<&'static Pack> {
    PACKS.iter().find(|p| p.name == name)
}

/// The kind of a glossary file, by its extension: YAML (ours), TBX, CSV, or OmegaT's tab-separated
/// glossary (`.tsv`, `.tab`, `.utf8`, `.txt`).
fn file_kind(path: &Path) -> &'static str {
    let ext = path.extension().and_then(|x| x.to_str()).unwrap_or("").to_ascii_lowercase();
    match ext.as_str() {
        "tbx" => "tbx",
        "csv" => "csv",
        "tsv" | "tab" | "utf8" | "txt" => "omegat",
        _ => "yaml",
    }
}

/// The entries of one glossary file, each with where it is defined.
fn entries_of(path: &Path, text: &str) -> Result<Vec<(Entry, Location)>> {
    let at_file = |entries: Vec<Entry>| entries.into_iter().map(|e| (e, Location::file(path))).collect();
    match file_kind(path) {
        "tbx" => Ok(at_file(tbx::read(path, text)?.entries)),
        "csv" => Ok(at_file(table::read(path, text)?)),
        "omegat" => omegat(path, text),
        _ => {
            let entries: Vec<serde_saphyr::Spanned<Entry>> = crate::yaml::from_str(path, text)?;
            Ok(entries
                .into_iter()
                .map(|s| {
                    let loc = s.defined;
                    (s.value, Location::at(path, loc.line() as usize, loc.column() as usize))
                })
                .collect())
        }
    }
}

/// OmegaT's glossary: one term per line, `source<TAB>target<TAB>comment`, `#` lines ignored; the
/// Chinese column is whichever holds Chinese characters. Terms with the same Chinese are one entry
/// (the first English preferred, the others admitted).
fn omegat(path: &Path, text: &str) -> Result<Vec<(Entry, Location)>> {
    let han = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
    let mut out: Vec<(Entry, Location)> = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        let at = Location::at(path, n + 1, 1);
        let (Some(a), Some(b)) = (cols.first(), cols.get(1)) else {
            return Err(Error::new(at, "expected `term<TAB>rendering[<TAB>comment]`".to_string()));
        };
        let (zh, en) = if han(a) {
            (*a, *b)
        } else if han(b) {
            (*b, *a)
        } else {
            continue;
        };
        if let Some((e, _)) = out.iter_mut().find(|(e, _)| e.zh[0] == zh) {
            if !e.en.eq_ignore_ascii_case(en) && !e.admitted.iter().any(|x| x.eq_ignore_ascii_case(en)) {
                e.admitted.push(en.to_string());
            }
            continue;
        }
        let mut entry = Entry::new(vec![zh.to_string()], en.to_string());
        entry.note = cols.get(2).filter(|c| !c.is_empty()).map(|c| c.to_string());
        out.push((entry, at));
    }
    Ok(out)
}

/// Parses and validates glossary files given as (path, text).
pub fn parse(files: &[(PathBuf, String)]) -> Result<Vec<Located>> {
    let mut out: Vec<Located> = Vec::new();
    let mut by_zh: BTreeMap<String, Location> = BTreeMap::new();
    for (path, text) in files {
        if text.trim().is_empty() {
            continue;
        }
        for (entry, location) in entries_of(path, text)? {
            let bad = |m: String| Error::new(location.clone(), m);
            if entry.zh.is_empty() || entry.zh.iter().any(|z| z.trim().is_empty()) {
                return Err(bad("entry needs at least one non-empty `zh` term".into()));
            }
            if entry.en.trim().is_empty() {
                return Err(bad(format!("entry `{}` has an empty `en`", entry.zh[0])));
            }
            for f in &entry.forbidden {
                if entry.accepted().any(|a| a.eq_ignore_ascii_case(&f.en)) {
                    return Err(bad(format!(
                        "entry `{}`: `{}` is both accepted and forbidden",
                        entry.zh[0], f.en
                    )));
                }
            }
            let mut own: Vec<String> = Vec::new();
            for z in &entry.zh {
                let key = fold::fold(z);
                if own.contains(&key) {
                    return Err(bad(format!(
                        "entry lists `{z}` twice (spaces, full-width forms and traditional characters are folded)"
                    )));
                }
                own.push(key.clone());
                if let Some(other) = by_zh.get(&key) {
                    return Err(bad(format!("conflicting entries: `{z}` is also defined at {other}")));
                }
                by_zh.insert(key, location.clone());
            }
            out.push(Located { entry, location });
        }
    }
    Ok(out)
}

/// Loads the `*.yaml` files of a folder (the `--glossary DIR` option).
pub fn load_dir(dir: &Path) -> Result<Glossary> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, "cannot read glossary folder", &e))?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
        .collect();
    paths.sort();
    let mut files = Vec::new();
    for p in paths {
        let text = crate::io::read_text(&p)?;
        files.push((p, text));
    }
    Ok(Glossary::compile(parse(&files)?))
}

/// The glossary files of a path: a folder's `*.yaml`/`*.yml` files (sorted), or one file.
fn files_of(path: &Path) -> Result<Vec<(PathBuf, String)>> {
    let paths = if path.is_dir() {
        let entries =
            std::fs::read_dir(path).map_err(|e| Error::io(path, "cannot read glossary folder", &e))?;
        let mut paths: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                p.is_file()
                    && p.extension().and_then(|x| x.to_str()).is_some_and(|x| {
                        matches!(
                            x.to_ascii_lowercase().as_str(),
                            "yaml" | "yml" | "tbx" | "csv" | "tsv" | "tab" | "utf8"
                        )
                    })
            })
            .collect();
        paths.sort();
        paths
    } else {
        vec![path.to_path_buf()]
    };
    // TBX and OmegaT files come in UTF-16 too.
    paths
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).map_err(|e| Error::io(&p, "cannot read", &e))?;
            crate::xml::decode(&p, bytes).map(|t| (p, t))
        })
        .collect()
}

/// Built-in packs together with glossary folders or files: one glossary, validated as a whole (an
/// entry that conflicts with another names both places).
pub fn load(packs: &[&Pack], paths: &[PathBuf]) -> Result<Glossary> {
    let mut files: Vec<(PathBuf, String)> = Vec::new();
    for pack in packs {
        files.extend(pack.files.iter().map(|(p, t)| (PathBuf::from(p), t.to_string())));
    }
    for path in paths {
        files.extend(files_of(path)?);
    }
    Ok(Glossary::compile(parse(&files)?))
}

/// The glossary built into the binary.
pub fn embedded() -> Result<Glossary> {
    let files: Vec<(PathBuf, String)> =
        embedded_files().map(|(p, t)| (PathBuf::from(p), t.to_string())).collect();
    Ok(Glossary::compile(parse(&files)?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> Result<Vec<Located>> {
        parse(&[(PathBuf::from("g.yaml"), text.to_string())])
    }

    #[test]
    fn embedded_glossary_is_valid_and_large_enough() {
        let g = embedded().unwrap();
        assert!(g.entries.len() >= 60, "{} concepts", g.entries.len());
        assert!(
            g.entries.iter().all(|e| !e.entry.sources.is_empty()),
            "every concept says where it was seen"
        );
    }

    #[test]
    fn every_registry_entry_is_sourced_and_every_title_dated() {
        for pack in PACKS.iter().filter(|p| p.name != "mcf") {
            let g = load(&[pack], &[]).unwrap();
            assert!(!g.entries.is_empty(), "{}", pack.name);
            for l in &g.entries {
                let e = &l.entry;
                assert!(
                    e.sources.iter().any(|s| s.starts_with("http://") || s.starts_with("https://")),
                    "{}: {} has no source URL",
                    l.location,
                    e.zh[0]
                );
                if e.kind == Kind::Title {
                    let date = e.date.as_deref().unwrap_or("");
                    let ok = date.len() >= 4 && date[..4].bytes().all(|b| b.is_ascii_digit());
                    assert!(ok, "{}: {} has no date (YYYY, YYYY-MM or YYYY-MM-DD)", l.location, e.zh[0]);
                }
            }
        }
    }

    #[test]
    fn unknown_field_is_an_error_with_location() {
        let err = one("- zh: [军民融合]\n  en: Military-Civil Fusion\n  preferd: x\n").unwrap_err();
        assert!(err.to_string().starts_with("g.yaml:3:3: unknown field `preferd`"), "{err}");
    }

    #[test]
    fn conflicting_entries_name_both_places() {
        let err = one("- zh: [军民融合]\n  en: A\n- zh: [軍民融合]\n  en: B\n").unwrap_err();
        assert_eq!(
            err.to_string(),
            "g.yaml:3:3: conflicting entries: `軍民融合` is also defined at g.yaml:1:3"
        );
    }

    #[test]
    fn accepted_and_forbidden_at_once_is_an_error() {
        let err = one(
            "- zh: [标识解析]\n  en: identifier resolution\n  forbidden:\n    - en: Identifier Resolution\n",
        )
        .unwrap_err();
        assert!(err.to_string().contains("both accepted and forbidden"), "{err}");
    }
}
