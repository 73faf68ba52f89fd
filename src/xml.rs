//! A small XML tree for the bilingual-file readers: elements with their attributes, their content in
//! document order (text and child elements interleaved, so inline codes stay where they were), and
//! the line of each element. Read with quick-xml; entities and CDATA resolved; characters XML 1.0
//! forbids and nesting deeper than [`MAX_DEPTH`] refused with file:line:column.

use std::path::Path;

use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::error::{Error, Location, Result, line_column};

/// Deepest element nesting accepted (XLIFF and TMX need about a dozen).
pub const MAX_DEPTH: usize = 256;

/// Text or an element, in document order.
#[derive(Debug, Clone)]
pub enum Content {
    Text(String),
    Elem(Element),
}

/// One element: local name (namespace prefix dropped, `xml:lang` kept), attributes by local name,
/// content, and its 1-based line.
#[derive(Debug, Clone, Default)]
pub struct Element {
    pub name: String,
    pub attrs: Vec<(String, String)>,
    pub content: Vec<Content>,
    pub line: usize,
    /// Byte offset of the start tag, for messages with a column.
    pub at: usize,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }

    /// Child elements, in order.
    pub fn children(&self) -> impl Iterator<Item = &Element> {
        self.content.iter().filter_map(|c| match c {
            Content::Elem(e) => Some(e),
            Content::Text(_) => None,
        })
    }

    /// Child elements named `name`.
    pub fn kids<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a Element> + 'a {
        self.children().filter(move |c| c.name == name)
    }

    /// Descendants named one of `names`, not looking inside a match nor inside `skip` elements;
    /// iterative, so depth costs no stack.
    pub fn find<'a>(&'a self, names: &[&str], skip: &[&str]) -> Vec<&'a Element> {
        let mut out = Vec::new();
        let mut stack: Vec<&Element> = self.children().collect::<Vec<_>>().into_iter().rev().collect();
        while let Some(e) = stack.pop() {
            if names.contains(&e.name.as_str()) {
                out.push(e);
            } else if !skip.contains(&e.name.as_str()) {
                stack.extend(e.children().collect::<Vec<_>>().into_iter().rev());
            }
        }
        out
    }
}

fn local(name: &[u8]) -> String {
    let name = String::from_utf8_lossy(name);
    match name.split_once(':') {
        Some(("xml", l)) => format!("xml:{l}"),
        Some((_, l)) => l.to_string(),
        None => name.into_owned(),
    }
}

/// Parses `text` (read from `path`) into its root element.
pub fn parse(path: &Path, text: &str) -> Result<Element> {
    let mut reader = Reader::from_str(text);
    let mut stack: Vec<Element> = vec![Element::default()];
    let at = |pos: u64| {
        let (line, col) = line_column(text, (pos as usize).min(text.len()));
        Location::at(path, line, col)
    };
    // The line of each element, counted forward from the previous one (not from the start of the
    // text, which would make reading quadratic).
    let lines = std::cell::Cell::new((0usize, 1usize));
    let line_of = |pos: u64| {
        let pos = (pos as usize).min(text.len());
        let (last, line) = lines.get();
        let line =
            if pos >= last { line + text[last..pos].matches('\n').count() } else { line_column(text, pos).0 };
        lines.set((pos, line));
        line
    };
    let start = |e: &BytesStart<'_>, pos: u64| -> std::result::Result<Element, String> {
        let mut attrs = Vec::new();
        for a in e.attributes() {
            let a = a.map_err(|e| e.to_string())?;
            let v = a.normalized_value(quick_xml::XmlVersion::Implicit1_0).map_err(|e| e.to_string())?;
            attrs.push((local(a.key.as_ref()), v.into_owned()));
        }
        let line = line_of(pos);
        Ok(Element { name: local(e.name().as_ref()), attrs, content: Vec::new(), line, at: pos as usize })
    };
    let push_text = |stack: &mut Vec<Element>, s: String| {
        if let Some(top) = stack.last_mut() {
            match top.content.last_mut() {
                Some(Content::Text(t)) => t.push_str(&s),
                _ => top.content.push(Content::Text(s)),
            }
        }
    };
    loop {
        let pos = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| Error::new(at(reader.error_position()), format!("not well-formed XML: {e}")))?;
        match event {
            Event::Start(e) => {
                if stack.len() > MAX_DEPTH {
                    return Err(Error::new(at(pos), format!("elements nested deeper than {MAX_DEPTH}")));
                }
                stack.push(start(&e, pos).map_err(|m| Error::new(at(pos), m))?);
            }
            Event::Empty(e) => {
                let node = start(&e, pos).map_err(|m| Error::new(at(pos), m))?;
                if let Some(top) = stack.last_mut() {
                    top.content.push(Content::Elem(node));
                }
            }
            Event::End(_) => {
                let node = stack.pop().unwrap_or_default();
                match stack.last_mut() {
                    Some(top) => top.content.push(Content::Elem(node)),
                    None => return Err(Error::new(at(pos), "closing tag without an opening tag")),
                }
            }
            Event::Text(t) => {
                let s = t.xml10_content().map_err(|e| Error::new(at(pos), e.to_string()))?.into_owned();
                if let Some(c) = s.chars().find(|&c| crate::io::xml_forbidden(c)) {
                    let m = format!("holds U+{:04X}, a character XML 1.0 does not allow", c as u32);
                    return Err(Error::new(at(pos), m));
                }
                push_text(&mut stack, s);
            }
            Event::CData(t) => push_text(&mut stack, String::from_utf8_lossy(&t).into_owned()),
            Event::GeneralRef(r) => {
                let name = String::from_utf8_lossy(&r).into_owned();
                let resolved = match name.as_str() {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    _ => match r.resolve_char_ref() {
                        Ok(Some(c)) if !crate::io::xml_forbidden(c) => c,
                        Ok(Some(c)) => {
                            let m = format!(
                                "`&{name};` is U+{:04X}, a character XML 1.0 does not allow",
                                c as u32
                            );
                            return Err(Error::new(at(pos), m));
                        }
                        _ => return Err(Error::new(at(pos), format!("unknown entity `&{name};`"))),
                    },
                };
                push_text(&mut stack, resolved.to_string());
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if stack.len() != 1 {
        return Err(Error::new(at(text.len() as u64), "the document ends inside an element"));
    }
    let root = stack.pop().unwrap_or_default();
    root.children().next().cloned().ok_or_else(|| Error::new(Location::file(path), "no root element"))
}

/// Decodes a file's bytes: UTF-8 (with or without a BOM) or UTF-16 LE/BE (by BOM, or by the zero
/// bytes of an XML declaration without one). CRLF becomes LF.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    let utf16 = |le: bool, body: &[u8]| -> Result<String> {
        if body.len() % 2 != 0 {
            return Err(Error::new(Location::file(path), "UTF-16 text with an odd number of bytes"));
        }
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|p| if le { u16::from_le_bytes([p[0], p[1]]) } else { u16::from_be_bytes([p[0], p[1]]) })
            .collect();
        String::from_utf16(&units)
            .map(|s| s.replace("\r\n", "\n"))
            .map_err(|_| Error::new(Location::file(path), "not valid UTF-16 (an unpaired surrogate)"))
    };
    match bytes.as_slice() {
        [0xFF, 0xFE, rest @ ..] => utf16(true, rest),
        [0xFE, 0xFF, rest @ ..] => utf16(false, rest),
        [b'<', 0, b'?', 0, ..] => utf16(true, &bytes),
        [0, b'<', 0, b'?', ..] => utf16(false, &bytes),
        _ => crate::io::decode(path, bytes),
    }
}
