//! Building a long page in batches, one task each: the first batch before
//! the page first shows, each next one a task later, so what is on screen
//! is built first and no task runs long on a phone (a quiz's cards, a
//! chapter's sections). The page is `aria-busy` until the last batch is
//! built: screen readers wait, and so do the tests.

use leptos::prelude::*;

/// Counts `built` up to `total`, one task apart; it stops when the page is
/// gone (the signal disposed).
pub fn build_later(built: RwSignal<usize>, total: usize) {
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
