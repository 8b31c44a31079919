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

/// A glossary term: a button that opens its definition card (Enter, Space or
/// a tap). One card is open at a time; it closes with Escape, its close
/// button, a tap outside, scrolling, or opening another. The card is placed
/// inside the viewport, whatever the term's place on the line.
#[component]
pub fn Term(shown: &'static str, id: &'static str) -> impl IntoView {
    let ctx = ctx();
    let Some(term) = ctx.book().term(id) else { return shown.into_any() };
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let open = move || ctx.open_term.get() == Some(n);
    let pop = format!("term-{id}-{n}");
    let button = NodeRef::<leptos::html::Button>::new();
    let card = NodeRef::<leptos::html::Span>::new();
    let close = move || {
        ctx.open_term.set(None);
        if let Some(b) = button.get_untracked() {
            let _ = b.focus();
        }
    };
    Effect::new(move |_| {
        if open() {
            if let (Some(b), Some(c)) = (button.get_untracked(), card.get_untracked()) {
                crate::browser::place_card(&b, &c);
            }
        }
    });
    view! {
        <span class="term-wrap">
            <button
                type="button"
                class="term"
                node_ref=button
                aria-expanded=move || open().to_string()
                aria-controls=pop.clone()
                on:click=move |_| ctx.open_term.update(|o| *o = if *o == Some(n) { None } else { Some(n) })
                on:keydown=move |ev| if ev.key() == "Escape" { close() }
            >
                {shown}
            </button>
            <span class="popover" id=pop role="note" hidden=move || !open() node_ref=card
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
