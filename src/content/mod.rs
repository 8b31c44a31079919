//! The story as data: the model, the inline markup, the content embedded at
//! build time, and the validation that `cargo test` runs over it.

pub mod markup;
pub mod model;
pub mod validate;

pub use model::*;

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/book.rs"));
}

/// The book built into this app from the files in `content/`.
pub fn book() -> &'static Book {
    &embedded::BOOK
}

/// The visuals, drawn from the book at build time: every one of
/// `crate::visual::Visual::ALL` in zh and en (`crate::visual::drawn`).
pub fn visuals() -> &'static [crate::visual::drawn::Drawn] {
    embedded::VISUALS
}
