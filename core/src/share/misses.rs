//! What a class answered when it missed, from the detail bytes of result
//! codes (version 3 on): for each choice question, how many students picked
//! each wrong choice; for a partly right answer, how many of the question's
//! parts were right ("2 of 3 pairs").

use super::class::Class;
use super::result::is_picked;
use crate::content::{Choice, Question, Task};

/// A wrong choice and how many students picked it.
#[derive(Clone, Debug, PartialEq)]
pub struct Picked<'a> {
    pub choice: &'a Choice,
    pub students: usize,
}

/// The wrong choices picked on one choice question of the assignment.
#[derive(Clone, Debug, PartialEq)]
pub struct Misses<'a> {
    /// The question's place in the assignment, from 0.
    pub question: usize,
    /// Every wrong choice picked at least once, the most picked first.
    pub picked: Vec<Picked<'a>>,
    /// Students who missed it in a code that does not say what they picked.
    pub unknown: usize,
}

/// Per choice question that anyone missed, which wrong choices were picked.
pub fn wrong_choices<'a>(class: &Class, questions: &[&'a Question]) -> Vec<Misses<'a>> {
    questions.iter().enumerate().filter_map(|(i, q)| misses(class, i, q)).collect()
}

fn misses<'a>(class: &Class, question: usize, q: &'a Question) -> Option<Misses<'a>> {
    let (Task::Single(c) | Task::Multi(c)) = &q.task else { return None };
    let choices = c.by_id();
    let details: Vec<Option<u8>> =
        class.rows.iter().filter(|r| r.marks.get(question).is_some_and(|m| super::result::is_missed(*m))).map(|r| r.detail(question)).collect();
    let mut picked: Vec<Picked> = choices
        .iter()
        .enumerate()
        .filter(|(_, c)| !c.correct)
        .map(|(bit, choice)| Picked { choice, students: details.iter().flatten().filter(|d| is_picked(**d, bit)).count() })
        .filter(|p| p.students > 0)
        .collect();
    picked.sort_by_key(|p| std::cmp::Reverse(p.students));
    let unknown = details.iter().filter(|d| d.is_none()).count();
    (!picked.is_empty() || unknown > 0).then_some(Misses { question, picked, unknown })
}

/// How many of a question's parts a missed answer got right, of how many,
/// for kinds with several parts: choices (each picked or left as it should
/// be), positions in an order, pairs.
pub fn parts_right(q: &Question, detail: u8) -> Option<(usize, usize)> {
    match &q.task {
        Task::Single(c) | Task::Multi(c) => {
            let choices = c.by_id();
            let right = choices.iter().enumerate().filter(|(bit, c)| c.correct == is_picked(detail, *bit)).count();
            Some((right, choices.len()))
        }
        Task::Order(o) => Some((usize::from(detail).min(o.items.len()), o.items.len())),
        Task::Match(m) => Some((usize::from(detail).min(m.pairs.len()), m.pairs.len())),
        Task::TrueFalse(_) | Task::Numeric(_) | Task::Short(_) => None,
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => None,
    }
}
