//! The `duizhao` binary: parses flags, calls the library, maps the outcome to an exit code
//! (0 clean, 1 findings at or above `--fail-on`, 2 usage or input error).

mod cli;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use cli::{
    AlignArgs, AlignFormat, CheckArgs, Cli, Command, DataFormat, EvalAlignArgs, EvalSegmentArgs, ExplainArgs,
    ExtractArgs, FailOn, GlossaryCommand, GlossaryExportArgs, GlossaryHarvestArgs, GlossaryImportArgs,
    LangArg, LevelArg, SegmentArgs, TermbaseFormat, TextFormat,
};
use duizhao::align::{self, Lexicon, Link, Params};
use duizhao::error::{Error, Location};
use duizhao::eval::alignment as align_eval;
use duizhao::eval::segmentation as seg_eval;
use duizhao::extract::{self, Extraction};
use duizhao::segment::{self, Lang, Level, Words};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(&args),
        Command::Check(args) => run_check(&args),
        Command::Explain(args) => run_explain(&args),
        Command::Segment(args) => run_segment(&args),
        Command::EvalSegment(args) => run_eval_segment(&args),
        Command::Align(args) => run_align(&args),
        Command::EvalAlign(args) => run_eval_align(&args),
        Command::Glossary(args) => match args.command {
            GlossaryCommand::Export(a) => run_glossary_export(&a),
            GlossaryCommand::Import(a) => run_glossary_import(&a),
            GlossaryCommand::Harvest(a) => run_glossary_harvest(&a),
        },
    };
    match result {
        Ok(code) => code,
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(2)
        }
    }
}

fn run_extract(args: &ExtractArgs) -> Result<ExitCode, Error> {
    let mut all = Extraction::default();
    let mut articles = Vec::new();
    for path in &args.articles {
        let extraction = extract::extract_file(path)?;
        for w in &extraction.warnings {
            eprintln!("{}:{}: warning: {}", path.display(), w.line, w.message);
        }
        articles.push(extract::slug(path));
        all.append(extraction);
    }
    if args.out == Path::new("-") {
        let text = match args.format {
            DataFormat::Json => {
                serde_json::to_string_pretty(&all).map(|s| s + "\n").map_err(|e| e.to_string())
            }
            DataFormat::Yaml => duizhao::yaml::to_string(&all),
        }
        .map_err(|e| Error::new(Location::file("<stdout>"), e))?;
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes()).map_err(|e| Error::io("<stdout>", "cannot write", &e))?;
        return Ok(ExitCode::SUCCESS);
    }
    let files = duizhao::corpus::render(&args.out, &articles, &all)?;
    if !args.force
        && let Some((existing, _)) = files.iter().find(|(p, _)| p.exists())
    {
        return Err(Error::new(
            Location::file(existing),
            "already exists; nothing was written (use --force to replace the corpus files)",
        ));
    }
    for (path, contents) in &files {
        duizhao::io::write_file(path, contents.as_bytes(), args.force)?;
    }
    eprintln!(
        "wrote {} quote pairs and {} glosses from {} articles to {}",
        all.quotes.len(),
        all.glosses.len(),
        articles.len(),
        args.out.display()
    );
    Ok(ExitCode::SUCCESS)
}

fn run_check(args: &CheckArgs) -> Result<ExitCode, Error> {
    use duizhao::finding::Severity;
    let glossary = match &args.glossary {
        Some(dir) => duizhao::glossary::load_dir(dir)?,
        None => duizhao::glossary::embedded()?,
    };
    let mut quotes = Vec::new();
    let mut glosses = Vec::new();
    let mut yaml_paths = Vec::new();
    let mut article_findings = Vec::new();
    let mut article_texts = Vec::new();
    for path in &args.articles {
        let text = duizhao::io::read_text(path)?;
        let slug = extract::slug(path);
        article_texts.push((slug.clone(), path.display().to_string(), text.clone()));
        let extraction = extract::extract(&slug, &text);
        article_findings.extend(duizhao::checks::run_article(&slug, &text, &extraction, &glossary));
        quotes.extend(extraction.quotes);
        glosses.extend(extraction.glosses);
    }
    let default_paths = vec![std::path::PathBuf::from("quotes")];
    let paths = if args.paths.is_empty() && args.articles.is_empty() { &default_paths } else { &args.paths };
    for p in paths {
        let jsonl = p == Path::new("-") || p.extension().is_some_and(|x| x == "jsonl");
        if jsonl {
            let name = if p == Path::new("-") { Path::new("<stdin>") } else { p.as_path() };
            quotes.extend(duizhao::corpus::parse_jsonl(name, &duizhao::io::read_text(p)?)?);
        } else {
            yaml_paths.push(p.clone());
        }
    }
    if !yaml_paths.is_empty() {
        let corpus = duizhao::corpus::load(&yaml_paths)?;
        quotes.extend(corpus.quotes.into_iter().map(|(_, q)| q));
        glosses.extend(corpus.glosses);
    }
    let lexicon = duizhao::checks::lexicon_for(&quotes, &glossary);
    let progress = Progress::new(quotes.len(), "checking");
    let tick = || progress.tick();
    let options =
        duizhao::checks::RunOptions { views: args.format == cli::ReportFormat::Html, progress: Some(&tick) };
    let mut report = duizhao::checks::run_with(&quotes, &glosses, &glossary, &lexicon, &options);
    progress.finish();
    report.findings.extend(article_findings);
    report.findings.sort_by_key(duizhao::finding::Finding::sort_key);
    let format = match args.format {
        cli::ReportFormat::Text => duizhao::report::Format::Text,
        cli::ReportFormat::Json => duizhao::report::Format::Json,
        cli::ReportFormat::Markdown => duizhao::report::Format::Markdown,
        cli::ReportFormat::Html => duizhao::report::Format::Html,
    };
    let mut buf = Vec::new();
    // Colour only on a terminal, and never with NO_COLOR (anstream reads the environment).
    let color = args.output.is_none()
        && anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
    let style = duizhao::report::Style { color };
    let sources =
        article_texts.iter().fold(duizhao::report::Sources::new(&quotes), |s, (slug, file, text)| {
            s.with_article(slug, file, text)
        });
    duizhao::report::write(format, &report, &sources, style, &mut buf)
        .map_err(|e| Error::io("<report>", "cannot write", &e))?;
    match &args.output {
        Some(path) => duizhao::io::write_file(path, &buf, args.force)?,
        None => write_out(&String::from_utf8_lossy(&buf))?,
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
    Ok(if failed { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

fn run_explain(args: &ExplainArgs) -> Result<ExitCode, Error> {
    use duizhao::finding::Rule;
    let Some(id) = &args.rule else {
        let list: String = Rule::ALL.iter().map(|r| format!("{r}\n")).collect();
        write_out(&list)?;
        return Ok(ExitCode::SUCCESS);
    };
    let Some(rule) = Rule::from_id(id) else {
        let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        return Err(Error::new(
            Location::file("duizhao explain"),
            format!("unknown rule `{id}`; the rules are: {}", known.join(", ")),
        ));
    };
    write_out(&format!("{}\n", duizhao::checks::doc(rule)))?;
    Ok(ExitCode::SUCCESS)
}

fn lang(l: LangArg) -> Lang {
    match l {
        LangArg::Zh => Lang::Zh,
        LangArg::En => Lang::En,
    }
}

fn write_out(text: &str) -> Result<(), Error> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| Error::io("<stdout>", "cannot write", &e))
}

#[derive(serde::Serialize)]
struct SegmentOut<'a> {
    segments: Vec<SegmentWire<'a>>,
}

/// One unit on the wire: its text and UTF-8 byte offsets (end exclusive) into the input text.
#[derive(serde::Serialize)]
struct SegmentWire<'a> {
    text: &'a str,
    start: usize,
    end: usize,
}

#[derive(serde::Deserialize)]
struct TextRow {
    text: String,
}

fn run_segment(args: &SegmentArgs) -> Result<ExitCode, Error> {
    let level = match args.level {
        LevelArg::Sentence => Level::Sentence,
        LevelArg::Clause => Level::Clause,
        LevelArg::Word => Level::Word,
    };
    let owned;
    let words: &Words = if args.terms.is_empty() {
        Words::shared()
    } else {
        owned = Words::with_terms(&args.terms);
        &owned
    };
    let input = duizhao::io::read_text(&args.input)?;
    let name = if args.input == Path::new("-") { Path::new("<stdin>") } else { args.input.as_path() };
    let lang = lang(args.lang);
    let render = |text: &str| -> String {
        let segments = segment::segment(text, lang, level, words)
            .into_iter()
            .map(|(start, end)| SegmentWire { text: &text[start..end], start, end })
            .collect();
        let out = SegmentOut { segments };
        match (args.jsonl, args.format) {
            (true, _) => serde_json::to_string(&out).unwrap_or_default() + "\n",
            (false, TextFormat::Json) => serde_json::to_string_pretty(&out).unwrap_or_default() + "\n",
            (false, TextFormat::Text) => {
                out.segments.iter().map(|s| s.text.replace('\n', " ") + "\n").collect()
            }
        }
    };
    if args.jsonl {
        let rows: Vec<TextRow> = seg_eval::parse_jsonl(name, &input)?;
        use rayon::prelude::*;
        let lines: Vec<String> = rows.par_iter().map(|row| render(&row.text)).collect();
        write_out(&lines.concat())?;
        return Ok(ExitCode::SUCCESS);
    }
    write_out(&render(&input))?;
    Ok(ExitCode::SUCCESS)
}

#[derive(serde::Deserialize)]
struct SegmentedRow {
    segments: Vec<SegmentedPiece>,
}

#[derive(serde::Deserialize)]
struct SegmentedPiece {
    text: String,
}

fn run_eval_segment(args: &EvalSegmentArgs) -> Result<ExitCode, Error> {
    if args.test.is_some() && args.suites.len() != 1 {
        return Err(Error::new(
            Location::file("--test"),
            "scores one suite at a time; name exactly one suite",
        ));
    }
    let mut report = String::new();
    for path in &args.suites {
        let cases = seg_eval::read_cases(path)?;
        let got: Vec<Vec<String>> = match &args.test {
            Some(test) => {
                let rows: Vec<SegmentedRow> = seg_eval::parse_jsonl(test, &duizhao::io::read_text(test)?)?;
                rows.into_iter().map(|r| r.segments.into_iter().map(|p| p.text).collect()).collect()
            }
            None => {
                let mut got = Vec::new();
                for (i, case) in cases.iter().enumerate() {
                    let Some(lang) = case.lang.or(args.lang.map(lang)) else {
                        return Err(Error::new(
                            Location::at(path, i + 1, 1),
                            "row has no \"lang\"; pass --lang",
                        ));
                    };
                    let spans = segment::segment(&case.text, lang, Level::Sentence, Words::shared());
                    got.push(spans.into_iter().map(|(s, e)| case.text[s..e].to_string()).collect());
                }
                got
            }
        };
        let score = seg_eval::score(&cases, &got);
        let pct = if score.total == 0 { 0.0 } else { 100.0 * score.passed as f64 / score.total as f64 };
        report.push_str(&format!("{}: {}/{} ({pct:.1}%)\n", path.display(), score.passed, score.total));
        if args.failures {
            for f in &score.failures {
                report.push_str(&format!(
                    "  FAIL {}\n    expected: {:?}\n    got:      {:?}\n",
                    f.id, f.expected, f.got
                ));
            }
        }
    }
    write_out(&report)?;
    Ok(ExitCode::SUCCESS)
}

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
        ids.iter().map(|&i| units[i].text.replace('\n', " ")).collect::<Vec<_>>().join(" ")
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
                    ids.iter().map(|&i| units[i].text.replace('\n', " ")).collect::<Vec<_>>().join(" ")
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

fn run_align(args: &AlignArgs) -> Result<ExitCode, Error> {
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

fn run_eval_align(args: &EvalAlignArgs) -> Result<ExitCode, Error> {
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

fn load_glossary(dir: Option<&Path>) -> Result<duizhao::glossary::Glossary, Error> {
    match dir {
        Some(dir) => duizhao::glossary::load_dir(dir),
        None => duizhao::glossary::embedded(),
    }
}

/// Writes `bytes` to `output` (never over an existing file without `force`), or to standard output.
fn emit(output: Option<&Path>, bytes: &[u8], force: bool) -> Result<(), Error> {
    match output {
        Some(p) if p != Path::new("-") => duizhao::io::write_file(p, bytes, force),
        _ => write_out(&String::from_utf8_lossy(bytes)),
    }
}

fn run_glossary_export(args: &GlossaryExportArgs) -> Result<ExitCode, Error> {
    let glossary = load_glossary(args.glossary.as_deref())?;
    let entries: Vec<duizhao::glossary::Entry> = glossary.entries.iter().map(|l| l.entry.clone()).collect();
    let mut out = Vec::new();
    match args.format {
        TermbaseFormat::Tbx => duizhao::glossary::tbx::write(&entries, &mut out),
        TermbaseFormat::Csv => duizhao::glossary::table::write(&entries, &mut out),
    }
    .map_err(|e| Error::io("<export>", "cannot write", &e))?;
    emit(args.output.as_deref(), &out, args.force)?;
    Ok(ExitCode::SUCCESS)
}

fn run_glossary_import(args: &GlossaryImportArgs) -> Result<ExitCode, Error> {
    let text = duizhao::io::read_text(&args.file)?;
    let ext = args.file.extension().and_then(|x| x.to_str()).unwrap_or("").to_ascii_lowercase();
    let format = match (args.format, ext.as_str()) {
        (Some(f), _) => f,
        (None, "tbx" | "xml" | "tbxm") => TermbaseFormat::Tbx,
        (None, "csv") => TermbaseFormat::Csv,
        (None, _) => {
            return Err(Error::new(
                Location::file(&args.file),
                "cannot tell the format from the extension; give --format tbx or --format csv",
            ));
        }
    };
    let entries = match format {
        TermbaseFormat::Tbx => {
            let imported = duizhao::glossary::tbx::read(&args.file, &text)?;
            if !imported.skipped.is_empty() {
                eprintln!(
                    "{}: warning: skipped {} concepts without both a Chinese and an English term: {}",
                    args.file.display(),
                    imported.skipped.len(),
                    imported.skipped.join(", ")
                );
            }
            imported.entries
        }
        TermbaseFormat::Csv => duizhao::glossary::table::read(&args.file, &text)?,
    };
    let yaml = duizhao::yaml::to_string(&entries).map_err(|e| Error::new(Location::file(&args.file), e))?;
    let yaml = format!(
        "# Imported by duizhao from {}: {} concepts.\n{yaml}",
        args.file.file_name().map(|n| n.to_string_lossy()).unwrap_or_default(),
        entries.len()
    );
    let stem =
        args.file.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "imported".into());
    let output = args.output.clone().unwrap_or_else(|| Path::new("glossary").join(format!("{stem}.yaml")));
    // The new file must load strictly together with the glossary files beside it.
    let mut files = vec![(output.clone(), yaml.clone())];
    if output != Path::new("-")
        && let Some(dir) = output.parent().filter(|d| d.as_os_str().is_empty() || d.is_dir())
    {
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        if let Ok(read) = std::fs::read_dir(dir) {
            let mut others: Vec<_> = read
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "yaml" || x == "yml"))
                .filter(|p| p.file_name() != output.file_name())
                .collect();
            others.sort();
            for p in others {
                files.push((p.clone(), duizhao::io::read_text(&p)?));
            }
        }
    }
    duizhao::glossary::parse(&files)?;
    emit(Some(&output), yaml.as_bytes(), args.force)?;
    if output != Path::new("-") {
        eprintln!("wrote {} concepts to {}", entries.len(), output.display());
    }
    Ok(ExitCode::SUCCESS)
}

/// Quotes and glosses from articles, quote YAML files or folders, and JSON Lines files.
fn load_inputs(
    paths: &[std::path::PathBuf],
) -> Result<(Vec<duizhao::quote::Quote>, Vec<extract::Gloss>), Error> {
    let mut quotes = Vec::new();
    let mut glosses = Vec::new();
    let mut yaml = Vec::new();
    let mut expanded = Vec::new();
    for p in paths {
        // A folder of articles is its articles; any other folder is a quote corpus.
        let articles: Vec<std::path::PathBuf> = match std::fs::read_dir(p) {
            Ok(read) if p.is_dir() => {
                let mut a: Vec<_> = read
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|f| f.is_file() && f.extension().is_some_and(|x| x == "txt" || x == "md"))
                    .collect();
                a.sort();
                a
            }
            _ => Vec::new(),
        };
        if articles.is_empty() {
            expanded.push(p.clone());
        } else {
            expanded.extend(articles);
        }
    }
    for p in &expanded {
        let ext = p.extension().and_then(|x| x.to_str()).unwrap_or("");
        if p.is_dir() || ext == "yaml" || ext == "yml" {
            yaml.push(p.clone());
        } else if ext == "jsonl" {
            quotes.extend(duizhao::corpus::parse_jsonl(p, &duizhao::io::read_text(p)?)?);
        } else {
            let extraction = extract::extract_file(p)?;
            quotes.extend(extraction.quotes);
            glosses.extend(extraction.glosses);
        }
    }
    if !yaml.is_empty() {
        let corpus = duizhao::corpus::load(&yaml)?;
        quotes.extend(corpus.quotes.into_iter().map(|(_, q)| q));
        glosses.extend(corpus.glosses);
    }
    Ok((quotes, glosses))
}

fn run_glossary_harvest(args: &GlossaryHarvestArgs) -> Result<ExitCode, Error> {
    let glossary = load_glossary(args.glossary.as_deref())?;
    let paths = if args.paths.is_empty() { vec!["quotes".into()] } else { args.paths.clone() };
    let (quotes, glosses) = load_inputs(&paths)?;
    let lexicon = duizhao::checks::lexicon_for(&quotes, &glossary);
    let observations = duizhao::checks::observe(&quotes, &glosses, &glossary, &lexicon);
    let mut candidates = duizhao::glossary::harvest::harvest(&observations, &glosses, &glossary);
    candidates.retain(|c| c.count >= args.min_count);
    let yaml =
        duizhao::yaml::to_string(&candidates).map_err(|e| Error::new(Location::file("<harvest>"), e))?;
    let text = format!(
        "# Candidate glossary entries: {} terms and titles the glossary lacks, from {} quotes and {} glosses.\n\
         # To adopt one, keep zh, en and kind, move other renderings to `admitted` or `forbidden`, and\n\
         # turn `renderings[].at` into `sources`.\n{yaml}",
        candidates.len(),
        quotes.len(),
        glosses.len()
    );
    emit(args.output.as_deref(), text.as_bytes(), args.force)?;
    Ok(ExitCode::SUCCESS)
}

/// A progress bar on standard error for batch runs: it appears only once a run has taken a second,
/// and only on a terminal (indicatif hides it elsewhere).
struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Progress {
    fn new(total: usize, what: &'static str) -> Progress {
        let style =
            indicatif::ProgressStyle::with_template("{msg} {wide_bar} {pos}/{len} quotes, {eta} left")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar());
        let bar = indicatif::ProgressBar::with_draw_target(
            Some(total as u64),
            indicatif::ProgressDrawTarget::hidden(),
        )
        .with_style(style)
        .with_message(what);
        Progress { bar, start: std::time::Instant::now(), shown: std::sync::atomic::AtomicBool::new(false) }
    }

    fn tick(&self) {
        use std::sync::atomic::Ordering;
        self.bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= std::time::Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
