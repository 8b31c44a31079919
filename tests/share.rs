//! Share formats against the real book: assignment links to every question,
//! result codes from real progress, and the QR size of the longest link.
#![cfg(not(target_arch = "wasm32"))]

use zhiyuan::book::book;
use zhiyuan::content::Task;
use zhiyuan::i18n::Lang;
use zhiyuan::progress::{Mode, Progress};
use zhiyuan::quiz::{correct_response, Response};
use zhiyuan::route::{Page, Route};
use zhiyuan::share::assignment::Reveal;
use zhiyuan::share::assignment::TITLE_MAX;
use zhiyuan::share::class::{Class, Count};
use zhiyuan::share::misses::{parts_right, wrong_choices};
use zhiyuan::share::qr::{qr, MAX_VERSION};
use zhiyuan::share::{Assignment, Error, Mark, ResultCode};

fn every_question() -> Assignment {
    Assignment {
        // The longest title in bytes: four-byte characters only.
        title: "😀".repeat(TITLE_MAX),
        mode: Mode::Submit,
        shuffle: true,
        due: Some(u16::MAX),
        questions: book().questions().map(|q| q.id.to_string()).collect(),
        reveal: Reveal::AfterDue,
        retakes: true,
    }
}

/// The longest base URL we plan for: 100 bytes up to the `#`.
fn base() -> String {
    let base = "https://teaching.example-school.edu.cn/courses/ai-history/zhiyuan/app/";
    format!("{base}{}", "x".repeat(100 - base.len()))
}

#[test]
fn a_link_to_every_question_with_the_longest_title_fits_a_scannable_qr_code() {
    let a = every_question();
    let code = a.encode().expect("encodes");
    let link = format!("{}{}", base(), Route::new(Lang::Zh, Page::Assignment { code, question: None, print: None }).href());
    let q = qr(&link).expect("fits a QR code");
    println!("{} questions, link of {} bytes: QR version {} ({} modules with the quiet zone)", a.questions.len(), link.len(), q.version, q.size);
    assert!(q.version <= MAX_VERSION, "version {} > {MAX_VERSION} for {} bytes", q.version, link.len());
}

#[test]
fn every_question_link_opens_with_its_questions_in_order() {
    let a = every_question();
    let (back, questions) = Assignment::open(&a.encode().unwrap(), book()).unwrap();
    assert_eq!(back, a);
    assert_eq!(questions.iter().map(|q| q.id.to_string()).collect::<Vec<_>>(), a.questions);
}

#[test]
fn a_link_to_questions_the_book_lacks_names_them() {
    let a = Assignment { questions: vec!["ch1-q1".into(), "ch9-q99".into(), "gone".into()], ..every_question() };
    let err = Assignment::open(&a.encode().unwrap(), book()).unwrap_err();
    assert_eq!(err, Error::UnknownQuestions(vec!["ch9-q99".into(), "gone".into()]));
    assert!(err.message(Lang::En).contains("ch9-q99, gone"));
    assert!(err.message(Lang::Zh).contains("ch9-q99, gone"));
}

#[test]
fn a_result_code_reports_real_answers_and_lands_in_the_class_table() {
    let a = Assignment { questions: vec!["ch1-q1".into(), "ch1-q2".into(), "ch1-q3".into()], ..every_question() };
    let questions = a.resolve(book()).unwrap();
    let mut p = Progress::new();
    let quiz = p.quiz_mut(a.quiz_key(), 1, 0.0);
    quiz.respond(questions[0], correct_response(questions[0]), 1.0);
    quiz.respond(questions[1], Response::Bool(false), 1.0);
    quiz.respond(questions[1], Response::Choices(vec!["nope".into()]), 1.0);
    quiz.submit_attempt(&questions, 2.0);
    // Answers changed after submitting do not reach the frozen attempt.
    quiz.respond(questions[2], correct_response(questions[2]), 3.0);
    p.set_name("  小红 ", 4.0);
    p.set_student_number("07", 4.0);
    let code = a.result(&p, &questions).expect("submitted and named");
    assert_eq!((code.name.as_str(), code.number.as_str(), code.attempt), ("小红", "07", 1));
    assert_eq!(code.marks, vec![Mark::Right, Mark::Blank, Mark::Blank]);
    assert_eq!(code.tenths, 10);
    let class = Class::from_text(&format!("小红: {}", code.encode()), a.fingerprint(), 3, Count::First);
    assert_eq!(class.rows, vec![code]);
}

/// A student (named and numbered `name`) who gives these responses to the
/// assignment's questions and submits.
fn submitted(a: &Assignment, name: &str, responses: &[Response]) -> ResultCode {
    let questions = a.resolve(book()).unwrap();
    let mut p = Progress::new();
    let quiz = p.quiz_mut(a.quiz_key(), 1, 0.0);
    for (q, r) in questions.iter().zip(responses) {
        quiz.respond(q, r.clone(), 1.0);
    }
    quiz.submit_attempt(&questions, 2.0);
    p.set_name(name, 3.0);
    p.set_student_number(name, 3.0);
    a.result(&p, &questions).expect("submitted and named")
}

#[test]
fn the_class_sees_which_wrong_choices_were_picked_and_parts_of_partial_answers() {
    let single = book().questions().find(|q| matches!(q.task, Task::Single(_))).unwrap();
    let order = book().questions().find(|q| matches!(&q.task, Task::Order(o) if o.items.len() >= 3)).unwrap();
    let Task::Single(choices) = &single.task else { unreachable!() };
    let Task::Order(o) = &order.task else { unreachable!() };
    let wrong: Vec<&str> = choices.choices.iter().filter(|c| !c.correct).map(|c| c.id.as_str()).collect();
    let a = Assignment { questions: vec![single.id.to_string(), order.id.to_string()], ..every_question() };
    // The order with its first two items swapped: all but two positions right.
    let mut swapped: Vec<String> = o.items.iter().map(|i| i.id.clone()).collect();
    swapped.swap(0, 1);
    let pick = |id: &str| Response::Choices(vec![id.to_string()]);
    let codes = [
        submitted(&a, "01", &[pick(wrong[0]), Response::Order(swapped.clone())]),
        submitted(&a, "02", &[pick(wrong[0]), correct_response(order)]),
        submitted(&a, "03", &[pick(wrong[1]), correct_response(order)]),
        submitted(&a, "04", &[correct_response(single), correct_response(order)]),
    ];
    let text = codes.iter().map(ResultCode::encode).collect::<Vec<_>>().join("\n");
    let class = Class::from_text(&text, a.fingerprint(), 2, Count::First);
    let questions = a.resolve(book()).unwrap();
    let misses = wrong_choices(&class, &questions);
    assert_eq!(misses.len(), 1, "only the choice question has choices");
    let counts: Vec<(&str, usize)> = misses[0].picked.iter().map(|p| (p.choice.id.as_str(), p.students)).collect();
    assert_eq!(counts, [(wrong[0], 2), (wrong[1], 1)], "most picked first");
    assert_eq!(misses[0].unknown, 0);
    assert_eq!(class.rows[0].marks[1], Mark::Partial);
    let detail = class.rows[0].detail(1).expect("a partly right answer has its detail");
    assert_eq!(parts_right(order, detail), Some((o.items.len() - 2, o.items.len())));
    // A version 2 code (no details) counts as missed without a known pick.
    let old = ResultCode { details: Vec::new(), ..codes[0].clone() };
    let class = Class::from_text(&old.encode(), a.fingerprint(), 2, Count::First);
    assert_eq!(wrong_choices(&class, &questions)[0].unknown, 1);
}

#[test]
fn every_error_has_a_message_in_both_languages() {
    let errors = [
        Error::Empty,
        Error::NotACode,
        Error::BadCharacter('%'),
        Error::Checksum,
        Error::Damaged,
        Error::FromFuture(2),
        Error::UnknownQuestions(vec!["x".into()]),
        Error::NoQuestions,
        Error::TooManyQuestions,
        Error::TitleTooLong,
    ];
    for e in errors {
        let (zh, en) = (e.message(Lang::Zh), e.message(Lang::En));
        assert!(!zh.is_empty() && !en.is_empty() && zh != en && !zh.contains("{}") && !en.contains("{}"), "{e:?}");
    }
}

/// The fixtures of every shipped version (tests/fixtures/share/codes.txt).
fn fixture(kind: &str, version: u8) -> &'static str {
    include_str!("fixtures/share/codes.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split_whitespace().collect::<Vec<_>>())
        .find(|f| f[0] == kind && f[1] == version.to_string())
        .map(|f| f[2])
        .unwrap_or_else(|| panic!("no {kind} fixture of version {version}"))
}

#[test]
fn every_shipped_version_of_a_link_and_a_code_still_reads() {
    let a = Assignment::decode(fixture("assignment", 1)).expect("a version 1 link reads");
    let expected = ["ch3-q1", "ch3-q2", "ch3-q3", "ch3-q4", "ch3-q5"].map(String::from).to_vec();
    // Version 1 had no policy: what the app did then, answers after submitting and retakes.
    let v1 = Assignment {
        title: "第三章 拨款".into(),
        mode: Mode::Submit,
        shuffle: false,
        due: Some(2526),
        questions: expected,
        reveal: Reveal::AfterSubmit,
        retakes: true,
    };
    assert_eq!(a, v1);
    assert_eq!(a.encode().as_deref(), Ok(fixture("assignment", 1)), "still written as version 1: its fingerprint and saved answers stay");
    let r = ResultCode::decode(fixture("result", 1)).expect("a version 1 code reads");
    assert_eq!(
        r,
        ResultCode {
            name: "李雷".into(),
            number: String::new(),
            attempt: 1,
            assignment: 2851214269,
            at: 3633690,
            tenths: 25,
            marks: vec![Mark::Right, Mark::Wrong, Mark::Partial, Mark::Blank, Mark::Right],
            details: Vec::new()
        }
    );
    let a2 = Assignment::decode(fixture("assignment", 2)).expect("a version 2 link reads");
    let expected = ["ch3-q1", "ch3-q2", "ch3-q3"].map(String::from).to_vec();
    let v2 = Assignment {
        title: "第三章 拨款".into(),
        mode: Mode::Submit,
        shuffle: true,
        due: Some(2526),
        questions: expected,
        reveal: Reveal::AfterDue,
        retakes: true,
    };
    assert_eq!(a2, v2);
    let r2 = ResultCode::decode(fixture("result", 2)).expect("a version 2 code reads");
    assert_eq!(
        r2,
        ResultCode {
            name: "王芳".into(),
            number: "20260117".into(),
            attempt: 2,
            assignment: 164614279,
            at: 3634000,
            tenths: 15,
            marks: vec![Mark::Right, Mark::Partial, Mark::Wrong],
            details: Vec::new()
        }
    );
    assert_eq!(r2.assignment, a2.fingerprint());
    let r3 = ResultCode::decode(fixture("result", 3)).expect("a version 3 code reads");
    assert_eq!(
        r3,
        ResultCode {
            name: "韩梅梅".into(),
            number: "20260118".into(),
            attempt: 1,
            assignment: 164614279,
            at: 3640000,
            tenths: 5,
            marks: vec![Mark::Wrong, Mark::Partial, Mark::Right, Mark::Blank],
            details: vec![0b0100, 1]
        }
    );
    assert_eq!((r3.detail(0), r3.detail(1), r3.detail(2)), (Some(0b0100), Some(1), None));
}

#[test]
fn a_link_or_code_from_a_newer_version_says_so_not_damaged() {
    let link = Assignment::decode(fixture("assignment", 3)).expect_err("assignment version 3 is newer");
    let code = ResultCode::decode(fixture("result", 4)).expect_err("result version 4 is newer");
    assert_eq!((&link, &code), (&Error::FromFuture(3), &Error::FromFuture(4)));
    for error in [link, code] {
        assert!(error.message(Lang::En).contains("newer version"), "{}", error.message(Lang::En));
        assert!(error.message(Lang::Zh).contains("更新版本"), "{}", error.message(Lang::Zh));
    }
}
