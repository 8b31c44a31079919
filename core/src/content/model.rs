//! The story and its quizzes as plain data, as the content files give them.
//!
//! The build script reads the TOML files into these types and packs them
//! (`packed`); the app reads that back once, when it starts. Tests read the
//! same files, and fixtures, straight into these types.
//!
//! Fields a file may leave out default to empty; `validate` then names the
//! file, the id and the field, which is clearer than a parser error.
//!
//! This file is also compiled into the build script (`build/main.rs`), so it
//! depends on nothing in the crate but `crate::i18n`.

use std::fmt;

use serde::Deserialize;

use crate::i18n::Lang;

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

/// Anything that reads in both languages.
pub trait Bilingual {
    fn zh(&self) -> &str;
    fn en(&self) -> &str;
    fn get(&self, lang: Lang) -> &str {
        lang.pick(self.zh(), self.en())
    }
}

macro_rules! bilingual {
    ($($t:ty),*) => {$(
        impl Bilingual for $t {
            fn zh(&self) -> &str { &self.zh }
            fn en(&self) -> &str { &self.en }
        }
    )*};
}
bilingual!(Text, Para, Term, Choice, Item, Discussion);

pub use super::ids::{ChapterId, ParaId, QuestionId, TermId};
pub use super::kinds::{Choice, Choices, Item, Kind, Matching, Numeric, Order, Pair, Short, Task, Truth};

/// The whole story: the book's front matter and its chapters in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    pub meta: Meta,
    pub chapters: Vec<Chapter>,
    /// The mechanism map (`content/mechanisms.toml`).
    pub mechanisms: Vec<MechanismMap>,
}

/// One mechanism, step by step: the problem it answered, how it works, what
/// it did for WuDao, and its limits; each step with the paragraphs that show
/// it and the questions that test it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MechanismMap {
    pub id: Mechanism,
    #[serde(default)]
    pub title: Text,
    #[serde(default)]
    pub steps: Vec<MapStep>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct MapStep {
    pub step: Step,
    #[serde(default)]
    pub text: Text,
    #[serde(default)]
    pub paras: Vec<ParaId>,
    #[serde(default)]
    pub questions: Vec<QuestionId>,
}

/// The four steps of a mechanism on the map, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Step {
    Problem,
    How,
    Wudao,
    Limits,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Problem, Step::How, Step::Wudao, Step::Limits];
}

/// The mechanism map file as written.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct MechanismsFile {
    pub mechanisms: Vec<MechanismMap>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Meta {
    #[serde(skip)]
    pub file: String,
    pub title: Text,
    pub subtitle: Text,
    pub hook: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Chapter {
    #[serde(skip)]
    pub file: String,
    pub id: ChapterId,
    pub title: Text,
    pub why: Text,
    pub discussion: Vec<Discussion>,
    pub sections: Vec<Section>,
    pub terms: Vec<Term>,
    pub figures: Vec<Figure>,
    /// Filled from the chapter's quiz file by [`Book::assemble`].
    #[serde(skip)]
    pub quiz: Quiz,
}

/// A prompt for class discussion, with what a teacher listens for.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Discussion {
    pub zh: String,
    pub en: String,
    /// 2–4 points a good answer makes.
    pub points: Vec<Text>,
    /// What a strong, an adequate and a weak answer do.
    pub rubric: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Section {
    pub id: String,
    pub title: Text,
    pub paras: Vec<Para>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Para {
    pub id: ParaId,
    pub zh: String,
    pub en: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Term {
    pub id: TermId,
    pub zh: String,
    pub en: String,
    pub def: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Figure {
    pub id: String,
    /// The number itself, for charts. A date is a decimal year: year +
    /// (month − 1) / 12, e.g. November 2018 = 2018.8333.
    pub value: f64,
    pub display: Text,
    pub label: Text,
    pub para: ParaId,
    /// Shown as a key-figure callout under its paragraph (default). `false`
    /// for figures that only feed a visual, e.g. the dates of a timeline.
    #[serde(default = "yes")]
    pub callout: bool,
}

/// A chapter's quiz.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Quiz {
    pub file: String,
    pub chapter: ChapterId,
    pub questions: Vec<Question>,
}

/// A quiz file as written: its questions in the files' flat form.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct QuizFile {
    pub chapter: ChapterId,
    pub questions: Vec<QuestionFile>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Recall,
    Understanding,
    Application,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Recall, Level::Understanding, Level::Application];
}

/// The three mechanisms the quizzes teach.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mechanism {
    Governance,
    Funding,
    Talent,
}

impl Mechanism {
    pub const ALL: [Mechanism; 3] = [Mechanism::Governance, Mechanism::Funding, Mechanism::Talent];
}

/// Which side of its mechanism a question tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// What the mechanism is: how it works, who decides.
    What,
    /// How it differs from the usual system.
    Differs,
    /// Why it mattered for WuDao.
    Why,
    /// Its limits and trade-offs.
    Limits,
}

impl Facet {
    pub const ALL: [Facet; 4] = [Facet::What, Facet::Differs, Facet::Why, Facet::Limits];
}

fn yes() -> bool {
    true
}

/// One question: what every kind has, and what its kind asks ([`Task`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub level: Level,
    pub mechanism: Option<Mechanism>,
    /// With a mechanism: which side of it the question tests.
    pub facet: Option<Facet>,
    pub para: ParaId,
    /// Whether the quiz may show its choices or answers to match in a seeded order.
    pub shuffle: bool,
    pub prompt: Text,
    pub explanation: Text,
    /// Feedback on a wrong answer, for kinds without per-choice feedback.
    pub wrong: Text,
    pub task: Task,
    /// The question's fingerprint (`content::fingerprint`), filled in by
    /// [`Book::assemble`]: saved answers to an older version of the question are reset.
    pub hash: u64,
}

impl Question {
    pub fn kind(&self) -> Kind {
        self.task.kind()
    }
}

/// A question as the content files write it: one flat table whose `kind`
/// says which of the answer fields count (content/SCHEMA.md).
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct QuestionFile {
    pub id: QuestionId,
    pub kind: Kind,
    #[serde(default)]
    pub level: Level,
    #[serde(default)]
    pub mechanism: Option<Mechanism>,
    #[serde(default)]
    pub facet: Option<Facet>,
    #[serde(default)]
    pub para: ParaId,
    #[serde(default = "yes")]
    pub shuffle: bool,
    #[serde(default)]
    pub prompt: Text,
    #[serde(default)]
    pub explanation: Text,
    #[serde(default)]
    pub wrong: Text,
    /// `single`, `multi`.
    #[serde(default)]
    pub choices: Vec<Choice>,
    /// `truefalse`.
    #[serde(default)]
    pub truth: Option<bool>,
    /// `order`: in the correct order.
    #[serde(default)]
    pub items: Vec<Item>,
    /// `match`: each left belongs to its own right.
    #[serde(default)]
    pub pairs: Vec<Pair>,
    /// `numeric`.
    #[serde(default)]
    pub number: Option<f64>,
    #[serde(default)]
    pub tolerance: Option<f64>,
    #[serde(default)]
    pub unit: Text,
    /// `numeric`: other spellings of the unit that count too.
    #[serde(default)]
    pub units: Vec<String>,
    /// `short`: accepted answers, compared after normalisation.
    #[serde(default)]
    pub accept: Vec<String>,
    /// `sample` (the test-only kind): the count asked for.
    #[cfg(feature = "sample-kind")]
    #[serde(default)]
    pub count: Option<u64>,
}

impl QuestionFile {
    /// The question, and what the file wrote that its kind does not use (a
    /// sign of a wrong `kind`) or lacks.
    pub fn question(self) -> (Question, Vec<String>) {
        let kind = self.kind;
        let mut problems = Vec::new();
        let fields = [
            ("choices", !self.choices.is_empty(), matches!(kind, Kind::Single | Kind::Multi)),
            ("truth", self.truth.is_some(), kind == Kind::TrueFalse),
            ("items", !self.items.is_empty(), kind == Kind::Order),
            ("pairs", !self.pairs.is_empty(), kind == Kind::Match),
            ("number", self.number.is_some(), kind == Kind::Numeric),
            ("units", !self.units.is_empty(), kind == Kind::Numeric),
            ("accept", !self.accept.is_empty(), kind == Kind::Short),
            #[cfg(feature = "sample-kind")]
            ("count", self.count.is_some(), kind == Kind::Sample),
        ];
        for (field, present, belongs) in fields {
            if present && !belongs {
                problems.push(format!("`{field}` is not used by a {kind:?} question"));
            }
        }
        if kind == Kind::TrueFalse && self.truth.is_none() {
            problems.push("true/false question without `truth`".to_string());
        }
        #[cfg(feature = "sample-kind")]
        if kind == Kind::Sample && self.count.is_none() {
            problems.push("sample question without `count`".to_string());
        }
        let task = match kind {
            Kind::Single => Task::Single(Choices { choices: self.choices }),
            Kind::Multi => Task::Multi(Choices { choices: self.choices }),
            Kind::TrueFalse => Task::TrueFalse(Truth { truth: self.truth.unwrap_or_default() }),
            Kind::Order => Task::Order(Order { items: self.items }),
            Kind::Match => Task::Match(Matching { pairs: self.pairs }),
            Kind::Numeric => Task::Numeric(Numeric { number: self.number, tolerance: self.tolerance, unit: self.unit, units: self.units }),
            Kind::Short => Task::Short(Short { accept: self.accept }),
            #[cfg(feature = "sample-kind")]
            Kind::Sample => Task::Sample(super::kinds::Sample { count: self.count.unwrap_or_default() }),
        };
        let q = Question {
            id: self.id,
            level: self.level,
            mechanism: self.mechanism,
            facet: self.facet,
            para: self.para,
            shuffle: self.shuffle,
            prompt: self.prompt,
            explanation: self.explanation,
            wrong: self.wrong,
            task,
            hash: 0,
        };
        (q, problems)
    }
}

impl Chapter {
    pub fn paras(&self) -> impl Iterator<Item = &Para> {
        self.sections.iter().flat_map(|s| s.paras.iter())
    }

    /// Estimated reading time in whole minutes, at least one: about 400 CJK
    /// characters or 200 English words a minute.
    pub fn minutes(&self, lang: Lang) -> usize {
        let size: usize = self
            .paras()
            .map(|p| match lang {
                Lang::Zh => p.zh.chars().count(),
                Lang::En => p.en.split_whitespace().count() * 2,
            })
            .sum();
        size.div_ceil(400).max(1)
    }
}

impl Book {
    pub fn chapter(&self, id: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.id == id)
    }

    /// The chapter after (`step = 1`) or before (`step = -1`) the given one.
    pub fn neighbour(&self, id: &str, step: isize) -> Option<&Chapter> {
        let at = self.chapters.iter().position(|c| c.id == id)?;
        self.chapters.get(at.checked_add_signed(step)?)
    }

    pub fn terms(&self) -> impl Iterator<Item = &Term> {
        self.chapters.iter().flat_map(|c| c.terms.iter())
    }

    pub fn term(&self, id: &str) -> Option<&Term> {
        self.terms().find(|t| t.id == id)
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.chapters.iter().flat_map(|c| c.quiz.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// The chapter that holds a paragraph.
    pub fn chapter_of_para(&self, para: &str) -> Option<&Chapter> {
        self.chapters.iter().find(|c| c.paras().any(|p| p.id == para))
    }
}

/// Something wrong in a content file: which file, which id, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub id: String,
    pub what: String,
}

impl Problem {
    pub fn new(file: &str, id: &str, what: impl Into<String>) -> Problem {
        Problem { file: file.to_string(), id: id.to_string(), what: what.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.id.is_empty() {
            write!(f, "{}: {}", self.file, self.what)
        } else {
            write!(f, "{}: [{}] {}", self.file, self.id, self.what)
        }
    }
}

/// FNV-1a, a small stable hash for seeds and content fingerprints.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3))
}

impl Book {
    /// Puts parsed files together: each quiz joins its chapter, every item
    /// learns its file name, every question its kind's data and its
    /// fingerprint. A quiz for a
    /// missing chapter, or a second quiz for one, is a problem.
    pub fn assemble(meta: (String, Meta), chapters: Vec<(String, Chapter)>, quizzes: Vec<(String, QuizFile)>) -> (Book, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut chapters: Vec<Chapter> = chapters.into_iter().map(|(file, c)| Chapter { file, ..c }).collect();
        for (file, written) in quizzes {
            let mut quiz = Quiz { file: file.clone(), chapter: written.chapter, questions: Vec::new() };
            for raw in written.questions {
                let (mut q, wrong) = raw.question();
                problems.extend(wrong.into_iter().map(|what| Problem::new(&file, &q.id, what)));
                q.hash = crate::content::fingerprint::fingerprint(&q);
                quiz.questions.push(q);
            }
            match chapters.iter_mut().find(|c| c.id == quiz.chapter) {
                Some(chapter) if chapter.quiz.file.is_empty() => chapter.quiz = quiz,
                Some(_) => problems.push(Problem::new(&file, &quiz.chapter, "a second quiz for this chapter")),
                None => problems.push(Problem::new(&file, &quiz.chapter, "`chapter` names no chapter")),
            }
        }
        let meta = Meta { file: meta.0, ..meta.1 };
        (Book { meta, chapters, mechanisms: Vec::new() }, problems)
    }
}
