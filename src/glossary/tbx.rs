//! TBX: the glossary as a termbase for CAT tools. Writes TBX-Basic as ISO 30042:2019 gives it
//! (`tbx/text/body/conceptEntry/langSec/termSec`, DCA style) and reads that and the older TBX 2008
//! form (`martif/text/body/termEntry/langSet/tig|ntig`).
//!
//! What maps where: `zh` and `en` terms are `termSec`s of the `zh-CN` and `en` `langSec`s with an
//! `administrativeStatus` of preferred (the first Chinese term, `en`), admitted (other Chinese
//! terms, `admitted`, `abbreviations` with `termType` abbreviation) or deprecated (`forbidden`, with
//! its `reason` as a `note` and `used_by` as an `admin type="source"`). `kind` is the concept's
//! `subjectField`, `note` its `note`, `sources` its `admin type="source"`s, `issuer` and `date`
//! `duizhao: issuer=…` / `duizhao: date=…` notes. `case` and `severity`,
//! which TBX-Basic has no place for, travel as concept notes `duizhao: case=exact` and
//! `duizhao: severity=error`, so a round trip keeps every field.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

use super::{Case, Entry, Forbidden, Kind};
use crate::error::{Error, Location, Result, line_column};
use crate::finding::Severity;

const PREFERRED: &str = "preferredTerm-admn-sts";
const ADMITTED: &str = "admittedTerm-admn-sts";
const DEPRECATED: &str = "deprecatedTerm-admn-sts";
const NOTE_PREFIX: &str = "duizhao: ";

struct Out<W: std::io::Write> {
    w: Writer<W>,
}

impl<W: std::io::Write> Out<W> {
    fn open(&mut self, name: &str, attrs: &[(&str, &str)]) -> std::io::Result<()> {
        let mut e = BytesStart::new(name);
        for a in attrs {
            e.push_attribute((
                a.0,
                crate::io::xml_text(a.1, &format!("the {} attribute of a <{name}>", a.0))?,
            ));
        }
        self.w.write_event(Event::Start(e))
    }

    fn close(&mut self, name: &str) -> std::io::Result<()> {
        self.w.write_event(Event::End(BytesEnd::new(name)))
    }

    fn leaf(&mut self, name: &str, attrs: &[(&str, &str)], text: &str) -> std::io::Result<()> {
        self.open(name, attrs)?;
        let text = crate::io::xml_text(text, &format!("the text “{}” of a <{name}>", text.escape_debug()))?;
        self.w.write_event(Event::Text(BytesText::new(text)))?;
        self.close(name)
    }

    fn term(&mut self, term: &str, status: &str, abbreviation: bool) -> std::io::Result<()> {
        self.open("termSec", &[])?;
        self.leaf("term", &[], term)?;
        if abbreviation {
            self.leaf("termNote", &[("type", "termType")], "abbreviation")?;
        }
        self.leaf("termNote", &[("type", "administrativeStatus")], status)?;
        self.close("termSec")
    }
}

/// Writes the entries as a TBX-Basic document.
pub fn write(entries: &[Entry], out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut o = Out { w: Writer::new_with_indent(out, b' ', 2) };
    o.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
    o.open(
        "tbx",
        &[
            ("type", "TBX-Basic"),
            ("style", "dca"),
            ("xml:lang", "en"),
            ("xmlns", "urn:iso:std:iso:30042:ed-2"),
        ],
    )?;
    o.open("tbxHeader", &[])?;
    o.open("fileDesc", &[])?;
    o.open("sourceDesc", &[])?;
    o.leaf("p", &[], &format!("The duizhao glossary, exported by duizhao {}", env!("CARGO_PKG_VERSION")))?;
    o.close("sourceDesc")?;
    o.close("fileDesc")?;
    o.close("tbxHeader")?;
    o.open("text", &[])?;
    o.open("body", &[])?;
    for (i, e) in entries.iter().enumerate() {
        o.open("conceptEntry", &[("id", &format!("c{}", i + 1))])?;
        o.leaf("descrip", &[("type", "subjectField")], e.kind.name())?;
        if let Some(n) = &e.note {
            o.leaf("note", &[], n)?;
        }
        if e.case == Case::Exact {
            o.leaf("note", &[], &format!("{NOTE_PREFIX}case=exact"))?;
        }
        if let Some(s) = e.severity {
            o.leaf("note", &[], &format!("{NOTE_PREFIX}severity={s}"))?;
        }
        if let Some(i) = &e.issuer {
            o.leaf("note", &[], &format!("{NOTE_PREFIX}issuer={i}"))?;
        }
        if let Some(d) = &e.date {
            o.leaf("note", &[], &format!("{NOTE_PREFIX}date={d}"))?;
        }
        for s in &e.sources {
            o.leaf("admin", &[("type", "source")], s)?;
        }
        o.open("langSec", &[("xml:lang", "zh-CN")])?;
        for (k, z) in e.zh.iter().enumerate() {
            o.term(z, if k == 0 { PREFERRED } else { ADMITTED }, false)?;
        }
        o.close("langSec")?;
        o.open("langSec", &[("xml:lang", "en")])?;
        o.term(&e.en, PREFERRED, false)?;
        for a in &e.admitted {
            o.term(a, ADMITTED, false)?;
        }
        for a in &e.abbreviations {
            o.term(a, ADMITTED, true)?;
        }
        for f in &e.forbidden {
            o.open("termSec", &[])?;
            o.leaf("term", &[], &f.en)?;
            o.leaf("termNote", &[("type", "administrativeStatus")], DEPRECATED)?;
            if let Some(u) = &f.used_by {
                o.leaf("admin", &[("type", "source")], u)?;
            }
            if let Some(r) = &f.reason {
                o.leaf("note", &[], r)?;
            }
            o.close("termSec")?;
        }
        o.close("langSec")?;
        o.close("conceptEntry")?;
    }
    o.close("body")?;
    o.close("text")?;
    o.close("tbx")?;
    o.w.get_mut().write_all(b"\n")
}

/// An element of the parsed document: name (without namespace prefix), attributes, text, children,
/// and its byte offset for error messages.
#[derive(Debug, Default)]
struct Node {
    name: String,
    attrs: Vec<(String, String)>,
    text: String,
    children: Vec<Node>,
    at: usize,
}

impl Node {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
    }

    fn kids<'a>(&'a self, names: &'a [&str]) -> impl Iterator<Item = &'a Node> + 'a {
        self.children.iter().filter(move |c| names.contains(&c.name.as_str()))
    }

    /// Descendants named one of `names`, not looking inside a match.
    fn find<'a>(&'a self, names: &[&str], out: &mut Vec<&'a Node>) {
        for c in &self.children {
            if names.contains(&c.name.as_str()) {
                out.push(c);
            } else {
                c.find(names, out);
            }
        }
    }

    fn all_text(&self) -> String {
        let mut s = self.text.clone();
        for c in &self.children {
            s.push_str(&c.all_text());
        }
        s
    }
}

/// Parses XML into a tree (the shared reader, `crate::xml`: errors at line and column, nesting and
/// forbidden characters refused), each element's text joined in order.
fn parse_tree(path: &std::path::Path, text: &str) -> Result<Node> {
    fn node(e: &crate::xml::Element) -> Node {
        let mut n = Node { name: e.name.clone(), attrs: e.attrs.clone(), at: e.at, ..Node::default() };
        for c in &e.content {
            match c {
                crate::xml::Content::Text(t) => n.text.push_str(t),
                crate::xml::Content::Elem(child) => n.children.push(node(child)),
            }
        }
        n
    }
    Ok(node(&crate::xml::parse(path, text)?))
}

/// What a term's notes say about it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Preferred,
    Admitted,
    Deprecated,
    Unspecified,
}

fn status_of(term: &Node) -> (Status, bool) {
    let mut status = Status::Unspecified;
    let mut abbreviation = false;
    let mut notes = Vec::new();
    term.find(&["termNote"], &mut notes);
    for n in notes {
        let value = n.all_text();
        let value = value.trim();
        match n.attr("type") {
            Some("administrativeStatus" | "normativeAuthorization") => {
                status = match value {
                    "preferredTerm-admn-sts"
                    | "standardizedTerm-admn-sts"
                    | "legalTerm-admn-sts"
                    | "regulatedTerm-admn-sts"
                    | "preferredTerm" => Status::Preferred,
                    "admittedTerm-admn-sts" | "admittedTerm" => Status::Admitted,
                    "deprecatedTerm-admn-sts"
                    | "supersededTerm-admn-sts"
                    | "deprecatedTerm"
                    | "supersededTerm" => Status::Deprecated,
                    _ => status,
                }
            }
            Some("termType") => {
                abbreviation = matches!(value, "abbreviation" | "acronym" | "shortForm" | "initialism")
            }
            _ => {}
        }
    }
    (status, abbreviation)
}

/// The term elements of a language section: `termSec` (2019), `tig` or `ntig` (2008).
fn terms_of(lang: &Node) -> Vec<(&Node, String)> {
    let mut holders = Vec::new();
    lang.find(&["termSec", "tig", "ntig"], &mut holders);
    holders
        .into_iter()
        .filter_map(|h| {
            let mut t = Vec::new();
            h.find(&["term"], &mut t);
            let text = t.first()?.all_text().trim().to_string();
            (!text.is_empty()).then_some((h, text))
        })
        .collect()
}

fn direct_texts(node: &Node, name: &str, type_: Option<&str>) -> Vec<String> {
    node.kids(&[name])
        .filter(|n| type_.is_none_or(|t| n.attr("type") == Some(t)))
        .map(|n| n.all_text().trim().to_string())
        .filter(|s| !s.is_empty())
        .collect()
}

/// What a TBX file holds: concepts as glossary entries, and concepts skipped for lack of Chinese
/// or English terms.
#[derive(Debug)]
pub struct Imported {
    pub entries: Vec<Entry>,
    pub skipped: Vec<String>,
}

/// Reads a TBX document (2019 or 2008 form).
pub fn read(path: &std::path::Path, text: &str) -> Result<Imported> {
    let root = parse_tree(path, text)?;
    if !matches!(root.name.as_str(), "tbx" | "martif") {
        return Err(Error::new(
            Location::at(path, 1, 1),
            format!("not a TBX document: the root element is <{}>, not <tbx> or <martif>", root.name),
        ));
    }
    let loc = |n: &Node| {
        let (line, col) = line_column(text, n.at.min(text.len()));
        Location::at(path, line, col)
    };
    let mut concepts = Vec::new();
    root.find(&["conceptEntry", "termEntry"], &mut concepts);
    let mut entries = Vec::new();
    let mut skipped = Vec::new();
    for c in concepts {
        let mut langs = Vec::new();
        c.find(&["langSec", "langSet"], &mut langs);
        let mut zh: Vec<(Status, String)> = Vec::new();
        let mut en: Vec<(Status, bool, String, &Node)> = Vec::new();
        for l in langs {
            let lang = l.attr("xml:lang").or_else(|| l.attr("lang")).unwrap_or("").to_ascii_lowercase();
            for (holder, term) in terms_of(l) {
                let (status, abbreviation) = status_of(holder);
                if lang == "zh" || lang.starts_with("zh-") {
                    zh.push((status, term));
                } else if lang == "en" || lang.starts_with("en-") {
                    en.push((status, abbreviation, term, holder));
                }
            }
        }
        let id = c.attr("id").map_or_else(|| format!("at {}", loc(c)), |i| format!("`{i}` ({})", loc(c)));
        let usable = |s: Status| s != Status::Deprecated;
        if !zh.iter().any(|(s, _)| usable(*s)) || !en.iter().any(|(s, ..)| usable(*s)) {
            skipped.push(id);
            continue;
        }
        // The preferred term first; with none marked, the first usable one.
        zh.sort_by_key(|(s, _)| *s != Status::Preferred);
        let zh: Vec<String> = zh.into_iter().filter(|(s, _)| usable(*s)).map(|(_, t)| t).collect();
        let preferred = en
            .iter()
            .position(|(s, a, ..)| *s == Status::Preferred && !a)
            .or_else(|| en.iter().position(|(s, a, ..)| usable(*s) && !a))
            .or_else(|| en.iter().position(|(s, ..)| usable(*s)))
            .unwrap_or(0);
        let mut entry = Entry {
            sources: direct_texts(c, "admin", Some("source")),
            ..Entry::new(zh, en[preferred].2.clone())
        };
        for (k, (status, abbreviation, term, holder)) in en.iter().enumerate() {
            if k == preferred {
                continue;
            }
            match (status, abbreviation) {
                (Status::Deprecated, _) => entry.forbidden.push(Forbidden {
                    en: term.clone(),
                    reason: direct_texts(holder, "note", None).into_iter().next(),
                    used_by: direct_texts(holder, "admin", Some("source")).into_iter().next(),
                }),
                (_, true) => entry.abbreviations.push(term.clone()),
                (_, false) => entry.admitted.push(term.clone()),
            }
        }
        if let Some(kind) =
            direct_texts(c, "descrip", Some("subjectField")).first().and_then(|s| Kind::from_name(s))
        {
            entry.kind = kind;
        }
        let mut notes = Vec::new();
        for n in direct_texts(c, "note", None) {
            match n.strip_prefix(NOTE_PREFIX) {
                Some("case=exact") => entry.case = Case::Exact,
                Some(s) if s.starts_with("issuer=") => entry.issuer = Some(s["issuer=".len()..].to_string()),
                Some(s) if s.starts_with("date=") => entry.date = Some(s["date=".len()..].to_string()),
                Some(s) if s.starts_with("severity=") => {
                    entry.severity = match &s["severity=".len()..] {
                        "error" => Some(Severity::Error),
                        "warning" => Some(Severity::Warning),
                        "info" => Some(Severity::Info),
                        _ => None,
                    }
                }
                _ => notes.push(n),
            }
        }
        if !notes.is_empty() {
            entry.note = Some(notes.join("\n"));
        }
        entries.push(entry);
    }
    Ok(Imported { entries, skipped })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn reads_the_2008_martif_form() {
        let tbx = r#"<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="e1">
  <langSet xml:lang="zh-CN"><tig><term>军民融合</term></tig></langSet>
  <langSet xml:lang="en-US">
    <tig><term>Military-Civil Fusion</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
    <ntig><termGrp><term>civil-military integration</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termGrp><note>the PRC's own older usage</note></ntig>
    <tig><term>MCF</term><termNote type="termType">abbreviation</termNote></tig>
  </langSet>
</termEntry>
<termEntry id="e2"><langSet xml:lang="fr"><tig><term>fusion</term></tig></langSet></termEntry>
</body></text></martif>"#;
        let got = read(Path::new("old.tbx"), tbx).unwrap();
        assert_eq!(got.entries.len(), 1);
        let e = &got.entries[0];
        assert_eq!(e.zh, ["军民融合"]);
        assert_eq!(e.en, "Military-Civil Fusion");
        assert_eq!(e.abbreviations, ["MCF"]);
        assert_eq!(e.forbidden[0].en, "civil-military integration");
        assert_eq!(got.skipped, ["`e2` (old.tbx:11:1)"]);
    }

    #[test]
    fn malformed_xml_names_line_and_column() {
        let err = read(Path::new("bad.tbx"), "<tbx>\n  <text><body></text>\n</tbx>").unwrap_err();
        assert!(err.to_string().starts_with("bad.tbx:2:"), "{err}");
        let err = read(Path::new("x.tbx"), "<html></html>").unwrap_err();
        assert_eq!(
            err.to_string(),
            "x.tbx:1:1: not a TBX document: the root element is <html>, not <tbx> or <martif>"
        );
    }
}
