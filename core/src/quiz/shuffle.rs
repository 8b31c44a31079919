//! Seeded shuffling: the same seed gives the same order, so a reload shows
//! the choices where the student last saw them.

use crate::content::fnv1a;

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
}
