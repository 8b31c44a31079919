//! Result codes: what a student sends back after an assignment, short enough
//! to paste into a chat, e.g. `WD-06MZ44XX00VQ46G0342XHG06WTERXTCVPYWZE` (李雷, five
//! questions, 2.5 points, 2026-11-28 09:30 UTC).
//!
//! `WD-` then Crockford base32 (any case; O, I and L read as 0, 1, 1) of:
//!
//! | bytes | field |
//! |---|---|
//! | 1 | format version ([`VERSION`]) |
//! | 4 | the assignment's fingerprint |
//! | 4 | when it was submitted, minutes since 2020-01-01 UTC |
//! | 2 | the score in tenths of a point |
//! | 1 | n, the number of questions |
//! | ⌈n/4⌉ | per question, in the teacher's order, 2 bits: blank, wrong, partly right, right |
//! | 1 + m | the student's name: byte length, UTF-8 |
//! | 1 + k | version 2 on: the student number (学号): byte length, UTF-8 (may be empty) |
//! | 1 | version 2 on: the attempt, from 1 |
//! | 1 + k | version 3 on: k, then one [detail](ResultCode::details) byte per question marked wrong or partly right, in order (k = 0: not known) |
//! | 2 | CRC-16 of all the above |
//!
//! Version 1 (no student number, no attempt) still reads, as attempt 1
//! without a number; version 2 reads without details; this build writes
//! version 3. With a three-character Chinese name and a 10-digit number, a
//! 20-question assignment with 7 missed is 82 characters, 30 questions all
//! missed 123 (tested): still one paste from a phone.
//!
//! The checksum catches typos (any one wrong character, two swapped), not
//! cheating: anyone can make a valid code by hand.

use super::codec::{from_base32, put_text, seal, to_base32, unseal, Reader};
use super::Error;
use crate::content::{Question, QuestionId, Task};
use crate::progress::{fingerprint, Answer, Map};
use crate::quiz::{Outcome, Response, Verdict};

pub const VERSION: u8 = 3;
pub const PREFIX: &str = "WD-";
/// The longest name, in characters.
pub const NAME_MAX: usize = 40;
/// The longest student number, in characters.
pub const NUMBER_MAX: usize = 20;

/// How one question went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Blank,
    Wrong,
    Partial,
    Right,
}

impl Mark {
    const ALL: [Mark; 4] = [Mark::Blank, Mark::Wrong, Mark::Partial, Mark::Right];

    fn bits(self) -> u8 {
        self as u8
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultCode {
    pub name: String,
    /// The student number (学号), empty in version 1 codes.
    pub number: String,
    /// Which attempt this is, from 1 (always 1 in version 1 codes).
    pub attempt: u8,
    /// The assignment's fingerprint.
    pub assignment: u32,
    /// Minutes since 2020-01-01 UTC.
    pub at: u32,
    /// Points in tenths: 75 is 7.5 of `marks.len()`.
    pub tenths: u16,
    pub marks: Vec<Mark>,
    /// What each answer marked wrong or partly right was, in question order,
    /// one byte each (see [`detail`]); empty when not known (codes before
    /// version 3).
    pub details: Vec<u8>,
}

impl ResultCode {
    /// A student's result from their answers to the assignment's questions
    /// (in the teacher's order), as frozen in one attempt. Only checked
    /// answers count.
    pub fn new(who: (&str, &str), assignment: u32, at: u32, attempt: u8, questions: &[&Question], answers: &Map<Answer, QuestionId>) -> ResultCode {
        let answer = |q: &Question| {
            let a = answers.get(q.id.as_ref()).filter(|a| a.hash == fingerprint(q) && a.checked)?;
            Some((a.response.as_ref()?, a.outcome(q)?))
        };
        let graded: Vec<_> = questions.iter().take(usize::from(u8::MAX)).map(|q| (q, answer(q))).collect();
        let points: f64 = graded.iter().filter_map(|(_, a)| a.as_ref()).map(|(_, o)| o.score).sum();
        let marks: Vec<Mark> = graded
            .iter()
            .map(|(_, a)| match a.as_ref().map(|(_, o)| o.verdict) {
                None => Mark::Blank,
                Some(Verdict::Wrong) => Mark::Wrong,
                Some(Verdict::Partial) => Mark::Partial,
                Some(Verdict::Correct) => Mark::Right,
            })
            .collect();
        let details = graded.iter().filter_map(|(q, a)| a.as_ref().filter(|(_, o)| o.verdict != Verdict::Correct).map(|(r, o)| detail(q, r, o))).collect();
        let (name, number) = who;
        ResultCode {
            name: clip_name(name),
            number: clip_number(number),
            attempt: attempt.max(1),
            assignment,
            at,
            tenths: (points * 10.0).round() as u16,
            marks,
            details,
        }
    }

    pub fn encode(&self) -> String {
        let mut out = vec![VERSION];
        out.extend_from_slice(&self.assignment.to_be_bytes());
        out.extend_from_slice(&self.at.to_be_bytes());
        out.extend_from_slice(&self.tenths.to_be_bytes());
        let marks = &self.marks[..self.marks.len().min(255)];
        out.push(marks.len() as u8);
        out.extend(marks.chunks(4).map(|c| c.iter().enumerate().fold(0, |b, (i, m)| b | m.bits() << (6 - 2 * i))));
        put_text(&mut out, &clip_name(&self.name));
        put_text(&mut out, &clip_number(&self.number));
        out.push(self.attempt.max(1));
        let details = if self.details.len() == missed(marks) { &self.details[..] } else { &[] };
        out.push(details.len() as u8);
        out.extend_from_slice(details);
        format!("{PREFIX}{}", to_base32(&seal(out)))
    }

    pub fn decode(text: &str) -> Result<ResultCode, Error> {
        let text = text.trim();
        if text.is_empty() {
            return Err(Error::Empty);
        }
        let body = match text.get(..PREFIX.len()) {
            Some(p) if p.eq_ignore_ascii_case(PREFIX) => &text[PREFIX.len()..],
            _ => return Err(Error::NotACode),
        };
        let bytes = from_base32(&body.replace('-', ""))?;
        let mut r = Reader::new(unseal(&bytes)?);
        let version = match r.u8()? {
            v @ 1..=VERSION => v,
            v if v > VERSION => return Err(Error::FromFuture(v)),
            _ => return Err(Error::Damaged),
        };
        let (assignment, at, tenths) = (r.u32()?, r.u32()?, r.u16()?);
        let n = usize::from(r.u8()?);
        let packed = r.take(n.div_ceil(4))?;
        let marks: Vec<Mark> = (0..n).map(|i| Mark::ALL[usize::from(packed[i / 4] >> (6 - 2 * (i % 4)) & 3)]).collect();
        let name = r.text()?;
        let (number, attempt) = if version >= 2 { (r.text()?, r.u8()?) } else { (String::new(), 1) };
        let details = if version >= 3 {
            let k = usize::from(r.u8()?);
            r.take(k)?.to_vec()
        } else {
            Vec::new()
        };
        let known = details.is_empty() || details.len() == missed(&marks);
        let code = ResultCode { name, number, attempt, assignment, at, tenths, marks, details };
        let clipped = code.name == clip_name(&code.name) && code.number == clip_number(&code.number);
        if !r.is_empty() || usize::from(tenths) > n * 10 || !clipped || attempt == 0 || !known {
            return Err(Error::Damaged);
        }
        Ok(code)
    }

    /// The score in points, e.g. 7.5.
    pub fn points(&self) -> f64 {
        f64::from(self.tenths) / 10.0
    }

    /// The detail byte of question `i` (from 0), when it was marked wrong or
    /// partly right in a code that carries details.
    pub fn detail(&self, i: usize) -> Option<u8> {
        let mark = self.marks.get(i)?;
        if !is_missed(*mark) || self.details.is_empty() {
            return None;
        }
        self.details.get(self.marks[..i].iter().filter(|m| is_missed(**m)).count()).copied()
    }
}

pub(crate) fn is_missed(mark: Mark) -> bool {
    matches!(mark, Mark::Wrong | Mark::Partial)
}

/// How many questions were marked wrong or partly right: each has a detail byte.
fn missed(marks: &[Mark]) -> usize {
    marks.iter().filter(|m| is_missed(**m)).count()
}

/// Whether a choice item's detail byte has its `i`-th choice (in order of id) picked.
pub fn is_picked(detail: u8, i: usize) -> bool {
    i < 8 && detail & (1 << i) != 0
}

/// One byte that says what a wrong or partly right answer was: for a choice
/// item, the choices picked (bit i set: the i-th choice in order of id, so
/// reordering a question's choices in its file keeps old codes true); for
/// any other kind, how many of its parts were right (pairs, positions).
pub fn detail(q: &Question, response: &Response, outcome: &Outcome) -> u8 {
    match (&q.task, response) {
        (Task::Single(c) | Task::Multi(c), Response::Choices(picked)) => {
            c.by_id().iter().enumerate().filter(|(i, c)| *i < 8 && picked.contains(&c.id)).fold(0, |mask, (i, _)| mask | 1 << i)
        }
        (Task::Single(_) | Task::Multi(_) | Task::TrueFalse(_) | Task::Order(_) | Task::Match(_) | Task::Numeric(_) | Task::Short(_), _) => {
            outcome.parts.iter().filter(|p| **p).count().min(255) as u8
        }
        #[cfg(feature = "sample-kind")]
        (Task::Sample(_), _) => outcome.parts.iter().filter(|p| **p).count().min(255) as u8,
    }
}

/// A name as codes hold it: trimmed, at most [`NAME_MAX`] characters.
pub fn clip_name(name: &str) -> String {
    clip(name, NAME_MAX)
}

/// A student number as codes hold it: trimmed, at most [`NUMBER_MAX`] characters.
pub fn clip_number(number: &str) -> String {
    clip(number, NUMBER_MAX)
}

fn clip(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect::<String>().trim_end().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn sample() -> ResultCode {
        ResultCode {
            name: "李雷".into(),
            number: "20260117".into(),
            attempt: 2,
            assignment: 0xdead_beef,
            at: 3_640_000,
            tenths: 35,
            marks: vec![Mark::Right, Mark::Wrong, Mark::Partial, Mark::Blank, Mark::Right],
            details: vec![0b0100, 2],
        }
    }

    #[test]
    fn round_trips_short_and_in_any_case() {
        let code = sample().encode();
        assert!(code.starts_with("WD-") && code.len() < 64, "{code}");
        assert_eq!(ResultCode::decode(&code), Ok(sample()));
        assert_eq!(ResultCode::decode(&code.to_lowercase()), Ok(sample()));
    }

    #[test]
    fn typos_and_strangers_are_typed_errors() {
        let code = sample().encode();
        assert_eq!(ResultCode::decode("hello"), Err(Error::NotACode));
        assert_eq!(ResultCode::decode("  "), Err(Error::Empty));
        assert_eq!(ResultCode::decode("WD-ABC!"), Err(Error::BadCharacter('!')));
        assert_eq!(ResultCode::decode("WD-UUU"), Err(Error::BadCharacter('U')));
        assert_eq!(ResultCode::decode(&code[..code.len() - 1]), Err(Error::Checksum));
        let mut typo = code.clone().into_bytes();
        typo[9] = if typo[9] == b'7' { b'8' } else { b'7' };
        assert_eq!(ResultCode::decode(&String::from_utf8(typo).unwrap()), Err(Error::Checksum));
    }

    #[test]
    fn details_belong_to_the_questions_marked_wrong_or_partly_right() {
        let code = sample();
        let details: Vec<Option<u8>> = (0..6).map(|i| code.detail(i)).collect();
        assert_eq!(details, [None, Some(0b0100), Some(2), None, None, None]);
        let unknown = ResultCode { details: Vec::new(), ..sample() };
        assert_eq!(ResultCode::decode(&unknown.encode()), Ok(unknown.clone()));
        assert_eq!(unknown.detail(1), None, "not known: a code from before version 3");
        // A detail list that does not fit the marks is not written as if it did.
        let odd = ResultCode { details: vec![1], ..sample() };
        assert_eq!(ResultCode::decode(&odd.encode()), Ok(unknown));
    }

    #[test]
    fn a_code_stays_short_enough_to_paste_from_a_phone() {
        let at = |marks: Vec<Mark>| {
            let details = vec![0b0010; missed(&marks)];
            let tenths = marks.iter().filter(|m| **m == Mark::Right).count() as u16 * 10;
            ResultCode { name: "欧阳明".into(), number: "2026011701".into(), attempt: 1, assignment: 7, at: 3_640_000, tenths, marks, details }.encode().len()
        };
        let typical: Vec<Mark> = (0..20).map(|i| if i % 3 == 0 { Mark::Wrong } else { Mark::Right }).collect();
        assert_eq!(at(typical), 82, "20 questions, 7 missed");
        assert_eq!(at(vec![Mark::Wrong; 30]), 123, "30 questions, all missed");
    }

    #[test]
    fn names_are_clipped_and_kept_as_they_are() {
        let crafted = ResultCode { name: "<img src=x onerror=alert(1)>".into(), ..sample() };
        assert_eq!(ResultCode::decode(&crafted.encode()), Ok(crafted));
        let long = ResultCode { name: "名".repeat(NAME_MAX + 5), ..sample() };
        assert_eq!(ResultCode::decode(&long.encode()).unwrap().name.chars().count(), NAME_MAX);
    }

    fn code() -> impl Strategy<Value = ResultCode> {
        let who = ("\\PC{0,40}", "[0-9A-Za-z-]{0,24}", 1u8..=255);
        let details = (any::<bool>(), proptest::collection::vec(any::<u8>(), 120));
        (any::<u32>(), any::<u32>(), proptest::collection::vec(0usize..4, 0..120), who, any::<u16>(), details).prop_map(
            |(assignment, at, marks, (name, number, attempt), t, (known, bytes))| {
                let marks: Vec<Mark> = marks.into_iter().map(|m| Mark::ALL[m]).collect();
                let details = if known { bytes[..missed(&marks)].to_vec() } else { Vec::new() };
                ResultCode {
                    name: clip_name(&name),
                    number: clip_number(&number),
                    attempt,
                    assignment,
                    at,
                    tenths: t % (marks.len() as u16 * 10 + 1),
                    marks,
                    details,
                }
            },
        )
    }

    /// A code reads as a result that encodes to the same bytes (the letters
    /// may differ in case and in O/I/L), or fails with the error that says
    /// what is wrong with it.
    fn decodes_or_fails_typed(text: &str) -> Result<Result<ResultCode, Error>, TestCaseError> {
        let result = ResultCode::decode(text);
        let prefixed = text.trim().get(..PREFIX.len()).is_some_and(|p| p.eq_ignore_ascii_case(PREFIX));
        match &result {
            Ok(code) => prop_assert_eq!(&ResultCode::decode(&code.encode()), &Ok(code.clone())),
            Err(Error::Empty) => prop_assert!(text.trim().is_empty()),
            Err(Error::NotACode) => prop_assert!(!prefixed),
            Err(Error::BadCharacter(c)) => prop_assert!(prefixed && text.contains(*c)),
            Err(Error::FromFuture(v)) => prop_assert!(*v > VERSION),
            Err(e) => prop_assert!(prefixed && matches!(e, Error::Checksum | Error::Damaged), "{:?}", e),
        }
        Ok(result)
    }

    proptest! {
        #[test]
        fn any_code_round_trips(c in code()) {
            prop_assert_eq!(ResultCode::decode(&c.encode()), Ok(c));
        }

        #[test]
        fn any_text_decodes_or_fails_typed(text in "\\PC{0,80}") {
            let _decoded = decodes_or_fails_typed(&text)?;
            let _prefixed = decodes_or_fails_typed(&format!("WD-{text}"))?;
        }

        #[test]
        fn any_base32_decodes_or_fails_typed(text in "WD-[0-9A-Za-z]{0,90}") {
            let result = decodes_or_fails_typed(&text)?;
            prop_assert!(!matches!(result, Err(Error::NotACode | Error::Empty)));
        }

        #[test]
        fn any_sealed_bytes_decode_or_fail_typed(mut bytes in proptest::collection::vec(any::<u8>(), 1..80)) {
            bytes[0] = VERSION;
            let result = decodes_or_fails_typed(&format!("WD-{}", to_base32(&seal(bytes))))?;
            prop_assert!(matches!(result, Ok(_) | Err(Error::Damaged)), "a sealed code of this version is read or damaged: {:?}", result);
        }
    }
}
