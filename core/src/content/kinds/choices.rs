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

/// The most choices an item may have.
pub const MAX: usize = 8;

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

    /// The choices in order of id: the order result codes count them in.
    pub fn by_id(&self) -> Vec<&Choice> {
        let mut by_id: Vec<&Choice> = self.choices.iter().collect();
        by_id.sort_by(|a, b| a.id.cmp(&b.id));
        by_id
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
        if self.choices.len() > MAX {
            problems.push(format!("{} choices: at most {MAX} (a result code carries the picks in one byte)", self.choices.len()));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn choices(n: usize) -> Choices {
        Choices { choices: (0..n).map(|i| Choice { id: format!("{}", (b'a' + i as u8) as char), correct: i == 1, ..Choice::default() }).collect() }
    }

    #[test]
    fn more_choices_than_a_result_code_byte_holds_is_a_problem() {
        assert!(choices(MAX).problems(false).is_empty(), "{:?}", choices(MAX).problems(false));
        assert!(choices(MAX + 1).problems(false).iter().any(|p| p.contains("at most 8")));
    }

    #[test]
    fn choices_are_counted_in_order_of_id() {
        let mut c = choices(3);
        c.choices.reverse();
        assert_eq!(c.by_id().iter().map(|c| c.id.as_str()).collect::<Vec<_>>(), ["a", "b", "c"]);
    }
}
