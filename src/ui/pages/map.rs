//! The mechanism map: for each of the three mechanisms, the problem it
//! answered, how it works, what it did for WuDao and its limits, each step
//! linked to the paragraphs that show it and the questions that test it.
//! One column, so it reads on a phone and prints as it is.

use leptos::prelude::*;

use crate::content::{Bilingual, MapStep, Mechanism, Step};
use crate::i18n::{Key, Lang};
use crate::route::{href, Page};
use crate::ui::components::focus::focus_heading;
use crate::ui::components::para_link::para_link;
use crate::ui::components::rich::Rich;
use crate::ui::ctx;

#[component]
pub fn Map() -> impl IntoView {
    let ctx = ctx();
    let lang = ctx.lang();
    focus_heading();
    view! {
        <section class="page map">
            <h1 id="page-heading" tabindex="-1">{Key::MapTitle.get(lang)}</h1>
            <p>{Key::MapIntro.get(lang)}</p>
            {ctx.book().mechanisms.iter().map(|m| {
                let heading = format!("map-{}", mechanism_slug(m.id));
                let labelled = heading.clone();
                view! {
                    <section class="map-mechanism" aria-labelledby=labelled>
                        <h2 id=heading>{m.title.get(lang).to_string()}</h2>
                        <ol class="map-steps">{m.steps.iter().map(|s| step(s, lang)).collect_view()}</ol>
                    </section>
                }
            }).collect_view()}
        </section>
    }
}

fn mechanism_slug(m: Mechanism) -> &'static str {
    match m {
        Mechanism::Governance => "governance",
        Mechanism::Funding => "funding",
        Mechanism::Talent => "talent",
    }
}

fn step(s: &'static MapStep, lang: Lang) -> impl IntoView {
    let ctx = ctx();
    let name = match s.step {
        Step::Problem => Key::StepProblem,
        Step::How => Key::StepHow,
        Step::Wudao => Key::StepWudao,
        Step::Limits => Key::StepLimits,
    };
    let paras = s.paras.iter().filter_map(move |p| para_link(ctx.book(), p, lang));
    let questions = s.questions.iter().filter_map(move |q| {
        let chapter = ctx.book().chapters.iter().find(|c| c.quiz.questions.iter().any(|x| x.id == *q))?;
        let link = href(lang, Page::quiz(&chapter.id, Some(q)));
        Some(view! { <li><a href=link>{q.to_string()}</a></li> })
    });
    view! {
        <li class="map-step">
            <h3>{name.get(lang)}</h3>
            <p><Rich text=s.text.get(lang)/></p>
            <p class="tag">{Key::MapRead.get(lang)}</p>
            <ul class="map-links">{paras.collect_view()}</ul>
            {(!s.questions.is_empty()).then(|| view! {
                <p class="tag">{Key::MapTry.get(lang)}</p>
                <ul class="map-links">{questions.collect_view()}</ul>
            })}
        </li>
    }
}
