//! The frame every visual shares: a figure with its caption, the drawing as
//! an image with a title and a description, the controls the chart offers
//! (alternative views, flow steps), a note, and a "show as table" button
//! revealing the same data as an HTML table.

use leptos::prelude::*;

use super::draw;
use crate::i18n::{Key, Lang};
use crate::route::{href, Page};
use crate::ui::ctx;
use crate::visual::{Chart, Step, Table};

#[component]
pub fn Frame(chart: Chart) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let Chart { visual, title, desc, scenes, views, steps, note, table, .. } = chart;
    let id = move |part: &str| format!("v-{}-{part}", visual.slug());
    let shown = RwSignal::new(0usize);
    let chosen = RwSignal::new(None::<usize>);
    let link = move |para: &str| {
        let chapter = ctx.book.chapter_of_para(para).map(|c| c.id.to_string()).unwrap_or_default();
        href(lang, Page::Read { chapter, para: Some(para.to_string()), back: None })
    };
    let view_box = format!("0 0 {} {}", scenes.first().map_or(0, |s| s.width), scenes.iter().map(|s| s.height).max().unwrap_or(0));
    let (mut pictures, mut links) = (Vec::new(), Vec::new());
    for (i, scene) in scenes.into_iter().enumerate() {
        let display = move || if shown.get() == i { "inline" } else { "none" };
        pictures.push(view! { <g display=display>{draw::shapes(scene.shapes, chosen)}</g> });
        links.push(view! { <g display=display>{draw::links(scene.links, link, chosen)}</g> });
    }
    view! {
        <figure class="visual" id=id("figure") aria-labelledby=id("caption")>
            <figcaption class="visual-title" id=id("caption")>{title.clone()}</figcaption>
            <svg class="chart" viewBox=view_box preserveAspectRatio="xMidYMin meet">
                <g role="img" aria-labelledby=id("title") aria-describedby=id("desc")>
                    <title id=id("title")>{title.clone()}</title>
                    <desc id=id("desc")>{desc}</desc>
                    {pictures}
                </g>
                {links}
            </svg>
            {views_picker(views, shown, lang)}
            {steps_picker(steps, chosen, lang)}
            {note.map(|n| view! { <p class="visual-note">{n}</p> })}
            <TableToggle table title id=id("table")/>
        </figure>
    }
}

/// Buttons choosing one of several drawings of the same data.
fn views_picker(views: Vec<String>, shown: RwSignal<usize>, lang: Lang) -> Option<impl IntoView> {
    (!views.is_empty()).then(|| {
        let buttons = views.into_iter().enumerate().map(|(i, name)| {
            view! {
                <button type="button" class="chip" aria-pressed=move || (shown.get() == i).to_string() on:click=move |_| shown.set(i)>
                    {name}
                </button>
            }
        });
        view! { <div class="visual-controls" role="group" aria-label=Key::ChooseView.get(lang)>{buttons.collect_view()}</div> }
    })
}

/// Buttons for the steps of a flow, and what the chosen one means.
fn steps_picker(steps: Vec<Step>, chosen: RwSignal<Option<usize>>, lang: Lang) -> Option<impl IntoView> {
    (!steps.is_empty()).then(|| {
        let buttons = steps.iter().enumerate().map(|(i, s)| {
            view! {
                <button type="button" class="chip" aria-pressed=move || (chosen.get() == Some(i)).to_string() on:click=move |_| chosen.set(Some(i))>
                    {s.name.clone()}
                </button>
            }
        });
        let buttons = buttons.collect_view();
        let detail = move || match chosen.get().and_then(|i| steps.get(i)) {
            Some(s) => view! {
                <p class="step-name">{s.name.clone()}</p>
                <p><span class="step-label">{Key::StepWho.get(lang)}": "</span>{s.who.clone()}</p>
                {(!s.when.is_empty()).then(|| view! { <p><span class="step-label">{Key::StepWhen.get(lang)}": "</span>{s.when.clone()}</p> })}
            }
            .into_any(),
            None => view! { <p class="visual-note">{Key::StepHint.get(lang)}</p> }.into_any(),
        };
        view! {
            <div class="visual-controls" role="group" aria-label=Key::ChooseStep.get(lang)>{buttons}</div>
            <div class="step-detail" role="status" aria-live="polite">{detail}</div>
        }
    })
}

/// The data as a table, behind a button that shows and hides it.
#[component]
fn TableToggle(table: Table, title: String, id: String) -> impl IntoView {
    let lang = ctx().lang();
    let open = RwSignal::new(false);
    let Table { head, rows } = table;
    let rows = rows.into_iter().map(|row| {
        let mut cells = row.into_iter();
        let first = cells.next().map(|c| view! { <th scope="row">{c}</th> });
        view! { <tr>{first}{cells.map(|c| view! { <td>{c}</td> }).collect_view()}</tr> }
    });
    view! {
        <button type="button" class="table-toggle" aria-expanded=move || open.get().to_string() aria-controls=id.clone()
            on:click=move |_| open.update(|o| *o = !*o)>
            {move || if open.get() { Key::HideTable.get(lang) } else { Key::ShowTable.get(lang) }}
        </button>
        <div class="table-wrap" id=id hidden=move || !open.get()>
            <table>
                <caption class="sr-only">{title}</caption>
                <thead><tr>{head.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr></thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
    }
}
