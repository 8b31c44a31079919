//! One question on screen: its prompt, the input for its kind, and the
//! feedback after checking. Every kind is a native form control or a button,
//! so it works with the keyboard alone and with a screen reader.

use leptos::prelude::*;

use crate::browser;
use crate::ui::components::focus::focus_later;

use crate::content::{Bilingual, Choice, Choices, Matching, Order, Question, Task, Text};
use crate::i18n::{fill, Key, Lang};
use crate::progress::{Answer, Mode};
use crate::quiz::note::{note, Note};
use crate::quiz::shuffle::Arrangement;
use crate::quiz::{Outcome, QuizKey, Response, Unanswered, Verdict};
use crate::route::{href, Page};
use crate::ui::{ctx, Ctx};

/// Where a question card lives, and what its quiz allows.
#[derive(Clone, Copy)]
pub struct Slot {
    pub quiz: QuizKey<'static>,
    pub question: &'static Question,
    pub number: usize,
    pub seed: u64,
    /// Choices in a seeded order, where the question allows it.
    pub shuffle: bool,
    /// Show the correct answer beside the student's.
    pub reveal: Signal<bool>,
    /// Show the explanation and the feedback on choices with the verdict (an
    /// assignment: only as the teacher allowed).
    pub explain: Signal<bool>,
    /// "Try again" after checking, in instant mode (never in an assignment).
    pub retry: bool,
    /// This question's slice of the progress. A memo, so a change to one
    /// question re-renders that question alone.
    pub state: Memo<CardState>,
}

/// What a card shows depends on this, and on nothing else in the progress.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CardState {
    pub answer: Option<Answer>,
    pub mode: Mode,
    pub submitted: bool,
}

impl CardState {
    pub fn memo(ctx: Ctx, quiz: QuizKey<'static>, q: &'static Question) -> Memo<CardState> {
        Memo::new(move |_| {
            ctx.progress.with(|p| match p.quiz(quiz) {
                Some(qp) => CardState { answer: qp.answer(q).cloned(), mode: qp.mode, submitted: qp.submitted },
                None => CardState::default(),
            })
        })
    }
}

impl Slot {
    fn answer(self) -> Option<Answer> {
        self.state.with(|s| s.answer.clone())
    }

    fn response(self) -> Option<Response> {
        self.state.with(|s| s.answer.as_ref().and_then(|a| a.response.clone()))
    }

    fn respond(self, ctx: Ctx, response: Response) {
        ctx.progress.update(|p| p.quiz_mut(self.quiz, self.seed, browser::time()).respond(self.question, response, browser::time()));
    }

    fn mode(self) -> (Mode, bool) {
        self.state.with(|s| (s.mode, s.submitted))
    }

    /// Answers can change until they are checked (or the quiz is submitted).
    fn locked(self) -> bool {
        let (mode, submitted) = self.mode();
        submitted || (mode == Mode::Instant && self.state.with(|s| s.answer.as_ref().is_some_and(|a| a.checked)))
    }

    /// The outcome to show, once the answer was checked.
    fn shown_outcome(self) -> Option<Outcome> {
        self.state.with(|s| s.answer.as_ref().filter(|a| a.checked).and_then(|a| a.outcome(self.question)))
    }

    /// Where this student sees the question's parts.
    fn arrangement(self) -> Arrangement {
        Arrangement::of(self.question, self.seed, self.shuffle)
    }

    fn dom_id(self, part: &str) -> String {
        format!("{}-{part}", self.question.id)
    }
}

#[component]
pub fn QuestionCard(at: Slot) -> impl IntoView {
    let slot = at;
    let ctx = ctx();
    let q = slot.question;
    let problem = RwSignal::new(None::<Unanswered>);
    // The Check button goes away once checked: focus moves to the feedback it
    // revealed (and "Try again" brings it back to the question), never to the page.
    let check = move |_| {
        let result = ctx.progress.try_update(|p| p.quiz_mut(slot.quiz, slot.seed, browser::time()).check(q, browser::time()));
        let error = result.and_then(|r| r.err());
        problem.set(error);
        if error.is_none() {
            focus_later(slot.dom_id("feedback"));
        }
    };
    let try_again = move |_| {
        ctx.progress.update(|p| p.quiz_mut(slot.quiz, slot.seed, browser::time()).reopen(q, browser::time()));
        focus_later(q.id.to_string());
    };
    let changed = move || slot.answer().is_some_and(|a| a.changed);
    let instant = move || slot.mode() == (Mode::Instant, false);
    view! {
        <section class="question" id=q.id.to_string() tabindex="-1" aria-labelledby=slot.dom_id("prompt")>
            <h2 class="question-number">{fill(Key::QuestionN.get(ctx.lang()), slot.number)}</h2>
            <p class="prompt" id=slot.dom_id("prompt")>
                <crate::ui::components::rich::Rich text=q.prompt.get(ctx.lang())/>
            </p>
            <Show when=changed>
                <p class="changed" role="note">{Key::QuestionChanged.get(ctx.lang())}</p>
            </Show>
            {move || input(slot)}
            <Show when=move || slot.reveal.get() && !slot.answer().is_some_and(|a| a.is_correct(q))>
                <CorrectAnswer question=q/>
            </Show>
            <div class="actions">
                <Show when=move || instant() && !slot.locked()>
                    <button type="button" class="button primary" on:click=check>{Key::Check.get(ctx.lang())}</button>
                </Show>
                <Show when=move || instant() && slot.retry && slot.locked()>
                    <button type="button" class="button" on:click=try_again>{Key::TryAgain.get(ctx.lang())}</button>
                </Show>
            </div>
            <div class="feedback-region" role="status" aria-live="polite" tabindex="-1" id=slot.dom_id("feedback")>
                {move || problem.get().map(|p| view! { <p class="hint">{hint(p).get(ctx.lang())}</p> })}
                {move || slot.shown_outcome().map(|o| view! { <Feedback at=slot outcome=o/> })}
            </div>
        </section>
    }
}

fn hint(problem: Unanswered) -> Key {
    match problem {
        Unanswered::Incomplete => Key::NeedAllMatches,
        Unanswered::NotANumber => Key::NeedNumber,
        Unanswered::SplitNumber => Key::NumberSplit,
        Unanswered::CommaNumber => Key::NumberComma,
        Unanswered::Empty | Unanswered::WrongShape => Key::NeedAnswer,
    }
}

/// The verdict, the feedback on what was picked, the explanation and a way to
/// the paragraph that answers the question.
#[component]
fn Feedback(at: Slot, outcome: Outcome) -> impl IntoView {
    let slot = at;
    let ctx = ctx();
    let q = slot.question;
    let lang = ctx.lang();
    let (key, class, mark) = match outcome.verdict {
        Verdict::Correct => (Key::Correct, "verdict correct", "✓"),
        Verdict::Partial => (Key::PartlyCorrect, "verdict partial", "◐"),
        Verdict::Wrong => (Key::Wrong, "verdict wrong", "✗"),
    };
    let picked: Vec<&'static Choice> = match slot.response() {
        Some(Response::Choices(ids)) => q.task.parts().choices.iter().filter(|c| ids.contains(&c.id)).collect(),
        _ => Vec::new(),
    };
    // Partial credit as a share of this question: "2 of 3 parts right".
    let right = outcome.parts.iter().filter(|p| **p).count();
    let parts = (outcome.verdict == Verdict::Partial).then(|| format!(" · {}", fill(&fill(Key::PartsRight.get(lang), right), outcome.parts.len())));
    let wrong_note = (outcome.verdict != Verdict::Correct && picked.is_empty()).then(|| q.wrong.get(lang));
    let remark = (outcome.verdict != Verdict::Correct).then(|| slot.response().and_then(|r| note(ctx.book(), q, &r)).map(|n| remark(n, lang))).flatten();
    let story =
        ctx.book().chapter_of_para(&q.para).map(|c| href(lang, Page::Read { chapter: c.id.clone(), para: Some(q.para.clone()), back: Some(q.id.clone()) }));
    view! {
        <div class="feedback">
            <p class=class><span aria-hidden="true">{mark}" "</span>{key.get(lang)}{parts}</p>
            <Show when=move || slot.explain.get()>
            <ul class="choice-feedback">
                {picked.clone().into_iter().map(|c| view! {
                    <li class:right=c.correct>
                        <strong>{c.get(lang)}{lang.colon()}</strong>
                        <crate::ui::components::rich::Rich text=c.feedback.get(lang)/>
                    </li>
                }).collect_view()}
            </ul>
            {remark.clone().map(|r| view! { <p class="remark">{r}</p> })}
            {wrong_note.map(|w| view! { <p><crate::ui::components::rich::Rich text=w/></p> })}
            <p class="explanation">
                <strong>{Key::Explanation.get(lang)}{lang.colon()}</strong>
                <crate::ui::components::rich::Rich text=q.explanation.get(lang)/>
            </p>
            {story.clone().map(|h| view! { <a class="see-story" href=h>{Key::SeeInStory.get(lang)}" →"</a> })}
            </Show>
        </div>
    }
}

/// What a teacher would say about this wrong typed answer.
fn remark(note: Note, lang: Lang) -> String {
    match note {
        Note::Unit(unit) => fill(Key::NoteUnit.get(lang), unit),
        Note::OtherFigure(f) => fill(Key::NoteOtherFigure.get(lang), format!("{} — {}", f.display.get(lang), f.label.get(lang))),
        Note::Close => Key::NoteClose.get(lang).to_string(),
        Note::Far => Key::NoteFar.get(lang).to_string(),
        Note::Spelling => Key::NoteSpelling.get(lang).to_string(),
    }
}

/// The correct answer, set apart from the student's own.
#[component]
fn CorrectAnswer(question: &'static Question) -> impl IntoView {
    let ctx = ctx();
    view! {
        <p class="correct-answer">
            <span class="tag">{Key::CorrectAnswer.get(ctx.lang())}</span>
            " "{question.task.answer_text(ctx.lang())}
        </p>
    }
}

/// The input for the question's kind.
fn input(slot: Slot) -> AnyView {
    match &slot.question.task {
        Task::Single(c) => choices(slot, c, false),
        Task::Multi(c) => choices(slot, c, true),
        Task::TrueFalse(_) => true_false(slot),
        Task::Order(o) => order(slot, o),
        Task::Match(m) => matching(slot, m),
        Task::Numeric(n) => typed(slot, Some(&n.unit)),
        Task::Short(_) => typed(slot, None),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => typed(slot, None),
    }
}

fn choices(slot: Slot, kind: &'static Choices, multi: bool) -> AnyView {
    let ctx = ctx();
    let q = slot.question;
    let order = slot.arrangement().choices;
    let picked = move |id: &str| matches!(slot.response(), Some(Response::Choices(ids)) if ids.iter().any(|i| i == id));
    let toggle = move |id: &'static str| {
        let mut ids = match slot.response() {
            Some(Response::Choices(ids)) if multi => ids,
            _ => Vec::new(),
        };
        if let Some(at) = ids.iter().position(|i| i == id) {
            ids.remove(at);
        } else {
            ids.push(id.to_string());
        }
        slot.respond(ctx, Response::Choices(ids));
    };
    let marks = move |c: &'static Choice| slot.shown_outcome().filter(|_| picked(&c.id)).map(|_| if c.correct { "right" } else { "wrong" });
    let rows = order.into_iter().map(|i| {
        let c = &kind.choices[i];
        view! {
            <label class="choice" class:picked=move || picked(&c.id)
                class:right=move || marks(c) == Some("right") class:wrong=move || marks(c) == Some("wrong")>
                <input
                    type=if multi { "checkbox" } else { "radio" }
                    name=q.id.to_string()
                    value=c.id.to_string()
                    prop:checked=move || picked(&c.id)
                    disabled=move || slot.locked()
                    on:change=move |_| toggle(&c.id)
                />
                <span>{c.get(ctx.lang())}</span>
                <Mark at=slot choice=c/>
            </label>
        }
    });
    view! {
        <fieldset class="choices">
            <legend class="sr-only">{q.prompt.get(ctx.lang())}</legend>
            {rows.collect_view()}
        </fieldset>
    }
    .into_any()
}

/// ✓ or ✗ beside a picked choice after checking, with words for screen readers.
#[component]
fn Mark(at: Slot, choice: &'static Choice) -> impl IntoView {
    let slot = at;
    let ctx = ctx();
    move || {
        let picked = matches!(slot.response(), Some(Response::Choices(ids)) if ids.contains(&choice.id));
        slot.shown_outcome().filter(|_| picked).map(|_| {
            let (mark, key) = if choice.correct { ("✓", Key::Correct) } else { ("✗", Key::Wrong) };
            view! { <span class="mark"><span aria-hidden="true">{mark}</span><span class="sr-only">{key.get(ctx.lang())}</span></span> }
        })
    }
}

fn true_false(slot: Slot) -> AnyView {
    let ctx = ctx();
    let q = slot.question;
    let options = [(true, Key::True), (false, Key::False)].map(|(value, key)| {
        let chosen = move || slot.response() == Some(Response::Bool(value));
        let state = move || slot.shown_outcome().filter(|_| chosen()).map(|o| o.verdict == Verdict::Correct);
        view! {
            <label class="choice" class:picked=chosen class:right=move || state() == Some(true) class:wrong=move || state() == Some(false)>
                <input type="radio" name=q.id.to_string() value=value.to_string() prop:checked=chosen disabled=move || slot.locked()
                    on:change=move |_| slot.respond(ctx, Response::Bool(value))/>
                <span>{key.get(ctx.lang())}</span>
            </label>
        }
    });
    view! {
        <fieldset class="choices">
            <legend class="sr-only">{q.prompt.get(ctx.lang())}</legend>
            {options.into_iter().collect_view()}
        </fieldset>
    }
    .into_any()
}

/// Ordering with buttons: each item moves up or down, focus follows it, and
/// the new position is announced.
fn order(slot: Slot, kind: &'static Order) -> AnyView {
    let ctx = ctx();
    let q = slot.question;
    let current = move || match slot.response() {
        Some(Response::Order(ids)) => ids,
        _ => slot.arrangement().start_order(q),
    };
    let said = RwSignal::new(String::new());
    let parts = move || slot.shown_outcome().map(|o| o.parts);
    let shift = move |from: usize, to: usize| {
        let mut ids = current();
        if to >= ids.len() {
            return;
        }
        ids.swap(from, to);
        let moved = ids[to].clone();
        slot.respond(ctx, Response::Order(ids));
        said.set(fill(Key::MovedTo.get(ctx.lang()), to + 1));
        // Focus stays on the button just used, or moves to the other one when
        // the item reached the end it was moving to.
        let up = to < from;
        let at_edge = if up { to == 0 } else { to + 1 == kind.items.len() };
        let button = if up != at_edge { "up" } else { "down" };
        super::focus::focus_later(format!("{}-{moved}-{button}", q.id));
    };
    let rows = move || {
        let ids = current();
        let n = ids.len();
        ids.into_iter()
            .enumerate()
            .filter_map(|(pos, id)| kind.items.iter().find(|i| i.id == id).map(|item| (pos, item)))
            .map(|(pos, item)| {
                let text = item.get(ctx.lang());
                let state = move || parts().and_then(|p| p.get(pos).copied());
                view! {
                    <li class="order-item" class:right=move || state() == Some(true) class:wrong=move || state() == Some(false)>
                        <span class="order-pos" aria-hidden="true">{pos + 1}</span>
                        <span class="order-text">{text}</span>
                        <span class="order-buttons">
                            <button type="button" class="icon-button" id=format!("{}-{}-up", q.id, item.id)
                                disabled=move || pos == 0 || slot.locked()
                                aria-label=format!("{}{}{}", Key::MoveUp.get(ctx.lang()), ctx.lang().colon(), text)
                                on:click=move |_| { if pos > 0 { shift(pos, pos - 1) } }>"↑"</button>
                            <button type="button" class="icon-button" id=format!("{}-{}-down", q.id, item.id)
                                disabled=move || pos + 1 == n || slot.locked()
                                aria-label=format!("{}{}{}", Key::MoveDown.get(ctx.lang()), ctx.lang().colon(), text)
                                on:click=move |_| shift(pos, pos + 1)>"↓"</button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <ol class="order-list" aria-label=q.prompt.get(ctx.lang())>{rows}</ol>
        <p class="sr-only" aria-live="polite">{move || said.get()}</p>
    }
    .into_any()
}

/// Matching with one native select per left item. A closed select cuts a
/// long option short, so the chosen one is also written out in full below it.
fn matching(slot: Slot, kind: &'static Matching) -> AnyView {
    let ctx = ctx();
    let rights = slot.arrangement().rights;
    let links = move || match slot.response() {
        Some(Response::Match(links)) => links,
        _ => Vec::new(),
    };
    let parts = move || slot.shown_outcome().map(|o| o.parts);
    let rows = kind.pairs.iter().enumerate().map(|(at, pair)| {
        let chosen = move || links().into_iter().find(|(l, _)| l == &pair.id).map(|(_, r)| r);
        let choose = move |right: String| {
            let mut all: Vec<(String, String)> = links().into_iter().filter(|(l, _)| l != &pair.id).collect();
            if !right.is_empty() {
                all.push((pair.id.to_string(), right));
            }
            slot.respond(ctx, Response::Match(all));
        };
        let state = move || parts().and_then(|p| p.get(at).copied());
        let options = rights
            .iter()
            .map(|&r| {
                let right = &kind.pairs[r];
                view! {
                    <option value=right.id.to_string() selected=move || chosen().as_deref() == Some(right.id.as_str())>
                        {right.right.get(ctx.lang())}
                    </option>
                }
            })
            .collect_view();
        let select_id = slot.dom_id(&format!("match-{}", pair.id));
        view! {
            <div class="match-row" class:right=move || state() == Some(true) class:wrong=move || state() == Some(false)>
                <label for=select_id.clone()>{pair.left.get(ctx.lang())}</label>
                <select id=select_id disabled=move || slot.locked()
                    on:change:target=move |ev| choose(ev.target().value())>
                    <option value="" selected=move || chosen().is_none()>{Key::ChooseMatch.get(ctx.lang())}</option>
                    {options}
                </select>
                {move || chosen().and_then(|id| kind.pairs.iter().find(|p| p.id == id)).map(|p| view! {
                    <p class="match-chosen" aria-hidden="true">{p.right.get(ctx.lang())}</p>
                })}
            </div>
        }
    });
    view! { <div class="match-list">{rows.collect_view()}</div> }.into_any()
}

/// A typed answer: a number with its unit, or a short text.
fn typed(slot: Slot, unit: Option<&'static Text>) -> AnyView {
    let ctx = ctx();
    let numeric = unit.is_some();
    let value = move || match slot.response() {
        Some(Response::Text(t)) => t,
        _ => String::new(),
    };
    let input_id = slot.dom_id("input");
    let state = move || slot.shown_outcome().map(|o| o.verdict == Verdict::Correct);
    view! {
        <div class="typed" class:right=move || state() == Some(true) class:wrong=move || state() == Some(false)>
            <label for=input_id.clone()>{(if numeric { Key::TypeNumber } else { Key::TypeAnswer }).get(ctx.lang())}</label>
            <input
                id=input_id
                type="text"
                inputmode=if numeric { "decimal" } else { "text" }
                autocomplete="off"
                prop:value=value
                disabled=move || slot.locked()
                on:input:target=move |ev| slot.respond(ctx, Response::Text(ev.target().value()))
            />
            {unit.map(|u| view! { <span class="unit">{u.get(ctx.lang())}</span> })}
        </div>
    }
    .into_any()
}
