//! A question's fingerprint: a saved answer carries it, and an answer whose
//! fingerprint no longer matches its question is reset (with a notice).
//!
//! It is FNV-1a (64 bits) of a canonical encoding of exactly what a student
//! answered, and nothing else, so that editing an explanation, feedback, a
//! level, a tag, the authored order of choices or the typesetting of a text
//! keeps every saved answer, while a change to what was asked or what counts
//! as right resets it.
//!
//! Texts are taken as answers are compared (`crate::normalize`): full and
//! half width, case, spaces and punctuation do not count, digits, `%`, `+`,
//! `-` and a decimal point do. Ids and numbers are taken as they are.
//!
//! The encoding (version 1) is a header line, then fields, each a one-byte
//! tag, the length of its bytes as 4 bytes little-endian, and the bytes:
//!
//! | tag | field | bytes |
//! |---|---|---|
//! | `k` | kind | its name in the content files: `single`, `multi`, `truefalse`, `order`, `match`, `numeric`, `short` |
//! | `p` | prompt | zh, then `en` as a second field `P` |
//! | `c` | each choice, sorted by id | id, zh, en, `1` if correct else `0`, joined by a 0 byte |
//! | `t` | truth (`truefalse`) | `1`, `0`, or nothing |
//! | `i` | each item, in the correct order | id, zh, en, joined by a 0 byte |
//! | `m` | each pair, sorted by id | id, left zh, left en, right zh, right en, joined by a 0 byte |
//! | `n`, `o` | number, tolerance | the f64's bits as 16 lower-case hex digits, or nothing |
//! | `u` | unit | zh, 0 byte, en |
//! | `a` | each accepted answer, sorted | the text |
//!
//! Answers name choices, items and pairs by id, so reordering choices or
//! pairs keeps them; the items' order is the key of an ordering question.
//! `tests/fixtures/fingerprints.txt` pins the fingerprint of every question:
//! a refactor that changes one fails the content tests, and a real content
//! edit updates that file on purpose (see `tests/content.rs`).

use super::model::{fnv1a, Question};
use crate::normalize::normalize;

const HEADER: &[u8] = b"zhiyuan question fingerprint 1\n";

/// The fingerprint saved with each answer.
pub fn fingerprint(q: &Question) -> u64 {
    fnv1a(&canonical(q))
}

/// The bytes the fingerprint is taken of (see the module's table). Every
/// kind writes every field, empty where it has none, so the bytes depend on
/// what is asked, not on how the model is shaped.
pub fn canonical(q: &Question) -> Vec<u8> {
    let mut out = HEADER.to_vec();
    // Ids and flags as they are; texts normalised (see the module's notes).
    let mut put = |tag: u8, parts: &[&str]| {
        let bytes = parts.join("\0");
        out.push(tag);
        out.extend_from_slice(&(bytes.len() as u32).to_le_bytes());
        out.extend_from_slice(bytes.as_bytes());
    };
    let t = |text: &str| normalize(text);
    let parts = q.task.parts();
    put(b'k', &[q.kind().name()]);
    put(b'p', &[&t(&q.prompt.zh)]);
    put(b'P', &[&t(&q.prompt.en)]);
    let mut choices: Vec<_> = parts.choices.iter().collect();
    choices.sort_by(|a, b| a.id.cmp(&b.id));
    for c in choices {
        put(b'c', &[&c.id, &t(&c.zh), &t(&c.en), if c.correct { "1" } else { "0" }]);
    }
    put(b't', &[parts.truth.map_or("", |t| if t { "1" } else { "0" })]);
    for i in parts.items {
        put(b'i', &[&i.id, &t(&i.zh), &t(&i.en)]);
    }
    let mut pairs: Vec<_> = parts.pairs.iter().collect();
    pairs.sort_by(|a, b| a.id.cmp(&b.id));
    for p in pairs {
        put(b'm', &[&p.id, &t(&p.left.zh), &t(&p.left.en), &t(&p.right.zh), &t(&p.right.en)]);
    }
    put(b'n', &[&bits(parts.number)]);
    put(b'o', &[&bits(parts.tolerance)]);
    let (unit_zh, unit_en) = parts.unit.map_or(("", ""), |u| (u.zh.as_str(), u.en.as_str()));
    put(b'u', &[&t(unit_zh), &t(unit_en)]);
    let mut accept: Vec<String> = parts.accept.iter().map(|a| t(a)).collect();
    accept.sort();
    for a in accept {
        put(b'a', &[&a]);
    }
    out
}

fn bits(x: Option<f64>) -> String {
    x.map(|x| format!("{:016x}", x.to_bits())).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::content::{Choice, Item, Kind, Numeric, Pair, Task};

    fn every_kind() -> Vec<&'static Question> {
        Kind::ALL.iter().filter_map(|k| crate::content::test_book().questions().find(|q| q.kind() == *k)).collect()
    }

    fn choices(q: &mut Question) -> Option<&mut Vec<Choice>> {
        match &mut q.task {
            Task::Single(c) | Task::Multi(c) => Some(&mut c.choices),
            _ => None,
        }
    }

    fn items(q: &mut Question) -> Option<&mut Vec<Item>> {
        match &mut q.task {
            Task::Order(o) => Some(&mut o.items),
            _ => None,
        }
    }

    fn pairs(q: &mut Question) -> Option<&mut Vec<Pair>> {
        match &mut q.task {
            Task::Match(m) => Some(&mut m.pairs),
            _ => None,
        }
    }

    fn numeric(q: &mut Question) -> Option<&mut Numeric> {
        match &mut q.task {
            Task::Numeric(n) => Some(n),
            _ => None,
        }
    }

    fn accept(q: &mut Question) -> Option<&mut Vec<String>> {
        match &mut q.task {
            Task::Short(s) => Some(&mut s.accept),
            _ => None,
        }
    }

    #[test]
    fn what_was_not_answered_does_not_count() {
        for q in every_kind() {
            let mut edited = q.clone();
            edited.explanation.en.push_str(" More.");
            edited.wrong.zh.push('。');
            edited.para = "elsewhere".into();
            edited.shuffle = !edited.shuffle;
            edited.mechanism = None;
            pairs(&mut edited).into_iter().for_each(|p| p.reverse());
            accept(&mut edited).into_iter().for_each(|a| a.reverse());
            if let Some(choices) = choices(&mut edited) {
                choices.reverse();
                for c in choices {
                    c.feedback.en.push_str(" Why.");
                    c.zh = c.zh.replace('，', ",").replace('。', "");
                }
            }
            // Typesetting: full-width punctuation, spaces, case.
            edited.prompt.zh = edited.prompt.zh.replace(',', "，").replace(':', "：").replace('?', "？");
            edited.prompt.en = format!("  {}  ", edited.prompt.en.to_uppercase());
            assert_eq!(fingerprint(&edited), fingerprint(q), "{}", q.id);
        }
    }

    #[test]
    fn what_was_answered_counts() {
        for q in every_kind() {
            let mut edits: Vec<Question> = Vec::new();
            let mut edit = |change: &dyn Fn(&mut Question)| {
                let mut e = q.clone();
                change(&mut e);
                edits.push(e);
            };
            edit(&|e| e.prompt.zh.push('吗'));
            edit(&|e| e.prompt.en.push_str(" now"));
            edit(&|e| {
                e.task = match e.task.clone() {
                    Task::Single(c) => Task::Multi(c),
                    Task::Multi(c) => Task::Single(c),
                    _ => Task::Short(crate::content::Short { accept: vec!["x".into()] }),
                }
            });
            edit(&|e| choices(e).into_iter().flatten().for_each(|c| c.correct = !c.correct));
            edit(&|e| choices(e).into_iter().flatten().for_each(|c| c.en.push_str(" too")));
            edit(&|e| {
                if let Task::TrueFalse(t) = &mut e.task {
                    t.truth = !t.truth;
                }
            });
            edit(&|e| items(e).into_iter().for_each(|i| i.reverse()));
            edit(&|e| items(e).into_iter().for_each(|i| i.push(i.first().cloned().unwrap_or_default())));
            edit(&|e| pairs(e).into_iter().flatten().for_each(|p| p.right.zh.push('的')));
            edit(&|e| numeric(e).into_iter().for_each(|n| n.number = Some(n.number.unwrap_or(0.0) + 0.5)));
            edit(&|e| numeric(e).into_iter().for_each(|n| n.tolerance = Some(n.tolerance.unwrap_or(0.0) + 0.5)));
            edit(&|e| numeric(e).into_iter().for_each(|n| n.unit.en.push('s')));
            edit(&|e| numeric(e).into_iter().for_each(|n| n.number = n.number.map(|x| x * 10.0)));
            edit(&|e| accept(e).into_iter().for_each(|a| a.push("another".into())));
            for e in edits.iter().filter(|e| canonical(e) != canonical(q)) {
                assert_ne!(fingerprint(e), fingerprint(q), "{}", q.id);
            }
            // Every edit that touches what this kind asks or accepts shows.
            let seen = edits.iter().filter(|e| fingerprint(e) != fingerprint(q)).count();
            assert!(seen >= 4, "{}: only {seen} edits change the fingerprint", q.id);
        }
    }

    proptest! {
        /// Fields are length-prefixed, so moving text from one field to the
        /// next changes the bytes.
        #[test]
        fn moving_text_between_fields_changes_the_bytes(zh in "[a-z0-9理事会]{0,6}", en in "[a-z ]{0,6}", cut in 0usize..6) {
            let q = every_kind()[0];
            let mut a = q.clone();
            (a.prompt.zh, a.prompt.en) = (zh.clone(), en.clone());
            let mut b = a.clone();
            let at = zh.char_indices().nth(cut).map_or(zh.len(), |(i, _)| i);
            if at < zh.len() {
                (b.prompt.zh, b.prompt.en) = (zh[..at].to_string(), format!("{}{en}", &zh[at..]));
                prop_assert_ne!(canonical(&a), canonical(&b));
            }
        }
    }
}
