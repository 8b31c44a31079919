//! 悟道之路: a bilingual explainer and quiz about the Beijing Academy of
//! Artificial Intelligence. Every rule lives in the pure core
//! (`zhiyuan-core`, re-exported here); this crate embeds the packed content
//! (`book`) and is the thin shell for the web: `browser` talks to web-sys,
//! `ui` renders with Leptos.

pub use zhiyuan_core::{content, i18n, normalize, number, packed, prerender, progress, quiz, route, scorm, share, title, visual};

pub mod book;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
