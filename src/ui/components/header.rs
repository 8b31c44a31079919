use leptos::prelude::*;

use crate::content::Bilingual;
use crate::i18n::Key;
use crate::route::{href, Page};
use crate::ui::ctx;

/// The bar on every page: the story's title (its first word on a phone),
/// home and the language switch.
#[component]
pub fn Header() -> impl IntoView {
    let ctx = ctx();
    let title = move || ctx.book().meta.title.get(ctx.lang());
    let other = move || ctx.lang().other();
    view! {
        <header class="site-header">
            <nav aria-label=ctx.t(Key::Home)>
                <a class="brand" href=move || href(ctx.lang(), Page::Home)>
                    <span class="brand-full">{title}</span>
                    <span class="brand-short">{ctx.t(Key::BrandShort)}</span>
                </a>
                <a class="nav-link" href=move || href(ctx.lang(), Page::Summary)>{ctx.t(Key::MyProgress)}</a>
                <super::display::DisplayControls/>
                <a
                    class="lang-switch"
                    href=move || ctx.route.with(|r| r.in_lang(other()).href())
                    hreflang=move || other().tag()
                    lang=move || other().tag()
                    aria-label=ctx.t(Key::SwitchLanguageLabel)
                >
                    {ctx.t(Key::SwitchLanguage)}
                </a>
                <a class="teacher-link" href=move || href(ctx.lang(), Page::Teacher)>{ctx.t(Key::ForTeachers)}</a>
            </nav>
        </header>
    }
}
