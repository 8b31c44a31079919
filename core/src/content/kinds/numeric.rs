//! A number, typed: right within the tolerance, all or nothing. The unit
//! may be left out, or typed after it in either language or in one of the
//! question's other spellings (`units`); another unit is wrong. Digits split
//! by a space or a comma that separates no thousands are asked about, not
//! graded (`normalize::read_number`).

use super::{Outcome, Response, Unanswered};
use crate::content::model::{Bilingual, Text};
use crate::i18n::Lang;
use crate::normalize::{read_number, NotANumber, Typed};

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Numeric {
    pub number: Option<f64>,
    pub tolerance: Option<f64>,
    pub unit: Text,
    /// Other ways to write the unit that count too ("人", "people" for 名).
    pub units: Vec<String>,
}

impl Numeric {
    pub(super) fn grade(&self, response: &Response) -> Result<Outcome, Unanswered> {
        let Response::Text(text) = response else { return Err(Unanswered::WrongShape) };
        if text.trim().is_empty() {
            return Err(Unanswered::Empty);
        }
        let typed = self.read(text).map_err(|e| match e {
            NotANumber::Missing => Unanswered::NotANumber,
            NotANumber::Split => Unanswered::SplitNumber,
            NotANumber::Comma => Unanswered::CommaNumber,
        })?;
        Ok(Outcome::all_or_nothing(typed.other_unit.is_none() && self.is_the_number(typed.value)))
    }

    /// The number typed, with any unit that is none of this question's.
    pub fn read(&self, text: &str) -> Result<Typed, NotANumber> {
        let mut units = vec![self.unit.zh(), self.unit.en()];
        units.extend(self.units.iter().map(String::as_str));
        read_number(text, &units)
    }

    /// Whether a value is the answer, within the tolerance.
    pub fn is_the_number(&self, value: f64) -> bool {
        let (target, tolerance) = (self.number.unwrap_or(f64::NAN), self.tolerance.unwrap_or(0.0));
        (value - target).abs() <= tolerance + 1e-9
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
