//! Building a long page in batches, one task each: the first batch before
//! the page first shows, each next one a task later, so what is on screen
//! is built first and no task runs long on a phone (a quiz's cards, a
//! chapter's sections). The page is `aria-busy` until the last batch is
//! built: screen readers wait, and so do the tests.

use leptos::prelude::*;

/// Items built `size` at a time: which are due, and whether all are.
#[derive(Clone, Copy)]
pub struct Batches {
    built: RwSignal<usize>,
    total: usize,
    size: usize,
}

impl Batches {
    /// `count` items, `size` to a batch: the first batch now, the others a
    /// task apart; it stops when the page is gone (the signal disposed).
    pub fn start(count: usize, size: usize) -> Batches {
        let size = size.max(1);
        let batches = Batches { built: RwSignal::new(1), total: count.div_ceil(size).max(1), size };
        build_later(batches.built, batches.total);
        batches
    }

    /// Whether item `i` is built yet (a memo: its view is built once).
    pub fn due(self, i: usize) -> Memo<bool> {
        Memo::new(move |_| self.built.get() > i / self.size)
    }

    /// Whether every batch is built.
    pub fn done(self) -> bool {
        self.built.get() >= self.total
    }
}

fn build_later(built: RwSignal<usize>, total: usize) {
    if built.get_untracked() < total {
        set_timeout(
            move || {
                if built.try_update(|n| *n += 1).is_some() {
                    build_later(built, total);
                }
            },
            std::time::Duration::ZERO,
        );
    }
}
