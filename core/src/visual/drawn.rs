//! A visual as the page shows it: SVG markup and words in one language.
//!
//! The build script draws every visual in both languages from the content
//! and packs the result with the book (`zhiyuan::book::visuals` in the app): the
//! browser runs none of the chart, layout or wrapping code, it only puts
//! these strings on the page.

use std::fmt::Write;

use super::charts::{build, Chart, Missing, Step, Table};
use super::svg::{self, escape};
use super::Visual;
use crate::content::model::Book;
use crate::i18n::{Key, Lang};
use crate::route::{href, Page};

/// A visual, ready for the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    /// `Visual::slug`, for element ids.
    pub slug: String,
    /// The paragraph it follows.
    pub para: String,
    /// `Lang::code`.
    pub lang: Lang,
    pub title: String,
    pub desc: String,
    /// The SVG `viewBox`, large enough for every scene.
    pub view_box: String,
    /// The markup of each alternative drawing (the first shows first)...
    pub scenes: Vec<String>,
    /// ...and of its links, drawn outside the image.
    pub links: Vec<String>,
    /// The names of the alternatives; empty when there is one.
    pub views: Vec<String>,
    /// The steps of a flow, in the order of its boxes (`data-step`).
    pub steps: Vec<Said>,
    /// A sentence under the drawing; empty for none.
    pub note: String,
    /// The data as an HTML table: the alternative to the drawing.
    pub table: String,
}

/// A flow step: its name, and what it means as HTML (who decides, how long).
#[derive(Clone, Debug, PartialEq)]
pub struct Said {
    pub name: String,
    pub detail: String,
}

/// Draws one visual in one language.
pub fn draw(book: &'static Book, visual: Visual, lang: Lang) -> Result<Drawn, Missing> {
    let Chart { title, desc, scenes, views, steps, note, table, .. } = build(book, visual, lang)?;
    let link = |para: &str| {
        let chapter = book.chapter_of_para(para).map(|c| c.id.clone()).unwrap_or_default();
        href(lang, Page::para(&chapter, &para.into()))
    };
    let width = scenes.first().map_or(0, |s| s.width);
    let height = scenes.iter().map(|s| s.height).max().unwrap_or(0);
    Ok(Drawn {
        slug: visual.slug().into(),
        para: visual.para().into(),
        lang,
        desc,
        view_box: format!("0 0 {width} {height}"),
        links: scenes.iter().map(|s| svg::links(&s.links, link)).collect(),
        scenes: scenes.iter().map(|s| svg::markup(&s.shapes)).collect(),
        views: views.into_iter().collect(),
        steps: steps.iter().map(|s| Said { name: s.name.clone(), detail: detail(s, lang) }).collect(),
        note: note.unwrap_or_default(),
        table: table_html(&table, &title),
        title,
    })
}

/// What a flow step means: its name, who decides and, if the story says,
/// how long it takes.
fn detail(step: &Step, lang: Lang) -> String {
    let line = |key: Key, text: &str| format!(r#"<p><span class="step-label">{}{}</span>{}</p>"#, key.get(lang), lang.colon(), escape(text));
    let when = if step.when.is_empty() { String::new() } else { line(Key::StepWhen, &step.when) };
    format!(r#"<p class="step-name">{}</p>{}{when}"#, escape(&step.name), line(Key::StepWho, &step.who))
}

/// The table as HTML: a caption for screen readers, column heads, and each
/// row headed by its first cell.
fn table_html(table: &Table, caption: &str) -> String {
    let mut out = format!(r#"<table><caption class="sr-only">{}</caption><thead><tr>"#, escape(caption));
    for h in &table.head {
        let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(h));
    }
    out.push_str("</tr></thead><tbody>");
    for row in &table.rows {
        out.push_str("<tr>");
        for (i, cell) in row.iter().enumerate() {
            let tag = if i == 0 { r#"th scope="row""# } else { "td" };
            let _ = write!(out, "<{tag}>{}</{}>", escape(cell), &tag[..2]);
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table>");
    out
}

/// Every visual in both languages: for each of `Visual::ALL`, zh then en.
pub fn draw_all(book: &'static Book) -> Result<Vec<Drawn>, Missing> {
    let mut all = Vec::new();
    for visual in Visual::ALL {
        for lang in [Lang::Zh, Lang::En] {
            all.push(draw(book, visual, lang)?);
        }
    }
    Ok(all)
}
