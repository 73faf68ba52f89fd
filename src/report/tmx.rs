//! TMX 1.4b: aligned units for translation-memory tools (memoQ, Trados, OmegaT). One `tu` per link;
//! a side with no units has no `tuv`. Written with quick-xml, so text is always escaped.

use std::io::Write;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// One aligned document: an id, and for each link the Chinese and English text.
pub struct TmxDoc<'a> {
    pub id: &'a str,
    pub links: Vec<(String, String, f32)>,
}

/// The units of one side of a link as one segment: joined by spaces, line breaks made spaces.
pub fn join<'t>(units: impl IntoIterator<Item = &'t str>) -> String {
    units.into_iter().map(|t| t.replace('\n', " ")).collect::<Vec<_>>().join(" ")
}

impl<'a> TmxDoc<'a> {
    /// The links of a checked quote (units of a side joined by spaces).
    pub fn from_view(view: &'a crate::view::QuoteView, quote: &crate::quote::Quote) -> TmxDoc<'a> {
        let links = view
            .links
            .iter()
            .map(|l| {
                let zh = join(l.zh.iter().map(|&i| view.zh_units[i].slice(&quote.zh)));
                let en = join(l.en.iter().map(|&i| view.en_units[i].slice(&quote.en)));
                (zh, en, l.confidence)
            })
            .collect();
        TmxDoc { id: &view.quote, links }
    }
}

fn io(e: impl std::fmt::Display) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

/// Writes the documents as one TMX file.
pub fn write(docs: &[TmxDoc<'_>], out: &mut dyn Write) -> std::io::Result<()> {
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).map_err(io)?;
    let mut tmx = BytesStart::new("tmx");
    tmx.push_attribute(("version", "1.4"));
    w.write_event(Event::Start(tmx)).map_err(io)?;
    let mut header = BytesStart::new("header");
    for (k, v) in [
        ("creationtool", "duizhao"),
        ("creationtoolversion", env!("CARGO_PKG_VERSION")),
        ("datatype", "plaintext"),
        ("segtype", "sentence"),
        ("adminlang", "en-US"),
        ("srclang", "zh-CN"),
        ("o-tmf", "duizhao"),
    ] {
        header.push_attribute((k, v));
    }
    w.write_event(Event::Empty(header)).map_err(io)?;
    w.write_event(Event::Start(BytesStart::new("body"))).map_err(io)?;
    for doc in docs {
        for (k, (zh, en, confidence)) in doc.links.iter().enumerate() {
            let mut tu = BytesStart::new("tu");
            let tuid = format!("{}-{}", doc.id, k + 1);
            tu.push_attribute((
                "tuid",
                crate::io::xml_text(&tuid, &format!("the id of {}", doc.id.escape_debug()))?,
            ));
            w.write_event(Event::Start(tu)).map_err(io)?;
            let mut prop = BytesStart::new("prop");
            prop.push_attribute(("type", "x-confidence"));
            w.write_event(Event::Start(prop)).map_err(io)?;
            w.write_event(Event::Text(BytesText::new(&format!("{confidence:.2}")))).map_err(io)?;
            w.write_event(Event::End(BytesEnd::new("prop"))).map_err(io)?;
            for (lang, text) in [("zh-CN", zh), ("en", en)] {
                if text.is_empty() {
                    continue;
                }
                let mut tuv = BytesStart::new("tuv");
                tuv.push_attribute(("xml:lang", lang));
                w.write_event(Event::Start(tuv)).map_err(io)?;
                w.write_event(Event::Start(BytesStart::new("seg"))).map_err(io)?;
                let what = format!("the {lang} text of {} (link {})", doc.id.escape_debug(), k + 1);
                w.write_event(Event::Text(BytesText::new(crate::io::xml_text(text, &what)?))).map_err(io)?;
                w.write_event(Event::End(BytesEnd::new("seg"))).map_err(io)?;
                w.write_event(Event::End(BytesEnd::new("tuv"))).map_err(io)?;
            }
            w.write_event(Event::End(BytesEnd::new("tu"))).map_err(io)?;
        }
    }
    w.write_event(Event::End(BytesEnd::new("body"))).map_err(io)?;
    w.write_event(Event::End(BytesEnd::new("tmx"))).map_err(io)?;
    writeln!(w.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tmx_is_well_formed_xml_with_one_tu_per_link() {
        let docs = [TmxDoc {
            id: "q#1",
            links: vec![
                ("军民融合 <&>".into(), "Military-Civil \"Fusion\"".into(), 0.9),
                ("只有中文".into(), String::new(), 0.8),
            ],
        }];
        let mut out = Vec::new();
        write(&docs, &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        let mut reader = quick_xml::Reader::from_str(&text);
        let (mut tus, mut tuvs, mut segs) = (0, 0, Vec::new());
        let mut in_seg = false;
        loop {
            match reader.read_event().unwrap() {
                Event::Start(e) if e.name().as_ref() == b"tu" => tus += 1,
                Event::Start(e) if e.name().as_ref() == b"tuv" => tuvs += 1,
                Event::Start(e) if e.name().as_ref() == b"seg" => in_seg = true,
                Event::Text(t) if in_seg => {
                    segs.push(t.decode().unwrap().into_owned());
                    in_seg = false;
                }
                Event::Eof => break,
                _ => {}
            }
        }
        assert_eq!((tus, tuvs), (2, 3));
        assert!(text.contains("srclang=\"zh-CN\""));
        assert!(text.contains("&lt;&amp;&gt;"), "{text}");
        assert_eq!(segs.len(), 3);
    }
}
