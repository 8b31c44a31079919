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

    /// On a printed worksheet and its answer key: choices in a seeded order
    /// (so the key's place on paper says nothing), items never in the
    /// answer's order, and no answer to match printed opposite its item; the
    /// same on every printout.
    pub fn printed(q: &Question) -> Arrangement {
        let (seed, parts) = (seed_for(0, &q.id), q.task.parts());
        Arrangement { choices: permutation(parts.choices.len(), seed), items: scramble(parts.items.len(), seed), rights: derange(parts.pairs.len(), seed) }
    }

    /// The key as the paper names it: the letters of the right choices, the
    /// number to write by each item as printed, or each numbered item with
    /// its answer's letter. `None` for typed and true/false answers.
    pub fn key(&self, q: &Question) -> Option<String> {
        let parts = q.task.parts();
        let letters: Vec<String> =
            self.choices.iter().enumerate().filter(|(_, &c)| parts.choices.get(c).is_some_and(|c| c.correct)).map(|(at, _)| letter(at)).collect();
        if !letters.is_empty() {
            return Some(letters.join(", "));
        }
        if !parts.items.is_empty() {
            let ranks: Vec<String> = self.items.iter().map(|&i| (i + 1).to_string()).collect();
            return Some(ranks.join(", "));
        }
        if !parts.pairs.is_empty() {
            let links: Vec<String> = (0..parts.pairs.len())
                .filter_map(|left| self.rights.iter().position(|&r| r == left).map(|at| format!("{}–{}", left + 1, letter(at))))
                .collect();
            return Some(links.join(" · "));
        }
        None
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

/// The letter a printed list gives its `at`-th entry: A, B, C …
pub fn letter(at: usize) -> String {
    char::from_u32(u32::from(b'A') + at as u32).map_or_else(|| (at + 1).to_string(), String::from)
}

/// A permutation in which no element stays in its place (for more than one):
/// a seeded order walked as one cycle, each place showing the next element.
pub fn derange(len: usize, seed: u64) -> Vec<usize> {
    let order = permutation(len, seed);
    let mut out = vec![0; len];
    for (k, &place) in order.iter().enumerate() {
        out[place] = order[(k + 1) % len];
    }
    out
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

    proptest! {
        #[test]
        fn a_derangement_moves_everything(len in 0usize..12, seed: u64) {
            let d = derange(len, seed);
            prop_assert!(is_permutation(&d, len));
            prop_assert!(len < 2 || d.iter().enumerate().all(|(i, &o)| i != o));
        }
    }

    #[test]
    fn the_printed_key_names_what_the_paper_shows() {
        let book = crate::content::test_book();
        for q in book.questions() {
            let shown = Arrangement::printed(q);
            let parts = q.task.parts();
            match shown.key(q) {
                Some(key) if !parts.choices.is_empty() => {
                    for (at, &c) in shown.choices.iter().enumerate() {
                        assert_eq!(key.split(", ").any(|l| l == letter(at)), parts.choices[c].correct, "{}: {key}", q.id);
                    }
                }
                Some(key) if !parts.pairs.is_empty() => assert_eq!(key.split(" · ").count(), parts.pairs.len(), "{}", q.id),
                Some(key) => assert_eq!(key.split(", ").count(), parts.items.len(), "{}", q.id),
                None => assert!(parts.choices.is_empty() && parts.items.is_empty() && parts.pairs.is_empty(), "{}", q.id),
            }
        }
        let keyed_first = book
            .questions()
            .filter(|q| !q.task.parts().choices.is_empty())
            .filter(|q| Arrangement::printed(q).key(q).is_some_and(|k| k.starts_with('A')))
            .count();
        let with_choices = book.questions().filter(|q| !q.task.parts().choices.is_empty()).count();
        assert!(keyed_first * 2 < with_choices, "{keyed_first} of {with_choices} printed keys include A: the printed order should spread them");
    }
}
