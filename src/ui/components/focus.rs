//! Focus after navigation: the new page's heading, or the paragraph or
//! question the link pointed at, so keyboard and screen-reader users land
//! where sighted users look.

use crate::browser::{self, Scroll};

/// Focuses and centres an element by id once the new view is on screen.
pub fn focus_later(id: String) {
    leptos::prelude::request_animation_frame(move || browser::focus(&id, Scroll::Centre));
}

/// Focuses the new page's heading, at the top of the page; not when the
/// page takes the place of one from the HTML where the student had moved
/// (`ui::takeover`).
pub fn focus_heading() {
    if crate::ui::takeover::keep_place() {
        return;
    }
    leptos::prelude::request_animation_frame(|| browser::focus("page-heading", Scroll::ToTop));
}
