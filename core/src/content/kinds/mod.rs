//! The question kinds. Each kind is one module that owns its data, its
//! content rules, its grading and its correct answer. [`Task`] is the one
//! place that lists the kinds: every `match` on it is exhaustive, so adding a
//! kind means a new module plus a variant here, and the compiler then names
//! every place (grading, fingerprint, packing, the card, the worksheet) that
//! must handle it.
//!
//! Partial credit, scored from 0 to 1 (each module says how): single,
//! true/false, numeric and short answers are all or nothing; multiple select,
//! ordering and matching give part marks.

pub mod choices;
pub mod matching;
pub mod numeric;
pub mod order;
#[cfg(feature = "sample-kind")]
pub mod sample;
pub mod short;
pub mod truth;

use serde::Deserialize;

pub use choices::{Choice, Choices};
pub use matching::{Matching, Pair};
pub use numeric::Numeric;
pub use order::{Item, Order};
#[cfg(feature = "sample-kind")]
pub use sample::Sample;
pub use short::Short;
pub use truth::Truth;

use super::model::{Bilingual, Text};
use crate::i18n::Lang;

/// A question's kind, as the content files name it (`kind = "single"`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Single,
    Multi,
    TrueFalse,
    Order,
    Match,
    Numeric,
    Short,
    /// Test-only (feature `sample-kind`): not in `ALL`, as no content uses it.
    #[cfg(feature = "sample-kind")]
    Sample,
}

impl Kind {
    /// Every kind the bank must use (`validate::check_bank`) and the
    /// challenge mixes; a new kind belongs here too.
    pub const ALL: [Kind; 7] = [Kind::Single, Kind::Multi, Kind::TrueFalse, Kind::Order, Kind::Match, Kind::Numeric, Kind::Short];

    /// Its name in the content files.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Single => "single",
            Kind::Multi => "multi",
            Kind::TrueFalse => "truefalse",
            Kind::Order => "order",
            Kind::Match => "match",
            Kind::Numeric => "numeric",
            Kind::Short => "short",
            #[cfg(feature = "sample-kind")]
            Kind::Sample => "sample",
        }
    }
}

/// What a question asks, with the data its kind needs.
#[derive(Clone, Debug, PartialEq)]
pub enum Task {
    Single(Choices),
    Multi(Choices),
    TrueFalse(Truth),
    Order(Order),
    Match(Matching),
    Numeric(Numeric),
    Short(Short),
    #[cfg(feature = "sample-kind")]
    Sample(Sample),
}

impl Default for Task {
    fn default() -> Self {
        Task::Short(Short::default())
    }
}

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

/// Why a response could not be graded yet: it then costs no attempt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unanswered {
    Empty,
    Incomplete,
    NotANumber,
    /// Digits split by a space: which number was meant?
    SplitNumber,
    /// A comma that separates no thousands: a decimal point?
    CommaNumber,
    WrongShape,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verdict {
    Correct,
    Partial,
    Wrong,
}

/// The result of grading one response.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    /// From 0 to 1.
    pub score: f64,
    pub verdict: Verdict,
    /// What was right, part by part: per choice in content order (single,
    /// multi), per position in the response (order), per pair in content order
    /// (match), or one entry (the others).
    pub parts: Vec<bool>,
}

impl Outcome {
    pub(crate) fn from_score(score: f64, parts: Vec<bool>) -> Outcome {
        let score = score.clamp(0.0, 1.0);
        let verdict = if parts.iter().all(|p| *p) {
            Verdict::Correct
        } else if score > 0.0 {
            Verdict::Partial
        } else {
            Verdict::Wrong
        };
        Outcome { score: if verdict == Verdict::Correct { 1.0 } else { score }, verdict, parts }
    }

    pub(crate) fn all_or_nothing(right: bool) -> Outcome {
        Outcome::from_score(if right { 1.0 } else { 0.0 }, vec![right])
    }
}

/// Every part a kind may have, empty where it has none: for what treats all
/// kinds alike (the fingerprint, the layout of parts on screen and paper).
#[derive(Clone, Copy, Debug, Default)]
pub struct Parts<'a> {
    pub choices: &'a [Choice],
    pub truth: Option<bool>,
    pub items: &'a [Item],
    pub pairs: &'a [Pair],
    pub number: Option<f64>,
    pub tolerance: Option<f64>,
    pub unit: Option<&'a Text>,
    pub accept: &'a [String],
}

impl Task {
    pub fn kind(&self) -> Kind {
        match self {
            Task::Single(_) => Kind::Single,
            Task::Multi(_) => Kind::Multi,
            Task::TrueFalse(_) => Kind::TrueFalse,
            Task::Order(_) => Kind::Order,
            Task::Match(_) => Kind::Match,
            Task::Numeric(_) => Kind::Numeric,
            Task::Short(_) => Kind::Short,
            #[cfg(feature = "sample-kind")]
            Task::Sample(_) => Kind::Sample,
        }
    }

    /// Grades a response. One that is empty, of the wrong shape or not a
    /// number where one is asked for is not graded.
    pub fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        match self {
            Task::Single(c) => c.grade(response, false),
            Task::Multi(c) => c.grade(response, true),
            Task::TrueFalse(t) => t.grade(response),
            Task::Order(o) => o.grade(response),
            Task::Match(m) => m.grade(response),
            Task::Numeric(n) => n.grade(response),
            Task::Short(s) => s.grade(response),
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => s.grade(response),
        }
    }

    /// A fully right response: for answer keys and "show correct answers".
    pub fn correct(&self) -> Response {
        match self {
            Task::Single(c) | Task::Multi(c) => c.correct(),
            Task::TrueFalse(t) => t.correct(),
            Task::Order(o) => o.correct(),
            Task::Match(m) => m.correct(),
            Task::Numeric(n) => n.correct(),
            Task::Short(s) => s.correct(),
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => s.correct(),
        }
    }

    /// The correct answer in words, for answer keys and "show correct answers".
    pub fn answer_text(&self, lang: Lang) -> String {
        match self {
            Task::Single(c) | Task::Multi(c) => c.answer_text(lang),
            Task::TrueFalse(t) => t.answer_text(lang),
            Task::Order(o) => o.answer_text(lang),
            Task::Match(m) => m.answer_text(lang),
            Task::Numeric(n) => n.answer_text(lang),
            Task::Short(s) => s.answer_text(),
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => s.answer_text(),
        }
    }

    /// Whether a kind gives feedback per choice (then the question's own
    /// `wrong` feedback is not needed).
    pub fn has_choice_feedback(&self) -> bool {
        matches!(self, Task::Single(_) | Task::Multi(_))
    }

    pub fn parts(&self) -> Parts<'_> {
        match self {
            Task::Single(c) | Task::Multi(c) => Parts { choices: &c.choices, ..Parts::default() },
            Task::TrueFalse(t) => Parts { truth: Some(t.truth), ..Parts::default() },
            Task::Order(o) => Parts { items: &o.items, ..Parts::default() },
            Task::Match(m) => Parts { pairs: &m.pairs, ..Parts::default() },
            Task::Numeric(n) => Parts { number: n.number, tolerance: n.tolerance, unit: Some(&n.unit), ..Parts::default() },
            Task::Short(s) => Parts { accept: &s.accept, ..Parts::default() },
            // The count is in the fingerprint as its number.
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => Parts { number: Some(s.count as f64), ..Parts::default() },
        }
    }

    /// What is wrong with this kind's data; the content checks add the file
    /// and the question's id.
    pub fn problems(&self) -> Vec<String> {
        match self {
            Task::Single(c) => c.problems(false),
            Task::Multi(c) => c.problems(true),
            Task::TrueFalse(_) => Vec::new(),
            Task::Order(o) => o.problems(),
            Task::Match(m) => m.problems(),
            Task::Numeric(n) => n.problems(),
            Task::Short(s) => s.problems(),
            #[cfg(feature = "sample-kind")]
            Task::Sample(s) => s.problems(),
        }
    }

    /// Every text of this kind's data that must exist in both languages, by
    /// the field that holds it.
    pub fn texts(&self) -> Vec<(String, &dyn Bilingual)> {
        match self {
            Task::Single(c) | Task::Multi(c) => c.texts(),
            Task::TrueFalse(_) | Task::Short(_) => Vec::new(),
            Task::Order(o) => o.texts(),
            Task::Match(m) => m.texts(),
            Task::Numeric(n) => vec![("unit".to_string(), &n.unit as &dyn Bilingual)],
            #[cfg(feature = "sample-kind")]
            Task::Sample(_) => Vec::new(),
        }
    }
}

/// Ids or texts that must each be given once: the problems, named by `what`.
pub(crate) fn unique<'s>(what: &str, values: impl Iterator<Item = &'s str>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut problems = Vec::new();
    for v in values {
        if v.is_empty() {
            problems.push(format!("a {what} is empty"));
        } else if !seen.insert(v) {
            problems.push(format!("duplicate {what} {v:?}"));
        }
    }
    problems
}
