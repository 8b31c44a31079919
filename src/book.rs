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

/// The book as read so far, and whether it has its English.
#[derive(Clone, Copy)]
struct Read {
    embedded: &'static Embedded,
    english: bool,
}

thread_local! {
    /// Read on first use; replaced once, when English is added.
    static READ: Cell<Option<Read>> = const { Cell::new(None) };
}

fn read() -> Read {
    READ.with(|cell| {
        cell.get().unwrap_or_else(|| {
            #[cfg(target_arch = "wasm32")]
            let english = None;
            #[cfg(not(target_arch = "wasm32"))]
            let english = Some(ENGLISH);
            let main = unpack(MAIN, english).expect("the build script packs the book this app reads (tests/content.rs checks it)");
            let read = Read { embedded: Box::leak(Box::new(main)), english: english.is_some() };
            cell.set(Some(read));
            read
        })
    })
}

/// The book built into this app from the files in `content/`: its English
/// texts are empty until [`add_english`].
pub fn book() -> &'static Book {
    &read().embedded.book
}

/// The visuals, drawn from the book at build time: every one of
/// `crate::visual::Visual::ALL` in zh and en (English as the book's).
pub fn visuals() -> &'static [Drawn] {
    &read().embedded.visuals
}

/// Whether the book has its texts in `lang`.
pub fn has(lang: Lang) -> bool {
    lang == Lang::Zh || read().english
}

/// Adds the English part (the bytes of [`ENGLISH_FILE`]): later calls of
/// [`book`] and [`visuals`] have it. Bytes of another build, or damaged, are
/// refused and the book stays as it was.
pub fn add_english(bytes: &[u8]) -> Result<(), Corrupt> {
    let whole = unpack(MAIN, Some(bytes))?;
    READ.set(Some(Read { embedded: Box::leak(Box::new(whole)), english: true }));
    Ok(())
}
