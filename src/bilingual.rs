//! Translators' bilingual files: XLIFF 1.2 (and the Trados, memoQ and Phrase flavours built on it),
//! XLIFF 2.x and TMX, in UTF-8 or UTF-16, chosen by their root element, not their extension. Each
//! translated unit becomes a pair to check; units that are not to be translated, locked, or have no
//! target are skipped and counted. Inline codes are removed for checking: paired codes (`g`, `pc`,
//! `mrk`, `hi`) keep their text, placeholders and native code (`x`, `bx`, `ex`, `ph`, `bpt`, `ept`,
//! `it`, `sc`, `ec`, `ut`, `sub`, `originalData`) do not.

use std::path::Path;

use crate::error::{Error, Location, Result};
use crate::xml::{Content, Element};

/// One translation unit: its id, line, the Chinese and English text, and its state if the file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub id: String,
    pub line: usize,
    pub zh: String,
    pub en: String,
    pub state: Option<String>,
}

/// What a bilingual file holds.
#[derive(Debug, Clone, Default)]
pub struct Bilingual {
    /// "XLIFF 1.2", "XLIFF 2.0", "TMX 1.4"…
    pub format: String,
    pub units: Vec<Unit>,
    /// Units not checked: not to be translated, locked, or without a target.
    pub skipped: usize,
}

/// Is the file at `path` (by its first bytes) a bilingual file duizhao reads?
pub fn sniff(head: &[u8]) -> bool {
    let text: String = if head.starts_with(&[0xFF, 0xFE]) || head.get(1) == Some(&0) {
        head.iter().skip(2).step_by(2).map(|&b| b as char).collect()
    } else if head.starts_with(&[0xFE, 0xFF]) || head.first() == Some(&0) {
        head.iter().skip(3).step_by(2).map(|&b| b as char).collect()
    } else {
        String::from_utf8_lossy(head).into_owned()
    };
    text.contains("<xliff") || text.contains("<tmx")
}

/// Inline elements whose content is not text to check.
const CODES: &[&str] =
    &["x", "bx", "ex", "ph", "bpt", "ept", "it", "sc", "ec", "ut", "sub", "originalData", "cp"];

/// The checkable text of a `source`, `target` or `seg`: its text and the text of paired inline
/// elements, in order, without codes. Iterative.
pub fn plain(e: &Element) -> String {
    let mut out = String::new();
    let mut stack: Vec<&Content> = e.content.iter().rev().collect();
    while let Some(c) = stack.pop() {
        match c {
            Content::Text(t) => out.push_str(t),
            Content::Elem(el) if CODES.contains(&el.name.as_str()) => {}
            Content::Elem(el) => stack.extend(el.content.iter().rev()),
        }
    }
    out
}

/// Which side of a language pair is Chinese: `Some(true)` when the source is, `Some(false)` when
/// the target is; `None` when the pair is not Chinese and English.
pub fn chinese_first(source: &str, target: &str) -> Option<bool> {
    let lang = |l: &str| l.trim().to_ascii_lowercase().replace('_', "-");
    let (s, t) = (lang(source), lang(target));
    let zh = |l: &str| l == "zh" || l.starts_with("zh-") || l.starts_with("cmn") || l.starts_with("yue");
    let en = |l: &str| l == "en" || l.starts_with("en-");
    match (zh(&s), en(&s), zh(&t), en(&t)) {
        (true, _, _, true) => Some(true),
        (_, true, true, _) => Some(false),
        _ => None,
    }
}

fn refuse(path: &Path, source: &str, target: &str) -> Error {
    Error::new(
        Location::file(path),
        format!("{source} → {target}: duizhao checks Chinese–English files (zh ↔ en)"),
    )
}

/// Reads a bilingual file.
pub fn read(path: &Path, bytes: Vec<u8>) -> Result<Bilingual> {
    let text = crate::xml::decode(path, bytes)?;
    let root = crate::xml::parse(path, &text)?;
    match root.name.as_str() {
        "xliff" if root.attr("version").is_some_and(|v| v.starts_with('2')) => xliff2(path, &root),
        "xliff" => xliff1(path, &root),
        "tmx" => tmx(path, &root),
        other => Err(Error::new(
            Location::at(path, root.line, 1),
            format!("the root element is <{other}>; expected an XLIFF (<xliff>) or TMX (<tmx>) file"),
        )),
    }
}

/// Not to be checked: `translate="no"`, or locked the way the CAT tools write it — `locked="true"`
/// (Phrase's `m:locked`), `mq:locked="locked"` (memoQ), or a locked `sdl:seg` in Trados's
/// `sdl:seg-defs` (namespace prefixes are dropped when read).
fn locked(e: &Element) -> bool {
    let yes = |v: Option<&str>| {
        v.is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "yes" | "locked" | "1"))
    };
    yes(e.attr("locked"))
        || e.attr("translate").is_some_and(|v| v.eq_ignore_ascii_case("no"))
        || e.find(&["seg"], &["source", "target"]).iter().any(|s| yes(s.attr("locked")))
}

/// A unit's state as its tool writes it: the target's `state` (XLIFF), Trados's `sdl:seg` `conf`,
/// memoQ's `mq:status`, Phrase's `m:confirmed`.
fn state_of(u: &Element, target: Option<&Element>) -> Option<String> {
    target
        .and_then(|t| t.attr("state"))
        .or_else(|| u.find(&["seg"], &["source", "target"]).first().and_then(|s| s.attr("conf")))
        .or(u.attr("status"))
        .or_else(|| {
            u.attr("confirmed").map(|c| if c == "1" || c == "true" { "confirmed" } else { "not confirmed" })
        })
        .map(str::to_string)
}

/// XLIFF 1.2: `file` elements with `source-language`/`target-language`, `trans-unit`s (also inside
/// `group`s), `source`/`target`; `alt-trans` proposals are not read.
fn xliff1(path: &Path, root: &Element) -> Result<Bilingual> {
    let mut out = Bilingual {
        format: format!("XLIFF {}", root.attr("version").unwrap_or("1.2")),
        ..Default::default()
    };
    for file in root.kids("file") {
        let (sl, tl) =
            (file.attr("source-language").unwrap_or(""), file.attr("target-language").unwrap_or(""));
        let units = file.find(&["trans-unit"], &["alt-trans"]);
        if units.is_empty() {
            continue;
        }
        let zh_first = chinese_first(sl, tl).ok_or_else(|| refuse(path, sl, tl))?;
        for u in units {
            let source = u.kids("source").next().map(plain).unwrap_or_default();
            let target_el = u.kids("target").next();
            let target = target_el.map(plain).unwrap_or_default();
            let state = state_of(u, target_el);
            if locked(u) || target.trim().is_empty() || source.trim().is_empty() {
                out.skipped += 1;
                continue;
            }
            let (zh, en) = if zh_first { (source, target) } else { (target, source) };
            let id = u.attr("id").unwrap_or("").to_string();
            out.units.push(Unit { id, line: u.line, zh, en, state });
        }
    }
    Ok(out)
}

/// XLIFF 2.x: `srcLang`/`trgLang` on the root, `unit`s (also in `group`s) of `segment`s and
/// `ignorable`s; a unit's segments are joined.
fn xliff2(path: &Path, root: &Element) -> Result<Bilingual> {
    let mut out = Bilingual {
        format: format!("XLIFF {}", root.attr("version").unwrap_or("2.0")),
        ..Default::default()
    };
    let (sl, tl) = (root.attr("srcLang").unwrap_or(""), root.attr("trgLang").unwrap_or(""));
    let units = root.find(&["unit"], &[]);
    if units.is_empty() {
        return Ok(out);
    }
    let zh_first = chinese_first(sl, tl).ok_or_else(|| refuse(path, sl, tl))?;
    for u in units {
        let (mut source, mut target, mut state) = (String::new(), String::new(), None);
        for part in u.children().filter(|c| c.name == "segment" || c.name == "ignorable") {
            source.push_str(&part.kids("source").next().map(plain).unwrap_or_default());
            target.push_str(&part.kids("target").next().map(plain).unwrap_or_default());
            state = state.or(part.attr("state").map(str::to_string));
        }
        if locked(u) || target.trim().is_empty() || source.trim().is_empty() {
            out.skipped += 1;
            continue;
        }
        let (zh, en) = if zh_first { (source, target) } else { (target, source) };
        out.units.push(Unit { id: u.attr("id").unwrap_or("").to_string(), line: u.line, zh, en, state });
    }
    Ok(out)
}

/// TMX 1.4b (and 1.1's `lang`): `tu`s of `tuv`s with `xml:lang` and a `seg`; the Chinese and the
/// English variant of each unit are paired, whichever the header's `srclang` is.
fn tmx(path: &Path, root: &Element) -> Result<Bilingual> {
    let mut out =
        Bilingual { format: format!("TMX {}", root.attr("version").unwrap_or("1.4")), ..Default::default() };
    let tus = root.find(&["tu"], &[]);
    let mut langs: Vec<String> = Vec::new();
    for (k, tu) in tus.iter().enumerate() {
        let mut zh = None;
        let mut en = None;
        for tuv in tu.kids("tuv") {
            let lang = tuv.attr("xml:lang").or(tuv.attr("lang")).unwrap_or("").to_string();
            let seg = tuv.kids("seg").next().map(plain).unwrap_or_default();
            match chinese_first(&lang, "en").or(chinese_first("zh", &lang).map(|b| !b)) {
                Some(true) => zh = zh.or(Some(seg)),
                Some(false) => en = en.or(Some(seg)),
                None => {}
            }
            if !langs.contains(&lang) {
                langs.push(lang);
            }
        }
        match (zh, en) {
            (Some(z), Some(e)) if !z.trim().is_empty() && !e.trim().is_empty() => {
                let id = tu.attr("tuid").map_or_else(|| (k + 1).to_string(), str::to_string);
                out.units.push(Unit { id, line: tu.line, zh: z, en: e, state: None });
            }
            _ => out.skipped += 1,
        }
    }
    if out.units.is_empty() && !tus.is_empty() {
        let found = if langs.is_empty() { "no languages".to_string() } else { langs.join(", ") };
        return Err(Error::new(
            Location::file(path),
            format!("{found}: no unit pairs Chinese with English; duizhao checks Chinese–English files"),
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
