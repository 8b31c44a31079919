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
bilingual!(Text, Para, Term, Choice, Item);

/// The whole story: the book's front matter and its chapters in order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Book {
    pub meta: Meta,
    pub chapters: Vec<Chapter>,
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
    pub id: String,
    pub title: Text,
    pub why: Text,
    pub discussion: Vec<Text>,
    pub sections: Vec<Section>,
    pub terms: Vec<Term>,
    pub figures: Vec<Figure>,
    /// Filled from the chapter's quiz file by [`Book::assemble`].
    #[serde(skip)]
    pub quiz: Quiz,
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
    pub id: String,
    pub zh: String,
    pub en: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Term {
    pub id: String,
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
    pub para: String,
    /// Shown as a key-figure callout under its paragraph (default). `false`
    /// for figures that only feed a visual, e.g. the dates of a timeline.
    #[serde(default = "yes")]
    pub callout: bool,
}

/// A chapter's quiz file.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Quiz {
    #[serde(skip)]
    pub file: String,
    pub chapter: String,
    pub questions: Vec<Question>,
}

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
}

impl Kind {
    pub const ALL: [Kind; 7] = [Kind::Single, Kind::Multi, Kind::TrueFalse, Kind::Order, Kind::Match, Kind::Numeric, Kind::Short];
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

fn yes() -> bool {
    true
}

/// One question. Which of the answer fields matter depends on `kind`.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    #[serde(default)]
    pub level: Level,
    #[serde(default)]
    pub mechanism: Option<Mechanism>,
    #[serde(default)]
    pub para: String,
    #[serde(default = "yes")]
    pub shuffle: bool,
    #[serde(default)]
    pub prompt: Text,
    #[serde(default)]
    pub explanation: Text,
    /// Feedback on a wrong answer, for kinds without per-choice feedback.
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
    /// `short`: accepted answers, compared after normalisation.
    #[serde(default)]
    pub accept: Vec<String>,
    /// The question's fingerprint (`content::fingerprint`), filled in by
    /// [`Book::assemble`]: saved answers to an older version of the question are reset.
    #[serde(skip)]
    pub hash: u64,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Choice {
    pub id: String,
    pub zh: String,
    pub en: String,
    pub correct: bool,
    pub feedback: Text,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Item {
    pub id: String,
    pub zh: String,
    pub en: String,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Pair {
    pub id: String,
    pub left: Text,
    pub right: Text,
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
    /// learns its file name, every question its fingerprint. A quiz for a
    /// missing chapter, or a second quiz for one, is a problem.
    pub fn assemble(meta: (String, Meta), chapters: Vec<(String, Chapter)>, quizzes: Vec<(String, Quiz)>) -> (Book, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut chapters: Vec<Chapter> = chapters.into_iter().map(|(file, c)| Chapter { file, ..c }).collect();
        for (file, mut quiz) in quizzes {
            quiz.file = file.clone();
            for q in &mut quiz.questions {
                q.hash = crate::content::fingerprint::fingerprint(q);
            }
            match chapters.iter_mut().find(|c| c.id == quiz.chapter) {
                Some(chapter) if chapter.quiz.file.is_empty() => chapter.quiz = quiz,
                Some(_) => problems.push(Problem::new(&file, &quiz.chapter, "a second quiz for this chapter")),
                None => problems.push(Problem::new(&file, &quiz.chapter, "`chapter` names no chapter")),
            }
        }
        let meta = Meta { file: meta.0, ..meta.1 };
        (Book { meta, chapters }, problems)
    }
}
