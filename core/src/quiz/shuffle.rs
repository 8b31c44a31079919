//! Seeded shuffling: the same seed gives the same order, so a reload shows
//! the choices where the student last saw them.

use crate::content::{fnv1a, Question};

/// How one question's parts are laid out: position `i` shows choice
/// `choices[i]`, item `items[i]` and right-hand answer `rights[i]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Arrangement {
    pub choices: Vec<usize>,
    /// Where an ordering question starts: never already solved.
    pub items: Vec<usize>,
    /// The answers to match the left-hand items with.
    pub rights: Vec<usize>,
}

impl Arrangement {
    /// For one student, from their quiz's seed: choices and answers to match
    /// in a seeded order where both the quiz (`shuffle`) and the question
    /// allow it.
    pub fn of(q: &Question, quiz_seed: u64, shuffle: bool) -> Arrangement {
        let (seed, parts) = (seed_for(quiz_seed, &q.id), q.task.parts());
        let maybe = |len: usize| if shuffle && q.shuffle { permutation(len, seed) } else { (0..len).collect() };
        Arrangement { choices: maybe(parts.choices.len()), items: scramble(parts.items.len(), seed), rights: maybe(parts.pairs.len()) }
    }

    /// On a printed worksheet: choices as authored, items and answers to
    /// match never in the answer's order, the same on every printout.
    pub fn printed(q: &Question) -> Arrangement {
        let (seed, parts) = (seed_for(0, &q.id), q.task.parts());
        Arrangement { choices: (0..parts.choices.len()).collect(), items: scramble(parts.items.len(), seed), rights: permutation(parts.pairs.len(), seed) }
    }

    /// The ordering question's item ids, as it starts.
    pub fn start_order(&self, q: &Question) -> Vec<String> {
        let items = q.task.parts().items;
        self.items.iter().filter_map(|&i| items.get(i)).map(|item| item.id.clone()).collect()
    }
}

/// The seed for one question, from the saved seed of its quiz.
pub fn seed_for(quiz_seed: u64, question_id: &str) -> u64 {
    quiz_seed ^ fnv1a(question_id.as_bytes())
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A permutation of `0..len`: position `i` shows element `order[i]`.
pub fn permutation(len: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    let mut state = seed;
    for i in (1..len).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Like [`permutation`], but never the identity when there is more than one
/// element: an ordering task must not start solved.
pub fn scramble(len: usize, seed: u64) -> Vec<usize> {
    let mut order = permutation(len, seed);
    if len > 1 && order.iter().enumerate().all(|(i, &o)| i == o) {
        order.rotate_left(1);
    }
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn permutations_hold_every_element_once(len in 0usize..12, seed: u64) {
            for order in [permutation(len, seed), scramble(len, seed)] {
                let mut sorted = order.clone();
                sorted.sort();
                prop_assert_eq!(sorted, (0..len).collect::<Vec<_>>());
            }
        }

        #[test]
        fn same_seed_same_order(len in 0usize..12, seed: u64) {
            prop_assert_eq!(permutation(len, seed), permutation(len, seed));
        }

        #[test]
        fn scramble_never_starts_solved(len in 2usize..8, seed: u64) {
            prop_assert_ne!(scramble(len, seed), (0..len).collect::<Vec<_>>());
        }
    }

    #[test]
    fn different_seeds_give_different_orders_somewhere() {
        let orders: std::collections::HashSet<Vec<usize>> = (0..20).map(|s| permutation(5, s)).collect();
        assert!(orders.len() > 10);
    }

    fn is_permutation(order: &[usize], len: usize) -> bool {
        let mut sorted = order.to_vec();
        sorted.sort_unstable();
        sorted == (0..len).collect::<Vec<_>>()
    }

    proptest! {
        #[test]
        fn every_question_is_arranged_as_a_permutation_that_never_starts_solved(index in 0usize..200, seed: u64, shuffle: bool) {
            let book = crate::content::test_book();
            let q = book.questions().nth(index % book.questions().count()).expect("a question");
            for a in [Arrangement::of(q, seed, shuffle), Arrangement::printed(q)] {
                prop_assert!(is_permutation(&a.choices, q.task.parts().choices.len()) && is_permutation(&a.items, q.task.parts().items.len()) && is_permutation(&a.rights, q.task.parts().pairs.len()));
                prop_assert!(q.task.parts().items.len() < 2 || a.items.iter().enumerate().any(|(i, &o)| i != o), "{} starts solved", q.id);
            }
            let mine = Arrangement::of(q, seed, shuffle);
            prop_assert_eq!(&mine, &Arrangement::of(q, seed, shuffle), "the same seed, the same layout");
            if !(shuffle && q.shuffle) {
                prop_assert!(mine.choices.iter().enumerate().all(|(i, &o)| i == o) && mine.rights.iter().enumerate().all(|(i, &o)| i == o));
            }
        }
    }
}
