//! The terminal report: each finding as a compiler-style diagnostic (annotate-snippets) — the
//! Chinese and the English with their spans underlined, rule id, message and fix — then a summary
//! line. Styled with ANSI colours when asked; the binary asks only when standard output is a terminal
//! and NO_COLOR is unset (anstream decides).

use std::io::Write;

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::finding::{Annotation, Finding, Rule, Severity};
use crate::place::{Place, Side};
use crate::review::Report;

/// How wide the diagnostics may be; long lines are cut around the spans.
const WIDTH: usize = 120;

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// A snippet of the text at an annotation, with its span underlined; `None` if the text is unknown.
fn snippet<'a>(
    report: &'a Report,
    a: &'a Annotation,
    kind: AnnotationKind,
    label: Option<String>,
) -> Option<Snippet<'a, annotate_snippets::Annotation<'a>>> {
    let full = report.place_text(&a.place)?;
    let span = a.span.filter(|s| full.get(s.start..s.end).is_some());
    // A very long line (a pair of 600 KB is one line) is shown as an excerpt around the span, so
    // each finding costs its excerpt, not the whole text; its line number is kept.
    let (text, line, span) = excerpt(full, span.map(|s| (s.start, s.end)));
    let span = span.map(|(start, end)| crate::finding::ByteSpan { start, end });
    let snippet = match &a.place {
        Place::Quote { id, side } => {
            Snippet::source(text).line_start(line).path(format!("{id} {}", side.name()))
        }
        Place::Article { file, line, .. } | Place::Document { file, line, .. } => {
            Snippet::source(text).line_start(*line).path(file.as_str())
        }
        Place::Citation { quote } => Snippet::source(text).path(format!("{quote} citation")),
        _ => return None,
    };
    Some(match span {
        Some(s) => snippet.annotation(kind.span(s.start..s.end).label(label)),
        None => snippet,
    })
}

/// Lines longer than this are shown as an excerpt of about this many bytes around the span.
const LONG_LINE: usize = 2048;

/// The text to show for `span` in `text`: the whole text, or for a text longer than [`LONG_LINE`]
/// the line holding the span, cut to [`LONG_LINE`] bytes around it. Returns the excerpt, its
/// first line number and the span within it.
fn excerpt(text: &str, span: Option<(usize, usize)>) -> (&str, usize, Option<(usize, usize)>) {
    if text.len() <= LONG_LINE {
        return (text, 1, span);
    }
    let (s, e) = span.unwrap_or((0, 0));
    let floor = |mut i: usize| {
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    // Look for the line's ends only within the excerpt's reach.
    let reach_lo = floor(s.saturating_sub(LONG_LINE / 2));
    let reach_hi = floor((e + LONG_LINE / 2).min(text.len()));
    let from = text[reach_lo..s].rfind('\n').map_or(reach_lo, |i| reach_lo + i + 1);
    let to = text[e..reach_hi].find('\n').map_or(reach_hi, |i| e + i);
    let line = 1 + text[..from].matches('\n').count();
    let to = to.max(from);
    (&text[from..to], line, span.map(|(s, e)| (s - from, e.min(to) - from)))
}

/// Where a finding without text to show points: `file:line`, or a quote.
fn origin(a: &Annotation) -> Origin<'static> {
    match &a.place {
        Place::Article { file, line, .. } | Place::Document { file, line, .. } => {
            Origin::path(file.clone()).line(*line)
        }
        Place::Gloss { article, line } => Origin::path(article.clone()).line(*line),
        Place::Unit { file, unit, line, .. } => Origin::path(format!("{file}#{unit}")).line(*line),
        Place::Quote { id, .. } => Origin::path(id.clone()),
        Place::Citation { quote } => Origin::path(format!("{quote} citation")),
    }
}

fn diagnostic(f: &Finding, report: &Report, renderer: &Renderer) -> String {
    let title = level(f.severity).primary_title(f.message.as_str()).id(f.rule.id());
    // A drift finding lists its renderings as a note; its first place is shown.
    let drift = matches!(f.rule, Rule::TermDrift | Rule::TitleDrift);
    let shown = if drift { &f.annotations[..1] } else { &f.annotations[..] };
    let mut snippets = Vec::new();
    for (i, a) in shown.iter().enumerate() {
        let (kind, label) = match &a.place {
            Place::Quote { side: Side::Zh, .. } => (AnnotationKind::Primary, f.term.clone()),
            _ => {
                let kind = if i == 0 { AnnotationKind::Primary } else { AnnotationKind::Context };
                (kind, f.found.as_deref().map(|x| format!("found “{x}”")))
            }
        };
        snippets.extend(snippet(report, a, kind, label));
    }
    let main = if snippets.is_empty() {
        Group::with_title(title).element(origin(f.primary()))
    } else {
        Group::with_title(title).elements(snippets)
    };
    let mut groups = vec![main];
    if let Some(fix) = &f.suggestion {
        groups.push(Group::with_title(Level::HELP.secondary_title(format!("use “{fix}”"))));
    }
    if drift {
        let lines: Vec<String> = f
            .annotations
            .iter()
            .map(|a| {
                let diff = super::diff_text(&a.diff);
                let diff = if diff.is_empty() { diff } else { format!("  {diff}") };
                let en = a.label.as_deref().unwrap_or("");
                format!("“{en}” at {}{diff}", super::place_name(report, a))
            })
            .collect();
        groups.push(Group::with_title(
            Level::NOTE.secondary_title(format!("renderings:\n{}", lines.join("\n"))),
        ));
    }
    for n in &f.notes {
        groups.push(Group::with_title(Level::NOTE.secondary_title(n.as_str())));
    }
    renderer.render(&groups)
}

/// Writes the findings as diagnostics and a summary line; `color` adds ANSI styles.
pub fn write(report: &Report, color: bool, out: &mut dyn Write) -> std::io::Result<()> {
    let renderer = if color { Renderer::styled() } else { Renderer::plain() }
        .decor_style(DecorStyle::Unicode)
        .term_width(WIDTH);
    for f in &report.findings {
        writeln!(out, "{}\n", diagnostic(f, report, &renderer))?;
    }
    writeln!(out, "{}", super::summary(report))
}
