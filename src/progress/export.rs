//! The export file: progress wrapped with the app's name and schema version,
//! so an import can tell our files from anything else before touching
//! anything.

use super::format::Json;
use super::store::{read, LoadError};
use super::{Progress, VERSION};
use crate::json::{self, Value};

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

pub fn export(progress: &Progress) -> String {
    let file = vec![
        ("app".to_owned(), Value::str(APP)),
        ("schema".to_owned(), Value::u64(VERSION.into())),
        ("progress".to_owned(), progress.to_json()),
    ];
    Value::Obj(file).pretty()
}

pub fn import(text: &str) -> Result<Progress, ImportError> {
    let file = json::parse(text).map_err(|_| ImportError::NotOurs)?;
    if file.get("app").and_then(Value::as_str) != Some(APP) {
        return Err(ImportError::NotOurs);
    }
    let schema = file.get("schema").and_then(Value::as_u64).ok_or(ImportError::NotOurs)?;
    if schema > VERSION.into() {
        return Err(ImportError::FromFuture(u32::try_from(schema).unwrap_or(u32::MAX)));
    }
    let progress = file.get("progress").ok_or(ImportError::Damaged)?;
    if progress.get("version").and_then(Value::as_u64) != Some(schema) {
        return Err(ImportError::Damaged);
    }
    read(progress).map_err(|e| match e {
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
        p.read_at("ch1", None, true, 3.0);
        let text = export(&p);
        assert!(text.contains("\"app\": \"zhiyuan-wudao\""));
        assert!(text.contains("\"schema\": 2"));
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
            let _ = import(&text);
        }
    }
}
