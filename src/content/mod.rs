//! The story as data: the model, the inline markup, the content embedded at
//! build time, and the validation that `cargo test` runs over it.

pub mod fingerprint;
pub mod markup;
pub mod model;
pub mod packed;
pub mod validate;

pub use model::*;

use std::sync::OnceLock;

use packed::Embedded;

/// The book and its visuals as the build script packed them (`packed`).
static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/book.bin"));

fn embedded() -> &'static Embedded {
    static EMBEDDED: OnceLock<Embedded> = OnceLock::new();
    EMBEDDED.get_or_init(|| packed::unpack(PACKED).expect("the build script packs the book this app reads (tests/content.rs checks it)"))
}

/// The book built into this app from the files in `content/`.
pub fn book() -> &'static Book {
    &embedded().book
}

/// The visuals, drawn from the book at build time: every one of
/// `crate::visual::Visual::ALL` in zh and en (`crate::visual::drawn`).
pub fn visuals() -> &'static [crate::visual::drawn::Drawn] {
    &embedded().visuals
}
