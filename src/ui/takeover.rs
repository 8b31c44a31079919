//! A first visit from a quiz link shows the quiz written at build time
//! (`zhiyuan_core::prerender::quiz`), answerable before the app starts. The
//! app takes over what the student did there, and draws the same page in
//! its place. Once the student has moved on that page (focus in it, or
//! scrolled), their place is kept: every card is built at once (the page
//! keeps its height, so its scroll), and focus goes back where it was, not
//! to the heading. An untouched page is replaced as any first visit is
//! drawn, its cards in batches (no long task while the student starts).

use std::cell::Cell;

use leptos::prelude::request_animation_frame;

use crate::browser;
use crate::browser::prerender::Spot;
use crate::content::Book;
use crate::prerender::{take_over, Form};
use crate::progress::Progress;

thread_local! {
    static KEEP_PLACE: Cell<bool> = const { Cell::new(false) };
}

/// Records the page's answers in `progress` (before the app's first page
/// is built from it), and puts focus back once that page is drawn. Returns
/// whether the progress changed (to be saved at once).
pub fn take(book: &Book, progress: &mut Progress, page: Option<(Form, Option<Spot>)>) -> bool {
    let Some((form, spot)) = page else { return false };
    let taken = take_over(book, progress, &form, browser::time());
    KEEP_PLACE.set(spot.is_some() || browser::scroll_y() > 0.0);
    request_animation_frame(move || {
        KEEP_PLACE.set(false);
        if let Some(spot) = spot {
            browser::prerender::focus(&spot);
        }
    });
    taken
}

/// Whether the page being built takes the place of the prerendered quiz
/// where the student had moved: it keeps their place.
pub fn keep_place() -> bool {
    KEEP_PLACE.get()
}
