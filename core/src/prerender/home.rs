//! The home page as plain HTML, written into `index.html` at build time, so
//! a first visit shows the story's title, its opening and the chapter list
//! before the app's code has arrived.

use super::{header, ID};
use crate::content::{Bilingual, Book};
use crate::i18n::{fill, Key, Lang};
use crate::route::{href, Page, QuizRoute};
use crate::visual::svg::escape;

/// The header and home page in `lang`, inside `<div id="prerender">`.
pub fn home(book: &Book, lang: Lang) -> String {
    let t = |key: Key| escape(key.get(lang));
    let mut out = format!(
        concat!(
            r#"<div id="{id}">{header}<main tabindex="-1"><section class="page home">"#,
            r#"<h1 tabindex="-1">{title}</h1><p class="subtitle">{subtitle}</p><p class="hook">{hook}</p>"#,
            r#"<a class="button primary big" href="{start}">{start_label}</a><h2>{chapters}</h2><ol class="chapter-list">"#,
        ),
        id = ID,
        header = header(book, lang, Page::Home),
        title = escape(book.meta.title.get(lang)),
        subtitle = escape(book.meta.subtitle.get(lang)),
        hook = escape(book.meta.hook.get(lang)),
        start = href(lang, book.chapters.first().map_or(Page::Home, |c| Page::chapter(&c.id))),
        start_label = t(Key::Start),
        chapters = t(Key::Chapters),
    );
    for (i, chapter) in book.chapters.iter().enumerate() {
        out += &format!(
            concat!(
                r#"<li class="chapter-card"><a href="{href}"><span class="chapter-number">{number}</span><span class="chapter-title">{title}</span>"#,
                r#"<span class="chapter-meta"><span>{minutes}</span><span class="read-mark"><span aria-hidden="true">○ </span>{unread}</span></span></a></li>"#,
            ),
            href = href(lang, Page::chapter(&chapter.id)),
            number = escape(&fill(Key::ChapterN.get(lang), i + 1)),
            title = escape(chapter.title.get(lang)),
            minutes = escape(&fill(Key::MinutesToRead.get(lang), chapter.minutes(lang))),
            unread = t(Key::Unread),
        );
    }
    out += &format!(
        concat!(
            r#"</ol><a class="challenge-card" href="{challenge}"><strong>{challenge_title}</strong><span>{challenge_blurb}</span></a>"#,
            r#"<a class="challenge-card map-card" href="{map}"><strong>{map_title}</strong><span>{map_blurb}</span></a></section></main></div>"#,
        ),
        challenge = href(lang, Page::Quiz { quiz: QuizRoute::Challenge, question: None }),
        challenge_title = t(Key::Challenge),
        challenge_blurb = t(Key::ChallengeBlurb),
        map = href(lang, Page::Map),
        map_title = t(Key::MapTitle),
        map_blurb = t(Key::MapBlurb),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;

    #[test]
    fn the_home_page_has_the_title_opening_and_every_chapter() {
        let book = test_book();
        let html = home(book, Lang::Zh);
        assert!(html.starts_with(r#"<div id="prerender">"#) && html.ends_with("</div>"));
        for text in [&book.meta.title.zh, &book.meta.subtitle.zh, &book.meta.hook.zh] {
            assert!(html.contains(&escape(text)), "{text}");
        }
        for (i, chapter) in book.chapters.iter().enumerate() {
            assert!(html.contains(&format!(r##"<a href="#/zh/read/{}">"##, chapter.id)), "{}", chapter.id);
            assert!(html.contains(&format!("第{}章", i + 1)) && html.contains(&escape(&chapter.title.zh)));
        }
        assert_eq!(html.matches(r#"<li class="chapter-card">"#).count(), book.chapters.len());
        assert!(html.contains(r##"href="#/en" hreflang="en""##), "the switch leads to the English home");
        assert!(!html.contains("page-heading"), "the app's heading id is the app's: tests wait for it");
    }

    #[test]
    fn text_is_escaped() {
        let mut book = test_book().clone();
        book.meta.title.zh = "<b>A & B</b>".into();
        let html = home(&book, Lang::Zh);
        assert!(html.contains("&lt;b&gt;A &amp; B&lt;/b&gt;") && !html.contains("<b>A"));
    }

    #[test]
    fn english_is_english() {
        let html = home(test_book(), Lang::En);
        assert!(html.contains("Start reading") && html.contains(r##"href="#/en/read/ch1""##) && html.contains(r##"hreflang="zh-Hans""##));
    }
}
