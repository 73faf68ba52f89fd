//! Command-line flags as typed (clap). `main.rs` turns them into library calls.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

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
    /// Review a quote corpus (default `quotes/`).
    Check(CheckArgs),
    /// Split Chinese or English text into sentences, clauses or words.
    Segment(SegmentArgs),
    /// Score the sentence segmenter on JSON Lines test suites (pySBD, sentencex).
    EvalSegment(EvalSegmentArgs),
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

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    /// Quote YAML files or folders.
    #[arg(default_value = "quotes")]
    pub paths: Vec<PathBuf>,
}
