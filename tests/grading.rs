//! Grading over the whole bank, and the grading rules on their own.

use proptest::prelude::*;
use zhiyuan::content::{Book, Kind, Question, Task};
use zhiyuan::quiz::shuffle::permutation;
use zhiyuan::quiz::{correct_response, grade, Response, Unanswered, Verdict};

fn book() -> &'static Book {
    zhiyuan::book::book()
}

/// A response that gets nothing right.
fn wrong_response(q: &Question) -> Response {
    let ids = |choices: &[zhiyuan::content::Choice], take: usize| choices.iter().filter(|c| !c.correct).take(take).map(|c| c.id.clone()).collect();
    match &q.task {
        Task::Single(c) => Response::Choices(ids(&c.choices, 1)),
        Task::Multi(c) => Response::Choices(ids(&c.choices, usize::MAX)),
        Task::TrueFalse(t) => Response::Bool(!t.truth),
        Task::Order(o) => Response::Order(o.items.iter().rev().map(|i| i.id.clone()).collect()),
        Task::Match(m) => {
            let n = m.pairs.len();
            Response::Match((0..n).map(|i| (m.pairs[i].id.clone(), m.pairs[(i + 1) % n].id.clone())).collect())
        }
        Task::Numeric(num) => {
            let n = num.number.unwrap_or(0.0);
            Response::Text(format!("{}", n + num.tolerance.unwrap_or(0.0) + n.abs() + 1.0))
        }
        Task::Short(_) => Response::Text("完全不对 nothing like it".into()),
        #[cfg(feature = "sample-kind")]
        Task::Sample(s) => Response::Text((s.count + 1).to_string()),
    }
}

#[test]
fn every_question_can_be_answered_fully_right_and_fully_wrong() {
    for q in book().questions() {
        let right = grade(q, &correct_response(q)).unwrap_or_else(|e| panic!("{}: {e:?}", q.id));
        assert_eq!((right.verdict, right.score), (Verdict::Correct, 1.0), "{}", q.id);
        let wrong = grade(q, &wrong_response(q)).unwrap_or_else(|e| panic!("{}: {e:?}", q.id));
        assert_eq!((wrong.verdict, wrong.score), (Verdict::Wrong, 0.0), "{}", q.id);
    }
}

#[test]
fn every_accepted_short_answer_and_spacing_variant_is_right() {
    for q in book().questions().filter(|q| q.kind() == Kind::Short) {
        for a in q.task.parts().accept.iter() {
            let a = a.to_string();
            let spaced: String = a.chars().flat_map(|c| [c, ' ']).collect();
            for variant in [a.clone(), spaced, a.to_uppercase()] {
                assert_eq!(grade(q, &Response::Text(variant.clone())).map(|o| o.verdict), Ok(Verdict::Correct), "{} {variant:?}", q.id);
            }
        }
    }
}

fn question(kind: Kind) -> &'static Question {
    book().questions().find(|q| q.kind() == kind).expect("the bank uses every kind")
}

#[test]
fn unanswered_responses_are_not_graded() {
    assert_eq!(grade(question(Kind::Single), &Response::Choices(vec![])), Err(Unanswered::Empty));
    assert_eq!(grade(question(Kind::Numeric), &Response::Text("  ".into())), Err(Unanswered::Empty));
    assert_eq!(grade(question(Kind::Numeric), &Response::Text("many".into())), Err(Unanswered::NotANumber));
    assert_eq!(grade(question(Kind::Short), &Response::Text("。".into())), Err(Unanswered::Empty));
    assert_eq!(grade(question(Kind::Match), &Response::Match(vec![])), Err(Unanswered::Empty));
    let q = question(Kind::Match);
    let one = Response::Match(vec![(q.task.parts().pairs[0].id.to_string(), q.task.parts().pairs[0].id.to_string())]);
    assert_eq!(grade(q, &one), Err(Unanswered::Incomplete));
    assert_eq!(grade(question(Kind::Order), &Response::Order(vec!["nope".into()])), Err(Unanswered::WrongShape));
    assert_eq!(grade(question(Kind::Single), &Response::Bool(true)), Err(Unanswered::WrongShape));
}

#[test]
fn ordering_gives_credit_for_pairs_in_order() {
    let q = question(Kind::Order);
    let mut ids: Vec<String> = q.task.parts().items.iter().map(|i| i.id.to_string()).collect();
    ids.swap(0, 1);
    let n = ids.len() as f64;
    let outcome = grade(q, &Response::Order(ids)).expect("graded");
    assert_eq!(outcome.verdict, Verdict::Partial);
    assert!((outcome.score - (1.0 - 1.0 / (n * (n - 1.0) / 2.0))).abs() < 1e-9);
    assert_eq!(&outcome.parts[..2], &[false, false]);
}

#[test]
fn multiple_select_subtracts_wrong_picks() {
    let q = book()
        .questions()
        .find(|q| q.kind() == Kind::Multi && q.task.parts().choices.iter().filter(|c| c.correct).count() >= 2)
        .expect("a multi question with two correct choices");
    let correct: Vec<String> = q.task.parts().choices.iter().filter(|c| c.correct).map(|c| c.id.to_string()).collect();
    let k = correct.len() as f64;
    let one_right = grade(q, &Response::Choices(vec![correct[0].clone()])).expect("graded");
    assert_eq!(one_right.verdict, Verdict::Partial);
    assert!((one_right.score - 1.0 / k).abs() < 1e-9);
    let wrong = q.task.parts().choices.iter().find(|c| !c.correct).expect("a wrong choice").id.to_string();
    let one_each = grade(q, &Response::Choices(vec![correct[0].clone(), wrong])).expect("graded");
    assert_eq!(one_each.score, 0.0);
}

proptest! {
    /// Responses name choices by id, so the order they were shown in cannot
    /// change what is correct.
    #[test]
    fn shuffling_never_changes_what_is_correct(seed: u64, index in 0usize..1000) {
        let questions: Vec<&Question> = book().questions().collect();
        let q = questions[index % questions.len()];
        let mut shown = q.clone();
        match &mut shown.task {
            Task::Single(c) | Task::Multi(c) => c.choices = permutation(c.choices.len(), seed).into_iter().map(|i| c.choices[i].clone()).collect(),
            Task::Match(m) => m.pairs = permutation(m.pairs.len(), seed).into_iter().map(|i| m.pairs[i].clone()).collect(),
            Task::TrueFalse(_) | Task::Order(_) | Task::Numeric(_) | Task::Short(_) => {}
            #[cfg(feature = "sample-kind")]
            Task::Sample(_) => {}
        }
        for response in [correct_response(q), wrong_response(q)] {
            prop_assert_eq!(grade(q, &response).map(|o| o.score), grade(&shown, &response).map(|o| o.score));
        }
    }

    #[test]
    fn grading_never_panics_and_stays_in_range(index in 0usize..1000, picks in proptest::collection::vec("[a-f]", 0..6), text in "\\PC{0,12}", flag: bool) {
        let questions: Vec<&Question> = book().questions().collect();
        let q = questions[index % questions.len()];
        let links: Vec<(String, String)> = picks.iter().zip(picks.iter().rev()).map(|(a, b)| (a.clone(), b.clone())).collect();
        for r in [Response::Choices(picks.clone()), Response::Order(picks.clone()), Response::Match(links), Response::Text(text.clone()), Response::Bool(flag)] {
            if let Ok(o) = grade(q, &r) {
                prop_assert!((0.0..=1.0).contains(&o.score));
                prop_assert_eq!(o.verdict == Verdict::Correct, o.score == 1.0);
            }
        }
    }
}

/// Numbers as students write them: with any of the unit's spellings, or
/// none; a space inside the digits or a stray comma is asked about.
#[test]
fn numbers_are_read_as_a_teacher_would() {
    for q in book().questions() {
        let Task::Numeric(n) = &q.task else { continue };
        let x = zhiyuan::i18n::decimal(n.number.expect("a number"));
        let spellings = [n.unit.zh.as_str(), n.unit.en.as_str()].into_iter().chain(n.units.iter().map(String::as_str));
        for unit in spellings.chain([""]) {
            let typed = format!("{x} {unit}");
            assert_eq!(grade(q, &Response::Text(typed.clone())).map(|o| o.verdict), Ok(Verdict::Correct), "{} {typed:?}", q.id);
        }
        assert_eq!(grade(q, &Response::Text(format!("{x} furlongs"))).map(|o| o.verdict), Ok(Verdict::Wrong), "{}: another unit", q.id);
        if x.len() > 1 && x.bytes().all(|b| b.is_ascii_digit()) {
            let split = format!("{} {}", &x[..1], &x[1..]);
            assert_eq!(grade(q, &Response::Text(split)), Err(Unanswered::SplitNumber), "{}", q.id);
        }
    }
    let q = book().questions().find(|q| matches!(&q.task, Task::Numeric(n) if n.number == Some(94.0))).expect("the 94 scholars");
    assert_eq!(grade(q, &Response::Text("94 people".into())).map(|o| o.verdict), Ok(Verdict::Correct));
    assert_eq!(grade(q, &Response::Text("9,4".into())), Err(Unanswered::CommaNumber));
}

/// The examples in the hints for typing a number are never an answer.
#[test]
fn no_hint_gives_an_answer_away() {
    let answers: Vec<f64> = book().questions().filter_map(|q| q.task.parts().number).collect();
    for key in [zhiyuan::i18n::Key::NeedNumber, zhiyuan::i18n::Key::NumberSplit, zhiyuan::i18n::Key::NumberComma] {
        for lang in [zhiyuan::i18n::Lang::Zh, zhiyuan::i18n::Lang::En] {
            let text = key.get(lang);
            let numbers =
                text.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == ',')).filter_map(|w| w.replace(',', "").trim_matches('.').parse::<f64>().ok());
            for n in numbers {
                assert!(!answers.contains(&n), "{key:?} in {lang:?} shows {n}, an answer");
            }
        }
    }
}

/// Short answers as students write them: hyphens, spaces, case, widths and
/// traditional characters do not matter.
#[test]
fn short_answers_are_read_as_a_teacher_would() {
    let short = |accepted: &str| book().questions().find(|q| matches!(&q.task, Task::Short(s) if s.accept.iter().any(|a| a == accepted))).expect(accepted);
    for (accepted, typed) in [("WuDao", "wu-dao"), ("WuDao", "Wu Dao"), ("院务会", "院務會"), ("院务会", "院务会议"), ("独角兽", "獨角獸")] {
        assert_eq!(grade(short(accepted), &Response::Text(typed.into())).map(|o| o.verdict), Ok(Verdict::Correct), "{typed:?}");
    }
}
