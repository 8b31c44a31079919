//! The story as data: the model, the inline markup, loading the embedded
//! files, and the validation that `cargo test` runs over them.

pub mod load;
pub mod markup;
pub mod model;
pub mod validate;

use std::fmt;
use std::sync::OnceLock;

pub use model::*;

/// Something wrong in a content file: which file, which id, what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub id: String,
    pub what: String,
}

impl Problem {
    pub fn new(file: &str, id: &str, what: impl Into<String>) -> Problem {
        Problem { file: file.to_string(), id: id.to_string(), what: what.into() }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.id.is_empty() {
            write!(f, "{}: {}", self.file, self.what)
        } else {
            write!(f, "{}: [{}] {}", self.file, self.id, self.what)
        }
    }
}

/// The book embedded in this build, loaded once.
pub fn book() -> Result<&'static Book, &'static [Problem]> {
    static BOOK: OnceLock<Result<Book, Vec<Problem>>> = OnceLock::new();
    match BOOK.get_or_init(|| load::load(load::EMBEDDED)) {
        Ok(book) => Ok(book),
        Err(problems) => Err(problems),
    }
}
