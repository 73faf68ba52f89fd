//! `duizhao align` and `duizhao eval-align`.

use std::process::ExitCode;

use duizhao::align::{self, Lexicon, Link, Params};
use duizhao::error::{Error, Location};
use duizhao::eval::alignment as align_eval;
use duizhao::segment::{self, Lang, Level, Words};

use super::progress::Progress;
use crate::cli::{AlignArgs, AlignFormat, EvalAlignArgs};
use crate::write_out;

/// Sentences of a text: as given one per line (`lines`), or by the segmenter.
fn sentences_of(text: &str, lang: Lang, lines: bool) -> Vec<(usize, usize)> {
    if lines {
        let mut out = Vec::new();
        let mut at = 0;
        for line in text.split('\n') {
            out.push((at, at + line.len()));
            at += line.len() + 1;
        }
        // A final newline does not open an empty sentence.
        if text.ends_with('\n') {
            out.pop();
        }
        out
    } else {
        segment::segment(text, lang, Level::Sentence, Words::shared())
    }
}

#[derive(serde::Serialize)]
struct AlignedUnit<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(serde::Serialize)]
struct AlignedDoc<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    zh: Vec<AlignedUnit<'a>>,
    en: Vec<AlignedUnit<'a>>,
    links: Vec<Link>,
}

fn tmx(docs: &[AlignedDoc<'_>]) -> Result<String, Error> {
    let join = |ids: &[usize], units: &[AlignedUnit<'_>]| {
        duizhao::report::tmx::join(ids.iter().map(|&i| units[i].text))
    };
    let tmx_docs: Vec<duizhao::report::tmx::TmxDoc<'_>> = docs
        .iter()
        .map(|d| duizhao::report::tmx::TmxDoc {
            id: d.id.unwrap_or("doc"),
            links: d.links.iter().map(|l| (join(&l.zh, &d.zh), join(&l.en, &d.en), l.confidence)).collect(),
        })
        .collect();
    let mut out = Vec::new();
    duizhao::report::tmx::write(&tmx_docs, &mut out).map_err(|e| Error::io("<tmx>", "cannot write", &e))?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

fn render_alignment(doc: &AlignedDoc<'_>, format: AlignFormat) -> String {
    match format {
        AlignFormat::Tmx => String::new(),
        AlignFormat::Links => {
            doc.links.iter().map(|l| align_eval::format_link(&l.zh, &l.en) + "\n").collect()
        }
        AlignFormat::Json => serde_json::to_string(doc).unwrap_or_default() + "\n",
        AlignFormat::Text => {
            let mut out = String::new();
            if let Some(id) = doc.id {
                out.push_str(&format!("== {id}\n"));
            }
            for l in &doc.links {
                let side = |ids: &[usize], units: &[AlignedUnit<'_>]| {
                    duizhao::report::tmx::join(ids.iter().map(|&i| units[i].text))
                };
                let zh = if l.zh.is_empty() { "(nothing)".to_string() } else { side(&l.zh, &doc.zh) };
                let en = if l.en.is_empty() { "(nothing)".to_string() } else { side(&l.en, &doc.en) };
                out.push_str(&format!(
                    "{} {:.2}\n  zh  {zh}\n  en  {en}\n",
                    align_eval::format_link(&l.zh, &l.en),
                    l.confidence
                ));
            }
            out
        }
    }
}

fn units<'a>(text: &'a str, spans: &[(usize, usize)]) -> Vec<AlignedUnit<'a>> {
    spans.iter().map(|&(start, end)| AlignedUnit { text: &text[start..end], start, end }).collect()
}

pub fn run_align(args: &AlignArgs) -> Result<ExitCode, Error> {
    let params = Params::default()
        .with_overrides(&args.params)
        .map_err(|m| Error::new(Location::file("--params"), m))?;
    if args.quotes {
        let paths = if args.paths.is_empty() { vec!["quotes".into()] } else { args.paths.clone() };
        let corpus = duizhao::corpus::load(&paths)?;
        let all_zh: String = corpus.quotes.iter().map(|(_, q)| q.zh.as_str()).collect();
        let lex = Lexicon::cedict_for(&all_zh);
        let mut out = String::new();
        let mut docs = Vec::new();
        let progress = Progress::new(corpus.quotes.len(), "aligning");
        for (_, q) in &corpus.quotes {
            progress.tick();
            let zh: Vec<(usize, usize)> =
                segment::zh_clauses(&q.zh, false).iter().map(|s| (s.start, s.end)).collect();
            let en = sentences_of(&q.en, Lang::En, false);
            let zt: Vec<&str> = zh.iter().map(|&(s, e)| &q.zh[s..e]).collect();
            let et: Vec<&str> = en.iter().map(|&(s, e)| &q.en[s..e]).collect();
            let links = align::align(&zt, &et, &lex, Words::shared(), &params);
            let doc = AlignedDoc { id: Some(&q.id), zh: units(&q.zh, &zh), en: units(&q.en, &en), links };
            out.push_str(&render_alignment(&doc, args.format));
            docs.push(doc);
        }
        progress.finish();
        if args.format == AlignFormat::Tmx {
            out = tmx(&docs)?;
        }
        write_out(&out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let [zh_path, en_path] = args.paths.as_slice() else {
        return Err(Error::new(
            Location::file("duizhao align"),
            "give a Chinese file and an English file, or --quotes",
        ));
    };
    let zh_text = duizhao::io::read_text(zh_path)?;
    let en_text = duizhao::io::read_text(en_path)?;
    let zh = sentences_of(&zh_text, Lang::Zh, args.lines);
    let en = sentences_of(&en_text, Lang::En, args.lines);
    let zt: Vec<&str> = zh.iter().map(|&(s, e)| &zh_text[s..e]).collect();
    let et: Vec<&str> = en.iter().map(|&(s, e)| &en_text[s..e]).collect();
    let lex = Lexicon::cedict_for(&zh_text);
    let links = align::align(&zt, &et, &lex, Words::shared(), &params);
    let doc = AlignedDoc { id: None, zh: units(&zh_text, &zh), en: units(&en_text, &en), links };
    if args.format == AlignFormat::Tmx {
        write_out(&tmx(&[doc])?)?;
    } else {
        write_out(&render_alignment(&doc, args.format))?;
    }
    Ok(ExitCode::SUCCESS)
}

pub fn run_eval_align(args: &EvalAlignArgs) -> Result<ExitCode, Error> {
    let mut names: Vec<String> = std::fs::read_dir(&args.gold)
        .map_err(|e| Error::io(&args.gold, "cannot read directory", &e))?
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".align"))
        .collect();
    names.sort();
    if names.is_empty() {
        return Err(Error::new(Location::file(&args.gold), "holds no .align files"));
    }
    let params = Params::default()
        .with_overrides(&args.params)
        .map_err(|m| Error::new(Location::file("--params"), m))?;
    let mut total = align_eval::Counts::default();
    let mut report = String::new();
    for name in &names {
        let gold_path = args.gold.join(name);
        let gold = align_eval::parse_links(&gold_path, &duizhao::io::read_text(&gold_path)?)?;
        let test = match (&args.test, &args.zh, &args.en) {
            (Some(dir), _, _) => {
                let p = dir.join(name);
                align_eval::parse_links(&p, &duizhao::io::read_text(&p)?)?
            }
            (None, Some(zd), Some(ed)) => {
                let stem = name.trim_end_matches(".align");
                let zh_text = duizhao::io::read_text(&zd.join(stem))?;
                let en_text = duizhao::io::read_text(&ed.join(stem))?;
                let zh = sentences_of(&zh_text, Lang::Zh, true);
                let en = sentences_of(&en_text, Lang::En, true);
                let zt: Vec<&str> = zh.iter().map(|&(s, e)| &zh_text[s..e]).collect();
                let et: Vec<&str> = en.iter().map(|&(s, e)| &en_text[s..e]).collect();
                let lex = Lexicon::cedict_for(&zh_text);
                align::align(&zt, &et, &lex, Words::shared(), &params)
                    .into_iter()
                    .map(|l| (l.zh, l.en))
                    .collect()
            }
            _ => {
                return Err(Error::new(
                    Location::file("duizhao eval-align"),
                    "give --test DIR, or --zh DIR and --en DIR",
                ));
            }
        };
        let c = align_eval::score(&gold, &test);
        if args.per_doc {
            let (s, l) = c.scores();
            report.push_str(&format!(
                "{name}: strict P {:.3} R {:.3} F1 {:.3} | lax P {:.3} R {:.3} F1 {:.3}\n",
                s[0], s[1], s[2], l[0], l[1], l[2]
            ));
        }
        total.add(c);
    }
    let (s, l) = total.scores();
    report.push_str(&format!(
        "{} documents: strict P {:.3} R {:.3} F1 {:.3} | lax P {:.3} R {:.3} F1 {:.3}\n",
        names.len(),
        s[0],
        s[1],
        s[2],
        l[0],
        l[1],
        l[2]
    ));
    write_out(&report)?;
    Ok(ExitCode::SUCCESS)
}
