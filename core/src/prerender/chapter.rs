//! A chapter as plain HTML: the file a first visit from a chapter link
//! fetches while the app's code is on its way, with its visuals as drawn at
//! build time. Links work without the app; the share control, glossary
//! terms and the visuals' buttons are disabled until the app can answer them.

use super::{header, rich, ID};
use crate::content::{Bilingual, Book, Chapter, Para};
use crate::i18n::{fill, Key, Lang};
use crate::route::{href, Page};
use crate::visual::drawn::Drawn;
use crate::visual::svg::escape;

/// The header and chapter page as the app first draws them, inside
/// `<div id="prerender">`, with the visuals drawn in `lang`.
pub fn chapter(book: &Book, visuals: &[Drawn], lang: Lang, chapter: &Chapter) -> String {
    let t = |key: Key| escape(key.get(lang));
    let number = book.chapters.iter().position(|c| c.id == chapter.id).unwrap_or(0) + 1;
    let mut out = format!(
        concat!(
            r#"<div id="{id}">{header}<main tabindex="-1">"#,
            r#"<div class="progress-bar" role="progressbar" aria-label="{progress}" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div class="progress-fill"></div></div>"#,
            r#"<article class="page chapter" lang="{tag}"><p class="eyebrow">{number}</p><h1 tabindex="-1">{title}</h1>"#,
            r#"<details class="share"><summary>{share}</summary></details>"#,
        ),
        id = ID,
        header = header(book, lang, Page::chapter(&chapter.id)),
        progress = t(Key::ReadingProgress),
        tag = lang.tag(),
        number = escape(&fill(Key::ChapterN.get(lang), number)),
        title = escape(chapter.title.get(lang)),
        share = t(Key::Share),
    );
    for section in &chapter.sections {
        out += &format!(
            r#"<section class="story-section" aria-labelledby="{id}"><h2 id="{id}">{}</h2>"#,
            escape(section.title.get(lang)),
            id = escape(&section.id)
        );
        for para in &section.paras {
            out += &paragraph(chapter, para, visuals, lang);
        }
        out += "</section>";
    }
    out += &format!(
        r#"<section class="why" aria-labelledby="why-heading"><h2 id="why-heading">{}</h2><p>{}</p></section><section class="terms" aria-labelledby="terms-heading"><h2 id="terms-heading">{}</h2><dl>"#,
        t(Key::WhyItMattered),
        rich(chapter.why.get(lang)),
        t(Key::TermsHeading),
    );
    for term in &chapter.terms {
        out += &format!(
            r#"<dt><span lang="zh-Hans">{}</span> · <span lang="en">{}</span></dt><dd>{}</dd>"#,
            escape(term.zh()),
            escape(term.en()),
            rich(term.def.get(lang))
        );
    }
    out += &format!(
        r#"</dl></section><section class="discussion" aria-labelledby="discussion-heading"><h2 id="discussion-heading">{}</h2><ul>"#,
        t(Key::ForDiscussion)
    );
    for point in &chapter.discussion {
        out += &format!("<li>{}</li>", rich(point.get(lang)));
    }
    out += &format!(
        r#"</ul></section><a class="button primary big" href="{}">{}</a><nav class="chapter-nav" aria-label="{}">"#,
        href(lang, Page::quiz(&chapter.id, None)),
        t(Key::TakeQuiz),
        t(Key::Chapters),
    );
    for (step, key, class) in [(-1, Key::Previous, "prev"), (1, Key::Next, "next")] {
        if let Some(c) = book.neighbour(&chapter.id, step) {
            out += &format!(
                r#"<a class="{class}" rel="{class}" href="{}"><span class="nav-label">{}</span><span class="nav-title">{}</span></a>"#,
                href(lang, Page::chapter(&c.id)),
                t(key),
                escape(c.title.get(lang)),
            );
        }
    }
    out += "</nav></article></main></div>";
    out
}

/// A paragraph with its anchor link, then its figure callouts and visuals.
fn paragraph(chapter: &Chapter, para: &Para, visuals: &[Drawn], lang: Lang) -> String {
    let mut out = format!(
        r#"<p id="{}" tabindex="-1" class="para">{} <a class="anchor" href="{}" aria-label="{}">¶</a></p>"#,
        escape(&para.id),
        rich(para.get(lang)),
        href(lang, Page::para(&chapter.id, &para.id)),
        escape(Key::LinkToParagraph.get(lang)),
    );
    for f in chapter.figures.iter().filter(|f| f.callout && f.para == para.id) {
        let value = escape(f.display.get(lang));
        out += &format!(
            r#"<aside class="figure-callout" aria-label="{}"><span class="figure-value">{value}</span><span class="figure-label">{}</span></aside>"#,
            escape(&fill(Key::FigureOf.get(lang), f.display.get(lang))),
            escape(f.label.get(lang)),
        );
    }
    for drawn in visuals.iter().filter(|d| d.para == para.id.as_str() && d.lang == lang) {
        out += &frame(drawn, lang);
    }
    out
}

/// A visual in the frame `ui::components::visuals::frame` draws, its first view shown.
fn frame(drawn: &Drawn, lang: Lang) -> String {
    let id = |part: &str| format!("v-{}-{part}", escape(&drawn.slug));
    let layers = |markup: &[String]| -> String {
        markup.iter().enumerate().map(|(i, m)| format!(r#"<g display="{}">{m}</g>"#, if i == 0 { "inline" } else { "none" })).collect()
    };
    let chips = |names: Vec<&str>, first_pressed: bool| -> String {
        names
            .iter()
            .enumerate()
            .map(|(i, name)| format!(r#"<button type="button" class="chip" aria-pressed="{}" disabled>{}</button>"#, first_pressed && i == 0, escape(name)))
            .collect()
    };
    let mut out = format!(
        concat!(
            r#"<figure class="visual" id="{figure}" aria-labelledby="{caption}"><figcaption class="visual-title" id="{caption}">{title}</figcaption>"#,
            r#"<svg class="chart" viewBox="{view_box}" preserveAspectRatio="xMidYMin meet"><g role="img" aria-labelledby="{title_id}" aria-describedby="{desc_id}">"#,
            r#"<title id="{title_id}">{title}</title><desc id="{desc_id}">{desc}</desc>{scenes}</g>{links}</svg>"#,
        ),
        figure = id("figure"),
        caption = id("caption"),
        title = escape(&drawn.title),
        view_box = escape(&drawn.view_box),
        title_id = id("title"),
        desc_id = id("desc"),
        desc = escape(&drawn.desc),
        scenes = layers(&drawn.scenes),
        links = layers(&drawn.links),
    );
    if !drawn.views.is_empty() {
        let names = drawn.views.iter().map(String::as_str).collect();
        out += &format!(r#"<div class="visual-controls" role="group" aria-label="{}">{}</div>"#, escape(Key::ChooseView.get(lang)), chips(names, true));
    }
    if !drawn.steps.is_empty() {
        let names = drawn.steps.iter().map(|s| s.name.as_str()).collect();
        out += &format!(
            r#"<div class="visual-controls" role="group" aria-label="{}">{}</div><div class="step-detail" role="status" aria-live="polite"></div><p class="visual-note step-hint">{}</p>"#,
            escape(Key::ChooseStep.get(lang)),
            chips(names, false),
            escape(Key::StepHint.get(lang)),
        );
    }
    if !drawn.note.is_empty() {
        out += &format!(r#"<p class="visual-note">{}</p>"#, escape(&drawn.note));
    }
    out += &format!(
        r#"<button type="button" class="table-toggle" aria-expanded="false" aria-controls="{table}" disabled>{}</button><div class="table-wrap" id="{table}" hidden>{}</div></figure>"#,
        escape(Key::ShowTable.get(lang)),
        drawn.table,
        table = id("table"),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;

    #[test]
    fn every_chapter_with_its_paragraphs_figures_visuals_and_terms() {
        let book = test_book();
        let visuals = &crate::visual::drawn::draw_all(book).expect("the visuals draw");
        assert!(visuals.iter().any(|d| d.lang == Lang::Zh), "the visuals are drawn");
        for (i, c) in book.chapters.iter().enumerate() {
            let html = chapter(book, visuals, Lang::Zh, c);
            assert!(html.starts_with(r#"<div id="prerender"><header"#) && html.ends_with("</div>"), "{}", c.id);
            assert!(html.contains(&format!("第{}章", i + 1)) && html.contains(&format!("<h1 tabindex=\"-1\">{}</h1>", escape(&c.title.zh))));
            assert!(!html.contains("page-heading"), "the app's mark of a page ready: tests wait for it");
            assert!(html.contains(&format!(r##"href="#/en/read/{}""##, c.id)), "the language switch stays on the chapter");
            for p in c.paras() {
                assert!(html.contains(&format!(r#"<p id="{}" tabindex="-1" class="para">"#, p.id)), "{}", p.id);
            }
            assert_eq!(html.matches(r#"class="para""#).count(), c.paras().count());
            assert_eq!(html.matches("figure-callout").count(), c.figures.iter().filter(|f| f.callout).count(), "{}", c.id);
            let drawn = visuals.iter().filter(|d| d.lang == Lang::Zh && c.paras().any(|p| p.id.as_str() == d.para)).count();
            assert_eq!(html.matches(r#"<figure class="visual""#).count(), drawn, "{}", c.id);
            assert_eq!(html.matches("<dt>").count(), c.terms.len());
            assert!(!html.contains("[") || !html.contains("]("), "term markup is drawn, not shown");
            assert!(html.contains(&format!(r##"href="#/zh/quiz/{}""##, c.id)), "the way to its quiz");
        }
        // In English, with the visuals drawn in English.
        let c = &book.chapters[2];
        let html = chapter(book, visuals, Lang::En, c);
        assert!(html.contains(&rich(&c.paras().next().expect("a paragraph").en)) && html.contains(r#"<article class="page chapter" lang="en">"#));
        let english = visuals.iter().filter(|d| d.lang == Lang::En && c.paras().any(|p| p.id.as_str() == d.para));
        assert!(english.clone().count() > 0 && english.clone().all(|d| html.contains(&escape(&d.title))));
    }
}
