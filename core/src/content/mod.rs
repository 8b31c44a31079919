//! The story as data: the model, the inline markup, question fingerprints,
//! the validation that `cargo test` runs over it, and (natively) reading the
//! content files.

#[cfg(not(target_arch = "wasm32"))]
pub mod files;
pub mod fingerprint;
pub mod ids;
pub mod kinds;
pub mod markup;
pub mod model;
pub mod validate;

pub use model::*;

/// The book read from `content/`, for the core's own tests.
#[cfg(test)]
pub fn test_book() -> &'static Book {
    static BOOK: std::sync::OnceLock<Book> = std::sync::OnceLock::new();
    BOOK.get_or_init(|| files::read_book(concat!(env!("CARGO_MANIFEST_DIR"), "/../content")).expect("the content files are valid"))
}
