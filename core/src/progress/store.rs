//! Saved progress as text: writing it, and reading back this or any earlier
//! version without ever panicking. Reading gives a valid state or a typed error.
//!
//! The text is JSON through serde: field and variant names are pinned by
//! `#[serde(rename)]` on the types, a missing field takes its default,
//! unknown fields are ignored, and a field of the wrong type makes the whole
//! text unreadable (it is then kept as a backup, never thrown away).
//!
//! Versions:
//! - 1: the first release; no timestamps.
//! - 2: every answer, reading and setting carries the time it changed, and
//!   resets are recorded (for merging tabs). Version 1 data reads as if it
//!   were all made at time 0, so anything done since wins over it.
//! - 3: answers carry the canonical question fingerprint
//!   (`content::fingerprint`) instead of a hash of the question's `Debug`
//!   text. Reading version 1 or 2 maps each answer's old fingerprint to the
//!   new one through the frozen table `fingerprints-v2.txt`, so no answer is
//!   reset by the change; an answer to a question edited since keeps its old
//!   fingerprint and is reset as before.

use serde::Deserialize;

use super::{Progress, VERSION};

/// Why saved text could not be read as progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of any version we wrote.
    Corrupt,
    /// Written by a newer version of the app.
    FromFuture(u32),
}

pub fn to_json(progress: &Progress) -> String {
    serde_json::to_string(progress).unwrap_or_default()
}

/// Reads saved progress of this or an earlier version.
pub fn from_json(text: &str) -> Result<Progress, LoadError> {
    read(serde_json::from_str(text).map_err(|_| LoadError::Corrupt)?)
}

/// Only the version, read before anything else.
#[derive(Deserialize)]
struct Versioned {
    version: u64,
}

/// Progress from a parsed document of this or an earlier version.
pub fn read(document: serde_json::Value) -> Result<Progress, LoadError> {
    let version = Versioned::deserialize(&document).map_err(|_| LoadError::Corrupt)?.version;
    readable(u32::try_from(version).unwrap_or(u32::MAX))?;
    Progress::deserialize(document).map(migrate).map_err(|_| LoadError::Corrupt)
}

/// Whether this build reads a schema version.
fn readable(version: u32) -> Result<(), LoadError> {
    match version {
        1..=VERSION => Ok(()),
        v if v > VERSION => Err(LoadError::FromFuture(v)),
        _ => Err(LoadError::Corrupt),
    }
}

/// Brings progress read from an earlier version up to this one. Version 1 had
/// the same shape without timestamps, so its new fields took their defaults
/// (time 0) when it was read. Versions 1 and 2 saved the old fingerprints.
fn migrate(mut progress: Progress) -> Progress {
    if progress.version < 3 {
        for quiz in progress.quizzes.values_mut() {
            for (id, answer) in quiz.answers.iter_mut() {
                answer.hash = canonical_for(id, answer.hash).unwrap_or(answer.hash);
            }
        }
    }
    Progress { version: VERSION, ..progress }
}

/// The canonical fingerprint that replaced a version 2 fingerprint, when the
/// question had it at the change.
fn canonical_for(id: &str, old: u64) -> Option<u64> {
    include_str!("fingerprints-v2.txt").lines().filter(|l| !l.starts_with('#')).find_map(|line| {
        let mut fields = line.split_whitespace();
        let (qid, v2, v3) = (fields.next()?, fields.next()?, fields.next()?);
        let hex = |h: &str| u64::from_str_radix(h, 16).ok();
        (qid == id && hex(v2) == Some(old)).then(|| hex(v3)).flatten()
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::content::Question;
    use crate::quiz::{QuizKey, Response};
    use proptest::prelude::*;
    use serde_json::Value;

    const V1: &str = include_str!("../../tests/fixtures/progress/v1.json");
    const V2: &str = include_str!("../../tests/fixtures/progress/v2.json");
    const V3: &str = include_str!("../../tests/fixtures/progress/v3.json");

    #[test]
    fn round_trip() {
        let mut p = Progress::new();
        p.name = "小明".into();
        p.last = Some("#/zh/read/ch2".into());
        p.quiz_mut(QuizKey::Chapter("ch1"), 42, 1.0).submitted = true;
        p.read_at(&"ch2".into(), Some(&"ch2-p3".into()), true, 5.0);
        assert_eq!(from_json(&to_json(&p)), Ok(p));
    }

    #[test]
    fn version_1_fixture_migrates_keeping_every_answer() {
        let p = from_json(V1).expect("v1 loads");
        assert_eq!(p.version, VERSION);
        assert_eq!(p.name, "李华");
        let ch1 = &p.quizzes["ch1"];
        assert_eq!(ch1.seed, 12345);
        assert_eq!(ch1.answers["ch1-q1"].response, Some(Response::Choices(vec!["b".into()])));
        assert_eq!(ch1.answers["ch1-q1"].attempts, 2);
        assert_eq!(ch1.answers["ch1-q1"].at, 0.0);
        assert!(p.read["ch1"].done);
        assert_eq!(from_json(&to_json(&p)), Ok(p), "the migrated state saves as version 2");
    }

    #[test]
    fn version_2_fixture_loads_as_written() {
        let p = from_json(V2).expect("v2 loads");
        assert_eq!(p.quizzes["ch2"].answers["ch2-q3"].at, 1764300000000.0);
        assert_eq!(p.reset_at, 1764200000000.0);
        // Saving writes back everything the file held (and fields added since,
        // with defaults), as version 3. Its fingerprint 5 is no question's: kept.
        let written: Value = serde_json::from_str(&to_json(&p)).unwrap();
        let mut fixture: Value = serde_json::from_str(V2).unwrap();
        fixture["version"] = VERSION.into();
        assert!(contains(&written, &fixture), "{written}\ndoes not hold\n{V2}");
    }

    #[test]
    fn version_3_fixture_loads_as_written() {
        let p = from_json(V3).expect("v3 loads");
        let answer = &p.quizzes["ch1"].answers["ch1-q2"];
        assert_eq!((answer.hash, &answer.response), (0xf9da_2147_609d_12f5, &Some(Response::Choices(vec!["c".into()]))));
        assert_eq!(p.quizzes["a-0badf00d"].submitted_at, Some(1764400200000.0));
        // Written back as it was, with the fields added since (by default) beside it.
        let written: Value = serde_json::from_str(&to_json(&p)).unwrap();
        assert!(contains(&written, &serde_json::from_str::<Value>(V3).unwrap()), "{written}");
    }

    /// Every answer saved by version 2 to a question not edited since keeps
    /// its place: the fingerprint change resets nothing.
    #[test]
    fn version_2_answers_survive_the_new_fingerprints() {
        let table = include_str!("fingerprints-v2.txt");
        let rows: Vec<Vec<&str>> = table.lines().filter(|l| !l.starts_with('#')).map(|l| l.split_whitespace().collect()).collect();
        assert_eq!(rows.len(), 87, "one row per question of the version 2 bank");
        let answers: Vec<String> =
            rows.iter().map(|r| format!(r#""{}":{{"hash":{},"response":{{"Text":"x"}},"at":5.0}}"#, r[0], u64::from_str_radix(r[1], 16).unwrap())).collect();
        let text = format!(r#"{{"version":2,"quizzes":{{"challenge":{{"answers":{{{}}}}}}}}}"#, answers.join(","));
        let mut p = from_json(&text).expect("loads");
        let book = crate::content::test_book();
        let questions: Vec<_> = book.questions().collect();
        let still: Vec<(&Question, bool)> = rows.iter().filter_map(|r| book.question(r[0]).map(|q| (q, format!("{:016x}", q.hash) == r[2]))).collect();
        let unedited: Vec<&Question> = still.iter().filter(|(_, same)| *same).map(|(q, _)| *q).collect();
        assert_eq!(p.reconcile(&questions), still.len() - unedited.len(), "only questions edited since are reset");
        assert!(!unedited.is_empty());
        for q in unedited {
            let kept = p.answer(QuizKey::Challenge, q).and_then(|a| a.response.clone());
            assert_eq!(kept, Some(Response::Text("x".into())), "{}", q.id);
        }
    }

    /// Whether `big` holds every key and value of `small` (numbers compared
    /// by value: `5` holds `5.0`).
    fn contains(big: &Value, small: &Value) -> bool {
        match (big, small) {
            (Value::Object(_), Value::Object(s)) => s.iter().all(|(k, v)| big.get(k).is_some_and(|bv| contains(bv, v))),
            (Value::Array(b), Value::Array(s)) => b.len() == s.len() && b.iter().zip(s).all(|(b, s)| contains(b, s)),
            (Value::Number(_), Value::Number(_)) => big.as_f64() == small.as_f64(),
            _ => big == small,
        }
    }

    #[test]
    fn bad_text_is_a_typed_error() {
        assert_eq!(from_json("not json"), Err(LoadError::Corrupt));
        assert_eq!(from_json("{}"), Err(LoadError::Corrupt));
        assert_eq!(from_json(r#"{"version":0}"#), Err(LoadError::Corrupt));
        assert_eq!(from_json(r#"{"version":99}"#), Err(LoadError::FromFuture(99)));
        assert_eq!(from_json(r#"{"version":2,"quizzes":7}"#), Err(LoadError::Corrupt));
        assert_eq!(from_json(r#"{"version":1,"read":[]}"#), Err(LoadError::Corrupt));
    }

    /// What every reading must give: a state that saves and reads back as
    /// itself, or the typed error for what is wrong.
    fn holds(text: &str) -> Result<(), TestCaseError> {
        match from_json(text) {
            Ok(p) => {
                prop_assert_eq!(p.version, VERSION);
                prop_assert_eq!(from_json(&to_json(&p)), Ok(p));
            }
            Err(LoadError::FromFuture(v)) => prop_assert!(v > VERSION),
            Err(LoadError::Corrupt) => {
                let future = serde_json::from_str::<Value>(text).ok().and_then(|v| v.get("version")?.as_u64());
                prop_assert!(future.is_none_or(|v| v <= u64::from(VERSION)), "a newer version must be named");
            }
        }
        Ok(())
    }

    pub(crate) mod arb {
        use crate::i18n::Lang;
        use crate::progress::{Answer, Attempt, Map, Mode, Progress, QuizProgress, Reading, Theme, VERSION};
        use crate::quiz::Response;
        use proptest::option;
        use proptest::prelude::*;

        pub fn response() -> impl Strategy<Value = Response> {
            let ids = || prop::collection::vec("[a-z0-9-]{1,4}", 0..4);
            prop_oneof![
                ids().prop_map(Response::Choices),
                any::<bool>().prop_map(Response::Bool),
                ids().prop_map(Response::Order),
                prop::collection::vec(("[a-z]{1,3}", "[a-z]{1,3}"), 0..3).prop_map(Response::Match),
                "\\PC{0,12}".prop_map(Response::Text),
            ]
        }

        /// Scores are right parts over all parts.
        fn score() -> impl Strategy<Value = f64> {
            (1u32..=64).prop_flat_map(|parts| (0..=parts).prop_map(move |right| f64::from(right) / f64::from(parts)))
        }

        /// Whole milliseconds, as `Date.now()` gives them.
        fn millis() -> impl Strategy<Value = f64> {
            (0u64..4_000_000_000_000).prop_map(|t| t as f64)
        }

        fn answer() -> impl Strategy<Value = Answer> {
            let fields = (any::<u64>(), option::of(response()), any::<bool>(), any::<u32>(), score(), option::of(score()), any::<bool>(), millis());
            fields.prop_map(|(hash, response, checked, attempts, best, last, changed, at)| Answer {
                hash,
                response,
                checked,
                attempts,
                best,
                last,
                changed,
                at,
            })
        }

        fn map<V: std::fmt::Debug, K: From<String> + AsRef<str> + std::fmt::Debug>(
            keys: &'static str,
            value: impl Strategy<Value = V>,
        ) -> impl Strategy<Value = Map<V, K>> {
            prop::collection::vec((keys, value), 0..4).prop_map(|entries| entries.into_iter().map(|(k, v)| (K::from(k), v)).collect())
        }

        fn quiz() -> impl Strategy<Value = QuizProgress> {
            let mode = prop_oneof![Just(Mode::Instant), Just(Mode::Submit)];
            let frozen = map("[1-9]", (millis(), map("ch[0-9]-q[0-9]{1,2}", answer())).prop_map(|(at, answers)| Attempt { at, answers }));
            (any::<u64>(), mode, any::<bool>(), option::of(millis()), map("ch[0-9]-q[0-9]{1,2}", answer()), millis(), millis(), frozen).prop_map(
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

        pub fn progress() -> impl Strategy<Value = Progress> {
            let lang = option::of(prop_oneof![Just(Lang::Zh), Just(Lang::En)]);
            let theme = option::of(prop_oneof![Just(Theme::Light), Just(Theme::Dark)]);
            let reading =
                (any::<bool>(), option::of("ch[0-9]-p[0-9]{1,2}"), millis()).prop_map(|(done, at, updated)| Reading { done, at: at.map(Into::into), updated });
            let read = map("ch[0-9]", reading);
            let quizzes = map("ch[0-9]|challenge", quiz());
            let who = ("\\PC{0,10}", "[0-9A-Za-z-]{0,8}");
            (lang, who, option::of("#/[a-z/0-9-]{0,12}"), read, quizzes, millis(), millis(), theme, 0u8..3).prop_map(
                |(lang, (name, student_number), last, read, quizzes, updated, reset_at, theme, text_size)| Progress {
                    version: VERSION,
                    lang,
                    name,
                    student_number,
                    last,
                    read,
                    quizzes,
                    updated,
                    reset_at,
                    theme,
                    text_size,
                },
            )
        }
    }

    #[test]
    fn missing_fields_take_defaults_and_wrong_types_are_refused() {
        assert_eq!(from_json(r#"{"version":2,"extra":[1]}"#), Ok(Progress::new()));
        assert_eq!(from_json(r#"{"version":2,"lang":null,"last":null}"#), Ok(Progress::new()));
        for wrong in [
            r#"{"version":2,"name":null}"#,
            r#"{"version":2,"text_size":300}"#,
            r#"{"version":2,"theme":"Sepia"}"#,
            r#"{"version":2,"quizzes":{"ch1":{"answers":{"q":{"response":{"Order":["a"],"Text":"b"}}}}}}"#,
            r#"{"version":2,"quizzes":{"ch1":{"answers":{"q":{"response":{"Match":[["a"]]}}}}}}"#,
        ] {
            assert_eq!(from_json(wrong), Err(LoadError::Corrupt), "{wrong}");
        }
    }

    proptest! {
        #[test]
        fn every_progress_round_trips(p in arb::progress()) {
            prop_assert_eq!(from_json(&to_json(&p)), Ok(p.clone()));
            prop_assert_eq!(from_json(&serde_json::to_string_pretty(&p).unwrap()), Ok(p));
        }

        #[test]
        fn any_bytes_load_or_fail_typed(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            holds(&String::from_utf8_lossy(&bytes))?;
        }

        #[test]
        fn any_version_loads_or_fails_typed(version in any::<u64>()) {
            let text = format!(r#"{{"version":{version}}}"#);
            holds(&text)?;
            let expected = match version {
                0 => Err(LoadError::Corrupt),
                v if v <= u64::from(VERSION) => Ok(Progress::new()),
                v => Err(LoadError::FromFuture(u32::try_from(v).unwrap_or(u32::MAX))),
            };
            prop_assert_eq!(from_json(&text), expected);
        }

        #[test]
        fn mangled_saves_load_or_fail_typed(cut in 0usize..400, byte: u8) {
            let mut text = V2.as_bytes().to_vec();
            let at = cut % text.len();
            holds(&String::from_utf8_lossy(&text[..at]))?;
            text[at] = byte;
            holds(&String::from_utf8_lossy(&text))?;
        }
    }
}
