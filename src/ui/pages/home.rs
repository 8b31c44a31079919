use leptos::prelude::*;

use crate::content::{Bilingual, Chapter};
use crate::i18n::{fill, percent, Key};
use crate::quiz::QuizKey;
use crate::route::{href, Page, QuizRoute, Route};
use crate::ui::components::focus::focus_heading;
use crate::ui::ctx;

#[component]
pub fn Home() -> impl IntoView {
    let ctx = ctx();
    let meta = &ctx.book().meta;
    focus_heading();
    let first = ctx.book().chapters.first().map(|c| &c.id);
    // The last place visited, shown in the language now chosen.
    let resume = move || {
        let last = ctx.progress.with(|p| p.last.clone())?;
        let page = Route::parse(&last, ctx.lang()).page;
        (!matches!(page, Page::Home | Page::NotFound)).then(|| Route::new(ctx.lang(), page).href())
    };
    let start = move || {
        let lang = ctx.lang();
        match resume() {
            Some(last) => (last, Key::Continue.get(lang)),
            None => (href(lang, first.map_or(Page::Home, Page::chapter)), Key::Start.get(lang)),
        }
    };
    view! {
        <section class="page home">
            <h1 id="page-heading" tabindex="-1">{meta.title.get(ctx.lang())}</h1>
            <p class="subtitle">{meta.subtitle.get(ctx.lang())}</p>
            <p class="hook">{meta.hook.get(ctx.lang())}</p>
            <a class="button primary big" href=move || start().0>{move || start().1}</a>
            <h2>{Key::Chapters.get(ctx.lang())}</h2>
            <ol class="chapter-list">
                {ctx.book().chapters.iter().enumerate().map(|(i, c)| view! { <ChapterCard number=i + 1 chapter=c/> }).collect_view()}
            </ol>
            <a class="challenge-card" href=href(ctx.lang(), Page::Quiz { quiz: QuizRoute::Challenge, question: None })>
                <strong>{Key::Challenge.get(ctx.lang())}</strong>
                <span>{Key::ChallengeBlurb.get(ctx.lang())}</span>
            </a>
            <a class="challenge-card map-card" href=href(ctx.lang(), Page::Map)>
                <strong>{Key::MapTitle.get(ctx.lang())}</strong>
                <span>{Key::MapBlurb.get(ctx.lang())}</span>
            </a>
        </section>
    }
}

#[component]
fn ChapterCard(number: usize, chapter: &'static Chapter) -> impl IntoView {
    let ctx = ctx();
    let questions: Vec<_> = chapter.quiz.questions.iter().collect();
    let read = move || ctx.progress.with(|p| p.read.get(chapter.id.as_ref()).is_some_and(|r| r.done));
    let score = move || {
        ctx.progress.with(|p| {
            let t = p.tally(QuizKey::Chapter(&chapter.id), &questions);
            (t.checked > 0).then(|| percent(t.earned / t.questions.max(1) as f64))
        })
    };
    view! {
        <li class="chapter-card">
            <a href=href(ctx.lang(), Page::chapter(&chapter.id))>
                <span class="chapter-number">{fill(Key::ChapterN.get(ctx.lang()), number)}</span>
                <span class="chapter-title">{chapter.title.get(ctx.lang())}</span>
                <span class="chapter-meta">
                    <span>{fill(Key::MinutesToRead.get(ctx.lang()), chapter.minutes(ctx.lang()))}</span>
                    <span class="read-mark" class:done=read>
                        <span aria-hidden="true">{move || if read() { "✓ " } else { "○ " }}</span>
                        {move || if read() { Key::Read.get(ctx.lang()) } else { Key::Unread.get(ctx.lang()) }}
                    </span>
                    {move || score().map(|s| view! { <span class="score">{fill(Key::ScoreOf.get(ctx.lang()), s)}</span> })}
                </span>
            </a>
        </li>
    }
}
