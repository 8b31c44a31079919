//! Single choice (one key) and multiple select (one or more keys).
//!
//! Multiple select scores each correct choice picked `1/k` (`k` keys) and
//! takes `1/k` for each wrong one picked, never below 0; full marks only for
//! exactly the keys. Single choice is all or nothing.

use serde::Deserialize;

use super::{unique, Outcome, Response, Unanswered};
use crate::content::model::{Bilingual, Text};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Choices {
    pub choices: Vec<Choice>,
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

impl Choices {
    pub(super) fn grade(&self, response: &Response, multi: bool) -> Result<Outcome, Unanswered> {
        let Response::Choices(picked) = response else { return Err(Unanswered::WrongShape) };
        if picked.is_empty() {
            return Err(Unanswered::Empty);
        }
        if picked.iter().any(|id| !self.choices.iter().any(|c| &c.id == id)) || (!multi && picked.len() > 1) {
            return Err(Unanswered::WrongShape);
        }
        let is_picked = |id: &str| picked.iter().any(|p| p == id);
        let parts: Vec<bool> = self.choices.iter().map(|c| c.correct == is_picked(&c.id)).collect();
        let k = self.choices.iter().filter(|c| c.correct).count().max(1) as f64;
        let hits = self.choices.iter().filter(|c| c.correct && is_picked(&c.id)).count() as f64;
        let misses = self.choices.iter().filter(|c| !c.correct && is_picked(&c.id)).count() as f64;
        let score = if multi { (hits - misses) / k } else { hits };
        Ok(Outcome::from_score(score, parts))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Choices(self.choices.iter().filter(|c| c.correct).map(|c| c.id.clone()).collect())
    }

    pub(super) fn answer_text(&self, lang: Lang) -> String {
        self.choices.iter().filter(|c| c.correct).map(|c| c.get(lang)).collect::<Vec<_>>().join(" · ")
    }

    pub(super) fn problems(&self, multi: bool) -> Vec<String> {
        let mut problems = Vec::new();
        let correct = self.choices.iter().filter(|c| c.correct).count();
        if self.choices.len() < 2 {
            problems.push("fewer than two choices".to_string());
        }
        match correct {
            0 => problems.push("no correct choice".to_string()),
            n if n > 1 && !multi => problems.push(format!("single choice with {n} correct choices")),
            n if n == self.choices.len() => problems.push("every choice is correct: nothing to tell apart".to_string()),
            _ => {}
        }
        problems.extend(unique("choice", self.choices.iter().map(|c| c.id.as_str())));
        problems
    }

    pub(super) fn texts(&self) -> Vec<(String, &dyn Bilingual)> {
        self.choices
            .iter()
            .flat_map(|c| [(format!("choices.{}", c.id), c as &dyn Bilingual), (format!("choices.{}.feedback", c.id), &c.feedback as &dyn Bilingual)])
            .collect()
    }
}
