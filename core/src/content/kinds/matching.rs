//! Matching each left-hand item to its own right-hand one. Scored by the
//! share of left items matched right.

use serde::Deserialize;

use super::{unique, Outcome, Response, Unanswered};
use crate::content::model::{Bilingual, Text};
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Matching {
    /// Each left belongs to its own right.
    pub pairs: Vec<Pair>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Pair {
    pub id: String,
    pub left: Text,
    pub right: Text,
}

impl Matching {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Match(links) = response else { return Err(Unanswered::WrongShape) };
        if links.is_empty() {
            return Err(Unanswered::Empty);
        }
        let chosen = |left: &str| links.iter().find(|(l, _)| l == left).map(|(_, r)| r.as_str());
        if self.pairs.iter().any(|p| chosen(&p.id).is_none()) {
            return Err(Unanswered::Incomplete);
        }
        let parts: Vec<bool> = self.pairs.iter().map(|p| chosen(&p.id) == Some(p.id.as_str())).collect();
        let right = parts.iter().filter(|p| **p).count() as f64;
        Ok(Outcome::from_score(right / self.pairs.len().max(1) as f64, parts))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Match(self.pairs.iter().map(|p| (p.id.clone(), p.id.clone())).collect())
    }

    pub(super) fn answer_text(&self, lang: Lang) -> String {
        self.pairs.iter().map(|p| format!("{} = {}", p.left.get(lang), p.right.get(lang))).collect::<Vec<_>>().join(" · ")
    }

    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.pairs.len() < 3 {
            problems.push("a matching needs at least three pairs".to_string());
        }
        problems.extend(unique("pair", self.pairs.iter().map(|p| p.id.as_str())));
        problems.extend(unique("left side", self.pairs.iter().map(|p| p.left.zh.as_str())));
        problems.extend(unique("right side", self.pairs.iter().map(|p| p.right.zh.as_str())));
        problems
    }

    pub(super) fn texts(&self) -> Vec<(String, &dyn Bilingual)> {
        self.pairs
            .iter()
            .flat_map(|p| [(format!("pairs.{}.left", p.id), &p.left as &dyn Bilingual), (format!("pairs.{}.right", p.id), &p.right as &dyn Bilingual)])
            .collect()
    }
}
