//! A quiz page: the chapter's questions (or the mechanism challenge), the
//! feedback mode, and the score with "retry only what I got wrong".
//! [`QuizBody`] is shared with assignments (`pages/assignment.rs`).

use leptos::prelude::*;

use crate::browser;
use crate::content::{Bilingual, Question};
use crate::i18n::{fill, percent, points, Key};
use crate::progress::{Mode, Standing};
use crate::quiz::questions;
use crate::route::{href, Page, CHALLENGE};
use crate::ui::components::focus::{focus_heading, focus_later};
use crate::ui::components::question::{CardState, QuestionCard, Slot};
use crate::ui::components::share::Share;
use crate::ui::{ctx, pages::not_found::NotFound, Ctx};

pub fn quiz(quiz: &str, question: Option<String>) -> AnyView {
    let ctx = ctx();
    let Some(list) = questions(ctx.book, quiz) else { return view! { <NotFound/> }.into_any() };
    if question.as_ref().is_some_and(|q| !list.iter().any(|x| &x.id == q)) {
        return view! { <NotFound/> }.into_any();
    }
    let id: &'static str = if quiz == CHALLENGE { CHALLENGE } else { ctx.book.chapter(quiz).map(|c| c.id.as_str()).unwrap_or(CHALLENGE) };
    view! { <ChapterQuiz id list question/> }.into_any()
}

/// A chapter's quiz or the challenge: free practice, the student picks the mode.
#[component]
fn ChapterQuiz(id: &'static str, list: Vec<&'static Question>, question: Option<String>) -> impl IntoView {
    let ctx = ctx();
    let title = move || {
        let lang = ctx.lang();
        match ctx.book.chapter(id) {
            Some(c) => fill(Key::QuizFor.get(lang), c.title.get(lang)),
            None => Key::Challenge.get(lang).to_string(),
        }
    };
    let page = Page::Quiz { quiz: id.into(), question: None };
    let setup = QuizSetup { key: id, page: page.clone(), list, shuffle: true, assignment: false };
    view! {
        <section class="page quiz">
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <Share page/>
            <ModePicker id/>
            <QuizBody setup question/>
        </section>
    }
}

/// What a quiz shows and allows: a chapter's quiz, the challenge, or an assignment.
#[derive(Clone)]
pub struct QuizSetup {
    /// Where its progress is kept in `progress.quizzes`.
    pub key: &'static str,
    /// The page it is on; its question dots link into it.
    pub page: Page,
    /// The questions, in the order shown.
    pub list: Vec<&'static Question>,
    /// Choices in a seeded order where a question allows it.
    pub shuffle: bool,
    /// An assignment: submitted in either feedback mode, for a result code.
    pub assignment: bool,
}

/// The quiz's seed, creating its progress on first use.
pub fn open_quiz(ctx: Ctx, key: &str) -> u64 {
    if let Some(seed) = ctx.progress.with_untracked(|p| p.quizzes.get(key).map(|q| q.seed)) {
        return seed;
    }
    let seed = browser::random_seed();
    ctx.progress.update(|p| p.start_quiz(key, seed, browser::time()));
    seed
}

/// The questions with their dots, and the score with submit and retry.
#[component]
pub fn QuizBody(setup: QuizSetup, question: Option<String>) -> impl IntoView {
    let ctx = ctx();
    let QuizSetup { key: id, page, list, shuffle, assignment } = setup;
    let seed = open_quiz(ctx, id);
    match question {
        Some(q) => focus_later(q),
        None => focus_heading(),
    }
    let reveal = RwSignal::new(false);
    let cards = list
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let state = CardState::memo(ctx, id, q);
            let slot = Slot { quiz: id, question: q, number: i + 1, seed, shuffle, reveal: reveal.into(), state };
            view! { <QuestionCard at=slot/> }
        })
        .collect_view();
    let list = StoredValue::new(list);
    view! {
        <Dots id page list=list.get_value()/>
        {cards}
        <Results id list reveal assignment/>
    }
}

fn mode_of(ctx: Ctx, id: &str) -> (Mode, bool) {
    ctx.progress.with(|p| p.quizzes.get(id).map(|q| (q.mode, q.submitted)).unwrap_or_default())
}

#[component]
fn ModePicker(id: &'static str) -> impl IntoView {
    let ctx = ctx();
    let option = move |mode: Mode, key: Key| {
        view! {
            <label class="mode-option">
                <input type="radio" name="feedback-mode" prop:checked=move || mode_of(ctx, id).0 == mode
                    on:change=move |_| ctx.progress.update(|p| p.quiz_mut(id, 0, browser::time()).set_mode(mode, browser::time()))/>
                <span>{key.get(ctx.lang())}</span>
            </label>
        }
    };
    view! {
        <fieldset class="mode-picker">
            <legend>{Key::Mode.get(ctx.lang())}</legend>
            {option(Mode::Instant, Key::ModeInstant)}
            {option(Mode::Submit, Key::ModeSubmit)}
        </fieldset>
    }
}

/// One dot per question: answered, right or wrong, and a link to it.
#[component]
fn Dots(id: &'static str, page: Page, list: Vec<&'static Question>) -> impl IntoView {
    let ctx = ctx();
    let dots = list.into_iter().enumerate().map(|(i, q)| {
        let link = page.at_question(Some(q.id.to_string()));
        let state = move || {
            ctx.progress.with(|p| match Standing::of(p.answer(id, q), q) {
                Standing::Right => "dot right",
                Standing::Wrong => "dot wrong",
                Standing::Answered => "dot answered",
                Standing::Open => "dot",
            })
        };
        view! {
            <li><a class=state href=href(ctx.lang(), link)
                aria-label=fill(Key::QuestionN.get(ctx.lang()), i + 1)>{i + 1}</a></li>
        }
    });
    view! { <ol class="dots">{dots.collect_view()}</ol> }
}

#[component]
fn Results(id: &'static str, list: StoredValue<Vec<&'static Question>>, reveal: RwSignal<bool>, assignment: bool) -> impl IntoView {
    let ctx = ctx();
    let score = move || ctx.progress.with(|p| p.quizzes.get(id).map(|q| list.with_value(|l| q.score(l))));
    let any_checked = move || ctx.progress.with(|p| p.quizzes.get(id).is_some_and(|q| q.answers.values().any(|a| a.checked)));
    let unanswered = move || {
        ctx.progress.with(|p| {
            list.with_value(|l| l.iter().filter(|q| p.quizzes.get(id).and_then(|qp| qp.answer(q)).and_then(|a| a.response.as_ref()).is_none()).count())
        })
    };
    let submit = move |_| {
        ctx.progress.update(|p| list.with_value(|l| p.quiz_mut(id, 0, browser::time()).submit(l, browser::time())));
        focus_later("quiz-results".into());
    };
    let retry = move |_| {
        reveal.set(false);
        ctx.progress.update(|p| list.with_value(|l| p.quiz_mut(id, 0, browser::time()).retry_wrong(l, browser::time())));
        let first_open = ctx.progress.with_untracked(|p| {
            list.with_value(|l| l.iter().find(|q| !p.quizzes.get(id).and_then(|qp| qp.answer(q)).is_some_and(|a| a.is_correct(q))).map(|q| q.id.to_string()))
        });
        if let Some(q) = first_open {
            focus_later(q);
        }
    };
    view! {
        <Show when=move || { let (mode, done) = mode_of(ctx, id); !done && (assignment || mode == Mode::Submit) }>
            <div class="submit-bar">
                <Show when=move || { unanswered() > 0 }>
                    <p>{move || fill(Key::Unanswered.get(ctx.lang()), unanswered())}</p>
                </Show>
                <button type="button" class="button primary big" on:click=submit>
                    {(if assignment { Key::SubmitAssignment } else { Key::Submit }).get(ctx.lang())}
                </button>
            </div>
        </Show>
        <Show when=move || mode_of(ctx, id).1 || any_checked()>
            <section class="quiz-results" id="quiz-results" tabindex="-1" aria-live="polite">
                <p class="score-line">{move || score().map(|(e, t)| fill(Key::Score.get(ctx.lang()), format!("{} ({})", points(e, t), percent(e / t.max(1) as f64))))}</p>
                <button type="button" class="button" on:click=retry>{Key::RetryWrong.get(ctx.lang())}</button>
                <label class="reveal">
                    <input type="checkbox" prop:checked=move || reveal.get() on:change=move |_| reveal.update(|r| *r = !*r)/>
                    <span>{Key::ShowCorrect.get(ctx.lang())}</span>
                </label>
            </section>
        </Show>
    }
}
