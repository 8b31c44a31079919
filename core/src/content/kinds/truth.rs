//! True or false: all or nothing.

use super::{Outcome, Response, Unanswered};
use crate::i18n::{Key, Lang};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Truth {
    /// Whether the statement is true.
    pub truth: bool,
}

impl Truth {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        match response {
            Response::Bool(answer) => Ok(Outcome::all_or_nothing(*answer == self.truth)),
            _ => Err(Unanswered::WrongShape),
        }
    }

    pub(super) fn correct(&self) -> Response {
        Response::Bool(self.truth)
    }

    pub(super) fn answer_text(&self, lang: Lang) -> String {
        (if self.truth { Key::True } else { Key::False }).get(lang).to_string()
    }
}
