//! The `duizhao` binary: parses flags, calls the library, maps the outcome to an exit code
//! (0 clean, 1 findings at or above `--fail-on`, 2 usage or input error).

mod cli;
mod commands;

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::Parser;

use cli::{
    Cli, Command, DataFormat, EvalSegmentArgs, ExplainArgs, ExtractArgs, GlossaryCommand, LangArg, LevelArg,
    SegmentArgs, TextFormat,
};
use commands::{align as align_cmd, glossary as glossary_cmd};
use duizhao::error::{Error, Location};
use duizhao::eval::segmentation as seg_eval;
use duizhao::extract::{self, Extraction};
use duizhao::segment::{self, Lang, Level, Words};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => run_extract(&args),
        Command::Check(args) => commands::check::run(&args),
        Command::Explain(args) => run_explain(&args),
        Command::Segment(args) => run_segment(&args),
        Command::EvalSegment(args) => run_eval_segment(&args),
        Command::Align(args) => align_cmd::run_align(&args),
        Command::EvalAlign(args) => align_cmd::run_eval_align(&args),
        Command::EvalReview(args) => commands::eval_review::run(&args),
        Command::Glossary(args) => match args.command {
            GlossaryCommand::Export(a) => glossary_cmd::run_export(&a),
            GlossaryCommand::Import(a) => glossary_cmd::run_import(&a),
            GlossaryCommand::Harvest(a) => glossary_cmd::run_harvest(&a),
            GlossaryCommand::Packs => glossary_cmd::run_packs(),
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
    if duizhao::io::is_stdio(&args.out) {
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
    // A gloss file an earlier run wrote for an article that now has no glosses would be read as
    // current: it is replaced (removed) with the rest of the article's files.
    let stale: Vec<std::path::PathBuf> = articles
        .iter()
        .map(|a| args.out.join(duizhao::corpus::GLOSS_DIR).join(format!("{a}.yaml")))
        .filter(|p| p.is_file() && !files.iter().any(|(f, _)| f == p))
        .collect();
    if let (false, Some(p)) = (args.force, stale.first()) {
        return Err(Error::new(
            Location::file(p),
            "already exists; nothing was written (use --force to replace the corpus files)",
        ));
    }
    if !args.force
        && let Some((existing, _)) = files.iter().find(|(p, _)| p.exists())
    {
        return Err(Error::new(
            Location::file(existing),
            "already exists; nothing was written (use --force to replace the corpus files)",
        ));
    }
    let inputs: Vec<&Path> = args.articles.iter().map(|p| p.as_path()).collect();
    for (path, _) in &files {
        duizhao::io::refuse_input(path, &inputs)?;
        duizhao::io::output_target(path, args.force).or_else(|e| {
            // The corpus's own folders (quotes/, quotes/glosses/) are made when missing.
            match path.parent() {
                Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => Ok(dir.to_path_buf()),
                _ => Err(e),
            }
        })?;
    }
    for (path, contents) in &files {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, "cannot create the folder", &e))?;
        }
        duizhao::io::write_file(path, contents.as_bytes(), args.force)?;
    }
    for p in &stale {
        std::fs::remove_file(p).map_err(|e| Error::io(p, "cannot remove the stale gloss file", &e))?;
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

pub(crate) fn write_out(text: &str) -> Result<(), Error> {
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
    let name = if duizhao::io::is_stdio(&args.input) { Path::new("<stdin>") } else { args.input.as_path() };
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
