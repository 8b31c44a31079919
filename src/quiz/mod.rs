//! Quizzes: responses, grading, answer normalisation and seeded shuffling.

pub mod grade;
pub mod normalize;
pub mod shuffle;

use serde::{Deserialize, Serialize};

pub use grade::{correct_response, grade, Outcome, Verdict};

/// What a student answered. Ids are content ids, never positions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Response {
    /// Picked choice ids (one for single choice).
    Choices(Vec<String>),
    Bool(bool),
    /// Item ids in the student's order.
    Order(Vec<String>),
    /// `(left pair id, chosen right pair id)`.
    Match(Vec<(String, String)>),
    /// Typed text, for numeric and short answers.
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
