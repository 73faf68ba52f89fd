//! The quote corpus on disk: `quotes/<article>.yaml` (a list of quote records, one file per article)
//! and `quotes/glosses/<article>.yaml` (the article's inline glosses).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::{Error, Location, Result};
use crate::extract::{Extraction, Gloss};
use crate::quote::{self, Quote};

/// The folder, under a corpus folder, that holds the glosses.
pub const GLOSS_DIR: &str = "glosses";

/// The files `extract` writes for `extraction` into `dir`: one quote file per article (an empty list
/// when an article has no pairs) and one gloss file per article that has glosses. Ordered by path.
pub fn render(dir: &Path, articles: &[String], extraction: &Extraction) -> Result<Vec<(PathBuf, String)>> {
    let mut files = Vec::new();
    for article in articles {
        let quotes: Vec<&Quote> = extraction.quotes.iter().filter(|q| &q.article == article).collect();
        let header = format!("# Quote pairs extracted by `duizhao extract` from the article `{article}`.\n");
        files.push((dir.join(format!("{article}.yaml")), header + &to_yaml(&quotes)?));
        let glosses: Vec<&Gloss> = extraction.glosses.iter().filter(|g| &g.article == article).collect();
        if !glosses.is_empty() {
            let header =
                format!("# Inline glosses extracted by `duizhao extract` from the article `{article}`.\n");
            files.push((dir.join(GLOSS_DIR).join(format!("{article}.yaml")), header + &to_yaml(&glosses)?));
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(files)
}

fn to_yaml<T: serde::Serialize>(value: &T) -> Result<String> {
    crate::yaml::to_string(value).map_err(|e| Error::new(Location::file("<yaml>"), e))
}

/// A loaded corpus: quotes in path order, then by footnote; glosses likewise.
#[derive(Debug, Default)]
pub struct Corpus {
    /// (file the quote came from, quote)
    pub quotes: Vec<(PathBuf, Quote)>,
    pub glosses: Vec<Gloss>,
    /// Units of bilingual files not checked (not to be translated, locked, untranslated).
    pub skipped_units: usize,
}

/// Extensions of the bilingual files a folder is read for (XLIFF and its flavours, TMX).
pub const BILINGUAL: &[&str] = &["xlf", "xliff", "sdlxliff", "mqxliff", "mxliff", "tmx"];

/// Is `path` a file a folder is read for: `.yaml`, `.yml`, `.jsonl` or a bilingual file, in any case?
pub fn is_quote_file(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| {
        let x = x.to_ascii_lowercase();
        matches!(x.as_str(), "yaml" | "yml" | "jsonl") || BILINGUAL.contains(&x.as_str())
    })
}

/// The pairs of a bilingual file (XLIFF, TMX), one per translated unit: id `FILE#UNIT`, line the
/// unit's line. Returns them with the number of units skipped.
fn bilingual_quotes(file: &Path, bytes: Vec<u8>) -> Result<(Vec<Quote>, usize)> {
    let b = crate::bilingual::read(file, bytes)?;
    let name =
        file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut seen = std::collections::BTreeSet::new();
    let quotes = b
        .units
        .into_iter()
        .map(|u| {
            // Unit ids are unique per <file>; one XLIFF may hold several.
            let mut id = format!("{name}#{}", u.id);
            if !seen.insert(id.clone()) {
                id = format!("{id}@{}", u.line);
            }
            Quote::pair(id, name.clone(), u.line, u.zh, u.en)
        })
        .collect();
    Ok((quotes, b.skipped))
}

/// A bilingual table (`.tsv`, `.csv`) given as a quote input: one pair per row. The Chinese and
/// English columns are found by header (`zh`, `en`, `zh-CN`, `en-US`, `chinese`, `english`,
/// `source`/`target` by the text under them) or, without a header, by which column holds Chinese;
/// an `id` column names the rows, else `FILE#LINE`.
fn table_quotes(file: &Path, text: &str) -> Result<Vec<Quote>> {
    let tab = file.extension().and_then(|x| x.to_str()).is_some_and(|x| x.eq_ignore_ascii_case("tsv"));
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(if tab { b'\t' } else { b',' })
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut rows: Vec<(usize, Vec<String>)> = Vec::new();
    for r in reader.records() {
        let r = r.map_err(|e| {
            let line = e.position().map_or(1, |p| p.line() as usize);
            Error::new(Location::at(file, line, 1), format!("not a valid table row: {e}"))
        })?;
        let line = r.position().map_or(0, |p| p.line() as usize);
        rows.push((line, r.iter().map(|c| c.trim().to_string()).collect()));
    }
    let han = |s: &str| s.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    let latin = |s: &str| s.chars().filter(char::is_ascii_alphabetic).count();
    let Some((_, first)) = rows.first() else { return Ok(Vec::new()) };
    let named = |names: &[&str]| {
        first.iter().position(|h| {
            let h = h.to_ascii_lowercase().replace('_', "-");
            names.iter().any(|n| h == *n || h.starts_with(&format!("{n}-")))
        })
    };
    let header = named(&["zh", "chinese", "cn"]).is_some() || named(&["en", "english"]).is_some();
    let body = if header { &rows[1..] } else { &rows[..] };
    let width = rows.iter().map(|(_, r)| r.len()).max().unwrap_or(0);
    let score = |col: usize, f: &dyn Fn(&str) -> usize| {
        body.iter().map(|(_, r)| r.get(col).map_or(0, |c| f(c))).sum::<usize>()
    };
    let zh_col = named(&["zh", "chinese", "cn"]).or_else(|| (0..width).max_by_key(|&c| score(c, &han)));
    let en_col = named(&["en", "english"]).or_else(|| {
        (0..width)
            .filter(|&c| Some(c) != zh_col)
            .max_by_key(|&c| score(c, &latin) - score(c, &han).min(score(c, &latin)))
    });
    let (Some(zc), Some(ec)) = (zh_col, en_col) else {
        return Err(Error::new(
            Location::at(file, 1, 1),
            "cannot tell the Chinese and English columns; name them `zh` and `en`",
        ));
    };
    let id_col = if header { named(&["id"]) } else { None };
    let name =
        file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
    let mut out = Vec::new();
    for (line, r) in body {
        let (zh, en) = (r.get(zc).cloned().unwrap_or_default(), r.get(ec).cloned().unwrap_or_default());
        if zh.is_empty() || en.is_empty() {
            continue;
        }
        let id = id_col
            .and_then(|c| r.get(c))
            .filter(|s| !s.is_empty())
            .map_or_else(|| line.to_string(), Clone::clone);
        out.push(Quote::pair(format!("{name}#{id}"), name.clone(), *line, zh, en));
    }
    Ok(out)
}

fn is_table(file: &Path) -> bool {
    file.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| x.eq_ignore_ascii_case("tsv") || x.eq_ignore_ascii_case("csv"))
}

/// Is this file (by extension or by its first bytes) an XLIFF or TMX file?
fn is_bilingual(file: &Path) -> bool {
    let by_ext = file
        .extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| BILINGUAL.contains(&x.to_ascii_lowercase().as_str()));
    by_ext || {
        use std::io::Read;
        let mut head = [0u8; 1024];
        let n = std::fs::File::open(file).and_then(|mut f| f.read(&mut head)).unwrap_or(0);
        crate::bilingual::sniff(&head[..n])
    }
}

fn is_jsonl(path: &Path) -> bool {
    path.extension().and_then(|x| x.to_str()).is_some_and(|x| x.eq_ignore_ascii_case("jsonl"))
}

/// Loads quote files and folders: YAML files (`.yaml`, `.yml`), JSON Lines files (`.jsonl`), `-`
/// (JSON Lines on standard input), and folders, which contribute every such file (extensions in any
/// case) and the glosses under their `glosses/` folder. A file named twice, or inside a folder also
/// named, is read once. A quote id used twice, in any files, is an error naming both.
pub fn load(paths: &[PathBuf]) -> Result<Corpus> {
    let mut corpus = Corpus::default();
    let mut seen: BTreeMap<String, PathBuf> = BTreeMap::new();
    let mut read: std::collections::BTreeSet<PathBuf> = std::collections::BTreeSet::new();
    for path in paths {
        let (files, gloss_files) = if crate::io::is_stdio(path) {
            (vec![path.clone()], Vec::new())
        } else if path.is_dir() {
            (quote_files(path)?, quote_files(&path.join(GLOSS_DIR)).unwrap_or_default())
        } else if path.exists() {
            (vec![path.clone()], Vec::new())
        } else {
            return Err(Error::new(Location::file(path), "no such file or directory"));
        };
        for file in files {
            if file.extension().and_then(|x| x.to_str()).is_some_and(|x| x.eq_ignore_ascii_case("json")) {
                return Err(Error::new(
                    Location::file(&file),
                    "a .json file is not read: give quotes as YAML (.yaml) or JSON Lines (.jsonl, one object per line)",
                ));
            }
            let key = std::fs::canonicalize(&file).unwrap_or_else(|_| file.clone());
            if !crate::io::is_stdio(&file) && !read.insert(key) {
                continue;
            }
            let (name, quotes) = if crate::io::is_stdio(&file) {
                let name = PathBuf::from("<stdin>");
                let quotes = parse_jsonl(&name, &crate::io::read_text(&file)?)?;
                (name, quotes)
            } else if is_bilingual(&file) {
                let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, "cannot read", &e))?;
                let (quotes, skipped) = bilingual_quotes(&file, bytes)?;
                corpus.skipped_units += skipped;
                (file.clone(), quotes)
            } else if is_table(&file) {
                let bytes = std::fs::read(&file).map_err(|e| Error::io(&file, "cannot read", &e))?;
                (file.clone(), table_quotes(&file, &crate::xml::decode(&file, bytes)?)?)
            } else if is_jsonl(&file) {
                (file.clone(), parse_jsonl(&file, &crate::io::read_text(&file)?)?)
            } else {
                (file.clone(), quote::load_file(&file)?)
            };
            for q in quotes {
                if let Some(other) = seen.insert(q.id.clone(), name.clone()) {
                    let also = if other == name {
                        "earlier in this file".to_string()
                    } else {
                        format!("in {}", other.display())
                    };
                    return Err(Error::new(
                        Location::file(&name),
                        format!("quote id `{}` is also used {also}", q.id),
                    ));
                }
                corpus.quotes.push((name.clone(), q));
            }
        }
        for file in gloss_files.into_iter().filter(|f| !is_jsonl(f) && !is_bilingual(f)) {
            let text = crate::io::read_text(&file)?;
            let mut glosses: Vec<Gloss> =
                if text.trim().is_empty() { Vec::new() } else { crate::yaml::from_str(&file, &text)? };
            corpus.glosses.append(&mut glosses);
        }
    }
    Ok(corpus)
}

fn quote_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io(dir, "cannot read directory", &e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && is_quote_file(p))
        .collect();
    files.sort();
    Ok(files)
}

/// One JSON Lines quote: `{"id", "zh", "en"}` with optional `citation` and the other record fields.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonQuote {
    id: String,
    zh: String,
    en: String,
    #[serde(default)]
    citation: crate::quote::Citation,
    #[serde(default)]
    article: Option<String>,
    #[serde(default)]
    footnote: Option<u32>,
    #[serde(default)]
    line: Option<usize>,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    attribution: Option<String>,
    #[serde(default)]
    accept: Vec<crate::quote::Accept>,
}

/// Reads quotes from JSON Lines text (`path` names it in errors, with line and column).
pub fn parse_jsonl(path: &Path, text: &str) -> Result<Vec<Quote>> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let row: JsonQuote = crate::eval::segmentation::json_row(path, i + 1, line)?;
        out.push(Quote {
            id: row.id,
            article: row.article.unwrap_or_default(),
            footnote: row.footnote.unwrap_or(0),
            line: row.line.unwrap_or(i + 1),
            zh: row.zh,
            en: row.en,
            citation: row.citation,
            note: row.note,
            attribution: row.attribution,
            accept: row.accept,
        });
    }
    Ok(out)
}
