//! Quizzes: responses, grading, answer normalisation and seeded shuffling.

pub mod grade;
pub mod key;
pub mod shuffle;

pub use grade::{correct_response, grade, Outcome, Verdict};
pub use key::{QuizKey, CHALLENGE};

/// What a student answered. Ids are content ids, never positions. Saved
/// tagged with its kind: `{"Order": ["c", "a", "b"]}`, a pair as a
/// two-item array.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub enum Response {
    /// Picked choice ids (one for single choice).
    #[serde(rename = "Choices")]
    Choices(Vec<String>),
    #[serde(rename = "Bool")]
    Bool(bool),
    /// Item ids in the student's order.
    #[serde(rename = "Order")]
    Order(Vec<String>),
    /// `(left pair id, chosen right pair id)`.
    #[serde(rename = "Match")]
    Match(Vec<(String, String)>),
    /// Typed text, for numeric and short answers.
    #[serde(rename = "Text")]
    Text(String),
}

/// Why a response could not be graded yet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unanswered {
    Empty,
    Incomplete,
    NotANumber,
    WrongShape,
}

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
