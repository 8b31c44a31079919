//! The frame every visual shares: a figure with its caption, the drawing as
//! an image with a title and a description, the controls the visual offers
//! (alternative views, flow steps), a note, and a "show as table" button
//! revealing the same data as an HTML table. The drawing is static markup;
//! only which view shows, which step is chosen and whether the table is open
//! are reactive.

use leptos::prelude::*;

use crate::i18n::{Key, Lang};
use crate::ui::ctx;
use crate::visual::drawn::{Drawn, Said};

#[component]
pub fn Frame(drawn: &'static Drawn) -> impl IntoView {
    let lang = ctx().lang();
    let id = move |part: &str| format!("v-{}-{part}", drawn.slug);
    let shown = RwSignal::new(0usize);
    let chosen = RwSignal::new(None::<usize>);
    let layer = move |i: usize, markup: &'static str| {
        view! { <g display=move || if shown.get() == i { "inline" } else { "none" } inner_html=markup></g> }
    };
    let pictures = drawn.scenes.iter().enumerate().map(|(i, m)| layer(i, m)).collect_view();
    let links = drawn.links.iter().enumerate().map(|(i, m)| layer(i, m)).collect_view();
    view! {
        <figure class="visual" id=id("figure") aria-labelledby=id("caption")>
            <figcaption class="visual-title" id=id("caption")>{drawn.title.as_str()}</figcaption>
            <svg class="chart" viewBox=drawn.view_box.as_str() preserveAspectRatio="xMidYMin meet"
                data-chosen=move || chosen.get().map(|i| i.to_string())>
                <g role="img" aria-labelledby=id("title") aria-describedby=id("desc")>
                    // Built by hand: the view macro makes a <title> among siblings an HTML one.
                    {leptos::svg::title().attr("id", id("title")).child(drawn.title.as_str())}
                    <desc id=id("desc")>{drawn.desc.as_str()}</desc>
                    {pictures}
                </g>
                {links}
            </svg>
            {views_picker(&drawn.views, shown, lang)}
            {steps_picker(&drawn.steps, chosen, lang)}
            {(!drawn.note.is_empty()).then(|| view! { <p class="visual-note">{drawn.note.as_str()}</p> })}
            <TableToggle drawn id=id("table")/>
        </figure>
    }
}

/// Buttons that press one of a row of choices.
fn chips(
    names: impl Iterator<Item = &'static str>,
    pressed: impl Fn(usize) -> bool + Copy + Send + 'static,
    press: impl Fn(usize) + Copy + Send + 'static,
) -> impl IntoView {
    names
        .enumerate()
        .map(|(i, name)| {
            view! { <button type="button" class="chip" aria-pressed=move || pressed(i).to_string() on:click=move |_| press(i)>{name}</button> }
        })
        .collect_view()
}

/// Buttons choosing one of several drawings of the same data.
fn views_picker(views: &'static [String], shown: RwSignal<usize>, lang: Lang) -> Option<impl IntoView> {
    (!views.is_empty()).then(|| {
        let buttons = chips(views.iter().map(|v| v.as_str()), move |i| shown.get() == i, move |i| shown.set(i));
        view! { <div class="visual-controls" role="group" aria-label=Key::ChooseView.get(lang)>{buttons}</div> }
    })
}

/// Buttons for the steps of a flow, and what the chosen one means.
fn steps_picker(steps: &'static [Said], chosen: RwSignal<Option<usize>>, lang: Lang) -> Option<impl IntoView> {
    (!steps.is_empty()).then(|| {
        let buttons = chips(steps.iter().map(|s| s.name.as_str()), move |i| chosen.get() == Some(i), move |i| chosen.set(Some(i)));
        let detail = move || chosen.get().and_then(|i| steps.get(i)).map(|s| s.detail.as_str());
        view! {
            <div class="visual-controls" role="group" aria-label=Key::ChooseStep.get(lang)>{buttons}</div>
            <div class="step-detail" role="status" aria-live="polite" inner_html=move || detail().unwrap_or_default()></div>
            <p class="visual-note step-hint" hidden=move || chosen.get().is_some()>{Key::StepHint.get(lang)}</p>
        }
    })
}

/// The data as a table, behind a button that shows and hides it.
#[component]
fn TableToggle(drawn: &'static Drawn, id: String) -> impl IntoView {
    let lang = ctx().lang();
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="table-toggle" aria-expanded=move || open.get().to_string() aria-controls=id.clone()
            on:click=move |_| open.update(|o| *o = !*o)>
            {move || if open.get() { Key::HideTable.get(lang) } else { Key::ShowTable.get(lang) }}
        </button>
        <div class="table-wrap" id=id hidden=move || !open.get() inner_html=drawn.table.as_str()></div>
    }
}
