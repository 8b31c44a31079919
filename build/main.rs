//! Build script: packs the content files for the app. The pure core
//! (`zhiyuan-core`) reads every TOML file under `content/` into the content
//! model, draws the visuals from that book in both languages, and packs both
//! (`zhiyuan_core::packed`): the main part (shape and Chinese) goes into
//! `book.bin` in OUT_DIR, which `src/book.rs` embeds; the English part is
//! written beside it for the native tests, and its file name is given to the
//! app as `ZHIYUAN_ENGLISH_FILE`: the post-build hook writes that file into
//! `dist/` (`pack-book`), and the app fetches it when English is first needed.
//! No TOML or chart code runs in the browser.
//!
//! A file that is not valid TOML or not of the model's shape stops the build
//! with the file's name and the place; validation of ids, references and
//! texts is done by the content tests (`tests/content.rs`).

use std::path::PathBuf;

use zhiyuan_core::content::files;

fn main() {
    println!("cargo:rerun-if-changed=content");
    for path in files::sources("content") {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let parts = zhiyuan_core::packed::pack_files("content").unwrap_or_else(|problems| panic!("content problems:\n{problems}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("book.bin"), &parts.main).expect("OUT_DIR is writable");
    std::fs::write(out.join("book-en.bin"), &parts.english).expect("OUT_DIR is writable");
    println!("cargo:rustc-env=ZHIYUAN_ENGLISH_FILE={}", parts.english_file());
}
