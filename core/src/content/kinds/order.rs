//! Putting items in order. Scored by the share of item pairs that stand in
//! the right relative order (a swap of two neighbours costs one pair of
//! `n·(n−1)/2`).

use serde::Deserialize;

use super::{unique, Outcome, Response, Unanswered};
use crate::content::model::Bilingual;
use crate::i18n::Lang;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Order {
    /// In the correct order.
    pub items: Vec<Item>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(default)]
pub struct Item {
    pub id: String,
    pub zh: String,
    pub en: String,
}

impl Order {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Order(ids) = response else { return Err(Unanswered::WrongShape) };
        let rank: Option<Vec<usize>> = ids.iter().map(|id| self.items.iter().position(|i| &i.id == id)).collect();
        let Some(rank) = rank.filter(|r| r.len() == self.items.len() && is_permutation(r)) else {
            return Err(Unanswered::WrongShape);
        };
        let n = rank.len();
        let pairs = n * n.saturating_sub(1) / 2;
        let in_order = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).filter(|&(i, j)| rank[i] < rank[j]).count();
        let parts = rank.iter().enumerate().map(|(pos, &r)| pos == r).collect();
        Ok(Outcome::from_score(if pairs == 0 { 1.0 } else { in_order as f64 / pairs as f64 }, parts))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Order(self.items.iter().map(|i| i.id.clone()).collect())
    }

    pub(super) fn answer_text(&self, lang: Lang) -> String {
        self.items.iter().map(|i| i.get(lang)).collect::<Vec<_>>().join(" → ")
    }

    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.items.len() < 3 {
            problems.push("an ordering needs at least three items".to_string());
        }
        problems.extend(unique("item", self.items.iter().map(|i| i.id.as_str())));
        problems.extend(unique("item text", self.items.iter().map(|i| i.zh.as_str())));
        problems
    }

    pub(super) fn texts(&self) -> Vec<(String, &dyn Bilingual)> {
        self.items.iter().map(|i| (format!("items.{}", i.id), i as &dyn Bilingual)).collect()
    }
}

fn is_permutation(rank: &[usize]) -> bool {
    let mut seen = vec![false; rank.len()];
    rank.iter().all(|&r| r < seen.len() && !std::mem::replace(&mut seen[r], true))
}
