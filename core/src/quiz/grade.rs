//! Grading: `grade(question, response) -> Outcome`, deterministic and pure.
//!
//! Partial credit, scored from 0 to 1:
//! - single, true/false, numeric, short answer: all or nothing.
//! - multiple select: each correct choice picked earns `1/k` (`k` correct
//!   choices), each wrong choice picked costs `1/k`, never below 0. Full marks
//!   only for exactly the correct set.
//! - ordering: the share of item pairs that stand in the right relative order
//!   (a swap of two neighbours costs one pair of `n·(n−1)/2`).
//! - matching: the share of left items matched to their own right item.

use super::{Response, Unanswered};
use crate::content::{Bilingual, Kind, Question};
use crate::normalize::{normalize, parse_number};

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
    fn from_score(score: f64, parts: Vec<bool>) -> Outcome {
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

    fn all_or_nothing(right: bool) -> Outcome {
        Outcome::from_score(if right { 1.0 } else { 0.0 }, vec![right])
    }
}

/// Grades a response. A response that is empty, of the wrong shape or not a
/// number where one is asked for is not graded, so it never costs an attempt.
pub fn grade(q: &Question, response: &Response) -> Result<Outcome, Unanswered> {
    match (q.kind, response) {
        (Kind::Single | Kind::Multi, Response::Choices(picked)) => choices(q, picked),
        (Kind::TrueFalse, Response::Bool(answer)) => Ok(Outcome::all_or_nothing(q.truth == Some(*answer))),
        (Kind::Order, Response::Order(ids)) => order(q, ids),
        (Kind::Match, Response::Match(links)) => matching(q, links),
        (Kind::Numeric, Response::Text(text)) => numeric(q, text),
        (Kind::Short, Response::Text(text)) => short(q, text),
        _ => Err(Unanswered::WrongShape),
    }
}

fn choices(q: &Question, picked: &[String]) -> Result<Outcome, Unanswered> {
    if picked.is_empty() {
        return Err(Unanswered::Empty);
    }
    if picked.iter().any(|id| !q.choices.iter().any(|c| &c.id == id)) || (q.kind == Kind::Single && picked.len() > 1) {
        return Err(Unanswered::WrongShape);
    }
    let is_picked = |id: &str| picked.iter().any(|p| p == id);
    let parts: Vec<bool> = q.choices.iter().map(|c| c.correct == is_picked(&c.id)).collect();
    let k = q.choices.iter().filter(|c| c.correct).count().max(1) as f64;
    let hits = q.choices.iter().filter(|c| c.correct && is_picked(&c.id)).count() as f64;
    let misses = q.choices.iter().filter(|c| !c.correct && is_picked(&c.id)).count() as f64;
    let score = if q.kind == Kind::Single { hits } else { (hits - misses) / k };
    Ok(Outcome::from_score(score, parts))
}

fn order(q: &Question, ids: &[String]) -> Result<Outcome, Unanswered> {
    let rank: Option<Vec<usize>> = ids.iter().map(|id| q.items.iter().position(|i| &i.id == id)).collect();
    let Some(rank) = rank.filter(|r| r.len() == q.items.len() && is_permutation(r)) else {
        return Err(Unanswered::WrongShape);
    };
    let n = rank.len();
    let pairs = n * n.saturating_sub(1) / 2;
    let in_order = (0..n).flat_map(|i| (i + 1..n).map(move |j| (i, j))).filter(|&(i, j)| rank[i] < rank[j]).count();
    let parts = rank.iter().enumerate().map(|(pos, &r)| pos == r).collect();
    Ok(Outcome::from_score(if pairs == 0 { 1.0 } else { in_order as f64 / pairs as f64 }, parts))
}

fn is_permutation(rank: &[usize]) -> bool {
    let mut seen = vec![false; rank.len()];
    rank.iter().all(|&r| r < seen.len() && !std::mem::replace(&mut seen[r], true))
}

fn matching(q: &Question, links: &[(String, String)]) -> Result<Outcome, Unanswered> {
    if links.is_empty() {
        return Err(Unanswered::Empty);
    }
    let chosen = |left: &str| links.iter().find(|(l, _)| l == left).map(|(_, r)| r.as_str());
    if q.pairs.iter().any(|p| chosen(&p.id).is_none()) {
        return Err(Unanswered::Incomplete);
    }
    let parts: Vec<bool> = q.pairs.iter().map(|p| chosen(&p.id) == Some(p.id.as_ref())).collect();
    let right = parts.iter().filter(|p| **p).count() as f64;
    Ok(Outcome::from_score(right / q.pairs.len().max(1) as f64, parts))
}

fn numeric(q: &Question, text: &str) -> Result<Outcome, Unanswered> {
    if text.trim().is_empty() {
        return Err(Unanswered::Empty);
    }
    let value = parse_number(text, &[q.unit.zh(), q.unit.en()]).ok_or(Unanswered::NotANumber)?;
    let (target, tolerance) = (q.number.unwrap_or(f64::NAN), q.tolerance.unwrap_or(0.0));
    Ok(Outcome::all_or_nothing((value - target).abs() <= tolerance + 1e-9))
}

fn short(q: &Question, text: &str) -> Result<Outcome, Unanswered> {
    let given = normalize(text);
    if given.is_empty() {
        return Err(Unanswered::Empty);
    }
    Ok(Outcome::all_or_nothing(q.accept.iter().any(|a| normalize(a) == given)))
}

/// A response that is fully right, for tests, answer keys and "show correct answers".
pub fn correct_response(q: &Question) -> Response {
    match q.kind {
        Kind::Single | Kind::Multi => Response::Choices(q.choices.iter().filter(|c| c.correct).map(|c| c.id.to_string()).collect()),
        Kind::TrueFalse => Response::Bool(q.truth.unwrap_or(true)),
        Kind::Order => Response::Order(q.items.iter().map(|i| i.id.to_string()).collect()),
        Kind::Match => Response::Match(q.pairs.iter().map(|p| (p.id.to_string(), p.id.to_string())).collect()),
        Kind::Numeric => Response::Text(q.number.map(crate::i18n::decimal).unwrap_or_default()),
        Kind::Short => Response::Text(q.accept.first().map(ToString::to_string).unwrap_or_default()),
    }
}
