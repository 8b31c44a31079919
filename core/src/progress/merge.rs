//! Merging two copies of the progress, e.g. from two tabs: for every answer,
//! reading and setting the newer one wins, and a reset wins over anything
//! older than it.
//!
//! Merging is a join: commutative, associative and idempotent (property-tested
//! below), so tabs that merge each other's saves in any order settle on the
//! same state. Each part is a last-writer-wins register: the later time wins,
//! and on equal times the greater value (compared as its JSON text), so
//! neither side is favoured. Resets are thresholds that only grow: whatever is
//! older than the newest reset that covers it is dropped after each merge, and
//! a quiz whose settings are older than its reset takes the defaults.

use std::cmp::Ordering;

use serde::Serialize;

use super::{Map, Millis, Progress, QuizProgress};

pub fn merge(mine: &Progress, theirs: &Progress) -> Progress {
    let reset_at = mine.reset_at.max(theirs.reset_at);
    let top = later(mine, theirs, |p| p.updated, |p| (p.lang, &p.name, &p.last, p.theme, p.text_size, &p.student_number));
    let mut read = union(&mine.read, &theirs.read, |a, b| later(a, b, |r| r.updated, |r| r).clone());
    read.retain(|_, r| r.updated >= reset_at);
    let mut quizzes = union(&mine.quizzes, &theirs.quizzes, merge_quiz);
    quizzes.values_mut().for_each(|q| settle(q, reset_at));
    quizzes.retain(|_, q| !is_blank(q, reset_at));
    Progress {
        version: mine.version.max(theirs.version),
        lang: top.lang,
        name: top.name.clone(),
        student_number: top.student_number.clone(),
        last: top.last.clone(),
        updated: top.updated,
        theme: top.theme,
        text_size: top.text_size,
        reset_at,
        read,
        quizzes,
    }
}

fn merge_quiz(a: &QuizProgress, b: &QuizProgress) -> QuizProgress {
    // Defaults sort first, so a blank quiz never wins over one that is not.
    let top = later(a, b, |q| q.updated, |q| (q.seed, q.mode, q.submitted, q.submitted_at.is_some(), q.submitted_at.unwrap_or(0.0)));
    QuizProgress {
        seed: top.seed,
        mode: top.mode,
        submitted: top.submitted,
        submitted_at: top.submitted_at,
        updated: top.updated,
        reset_at: a.reset_at.max(b.reset_at),
        answers: union(&a.answers, &b.answers, |x, y| later(x, y, |a| a.at, |a| a).clone()),
        frozen: union(&a.frozen, &b.frozen, |x, y| later(x, y, |a| a.at, |a| a).clone()),
    }
}

/// Applies the quiz's own reset and the one over everything: older answers
/// go, and settings older than the reset take their defaults. The quiz then
/// records the reset that covers it.
fn settle(quiz: &mut QuizProgress, reset_at: Millis) {
    let cut = quiz.reset_at.max(reset_at);
    quiz.answers.retain(|_, a| a.at >= cut);
    quiz.frozen.retain(|_, a| a.at >= cut);
    if quiz.updated < cut {
        let (answers, frozen) = (std::mem::take(&mut quiz.answers), std::mem::take(&mut quiz.frozen));
        *quiz = QuizProgress { answers, frozen, ..QuizProgress::default() };
    }
    quiz.reset_at = cut;
}

/// A quiz that holds nothing the reset over everything does not already say.
fn is_blank(quiz: &QuizProgress, reset_at: Millis) -> bool {
    quiz.answers.is_empty()
        && quiz.frozen.is_empty()
        && quiz.reset_at <= reset_at
        && *quiz == QuizProgress { reset_at: quiz.reset_at, ..QuizProgress::default() }
}

/// The newer of two versions of one thing; on equal times the greater by
/// `key` (as JSON text), so the order of the two never matters.
fn later<'a, T, K: Serialize>(a: &'a T, b: &'a T, time: impl Fn(&T) -> Millis, key: impl Fn(&'a T) -> K) -> &'a T {
    let text = |v: &'a T| serde_json::to_string(&key(v)).unwrap_or_default();
    match time(a).total_cmp(&time(b)).then_with(|| text(a).cmp(&text(b))) {
        Ordering::Less => b,
        _ => a,
    }
}

fn union<V: Clone, K: AsRef<str> + Clone>(a: &Map<V, K>, b: &Map<V, K>, pick: impl Fn(&V, &V) -> V) -> Map<V, K> {
    let mut out = a.clone();
    for (key, theirs) in b.iter() {
        let value = match a.get(key.as_ref()) {
            Some(mine) => pick(mine, theirs),
            None => theirs.clone(),
        };
        out.insert(key.clone(), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::progress::{Answer, Attempt, Mode, Reading, Theme};
    use crate::quiz::{QuizKey, Response};
    use proptest::prelude::*;

    fn answer(text: &str, at: f64) -> Answer {
        Answer { response: Some(Response::Text(text.into())), at, ..Answer::default() }
    }

    fn with(quiz: &str, question: &str, a: Answer) -> Progress {
        let mut p = Progress::new();
        p.quiz_mut(QuizKey::Chapter(quiz), 1, 0.0).answers.insert(question.into(), a);
        p
    }

    #[test]
    fn the_newer_answer_wins_either_way() {
        let old = with("ch1", "q1", answer("old", 10.0));
        let new = with("ch1", "q1", answer("new", 20.0));
        for merged in [merge(&old, &new), merge(&new, &old)] {
            assert_eq!(merged.quizzes["ch1"].answers["q1"].response, Some(Response::Text("new".into())));
        }
    }

    #[test]
    fn answers_only_one_side_has_are_kept() {
        let a = with("ch1", "q1", answer("a", 10.0));
        let b = with("ch2", "q9", answer("b", 5.0));
        let merged = merge(&a, &b);
        assert!(merged.quizzes["ch1"].answers.contains_key("q1"));
        assert!(merged.quizzes["ch2"].answers.contains_key("q9"));
    }

    #[test]
    fn a_reset_wins_over_older_answers_but_not_newer_ones() {
        let mut reset = with("ch1", "q1", answer("before", 10.0));
        reset.reset_all(15.0);
        let other_tab = with("ch1", "q1", answer("before", 10.0));
        assert!(merge(&other_tab, &reset).quizzes.is_empty());
        let later = with("ch1", "q1", answer("after", 20.0));
        assert_eq!(merge(&reset, &later).quizzes["ch1"].answers["q1"].response, Some(Response::Text("after".into())));
        let mut chapter = with("ch1", "q1", answer("x", 10.0));
        chapter.reset_chapter(&"ch1".into(), 12.0);
        assert!(merge(&other_tab, &chapter).quizzes["ch1"].answers.is_empty());
    }

    /// Small times, so that many are equal: ties must not break the laws.
    fn time() -> impl Strategy<Value = f64> {
        (0u8..6).prop_map(f64::from)
    }

    fn quiz() -> impl Strategy<Value = QuizProgress> {
        let one = || ("[a-c]", time(), any::<bool>()).prop_map(|(text, at, checked)| Answer { checked, ..answer(&text, at) });
        let answers = || proptest::collection::vec(("q[1-3]", one()), 0..4).prop_map(|e| e.into_iter().map(|(q, a)| (q.into(), a)).collect::<Map<_, _>>());
        let mode = prop_oneof![Just(Mode::Instant), Just(Mode::Submit)];
        let attempt = (time(), answers()).prop_map(|(at, answers)| Attempt { at, answers });
        let frozen = proptest::collection::vec(("[1-3]", attempt), 0..3).prop_map(|e| e.into_iter().collect::<Map<_>>());
        let reset = (0u8..8).prop_map(|t| f64::from(t.saturating_sub(4)));
        (0u64..3, mode, any::<bool>(), proptest::option::of(time()), answers(), time(), reset, frozen).prop_map(
            |(seed, mode, submitted, submitted_at, answers, updated, reset_at, frozen)| QuizProgress {
                seed,
                mode,
                submitted,
                submitted_at,
                answers,
                updated,
                reset_at,
                frozen,
            },
        )
    }

    fn progress() -> impl Strategy<Value = Progress> {
        let reading = (any::<bool>(), proptest::option::of("p[12]"), time()).prop_map(|(done, at, updated)| Reading { done, at: at.map(Into::into), updated });
        let read = proptest::collection::vec(("ch[1-2]", reading), 0..3).prop_map(|e| e.into_iter().map(|(c, r)| (c.into(), r)).collect::<Map<_, _>>());
        let quizzes = proptest::collection::vec(("ch[1-2]", quiz()), 0..3).prop_map(|e| e.into_iter().collect::<Map<_>>());
        let lang = proptest::option::of(prop_oneof![Just(Lang::Zh), Just(Lang::En)]);
        let theme = proptest::option::of(prop_oneof![Just(Theme::Light), Just(Theme::Dark)]);
        let reset = (0u8..10).prop_map(|t| f64::from(t.saturating_sub(5)));
        let who = ("[ab]?", "[12]?");
        (read, quizzes, who, lang, theme, 0u8..3, time(), reset).prop_map(
            |(read, quizzes, (name, student_number), lang, theme, text_size, updated, reset_at)| Progress {
                version: crate::progress::VERSION,
                lang,
                name,
                student_number,
                last: None,
                read,
                quizzes,
                updated,
                reset_at,
                theme,
                text_size,
            },
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn merging_is_commutative(a in progress(), b in progress()) {
            prop_assert_eq!(merge(&a, &b), merge(&b, &a));
        }

        #[test]
        fn merging_is_associative(a in progress(), b in progress(), c in progress()) {
            prop_assert_eq!(merge(&merge(&a, &b), &c), merge(&a, &merge(&b, &c)));
        }

        /// Three tabs' copies merged in any order, pairwise either way round,
        /// give one state, and merging it again changes nothing.
        #[test]
        fn any_order_of_three_copies_gives_one_state(a in progress(), b in progress(), c in progress()) {
            let copies = [&a, &b, &c];
            let first = merge(&merge(&a, &b), &c);
            for (i, j, k) in [(0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0)] {
                let (x, y, z) = (copies[i], copies[j], copies[k]);
                prop_assert_eq!(&merge(&merge(x, y), z), &first);
                prop_assert_eq!(&merge(x, &merge(y, z)), &first);
                prop_assert_eq!(&merge(z, &merge(y, x)), &first);
            }
            prop_assert_eq!(merge(&first, &first), first.clone());
            prop_assert_eq!(merge(&first, &a), first);
        }

        #[test]
        fn merging_is_idempotent(a in progress(), b in progress()) {
            let once = merge(&a, &b);
            prop_assert_eq!(merge(&once, &once), once.clone());
            prop_assert_eq!(merge(&once, &b), once.clone());
            prop_assert_eq!(merge(&once, &a), once);
        }

        #[test]
        fn no_answer_newer_than_every_reset_is_lost(a in progress(), b in progress()) {
            let merged = merge(&a, &b);
            let cut = a.reset_at.max(b.reset_at);
            for side in [&a, &b] {
                for (quiz, qp) in side.quizzes.iter() {
                    let quiz_cut = a.quizzes.get(quiz).map_or(0.0, |q| q.reset_at).max(b.quizzes.get(quiz).map_or(0.0, |q| q.reset_at));
                    for (id, ans) in qp.answers.iter() {
                        if ans.at >= cut.max(quiz_cut) {
                            let kept = &merged.quizzes[quiz].answers[id];
                            prop_assert!(kept.at >= ans.at);
                        }
                    }
                }
            }
        }
    }
}
