//! Writes the files made from the book beside the app, into a folder: the
//! English part of the packed book (`zhiyuan_core::packed`), under the name
//! the app's build script gave the app, and the Chinese home page as HTML
//! (`zhiyuan_core::prerender`, `home.zh.html`) for `index.html`:
//!
//!     cargo run -q -p zhiyuan-core --bin pack-book -- content dist
//!
//! It prints the English part's path. The app's post-build hook
//! (`scripts/post-build.mjs`) runs it on Trunk's staging folder. The main part is built into the app by `build/main.rs`
//! from the same files with the same code, so the two always pair; an English
//! part of another build is refused by the app with a message.

use std::process::ExitCode;

/// A tool for the build machine: nothing to do in a browser.
#[cfg(target_arch = "wasm32")]
fn main() -> ExitCode {
    ExitCode::FAILURE
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> ExitCode {
    let args: Vec<std::path::PathBuf> = std::env::args_os().skip(1).map(Into::into).collect();
    let [content, out] = args.as_slice() else {
        eprintln!("usage: pack-book CONTENT_FOLDER OUT_FOLDER");
        return ExitCode::from(2);
    };
    let parts = match zhiyuan_core::packed::pack_files(content) {
        Ok(parts) => parts,
        Err(problems) => {
            eprintln!("content problems:\n{problems}");
            return ExitCode::FAILURE;
        }
    };
    let home = parts.unpack().map(|e: zhiyuan_core::packed::Embedded| zhiyuan_core::prerender::home(&e.book, zhiyuan_core::i18n::Lang::Zh));
    let Ok(home) = home else {
        eprintln!("the packed book does not read back");
        return ExitCode::FAILURE;
    };
    let path = out.join(parts.english_file());
    match std::fs::write(&path, &parts.english).and_then(|()| std::fs::write(out.join("home.zh.html"), home)) {
        Ok(()) => {
            println!("{}", path.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write {}: {e}", path.display());
            ExitCode::FAILURE
        }
    }
}
