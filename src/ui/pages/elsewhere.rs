//! A teacher's link opened in the student's bundle: the teacher's tools live
//! in their own bundle (`teacher.html`, see ARCHITECTURE.md), so the page
//! opens there at once, with a link in case it cannot.

use leptos::prelude::*;

use crate::browser;
use crate::i18n::Key;
use crate::route::{Route, TEACHER_PAGE};
use crate::ui::ctx;

#[component]
pub fn TeacherTools(route: Route) -> impl IntoView {
    let lang = ctx().lang();
    let target = format!("{TEACHER_PAGE}{}", route.href());
    browser::replace_location(&target);
    // No `page-heading`: the teacher's page brings its own.
    view! {
        <section class="page elsewhere">
            <p role="status">{Key::OpeningTeacherTools.get(lang)}</p>
            <a class="button primary" href=target>{Key::OpenTeacherTools.get(lang)}</a>
        </section>
    }
}
