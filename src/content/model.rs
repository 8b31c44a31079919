//! The story and its quizzes as plain data, as the content files give them.
//!
//! Fields a file may leave out default to empty; [`super::validate`] then names
//! the file, the id and the field, which is clearer than a parser error.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;

/// A text in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
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
    /// Filled from the chapter's quiz file.
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
    pub value: f64,
    pub display: Text,
    pub label: Text,
    pub para: String,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
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
    pub const ALL: [Kind; 7] = [
        Kind::Single,
        Kind::Multi,
        Kind::TrueFalse,
        Kind::Order,
        Kind::Match,
        Kind::Numeric,
        Kind::Short,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    #[default]
    Recall,
    Understanding,
    Application,
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
