//! Assignment links: what a teacher chose, in a compact, versioned code that
//! travels in the URL (`#/zh/a/{code}`), e.g. “第三章 拨款”, ch3-q1 to ch3-q5,
//! feedback after submit, due 2026-12-01:
//! `#/zh/a/AQUJ3hDnrKzkuInnq6Ag5ouo5qy-gwGDAoMDgwSDBeyk`.
//!
//! The code is base64url of these bytes, then a CRC-16 of them:
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format version ([`VERSION`]) |
//! | 1 | flags: bit 0 feedback only after submit, bit 1 shuffle, bit 2 a due date follows; from version 2, bits 3–4 when answers are shown ([`Reveal`]: 0 never, 1 after submitting, 2 after the due date) and bit 5 later attempts allowed |
//! | 2 | due date, days since 2020-01-01 (only with bit 2) |
//! | 1 + n | title: byte length, UTF-8 |
//! | … | question ids to the end, each `0x80 | c, q` for `ch{c}-q{q}`, else its length and ASCII |
//!
//! Ids are content ids, never positions: a link keeps pointing at the same
//! questions when others are added, and a link to a removed question says so.
//! The language is not in the code: it is the link's own `#/{lang}`.
//! A later version must keep the version byte first and the CRC-16 last.
//!
//! Version 1 links had no policy: they read as answers shown after
//! submitting and later attempts allowed (what the app did then), and an
//! assignment with exactly that policy is still written as version 1, so a
//! shipped link keeps its fingerprint, its saved answers and its codes.

use super::codec::{from_base64url, put_text, seal, to_base64url, unseal, Reader};
use super::result::{clip_name, clip_number, ResultCode};
use super::Error;
use crate::content::{fnv1a, markup::is_id, Book, Question};
use crate::i18n::{Key, Lang};
use crate::progress::{Mode, Progress};
use crate::quiz::shuffle::permutation;
use crate::quiz::QuizKey;

pub const VERSION: u8 = 2;
/// The longest title, in characters.
pub const TITLE_MAX: usize = 60;
/// The most questions a link holds.
pub const MAX_QUESTIONS: usize = 255;

const SUBMIT: u8 = 1;
const SHUFFLE: u8 = 2;
const DUE: u8 = 4;
const REVEAL_SHIFT: u8 = 3;
const REVEAL: u8 = 3 << REVEAL_SHIFT;
const RETAKES: u8 = 32;

/// When a student may see the correct answers, the explanations and (if
/// allowed) start another attempt.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Reveal {
    /// Never: only their own score.
    Never,
    /// Once they submitted.
    #[default]
    AfterSubmit,
    /// Once they submitted and the due date has passed (never without one).
    AfterDue,
}

impl Reveal {
    pub const ALL: [Reveal; 3] = [Reveal::Never, Reveal::AfterSubmit, Reveal::AfterDue];

    fn bits(self) -> u8 {
        (self as u8) << REVEAL_SHIFT
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Assignment {
    pub title: String,
    pub mode: Mode,
    /// Questions in a different order for each student.
    pub shuffle: bool,
    /// Days since 2020-01-01 (see [`super::time`]).
    pub due: Option<u16>,
    /// Question ids in the teacher's order.
    pub questions: Vec<String>,
    /// When answers are shown.
    pub reveal: Reveal,
    /// Whether a student may submit again, as a new attempt.
    pub retakes: bool,
}

impl Assignment {
    /// A copy to build a new assignment from: the same settings and
    /// questions, its title marked as a copy (and cut to fit).
    pub fn duplicate(&self, lang: Lang) -> Assignment {
        let mark = Key::CopyMark.get(lang);
        let room = TITLE_MAX.saturating_sub(mark.chars().count());
        let mut title: String = self.title.chars().take(room).collect();
        while title.len() + mark.len() > 255 {
            title.pop();
        }
        Assignment { title: format!("{}{mark}", title.trim_end()), ..self.clone() }
    }

    /// The code for a link, or why there can be none.
    pub fn encode(&self) -> Result<String, Error> {
        Ok(to_base64url(&seal(self.payload()?)))
    }

    /// Reads a code. Ids are checked for form here, against the book by [`Assignment::resolve`].
    pub fn decode(code: &str) -> Result<Assignment, Error> {
        let code = code.trim();
        if code.is_empty() {
            return Err(Error::Empty);
        }
        let bytes = from_base64url(code)?;
        let mut r = Reader::new(unseal(&bytes)?);
        let version = match r.u8()? {
            v @ 1..=VERSION => v,
            v if v > VERSION => return Err(Error::FromFuture(v)),
            _ => return Err(Error::Damaged),
        };
        let flags = r.u8()?;
        let known = if version == 1 { SUBMIT | SHUFFLE | DUE } else { SUBMIT | SHUFFLE | DUE | REVEAL | RETAKES };
        if flags & !known != 0 {
            return Err(Error::Damaged);
        }
        let (reveal, retakes) = if version == 1 {
            (Reveal::AfterSubmit, true)
        } else {
            let reveal = Reveal::ALL.get(usize::from((flags & REVEAL) >> REVEAL_SHIFT)).copied().ok_or(Error::Damaged)?;
            (reveal, flags & RETAKES != 0)
        };
        let due = if flags & DUE != 0 { Some(r.u16()?) } else { None };
        let title = r.text()?;
        let mut questions = Vec::new();
        while !r.is_empty() {
            questions.push(read_id(&mut r)?);
        }
        let mode = if flags & SUBMIT != 0 { Mode::Submit } else { Mode::Instant };
        let a = Assignment { title, mode, shuffle: flags & SHUFFLE != 0, due, questions, reveal, retakes };
        // Only what `encode` writes is read: one spelling per assignment.
        if a.payload().map_err(|_| Error::Damaged)?.first() != Some(&version) {
            return Err(Error::Damaged);
        }
        Ok(a)
    }

    /// Decodes a code and finds its questions in the book.
    pub fn open<'a>(code: &str, book: &'a Book) -> Result<(Assignment, Vec<&'a Question>), Error> {
        let a = Assignment::decode(code)?;
        let questions = a.resolve(book)?;
        Ok((a, questions))
    }

    /// The questions in the teacher's order, or every id the book lacks.
    pub fn resolve<'a>(&self, book: &'a Book) -> Result<Vec<&'a Question>, Error> {
        let found: Vec<Option<&Question>> = self.questions.iter().map(|id| book.question(id)).collect();
        let missing: Vec<String> = self.questions.iter().zip(&found).filter(|(_, q)| q.is_none()).map(|(id, _)| id.clone()).collect();
        if missing.is_empty() {
            Ok(found.into_iter().flatten().collect())
        } else {
            Err(Error::UnknownQuestions(missing))
        }
    }

    /// The questions in the order a student sees them: the teacher's order,
    /// or with "shuffle" an order of their own from their quiz's seed.
    pub fn shown<'a>(&self, questions: &[&'a Question], seed: u64) -> Vec<&'a Question> {
        if self.shuffle {
            permutation(questions.len(), seed).into_iter().map(|i| questions[i]).collect()
        } else {
            questions.to_vec()
        }
    }

    /// The result code a student sends back, of their latest submitted
    /// attempt as it was frozen, once they gave their name and student
    /// number. `questions` are in the teacher's order.
    pub fn result(&self, progress: &Progress, questions: &[&Question]) -> Option<ResultCode> {
        let (attempt, frozen) = progress.quiz(self.quiz_key())?.latest_attempt()?;
        let (name, number) = (clip_name(&progress.name), clip_number(&progress.student_number));
        let at = super::time::minutes(frozen.at);
        let attempt = u8::try_from(attempt).unwrap_or(u8::MAX);
        (!name.is_empty() && !number.is_empty()).then(|| ResultCode::new((&name, &number), self.fingerprint(), at, attempt, questions, &frozen.answers))
    }

    /// Whether the student may see correct answers and explanations now:
    /// after submitting, as the teacher chose. `today` is in days since 2020-01-01.
    pub fn may_reveal(&self, submitted: bool, today: u16) -> bool {
        submitted
            && match self.reveal {
                Reveal::Never => false,
                Reveal::AfterSubmit => true,
                Reveal::AfterDue => self.due.is_some_and(|due| today > due),
            }
    }

    /// Whether a student who submitted may start another attempt.
    pub fn may_retake(&self, submitted: bool) -> bool {
        submitted && self.retakes
    }

    /// Whether a student still has to give their name and student number:
    /// an assignment asks for both before the first question.
    pub fn needs_identity(progress: &Progress) -> bool {
        clip_name(&progress.name).is_empty() || clip_number(&progress.student_number).is_empty()
    }

    /// Whether the due date has gone by on `today` (days since 2020-01-01):
    /// the due day itself still counts as in time.
    pub fn is_past_due(&self, today: u16) -> bool {
        self.due.is_some_and(|due| today > due)
    }

    /// Whether a result submitted at `at` (minutes since 2020-01-01 UTC, as
    /// result codes carry it) came after the due day.
    pub fn is_late(&self, at: u32) -> bool {
        self.is_past_due(u16::try_from(at / 1440).unwrap_or(u16::MAX))
    }

    /// Tells this assignment from any other; result codes carry it. Zero for
    /// an assignment that cannot be encoded.
    pub fn fingerprint(&self) -> u32 {
        self.payload().map(|p| fold(fnv1a(&p))).unwrap_or(0)
    }

    /// Where a student's answers to it are kept in `progress.quizzes`, apart
    /// from free practice.
    pub fn quiz_key(&self) -> QuizKey<'static> {
        QuizKey::Assignment(self.fingerprint())
    }

    fn payload(&self) -> Result<Vec<u8>, Error> {
        self.check()?;
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        let mut flags = flag(self.mode == Mode::Submit, SUBMIT) | flag(self.shuffle, SHUFFLE) | flag(self.due.is_some(), DUE);
        // The policy version 1 links stand for is written as version 1.
        let version = if self.reveal == Reveal::AfterSubmit && self.retakes { 1 } else { VERSION };
        if version > 1 {
            flags |= self.reveal.bits() | flag(self.retakes, RETAKES);
        }
        let mut out = vec![version, flags];
        if let Some(due) = self.due {
            out.extend_from_slice(&due.to_be_bytes());
        }
        put_text(&mut out, &self.title);
        for id in &self.questions {
            write_id(&mut out, id);
        }
        Ok(out)
    }

    fn check(&self) -> Result<(), Error> {
        if self.title.chars().count() > TITLE_MAX || self.title.len() > 255 {
            return Err(Error::TitleTooLong);
        }
        match self.questions.len() {
            0 => return Err(Error::NoQuestions),
            n if n > MAX_QUESTIONS => return Err(Error::TooManyQuestions),
            _ => {}
        }
        let well_formed = |(i, id): (usize, &String)| is_id(id) && id.len() < 128 && !self.questions[..i].contains(id);
        if self.questions.iter().enumerate().all(well_formed) {
            Ok(())
        } else {
            Err(Error::Damaged)
        }
    }
}

fn fold(h: u64) -> u32 {
    (h ^ h >> 32) as u32
}

/// `ch{c}-q{q}` as two numbers, when written exactly so.
fn compact(id: &str) -> Option<(u8, u8)> {
    let (c, q) = id.strip_prefix("ch")?.split_once("-q")?;
    let (c, q) = (c.parse::<u8>().ok()?, q.parse::<u8>().ok()?);
    ((1..128).contains(&c) && format!("ch{c}-q{q}") == id).then_some((c, q))
}

fn write_id(out: &mut Vec<u8>, id: &str) {
    match compact(id) {
        Some((c, q)) => out.extend_from_slice(&[0x80 | c, q]),
        None => put_text(out, id),
    }
}

fn read_id(r: &mut Reader) -> Result<String, Error> {
    let head = r.u8()?;
    if head & 0x80 != 0 {
        return Ok(format!("ch{}-q{}", head & 0x7f, r.u8()?));
    }
    let id = r.take(usize::from(head))?;
    String::from_utf8(id.to_vec()).map_err(|_| Error::Damaged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> Assignment {
        Assignment {
            title: "第三章 · 拨款".into(),
            mode: Mode::Submit,
            shuffle: true,
            due: Some(2525),
            questions: vec!["ch3-q1".into(), "ch3-q10".into(), "chengfu".into()],
            reveal: Reveal::AfterDue,
            retakes: false,
        }
    }

    #[test]
    fn an_assignment_is_past_due_only_after_its_due_day() {
        let a = Assignment { due: Some(2526), ..Assignment::default() };
        assert!(!a.is_past_due(2525) && !a.is_past_due(2526) && a.is_past_due(2527));
        assert!(!Assignment::default().is_past_due(u16::MAX), "no due date, never past");
        assert!(!a.is_late(2526 * 1440 + 1439) && a.is_late(2527 * 1440), "late from the first minute after the due day");
    }

    #[test]
    fn round_trips_and_is_compact() {
        let a = sample();
        let code = a.encode().unwrap();
        assert_eq!(Assignment::decode(&code), Ok(a.clone()));
        assert!(code.len() <= 52, "{code}");
        assert_ne!(a.fingerprint(), Assignment { shuffle: false, ..a.clone() }.fingerprint());
        assert_eq!(a.quiz_key(), QuizKey::Assignment(a.fingerprint()));
    }

    #[test]
    fn ids_in_the_compact_form_only_when_written_exactly_so() {
        assert_eq!(compact("ch3-q10"), Some((3, 10)));
        for id in ["ch03-q1", "ch3-q01", "ch0-q1", "ch200-q1", "ch3-q", "chengfu", "ch3-q1x"] {
            assert_eq!(compact(id), None, "{id}");
        }
    }

    #[test]
    fn a_duplicate_is_a_new_assignment_with_the_same_questions() {
        let a = sample();
        let copy = a.duplicate(Lang::En);
        assert_eq!(copy.title, format!("{} (copy)", a.title));
        assert_eq!(Assignment { title: a.title.clone(), ..copy.clone() }, a);
        assert_ne!(copy.fingerprint(), a.fingerprint(), "its own class results");
        let long = Assignment { title: "😀".repeat(TITLE_MAX), ..sample() }.duplicate(Lang::Zh);
        assert!(long.encode().is_ok() && long.title.ends_with("（副本）"), "{}", long.title);
    }

    #[test]
    fn what_cannot_be_a_link_says_why() {
        let long = Assignment { title: "题".repeat(TITLE_MAX + 1), ..sample() };
        assert_eq!(long.encode(), Err(Error::TitleTooLong));
        assert_eq!(Assignment { questions: vec![], ..sample() }.encode(), Err(Error::NoQuestions));
        let many = (0..=MAX_QUESTIONS).map(|i| format!("q{i}")).collect();
        assert_eq!(Assignment { questions: many, ..sample() }.encode(), Err(Error::TooManyQuestions));
        let twice = vec!["ch1-q1".into(), "ch1-q1".into()];
        assert_eq!(Assignment { questions: twice, ..sample() }.encode(), Err(Error::Damaged));
    }

    #[test]
    fn damaged_codes_say_what_is_wrong() {
        let code = sample().encode().unwrap();
        assert_eq!(Assignment::decode(""), Err(Error::Empty));
        assert_eq!(Assignment::decode(&code[..code.len() - 3]), Err(Error::Checksum));
        assert_eq!(Assignment::decode(&format!("{code}%20")), Err(Error::BadCharacter('%')));
        let future = to_base64url(&seal(vec![9, 0, 0]));
        assert_eq!(Assignment::decode(&future), Err(Error::FromFuture(9)));
        let nonsense = to_base64url(&seal(vec![1, 0, 40]));
        assert_eq!(Assignment::decode(&nonsense), Err(Error::Damaged));
        let v1_policy_as_v2 = to_base64url(&seal(vec![2, SUBMIT | Reveal::AfterSubmit.bits() | RETAKES, 0, 0x81, 1]));
        assert_eq!(Assignment::decode(&v1_policy_as_v2), Err(Error::Damaged), "written as version 1, so never read as 2");
        let reveal_3 = to_base64url(&seal(vec![2, REVEAL, 0, 0x81, 1]));
        assert_eq!(Assignment::decode(&reveal_3), Err(Error::Damaged));
    }

    #[test]
    fn the_version_1_policy_is_written_as_version_1_and_others_as_2() {
        let v1 = Assignment { reveal: Reveal::AfterSubmit, retakes: true, ..sample() };
        assert_eq!(v1.payload().unwrap()[0], 1);
        for (reveal, retakes) in [(Reveal::Never, true), (Reveal::AfterSubmit, false), (Reveal::AfterDue, true)] {
            let a = Assignment { reveal, retakes, ..sample() };
            assert_eq!(a.payload().unwrap()[0], 2);
            assert_eq!(Assignment::decode(&a.encode().unwrap()), Ok(a));
        }
    }

    #[test]
    fn answers_are_shown_only_as_the_teacher_chose() {
        let a = |reveal, due| Assignment { reveal, due, ..sample() };
        for today in [0, 2525, 2526] {
            assert!(!a(Reveal::AfterSubmit, None).may_reveal(false, today), "never before submitting");
            assert!(!a(Reveal::Never, Some(2525)).may_reveal(true, today));
            assert!(a(Reveal::AfterSubmit, None).may_reveal(true, today));
            assert!(!a(Reveal::AfterDue, None).may_reveal(true, today), "no due date, never");
            assert_eq!(a(Reveal::AfterDue, Some(2525)).may_reveal(true, today), today > 2525);
        }
        assert!(!sample().may_retake(true) && !sample().may_retake(false));
        let open = Assignment { retakes: true, ..sample() };
        assert!(open.may_retake(true) && !open.may_retake(false));
    }

    fn assignment() -> impl Strategy<Value = Assignment> {
        let id = prop_oneof!["[a-z0-9]{1,3}-?[a-z0-9-]{0,20}", (1u8..128, any::<u8>()).prop_map(|(c, q)| format!("ch{c}-q{q}"))];
        (
            "\\PC{0,60}",
            any::<bool>(),
            any::<bool>(),
            proptest::option::of(any::<u16>()),
            proptest::collection::btree_set(id.prop_filter("an id", |s| is_id(s)), 1..100),
            (0usize..3, any::<bool>()),
        )
            .prop_map(|(title, submit, shuffle, due, ids, (reveal, retakes))| Assignment {
                title,
                mode: if submit { Mode::Submit } else { Mode::Instant },
                shuffle,
                due,
                questions: ids.into_iter().collect(),
                reveal: Reveal::ALL[reveal],
                retakes,
            })
    }

    /// A code reads as an assignment that encodes back to that very code, or
    /// fails with the error that says what is wrong with it.
    fn decodes_or_fails_typed(text: &str) -> Result<Result<Assignment, Error>, TestCaseError> {
        let result = Assignment::decode(text);
        match &result {
            Ok(a) => prop_assert_eq!(a.encode(), Ok(text.trim().to_string())),
            Err(Error::Empty) => prop_assert!(text.trim().is_empty()),
            Err(Error::BadCharacter(c)) => prop_assert!(text.contains(*c) && !(c.is_ascii_alphanumeric() || *c == '-' || *c == '_')),
            Err(Error::FromFuture(v)) => prop_assert!(*v > VERSION),
            Err(e) => prop_assert!(matches!(e, Error::Checksum | Error::Damaged), "{:?}", e),
        }
        Ok(result)
    }

    #[test]
    fn a_result_is_made_once_submitted_and_named_and_stays_frozen() {
        let book = crate::content::test_book();
        let a = Assignment { title: "t".into(), questions: vec!["ch1-q1".into(), "ch1-q2".into()], retakes: true, ..Assignment::default() };
        let list = a.resolve(book).expect("questions exist");
        let mut p = Progress::new();
        let right = crate::quiz::correct_response(list[0]);
        p.quiz_mut(a.quiz_key(), 1, 1.0).respond(list[0], right.clone(), 2.0);
        assert_eq!(a.result(&p, &list), None, "not submitted");
        assert!(Assignment::needs_identity(&p));
        p.quiz_mut(a.quiz_key(), 1, 1.0).submit_attempt(&list, 1_764_400_000_000.0);
        p.set_name("  李雷 ", 3.0);
        assert_eq!(a.result(&p, &list), None, "no student number yet");
        p.set_student_number(" 2026-07 ", 3.0);
        assert!(!Assignment::needs_identity(&p));
        let code = a.result(&p, &list).expect("a code");
        assert_eq!((code.name.as_str(), code.number.as_str(), code.attempt), ("李雷", "2026-07", 1));
        assert_eq!((code.assignment, code.tenths, code.marks.len()), (a.fingerprint(), 10, 2));
        assert_eq!(code.at, super::super::time::minutes(1_764_400_000_000.0));
        // A second attempt is its own code; the first stays as it was.
        let quiz = p.quiz_mut(a.quiz_key(), 1, 1.0);
        quiz.new_attempt(&list, 1_764_400_100_000.0);
        assert!(quiz.answer(list[0]).is_none_or(|x| x.response.is_none()));
        assert_eq!(quiz.frozen["1"].answers[list[0].id.as_str()].response, Some(right));
        assert_eq!(a.result(&p, &list), Some(code.clone()), "the last submitted attempt until the next is submitted");
        p.quiz_mut(a.quiz_key(), 1, 1.0).submit_attempt(&list, 1_764_400_200_000.0);
        let second = a.result(&p, &list).expect("a second code");
        assert_eq!((second.attempt, second.tenths), (2, 0));
    }

    proptest! {
        #[test]
        fn shown_is_the_teachers_order_or_a_permutation_of_it(n in 1usize..12, seed: u64, shuffle: bool) {
            let book = crate::content::test_book();
            let list: Vec<&Question> = book.questions().take(n).collect();
            let a = Assignment { shuffle, ..Assignment::default() };
            let shown = a.shown(&list, seed);
            prop_assert_eq!(shown.len(), list.len());
            prop_assert!(list.iter().all(|q| shown.iter().any(|s| s.id == q.id)));
            if !shuffle {
                prop_assert!(shown.iter().zip(&list).all(|(a, b)| a.id == b.id));
            }
            prop_assert!(a.shown(&list, seed).iter().zip(&shown).all(|(a, b)| a.id == b.id), "the same seed, the same order");
        }

        #[test]
        fn any_assignment_round_trips(a in assignment()) {
            let code = a.encode().unwrap();
            prop_assert!(code.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
            prop_assert_eq!(Assignment::decode(&code), Ok(a));
        }

        #[test]
        fn any_text_decodes_or_fails_typed(text in "\\PC{0,80}") {
            let _decoded = decodes_or_fails_typed(&text)?;
        }

        #[test]
        fn any_base64_decodes_or_fails_typed(text in "[A-Za-z0-9_-]{0,120}") {
            let result = decodes_or_fails_typed(&text)?;
            prop_assert!(!matches!(result, Err(Error::BadCharacter(_))));
        }

        #[test]
        fn any_sealed_bytes_decode_or_fail_typed(mut bytes in proptest::collection::vec(any::<u8>(), 1..120)) {
            bytes[0] = VERSION;
            let result = decodes_or_fails_typed(&to_base64url(&seal(bytes)))?;
            prop_assert!(matches!(result, Ok(_) | Err(Error::Damaged)), "a sealed code of this version is read or damaged: {:?}", result);
        }
    }
}
