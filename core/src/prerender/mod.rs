//! Pages as plain HTML, written at build time, so a first visit shows real
//! content before the app's code has arrived; the app replaces it when it
//! starts (`ui::mount_with`). Each is the markup the app renders for a
//! student with no progress yet, with the same classes; the end-to-end tier
//! checks that the app's page reads the same and lays out in the same place.
//! - `home`: the home page, written into `index.html`;
//! - `quiz`: each quiz, a file the page's head script fetches for a first
//!   visit from a quiz link, whose answer controls work before the app
//!   starts;
//! - `chapter`: each chapter with its visuals, likewise for a first visit
//!   from a chapter link (both in each language; `files` lists them all);
//! - `form`: what the student did on that page, taken over by the app.

mod chapter;
mod form;
mod home;
mod quiz;

pub use chapter::chapter;
pub use form::{take_over, Control, Form};
pub use home::home;
pub use quiz::{quiz, VARIANTS};

use crate::content::markup::{parse, Inline};
use crate::content::{Bilingual, Book};
use crate::i18n::{fill, Key, Lang};
use crate::route::{href, Page};
use crate::visual::drawn::Drawn;
use crate::visual::svg::escape;

/// A page written for a first visit, under the name the head script asks for.
pub struct File {
    /// `{quiz}-{variant}.html` for a quiz (`ch3-0.html`, `challenge-2.html`),
    /// `read-{chapter}.html` for a chapter; in English the same with `en-`
    /// before it, and `en-home.html` (the Chinese home is in `index.html`).
    pub name: String,
    pub html: String,
}

/// Every chapter and every quiz (each chapter's and the challenge, each in
/// every arrangement) in both languages, and the English home: the files of
/// a first visit from a link. `book` must hold its English.
pub fn files(book: &Book, visuals: &[Drawn]) -> Vec<File> {
    let mut out = vec![File { name: "en-home.html".into(), html: home(book, Lang::En) }];
    for lang in Lang::ALL {
        let prefix = prefix(lang);
        out.extend(book.chapters.iter().map(|c| File { name: format!("{prefix}read-{}.html", c.id), html: chapter(book, visuals, lang, c) }));
        out.extend(quiz::files(book, lang));
    }
    out
}

/// What comes before a page's name in `lang`: nothing in Chinese.
fn prefix(lang: Lang) -> &'static str {
    lang.pick("", "en-")
}

/// The id of the element that holds it in `index.html`.
pub const ID: &str = "prerender";

/// The header as the app draws it on `page`. Buttons are disabled until the
/// app can answer them.
fn header(book: &Book, lang: Lang, page: Page) -> String {
    let t = |key: Key| escape(key.get(lang));
    let other = lang.other();
    format!(
        concat!(
            r#"<header class="site-header"><nav aria-label="{home}">"#,
            r#"<a class="brand" href="{home_href}"><span class="brand-full">{title}</span><span class="brand-short">{brand}</span></a>"#,
            r#"<a class="nav-link" href="{summary}">{progress}</a>"#,
            r#"<button type="button" class="icon-button" disabled aria-pressed="false" title="{dark}" aria-label="{dark}"><span aria-hidden="true">☾</span></button>"#,
            r#"<button type="button" class="icon-button text-size" disabled aria-label="{size}" title="{size}"><span aria-hidden="true">A<small>A</small></span></button>"#,
            r#"<a class="lang-switch" href="{other_href}" hreflang="{other_tag}" lang="{other_tag}" aria-label="{switch_label}">{switch}</a>"#,
            r#"<a class="teacher-link" href="{teacher}">{teachers}</a>"#,
            r#"</nav></header>"#,
        ),
        home = t(Key::Home),
        home_href = href(lang, Page::Home),
        title = escape(book.meta.title.get(lang)),
        brand = t(Key::BrandShort),
        summary = href(lang, Page::Summary),
        progress = t(Key::MyProgress),
        dark = t(Key::DarkMode),
        size = escape(&fill(Key::TextSize.get(lang), "100%")),
        other_href = href(other, page),
        other_tag = other.tag(),
        switch_label = t(Key::SwitchLanguageLabel),
        switch = t(Key::SwitchLanguage),
        teacher = href(lang, Page::Teacher),
        teachers = t(Key::ForTeachers),
    )
}

/// Content text with its inline markup, as `ui::components::rich` draws it:
/// a glossary term is its button (disabled: its card needs the app), a
/// quotation a `<q>`.
fn rich(text: &str) -> String {
    parse(text).into_iter().map(inline).collect()
}

fn inline(piece: Inline) -> String {
    match piece {
        Inline::Text(text) => escape(text),
        Inline::Term { shown, .. } => format!(r#"<span class="term-wrap"><button type="button" class="term" disabled>{}</button></span>"#, escape(shown)),
        Inline::Quote(inner) => format!("<q>{}</q>", inner.into_iter().map(inline).collect::<String>()),
    }
}
