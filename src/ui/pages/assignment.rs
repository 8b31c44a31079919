//! An assignment link, as a student sees it: a banner, only the teacher's
//! questions with the teacher's feedback mode and shuffle, progress kept
//! apart from free practice, and after submitting a result code to send
//! back. A damaged link says what is wrong and offers the rest of the app.

use leptos::prelude::*;

use crate::browser;
use crate::content::Question;
use crate::i18n::{fill, Key};
use crate::progress::Mode;
use crate::route::{Page, Print};
use crate::share::result::NAME_MAX;
use crate::share::Assignment;
use crate::ui::components::assignment::{due_line, title, Broken};
use crate::ui::components::share::CopyBox;
use crate::ui::ctx;
use crate::ui::pages::print::PrintView;
use crate::ui::pages::quiz::{open_quiz, QuizBody, QuizSetup};

pub fn assignment(code: String, question: Option<String>, print: Option<Print>) -> AnyView {
    let ctx = ctx();
    match Assignment::open(&code, ctx.book) {
        Err(error) => view! { <Broken error/> }.into_any(),
        Ok((a, list)) => match print {
            Some(print) => view! { <PrintView a list code print/> }.into_any(),
            None => {
                let question = question.filter(|q| list.iter().any(|x| x.id == q.as_str()));
                view! { <StudentView a list code question/> }.into_any()
            }
        },
    }
}

#[component]
fn StudentView(a: Assignment, list: Vec<&'static Question>, code: String, question: Option<String>) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let key = a.quiz_key();
    let seed = open_quiz(ctx, key);
    ctx.progress.update(|p| p.quiz_mut(key, seed, browser::time()).set_mode(a.mode, browser::time()));
    let page = Page::Assignment { code, question: None, print: None };
    let setup = QuizSetup { key, page, list: a.shown(&list, seed), shuffle: a.shuffle, assignment: true };
    let mode = if a.mode == Mode::Submit { Key::ModeSubmit } else { Key::ModeInstant };
    let count = list.len();
    view! {
        <section class="page quiz assignment">
            <div class="assignment-banner">
                <p class="eyebrow">{Key::AssignmentLabel.get(lang)}</p>
                <h1 id="page-heading" tabindex="-1">{title(&a)}</h1>
                {due_line(&a)}
                <p class="assignment-meta">
                    {fill(Key::QuestionCount.get(lang), count)}" · "{mode.get(lang)}
                </p>
            </div>
            <QuizBody setup question/>
            {result_panel(a, list)}
        </section>
    }
}

/// After submitting: the student's name and their result code to send back.
fn result_panel(a: Assignment, list: Vec<&'static Question>) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let key = a.quiz_key();
    let submitted = move || ctx.progress.with(|p| p.quiz(key).is_some_and(|q| q.submitted));
    let code = Signal::derive(move || ctx.progress.with(|p| a.result(p, &list).map(|r| r.encode()).unwrap_or_default()));
    view! {
        <Show when=submitted>
            <section class="result-panel" aria-labelledby="result-heading">
                <h2 id="result-heading">{Key::YourCode.get(lang)}</h2>
                <label for="student-name">{Key::YourName.get(lang)}</label>
                <input id="student-name" type="text" autocomplete="name" maxlength=NAME_MAX
                    prop:value=move || ctx.progress.with(|p| p.name.clone())
                    on:input:target=move |ev| ctx.progress.update(|p| p.set_name(&ev.target().value(), browser::time()))/>
                <Show when=move || !code.get().is_empty() fallback=move || view! { <p class="hint">{Key::NameFirst.get(lang)}</p> }>
                    <CopyBox id="result-code" label=Key::YourCode text=code/>
                </Show>
                <p class="help">{Key::CodeHelp.get(lang)}</p>
            </section>
        </Show>
    }
}
