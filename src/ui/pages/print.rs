//! An assignment for paper: a worksheet (questions and room to answer, no
//! answers) or an answer key with explanations. The print stylesheet drops
//! everything but the sheet.

use leptos::prelude::*;

use crate::browser::share::print as print_page;
use crate::content::{fnv1a, Bilingual, Kind, Question};
use crate::i18n::{fill, Key};
use crate::quiz::shuffle::{permutation, scramble};
use crate::route::{href, Page, Print};
use crate::share::Assignment;
use crate::ui::components::focus::focus_heading;
use crate::ui::components::question::correct_text;
use crate::ui::components::rich::Rich;
use crate::ui::ctx;
use crate::ui::pages::assignment::{due_line, title};

#[component]
pub fn PrintView(a: Assignment, list: Vec<&'static Question>, code: String, print: Print) -> impl IntoView {
    let ctx = ctx();
    focus_heading();
    let link = move |p: Print| {
        let page = Page::Assignment { code: code.clone(), question: None, print: Some(p) };
        move || href(ctx.lang(), page.clone())
    };
    let sheet = print == Print::Sheet;
    view! {
        <section class="page print-view" class:answer-key=!sheet>
            <nav class="print-tools" aria-label=ctx.t(Key::Print)>
                <a href=link(Print::Sheet) aria-current=sheet.then_some("page")>{ctx.t(Key::Worksheet)}</a>
                <a href=link(Print::Key) aria-current=(!sheet).then_some("page")>{ctx.t(Key::Solutions)}</a>
                <button type="button" class="button primary" on:click=move |_| print_page()>{ctx.t(Key::Print)}</button>
            </nav>
            <p class="eyebrow">{ctx.t(if sheet { Key::AssignmentLabel } else { Key::Solutions })}</p>
            <h1 id="page-heading" tabindex="-1">{title(&a)}</h1>
            {due_line(&a)}
            {sheet.then(|| view! { <p class="name-line">{ctx.t(Key::NameLine)}<span class="blank-line"></span></p> })}
            <ol class="print-questions">
                {list.into_iter().map(|q| view! { <PrintQuestion q sheet/> }).collect_view()}
            </ol>
        </section>
    }
}

#[component]
fn PrintQuestion(q: &'static Question, sheet: bool) -> impl IntoView {
    let ctx = ctx();
    view! {
        <li class="print-question">
            <p class="prompt"><Rich text=q.prompt.get(ctx.lang())/></p>
            {if sheet { room_to_answer(q) } else { answer(q) }}
        </li>
    }
}

/// Boxes to tick, items to number, or a line to write on. Items and matches
/// are never in the answer's order.
fn room_to_answer(q: &'static Question) -> AnyView {
    let ctx = ctx();
    let lang = ctx.lang();
    let seed = fnv1a(q.id.as_bytes());
    let boxes = |labels: Vec<String>| {
        view! { <ul class="boxes">{labels.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul> }.into_any()
    };
    match q.kind {
        Kind::Single | Kind::Multi => boxes(q.choices.iter().map(|c| c.get(lang).to_string()).collect()),
        Kind::TrueFalse => boxes(vec![Key::True.get(lang).into(), Key::False.get(lang).into()]),
        Kind::Order => view! {
            <ul class="numbered">{scramble(q.items.len(), seed).into_iter().map(|i| view! { <li>{q.items[i].get(lang).to_string()}</li> }).collect_view()}</ul>
        }
        .into_any(),
        Kind::Match => view! {
            <div class="match-print">
                <ul class="numbered">{q.pairs.iter().map(|p| view! { <li>{p.left.get(lang).to_string()}</li> }).collect_view()}</ul>
                <ol class="lettered">{permutation(q.pairs.len(), seed).into_iter().map(|i| view! { <li>{q.pairs[i].right.get(lang).to_string()}</li> }).collect_view()}</ol>
            </div>
        }
        .into_any(),
        Kind::Numeric | Kind::Short => view! {
            <p class="answer-line">{Key::AnswerLine.get(lang)}<span class="blank-line"></span>{q.unit.get(lang).to_string()}</p>
        }
        .into_any(),
    }
}

/// The correct answer and the explanation.
fn answer(q: &'static Question) -> AnyView {
    let ctx = ctx();
    let lang = ctx.lang();
    view! {
        <p class="correct-answer"><span class="tag">{Key::CorrectAnswer.get(lang)}</span>" "{correct_text(q, lang)}</p>
        <p class="explanation"><strong>{fill("{}: ", Key::Explanation.get(lang))}</strong><Rich text=q.explanation.get(lang)/></p>
    }
    .into_any()
}
