//! Grading: `grade(question, response) -> Outcome`, deterministic and pure.
//! Each kind grades itself (`content::kinds`, where each module says how it
//! gives partial credit); this is the entry point the rest of the app uses.

pub use crate::content::kinds::{Outcome, Verdict};

use super::{Response, Unanswered};
use crate::content::Question;

/// Grades a response. A response that is empty, of the wrong shape or not a
/// number where one is asked for is not graded, so it never costs an attempt.
pub fn grade(q: &Question, response: &Response) -> Result<Outcome, Unanswered> {
    q.task.grade(response)
}

/// A response that is fully right, for tests, answer keys and "show correct answers".
pub fn correct_response(q: &Question) -> Response {
    q.task.correct()
}
