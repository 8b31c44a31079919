//! Embeds the content files: every TOML file under `content/` becomes part of
//! one JSON document in OUT_DIR, which `src/content/load.rs` reads. A file that
//! is not valid TOML stops the build with its name, line and column. Everything
//! else (shape, ids, references) is checked by the content tests.

use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=content");
    let book = entry(Path::new("content/book.toml"));
    let chapters = folder("content/chapters");
    let quizzes = folder("content/quizzes");
    let json = serde_json::json!({ "book": book, "chapters": chapters, "quizzes": quizzes });
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("content.json"), json.to_string()).expect("OUT_DIR is writable");
}

fn folder(dir: &str) -> Vec<serde_json::Value> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| entry(p)).collect()
}

/// `[file name, file content as JSON]`.
fn entry(path: &Path) -> serde_json::Value {
    println!("cargo:rerun-if-changed={}", path.display());
    let name = path.display().to_string();
    // A missing book.toml loads as empty; validation then names its empty fields.
    let text = fs::read_to_string(path).unwrap_or_default();
    let value: toml::Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: not valid TOML: {e}"));
    serde_json::json!([name, value])
}
