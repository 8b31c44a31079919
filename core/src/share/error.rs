//! What can be wrong with a link, a code or a pasted line: typed, with a
//! message in both languages (one [`Key`] per case).

use crate::i18n::{fill, Key, Lang};

/// Why an assignment link or a result code cannot be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Error {
    /// Nothing there.
    Empty,
    /// A result code must start with `WD-`.
    NotACode,
    /// A character that no link or code contains.
    BadCharacter(char),
    /// The checksum does not match: a typo, or a part missing.
    Checksum,
    /// The checksum matches but the content does not make sense: made by hand.
    Damaged,
    /// Made by a newer version of the app.
    FromFuture(u8),
    /// Question ids that are not in this version of the app.
    UnknownQuestions(Vec<String>),
    /// An assignment needs at least one question.
    NoQuestions,
    /// More questions than a link holds ([`super::assignment::MAX_QUESTIONS`]).
    TooManyQuestions,
    /// A title longer than [`super::assignment::TITLE_MAX`] characters.
    TitleTooLong,
}

impl Error {
    pub fn key(&self) -> Key {
        match self {
            Error::Empty => Key::ErrEmpty,
            Error::NotACode => Key::ErrNotACode,
            Error::BadCharacter(_) => Key::ErrBadCharacter,
            Error::Checksum => Key::ErrChecksum,
            Error::Damaged => Key::ErrDamaged,
            Error::FromFuture(_) => Key::ErrFromFuture,
            Error::UnknownQuestions(_) => Key::ErrUnknownQuestions,
            Error::NoQuestions => Key::ErrNoQuestions,
            Error::TooManyQuestions => Key::ErrTooManyQuestions,
            Error::TitleTooLong => Key::ErrTitleTooLong,
        }
    }

    /// The message, with its detail filled in.
    pub fn message(&self, lang: Lang) -> String {
        let text = self.key().get(lang);
        match self {
            Error::BadCharacter(c) if c.is_control() => fill(text, format!("U+{:04X}", u32::from(*c))),
            Error::BadCharacter(c) => fill(text, c),
            Error::FromFuture(v) => fill(text, v),
            Error::UnknownQuestions(ids) => fill(text, ids.join(", ")),
            _ => text.to_string(),
        }
    }
}

/// Why a pasted result code is not in the class table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Reject {
    Invalid(Error),
    /// The very same code was pasted before.
    Duplicate,
    /// Another attempt by the same student is the one counted (first or best).
    OtherAttempt,
    /// A code for another assignment (or another version of this one).
    OtherAssignment,
}

impl Reject {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Reject::Invalid(e) => e.message(lang),
            Reject::Duplicate => Key::RejectDuplicate.get(lang).to_string(),
            Reject::OtherAttempt => Key::RejectOtherAttempt.get(lang).to_string(),
            Reject::OtherAssignment => Key::RejectOtherAssignment.get(lang).to_string(),
        }
    }
}
