//! Each page's document title: what a tab, a bookmark, the history list and
//! a screen reader's page announcement say, e.g. `测验：智源的诞生 · 悟道之路`.
//! The top layer: it reads routes, the book and assignment links.

use crate::content::markup::plain;
use crate::content::{Bilingual, Book};
use crate::i18n::{fill, Key};
use crate::route::{Page, QuizRoute, Route};
use crate::share::Assignment;

/// The document title for a route: the page's own name, then the app's.
pub fn title(route: &Route, book: &Book) -> String {
    let lang = route.lang;
    let chapter = |id: &str| book.chapter(id).map(|c| plain(c.title.get(lang)));
    let assignment = |code: &str| Assignment::decode(code).ok().map(|a| if a.title.is_empty() { Key::Untitled.get(lang).to_string() } else { a.title });
    let not_found = || Key::NotFoundTitle.get(lang).to_string();
    let page = match &route.page {
        Page::Home => None,
        Page::Read { chapter: id, .. } => Some(chapter(id).unwrap_or_else(not_found)),
        Page::Quiz { quiz: QuizRoute::Challenge, .. } => Some(Key::Challenge.get(lang).to_string()),
        Page::Quiz { quiz: QuizRoute::Chapter(quiz), .. } => Some(chapter(quiz).map(|t| fill(Key::QuizFor.get(lang), t)).unwrap_or_else(not_found)),
        Page::Summary => Some(Key::MyProgress.get(lang).to_string()),
        Page::Map => Some(Key::MapTitle.get(lang).to_string()),
        Page::Teacher => Some(Key::TeacherTitle.get(lang).to_string()),
        Page::Results { assignment: None } => Some(Key::ClassResults.get(lang).to_string()),
        Page::Results { assignment: Some(code) } => {
            Some(assignment(code).map(|t| fill(Key::ResultsFor.get(lang), t)).unwrap_or_else(|| Key::AssignmentBroken.get(lang).to_string()))
        }
        Page::Assignment { code, print, .. } => Some(match assignment(code) {
            Some(t) => format!("{}{}{t}", if print.is_some() { Key::Worksheet } else { Key::AssignmentLabel }.get(lang), lang.colon()),
            None => Key::AssignmentBroken.get(lang).to_string(),
        }),
        Page::AnswerKey { code } => Some(match assignment(code) {
            Some(t) => format!("{}{}{t}", Key::Solutions.get(lang), lang.colon()),
            None => Key::AssignmentBroken.get(lang).to_string(),
        }),
        Page::Project { code } => Some(match assignment(code) {
            Some(t) => format!("{}{}{t}", Key::Projector.get(lang), lang.colon()),
            None => Key::AssignmentBroken.get(lang).to_string(),
        }),
        Page::NotFound => Some(not_found()),
    };
    let app = Key::AppTitle.get(lang);
    page.map_or_else(|| app.to_string(), |p| format!("{p} · {app}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::share::Assignment;

    #[test]
    fn every_page_type_has_its_own_title_in_its_language() {
        let book = crate::content::test_book();
        let chapter = book.chapters[0].id.clone();
        let code = Assignment { title: "周测".into(), questions: vec![book.questions().next().expect("a question").id.to_string()], ..Assignment::default() }
            .encode()
            .expect("encodes");
        let pages = [
            Page::Home,
            Page::chapter(&chapter),
            Page::quiz(&chapter, None),
            Page::Quiz { quiz: QuizRoute::Challenge, question: None },
            Page::Summary,
            Page::Teacher,
            Page::Results { assignment: None },
            Page::Results { assignment: Some(code.clone()) },
            Page::Assignment { code: code.clone(), question: None, print: None },
            Page::Assignment { code: code.clone(), question: None, print: Some(crate::route::Print::Sheet) },
            Page::AnswerKey { code: code.clone() },
            Page::Project { code: code.clone() },
            Page::NotFound,
        ];
        for lang in [Lang::Zh, Lang::En] {
            let titles: Vec<String> = pages.iter().map(|p| title(&Route::new(lang, p.clone()), book)).collect();
            for (i, t) in titles.iter().enumerate() {
                assert!(t.ends_with(Key::AppTitle.get(lang)), "{t}");
                assert!(!titles[..i].contains(t), "{t} twice");
            }
            let chapter_title = plain(book.chapters[0].title.get(lang));
            assert!(titles[1].starts_with(&chapter_title) && titles[2].contains(&chapter_title));
            assert!(titles[8].contains("周测") && titles[10].contains("周测"));
            if lang == Lang::Zh {
                assert!(titles.iter().all(|t| !t.contains(':')), "full-width colons in Chinese: {titles:?}");
            }
        }
        assert_eq!(title(&Route::new(Lang::En, Page::Home), book), "The Road to WuDao");
        assert_eq!(
            title(&Route::new(Lang::En, Page::Assignment { code: "x".into(), question: None, print: None }), book),
            "This assignment link can't be opened · The Road to WuDao"
        );
    }
}
