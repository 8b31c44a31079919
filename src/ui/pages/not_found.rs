use leptos::prelude::*;

use crate::i18n::Key;
use crate::route::{href, Page};
use crate::ui::{components::focus::focus_heading, ctx};

#[component]
pub fn NotFound() -> impl IntoView {
    let ctx = ctx();
    focus_heading();
    view! {
        <section class="page not-found">
            <h1 id="page-heading" tabindex="-1">{ctx.t(Key::NotFoundTitle)}</h1>
            <p>{ctx.t(Key::NotFoundBody)}</p>
            <a class="button primary" href=move || href(ctx.lang(), Page::Home)>{ctx.t(Key::Home)}</a>
        </section>
    }
}
