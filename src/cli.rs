//! Command-line flags as typed (clap). `main.rs` turns them into library calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};
use duizhao::finding::{Rule, Severity};

#[derive(Debug, Parser)]
#[command(
    name = "duizhao",
    version,
    about = "Align Chinese originals with their English renderings and review the translation"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract quote pairs (English body quote ↔ Chinese footnote) from articles into a corpus.
    Extract(ExtractArgs),
    /// Review a quote corpus (default `quotes/`) against the glossary: terms, titles, drift, numbers,
    /// omissions and additions.
    Check(CheckArgs),
    /// Explain a rule: what it does, why it matters, an example.
    Explain(ExplainArgs),
    /// Split Chinese or English text into sentences, clauses or words.
    Segment(SegmentArgs),
    /// Score the sentence segmenter on JSON Lines test suites (pySBD, sentencex).
    EvalSegment(EvalSegmentArgs),
    /// Align a Chinese text with its English rendering, or every quote of a corpus.
    Align(AlignArgs),
    /// Score alignments against gold links (strict and lax precision, recall, F1).
    EvalAlign(EvalAlignArgs),
    /// Measure review accuracy on a gold-aligned corpus: false alarms on clean pairs, recall of
    /// planted errors.
    EvalReview(EvalReviewArgs),
    /// Export the glossary to TBX or CSV, import one, or harvest candidate entries from a corpus.
    Glossary(GlossaryArgs),
}

#[derive(Debug, clap::Args)]
pub struct GlossaryArgs {
    #[command(subcommand)]
    pub command: GlossaryCommand,
}

#[derive(Debug, Subcommand)]
pub enum GlossaryCommand {
    /// Write the glossary as TBX-Basic (ISO 30042:2019) or CSV.
    Export(GlossaryExportArgs),
    /// Turn a TBX (2019 or 2008 `martif`) or CSV termbase into a glossary YAML file.
    Import(GlossaryImportArgs),
    /// List candidate entries the glossary lacks — glossed terms, citation and 《》 titles — with
    /// counts and every rendering, as YAML to curate.
    Harvest(GlossaryHarvestArgs),
    /// List the packs of the built-in glossary: name, titles and terms, sources.
    Packs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TermbaseFormat {
    /// TBX-Basic, ISO 30042:2019.
    Tbx,
    /// One row per rendering: concept, zh, en, status, kind, note.
    Csv,
}

#[derive(Debug, clap::Args)]
pub struct GlossaryExportArgs {
    #[arg(long, value_enum, default_value_t = TermbaseFormat::Tbx)]
    pub format: TermbaseFormat,
    /// A glossary folder to export instead of the built-in one.
    #[arg(long)]
    pub glossary: Option<PathBuf>,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct GlossaryImportArgs {
    /// A `.tbx` (or `.xml`) or `.csv` file.
    pub file: PathBuf,
    /// The file's format, when its extension does not say.
    #[arg(long, value_enum)]
    pub format: Option<TermbaseFormat>,
    /// The glossary file to write (default `glossary/<name>.yaml`; `-` for standard output). It is
    /// checked together with the other glossary files in its folder.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace the output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct GlossaryHarvestArgs {
    /// Articles (`.txt`, `.md`), quote YAML files or folders, JSON Lines files. Default `quotes/`.
    pub paths: Vec<PathBuf>,
    /// A glossary folder to compare with instead of the built-in one.
    #[arg(long)]
    pub glossary: Option<PathBuf>,
    /// Only candidates seen at least this many times.
    #[arg(long, default_value_t = 1)]
    pub min_count: usize,
    /// Write to this file instead of standard output.
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace the --output file if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    /// One link per line: `[8,9]:[8]`.
    Links,
    /// The two sides next to each other.
    Text,
    /// Units, links, confidences and spans.
    Json,
    /// TMX 1.4b for translation-memory tools: one `tu` per link.
    Tmx,
}

#[derive(Debug, clap::Args)]
pub struct AlignArgs {
    /// The Chinese text and the English text (or, with --quotes, quote files or folders).
    pub paths: Vec<PathBuf>,
    /// The files hold one sentence per line, as given (no segmentation).
    #[arg(long)]
    pub lines: bool,
    /// Align every quote of a corpus (default `quotes/`): Chinese clauses against English sentences.
    #[arg(long)]
    pub quotes: bool,
    #[arg(long, value_enum, default_value_t = AlignFormat::Text)]
    pub format: AlignFormat,
    /// Aligner parameters to override, as `key=value,…` (max_bead, band, refine_band, lex_weight,
    /// len_sigma, skip, merge_penalty).
    #[arg(long, default_value = "")]
    pub params: String,
}

#[derive(Debug, clap::Args)]
pub struct EvalAlignArgs {
    /// Folder of gold `NNN.align` files.
    #[arg(long)]
    pub gold: PathBuf,
    /// Folder of test `NNN.align` files with the same names.
    #[arg(long, required_unless_present = "zh")]
    pub test: Option<PathBuf>,
    /// Instead of --test: align `ZH/NNN` with `EN/NNN` (one sentence per line) and score that.
    #[arg(long, requires = "en", conflicts_with = "test")]
    pub zh: Option<PathBuf>,
    #[arg(long, requires = "zh")]
    pub en: Option<PathBuf>,
    /// Score each document too.
    #[arg(long)]
    pub per_doc: bool,
    /// Aligner parameters to override with --zh/--en, as `key=value,…`.
    #[arg(long, default_value = "")]
    pub params: String,
}

#[derive(Debug, clap::Args)]
pub struct EvalReviewArgs {
    /// A corpus folder with `zh/`, `en/` and `gold/` (as `../shared/eval/alignment/mag-dev`).
    pub corpus: PathBuf,
    /// Glossary folders or files to review with (and to plant term errors from), instead of the
    /// built-in glossary (repeatable).
    #[arg(long, value_name = "PATH")]
    pub glossary: Vec<PathBuf>,
    /// Built-in glossary packs to use (repeatable; default: all).
    #[arg(long, value_name = "NAME")]
    pub pack: Vec<String>,
    /// Also list each false alarm and each missed planted error.
    #[arg(long)]
    pub misses: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    Zh,
    En,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LevelArg {
    Sentence,
    Clause,
    Word,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TextFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct SegmentArgs {
    /// Language of the text.
    #[arg(long, value_enum)]
    pub lang: LangArg,
    /// Unit size.
    #[arg(long, value_enum, default_value_t = LevelArg::Sentence)]
    pub level: LevelArg,
    /// `text`: one unit per line (line breaks inside a unit become spaces); `json`: spans and text.
    #[arg(long, value_enum, default_value_t = TextFormat::Text)]
    pub format: TextFormat,
    /// Batch mode: the input is JSON Lines with a "text" field; one `{"segments": [...]}` per line out.
    #[arg(long)]
    pub jsonl: bool,
    /// A term to keep whole in Chinese word segmentation (repeatable).
    #[arg(long = "term", value_name = "TERM")]
    pub terms: Vec<String>,
    /// Input file, or `-` for standard input.
    #[arg(default_value = "-")]
    pub input: PathBuf,
}

#[derive(Debug, clap::Args)]
pub struct EvalSegmentArgs {
    /// Test suites: JSON Lines rows {"id","text","expected":[...],"lang"?,"compare"?}.
    #[arg(required = true)]
    pub suites: Vec<PathBuf>,
    /// Language, for rows that do not say.
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// Score this `duizhao segment --jsonl` output instead of segmenting (one suite only).
    #[arg(long)]
    pub test: Option<PathBuf>,
    /// Print each failing case.
    #[arg(long)]
    pub failures: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DataFormat {
    Yaml,
    Json,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Article files (plain text or Markdown).
    #[arg(required = true)]
    pub articles: Vec<PathBuf>,
    /// Output folder, or `-` for one document on standard output.
    #[arg(long, default_value = "quotes")]
    pub out: PathBuf,
    /// Format of the document printed with `--out -`.
    #[arg(long, value_enum, default_value_t = DataFormat::Yaml)]
    pub format: DataFormat,
    /// Replace existing output files.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
    /// A summary for a pull-request comment.
    Markdown,
    /// A self-contained side-by-side page for editors (use with -o report.html).
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Quote YAML files or folders (with their `glosses/`), JSON Lines files (`.jsonl`), or `-` for
    /// JSON Lines on standard input. Default `quotes/` (none when --article is given).
    pub paths: Vec<PathBuf>,
    /// Succeed when the inputs hold nothing to check (by default that is an error, exit 2, so a
    /// mistyped folder never passes CI silently).
    #[arg(long)]
    pub allow_empty: bool,
    /// Glossary folders or YAML files to use instead of the built-in glossary (repeatable).
    #[arg(long, value_name = "PATH")]
    pub glossary: Vec<PathBuf>,
    /// Glossary folders or YAML files to add to the built-in glossary (repeatable).
    #[arg(long, value_name = "PATH")]
    pub add_glossary: Vec<PathBuf>,
    /// Use only these packs of the built-in glossary (comma-separated or repeated; default: all;
    /// `duizhao glossary packs` lists them).
    #[arg(long = "pack", value_name = "NAME", value_delimiter = ',')]
    pub packs: Vec<String>,
    /// Check an article too (repeatable): its quote pairs, its citations and its English prose.
    #[arg(long = "article", value_name = "FILE")]
    pub articles: Vec<PathBuf>,
    /// Check a document and its translation (repeatable): the Chinese file, then the English file
    /// (plain text); they are segmented and aligned, and findings point into both files.
    #[arg(long = "pair", num_args = 2, value_names = ["ZH_FILE", "EN_FILE"], action = clap::ArgAction::Append)]
    pub pairs: Vec<PathBuf>,
    /// Report only these rules (comma-separated or repeated; default: every rule).
    #[arg(long, value_name = "RULE", value_delimiter = ',', value_parser = parse_rule)]
    pub select: Vec<Rule>,
    /// Do not report these rules (comma-separated or repeated).
    #[arg(long, value_name = "RULE", value_delimiter = ',', value_parser = parse_rule)]
    pub ignore: Vec<Rule>,
    /// Give a rule's findings another severity: `RULE=error|warning|info` (repeatable).
    #[arg(long, value_name = "RULE=LEVEL", value_parser = parse_severity)]
    pub severity: Vec<(Rule, Severity)>,
    #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
    pub format: ReportFormat,
    /// Exit with 1 when a finding is at least this severe [default: error, or duizhao.toml's].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Hide the findings this baseline file records (and count them as baselined).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record every finding of this run in a baseline file (the run then exits 0).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Write the report to this file (`-`: standard output, the default).
    #[arg(short = 'o', long)]
    pub output: Option<PathBuf>,
    /// Replace the --output or --write-baseline file if it exists.
    #[arg(long)]
    pub force: bool,
    /// Use this project file instead of the `duizhao.toml` found from the current folder upward.
    #[arg(long, value_name = "FILE", conflicts_with = "isolated")]
    pub config: Option<PathBuf>,
    /// Use no project file.
    #[arg(long)]
    pub isolated: bool,
    /// Print the settings in force and where each came from, then stop.
    #[arg(long)]
    pub show_settings: bool,
}

fn parse_rule(s: &str) -> Result<Rule, String> {
    Rule::from_id(s.trim()).ok_or_else(|| {
        let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        format!("unknown rule `{s}`; the rules are: {}", known.join(", "))
    })
}

fn parse_severity(s: &str) -> Result<(Rule, Severity), String> {
    let (rule, level) = s.split_once('=').ok_or("expected RULE=LEVEL, e.g. term-missing=error")?;
    let level = Severity::from_name(level.trim())
        .ok_or_else(|| format!("unknown severity `{level}`; use error, warning or info"))?;
    Ok((parse_rule(rule)?, level))
}

#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// A rule id (term-forbidden, term-missing, …); without one, lists the rules.
    pub rule: Option<String>,
}
