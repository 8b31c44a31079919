//! Projector mode: the assignment's title and the QR code of its student
//! link, as large as the screen allows, with a full-screen button.

use leptos::prelude::*;

use crate::browser::share::page_url;
use crate::i18n::Key;
use crate::route::{href, Page};
use crate::share::Assignment;
use crate::ui::components::assignment::{due_line, title, Broken};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::share::QrCode;
use crate::ui::ctx;

pub fn project(code: String) -> AnyView {
    match Assignment::open(&code, ctx().book()) {
        Err(error) => view! { <Broken error/> }.into_any(),
        Ok((a, _)) => view! { <Projector a code/> }.into_any(),
    }
}

#[component]
fn Projector(a: Assignment, code: String) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    let link = Signal::derive(move || page_url(&href(lang, Page::Assignment { code: code.clone(), question: None, print: None })));
    let section = NodeRef::<leptos::html::Section>::new();
    let full = move |_| {
        if let Some(s) = section.get_untracked() {
            let _ = s.request_fullscreen();
        }
    };
    view! {
        <section class="page projector" node_ref=section>
            <h1 id="page-heading" tabindex="-1">{title(&a)}</h1>
            {due_line(&a)}
            <p class="scan">{Key::ScanToOpen.get(lang)}</p>
            <QrCode text=link/>
            <p class="projector-link">{move || link.get()}</p>
            <button type="button" class="button" on:click=full>{Key::FullScreen.get(lang)}</button>
        </section>
    }
}
