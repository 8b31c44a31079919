//! Where the app is: a plain value parsed from, and written to, the URL hash.
//!
//! Hash routes (`#/zh/read/ch1`) work from any static file host, under any
//! sub-path, with no rewrite rules; ARCHITECTURE.md says why we chose them.

use crate::i18n::Lang;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    /// A chapter, optionally at a paragraph, optionally opened from a question
    /// ("see it in the story"), which gets a way back.
    Read { chapter: String, para: Option<String>, back: Option<String> },
    /// A chapter's quiz (or `challenge`), optionally at one question.
    Quiz { quiz: String, question: Option<String> },
    /// The student's progress: scores, what is left, export, import, reset.
    Summary,
    NotFound,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

/// The id of the quiz that mixes questions from every chapter.
pub const CHALLENGE: &str = "challenge";

impl Route {
    pub fn new(lang: Lang, page: Page) -> Route {
        Route { lang, page }
    }

    /// Reads a location hash. An empty hash is the home page in the given
    /// language; anything unknown is [`Page::NotFound`], never an error.
    pub fn parse(hash: &str, lang: Lang) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, back) = match path.split_once("?back=") {
            Some((p, b)) => (p, Some(b)),
            None => (path, None),
        };
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let lang = match parts.next() {
            None => return Route::new(lang, Page::Home),
            Some(code) => match Lang::from_code(code) {
                Some(l) => l,
                None => return Route::new(lang, Page::NotFound),
            },
        };
        let rest: Vec<&str> = parts.collect();
        let id = |s: &str| crate::content::markup::is_id(s).then(|| s.to_string());
        let page = match rest.as_slice() {
            [] => Some(Page::Home),
            ["summary"] => Some(Page::Summary),
            ["read", c] => id(c).map(|chapter| Page::Read { chapter, para: None, back: None }),
            ["read", c, p] => match (id(c), id(p)) {
                (Some(chapter), Some(para)) => Some(Page::Read { chapter, para: Some(para), back: back.and_then(id) }),
                _ => None,
            },
            ["quiz", q] => id(q).map(|quiz| Page::Quiz { quiz, question: None }),
            ["quiz", q, n] => match (id(q), id(n)) {
                (Some(quiz), Some(question)) => Some(Page::Quiz { quiz, question: Some(question) }),
                _ => None,
            },
            _ => None,
        };
        Route::new(lang, page.unwrap_or(Page::NotFound))
    }

    /// The hash for this route, starting with `#`.
    pub fn href(&self) -> String {
        let lang = self.lang.code();
        match &self.page {
            Page::Home | Page::NotFound => format!("#/{lang}"),
            Page::Summary => format!("#/{lang}/summary"),
            Page::Read { chapter, para: None, .. } => format!("#/{lang}/read/{chapter}"),
            Page::Read { chapter, para: Some(p), back: None } => format!("#/{lang}/read/{chapter}/{p}"),
            Page::Read { chapter, para: Some(p), back: Some(b) } => format!("#/{lang}/read/{chapter}/{p}?back={b}"),
            Page::Quiz { quiz, question: None } => format!("#/{lang}/quiz/{quiz}"),
            Page::Quiz { quiz, question: Some(q) } => format!("#/{lang}/quiz/{quiz}/{q}"),
        }
    }

    /// The same page in another language.
    pub fn in_lang(&self, lang: Lang) -> Route {
        Route::new(lang, self.page.clone())
    }
}

/// Shorthand for links.
pub fn href(lang: Lang, page: Page) -> String {
    Route::new(lang, page).href()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn read(chapter: &str, para: Option<&str>, back: Option<&str>) -> Page {
        Page::Read { chapter: chapter.into(), para: para.map(Into::into), back: back.map(Into::into) }
    }

    #[test]
    fn known_routes_parse() {
        assert_eq!(Route::parse("", Lang::En), Route::new(Lang::En, Page::Home));
        assert_eq!(Route::parse("#/", Lang::Zh), Route::new(Lang::Zh, Page::Home));
        assert_eq!(Route::parse("#/en", Lang::Zh), Route::new(Lang::En, Page::Home));
        assert_eq!(Route::parse("#/zh/read/ch2", Lang::En), Route::new(Lang::Zh, read("ch2", None, None)));
        assert_eq!(
            Route::parse("#/en/read/ch2/ch2-p3?back=ch2-q1", Lang::Zh),
            Route::new(Lang::En, read("ch2", Some("ch2-p3"), Some("ch2-q1")))
        );
        assert_eq!(
            Route::parse("#/zh/quiz/challenge/ch3-q2", Lang::Zh).page,
            Page::Quiz { quiz: CHALLENGE.into(), question: Some("ch3-q2".into()) }
        );
    }

    #[test]
    fn unknown_routes_are_not_found_not_errors() {
        for hash in ["#/fr/read/ch1", "#/zh/read", "#/zh/read/CH1", "#/zh/nothing", "#/zh/read/a/b/c", "#%%"] {
            assert_eq!(Route::parse(hash, Lang::Zh).page, Page::NotFound, "{hash}");
        }
    }

    fn page() -> impl Strategy<Value = Page> {
        let id = "[a-z0-9-]{1,10}";
        prop_oneof![
            Just(Page::Home),
            Just(Page::Summary),
            (id, proptest::option::of(id), proptest::option::of(id))
                .prop_map(|(c, p, b)| Page::Read { back: p.as_ref().and(b), chapter: c, para: p }),
            (id, proptest::option::of(id)).prop_map(|(quiz, question)| Page::Quiz { quiz, question }),
        ]
    }

    proptest! {
        #[test]
        fn routes_round_trip(page in page(), en: bool) {
            let lang = if en { Lang::En } else { Lang::Zh };
            let route = Route::new(lang, page);
            prop_assert_eq!(Route::parse(&route.href(), Lang::Zh), route);
        }

        #[test]
        fn any_hash_parses_without_panic(hash in "\\PC{0,40}") {
            let _ = Route::parse(&hash, Lang::Zh);
        }
    }
}
