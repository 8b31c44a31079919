//! The assignment builder: a title, chapters or single questions, the
//! feedback mode, shuffle, the language and a due date make a link and its
//! QR code, with the worksheet, the answer key and the class results.

use leptos::prelude::*;

use crate::browser::share::page_url;
use crate::browser::storage;
use crate::content::{markup::plain, Bilingual, Chapter};
use crate::i18n::fill;
use crate::i18n::{Key, Lang};
use crate::progress::Mode;
use crate::route::{href, Page, Print};
use crate::share::assignment::{Reveal, TITLE_MAX};
use crate::share::desk::{Desk, Kept};
use crate::share::time::{date, date_time, minutes, parse_date};
use crate::share::Assignment;
use crate::ui::components::assignment::{due_line, title};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::share::{CopyBox, QrCode};
use crate::ui::ctx;

/// The picked question ids, each once, in the order picked.
type Picked = RwSignal<Vec<&'static str>>;

/// The builder's fields, kept in `Ctx::drafts` while the app runs: a
/// half-made assignment survives a language switch.
#[derive(Clone)]
pub struct Draft {
    title: String,
    picked: Vec<&'static str>,
    mode: Mode,
    shuffle: bool,
    link_lang: Option<Lang>,
    due: String,
    reveal: Reveal,
    retakes: bool,
}

impl Default for Draft {
    fn default() -> Self {
        Draft {
            title: String::new(),
            picked: Vec::new(),
            mode: Mode::Submit,
            shuffle: true,
            link_lang: None,
            due: String::new(),
            reveal: Reveal::AfterSubmit,
            retakes: false,
        }
    }
}

#[component]
pub fn Teacher() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    let draft = ctx.drafts.with_value(|d| d.assignment.clone());
    let title = RwSignal::new(draft.title);
    let picked: Picked = RwSignal::new(draft.picked);
    let mode = RwSignal::new(draft.mode);
    let shuffle = RwSignal::new(draft.shuffle);
    let link_lang = RwSignal::new(draft.link_lang.unwrap_or(lang));
    let due = RwSignal::new(draft.due);
    let reveal = RwSignal::new(draft.reveal);
    let retakes = RwSignal::new(draft.retakes);
    Effect::new(move |_| {
        let now = Draft {
            title: title.get(),
            picked: picked.get(),
            mode: mode.get(),
            shuffle: shuffle.get(),
            link_lang: Some(link_lang.get()),
            due: due.get(),
            reveal: reveal.get(),
            retakes: retakes.get(),
        };
        ctx.drafts.update_value(|d| d.assignment = now);
    });
    let code = Memo::new(move |_| {
        let questions = ctx.book().questions().filter(|q| picked.with(|p| p.contains(&q.id.as_ref()))).map(|q| q.id.to_string()).collect();
        let due = due.with(|d| parse_date(d));
        let (mode, shuffle, reveal, retakes) = (mode.get(), shuffle.get(), reveal.get(), retakes.get());
        Assignment { title: title.get(), mode, shuffle, due, questions, reveal, retakes }.encode()
    });
    let count = move || picked.with(Vec::len);
    let desk = RwSignal::new(storage::load_desk());
    // Reopens a kept assignment in the builder: the same settings make the same link.
    let load = move |a: Assignment| {
        title.set(a.title);
        picked.set(ctx.book().questions().map(|q| q.id.as_ref()).filter(|id| a.questions.iter().any(|x| x == id)).collect());
        mode.set(a.mode);
        shuffle.set(a.shuffle);
        due.set(a.due.map(date).unwrap_or_default());
        reveal.set(a.reveal);
        retakes.set(a.retakes);
        crate::browser::focus("assignment-title", crate::browser::Scroll::Centre);
    };
    view! {
        <section class="page teacher">
            <h1 id="page-heading" tabindex="-1">{Key::TeacherTitle.get(lang)}</h1>
            <p>{Key::TeacherIntro.get(lang)}</p>
            <p class="help scorm-choice">{Key::ScormChoice.get(lang)}</p>
            <form class="builder" on:submit=|ev| ev.prevent_default()>
                <label for="assignment-title">{Key::AssignmentTitle.get(lang)}</label>
                <input id="assignment-title" type="text" maxlength=TITLE_MAX prop:value=move || title.get()
                    on:input:target=move |ev| title.set(ev.target().value())/>
                <fieldset class="question-picker">
                    <legend>{Key::Questions.get(lang)}" · "{move || Key::QuestionCount.count(count(), lang)}</legend>
                    {ctx.book().chapters.iter().map(|c| chapter_picker(c, picked, lang)).collect_view()}
                </fieldset>
                <fieldset class="mode-picker">
                    <legend>{Key::Mode.get(lang)}</legend>
                    {[(Mode::Instant, Key::ModeInstant), (Mode::Submit, Key::ModeSubmit)].map(|(m, k)| view! {
                        <label class="mode-option">
                            <input type="radio" name="assignment-mode" prop:checked=move || mode.get() == m on:change=move |_| mode.set(m)/>
                            <span>{k.get(lang)}</span>
                        </label>
                    })}
                </fieldset>
                <label class="check-option">
                    <input type="checkbox" prop:checked=move || shuffle.get() on:change:target=move |ev| shuffle.set(ev.target().checked())/>
                    <span>{Key::Shuffle.get(lang)}</span>
                </label>
                <fieldset class="mode-picker">
                    <legend>{Key::LinkLanguage.get(lang)}</legend>
                    {[Lang::Zh, Lang::En].map(|l| view! {
                        <label class="mode-option" lang=l.tag()>
                            <input type="radio" name="assignment-lang" prop:checked=move || link_lang.get() == l on:change=move |_| link_lang.set(l)/>
                            <span>{l.pick("中文", "English")}</span>
                        </label>
                    })}
                </fieldset>
                <label for="assignment-due">{Key::DueDate.get(lang)}</label>
                <input id="assignment-due" type="date" prop:value=move || due.get() on:input:target=move |ev| due.set(ev.target().value())/>
                <fieldset class="mode-picker reveal-picker">
                    <legend>{Key::RevealLabel.get(lang)}</legend>
                    {[(Reveal::Never, Key::RevealNever), (Reveal::AfterSubmit, Key::RevealAfterSubmit), (Reveal::AfterDue, Key::RevealAfterDue)].map(|(r, k)| view! {
                        <label class="mode-option">
                            <input type="radio" name="assignment-reveal" prop:checked=move || reveal.get() == r on:change=move |_| reveal.set(r)/>
                            <span>{k.get(lang)}</span>
                        </label>
                    })}
                </fieldset>
                <label class="check-option">
                    <input type="checkbox" class="retakes" prop:checked=move || retakes.get() on:change:target=move |ev| retakes.set(ev.target().checked())/>
                    <span>{Key::Retakes.get(lang)}</span>
                </label>
                <p class="help">{Key::NotHidden.get(lang)}</p>
            </form>
            {move || code.get().err().map(|e| view! { <p class="hint" role="status">{e.message(lang)}</p> })}
            <Show when=move || code.with(Result::is_ok)>
                {output(code, link_lang, desk)}
            </Show>
            {my_assignments(desk, load, lang)}
        </section>
    }
}

/// The link, its QR code, and where else it leads.
fn output(code: Memo<Result<String, crate::share::Error>>, link_lang: RwSignal<Lang>, desk: RwSignal<Desk>) -> impl IntoView {
    let lang = ctx().lang();
    let page = move |print: Option<Print>| code.get().ok().map(|code| Page::Assignment { code, question: None, print });
    let link = Signal::derive(move || page(None).map(|p| page_url(&href(link_lang.get(), p))).unwrap_or_default());
    let to = move |print: Option<Print>| move || page(print).map(|p| href(link_lang.get(), p)).unwrap_or_default();
    let answer_key = move || code.get().ok().map(|code| href(link_lang.get(), Page::AnswerKey { code })).unwrap_or_default();
    let projector = move || code.get().ok().map(|code| href(link_lang.get(), Page::Project { code })).unwrap_or_default();
    // Kept on the teacher's desk (this device) as soon as the teacher uses
    // the link in any way, or asks; listed below and on the class-results page.
    let kept = RwSignal::new(false);
    Effect::new(move |_| {
        code.track();
        kept.set(false);
    });
    let keep = move |_| {
        if let Ok(code) = code.get_untracked() {
            let mut saved = storage::load_desk();
            let now = crate::browser::time();
            saved.keep(&code, Kept { built: now, archived: false, ..saved.kept(&code) });
            kept.set(storage::save_desk(&saved));
            desk.set(saved);
        }
    };
    let results = move || code.get().ok().map(|c| href(link_lang.get(), Page::Results { assignment: Some(c) })).unwrap_or_default();
    view! {
        <section class="assignment-output" aria-labelledby="output-heading" on:click=keep>
            <h2 id="output-heading">{Key::AssignmentLink.get(lang)}</h2>
            <CopyBox id="assignment-link" label=Key::AssignmentLink text=link link=true/>
            <QrCode text=link/>
            <ul class="output-links">
                <li><a href=to(None) target="_blank">{Key::OpenAsStudent.get(lang)}</a></li>
                <li><a href=to(Some(Print::Sheet))>{Key::Worksheet.get(lang)}</a></li>
                <li><a class="answer-key-link" href=answer_key>{Key::Solutions.get(lang)}</a></li>
                <li><a class="projector-link" href=projector>{Key::Projector.get(lang)}</a></li>
                <li><a href=results>{Key::ClassResults.get(lang)}</a></li>
            </ul>
            <button type="button" class="button keep-on-desk">{Key::KeepOnDesk.get(lang)}</button>
            <p class="keep-status" role="status">{move || kept.get().then(|| Key::KeptOnDesk.get(lang))}</p>
        </section>
    }
}

/// Every assignment kept on this device, the latest first: reopen it in the
/// builder, duplicate it, see its class results, archive it (archived ones
/// are listed apart, never removed).
fn my_assignments(desk: RwSignal<Desk>, load: impl Fn(Assignment) + Copy + Send + Sync + 'static, lang: Lang) -> impl IntoView {
    let set_archived = move |code: &str, on: bool| {
        let mut saved = storage::load_desk();
        saved.set_archived(code, on);
        storage::save_desk(&saved);
        desk.set(saved);
    };
    let item = move |code: String, kept: Kept| {
        let a = Assignment::decode(&code).ok()?;
        let (open, copy) = (a.clone(), a.duplicate(lang));
        let archived = kept.archived;
        let results = href(lang, Page::Results { assignment: Some(code.clone()) });
        let built = (kept.built > 0.0).then(|| fill(Key::BuiltOn.get(lang), date_time(minutes(kept.built), crate::browser::utc_offset())));
        // Each action names its assignment to a screen reader: the buttons repeat in every item.
        let named = format!("desk-{code}");
        Some(view! {
            <li class="desk-item">
                <strong class="desk-title" id=named.clone()>{title(&a)}</strong>
                <span class="desk-meta">{Key::QuestionCount.count(a.questions.len(), lang)}{built.map(|b| format!(" · {b}"))}</span>
                {due_line(&a)}
                <div class="desk-actions">
                    <button type="button" class="button reopen" aria-describedby=named.clone() on:click=move |_| load(open.clone())>{Key::OpenInBuilder.get(lang)}</button>
                    <button type="button" class="button duplicate" aria-describedby=named.clone() on:click=move |_| load(copy.clone())>{Key::Duplicate.get(lang)}</button>
                    <a class="button" href=results aria-describedby=named.clone()>{Key::ClassResults.get(lang)}</a>
                    <button type="button" class="button archive" aria-describedby=named on:click=move |_| set_archived(&code, !archived)>
                        {if archived { Key::Unarchive.get(lang) } else { Key::Archive.get(lang) }}
                    </button>
                </div>
            </li>
        })
    };
    let list = move |archived: bool| {
        desk.with(|d| d.listed().into_iter().filter(|(_, k)| k.archived == archived).map(|(c, k)| (c.to_string(), k.clone())).collect::<Vec<_>>())
            .into_iter()
            .filter_map(|(c, k)| item(c, k))
            .collect_view()
    };
    let archived_count = move || desk.with(|d| d.listed().iter().filter(|(_, k)| k.archived).count());
    let any_archived = move || archived_count() != 0;
    view! {
        <section class="my-assignments" aria-labelledby="my-assignments-heading">
            <h2 id="my-assignments-heading">{Key::MyAssignments.get(lang)}</h2>
            <p class="help">{Key::MyAssignmentsHelp.get(lang)}</p>
            <ul class="desk-list">{move || list(false)}</ul>
            <Show when=any_archived>
                <details class="archived">
                    <summary>{Key::Archived.get(lang)}{move || lang.bracket(archived_count())}</summary>
                    <ul class="desk-list">{move || list(true)}</ul>
                </details>
            </Show>
        </section>
    }
}

/// Picks a question (at the end of the list) or unpicks it.
fn pick(picked: &mut Vec<&'static str>, id: &'static str, on: bool) {
    picked.retain(|x| *x != id);
    if on {
        picked.push(id);
    }
}

/// A chapter's questions: all at once, or one by one.
fn chapter_picker(chapter: &'static Chapter, picked: Picked, lang: Lang) -> impl IntoView {
    let ids = move || chapter.quiz.questions.iter().map(|q| q.id.as_ref());
    let all = chapter.quiz.questions.len();
    let chosen = move || picked.with(|p| ids().filter(|id| p.contains(id)).count());
    let some = move || (1..all).contains(&chosen());
    let set_all = move |on: bool| {
        picked.update(|p| {
            for id in ids() {
                pick(p, id, on);
            }
        })
    };
    let toggle = move |id: &'static str, on: bool| picked.update(|p| pick(p, id, on));
    view! {
        <div class="chapter-pick">
            <label class="check-option">
                <input type="checkbox" class="whole-chapter" value=chapter.id.to_string()
                    prop:checked=move || chosen() == all prop:indeterminate=some
                    on:change:target=move |ev| set_all(ev.target().checked())/>
                <span>{chapter.title.get(lang)}{move || lang.bracket(format!("{}/{all}", chosen()))}</span>
            </label>
            <details>
                <summary>{Key::Questions.get(lang)}</summary>
                <ul class="question-picks">
                    {chapter.quiz.questions.iter().map(|q| {
                        let id: &'static str = q.id.as_ref();
                        view! {
                            <li><label class="check-option">
                                <input type="checkbox" value=id prop:checked=move || picked.with(|p| p.contains(&id))
                                    on:change:target=move |ev| toggle(id, ev.target().checked())/>
                                <span><span class="question-id">{id}</span>" "{plain(q.prompt.get(lang))}</span>
                            </label></li>
                        }
                    }).collect_view()}
                </ul>
            </details>
        </div>
    }
}
