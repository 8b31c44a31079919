//! The export file: progress wrapped with the app's name and schema version,
//! so an import can tell our files from anything else before touching
//! anything.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::store::{read, LoadError};
use super::{Progress, VERSION};

/// Names this app in export files.
pub const APP: &str = "zhiyuan-wudao";

/// Why a file cannot be imported. Current progress is never touched.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Not an export of this app.
    NotOurs,
    /// Ours, but damaged.
    Damaged,
    /// From a newer version of the app.
    FromFuture(u32),
}

/// The file: `{"app": "zhiyuan-wudao", "schema": 3, "progress": {…}}`.
#[derive(Serialize)]
struct File<'a> {
    #[serde(rename = "app")]
    app: &'a str,
    #[serde(rename = "schema")]
    schema: u32,
    #[serde(rename = "progress")]
    progress: &'a Progress,
}

/// What tells our files from others, read before the progress itself.
#[derive(Deserialize)]
struct Header {
    #[serde(rename = "app")]
    app: String,
    #[serde(rename = "schema")]
    schema: u64,
}

pub fn export(progress: &Progress) -> String {
    serde_json::to_string_pretty(&File { app: APP, schema: VERSION, progress }).unwrap_or_default()
}

pub fn import(text: &str) -> Result<Progress, ImportError> {
    let file: Value = serde_json::from_str(text).map_err(|_| ImportError::NotOurs)?;
    let header = Header::deserialize(&file).map_err(|_| ImportError::NotOurs)?;
    if header.app != APP {
        return Err(ImportError::NotOurs);
    }
    if header.schema > VERSION.into() {
        return Err(ImportError::FromFuture(u32::try_from(header.schema).unwrap_or(u32::MAX)));
    }
    let progress = file.get("progress").ok_or(ImportError::Damaged)?;
    if progress.get("version").and_then(Value::as_u64) != Some(header.schema) {
        return Err(ImportError::Damaged);
    }
    read(progress.clone()).map_err(|e| match e {
        LoadError::FromFuture(v) => ImportError::FromFuture(v),
        LoadError::Corrupt => ImportError::Damaged,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn export_names_the_app_and_schema_and_imports_back() {
        let mut p = Progress::new();
        p.name = "Ada".into();
        p.read_at(&"ch1".into(), None, true, 3.0);
        let text = export(&p);
        assert!(text.contains("\"app\": \"zhiyuan-wudao\""));
        assert!(text.contains("\"schema\": 3"));
        assert_eq!(import(&text), Ok(p));
    }

    #[test]
    fn foreign_damaged_and_future_files_are_refused() {
        assert_eq!(import("hello"), Err(ImportError::NotOurs));
        assert_eq!(import(r#"{"name":"a playlist"}"#), Err(ImportError::NotOurs));
        assert_eq!(import(r#"{"app":"other","schema":1,"progress":{}}"#), Err(ImportError::NotOurs));
        assert_eq!(import(r#"{"app":"zhiyuan-wudao","schema":9,"progress":{}}"#), Err(ImportError::FromFuture(9)));
        assert_eq!(import(r#"{"app":"zhiyuan-wudao","schema":2,"progress":{"version":2,"read":5}}"#), Err(ImportError::Damaged));
        assert_eq!(import(r#"{"app":"zhiyuan-wudao","schema":2}"#), Err(ImportError::Damaged));
    }

    #[test]
    fn a_version_1_export_imports_and_migrates() {
        let v1 = include_str!("../../tests/fixtures/progress/v1.json");
        let text = format!(r#"{{"app":"zhiyuan-wudao","schema":1,"progress":{v1}}}"#);
        let p = import(&text).expect("v1 export imports");
        assert_eq!(p.version, VERSION);
        assert_eq!(p.name, "李华");
    }

    proptest! {
        #[test]
        fn any_text_imports_or_fails_typed(text in "\\PC{0,80}") {
            match import(&text) {
                Ok(p) => prop_assert_eq!(import(&export(&p)), Ok(p)),
                Err(ImportError::FromFuture(v)) => prop_assert!(v > VERSION),
                Err(e) => prop_assert!(matches!(e, ImportError::NotOurs | ImportError::Damaged)),
            }
        }

        #[test]
        fn every_progress_exports_and_imports_back(p in crate::progress::store::tests::arb::progress()) {
            prop_assert_eq!(import(&export(&p)), Ok(p));
        }

        #[test]
        fn a_damaged_export_is_refused_or_reads_back(cut in 0usize..2000, byte: u8) {
            let mut p = Progress::new();
            p.name = "小明".into();
            p.read_at(&"ch1".into(), Some(&"ch1-p2".into()), true, 5.0);
            let mut text = export(&p).into_bytes();
            let at = cut % text.len();
            text[at] = byte;
            let text = String::from_utf8_lossy(&text);
            if let Ok(q) = import(&text) {
                prop_assert_eq!(import(&export(&q)), Ok(q));
            }
        }
    }
}
