//! The binary's longer commands, one file each; `main.rs` keeps the short ones and the dispatch.

pub mod align;
pub mod check;
pub mod eval_review;
pub mod glossary;
pub mod progress;
