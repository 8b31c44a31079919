//! What a student has done, as plain data saved in the browser: answers,
//! checks and scores per question, reading position, language and the last
//! place visited. Keys are content ids, never positions.
//!
//! Every change carries the time it was made (milliseconds since 1970, given
//! by the caller), so two tabs can merge their work without either losing the
//! other's newer answers (`merge`), and a reset wins over older answers.

pub mod export;
pub mod map;
pub mod mastery;
pub mod merge;
pub mod store;

pub use map::Map;

use serde::{Deserialize, Serialize};

use crate::content::{Book, ChapterId, ParaId, Question, QuestionId};
use crate::i18n::Lang;
use crate::quiz::{grade, Outcome, QuizKey, Response, Unanswered, Verdict};

/// The schema version written by this build (see `store` for each version).
pub const VERSION: u32 = 3;

/// Milliseconds since 1970, as `Date.now()` gives them.
pub type Millis = f64;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Progress {
    #[serde(rename = "version")]
    pub version: u32,
    #[serde(rename = "lang")]
    pub lang: Option<Lang>,
    #[serde(rename = "name")]
    pub name: String,
    /// The hash of the last page visited, for "continue".
    #[serde(rename = "last")]
    pub last: Option<String>,
    #[serde(rename = "read")]
    pub read: Map<Reading, ChapterId>,
    /// Per quiz, by its `QuizKey` written as text: a chapter id, `challenge` or `a-{fingerprint}`.
    #[serde(rename = "quizzes")]
    pub quizzes: Map<QuizProgress>,
    /// When `lang`, `name` or `last` last changed.
    #[serde(rename = "updated")]
    pub updated: Millis,
    /// When everything was last reset: anything older is gone.
    #[serde(rename = "reset_at")]
    pub reset_at: Millis,
    /// How the app looks: `None` follows the system.
    #[serde(rename = "theme")]
    pub theme: Option<Theme>,
    /// Text size step: 0 (normal) to [`TEXT_STEPS`] − 1.
    #[serde(rename = "text_size")]
    pub text_size: u8,
    /// The student number (学号) given for assignments; changes with `updated`.
    #[serde(rename = "student_number")]
    pub student_number: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Theme {
    #[serde(rename = "Light")]
    Light,
    #[serde(rename = "Dark")]
    Dark,
}

/// Text sizes offered, as percentages of the browser's own size.
pub const TEXT_STEPS: [u32; 3] = [100, 115, 130];

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Reading {
    #[serde(rename = "done")]
    pub done: bool,
    /// The paragraph last reached.
    #[serde(rename = "at")]
    pub at: Option<ParaId>,
    #[serde(rename = "updated")]
    pub updated: Millis,
}

/// How a quiz gives feedback.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Mode {
    /// Check each answer at once.
    #[default]
    #[serde(rename = "Instant")]
    Instant,
    /// Answer everything, then submit.
    #[serde(rename = "Submit")]
    Submit,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct QuizProgress {
    #[serde(rename = "seed")]
    pub seed: u64,
    #[serde(rename = "mode")]
    pub mode: Mode,
    #[serde(rename = "submitted")]
    pub submitted: bool,
    /// When it was last submitted (for an assignment's result code).
    #[serde(rename = "submitted_at")]
    pub submitted_at: Option<Millis>,
    #[serde(rename = "answers")]
    pub answers: Map<Answer, QuestionId>,
    /// When `mode` or `submitted` last changed.
    #[serde(rename = "updated")]
    pub updated: Millis,
    /// When this quiz was last reset: older answers are gone.
    #[serde(rename = "reset_at")]
    pub reset_at: Millis,
    /// An assignment's submitted attempts, frozen, by attempt number ("1", "2"…).
    #[serde(rename = "frozen")]
    pub frozen: Map<Attempt>,
}

impl Attempt {
    /// The points this attempt scored on these questions.
    pub fn earned(&self, questions: &[&Question]) -> f64 {
        let answer = |q: &Question| self.answers.get(q.id.as_ref()).filter(|a| a.hash == fingerprint(q) && a.checked).and_then(|a| a.outcome(q));
        questions.iter().filter_map(|q| answer(q)).map(|o| o.score).sum()
    }
}

/// One submitted attempt (at an assignment or a quiz in submit mode): its
/// answers as they were, never changed afterwards.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Attempt {
    /// When it was submitted.
    #[serde(rename = "at")]
    pub at: Millis,
    #[serde(rename = "answers")]
    pub answers: Map<Answer, QuestionId>,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Answer {
    /// Fingerprint of the question this answer was given to.
    #[serde(rename = "hash")]
    pub hash: u64,
    #[serde(rename = "response")]
    pub response: Option<Response>,
    #[serde(rename = "checked")]
    pub checked: bool,
    #[serde(rename = "attempts")]
    pub attempts: u32,
    #[serde(rename = "best")]
    pub best: f64,
    #[serde(rename = "last")]
    pub last: Option<f64>,
    /// Set when the question changed since it was answered and the answer was reset.
    #[serde(rename = "changed")]
    pub changed: bool,
    /// When this answer last changed.
    #[serde(rename = "at")]
    pub at: Millis,
}

/// A fingerprint of what a question asks and accepts (`content::fingerprint`):
/// editing that changes it.
pub fn fingerprint(q: &Question) -> u64 {
    q.hash
}

/// Where a quiz stands for the student: what its results box, the summary
/// and the overall score show.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Tally {
    pub questions: usize,
    /// Questions without a response.
    pub unanswered: usize,
    /// Questions with a response that cannot be graded yet (a matching with
    /// a pair left open, a number that is not one): never scored as given.
    pub incomplete: usize,
    /// Questions whose answer was checked.
    pub checked: usize,
    /// Points of the checked answers.
    pub earned: f64,
    /// The best whole attempt: the most points earned in one submitted
    /// attempt, or now (never a sum of each question's best).
    pub best: f64,
    pub attempts: u32,
}

/// Where a question stands for the student.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// No answer yet.
    Open,
    /// Answered, not checked yet.
    Answered,
    Right,
    /// Checked and not fully right.
    Wrong,
}

impl Standing {
    pub fn of(answer: Option<&Answer>, q: &Question) -> Standing {
        match answer {
            Some(a) if a.checked && a.is_correct(q) => Standing::Right,
            Some(a) if a.checked => Standing::Wrong,
            Some(a) if a.response.is_some() => Standing::Answered,
            _ => Standing::Open,
        }
    }
}

/// Where an unchecked response stands before submitting.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// No response at all.
    Unanswered,
    /// Begun but not gradable (e.g. 3 of 4 pairs matched): scores nothing.
    Incomplete,
}

impl Gap {
    /// The gap this answer leaves, if any.
    pub fn of(answer: Option<&Answer>, q: &Question) -> Option<Gap> {
        match answer.and_then(|a| a.response.as_ref()).map(|r| grade(q, r)) {
            None | Some(Err(Unanswered::Empty)) => Some(Gap::Unanswered),
            Some(Err(_)) => Some(Gap::Incomplete),
            Some(Ok(_)) => None,
        }
    }
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

    /// A quiz's progress, created with the given seed (at time `now`) on first use.
    pub fn quiz_mut(&mut self, quiz: QuizKey, seed: u64, now: Millis) -> &mut QuizProgress {
        self.quizzes.get_or_insert_with(&quiz.name().into_owned(), || QuizProgress { seed, updated: now, ..QuizProgress::default() })
    }

    /// A quiz's progress, if it was ever opened.
    pub fn quiz(&self, quiz: QuizKey) -> Option<&QuizProgress> {
        self.quizzes.get(&quiz.name())
    }

    /// Opens a quiz for the first time: its choices will be shuffled from
    /// `seed`. Returns the seed it keeps, the first one it was opened with.
    pub fn start_quiz(&mut self, quiz: QuizKey, seed: u64, now: Millis) -> u64 {
        self.quiz_mut(quiz, seed, now).seed
    }

    pub fn answer(&self, quiz: QuizKey, q: &Question) -> Option<&Answer> {
        self.quiz(quiz)?.answer(q)
    }

    /// Where a quiz stands, over the given questions.
    pub fn tally(&self, quiz: QuizKey, questions: &[&Question]) -> Tally {
        let answers = || questions.iter().filter_map(|q| self.answer(quiz, q).map(|a| (q, a)));
        let gaps = self.gaps(quiz, questions);
        let earned = answers().filter(|(_, a)| a.checked).filter_map(|(q, a)| a.outcome(q)).map(|o| o.score).sum();
        let frozen = self.quiz(quiz).into_iter().flat_map(|qp| qp.frozen.values()).map(|attempt| attempt.earned(questions));
        Tally {
            questions: questions.len(),
            unanswered: gaps.iter().filter(|(_, g)| *g == Gap::Unanswered).count(),
            incomplete: gaps.iter().filter(|(_, g)| *g == Gap::Incomplete).count(),
            checked: answers().filter(|(_, a)| a.checked).count(),
            earned,
            best: frozen.fold(earned, f64::max),
            attempts: answers().map(|(_, a)| a.attempts).sum(),
        }
    }

    /// The questions left unanswered or incomplete, by their place in
    /// `questions`: what a student is asked to confirm before submitting.
    pub fn gaps(&self, quiz: QuizKey, questions: &[&Question]) -> Vec<(usize, Gap)> {
        questions.iter().enumerate().filter_map(|(i, q)| Gap::of(self.answer(quiz, q), q).map(|g| (i, g))).collect()
    }

    /// Points earned and questions asked over every chapter's quiz.
    pub fn overall(&self, book: &Book) -> (f64, usize) {
        book.chapters.iter().fold((0.0, 0), |(earned, total), c| {
            let t = self.tally(QuizKey::Chapter(&c.id), &c.quiz.questions.iter().collect::<Vec<_>>());
            (earned + t.earned, total + t.questions)
        })
    }

    /// The first question not fully right yet, where "retry" takes the student.
    pub fn first_not_right<'q>(&self, quiz: QuizKey, questions: &[&'q Question]) -> Option<&'q Question> {
        questions.iter().copied().find(|q| !self.answer(quiz, q).is_some_and(|a| a.is_correct(q)))
    }

    /// Forgets answers given to an older version of a question, and marks them
    /// so the student is told. Returns how many were reset.
    pub fn reconcile(&mut self, questions: &[&Question]) -> usize {
        let mut reset = 0;
        for quiz in self.quizzes.values_mut() {
            for q in questions {
                if let Some(a) = quiz.answers.get_mut(q.id.as_ref()) {
                    if a.hash != fingerprint(q) {
                        *a = Answer { hash: fingerprint(q), changed: true, at: a.at, ..Answer::default() };
                        reset += 1;
                    }
                }
            }
        }
        reset
    }

    /// Sets the language, the name or the last place, if it changed.
    pub fn set_place(&mut self, lang: Lang, last: Option<String>, now: Millis) {
        let last = last.or_else(|| self.last.clone());
        if self.lang != Some(lang) || self.last != last {
            self.lang = Some(lang);
            self.last = last;
            self.updated = now;
        }
    }

    pub fn set_name(&mut self, name: &str, now: Millis) {
        if self.name != name {
            self.name = name.to_string();
            self.updated = now;
        }
    }

    /// Sets the student number (学号) an assignment asks for, if it changed.
    pub fn set_student_number(&mut self, number: &str, now: Millis) {
        if self.student_number != number {
            self.student_number = number.to_string();
            self.updated = now;
        }
    }

    /// Notes where the reader is in a chapter, and whether they reached its end.
    pub fn read_at(&mut self, chapter: &ChapterId, para: Option<&ParaId>, done: bool, now: Millis) {
        let reading = self.read.get_or_default(chapter);
        let at = para.cloned().or_else(|| reading.at.clone());
        if reading.at != at || (done && !reading.done) {
            reading.at = at;
            reading.done |= done;
            reading.updated = now;
        }
    }

    /// Forgets one chapter: its reading and its quiz.
    pub fn reset_chapter(&mut self, chapter: &ChapterId, now: Millis) {
        // Kept as a blank reading with its time, so that merging with a copy
        // that still has the old one does not bring it back.
        if let Some(reading) = self.read.get_mut(chapter) {
            *reading = Reading { updated: now, ..Reading::default() };
        }
        if let Some(quiz) = self.quizzes.get_mut(&QuizKey::Chapter(chapter).to_string()) {
            *quiz = QuizProgress { seed: quiz.seed, reset_at: now, updated: now, ..QuizProgress::default() };
        }
    }

    /// Forgets everything but the language and how the app looks.
    pub fn reset_all(&mut self, now: Millis) {
        let (lang, theme, text_size) = (self.lang, self.theme, self.text_size);
        *self = Progress { lang, theme, text_size, updated: now, reset_at: now, ..Progress::new() };
    }

    /// Switches between light and dark, starting from what is shown now.
    pub fn toggle_theme(&mut self, showing_dark: bool, now: Millis) {
        self.theme = Some(if showing_dark { Theme::Light } else { Theme::Dark });
        self.updated = now;
    }

    /// The next text size, back to normal after the largest.
    pub fn next_text_size(&mut self, now: Millis) {
        self.text_size = (self.text_size + 1) % TEXT_STEPS.len() as u8;
        self.updated = now;
    }

    pub fn text_percent(&self) -> u32 {
        TEXT_STEPS.get(usize::from(self.text_size)).copied().unwrap_or(100)
    }

    /// How many questions have an answer, and how many chapters are read.
    pub fn counts(&self) -> (usize, usize) {
        let answered = self.quizzes.values().flat_map(|q| q.answers.values()).filter(|a| a.response.is_some()).count();
        (answered, self.read.values().filter(|r| r.done).count())
    }
}

impl QuizProgress {
    fn answer_mut(&mut self, q: &Question) -> &mut Answer {
        let hash = fingerprint(q);
        let answer = self.answers.get_or_default(&q.id);
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
    pub fn respond(&mut self, q: &Question, response: Response, now: Millis) {
        let answer = self.answer_mut(q);
        if answer.response.as_ref() != Some(&response) {
            answer.response = Some(response);
            answer.checked = false;
            answer.changed = false;
            answer.at = now;
        }
    }

    /// Lets a checked answer be changed again.
    pub fn reopen(&mut self, q: &Question, now: Millis) {
        let answer = self.answer_mut(q);
        answer.checked = false;
        answer.at = now;
    }

    /// Grades the current response and counts the attempt.
    pub fn check(&mut self, q: &Question, now: Millis) -> Result<Outcome, Unanswered> {
        let response = self.answer(q).and_then(|a| a.response.as_ref()).ok_or(Unanswered::Empty)?;
        let outcome = grade(q, response)?;
        let answer = self.answer_mut(q);
        answer.checked = true;
        answer.attempts += 1;
        answer.last = Some(outcome.score);
        answer.best = answer.best.max(outcome.score);
        answer.at = now;
        Ok(outcome)
    }

    /// Sets how the quiz gives feedback, if that changes.
    pub fn set_mode(&mut self, mode: Mode, now: Millis) {
        if self.mode != mode {
            self.mode = mode;
            self.updated = now;
        }
    }

    /// Checks every answered question and closes the quiz. Unanswered ones
    /// score nothing.
    pub fn submit(&mut self, questions: &[&Question], now: Millis) {
        for q in questions {
            let _ = self.check(q, now);
        }
        self.submitted = true;
        self.submitted_at = Some(now);
        self.updated = now;
    }

    /// Submits an assignment: checks every answered question, closes the quiz
    /// and freezes this attempt's answers under the next attempt number.
    /// Returns that number. Nothing changes a frozen attempt.
    pub fn submit_attempt(&mut self, questions: &[&Question], now: Millis) -> u32 {
        self.submit(questions, now);
        let number = self.attempts_made() + 1;
        let answers = questions.iter().filter_map(|q| self.answer(q).map(|a| (q.id.clone(), a.clone()))).collect();
        self.frozen.insert(number.to_string(), Attempt { at: now, answers });
        number
    }

    /// How many attempts were submitted.
    pub fn attempts_made(&self) -> u32 {
        self.frozen.iter().filter_map(|(k, _)| k.parse::<u32>().ok()).max().unwrap_or(0)
    }

    /// The latest submitted attempt, with its number.
    pub fn latest_attempt(&self) -> Option<(u32, &Attempt)> {
        let n = self.attempts_made();
        self.frozen.get(n.to_string().as_str()).map(|a| (n, a))
    }

    /// Starts a new attempt at an assignment: every answer cleared, the quiz
    /// open again; the attempts already submitted stay as they were.
    pub fn new_attempt(&mut self, questions: &[&Question], now: Millis) {
        for q in questions {
            let answer = self.answer_mut(q);
            *answer = Answer { hash: answer.hash, at: now, ..Answer::default() };
        }
        self.submitted = false;
        self.updated = now;
    }

    /// Reopens the quiz with only the questions not fully right cleared.
    pub fn retry_wrong(&mut self, questions: &[&Question], now: Millis) {
        for q in questions {
            let answer = self.answer_mut(q);
            if !answer.is_correct(q) {
                answer.response = None;
                answer.checked = false;
                answer.at = now;
            }
        }
        self.submitted = false;
        self.updated = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::correct_response;
    use proptest::prelude::*;

    fn question(id: &str) -> &'static Question {
        crate::content::test_book().question(id).expect("question in the bank")
    }

    #[test]
    fn standing_follows_the_answer() {
        let q = question("ch1-q1");
        let mut quiz = QuizProgress::default();
        assert_eq!(Standing::of(quiz.answer(q), q), Standing::Open);
        quiz.respond(q, correct_response(q), 1.0);
        assert_eq!(Standing::of(quiz.answer(q), q), Standing::Answered);
        let _ = quiz.check(q, 2.0);
        assert_eq!(Standing::of(quiz.answer(q), q), Standing::Right);
        let wrong = q.task.parts().choices.iter().find(|c| !c.correct).expect("a wrong choice");
        quiz.respond(q, Response::Choices(vec![wrong.id.to_string()]), 3.0);
        let _ = quiz.check(q, 4.0);
        assert_eq!(Standing::of(quiz.answer(q), q), Standing::Wrong);
    }

    #[test]
    fn an_edited_question_resets_alone_and_says_so() {
        let (q1, q2) = (question("ch1-q1"), question("ch1-q2"));
        let mut p = Progress::new();
        let quiz = p.quiz_mut(QuizKey::Chapter("ch1"), 1, 0.0);
        quiz.respond(q1, correct_response(q1), 1.0);
        quiz.respond(q2, correct_response(q2), 1.0);
        let mut edited = q1.clone();
        edited.prompt.en = "An edited prompt".into();
        edited.hash ^= 1;
        assert_eq!(p.reconcile(&[&edited, q2]), 1);
        let a1 = &p.quizzes["ch1"].answers["ch1-q1"];
        assert!(a1.changed && a1.response.is_none());
        assert_eq!(p.answer(QuizKey::Chapter("ch1"), q2).and_then(|a| a.response.clone()), Some(correct_response(q2)));
    }

    #[test]
    fn checking_counts_attempts_and_keeps_the_best_score() {
        let q = question("ch1-q1");
        let mut p = Progress::new();
        let quiz = p.quiz_mut(QuizKey::Chapter("ch1"), 1, 0.0);
        let wrong = q.task.parts().choices.iter().find(|c| !c.correct).expect("a wrong choice");
        quiz.respond(q, Response::Choices(vec![wrong.id.to_string()]), 1.0);
        assert_eq!(quiz.check(q, 2.0).map(|o| o.score), Ok(0.0));
        quiz.respond(q, correct_response(q), 3.0);
        assert_eq!(quiz.check(q, 4.0).map(|o| o.score), Ok(1.0));
        quiz.respond(q, Response::Choices(vec![wrong.id.to_string()]), 5.0);
        let _ = quiz.check(q, 6.0);
        let a = quiz.answer(q).expect("answered");
        assert_eq!((a.attempts, a.best, a.last), (3, 1.0, Some(0.0)));
    }

    #[test]
    fn a_tally_counts_what_the_results_box_shows() {
        let (q1, q2, q3) = (question("ch1-q1"), question("ch1-q2"), question("ch1-q3"));
        let key = QuizKey::Chapter("ch1");
        let mut p = Progress::new();
        assert_eq!(p.tally(key, &[q1, q2, q3]), Tally { questions: 3, unanswered: 3, ..Tally::default() });
        let quiz = p.quiz_mut(key, 1, 0.0);
        quiz.respond(q1, correct_response(q1), 1.0);
        quiz.respond(q2, Response::Text("no".into()), 1.0);
        let _ = quiz.check(q1, 2.0);
        let t = p.tally(key, &[q1, q2, q3]);
        assert_eq!((t.unanswered, t.incomplete, t.checked, t.earned, t.best, t.attempts), (1, 1, 1, 1.0, 1.0, 1), "q2's text is no answer to its kind");
        assert_eq!(p.first_not_right(key, &[q1, q2, q3]).map(|q| q.id.as_str()), Some("ch1-q2"));
        assert_eq!(p.overall(crate::content::test_book()).0, 1.0);
        assert_eq!(p.tally(QuizKey::Challenge, &[q1]).unanswered, 1, "another quiz's answers do not count");
    }

    #[test]
    fn a_partly_matched_item_is_incomplete_and_never_scored() {
        let book = crate::content::test_book();
        let q = book.questions().find(|q| q.task.parts().pairs.len() >= 3).expect("a matching question");
        let key = QuizKey::Chapter("ch1");
        let Response::Match(all) = correct_response(q) else { panic!("pairs") };
        let mut p = Progress::new();
        let quiz = p.quiz_mut(key, 1, 0.0);
        quiz.respond(q, Response::Match(all[..all.len() - 1].to_vec()), 1.0);
        assert_eq!(p.gaps(key, &[q]), vec![(0, Gap::Incomplete)]);
        p.quiz_mut(key, 1, 0.0).submit_attempt(&[q], 2.0);
        let t = p.tally(key, &[q]);
        assert_eq!((t.incomplete, t.checked, t.earned), (1, 0, 0.0), "not checked, not scored");
        assert_eq!(Gap::of(None, q), Some(Gap::Unanswered));
    }

    #[test]
    fn best_is_the_best_whole_attempt_not_a_sum_of_bests() {
        let mut with_choices = crate::content::test_book().questions().filter(|q| q.task.parts().choices.iter().filter(|c| c.correct).count() == 1);
        let (q1, q2) = (with_choices.next().expect("a choice question"), with_choices.next().expect("another"));
        let wrong = |q: &Question| Response::Choices(vec![q.task.parts().choices.iter().find(|c| !c.correct).expect("a wrong choice").id.clone()]);
        let key = QuizKey::Chapter("ch1");
        let mut p = Progress::new();
        let quiz = p.quiz_mut(key, 1, 0.0);
        // Attempt 1: q1 right, q2 wrong. Attempt 2: q1 wrong, q2 right. Never both right at once.
        quiz.respond(q1, correct_response(q1), 1.0);
        quiz.respond(q2, wrong(q2), 1.0);
        quiz.submit_attempt(&[q1, q2], 2.0);
        quiz.new_attempt(&[q1, q2], 3.0);
        quiz.respond(q1, wrong(q1), 4.0);
        quiz.respond(q2, correct_response(q2), 4.0);
        quiz.submit_attempt(&[q1, q2], 5.0);
        let t = p.tally(key, &[q1, q2]);
        assert_eq!((t.earned, t.best), (1.0, 1.0), "a sum of each question's best would say 2");
    }

    #[test]
    fn retry_wrong_clears_only_what_was_not_right() {
        let (q1, q2) = (question("ch1-q1"), question("ch1-q2"));
        let mut p = Progress::new();
        let quiz = p.quiz_mut(QuizKey::Chapter("ch1"), 1, 0.0);
        quiz.respond(q1, correct_response(q1), 1.0);
        quiz.respond(q2, Response::Text("no".into()), 1.0);
        quiz.submit(&[q1, q2], 2.0);
        assert!(quiz.submitted);
        quiz.retry_wrong(&[q1, q2], 3.0);
        assert!(!quiz.submitted);
        assert!(quiz.answer(q1).is_some_and(|a| a.is_correct(q1)));
        assert!(quiz.answer(q2).is_some_and(|a| a.response.is_none()));
    }

    #[test]
    fn resets_forget_a_chapter_or_everything_but_the_language() {
        let q = question("ch1-q1");
        let mut p = Progress::new();
        p.set_place(Lang::En, Some("#/en/read/ch1".into()), 1.0);
        p.quiz_mut(QuizKey::Chapter("ch1"), 9, 1.0).respond(q, correct_response(q), 1.0);
        p.read_at(&"ch1".into(), Some(&"ch1-p2".into()), true, 1.0);
        p.reset_chapter(&"ch1".into(), 2.0);
        assert!(p.answer(QuizKey::Chapter("ch1"), q).is_none() && p.read.get("ch1").is_none_or(|r| !r.done && r.at.is_none()));
        assert_eq!(p.quizzes["ch1"].seed, 9, "the shuffle order stays");
        p.read_at(&"ch2".into(), None, true, 3.0);
        p.reset_all(4.0);
        assert_eq!((p.lang, p.counts(), p.reset_at), (Some(Lang::En), (0, 0), 4.0));
    }

    /// Everything a student can do, as the views call it.
    #[derive(Clone, Debug)]
    enum Op {
        Place(bool, u8),
        Name(u8),
        Read(u8, bool),
        ResetChapter,
        ResetAll,
        Theme(bool),
        TextSize,
        StartQuiz(u8),
        Respond(usize, u8),
        Check(usize),
        Reopen(usize),
        Mode(bool),
        Submit,
        RetryWrong,
        Number(u8),
        SubmitAttempt,
        NewAttempt,
    }

    fn op() -> impl Strategy<Value = Op> {
        prop_oneof![
            (any::<bool>(), 0u8..3).prop_map(|(en, at)| Op::Place(en, at)),
            (0u8..3).prop_map(Op::Name),
            (0u8..3, any::<bool>()).prop_map(|(at, done)| Op::Read(at, done)),
            Just(Op::ResetChapter),
            Just(Op::ResetAll),
            any::<bool>().prop_map(Op::Theme),
            Just(Op::TextSize),
            (0u8..3).prop_map(Op::StartQuiz),
            (0usize..2, 0u8..3).prop_map(|(q, r)| Op::Respond(q, r)),
            (0usize..2).prop_map(Op::Check),
            (0usize..2).prop_map(Op::Reopen),
            any::<bool>().prop_map(Op::Mode),
            Just(Op::Submit),
            Just(Op::RetryWrong),
            (0u8..3).prop_map(Op::Number),
            Just(Op::SubmitAttempt),
            Just(Op::NewAttempt),
        ]
    }

    fn apply(p: &mut Progress, op: &Op, now: Millis) {
        let mut with_choices = crate::content::test_book().questions().filter(|q| !q.task.parts().choices.is_empty());
        let qs = [with_choices.next().expect("a choice question"), with_choices.next().expect("another")];
        let choice = |q: &Question, r: u8| Response::Choices(vec![q.task.parts().choices[usize::from(r) % q.task.parts().choices.len()].id.clone()]);
        let lang = |en| if en { Lang::En } else { Lang::Zh };
        match *op {
            Op::Place(en, at) => p.set_place(lang(en), Some(format!("#/zh/read/ch{at}")), now),
            Op::Name(n) => p.set_name(["", "李雷", "韩梅梅"][usize::from(n)], now),
            Op::Read(at, done) => p.read_at(&"ch1".into(), Some(&format!("ch1-p{at}").into()), done, now),
            Op::ResetChapter => p.reset_chapter(&"ch1".into(), now),
            Op::ResetAll => p.reset_all(now),
            Op::Theme(dark) => p.toggle_theme(dark, now),
            Op::TextSize => p.next_text_size(now),
            Op::StartQuiz(seed) => drop(p.start_quiz(QuizKey::Chapter("ch1"), u64::from(seed), now)),
            Op::Respond(q, r) => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).respond(qs[q], choice(qs[q], r), now),
            Op::Check(q) => drop(p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).check(qs[q], now)),
            Op::Reopen(q) => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).reopen(qs[q], now),
            Op::Mode(submit) => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).set_mode(if submit { Mode::Submit } else { Mode::Instant }, now),
            Op::Submit => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).submit(&qs, now),
            Op::RetryWrong => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).retry_wrong(&qs, now),
            Op::Number(n) => p.set_student_number(["", "07", "2026-01"][usize::from(n)], now),
            Op::SubmitAttempt => {
                p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).submit_attempt(&qs, now);
            }
            Op::NewAttempt => p.quiz_mut(QuizKey::Chapter("ch1"), 1, now).new_attempt(&qs, now),
        }
    }

    proptest! {
        /// Every change carries its time: merged with the copy from before
        /// it (another tab that has not seen it yet), the change is kept.
        #[test]
        fn every_change_survives_a_merge_with_the_copy_before_it(ops in prop::collection::vec(op(), 1..12)) {
            let mut p = Progress::new();
            for (i, op) in ops.iter().enumerate() {
                let before = p.clone();
                apply(&mut p, op, 1000.0 + i as f64);
                let merged = merge::merge(&before, &p);
                prop_assert_eq!(&merge::merge(&p, &before), &merged);
                prop_assert_eq!(&merged, &merge::merge(&merged, &p), "{:?}", op);
                prop_assert_eq!(
                    merged.quizzes.get("ch1").map(|q| (q.mode, q.submitted, &q.answers, &q.frozen)),
                    p.quizzes.get("ch1").map(|q| (q.mode, q.submitted, &q.answers, &q.frozen)),
                    "{:?}",
                    op
                );
                prop_assert_eq!(
                    (&merged.name, &merged.student_number, merged.lang, merged.theme, merged.text_size),
                    (&p.name, &p.student_number, p.lang, p.theme, p.text_size),
                    "{:?}",
                    op
                );
                let reading = |p: &Progress| p.read.get("ch1").filter(|r| r.done || r.at.is_some()).cloned();
                prop_assert_eq!(reading(&merged), reading(&p), "{:?}", op);
                p = merged;
            }
        }
    }
}
