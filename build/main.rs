//! Build script: packs the content files for the app. The pure core
//! (`zhiyuan-core`) reads every TOML file under `content/` into the content
//! model, draws the visuals from that book in both languages, and packs both
//! into `book.bin` in OUT_DIR (`zhiyuan_core::packed`), which `src/book.rs`
//! embeds and reads once at start. No TOML or chart code runs in the browser.
//!
//! A file that is not valid TOML or not of the model's shape stops the build
//! with the file's name and the place; validation of ids, references and
//! texts is done by the content tests (`tests/content.rs`).

use std::path::PathBuf;

use zhiyuan_core::content::files;
use zhiyuan_core::packed::{pack, Embedded};
use zhiyuan_core::visual::drawn::draw_all;

fn main() {
    println!("cargo:rerun-if-changed=content");
    for path in files::sources("content") {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let book = files::read_book("content").unwrap_or_else(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        panic!("content problems:\n{}", list.join("\n"))
    });
    // The visuals, drawn from the book: the browser only shows them.
    let book = Box::leak(Box::new(book));
    let visuals = draw_all(book).unwrap_or_else(|missing| panic!("visuals: {missing}"));
    let bytes = pack(&Embedded { book: book.clone(), visuals });
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("book.bin"), bytes).expect("OUT_DIR is writable");
}
