//! One interaction per question, as each SCORM version writes it: its type
//! and the learner's response in the standard's format.
//!
//! Choices and ordering items are letters by their place in the content
//! (`a`, `b`, …, as on the worksheet), so the tokens are the single
//! characters SCORM 1.2 asks for and valid 2004 short identifiers. Matching
//! names each statement by its letter and the answer paired with it by its
//! number: `a.2,b.1` (1.2), `a[.]2[,]b[.]1` (2004).

use super::Version;
use crate::content::{Question, Task};
use crate::quiz::Response;

/// SCORM's interaction types used by the seven question kinds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    Choice,
    TrueFalse,
    Sequencing,
    Matching,
    Numeric,
    FillIn,
}

impl Type {
    pub fn of(q: &Question) -> Type {
        match &q.task {
            Task::Single(_) | Task::Multi(_) => Type::Choice,
            Task::TrueFalse(_) => Type::TrueFalse,
            Task::Order(_) => Type::Sequencing,
            Task::Match(_) => Type::Matching,
            Task::Numeric(_) => Type::Numeric,
            Task::Short(_) => Type::FillIn,
            #[cfg(feature = "sample-kind")]
            Task::Sample(_) => Type::Numeric,
        }
    }

    /// The vocabulary both versions share.
    pub fn name(self) -> &'static str {
        match self {
            Type::Choice => "choice",
            Type::TrueFalse => "true-false",
            Type::Sequencing => "sequencing",
            Type::Matching => "matching",
            Type::Numeric => "numeric",
            Type::FillIn => "fill-in",
        }
    }
}

/// The token for the `i`th choice, item or statement: `a` to `z`, then `0` to `9`.
pub fn letter(i: usize) -> char {
    const TOKENS: &[u8; 36] = b"abcdefghijklmnopqrstuvwxyz0123456789";
    TOKENS.get(i).map_or('z', |&b| char::from(b))
}

/// Where an id stands in a list of ids.
fn place<'a>(mut ids: impl Iterator<Item = &'a str>, id: &str) -> Option<usize> {
    ids.position(|x| x == id)
}

/// The learner's response in `version`'s format, or `None` for a response
/// that does not fit the question (an id it lacks, the wrong shape).
pub fn response(version: Version, q: &Question, r: &Response) -> Option<String> {
    let (list, pair, most) = match version {
        Version::V12 => (",", ".", 255),
        Version::V2004 => ("[,]", "[.]", 250),
    };
    let letters =
        |ids: &[String], of: &dyn Fn(&str) -> Option<usize>| -> Option<Vec<String>> { ids.iter().map(|id| of(id).map(|i| letter(i).to_string())).collect() };
    Some(match (&q.task, r) {
        (Task::Single(c) | Task::Multi(c), Response::Choices(ids)) => {
            let mut picked: Vec<usize> = ids.iter().map(|id| place(c.choices.iter().map(|x| x.id.as_str()), id)).collect::<Option<_>>()?;
            picked.sort_unstable();
            picked.dedup();
            picked.iter().map(|&i| letter(i).to_string()).collect::<Vec<_>>().join(list)
        }
        (Task::TrueFalse(_), Response::Bool(b)) => match (version, b) {
            (Version::V12, true) => "t".into(),
            (Version::V12, false) => "f".into(),
            (Version::V2004, true) => "true".into(),
            (Version::V2004, false) => "false".into(),
        },
        (Task::Order(o), Response::Order(ids)) => letters(ids, &|id| place(o.items.iter().map(|x| x.id.as_str()), id))?.join(list),
        (Task::Match(m), Response::Match(pairs)) => {
            let at = |id: &str| place(m.pairs.iter().map(|x| x.id.as_str()), id);
            let mut placed: Vec<(usize, usize)> = pairs.iter().map(|(l, r)| Some((at(l)?, at(r)?))).collect::<Option<_>>()?;
            placed.sort_unstable();
            placed.iter().map(|(l, r)| format!("{}{pair}{}", letter(*l), r + 1)).collect::<Vec<_>>().join(list)
        }
        (Task::Numeric(n), Response::Text(text)) => {
            let value = n.read(text).ok()?.value;
            // Six places while they fit the integer arithmetic of `decimal`.
            super::format::decimal(value, if value.abs() < 1e12 { 6 } else { 0 })
        }
        (Task::Short(_), Response::Text(text)) => fill_in(text, most),
        _ => return None,
    })
}

/// Typed text as a fill-in response: one line, at most `most` UTF-16 units
/// (what the platform's JavaScript counts), and not starting with `{`, which
/// 2004 reserves for `{lang=…}`.
fn fill_in(text: &str, most: usize) -> String {
    let one_line: String = text.trim().chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let mut out = String::new();
    let mut units = 0;
    for c in one_line.trim_start_matches('{').chars() {
        units += c.len_utf16();
        if units > most {
            break;
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::test_book;
    use crate::content::Kind;
    use crate::quiz::correct_response;

    fn first_of(kind: Kind) -> &'static Question {
        test_book().questions().find(|q| q.kind() == kind).expect("the bank uses every kind")
    }

    #[test]
    fn every_kind_has_its_type_and_a_response_in_both_formats() {
        for q in test_book().questions() {
            let r = correct_response(q);
            for v in [Version::V12, Version::V2004] {
                let text = response(v, q, &r).unwrap_or_else(|| panic!("{} has no {v:?} response", q.id));
                assert!(!text.is_empty(), "{}", q.id);
            }
        }
        assert_eq!(Type::of(first_of(Kind::Single)), Type::Choice);
        assert_eq!(Type::of(first_of(Kind::Multi)), Type::Choice);
        assert_eq!(Type::of(first_of(Kind::TrueFalse)), Type::TrueFalse);
        assert_eq!(Type::of(first_of(Kind::Order)), Type::Sequencing);
        assert_eq!(Type::of(first_of(Kind::Match)), Type::Matching);
        assert_eq!(Type::of(first_of(Kind::Numeric)), Type::Numeric);
        assert_eq!(Type::of(first_of(Kind::Short)), Type::FillIn);
    }

    #[test]
    fn responses_are_written_as_each_standard_asks() {
        let q = first_of(Kind::Multi);
        let Task::Multi(c) = &q.task else { unreachable!() };
        let picked = Response::Choices(vec![c.choices[2].id.clone(), c.choices[0].id.clone()]);
        assert_eq!(response(Version::V12, q, &picked).as_deref(), Some("a,c"));
        assert_eq!(response(Version::V2004, q, &picked).as_deref(), Some("a[,]c"));
        let q = first_of(Kind::TrueFalse);
        assert_eq!(response(Version::V12, q, &Response::Bool(false)).as_deref(), Some("f"));
        assert_eq!(response(Version::V2004, q, &Response::Bool(true)).as_deref(), Some("true"));
        let q = first_of(Kind::Order);
        let Task::Order(o) = &q.task else { unreachable!() };
        let backwards = Response::Order(o.items.iter().rev().map(|i| i.id.clone()).collect());
        let letters: Vec<String> = (0..o.items.len()).rev().map(|i| letter(i).to_string()).collect();
        assert_eq!(response(Version::V12, q, &backwards), Some(letters.join(",")));
        assert_eq!(response(Version::V2004, q, &backwards), Some(letters.join("[,]")));
        let q = first_of(Kind::Match);
        let Task::Match(m) = &q.task else { unreachable!() };
        let (a, b) = (&m.pairs[0].id, &m.pairs[1].id);
        let swapped = Response::Match(vec![(b.clone(), a.clone()), (a.clone(), b.clone())]);
        assert_eq!(response(Version::V12, q, &swapped).as_deref(), Some("a.2,b.1"));
        assert_eq!(response(Version::V2004, q, &swapped).as_deref(), Some("a[.]2[,]b[.]1"));
        let q = first_of(Kind::Short);
        assert_eq!(response(Version::V2004, q, &Response::Text("{x}\n悟道".into())).as_deref(), Some("x} 悟道"));
        assert_eq!(response(Version::V12, q, &Response::Text("字".repeat(300))).map(|s| s.chars().count()), Some(255));
        // A response of the wrong shape or with an unknown id is not written.
        assert_eq!(response(Version::V12, q, &Response::Bool(true)), None);
        let q = first_of(Kind::Single);
        assert_eq!(response(Version::V12, q, &Response::Choices(vec!["nope".into()])), None);
    }

    #[test]
    fn a_numeric_response_is_the_number_read() {
        let q = first_of(Kind::Numeric);
        let Task::Numeric(n) = &q.task else { unreachable!() };
        let Response::Text(text) = correct_response(q) else { unreachable!() };
        let written = response(Version::V2004, q, &Response::Text(text.clone())).expect("a number");
        let back: f64 = written.parse().expect("a plain decimal");
        assert!(n.is_the_number(back), "{text} → {written}");
        assert_eq!(response(Version::V12, q, &Response::Text("many".into())), None);
    }
}
