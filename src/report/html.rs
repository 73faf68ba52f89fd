//! The side-by-side HTML report: one self-contained file (inline CSS and script, no network) with a
//! summary of the corpus, the findings with filters by rule and severity, drift renderings side by
//! side, and every quote as its aligned units in two columns — glossary terms lit up on both sides
//! (their rendering on hover), findings marked at their spans, the citation above.
//!
//! The page works without its script (everything is shown); the script only filters. It prints
//! without the filters.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

use crate::finding::{DiffOp, Finding, Severity};
use crate::place::{Place, Side};
use crate::quote::{Citation, Quote};
use crate::review::Report;
use crate::view::QuoteView;

const CSS: &str = include_str!("html/report.css");
const SCRIPT: &str = include_str!("html/report.js");

/// Escapes text for HTML content and attribute values.
fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A quote id as an HTML id: letters, digits and `-` kept, every other character (`_` too) written
/// as `_` + its code in hex + `_`, so distinct ids never share an anchor (`a#1` → `q-a_23_1`,
/// `a_1` → `q-a_5f_1`).
fn anchor(id: &str) -> String {
    let mut out = String::from("q-");
    for c in id.chars() {
        if c.is_alphanumeric() || c == '-' {
            out.push(c);
        } else {
            out.push_str(&format!("_{:x}_", c as u32));
        }
    }
    out
}

/// What a stretch of text is marked with.
enum Mark {
    /// A glossary term; `forbidden` when the English is a rendering the glossary forbids.
    Term { tip: String, forbidden: bool },
    /// Finding number `index` (into the report's findings).
    Finding { index: usize, severity: Severity, tip: String },
}

/// `text[start..end]` as HTML, each stretch wrapped in the marks that cover it. Marks may overlap:
/// the text is cut at every mark boundary and each piece carries the classes of all its marks.
fn marked(text: &str, start: usize, end: usize, marks: &[(usize, usize, Mark)]) -> String {
    let mut cuts = vec![start, end];
    for &(s, e, _) in marks {
        for b in [s, e] {
            if b > start && b < end && text.is_char_boundary(b) {
                cuts.push(b);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = String::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(piece) = text.get(a..b) else { continue };
        let covering: Vec<&Mark> =
            marks.iter().filter(|(s, e, _)| *s <= a && b <= *e).map(|m| &m.2).collect();
        if covering.is_empty() {
            out.push_str(&esc(piece));
            continue;
        }
        let mut classes = Vec::new();
        let mut tips = Vec::new();
        let mut findings = Vec::new();
        for m in covering {
            match m {
                Mark::Term { tip, forbidden } => {
                    classes.push(if *forbidden { "term forbidden" } else { "term" });
                    tips.push(tip.clone());
                }
                Mark::Finding { index, severity, tip } => {
                    classes.push(match severity {
                        Severity::Error => "hit error",
                        Severity::Warning => "hit warning",
                        Severity::Info => "hit info",
                    });
                    tips.push(tip.clone());
                    findings.push(format!("f{index}"));
                }
            }
        }
        classes.sort_unstable();
        classes.dedup();
        let data = if findings.is_empty() {
            String::new()
        } else {
            format!(" data-findings=\"{}\"", findings.join(" "))
        };
        let _ = write!(
            out,
            "<mark class=\"{}\" title=\"{}\"{data}>{}</mark>",
            classes.join(" "),
            esc(&tips.join("\n")),
            esc(piece)
        );
    }
    out
}

fn severity_icon(s: Severity) -> &'static str {
    match s {
        Severity::Error => "✖",
        Severity::Warning => "▲",
        Severity::Info => "ℹ",
    }
}

/// A word diff as HTML: unchanged words as text, removed ones in `<del>`, added ones in `<ins>`.
fn diff_html(ops: &[DiffOp]) -> String {
    let words: Vec<String> = ops
        .iter()
        .map(|op| match op {
            DiffOp::Equal(w) => esc(w),
            DiffOp::Delete(w) => format!("<del>{}</del>", esc(w)),
            DiffOp::Insert(w) => format!("<ins>{}</ins>", esc(w)),
        })
        .collect();
    words.join(" ")
}

/// A place as a link to its quote's section when the page shows the quote, else as text.
fn place_html(a: &crate::finding::Annotation, report: &Report) -> String {
    let name = super::place_name(report, a);
    match a.place.quote().filter(|id| report.quote(id).is_some()) {
        Some(id) => format!("<a href=\"#{}\">{}</a>", anchor(id), esc(&name)),
        None => esc(&name),
    }
}

fn citation_html(c: &Citation, q: &Quote) -> String {
    let mut en = Vec::new();
    if !c.authors_en.is_empty() {
        en.push(esc(&c.authors_en.join(", ")));
    }
    if let Some(t) = &c.title_en {
        en.push(format!("“{}”", esc(t)));
    }
    if let Some(p) = &c.publisher_en {
        en.push(format!("<i>{}</i>", esc(p)));
    }
    let mut zh = Vec::new();
    if !c.authors_zh.is_empty() {
        zh.push(esc(&c.authors_zh.join("、")));
    }
    if let Some(t) = &c.title_zh {
        zh.push(esc(t));
    }
    if let Some(p) = &c.publisher_zh {
        zh.push(esc(p));
    }
    let mut parts = Vec::new();
    if !en.is_empty() {
        parts.push(en.join(", "));
    }
    if !zh.is_empty() {
        parts.push(format!("<span lang=\"zh\">{}</span>", zh.join(" ")));
    }
    if let Some(d) = &c.date {
        parts.push(format!("<time>{}</time>", esc(d)));
    }
    if let Some(p) = &c.page {
        parts.push(format!("p. {}", esc(p)));
    }
    let mut out = format!(
        "<p class=\"cite\"><span class=\"where\">{} · line {} · footnote {}</span>",
        esc(&q.article),
        q.line,
        q.footnote
    );
    if !parts.is_empty() {
        let _ = write!(out, " {}", parts.join(" · "));
    }
    if let Some(a) = &q.attribution {
        let _ = write!(out, "<br><span class=\"attribution\">{}</span>", esc(a));
    }
    if let Some(n) = &q.note {
        let _ = write!(out, "<br><span class=\"note\">Author's note: {}</span>", esc(n));
    }
    out.push_str("</p>\n");
    out
}

/// One finding as a list item (the findings list and each quote's own list use it); only the
/// findings list's items carry the `id` that marks refer to.
fn finding_html(index: usize, f: &Finding, report: &Report, with_id: bool) -> String {
    let id = if with_id { format!(" id=\"f{index}\"") } else { String::new() };
    let mut out = format!(
        "<li class=\"finding {sev}\"{id} data-rule=\"{rule}\" data-severity=\"{sev}\">\
         <span class=\"sev\" title=\"{sev}\">{icon}</span> <code class=\"rule\">{rule}</code> ",
        sev = f.severity,
        rule = f.rule,
        icon = severity_icon(f.severity),
    );
    match f.quote().filter(|id| report.quote(id).is_some()) {
        Some(id) => {
            let _ = write!(out, "<a class=\"at\" href=\"#{}\">{}</a> ", anchor(id), esc(id));
        }
        None => {
            let _ =
                write!(out, "<span class=\"at\">{}</span> ", esc(&super::place_name(report, f.primary())));
        }
    }
    let _ = write!(out, "<span class=\"msg\">{}</span>", esc(&f.message));
    if let Some(s) = &f.suggestion {
        let _ = write!(out, "<div class=\"fix\">fix: {}</div>", esc(s));
    }
    if matches!(f.rule, crate::finding::Rule::TermDrift | crate::finding::Rule::TitleDrift) {
        out.push_str("<table class=\"renderings\"><thead><tr><th>rendering</th><th>where</th><th>differs from the first by</th></tr></thead><tbody>");
        for a in &f.annotations {
            let _ = write!(
                out,
                "<tr><td>{}</td><td>{}</td><td class=\"diff\">{}</td></tr>",
                esc(a.label.as_deref().unwrap_or("")),
                place_html(a, report),
                diff_html(&a.diff)
            );
        }
        out.push_str("</tbody></table>");
    }
    out.push_str("</li>\n");
    out
}

fn summary_html(report: &Report, out: &mut String) {
    let count = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "<table class=\"summary\" id=\"summary\"><tbody>\
         <tr><th>quotes</th><td>{}</td></tr>\
         <tr><th>errors</th><td class=\"error\">{}</td></tr>\
         <tr><th>warnings</th><td class=\"warning\">{}</td></tr>\
         <tr><th>suppressed</th><td>{}</td></tr></tbody></table>",
        report.quotes.len(),
        count(Severity::Error),
        count(Severity::Warning),
        report.suppressed
    );
    // Per article: quotes, errors, warnings.
    let mut articles: BTreeMap<String, [usize; 3]> = BTreeMap::new();
    for q in &report.quotes {
        articles.entry(q.article.clone()).or_default()[0] += 1;
    }
    for f in &report.findings {
        let article = match f.quote().and_then(|id| report.quote(id)) {
            Some(q) => q.article.clone(),
            None => f.primary().place.owner(),
        };
        let row = articles.entry(article).or_default();
        match f.severity {
            Severity::Error => row[1] += 1,
            Severity::Warning => row[2] += 1,
            Severity::Info => {}
        }
    }
    if !articles.is_empty() {
        out.push_str(
            "<table class=\"articles\"><thead><tr><th>article</th><th>quotes</th><th>errors</th>\
             <th>warnings</th></tr></thead><tbody>\n",
        );
        for (a, [q, e, w]) in &articles {
            let _ = writeln!(out, "<tr><td>{}</td><td>{q}</td><td>{e}</td><td>{w}</td></tr>", esc(a));
        }
        out.push_str("</tbody></table>\n");
    }
}

fn filters_html(report: &Report, out: &mut String) {
    let mut rules: BTreeMap<&str, usize> = BTreeMap::new();
    for f in &report.findings {
        *rules.entry(f.rule.id()).or_default() += 1;
    }
    out.push_str("<form class=\"filters\" id=\"filters\"><fieldset><legend>severity</legend>");
    for s in [Severity::Error, Severity::Warning, Severity::Info] {
        let n = report.findings.iter().filter(|f| f.severity == s).count();
        if n > 0 {
            let _ = write!(
                out,
                "<label><input type=\"checkbox\" name=\"severity\" value=\"{s}\" checked> {s} ({n})</label> "
            );
        }
    }
    out.push_str("</fieldset><fieldset><legend>rule</legend>");
    for (r, n) in &rules {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" name=\"rule\" value=\"{r}\" checked> <code>{r}</code> ({n})</label> "
        );
    }
    out.push_str(
        "</fieldset><fieldset><legend>quotes</legend><label><input type=\"checkbox\" name=\"only\" \
         value=\"with-findings\"> only quotes with findings shown</label></fieldset>\
         <p class=\"shown\"><span id=\"shown\"></span></p></form>\n",
    );
}

/// One quote: citation, aligned units in two columns, its findings.
fn quote_html(
    q: &Quote,
    view: Option<&QuoteView>,
    findings: &[(usize, &Finding)],
    report: &Report,
) -> String {
    let mut zh_marks: Vec<(usize, usize, Mark)> = Vec::new();
    let mut en_marks: Vec<(usize, usize, Mark)> = Vec::new();
    if let Some(v) = view {
        for t in &v.terms {
            let tip = format!("{} → {}", t.term, t.preferred);
            zh_marks.push((t.zh.start, t.zh.end, Mark::Term { tip: tip.clone(), forbidden: false }));
            for m in &t.en {
                let tip = if m.forbidden {
                    format!("{} → {} (this rendering is forbidden)", t.term, t.preferred)
                } else {
                    tip.clone()
                };
                en_marks.push((m.span.start, m.span.end, Mark::Term { tip, forbidden: m.forbidden }));
            }
        }
    }
    for &(index, f) in findings {
        let tip = format!("{}: {}", f.rule, f.message);
        for a in &f.annotations {
            let (Place::Quote { id, side }, Some(s)) = (&a.place, a.span) else { continue };
            if id != &q.id {
                continue;
            }
            let mark = Mark::Finding { index, severity: f.severity, tip: tip.clone() };
            match side {
                Side::Zh => zh_marks.push((s.start, s.end, mark)),
                Side::En => en_marks.push((s.start, s.end, mark)),
            }
        }
    }
    let rules: Vec<&str> = findings.iter().map(|(_, f)| f.rule.id()).collect();
    let severities: Vec<String> = findings.iter().map(|(_, f)| f.severity.to_string()).collect();
    let mut out = format!(
        "<section class=\"quote\" id=\"{}\" data-rules=\"{}\" data-severities=\"{}\">\n<h3><a href=\"#{0}\">{}</a></h3>\n",
        anchor(&q.id),
        rules.join(" "),
        severities.join(" "),
        esc(&q.id)
    );
    out.push_str(&citation_html(&q.citation, q));
    out.push_str(
        "<table class=\"aligned\"><thead><tr><th lang=\"zh\">中文</th><th>English</th>\
         <th class=\"conf\" title=\"confidence of the link\">conf.</th></tr></thead><tbody>\n",
    );
    match view {
        Some(v) => {
            for l in &v.links {
                let cell = |units: Vec<(usize, usize)>, text: &str, marks: &[(usize, usize, Mark)]| {
                    units.iter().map(|&(s, e)| marked(text, s, e, marks)).collect::<Vec<_>>().join(" ")
                };
                let zh = cell(
                    l.zh.iter().map(|&i| (v.zh_units[i].start, v.zh_units[i].end)).collect(),
                    &q.zh,
                    &zh_marks,
                );
                let en = cell(
                    l.en.iter().map(|&i| (v.en_units[i].start, v.en_units[i].end)).collect(),
                    &q.en,
                    &en_marks,
                );
                let (class, zh, en) = match (l.zh.is_empty(), l.en.is_empty()) {
                    (false, true) => ("omitted", zh, "<span class=\"none\">not rendered</span>".to_string()),
                    (true, false) => ("added", "<span class=\"none\">no Chinese</span>".to_string(), en),
                    _ => ("link", zh, en),
                };
                let _ = writeln!(
                    out,
                    "<tr class=\"{class}\"><td lang=\"zh\">{zh}</td><td lang=\"en\">{en}</td><td class=\"conf\">{:.2}</td></tr>",
                    l.confidence
                );
            }
        }
        None => {
            let _ = writeln!(
                out,
                "<tr class=\"link\"><td lang=\"zh\">{}</td><td lang=\"en\">{}</td><td class=\"conf\"></td></tr>",
                marked(&q.zh, 0, q.zh.len(), &zh_marks),
                marked(&q.en, 0, q.en.len(), &en_marks)
            );
        }
    }
    out.push_str("</tbody></table>\n");
    if !findings.is_empty() {
        out.push_str("<ul class=\"findings\">\n");
        for &(index, f) in findings {
            out.push_str(&finding_html(index, f, report, false));
        }
        out.push_str("</ul>\n");
    }
    out.push_str("</section>\n");
    out
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"generator\" content=\"duizhao {}\">\n<title>duizhao review</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n\
         <header><h1>duizhao review <span lang=\"zh\">对照</span></h1></header>\n<main>\n<section id=\"overview\"><h2>Summary</h2>\n",
        env!("CARGO_PKG_VERSION")
    );
    summary_html(report, &mut html);
    html.push_str("</section>\n<section id=\"all-findings\"><h2>Findings</h2>\n");
    if report.findings.is_empty() {
        html.push_str("<p class=\"clean\">No findings.</p>\n");
    } else {
        filters_html(report, &mut html);
        html.push_str("<ol class=\"findings\" id=\"findings\">\n");
        for (i, f) in report.findings.iter().enumerate() {
            html.push_str(&finding_html(i, f, report, true));
        }
        html.push_str("</ol>\n");
    }
    html.push_str("</section>\n<section id=\"quotes\"><h2>Quotes</h2>\n");
    // A finding is listed under every quote it names (a drift finding under each rendering's quote).
    let mut by_quote: BTreeMap<&str, Vec<(usize, &Finding)>> = BTreeMap::new();
    for (i, f) in report.findings.iter().enumerate() {
        let mut ids: Vec<&str> = f.quotes().collect();
        ids.dedup();
        for id in ids {
            by_quote.entry(id).or_default().push((i, f));
        }
    }
    let views: BTreeMap<&str, &QuoteView> = report.views.iter().map(|v| (v.quote.as_str(), v)).collect();
    for q in &report.quotes {
        let findings = by_quote.get(q.id.as_str()).map_or(&[][..], Vec::as_slice);
        html.push_str(&quote_html(q, views.get(q.id.as_str()).copied(), findings, report));
    }
    let _ = write!(html, "</section>\n</main>\n<script>\n{SCRIPT}</script>\n</body>\n</html>\n");
    out.write_all(html.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distinct_ids_have_distinct_anchors() {
        let ids = ["a#1", "a_1", "a 1", "a-1", "a1"];
        let anchors: std::collections::BTreeSet<String> = ids.iter().map(|i| anchor(i)).collect();
        assert_eq!(anchors.len(), ids.len(), "{anchors:?}");
        assert_eq!(anchor("a#1"), "q-a_23_1");
    }

    #[test]
    fn overlapping_marks_split_the_text() {
        let text = "军民融合发展战略";
        let marks = vec![
            (0, 12, Mark::Term { tip: "a".into(), forbidden: false }),
            (6, 24, Mark::Finding { index: 3, severity: Severity::Error, tip: "<b>".into() }),
        ];
        assert_eq!(
            marked(text, 0, text.len(), &marks),
            "<mark class=\"term\" title=\"a\">军民</mark>\
             <mark class=\"hit error term\" title=\"a\n&lt;b&gt;\" data-findings=\"f3\">融合</mark>\
             <mark class=\"hit error\" title=\"&lt;b&gt;\" data-findings=\"f3\">发展战略</mark>"
        );
    }

    #[test]
    fn word_diffs_become_del_and_ins() {
        let ops = [
            DiffOp::Equal("the".into()),
            DiffOp::Delete("Guiding".into()),
            DiffOp::Insert("Guidance".into()),
            DiffOp::Equal("Opinion <x>".into()),
        ];
        assert_eq!(diff_html(&ops), "the <del>Guiding</del> <ins>Guidance</ins> Opinion &lt;x&gt;");
    }
}
