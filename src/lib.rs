//! 悟道之路: a bilingual explainer and quiz about the Beijing Academy of
//! Artificial Intelligence. The pure core (content, quiz, i18n, route, visual) builds
//! and tests natively; `browser` and `ui` are the thin shell for the web.

pub mod content;
pub mod i18n;
pub mod number;
pub mod progress;
pub mod quiz;
pub mod route;
pub mod share;
pub mod visual;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
