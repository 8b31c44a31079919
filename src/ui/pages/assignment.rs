//! An assignment link, as a student sees it: a banner, their name and
//! student number before the first question, only the teacher's questions
//! with the teacher's feedback mode and shuffle, progress kept apart from
//! free practice, and after submitting a frozen attempt with its result code
//! to send back; answers and another attempt only as the teacher allowed.
//! A damaged link says what is wrong and offers the rest of the app.

use leptos::prelude::*;

use crate::browser;
use crate::content::{Question, QuestionId};
use crate::i18n::{fill, Key};
use crate::progress::Mode;
use crate::route::{Page, Print};
use crate::share::assignment::Reveal;
use crate::share::result::{NAME_MAX, NUMBER_MAX};
use crate::share::time::days;
use crate::share::Assignment;
use crate::ui::components::assignment::{due_line, title, Broken};
use crate::ui::components::share::CopyBox;
use crate::ui::ctx;
use crate::ui::pages::print::PrintView;
use crate::ui::pages::quiz::{open_quiz, QuizBody, QuizSetup};

pub fn assignment(code: String, question: Option<QuestionId>, print: Option<Print>) -> AnyView {
    let ctx = ctx();
    match Assignment::open(&code, ctx.book()) {
        Err(error) => view! { <Broken error/> }.into_any(),
        Ok((a, list)) => match print {
            // A student's link prints the worksheet only: the answer key is the teacher's route.
            Some(Print::Sheet) => view! { <PrintView a list code key=false/> }.into_any(),
            None => {
                let question = question.filter(|q| list.iter().any(|x| &x.id == q));
                view! { <StudentView a list code question/> }.into_any()
            }
        },
    }
}

#[component]
fn StudentView(a: Assignment, list: Vec<&'static Question>, code: String, question: Option<QuestionId>) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let key = a.quiz_key();
    let seed = open_quiz(ctx, key);
    ctx.progress.update(|p| p.quiz_mut(key, seed, browser::time()).set_mode(a.mode, browser::time()));
    let page = Page::Assignment { code, question: None, print: None };
    let setup = QuizSetup { key, page, list: a.shown(&list, seed), shuffle: a.shuffle, assignment: Some(a.clone()) };
    let named = move || ctx.progress.with(|p| !Assignment::needs_identity(p));
    let mode = if a.mode == Mode::Submit { Key::ModeSubmit } else { Key::ModeInstant };
    let count = list.len();
    view! {
        <section class="page quiz assignment">
            <div class="assignment-banner">
                <p class="eyebrow">{Key::AssignmentLabel.get(lang)}</p>
                <h1 id="page-heading" tabindex="-1">{title(&a)}</h1>
                {due_line(&a)}
                <p class="assignment-meta">
                    {Key::QuestionCount.count(count, lang)}" · "{mode.get(lang)}
                </p>
            </div>
            <Show when=named fallback=identity_form>
                <p class="identity">{move || ctx.progress.with(|p| format!("{} · {}", p.name.trim(), p.student_number.trim()))}</p>
                <QuizBody setup=setup.clone() question=question.clone()/>
            </Show>
            {result_panel(a, list)}
        </section>
    }
}

/// Name and student number, asked before the first question and stored
/// (with their time) when the student starts.
fn identity_form() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let (name, number) = ctx.progress.with_untracked(|p| (p.name.clone(), p.student_number.clone()));
    let (name, number) = (RwSignal::new(name), RwSignal::new(number));
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let now = browser::time();
        ctx.progress.update(|p| {
            p.set_name(name.get_untracked().trim(), now);
            p.set_student_number(number.get_untracked().trim(), now);
        });
    };
    view! {
        <form class="identity-form" on:submit=start>
            <p>{Key::WhoFirst.get(lang)}</p>
            <label for="student-name">{Key::YourName.get(lang)}</label>
            <input id="student-name" type="text" autocomplete="name" required maxlength=NAME_MAX
                prop:value=move || name.get() on:input:target=move |ev| name.set(ev.target().value())/>
            <label for="student-number">{Key::StudentNumber.get(lang)}</label>
            <input id="student-number" type="text" autocomplete="off" required maxlength=NUMBER_MAX spellcheck="false"
                prop:value=move || number.get() on:input:target=move |ev| number.set(ev.target().value())/>
            <button type="submit" class="button primary">{Key::StartAssignment.get(lang)}</button>
        </form>
    }
}

/// Once an attempt is submitted: it is frozen, its result code to send
/// back, and when answers will be shown.
fn result_panel(a: Assignment, list: Vec<&'static Question>) -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let key = a.quiz_key();
    let submitted = move || ctx.progress.with(|p| p.quiz(key).is_some_and(|q| q.submitted));
    let policy = match a.reveal {
        Reveal::Never => Some(Key::AnswersNever),
        Reveal::AfterDue if !a.may_reveal(true, days(browser::time())) => Some(Key::AnswersAfterDue),
        _ => None,
    };
    let result = Memo::new(move |_| ctx.progress.with(|p| a.result(p, &list)));
    let code = Signal::derive(move || result.with(|r| r.as_ref().map(|r| r.encode()).unwrap_or_default()));
    let attempt = move || result.with(|r| r.as_ref().map(|r| fill(Key::AttemptN.get(lang), r.attempt)).unwrap_or_default());
    view! {
        <Show when=submitted>
            <section class="result-panel" aria-labelledby="result-heading">
                <h2 id="result-heading">{Key::YourCode.get(lang)}</h2>
                <p class="frozen">{Key::Frozen.get(lang)}" "<span class="attempt">{attempt}</span></p>
                {policy.map(|k| view! { <p class="answers-policy">{k.get(lang)}</p> })}
                <Show when=move || !code.get().is_empty() fallback=move || view! { <p class="hint">{Key::NameFirst.get(lang)}</p> }>
                    <CopyBox id="result-code" label=Key::YourCode text=code/>
                </Show>
                <p class="help">{Key::CodeHelp.get(lang)}</p>
            </section>
        </Show>
    }
}
