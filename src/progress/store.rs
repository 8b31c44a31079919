//! Saved progress as text: writing it, and reading back any earlier version
//! without ever panicking. Reading gives a valid state or a typed error.

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
    #[derive(serde::Deserialize)]
    struct Versioned {
        version: u32,
    }
    let version = serde_json::from_str::<Versioned>(text).map_err(|_| LoadError::Corrupt)?.version;
    match version {
        VERSION => serde_json::from_str::<Progress>(text).map_err(|_| LoadError::Corrupt),
        v if v > VERSION => Err(LoadError::FromFuture(v)),
        _ => Err(LoadError::Corrupt),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn round_trip() {
        let mut p = Progress::new();
        p.name = "小明".into();
        p.last = Some("#/zh/read/ch2".into());
        p.quiz_mut("ch1", 42).submitted = true;
        assert_eq!(from_json(&to_json(&p)), Ok(p));
    }

    #[test]
    fn bad_text_is_a_typed_error() {
        assert_eq!(from_json("not json"), Err(LoadError::Corrupt));
        assert_eq!(from_json("{}"), Err(LoadError::Corrupt));
        assert_eq!(from_json(r#"{"version":99}"#), Err(LoadError::FromFuture(99)));
        assert_eq!(from_json(r#"{"version":1,"quizzes":7}"#), Err(LoadError::Corrupt));
    }

    proptest! {
        #[test]
        fn any_bytes_load_or_fail_typed(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = from_json(&text);
        }
    }
}
