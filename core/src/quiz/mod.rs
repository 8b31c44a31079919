//! Quizzes: grading, whose progress a quiz is, seeded shuffling, and which
//! questions a quiz asks. Responses and grading rules live with the question
//! kinds (`content::kinds`).

pub mod grade;
pub mod key;
pub mod note;
pub mod shuffle;

pub use grade::{correct_response, grade, Outcome, Verdict};
pub use key::{QuizKey, CHALLENGE};

pub use crate::content::kinds::{Response, Unanswered};

use crate::content::{Book, Kind, Level, Mechanism, Question};

/// The questions of a quiz: a chapter's own, or for the mechanism challenge
/// [`challenge`]'s mix. Quizzes show them in a seeded order per student
/// where they shuffle (`shuffle`).
/// An assignment's questions travel in its link, not here: `None`.
pub fn questions<'a>(book: &'a Book, quiz: QuizKey<'_>) -> Option<Vec<&'a Question>> {
    match quiz {
        QuizKey::Chapter(id) => book.chapter(id).map(|c| c.quiz.questions.iter().collect()),
        QuizKey::Challenge => Some(challenge(book)),
        QuizKey::Assignment(_) => None,
    }
}

/// The mechanism challenge: [`CHALLENGE_SIZE`] questions from every chapter
/// and of every kind, most of them on the three mechanisms (the one asked
/// least so far next; application and understanding before recall), so that
/// it tests the mechanisms across the whole story, not one chapter's facts.
pub fn challenge(book: &Book) -> Vec<&Question> {
    // Preference: on a mechanism, then by level (application first), then in book order.
    let rank = |q: &Question| (q.mechanism.is_none(), std::cmp::Reverse(Level::ALL.iter().position(|l| *l == q.level)));
    let mut pool: Vec<&Question> = book.questions().collect();
    pool.sort_by_key(|q| rank(q));
    let mut picked: Vec<&Question> = Vec::new();
    // Every chapter, every kind at least once …
    for c in &book.chapters {
        take(&pool, &mut picked, |q| c.quiz.questions.iter().any(|x| x.id == q.id));
    }
    for kind in Kind::ALL {
        if !picked.iter().any(|q| q.kind() == kind) {
            take(&pool, &mut picked, |q| q.kind() == kind);
        }
    }
    // … then the mechanism asked least so far, until the size is reached.
    while picked.len() < CHALLENGE_SIZE {
        let before = picked.len();
        let on = |m: Mechanism, picked: &[&Question]| picked.iter().filter(|q| q.mechanism == Some(m)).count();
        let mut least = Mechanism::ALL;
        least.sort_by_key(|m| on(*m, &picked));
        for m in least {
            take(&pool, &mut picked, |q| q.mechanism == Some(m));
            if picked.len() > before {
                break;
            }
        }
        if picked.len() == before {
            take(&pool, &mut picked, |_| true);
        }
        if picked.len() == before {
            break;
        }
    }
    picked.truncate(CHALLENGE_SIZE);
    picked
}

/// The order a student meets a quiz's questions in: a chapter's as the
/// story tells it, the challenge's in an order of their own from their seed.
pub fn in_order<'a>(quiz: QuizKey, questions: Vec<&'a Question>, seed: u64) -> Vec<&'a Question> {
    match quiz {
        QuizKey::Challenge => shuffle::permutation(questions.len(), seed).into_iter().map(|i| questions[i]).collect(),
        QuizKey::Chapter(_) | QuizKey::Assignment(_) => questions,
    }
}

/// Adds the first question of the pool that is wanted and not picked yet.
fn take<'a>(pool: &[&'a Question], picked: &mut Vec<&'a Question>, wanted: impl Fn(&Question) -> bool) {
    if let Some(q) = pool.iter().find(|q| wanted(q) && !picked.iter().any(|p| p.id == q.id)) {
        picked.push(q);
    }
}

/// How many questions the mechanism challenge asks.
pub const CHALLENGE_SIZE: usize = 15;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;

    #[test]
    fn the_challenge_spans_every_chapter_kind_and_mechanism() {
        let book = test_book();
        let picked = challenge(book);
        assert_eq!(picked.len(), CHALLENGE_SIZE);
        let mut ids: Vec<&str> = picked.iter().map(|q| q.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), CHALLENGE_SIZE, "no question twice");
        for c in &book.chapters {
            assert!(picked.iter().any(|q| c.quiz.questions.iter().any(|x| x.id == q.id)), "nothing from {}", c.id);
        }
        for kind in Kind::ALL {
            assert!(picked.iter().any(|q| q.kind() == kind), "no {kind:?} question");
        }
        for m in Mechanism::ALL {
            assert!(picked.iter().filter(|q| q.mechanism == Some(m)).count() >= 3, "fewer than 3 on {m:?}");
        }
        assert!(picked.iter().filter(|q| q.mechanism.is_some()).count() * 3 >= CHALLENGE_SIZE * 2, "mostly on the mechanisms");
    }

    #[test]
    fn each_student_meets_the_challenge_in_an_order_of_their_own() {
        let picked = challenge(test_book());
        let ids = |qs: Vec<&Question>| qs.iter().map(|q| q.id.to_string()).collect::<Vec<_>>();
        let (one, other) = (ids(in_order(QuizKey::Challenge, picked.clone(), 1)), ids(in_order(QuizKey::Challenge, picked.clone(), 2)));
        assert_ne!(one, other);
        assert_eq!(one, ids(in_order(QuizKey::Challenge, picked.clone(), 1)), "the same student, the same order");
        let chapter = test_book().chapters[0].quiz.questions.iter().collect::<Vec<_>>();
        assert_eq!(ids(in_order(QuizKey::Chapter("ch1"), chapter.clone(), 1)), ids(chapter), "a chapter's quiz follows the story");
    }
}
