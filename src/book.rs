//! The book and its visuals as the build script packed them from `content/`
//! (`zhiyuan_core::packed`), embedded in the app and read once, on first use.

use std::sync::OnceLock;

use crate::content::Book;
use crate::packed::{unpack, Embedded};
use crate::visual::drawn::Drawn;

/// The bytes `build/main.rs` wrote.
pub static PACKED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/book.bin"));

fn embedded() -> &'static Embedded {
    static EMBEDDED: OnceLock<Embedded> = OnceLock::new();
    EMBEDDED.get_or_init(|| unpack(PACKED).expect("the build script packs the book this app reads (tests/content.rs checks it)"))
}

/// The book built into this app from the files in `content/`.
pub fn book() -> &'static Book {
    &embedded().book
}

/// The visuals, drawn from the book at build time: every one of
/// `crate::visual::Visual::ALL` in zh and en.
pub fn visuals() -> &'static [Drawn] {
    &embedded().visuals
}
