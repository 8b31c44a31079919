//! A first visit from a quiz link shows the quiz written at build time
//! (`zhiyuan_core::prerender::quiz`), answerable before the app starts. The
//! app takes over what the student did there, and draws the same page in
//! its place keeping the student's place: every card built at once (the
//! page keeps its height, so its scroll), and focus where it was, not moved
//! to the heading.

use std::cell::Cell;

use leptos::prelude::request_animation_frame;

use crate::browser;
use crate::browser::prerender::Spot;
use crate::content::Book;
use crate::prerender::{take_over, Form};
use crate::progress::Progress;

thread_local! {
    static REPLACING: Cell<bool> = const { Cell::new(false) };
}

/// Records the page's answers in `progress` (before the app's first page
/// is built from it), and puts focus back once that page is drawn. Returns
/// whether the progress changed (to be saved at once).
pub fn take(book: &Book, progress: &mut Progress, page: Option<(Form, Option<Spot>)>) -> bool {
    let Some((form, spot)) = page else { return false };
    let taken = take_over(book, progress, &form, browser::time());
    REPLACING.set(true);
    request_animation_frame(move || {
        REPLACING.set(false);
        if let Some(spot) = spot {
            browser::prerender::focus(&spot);
        }
    });
    taken
}

/// Whether the page being built takes the place of the prerendered quiz.
pub fn replacing() -> bool {
    REPLACING.get()
}
