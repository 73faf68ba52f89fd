//! Scoring against published test suites: sentence segmentation (pySBD golden rules, sentencex
//! fixtures). Alignment scoring joins it with the aligner.

pub mod alignment;
pub mod review;
pub mod segmentation;
