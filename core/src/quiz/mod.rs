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

use crate::content::{Book, Mechanism, Question};

/// The questions of a quiz: a chapter's own, or for the mechanism challenge a
/// mix from every chapter, taking turns between the three mechanisms.
pub fn questions<'a>(book: &'a Book, quiz: &str) -> Option<Vec<&'a Question>> {
    if quiz != CHALLENGE {
        return book.chapter(quiz).map(|c| c.quiz.questions.iter().collect());
    }
    let by_mechanism: Vec<Vec<&Question>> =
        Mechanism::ALL.iter().map(|m| book.questions().filter(|q| q.mechanism == Some(*m) && q.level != crate::content::Level::Recall).collect()).collect();
    let longest = by_mechanism.iter().map(Vec::len).max().unwrap_or(0);
    let mixed = (0..longest).flat_map(|i| by_mechanism.iter().filter_map(move |qs| qs.get(i).copied()));
    Some(mixed.take(CHALLENGE_SIZE).collect())
}

/// How many questions the mechanism challenge asks.
pub const CHALLENGE_SIZE: usize = 15;
