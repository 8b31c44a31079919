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
            <h1 id="page-heading" tabindex="-1">{Key::NotFoundTitle.get(ctx.lang())}</h1>
            <p>{Key::NotFoundBody.get(ctx.lang())}</p>
            <a class="button primary" href=href(ctx.lang(), Page::Home)>{Key::Home.get(ctx.lang())}</a>
        </section>
    }
}
