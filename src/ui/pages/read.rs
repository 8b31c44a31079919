//! A chapter for reading: text with glossary terms and figure callouts, a
//! reading-progress bar, the explainer layer, and the way to its quiz.

use leptos::prelude::*;

use crate::browser;
use crate::content::{Bilingual, Chapter, ChapterId, Para, ParaId, QuestionId};
use crate::i18n::{fill, percent, Key};
use crate::route::{href, Page};
use crate::ui::batches::Batches;
use crate::ui::components::focus::{focus_heading, focus_later};
use crate::ui::components::rich::Rich;
use crate::ui::components::share::Share;
use crate::ui::components::visuals::Visuals;
use crate::ui::{ctx, pages::not_found::NotFound};

pub fn read(chapter: &ChapterId, para: Option<ParaId>, back: Option<QuestionId>) -> AnyView {
    let ctx = ctx();
    match ctx.book().chapter(chapter) {
        Some(chapter) if para.as_ref().is_none_or(|p| chapter.paras().any(|x| &x.id == p)) => view! { <Reader chapter para back/> }.into_any(),
        _ => view! { <NotFound/> }.into_any(),
    }
}

#[component]
fn Reader(chapter: &'static Chapter, para: Option<ParaId>, back: Option<QuestionId>) -> impl IntoView {
    let ctx = ctx();
    match &para {
        Some(p) => focus_later(p.to_string()),
        None => focus_heading(),
    }
    // Read once the page is laid out, not while it is being built.
    let fraction = RwSignal::new(0.0);
    request_animation_frame(move || {
        fraction.try_set(browser::scroll_fraction());
    });
    let noted = StoredValue::new(0.0);
    let on_scroll = window_event_listener(leptos::ev::scroll, move |_| {
        let f = browser::scroll_fraction();
        fraction.set(f);
        // Note the place at most twice a second, and always at the end.
        let now = browser::time();
        if now - noted.get_value() > 500.0 || f > 0.9 {
            noted.set_value(now);
            note_place(ctx, chapter, f > 0.9);
        }
    });
    on_cleanup(move || on_scroll.remove());
    let number = ctx.book().chapters.iter().position(|c| c.id == chapter.id).unwrap_or(0) + 1;
    let highlight = para.clone();
    let back_link = back.and_then(|q| {
        let quiz = ctx.book().chapters.iter().find(|c| c.quiz.questions.iter().any(|x| x.id == q))?;
        Some(href(ctx.lang(), Page::quiz(&quiz.id, Some(&q))))
    });
    // The sections in batches (`batches`), what follows them with the last;
    // a link to a paragraph, or a page from the HTML the student had moved
    // on (`takeover`), builds them all at once.
    let all_at_once = para.is_some() || crate::ui::takeover::keep_place();
    let count = chapter.sections.len();
    let batches = Batches::start(count, if all_at_once { count } else { 1 });
    let sections = chapter
        .sections
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let due = batches.due(i);
            let highlight = highlight.clone();
            let back_link = back_link.clone();
            move || {
                due.get().then(|| {
                    untrack(|| {
                        view! {
                            <section class="story-section" aria-labelledby=s.id.to_string()>
                                <h2 id=s.id.to_string()>{s.title.get(ctx.lang())}</h2>
                                {s.paras.iter().map(|p| {
                                    let target = highlight.as_deref() == Some(p.id.as_str());
                                    view! { <Paragraph chapter para=p target back=back_link.clone().filter(|_| target)/> }
                                }).collect_view()}
                            </section>
                        }
                    })
                })
            }
        })
        .collect_view();
    let done = Memo::new(move |_| batches.done());
    view! {
        <div class="progress-bar" role="progressbar" aria-label=Key::ReadingProgress.get(ctx.lang())
            aria-valuemin="0" aria-valuemax="100" aria-valuenow=move || ((fraction.get() * 100.0).round() as u32).to_string()>
            <div class="progress-fill" style:width=move || percent(fraction.get())></div>
        </div>
        <article class="page chapter" lang=ctx.lang().tag() aria-busy=move || (!done.get()).to_string()>
            <p class="eyebrow">{fill(Key::ChapterN.get(ctx.lang()), number)}</p>
            <h1 id="page-heading" tabindex="-1">{chapter.title.get(ctx.lang())}</h1>
            <Share page=Page::chapter(&chapter.id)/>
            {sections}
            <Show when=move || done.get()>
                <section class="why" aria-labelledby="why-heading">
                    <h2 id="why-heading">{Key::WhyItMattered.get(ctx.lang())}</h2>
                    <p><Rich text=chapter.why.get(ctx.lang())/></p>
                </section>
                <section class="terms" aria-labelledby="terms-heading">
                    <h2 id="terms-heading">{Key::TermsHeading.get(ctx.lang())}</h2>
                    <dl>
                        {chapter.terms.iter().map(|t| view! {
                            <dt><span lang="zh-Hans">{t.zh()}</span>" · "<span lang="en">{t.en()}</span></dt>
                            <dd><Rich text=t.def.get(ctx.lang())/></dd>
                        }).collect_view()}
                    </dl>
                </section>
                <section class="discussion" aria-labelledby="discussion-heading">
                    <h2 id="discussion-heading">{Key::ForDiscussion.get(ctx.lang())}</h2>
                    <ul>{chapter.discussion.iter().map(|d| view! { <li><Rich text=d.get(ctx.lang())/></li> }).collect_view()}</ul>
                </section>
                <a class="button primary big" href=href(ctx.lang(), Page::quiz(&chapter.id, None))>
                    {Key::TakeQuiz.get(ctx.lang())}
                </a>
                <ChapterNav chapter/>
            </Show>
        </article>
    }
}

#[component]
/// A paragraph with its anchor link, figure callouts and visuals. The paragraph a link
/// pointed at is highlighted, followed by the way back to the question that
/// sent the reader here (next in tab order).
fn Paragraph(chapter: &'static Chapter, para: &'static Para, target: bool, back: Option<String>) -> impl IntoView {
    let ctx = ctx();
    // A landmark each, named by its value: a chapter has several, and landmarks need distinct names.
    let figures = chapter.figures.iter().filter(|f| f.callout && f.para == para.id).map(|f| {
        view! {
            <aside class="figure-callout" aria-label=fill(Key::FigureOf.get(ctx.lang()), f.display.get(ctx.lang()))>
                <span class="figure-value">{f.display.get(ctx.lang())}</span>
                <span class="figure-label">{f.label.get(ctx.lang())}</span>
            </aside>
        }
    });
    let link = href(ctx.lang(), Page::para(&chapter.id, &para.id));
    view! {
        <p id=para.id.to_string() tabindex="-1" class="para" class:highlight=target>
            <Rich text=para.get(ctx.lang())/>
            " "
            <a class="anchor" href=link aria-label=Key::LinkToParagraph.get(ctx.lang())>"¶"</a>
        </p>
        {back.map(|h| view! { <p class="back"><a class="back-to-question" href=h>"← "{Key::BackToQuestion.get(ctx.lang())}</a></p> })}
        {figures.collect_view()}
        <Visuals para=para.id.as_str()/>
    }
}

#[component]
fn ChapterNav(chapter: &'static Chapter) -> impl IntoView {
    let ctx = ctx();
    let link = move |step: isize, key: Key| {
        ctx.book().neighbour(&chapter.id, step).map(|c| {
            view! {
                <a class=if step < 0 { "prev" } else { "next" } rel=if step < 0 { "prev" } else { "next" }
                    href=href(ctx.lang(), Page::chapter(&c.id))>
                    <span class="nav-label">{key.get(ctx.lang())}</span>
                    <span class="nav-title">{c.title.get(ctx.lang())}</span>
                </a>
            }
        })
    };
    view! { <nav class="chapter-nav" aria-label=Key::Chapters.get(ctx.lang())>{link(-1, Key::Previous)}{link(1, Key::Next)}</nav> }
}

/// Saves where the reader is, for "continue", and whether they reached the end.
fn note_place(ctx: crate::ui::Ctx, chapter: &Chapter, done: bool) {
    let at = browser::reading_at("p.para").map(ParaId::from);
    let unchanged = ctx.progress.with_untracked(|p| p.read.get(&chapter.id).is_some_and(|r| r.at == at && (r.done || !done)));
    if unchanged {
        return;
    }
    let page = Page::Read { chapter: chapter.id.clone(), para: at.clone(), back: None };
    let now = browser::time();
    ctx.progress.update(|p| {
        p.read_at(&chapter.id, at.as_ref(), done, now);
        p.set_place(ctx.lang(), Some(href(ctx.lang(), page)), now);
    });
}
