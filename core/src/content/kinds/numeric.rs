//! A number, typed: right within the tolerance, all or nothing. The unit
//! may be typed after it in either language.

use super::{Outcome, Response, Unanswered};
use crate::content::model::{Bilingual, Text};
use crate::i18n::Lang;
use crate::normalize::parse_number;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Numeric {
    pub number: Option<f64>,
    pub tolerance: Option<f64>,
    pub unit: Text,
}

impl Numeric {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Text(text) = response else { return Err(Unanswered::WrongShape) };
        if text.trim().is_empty() {
            return Err(Unanswered::Empty);
        }
        let value = parse_number(text, &[self.unit.zh(), self.unit.en()]).ok_or(Unanswered::NotANumber)?;
        let (target, tolerance) = (self.number.unwrap_or(f64::NAN), self.tolerance.unwrap_or(0.0));
        Ok(Outcome::all_or_nothing((value - target).abs() <= tolerance + 1e-9))
    }

    pub(super) fn correct(&self) -> Response {
        Response::Text(self.number.map(crate::i18n::decimal).unwrap_or_default())
    }

    pub(super) fn answer_text(&self, lang: Lang) -> String {
        format!("{} {}", self.number.map(crate::i18n::decimal).unwrap_or_default(), self.unit.get(lang))
    }

    pub(super) fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        if !self.number.is_some_and(f64::is_finite) {
            problems.push("numeric question without a `number`".to_string());
        }
        if !self.tolerance.is_some_and(|t| t.is_finite() && t >= 0.0) {
            problems.push("numeric question without a `tolerance` of 0 or more".to_string());
        }
        problems
    }
}
