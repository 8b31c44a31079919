//! Saved progress as text: writing it, and reading back this or any earlier
//! version without ever panicking. Reading gives a valid state or a typed error.
//!
//! Versions:
//! - 1: the first release; no timestamps.
//! - 2: every answer, reading and setting carries the time it changed, and
//!   resets are recorded (for merging tabs). Version 1 data reads as if it
//!   were all made at time 0, so anything done since wins over it.

use super::format::Json;
use super::{Progress, VERSION};
use crate::json::{self, Value};

/// Why saved text could not be read as progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// Not JSON, or not the shape of any version we wrote.
    Corrupt,
    /// Written by a newer version of the app.
    FromFuture(u32),
}

pub fn to_json(progress: &Progress) -> String {
    progress.to_json().text()
}

/// Reads saved progress of this or an earlier version.
pub fn from_json(text: &str) -> Result<Progress, LoadError> {
    read(&json::parse(text).map_err(|_| LoadError::Corrupt)?)
}

/// Progress from a parsed document of this or an earlier version.
pub(super) fn read(document: &Value) -> Result<Progress, LoadError> {
    let version = document.get("version").and_then(Value::as_u64).ok_or(LoadError::Corrupt)?;
    readable(u32::try_from(version).unwrap_or(u32::MAX))?;
    Progress::from_json(document).map(migrate).ok_or(LoadError::Corrupt)
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
/// (time 0) when it was read; only the version moves on.
fn migrate(progress: Progress) -> Progress {
    Progress { version: VERSION, ..progress }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quiz::Response;
    use proptest::prelude::*;

    const V1: &str = include_str!("../../tests/fixtures/progress/v1.json");
    const V2: &str = include_str!("../../tests/fixtures/progress/v2.json");

    #[test]
    fn round_trip() {
        let mut p = Progress::new();
        p.name = "小明".into();
        p.last = Some("#/zh/read/ch2".into());
        p.quiz_mut("ch1", 42).submitted = true;
        p.read_at("ch2", Some("ch2-p3"), true, 5.0);
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
        // Saving writes back everything the file held (and fields added since, with defaults).
        let written = json::parse(&to_json(&p)).unwrap();
        let fixture = json::parse(V2).unwrap();
        assert!(contains(&written, &fixture), "{}\ndoes not hold\n{V2}", written.text());
    }

    /// Whether `big` holds every key and value of `small` (numbers compared
    /// by value: `5` holds `5.0`).
    fn contains(big: &Value, small: &Value) -> bool {
        match (big, small) {
            (Value::Obj(_), Value::Obj(s)) => s.iter().all(|(k, v)| big.get(k).is_some_and(|bv| contains(bv, v))),
            (Value::Arr(b), Value::Arr(s)) => b.len() == s.len() && b.iter().zip(s).all(|(b, s)| contains(b, s)),
            (Value::Num(_), Value::Num(_)) => big.as_f64() == small.as_f64(),
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

    proptest! {
        #[test]
        fn any_bytes_load_or_fail_typed(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(p) = from_json(&text) {
                prop_assert_eq!(p.version, VERSION);
            }
        }

        #[test]
        fn mangled_saves_load_or_fail_typed(cut in 0usize..400, byte: u8) {
            let mut text = V2.as_bytes().to_vec();
            let at = cut % text.len();
            text[at] = byte;
            let _ = from_json(&String::from_utf8_lossy(&text));
            let _ = from_json(&String::from_utf8_lossy(&text[..at]));
        }
    }
}
