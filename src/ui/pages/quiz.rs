//! A quiz page: the chapter's questions (or the mechanism challenge), the
//! feedback mode, and the score with "retry only what I got wrong".
//! [`QuizBody`] is shared with assignments (`pages/assignment.rs`).

use leptos::prelude::*;

use crate::browser;
use crate::content::{Question, QuestionId};
use crate::i18n::{fill, percent, points, Key};
use crate::progress::{Answer, Gap, Mode, Standing};
use crate::quiz::{in_order, questions, QuizKey};
use crate::route::{href, Page, QuizRoute};
use crate::share::time::days;
use crate::share::Assignment;
use crate::ui::batches::Batches;
use crate::ui::components::focus::{focus_heading, focus_later};
use crate::ui::components::question::{CardState, QuestionCard, Slot};
use crate::ui::components::share::Share;
use crate::ui::{ctx, pages::not_found::NotFound, Ctx};

pub fn quiz(quiz: QuizRoute, question: Option<QuestionId>) -> AnyView {
    let ctx = ctx();
    // The key borrows the book's own id, which lives as long as the app.
    let Some(key) = quiz.key(ctx.book()) else { return view! { <NotFound/> }.into_any() };
    let Some(list) = questions(ctx.book(), key) else { return view! { <NotFound/> }.into_any() };
    if question.as_ref().is_some_and(|q| !list.iter().any(|x| &x.id == q)) {
        return view! { <NotFound/> }.into_any();
    }
    view! { <ChapterQuiz quiz key list question/> }.into_any()
}

/// A chapter's quiz or the challenge: free practice, the student picks the mode.
#[component]
fn ChapterQuiz(quiz: QuizRoute, key: QuizKey<'static>, list: Vec<&'static Question>, question: Option<QuestionId>) -> impl IntoView {
    let ctx = ctx();
    let page = Page::Quiz { quiz: quiz.clone(), question: None };
    let title = move || quiz.heading(ctx.book(), ctx.lang()).unwrap_or_default();
    let list = in_order(key, list, open_quiz(ctx, key));
    let setup = QuizSetup { key, page: page.clone(), list, shuffle: true, assignment: None };
    view! {
        <section class="page quiz">
            <h1 id="page-heading" tabindex="-1">{title}</h1>
            <Share page/>
            <ModePicker key/>
            <QuizBody setup question/>
        </section>
    }
}

/// What a quiz shows and allows: a chapter's quiz, the challenge, or an assignment.
#[derive(Clone)]
pub struct QuizSetup {
    /// Where its progress is kept.
    pub key: QuizKey<'static>,
    /// The page it is on; its question dots link into it.
    pub page: Page,
    /// The questions, in the order shown.
    pub list: Vec<&'static Question>,
    /// Choices in a seeded order where a question allows it.
    pub shuffle: bool,
    /// An assignment: submitted in either feedback mode, each submission a
    /// frozen attempt; answers and new attempts only as its teacher allows.
    pub assignment: Option<Assignment>,
}

/// The quiz's seed, creating its progress on first use.
pub fn open_quiz(ctx: Ctx, key: QuizKey<'static>) -> u64 {
    if let Some(seed) = ctx.progress.with_untracked(|p| p.quiz(key).map(|q| q.seed)) {
        return seed;
    }
    let seed = browser::random_seed();
    ctx.progress.try_update(|p| p.start_quiz(key, seed, browser::time())).unwrap_or(seed)
}

/// The questions with their dots, and the score with submit and retry.
#[component]
pub fn QuizBody(setup: QuizSetup, question: Option<QuestionId>) -> impl IntoView {
    let ctx = ctx();
    let QuizSetup { key, page, list, shuffle, assignment } = setup;
    let seed = open_quiz(ctx, key);
    // In place of the quiz from the HTML, the student's place is kept (`takeover`).
    let linked = question.is_some() || crate::ui::takeover::keep_place();
    match question {
        Some(q) => focus_later(q.to_string()),
        None => focus_heading(),
    }
    let reveal = RwSignal::new(false);
    // What the teacher allows now; everything, in free practice.
    let allowed = {
        let a = assignment.clone();
        Signal::derive(move || a.as_ref().is_none_or(|a| a.may_reveal(mode_of(ctx, key).1, days(browser::time()))))
    };
    let shown = Signal::derive(move || reveal.get() && allowed.get());
    let retry = assignment.is_none();
    let card = move |i: usize, q: &'static Question| {
        let state = CardState::memo(ctx, key, q);
        let slot = Slot { quiz: key, question: q, number: i + 1, seed, shuffle, reveal: shown, explain: allowed, retry, state };
        view! { <QuestionCard at=slot/> }
    };
    // The cards in batches: the first before the page first shows, each
    // next one a task later, so the first questions are on screen and
    // answerable before the others are built, and no task runs long (a
    // phone spends about 15 ms a card at start). A link to one question
    // builds them all at once, as it is focused on the next frame, and so
    // does the quiz that replaces the same quiz from the HTML where the
    // student had moved.
    let size = if linked { list.len() } else { BATCH };
    let batches = Batches::start(list.len(), size);
    let cards = list
        .chunks(size.max(1))
        .enumerate()
        .map(|(batch, chunk)| {
            let (first, chunk) = (batch * size, chunk.to_vec());
            let due = batches.due(first);
            move || due.get().then(|| untrack(|| chunk.iter().enumerate().map(|(i, q)| card(first + i, q)).collect_view()))
        })
        .collect_view();
    let list = StoredValue::new(list);
    view! {
        <Dots key page=page.clone() list=list.get_value()/>
        // Busy until every card is built: screen readers wait, and so do the tests.
        <div class="questions" aria-busy=move || (!batches.done()).to_string()>
            {cards}
        </div>
        <Results key page list reveal allowed assignment/>
    }
}

/// How many question cards a quiz builds in one task.
const BATCH: usize = 3;

fn mode_of(ctx: Ctx, key: QuizKey<'static>) -> (Mode, bool) {
    ctx.progress.with(|p| p.quiz(key).map(|q| (q.mode, q.submitted)).unwrap_or_default())
}

#[component]
fn ModePicker(key: QuizKey<'static>) -> impl IntoView {
    let ctx = ctx();
    let option = move |mode: Mode, label: Key| {
        view! {
            <label class="mode-option">
                <input type="radio" name="feedback-mode" prop:checked=move || mode_of(ctx, key).0 == mode
                    on:change=move |_| ctx.progress.update(|p| p.quiz_mut(key, 0, browser::time()).set_mode(mode, browser::time()))/>
                <span>{label.get(ctx.lang())}</span>
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

/// What a question's dot shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Dot {
    Open,
    Answered,
    /// Begun but not gradable yet (`Gap::Incomplete`): its label says so.
    Incomplete,
    Right,
    Wrong,
}

impl Dot {
    fn of(answer: Option<&Answer>, q: &Question) -> Dot {
        match Standing::of(answer, q) {
            Standing::Right => Dot::Right,
            Standing::Wrong => Dot::Wrong,
            Standing::Answered if Gap::of(answer, q) == Some(Gap::Incomplete) => Dot::Incomplete,
            Standing::Answered => Dot::Answered,
            Standing::Open => Dot::Open,
        }
    }

    fn class(self) -> &'static str {
        match self {
            Dot::Open => "dot",
            Dot::Answered => "dot answered",
            Dot::Incomplete => "dot incomplete",
            Dot::Right => "dot right",
            Dot::Wrong => "dot wrong",
        }
    }
}

/// One dot per question: answered, right or wrong, and a link to it.
#[component]
fn Dots(key: QuizKey<'static>, page: Page, list: Vec<&'static Question>) -> impl IntoView {
    let ctx = ctx();
    let dots = list.into_iter().enumerate().map(|(i, q)| {
        let link = page.at_question(Some(q.id.clone()));
        let dot = move || ctx.progress.with(|p| Dot::of(p.answer(key, q), q));
        view! {
            <li><a class=move || dot().class() href=href(ctx.lang(), link)
                aria-label=move || {
                    let n = fill(Key::QuestionN.get(ctx.lang()), i + 1);
                    if dot() == Dot::Incomplete { format!("{n} {}", Key::IncompleteTag.get(ctx.lang())) } else { n }
                }>{i + 1}</a></li>
        }
    });
    view! { <ol class="dots">{dots.collect_view()}</ol> }
}

#[component]
fn Results(
    key: QuizKey<'static>,
    page: Page,
    list: StoredValue<Vec<&'static Question>>,
    reveal: RwSignal<bool>,
    allowed: Signal<bool>,
    assignment: Option<Assignment>,
) -> impl IntoView {
    let ctx = ctx();
    let retakes = assignment.as_ref().map(|a| a.retakes);
    let is_assignment = retakes.is_some();
    // Free practice retries what was wrong; an assignment starts a new attempt where allowed.
    let may_retry = move || retakes.is_none_or(|r| r && mode_of(ctx, key).1);
    let tally = Memo::new(move |_| ctx.progress.with(|p| list.with_value(|l| p.tally(key, l))));
    let any_checked = move || tally.get().checked > 0;
    let unanswered = move || tally.get().unanswered;
    let incomplete = move || tally.get().incomplete;
    // Unanswered and incomplete questions are listed for confirmation first.
    let confirming = RwSignal::new(false);
    let really_submit = move || {
        confirming.set(false);
        // Each submission is a frozen attempt: "best" is the best of them.
        ctx.progress.update(|p| {
            list.with_value(|l| {
                let _attempt = p.quiz_mut(key, 0, browser::time()).submit_attempt(l, browser::time());
            })
        });
        focus_later("quiz-results".into());
    };
    let submit = move |_| {
        if ctx.progress.with_untracked(|p| list.with_value(|l| p.gaps(key, l).is_empty())) {
            really_submit();
        } else {
            confirming.set(true);
            focus_later("confirm-submit".into());
        }
    };
    let page = StoredValue::new(page);
    let gap_items = move || {
        let lang = ctx.lang();
        ctx.progress.with(|p| {
            list.with_value(|l| {
                p.gaps(key, l)
                    .into_iter()
                    .map(|(i, gap)| {
                        let tag = if gap == Gap::Incomplete { Key::IncompleteTag } else { Key::NotAnsweredTag };
                        let link = href(lang, page.with_value(|pg| pg.at_question(l.get(i).map(|q| q.id.clone()))));
                        view! { <li><a href=link>{fill(Key::QuestionIs.get(lang), i + 1)}</a>" "{tag.get(lang)}</li> }
                    })
                    .collect_view()
            })
        })
    };
    let retry = move |_| {
        reveal.set(false);
        ctx.progress.update(|p| {
            list.with_value(|l| {
                let quiz = p.quiz_mut(key, 0, browser::time());
                if is_assignment {
                    quiz.new_attempt(l, browser::time());
                } else {
                    quiz.retry_wrong(l, browser::time());
                }
            })
        });
        let first_open = ctx.progress.with_untracked(|p| list.with_value(|l| p.first_not_right(key, l).map(|q| q.id.to_string())));
        if let Some(q) = first_open {
            focus_later(q);
        }
    };
    view! {
        <Show when=move || { let (mode, done) = mode_of(ctx, key); !done && (is_assignment || mode == Mode::Submit) }>
            <div class="submit-bar">
                <Show when=move || { unanswered() > 0 }>
                    <p>{move || Key::Unanswered.count(unanswered(), ctx.lang())}</p>
                </Show>
                <Show when=move || { incomplete() > 0 }>
                    <p class="incomplete-count">{move || Key::Incomplete.count(incomplete(), ctx.lang())}</p>
                </Show>
                <Show when=move || !confirming.get()>
                    <button type="button" class="button primary big" on:click=submit>
                        {(if is_assignment { Key::SubmitAssignment } else { Key::Submit }).get(ctx.lang())}
                    </button>
                </Show>
                <Show when=move || confirming.get()>
                    <div class="confirm-submit" id="confirm-submit" tabindex="-1" role="group" aria-labelledby="confirm-heading">
                        <p id="confirm-heading"><strong>{Key::ConfirmSubmit.get(ctx.lang())}</strong></p>
                        <ul class="gaps">{gap_items}</ul>
                        <button type="button" class="button primary" on:click=move |_| really_submit()>{Key::SubmitAnyway.get(ctx.lang())}</button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>{Key::KeepAnswering.get(ctx.lang())}</button>
                    </div>
                </Show>
            </div>
        </Show>
        <Show when=move || mode_of(ctx, key).1 || any_checked()>
            <section class="quiz-results" id="quiz-results" tabindex="-1" aria-live="polite">
                <p class="score-line">{move || { let t = tally.get(); fill(Key::Score.get(ctx.lang()), format!("{} ({})", points(t.earned, t.questions), percent(t.earned / t.questions.max(1) as f64))) }}</p>
                <Show when=may_retry>
                    <button type="button" class="button retry" on:click=retry>
                        {(if is_assignment { Key::NewAttempt } else { Key::RetryWrong }).get(ctx.lang())}
                    </button>
                </Show>
                <Show when=move || allowed.get()>
                    <label class="reveal">
                        <input type="checkbox" prop:checked=move || reveal.get() on:change=move |_| reveal.update(|r| *r = !*r)/>
                        <span>{Key::ShowCorrect.get(ctx.lang())}</span>
                    </label>
                </Show>
            </section>
        </Show>
    }
}
