//! Build script: packs the content files for the app. Every TOML file under
//! `content/` is read into the content model (`src/content/model.rs`, compiled
//! in here too); the visuals (`src/visual/`, also compiled in here) are drawn
//! from that book in both languages; both are written to `book.bin` in
//! OUT_DIR in the compact form of `src/content/packed.rs`, which
//! `src/content/mod.rs` embeds and reads once at start. No TOML or chart code
//! runs in the browser.
//!
//! A file that is not valid TOML or not of the model's shape stops the build
//! with the file's name and the place; validation of ids, references and
//! texts is done by the content tests (`tests/content.rs`).
#![allow(dead_code, unused_imports)]

#[path = "../src/i18n.rs"]
mod i18n;

#[path = "../src/content/model.rs"]
mod model;

#[path = "../src/content/markup.rs"]
mod markup;

#[path = "../src/content/fingerprint.rs"]
mod fingerprint;

#[path = "../src/route.rs"]
mod route;

#[path = "../src/visual/mod.rs"]
mod visual;

/// The same paths to the model as in the app.
mod content {
    pub(crate) use super::model::*;
    pub(crate) use super::{fingerprint, markup, model};
}

#[path = "../src/content/packed.rs"]
mod packed;

use std::fs;
use std::path::{Path, PathBuf};

use content::model::{Book, Chapter, Meta, Quiz};
use serde::de::DeserializeOwned;

fn main() {
    println!("cargo:rerun-if-changed=content");
    let meta = read::<Meta>(Path::new("content/book.toml"));
    let chapters = folder::<Chapter>("content/chapters");
    let quizzes = folder::<Quiz>("content/quizzes");
    let (book, problems) = Book::assemble(meta, chapters, quizzes);
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("content problems:\n{}", list.join("\n"));
    }
    // The visuals, drawn from the book: the browser only shows them.
    let book: &'static Book = Box::leak(Box::new(book));
    let visuals = visual::drawn::draw_all(book).unwrap_or_else(|missing| panic!("visuals: {missing}"));
    let bytes = packed::pack(&packed::Embedded { book: book.clone(), visuals });
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("book.bin"), bytes).expect("OUT_DIR is writable");
}

fn folder<T: DeserializeOwned>(dir: &str) -> Vec<(String, T)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir}: {e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    paths.iter().map(|p| read(p)).collect()
}

fn read<T: DeserializeOwned>(path: &Path) -> (String, T) {
    println!("cargo:rerun-if-changed={}", path.display());
    let name = path.display().to_string();
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{name}: {e}"));
    let value = toml::from_str(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
    (name, value)
}
