//! Reading the content files (`content/book.toml`, `content/chapters/*.toml`,
//! `content/quizzes/*.toml`) into a book: what the app's build script packs,
//! and what the tests check. Native only: the browser never parses TOML.

use std::fs;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::model::{Book, Chapter, MechanismsFile, Meta, QuizFile};
use super::Problem;

/// The book in the folder `root`, assembled, or every problem found: a file
/// that cannot be read, is not TOML or not of the model's shape (named with
/// its place), or does not fit with the others.
pub fn read_book(root: impl AsRef<Path>) -> Result<Book, Vec<Problem>> {
    let root = root.as_ref();
    let mut problems = Vec::new();
    let meta = read::<Meta>(&root.join("book.toml")).map_err(|p| vec![p])?;
    let chapters = folder::<Chapter>(&root.join("chapters"), &mut problems);
    let quizzes = folder::<QuizFile>(&root.join("quizzes"), &mut problems);
    let (mut book, more) = Book::assemble(meta, chapters, quizzes);
    problems.extend(more);
    match read::<MechanismsFile>(&root.join("mechanisms.toml")) {
        Ok((_, map)) => book.mechanisms = map.mechanisms,
        Err(p) => problems.push(p),
    }
    if problems.is_empty() {
        Ok(book)
    } else {
        Err(problems)
    }
}

/// Every file a book is read from, for a build script's `rerun-if-changed`.
pub fn sources(root: impl AsRef<Path>) -> Vec<PathBuf> {
    let root = root.as_ref();
    let mut paths = vec![root.join("book.toml"), root.join("mechanisms.toml")];
    paths.extend(toml_files(&root.join("chapters")));
    paths.extend(toml_files(&root.join("quizzes")));
    paths
}

fn toml_files(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|x| x == "toml")).collect())
        .unwrap_or_default();
    paths.sort();
    paths
}

fn folder<T: DeserializeOwned>(dir: &Path, problems: &mut Vec<Problem>) -> Vec<(String, T)> {
    if !dir.is_dir() {
        problems.push(Problem::new(&dir.display().to_string(), "", "no such folder"));
    }
    toml_files(dir).iter().filter_map(|p| read(p).map_err(|e| problems.push(e)).ok()).collect()
}

/// One file, named by its path.
pub fn read<T: DeserializeOwned>(path: &Path) -> Result<(String, T), Problem> {
    let name = path.display().to_string();
    let text = fs::read_to_string(path).map_err(|e| Problem::new(&name, "", e.to_string()))?;
    parse(name, &text)
}

/// A file's text, read as a `T`; the problem names the file and the place.
pub fn parse<T: DeserializeOwned>(name: String, text: &str) -> Result<(String, T), Problem> {
    match toml::from_str(text) {
        Ok(value) => Ok((name, value)),
        Err(e) => Err(Problem::new(&name, "", e.to_string().trim_end())),
    }
}
