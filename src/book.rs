//! The book and its visuals as the build script packed them from `content/`
//! (`zhiyuan_core::packed`). The main part (the shape and the Chinese) is
//! built into the app and read on first use; the English part is a file
//! beside the app ([`ENGLISH_FILE`]), fetched the first time a page needs
//! English (`ui::language`) and added with [`add_english`]. Natively (the
//! tests and tools) both parts are built in.

use std::cell::Cell;

use crate::content::Book;
use crate::i18n::Lang;
use crate::packed::{unpack, Corrupt, Embedded};
use crate::visual::drawn::Drawn;

/// The main part `build/main.rs` wrote.
pub static MAIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/book.bin"));
/// The English part's file name in `dist/`: it changes with the content.
pub const ENGLISH_FILE: &str = env!("ZHIYUAN_ENGLISH_FILE");
/// The English part, for the tests: the app fetches it instead.
pub static ENGLISH: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/book-en.bin"));

thread_local! {
    /// The book as read so far: replaced once, when English is added.
    static READ: Cell<Option<&'static Embedded>> = const { Cell::new(None) };
    static HAS_ENGLISH: Cell<bool> = const { Cell::new(false) };
}

fn embedded() -> &'static Embedded {
    READ.with(|read| {
        read.get().unwrap_or_else(|| {
            #[cfg(target_arch = "wasm32")]
            let english = None;
            #[cfg(not(target_arch = "wasm32"))]
            let english = Some(ENGLISH);
            HAS_ENGLISH.set(english.is_some());
            let main = unpack(MAIN, english).expect("the build script packs the book this app reads (tests/content.rs checks it)");
            let main: &'static Embedded = Box::leak(Box::new(main));
            read.set(Some(main));
            main
        })
    })
}

/// The book built into this app from the files in `content/`: its English
/// texts are empty until [`add_english`].
pub fn book() -> &'static Book {
    &embedded().book
}

/// The visuals, drawn from the book at build time: every one of
/// `crate::visual::Visual::ALL` in zh and en (English as the book's).
pub fn visuals() -> &'static [Drawn] {
    &embedded().visuals
}

/// Whether the book has its texts in `lang`.
pub fn has(lang: Lang) -> bool {
    embedded();
    lang == Lang::Zh || HAS_ENGLISH.get()
}

/// Adds the English part (the bytes of [`ENGLISH_FILE`]): later calls of
/// [`book`] and [`visuals`] have it. Bytes of another build, or damaged, are
/// refused and the book stays as it was.
pub fn add_english(bytes: &[u8]) -> Result<(), Corrupt> {
    let whole = unpack(MAIN, Some(bytes))?;
    READ.set(Some(Box::leak(Box::new(whole))));
    HAS_ENGLISH.set(true);
    Ok(())
}
