//! Writes the files made from the book beside the app, into a folder: the
//! English part of the packed book (`zhiyuan_core::packed`), under the name
//! the app's build script gave the app, the Chinese home page as HTML
//! (`zhiyuan_core::prerender`, `home.zh.html`) for `index.html`, and each
//! chapter and each quiz (in its arrangements) as HTML, in a folder named by
//! their contents (`first-{hash}/read-ch3.html`, `first-{hash}/ch3-0.html`),
//! for a first visit from a chapter or quiz link:
//!
//!     cargo run -q -p zhiyuan-core --bin pack-book -- content dist
//!
//! It prints the English part's path, then that folder's name. The app's post-build hook
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
    use zhiyuan_core::content::fnv1a;
    use zhiyuan_core::i18n::Lang;
    use zhiyuan_core::prerender;

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
    let Ok(embedded) = parts.unpack::<zhiyuan_core::packed::Embedded>() else {
        eprintln!("the packed book does not read back");
        return ExitCode::FAILURE;
    };
    let book = &embedded.book;
    let pages = prerender::files(book, &embedded.visuals);
    let folder = format!("first-{:016x}", fnv1a(pages.iter().map(|q| q.html.as_str()).collect::<String>().as_bytes()));
    let english = out.join(parts.english_file());
    let written = std::fs::write(&english, &parts.english)
        .and_then(|()| std::fs::write(out.join("home.zh.html"), prerender::home(book, Lang::Zh)))
        .and_then(|()| std::fs::create_dir_all(out.join(&folder)))
        .and_then(|()| pages.iter().try_for_each(|q| std::fs::write(out.join(&folder).join(&q.name), &q.html)));
    match written {
        Ok(()) => {
            println!("{}\n{folder}", english.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("cannot write into {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}
