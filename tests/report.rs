//! Every reporter renders one shared sample (`fixtures/report/quotes/`): a forbidden title, a
//! near-miss term, a wrong year, a dropped clause and a title rendered two ways. Snapshots pin each
//! format; the XML formats are parsed back.

use duizhao::report::{self, Format, Style};
use duizhao::{Inputs, Options, Report, Review, Settings};

fn sample() -> Report {
    // The HTML format draws each quote's units: ask for them, so every reporter sees one report.
    // The sample is written against the articles' glossary pack.
    let options = Options { isolated: true, packs: Some(vec!["mcf".into()]), ..Options::default() };
    let settings = Settings { format: Format::Html, ..Settings::from_options(options).unwrap() };
    Review::new(settings).check(&Inputs::paths(["fixtures/report/quotes"])).unwrap()
}

fn render(format: Format, color: bool) -> String {
    let report = sample();
    let mut out = Vec::new();
    report::write(format, &report, Style { color }, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn the_sample_has_every_kind_of_finding() {
    let report = sample();
    let rules: Vec<&str> = report.findings.iter().map(|f| f.rule.id()).collect();
    assert_eq!(rules, ["title-forbidden", "number-mismatch", "term-missing", "omission", "title-drift"]);
    assert_eq!(report.views.len(), 4);
}

#[test]
fn text() {
    let text = render(Format::Text, false);
    assert!(!text.contains('\u{1b}'), "no escape codes without colour");
    insta::assert_snapshot!(text);
}

#[test]
fn text_in_colour_is_the_same_text_with_styles() {
    let styled = render(Format::Text, true);
    assert!(styled.contains("\u{1b}["));
    assert_eq!(anstream::adapter::strip_str(&styled).to_string(), render(Format::Text, false));
}

#[test]
fn json() {
    let text = render(Format::Json, false);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], report::SCHEMA_VERSION);
    insta::assert_snapshot!(text);
}

#[test]
fn markdown() {
    insta::assert_snapshot!(render(Format::Markdown, false));
}

/// The page without its inline CSS and script (tested by the browser test and unit tests).
fn html_body() -> String {
    let html = render(Format::Html, false);
    let cut = |s: &str, open: &str, close: &str| {
        let a = s.find(open).unwrap() + open.len();
        let b = s[a..].find(close).unwrap() + a;
        format!("{}…{}", &s[..a], &s[b..])
    };
    cut(&cut(&html, "<style>", "</style>"), "<script>", "</script>")
}

#[test]
fn html() {
    let html = html_body();
    // Self-contained: nothing is fetched.
    for fetch in ["<link", "src=\"http", "href=\"http", "@import", "url("] {
        assert!(!render(Format::Html, false).contains(fetch), "{fetch}");
    }
    // Each finding is listed once with its rule and severity, and marked at its spans.
    assert!(html.contains(
        "<li class=\"finding error\" id=\"f0\" data-rule=\"title-forbidden\" data-severity=\"error\">"
    ));
    assert!(html.contains("data-findings=\"f0\">Strategy for Military-Civil Integration</mark>"));
    // Drift shows every rendering side by side, with the word differences.
    assert!(html.contains(
        "<td class=\"diff\">Guiding Opinion on Deepening ‘Internet <del>Plus</del> <ins>+</ins> Advanced \
         Manufacturing’ <del>and</del> <ins>to</ins> <del>Developing</del> <ins>Develop</ins>"
    ));
    // Terms are lit on both sides with the rendering on hover.
    assert!(html.contains(
        "<mark class=\"term\" title=\"经济建设 → economic construction\">economic construction</mark>"
    ));
    assert!(
        html.contains(
            "<mark class=\"hit warning term\" title=\"标识解析体系 → Identifier Resolution System\n"
        )
    );
    assert!(
        html.contains("<mark class=\"hit error term forbidden\" title=\"军民融合发展战略 → Military-Civil")
    );
    // The dropped clause is a row of its own.
    assert!(html.contains("<tr class=\"omitted\"><td lang=\"zh\">"));
    insta::assert_snapshot!(html);
}

#[test]
fn tmx_parses_and_has_one_tu_per_link() {
    let report = sample();
    let quotes = &report.quotes;
    let docs: Vec<report::tmx::TmxDoc<'_>> =
        report.views.iter().zip(quotes).map(|(v, q)| report::tmx::TmxDoc::from_view(v, q)).collect();
    let mut out = Vec::new();
    report::tmx::write(&docs, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let links: usize = report.views.iter().map(|v| v.links.len()).sum();
    // Read it back: every link comes back as a `tu` with its Chinese and English segments.
    let mut reader = quick_xml::Reader::from_str(&text);
    let mut tus = 0;
    let (mut lang, mut in_seg) = (String::new(), false);
    let mut back: Vec<(String, String)> = Vec::new();
    loop {
        match reader.read_event().unwrap() {
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"tu" => {
                tus += 1;
                back.push(Default::default());
            }
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"tuv" => {
                let a = e.try_get_attribute("xml:lang").unwrap().unwrap();
                lang = String::from_utf8(a.value.to_vec()).unwrap();
            }
            quick_xml::events::Event::Start(e) if e.name().as_ref() == b"seg" => in_seg = true,
            quick_xml::events::Event::End(e) if e.name().as_ref() == b"seg" => in_seg = false,
            quick_xml::events::Event::Text(t) if in_seg => {
                let last = back.last_mut().unwrap();
                let side = if lang == "zh-CN" { &mut last.0 } else { &mut last.1 };
                side.push_str(&t.xml10_content().unwrap());
            }
            quick_xml::events::Event::GeneralRef(r) if in_seg => {
                let last = back.last_mut().unwrap();
                let side = if lang == "zh-CN" { &mut last.0 } else { &mut last.1 };
                let name: &[u8] = &r;
                side.push_str(match name {
                    b"amp" => "&",
                    b"lt" => "<",
                    b"gt" => ">",
                    b"quot" => "\"",
                    _ => "'",
                });
            }
            quick_xml::events::Event::Eof => break,
            _ => {}
        }
    }
    assert_eq!(tus, links);
    let sent: Vec<(String, String)> =
        docs.iter().flat_map(|d| d.links.iter().map(|(z, e, _)| (z.clone(), e.clone()))).collect();
    assert_eq!(back, sent);
    insta::assert_snapshot!(text.replace(env!("CARGO_PKG_VERSION"), "[version]"));
}
