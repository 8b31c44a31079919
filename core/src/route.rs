//! Where the app is: a plain value parsed from, and written to, the URL hash.
//!
//! Hash routes (`#/zh/read/ch1`) work from any static file host, under any
//! sub-path, with no rewrite rules; ARCHITECTURE.md says why we chose them.

use std::fmt;

use crate::content::markup::is_id;
use crate::content::{ChapterId, ParaId, QuestionId};
use crate::i18n::Lang;
pub use crate::quiz::CHALLENGE;

/// A page of the app.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Page {
    Home,
    /// A chapter, optionally at a paragraph, optionally opened from a question
    /// ("see it in the story"), which gets a way back.
    Read {
        chapter: ChapterId,
        para: Option<ParaId>,
        back: Option<QuestionId>,
    },
    /// A chapter's quiz or the mechanism challenge, optionally at one question.
    Quiz {
        quiz: QuizRoute,
        question: Option<QuestionId>,
    },
    /// The student's progress: scores, what is left, export, import, reset.
    Summary,
    /// The three mechanisms step by step, each step linked to the story and
    /// the questions.
    Map,
    /// The teacher's assignment builder.
    Teacher,
    /// Class results, for an assignment code once one is given.
    Results {
        assignment: Option<String>,
    },
    /// An assignment link: the student's view, optionally at one question, or
    /// its worksheet. The code is kept as given; the page says what is wrong
    /// with a damaged one.
    Assignment {
        code: String,
        question: Option<QuestionId>,
        print: Option<Print>,
    },
    /// The teacher's answer key to an assignment: its own route, linked only
    /// from the teacher's pages, never the student's link plus a parameter.
    AnswerKey {
        code: String,
    },
    /// Projector mode: the assignment's title and its link's QR code, filling the screen.
    Project {
        code: String,
    },
    NotFound,
}

/// Which quiz a quiz page shows: a chapter's own, or the mechanism challenge
/// (`#/{lang}/quiz/challenge`), so a chapter can never be taken for it.
/// Content validation makes sure no chapter is called `challenge`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuizRoute {
    Chapter(ChapterId),
    Challenge,
}

impl QuizRoute {
    /// Whose progress this quiz is, borrowing the book's own chapter id;
    /// `None` for a chapter the book does not have.
    pub fn key<'a>(&self, book: &'a crate::content::Book) -> Option<crate::quiz::QuizKey<'a>> {
        match self {
            QuizRoute::Chapter(id) => book.chapter(id).map(|c| crate::quiz::QuizKey::Chapter(&c.id)),
            QuizRoute::Challenge => Some(crate::quiz::QuizKey::Challenge),
        }
    }

    /// The quiz page's heading (`测验：{chapter}`, or the challenge's name);
    /// `None` for a chapter the book does not have.
    pub fn heading(&self, book: &crate::content::Book, lang: Lang) -> Option<String> {
        use crate::content::Bilingual;
        use crate::i18n::{fill, Key};
        match self {
            QuizRoute::Chapter(id) => book.chapter(id).map(|c| fill(Key::QuizFor.get(lang), c.title.get(lang))),
            QuizRoute::Challenge => Some(Key::Challenge.get(lang).to_string()),
        }
    }

    /// The quiz a link's path segment names; `None` if it is not an id.
    pub fn parse(text: &str) -> Option<QuizRoute> {
        match text {
            CHALLENGE => Some(QuizRoute::Challenge),
            id if is_id(id) => Some(QuizRoute::Chapter(id.into())),
            _ => None,
        }
    }
}

/// Written as in links: the chapter's id or `challenge`.
impl fmt::Display for QuizRoute {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            QuizRoute::Chapter(id) => id,
            QuizRoute::Challenge => CHALLENGE,
        })
    }
}

/// The printed form of a student's assignment link. (The answer key is the
/// teacher's own page, [`Page::AnswerKey`].)
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Print {
    /// Questions and space to answer, without answers.
    Sheet,
}

impl Print {
    fn code(self) -> &'static str {
        match self {
            Print::Sheet => "sheet",
        }
    }

    /// `key` was the answer key on the student's link until links moved it
    /// to the teacher's route: such a link now opens the worksheet.
    fn from_code(code: &str) -> Option<Print> {
        matches!(code, "sheet" | "key").then_some(Print::Sheet)
    }
}

impl Page {
    /// The teacher's tools (builder, class results, answer key, projector):
    /// they live in their own bundle ([`TEACHER_PAGE`]), which a student's
    /// first visit never loads.
    pub fn is_teachers(&self) -> bool {
        matches!(self, Page::Teacher | Page::Results { .. } | Page::AnswerKey { .. } | Page::Project { .. })
    }

    /// A chapter, from its start.
    pub fn chapter(id: &ChapterId) -> Page {
        Page::Read { chapter: id.clone(), para: None, back: None }
    }

    /// A paragraph of a chapter.
    pub fn para(chapter: &ChapterId, para: &ParaId) -> Page {
        Page::Read { chapter: chapter.clone(), para: Some(para.clone()), back: None }
    }

    /// A chapter's quiz, optionally at one of its questions.
    pub fn quiz(chapter: &ChapterId, question: Option<&QuestionId>) -> Page {
        Page::Quiz { quiz: QuizRoute::Chapter(chapter.clone()), question: question.cloned() }
    }

    /// The same quiz or assignment, at a question.
    pub fn at_question(&self, id: Option<QuestionId>) -> Page {
        match self {
            Page::Quiz { quiz, .. } => Page::Quiz { quiz: quiz.clone(), question: id },
            Page::Assignment { code, .. } => Page::Assignment { code: code.clone(), question: id, print: None },
            other => other.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route {
    pub lang: Lang,
    pub page: Page,
}

impl Route {
    pub fn new(lang: Lang, page: Page) -> Route {
        Route { lang, page }
    }

    /// Reads a location hash. An empty hash is the home page in the given
    /// language; anything unknown is [`Page::NotFound`], never an error.
    pub fn parse(hash: &str, lang: Lang) -> Route {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let (path, query) = path.split_once('?').unwrap_or((path, ""));
        let param = |name: &str| query.split('&').find_map(|kv| kv.strip_prefix(name)?.strip_prefix('='));
        let back = param("back");
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        let lang = match parts.next() {
            None => return Route::new(lang, Page::Home),
            Some(code) => match Lang::from_code(code) {
                Some(l) => l,
                None => return Route::new(lang, Page::NotFound),
            },
        };
        let rest: Vec<&str> = parts.collect();
        let page = match rest.as_slice() {
            [] => Some(Page::Home),
            ["summary"] => Some(Page::Summary),
            ["map"] => Some(Page::Map),
            ["read", c] => id(c).map(|chapter| Page::Read { chapter, para: None, back: None }),
            ["read", c, p] => match (id(c), id(p)) {
                (Some(chapter), Some(para)) => Some(Page::Read { chapter, para: Some(para), back: back.and_then(id) }),
                _ => None,
            },
            ["quiz", q] => QuizRoute::parse(q).map(|quiz| Page::Quiz { quiz, question: None }),
            ["quiz", q, n] => match (QuizRoute::parse(q), id(n)) {
                (Some(quiz), Some(question)) => Some(Page::Quiz { quiz, question: Some(question) }),
                _ => None,
            },
            ["teacher"] => Some(Page::Teacher),
            ["results"] => Some(Page::Results { assignment: None }),
            ["results", code] => Some(Page::Results { assignment: Some(code.to_string()) }),
            ["key", code] => Some(Page::AnswerKey { code: code.to_string() }),
            ["project", code] => Some(Page::Project { code: code.to_string() }),
            ["a", code] => assignment(code, None, param("print")),
            ["a", code, q] => assignment(code, Some(q), param("print")),
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
            Page::Map => format!("#/{lang}/map"),
            Page::Read { chapter, para: None, .. } => format!("#/{lang}/read/{chapter}"),
            Page::Read { chapter, para: Some(p), back: None } => format!("#/{lang}/read/{chapter}/{p}"),
            Page::Read { chapter, para: Some(p), back: Some(b) } => format!("#/{lang}/read/{chapter}/{p}?back={b}"),
            Page::Quiz { quiz, question: None } => format!("#/{lang}/quiz/{quiz}"),
            Page::Quiz { quiz, question: Some(q) } => format!("#/{lang}/quiz/{quiz}/{q}"),
            Page::Teacher => format!("#/{lang}/teacher"),
            Page::Results { assignment: None } => format!("#/{lang}/results"),
            Page::Results { assignment: Some(code) } => format!("#/{lang}/results/{code}"),
            Page::AnswerKey { code } => format!("#/{lang}/key/{code}"),
            Page::Project { code } => format!("#/{lang}/project/{code}"),
            Page::Assignment { code, question, print } => {
                let question = question.as_ref().map(|q| format!("/{q}")).unwrap_or_default();
                let print = print.map(|p| format!("?print={}", p.code())).unwrap_or_default();
                format!("#/{lang}/a/{code}{question}{print}")
            }
        }
    }

    /// The same page in another language.
    pub fn in_lang(&self, lang: Lang) -> Route {
        Route::new(lang, self.page.clone())
    }
}

/// A content id of any kind, if the text is one (lowercase ASCII, digits, `-`).
fn id<T: for<'a> From<&'a str>>(text: &str) -> Option<T> {
    is_id(text).then(|| T::from(text))
}

fn assignment(code: &str, question: Option<&str>, print: Option<&str>) -> Option<Page> {
    let question = match question {
        Some(q) => Some(id(q)?),
        None => None,
    };
    let print = match print {
        Some(p) => Some(Print::from_code(p)?),
        None => None,
    };
    Some(Page::Assignment { code: code.to_string(), question, print })
}

/// Shorthand for links.
pub fn href(lang: Lang, page: Page) -> String {
    Route::new(lang, page).href()
}

/// The page that holds the teacher's tools, beside the student's `index.html`.
pub const TEACHER_PAGE: &str = "teacher.html";

/// The address a shared link starts with, from the address of the page that
/// makes it: the student's page, also when a teacher makes it on [`TEACHER_PAGE`].
pub fn student_base(location: &str) -> &str {
    let base = location.split('#').next().unwrap_or_default();
    base.strip_suffix(TEACHER_PAGE).unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shared_links_lead_to_the_students_page_and_only_teacher_tools_are_the_teachers() {
        assert_eq!(student_base("https://x.org/app/teacher.html#/zh/teacher"), "https://x.org/app/");
        assert_eq!(student_base("https://x.org/app/#/zh/teacher"), "https://x.org/app/");
        assert_eq!(student_base("https://x.org/app/index.html"), "https://x.org/app/index.html");
        let teachers: Vec<&str> = ["#/zh/teacher", "#/zh/results", "#/zh/results/AQ", "#/zh/key/AQ", "#/zh/project/AQ"]
            .into_iter()
            .filter(|h| Route::parse(h, Lang::Zh).page.is_teachers())
            .collect();
        assert_eq!(teachers.len(), 5);
        for hash in ["#/zh", "#/zh/read/ch1", "#/zh/quiz/ch1", "#/zh/summary", "#/zh/map", "#/zh/a/AQ", "#/zh/a/AQ?print=sheet", "#/zh/nowhere"] {
            assert!(!Route::parse(hash, Lang::Zh).page.is_teachers(), "{hash} is a student's page");
        }
    }

    fn read(chapter: &str, para: Option<&str>, back: Option<&str>) -> Page {
        Page::Read { chapter: chapter.into(), para: para.map(Into::into), back: back.map(Into::into) }
    }

    #[test]
    fn known_routes_parse() {
        assert_eq!(Route::parse("", Lang::En), Route::new(Lang::En, Page::Home));
        assert_eq!(Route::parse("#/", Lang::Zh), Route::new(Lang::Zh, Page::Home));
        assert_eq!(Route::parse("#/en", Lang::Zh), Route::new(Lang::En, Page::Home));
        assert_eq!(Route::parse("#/zh/read/ch2", Lang::En), Route::new(Lang::Zh, read("ch2", None, None)));
        assert_eq!(Route::parse("#/en/read/ch2/ch2-p3?back=ch2-q1", Lang::Zh), Route::new(Lang::En, read("ch2", Some("ch2-p3"), Some("ch2-q1"))));
        assert_eq!(Route::parse("#/zh/quiz/challenge/ch3-q2", Lang::Zh).page, Page::Quiz { quiz: QuizRoute::Challenge, question: Some("ch3-q2".into()) });
        assert_eq!(Route::parse("#/en/teacher", Lang::Zh), Route::new(Lang::En, Page::Teacher));
        assert_eq!(Route::parse("#/zh/results", Lang::Zh).page, Page::Results { assignment: None });
        assert_eq!(Route::parse("#/zh/results/AQ-_x", Lang::Zh).page, Page::Results { assignment: Some("AQ-_x".into()) });
        assert_eq!(Route::parse("#/zh/a/AQ-_x/ch1-q2", Lang::Zh).page, Page::Assignment { code: "AQ-_x".into(), question: Some("ch1-q2".into()), print: None });
        assert_eq!(Route::parse("#/en/a/AQ?print=sheet", Lang::Zh).page, Page::Assignment { code: "AQ".into(), question: None, print: Some(Print::Sheet) });
        // The old answer key on the student's link opens the worksheet; the key is the teacher's route.
        assert_eq!(Route::parse("#/en/a/AQ?print=key", Lang::Zh).page, Page::Assignment { code: "AQ".into(), question: None, print: Some(Print::Sheet) });
        assert_eq!(Route::parse("#/en/key/AQ-_x", Lang::Zh).page, Page::AnswerKey { code: "AQ-_x".into() });
        assert_eq!(Route::parse("#/zh/project/AQ-_x", Lang::En).page, Page::Project { code: "AQ-_x".into() });
    }

    #[test]
    fn unknown_routes_are_not_found_not_errors() {
        for hash in [
            "#/zh/a",
            "#/zh/a/AQ/Q1",
            "#/zh/a/AQ?print=all",
            "#/zh/teacher/x",
            "#/zh/results/a/b",
            "#/fr/read/ch1",
            "#/zh/read",
            "#/zh/read/CH1",
            "#/zh/nothing",
            "#/zh/read/a/b/c",
            "#%%",
        ] {
            assert_eq!(Route::parse(hash, Lang::Zh).page, Page::NotFound, "{hash}");
        }
    }

    /// Links already shared must keep working: each hash (every page kind,
    /// real assignment codes of every version, and the older or looser forms
    /// the app still reads) parses and is written back as exactly this text.
    /// Pinned before routes carried typed ids; it must never change.
    #[test]
    fn shared_links_parse_and_write_back_byte_for_byte() {
        const V1: &str = "AQUJ3hDnrKzkuInnq6Ag5ouo5qy-gwGDAoMDgwSDBeyk";
        const V2: &str = "AjcJ3hDnrKzkuInnq6Ag5ouo5qy-gwGDAoMD-Dc";
        const V3: &str = "AwAEUXVpeoEBcvE";
        let cases: [(String, String); 28] = [
            ("".to_string(), "#/zh".into()),
            ("#/".to_string(), "#/zh".into()),
            ("#/zh".to_string(), "#/zh".into()),
            ("#/en/".to_string(), "#/en".into()),
            ("#/zh/summary".to_string(), "#/zh/summary".into()),
            ("#/en/map".to_string(), "#/en/map".into()),
            ("#/zh/read/ch3".to_string(), "#/zh/read/ch3".into()),
            ("#/en/read/ch3/ch3-p5".to_string(), "#/en/read/ch3/ch3-p5".into()),
            ("#/zh/read/ch3/ch3-p5?back=ch3-q2".to_string(), "#/zh/read/ch3/ch3-p5?back=ch3-q2".into()),
            // A way back needs a paragraph to come back from; a damaged one is dropped.
            ("#/zh/read/ch3?back=ch3-q2".to_string(), "#/zh/read/ch3".into()),
            ("#/zh/read/ch3/ch3-p5?back=CH3".to_string(), "#/zh/read/ch3/ch3-p5".into()),
            ("#/zh/quiz/ch2".to_string(), "#/zh/quiz/ch2".into()),
            ("#/en/quiz/ch2/ch2-q4".to_string(), "#/en/quiz/ch2/ch2-q4".into()),
            ("#/zh/quiz/challenge".to_string(), "#/zh/quiz/challenge".into()),
            ("#/en/quiz/challenge/ch5-q1".to_string(), "#/en/quiz/challenge/ch5-q1".into()),
            ("#/zh/teacher".to_string(), "#/zh/teacher".into()),
            ("#/zh/results".to_string(), "#/zh/results".into()),
            (format!("#/en/results/{V3}"), format!("#/en/results/{V3}")),
            (format!("#/zh/a/{V1}"), format!("#/zh/a/{V1}")),
            (format!("#/en/a/{V2}/ch1-q2"), format!("#/en/a/{V2}/ch1-q2")),
            (format!("#/zh/a/{V3}?print=sheet"), format!("#/zh/a/{V3}?print=sheet")),
            // Version 1 of the app put the answer key on the student's link.
            (format!("#/zh/a/{V1}?print=key"), format!("#/zh/a/{V1}?print=sheet")),
            (format!("#/zh/a/{V3}/ch1-q2?print=sheet"), format!("#/zh/a/{V3}/ch1-q2?print=sheet")),
            // A damaged code is kept as given, so the page can say what is wrong with it.
            ("#/zh/a/AQ-_x".to_string(), "#/zh/a/AQ-_x".into()),
            (format!("#/en/key/{V3}"), format!("#/en/key/{V3}")),
            (format!("#/zh/project/{V2}"), format!("#/zh/project/{V2}")),
            ("#/zh/nothing".to_string(), "#/zh".into()),
            ("#/fr/read/ch1".to_string(), "#/zh".into()),
        ];
        for (hash, written) in &cases {
            let route = Route::parse(hash, Lang::Zh);
            assert_eq!(&route.href(), written, "{hash}");
            if route.page != Page::NotFound {
                assert_eq!(Route::parse(written, Lang::En), route, "{written}");
            }
        }
    }

    fn page() -> impl Strategy<Value = Page> {
        let id = "[a-z0-9-]{1,10}";
        let code = "[A-Za-z0-9_-]{1,60}";
        // A chapter is never called `challenge` (content validation).
        let chapter = id.prop_filter("the challenge is not a chapter", |c| c != CHALLENGE);
        let quiz = prop_oneof![Just(QuizRoute::Challenge), chapter.prop_map(|c| QuizRoute::Chapter(ChapterId::new(c)))];
        prop_oneof![
            Just(Page::Home),
            Just(Page::Summary),
            Just(Page::Map),
            (id, proptest::option::of(id), proptest::option::of(id)).prop_map(|(c, p, b)| Page::Read {
                back: p.as_ref().and(b).map(QuestionId::new),
                chapter: ChapterId::new(c),
                para: p.map(ParaId::new)
            }),
            (quiz, proptest::option::of(id)).prop_map(|(quiz, question)| Page::Quiz { quiz, question: question.map(QuestionId::new) }),
            Just(Page::Teacher),
            proptest::option::of(code).prop_map(|assignment| Page::Results { assignment }),
            (code, proptest::option::of(id), proptest::option::of(Just(Print::Sheet))).prop_map(|(code, question, print)| Page::Assignment {
                question: question.filter(|_| print.is_none()).map(QuestionId::new),
                code,
                print
            }),
            code.prop_map(|code| Page::AnswerKey { code }),
            code.prop_map(|code| Page::Project { code }),
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
        fn any_hash_parses_to_a_route_that_writes_and_reads_back(hash in "\\PC{0,40}|#/(zh|en)/[a-z0-9/?=-]{0,30}") {
            // A page that is not found has no address of its own: it links home.
            let route = Route::parse(&hash, Lang::Zh);
            let back = Route::parse(&route.href(), Lang::En);
            match route.page {
                Page::NotFound => prop_assert_eq!(back, Route::new(route.lang, Page::Home)),
                _ => prop_assert_eq!(back, route),
            }
        }
    }
}
