//! The student's progress: overall and per chapter, the questions still open
//! or wrong (each a link), the name, export and import, and resets.

use leptos::prelude::*;

use crate::browser;
use crate::content::{Bilingual, Chapter, Question};
use crate::content::{Facet, Mechanism};
use crate::i18n::{fill, percent, points, Key};
use crate::progress::export::{export, import, ImportError};
use crate::progress::mastery::mastery;
use crate::progress::{Progress, Standing};
use crate::quiz::QuizKey;
use crate::route::{href, Page};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::para_link::para_link;
use crate::ui::{ctx, Ctx};

#[component]
pub fn Summary() -> impl IntoView {
    let ctx = ctx();
    focus_heading();
    let overall = move || {
        let (earned, total) = ctx.progress.with(|p| p.overall(ctx.book()));
        fill(Key::Overall.get(ctx.lang()), percent(earned / total.max(1) as f64))
    };
    view! {
        <section class="page summary">
            <h1 id="page-heading" tabindex="-1">{Key::MyProgress.get(ctx.lang())}</h1>
            <p class="overall">{overall}</p>
            <ChapterTable/>
            <MechanismMastery/>
            <OpenQuestions/>
            <NameField/>
            <ExportImport/>
            <Confirmed label=Key::ResetAll action=move || ctx.progress.update(|p| p.reset_all(browser::time()))/>
        </section>
    }
}

fn questions(c: &'static Chapter) -> Vec<&'static Question> {
    c.quiz.questions.iter().collect()
}

#[component]
fn ChapterTable() -> impl IntoView {
    let ctx = ctx();
    let rows = ctx.book().chapters.iter().map(|c| {
        let qs = questions(c);
        let stats = Memo::new(move |_| {
            ctx.progress.with(|p| {
                let read = p.read.get(c.id.as_ref()).is_some_and(|r| r.done);
                let t = p.tally(QuizKey::Chapter(&c.id), &qs);
                (read, t.earned, t.best, t.attempts, t.questions)
            })
        });
        let yes_no = move |b: bool| if b { "✓ ".to_string() + Key::Yes.get(ctx.lang()) } else { Key::No.get(ctx.lang()).to_string() };
        view! {
            <tr>
                <th scope="row"><a href=href(ctx.lang(), Page::chapter(&c.id))>{c.title.get(ctx.lang())}</a></th>
                <td data-label=Key::ColRead.get(ctx.lang())>{move || yes_no(stats.get().0)}</td>
                <td data-label=Key::ColScore.get(ctx.lang())>{move || { let s = stats.get(); points(s.1, s.4) }}</td>
                <td data-label=Key::ColBest.get(ctx.lang())>{move || { let s = stats.get(); points(s.2, s.4) }}</td>
                <td data-label=Key::ColAttempts.get(ctx.lang())>{move || stats.get().3}</td>
                <td><Confirmed label=Key::ResetChapter action=move || ctx.progress.update(|p| p.reset_chapter(&c.id, browser::time()))/></td>
            </tr>
        }
    });
    view! {
        <div class="table-wrap">
            <table class="chapter-table">
                <thead><tr>
                    <th scope="col">{Key::ColChapter.get(ctx.lang())}</th>
                    <th scope="col">{Key::ColRead.get(ctx.lang())}</th>
                    <th scope="col">{Key::ColScore.get(ctx.lang())}</th>
                    <th scope="col">{Key::ColBest.get(ctx.lang())}</th>
                    <th scope="col">{Key::ColAttempts.get(ctx.lang())}</th>
                    <th scope="col"><span class="sr-only">{Key::ResetChapter.get(ctx.lang())}</span></th>
                </tr></thead>
                <tbody>{rows.collect_view()}</tbody>
            </table>
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Filter {
    All,
    Open,
    Wrong,
}

/// Each mechanism: how many of its questions are right, and where to reread.
#[component]
fn MechanismMastery() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    let rows = move || {
        ctx.progress.with(|p| {
            mastery(p, ctx.book())
                .into_iter()
                .map(|m| {
                    let name = match m.mechanism {
                        Mechanism::Governance => Key::MechGovernance,
                        Mechanism::Funding => Key::MechFunding,
                        Mechanism::Talent => Key::MechTalent,
                    };
                    let line = match m.share() {
                        Some(_) => fill(&fill(&fill(Key::MasteryRight.get(lang), m.checked), m.right), m.questions),
                        None => Key::MasteryNone.get(lang).to_string(),
                    };
                    let value = m.share().map_or(0.0, |s| s * 100.0);
                    let reread = m.reread.iter().take(3).filter_map(|para| para_link(ctx.book(), para, lang)).collect_view();
                    let any = !m.reread.is_empty();
                    let facets: Vec<String> = Facet::ALL
                        .iter()
                        .zip(m.facets)
                        .filter(|(_, (checked, _))| *checked > 0)
                        .map(|(f, (checked, right))| {
                            let name = match f {
                                Facet::What => Key::FacetWhat,
                                Facet::Differs => Key::FacetDiffers,
                                Facet::Why => Key::FacetWhy,
                                Facet::Limits => Key::FacetLimits,
                            };
                            format!("{} {right}/{checked}", name.get(lang))
                        })
                        .collect();
                    let facets = (!facets.is_empty()).then(|| view! { <p class="facets">{facets.join(" · ")}</p> });
                    view! {
                        <li class="mastery-row">
                            <h3>{name.get(lang)}</h3>
                            <meter min="0" max="100" value=value aria-label=name.get(lang)></meter>
                            <p>{line}</p>
                            {facets}
                            {any.then(|| view! { <p class="reread">{Key::Reread.get(lang)}</p><ul class="reread-links">{reread}</ul> })}
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="mastery" aria-labelledby="mastery-heading">
            <h2 id="mastery-heading">{Key::MasteryTitle.get(lang)}</h2>
            <ul class="mastery-list">{rows}</ul>
        </section>
    }
}

/// The questions of every chapter, filtered to those not answered or wrong.
#[component]
fn OpenQuestions() -> impl IntoView {
    let ctx = ctx();
    let filter = RwSignal::new(Filter::Open);
    let option = move |f: Filter, key: Key| {
        view! {
            <label class="mode-option">
                <input type="radio" name="question-filter" prop:checked=move || filter.get() == f on:change=move |_| filter.set(f)/>
                <span>{key.get(ctx.lang())}</span>
            </label>
        }
    };
    let list = move || {
        let f = filter.get();
        let items: Vec<_> = ctx
            .progress
            .with(|p| ctx.book().chapters.iter().flat_map(|c| c.quiz.questions.iter().map(move |q| (c, q))).filter(|(c, q)| keep(p, c, q, f)).collect());
        if items.is_empty() {
            return view! { <p>{Key::NothingHere.get(ctx.lang())}</p> }.into_any();
        }
        let links = items.into_iter().map(|(c, q)| {
            view! {
                <li><a href=href(ctx.lang(), Page::quiz(&c.id, Some(&q.id)))>
                    {q.prompt.get(ctx.lang())}
                </a></li>
            }
        });
        view! { <ul class="question-links">{links.collect_view()}</ul> }.into_any()
    };
    view! {
        <fieldset class="mode-picker">
            <legend>{Key::Show.get(ctx.lang())}</legend>
            {option(Filter::Open, Key::FilterOpen)}
            {option(Filter::Wrong, Key::FilterWrong)}
            {option(Filter::All, Key::FilterAll)}
        </fieldset>
        {list}
    }
}

fn keep(p: &Progress, c: &Chapter, q: &Question, f: Filter) -> bool {
    let standing = Standing::of(p.answer(QuizKey::Chapter(&c.id), q), q);
    match f {
        Filter::All => true,
        Filter::Open => standing == Standing::Open,
        Filter::Wrong => standing == Standing::Wrong,
    }
}

#[component]
fn NameField() -> impl IntoView {
    let ctx = ctx();
    view! {
        <p class="name-field">
            <label for="student-name">{Key::YourNameOptional.get(ctx.lang())}</label>
            <input id="student-name" type="text" autocomplete="name" maxlength="60"
                prop:value=move || ctx.progress.with(|p| p.name.clone())
                on:change:target=move |ev| ctx.progress.update(|p| p.set_name(ev.target().value().trim(), browser::time()))/>
        </p>
    }
}

/// A button that asks once more before it acts.
#[component]
fn Confirmed(label: Key, action: impl Fn() + Copy + Send + Sync + 'static) -> impl IntoView {
    let ctx = ctx();
    let asking = RwSignal::new(false);
    let confirm = NodeRef::<leptos::html::Button>::new();
    Effect::new(move |_| {
        if let Some(button) = confirm.get() {
            let _ = button.focus();
        }
    });
    move || {
        if asking.get() {
            view! {
                <span class="confirm" role="group" aria-label=label.get(ctx.lang())>
                    <span>{Key::ConfirmReset.get(ctx.lang())}</span>
                    <button type="button" class="button danger" node_ref=confirm on:click=move |_| { action(); asking.set(false); }>{Key::ConfirmYes.get(ctx.lang())}</button>
                    <button type="button" class="button" on:click=move |_| asking.set(false)>{Key::Cancel.get(ctx.lang())}</button>
                </span>
            }.into_any()
        } else {
            view! { <button type="button" class="button" on:click=move |_| asking.set(true)>{label.get(ctx.lang())}</button> }.into_any()
        }
    }
}

/// A one-line description of progress: answers and chapters read.
fn describe(ctx: Ctx, p: &Progress) -> String {
    let (answered, read) = p.counts();
    let lang = ctx.lang();
    format!("{}, {}", Key::CountsOf.count(answered, lang), Key::ChaptersRead.count(read, lang))
}

#[component]
fn ExportImport() -> impl IntoView {
    let ctx = ctx();
    let incoming = RwSignal::new(None::<Result<Progress, ImportError>>);
    let done = RwSignal::new(false);
    let file = NodeRef::<leptos::html::Input>::new();
    let download = move |_| {
        browser::download("zhiyuan-progress.json", "application/json", &ctx.progress.with(export));
    };
    let chosen = move |_| {
        done.set(false);
        let Some(input) = file.get_untracked() else { return };
        browser::read_chosen_file(&input, move |text| incoming.set(Some(import(&text.unwrap_or_default()))));
    };
    let replace = move |_| {
        if let Some(Ok(p)) = incoming.get_untracked() {
            let lang = ctx.lang();
            ctx.progress.set(Progress { lang: Some(lang), updated: browser::time(), ..p });
            incoming.set(None);
            done.set(true);
        }
    };
    let preview = move || {
        incoming.get().map(|result| match result {
            Ok(p) => view! {
                <div class="import-preview" role="status">
                    <p>{fill(Key::ImportPreview.get(ctx.lang()), describe(ctx, &p))}</p>
                    <p>{move || fill(Key::ImportCurrent.get(ctx.lang()), ctx.progress.with(|c| describe(ctx, c)))}</p>
                    <button type="button" class="button primary" on:click=replace>{Key::ImportConfirm.get(ctx.lang())}</button>
                    <button type="button" class="button" on:click=move |_| incoming.set(None)>{Key::Cancel.get(ctx.lang())}</button>
                </div>
            }
            .into_any(),
            Err(e) => view! { <p class="hint" role="alert">{import_error(e).get(ctx.lang())}</p> }.into_any(),
        })
    };
    view! {
        <section class="export-import" aria-labelledby="export-heading">
            <h2 id="export-heading">{Key::Export.get(ctx.lang())}" / "{Key::Import.get(ctx.lang())}</h2>
            <button type="button" class="button" on:click=download>{Key::Export.get(ctx.lang())}</button>
            <p>
                <label for="import-file">{Key::Import.get(ctx.lang())}</label>
                <input id="import-file" type="file" accept="application/json,.json" node_ref=file on:change=chosen/>
            </p>
            {preview}
            <Show when=move || done.get()><p role="status">{Key::Imported.get(ctx.lang())}</p></Show>
        </section>
    }
}

fn import_error(e: ImportError) -> Key {
    match e {
        ImportError::NotOurs => Key::ImportNotOurs,
        ImportError::Damaged => Key::ImportDamaged,
        ImportError::FromFuture(_) => Key::ImportFuture,
    }
}
