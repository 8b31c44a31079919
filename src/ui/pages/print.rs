//! An assignment for paper: a worksheet (questions and room to answer, no
//! answers), from the student's link or the teacher's, or the answer key
//! with explanations, from the teacher's own route (`#/{lang}/key/{code}`)
//! only. The print stylesheet drops everything but the sheet.

use leptos::either::Either;
use leptos::prelude::*;

use crate::browser::share::print as print_page;
use crate::content::{Bilingual, Question, Task};
use crate::i18n::{fill, Key, Lang};
use crate::quiz::shuffle::{letter, Arrangement};
use crate::route::{href, Page, Print};
use crate::share::Assignment;
use crate::ui::components::assignment::{due_line, title};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::rich::Rich;
use crate::ui::ctx;

/// The teacher's answer key: its own route, linked from the teacher's pages.
pub fn answer_key(code: String) -> AnyView {
    match Assignment::open(&code, ctx().book()) {
        Err(error) => view! { <crate::ui::components::assignment::Broken error/> }.into_any(),
        Ok((a, list)) => view! { <PrintView a list code key=true/> }.into_any(),
    }
}

/// The worksheet (`key` false: no answers, and no link to them) or the answer key.
#[component]
pub fn PrintView(a: Assignment, list: Vec<&'static Question>, code: String, key: bool) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    let sheet_link = href(lang, Page::Assignment { code: code.clone(), question: None, print: Some(Print::Sheet) });
    let key_link = key.then(|| href(lang, Page::AnswerKey { code: code.clone() }));
    let sheet = !key;
    view! {
        <section class="page print-view" class:answer-key=!sheet>
            <nav class="print-tools" aria-label=Key::Print.get(lang)>
                <a href=sheet_link aria-current=sheet.then_some("page")>{Key::Worksheet.get(lang)}</a>
                {key_link.map(|h| view! { <a href=h aria-current="page">{Key::Solutions.get(lang)}</a> })}
                <button type="button" class="button primary" on:click=move |_| print_page()>{Key::Print.get(lang)}</button>
            </nav>
            <p class="eyebrow">{(if sheet { Key::AssignmentLabel } else { Key::Solutions }).get(lang)}</p>
            {key.then(|| view! { <p class="help teacher-only">{Key::TeacherOnly.get(lang)}" · "{Key::NotHidden.get(lang)}</p> })}
            <h1 id="page-heading" tabindex="-1">{title(&a)}</h1>
            {due_line(&a)}
            {sheet.then(|| view! { <p class="name-line">{Key::NameLine.get(lang)}<span class="blank-line"></span></p> })}
            <ol class="print-questions">
                {list.iter().map(|q| print_question(q, sheet, lang)).collect_view()}
            </ol>
            {(!sheet).then(|| discussion_guide(&list, lang))}
        </section>
    }
}

/// For the teacher: the discussion prompts of the chapters the assignment
/// draws on, each with the points a good answer makes and a short rubric.
fn discussion_guide(list: &[&'static Question], lang: Lang) -> impl IntoView {
    let ctx = ctx();
    let chapters = ctx.book().chapters.iter().filter(|c| c.quiz.questions.iter().any(|q| list.iter().any(|x| x.id == q.id)));
    view! {
        <section class="discussion-guide" aria-labelledby="discussion-guide-heading">
            <h2 id="discussion-guide-heading">{Key::DiscussionGuide.get(lang)}</h2>
            {chapters.map(|c| view! {
                <h3>{c.title.get(lang).to_string()}</h3>
                <ol class="discussion-prompts">
                    {c.discussion.iter().map(|d| view! {
                        <li>
                            <p><Rich text=d.get(lang)/></p>
                            <p class="tag">{Key::ExpectedPoints.get(lang)}</p>
                            <ul>{d.points.iter().map(|p| view! { <li><Rich text=p.get(lang)/></li> }).collect_view()}</ul>
                            <p><strong>{fill("{}: ", Key::Rubric.get(lang))}</strong><Rich text=d.rubric.get(lang)/></p>
                        </li>
                    }).collect_view()}
                </ol>
            }).collect_view()}
        </section>
    }
}

fn print_question(q: &'static Question, sheet: bool, lang: Lang) -> impl IntoView {
    view! {
        <li class="print-question">
            <p class="prompt"><Rich text=q.prompt.get(lang)/></p>
            {if sheet { Either::Left(room_to_answer(q, lang)) } else { Either::Right(answer(q, lang)) }}
        </li>
    }
}

/// How a printed list is marked: boxes to tick, or numbers or letters to
/// write beside its items (the list's class in the print style sheet).
#[derive(Clone, Copy)]
enum Marks {
    Boxes,
    Numbered,
    Lettered,
}

impl Marks {
    fn class(self) -> &'static str {
        match self {
            Marks::Boxes => "boxes",
            Marks::Numbered => "numbered",
            Marks::Lettered => "lettered",
        }
    }
}

/// Lists to tick or number, or a line to write on. Items and matches are
/// never in the answer's order.
fn room_to_answer(q: &'static Question, lang: Lang) -> impl IntoView {
    let shown = Arrangement::printed(q);
    let texts = |it: &mut dyn Iterator<Item = &str>| it.map(str::to_string).collect::<Vec<_>>();
    let lists: Vec<(Marks, Vec<String>)> = match &q.task {
        Task::Single(c) | Task::Multi(c) => {
            let lettered: Vec<String> = shown.choices.iter().enumerate().map(|(at, &i)| format!("{}. {}", letter(at), c.choices[i].get(lang))).collect();
            vec![(Marks::Boxes, lettered)]
        }
        Task::TrueFalse(_) => vec![(Marks::Boxes, texts(&mut [Key::True, Key::False].iter().map(|k| k.get(lang))))],
        Task::Order(o) => vec![(Marks::Numbered, texts(&mut shown.items.iter().map(|&i| o.items[i].get(lang))))],
        Task::Match(m) => vec![
            (Marks::Numbered, texts(&mut m.pairs.iter().map(|p| p.left.get(lang)))),
            (Marks::Lettered, texts(&mut shown.rights.iter().map(|&i| m.pairs[i].right.get(lang)))),
        ],
        Task::Numeric(_) | Task::Short(_) => Vec::new(),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => Vec::new(),
    };
    let unit = match &q.task {
        Task::Numeric(n) => n.unit.get(lang).to_string(),
        _ => String::new(),
    };
    let line = lists.is_empty().then(|| {
        view! {
            <p class="answer-line">{Key::AnswerLine.get(lang)}<span class="blank-line"></span>{unit}</p>
        }
    });
    view! {
        <div class="room">
            {lists.into_iter().map(|(marks, items)| view! {
                <ul class=marks.class()>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            }).collect_view()}
            {line}
        </div>
    }
}

/// The correct answer, named as the worksheet prints it, and the explanation.
fn answer(q: &'static Question, lang: Lang) -> impl IntoView {
    let key = Arrangement::printed(q).key(q).map(|k| format!("{k} — "));
    view! {
        <p class="correct-answer"><span class="tag">{Key::CorrectAnswer.get(lang)}</span>" "{key}{q.task.answer_text(lang)}</p>
        <p class="explanation"><strong>{fill("{}: ", Key::Explanation.get(lang))}</strong><Rich text=q.explanation.get(lang)/></p>
    }
}
