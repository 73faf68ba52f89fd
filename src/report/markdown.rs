//! A Markdown summary for a pull-request comment: counts by rule, then the findings, cut to stay
//! within GitHub's 65,536-character comment limit.

use std::collections::BTreeMap;
use std::io::Write;

use crate::finding::Severity;
use crate::review::Report;

/// GitHub rejects comments longer than 65,536 characters; keep a margin.
const LIMIT: usize = 60_000;

/// Text from the data (ids, messages, glossary renderings) as one table cell that renders as
/// itself: no raw HTML, links, images, emphasis, code, @-mentions or #-references, and no control
/// character that would break the row.
fn cell(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '|' | '[' | ']' | '*' | '_' | '`' | '~' | '\\' | '#' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '@' => out.push_str("&#64;"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

pub fn write(report: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    let mut text = format!("## duizhao check\n\n{}.\n\n", super::summary(report));
    if report.findings.is_empty() {
        return out.write_all(text.as_bytes());
    }
    let mut by_rule: BTreeMap<(std::cmp::Reverse<Severity>, &str), usize> = BTreeMap::new();
    for f in &report.findings {
        *by_rule.entry((std::cmp::Reverse(f.severity), f.rule.id())).or_default() += 1;
    }
    text.push_str("| rule | severity | findings |\n|---|---|---|\n");
    for ((sev, rule), n) in &by_rule {
        text.push_str(&format!("| `{rule}` | {} | {n} |\n", sev.0));
    }
    text.push_str("\n| | rule | where | finding | fix |\n|---|---|---|---|---|\n");
    let mut shown = 0;
    for f in &report.findings {
        let icon = match f.severity {
            Severity::Error => "❌",
            Severity::Warning => "⚠️",
            Severity::Info => "ℹ️",
        };
        let row = format!(
            "| {icon} | `{}` | {} | {} | {} |\n",
            f.rule,
            cell(&super::place_name(report, f.primary())),
            cell(&f.message),
            f.suggestion.as_deref().map(cell).unwrap_or_default()
        );
        if text.len() + row.len() > LIMIT {
            break;
        }
        text.push_str(&row);
        shown += 1;
    }
    if shown < report.findings.len() {
        text.push_str(&format!(
            "\n…and {} more findings (run `duizhao check --format json` for all).\n",
            report.findings.len() - shown
        ));
    }
    out.write_all(text.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn data_cannot_inject_markdown_or_html() {
        assert_eq!(cell("<img src=x onerror=alert(1)>"), "&lt;img src=x onerror=alert(1)&gt;");
        assert_eq!(cell("[click](http://x)"), "\\[click\\](http://x)");
        assert_eq!(cell("@team #12"), "&#64;team \\#12");
        assert_eq!(cell("a\rb|c"), "a b\\|c");
    }
}
