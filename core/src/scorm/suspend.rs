//! `cmi.suspend_data`: where a student is in the launched quiz, kept by the
//! platform so that they continue on another computer.
//!
//! SCORM 1.2 allows 4,096 characters (2004: 64,000; we keep to 4,096 for
//! both), so the state is written compactly, as bytes in the app's
//! base64url with the CRC-16 of its share codes (`share::codec`):
//!
//! ```text
//! version (1) · flags (submit mode, submitted, has submitted_at) · varint seed
//! · zigzag base time (ms; the quiz's `updated`) · zigzag reset_at − base
//! · [zigzag submitted_at − base]
//! · varint n · n × varint question place          (the interactions' order)
//! · answers · varint m · m × (varint attempt number · zigzag at − base
//!                             · same-as-the-answers flag · [answers])
//! answers = varint k · k × (varint question place · flags (checked, changed,
//!   has last, last = best, response kind) · u16 fingerprint's low bits
//!   · varint attempts · score best · [score last] · zigzag at − base · response)
//! score = 0 | 1 | 2 · u16 60000ths; an attempt's answers' times are from its own time
//! ```
//!
//! Questions are named by their place in the launched quiz (book order),
//! choices and items by their place in the question; scores in 60000ths
//! (exact for every fraction whose denominator divides 60000: halves,
//! thirds, quarters … twelfths, sixteenths); times to the millisecond.
//! When a state would not fit, [`encode`] leaves out, in turn, earlier
//! attempts' answers, unchecked responses, the tail of long typed answers
//! and all attempts, and finally every answer: it always fits.

use crate::content::{Question, QuestionId, Task};
use crate::progress::{Answer, Attempt, Map, Millis, Mode, QuizProgress};
use crate::quiz::Response;
use crate::share::codec::{from_base64url, seal, to_base64url, unseal, Reader};
use crate::share::Error;

/// The most characters suspend data may have (SCORM 1.2 `CMIString4096`).
pub const LIMIT: usize = 4096;
/// The layout written by this build.
pub const VERSION: u8 = 1;

/// The launched quiz's progress and which question each interaction slot
/// holds (by place in the quiz), as the platform keeps them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Suspended {
    pub quiz: QuizProgress,
    pub order: Vec<usize>,
}

const SUBMIT: u8 = 1;
const SUBMITTED: u8 = 2;
const SUBMITTED_AT: u8 = 4;

const CHECKED: u8 = 1;
const CHANGED: u8 = 2;
const HAS_LAST: u8 = 4;
const LAST_IS_BEST: u8 = 8;
const KIND_SHIFT: u8 = 4;
/// In an attempt: this answer is the same as the quiz's current one (kind bits all set).
const SAME: u8 = 0xF0;

fn bit(on: bool, flag: u8) -> u8 {
    if on {
        flag
    } else {
        0
    }
}

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let b = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn read_varint(r: &mut Reader) -> Result<u64, Error> {
    let mut v = 0u64;
    for shift in (0..64).step_by(7) {
        let b = r.u8()?;
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Ok(v);
        }
    }
    Err(Error::Damaged)
}

fn signed(out: &mut Vec<u8>, v: i64) {
    varint(out, ((v << 1) ^ (v >> 63)) as u64);
}

fn read_signed(r: &mut Reader) -> Result<i64, Error> {
    let v = read_varint(r)?;
    Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
}

/// A time written as its distance from `base`.
fn read_time(r: &mut Reader, base: i64) -> Result<Millis, Error> {
    base.checked_add(read_signed(r)?).map(|t| t as Millis).ok_or(Error::Damaged)
}

fn small(r: &mut Reader) -> Result<usize, Error> {
    usize::try_from(read_varint(r)?).map_err(|_| Error::Damaged)
}

/// A time as whole milliseconds (what `Date.now()` gives).
fn ms(t: Millis) -> i64 {
    if t.is_finite() {
        t.round().clamp(-9e15, 9e15) as i64
    } else {
        0
    }
}

/// A score from 0 to 1 in 60000ths.
pub fn score_bits(x: f64) -> u16 {
    (x.clamp(0.0, 1.0) * 60000.0).round() as u16
}

pub fn score_of(bits: u16) -> f64 {
    f64::from(bits.min(60000)) / 60000.0
}

/// A score as one byte when it is 0 or 1 (most are), else a marker and its 60000ths.
fn put_score(out: &mut Vec<u8>, x: f64) {
    match score_bits(x) {
        0 => out.push(0),
        60000 => out.push(1),
        bits => {
            out.push(2);
            out.extend_from_slice(&bits.to_be_bytes());
        }
    }
}

fn read_score(r: &mut Reader) -> Result<f64, Error> {
    match r.u8()? {
        0 => Ok(0.0),
        1 => Ok(1.0),
        2 => Ok(score_of(r.u16()?)),
        _ => Err(Error::Damaged),
    }
}

fn ids_of(q: &Question) -> Vec<&str> {
    match &q.task {
        Task::Single(c) | Task::Multi(c) => c.choices.iter().map(|c| c.id.as_str()).collect(),
        Task::Order(o) => o.items.iter().map(|i| i.id.as_str()).collect(),
        Task::Match(m) => m.pairs.iter().map(|p| p.id.as_str()).collect(),
        Task::TrueFalse(_) | Task::Numeric(_) | Task::Short(_) => Vec::new(),
        #[cfg(feature = "sample-kind")]
        Task::Sample(_) => Vec::new(),
    }
}

/// A response as it reads back: picked choices in content order, once each.
/// `None` when it names an id the question lacks (it is then not kept).
pub fn canonical(q: &Question, r: &Response) -> Option<Response> {
    let ids = ids_of(q);
    let at = |id: &str| ids.iter().position(|x| *x == id).filter(|i| *i < 64);
    Some(match r {
        Response::Choices(picked) => {
            let places: Vec<usize> = picked.iter().map(|id| at(id)).collect::<Option<_>>()?;
            Response::Choices(ids.iter().enumerate().filter(|(i, _)| places.contains(i)).map(|(_, id)| id.to_string()).collect())
        }
        Response::Order(items) => {
            items.iter().try_for_each(|id| at(id).map(|_| ()))?;
            r.clone()
        }
        Response::Match(pairs) => {
            pairs.iter().try_for_each(|(l, r)| at(l).and(at(r)).map(|_| ()))?;
            r.clone()
        }
        Response::Bool(_) | Response::Text(_) => r.clone(),
    })
}

fn put_response(out: &mut Vec<u8>, q: &Question, r: &Response) {
    let ids = ids_of(q);
    let at = |id: &str| ids.iter().position(|x| *x == id).unwrap_or(0) as u64;
    match r {
        Response::Choices(picked) => varint(out, picked.iter().fold(0u64, |mask, id| mask | 1 << at(id))),
        Response::Bool(b) => out.push(u8::from(*b)),
        Response::Order(items) => {
            varint(out, items.len() as u64);
            items.iter().for_each(|id| varint(out, at(id)));
        }
        Response::Match(pairs) => {
            varint(out, pairs.len() as u64);
            for (l, r) in pairs {
                varint(out, at(l));
                varint(out, at(r));
            }
        }
        Response::Text(text) => {
            varint(out, text.len() as u64);
            out.extend_from_slice(text.as_bytes());
        }
    }
}

fn kind_of(r: Option<&Response>) -> u8 {
    match r {
        None => 0,
        Some(Response::Choices(_)) => 1,
        Some(Response::Bool(_)) => 2,
        Some(Response::Order(_)) => 3,
        Some(Response::Match(_)) => 4,
        Some(Response::Text(_)) => 5,
    }
}

fn read_response(r: &mut Reader, q: &Question, kind: u8) -> Result<Option<Response>, Error> {
    let ids = ids_of(q);
    let id = |i: usize| ids.get(i).map(|s| s.to_string()).ok_or(Error::Damaged);
    Ok(Some(match kind {
        0 => return Ok(None),
        1 => {
            let mask = read_varint(r)?;
            if ids.len() < 64 && mask >> ids.len() != 0 {
                return Err(Error::Damaged);
            }
            Response::Choices(ids.iter().enumerate().filter(|(i, _)| mask >> i & 1 == 1).map(|(_, id)| id.to_string()).collect())
        }
        2 => Response::Bool(match r.u8()? {
            0 => false,
            1 => true,
            _ => return Err(Error::Damaged),
        }),
        3 => {
            let n = small(r)?;
            Response::Order((0..n).map(|_| small(r).and_then(id)).collect::<Result<_, _>>()?)
        }
        4 => {
            let n = small(r)?;
            Response::Match((0..n).map(|_| Ok((small(r).and_then(id)?, small(r).and_then(id)?))).collect::<Result<_, Error>>()?)
        }
        5 => {
            let n = small(r)?;
            Response::Text(String::from_utf8(r.take(n)?.to_vec()).map_err(|_| Error::Damaged)?)
        }
        _ => return Err(Error::Damaged),
    }))
}

/// What to leave out so that the text fits (see the module's notes).
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    Everything,
    LatestAttemptOnly,
    CheckedResponsesOnly,
    ShortTexts,
    NoAttempts,
    NoAnswers,
}

/// The answers to the quiz's questions, by place, as they would read back.
fn answers_of<'a>(answers: &'a Map<Answer, QuestionId>, questions: &[&Question], level: Level) -> Vec<(usize, &'a Answer, Option<Response>)> {
    questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let a = answers.get(q.id.as_ref())?;
            let mut response = a.response.as_ref().and_then(|r| canonical(q, r));
            if level >= Level::CheckedResponsesOnly && !a.checked {
                response = None;
            }
            if let (true, Some(Response::Text(text))) = (level >= Level::ShortTexts, &mut response) {
                let mut end = text.len().min(16);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.truncate(end);
            }
            Some((i, a, response))
        })
        .collect()
}

/// Answers by place in the quiz, as they would read back.
type Listed<'a> = Vec<(usize, &'a Answer, Option<Response>)>;

/// Writes answers; those of an attempt that equal the quiz's `current` ones
/// take two bytes.
fn put_answers(out: &mut Vec<u8>, list: &Listed, questions: &[&Question], base: i64, current: &Listed) {
    varint(out, list.len() as u64);
    for (i, a, response) in list {
        let (i, a) = (*i, *a);
        varint(out, i as u64);
        if current.iter().any(|(j, b, r)| *j == i && *b == a && r == response) {
            out.push(SAME);
            continue;
        }
        let last_is_best = a.last.is_some_and(|l| score_bits(l) == score_bits(a.best));
        let flags = bit(a.checked, CHECKED)
            | bit(a.changed, CHANGED)
            | bit(a.last.is_some(), HAS_LAST)
            | bit(last_is_best, LAST_IS_BEST)
            | (kind_of(response.as_ref()) << KIND_SHIFT);
        out.push(flags);
        out.extend_from_slice(&(a.hash as u16).to_be_bytes());
        varint(out, u64::from(a.attempts));
        put_score(out, a.best);
        if let (Some(last), false) = (a.last, last_is_best) {
            put_score(out, last);
        }
        signed(out, ms(a.at).wrapping_sub(base));
        if let Some(r) = &response {
            put_response(out, questions[i], r);
        }
    }
}

fn read_answers(r: &mut Reader, questions: &[&Question], base: i64, current: Option<&Map<Answer, QuestionId>>) -> Result<Map<Answer, QuestionId>, Error> {
    let mut answers = Map::default();
    for _ in 0..small(r)? {
        let i = small(r)?;
        let q = questions.get(i).ok_or(Error::Damaged)?;
        let flags = r.u8()?;
        if flags == SAME {
            let same = current.and_then(|c| c.get(q.id.as_ref())).ok_or(Error::Damaged)?;
            answers.insert(q.id.clone(), same.clone());
            continue;
        }
        let hash = if r.u16()? == q.hash as u16 { q.hash } else { 0 };
        let attempts = u32::try_from(read_varint(r)?).map_err(|_| Error::Damaged)?;
        let best = read_score(r)?;
        let last = match (flags & HAS_LAST != 0, flags & LAST_IS_BEST != 0) {
            (false, false) => None,
            (true, true) => Some(best),
            (true, false) => Some(read_score(r)?),
            (false, true) => return Err(Error::Damaged),
        };
        let at = read_time(r, base)?;
        let response = read_response(r, q, flags >> KIND_SHIFT)?;
        let answer = Answer { hash, response, checked: flags & CHECKED != 0, attempts, best, last, changed: flags & CHANGED != 0, at };
        answers.insert(q.id.clone(), answer);
    }
    Ok(answers)
}

fn bytes_at(s: &Suspended, questions: &[&Question], level: Level) -> Vec<u8> {
    let quiz = &s.quiz;
    let mut out = vec![VERSION];
    let flags = bit(quiz.mode == Mode::Submit, SUBMIT) | bit(quiz.submitted, SUBMITTED) | bit(quiz.submitted_at.is_some(), SUBMITTED_AT);
    out.push(flags);
    varint(&mut out, quiz.seed);
    let base = ms(quiz.updated);
    signed(&mut out, base);
    signed(&mut out, ms(quiz.reset_at).wrapping_sub(base));
    if let Some(at) = quiz.submitted_at {
        signed(&mut out, ms(at).wrapping_sub(base));
    }
    let order: Vec<usize> = if level >= Level::NoAnswers { Vec::new() } else { s.order.iter().copied().filter(|i| *i < questions.len()).collect() };
    varint(&mut out, order.len() as u64);
    order.iter().for_each(|i| varint(&mut out, *i as u64));
    let listed = |answers| if level >= Level::NoAnswers { Vec::new() } else { answers_of(answers, questions, level) };
    let now = listed(&quiz.answers);
    put_answers(&mut out, &now, questions, base, &Vec::new());
    let latest = quiz.attempts_made().to_string();
    let frozen: Vec<(u32, &Attempt)> = quiz
        .frozen
        .iter()
        .filter_map(|(n, a)| Some((n.parse::<u32>().ok()?, a)))
        .filter(|(n, _)| level < Level::LatestAttemptOnly || n.to_string() == latest)
        .filter(|_| level < Level::NoAttempts)
        .collect();
    varint(&mut out, frozen.len() as u64);
    for (n, attempt) in frozen {
        varint(&mut out, u64::from(n));
        signed(&mut out, ms(attempt.at).wrapping_sub(base));
        let theirs = listed(&attempt.answers);
        let same = theirs == now;
        out.push(u8::from(same));
        if !same {
            // An attempt's answers were mostly checked when it was submitted.
            put_answers(&mut out, &theirs, questions, ms(attempt.at), &now);
        }
    }
    seal(out)
}

/// The suspend data for a state: at most [`LIMIT`] characters of base64url.
pub fn encode(s: &Suspended, questions: &[&Question]) -> String {
    let levels = [Level::Everything, Level::LatestAttemptOnly, Level::CheckedResponsesOnly, Level::ShortTexts, Level::NoAttempts, Level::NoAnswers];
    let mut text = String::new();
    for level in levels {
        text = to_base64url(&bytes_at(s, questions, level));
        if text.len() <= LIMIT {
            break;
        }
    }
    text
}

/// Reads suspend data written by [`encode`] for these questions. Anything
/// else is a typed error, never a panic.
pub fn decode(text: &str, questions: &[&Question]) -> Result<Suspended, Error> {
    if text.is_empty() {
        return Err(Error::Empty);
    }
    let bytes = from_base64url(text)?;
    let body = unseal(&bytes)?;
    let mut r = Reader::new(body);
    match r.u8()? {
        0 => return Err(Error::Damaged),
        v if v > VERSION => return Err(Error::FromFuture(v)),
        _ => {}
    }
    let flags = r.u8()?;
    let seed = read_varint(&mut r)?;
    let base = read_signed(&mut r)?;
    let reset_at = read_time(&mut r, base)?;
    let submitted_at = if flags & SUBMITTED_AT != 0 { Some(read_time(&mut r, base)?) } else { None };
    let n = small(&mut r)?;
    let order = (0..n).map(|_| small(&mut r).and_then(|i| if i < questions.len() { Ok(i) } else { Err(Error::Damaged) })).collect::<Result<_, _>>()?;
    let answers = read_answers(&mut r, questions, base, None)?;
    let mut frozen = Map::default();
    for _ in 0..small(&mut r)? {
        let number = read_varint(&mut r)?;
        let at = read_time(&mut r, base)?;
        let attempt_answers = match r.u8()? {
            1 => answers.clone(),
            0 => read_answers(&mut r, questions, ms(at), Some(&answers))?,
            _ => return Err(Error::Damaged),
        };
        frozen.insert(number.to_string(), Attempt { at, answers: attempt_answers });
    }
    if !r.is_empty() {
        return Err(Error::Damaged);
    }
    let mode = if flags & SUBMIT != 0 { Mode::Submit } else { Mode::Instant };
    let quiz = QuizProgress { seed, mode, submitted: flags & SUBMITTED != 0, submitted_at, answers, updated: base as Millis, reset_at, frozen };
    Ok(Suspended { quiz, order })
}
