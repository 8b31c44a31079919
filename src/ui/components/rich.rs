//! Content text on screen: glossary terms become buttons that open their
//! definition, and quotations become `<q>`.

use std::sync::atomic::{AtomicUsize, Ordering};

use leptos::prelude::*;

use crate::content::markup::{parse, Inline};
use crate::content::Bilingual;
use crate::i18n::{Key, Lang};
use crate::ui::ctx;

/// Renders text with inline markup.
#[component]
pub fn Rich(text: &'static str) -> impl IntoView {
    parse(text).into_iter().map(inline).collect_view()
}

fn inline(piece: Inline<'static>) -> AnyView {
    match piece {
        Inline::Text(text) => text.into_any(),
        Inline::Term { shown, id } => view! { <Term shown id/> }.into_any(),
        Inline::Quote(inner) => view! { <q>{inner.into_iter().map(inline).collect_view()}</q> }.into_any(),
    }
}

static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A glossary term: a button that toggles its definition (Enter, Space or a
/// tap), closed again with Escape or the close button.
#[component]
pub fn Term(shown: &'static str, id: &'static str) -> impl IntoView {
    let ctx = ctx();
    let Some(term) = ctx.book.term(id) else { return shown.into_any() };
    let open = RwSignal::new(false);
    let pop = format!("term-{id}-{}", NEXT.fetch_add(1, Ordering::Relaxed));
    let button = NodeRef::<leptos::html::Button>::new();
    let close = move || {
        open.set(false);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    view! {
        <span class="term-wrap">
            <button
                type="button"
                class="term"
                node_ref=button
                aria-expanded=move || open.get().to_string()
                aria-controls=pop.clone()
                on:click=move |_| open.update(|o| *o = !*o)
                on:keydown=move |ev| if ev.key() == "Escape" { close() }
            >
                {shown}
            </button>
            <span class="popover" id=pop role="note" hidden=move || !open.get()
                on:keydown=move |ev| if ev.key() == "Escape" { close() }>
                <span class="popover-term">
                    <span lang=Lang::Zh.tag()>{term.zh()}</span>
                    " · "
                    <span lang=Lang::En.tag()>{term.en()}</span>
                </span>
                <span class="sr-only">{Key::DefinitionOf.get(ctx.lang())}</span>
                <span class="popover-def">{term.def.get(ctx.lang())}</span>
                <button type="button" class="popover-close" on:click=move |_| close()>
                    {Key::Close.get(ctx.lang())}
                </button>
            </span>
        </span>
    }
    .into_any()
}
