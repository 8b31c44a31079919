//! Turns the embedded content (JSON written by `build.rs` from the TOML files)
//! into a [`Book`]. It never panics: a problem names the file it is in.

use serde::Deserialize;
use serde_json::value::RawValue;

use super::model::{Book, Chapter, Meta, Quiz};
use super::Problem;

/// The content files of the app, as `build.rs` embedded them.
pub const EMBEDDED: &str = include_str!(concat!(env!("OUT_DIR"), "/content.json"));

#[derive(Deserialize)]
struct Files<'a> {
    #[serde(borrow)]
    book: (String, &'a RawValue),
    #[serde(borrow)]
    chapters: Vec<(String, &'a RawValue)>,
    #[serde(borrow)]
    quizzes: Vec<(String, &'a RawValue)>,
}

/// Reads the content JSON. Structural problems (a file that is not the right
/// shape, a quiz for a missing chapter) come back with the file named.
pub fn load(json: &str) -> Result<Book, Vec<Problem>> {
    let files: Files = serde_json::from_str(json)
        .map_err(|e| vec![Problem::new("content.json", "", format!("not content: {e}"))])?;
    let mut problems = Vec::new();
    let meta = parse::<Meta>(&files.book, &mut problems).map(|mut m| {
        m.file = files.book.0.clone();
        m
    });
    let mut chapters: Vec<Chapter> = files
        .chapters
        .iter()
        .filter_map(|f| parse::<Chapter>(f, &mut problems).map(|c| Chapter { file: f.0.clone(), ..c }))
        .collect();
    for file in &files.quizzes {
        let Some(quiz) = parse::<Quiz>(file, &mut problems) else { continue };
        match chapters.iter_mut().find(|c| c.id == quiz.chapter) {
            Some(chapter) if chapter.quiz.file.is_empty() => {
                chapter.quiz = Quiz { file: file.0.clone(), ..quiz }
            }
            Some(_) => problems.push(Problem::new(&file.0, &quiz.chapter, "a second quiz for this chapter")),
            None => problems.push(Problem::new(&file.0, &quiz.chapter, "`chapter` names no chapter")),
        }
    }
    match meta {
        Some(meta) if problems.is_empty() => Ok(Book { meta, chapters }),
        _ => Err(problems),
    }
}

fn parse<'a, T: Deserialize<'a>>(file: &(String, &'a RawValue), problems: &mut Vec<Problem>) -> Option<T> {
    serde_json::from_str(file.1.get())
        .map_err(|e| problems.push(Problem::new(&file.0, "", shape_error(&e))))
        .ok()
}

/// serde's message without the position in the generated one-line JSON, which
/// would only confuse someone reading the TOML file.
fn shape_error(e: &serde_json::Error) -> String {
    let text = e.to_string();
    match text.find(" at line ") {
        Some(at) => text[..at].to_string(),
        None => text,
    }
}
