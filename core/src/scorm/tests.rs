use super::suspend::{canonical, decode, encode, score_of, Suspended, LIMIT};
use super::*;
use crate::content::test_book;
use crate::content::{QuestionId, Task};
use crate::i18n::Lang;
use crate::progress::{Answer, Attempt, Progress, QuizProgress};
use crate::quiz::correct_response;
use crate::share::Error;
use proptest::prelude::*;

fn book() -> &'static Book {
    test_book()
}

fn all_questions() -> Vec<&'static Question> {
    book().questions().collect()
}

fn launch(hash: &str) -> Launch<'static> {
    Launch::of(book(), &Route::parse(hash, Lang::Zh)).expect("a quiz")
}

/// A wrong response of the question's shape.
fn wrong_response(q: &Question) -> Response {
    match &q.task {
        Task::Single(c) | Task::Multi(c) => Response::Choices(vec![c.choices.iter().find(|c| !c.correct).map(|c| c.id.clone()).unwrap_or_default()]),
        Task::TrueFalse(t) => Response::Bool(!t.truth),
        Task::Order(o) => Response::Order(o.items.iter().rev().map(|i| i.id.clone()).collect()),
        Task::Match(m) => Response::Match(m.pairs.iter().zip(m.pairs.iter().cycle().skip(1)).map(|(l, r)| (l.id.clone(), r.id.clone())).collect()),
        Task::Numeric(_) => Response::Text("123456789".into()),
        Task::Short(_) => Response::Text("不知道".into()),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => Response::Text("-1".into()),
    }
}

#[test]
fn a_package_names_its_version_and_a_launch_route() {
    assert_eq!(Package::parse("2004 #/zh/quiz/ch3"), Some(Package { version: Version::V2004, launch: "#/zh/quiz/ch3".into() }));
    assert_eq!(Package::parse(" 1.2  #/en/quiz/challenge "), Some(Package { version: Version::V12, launch: "#/en/quiz/challenge".into() }));
    assert_eq!(Package::parse("1.3 #/zh/quiz/ch3"), None);
    assert_eq!(Package::parse("1.2 /zh/quiz/ch3"), None);
    assert_eq!(Package::parse("__SCORM__"), None);
    assert_eq!(Version::V12.api(), "API");
    assert_eq!(Version::V2004.api(), "API_1484_11");
    assert_eq!(Version::V12.methods().finish, "LMSFinish");
    assert_eq!(Version::V2004.methods().finish, "Terminate");
}

#[test]
fn the_launch_route_says_which_quiz_counts() {
    let ch3 = launch("#/zh/quiz/ch3");
    assert_eq!(ch3.key, QuizKey::Chapter("ch3"));
    assert_eq!(ch3.questions.len(), book().chapter("ch3").map(|c| c.quiz.questions.len()).unwrap_or(0));
    let challenge = launch("#/en/quiz/challenge");
    assert_eq!(challenge.key, QuizKey::Challenge);
    assert_eq!(challenge.questions.len(), crate::quiz::CHALLENGE_SIZE);
    let a = Assignment { title: "SCORM".into(), questions: vec!["ch1-q1".into(), "ch3-q2".into()], ..Assignment::default() };
    let code = a.encode().expect("encodes");
    let assigned = launch(&format!("#/zh/a/{code}"));
    assert_eq!(assigned.key, a.quiz_key());
    assert!(assigned.assignment);
    assert_eq!(assigned.questions.iter().map(|q| q.id.to_string()).collect::<Vec<_>>(), a.questions);
    assert_eq!(Launch::of(book(), &Route::parse("#/zh/read/ch3", Lang::Zh)), Err(LaunchError::NotAQuiz));
    assert!(matches!(Launch::of(book(), &Route::parse("#/zh/a/AAAA", Lang::Zh)), Err(LaunchError::Assignment(_))));
}

#[test]
fn the_report_follows_the_quiz_from_start_to_complete() {
    let l = launch("#/zh/quiz/ch2");
    let (q0, q1) = (l.questions[0], l.questions[1]);
    let mut p = Progress::new();
    let mut order = Vec::new();
    l.assign_slots(&p, &mut order);
    let r = l.report(&p, &order);
    assert!(!r.complete && !r.scored && r.interactions.is_empty());
    let v = r.values(Version::V12, None, "S", 0);
    assert_eq!(v[0], ("cmi.core.lesson_status".into(), "incomplete".into()));
    assert!(!v.iter().any(|(k, _)| k.starts_with("cmi.core.score")));

    // The second question checked first takes interaction slot 0.
    let quiz = p.quiz_mut(l.key, 7, 1.0);
    quiz.respond(q1, wrong_response(q1), 1_772_719_629_000.0);
    quiz.check(q1, 1_772_719_629_000.0).expect("gradable");
    quiz.respond(q0, correct_response(q0), 1_772_719_700_000.0);
    quiz.check(q0, 1_772_719_700_000.0).expect("gradable");
    l.assign_slots(&p, &mut order);
    assert_eq!(order, vec![1, 0]);
    let r = l.report(&p, &order);
    assert!(r.scored && !r.complete);
    assert_eq!((r.interactions[0].question.id.as_ref(), r.interactions[0].correct), (q1.id.as_ref(), false));
    assert_eq!((r.interactions[1].question.id.as_ref(), r.interactions[1].correct), (q0.id.as_ref(), true));
    let n = l.questions.len() as f64;
    let raw = format::decimal(100.0 / n, 2);
    let v = r.values(Version::V2004, Some(0.6), "S", 0);
    let get = |k: &str| v.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    assert_eq!(get("cmi.completion_status"), Some("incomplete"));
    assert_eq!(get("cmi.success_status"), Some("unknown"));
    assert_eq!(get("cmi.score.raw"), Some(raw.as_str()));
    assert_eq!(get("cmi.score.scaled"), Some(format::decimal(1.0 / n, 4).as_str()));
    assert_eq!(get("cmi.score.max"), Some("100"));
    assert_eq!(get("cmi.suspend_data"), Some("S"));
    assert_eq!(get("cmi.interactions.0.id"), Some(q1.id.as_ref()));
    assert_eq!(get("cmi.interactions.0.result"), Some("incorrect"));
    assert_eq!(get("cmi.interactions.0.timestamp"), Some("2026-03-05T14:07:09.00Z"));
    assert_eq!(get("cmi.interactions.1.result"), Some("correct"));
    // The id and type come before the response, as 2004 requires.
    let place = |k: &str| v.iter().position(|(key, _)| key == k);
    assert!(place("cmi.interactions.1.type") < place("cmi.interactions.1.learner_response"));
    let v = r.values(Version::V12, None, "S", 480);
    let get = |k: &str| v.iter().find(|(key, _)| key == k).map(|(_, v)| v.as_str());
    assert_eq!(get("cmi.interactions.0.result"), Some("wrong"));
    assert_eq!(get("cmi.interactions.0.time"), Some("22:07:09"));
    assert_eq!(get("cmi.core.score.raw"), Some(raw.as_str()));

    // Every question checked: complete, and passed or failed against the mark.
    let quiz = p.quiz_mut(l.key, 7, 1.0);
    for q in &l.questions {
        quiz.respond(q, correct_response(q), 1_772_719_800_000.0);
        let _ = quiz.check(q, 1_772_719_800_000.0);
    }
    l.assign_slots(&p, &mut order);
    assert_eq!(order.len(), l.questions.len());
    let r = l.report(&p, &order);
    assert!(r.complete);
    assert_eq!(r.passed(Some(1.0)), Some(true));
    let v = r.values(Version::V12, Some(0.6), "S", 0);
    assert_eq!(v[0].1, "passed");
    assert_eq!(r.values(Version::V12, None, "S", 0)[0].1, "completed");
}

#[test]
fn in_submit_mode_and_for_an_assignment_complete_means_submitted() {
    let l = launch("#/zh/quiz/ch1");
    let mut p = Progress::new();
    let quiz = p.quiz_mut(l.key, 7, 1.0);
    quiz.set_mode(Mode::Submit, 2.0);
    for q in &l.questions {
        quiz.respond(q, wrong_response(q), 3.0);
        let _ = quiz.check(q, 3.0);
    }
    assert!(!l.report(&p, &[]).complete);
    p.quiz_mut(l.key, 7, 1.0).submit(&l.questions, 4.0);
    let r = l.report(&p, &[]);
    assert!(r.complete);
    assert_eq!(r.passed(Some(0.6)), Some(false));
    assert_eq!(r.values(Version::V2004, Some(0.6), "", 0)[1].1, "failed");
}

#[test]
fn the_ledger_sends_only_what_changed_and_a_changed_interaction_whole() {
    let values: Vec<(String, String)> = vec![
        ("cmi.core.lesson_status".into(), "incomplete".into()),
        ("cmi.interactions.0.id".into(), "ch1-q1".into()),
        ("cmi.interactions.0.type".into(), "choice".into()),
        ("cmi.interactions.0.student_response".into(), "a".into()),
        ("cmi.interactions.1.id".into(), "ch1-q2".into()),
    ];
    let mut ledger = Ledger::default();
    assert_eq!(ledger.pending(&values).len(), 5);
    for (k, v) in &values {
        ledger.accepted(k, v);
    }
    assert!(ledger.pending(&values).is_empty());
    let mut changed = values.clone();
    changed[3].1 = "b".into();
    let pending: Vec<&str> = ledger.pending(&changed).into_iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(pending, ["cmi.interactions.0.id", "cmi.interactions.0.type", "cmi.interactions.0.student_response"]);
    assert_eq!(interaction_prefix("cmi.interactions.12.result"), Some("cmi.interactions.12."));
    assert_eq!(interaction_prefix("cmi.interactions._count"), None);
}

#[test]
fn pass_marks_read_from_either_version() {
    assert_eq!(Version::V12.read_passing("60"), Some(0.6));
    assert_eq!(Version::V2004.read_passing("0.75"), Some(0.75));
    assert_eq!(Version::V12.read_passing(""), None);
    assert_eq!(Version::V2004.read_passing("-0.5"), None);
    assert_eq!(Version::V12.read_passing("abc"), None);
}

// ---- suspend data ----

/// A full bank: every question answered and checked, with one earlier
/// attempt of other answers and the latest attempt equal to the answers.
fn full_bank_state(questions: &[&Question]) -> Suspended {
    let t0 = 1_772_719_629_123.0;
    let answer = |i: usize, q: &Question, right: bool| {
        let response = if right { correct_response(q) } else { wrong_response(q) };
        let score = crate::quiz::grade(q, &response).map(|o| o.score).unwrap_or(0.0);
        Answer {
            hash: q.hash,
            response: Some(response),
            checked: true,
            attempts: 2,
            best: score,
            last: Some(score),
            changed: false,
            at: t0 + 61_000.0 * i as f64,
        }
    };
    let mut quiz = QuizProgress {
        seed: 9_007_199_254_740_991,
        mode: Mode::Submit,
        submitted: true,
        submitted_at: Some(t0 + 9e6),
        updated: t0 + 9e6,
        ..QuizProgress::default()
    };
    let mut earlier = Map::default();
    for (i, q) in questions.iter().enumerate() {
        quiz.answers.insert(q.id.clone(), answer(i, q, i % 3 != 0));
        earlier.insert(q.id.clone(), answer(i, q, i % 2 == 0));
    }
    quiz.frozen.insert("1".into(), Attempt { at: t0 + 5e6, answers: earlier });
    quiz.frozen.insert("2".into(), Attempt { at: t0 + 9e6, answers: quiz.answers.clone() });
    Suspended { quiz, order: (0..questions.len()).rev().collect() }
}

#[test]
fn a_full_bank_fits_the_scorm_12_limit_with_nothing_left_out() {
    let questions = all_questions();
    assert!(questions.len() >= 80, "the whole bank");
    let state = full_bank_state(&questions);
    let text = encode(&state, &questions);
    println!("suspend data for all {} questions, two attempts: {} characters (limit {LIMIT})", questions.len(), text.len());
    assert!(text.len() <= LIMIT, "{} characters", text.len());
    let back = decode(&text, &questions).expect("reads back");
    let expected = as_read(&state, &questions);
    assert_eq!(
        (&back.order, back.quiz.seed, back.quiz.mode, back.quiz.submitted, back.quiz.submitted_at, back.quiz.updated, back.quiz.reset_at),
        (
            &expected.order,
            expected.quiz.seed,
            expected.quiz.mode,
            expected.quiz.submitted,
            expected.quiz.submitted_at,
            expected.quiz.updated,
            expected.quiz.reset_at
        )
    );
    for (id, a) in expected.quiz.answers.iter() {
        assert_eq!(back.quiz.answers.get(id), Some(a), "{id}");
    }
    for (n, attempt) in expected.quiz.frozen.iter() {
        let got = back.quiz.frozen.get(n).unwrap_or_else(|| panic!("attempt {n} of {:?}", back.quiz.frozen.iter().map(|(k, _)| k).collect::<Vec<_>>()));
        assert_eq!(got.at, attempt.at, "attempt {n}");
        for (id, a) in attempt.answers.iter() {
            assert_eq!(got.answers.get(id), Some(a), "attempt {n}: {id}");
        }
    }
    assert!(back == expected, "reads back as written, every answer and both attempts");
}

#[test]
fn damaged_or_foreign_suspend_data_is_a_typed_error() {
    let questions = all_questions();
    let text = encode(&full_bank_state(&questions), &questions);
    assert_eq!(decode("", &questions), Err(Error::Empty));
    assert_eq!(decode("not base64!", &questions), Err(Error::BadCharacter(' ')));
    let mut typo = text.clone().into_bytes();
    typo[10] = if typo[10] == b'A' { b'B' } else { b'A' };
    assert_eq!(decode(&String::from_utf8(typo).expect("ascii"), &questions), Err(Error::Checksum));
    let future = crate::share::codec::to_base64url(&crate::share::codec::seal(vec![suspend::VERSION + 1, 0]));
    assert_eq!(decode(&future, &questions), Err(Error::FromFuture(suspend::VERSION + 1)));
}

#[test]
fn an_answer_to_a_question_edited_since_reads_as_outdated() {
    let questions = all_questions();
    let mut state = full_bank_state(&questions[..3]);
    if let Some(a) = state.quiz.answers.get_mut(questions[0].id.as_ref()) {
        a.hash ^= 1;
    }
    let back = decode(&encode(&state, &questions[..3]), &questions[..3]).expect("reads");
    assert_eq!(back.quiz.answers.get(questions[0].id.as_ref()).map(|a| a.hash), Some(0), "reset by Progress::reconcile");
    assert_eq!(back.quiz.answers.get(questions[1].id.as_ref()).map(|a| a.hash), Some(questions[1].hash));
}

fn arb_response(q: &'static Question) -> BoxedStrategy<Option<Response>> {
    let ids: Vec<String> = match &q.task {
        Task::Single(c) | Task::Multi(c) => c.choices.iter().map(|c| c.id.clone()).collect(),
        Task::Order(o) => o.items.iter().map(|i| i.id.clone()).collect(),
        Task::Match(m) => m.pairs.iter().map(|p| p.id.clone()).collect(),
        _ => Vec::new(),
    };
    let n = ids.len().max(1);
    let pick = move |is: Vec<usize>| is.into_iter().map(|i| ids[i % ids.len()].clone()).collect::<Vec<_>>();
    let response: BoxedStrategy<Response> = match &q.task {
        Task::Single(_) | Task::Multi(_) => prop::collection::vec(0..n, 0..4).prop_map(move |is| Response::Choices(pick(is))).boxed(),
        Task::Order(_) => Just((0..n).collect::<Vec<_>>()).prop_shuffle().prop_map(move |is| Response::Order(pick(is))).boxed(),
        Task::Match(_) => prop::collection::vec((0..n, 0..n), 0..n + 1)
            .prop_map(move |ps| {
                let ids = pick(ps.iter().flat_map(|(a, b)| [*a, *b]).collect());
                Response::Match(ids.chunks(2).map(|c| (c[0].clone(), c[1].clone())).collect())
            })
            .boxed(),
        Task::TrueFalse(_) => any::<bool>().prop_map(Response::Bool).boxed(),
        Task::Numeric(_) | Task::Short(_) => "\\PC{0,12}".prop_map(Response::Text).boxed(),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => "\\PC{0,12}".prop_map(Response::Text).boxed(),
    };
    prop::option::of(response).boxed()
}

fn arb_answer(q: &'static Question) -> impl Strategy<Value = Answer> {
    let score = prop::sample::select(vec![0.0, 0.25, 1.0 / 3.0, 0.5, 2.0 / 3.0, 0.75, 1.0]);
    (arb_response(q), any::<(bool, bool, bool)>(), 0u32..500, score.clone(), prop::option::of(score), 1_500_000_000_000u64..2_000_000_000_000).prop_map(
        move |(response, (checked, changed, same), attempts, best, last, at)| Answer {
            hash: if same { q.hash } else { q.hash.wrapping_add(1) },
            response,
            checked,
            attempts,
            best,
            last,
            changed,
            at: at as f64,
        },
    )
}

fn arb_answers(questions: &'static [&'static Question]) -> impl Strategy<Value = Map<Answer, QuestionId>> {
    prop::collection::vec(prop::option::of(0..questions.len()), questions.len()).prop_flat_map(move |picks| {
        let chosen: Vec<&'static Question> = picks.into_iter().flatten().map(|i| questions[i]).collect();
        chosen.into_iter().map(|q| arb_answer(q).prop_map(move |a| (q.id.clone(), a))).collect::<Vec<_>>().prop_map(|pairs| {
            let mut map = Map::default();
            for (k, v) in pairs {
                map.insert(k, v);
            }
            map
        })
    })
}

fn questions_static() -> &'static [&'static Question] {
    static QS: std::sync::OnceLock<Vec<&'static Question>> = std::sync::OnceLock::new();
    QS.get_or_init(|| test_book().questions().take(24).collect())
}

fn arb_state() -> impl Strategy<Value = Suspended> {
    let qs = questions_static();
    let time = || 1_500_000_000_000u64..2_000_000_000_000;
    (
        any::<u64>(),
        any::<(bool, bool)>(),
        prop::option::of(time()),
        (time(), time()),
        arb_answers(qs),
        prop::collection::vec((1u32..6, time(), any::<bool>(), arb_answers(qs)), 0..3),
        prop::collection::vec(0..qs.len(), 0..qs.len()),
    )
        .prop_map(|(seed, (submit, submitted), submitted_at, (updated, reset_at), answers, frozen, order)| {
            let mut quiz = QuizProgress {
                seed,
                mode: if submit { Mode::Submit } else { Mode::Instant },
                submitted,
                submitted_at: submitted_at.map(|t| t as f64),
                answers,
                updated: updated as f64,
                reset_at: reset_at as f64,
                frozen: Map::default(),
            };
            for (n, at, same, answers) in frozen {
                let answers = if same { quiz.answers.clone() } else { answers };
                quiz.frozen.insert(n.to_string(), Attempt { at: at as f64, answers });
            }
            Suspended { quiz, order }
        })
}

/// What a state reads back as: responses canonical, a stale fingerprint as 0.
fn as_read(state: &Suspended, questions: &[&Question]) -> Suspended {
    let fix = |answers: &Map<Answer, QuestionId>| {
        let mut out = Map::default();
        for (id, a) in answers.iter() {
            let Some(q) = questions.iter().find(|q| &q.id == id) else { continue };
            let response = a.response.as_ref().and_then(|r| canonical(q, r));
            let hash = if a.hash as u16 == q.hash as u16 { q.hash } else { 0 };
            let round = |x: f64| score_of(suspend::score_bits(x));
            out.insert(id.clone(), Answer { hash, response, best: round(a.best), last: a.last.map(round), ..a.clone() });
        }
        out
    };
    let mut quiz = state.quiz.clone();
    quiz.answers = fix(&quiz.answers);
    for (_, attempt) in quiz.frozen.iter_mut() {
        attempt.answers = fix(&attempt.answers);
    }
    Suspended { quiz, order: state.order.clone() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn suspend_data_reads_back_as_written(state in arb_state()) {
        let qs = questions_static();
        let text = encode(&state, qs);
        prop_assert!(text.len() <= LIMIT);
        let back = decode(&text, qs).expect("reads back");
        prop_assert_eq!(&back, &as_read(&state, qs));
        // Once read, a state writes and reads back as itself.
        prop_assert!(decode(&encode(&back, qs), qs) == Ok(back));
    }

    #[test]
    fn suspend_data_always_fits(texts in prop::collection::vec("\\PC{200,255}", 80..90)) {
        // Every question a long typed answer: something must give, and the result still reads.
        let qs = all_questions();
        let mut quiz = QuizProgress::default();
        for (q, text) in qs.iter().zip(texts) {
            quiz.answers.insert(q.id.clone(), Answer { hash: q.hash, response: Some(Response::Text(text)), checked: true, at: 1.0, ..Answer::default() });
        }
        quiz.frozen.insert("1".into(), Attempt { at: 2.0, answers: quiz.answers.clone() });
        let state = Suspended { quiz, order: (0..qs.len()).collect() };
        let text = encode(&state, &qs);
        prop_assert!(text.len() <= LIMIT, "{} characters", text.len());
        prop_assert!(decode(&text, &qs).is_ok());
    }

    #[test]
    fn any_text_decodes_or_fails_without_panicking(text in "[A-Za-z0-9_-]{0,300}") {
        let _ = decode(&text, questions_static());
    }

    #[test]
    fn any_sealed_bytes_decode_or_fail_without_panicking(bytes in prop::collection::vec(any::<u8>(), 0..200)) {
        let text = crate::share::codec::to_base64url(&crate::share::codec::seal(bytes));
        let _ = decode(&text, questions_static());
    }
}
