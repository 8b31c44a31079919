//! A first visit may show a page written at build time
//! (`zhiyuan_core::prerender`): the home page, a chapter, or a quiz
//! answerable before the app starts. The app takes over what the student did
//! there (a quiz's answers) and draws the same page in its place. Once the
//! student has moved on that page (focus in it, or scrolled), their place is
//! kept: a quiz builds every card at once (the page keeps its height, so its
//! scroll), and focus goes back where it was, not to the heading. An
//! untouched page is replaced as any first visit is drawn.

use std::cell::Cell;

use leptos::prelude::request_animation_frame;

use crate::browser;
use crate::browser::prerender::Shown;
use crate::content::Book;
use crate::prerender::take_over;
use crate::progress::Progress;

thread_local! {
    static KEEP_PLACE: Cell<bool> = const { Cell::new(false) };
}

/// Records a quiz's answers from the page in `progress` (before the app's
/// first page is built from it), and puts focus back once that page is
/// drawn. Returns whether the progress changed (to be saved at once).
pub fn take(book: &Book, progress: &mut Progress, shown: Option<Shown>) -> bool {
    let Some(Shown { quiz, spot, scrolled }) = shown else { return false };
    let taken = quiz.is_some_and(|form| take_over(book, progress, &form, browser::time()));
    KEEP_PLACE.set(spot.is_some() || scrolled);
    request_animation_frame(move || {
        KEEP_PLACE.set(false);
        if let Some(spot) = spot {
            browser::prerender::focus(&spot);
        }
    });
    taken
}

/// Whether the page being built takes the place of a page from the HTML
/// where the student had moved: it keeps their place.
pub fn keep_place() -> bool {
    KEEP_PLACE.get()
}
