//! What a student did on the prerendered quiz (`quiz`) before the app
//! started: the controls as the page holds them, read by the app's browser
//! glue, and turned here into answers in the student's progress. The page is
//! ours, but it may be from an older build, and what was typed is anything:
//! only answers the book's question could have are taken.

use crate::content::{Book, Question, Task};
use crate::progress::{Millis, Progress};
use crate::quiz::{questions, Response};
use crate::route::QuizRoute;

/// One form control as the student left it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Control {
    /// A radio button's or checkbox's name (the question's id).
    pub name: String,
    /// A typed answer's or a select's id (`{question}-input`, `{question}-match-{pair}`).
    pub id: String,
    pub value: String,
    /// Ticked: a radio button or checkbox (a typed answer or a select counts as on).
    pub on: bool,
}

/// The prerendered quiz as the student left it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Form {
    /// The quiz as written in links: a chapter's id or `challenge`.
    pub quiz: String,
    /// The seed it was drawn with (its `data-seed`).
    pub seed: u64,
    pub controls: Vec<Control>,
    /// Questions whose Check button was pressed before the app started.
    pub checks: Vec<String>,
}

/// Starts the form's quiz in `progress` with the page's seed (so the app
/// shows the same arrangement) and records each answer given on the page,
/// checking those whose Check was pressed. The page is only shown to a
/// student with no saved progress, but another tab may have started the
/// quiz since: then its seed and its answers stay, and the page's answers
/// fill only the questions it left open (nothing is lost). Returns whether
/// the progress changed.
pub fn take_over(book: &Book, progress: &mut Progress, form: &Form, now: Millis) -> bool {
    let Some(key) = QuizRoute::parse(&form.quiz).and_then(|route| route.key(book)) else { return false };
    let Some(list) = questions(book, key) else { return false };
    let mut changed = progress.quiz(key).is_none();
    let quiz = progress.quiz_mut(key, form.seed, now);
    for q in list {
        let open = quiz.answer(q).is_none_or(|a| a.response.is_none());
        let Some(response) = response(q, &form.controls).filter(|_| open) else { continue };
        quiz.respond(q, response, now);
        changed = true;
        if form.checks.iter().any(|c| c == q.id.as_str()) {
            // An answer that cannot be graded yet is kept unchecked, as the Check button would.
            let _ = quiz.check(q, now);
        }
    }
    changed
}

/// The answer the page's controls hold for `q`, if any and if it is one `q` could have.
fn response(q: &Question, controls: &[Control]) -> Option<Response> {
    let id = q.id.as_str();
    let ticked = || controls.iter().filter(move |c| c.on && c.name == id).map(|c| c.value.as_str());
    match &q.task {
        Task::Single(c) | Task::Multi(c) => {
            let mut picked: Vec<String> = Vec::new();
            for value in ticked().filter(|v| c.choices.iter().any(|choice| choice.id == *v)) {
                if !picked.iter().any(|p| p == value) {
                    picked.push(value.to_string());
                }
            }
            picked.truncate(if matches!(q.task, Task::Single(_)) { 1 } else { picked.len() });
            (!picked.is_empty()).then_some(Response::Choices(picked))
        }
        Task::TrueFalse(_) => ticked().find_map(|v| v.parse().ok()).map(Response::Bool),
        Task::Match(m) => {
            let links: Vec<(String, String)> = m
                .pairs
                .iter()
                .filter_map(|pair| {
                    let select = format!("{id}-match-{}", pair.id);
                    let chosen = controls.iter().find(|c| c.id == select)?;
                    m.pairs.iter().any(|p| p.id == chosen.value).then(|| (pair.id.clone(), chosen.value.clone()))
                })
                .collect();
            (!links.is_empty()).then_some(Response::Match(links))
        }
        Task::Numeric(_) | Task::Short(_) => typed(id, controls),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => typed(id, controls),
        Task::Order(_) => None,
    }
}

fn typed(question: &str, controls: &[Control]) -> Option<Response> {
    let input = format!("{question}-input");
    controls.iter().find(|c| c.id == input && !c.value.is_empty()).map(|c| Response::Text(c.value.clone()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;
    use crate::i18n::Lang;
    use crate::prerender::quiz::quiz;
    use crate::quiz::{grade, QuizKey, Unanswered};
    use proptest::prelude::*;

    /// Every control the page offers for a quiz, read off its markup, each ticked.
    fn every_control(html: &str) -> Vec<Control> {
        let attr = |tag: &str, name: &str| tag.split(&format!(r#" {name}=""#)).nth(1).and_then(|r| r.split('"').next()).unwrap_or("").to_string();
        let mut out = Vec::new();
        let mut select = String::new();
        for tag in html.split('<').skip(1) {
            if tag.starts_with("input") && !tag.contains("disabled") {
                let (name, id) = (attr(tag, "name"), attr(tag, "id"));
                let value = if id.is_empty() { attr(tag, "value") } else { "1".to_string() };
                out.push(Control { name, id, value, on: true });
            } else if tag.starts_with("select") {
                select = attr(tag, "id");
            } else if tag.starts_with("option") && !attr(tag, "value").is_empty() {
                out.push(Control { id: select.clone(), value: attr(tag, "value"), on: true, ..Control::default() });
            }
        }
        out
    }

    fn ch3() -> (&'static crate::content::Chapter, QuizKey<'static>) {
        let book = test_book();
        let chapter = book.chapters.iter().find(|c| c.quiz.questions.iter().any(|q| matches!(q.task, Task::Match(_)))).expect("a quiz with matching");
        (chapter, QuizKey::Chapter(&chapter.id))
    }

    fn form(quiz: &str, controls: Vec<Control>) -> Form {
        Form { quiz: quiz.to_string(), seed: 42, controls, checks: Vec::new() }
    }

    #[test]
    fn every_control_the_page_offers_gives_an_answer_of_its_question() {
        let book = test_book();
        for chapter in &book.chapters {
            let route = QuizRoute::Chapter(chapter.id.clone());
            let html = quiz(book, Lang::Zh, &route, 42).expect("the chapter's quiz");
            let mut progress = Progress::new();
            assert!(take_over(book, &mut progress, &form(chapter.id.as_str(), every_control(&html)), 1.0));
            let key = QuizKey::Chapter(&chapter.id);
            // Every question but ordering is answerable on the page.
            for q in chapter.quiz.questions.iter().filter(|q| !matches!(q.task, Task::Order(_))) {
                let response = progress.answer(key, q).and_then(|a| a.response.clone()).unwrap_or_else(|| panic!("{}: no answer", q.id));
                assert_ne!(grade(q, &response).err(), Some(Unanswered::WrongShape), "{}", q.id);
            }
            assert_eq!(progress.quiz(key).map(|p| p.seed), Some(42), "the page's seed, so the app shows the same arrangement");
        }
    }

    #[test]
    fn answers_are_read_as_the_app_would_record_them() {
        let book = test_book();
        let (chapter, key) = ch3();
        let q = |kind: fn(&Task) -> bool| chapter.quiz.questions.iter().find(|q| kind(&q.task)).expect("a question of the kind");
        let single = q(|t| matches!(t, Task::Single(_)));
        let matching = q(|t| matches!(t, Task::Match(_)));
        let Task::Single(choices) = &single.task else { unreachable!() };
        let Task::Match(m) = &matching.task else { unreachable!() };
        let (a, b) = (&choices.choices[0].id, &choices.choices[1].id);
        let controls = vec![
            Control { name: single.id.to_string(), value: a.clone(), on: false, ..Control::default() },
            Control { name: single.id.to_string(), value: b.clone(), on: true, ..Control::default() },
            Control { name: single.id.to_string(), value: "no-such-choice".into(), on: true, ..Control::default() },
            Control { id: format!("{}-match-{}", matching.id, m.pairs[0].id), value: m.pairs[1].id.clone(), on: true, ..Control::default() },
            Control { id: format!("{}-match-{}", matching.id, m.pairs[1].id), value: "<old build>".into(), on: true, ..Control::default() },
            Control { id: format!("{}-match-{}", matching.id, m.pairs[2].id), value: String::new(), on: true, ..Control::default() },
        ];
        let mut progress = Progress::new();
        let mut f = form(chapter.id.as_str(), controls);
        f.checks = vec![single.id.to_string(), matching.id.to_string()];
        assert!(take_over(book, &mut progress, &f, 5.0));
        assert_eq!(progress.quiz(key).map(|p| p.answers.len()), Some(2), "the two answers of the book's shape");
        let single_answer = progress.answer(key, single).expect("single");
        assert_eq!(single_answer.response, Some(Response::Choices(vec![b.clone()])));
        assert!(single_answer.checked && single_answer.attempts == 1, "its Check was pressed");
        let match_answer = progress.answer(key, matching).expect("matching");
        assert_eq!(match_answer.response, Some(Response::Match(vec![(m.pairs[0].id.clone(), m.pairs[1].id.clone())])));
        assert!(!match_answer.checked && match_answer.attempts == 0, "an incomplete match cannot be checked, and costs nothing");
    }

    #[test]
    fn a_quiz_another_tab_started_keeps_its_seed_and_answers_and_gets_the_rest() {
        let book = test_book();
        let (chapter, key) = ch3();
        let html = quiz(book, Lang::Zh, &QuizRoute::Chapter(chapter.id.clone()), 42).expect("quiz");
        let (first, second) = (&chapter.quiz.questions[0], &chapter.quiz.questions[1]);
        let Task::Single(choices) = &first.task else { panic!("{}: single choice expected", first.id) };
        let theirs = Response::Choices(vec![choices.choices[0].id.clone()]);
        let mut progress = Progress::new();
        progress.quiz_mut(key, 7, 1.0).respond(first, theirs.clone(), 1.0);
        let mut page = form(chapter.id.as_str(), every_control(&html));
        page.checks = vec![first.id.to_string()];
        assert!(take_over(book, &mut progress, &page, 2.0));
        assert_eq!(progress.quiz(key).map(|p| p.seed), Some(7), "the other tab's seed");
        let kept = progress.answer(key, first).expect("theirs");
        assert_eq!((kept.response.as_ref(), kept.checked), (Some(&theirs), false), "its answer, not the page's, and not checked by the page");
        assert!(progress.answer(key, second).is_some_and(|a| a.response.is_some()), "an open question gets the page's answer");
        let before = progress.clone();
        assert!(!take_over(book, &mut progress, &page, 3.0), "nothing left to take");
        assert_eq!(progress, before);
    }

    #[test]
    fn an_unknown_quiz_is_left_alone() {
        let book = test_book();
        let html = quiz(book, Lang::Zh, &QuizRoute::Challenge, 42).expect("quiz");
        for quiz in ["no-such-chapter", "", "../x"] {
            let mut progress = Progress::new();
            assert!(!take_over(book, &mut progress, &form(quiz, every_control(&html)), 2.0), "{quiz}");
            assert_eq!(progress, Progress::new());
        }
    }

    proptest! {
        /// Whatever the page holds (an older build's, or anything typed), only
        /// answers of the question's own shape are recorded, one choice at most
        /// for single choice, and taking over never fails.
        #[test]
        fn any_controls_give_only_well_formed_answers(
            picks in proptest::collection::vec((0usize..400, 0usize..8, any::<bool>(), "[a-z0-9-]{0,6}"), 0..60),
            challenge in any::<bool>(),
            chapter in 0usize..8,
        ) {
            let book = test_book();
            let all: Vec<&Question> = book.questions().collect();
            let controls: Vec<Control> = picks.into_iter().map(|(qi, part, on, junk)| {
                let q = all[qi % all.len()];
                let parts = q.task.parts();
                let value = match part {
                    0 => junk.clone(),
                    1 => "true".into(),
                    _ => parts.choices.get(part).map(|c| c.id.clone()).or_else(|| parts.pairs.get(part).map(|p| p.id.clone())).unwrap_or(junk.clone()),
                };
                let pair = parts.pairs.get(part % parts.pairs.len().max(1)).map(|p| p.id.clone()).unwrap_or(junk);
                let id = match qi % 3 { 0 => format!("{}-input", q.id), 1 => format!("{}-match-{pair}", q.id), _ => String::new() };
                Control { name: q.id.to_string(), id, value, on }
            }).collect();
            let quiz = if challenge { "challenge".to_string() } else { book.chapters[chapter % book.chapters.len()].id.to_string() };
            let mut progress = Progress::new();
            let f = Form { quiz, seed: 3, controls, checks: all.iter().map(|q| q.id.to_string()).collect() };
            take_over(book, &mut progress, &f, 1.0);
            for q in &all {
                for key in [QuizKey::Challenge, QuizKey::Chapter(&book.chapters[chapter % book.chapters.len()].id)] {
                    if let Some(r) = progress.answer(key, q).and_then(|a| a.response.as_ref()) {
                        prop_assert_ne!(grade(q, r).err(), Some(Unanswered::WrongShape), "{}", q.id);
                        if let (Task::Single(_), Response::Choices(ids)) = (&q.task, r) {
                            prop_assert!(ids.len() == 1);
                        }
                    }
                }
            }
        }
    }
}
