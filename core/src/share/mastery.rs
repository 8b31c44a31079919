//! Mastery per mechanism from result codes, for the class table: a
//! student's marks on an assignment's questions, counted per mechanism the
//! questions are tagged with. Result codes already carry a mark per
//! question, so teachers need no new codes for this.

use super::Mark;
use crate::content::{Mechanism, Question};

/// One mechanism in one student's result (or a whole class's).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Questions on the mechanism in the assignment.
    pub asked: usize,
    /// Of those, fully right.
    pub right: usize,
    /// Of those, partly right.
    pub partial: usize,
}

impl Tally {
    fn add(&mut self, other: Tally) {
        self.asked += other.asked;
        self.right += other.right;
        self.partial += other.partial;
    }
}

/// Per mechanism, in the order of [`Mechanism::ALL`]: the marks of one
/// result on the assignment's questions (both in the teacher's order).
pub fn by_mechanism(questions: &[&Question], marks: &[Mark]) -> [Tally; 3] {
    let mut out = [Tally::default(); 3];
    for (q, mark) in questions.iter().zip(marks) {
        let Some(at) = q.mechanism.and_then(|m| Mechanism::ALL.iter().position(|x| *x == m)) else { continue };
        out[at].add(Tally { asked: 1, right: usize::from(*mark == Mark::Right), partial: usize::from(*mark == Mark::Partial) });
    }
    out
}

/// The class's mastery: every student's results added up.
pub fn for_class<'m>(questions: &[&Question], students: impl IntoIterator<Item = &'m [Mark]>) -> [Tally; 3] {
    let mut out = [Tally::default(); 3];
    for marks in students {
        for (total, one) in out.iter_mut().zip(by_mechanism(questions, marks)) {
            total.add(one);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;
    use proptest::prelude::*;

    fn questions() -> Vec<&'static Question> {
        test_book().questions().take(30).collect()
    }

    proptest! {
        #[test]
        fn every_tagged_mark_is_counted_once(marks in prop::collection::vec(0usize..4, 30)) {
            let qs = questions();
            let marks: Vec<Mark> = marks.into_iter().map(|m| [Mark::Blank, Mark::Wrong, Mark::Partial, Mark::Right][m]).collect();
            let tallies = by_mechanism(&qs, &marks);
            let tagged = qs.iter().filter(|q| q.mechanism.is_some()).count();
            prop_assert_eq!(tallies.iter().map(|t| t.asked).sum::<usize>(), tagged);
            let right_tagged = qs.iter().zip(&marks).filter(|(q, m)| q.mechanism.is_some() && **m == Mark::Right).count();
            prop_assert_eq!(tallies.iter().map(|t| t.right).sum::<usize>(), right_tagged);
            prop_assert!(tallies.iter().all(|t| t.right + t.partial <= t.asked));
            let class = for_class(&qs, [marks.as_slice(), marks.as_slice()]);
            prop_assert!(class.iter().zip(&tallies).all(|(c, t)| c.asked == 2 * t.asked && c.right == 2 * t.right));
        }
    }
}
