//! Merging two copies of the progress, e.g. from two tabs: for every answer,
//! reading and setting the newer one wins, and a reset wins over anything
//! older than it. Merging is idempotent, so tabs that keep merging each
//! other's saves settle on the same state.

use super::{Map, Progress, QuizProgress};

pub fn merge(mine: &Progress, theirs: &Progress) -> Progress {
    let reset_at = mine.reset_at.max(theirs.reset_at);
    let top = if theirs.updated > mine.updated { theirs } else { mine };
    let read = union(&mine.read, &theirs.read, |a, b| if b.updated > a.updated { b.clone() } else { a.clone() })
        .into_iter()
        .filter(|(_, r)| r.updated >= reset_at)
        .collect();
    let quizzes = union(&mine.quizzes, &theirs.quizzes, merge_quiz)
        .into_iter()
        .map(|(id, q)| (id, drop_older(q, reset_at)))
        .filter(|(_, q)| q.updated >= reset_at || !q.answers.is_empty())
        .collect();
    Progress {
        version: mine.version.max(theirs.version),
        lang: top.lang,
        name: top.name.clone(),
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
    let top = if b.updated > a.updated { b } else { a };
    let answers = union(&a.answers, &b.answers, |x, y| if y.at > x.at { y.clone() } else { x.clone() });
    let merged = QuizProgress { answers, reset_at: a.reset_at.max(b.reset_at), ..top.clone() };
    drop_older(merged, 0.0)
}

/// Drops answers older than the quiz's own reset or the given one.
fn drop_older(mut quiz: QuizProgress, reset_at: f64) -> QuizProgress {
    let cut = quiz.reset_at.max(reset_at);
    quiz.answers.retain(|_, a| a.at >= cut);
    quiz
}

fn union<V: Clone>(a: &Map<V>, b: &Map<V>, pick: impl Fn(&V, &V) -> V) -> Map<V> {
    let mut out = a.clone();
    for (key, theirs) in b.iter() {
        let value = match a.get(key) {
            Some(mine) => pick(mine, theirs),
            None => theirs.clone(),
        };
        out.insert(key.to_owned(), value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::Answer;
    use crate::quiz::Response;
    use proptest::prelude::*;

    fn answer(text: &str, at: f64) -> Answer {
        Answer { response: Some(Response::Text(text.into())), at, ..Answer::default() }
    }

    fn with(quiz: &str, question: &str, a: Answer) -> Progress {
        let mut p = Progress::new();
        p.quiz_mut(quiz, 1).answers.insert(question.into(), a);
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
        chapter.reset_chapter("ch1", 12.0);
        assert!(merge(&other_tab, &chapter).quizzes["ch1"].answers.is_empty());
    }

    fn progress() -> impl Strategy<Value = Progress> {
        let entry = ("ch[1-3]", "q[1-4]", "[a-c]", 0u32..50);
        (proptest::collection::vec(entry, 0..8), 0u32..40, "[a-z]{0,3}").prop_map(|(entries, reset, name)| {
            let mut p = Progress::new();
            for (quiz, q, text, at) in entries {
                p.quiz_mut(&quiz, 1).answers.insert(q, answer(&text, f64::from(at)));
            }
            p.reset_at = f64::from(reset);
            p.name = name;
            p
        })
    }

    proptest! {
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
                    for (id, ans) in qp.answers.iter() {
                        if ans.at >= cut.max(qp.reset_at) {
                            let kept = &merged.quizzes[quiz].answers[id];
                            prop_assert!(kept.at >= ans.at);
                        }
                    }
                }
            }
        }
    }
}
