//! The story's visuals on screen. They come drawn from the build
//! (`crate::book::visuals`: SVG markup and words in each language, made by
//! the pure `crate::visual`); these views only show them, in one frame for
//! all (title, description, controls, table alternative).

mod frame;

use leptos::prelude::*;

use crate::book::visuals;
use crate::ui::ctx;

/// The visuals that follow a paragraph, in the current language.
#[component]
pub fn Visuals(para: &'static str) -> impl IntoView {
    let lang = ctx().lang();
    visuals().iter().filter(|d| d.para == para && d.lang == lang).map(|drawn| view! { <frame::Frame drawn/> }).collect_view()
}
