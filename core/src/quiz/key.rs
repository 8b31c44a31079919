//! Which quiz a student's progress belongs to: a chapter's own quiz, the
//! mechanism challenge, or an assignment. Each has its own slot in
//! `Progress::quizzes`, so an assignment's answers stay apart from free
//! practice on the same questions.

use std::fmt;

/// A quiz, as progress keeps it. Written as text (its [`fmt::Display`]): the
/// chapter's id, `challenge`, or `a-` and the assignment's fingerprint in 8
/// hex digits. Content validation makes sure no chapter id reads as another
/// kind of key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuizKey<'a> {
    Chapter(&'a str),
    Challenge,
    /// An assignment, by its fingerprint (`share::Assignment::fingerprint`).
    Assignment(u32),
}

/// The text of the mechanism challenge's key, also its name in links.
pub const CHALLENGE: &str = "challenge";

impl<'a> QuizKey<'a> {
    /// Its text, as [`fmt::Display`] writes it, without a new string for a
    /// chapter or the challenge (every question card and dot looks its quiz up).
    pub fn name(&self) -> std::borrow::Cow<'a, str> {
        match *self {
            QuizKey::Chapter(id) => id.into(),
            QuizKey::Challenge => CHALLENGE.into(),
            QuizKey::Assignment(_) => self.to_string().into(),
        }
    }

    /// The key a text names; `None` for text no key is written as.
    pub fn parse(text: &'a str) -> Option<QuizKey<'a>> {
        if text == CHALLENGE {
            return Some(QuizKey::Challenge);
        }
        if let Some(hex) = text.strip_prefix("a-") {
            let digits = hex.len() == 8 && hex.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            return digits.then(|| u32::from_str_radix(hex, 16).ok().map(QuizKey::Assignment)).flatten();
        }
        crate::content::markup::is_id(text).then_some(QuizKey::Chapter(text))
    }
}

impl fmt::Display for QuizKey<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QuizKey::Chapter(id) => f.write_str(id),
            QuizKey::Challenge => f.write_str(CHALLENGE),
            QuizKey::Assignment(fingerprint) => write!(f, "a-{fingerprint:08x}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn its_name_is_its_text() {
        for key in [QuizKey::Chapter("ch3"), QuizKey::Challenge, QuizKey::Assignment(0x00c0ffee)] {
            assert_eq!(key.name(), key.to_string());
            assert_eq!(QuizKey::parse(&key.name()), Some(key));
        }
    }

    #[test]
    fn every_chapter_of_the_book_is_its_own_key() {
        for c in &crate::content::test_book().chapters {
            assert_eq!(QuizKey::parse(&c.id), Some(QuizKey::Chapter(&c.id)));
        }
    }

    #[test]
    fn validation_refuses_a_chapter_named_like_another_key() {
        for id in [CHALLENGE, "a-0badf00d"] {
            let mut book = crate::content::test_book().clone();
            book.chapters[0].id = id.into();
            let problems = crate::content::validate::validate(&book);
            assert!(problems.iter().any(|p| p.what.contains("may not be `challenge`")), "{id}: {problems:?}");
        }
    }

    #[test]
    fn keys_are_written_as_progress_saved_them() {
        assert_eq!(QuizKey::Chapter("ch3").to_string(), "ch3");
        assert_eq!(QuizKey::Challenge.to_string(), "challenge");
        assert_eq!(QuizKey::Assignment(0xbadf00d).to_string(), "a-0badf00d");
        assert_eq!(QuizKey::parse("a-0badf00d"), Some(QuizKey::Assignment(0xbadf00d)));
        for other in ["", "a-", "a-0BADF00D", "a-0badf00", "Ch1", "ch 1"] {
            assert_eq!(QuizKey::parse(other), None, "{other:?}");
        }
    }

    proptest! {
        #[test]
        fn any_text_is_a_key_that_writes_back_as_itself_or_none(text in "\\PC{0,12}|a-[0-9a-f]{8}|ch[0-9]") {
            if let Some(key) = QuizKey::parse(&text) {
                prop_assert_eq!(key.to_string(), text);
            }
        }

        #[test]
        fn assignment_keys_round_trip(fingerprint: u32) {
            let text = QuizKey::Assignment(fingerprint).to_string();
            prop_assert_eq!(QuizKey::parse(&text), Some(QuizKey::Assignment(fingerprint)));
        }
    }
}
