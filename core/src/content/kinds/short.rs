//! A short typed answer, right when it equals an accepted one after
//! normalisation (`crate::normalize`: widths, case, spaces, punctuation,
//! traditional characters), hyphens aside ("wu-dao" is "WuDao"): all or nothing.

use super::{unique, Outcome, Response, Unanswered};
use crate::normalize::normalize;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Short {
    pub accept: Vec<String>,
}

impl Short {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Text(text) = response else { return Err(Unanswered::WrongShape) };
        let given = squash(text);
        if given.is_empty() {
            return Err(Unanswered::Empty);
        }
        Ok(Outcome::all_or_nothing(self.accept.iter().any(|a| squash(a) == given)))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Text(self.accept.first().cloned().unwrap_or_default())
    }

    pub(super) fn answer_text(&self) -> String {
        self.accept.first().cloned().unwrap_or_default()
    }

    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if self.accept.is_empty() {
            problems.push("short answer without `accept`".to_string());
        }
        let normal: Vec<String> = self.accept.iter().map(|a| normalize(a)).collect();
        if normal.iter().any(String::is_empty) {
            problems.push("an accepted answer is empty after normalisation".to_string());
        }
        problems.extend(unique("accepted answer (after normalisation)", normal.iter().map(String::as_str)));
        problems
    }
}

/// A short answer as it is compared: normalised, without hyphens.
fn squash(text: &str) -> String {
    normalize(text).replace('-', "")
}
