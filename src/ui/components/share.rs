//! Handing a link or a code on: a field with copy and share buttons, the QR
//! code of a link, and the share control on chapters and quizzes.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::share::{can_share, copy, page_url, share, Copied};
use crate::content::Bilingual;
use crate::i18n::{fill, Key};
use crate::route::{href, Page};
use crate::share::qr::qr;
use crate::ui::ctx;

/// A read-only field with a copy button (the Clipboard API, or else the text
/// is selected for the user to copy) and the share sheet where the browser
/// has one. A `link` is shared as a URL, anything else as text.
#[component]
pub fn CopyBox(id: &'static str, label: Key, text: Signal<String>, #[prop(optional)] link: bool) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let status = RwSignal::new(None::<Copied>);
    Effect::new(move |_| {
        text.track();
        status.set(None);
    });
    let on_copy = move |_| copy(&text.get_untracked(), id, move |how| status.set(Some(how)));
    let on_share = move |_| {
        let (title, t) = (ctx.book().meta.title.get(lang), text.get_untracked());
        if link {
            share(title, Some(&t), None)
        } else {
            share(title, None, Some(&t))
        }
    };
    let said = move || {
        status.get().map(|how| match how {
            Copied::Done => Key::Copied.get(lang),
            Copied::Selected => Key::CopyFallback.get(lang),
        })
    };
    view! {
        <div class="copy-box">
            <label for=id>{label.get(lang)}</label>
            <div class="copy-row">
                <input id=id type="text" readonly spellcheck="false" prop:value=move || text.get()/>
                <button type="button" class="button" on:click=on_copy>{Key::Copy.get(lang)}</button>
                {can_share().then(|| view! {
                    <button type="button" class="button" on:click=on_share>{Key::ShareSheet.get(lang)}</button>
                })}
            </div>
            <p class="copy-status" role="status" aria-live="polite">{said}</p>
        </div>
    }
}

/// The QR code of a text as inline SVG: one path of dark modules on white,
/// with a quiet zone, scaled by CSS to be read from a projector.
#[component]
pub fn QrCode(text: Signal<String>) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    move || {
        let t = text.get();
        match qr(&t) {
            Some(q) => Either::Left(view! {
                <svg class="qr" xmlns="http://www.w3.org/2000/svg" viewBox=format!("0 0 {0} {0}", q.size)
                    role="img" aria-label=fill(Key::QrOf.get(lang), &t) data-version=q.version>
                    <rect width=q.size height=q.size fill="#fff"/>
                    <path d=q.path fill="#000" shape-rendering="crispEdges"/>
                </svg>
            }),
            None => Either::Right(view! { <p class="hint">{Key::QrTooLong.get(lang)}</p> }),
        }
    }
}

/// "Share" on a chapter or a quiz: its link to copy or share, and its QR
/// code, drawn the first time the control is opened.
#[component]
pub fn Share(page: Page) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let link = Signal::derive(move || page_url(&href(lang, page.clone())));
    let opened = RwSignal::new(false);
    view! {
        <details class="share">
            <summary on:click=move |_| opened.set(true)>{Key::Share.get(lang)}</summary>
            <CopyBox id="share-link" label=Key::LinkToPage text=link link=true/>
            <Show when=move || opened.get()>
                <QrCode text=link/>
            </Show>
        </details>
    }
}
