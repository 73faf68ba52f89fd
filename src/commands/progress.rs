//! The progress bar of batch runs.

/// A progress bar on standard error for batch runs: it appears only once a run has taken a second,
/// and only on a terminal (indicatif hides it elsewhere).
pub struct Progress {
    bar: indicatif::ProgressBar,
    start: std::time::Instant,
    shown: std::sync::atomic::AtomicBool,
}

impl Progress {
    pub fn new(total: usize, what: &'static str) -> Progress {
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

    pub fn tick(&self) {
        use std::sync::atomic::Ordering;
        self.bar.inc(1);
        if !self.shown.load(Ordering::Relaxed)
            && self.start.elapsed() >= std::time::Duration::from_secs(1)
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
