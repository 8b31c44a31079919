//! Reporting to a learning platform through SCORM 1.2 or SCORM 2004 (4th
//! edition), when the app runs as a package inside one.
//!
//! Everything here is pure: which quiz a package launches and reports on
//! ([`Launch`]), what it reports ([`Report`]: completion, success, score,
//! one interaction per question), the exact data-model elements and values
//! each version wants ([`Report::values`]), which of them the platform has
//! not been told yet ([`Ledger`]), the formats of times and durations
//! ([`format`]), interaction types and responses ([`interaction`]) and the
//! suspend data that lets a student continue on another computer
//! ([`suspend`]). `browser::scorm` finds the platform's API and makes the
//! calls; `ui::lms` connects the two.

pub mod format;
pub mod interaction;
pub mod suspend;

use crate::content::{Book, Question};
use crate::progress::{Map, Millis, Mode, Progress};
use crate::quiz::{questions, QuizKey, Response, Verdict};
use crate::route::{Page, Route};
use crate::share::Assignment;

/// The meta element a package's `index.html` carries (written by
/// `scripts/package-scorm.sh`): `<meta name="zhiyuan-scorm" content="2004 #/zh/quiz/ch3">`.
pub const META: &str = "zhiyuan-scorm";

/// Which SCORM the package speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Version {
    /// SCORM 1.2: `window.API`, `LMSInitialize` …
    V12,
    /// SCORM 2004 4th edition: `window.API_1484_11`, `Initialize` …
    V2004,
}

/// The API's functions, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Methods {
    pub initialize: &'static str,
    pub get: &'static str,
    pub set: &'static str,
    pub commit: &'static str,
    pub finish: &'static str,
}

impl Version {
    pub fn parse(text: &str) -> Option<Version> {
        match text {
            "1.2" => Some(Version::V12),
            "2004" => Some(Version::V2004),
            _ => None,
        }
    }

    /// The name of the object the platform puts on one of the launching windows.
    pub fn api(self) -> &'static str {
        match self {
            Version::V12 => "API",
            Version::V2004 => "API_1484_11",
        }
    }

    pub fn methods(self) -> Methods {
        match self {
            Version::V12 => Methods { initialize: "LMSInitialize", get: "LMSGetValue", set: "LMSSetValue", commit: "LMSCommit", finish: "LMSFinish" },
            Version::V2004 => Methods { initialize: "Initialize", get: "GetValue", set: "SetValue", commit: "Commit", finish: "Terminate" },
        }
    }

    /// The learner's name and id, as the platform knows them.
    pub fn learner(self) -> (&'static str, &'static str) {
        match self {
            Version::V12 => ("cmi.core.student_name", "cmi.core.student_id"),
            Version::V2004 => ("cmi.learner_name", "cmi.learner_id"),
        }
    }

    /// The pass mark the package's manifest set (1.2: 0 to 100; 2004: −1 to 1).
    pub fn passing(self) -> &'static str {
        match self {
            Version::V12 => "cmi.student_data.mastery_score",
            Version::V2004 => "cmi.scaled_passing_score",
        }
    }

    /// The pass mark as a share from 0 to 1, from the platform's text.
    pub fn read_passing(self, text: &str) -> Option<f64> {
        let x = crate::number::parse(text.trim()).filter(|x| x.is_finite())?;
        let share = match self {
            Version::V12 => x / 100.0,
            Version::V2004 => x,
        };
        (0.0..=1.0).contains(&share).then_some(share)
    }

    /// This session's length, as the element and value to set before finishing.
    pub fn session_time(self, ms: Millis) -> (String, String) {
        match self {
            Version::V12 => ("cmi.core.session_time".into(), format::timespan_12(ms)),
            Version::V2004 => ("cmi.session_time".into(), format::duration_2004(ms)),
        }
    }
}

/// What a package's meta element says: its SCORM version and the route it launches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Package {
    pub version: Version,
    pub launch: String,
}

impl Package {
    pub fn parse(content: &str) -> Option<Package> {
        let (version, launch) = content.trim().split_once(' ')?;
        let launch = launch.trim();
        Some(Package { version: Version::parse(version)?, launch: launch.starts_with("#/").then(|| launch.to_string())? })
    }
}

/// Why a launch route reports nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LaunchError {
    /// Not a quiz, the challenge or an assignment.
    NotAQuiz,
    /// An assignment link that cannot be read.
    Assignment(crate::share::Error),
}

/// The quiz a package launches: what counts for the gradebook.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch<'a> {
    pub key: QuizKey<'a>,
    /// In book (or the teacher's) order, never shuffled: suspend data names
    /// questions by their place here.
    pub questions: Vec<&'a Question>,
    /// An assignment is complete once submitted; a quiz in instant mode once
    /// every question was checked.
    pub assignment: bool,
}

impl<'a> Launch<'a> {
    pub fn of(book: &'a Book, route: &Route) -> Result<Launch<'a>, LaunchError> {
        match &route.page {
            Page::Quiz { quiz, .. } => {
                let key = quiz.key(book).ok_or(LaunchError::NotAQuiz)?;
                let list = questions(book, key).ok_or(LaunchError::NotAQuiz)?;
                Ok(Launch { key, questions: list, assignment: false })
            }
            Page::Assignment { code, .. } => {
                let (a, list) = Assignment::open(code, book).map_err(LaunchError::Assignment)?;
                Ok(Launch { key: a.quiz_key(), questions: list, assignment: true })
            }
            _ => Err(LaunchError::NotAQuiz),
        }
    }

    /// Adds the questions checked since, in the order they were checked, to
    /// the interaction slots: a question keeps its slot for good.
    pub fn assign_slots(&self, progress: &Progress, order: &mut Vec<usize>) {
        let mut new: Vec<(Millis, usize)> = self
            .questions
            .iter()
            .enumerate()
            .filter(|(i, _)| !order.contains(i))
            .filter_map(|(i, q)| progress.answer(self.key, q).filter(|a| a.checked).map(|a| (a.at, i)))
            .collect();
        new.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        order.extend(new.into_iter().map(|(_, i)| i));
    }

    /// Where the quiz stands, with an interaction for each checked question
    /// in `order` (see [`Launch::assign_slots`]).
    pub fn report(&self, progress: &Progress, order: &[usize]) -> Report<'a> {
        let tally = progress.tally(self.key, &self.questions);
        let quiz = progress.quiz(self.key);
        let submitted = quiz.is_some_and(|q| q.submitted);
        let instant = !self.assignment && quiz.is_none_or(|q| q.mode == Mode::Instant);
        let complete = submitted || (instant && tally.checked == tally.questions && tally.questions > 0);
        let interactions = order
            .iter()
            .enumerate()
            .filter_map(|(slot, &i)| {
                let q = *self.questions.get(i)?;
                let a = progress.answer(self.key, q).filter(|a| a.checked)?;
                let outcome = a.outcome(q)?;
                Some(Entry { slot, question: q, response: a.response.clone()?, correct: outcome.verdict == Verdict::Correct, at: a.at })
            })
            .collect();
        let share = if tally.questions == 0 { 0.0 } else { tally.earned / tally.questions as f64 };
        Report { complete, scored: tally.checked > 0 || complete, share, done: tally.checked, questions: tally.questions, interactions }
    }

    /// The launched quiz's state for the suspend data.
    pub fn suspended(&self, progress: &Progress, order: &[usize]) -> suspend::Suspended {
        let mut quiz = progress.quiz(self.key).cloned().unwrap_or_default();
        quiz.answers.retain(|id, _| self.questions.iter().any(|q| &q.id == id));
        suspend::Suspended { quiz, order: order.to_vec() }
    }

    /// A progress holding only what the platform kept (to merge with this browser's).
    pub fn resumed(&self, kept: suspend::Suspended) -> Progress {
        let mut progress = Progress::new();
        progress.quizzes.insert(self.key.to_string(), kept.quiz);
        progress
    }
}

/// One checked question, as an interaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry<'a> {
    /// Its index `n` in `cmi.interactions.n`.
    pub slot: usize,
    pub question: &'a Question,
    pub response: Response,
    pub correct: bool,
    /// When it was checked.
    pub at: Millis,
}

/// What the package tells the platform.
#[derive(Clone, Debug, PartialEq)]
pub struct Report<'a> {
    pub complete: bool,
    /// Whether there is a score to report yet.
    pub scored: bool,
    /// Points earned over questions asked, from 0 to 1.
    pub share: f64,
    /// Questions checked, of `questions`.
    pub done: usize,
    pub questions: usize,
    pub interactions: Vec<Entry<'a>>,
}

impl Report<'_> {
    /// Passed or failed, once complete and when the package has a pass mark.
    pub fn passed(&self, passing: Option<f64>) -> Option<bool> {
        // Compared in hundredths of a percent, as the score is reported.
        let bits = |x: f64| (x * 10_000.0).round() as i64;
        passing.filter(|_| self.complete).map(|p| bits(self.share) >= bits(p))
    }

    /// Every data-model element this report sets, in the order to set them
    /// (an interaction's id and type before its response). `offset` is the
    /// local time zone in minutes east of UTC (1.2 times are of the day).
    pub fn values(&self, version: Version, passing: Option<f64>, suspend_data: &str, offset: i32) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let mut set = |k: &str, v: String| out.push((k.to_string(), v));
        let passed = self.passed(passing);
        let raw = format::decimal(self.share * 100.0, 2);
        match version {
            Version::V12 => {
                let status = match (self.complete, passed) {
                    (false, _) => "incomplete",
                    (true, None) => "completed",
                    (true, Some(true)) => "passed",
                    (true, Some(false)) => "failed",
                };
                set("cmi.core.lesson_status", status.into());
                if self.scored {
                    set("cmi.core.score.raw", raw);
                    set("cmi.core.score.min", "0".into());
                    set("cmi.core.score.max", "100".into());
                }
                set("cmi.core.exit", "suspend".into());
            }
            Version::V2004 => {
                set("cmi.completion_status", if self.complete { "completed" } else { "incomplete" }.into());
                let success = match passed {
                    None => "unknown",
                    Some(true) => "passed",
                    Some(false) => "failed",
                };
                set("cmi.success_status", success.into());
                let progress = if self.questions == 0 { 0.0 } else { self.done as f64 / self.questions as f64 };
                set("cmi.progress_measure", format::decimal(if self.complete { 1.0 } else { progress }, 4));
                if self.scored {
                    set("cmi.score.scaled", format::decimal(self.share, 4));
                    set("cmi.score.raw", raw);
                    set("cmi.score.min", "0".into());
                    set("cmi.score.max", "100".into());
                }
                set("cmi.exit", "suspend".into());
            }
        }
        set("cmi.suspend_data", suspend_data.to_string());
        for e in &self.interactions {
            let Some(response) = interaction::response(version, e.question, &e.response) else { continue };
            let n = |field: &str| format!("cmi.interactions.{}.{field}", e.slot);
            out.push((n("id"), e.question.id.to_string()));
            out.push((n("type"), interaction::Type::of(e.question).name().to_string()));
            match version {
                Version::V12 => {
                    out.push((n("student_response"), response));
                    out.push((n("result"), if e.correct { "correct" } else { "wrong" }.into()));
                    out.push((n("time"), format::time_of_day_12(e.at, offset)));
                }
                Version::V2004 => {
                    out.push((n("learner_response"), response));
                    out.push((n("result"), if e.correct { "correct" } else { "incorrect" }.into()));
                    out.push((n("timestamp"), format::timestamp_2004(e.at)));
                }
            }
            out.push((n("weighting"), "1".into()));
        }
        out
    }
}

/// What the platform was told, so that only changes are sent again.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ledger {
    sent: Map<String>,
}

impl Ledger {
    /// The values the platform does not have yet, in order. An interaction
    /// whose response changed is sent whole again (id and type first).
    pub fn pending<'v>(&self, values: &'v [(String, String)]) -> Vec<&'v (String, String)> {
        let changed = |(k, v): &(String, String)| self.sent.get(k) != Some(v);
        let stale: Vec<&str> = values.iter().filter(|kv| changed(kv)).filter_map(|(k, _)| interaction_prefix(k)).collect();
        values.iter().filter(|kv| changed(kv) || interaction_prefix(&kv.0).is_some_and(|p| stale.contains(&p))).collect()
    }

    /// Notes a value the platform accepted.
    pub fn accepted(&mut self, key: &str, value: &str) {
        self.sent.insert(key.to_string(), value.to_string());
    }
}

/// `cmi.interactions.3.` for any element of interaction 3.
fn interaction_prefix(key: &str) -> Option<&str> {
    let rest = key.strip_prefix("cmi.interactions.")?;
    let n = rest.find('.')?;
    rest[..n].bytes().all(|b| b.is_ascii_digit()).then(|| &key[..key.len() - rest.len() + n + 1])
}

#[cfg(test)]
mod tests;
