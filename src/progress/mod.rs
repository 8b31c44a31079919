//! What a student has done, as plain data saved in the browser: answers,
//! checks and scores per question, reading position, language and the last
//! place visited. Keys are content ids, never positions.

pub mod store;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::Question;
use crate::i18n::Lang;
use crate::quiz::{grade, Outcome, Response, Unanswered, Verdict};

/// The schema version written by this build.
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    pub version: u32,
    pub lang: Option<Lang>,
    pub name: String,
    /// The hash of the last page visited, for "continue".
    pub last: Option<String>,
    pub read: BTreeMap<String, Reading>,
    /// Per quiz: a chapter id or `challenge`.
    pub quizzes: BTreeMap<String, QuizProgress>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reading {
    pub done: bool,
    /// The paragraph last reached.
    pub at: Option<String>,
}

/// How a quiz gives feedback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Check each answer at once.
    #[default]
    Instant,
    /// Answer everything, then submit.
    Submit,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizProgress {
    pub seed: u64,
    pub mode: Mode,
    pub submitted: bool,
    /// When it was last submitted, in minutes since 2020-01-01 UTC
    /// (`share::time`): the time a result code reports.
    pub submitted_at: Option<u32>,
    pub answers: BTreeMap<String, Answer>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// Fingerprint of the question this answer was given to.
    pub hash: u64,
    pub response: Option<Response>,
    pub checked: bool,
    pub attempts: u32,
    pub best: f64,
    pub last: Option<f64>,
    /// Set when the question changed since it was answered and the answer was reset.
    pub changed: bool,
}

/// A fingerprint of a question's content: editing the question changes it.
pub fn fingerprint(q: &Question) -> u64 {
    q.hash
}

impl Answer {
    pub fn outcome(&self, q: &Question) -> Option<Outcome> {
        self.response.as_ref().and_then(|r| grade(q, r).ok())
    }

    pub fn is_correct(&self, q: &Question) -> bool {
        self.checked && self.outcome(q).is_some_and(|o| o.verdict == Verdict::Correct)
    }
}

impl Progress {
    pub fn new() -> Progress {
        Progress { version: VERSION, ..Progress::default() }
    }

    /// A quiz's progress, created with the given seed on first use.
    pub fn quiz_mut(&mut self, quiz: &str, seed: u64) -> &mut QuizProgress {
        self.quizzes.entry(quiz.to_string()).or_insert_with(|| QuizProgress { seed, ..QuizProgress::default() })
    }

    pub fn answer(&self, quiz: &str, q: &Question) -> Option<&Answer> {
        self.quizzes.get(quiz)?.answers.get(q.id.as_ref()).filter(|a| a.hash == fingerprint(q))
    }

    /// Forgets answers given to an older version of a question, and marks them
    /// so the student is told. Returns how many were reset.
    pub fn reconcile(&mut self, questions: &[&Question]) -> usize {
        let mut reset = 0;
        for quiz in self.quizzes.values_mut() {
            for q in questions {
                if let Some(a) = quiz.answers.get_mut(q.id.as_ref()) {
                    if a.hash != fingerprint(q) {
                        *a = Answer { hash: fingerprint(q), changed: true, ..Answer::default() };
                        reset += 1;
                    }
                }
            }
        }
        reset
    }
}

impl QuizProgress {
    fn answer_mut(&mut self, q: &Question) -> &mut Answer {
        let hash = fingerprint(q);
        let answer = self.answers.entry(q.id.to_string()).or_default();
        if answer.hash != hash {
            *answer = Answer { hash, ..Answer::default() };
        }
        answer
    }

    pub fn answer(&self, q: &Question) -> Option<&Answer> {
        self.answers.get(q.id.as_ref()).filter(|a| a.hash == fingerprint(q))
    }

    /// Records a response in progress; a checked answer that changes is no
    /// longer checked.
    pub fn respond(&mut self, q: &Question, response: Response) {
        let answer = self.answer_mut(q);
        if answer.response.as_ref() != Some(&response) {
            answer.response = Some(response);
            answer.checked = false;
            answer.changed = false;
        }
    }

    /// Grades the current response and counts the attempt.
    pub fn check(&mut self, q: &Question) -> Result<Outcome, Unanswered> {
        let answer = self.answer_mut(q);
        let outcome = grade(q, answer.response.as_ref().ok_or(Unanswered::Empty)?)?;
        answer.checked = true;
        answer.attempts += 1;
        answer.last = Some(outcome.score);
        answer.best = answer.best.max(outcome.score);
        Ok(outcome)
    }

    /// Checks every answered question and closes the quiz. Unanswered ones
    /// score nothing.
    pub fn submit(&mut self, questions: &[&Question]) {
        for q in questions {
            let _ = self.check(q);
        }
        self.submitted = true;
    }

    /// Submits, noting when (minutes since 2020-01-01 UTC).
    pub fn submit_at(&mut self, questions: &[&Question], minutes: u32) {
        self.submit(questions);
        self.submitted_at = Some(minutes);
    }

    /// Reopens the quiz with only the questions not fully right cleared.
    pub fn retry_wrong(&mut self, questions: &[&Question]) {
        for q in questions {
            let answer = self.answer_mut(q);
            if !answer.is_correct(q) {
                answer.response = None;
                answer.checked = false;
            }
        }
        self.submitted = false;
    }

    /// The score of the checked answers: (points earned, questions).
    pub fn score(&self, questions: &[&Question]) -> (f64, usize) {
        let earned = questions
            .iter()
            .filter_map(|q| self.answer(q).filter(|a| a.checked).and_then(|a| a.outcome(q)))
            .map(|o| o.score)
            .sum();
        (earned, questions.len())
    }
}
