//! What a teacher would say about a wrong typed answer, beyond the
//! question's own feedback: it responds to what was typed.

use crate::content::{Book, Figure, Question, Task};
use crate::normalize::normalize;
use crate::quiz::Response;

/// A remark on a typed answer that was checked and is not right.
#[derive(Clone, Debug, PartialEq)]
pub enum Note<'a> {
    /// The number is right, the unit is not one the question asks for.
    Unit(String),
    /// The number is another figure of the story: it names that figure.
    OtherFigure(&'a Figure),
    /// Within a tenth of the answer, but not it.
    Close,
    /// Ten times the answer or more, or a tenth or less: another order of magnitude.
    Far,
    /// One or two letters away from an accepted answer.
    Spelling,
}

/// The remark for a response to a typed question, if it is wrong in a way
/// worth naming. `None` for right answers and other kinds.
pub fn note<'a>(book: &'a Book, q: &Question, response: &Response) -> Option<Note<'a>> {
    let Response::Text(text) = response else { return None };
    match &q.task {
        Task::Numeric(n) => {
            let typed = n.read(text).ok()?;
            let target = n.number?;
            if n.is_the_number(typed.value) {
                return typed.other_unit.map(Note::Unit);
            }
            if let Some(f) = book.chapters.iter().flat_map(|c| &c.figures).find(|f| f.value == typed.value && f.callout) {
                return Some(Note::OtherFigure(f));
            }
            let ratio = (typed.value / target).abs();
            if (typed.value - target).abs() <= target.abs() * 0.1 {
                Some(Note::Close)
            } else if !(0.1..10.0).contains(&ratio) {
                Some(Note::Far)
            } else {
                None
            }
        }
        Task::Short(s) => {
            let given = normalize(text);
            let near = s.accept.iter().any(|a| {
                let a = normalize(a);
                a != given && distance(&a, &given) <= if a.chars().count() > 4 { 2 } else { 1 }
            });
            near.then_some(Note::Spelling)
        }
        Task::Single(_) | Task::Multi(_) | Task::TrueFalse(_) | Task::Order(_) | Task::Match(_) => None,
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => None,
    }
}

/// Edits (insert, delete, replace one character) from one text to another.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (prev + usize::from(ca != cb)).min(row[j] + 1).min(row[j + 1] + 1);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;
    use proptest::prelude::*;

    fn numeric() -> &'static Question {
        test_book().questions().find(|q| matches!(&q.task, Task::Numeric(n) if n.number.is_some_and(|x| x > 10.0))).expect("a numeric question")
    }

    #[test]
    fn a_wrong_number_gets_a_remark_about_what_was_typed() {
        let book = test_book();
        let q = numeric();
        let Task::Numeric(n) = &q.task else { unreachable!() };
        let x = n.number.expect("a number");
        assert_eq!(note(book, q, &Response::Text(format!("{x} furlongs"))), Some(Note::Unit("furlongs".into())));
        assert_eq!(note(book, q, &Response::Text(format!("{}", x * 1.05))), Some(Note::Close));
        assert_eq!(note(book, q, &Response::Text(format!("{}", x * 1000.0))), Some(Note::Far));
        assert_eq!(note(book, q, &Response::Text(format!("{x}"))), None, "right: nothing to remark");
        let other = book.chapters.iter().flat_map(|c| &c.figures).find(|f| f.callout && f.value != x && f.value.fract() == 0.0).expect("another figure");
        assert_eq!(note(book, q, &Response::Text(format!("{}", other.value))), Some(Note::OtherFigure(other)));
    }

    #[test]
    fn a_misspelt_short_answer_is_named_as_such() {
        let book = test_book();
        let q = book
            .questions()
            .find(|q| matches!(&q.task, Task::Short(s) if s.accept.iter().any(|a| a.is_ascii() && a.len() > 5)))
            .expect("a short question in English");
        let Task::Short(s) = &q.task else { unreachable!() };
        let a = s.accept.iter().find(|a| a.is_ascii() && a.len() > 5).expect("an accepted answer");
        let typo: String = a.chars().skip(1).collect();
        assert_eq!(note(book, q, &Response::Text(typo)), Some(Note::Spelling));
        assert_eq!(note(book, q, &Response::Text("something else entirely".into())), None);
    }

    proptest! {
        #[test]
        fn distance_is_a_metric(a in "[a-c]{0,6}", b in "[a-c]{0,6}", c in "[a-c]{0,6}") {
            prop_assert_eq!(distance(&a, &b), distance(&b, &a));
            prop_assert_eq!(distance(&a, &a), 0);
            prop_assert!(distance(&a, &c) <= distance(&a, &b) + distance(&b, &c));
            prop_assert!(distance(&a, &b) <= a.len().max(b.len()));
        }
    }
}
