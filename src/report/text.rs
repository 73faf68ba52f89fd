//! The terminal report: each finding as a compiler-style diagnostic (annotate-snippets) — the
//! Chinese and the English with their spans underlined, rule id, message and fix — then a summary
//! line. Styled with ANSI colours when asked; the binary asks only when standard output is a terminal
//! and NO_COLOR is unset (anstream decides).

use std::io::Write;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::Sources;
use crate::checks::Report;
use crate::finding::{Finding, Severity};

/// How wide the diagnostics may be; long lines are cut around the spans.
const WIDTH: usize = 120;

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// "1 error", "2 errors".
pub(super) fn count(n: usize, what: &str) -> String {
    if n == 1 { format!("{n} {what}") } else { format!("{n} {what}s") }
}

/// The findings' summary line.
pub(super) fn summary(report: &Report) -> String {
    let n = |s: Severity| report.findings.iter().filter(|f| f.severity == s).count();
    format!(
        "checked {}: {}, {}, {} suppressed",
        count(report.quotes, "quote"),
        count(n(Severity::Error), "error"),
        count(n(Severity::Warning), "warning"),
        report.suppressed
    )
}

/// Where a finding without spans points: `article:line` (perhaps followed by what is there, as in
/// `article:8 (gloss)`), or a quote id.
fn origin(place: &str) -> Origin<'_> {
    match article_line(place) {
        Some((article, line)) => Origin::path(article).line(line),
        None => Origin::path(place.split_once(' ').map_or(place, |(head, _)| head)),
    }
}

/// `article:line`, or `article:line (what is there)`, as (article, line).
fn article_line(place: &str) -> Option<(&str, usize)> {
    let head = place.split_once(' ').map_or(place, |(head, _)| head);
    let (article, line) = head.rsplit_once(':')?;
    Some((article, line.parse().ok()?))
}

/// For a finding at `article:line` of an article given with `--article`: that line, with what was
/// found underlined.
fn article_snippet<'a>(
    f: &'a Finding,
    sources: &Sources<'a>,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let (slug, line) = article_line(&f.quote)?;
    let (file, text) = sources.article_line(slug, line)?;
    let mut snippet = Snippet::source(text).line_start(line).path(file);
    if let Some(start) = f.found.as_deref().filter(|x| !x.is_empty()).and_then(|x| text.find(x)) {
        let end = start + f.found.as_deref().map_or(0, str::len);
        snippet = snippet.annotation(AnnotationKind::Primary.span(start..end));
    }
    Some(snippet)
}

fn diagnostic(f: &Finding, sources: &Sources<'_>, renderer: &Renderer) -> String {
    let title = level(f.severity).primary_title(f.message.as_str()).id(f.rule.id());
    let main = match sources.get(&f.quote) {
        Some(q) => {
            let mut snippets = Vec::new();
            if let Some(s) = f.zh.filter(|s| q.zh.get(s.start..s.end).is_some()) {
                snippets.push(
                    Snippet::source(q.zh.as_str())
                        .path(format!("{} zh", q.id))
                        .annotation(AnnotationKind::Primary.span(s.start..s.end).label(f.term.clone())),
                );
            }
            if let Some(s) = f.en.filter(|s| q.en.get(s.start..s.end).is_some()) {
                let label = f.found.as_deref().map(|x| format!("found “{x}”"));
                let kind = if f.zh.is_some() { AnnotationKind::Context } else { AnnotationKind::Primary };
                snippets.push(
                    Snippet::source(q.en.as_str())
                        .path(format!("{} en", q.id))
                        .annotation(kind.span(s.start..s.end).label(label)),
                );
            }
            if snippets.is_empty() {
                Group::with_title(title).element(origin(&f.quote))
            } else {
                Group::with_title(title).elements(snippets)
            }
        }
        None => match article_snippet(f, sources) {
            Some(snippet) => Group::with_title(title).element(snippet),
            None => Group::with_title(title).element(origin(&f.quote)),
        },
    };
    let mut groups = vec![main];
    if let Some(fix) = &f.suggestion {
        groups.push(Group::with_title(Level::HELP.secondary_title(format!("use “{fix}”"))));
    }
    if !f.renderings.is_empty() {
        let lines: Vec<String> = f
            .renderings
            .iter()
            .map(|r| {
                let diff = if r.diff.is_empty() { String::new() } else { format!("  {}", r.diff) };
                format!("“{}” at {}{diff}", r.en, r.at)
            })
            .collect();
        groups.push(Group::with_title(
            Level::NOTE.secondary_title(format!("renderings:\n{}", lines.join("\n"))),
        ));
    }
    renderer.render(&groups)
}

/// Writes the findings as diagnostics and a summary line; `color` adds ANSI styles.
pub fn write(
    report: &Report,
    sources: &Sources<'_>,
    color: bool,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() }
        .decor_style(DecorStyle::Unicode)
        .term_width(WIDTH);
    for f in &report.findings {
        writeln!(out, "{}\n", diagnostic(f, sources, &renderer))?;
    }
    writeln!(out, "{}", summary(report))
}
