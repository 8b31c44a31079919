//! How an assignment introduces itself (title, due date) and what a broken
//! assignment link says: shared by the student's, the print and the class
//! results pages.

use leptos::prelude::*;

use crate::browser;
use crate::content::Bilingual;
use crate::i18n::{fill, Key};
use crate::route::{href, Page};
use crate::share::time::{date, days};
use crate::share::{Assignment, Error};
use crate::ui::components::focus::focus_heading;
use crate::ui::ctx;

/// The assignment's title, or a stand-in for an untitled one.
pub fn title(a: &Assignment) -> String {
    if a.title.is_empty() {
        Key::Untitled.get(ctx().lang()).to_string()
    } else {
        a.title.clone()
    }
}

/// "Due 2026-12-01", when there is a due date, and "(past)" once it has gone by.
pub fn due_line(a: &Assignment) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let past = a.is_past_due(days(browser::time()));
    let key = if past { Key::DuePast } else { Key::Due };
    a.due.map(|d| view! { <p class="due" class:past=past>{fill(key.get(lang), date(d))}</p> })
}

/// What is wrong with a link, in the reader's language, and the way on.
#[component]
pub fn Broken(error: Error) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    view! {
        <section class="page not-found broken-link">
            <h1 id="page-heading" tabindex="-1">{Key::AssignmentBroken.get(lang)}</h1>
            <p class="error" role="alert">{error.message(lang)}</p>
            <p>{Key::AssignmentBrokenHelp.get(lang)}</p>
            <a class="button primary" href=href(lang, Page::Home)>{Key::Home.get(lang)}</a>
            <ul class="chapter-links">
                {ctx.book().chapters.iter().map(|c| view! {
                    <li><a href=href(lang, Page::chapter(&c.id))>
                        {c.title.get(lang)}
                    </a></li>
                }).collect_view()}
            </ul>
        </section>
    }
}
